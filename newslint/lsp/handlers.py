"""The language server's handlers: what it answers to each message of the editor."""

from __future__ import annotations

import asyncio
import logging
import time

from lsprotocol import types
from pygls.capabilities import ServerCapabilitiesBuilder
from pygls.uris import to_fs_path

from .. import __version__
from ..config import ConfigFinder
from ..errors import ConfigError
from ..findings import Finding
from ..run import Run
from . import actions
from .jobs import Open
from .options import read_options
from .server import NewslintServer
from .text import Draft

log = logging.getLogger("newslint.lsp")

DRAFT_LANGUAGES = ("markdown", "plaintext", "text")
DRAFT_SUFFIXES = (".md", ".markdown", ".txt")
ADD_TO_VOCABULARY = "newslint.addToVocabulary"


def _moved(findings: list[Finding], start: int, end: int, length: int) -> list[Finding]:
    """``findings`` after ``start``–``end`` was replaced by ``length`` characters: those before
    stay, those after move, those the edit touches are dropped (their words changed)."""
    shift = length - (end - start)
    kept = []
    for f in findings:
        if f.end < start:
            kept.append(f)
        elif f.start > end:
            kept.append(f.with_(start=f.start + shift, end=f.end + shift, related=()))
    return kept


def _path_of(uri: str) -> str:
    return to_fs_path(uri) or uri


def _is_draft(language_id: str | None, path: str) -> bool:
    return (language_id or "").lower() in DRAFT_LANGUAGES or path.lower().endswith(DRAFT_SUFFIXES)


def make_server() -> NewslintServer:
    ls = NewslintServer()

    @ls.feature(types.INITIALIZE)
    def initialize(ls: NewslintServer, params: types.InitializeParams):
        # pygls announces the first encoding the editor offers that it knows (else UTF-16).
        chosen = ServerCapabilitiesBuilder.choose_position_encoding(params.capabilities)
        ls.encoding = str(getattr(chosen, "value", chosen))
        if params.root_uri:
            ls.root = _path_of(params.root_uri)
        elif params.root_path:
            ls.root = params.root_path
        try:
            ls.options = read_options(params.initialization_options)
            ls.run = Run(ConfigFinder(), ls.options.overrides())
        except ConfigError as exc:
            ls.start_error = f"initializationOptions: {exc}"

    @ls.feature(types.INITIALIZED)
    async def initialized(ls: NewslintServer, params: types.InitializedParams):
        if ls.start_error:
            ls.tell(ls.start_error)
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
                a, b = draft.edit(change.range.start, change.range.end, change.text)
                state.carried = _moved(state.carried, a, b, len(change.text))
            else:
                draft.replace(change.text)
                state.carried = []
        draft.version = params.text_document.version
        ls.schedule(draft.uri, ls.options.debounce, "change")

    @ls.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=True))
    def did_save(ls: NewslintServer, params: types.DidSaveTextDocumentParams):
        state = ls.open.get(params.text_document.uri)
        if state is not None and params.text is not None and params.text != state.draft.text:
            state.draft.replace(params.text)
            state.carried = []
        # A saved configuration or vocabulary file changes the settings of some drafts:
        # those are linted again (the others keep their findings).
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
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, actions.FIX_ALL]),
    )
    def code_action(ls: NewslintServer, params: types.CodeActionParams):
        state = ls.open.get(params.text_document.uri)
        if state is None or state.linted != state.draft.version:
            return []
        only = [str(k) for k in params.context.only or ()]
        versioned = ls.supports_versioned_edits()
        found = []
        if not only or any(k == "quickfix" or k.startswith("quickfix.") for k in only):
            found += actions.code_actions(state, params.range, versioned, ADD_TO_VOCABULARY)
        if not only or any(actions.FIX_ALL.startswith(k) for k in only):
            found += actions.fix_all(state, versioned)
        return found

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
