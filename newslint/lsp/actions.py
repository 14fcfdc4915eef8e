"""What the editor shows of a finding: its diagnostic, its quick fixes and its hover.

Pure functions of a draft and its findings (no pygls): the server calls them.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from lsprotocol import types

from ..config import CONFIG_NAMES, Settings
from ..findings import FILE_PROBLEM_CODE, Finding
from .text import Draft

SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
# The rules that read the house vocabulary (``settings.accept``): a word added to the accept
# file is no longer flagged by them.
VOCABULARY_CODES = ("S101", "C101", "C102")
_ONE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def lsp_range(draft: Draft, start: int, end: int) -> types.Range:
    a, b = draft.position(start), draft.position(end)
    return types.Range(types.Position(a.line, a.character), types.Position(b.line, b.character))


def diagnostic(draft: Draft, f: Finding, docs_uri=None) -> types.Diagnostic:
    href = docs_uri(f.code) if docs_uri and f.code != FILE_PROBLEM_CODE else None
    return types.Diagnostic(
        range=lsp_range(draft, f.start, f.end),
        severity=SEVERITY.get(f.severity, types.DiagnosticSeverity.Warning),
        code=f.code,
        code_description=types.CodeDescription(href=href) if href else None,
        source="newslint",
        message=f.display_message,
        related_information=[
            types.DiagnosticRelatedInformation(
                location=types.Location(uri=draft.uri, range=lsp_range(draft, r.start, r.end)),
                message=r.note,
            )
            for r in f.related
        ]
        or None,
    )


def _overlapping(findings, start: int, end: int) -> list[Finding]:
    return [f for f in findings if f.start <= end and start <= f.end and f.code != FILE_PROBLEM_CODE]


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _edit(draft: Draft, edits: list[types.TextEdit], versioned: bool) -> types.WorkspaceEdit:
    if versioned:
        document = types.OptionalVersionedTextDocumentIdentifier(uri=draft.uri, version=draft.version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=document, edits=edits)])
    return types.WorkspaceEdit(changes={draft.uri: edits})


def _line_start(text: str, offset: int) -> int:
    return max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1


def disable_edits(draft: Draft, f: Finding) -> list[types.TextEdit]:
    """The disable comment for ``f``'s rule, as the engine reads it.

    On the first line of a paragraph it goes on a line of its own above
    (``<!-- newslint-disable-next-line CODE -->``). Inside a paragraph, where a line of its own
    would split the paragraph in two, it wraps the flagged words (``disable`` … ``enable``); a
    comment that would begin a line (which Markdown reads as a block of HTML, splitting the
    paragraph too) goes at the end of the line before.
    """
    text = draft.text
    line_start = _line_start(text, f.start)
    previous_line = text[_line_start(text, max(line_start - 1, 0)) : line_start]
    if line_start == 0 or not previous_line.strip() or f.end <= f.start:
        newline = "\r\n" if previous_line.endswith("\r\n") else "\n"
        comment = f"<!-- newslint-disable-next-line {f.code} -->{newline}"
        return [types.TextEdit(range=lsp_range(draft, line_start, line_start), new_text=comment)]
    start = f.start
    if not text[line_start : f.start].strip():
        start = line_start - len(previous_line) + len(previous_line.rstrip("\r\n"))
    return [
        types.TextEdit(range=lsp_range(draft, start, start), new_text=f"<!-- newslint-disable {f.code} -->"),
        types.TextEdit(range=lsp_range(draft, f.end, f.end), new_text=f"<!-- newslint-enable {f.code} -->"),
    ]


FIX_ALL = "source.fixAll.newslint"


def _residue_codes(settings: Settings | None) -> dict[str, bool]:
    """Codes of the rules whose finding means "this line is page residue" (its fix deletes it),
    each with whether that deletion is safe."""
    from ..engine import all_rules
    from ..fixes import residue_codes

    return residue_codes(all_rules(settings or Settings()))


def _planned(state, findings, unsafe: bool) -> list:
    """The edits ``newslint check --fix`` (``--unsafe-fixes``) makes for ``findings``."""
    from ..document import Document
    from ..fixes import plan_fixes

    doc = Document(state.draft.text, path=state.path, markdown=state.markdown)
    return plan_fixes(doc, findings, unsafe, _residue_codes(state.settings))


def fix_all(state, versioned: bool) -> list[types.CodeAction]:
    """One source action applying every safe fix, as ``newslint check --fix`` does."""
    edits = _planned(state, state.findings, unsafe=False)
    if not edits:
        return []
    draft = state.draft
    text_edits = [types.TextEdit(range=lsp_range(draft, e.start, e.end), new_text=e.text) for e in edits]
    return [
        types.CodeAction(
            title=f"Fix {len(edits)} safe problem{'s' if len(edits) != 1 else ''} (newslint)",
            kind=FIX_ALL,
            edit=_edit(draft, text_edits, versioned),
        )
    ]


def code_actions(state, wanted: types.Range, versioned: bool, add_command: str) -> list[types.CodeAction]:
    """Quick fixes for the findings in ``wanted``: every suggestion (the safe fix marked
    preferred), deleting a line of page residue, disabling the rule there, and adding the word
    to the vocabulary."""
    draft = state.draft
    start = draft.offset(wanted.start.line, wanted.start.character)
    end = draft.offset(wanted.end.line, wanted.end.character)
    found: list[types.CodeAction] = []
    residue = _residue_codes(state.settings)
    for f in _overlapping(state.findings, min(start, end), max(start, end)):
        diag = [diagnostic(draft, f)]
        written = draft.text[f.start : f.end]
        if f.code in residue:
            for e in _planned(state, [f], unsafe=True):
                found.append(
                    types.CodeAction(
                        title=f"Delete “{_short(written)}”",
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=diag,
                        is_preferred=True if _planned(state, [f], unsafe=False) else None,
                        edit=_edit(draft, [types.TextEdit(range=lsp_range(draft, e.start, e.end), new_text=e.text)], versioned),
                    )
                )
        # A quote rule's suggestion is advice on the quote ("say who said it"), not new words.
        suggestions = () if f.family == "quote" else tuple(dict.fromkeys(f.suggestions))
        for index, suggestion in enumerate(suggestions):
            if suggestion == written:
                continue
            title = f"Change “{_short(written)}” to “{_short(suggestion)}”"
            if f.quoted:
                title += " (inside a direct quote)"
            found.append(
                types.CodeAction(
                    title=title,
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=diag,
                    is_preferred=True if index == 0 and f.fixable and f.safe_fix and not f.quoted else None,
                    edit=_edit(draft, [types.TextEdit(range=lsp_range(draft, f.start, f.end), new_text=suggestion)], versioned),
                )
            )
        if f.code in VOCABULARY_CODES and _ONE_WORD.fullmatch(written):
            target = accept_file(state.settings)
            if target is not None:
                title = f"Add “{written}” to the vocabulary ({target.name})"
                found.append(
                    types.CodeAction(
                        title=title,
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=diag,
                        command=types.Command(title=title, command=add_command, arguments=[str(target), written]),
                    )
                )
        found.append(
            types.CodeAction(
                title=f"Disable {f.code} here",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=diag,
                edit=_edit(draft, disable_edits(draft, f), versioned),
            )
        )
    return found


# -- the house vocabulary ------------------------------------------------------------------


def accept_file(settings: Settings | None) -> Path | None:
    """The first file of ``vocabulary.accept-files`` in the configuration of ``settings``."""
    if settings is None or settings.source == "defaults":
        return None
    if sys.version_info >= (3, 11):  # imported here, as config.py does: rarely needed
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    source = Path(settings.source.removesuffix(" [tool.newslint]"))
    if source.name not in CONFIG_NAMES:
        return None
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if source.name == "pyproject.toml":
        data = data.get("tool", {}).get("newslint", {})
    files = data.get("vocabulary", {}).get("accept-files") or []
    if not files or not isinstance(files[0], str):
        return None
    return settings.root / files[0]


def append_word(path: str, word: str) -> None:
    """Add ``word`` on a line of its own at the end of the accept file (once)."""
    if not _ONE_WORD.fullmatch(word):
        raise ValueError("not a single word")
    target = Path(path)
    existing = target.read_text(encoding="utf-8") if target.exists() else ""
    if word in (line.strip() for line in existing.splitlines()):
        return
    with open(target, "a", encoding="utf-8") as fh:
        fh.write(("\n" if existing and not existing.endswith("\n") else "") + word + "\n")


# -- explanations --------------------------------------------------------------------------


def _rule(code: str, settings: Settings | None):
    from ..engine import all_rules

    rules = {r.code: r for r in all_rules(settings or Settings())}
    return rules.get(code) or (rules.get("LT") if code.startswith("LT") else None)


def explanation(rule) -> str:
    """A rule's explanation as Markdown: the text ``newslint explain`` prints."""
    lines = [f"**{rule.code}** {rule.name} · {rule.family} · {rule.severity}", "", rule.docs]
    flagged = [e.text for e in rule.examples if e.fires][:3]
    accepted = [e.text for e in rule.examples if not e.fires and e.text][:3]
    if flagged:
        lines += ["", "Flagged:", *(f"- ✗ {t}" for t in flagged)]
    if accepted:
        lines += ["", "Accepted:", *(f"- ✓ {t}" for t in accepted)]
    return "\n".join(lines)


