"""`newslint lsp`, driven over stdio by a real LSP client (pytest-lsp).

Positions are checked against an oracle of the test's own: the text encoded as UTF-16 (or
UTF-8/UTF-32) and sliced by code units, never the server's conversion. Expected findings come
from ``newslint.api.lint_text`` on the same text, so the server must place exactly what the
command line finds.
"""

from __future__ import annotations

import asyncio
import http.server
import json
import os
import subprocess
import sys
import threading
import time
import zlib
from typing import Union
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features
from pygls.protocol import default_converter

from newslint.api import lint_text
from newslint.lsp.text import UTF8, UTF16, UTF32

# The async tests share the module's event loop (and its server, the `client` fixture).
in_loop = pytest.mark.asyncio(loop_scope="module")

SERVER = [sys.executable, "-m", "newslint.cli", "lsp"]

# Curly quotes, accents and emoji (two UTF-16 units each) before the findings on each line.
DRAFT = (
    "Council backs bridge plan 🎉\n"
    "\n"
    "The council’s “bridge” 🏗️ plan was approved on Monday. The e-mail was sent on Monday 😀 "
    "and Zoë Müller deleted the email later. It will cost TK.\n"
    "\n"
    "“We are are ready for the the vote,” said Zoë Müller, who backed the plan.\n"
)


# -- the oracle ---------------------------------------------------------------------------------


def lsp_lines(text: str) -> list[str]:
    """The text's lines as LSP counts them (an oracle independent of newslint.lsp.text)."""
    lines, current, i = [], "", 0
    while i < len(text):
        if text.startswith("\r\n", i):
            lines.append(current)
            current, i = "", i + 2
        elif text[i] in "\r\n":
            lines.append(current)
            current, i = "", i + 1
        else:
            current, i = current + text[i], i + 1
    return lines + [current]


def position(text: str, offset: int, encoding: str = UTF16) -> tuple[int, int]:
    """(line, column) of a character offset, the column in code units of ``encoding``."""
    lines = lsp_lines(text[:offset])
    line, column_text = len(lines) - 1, lines[-1]
    if encoding == UTF32:
        return line, len(column_text)
    codec = "utf-16-le" if encoding == UTF16 else "utf-8"
    width = 2 if encoding == UTF16 else 1
    return line, len(column_text.encode(codec, "surrogatepass")) // width


def offset_of(text: str, line: int, column: int) -> int:
    """The character offset of a UTF-16 (line, column)."""
    lines = text.split("\n")
    start = sum(len(l) + 1 for l in lines[:line])
    units = lines[line].encode("utf-16-le", "surrogatepass")[: column * 2]
    return start + len(units.decode("utf-16-le", "surrogatepass"))


def as_range(text: str, start: int, end: int, encoding: str = UTF16) -> tuple:
    return position(text, start, encoding) + position(text, end, encoding)


def got_range(d: types.Diagnostic) -> tuple:
    r = d.range
    return (r.start.line, r.start.character, r.end.line, r.end.character)


def expected(text: str, path: str, encoding: str = UTF16, **settings) -> list[tuple]:
    from newslint.config import Settings

    found = lint_text(text, path=path, settings=Settings(**settings) if settings else None)
    return sorted((f.code, as_range(text, f.start, f.end, encoding)) for f in found)


def apply_edit(text: str, edit: types.TextEdit) -> str:
    r = edit.range
    a = offset_of(text, r.start.line, r.start.character)
    b = offset_of(text, r.end.line, r.end.character)
    return text[:a] + edit.new_text + text[b:]


async def stop(client) -> None:
    """Stop a test's own server, killing it if it is still running (a failed test)."""
    if client._server is not None and client._server.returncode is None:
        client._server.kill()
    await client.stop()


# -- the client ---------------------------------------------------------------------------------


def make_client() -> LanguageClient:
    """pytest-lsp's client, also keeping every publication (with its version) in order."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = []

    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams):
        client.diagnostics[params.uri] = params.diagnostics
        client.published.append((time.monotonic(), params))

    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish})
    # lsprotocol reads any code action that carries a command as a bare Command; an editor
    # tells them apart by the type of "command" (a string only in a Command).
    converter = client.protocol._converter

    def command_or_action(data, _):
        kind = types.Command if isinstance(data.get("command"), str) else types.CodeAction
        return converter.structure(data, kind)

    converter.register_structure_hook(Union[types.Command, types.CodeAction], command_or_action)
    return client


async def diagnostics(client, uri: str, version: int | None = None, timeout: float = 20.0, after: int = 0):
    """The first publication for ``uri`` (at ``version``) among those after the ``after``-th."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for _, params in client.published[after:]:
            if params.uri == uri and (version is None or params.version == version):
                return list(params.diagnostics)
        await asyncio.sleep(0.01)
    raise AssertionError(f"no diagnostics for {uri} at version {version}")


async def ready(client, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not any("ready" in m.message for m in client.log_messages):
        assert time.monotonic() < deadline, "the server never said it was ready"
        await asyncio.sleep(0.02)


def initialize_params(root: Path, encodings=None, **options) -> types.InitializeParams:
    capabilities = client_capabilities("visual-studio-code")
    if encodings is not None:
        capabilities.general.position_encodings = encodings
    return types.InitializeParams(
        capabilities=capabilities,
        root_uri=root.as_uri(),
        initialization_options=options or None,
    )


def open_draft(client, path: Path, text: str, version: int = 1, language: str | None = None) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri,
                language_id=language or ("markdown" if path.suffix == ".md" else "plaintext"),
                version=version,
                text=text,
            )
        )
    )
    return uri


