"""Applying safe fixes to a draft: never inside a direct quotation, never half-written.

A finding is fixed when its rule marked it ``fixable`` and it carries a suggestion: the text it
covers is replaced by the first suggestion. Fixes that overlap an earlier one, or touch a direct
quotation, are left for the editor.
"""

from __future__ import annotations

from pathlib import Path

from .atomic import replace_draft

from .document import Document
from .errors import InputError


def apply_fixes(doc: Document, findings) -> tuple[str, int]:
    """The draft's text with the fixable findings applied, and how many were applied."""
    quotes = doc.analysis("quotes")
    chosen = []
    last_end = -1
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if not f.fixable or not f.suggestions or f.quoted:
            continue
        if quotes.at(f.start) or (f.end > f.start and quotes.at(f.end - 1)):
            continue
        if f.start < last_end:
            continue
        chosen.append(f)
        last_end = f.end
    text = doc.text
    for f in reversed(chosen):
        text = text[: f.start] + f.suggestions[0] + text[f.end :]
    return text, len(chosen)


def write_atomically(path: str | Path, text: str, had_bom: bool = False) -> None:
    """Replace a file's content in one step: a crash leaves the old file or the new, never half."""
    data = (("\ufeff" if had_bom else "") + text).encode("utf-8")
    replace_draft(path, data)  # a symlink's target, hard links, owner and read-only files kept
