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


# The letters and full stops a word before a stop is made of (see _is_abbreviation).
_WORD_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
_WINDOW = 40


def _word_before_stop(text: str, start: int, dot_end: int) -> re.Match | None:
    """``_LAST_WORD.search(text, start, dot_end)``, found faster: a match lies inside the run of
    letters and stops that ends at the stop, so it is searched from where that run begins, not
    from the sentence's start (which searched a long sentence again for each stop in it). The
    run is looked for in the last _WINDOW characters; one that fills them is searched from the
    sentence's start as before."""
    tail = max(start, dot_end - _WINDOW)
    run = tail + len(text[tail:dot_end].rstrip(_WORD_LETTERS))
    return _LAST_WORD.search(text, start if run == tail else run, dot_end)


def _is_abbreviation(text: str, start: int, dot_end: int) -> bool:
    word = _word_before_stop(text, start, dot_end)
    if not word:
        return False
    token = word.group(1).lower()
    if token in BEFORE_NUMBERS:
        following = text[dot_end : dot_end + 3].lstrip()
        return following[:1].isdigit()
    # initials such as "J." or "U.S."
    return token in abbreviations() or len(token.replace(".", "")) == 1 or "." in token