def change(client, uri: str, version: int, *edits: tuple[tuple[int, int, int, int], str]) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(types.Position(*r[:2]), types.Position(*r[2:])), text=new
                )
                for r, new in edits
            ],
        )
    )


def replace_text(client, uri: str, version: int, text: str) -> None:
    """The editor sends the whole new text of the draft."""
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("newsroom")
    (root / "words.txt").write_text("# house words\nPeston\n", encoding="utf-8")
    (root / "newslint.toml").write_text('[vocabulary]\naccept-files = ["words.txt"]\n', encoding="utf-8")
    strict = root / "strict"
    strict.mkdir()
    (strict / "newslint.toml").write_text('ignore = ["S301"]\n', encoding="utf-8")
    broken = root / "broken"
    broken.mkdir()
    (broken / "newslint.toml").write_text('selekt = ["S"]\n', encoding="utf-8")
    return root


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER, client_factory=make_client), scope="module")
async def client(lsp_client: LanguageClient, workspace: Path):
    await lsp_client.initialize_session(initialize_params(workspace))
    await ready(lsp_client)
    yield
    await lsp_client.shutdown_session()


# -- diagnostics ----------------------------------------------------------------------------------


@in_loop
async def test_open_publishes_every_finding_with_exact_utf16_ranges(client, workspace):
    path = workspace / "bridge.txt"
    uri = open_draft(client, path, DRAFT)
    found = await diagnostics(client, uri, 1)
    want = expected(DRAFT, str(path))
    assert sorted((d.code, got_range(d)) for d in found) == want
    codes = {code for code, _ in want}
    assert {"S301", "C103", "B201"} <= codes  # the draft is not a vacuous case
    for d in found:
        assert d.source == "newslint"
        assert d.message
    # Each range covers the words the finding is about, read back through UTF-16.
    doubled = [d for d in found if d.code == "S301"]
    r = doubled[0].range
    assert DRAFT[offset_of(DRAFT, r.start.line, r.start.character) : offset_of(DRAFT, r.end.line, r.end.character)] == "are are"


@in_loop
async def test_severity_code_description_and_related_place(client, workspace):
    path = workspace / "email.md"
    text = "The e-mail was sent on Monday 🎉. He deleted the email later. It will cost TK.\n"
    uri = open_draft(client, path, text)
    found = {d.code: d for d in await diagnostics(client, uri, 1)}
    assert found["B201"].severity == types.DiagnosticSeverity.Error
    assert found["C103"].severity == types.DiagnosticSeverity.Warning
    href = found["C103"].code_description.href
    assert href.startswith("file://")
    assert "C103" in Path(href.removeprefix("file://")).read_text(encoding="utf-8")
    related = found["C103"].related_information
    assert related and related[0].location.uri == uri
    r = related[0].location.range
    assert text[offset_of(text, 0, r.start.character) : offset_of(text, 0, r.end.character)] == "e-mail"


@in_loop
async def test_incremental_changes_are_applied_and_relinted(client, workspace):
    path = workspace / "change.md"
    text = "The mayor 😀 said the vote was close.\n"
    uri = open_draft(client, path, text)
    assert await diagnostics(client, uri, 1) == []
    # Type "the " after the emoji: columns count the emoji as two UTF-16 units.
    column = position(text, text.index("said"))[1]
    change(client, uri, 2, ((0, column, 0, column), "said "))
    text = text.replace("said", "said said")
    found = await diagnostics(client, uri, 2)
    assert [(d.code, got_range(d)) for d in found] == expected(text, str(path))
    assert [d.code for d in found] == ["S301"]
    # Delete it again (a range given in UTF-16 units after the emoji).
    start = position(text, text.index("said said"))
    change(client, uri, 3, ((start[0], start[1], start[0], start[1] + 5), ""))
    assert await diagnostics(client, uri, 3) == []


@in_loop
async def test_a_burst_of_changes_publishes_only_the_newest_version(client, workspace):
    path = workspace / "burst.md"
    text = "The council met on Monday.\n"
    uri = open_draft(client, path, text)
    await diagnostics(client, uri, 1)
    before = len(client.published)
    for version in range(2, 22):  # twenty keystrokes in a row: "x" typed at the end
        end = len(text) - 1
        change(client, uri, version, ((0, end, 0, end), "x"))
        text = text[:end] + "x" + text[end:]
    found = await diagnostics(client, uri, 21, after=before)
    assert [(d.code, got_range(d)) for d in found] == expected(text, str(path))
    versions = [p.version for _, p in client.published[before:] if p.uri == uri]
    assert versions == sorted(versions)  # never an older version after a newer one
    assert len(versions) < 10  # the pause and the cancellation dropped most stale versions