def hover(state, position: types.Position) -> types.Hover | None:
    draft = state.draft
    at = draft.offset(position.line, position.character)
    here = [f for f in state.findings if f.start <= at <= f.end]
    if not here:
        return None
    parts = []
    for f in here:
        rule = _rule(f.code, state.settings) if f.code != FILE_PROBLEM_CODE else None
        parts.append(f"{f.display_message}\n\n{explanation(rule) if rule else f'**{f.code}**'}")
    first = min(f.start for f in here), max(f.end for f in here)
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
        range=lsp_range(draft, *first),
    )


_WRITTEN: dict[str, str | None] = {}
_written_on = 0.0  # when _WRITTEN was last emptied (time.monotonic)


def rule_docs_uri(code: str, folder: Path) -> str | None:
    """A file URI of the rule's explanation in the cache folder, written once a day while the
    server runs: the cache's prune removes the pages not written for a month (``cache._AGED``)."""
    global _written_on
    if time.monotonic() - _written_on > 86400:
        _WRITTEN.clear()
        _written_on = time.monotonic()
    key = "LT" if code.startswith("LT") else code
    if key not in _WRITTEN:
        rule = _rule(key, None)
        uri = None
        if rule is not None:
            try:
                target = folder / "rules" / f"{key}.md"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(explanation(rule) + "\n", encoding="utf-8")
                uri = target.resolve().as_uri()
            except OSError:
                uri = None
        _WRITTEN[key] = uri
    return _WRITTEN[key]
