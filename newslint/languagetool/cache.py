"""LanguageTool's matches on disk, one file per paragraph as sent."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ..atomic import replace_file
from .client import RULE_ID, clean

CACHE_FORMAT = "lt2"


class ParagraphCache:
    """LanguageTool's matches for one paragraph as sent, by language, server and rule set.

    One small JSON file per paragraph under ``FOLDER/languagetool/`` of newslint's cache
    folder, written atomically. Any failure turns the cache off for the run, never the check.
    """

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.usable = folder is not None
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(ruleset: str, text: str) -> str:
        digest = hashlib.sha256(ruleset.encode("utf-8"))
        digest.update(b"\0")
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / CACHE_FORMAT / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[dict] | None:
        if not self.usable:
            return None
        try:
            with open(self._path(key), "rb") as fh:
                data = json.loads(fh.read())
            if data.get("key") != key or not valid_matches(data.get("matches")):
                raise ValueError("not an entry")
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, AttributeError):
            self.misses += 1
            return None
        self.hits += 1
        return data["matches"]

    def put(self, key: str, matches: list[dict]) -> None:
        if not self.usable:
            return
        try:
            path = self._path(key)
            path.parent.mkdir(parents=True, exist_ok=True)
            payload = json.dumps({"key": key, "matches": matches}, ensure_ascii=False).encode("utf-8")
            replace_file(path, payload, durable=False)
        except OSError:
            self.usable = False


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
