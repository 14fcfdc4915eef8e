"""The language server: newslint's findings in the editor, as the reporter types.

One asyncio loop (pygls) answers the editor; the linting runs in one worker thread, and
LanguageTool's requests in another, so that a slow LanguageTool server never holds up the other
rules' diagnostics. A draft is linted when it is opened and saved, and a short pause after it
changes; a lint of a version the editor has already replaced stops at the next rule and is never
published.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import os
import queue
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls.capabilities import ServerCapabilitiesBuilder
from pygls.lsp.server import LanguageServer
from pygls.protocol.language_server import LanguageServerProtocol, lsp_method
from pygls.uris import to_fs_path

from .. import __version__
from ..api import Overrides
from ..config import ConfigFinder, Settings
from ..errors import ConfigError, InputError, NewslintError, RuleCrash
from ..findings import FILE_PROBLEM_CODE, Finding, file_problem
from . import actions
from .options import WorkspaceOptions, read_options
from .text import UTF16, Draft

log = logging.getLogger("newslint.lsp")

# Drafts longer than this are not linted as the reporter types (the command line still can).
MAX_CHARS = 1_000_000
DRAFT_LANGUAGES = ("markdown", "plaintext", "text")
DRAFT_SUFFIXES = (".md", ".markdown", ".txt")
ADD_TO_VOCABULARY = "newslint.addToVocabulary"


class Cancelled(BaseException):
    """A newer version of the draft arrived: the lint of this one stops.

    A BaseException, so that the engine's handling of a crashing rule does not catch it.
    """


class _Checkpoint:
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
    task: asyncio.Task | None = None
    token: threading.Event = field(default_factory=threading.Event)

    def stop(self) -> None:
        self.token.set()
        if self.task is not None:
            self.task.cancel()


@dataclass(frozen=True)
class Job:
    uri: str
    version: int | None
    path: str
    text: str
    markdown: bool
    settings: Settings
    reason: str  # "open", "change", "save", "settings"


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
        self.finder = ConfigFinder()
        self.encoding = UTF16
        self.root: str | None = None
        self.linter = Worker("newslint-lint")
        self.grammar = Worker("newslint-languagetool")
        self.ready = threading.Event()
        self._shown: set[str] = set()
        self._cache = None
        self._settings_keys: dict[int, tuple[Settings, str]] = {}
        self.start_error: str | None = None  # bad initializationOptions, shown once initialized

    # -- messages ----------------------------------------------------------------------

    def tell(self, message: str, kind: types.MessageType = types.MessageType.Error) -> None:
        """Show ``message`` to the reporter, once per server run."""
        if message in self._shown:
            return
        self._shown.add(message)
        self.window_show_message(types.ShowMessageParams(type=kind, message=f"newslint: {message}"))

    def note(self, message: str) -> None:
        self.window_log_message(types.LogMessageParams(type=types.MessageType.Info, message=message))

    # -- settings ----------------------------------------------------------------------

    def settings_for(self, state: Open) -> Settings:
        """The draft's own configuration with the workspace settings over it (may raise)."""
        where = state.path if os.path.isabs(state.path) else (self.root or os.getcwd())
        return self.options.overrides().apply(self.finder.for_path(where))

    def refresh(self, everything: bool = False) -> None:
        """Read the configuration files again; lint the drafts whose settings changed."""
        self.finder = ConfigFinder()
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
        text = state.draft.text
        if "\x00" in text:
            where = text.index("\x00")
            problem = file_problem(state.path, f"{state.path}: contains a NUL byte at character {where}; is it a text file?")
            return self.publish(state, version, [problem], None)
        if len(text) > MAX_CHARS:
            self.tell(
                f"{state.path} is too long to check as you type ({len(text):,} characters; "
                f"the limit is {MAX_CHARS:,}); run 'newslint check' on it",
                types.MessageType.Warning,
            )
            return self.publish(state, version, [], None)
        try:
            settings = self.settings_for(state)
        except NewslintError as exc:
            self.tell(str(exc))
            return self.publish(state, version, [], None)
        job = Job(uri, version, state.path, text, state.markdown, settings, reason)
        stale = lambda: token.is_set() or self.open.get(uri) is not state or state.draft.version != version  # noqa: E731
        from .. import languagetool

        grammar = self._languagetool_wanted(settings)
        cached = self._cache_get(job) if reason == "open" else None
        if cached is not None:
            return self.publish(state, version, cached, settings)
        findings = await self._run(self.linter.submit(self.lint, job, token, False))
        if findings is None or stale():
            return
        self.publish(state, version, findings, settings)
        if not grammar:
            if reason in ("open", "save"):
                self._cache_put(job, findings)
            return
        # LanguageTool: its answers are fetched in a thread of their own, then the draft is
        # linted again with them (the other rules' diagnostics are already shown).
        session = languagetool.session()
        if session.failure is not None:
            self.tell(f"{session.failure}; the LanguageTool rules are skipped", types.MessageType.Warning)
            session.begin(self._cache_folder() / "languagetool")
        fetched = await self._run(self.grammar.submit(self.prefetch, job, token))
        if fetched is None or stale():
            return
        findings = await self._run(self.linter.submit(self.lint, job, token, True))
        if findings is None or stale():
            return
        self.publish(state, version, findings, settings)
        if session.failure is not None:
            self.tell(f"{session.failure}; the LanguageTool rules are skipped", types.MessageType.Warning)
        elif reason in ("open", "save"):
            self._cache_put(job, findings)

    async def _run(self, future):
        """The result of a job, or None when it was cancelled or failed (and said so)."""
        try:
            return await asyncio.wrap_future(future)
        except Cancelled:
            return None
        except (ConfigError, RuleCrash) as exc:
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

    def lint(self, job: Job, token: threading.Event, grammar: bool) -> list[Finding]:
        """The draft's findings (in the lint thread); without LanguageTool unless ``grammar``."""
        from ..document import Document
        from ..engine import check_document, selected_rules
        from ..rule import Context

        rules = [
            _Checkpoint(rule, token)
            for rule in selected_rules(job.settings)
            if grammar or rule.code != "LT"
        ]
        try:
            doc = Document(job.text, path=job.path, markdown=job.markdown)
        except InputError as exc:
            return [file_problem(job.path, str(exc))]
        return check_document(doc, job.settings, rules, Context(job.settings))

    def prefetch(self, job: Job, token: threading.Event) -> bool:
        """Ask LanguageTool about the draft's paragraphs (in the LanguageTool thread)."""
        from .. import languagetool
        from ..document import Document

        if token.is_set():
            raise Cancelled()
        try:
            doc = Document(job.text, path=job.path, markdown=job.markdown)
        except InputError:
            return False
        languagetool.session().prefetch([(doc, job.settings)])
        return True

    def warm_up(self) -> None:
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

    def _cache_key(self, job: Job) -> str | None:
        from ..cache import file_key, settings_key

        if not os.path.isabs(job.path):
            return None
        known = self._settings_keys.get(id(job.settings))
        if known is None or known[0] is not job.settings:
            if len(self._settings_keys) > 64:
                self._settings_keys.clear()
            known = self._settings_keys[id(job.settings)] = (job.settings, settings_key(job.settings))
        return file_key(known[1], job.path, job.text)

    def _cache_get(self, job: Job) -> list[Finding] | None:
        from ..cache import Cache

        key = self._cache_key(job)
        if key is None:
            return None
        if self._cache is None:
            self._cache = Cache()
        return self._cache.get(key)

    def _cache_put(self, job: Job, findings) -> None:
        from ..cache import Cache

        key = self._cache_key(job)
        if key is None or any(f.code == FILE_PROBLEM_CODE for f in findings):
            return
        if self._cache is None:
            self._cache = Cache()
        self._cache.put(key, findings)

    # -- publishing --------------------------------------------------------------------

    def publish(self, state: Open, version, findings, settings) -> None:
        state.findings = list(findings)
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


