"""Configuration: finding it, validating it, and freezing it into Settings.

newslint reads ``newslint.toml``, ``.newslint.toml`` or the ``[tool.newslint]`` table of
``pyproject.toml``, in the draft's folder or the nearest folder above it. Every key is checked:
an unknown key or a value of the wrong type is a ConfigError that names the file and the key.
"""

from __future__ import annotations

import fnmatch
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

from .document import MAX_DRAFT_SIZE
from .errors import ConfigError
from .findings import SEVERITIES

CONFIG_NAMES = ("newslint.toml", ".newslint.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt")
DEFAULT_EXCLUDE = ("node_modules", "venv", ".venv", "__pycache__")


@dataclass(frozen=True)
class Settings:
    """The settings one draft is linted with: its configuration file's, with the command line's on top."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    rule_paths: tuple[Path, ...] = ()
    fail_on: str = "warning"
    max_draft_size: int = MAX_DRAFT_SIZE
    accept: frozenset[str] = frozenset()
    reject: frozenset[str] = frozenset()
    spelling: str = "auto"
    # Sub-tables that belong to one backend or rule family, validated by their owner.
    tables: tuple[tuple[str, Any], ...] = ()
    root: Path = field(default_factory=Path.cwd)
    source: str = "defaults"

    def table(self, name: str) -> dict:
        return dict(self.tables).get(name, {})

    def ignored_for(self, path: str) -> tuple[str, ...]:
        """Codes ignored for one file by ``per-file-ignores``."""
        if not self.per_file_ignores:  # (no path to resolve: two system calls a draft)
            return ()
        codes: list[str] = []
        relative = relative_to_root(path, self.root)
        for pattern, ignored in self.per_file_ignores:
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(path).name, pattern):
                codes.extend(ignored)
        return tuple(codes)

    def with_options(self, **changes) -> "Settings":
        return replace(self, **changes)


def relative_to_root(path: str, root: Path) -> str:
    """``path`` relative to the folder of its configuration, with forward slashes (else as given)."""
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


@dataclass(frozen=True)
class Overrides:
    """What the command line says over the configuration files."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    fail_on: str | None = None
    # --languagetool URL: becomes the server of the [languagetool] table.
    languagetool: str | None = None

    def apply(self, settings: Settings) -> Settings:
        changes = {}
        if self.languagetool:
            tables = dict(settings.tables)
            tables["languagetool"] = dict(tables.get("languagetool", {}), server=self.languagetool)
            changes["tables"] = tuple(tables.items())
        if self.select is not None:
            changes["select"] = self.select
        if self.ignore:
            changes["ignore"] = tuple(settings.ignore) + self.ignore
        if self.extend_select:
            changes["extend_select"] = tuple(settings.extend_select) + self.extend_select
        if self.fail_on:
            changes["fail_on"] = self.fail_on
        return settings.with_options(**changes) if changes else settings



# -- validation ----------------------------------------------------------------------------


def _strings(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list):
        raise TypeError(f"'{key}' must be a list of strings")
    if not all(isinstance(v, str) for v in value):
        raise TypeError(f"'{key}' must be a list of strings")
    return tuple(value)


def _codes(key: str, value: Any) -> tuple[str, ...]:
    codes = _strings(key, value)
    for code in codes:
        if not code or not (code == "ALL" or code[0].isalpha()):
            raise TypeError(f"'{key}' has {code!r}, which is not a rule code or prefix")
    return tuple(c.upper() if c != "ALL" else c for c in codes)


