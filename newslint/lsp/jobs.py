"""The lint jobs of the language server and the threads that run them.

A ``Job`` is one version of one draft to lint; ``Open`` is what the server knows of an open
draft; a ``Worker`` is one daemon thread running jobs in order; a lint that a newer version
has overtaken stops at its next rule (``Checkpoint`` raises ``Cancelled``).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import queue
import threading
from dataclasses import dataclass, field

from ..config import Settings
from ..document import check_size
from ..errors import InputError
from ..findings import Finding
from .text import Draft


class Cancelled(BaseException):
    """A newer version of the draft arrived: the lint of this one stops.

    A BaseException, so that the engine's handling of a crashing rule does not catch it.
    """


class Checkpoint:
    """A rule that first checks whether its lint was cancelled (one check per rule)."""

    def __init__(self, rule, token: threading.Event):
        self._rule = rule
        self._token = token

    def __getattr__(self, name):
        return getattr(self._rule, name)

    def run(self, doc, context):
        if self._token.is_set():
            raise Cancelled()
        return self._rule.run(doc, context)


class Worker:
    """One daemon thread running jobs in order (it never delays the server's exit)."""

    def __init__(self, name: str):
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        threading.Thread(target=self._loop, name=name, daemon=True).start()

    def submit(self, fn, *args) -> concurrent.futures.Future:
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._jobs.put((future, fn, args))
        return future

    def _loop(self) -> None:
        while True:
            future, fn, args = self._jobs.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # Cancelled included: the caller decides
                future.set_exception(exc)


@dataclass(eq=False)
class Open:
    """An open draft and what the server knows of it."""

    draft: Draft
    path: str
    markdown: bool
    settings: Settings | None = None
    findings: list[Finding] = field(default_factory=list)
    # The version the findings belong to: actions and hovers use them only for that version.
    linted: int | None = None
    # LanguageTool's findings of the last version it answered, moved along with the edits since:
    # shown with newslint's own until LanguageTool answers for the new version (no flicker).
    carried: list[Finding] = field(default_factory=list)
    task: asyncio.Task | None = None  # the pending lint (kept: asyncio holds tasks weakly)
    token: threading.Event = field(default_factory=threading.Event)

    def stop(self) -> None:
        """Stop the lint of this version: a job not started is skipped, a lint under way stops
        at its next rule, and a pause not over ends without a lint."""
        self.token.set()


@dataclass(frozen=True)
class Job:
    """A draft the language server is to lint: which version of which document, and why."""

    uri: str
    version: int | None
    path: str
    text: str
    markdown: bool
    settings: Settings
    reason: str  # "open", "change", "save", "settings"


def unreadable(path: str, text: str, settings: Settings) -> str | None:
    """Why the draft cannot be linted (as the command line would say it), or None."""
    if "\x00" in text:
        return f"{path}: contains a NUL character at offset {text.index(chr(0))}; is it a text file?"
    if len(text) * 4 > settings.max_draft_size:  # only a long draft can be too large
        try:
            check_size(path, len(text.encode("utf-8", "surrogatepass")), settings.max_draft_size)
        except InputError as exc:
            return str(exc)
    return None