@in_loop
async def test_a_lint_under_way_stops_when_a_newer_version_arrives(client, workspace):
    path = workspace / "long.md"
    paragraph = "The council met on Monday 🎉 and Zoë Müller said the vote was close, officials said.\n\n"
    text = paragraph * 800  # about 12,000 words: its lint takes a good part of a second
    uri = open_draft(client, path, text)
    await asyncio.sleep(0.05)  # the lint of version 1 is under way (it starts at once)
    change(client, uri, 2, ((0, 0, 0, 0), "Voters said said no. "))
    found = await diagnostics(client, uri, 2, timeout=60)
    assert [d.code for d in found] == ["S301"]
    assert not [p for _, p in client.published if p.uri == uri and p.version == 1]
    assert any(m.message == f"stopped checking {uri} version 1: a newer version arrived" for m in client.log_messages)


@in_loop
async def test_a_save_relints_and_close_clears(client, workspace):
    path = workspace / "saved.md"
    uri = open_draft(client, path, "The the vote.\n")
    await diagnostics(client, uri, 1)
    before = len(client.published)
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri), text="The vote.\n"))
    assert await diagnostics(client, uri, after=before) == []
    before = len(client.published)
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    assert await diagnostics(client, uri, after=before) == []


@in_loop
async def test_the_result_cache_is_the_command_lines(client, workspace):
    """A draft `newslint check` linted is answered from its cache entry when opened unchanged."""
    path = workspace / "cached.md"
    text = "The the vote 🎉 was close.\n"
    path.write_text(text, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "newslint.cli", "check", str(path)], capture_output=True, timeout=120, cwd=workspace)
    entries = [e for e in Path(os.environ["NEWSLINT_CACHE_DIR"]).glob("v*/*/*.json") if str(path) in e.read_text(encoding="utf-8")]
    assert len(entries) == 1
    # Mark the entry, so that a message read from it can be told from one linted anew.
    entry = json.loads(entries[0].read_text(encoding="utf-8"))
    for finding in entry["findings"]:
        finding["message"] += " (from the cache)"
    entries[0].write_text(json.dumps(entry), encoding="utf-8")
    uri = open_draft(client, path, text)
    want = [f.message + " (from the cache)" for f in lint_text(text, path=str(path))]
    assert len(want) == 1 and [d.message for d in await diagnostics(client, uri, 1)] == want


# -- code actions and hover ---------------------------------------------------------------------


async def actions_at(client, uri: str, d: types.Diagnostic):
    return await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=d.range,
            context=types.CodeActionContext(diagnostics=[d]),
        )
    )


def edits_of(action: types.CodeAction) -> list[types.TextEdit]:
    return [e for change in action.edit.document_changes for e in change.edits]


@in_loop
async def test_suggestion_quick_fix_is_preferred_and_applying_it_clears_the_finding(client, workspace):
    path = workspace / "fix.md"
    text = "The mayor 🎉 said the the vote was close.\n"
    uri = open_draft(client, path, text)
    (d,) = await diagnostics(client, uri, 1)
    found = await actions_at(client, uri, d)
    fixes = [a for a in found if a.title.startswith("Change")]
    assert [a.title for a in fixes] == ["Change “the the” to “the”"]
    assert fixes[0].is_preferred and fixes[0].kind == types.CodeActionKind.QuickFix
    assert fixes[0].edit.document_changes[0].text_document.version == 1
    for edit in edits_of(fixes[0]):
        text = apply_edit(text, edit)
    assert text == "The mayor 🎉 said the vote was close.\n"
    # An unsafe fix (it may change the meaning) is offered too, but never preferred.
    unsafe = open_draft(client, workspace / "unsafe.md", "The mayor 🎉 said said the vote was close.\n")
    (other,) = await diagnostics(client, unsafe, 1)
    (offered,) = [a for a in await actions_at(client, unsafe, other) if a.title.startswith("Change")]
    assert offered.title == "Change “said said” to “said”" and not offered.is_preferred
    replace_text(client, uri, 2, text)
    assert await diagnostics(client, uri, 2) == []


@in_loop
@pytest.mark.parametrize(
    "text",
    [
        # the first line of its paragraph: a comment line above it
        "Headline\n\nThe mayor 🎉 said said the vote was close.\n",
        # inside a hard-wrapped paragraph: the comment wraps the words
        "Headline\n\nThe mayor 🎉 spoke on Monday and\nsaid said the vote was close.\n",
        "Headline\n\nThe mayor 🎉 spoke on Monday and said\nsaid the vote was close.\n",
        "Headline\n\nThe mayor 🎉 spoke on Monday and said said the\nvote was close.\n",
    ],
)
@pytest.mark.parametrize("suffix", ["md", "txt"])
async def test_disable_here_inserts_the_comment_the_engine_reads(client, workspace, text, suffix):
    path = workspace / f"disable-{zlib.crc32(text.encode())}.{suffix}"
    uri = open_draft(client, path, text)
    found = await diagnostics(client, uri, 1)
    (d,) = [d for d in found if d.code == "S301"]
    (action,) = [a for a in await actions_at(client, uri, d) if a.title == "Disable S301 here"]
    for edit in sorted(edits_of(action), key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = apply_edit(text, edit)
    assert "newslint-disable" in text and "S301" in text
    # The engine itself honours it, and nothing new is flagged (the paragraph is not split).
    assert expected(text, str(path)) == []
    replace_text(client, uri, 2, text)
    assert await diagnostics(client, uri, 2) == []


@in_loop
async def test_page_residue_is_deleted_and_fix_all_applies_the_safe_fixes(client, workspace):
    path = workspace / "residue.md"
    text = "Headline 🎉\n\nThe the council met on Monday and said said it would vote.\n\nShare this article\n\nLeave a Comment\n"
    uri = open_draft(client, path, text)
    found = await diagnostics(client, uri, 1)
    share = [d for d in found if d.code == "B101" and d.range.start.line == 4]
    assert share
    (delete,) = [a for a in await actions_at(client, uri, share[0]) if a.title.startswith("Delete")]
    assert delete.title == "Delete “Share this article”"
    after = text
    for edit in edits_of(delete):
        after = apply_edit(after, edit)
    assert "Share this article" not in after and "Leave a Comment" in after
    # Fix all: what `newslint check --fix` does to the same draft (safe fixes only).
    everything = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(types.Position(0, 0), types.Position(0, 0)),
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll]),
        )
    )
    (fix_all,) = everything
    assert fix_all.kind == "source.fixAll.newslint"
    fixed = text
    for edit in sorted(edits_of(fix_all), key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        fixed = apply_edit(fixed, edit)
    on_disk = workspace / "residue-copy.md"
    on_disk.write_text(text, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "newslint.cli", "check", "--fix", "--no-cache", str(on_disk)], capture_output=True, timeout=120)
    assert fixed == on_disk.read_text(encoding="utf-8")
    assert fixed.startswith("Headline 🎉\n\nThe council met") and "said said" in fixed  # the unsafe fix is left
    # The deletion is the preferred fix exactly when --fix makes it (its rule says it is safe).
    assert bool(delete.is_preferred) == ("Share this article" not in fixed)


