"""Baselines: adopt newslint on an archive by recording today's findings and reporting only new ones.

``newslint baseline FILE`` writes the findings of a run to FILE (JSON); ``newslint check
--baseline FILE`` drops every finding recorded there. Entries are matched by the fingerprints
of ``findings.fingerprints``: the file, the rule, the text of the finding's line, the message
and how many identical findings come before it, never the line number, so a finding still
matches after lines are added or removed above it. Paths are stored relative to the baseline
file's folder, so the same baseline works whether the drafts are named ``drafts/a.md`` or
``./drafts/a.md`` and from any working directory.

The baseline is a file of its own, kept outside the drafts: nothing is written into the copy
(no suppression comments that could leak into print). An entry that no longer matches (the
finding was fixed, or its line edited) is *stale*; ``check`` reports stale entries so the
baseline can be refreshed.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .document import split_lines
from .errors import ConfigError
from .findings import Finding, fingerprints

FORMAT = "newslint-baseline"
FORMAT_VERSION = 1
DRAFT_SUFFIXES = (".md", ".markdown", ".txt")


@dataclass(frozen=True)
class Entry:
    """One finding recorded in a baseline, matched by its path, code and line's fingerprint."""

    path: str
    code: str
    fingerprint: str
    line: int = 0
    message: str = ""


def _key_path(path: str, folder: Path) -> str:
    """``path`` relative to the baseline's folder, with forward slashes."""
    if path.startswith("<"):
        return path
    absolute = os.path.abspath(path)
    try:
        return Path(os.path.relpath(absolute, folder)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(absolute).as_posix()


def _prints(findings: list[Finding], texts: dict[str, str], folder: Path) -> list[tuple[str, str]]:
    """(relative path, fingerprint) for each finding, in order."""
    relative = {path: _key_path(path, folder) for path in {f.path for f in findings}}
    moved = [f.with_(path=relative[f.path]) for f in findings]
    sources = {relative[p]: split_lines(text) for p, text in texts.items() if p in relative}
    return [(f.path, fp) for f, fp in zip(moved, fingerprints(moved, sources))]


def check_location(file: str | Path) -> None:
    """A baseline must not be a draft: it would be linted, and could be published."""
    if str(file).lower().endswith(DRAFT_SUFFIXES):
        raise ConfigError(
            f"{file}: a baseline must not have a draft's name ({', '.join(DRAFT_SUFFIXES)}); "
            "use a .json file outside the drafts"
        )


def write(file: str | Path, findings: list[Finding], texts: dict[str, str]) -> int:
    """Record ``findings`` in ``file``; returns how many entries were written."""
    file = Path(file)
    check_location(file)
    folder = file.resolve().parent
    findings = sorted(findings, key=lambda f: f.sort_key)
    entries = [
        {"path": path, "code": f.code, "fingerprint": fp, "line": f.line, "message": f.message}
        for f, (path, fp) in zip(findings, _prints(findings, texts, folder))
    ]
    entries.sort(key=lambda e: (e["path"], e["line"], e["code"], e["fingerprint"]))
    data = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "generator": f"newslint {__version__}",
        "note": "Findings recorded by 'newslint baseline'; 'newslint check --baseline' reports only others.",
        "entries": entries,
    }
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temp = file.with_name(f".{file.name}.tmp")
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, file)
    except OSError as exc:
        raise ConfigError(f"{file}: cannot write the baseline ({exc.strerror or exc})") from None
    return len(entries)


def read(file: str | Path) -> list[Entry]:
    file = Path(file)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{file}: baseline not found; 'newslint baseline {file}' creates it") from None
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read the baseline ({exc.strerror or exc})") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: not a newslint baseline (invalid JSON: {exc})") from None
    except RecursionError:
        raise ConfigError(f"{file}: not a newslint baseline (nested too deeply)") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ConfigError(f"{file}: not a newslint baseline")
    if data.get("version") != FORMAT_VERSION:
        raise ConfigError(
            f"{file}: baseline version {str(data.get('version'))[:20]!r} is not supported; record it again"
        )
    items = data.get("entries", [])
    if not isinstance(items, list):
        raise ConfigError(f"{file}: not a newslint baseline ('entries' must be a list)")
    entries = []
    for number, item in enumerate(items, 1):
        entry = _entry(item)
        if entry is None:
            raise ConfigError(
                f"{file}: baseline entry {number} is malformed (path, code and fingerprint must be "
                "text, line a whole number); record the baseline again"
            )
        entries.append(entry)
    return entries


def _entry(item) -> Entry | None:
    """A baseline entry from its JSON, or None when any field has the wrong type."""
    if not isinstance(item, dict):
        return None
    texts = [item.get(key) for key in ("path", "code", "fingerprint")] + [item.get("message", "")]
    line = item.get("line", 0)
    if not all(isinstance(t, str) for t in texts) or type(line) is not int or not 0 <= line < 2**31:
        return None
    return Entry(texts[0], texts[1], texts[2], line, texts[3])


class Baseline:
    """A baseline read once for a run; each draft's findings are matched as the draft passes.

    ``drop_recorded`` is called for every draft the run lints (the run's gate does it);
    ``stale()`` then names the entries nothing matched.
    """

    def __init__(self, file: str | Path):
        self.file = Path(file)
        self.entries = read(self.file)
        self.folder = self.file.resolve().parent
        self._recorded = {e.fingerprint for e in self.entries}
        self._used: dict[str, set[str]] = {}  # key path → fingerprints matched in that draft
        # Key path of each draft linted → whether a code ran on it.
        self._linted: dict[str, object] = {}

    def drop_recorded(self, path: str, text: str, findings: list[Finding], active=None) -> list[Finding]:
        """The findings of one draft not recorded in the baseline (in order).

        ``active(code)`` says whether a rule ran on this draft: an entry of a rule that did
        not run is never stale.
        """
        key = _key_path(path, self.folder)
        self._linted[key] = active
        # A draft linted again (after --fix) replaces what it matched before.
        used = self._used[key] = set()
        kept = []
        for f, (_, fp) in zip(findings, _prints(findings, {path: text}, self.folder)):
            if fp in self._recorded:
                used.add(fp)
            else:
                kept.append(f)
        return kept

    def stale(self) -> list[Entry]:
        """Entries that no longer match: their draft was linted by their rule and nothing
        matched, or their draft no longer exists. Drafts outside the run are left alone."""
        used = set().union(*self._used.values())
        found = []
        for e in self.entries:
            if e.fingerprint in used:
                continue
            if e.path in self._linted:
                active = self._linted[e.path]
                if active is None or active(e.code):
                    found.append(e)
            elif (
                not e.path.startswith("<")
                and not (self.folder / e.path).exists()
                and (any(a is None or a(e.code) for a in self._linted.values()) or not self._linted)
            ):
                found.append(e)
        return found
