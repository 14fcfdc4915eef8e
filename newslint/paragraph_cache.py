"""What a slow checker found in one paragraph, on disk: one small JSON file per paragraph, so
that a run after an edit checks again only the paragraphs that changed. LanguageTool's matches
(``languagetool/cache.py``) and the language model's findings (G322) are kept this way, each in
its backend's folder beside the result cache, which prunes them with its own entries (``cache``:
``PARAGRAPH_CACHES``, entries not rewritten for 30 days, at most once a day)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Callable

from .atomic import replace_file


class ParagraphCache:
    """Entries under ``FOLDER/FORM/``, each by the hash of how the paragraph was checked and its
    text, written atomically. An entry is read like a reply from outside (a file on disk may
    have been edited or damaged): ``valid`` must accept it. Any failure turns the cache off for
    the run, never the check."""

    def __init__(self, folder: Path | None, form: str, valid: Callable[[Any], bool]):
        self.folder = folder
        self.form = form
        self.valid = valid
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
        return self.folder / self.form / key[:2] / f"{key}.json"

    def get(self, key: str) -> list | None:
        if not self.usable:
            return None
        try:
            with open(self._path(key), "rb") as fh:
                data = json.loads(fh.read())
            if data.get("key") != key or not self.valid(data.get("matches")):
                raise ValueError("not an entry")
        except (OSError, ValueError, AttributeError):
            self.misses += 1
            return None
        self.hits += 1
        return data["matches"]

    def put(self, key: str, matches: list) -> None:
        if not self.usable:
            return
        try:
            path = self._path(key)
            path.parent.mkdir(parents=True, exist_ok=True)
            payload = json.dumps({"key": key, "matches": matches}, ensure_ascii=False).encode("utf-8")
            replace_file(path, payload, durable=False)
        except OSError:
            self.usable = False
