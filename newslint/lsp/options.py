"""The editor's settings for newslint (``initializationOptions`` or ``workspace/configuration``,
section ``newslint``). They apply over each draft's own configuration file, as the command
line's options do:

- ``select``: rule codes or prefixes to run (replaces the configured set), a list or a
  comma-separated string;
- ``ignore``: rule codes or prefixes to skip (added to the configured ones);
- ``languagetool``: ``"local"`` or a server's ``http(s)://`` URL (``""`` or null: as configured);
- ``debounce``: seconds to wait after a change before linting (default 0.05).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..config import Overrides
from ..errors import ConfigError

DEFAULT_DEBOUNCE = 0.05
KEYS = ("select", "ignore", "languagetool", "debounce")


@dataclass(frozen=True)
class WorkspaceOptions:
    """The options an editor sends the language server for its workspace."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    languagetool: str | None = None
    debounce: float = DEFAULT_DEBOUNCE

    def overrides(self) -> Overrides:
        return Overrides(select=self.select, ignore=self.ignore, languagetool=self.languagetool)


def _codes(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"'{key}' must be a list of rule codes or a comma-separated string")
    codes = tuple(v.strip() for v in value if v.strip())
    for code in codes:
        if not (code == "ALL" or code[0].isalpha()):
            raise ConfigError(f"'{key}' has {code!r}, which is not a rule code or prefix")
    return tuple(c if c == "ALL" else c.upper() for c in codes)


def read_options(data: Any) -> WorkspaceOptions:
    """Options from the editor's settings: a table, or one under the key ``newslint``.

    A key absent keeps its default; an unknown key or a bad value is a ConfigError that names it.
    """
    if data is None:
        return WorkspaceOptions()
    if not isinstance(data, dict):
        raise ConfigError("the settings must be a table")
    if isinstance(data.get("newslint"), dict):
        data = data["newslint"]
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in KEYS:
            raise ConfigError(f"unknown setting '{key}' (known: {', '.join(KEYS)})")
        if value is None:
            continue
        if key == "select":
            values["select"] = _codes(key, value)
        elif key == "ignore":
            values["ignore"] = _codes(key, value)
        elif key == "languagetool":
            if not isinstance(value, str):
                raise ConfigError("'languagetool' must be \"local\" or an http:// or https:// URL")
            value = value.strip()
            if value and value != "local" and not value.startswith(("http://", "https://")):
                raise ConfigError(f"'languagetool' must be \"local\" or an http:// or https:// URL, not {value!r}")
            values["languagetool"] = value or None
        elif key == "debounce":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 10:
                raise ConfigError("'debounce' must be a number of seconds from 0 to 10")
            values["debounce"] = float(value)
    return replace(WorkspaceOptions(), **values)
