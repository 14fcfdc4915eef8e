"""One run of newslint: what is decided once, and the one way every draft goes through it.

    from newslint.run import Run
    run = Run(ConfigFinder(), Overrides(fail_on="error"), date=None, gate=Gate())
    result = run.lint(["drafts"])     # the findings the gate let through, and each draft's settings
    run.fails(result)                 # True when a draft has a finding at or above its own fail-on

A run holds:

- **each draft's settings**: the nearest configuration of the draft's folder with the command
  line's overrides on top (``settings_for``), kept in ``Result.settings`` by path, so that the
  exit status, the baseline's stale entries and the reports use the draft's own settings, never
  those of the first path named;
- **the selected rules** of each settings, chosen once (``rules_for``), less a draft's
  ``per-file-ignores``;
- **the backends** (``backends.Backend``: LanguageTool), begun once per ``lint`` and handed
  every draft their rule will check before the rules run; ``failures()`` says what went wrong;
- **the gate** (``gate.Gate``): selection, severity, disable comments, baseline and ``--diff``,
  which every finding passes, whether linted now, in a worker, or answered by the cache (the
  cache keeps what the rules found, before the gate).

Drafts are linted here or in worker processes (``workers.py``: ``lint_one`` is what every
process runs on a draft). The command line, ``--fix`` (``refresh`` re-lints only the drafts a fix changed), the reports
and the language server are clients of a run.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from typing import Callable, Sequence

from .backends import Backend, default_backends
from .codes import check_comments, check_settings
from .config import ConfigFinder, Overrides, Settings
from .discovery import discover
from .document import Document, check_size, read_text
from .engine import (
    active_rules,
    all_rules,
    at_or_above,
    check_document,
    check_options,
    selected_rules,
)
from .errors import InputError
from .findings import RULE_CRASH_CODE, Finding, file_problem
from .gate import Gate
from .rule import Context
from .workers import lint_in_this_process, lint_in_workers, lint_one


@dataclass
class Result:
    """What one ``Run.lint`` found: the findings the gate let through, the problems, and each draft's text and settings."""

    # What the gate let through, sorted; a draft that could not be read is a finding (E902).
    findings: list[Finding] = field(default_factory=list)
    # One line for each file that could not be read or checked; the others were still linted.
    problems: list[str] = field(default_factory=list)
    documents: dict[str, Document] = field(default_factory=dict)
    files: int = 0
    # The text of every draft that could be read, by path (for source lines and fingerprints).
    texts: dict[str, str] = field(default_factory=dict)
    # The settings each draft was linted with, by path.
    settings: dict[str, Settings] = field(default_factory=dict)


# Drafts read and handed to the backends at a time (``Run._lint``): few requests, and a bounded
# number of Documents in memory (about 100 KB each for a 450-word story).
BACKEND_GROUP = 64


