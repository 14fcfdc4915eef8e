"""The one entry point: lint text or files and get findings back.

    from newslint.api import lint_text
    findings = lint_text("The the mayor said.", path="draft.txt")
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from .config import ConfigFinder, Settings
from .document import Document, read_text
from .engine import check_document, selected_rules
from .errors import InputError, RuleCrash
from .findings import Finding, file_problem
from .rule import Context


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


@dataclass
class Result:
    findings: list[Finding] = field(default_factory=list)
    # One line for each file that could not be read or checked; the others were still linted.
    problems: list[str] = field(default_factory=list)
    documents: dict[str, Document] = field(default_factory=dict)
    files: int = 0
    # The text of every draft that could be read, by path (for source lines and fingerprints).
    texts: dict[str, str] = field(default_factory=dict)


def lint_document(doc: Document, settings: Settings | None = None, date: dt.date | None = None) -> list[Finding]:
    settings = settings or Settings()
    return check_document(doc, settings, selected_rules(settings), Context(settings, date))


def lint_text(
    text: str,
    path: str = "<stdin>",
    settings: Settings | None = None,
    date: dt.date | None = None,
    markdown: bool | None = None,
) -> list[Finding]:
    return lint_document(Document(text, path=path, markdown=markdown), settings, date)


def discover(paths: Sequence[str], finder: ConfigFinder, force_exclude: bool = False) -> list[str]:
    """The drafts named by ``paths``: files as given, folders searched for included files.

    ``force_exclude`` applies ``exclude`` to files named on the command line too, as a hook
    that passes every changed file by name needs.
    """
    found: list[str] = []
    for name in paths:
        path = Path(name)
        if not path.is_dir():
            if not (force_exclude and _excluded_anywhere(name, finder.for_path(name))):
                found.append(name)
            continue
        settings = finder.for_path(path)
        for folder, subfolders, files in os.walk(path):
            subfolders[:] = sorted(
                d for d in subfolders if not d.startswith(".") and not _excluded(d, settings)
            )
            for file in sorted(files):
                full = os.path.join(folder, file)
                if _included(file, settings) and not _excluded(full, settings):
                    found.append(full)
    return found


def _excluded_anywhere(path: str, settings: Settings) -> bool:
    """The file, or a folder on its way from the configuration's folder, is excluded."""
    from .config import _relative

    parts = Path(_relative(path, settings.root)).parts
    return any(_excluded(os.path.join(*parts[: i + 1]), settings) for i in range(len(parts)))


def _included(name: str, settings: Settings) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in settings.include)


def _excluded(path: str, settings: Settings) -> bool:
    from .config import DEFAULT_EXCLUDE

    name = os.path.basename(path)
    return any(
        fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(path, pattern)
        for pattern in tuple(settings.exclude) + DEFAULT_EXCLUDE
    )


# Per worker process: the settings of this run (by index), the story date, and the rules
# selected for each settings (built once per process, on first use).
_WORKER: dict = {}


def _worker_init(settings_list: list[Settings], date: dt.date | None) -> None:
    import signal

    # Ctrl-C is the parent's to handle: it stops the run without a traceback from every worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER.clear()
    _WORKER.update(settings=settings_list, date=date, rules={})


def _lint_one(path: str, text: str, settings: Settings, rules: list, date: dt.date | None):
    """("ok", findings), ("input", reason) or ("crash", reason) for one draft."""
    try:
        doc = Document(text, path=path)
        return "ok", check_document(doc, settings, rules, Context(settings, date))
    except InputError as exc:
        return "input", str(exc)
    except RuleCrash as exc:
        return "crash", str(exc)


def _worker_batch(batch: list[tuple[int, str, str, int]]) -> list[tuple[int, str, object]]:
    out = []
    for index, path, text, settings_index in batch:
        settings = _WORKER["settings"][settings_index]
        rules = _WORKER["rules"].get(settings_index)
        if rules is None:
            rules = _WORKER["rules"][settings_index] = selected_rules(settings)
        out.append((index, *_lint_one(path, text, settings, rules, _WORKER["date"])))
    return out


