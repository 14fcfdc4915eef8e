"""The one entry point: lint text or files and get findings back.

    from newslint.api import lint_text
    findings = lint_text("The the mayor said.", path="draft.txt")
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from .config import ConfigFinder, Settings
from .document import Document, load
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

    def apply(self, settings: Settings) -> Settings:
        changes = {}
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


def discover(paths: Sequence[str], finder: ConfigFinder) -> list[str]:
    """The drafts named by ``paths``: files as given, folders searched for included files."""
    found: list[str] = []
    for name in paths:
        path = Path(name)
        if not path.is_dir():
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


def _included(name: str, settings: Settings) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in settings.include)


def _excluded(path: str, settings: Settings) -> bool:
    from .config import DEFAULT_EXCLUDE

    name = os.path.basename(path)
    return any(
        fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(path, pattern)
        for pattern in tuple(settings.exclude) + DEFAULT_EXCLUDE
    )


def lint_paths(
    paths: Sequence[str],
    finder: ConfigFinder | None = None,
    overrides: Overrides = Overrides(),
    date: dt.date | None = None,
    keep_documents: bool = False,
    stdin_text: str | None = None,
    stdin_filename: str = "<stdin>",
) -> Result:
    finder = finder or ConfigFinder()
    result = Result()
    sources: list[tuple[str, str | None]] = []
    for name in paths:
        if name == "-":
            sources.append((stdin_filename, stdin_text or ""))
        else:
            sources.extend((f, None) for f in discover([name], finder))
    rules_for: dict[int, tuple[Settings, list]] = {}
    for path, text in sources:
        result.files += 1
        base = finder.for_path(path if text is None else os.path.abspath(path))
        if id(base) not in rules_for:
            settings = overrides.apply(base)
            rules_for[id(base)] = (settings, selected_rules(settings))
        settings, rules = rules_for[id(base)]
        try:
            doc = load(path) if text is None else Document(text, path=path)
            found = check_document(doc, settings, rules, Context(settings, date))
        except InputError as exc:
            result.problems.append(str(exc))
            result.findings.append(file_problem(path, str(exc)))
            continue
        except RuleCrash as exc:
            result.problems.append(str(exc))
            continue
        result.findings.extend(found)
        if keep_documents:
            result.documents[path] = doc
    result.findings.sort(key=lambda f: f.sort_key)
    return result
