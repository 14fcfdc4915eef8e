"""Sentence boundaries inside a paragraph, aware of the abbreviations news copy uses."""

from __future__ import annotations

import re

from .english import abbreviations
from .spans import Span, trim_span

# Abbreviations only before a number ("No. 10", "Vol. 3"); elsewhere the word ends a sentence
# ("The answer was no."), as do state abbreviations that are also words ("miss", "ill", "wash").
BEFORE_NUMBERS = frozenset("no nos vol vols fig figs art p pp".split())

# The next sentence opens with a capital (Latin-1 ones too: "Ólafur") or a figure, maybe after
# a quotation mark, including the ``backticks'' of wire and treebank copy ("said. ``We ...").
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+(?:``?|[\"'“‘(\[])?[A-Z0-9À-ÖØ-Þ])")
# The whole word before the stop: searched from the sentence's start, a pattern without the
# lookbehind would take the "s" of "1990s." or "minister's." for an initial.
_LAST_WORD = re.compile(r"(?<![\w'’])([A-Za-z][A-Za-z.]*)\.$")


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    position = start
    for match in _END.finditer(text, start, end):
        stop = match.end()
        if match.group().startswith(".") and _is_abbreviation(text, position, match.start() + 1):
            continue
        spans.append(trim_span(text, position, stop))
        position = stop
    if position < end:
        spans.append(trim_span(text, position, end))
    return [span for span in spans if span.end > span.start]


def _is_abbreviation(text: str, start: int, dot_end: int) -> bool:
    word = _LAST_WORD.search(text, start, dot_end)
    if not word:
        return False
    token = word.group(1).lower()
    if token in BEFORE_NUMBERS:
        following = text[dot_end : dot_end + 3].lstrip()
        return following[:1].isdigit()
    # initials such as "J." or "U.S."
    return token in abbreviations() or len(token.replace(".", "")) == 1 or "." in token
