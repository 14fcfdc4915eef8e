"""Applying fixes to a draft: safe ones by default, never inside a direct quotation.

A finding is fixed when its rule marked it ``fixable`` and it carries a suggestion: the text it
covers is replaced by the first suggestion. ``--fix`` applies safe fixes only (those that
cannot change what the copy means: a doubled article, a space before a full stop);
``--unsafe-fixes`` applies the others too. Page residue (a rule that claims its paragraph) is
fixed by deleting its line: safely when the finding covers the whole line and its rule says
so (a listed phrase; not a guess from the line's shape). Never fixed, safe or
not: text inside a direct quotation, and dates (a weekday that contradicts its date may be
wrong on either side). Fixes that overlap an earlier one are left for the editor, but for two
deletions, which join.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from .atomic import replace_draft
from .document import Document
from .errors import InputError

_TRAILING = " \t.:;,!?…|»›>-–—"


@dataclass(frozen=True)
class Edit:
    """One change a fix makes to a draft: the text that replaces ``start:end``."""

    start: int
    end: int
    text: str
    fixes: int = 1  # the findings it fixes (two lines of residue in a row make one deletion)


def residue_codes(rules) -> dict[str, bool]:
    """The codes of the rules that claim their paragraph (page residue; their fix deletes the
    line), each with whether the rule declares that deletion safe."""
    return {rule.code: rule.safe_fix for rule in rules if rule.claims_paragraph}


def plan_fixes(doc: Document, findings, unsafe: bool = False, residue_codes=None) -> list[Edit]:
    """The edits that fix ``findings`` in ``doc``, in order, none overlapping another.

    ``residue_codes`` maps the codes of rules that claim their paragraph (page residue) to
    whether their rule declares deleting a whole line of it safe.
    """
    residue_codes = residue_codes or {}
    quotes = doc.analysis("quotes")
    edits: list[Edit] = []
    last_end = -1
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if f.quoted or f.family == "date":
            continue
        if f.code in residue_codes:
            edit, whole = _residue_line(doc, f)
            safe = whole and residue_codes[f.code]
        elif f.fixable and f.suggestions:
            edit, safe = Edit(f.start, f.end, f.suggestions[0]), f.safe_fix
        else:
            continue
        if edit is None or not (safe or unsafe):
            continue
        if quotes.at(edit.start) or (edit.end > edit.start and quotes.at(edit.end - 1)):
            continue
        if edits and not edit.text and not edits[-1].text and edit.start <= last_end:
            # two deletions that meet (two lines of residue): one deletion
            before = edits.pop()
            edit = Edit(before.start, max(edit.end, last_end), "", before.fixes + 1)
        elif edit.start < last_end:
            continue
        edits.append(edit)
        last_end = edit.end
    if edits and not edits[-1].text and edits[-1].end == len(doc.text):
        edits[-1] = _to_the_end(doc.text, edits[-1])
    return edits


def _to_the_end(text: str, edit: Edit) -> Edit:
    """A deletion that reaches the end of the draft takes the blank lines before it too, so
    that the draft ends as it did: with one line break, or none."""
    start = edit.start
    while start > 0 and text[start - 1] in "\r\n":
        start -= 1
    if start > 0 and text.endswith("\n"):
        start += 2 if text.startswith("\r\n", start) else 1
    return Edit(start, edit.end, "", edit.fixes)


def apply_edits(text: str, edits: list[Edit]) -> str:
    for edit in reversed(edits):
        text = text[: edit.start] + edit.text + text[edit.end :]
    return text


def apply_fixes(doc: Document, findings, unsafe: bool = False, residue_codes=None) -> tuple[str, int]:
    """The draft's text with the fixes applied, and how many were applied."""
    edits = plan_fixes(doc, findings, unsafe, residue_codes)
    return apply_edits(doc.text, edits), sum(e.fixes for e in edits)


def _residue_line(doc: Document, f) -> tuple[Edit | None, bool]:
    """Delete a line of page residue with the blank lines after it: safe when the finding
    covers the whole line but for punctuation; on a line with copy, only the residue goes, and
    that is unsafe."""
    line, _ = doc.line_col(f.start)
    span = doc.line_span(line - 1)
    if f.end > span.end:
        return None, False
    if doc.text[span.start : f.start].strip() or doc.text[f.end : span.end].strip(_TRAILING):
        start = f.start  # residue beside copy: delete the residue alone, unsafely
        while start > span.start and doc.text[start - 1] in " \t":
            start -= 1
        return Edit(start, f.end, ""), False
    end = span.end
    while end < len(doc.text) and doc.text[end] in "\r\n":
        end += 1
    return Edit(span.start, end, ""), True


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{path}", f"b/{path}"
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def write_atomically(path: str | Path, text: str, had_bom: bool = False, expected: str | None = None) -> None:
    """Replace a file's content in one step: a crash leaves the old file or the new, never half.

    With ``expected`` (the text that was linted), a file that no longer holds it is left
    alone: someone changed it since it was read.
    """
    path = Path(path)
    if expected is not None:
        try:
            current = path.read_bytes().decode("utf-8", "replace").removeprefix("\ufeff")
        except OSError as exc:
            raise InputError(f"{path}: cannot read the draft again ({exc.strerror or exc})") from None
        if current != expected:
            raise InputError(f"{path}: changed since it was read; not fixed (run newslint again)")
    data = (("\ufeff" if had_bom else "") + text).encode("utf-8")
    replace_draft(path, data)  # a symlink's target, hard links, owner and read-only files kept