class Run:
    """Settings, rules, backends and the gate of one run; ``lint`` may be called more than once."""

    def __init__(
        self,
        finder: ConfigFinder | None = None,
        overrides: Overrides = Overrides(),
        date: dt.date | None = None,
        gate: Gate | None = None,
        cache=None,
        jobs: int = 1,
        force_exclude: bool = False,
        backends: Sequence[Backend] | None = None,
    ):
        self.finder = finder or ConfigFinder()
        self.overrides = overrides
        self.date = date
        self.gate = gate or Gate()
        self.cache = cache
        self.jobs = jobs
        self.force_exclude = force_exclude
        # Second opinions from outside newslint (LanguageTool): only the run knows them.
        self.backends = tuple(default_backends() if backends is None else backends)
        self._by_folder: dict[str, Settings] = {}
        self._applied: dict[int, tuple[Settings, Settings]] = {}  # id(configuration) → it, applied
        self._settings: list[Settings] = []  # each distinct settings once, in order of use
        self._rules: dict[int, list] = {}  # selected rules, by index into _settings
        # Lines that recur across the stories of the run (a site's furniture, rule B106),
        # found from every draft of ``lint`` before any is linted (``furniture.recurring_lines``).
        self.recurring: dict[str, int] = {}

    # -- what is decided once ---------------------------------------------------------------

    def settings_for(self, path: str) -> Settings:
        """The settings of the draft at ``path``: its folder's configuration and the overrides."""
        folder = os.path.dirname(os.path.abspath(path)) or "."
        if folder not in self._by_folder:
            # Drafts of folders that share a configuration share one Settings object.
            base = self.finder.for_path(folder)
            if id(base) not in self._applied:
                self._applied[id(base)] = (base, self.overrides.apply(base))
                check_settings(self._applied[id(base)][1], self.overrides)  # unknown codes: an error
            self._by_folder[folder] = self._applied[id(base)][1]
        return self._by_folder[folder]

    def _number(self, settings: Settings) -> int:
        """The index of ``settings`` among the run's (the workers know them by index)."""
        for number, known in enumerate(self._settings):
            if known is settings:
                return number
        self._settings.append(settings)
        return len(self._settings) - 1

    def rules_for(self, settings: Settings) -> list:
        """The rules ``settings`` select, chosen once per run."""
        number = self._number(settings)
        if number not in self._rules:
            rules = selected_rules(settings)
            check_options(rules, settings)  # a rule's own options: wrong ones stop the run now
            self._rules[number] = rules
        return self._rules[number]

    def rule_catalogue(self) -> dict:
        """Every rule known to the run's settings, by code (for reports that describe rules)."""
        catalogue: dict = {}
        for settings in self._settings or [self.overrides.apply(self.finder.for_path("."))]:
            for rule in all_rules(settings):
                catalogue.setdefault(rule.code, rule)
        return catalogue

    def fails(self, result: Result) -> bool:
        """Whether a draft has a finding at or above its own ``fail-on``."""
        default = self.overrides.fail_on or "warning"
        return any(
            at_or_above([f], result.settings[f.path].fail_on if f.path in result.settings else default)
            for f in result.findings
        )

    # -- one draft ------------------------------------------------------------------------

    def check(self, doc: Document, settings: Settings | None = None) -> list[Finding]:
        """The reported findings of one document (``settings``: else its folder's)."""
        settings = settings or self.settings_for(doc.path)
        rules = active_rules(self.rules_for(settings), settings, doc.path)
        findings = check_document(doc, settings, rules, self.context_for(settings))
        return self.gate.keep(doc.path, doc.text, findings, settings)

    def context_for(self, settings: Settings) -> Context:
        """What the rules know when one draft is linted by itself (an editor, ``check``):
        the story date and the furniture its repository recorded (``.newslint-furniture``),
        besides the lines that recurred across the drafts of the last ``lint``."""
        from .furniture import with_recorded

        return Context(
            settings, self.date, recurring=with_recorded(self.recurring, [settings.root]), backends=self.backends_by_name
        )

    @property
    def backends_by_name(self) -> dict[str, Backend]:
        """The run's backends by name, as the rules' context holds them."""
        return {backend.name: backend for backend in self.backends}

    # -- many drafts ----------------------------------------------------------------------

    def lint(
        self,
        paths: Sequence[str],
        stdin_text: str | None = None,
        stdin_filename: str = "<stdin>",
        keep_documents: bool = False,
        progress: Callable[[int, int], None] | None = None,
        recurring: dict[str, int] | None = None,
        stdin_size: int | None = None,
    ) -> Result:
        """Lint files and folders (``-`` is ``stdin_text``).

        With ``jobs`` > 1 the drafts are linted in that many processes; the cache answers
        drafts seen before with the same settings; ``progress(done, total)`` is called as
        drafts finish. Whatever the jobs and the cache, the findings come back in the same order.
        ``recurring``: the recurring lines to use instead of those of ``paths`` (``refresh``).
        ``stdin_size``: the size in bytes of the draft on stdin when ``stdin_text`` is not all of
        it (``cli_common.read_stdin`` keeps no draft over the maximum size).

        The steps: find the drafts, read them (each with its settings), find the lines that
        recur across them, answer what the cache can, lint the rest (here or in workers, after
        the backends have been handed their drafts), then pass every draft's findings through
        the gate.
        """
        for backend in self.backends:  # each backend's own cache lives beside the result cache
            backend.begin(self.cache.folder / backend.name if self.cache is not None and self.cache.writable else None)
        sources = self._sources(paths, stdin_text, stdin_filename)
        result = Result(files=len(sources))
        # Per draft, in order: what its rules found, or the one-line problem that stopped it.
        outcomes = _Outcomes(len(sources), progress)
        readable = self._read(sources, result, outcomes, stdin_size)
        if recurring is None:
            recurring = self.recurring = self._recurring(result)
        todo, keys = self._from_cache(readable, recurring, outcomes)
        outcomes.report()
        self._lint(todo, keys, recurring, outcomes)
        self._collect(sources, outcomes, result, keep_documents)
        return result

    def _sources(self, paths, stdin_text, stdin_filename) -> list[tuple[str, str | None]]:
        """(path, text) of each draft named; the text is None for a file not read yet."""
        sources: list[tuple[str, str | None]] = []
        for name in paths:
            if name == "-":
                sources.append((stdin_filename, stdin_text or ""))
            else:
                sources.extend((f, None) for f in discover([name], self.finder, self.force_exclude))
        return sources

    def _read(self, sources, result: Result, outcomes: "_Outcomes", stdin_size: int | None = None) -> list[tuple[int, str, str, int]]:
        """(index, path, text, settings number) of each draft that could be read; each draft's
        settings and text go into ``result``, a draft that could not be read into ``outcomes``."""
        readable = []
        for index, (path, text) in enumerate(sources):
            settings = self.settings_for(path)
            result.settings[path] = settings
            try:
                if text is None:
                    text = read_text(path, limit=settings.max_draft_size)
                else:
                    size = stdin_size if stdin_size is not None else len(text.encode("utf-8", "surrogatepass"))
                    check_size(path, size, settings.max_draft_size)
            except InputError as exc:
                outcomes.set(index, "input", str(exc))
                continue
            result.texts[path] = text
            readable.append((index, path, text, self._number(settings)))
        return readable

    def _recurring(self, result: Result) -> dict[str, int]:
        """The lines that recur across the drafts read, and those the repository recorded."""
        from .furniture import recurring_lines, with_recorded

        roots = {str(settings.root) for settings in self._settings}
        return with_recorded(recurring_lines(result.texts.values()), roots)

    def _from_cache(self, readable, recurring, outcomes: "_Outcomes"):
        """The drafts the cache cannot answer (those it can go into ``outcomes``), and the
        cache key of each draft by index."""
        if self.cache is None:
            return list(readable), {}
        from .cache import file_key, settings_key
        from .furniture import present_in

        settings_keys: dict[int, str] = {}
        keys: dict[int, str] = {}
        todo = []
        for index, path, text, number in readable:
            if number not in settings_keys:
                settings_keys[number] = settings_key(self._settings[number], self.date)
            # the recurring lines a draft has are part of what its findings depend on
            keys[index] = file_key(settings_keys[number], path, text + present_in(text, recurring))
            cached = self.cache.get(keys[index], path, len(text))
            if cached is not None:
                outcomes.set(index, "ok", cached)
            else:
                todo.append((index, path, text, number))
        return todo, keys

    def _lint(self, todo, keys: dict[int, str], recurring, outcomes: "_Outcomes") -> None:
        """Lint the drafts of ``todo``, here or in worker processes, into ``outcomes``."""

        def finished(index: int, kind: str, value) -> None:
            # Findings made while a backend was failing are incomplete: not cached.
            # Nor are those of a draft a rule crashed on.
            if (
                kind == "ok"
                and self.cache is not None
                and not self.failures()
                and not any(f.code == RULE_CRASH_CODE for f in value)
            ):
                self.cache.put(keys[index], value)
            outcomes.set(index, kind, value)
            outcomes.report()

        backends = self.backends_by_name

        def lint_here(items, documents=None) -> None:
            for index, path, text, number in items:
                settings = self._settings[number]
                rules = active_rules(self.rules_for(settings), settings, path)
                doc = documents.get(index) if documents else None
                finished(index, *lint_one(path, text, settings, rules, self.date, recurring, doc, backends))

        wanted = [b for b in self.backends if any(b.wanted(s) for s in self._settings)]
        if wanted:
            # One client (and at most one local server) per run: lint here, a group of drafts
            # at a time, after handing the backends every draft of the group their rules will
            # check (few requests, answered while newslint's own rules run). Each draft is read
            # into a Document once, for the backends and the rules; a group at a time keeps
            # that many Documents in memory, not the whole run's.
            for start in range(0, len(todo), BACKEND_GROUP):
                group = todo[start : start + BACKEND_GROUP]
                documents = self._documents(group)
                for backend in wanted:
                    backend.prefetch(self._drafts_for(backend, group, documents))
                lint_in_this_process(group, lambda items, documents=documents: lint_here(items, documents))
            return
        workers = min(max(1, self.jobs), len(todo))
        if workers <= 1:
            lint_in_this_process(todo, lint_here)
        else:
            lint_in_workers(todo, workers, self._settings, self.date, recurring, lint_here, finished)

    def _collect(self, sources, outcomes: "_Outcomes", result: Result, keep_documents: bool) -> None:
        """Every draft's findings through the gate, in order, into ``result``."""
        for index, (path, _) in enumerate(sources):
            kind, value = outcomes.get(index)
            if kind == "ok":
                text = result.texts[path]
                result.problems.extend(f"{path}: {f.message}" for f in value if f.code == RULE_CRASH_CODE)
                result.findings.extend(self.gate.keep(path, text, value, result.settings[path]))
                for problem in check_comments(path, text, result.settings[path]):  # unknown codes
                    result.problems.append(f"{path}:{problem.line}:{problem.column}: {problem.message}")
                    result.findings.append(problem)
                if keep_documents:
                    result.documents[path] = Document(text, path=path)
            else:
                result.problems.append(value)
                result.findings.append(file_problem(path, value))
        result.findings.sort(key=lambda f: f.sort_key)

    def refresh(self, result: Result, paths: Sequence[str]) -> Result:
        """``result`` with the drafts at ``paths`` linted again (after a fix changed them);
        the other drafts' findings are kept as they are."""
        if not paths:
            return result
        again = self.lint(list(paths), recurring=self.recurring)
        changed = set(paths)
        result.findings = sorted(
            [f for f in result.findings if f.path not in changed] + again.findings,
            key=lambda f: f.sort_key,
        )
        result.texts.update(again.texts)
        result.problems.extend(again.problems)
        for path in changed & set(result.documents):
            result.documents[path] = Document(result.texts[path], path=path)
        return result

    def failures(self) -> list[str]:
        """What went wrong with a backend in the last ``lint``, one line each."""
        return [backend.failure for backend in self.backends if backend.failure]

    @staticmethod
    def _documents(todo) -> dict[int, Document]:
        """The Document of each draft of ``todo`` that can be read as one, by index (one that
        cannot is left to ``lint_one``, which reports why)."""
        documents = {}
        for index, path, text, _ in todo:
            try:
                documents[index] = Document(text, path=path)
            except InputError:
                continue
        return documents

    def _drafts_for(self, backend: Backend, todo, documents: dict[int, Document]):
        """(Document, Settings) of each draft to lint that the backend's rule will check."""
        for index, path, _, number in todo:
            settings = self._settings[number]
            if index in documents and any(
                getattr(rule, "service", None) == backend.name for rule in self.rules_for(settings)
            ):
                yield documents[index], settings

class _Outcomes:
    """What became of each draft of a ``lint``, by index: ("ok", findings) or ("input",
    reason); counts them for the progress display."""

    def __init__(self, total: int, progress: Callable[[int, int], None] | None):
        self._values: list[tuple[str, object] | None] = [None] * total
        self._progress = progress
        self.done = 0

    def set(self, index: int, kind: str, value) -> None:
        self._values[index] = (kind, value)
        self.done += 1

    def get(self, index: int) -> tuple[str, object]:
        return self._values[index]

    def report(self) -> None:
        if self._progress and self.done:
            self._progress(self.done, len(self._values))