@in_loop
async def test_add_to_the_vocabulary_appends_to_the_accept_file_and_relints(client, workspace):
    path = workspace / "names.md"
    text = "The mayor 🎉 said the borough zoning qorum met.\n"
    uri = open_draft(client, path, text)
    found = await diagnostics(client, uri, 1)
    (d,) = [d for d in found if d.code == "S101"]
    (action,) = [a for a in await actions_at(client, uri, d) if a.title.startswith("Add")]
    assert action.title == "Add “qorum” to the vocabulary (words.txt)"
    command = action.command
    before = len(client.published)
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=command.command, arguments=command.arguments)
    )
    assert (workspace / "words.txt").read_text(encoding="utf-8").splitlines()[-1] == "qorum"
    assert await diagnostics(client, uri, 1, after=before) == []


@in_loop
async def test_hover_shows_the_rule_explanation(client, workspace):
    from newslint.engine import all_rules
    from newslint.config import Settings

    path = workspace / "hover.md"
    text = "“We 🎉 are are ready,” said Zoë Müller.\n"
    uri = open_draft(client, path, text)
    (d,) = await diagnostics(client, uri, 1)
    inside = types.Position(d.range.start.line, d.range.start.character + 1)
    answer = await client.text_document_hover_async(types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=inside))
    rule = {r.code: r for r in all_rules(Settings())}["S301"]
    assert "S301" in answer.contents.value and rule.summary in answer.contents.value
    assert answer.range == d.range
    nowhere = await client.text_document_hover_async(types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(0, 0)))
    assert nowhere is None


# -- configuration --------------------------------------------------------------------------------


@in_loop
async def test_the_nearest_configuration_file_applies_to_each_draft(client, workspace):
    text = "The the vote 🎉 was close.\n"
    loose = open_draft(client, workspace / "loose.md", text)
    strict = open_draft(client, workspace / "strict" / "loose.md", text)
    assert [d.code for d in await diagnostics(client, loose, 1)] == ["S301"]
    assert await diagnostics(client, strict, 1) == []
    # A folder whose name the URI must escape (a space, an accent, a percent sign).
    odd = workspace / "Desk Zoë 100%"
    odd.mkdir()
    (odd / "newslint.toml").write_text('ignore = ["S301"]\n', encoding="utf-8")
    escaped = open_draft(client, odd / "draft one.md", text)
    assert "%20" in escaped and await diagnostics(client, escaped, 1) == []
    # A draft never saved (an untitled buffer): the workspace's configuration applies.
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri="untitled:Untitled-1", language_id="markdown", version=1, text=text)
        )
    )
    assert [d.code for d in await diagnostics(client, "untitled:Untitled-1", 1)] == ["S301"]


@in_loop
async def test_a_saved_configuration_file_applies_at_once(client, workspace):
    folder = workspace / "desk"
    folder.mkdir()
    config = folder / "newslint.toml"
    config.write_text("ignore = []\n", encoding="utf-8")
    uri = open_draft(client, folder / "story.md", "The the vote 🎉 was close. It will cost TK.\n")
    assert sorted(d.code for d in await diagnostics(client, uri, 1)) == ["B201", "S301"]
    config.write_text('ignore = ["B2"]\n', encoding="utf-8")
    before = len(client.published)
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=config.as_uri())))
    assert [d.code for d in await diagnostics(client, uri, 1, after=before)] == ["S301"]
    # A file change the editor reports (workspace/didChangeWatchedFiles) does the same.
    config.write_text('ignore = ["S3"]\n', encoding="utf-8")
    before = len(client.published)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)])
    )
    assert [d.code for d in await diagnostics(client, uri, 1, after=before)] == ["B201"]


