"""The one entry point: lint text or files and get findings back.

    from newslint.api import lint_text
    findings = lint_text("The the mayor said.", path="draft.txt")

Both go through a ``run.Run``: the settings of each draft, the selected rules, the backends
and the one gate every finding passes. A client that lints more than once (the command line's
``--fix``, a language server) keeps a ``Run`` of its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable, Sequence

from .config import ConfigFinder, Overrides, Settings
from .discovery import discover
from .document import Document
from .findings import Finding
from .gate import Gate
from .run import Result, Run
from .workers import default_jobs

__all__ = [
    "Overrides", "Result", "Run", "default_jobs", "discover", "lint_document", "lint_paths", "lint_text",
]


def lint_document(doc: Document, settings: Settings | None = None, date: dt.date | None = None) -> list[Finding]:
    """The reported findings of one document, with ``settings`` (default: the defaults)."""
    return Run(date=date).check(doc, settings or Settings())


def lint_text(
    text: str,
    path: str = "<stdin>",
    settings: Settings | None = None,
    date: dt.date | None = None,
    markdown: bool | None = None,
) -> list[Finding]:
    return lint_document(Document(text, path=path, markdown=markdown), settings, date)


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
    gate: Gate | None = None,
) -> Result:
    """Lint files and folders (``-`` is ``stdin_text``) in one run; see ``Run.lint``."""
    run = Run(finder, overrides, date, gate, cache=cache, jobs=jobs, force_exclude=force_exclude)
    return run.lint(paths, stdin_text, stdin_filename, keep_documents, progress)
