"""Backends: second opinions from outside newslint, held by the run behind one small interface.

A backend is a service that checks drafts besides newslint's own rules: LanguageTool, the
masked language model G322 reads, a language server or a remote service tomorrow. The run
(``run.Run``) is the only module that knows a backend exists; it

1. ``begin``s each backend once per ``lint`` (with a folder for the backend's own cache, or
   None),
2. asks whether the run's settings ``want`` it; if so, lints every draft in this process (one
   client, at most one server) and first hands the backend the drafts its rule will check
   (``prefetch``: one batch of requests, answered while the other rules run),
3. reads ``failure`` afterwards: a run whose backend failed does not cache its findings, and
   the command line reports the failure (the language server shows it, once while it runs).

The backend's rule (its ``service`` attribute names the backend) finds its backend in the rule's
context (``Context.backends``, by name) and turns the answers into findings, like any rule.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Protocol


class Backend(Protocol):
    name: str  # the ``service`` of the rule that reports its findings
    title: str  # its name for people ("LanguageTool")

    def wanted(self, settings: Any) -> bool:
        """Whether ``settings`` ask for this backend."""

    def begin(self, cache_folder: Path | None) -> None:
        """A new run: forget the last run's failure; keep answers in ``cache_folder``."""

    def prefetch(self, drafts: Iterable[tuple[Any, Any]]) -> None:
        """Start checking these (Document, Settings) pairs before the rules run."""

    @property
    def failure(self) -> str | None:
        """The first failure of this run, in one line; None when all went well."""


class LanguageTool:
    """LanguageTool as a backend: one ``languagetool.Session`` (clients, paragraph cache,
    failure) for the run that holds it. Its rule (``checks.grammar``) asks it for matches
    through the rule's context (``Context.backends``)."""

    name = "languagetool"
    title = "LanguageTool"

    def __init__(self) -> None:
        self._session = None  # made on first use: a run without LanguageTool never imports it
        self._cache_folder: Path | None = None  # the last run's, for a session made later

    @property
    def session(self):
        if self._session is None:
            from .languagetool import Session

            self._session = Session()
            self._session.begin(self._cache_folder)
        return self._session

    def wanted(self, settings) -> bool:
        if not settings.table("languagetool"):  # no table, no --languagetool: off, client not loaded
            return False
        from . import languagetool

        return languagetool.wanted(settings)

    def begin(self, cache_folder: Path | None) -> None:
        self._cache_folder = cache_folder
        if self._session is not None:  # else the session begins when it is made
            self._session.begin(cache_folder)

    def prefetch(self, drafts) -> None:
        self.session.prefetch(drafts)

    def matches(self, opts, language: str, pieces):
        """LanguageTool's matches for each piece (cache or server); None when it failed."""
        return self.session.matches(opts, language, pieces)

    @property
    def failure(self) -> str | None:
        return self._session.failure if self._session is not None else None


class LanguageModel:
    """The masked language model G322 reads (``newslint.language_model``), loaded on first use
    in the run's process; a model that is missing or cannot be read is the run's failure. What
    it found in each paragraph is kept in the run's cache folder (``cache``), so that a run
    after an edit reads again only the paragraphs that changed."""

    name = "model"
    title = "language model"
    rule_code = "G322"

    def __init__(self) -> None:
        self._failure: str | None = None
        self._cache_folder: Path | None = None
        self._cache = None  # made on first use: a run without G322 never imports it

    def wanted(self, settings) -> bool:
        from .engine import code_selected

        return code_selected(self.rule_code, settings, (), False)

    def begin(self, cache_folder: Path | None) -> None:
        """A new run: what the model found in each paragraph is kept in ``cache_folder``."""
        self._failure = None
        self._cache_folder = cache_folder
        self._cache = None

    @property
    def cache(self):
        """The paragraph cache (``paragraph_cache.ParagraphCache``) of this run."""
        if self._cache is None:
            from .paragraph_cache import ParagraphCache

            self._cache = ParagraphCache(self._cache_folder, "g322", valid_model_findings)
        return self._cache

    def prefetch(self, drafts) -> None:
        pass  # the model reads each draft when its rule asks

    def model(self):
        """(MaskedModel, WordPieces), or None when the model cannot be used (see failure)."""
        from . import language_model

        try:
            return language_model.load()
        except language_model.Unavailable as exc:
            self._failure = str(exc)
            return None

    @property
    def failure(self) -> str | None:
        return self._failure


def valid_model_findings(found: Any) -> bool:
    """Whether a cache entry of the language model is a list of [start, end, word, suggestion]."""
    return isinstance(found, list) and all(
        isinstance(item, list) and len(item) == 4
        and type(item[0]) is int and type(item[1]) is int and 0 <= item[0] < item[1]
        and all(isinstance(w, str) and 0 < len(w) <= 100 for w in item[2:])
        for item in found
    )


def default_backends() -> tuple[Backend, ...]:
    return (LanguageTool(), LanguageModel())