@in_loop
async def test_a_configuration_error_is_a_message_and_the_server_goes_on(client, workspace):
    uri = open_draft(client, workspace / "broken" / "draft.md", "The the vote.\n")
    assert await diagnostics(client, uri, 1) == []
    deadline = time.monotonic() + 10
    while not any("selekt" in m.message for m in client.messages):
        assert time.monotonic() < deadline
        await asyncio.sleep(0.02)
    (message,) = [m for m in client.messages if "selekt" in m.message]
    assert message.type == types.MessageType.Error
    other = open_draft(client, workspace / "after-error.md", "The the vote.\n")
    assert [d.code for d in await diagnostics(client, other, 1)] == ["S301"]


@in_loop
async def test_workspace_settings_pushed_and_pulled(client, workspace):
    text = "The the vote was close. It will cost TK.\n"
    uri = open_draft(client, workspace / "settings.md", text)
    assert sorted(d.code for d in await diagnostics(client, uri, 1)) == ["B201", "S301"]
    before = len(client.published)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={"newslint": {"ignore": ["S301"]}}))
    assert [d.code for d in await diagnostics(client, uri, 1, after=before)] == ["B201"]
    # Pulled: the client answers workspace/configuration with its own settings.
    client.set_configuration({"select": "S3"}, section="newslint")
    before = len(client.published)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    assert [d.code for d in await diagnostics(client, uri, 1, after=before)] == ["S301"]
    before = len(client.published)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={"newslint": {}}))
    assert sorted(d.code for d in await diagnostics(client, uri, 1, after=before)) == ["B201", "S301"]
    # A bad setting is a message naming it; the settings before it stay.
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={"newslint": {"ignroe": ["S3"]}}))
    deadline = time.monotonic() + 10
    while not any("ignroe" in m.message for m in client.messages):
        assert time.monotonic() < deadline, "no message about the bad setting"
        await asyncio.sleep(0.02)
    again = open_draft(client, workspace / "settings-after.md", text)
    assert sorted(d.code for d in await diagnostics(client, again, 1)) == ["B201", "S301"]


# -- bad input --------------------------------------------------------------------------------------


