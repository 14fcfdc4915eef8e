"""What LanguageTool keeps for one run: its clients, its paragraph cache, its first failure."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Iterable, Sequence

from .cache import ParagraphCache
from .client import Client, Unavailable, describe
from .options import Options, language_for, options
from .pieces import Piece, batches, join_texts, pieces_of, split_matches


class Session:
    """What LanguageTool keeps for one run: its clients, its cache, and the first failure."""

    def __init__(self) -> None:
        self.clients: dict[tuple, Client] = {}
        self.cache = ParagraphCache(None)
        self._failure: str | None = None
        self.requests = 0
        self.lock = threading.Lock()
        self.memory: dict[str, list[dict]] = {}
        self.pending: threading.Thread | None = None

    def begin(self, cache_folder: Path | None) -> None:
        """A new run: forget the last run's failure; use ``cache_folder`` (None: no cache)."""
        self.wait()
        self._failure = None
        self.requests = 0
        self.cache = ParagraphCache(cache_folder)
        self.memory: dict[str, list[dict]] = {}

    def prefetch(self, drafts: Iterable[tuple[Any, Any]]) -> None:
        """Check the paragraphs of many drafts at once, before they are linted one by one.

        ``drafts`` gives (Document, Settings) pairs. Paragraphs not in the cache are sent in
        as few requests as possible across all the drafts (one request per BATCH_CHARS, per
        language and rule set). The requests go out in the background: newslint's own rules
        run while the server works, and the LT rule waits for the answers (``wait``).
        """
        groups: dict[tuple, tuple[Options, str, dict[str, str]]] = {}
        for doc, settings in drafts:
            opts = options(settings)
            if opts.server is None:
                continue
            language = language_for(opts, settings, doc)
            ruleset = opts.ruleset_key(language)
            group = groups.setdefault((opts, language), (opts, language, {}))
            for piece in pieces_of(doc):
                key = ParagraphCache.key(ruleset, piece.text)
                if key in self.memory or key in group[2]:
                    continue
                cached = self.cache.get(key)
                if cached is not None:
                    self.memory[key] = cached
                else:
                    group[2][key] = piece.text
        work = [(opts, language, list(missing.items())) for opts, language, missing in groups.values() if missing]
        if not work:
            return

        def fetch_all() -> None:
            for opts, language, missing in work:
                if not self._fetch(opts, language, missing):
                    return

        self.wait()
        self.pending = threading.Thread(target=fetch_all, name="newslint-languagetool", daemon=True)
        self.pending.start()

    @property
    def failure(self) -> str | None:
        """The run's first failure, one line (once the requests sent in the background are in)."""
        self.wait()
        return self._failure

    def wait(self) -> None:
        """Wait for the requests ``prefetch`` sent (each ends within its timeout)."""
        pending = self.pending
        if pending is not None and pending is not threading.current_thread():
            pending.join()
            if self.pending is pending:
                self.pending = None

    def client(self, opts: Options) -> Client:
        key = (opts.server, opts.timeout)
        if key not in self.clients:
            self.clients[key] = Client(opts)
        return self.clients[key]

    def matches(self, opts: Options, language: str, pieces: Sequence[Piece]) -> list[list[dict]] | None:
        """Matches for each piece (from the cache or the server); None when LanguageTool failed."""
        self.wait()
        if self._failure is not None:
            return None
        ruleset = opts.ruleset_key(language)
        keys = [ParagraphCache.key(ruleset, piece.text) for piece in pieces]
        missing: dict[str, str] = {}
        for key, piece in zip(keys, pieces):
            if key not in self.memory:
                cached = self.cache.get(key)
                if cached is not None:
                    self.memory[key] = cached
                else:
                    missing[key] = piece.text
        if missing and not self._fetch(opts, language, list(missing.items())):
            return None
        return [self.memory[key] for key in keys]

    def _fetch(self, opts: Options, language: str, missing: list[tuple[str, str]]) -> bool:
        """Ask the server about ``missing`` (key, text) pairs; False when LanguageTool failed."""
        if self._failure is not None:
            return False
        try:
            with self.lock:
                client = self.client(opts)
                for batch in batches(missing):
                    joined, starts = join_texts([text for _, text in batch])
                    self.requests += 1
                    found = client.check(joined, language, opts)
                    split = split_matches(found, starts, [len(text) for _, text in batch])
                    for (key, _), matches in zip(batch, split):
                        self.memory[key] = matches
                        self.cache.put(key, matches)
        except Exception as exc:  # every way of failing becomes one line
            self._failure = str(exc) if isinstance(exc, Unavailable) else describe(exc, opts)
            return False
        return True
