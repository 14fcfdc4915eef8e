"""LanguageTool's matches on disk, one file per paragraph as sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import paragraph_cache
from .client import RULE_ID, clean

CACHE_FORMAT = "lt2"


class ParagraphCache(paragraph_cache.ParagraphCache):
    """LanguageTool's matches for one paragraph as sent, by language, server and rule set.

    One small JSON file per paragraph under ``FOLDER/languagetool/`` of newslint's cache
    folder, written atomically. Any failure turns the cache off for the run, never the check.
    """

    def __init__(self, folder: Path | None):
        super().__init__(folder, CACHE_FORMAT, valid_matches)


def valid_matches(matches: Any) -> bool:
    """Whether a cache entry's matches have the shape ``parse_matches`` gives (a file on disk
    may have been edited or damaged: it is read like a server's reply, never trusted)."""
    if not isinstance(matches, list):
        return False
    for m in matches:
        if not (
            isinstance(m, dict)
            and all(type(m.get(k)) is int and m[k] >= 0 for k in ("offset", "length"))
            and isinstance(m.get("rule"), str) and RULE_ID.fullmatch(m["rule"])
            and all(isinstance(m.get(k), str) and m[k] == clean(m[k], 500) for k in ("category", "message", "issue"))
            and isinstance(m.get("replacements"), list)
            and all(isinstance(r, str) and r == clean(r, 100) for r in m["replacements"])
        ):
            return False
    return True
