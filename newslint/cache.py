"""A result cache: a draft's findings, keyed on everything that can change them.

The key of one draft is a hash of its text, its path, the effective settings (every field of
``Settings``, serialised deterministically), the story date given on the command line, the
rule set (newslint's version and a stamp of its own source, rule packs and data, the files in
``rule-paths``, and the rule plug-ins installed) and the cache format. A hit returns the
findings exactly as linting would have produced them.

The cache is an optimisation and never a reason to fail: a cache directory that cannot be
created or written, or an entry that cannot be read back, is ignored with one notice and the
run goes on without it.

The cache lives in the user's cache folder (``~/.cache/newslint``, ``$XDG_CACHE_HOME/newslint``)
or wherever ``--cache-dir`` or ``$NEWSLINT_CACHE_DIR`` says, never among the drafts. Layout:
``DIR/CACHEDIR.TAG``, ``DIR/.gitignore`` (``*``, so a cache placed inside a repository is never
committed) and ``DIR/v1/ab/abcdef….json``, one small file per draft and key, written atomically
(a temporary file, then a rename) so that parallel runs never see half an entry. Entries not
rewritten for 30 days are removed, at most once a day, with those of the backends' paragraph
caches beside it (``DIR/languagetool/``, ``DIR/model/``: ``paragraph_cache``), by the same rule,
and the pattern tables, module bundles (``DIR/patterns/``) and the language server's rule pages
(``DIR/rules/``) not used for as long.

The cache only touches a folder it owns: one that does not exist yet, is empty, or holds
newslint's CACHEDIR.TAG (``--cache-dir .`` over a folder of drafts runs without the cache, with
a notice), and prunes only the entry and temporary files it names itself, in its own folders
(never through a symbolic link). Every entry read back is checked field by field (types, a span
inside its draft, the draft's own path); one that is not right is ignored with a notice.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import time
from pathlib import Path
from typing import Any, Iterable

from . import __version__
from .atomic import is_stale_temporary, replace_file
from .cache_folder import ENV_DIR, default_dir  # noqa: F401 (where the cache lives; also for ltserver, lsp)
from .findings import Finding, Related

FORMAT = "v1"
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by newslint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)
# Entries not written for this long are removed, at most once a day.
PRUNE_AFTER_DAYS = 30
# The backends' paragraph caches (``paragraph_cache``), each in the folder named for its backend
# (``backends``: ``Run.lint`` and the language server give a backend ``DIR/NAME``): pruned with
# the result cache.
PARAGRAPH_CACHES = ("languagetool", "model")
_ENTRY_NAME = re.compile(r"[0-9a-f]{64}\.json")
# The files of each folder that the prune removes once PRUNE_AFTER_DAYS old. Pattern tables and
# module bundles are named for a Python version and an install's folder: each new one leaves
# the old behind. One still in use is never that old, since a run that reads it marks it used
# (``pattern_cache.trusted_bytes``; its name alone would protect only the pruning install's
# own); a language server writes its rule pages again each day (``lsp.actions.rule_docs_uri``).
# A month-old temporary file of a table or bundle (``pattern_cache.replace_whole``) is a crash's.
_AGED = {
    FORMAT: _ENTRY_NAME,
    **dict.fromkeys(PARAGRAPH_CACHES, _ENTRY_NAME),
    "patterns": re.compile(r"patterns-.+\.table|modules-.+\.bundle|\.(patterns|modules)-.+"),
    "rules": re.compile(r"[\w-]+\.md"),
}


# -- what the key is made of ---------------------------------------------------------------


def _tree_stamp(folder: Path, digest) -> None:
    """Add the names, sizes and modification times of the files under ``folder``."""
    if not folder.is_dir():
        digest.update(f"missing:{folder}\n".encode())
        return
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")):
                continue
            path = os.path.join(root, name)
            try:
                st = os.stat(path)
            except OSError:
                continue
            rel = os.path.relpath(path, folder)
            digest.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))


_CODE_STAMP: str | None = None


def code_stamp() -> str:
    """newslint's version plus a stamp of its installed source, packs, data and plug-ins.

    The version alone is not enough while newslint is developed (or patched) in place: the
    stamp changes whenever a file of the package changes.
    """
    global _CODE_STAMP
    if _CODE_STAMP is None:
        from .engine import plugin_entry_points
        from .packs import builtin_pack_folder

        digest = hashlib.sha256(f"newslint {__version__} cache {FORMAT}\n".encode())
        package = Path(__file__).resolve().parent
        _tree_stamp(package, digest)
        pack_folder = builtin_pack_folder().resolve()
        if package not in pack_folder.parents:
            _tree_stamp(pack_folder, digest)
        for entry in sorted(plugin_entry_points(), key=lambda e: (e.name, e.value)):
            dist = getattr(entry, "dist", None)
            version = f"{dist.name} {dist.version}" if dist is not None else "?"
            digest.update(f"plugin:{entry.name}={entry.value} ({version})\n".encode())
        _CODE_STAMP = digest.hexdigest()
    return _CODE_STAMP


def _plain(value: Any) -> Any:
    """A JSON-serialisable, deterministic form of a settings value."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (frozenset, set)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if dataclasses.is_dataclass(value):
        return _plain(dataclasses.asdict(value))
    return repr(value)


