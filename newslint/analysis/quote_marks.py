"""Pairing the quotation marks of a paragraph: which marks open and close quotes, which are
apostrophes or inch marks, and whether a quote left open runs on into the next paragraph.

Read by ``quotes.py``; the quotes it makes are ``quote_spans.Quote`` and ``Unbalanced``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..english import common_speech_verbs, speech_verb_pattern
from ..prefilter import guarded_in_time
from .quote_spans import (
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    SINGLE,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    STRAIGHT_DOUBLE,
    Quote,
    Unbalanced,
)

_MARK = re.compile(r"''|``|[\"“”„‟«»'‘’‚‛]")
# After an opening single mark: words that begin with an apostrophe (elisions), not quotes.
_ELISION = re.compile(
    r"(?:\d\d(?:s\b|\b)|\d0s|em|til|tis|twas|cause|cos|bout|round|n\b|nuff|kay|scuse|fraid|"
    r"ello|ere\b|appen|ow\b|im\b|er\b|e\b|s\b|d\b|ll\b|re\b|ve\b|t\b)",
    re.IGNORECASE,
)
_ROCK_N = re.compile(r"(?<![\w])['‘’]n['‘’](?![\w])", re.IGNORECASE)
_SENTENCE_ENDED = re.compile(r"[.!?…:][)\]]?\s+$")
_FEET_INCHES = re.compile(r"(?<![\w.])\d['’]\d{1,2}$")
_INCHES = re.compile(r"(?<![\w'’])\d+(?:['’]\d+|\.\d+)?$")


@dataclass
class _Open:
    """A quotation mark still open while a paragraph is read, and the single marks after it that
    may have closed it (or be a plural possessive's apostrophe)."""

    offset: int
    mark: str
    single: bool
    level: int
    candidates: list = field(default_factory=list)


def _inches_before(text: str, start: int, i: int) -> bool:
    """Whether a number such as 12, 5.5 or 6'2 ends at ``i`` (``_INCHES``), looking back only
    over those digits: searching from ``start`` on every mark made the scan of a long
    paragraph quadratic."""
    first = _digits_before(text, start, i)
    if first == i:
        return False
    if first - 1 > start and text[first - 1] in "'’." and text[first - 2].isdecimal():
        first = _digits_before(text, start, first - 1)
    return _INCHES.search(text, first, i) is not None


def _digits_before(text: str, start: int, i: int) -> int:
    while i > start and text[i - 1].isdecimal():
        i -= 1
    return i


def _is_letter(char: str) -> bool:
    return bool(char) and (char.isalnum())


def _classify_single(text: str, i: int, start: int, end: int) -> str:
    """'open', 'close', 'close?' (after an s: a closing mark or a plural possessive) or 'apostrophe'."""
    before = text[i - 1] if i > start else ""
    after = text[i + 1] if i + 1 < end else ""
    if _is_letter(before) and _is_letter(after):
        return "apostrophe"  # don't, O’Malley, rock'n'roll
    if before == "." and after and after in "sS" and (i + 2 >= end or not _is_letter(text[i + 2])):
        return "apostrophe"  # the U.S.'s
    if not before or before.isspace() or before in "([{—–-/\"“„«" or before in SINGLE:
        if after and (_is_letter(after) or after in "[(\"“—–-." or after in SINGLE_OPEN):
            if _ELISION.match(text, i + 1, end):
                # 'em, '90s, 'n' … unless an ordinary quoted word such as 'er…' closes later
                word = _ELISION.match(text, i + 1, end).group()
                if word.lower() not in ("e", "ere", "er", "im", "ow") or after.isdigit():
                    return "apostrophe"
            return "open"
        return "apostrophe" if text[i] != "‘" else "open"
    if after == "" or after.isspace() or after in ".,;:!?)]}—–-…\"”»" or after in SINGLE:
        if before.lower() in "sz" and i >= 2 and _is_letter(text[i - 2]):
            return "close?"
        return "close"
    return "apostrophe"


def _classify_double(text: str, i: int, start: int, end: int, width: int = 1) -> str:
    """'open', 'close' or 'either' for a double quotation mark."""
    char = text[i : i + width]
    before = text[i - 1] if i > start else ""
    after = text[i + width] if i + width < end else ""
    if before and unicodedata.category(before) == "Cf":
        before = " "  # a direction mark or zero-width space
    if char == "``":
        return "open"
    space_before = not before or before.isspace() or before in "([{—–-/" or before in SINGLE_OPEN
    space_after = not after or after.isspace() or after in ".,;:!?)]}—–…" or after in SINGLE_CLOSE
    if char in DOUBLE_OPEN:
        if space_after and not space_before and char == "“" and after in " \t" and before not in "([{—–-/":
            return "either"  # “ used as a closing mark
        return "open"
    if char in DOUBLE_CLOSE:
        if space_before and char == "”" and (not space_after or not before):
            return "either"  # ” used as an opening mark
        return "close"
    if not after:
        return "close"  # nothing can open at the very end of a paragraph: `… immensely. "`
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "either"


def scan_paragraph(doc, paragraph, found, nested, unbalanced):
    """Pair the marks of one paragraph. Returns the outermost quote still open at its end."""
    text, start, end = doc.prose, paragraph.start, paragraph.end
    stack: list[_Open] = []
    skip = set()
    for match in guarded_in_time(_ROCK_N, 1).finditer(text, start, end):  # (the same matches, found faster)
        skip.update((match.start(), match.end() - 1))

    def close(entry: _Open, at: int, width: int = 1) -> None:
        quote = Quote(entry.offset, at + width, True, entry.mark, paragraph=paragraph.index, level=entry.level,
                      close_width=width)
        (found if entry.level == 0 else nested).append(quote)

    def run_on(entry: _Open, at: int) -> None:
        # the paragraph of a quote ends here without a closing mark, and the next opens with one
        # (news paragraphs run together on one line)
        stop = at
        while stop > entry.offset + 1 and text[stop - 1].isspace():
            stop -= 1
        quote = Quote(entry.offset, stop, False, entry.mark, paragraph=paragraph.index, level=entry.level,
                      runs_on=True)
        (found if entry.level == 0 else nested).append(quote)

    def drop_to(depth: int) -> None:
        # quotes opened inside the one being closed and never closed themselves
        while len(stack) > depth:
            lost = stack.pop()
            if lost.candidates:  # a plural possessive was the closing mark after all
                close(lost, lost.candidates[-1])
            elif not lost.single:
                unbalanced.append(Unbalanced(lost.offset, lost.offset + len(lost.mark), lost.mark, "unclosed",
                                             paragraph.index, detail="inner"))

    for match in _MARK.finditer(text, start, end):
        i = match.start()
        if i in skip:
            continue
        char = match.group()
        width = len(char)
        if char == "''":
            inner = i > start and _is_letter(text[i - 1]) and i + 2 < end and _is_letter(text[i + 2])
            char = "'" if inner else STRAIGHT_DOUBLE
            if char == "'":
                width = 1
        if char in SINGLE:
            role = _classify_single(text, i, start, end)
            if role == "apostrophe":
                continue
            single_depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d].single), None)
            if role == "open":
                # an opening single mark while a single quote is open at the top: probably the
                # innermost closed with a plural possessive earlier; otherwise nest
                if single_depth is not None and single_depth == len(stack) - 1 and stack[-1].candidates:
                    entry = stack.pop()
                    close(entry, entry.candidates[-1])
                stack.append(_Open(i, char, True, len(stack)))
                continue
            if single_depth is None:
                continue  # a closing single mark with nothing open: an apostrophe (goin', Reuters')
            if role == "close?":
                stack[single_depth].candidates.append(i)
                continue
            drop_to(single_depth + 1)
            close(stack.pop(), i)
            continue
        role = _classify_double(text, i, start, end, width)
        mark = match.group() if width == 2 else char
        double_depth = next((d for d in range(len(stack) - 1, -1, -1) if not stack[d].single), None)
        if double_depth is None and char == STRAIGHT_DOUBLE and role != "open" and _inches_before(text, start, i):
            continue  # a 12" screen
        if char in "\"”" and _FEET_INCHES.search(text, max(start, i - 4), i):
            continue  # 6'2", 6’2”
        if role == "either":
            role = "close" if double_depth is not None else "open"
        if role == "open":
            if double_depth is not None and (
                mark in (STRAIGHT_DOUBLE, "''") and stack[double_depth].mark in (STRAIGHT_DOUBLE, "''")
                or mark in "“„" and stack[double_depth].mark in "“„" and double_depth == len(stack) - 1
            ):
                # an opening mark while a quote of the same kind is open: a new paragraph of
                # the quote when a sentence has just ended; otherwise the open one was not closed
                drop_to(double_depth + 1)
                entry = stack.pop()
                if _SENTENCE_ENDED.search(text, entry.offset + 1, i) and may_run_on(doc, entry.offset, paragraph, i):
                    run_on(entry, i)
                else:
                    unbalanced.append(Unbalanced(entry.offset, entry.offset + len(entry.mark), entry.mark,
                                                 "unclosed", paragraph.index, detail="reopened"))
            stack.append(_Open(i, mark, False, len(stack)))
            continue
        if double_depth is None:
            unbalanced.append(Unbalanced(i, i + width, mark, "unopened", paragraph.index))
            continue
        drop_to(double_depth + 1)
        close(stack.pop(), i, width)

    # What is still open at the paragraph's end.
    outer = None
    while stack:
        entry = stack.pop()
        if entry.candidates:
            close(entry, entry.candidates[-1])
            continue
        if stack:  # an inner quote left open inside an outer one that runs on
            if not entry.single:
                unbalanced.append(Unbalanced(entry.offset, entry.offset + len(entry.mark), entry.mark, "unclosed",
                                             paragraph.index, detail="inner"))
            continue
        outer = entry
    return outer