@in_loop
async def test_bad_input_gets_an_answer_and_the_server_keeps_running(client, workspace):
    binary = open_draft(client, workspace / "photo.txt", "JFIF\x00\x01\x02 data")
    (d,) = await diagnostics(client, binary, 1)
    assert d.code == "E902" and "NUL" in d.message
    huge = open_draft(client, workspace / "huge.txt", "The vote was close. " * 120_000)
    (d,) = await diagnostics(client, huge, 1)
    assert d.code == "E902" and "max-draft-size" in d.message
    unknown = types.TextDocumentIdentifier(uri=(workspace / "never-opened.md").as_uri())
    assert await client.text_document_hover_async(types.HoverParams(text_document=unknown, position=types.Position(0, 0))) is None
    assert not await client.text_document_code_action_async(
        types.CodeActionParams(text_document=unknown, range=types.Range(types.Position(0, 0), types.Position(0, 1)), context=types.CodeActionContext(diagnostics=[]))
    )
    change(client, unknown.uri, 2, ((0, 0, 0, 0), "x"))  # a change to a draft never opened
    # Invalid UTF-8 inside a message: the bad byte is read as U+FFFD and the draft is linted.
    uri = (workspace / "latin1.md").as_uri()
    body = json.dumps(
        {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": "Caf@ the the vote.\n"}}}
    ).encode("utf-8").replace(b"@", b"\xe9")
    client.protocol.writer.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    (d,) = [d for d in await diagnostics(client, uri, 1) if d.code == "S301"]
    assert got_range(d) == (0, 5, 0, 12)
    ordinary = open_draft(client, workspace / "still-alive.md", "The the vote.\n")
    assert [d.code for d in await diagnostics(client, ordinary, 1)] == ["S301"]


# -- other position encodings, LanguageTool, start-up and exit ---------------------------------------


@in_loop
@pytest.mark.parametrize("encoding", [UTF8, UTF32])
async def test_the_encoding_the_editor_offers_first_is_used(tmp_path, encoding):
    client = await ClientServerConfig(server_command=SERVER, client_factory=make_client).start()
    try:
        answer = await client.initialize_session(initialize_params(tmp_path, encodings=[encoding, UTF16]))
        assert answer.capabilities.position_encoding == encoding
        path = tmp_path / "draft.txt"
        uri = open_draft(client, path, DRAFT)
        found = await diagnostics(client, uri, 1, timeout=60)
        assert sorted((d.code, got_range(d)) for d in found) == expected(DRAFT, str(path), encoding)
        await client.shutdown_session()
    finally:
        await stop(client)


class SlowLanguageTool:
    """A LanguageTool server that takes ``delay`` seconds to answer: one match on ``word``."""

    def __init__(self, word: str, delay: float):
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _reply(self, data):
                body = json.dumps(data).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                self._reply([{"name": "English (US)", "code": "en", "longCode": "en-US"}])

            def do_POST(self):
                from urllib.parse import parse_qs

                length = int(self.headers.get("Content-Length") or 0)
                text = parse_qs(self.rfile.read(length).decode("utf-8"))["text"][0]
                time.sleep(delay)
                at = text.find(word)
                # LanguageTool (Java) counts offsets in UTF-16 code units.
                at = len(text[:at].encode("utf-16-le")) // 2
                matches = [] if word not in text else [outer.match(text, at, len(word))]
                self._reply({"matches": matches})

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        # A reply to a server that has exited (the test is over) fails: no traceback for that.
        self.server.handle_error = lambda request, address: None
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @staticmethod
    def match(text: str, offset: int, length: int) -> dict:
        return {
            "message": "Check this phrase.",
            "shortMessage": "",
            "replacements": [{"value": "to be"}],
            "offset": offset,
            "length": length,
            "context": {"text": text, "offset": offset, "length": length},
            "sentence": text,
            "type": {"typeName": "Other"},
            "rule": {"id": "EN_TEST_RULE", "description": "a test", "issueType": "grammar", "category": {"id": "GRAMMAR", "name": "Grammar"}},
        }

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@in_loop
async def test_a_slow_languagetool_never_holds_up_the_other_rules(tmp_path):
    languagetool = SlowLanguageTool("wants", delay=4.0)
    client = await ClientServerConfig(server_command=SERVER, client_factory=make_client).start()
    try:
        await client.initialize_session(initialize_params(tmp_path, languagetool=languagetool.url, debounce=0))
        await ready(client)
        path = tmp_path / "grammar.md"
        text = "The the council 🎉 wants to be heard.\n"
        opened = time.monotonic()
        uri = open_draft(client, path, text)
        first = await diagnostics(client, uri, 1)
        quick = client.published[-1][0] - opened
        assert [d.code for d in first] == ["S301"]
        assert quick < 3.0, f"the other rules waited for LanguageTool ({quick:.1f} s)"
        deadline = time.monotonic() + 30
        while not any(d.code.startswith("LT") for d in client.diagnostics[uri]):
            assert time.monotonic() < deadline, "LanguageTool's findings never came"
            await asyncio.sleep(0.05)
        (lt,) = [d for d in client.diagnostics[uri] if d.code.startswith("LT")]
        assert lt.code == "LTEN_TEST_RULE"
        assert got_range(lt) == as_range(text, text.index("wants"), text.index("wants") + 5)
        # A line typed above: newslint's own findings come at once, and LanguageTool's of the
        # last version come with them, moved down a line, until it answers again.
        before = len(client.published)
        change(client, uri, 2, ((0, 0, 0, 0), "Vote today\n\n"))
        text = "Vote today\n\n" + text
        first = await diagnostics(client, uri, 2, after=before)
        assert sorted((d.code, got_range(d)) for d in first) == sorted(
            [("LTEN_TEST_RULE", as_range(text, text.index("wants"), text.index("wants") + 5)),
             ("S301", as_range(text, text.index("The the"), text.index("The the") + 7))]
        )
        await client.shutdown_session()
    finally:
        await stop(client)
        languagetool.close()


@in_loop
async def test_a_real_languagetool_server_s_findings_are_placed_exactly(tmp_path, languagetool_url):
    """The suite's LanguageTool server (a service: Java), as ``languagetool = URL`` reaches it."""
    client = await ClientServerConfig(server_command=SERVER, client_factory=make_client).start()
    try:
        await client.initialize_session(initialize_params(tmp_path, languagetool=languagetool_url, select=["LT"]))
        await ready(client)
        text = "Headline here\n\nThe council 🎉 met on Monday and said the plan would effect thousands of people.\n"
        uri = open_draft(client, tmp_path / "grammar.md", text)
        deadline = time.monotonic() + 120
        while not client.diagnostics.get(uri):
            assert time.monotonic() < deadline, "LanguageTool's findings never came"
            await asyncio.sleep(0.05)
        at = text.index("effect")
        assert [(d.code, got_range(d)) for d in client.diagnostics[uri]] == [("LTAFFECT_EFFECT", as_range(text, at, at + 6))]
        await client.shutdown_session()
    finally:
        await stop(client)


@in_loop
async def test_an_edit_has_the_language_model_read_again_only_the_paragraph_edited(tmp_path, language_model_dir):
    """G322 with the real model (a service), as the command line runs it: what the model found
    in each paragraph is kept in the server's cache folder, and an edit to one paragraph has
    the model read that paragraph alone again."""
    from newslint.language_model import ENV_DIR

    cache = tmp_path / "cache"
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(cache), ENV_DIR: str(language_model_dir)}
    client = await ClientServerConfig(server_command=SERVER, client_factory=make_client, server_env=env).start()

    def flagged(text, found):
        return sorted((d.code, text[offset_of(text, *got_range(d)[:2]) : offset_of(text, *got_range(d)[2:])]) for d in found)

    try:
        await client.initialize_session(initialize_params(tmp_path, select=["G322"], debounce=0))
        await ready(client)
        text = "Two men held\n\nThe two men was arrested on Monday night.\n\nShe has wrote three books about the war.\n"
        uri = open_draft(client, tmp_path / "draft.txt", text)
        assert flagged(text, await diagnostics(client, uri, 1, timeout=120)) == [("G322", "was"), ("G322", "wrote")]
        entries = list((cache / "model").rglob("*.json"))
        assert len(entries) == 2  # one per paragraph read; the headline is not
        # The entry of the paragraph the edit leaves alone now holds a finding the model would
        # never make: shown after the edit, that paragraph was answered by the cache.
        (kept,) = [e for e in entries if '"was"' in e.read_text(encoding="utf-8")]
        entry = json.loads(kept.read_text(encoding="utf-8"))
        kept.write_text(json.dumps({**entry, "matches": [[4, 7, "two", "too"]]}), encoding="utf-8")
        before = len(client.published)
        at = text.index("war.")
        change(client, uri, 2, (as_range(text, at, at), "civil "))
        text = text[:at] + "civil " + text[at:]
        assert flagged(text, await diagnostics(client, uri, 2, timeout=120, after=before)) == [("G322", "two"), ("G322", "wrote")]
        assert len(list((cache / "model").rglob("*.json"))) == 3  # the edited paragraph, read by the model
        await client.shutdown_session()
    finally:
        await stop(client)