# -- the handlers -------------------------------------------------------------------------

def _path_of(uri: str) -> str:
    return to_fs_path(uri) or uri


def _is_draft(language_id: str | None, path: str) -> bool:
    return (language_id or "").lower() in DRAFT_LANGUAGES or path.lower().endswith(DRAFT_SUFFIXES)


def make_server() -> NewslintServer:
    ls = NewslintServer()

    @ls.feature(types.INITIALIZE)
    def initialize(ls: NewslintServer, params: types.InitializeParams):
        ls.encoding = str(ServerCapabilitiesBuilder.choose_position_encoding(params.capabilities))
        if params.root_uri:
            ls.root = _path_of(params.root_uri)
        elif params.root_path:
            ls.root = params.root_path
        try:
            ls.options = read_options(params.initialization_options)
        except ConfigError as exc:
            ls.start_error = f"initializationOptions: {exc}"

    @ls.feature(types.INITIALIZED)
    async def initialized(ls: NewslintServer, params: types.InitializedParams):
        if ls.start_error:
            ls.tell(ls.start_error)
        from .. import languagetool

        languagetool.session().begin(ls._cache_folder() / "languagetool")
        started = time.perf_counter()
        warm = ls.linter.submit(ls.warm_up)
        caps = ls.client_capabilities
        if caps.workspace and caps.workspace.configuration:
            await _pull_configuration(ls)
        if caps.workspace and caps.workspace.did_change_watched_files and caps.workspace.did_change_watched_files.dynamic_registration:
            watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in ("newslint.toml", ".newslint.toml", "pyproject.toml")]
            try:
                await ls.client_register_capability_async(
                    types.RegistrationParams(
                        registrations=[
                            types.Registration(
                                id="newslint-configuration-files",
                                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
                            )
                        ]
                    )
                )
            except Exception:  # the editor said no: saving a configuration file still works
                log.info("could not watch configuration files")
        await asyncio.wrap_future(warm)
        ls.note(f"newslint {__version__}: ready (rules loaded in {time.perf_counter() - started:.2f} s)")

    @ls.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NewslintServer, params: types.DidOpenTextDocumentParams):
        item = params.text_document
        path = _path_of(item.uri)
        if not _is_draft(item.language_id, path):
            return
        old = ls.open.pop(item.uri, None)
        if old is not None:
            old.stop()
        markdown = (item.language_id or "").lower() == "markdown" or path.lower().endswith((".md", ".markdown"))
        ls.open[item.uri] = Open(Draft(item.uri, item.text, item.version, ls.encoding), path, markdown)
        ls.schedule(item.uri, 0.0, "open")

    @ls.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: NewslintServer, params: types.DidChangeTextDocumentParams):
        state = ls.open.get(params.text_document.uri)
        if state is None:
            return
        state.stop()  # the lint of the old version stops at its next rule
        draft = state.draft
        for change in params.content_changes:
            if isinstance(change, types.TextDocumentContentChangePartial):
                draft.edit(change.range.start, change.range.end, change.text)
            else:
                draft.replace(change.text)
        draft.version = params.text_document.version
        ls.schedule(draft.uri, ls.options.debounce, "change")

    @ls.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=True))
    def did_save(ls: NewslintServer, params: types.DidSaveTextDocumentParams):
        name = os.path.basename(_path_of(params.text_document.uri))
        state = ls.open.get(params.text_document.uri)
        if state is not None and params.text is not None and params.text != state.draft.text:
            state.draft.replace(params.text)
        if name in ("newslint.toml", ".newslint.toml", "pyproject.toml") or state is None:
            # A configuration (or a vocabulary) file: drafts whose settings changed are linted.
            ls.refresh()
        if state is not None:
            ls.schedule(params.text_document.uri, 0.0, "save")

    @ls.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NewslintServer, params: types.DidCloseTextDocumentParams):
        state = ls.open.pop(params.text_document.uri, None)
        if state is not None:
            state.stop()
            ls.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
            )

    @ls.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: NewslintServer, params: types.DidChangeConfigurationParams):
        pushed = params.settings.get("newslint") if isinstance(params.settings, dict) else None
        if isinstance(pushed, dict):
            ls.use_options(pushed)
        elif ls.client_capabilities.workspace and ls.client_capabilities.workspace.configuration:
            await _pull_configuration(ls)

    @ls.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: NewslintServer, params: types.DidChangeWatchedFilesParams):
        ls.refresh()

    @ls.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: NewslintServer, params: types.CodeActionParams):
        state = ls.open.get(params.text_document.uri)
        if state is None or state.linted != state.draft.version:
            return []
        only = params.context.only
        if only and not any(str(k).startswith("quickfix") for k in only):
            return []
        return actions.code_actions(state, params.range, ls.supports_versioned_edits(), ADD_TO_VOCABULARY)

    @ls.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: NewslintServer, params: types.HoverParams):
        state = ls.open.get(params.text_document.uri)
        if state is None or state.linted != state.draft.version:
            return None
        return actions.hover(state, params.position)

    @ls.command(ADD_TO_VOCABULARY)
    def add_to_vocabulary(ls: NewslintServer, path: str, word: str):
        try:
            actions.append_word(path, word)
        except (OSError, ValueError) as exc:
            ls.tell(f"could not add {word!r} to {path}: {exc}")
            return None
        ls.refresh()
        return None

    return ls


async def _pull_configuration(ls: NewslintServer) -> None:
    try:
        answer = await ls.workspace_configuration_async(
            types.ConfigurationParams(items=[types.ConfigurationItem(section="newslint")])
        )
    except Exception as exc:
        log.info("workspace/configuration failed: %s", exc)
        return
    if answer and isinstance(answer[0], dict):
        ls.use_options(answer[0])