def _languagetool_drafts(todo, settings_list, rules_for):
    """(Document, Settings) of each draft to lint that the LanguageTool rule will check."""
    for _, path, text, number in todo:
        if number not in rules_for:
            rules_for[number] = selected_rules(settings_list[number])
        if any(rule.code == "LT" for rule in rules_for[number]):
            try:
                yield Document(text, path=path), settings_list[number]
            except InputError:
                continue


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def lint_paths(
    paths: Sequence[str],
    finder: ConfigFinder | None = None,
    overrides: Overrides = Overrides(),
    date: dt.date | None = None,
    keep_documents: bool = False,
    stdin_text: str | None = None,
    stdin_filename: str = "<stdin>",
    jobs: int = 1,
    cache=None,
    progress: Callable[[int, int], None] | None = None,
    force_exclude: bool = False,
) -> Result:
    """Lint files and folders (``-`` is ``stdin_text``).

    ``jobs`` > 1 lints the drafts in that many processes; ``cache`` (a ``newslint.cache.Cache``)
    answers drafts seen before with the same settings; ``progress(done, total)`` is called as
    drafts finish. Whatever the jobs and the cache, the findings come back in the same order.
    """
    finder = finder or ConfigFinder()
    result = Result()
    from . import languagetool

    # One LanguageTool session per run; its paragraph cache lives beside the result cache.
    languagetool.session().begin(cache.folder / "languagetool" if cache is not None else None)
    sources: list[tuple[str, str | None]] = []
    for name in paths:
        if name == "-":
            sources.append((stdin_filename, stdin_text or ""))
        else:
            sources.extend((f, None) for f in discover([name], finder, force_exclude))
    base_for: dict[str, Settings] = {}
    settings_list: list[Settings] = []
    settings_index: dict[int, int] = {}
    settings_keys: dict[int, str] = {}
    rules_for: dict[int, list] = {}
    # Per draft, in order: its findings, or the one-line problem that stopped it.
    outcomes: list[tuple[str, object] | None] = [None] * len(sources)
    todo: list[tuple[int, str, str, int]] = []
    keys: dict[int, str] = {}
    total = len(sources)
    done = 0
    for index, (path, text) in enumerate(sources):
        result.files += 1
        # The nearest configuration is the same for every draft of a folder: look it up once.
        folder = os.path.dirname(path if text is None else os.path.abspath(path)) or "."
        if folder not in base_for:
            base_for[folder] = finder.for_path(folder)
        base = base_for[folder]
        if id(base) not in settings_index:
            settings_index[id(base)] = len(settings_list)
            settings_list.append(overrides.apply(base))
        number = settings_index[id(base)]
        try:
            if text is None:
                text = read_text(path)
        except InputError as exc:
            outcomes[index] = ("input", str(exc))
            done += 1
            continue
        result.texts[path] = text
        if cache is not None:
            if number not in settings_keys:
                from .cache import settings_key

                settings_keys[number] = settings_key(settings_list[number], date)
            from .cache import file_key

            keys[index] = file_key(settings_keys[number], path, text)
            cached = cache.get(keys[index])
            if cached is not None:
                outcomes[index] = ("ok", cached)
                done += 1
                continue
        todo.append((index, path, text, number))
    if progress and done:
        progress(done, total)

    def finished(index: int, kind: str, value) -> None:
        nonlocal done
        outcomes[index] = (kind, value)
        # Findings made while LanguageTool was failing are incomplete: not cached.
        if kind == "ok" and cache is not None and languagetool.session().failure is None:
            cache.put(keys[index], value)
        done += 1
        if progress:
            progress(done, total)

    def lint_here(items) -> None:
        for index, path, text, number in items:
            if number not in rules_for:
                rules_for[number] = selected_rules(settings_list[number])
            finished(index, *_lint_one(path, text, settings_list[number], rules_for[number], date))

    workers = min(max(1, jobs), len(todo))
    if any(languagetool.wanted(s) for s in settings_list):
        # One LanguageTool client (and at most one local server) per run: lint here, after
        # sending every draft's unchecked paragraphs in as few requests as possible.
        workers = 1
        languagetool.session().prefetch(_languagetool_drafts(todo, settings_list, rules_for))
    if workers <= 1:
        lint_here(todo)
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        context = None
        if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
            # Forked workers inherit what the first draft made this process load (the rules,
            # their word lists and models): lint it here, then fork, instead of every worker
            # loading it all again.
            context = multiprocessing.get_context("fork")
            lint_here(todo[:1])
            todo = todo[1:]
            # What is loaded now is shared with the workers: keep their garbage collector off
            # it (and so their memory pages shared).
            import gc

            gc.freeze()
        size = max(1, min(16, len(todo) // (workers * 8)))
        batches = [todo[i : i + size] for i in range(0, len(todo), size)]
        pool = ProcessPoolExecutor(
            workers, mp_context=context, initializer=_worker_init, initargs=(settings_list, date)
        )
        try:
            futures = [pool.submit(_worker_batch, batch) for batch in batches]
            for future in as_completed(futures):
                for index, kind, value in future.result():
                    finished(index, kind, value)
        except BaseException:
            # Interrupted (Ctrl-C) or failed: drop the drafts not started, do not wait for them.
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        else:
            pool.shutdown()
        finally:
            if context is not None:
                import gc

                gc.unfreeze()
    for index, (path, _) in enumerate(sources):
        kind, value = outcomes[index]
        if kind == "ok":
            result.findings.extend(value)
            if keep_documents:
                result.documents[path] = Document(result.texts[path], path=path)
        elif kind == "input":
            result.problems.append(value)
            result.findings.append(file_problem(path, value))
        else:
            result.problems.append(value)
    result.findings.sort(key=lambda f: f.sort_key)
    return result
