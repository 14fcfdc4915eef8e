"""The ``[tool.newslint.languagetool]`` options, checked, and the language a draft is sent in."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError
from .cache import CACHE_FORMAT
from .rules import (
    DEFAULT_DISABLED,
    DEFAULT_DISABLED_CATEGORIES,
    DEFAULT_DISABLED_PARTS,
    GUESSES,
)

TABLE = "languagetool"
KEYS = ("server", "language", "enable", "disable", "timeout", "picky")
DEFAULT_TIMEOUT = 60.0


@dataclass(frozen=True)
class Options:
    """The ``[languagetool]`` settings: the server, the language, the rules turned on or off."""

    server: str | None = None
    language: str | None = None
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    picky: bool = False

    @property
    def disabled_rules(self) -> tuple[str, ...]:
        """Rule ids switched off: the defaults (and guesses) not enabled again, and those disabled."""
        enabled = set(self.enable)
        kept = [r for r in (*DEFAULT_DISABLED, *GUESSES) if r not in enabled]
        return tuple(sorted(set(kept) | set(self.disable)))

    @property
    def disabled_categories(self) -> tuple[str, ...]:
        enabled = set(self.enable)
        return tuple(sorted(c for c in DEFAULT_DISABLED_CATEGORIES if c not in enabled))

    def switched_off(self, rule_id: str) -> bool:
        """Whether a match of ``rule_id`` is dropped (also for the sub-rules of an entry, and
        for the hyphenation and compound rules of DEFAULT_DISABLED_PARTS)."""
        if rule_id in self.enable:
            return False
        if any(part in rule_id for part in DEFAULT_DISABLED_PARTS if part not in self.enable):
            return True
        return any(rule_id == r or rule_id.startswith(r + "_") for r in self.disabled_rules)

    def named(self, rule_id: str, category: str) -> bool:
        """Whether ``enable`` names the rule or its category: then every match of it is
        reported, also one newslint drops by default as house style (hyphenation)."""
        return rule_id in self.enable or category in self.enable

    def ruleset_key(self, language: str) -> str:
        return json.dumps(
            {
                "format": CACHE_FORMAT,
                "server": self.server,
                "language": language,
                "disabled": self.disabled_rules,
                "disabled_categories": self.disabled_categories,
                "enabled": sorted(self.enable),
                "picky": self.picky,
            },
            sort_keys=True,
        )


def _ids(source: str, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{source}: 'languagetool.{key}' must be a list of LanguageTool rule ids")
    return tuple(v.strip().upper() for v in value)


_OPTIONS_CACHE: dict[int, tuple[Any, Options]] = {}


def options(settings) -> Options:
    """The LanguageTool options of ``settings``; a bad key or value is a ConfigError."""
    table = settings.table(TABLE)
    cached = _OPTIONS_CACHE.get(id(settings))
    if cached is not None and cached[0] is table:
        return cached[1]
    source = getattr(settings, "source", "configuration")
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in KEYS:
            raise ConfigError(
                f"{source}: unknown key 'languagetool.{key}' (known: {', '.join(KEYS)})"
            )
        if key == "server":
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"{source}: 'languagetool.server' must be a URL or \"local\"")
            value = value.strip()
            if value != "local" and not value.startswith(("http://", "https://")):
                raise ConfigError(
                    f"{source}: 'languagetool.server' must be an http:// or https:// URL "
                    f"or \"local\", not {value!r}"
                )
            values["server"] = value
        elif key == "language":
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"{source}: 'languagetool.language' must be a language code such as \"en-GB\"")
            values["language"] = value.strip()
        elif key in ("enable", "disable"):
            values[key] = _ids(source, key, value)
        elif key == "timeout":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ConfigError(f"{source}: 'languagetool.timeout' must be a number of seconds above 0")
            values["timeout"] = float(value)
        elif key == "picky":
            if not isinstance(value, bool):
                raise ConfigError(f"{source}: 'languagetool.picky' must be true or false")
            values["picky"] = value
    found = Options(**values)
    if len(_OPTIONS_CACHE) > 256:
        _OPTIONS_CACHE.clear()
    _OPTIONS_CACHE[id(settings)] = (table, found)
    return found


def wanted(settings) -> bool:
    """Whether LanguageTool is switched on for ``settings``."""
    return options(settings).server is not None


def language_for(opts: Options, settings, doc) -> str:
    if opts.language:
        return opts.language
    spelling = getattr(settings, "spelling", "auto")
    if spelling in ("en-US", "en-GB"):
        return spelling
    try:
        variety = doc.analysis("variants").variety
    except Exception:  # the variety is a nicety: fall back to US English
        variety = None
    return variety or "en-US"