@lru_cache(maxsize=1)
def _attribution_tail() -> re.Pattern:
    """An attribution that closes a paragraph (`…, he later said.`), with an everyday reporting
    verb: a wider list lets fewer quotes run on."""
    verbs = speech_verb_pattern(common_speech_verbs())
    return re.compile(
        r"[,?!…]\s+(?:"
        r"(?:he|she|they|(?:the|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+)?|"
        r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?:,[^\"“”,]{1,80},)?)\s+(?:\w+\s+)?" + verbs
        + r"|" + verbs + r"\s+(?:[A-Z]|the\s))[^\"“”]{0,100}$"
    )


def may_run_on(doc, opening: int, paragraph, stop: int | None = None) -> bool:
    """A quote may continue into the next paragraph when it is someone's words that go on to the
    paragraph's end (or to ``stop``, where paragraphs run together on one line): not a few words
    in the writer's sentence, and not followed by its own attribution (`"… to offend, he later
    said.` has lost its closing mark)."""
    before = opening
    while before > paragraph.start and doc.prose[before - 1].isspace():
        before -= 1
    if before > paragraph.start and doc.prose[before - 1].isalnum():
        return False  # `the phrase “self-deportation.`: a few words in the writer's sentence
    stop = paragraph.end if stop is None else stop
    return not _attribution_tail().search(doc.prose[opening:stop].rstrip())
