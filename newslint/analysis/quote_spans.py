"""What a direct quotation is: the quotation marks, a ``Quote``, a mark without its partner
(``Unbalanced``), and the ``Quotes`` index that rules read (``doc.analysis("quotes")``).

Found by ``quotes.py`` (the analysis), with the marks paired by ``quote_marks.py``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..tokens import WORD

if TYPE_CHECKING:
    from .attribution import Attribution

DOUBLE_OPEN = "“„«‟"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‛"
SINGLE_CLOSE = "’"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
DOUBLE = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT_DOUBLE
SINGLE = SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_SINGLE
# A paragraph (or a list item or block quote) that opens with a quotation mark, after any
# white space: a quote that opens its paragraph.
OPENS_WITH_QUOTE = re.compile(r"\s*(?:[-*>•]\s*)?(?:``|[\"“„«'‘‚‛])")
# Kept for code that imported them from the first version of this module.
OPENING = "\"“"
CLOSING = "\"”"


@dataclass(frozen=True)
class Quote:
    """One direct quotation: where it opens and closes, its kind and level, and who is said to say it."""

    start: int  # the opening mark
    end: int  # just after the closing mark, or the paragraph's end when the quote runs on
    closed: bool
    mark: str = '"'  # the opening mark
    kind: str = "full"  # "full" (a clause or more) or "partial" (words inside the writer's sentence)
    paragraph: int = -1  # index into doc.paragraphs
    level: int = 0  # 0 for an outermost quote, 1 for a quote within it …
    runs_on: bool = False  # unclosed, continued by the next paragraph (or the next on its line)
    close_width: int = 1  # characters in the closing mark (2 for '' used as a double mark)
    continues: bool = False  # opens its paragraph and continues the previous paragraph's quote
    attribution: Attribution | None = None

    @property
    def single(self) -> bool:
        return self.mark in SINGLE

    @property
    def content_start(self) -> int:
        return self.start + len(self.mark)

    @property
    def content_end(self) -> int:
        return self.end - self.close_width if self.closed else self.end

    def content(self, doc) -> str:
        return doc.text[self.content_start : self.content_end]

    def word_count(self, doc) -> int:
        return len(WORD.findall(doc.prose, self.content_start, self.content_end))

    @property
    def attributed(self) -> bool:
        return self.attribution is not None


@dataclass(frozen=True)
class Unbalanced:
    """A quotation mark without its partner in its paragraph."""

    start: int
    end: int
    mark: str
    problem: str  # "unclosed" (an opening mark never closed) or "unopened" (a closing mark)
    paragraph: int
    single: bool = False
    # for "unclosed": "" (the paragraph ends), "reopened" (another quote opens first), "inner"
    # (a quote within a quote left open), "speaker" (the next paragraph quotes someone else)
    detail: str = ""


class Quotes:
    def __init__(self, quotes: list[Quote], nested: list[Quote] = (), unbalanced: list[Unbalanced] = ()):
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self.nested = sorted(nested, key=lambda q: q.start)
        self.unbalanced = sorted(unbalanced, key=lambda u: u.start)
        self._starts = [q.start for q in self.quotes]

    def __iter__(self):
        return iter(self.quotes)

    def __len__(self):
        return len(self.quotes)

    def at(self, offset: int) -> Quote | None:
        """The outermost quote that contains ``offset`` (its marks included), if any."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.quotes[index].end:
            return self.quotes[index]
        return None

    def inside(self, offset: int) -> bool:
        return self.at(offset) is not None

    def in_paragraph(self, index: int) -> list[Quote]:
        return [q for q in self.quotes if q.paragraph == index]
