"""Direct quotations: where each quote is in the draft.

``analyse(doc)`` returns a ``Quotes`` index; ``inside(offset)`` answers "is this offset inside a
direct quote?" by bisecting sorted bounds.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

OPENING = "\"“"
CLOSING = "\"”"


@dataclass(frozen=True)
class Quote:
    start: int  # the opening mark
    end: int  # just after the closing mark, or the paragraph's end when the quote runs on
    closed: bool


class Quotes:
    def __init__(self, quotes: list[Quote]):
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self._starts = [q.start for q in self.quotes]

    def __iter__(self):
        return iter(self.quotes)

    def __len__(self):
        return len(self.quotes)

    def at(self, offset: int) -> Quote | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.quotes[index].end:
            return self.quotes[index]
        return None

    def inside(self, offset: int) -> bool:
        return self.at(offset) is not None


_MARK = re.compile(r"[\"“”]")


def analyse(doc) -> Quotes:
    found: list[Quote] = []
    for paragraph in doc.paragraphs:
        open_at = None
        for match in _MARK.finditer(doc.prose, paragraph.start, paragraph.end):
            mark = match.group()
            if open_at is None:
                if mark != "”":
                    open_at = match.start()
            elif mark != "“":
                found.append(Quote(open_at, match.end(), True))
                open_at = None
        if open_at is not None:
            found.append(Quote(open_at, paragraph.end, False))
    return Quotes(found)