def _severity(key: str, value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise TypeError(f"'{key}' must be a table of rule codes to severities")
    for code, level in value.items():
        if level not in SEVERITIES + ("off",):
            raise TypeError(
                f"'{key}.{code}' must be one of {', '.join(SEVERITIES + ('off',))}, not {level!r}"
            )
    return tuple(sorted((code.upper(), level) for code, level in value.items()))


def _per_file(key: str, value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise TypeError(f"'{key}' must be a table of file patterns to lists of codes")
    return tuple((glob, _codes(f"{key}.{glob}", codes)) for glob, codes in value.items())


def _choice(*choices: str) -> Callable[[str, Any], str]:
    def check(key: str, value: Any) -> str:
        if value not in choices:
            raise TypeError(f"'{key}' must be one of {', '.join(choices)}, not {value!r}")
        return value

    return check


def _size(key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise TypeError(f"'{key}' must be a number of bytes (a whole number above 0), not {value!r}")
    return value


def _table(key: str, value: Any) -> dict:
    if not isinstance(value, dict):
        raise TypeError(f"'{key}' must be a table")
    return value


# key in the file → (attribute of Settings, validator)
SCHEMA: dict[str, tuple[str, Callable[[str, Any], Any]]] = {
    "select": ("select", _codes),
    "ignore": ("ignore", _codes),
    "extend-select": ("extend_select", _codes),
    "severity": ("severity", _severity),
    "per-file-ignores": ("per_file_ignores", _per_file),
    "include": ("include", _strings),
    "exclude": ("exclude", _strings),
    "rule-paths": ("rule_paths", _strings),
    "fail-on": ("fail_on", _choice(*FAIL_ON)),
    "max-draft-size": ("max_draft_size", _size),
    "vocabulary": ("vocabulary", _table),
    "spelling": ("spelling", _choice("auto", "en-US", "en-GB")),
}
# Sub-tables owned by one backend; their keys are checked by that backend.
TABLES = ("languagetool", "consistency")
VOCABULARY_KEYS = ("accept", "reject", "accept-files", "reject-files")


def settings_from_table(data: dict, root: Path, source: str) -> Settings:
    values: dict[str, Any] = {"root": root, "source": source}
    tables = []
    for key, value in data.items():
        if key in TABLES:
            try:
                tables.append((key, _table(key, value)))
            except TypeError as exc:
                raise ConfigError(f"{source}: {exc}") from None
            continue
        if key not in SCHEMA:
            known = ", ".join(sorted(list(SCHEMA) + list(TABLES)))
            raise ConfigError(f"{source}: unknown key '{key}' (known keys: {known})")
        attribute, check = SCHEMA[key]
        try:
            values[attribute] = check(key, value)
        except TypeError as exc:
            raise ConfigError(f"{source}: {exc}") from None
    vocabulary = values.pop("vocabulary", None)
    if vocabulary is not None:
        values["accept"], values["reject"] = _vocabulary(vocabulary, root, source)
    if "rule_paths" in values:
        values["rule_paths"] = tuple(_confined(root, p, source, "rule-paths") for p in values["rule_paths"])
    values["tables"] = tuple(tables)
    return Settings(**values)


def _confined(root: Path, name: str, source: str, key: str) -> Path:
    """``name`` resolved from the configuration's folder; it must lie inside the git repository
    that holds that folder (or inside the folder itself outside git): a configuration cannot
    make newslint read rules or word lists from anywhere on the machine."""
    path = (root / name).resolve()
    home = root.resolve()
    top = next((p for p in (home, *home.parents) if (p / ".git").exists()), home)
    if path != top and top not in path.parents:
        where = "the repository" if top != home else "the configuration's folder"
        raise ConfigError(f"{source}: '{key}' entry {name!r} lies outside {where}")
    return path


def _vocabulary(table: dict, root: Path, source: str) -> tuple[frozenset, frozenset]:
    lists: dict[str, set[str]] = {"accept": set(), "reject": set()}
    for key, value in table.items():
        if key not in VOCABULARY_KEYS:
            raise ConfigError(
                f"{source}: unknown key 'vocabulary.{key}' (known: {', '.join(VOCABULARY_KEYS)})"
            )
        try:
            entries = _strings(f"vocabulary.{key}", value)
        except TypeError as exc:
            raise ConfigError(f"{source}: {exc}") from None
        target = lists[key.split("-")[0]]
        if key.endswith("-files"):
            for name in entries:
                try:
                    lines = _confined(root, name, source, f"vocabulary.{key}").read_text(encoding="utf-8").splitlines()
                except (OSError, UnicodeDecodeError) as exc:
                    raise ConfigError(f"{source}: cannot read vocabulary file {name}: {exc}") from None
                target.update(w.strip() for w in lines if w.strip() and not w.startswith("#"))
        else:
            target.update(entries)
    return frozenset(lists["accept"]), frozenset(lists["reject"])


# -- discovery -----------------------------------------------------------------------------


def read_config_file(path: Path) -> Settings | None:
    """Settings from one file, or None for a pyproject.toml without [tool.newslint]."""
    # imported here: a run with no configuration file never needs the TOML parser
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {_toml_problem(exc)}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("newslint")
        if data is None:
            return None
        source = f"{path} [tool.newslint]"
    else:
        source = str(path)
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: must be a table")
    return settings_from_table(data, path.parent.resolve(), source)


def _toml_problem(exc: Exception) -> str:
    """"invalid value at line 3, column 11", whichever way this Python words it."""
    import re

    found = re.match(r"(.*?)\s*\(at line (\d+), column (\d+)\)$", str(exc))
    if found:
        reason, line, column = found.groups()
        return f"{reason[0].lower() + reason[1:]} at line {line}, column {column}"
    found = re.match(r"(.*?)\s*\(at end of document\)$", str(exc))
    return f"{found.group(1)[0].lower() + found.group(1)[1:]} at the end of the file" if found else str(exc)


class ConfigFinder:
    """Finds the nearest configuration for each draft, reading each file once."""

    def __init__(self, explicit: Path | None = None):
        self._explicit = read_config_file(explicit) if explicit else None
        if explicit and self._explicit is None:
            raise ConfigError(f"{explicit}: has no [tool.newslint] table")
        self._by_folder: dict[Path, Settings] = {}

    def for_path(self, path: str | Path) -> Settings:
        if self._explicit is not None:
            return self._explicit
        folder = Path(path).resolve()
        if not folder.is_dir():
            folder = folder.parent
        return self._for_folder(folder)

    def _for_folder(self, folder: Path) -> Settings:
        if folder in self._by_folder:
            return self._by_folder[folder]
        found = None
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                found = read_config_file(candidate)
                if found is not None:
                    break
        if found is None:
            found = Settings() if folder.parent == folder else self._for_folder(folder.parent)
        self._by_folder[folder] = found
        return found
