"""Spans of a draft's text: the plain types that the Document, the Markdown reader and the
sentence splitter share. It imports nothing of newslint, so they import it, not each other."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the draft, as offsets into its text. (In slots, as Block: a large draft
    has tens of thousands of sentences.)"""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Block:
    """A block of the draft: a heading, a paragraph, a list item, a code block …"""

    start: int
    end: int
    kind: str


def trim_span(text: str, start: int, end: int) -> Span:
    """``start``–``end`` without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