def refused_url() -> str:
    """The URL of a port on this machine where nothing listens."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


@in_loop
@pytest.mark.parametrize("backend", ["model", "languagetool"])
async def test_a_backend_that_cannot_be_used_is_said_once_and_the_other_rules_still_run(tmp_path, run_cli, backend):
    """G322 selected with no model in NEWSLINT_MODEL_DIR, or a LanguageTool server that is not
    there: one message gives the command line's reason; the other rules' diagnostics come as
    ever; neither an edit nor a save (which reads the configuration again) says it again; and
    the incomplete findings are not cached."""
    from newslint.language_model import ENV_DIR

    (tmp_path / "no-model").mkdir()
    cache = tmp_path / "cache"
    env = {"NEWSLINT_CACHE_DIR": str(cache), ENV_DIR: str(tmp_path / "no-model")}
    if backend == "model":
        config, title, reason_has = 'extend-select = ["G322"]\n', "language model", "not installed"
    else:
        config, title, reason_has = f'[languagetool]\nserver = "{refused_url()}"\n', "LanguageTool", "cannot reach"
    (tmp_path / "newslint.toml").write_text(config, encoding="utf-8")
    path = tmp_path / "draft.md"
    text = "The the vote was close.\n"
    path.write_text(text, encoding="utf-8")
    done = run_cli("check", str(path), env=env)
    (line,) = [l for l in done.stderr.splitlines() if title in l]
    prefix, suffix = "newslint: notice: ", f"; the {title} rules were skipped"
    assert line.startswith(prefix) and line.endswith(suffix) and reason_has in line
    reason = line[len(prefix) : -len(suffix)]
    client = await ClientServerConfig(server_command=SERVER, client_factory=make_client, server_env={**os.environ, **env}).start()

    async def lint(step) -> list[str]:
        """The codes a lint publishes (with LanguageTool, it publishes twice: its own last)."""
        before = len(client.published)
        step()
        found = await diagnostics(client, uri, after=before)
        if backend == "languagetool":
            found = await diagnostics(client, uri, after=before + 1)
        return [d.code for d in found]

    try:
        await client.initialize_session(initialize_params(tmp_path, debounce=0))
        await ready(client)
        uri = path.as_uri()
        assert await lint(lambda: open_draft(client, path, text)) == ["S301"]
        assert await lint(lambda: change(client, uri, 2, ((0, 4, 0, 8), ""))) == []
        saved = types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri), text=text)
        assert await lint(lambda: client.text_document_did_save(saved)) == ["S301"]
        await client.shutdown_session()  # answered after every message sent before it
        assert [(m.type, m.message) for m in client.messages] == [
            (types.MessageType.Warning, f"newslint: {reason}; the {title} rules are skipped")
        ]
        assert not list(cache.glob("v*/*/*.json"))
    finally:
        await stop(client)


@in_loop
async def test_bad_start_up_options_are_a_message_and_shutdown_exit_end_the_server(tmp_path):
    client = await ClientServerConfig(server_command=SERVER, client_factory=make_client).start()
    try:
        await client.initialize_session(initialize_params(tmp_path, debounce="fast"))
        await ready(client)
        assert [m.message for m in client.messages] == ["newslint: initializationOptions: 'debounce' must be a number of seconds from 0 to 10"]
        await client.shutdown_async(None)
        client.exit(None)
        code = await asyncio.wait_for(client._server.wait(), 20)
        assert code == 0
    finally:
        await stop(client)


def test_without_pygls_the_command_says_what_to_install():
    probe = "import sys\nsys.modules['pygls'] = None\nfrom newslint.cli import main\nmain(['lsp'])\n"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == "newslint: the language server needs pygls: pip install 'newslint[lsp]'"


def test_newslint_check_does_not_import_pygls(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("The vote was close.\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from newslint.cli import main\n"
        "try:\n"
        f"    main(['check', '--no-cache', {str(draft)!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('pygls' in sys.modules, 'newslint.lsp' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "False False"


def test_a_rule_page_is_written_again_each_day_the_server_runs(tmp_path, monkeypatch):
    # The cache's daily prune removes the rule pages not written for a month: a server running
    # for weeks must not link to pages it wrote when it started.
    from newslint.lsp import actions

    monkeypatch.setattr(actions, "_WRITTEN", {})
    page = Path(actions.rule_docs_uri("C103", tmp_path).removeprefix("file://"))
    month_ago = time.time() - 31 * 86400
    os.utime(page, (month_ago, month_ago))
    assert actions.rule_docs_uri("C103", tmp_path) == page.as_uri()
    assert page.stat().st_mtime == month_ago  # not again the same day
    a_day_later = time.monotonic() + 86400 + 1
    monkeypatch.setattr(time, "monotonic", lambda: a_day_later)
    assert actions.rule_docs_uri("C103", tmp_path) == page.as_uri()
    assert page.stat().st_mtime > month_ago


# -- random edits ------------------------------------------------------------------------------------
#
# Marked fuzz, as the project's other property tests: the hypothesis profile sets how many
# (CI's "ci": 100 texts edited in process, 12 sequences through the server; the long run,
#     pytest -m fuzz --hypothesis-profile long tests/test_lsp.py -s
# 10,000 and 1,000).

from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from newslint.lsp.text import Draft, Position


def sequences() -> int:
    return max(12, hypothesis_settings.default.max_examples // 10)
# Pieces of drafts that make findings, and the characters that trip position arithmetic:
# emoji (two UTF-16 units), curly quotes, accents, every LSP line break, U+2028 (not one).
FRAGMENTS = [
    "the the ", "The council met on Monday. ", "It cost TK. ", "“We are are ready,” she said. ",
    "e-mail ", "email ", "🎉", "😀 ", "Zoë ", "’", "\n", "\r\n", "\r", "\n\n", "\u2028", " ", "x", "",
]


def oracle_offset(text: str, line: int, column: int) -> int:
    lines = lsp_lines(text)
    if line >= len(lines):
        return len(text)
    start = 0
    for number in range(line):
        start += len(lines[number])
        start += 2 if text.startswith("\r\n", start) else 1
    content, keep = lines[line], len(lines[line])
    while keep and len(content[:keep].encode("utf-16-le", "surrogatepass")) // 2 > column:
        keep -= 1
    return start + keep


@st.composite
def edit_sequences(draw):
    text = "".join(draw(st.lists(st.sampled_from(FRAGMENTS), max_size=12)))
    edits = []
    for _ in range(draw(st.integers(1, 8))):
        line = draw(st.integers(0, len(lsp_lines(text)) + 1))
        a = (line, draw(st.integers(0, 60)))
        b = draw(st.one_of(st.just(a), st.tuples(st.integers(0, line + 2), st.integers(0, 60))))
        new = "".join(draw(st.lists(st.sampled_from(FRAGMENTS), max_size=3)))
        edits.append((a, b, new))
        x, y = sorted((oracle_offset(text, *a), oracle_offset(text, *b)))
        text = text[:x] + new + text[y:]
    return edits


@pytest.mark.fuzz
@hypothesis_settings(deadline=None, database=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12), st.data())
def test_random_edits_keep_the_text_and_every_position_exact(pieces, data):
    text = "".join(pieces)
    draft = Draft("file:///d.md", text, 1)
    for _ in range(data.draw(st.integers(1, 8))):
        line = data.draw(st.integers(0, len(lsp_lines(text)) + 1))
        a = (line, data.draw(st.integers(0, 60)))
        b = (data.draw(st.integers(0, line + 1)), data.draw(st.integers(0, 60)))
        new = "".join(data.draw(st.lists(st.sampled_from(FRAGMENTS), max_size=3)))
        draft.edit(Position(*a), Position(*b), new)
        x, y = sorted((oracle_offset(text, *a), oracle_offset(text, *b)))
        text = text[:x] + new + text[y:]
        assert draft.text == text
    for offset in range(len(text) + 1):
        if text[offset - 1 : offset + 1] == "\r\n":
            continue  # between the two characters of one line break: not a position
        p = draft.position(offset)
        assert oracle_offset(text, p.line, p.character) == offset
        lines = lsp_lines(text)
        before = text[:offset]
        assert p.line == len(lsp_lines(before)) - 1
        assert p.character == len(lines[p.line][: len(lsp_lines(before)[-1])].encode("utf-16-le", "surrogatepass")) // 2


@pytest.mark.fuzz
def test_random_edit_sequences_through_the_server(tmp_path):
    """``sequences()`` drafts, each opened and edited at random, edits sent without waiting: the
    last version's diagnostics are exactly the command line's findings on the client's text."""
    loop = asyncio.new_event_loop()
    client = loop.run_until_complete(ClientServerConfig(server_command=SERVER, client_factory=make_client).start())
    counts = {"sequences": 0, "edits": 0, "diagnostics": 0}
    try:
        loop.run_until_complete(client.initialize_session(initialize_params(tmp_path)))
        loop.run_until_complete(ready(client))

        async def one(edits) -> None:
            counts["sequences"] += 1
            path = tmp_path / f"random-{counts['sequences']}.md"
            text = ""
            uri = open_draft(client, path, text)
            for version, (a, b, new) in enumerate(edits, start=2):
                change(client, uri, version, (a + b, new))
                x, y = sorted((oracle_offset(text, *a), oracle_offset(text, *b)))
                text = text[:x] + new + text[y:]
            found = await diagnostics(client, uri, len(edits) + 1, timeout=30)
            assert sorted((d.code, got_range(d)) for d in found) == expected(text, str(path))
            counts["edits"] += len(edits)
            counts["diagnostics"] += len(found)
            client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))

        @hypothesis_settings(max_examples=sequences(), deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(edit_sequences())
        def run(edits):
            loop.run_until_complete(one(edits))

        run()
        assert not [m for m in client.messages if m.type == types.MessageType.Error]
        assert client._server.returncode is None  # still running
        print(f"\nrandom edits through the server: {counts}")
        loop.run_until_complete(client.shutdown_session())
    finally:
        loop.run_until_complete(stop(client))
        loop.close()
