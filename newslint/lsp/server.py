"""The language server: newslint's findings in the editor, as the reporter types.

One asyncio loop (pygls) answers the editor; the linting runs in one worker thread. When
LanguageTool is configured, a second thread asks it about the draft and then lints the draft
again with its answers, so that a slow LanguageTool server never holds up the other rules'
diagnostics (published first, by the lint thread). A draft is linted when it is opened and saved, and a short pause after it
changes; a lint of a version the editor has already replaced stops at the next rule and is never
published.

This module is the server's state and its linting; the jobs and threads are ``jobs.py``, the
answers to each message of the editor ``handlers.py`` (``make_server``).
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol.language_server import LanguageServerProtocol, lsp_method

from .. import __version__
from ..cache import Cache
from ..codes import check_comments
from ..config import ConfigFinder, Settings
from ..errors import ConfigError, InputError, NewslintError
from ..findings import Finding, file_problem
from ..run import Run
from . import actions
from .jobs import Cancelled, Checkpoint, Job, Open, Worker, unreadable
from .options import WorkspaceOptions, read_options
from .text import UTF16

log = logging.getLogger("newslint.lsp")


class _Protocol(LanguageServerProtocol):
    """pygls's protocol, except that the open drafts are newslint's own (``text.Draft``): pygls
    neither keeps a second copy nor applies the editor's changes with its own line rules."""

    def _user(self, method, params):
        if (handler := self.fm.features.get(method)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params):
        yield from self._user(types.TEXT_DOCUMENT_DID_OPEN, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params):
        yield from self._user(types.TEXT_DOCUMENT_DID_CHANGE, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params):
        yield from self._user(types.TEXT_DOCUMENT_DID_CLOSE, params)


class NewslintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "newslint",
            __version__,
            protocol_cls=_Protocol,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
        )
        self.open: dict[str, Open] = {}
        self.options = WorkspaceOptions()
        self.run = Run(ConfigFinder(), self.options.overrides())
        self.cache = Cache()
        self.encoding = UTF16
        self.root: str | None = None
        self.linter = Worker("newslint-lint")
        self.grammar = Worker("newslint-languagetool")
        self.ready = threading.Event()
        self._shown: set[str] = set()  # messages shown since the configuration was read
        self._shown_for_the_run: set[str] = set()  # a backend's failure: said once while the server runs
        self._settings_keys: dict[int, tuple[Settings, str]] = {}
        self.start_error: str | None = None  # bad initializationOptions, shown once initialized
        self._languagetool = None  # the LanguageTool backend last begun (that of a Run)
        self._model = None  # the language model's backend last begun (that of a Run)

    # -- messages ----------------------------------------------------------------------

    def tell(self, message: str, kind: types.MessageType = types.MessageType.Error, for_the_run: bool = False) -> None:
        """Show ``message`` to the reporter, once until the configuration is read again (which
        every save does), or with ``for_the_run`` once while the server runs."""
        shown = self._shown_for_the_run if for_the_run else self._shown
        if message in shown:
            return
        shown.add(message)
        self.window_show_message(types.ShowMessageParams(type=kind, message=f"newslint: {message}"))

    def said_failure(self, backend, failure: str | None) -> bool:
        """Whether ``failure`` (a backend's, or None) is one; if so, it is shown with the reason
        the command line gives, once while the server runs (not at every save): without the
        backend, its rules' findings are missing."""
        if failure is None:
            return False
        self.tell(f"{failure}; the {backend.title} rules are skipped", types.MessageType.Warning, for_the_run=True)
        return True

    def note(self, message: str) -> None:
        self.window_log_message(types.LogMessageParams(type=types.MessageType.Info, message=message))

    # -- settings ----------------------------------------------------------------------

    def settings_for(self, state: Open) -> Settings:
        """The draft's own configuration with the workspace settings over it (may raise)."""
        where = state.path if os.path.isabs(state.path) else os.path.join(self.root or os.getcwd(), "untitled")
        return self.run.settings_for(where)

    def refresh(self, everything: bool = False) -> None:
        """Read the configuration files again; lint the drafts whose settings changed.

        Messages already shown may be shown again: a configuration saved still broken says so.
        """
        self.run = Run(ConfigFinder(), self.options.overrides())
        self._shown.clear()
        for uri, state in list(self.open.items()):
            try:
                changed = everything or self.settings_for(state) != state.settings
            except NewslintError:
                changed = True
            if changed:
                self.schedule(uri, 0.0, "settings")

    def use_options(self, data) -> None:
        try:
            self.options = read_options(data)
        except ConfigError as exc:
            self.tell(f"workspace settings: {exc}")
            return
        self.refresh(everything=True)

    # -- linting -----------------------------------------------------------------------

    def schedule(self, uri: str, delay: float, reason: str) -> None:
        state = self.open.get(uri)
        if state is None:
            return
        state.stop()
        state.token = threading.Event()
        state.task = asyncio.get_running_loop().create_task(
            self._lint(uri, state.draft.version, delay, state.token, reason)
        )

    async def _lint(self, uri, version, delay, token, reason) -> None:
        if delay:
            await asyncio.sleep(delay)
        state = self.open.get(uri)
        if state is None or state.draft.version != version or token.is_set():
            return
        run, text = self.run, state.draft.text
        self._begin_model(run)
        try:
            settings = self.settings_for(state)
            problem = unreadable(state.path, text, settings)
        except NewslintError as exc:
            self.tell(str(exc))
            return self.publish(run, state, version, [], None)
        if problem is not None:
            return self.publish(run, state, version, [file_problem(state.path, problem)], settings)
        job = Job(uri, version, state.path, text, state.markdown, settings, reason)

        def stale() -> bool:
            return token.is_set() or self.open.get(uri) is not state or state.draft.version != version

        grammar = self._languagetool_wanted(settings)
        cached = self._cache_get(job) if reason == "open" else None
        if cached is not None:
            return self.publish(run, state, version, cached, settings, True if grammar else None)
        found = await self._run(self.linter.submit(self.lint, run, job, token, False), f"{uri} version {version}")
        if found is None or stale():
            return
        self.publish(run, state, version, found, settings, False if grammar else None)
        model = run.backends_by_name["model"]
        model_failed = self.said_failure(model, model.failure)
        if not grammar:
            if reason in ("open", "save") and not model_failed:
                self._cache_put(job, found)
            return
        # LanguageTool: asked in a thread of its own, which then lints the draft again with
        # its answers; the other rules' diagnostics are already shown.
        answer = await self._run(self.grammar.submit(self.lint_with_languagetool, run, job, token), f"{uri} version {version} with LanguageTool")
        if answer is None or stale():
            return
        found, failure = answer
        self.publish(run, state, version, found, settings, True)
        failed = self.said_failure(run.backends_by_name["languagetool"], failure) or model_failed
        if not failed and reason in ("open", "save"):
            self._cache_put(job, found)

    async def _run(self, future, what: str):
        """The result of a job, or None when it was cancelled or failed (and said so)."""
        try:
            return await asyncio.wrap_future(future)
        except Cancelled:
            self.window_log_message(
                types.LogMessageParams(type=types.MessageType.Log, message=f"stopped checking {what}: a newer version arrived")
            )
            return None
        except NewslintError as exc:
            self.tell(str(exc))
            return None
        except Exception as exc:  # never let one draft stop the server
            log.exception("lint failed")
            self.tell(f"could not check a draft: {type(exc).__name__}: {exc}")
            return None

    def _languagetool_wanted(self, settings: Settings) -> bool:
        from .. import languagetool

        try:
            return languagetool.wanted(settings)
        except ConfigError as exc:
            self.tell(str(exc))
            return False

    def lint(self, run: Run, job: Job, token: threading.Event, grammar: bool, doc=None) -> list[Finding]:
        """What the rules find in the draft, before the gate (as ``Run.check``, with rules that
        stop when the lint is cancelled); LanguageTool's rule only when ``grammar``. ``doc``:
        the draft's Document, when it has been read already."""
        from ..document import Document
        from ..engine import active_rules, check_document

        if token.is_set():
            raise Cancelled()
        rules = [
            Checkpoint(rule, token)
            for rule in active_rules(run.rules_for(job.settings), job.settings, job.path)
            if grammar or rule.code != "LT"
        ]
        try:
            if doc is None:
                doc = Document(job.text, path=job.path, markdown=job.markdown)
        except InputError as exc:
            return [file_problem(job.path, str(exc))]
        return check_document(doc, job.settings, rules, run.context_for(job.settings))

    def lint_with_languagetool(self, run: Run, job: Job, token: threading.Event):
        """The findings with LanguageTool's, and LanguageTool's failure (in its own thread)."""
        from ..document import Document

        self.ready.wait()  # the rules are loaded before two threads run them
        if token.is_set():
            raise Cancelled()
        backend = run.backends_by_name["languagetool"]
        if backend is not self._languagetool or backend.failure is not None:
            # A new run (the configuration was read again), or a failure said already: begin
            # (again), with the paragraph cache beside the result cache.
            backend.begin(self._backend_folder(backend))
            self._languagetool = backend
        try:
            doc = Document(job.text, path=job.path, markdown=job.markdown)
        except InputError:
            return self.lint(run, job, token, True), None
        backend.prefetch([(doc, job.settings)])
        backend.session.wait()
        return self.lint(run, job, token, True, doc), backend.failure

    def _begin_model(self, run: Run) -> None:
        """Begin the language model's backend once per run (on the loop, before the threads
        use it), with its paragraph cache beside the result cache: after an edit, G322's model
        reads again only the paragraphs that changed, as on the command line."""
        backend = run.backends_by_name["model"]
        if backend is not self._model:
            backend.begin(self._backend_folder(backend))
            self._model = backend

    def warm_up(self) -> float:
        """Load every rule's word lists and models before the first draft (in the lint thread)."""
        from ..document import Document
        from ..engine import check_document, selected_rules
        from ..rule import Context

        started = time.perf_counter()
        settings = Settings()
        try:
            rules = [r for r in selected_rules(settings) if r.code != "LT"]
            sample = "\n\n".join(e.text for r in rules for e in r.examples[:2] if e.fires)
            check_document(Document(sample, path="warm-up.md"), settings, rules, Context(settings))
        except Exception:  # a rule that cannot load is reported when a draft needs it
            log.exception("warm-up failed")
        finally:
            self.ready.set()
        return time.perf_counter() - started

    # -- the result cache, shared with the command line -----------------------------------

    def _cache_folder(self) -> Path:
        from ..cache import default_dir

        return default_dir()

    def _backend_folder(self, backend) -> Path | None:
        """A backend's own cache folder, beside the result cache, as ``Run.lint`` gives it:
        None when the result cache may not be written (a folder newslint did not make)."""
        return self.cache.folder / backend.name if self.cache.writable else None

    def _cache_key(self, job: Job) -> str | None:
        """The command line's key for the draft (a draft alone: no lines recur across a run)."""
        from ..cache import file_key, settings_key

        if not os.path.isabs(job.path):
            return None
        known = self._settings_keys.get(id(job.settings))
        if known is None or known[0] is not job.settings:
            if len(self._settings_keys) > 64:
                self._settings_keys.clear()
            known = self._settings_keys[id(job.settings)] = (job.settings, settings_key(job.settings, None))
        return file_key(known[1], job.path, job.text)

    def _cache_get(self, job: Job) -> list[Finding] | None:
        key = self._cache_key(job)
        return self.cache.get(key) if key is not None else None

    def _cache_put(self, job: Job, findings) -> None:
        key = self._cache_key(job)
        if key is not None and not any(f.family == "file" for f in findings):
            self.cache.put(key, findings)

    # -- publishing --------------------------------------------------------------------

    def publish(self, run: Run, state: Open, version, found, settings, grammar: bool | None = None) -> None:
        """Show what the gate lets through of ``found`` (what the rules found).

        ``grammar``: True when ``found`` has LanguageTool's answers (they are kept to carry
        through the next edits), False when it is newslint's own alone (the carried ones are
        shown with them), None when LanguageTool plays no part.
        """
        if settings is not None:
            text = state.draft.text
            found = run.gate.keep(state.path, text, found, settings) + check_comments(state.path, text, settings)
        if grammar:
            state.carried = [f for f in found if f.code.startswith("LT")]
        elif grammar is None:
            state.carried = []
        else:
            found = found + state.carried
        state.findings = sorted(found, key=lambda f: (f.start, f.end, f.code))
        state.linted = version
        state.settings = settings
        diagnostics = [actions.diagnostic(state.draft, f, self.docs_uri) for f in state.findings]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=state.draft.uri, version=version, diagnostics=diagnostics)
        )

    def supports_versioned_edits(self) -> bool:
        caps = self.client_capabilities.workspace
        return bool(caps and caps.workspace_edit and caps.workspace_edit.document_changes)

    def docs_uri(self, code: str) -> str | None:
        """A file with the rule's explanation, written once per run (codeDescription's href)."""
        return actions.rule_docs_uri(code, self._cache_folder())