def settings_key(settings, date=None) -> str:
    """The part of the key shared by every draft linted with ``settings`` on ``date``."""
    fields = {f.name: _plain(getattr(settings, f.name)) for f in dataclasses.fields(settings)}
    digest = hashlib.sha256()
    digest.update(code_stamp().encode())
    digest.update(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    digest.update(f"\ndate={date.isoformat() if date else ''}\n".encode())
    for folder in getattr(settings, "rule_paths", ()) or ():
        _tree_stamp(Path(folder), digest)
    return digest.hexdigest()


def file_key(settings_part: str, path: str, text: str) -> str:
    digest = hashlib.sha256(settings_part.encode())
    digest.update(f"\0{path}\0{os.path.abspath(path)}\0".encode("utf-8", "surrogateescape"))
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


# -- findings to and from JSON -------------------------------------------------------------


def finding_to_dict(f: Finding) -> dict:
    data = dataclasses.asdict(f)
    data["suggestions"] = list(f.suggestions)
    data["related"] = [dataclasses.asdict(r) for r in f.related]
    return data


def finding_from_dict(data: dict) -> Finding:
    data = dict(data)
    data["suggestions"] = tuple(data.get("suggestions", ()))
    data["related"] = tuple(Related(**r) for r in data.get("related", ()))
    return Finding(**data)


# Each field of a Finding by the kind of value it holds (read from the dataclass, so that a
# field added to Finding is checked too).
_KINDS = {f.name: str(f.type) for f in dataclasses.fields(Finding)}
_RELATED_KINDS = {f.name: str(f.type) for f in dataclasses.fields(Related)}


def _number(value) -> bool:
    return type(value) is int and 0 <= value < 2**62


def _valid_fields(data, kinds: dict[str, str]) -> bool:
    """``data`` has exactly the fields of ``kinds``, each text, count or flag of the right type."""
    if not isinstance(data, dict) or set(data) != set(kinds):
        return False
    for name, kind in kinds.items():
        value = data[name]
        if kind == "str" and not isinstance(value, str) or kind == "int" and not _number(value):
            return False
        if kind == "bool" and type(value) is not bool:
            return False
    return True


def _valid_finding(data, path: str, size: int) -> bool:
    """Whether a cached finding has every field of the right type, lies inside its draft of
    ``size`` characters and names the draft it was stored for (an edited entry must not move
    findings to another file)."""
    if not _valid_fields(data, _KINDS) or data["path"] != path:
        return False
    if not data["start"] <= data["end"] <= size:
        return False
    suggestions, related = data["suggestions"], data["related"]
    if not isinstance(suggestions, list) or not all(isinstance(x, str) for x in suggestions):
        return False
    return isinstance(related, list) and all(_valid_fields(r, _RELATED_KINDS) for r in related)


def _kept_by_newslint(entry: os.DirEntry) -> bool:
    """A folder that newslint's other parts keep in its cache folder: ``languagetool-server``
    (ltserver), ``languagetool-VERSION`` (the download), ``languagetool`` (paragraph cache),
    ``rules`` (the language server's rule pages), ``patterns`` (compiled regular expressions,
    ``pattern_cache``), ``language-model`` (``newslint model install``), ``model`` (G322's
    paragraph cache)."""
    name = entry.name
    return entry.is_dir(follow_symlinks=False) and (
        name in ("rules", "patterns", "language-model", *PARAGRAPH_CACHES) or name.startswith("languagetool")
    )


# -- the store -----------------------------------------------------------------------------


class Cache:
    """Findings stored by key under ``folder``; every failure becomes a notice, never an error."""

    def __init__(self, folder: str | Path | None = None):
        self.folder = Path(folder) if folder is not None else default_dir()
        self._is_default = self.folder == default_dir()
        self.notices: list[str] = []
        self.readable = True
        self.writable = True
        self._prepared = False
        self._next_prune = 0.0  # when ``put`` next looks at the once-a-day gate (time.monotonic)
        self._corrupt = 0
        self.hits = 0
        self.misses = 0
        try:
            if self.folder.exists() and not self.folder.is_dir():
                self._disable(f"cache directory {self.folder} is not a directory; running without the cache")
            elif not self._owned():
                self._disable(
                    f"cache directory {self.folder} holds files newslint did not create (it has no "
                    "CACHEDIR.TAG of newslint's); running without the cache"
                )
        except OSError as exc:
            self._disable(
                f"cannot use the cache directory {self.folder} ({exc.strerror or exc}); running without the cache"
            )

    def _owned(self) -> bool:
        """Whether the cache folder is newslint's: it does not exist yet, holds the CACHEDIR.TAG
        newslint writes, or is empty; the default folder (``default_dir``) may also hold what
        newslint's other parts keep there before the first result is cached (the LanguageTool
        server's state and download, the language server's rule pages). newslint never writes
        into, or prunes, any other folder."""
        if not self.folder.exists():
            return True
        tag = self.folder / "CACHEDIR.TAG"
        if tag.is_file() and not tag.is_symlink():
            with open(tag, encoding="utf-8", errors="replace") as fh:
                if fh.read(len(CACHEDIR_TAG)) == CACHEDIR_TAG:
                    return True
        with os.scandir(self.folder) as entries:
            if self._is_default:
                return all(_kept_by_newslint(entry) for entry in entries)
            return next(entries, None) is None

    def _disable(self, notice: str) -> None:
        self.readable = self.writable = False
        self.notices.append(notice)

    def _entry(self, key: str) -> Path:
        return self.folder / FORMAT / key[:2] / f"{key}.json"

    def get(self, key: str, path: str | None = None, size: int | None = None) -> list[Finding] | None:
        """The findings stored under ``key``: those of the draft ``path`` of ``size`` characters
        (an entry that says otherwise, or holds a field of the wrong type, is ignored)."""
        if not self.readable:
            return None
        try:
            with open(self._entry(key), "rb") as fh:
                raw = fh.read()
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError as exc:
            self._disable(
                f"cannot read the cache in {self.folder} ({exc.strerror or exc}); running without the cache"
            )
            return None
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("findings"), list):
                raise ValueError("not an entry of this key")
            if path is not None and not all(
                _valid_finding(d, path, size if size is not None else 2**62) for d in data["findings"]
            ):
                raise ValueError("a finding of the wrong shape")
            findings = [finding_from_dict(d) for d in data["findings"]]
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            self._corrupt += 1
            if self._corrupt == 1:
                self.notices.append(
                    f"ignored a corrupt cache entry in {self.folder}; it will be rewritten"
                )
            self.misses += 1
            return None
        self.hits += 1
        return findings

    def _prepare(self) -> None:
        self._prepared = True
        self.folder.mkdir(parents=True, exist_ok=True)
        for name, content in (("CACHEDIR.TAG", CACHEDIR_TAG), (".gitignore", "# Created by newslint.\n*\n")):
            marker = self.folder / name
            if not marker.exists():
                marker.write_text(content, encoding="utf-8")

    def _prune(self) -> None:
        """Remove entries not written for PRUNE_AFTER_DAYS, and the temporary files of newslint
        processes that no longer run, from the result cache and the paragraph caches beside it
        (PARAGRAPH_CACHES), and the files of ``patterns`` and ``rules`` not used for as long
        (``_AGED``); at most once a day. Only those folders, and only when they are
        folders of their own (``_kept_by_newslint``: a symbolic link is not followed). Another
        newslint may write or prune at the same time: what vanishes meanwhile is passed over."""
        self._next_prune = time.monotonic() + 86400
        stamp = self.folder / "last-pruned"
        now = time.time()
        try:
            if now - stamp.stat().st_mtime < 86400:
                return
        except FileNotFoundError:
            pass
        stamp.write_text("", encoding="utf-8")
        limit = now - PRUNE_AFTER_DAYS * 86400
        for folder, aged in _AGED.items():
            top = self.folder / folder
            if top.is_symlink():
                continue  # not a folder of newslint's own
            for root, _, files in os.walk(top):
                for name in files:
                    path = os.path.join(root, name)
                    try:
                        if aged.fullmatch(name) and os.stat(path).st_mtime < limit or is_stale_temporary(name):
                            os.unlink(path)
                    except OSError:
                        pass

    def put(self, key: str, findings: Iterable[Finding]) -> None:
        if not self.writable:
            return
        try:
            if not self._prepared:
                self._prepare()
            if time.monotonic() >= self._next_prune:  # the first put; then daily (a language server)
                self._prune()
            path = self._entry(key)
            path.parent.mkdir(parents=True, exist_ok=True)
            payload = json.dumps(
                {"key": key, "findings": [finding_to_dict(f) for f in findings]},
                ensure_ascii=False,
                separators=(",", ":"),
            ).encode("utf-8")
            replace_file(path, payload, durable=False)
        except OSError as exc:
            self.writable = False
            self.notices.append(
                f"cannot write the cache in {self.folder} ({exc.strerror or exc}); "
                "this run's results are not cached"
            )
