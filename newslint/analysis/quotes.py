"""Direct quotations: where each quote is, what kind it is, and who is said to have said it.

``analyse(doc)`` returns a ``Quotes`` index over the draft's prose:

- every quotation in double marks (straight ``"`` or curly ``“ ”``, also ``„`` and ``« »``),
  and in single marks (``' ‘ ’``) both for quotes within quotes and for house styles that quote
  with single marks (many British headlines and stories). Apostrophes are told apart from single
  quotation marks: inside words (``don't``, ``O’Malley``), elisions (``the '90s``, ``'em``,
  ``rock 'n' roll``) and plural possessives (``Reuters' report``) are not quotation marks;
- the multi-paragraph convention: a quote that runs to the end of its paragraph with no closing
  mark, when the next paragraph opens with a quotation mark, continues there (``runs_on``) and
  is not unbalanced; the quote that opens the next paragraph ``continues`` it. The same holds
  inside a paragraph when an exported draft has run the quote's paragraphs together on one line
  (`… not wise. "He lacks strategy …`). A quote does not run on when it began inside the
  writer's sentence, when its own attribution follows it (`"… to offend, he later said.`), or
  when the next paragraph's quote is attributed to someone else;
- a quote broken across lines of a draft (a letter, an e-mail) and closed a few lines on;
- for each quote, whether it is ``full`` (it begins a sentence, or follows a colon, a dash or a
  reporting verb and comma: a clause or more of someone's words) or ``partial`` (a few words set
  inside the writer's own sentence: ``hailed the accord as a "real turning point"``; titles
  and all-capital subheads in quotation marks count as partial);
- its attribution, found by ``newslint.analysis.attribution``;
- the marks that have no partner (``Quotes.unbalanced``).

The types are in ``quote_spans.py`` and the pairing of marks within a paragraph in
``quote_marks.py``; this module runs the analysis and decides what pairing alone cannot (kind,
continuation, quotes across lines, a run-on quote that met another speaker).

``inside(offset)`` answers "is this offset inside a direct quote?" by bisecting sorted bounds.
Iteration yields the outermost quotes in order; ``Quotes.nested`` holds quotes within quotes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..english import common_speech_verbs, speech_verb_pattern
from ..tokens import WORD
from .attribution import attribute
from .quote_marks import may_run_on, scan_paragraph
from .quote_spans import (
    CLOSING,
    DOUBLE,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    OPENING,
    OPENS_WITH_QUOTE,
    SINGLE,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    STRAIGHT_DOUBLE,
    STRAIGHT_SINGLE,
    Quote,
    Quotes,
    Unbalanced,
)

# What rules and plugins import from here; the types and marks are defined in quote_spans.py.
__all__ = [
    "CLOSING", "DOUBLE", "DOUBLE_CLOSE", "DOUBLE_OPEN", "OPENING", "SINGLE", "SINGLE_CLOSE",
    "SINGLE_OPEN", "STRAIGHT_DOUBLE", "STRAIGHT_SINGLE", "Quote", "Quotes", "Unbalanced", "analyse",
]

_SENTENCE_END_BEFORE = re.compile(r"(?:[.!?…][\"'”’)\]]*|[:;—–]|\s[-–—]|--)\s*$")
_LEAD_IN = re.compile(r"(?:^|[,:;(\[—–]|\s-|--)\s*$")


@lru_cache(maxsize=1)
def _cue_before_comma() -> re.Pattern:
    """An everyday reporting verb a few words before the comma of a lead-in (`Putin said, "…"`);
    the whole list of speech verbs ("call", "describe", "hail" …) would make more quotes after a
    comma count as full quotes."""
    verbs = speech_verb_pattern(common_speech_verbs())
    return re.compile(rf"\b{verbs}(?:\s+[\w.’'-]+){{0,4}},\s*$", re.I)


def _next_opens_with_mark(doc, paragraphs, index) -> bool:
    if index + 1 >= len(paragraphs):
        return False
    following = paragraphs[index + 1]
    return bool(OPENS_WITH_QUOTE.match(doc.prose, following.start, following.end))


def _looks_like_title(words: list[str]) -> bool:
    """`"DIVISIVE, STUPID AND WRONG"`, `"Tales From the Crypt"`: a heading or a title, not speech."""
    if not words:
        return True
    if not any(c.islower() for w in words for c in w):
        return True
    long = [w for w in words if len(w) > 3]
    return len(words) <= 12 and bool(long) and sum(w[0].isupper() for w in long) / len(long) >= 0.75


def _kind(doc, quote: Quote, paragraph) -> str:
    """'full' when the quote begins a sentence or follows a colon, comma or dash; else 'partial'.

    A title or a heading in quotation marks (most words capitalised) counts as partial: it is a
    name set in the writer's sentence, not someone's words.
    """
    if _looks_like_title(WORD.findall(doc.prose, quote.content_start, quote.content_end)):
        return "partial"
    before = doc.prose[max(paragraph.start, quote.start - 200) : quote.start]
    if quote.start == paragraph.start or not before.strip():
        return "full"
    if _SENTENCE_END_BEFORE.search(before):
        return "full"
    # `said, "…"` and `Putin said: "…"` are full quotes; `a slogan, "…"` is not
    lead_in = _LEAD_IN.search(before)
    if lead_in and (not before.rstrip().endswith(",") or _cue_before_comma().search(before)):
        return "full"
    return "partial"


def analyse(doc) -> Quotes:
    found: list[Quote] = []
    nested: list[Quote] = []
    unbalanced: list[Unbalanced] = []
    paragraphs = doc.paragraphs
    for paragraph in paragraphs:
        count = len(found)
        left_open = scan_paragraph(doc, paragraph, found, nested, unbalanced)
        if left_open is not None:
            runs_on = (
                paragraph.kind not in ("headline", "heading")
                and _next_opens_with_mark(doc, paragraphs, paragraph.index)
                and may_run_on(doc, left_open.offset, paragraph)
            )
            if not (left_open.single and not runs_on):
                # an unclosed single mark is as likely an apostrophe read as a quotation mark:
                # it makes no quote (which would hide the rest of the paragraph from other rules)
                found.append(
                    Quote(left_open.offset, paragraph.end, False, left_open.mark, paragraph=paragraph.index,
                          runs_on=runs_on)
                )
            if not runs_on:
                unbalanced.append(
                    Unbalanced(left_open.offset, left_open.offset + len(left_open.mark), left_open.mark, "unclosed",
                               paragraph.index, single=left_open.single)
                )
        mine = sorted(found[count:], key=lambda q: q.start)
        del found[count:]
        found.extend(replace(q, kind=_kind(doc, q, paragraph)) for q in mine)
    _mark_continuations(doc, found)
    unbalanced = _quotes_across_lines(doc, unbalanced)
    found = attribute(doc, found)
    found = _two_speakers(doc, found, unbalanced)
    return Quotes(found, nested, unbalanced)


_DIRECT = ("after", "before", "colon", "according-to")


def _name_words(doc, attribution) -> set[str]:
    """The capitalised words of a speaker's name ("Jeff Zucker" → {"Jeff", "Zucker"}); empty for
    pronouns and descriptions ("he", "the president")."""
    if attribution is None or attribution.speaker is None:
        return set()
    words = WORD.findall(doc.prose, attribution.speaker[0], attribution.speaker[1])
    if not words or not words[0][0].isupper() or words[0].lower() in ("he", "she", "they", "i", "we", "it", "the"):
        return set()
    return {w for w in words if w[0].isupper()}


def _two_speakers(doc, found: list[Quote], unbalanced: list[Unbalanced]) -> list[Quote]:
    """A quote that ran on into a paragraph whose own quote is attributed afresh, when its own
    paragraph already named a speaker, did not run on: its closing mark was lost
    (`Wallace asked, "With nukes?` / `"Including with nukes," Trump responded.`)."""
    by_paragraph: dict[int, list[int]] = {}
    for position, quote in enumerate(found):
        by_paragraph.setdefault(quote.paragraph, []).append(position)
    for position, quote in enumerate(found):
        if not quote.runs_on or quote.end != doc.paragraphs[quote.paragraph].end:
            continue
        following = by_paragraph.get(quote.paragraph + 1)
        if not following:
            continue
        nxt = found[following[0]]
        if not nxt.continues or nxt.attribution is None or nxt.attribution.how not in ("after", "before"):
            continue
        own = [found[p].attribution for p in by_paragraph[quote.paragraph]]
        named = [_name_words(doc, a) for a in own if a is not None and a.how in _DIRECT]
        later = _name_words(doc, nxt.attribution)
        if not later or not any(words and not words & later for words in named):
            continue  # `Mr Blair said: "…` then `"…," he said.` is the same speaker
        found[position] = replace(quote, runs_on=False)
        found[following[0]] = replace(nxt, continues=False)
        unbalanced.append(Unbalanced(quote.start, quote.start + len(quote.mark), quote.mark, "unclosed",
                                     quote.paragraph, detail="speaker"))
    unbalanced.sort(key=lambda u: u.start)
    return found


_DOUBLE_MARK = re.compile(r"''|``|[\"“”„‟«»]")
_LINES_APART = 6


def _quotes_across_lines(doc, unbalanced: list[Unbalanced]) -> list[Unbalanced]:
    """A quote left open at the end of a line and closed a few lines on, with no quotation mark
    between, is one quote broken across lines (a letter, an e-mail, a poem), not two problems."""
    paragraphs = doc.paragraphs
    unopened = {u.paragraph: u for u in reversed(unbalanced) if u.problem == "unopened"}
    dropped: set[int] = set()
    for problem in unbalanced:
        if problem.problem != "unclosed" or problem.single or id(problem) in dropped:
            continue
        here = paragraphs[problem.paragraph]
        if _DOUBLE_MARK.search(doc.prose, problem.end, here.end):
            continue
        for index in range(problem.paragraph + 1, min(len(paragraphs), problem.paragraph + 1 + _LINES_APART)):
            later = paragraphs[index]
            first = _DOUBLE_MARK.search(doc.prose, later.start, later.end)
            if first is None:
                continue
            closer = unopened.get(index)
            if closer is not None and closer.start == first.start() and id(closer) not in dropped:
                dropped.update((id(problem), id(closer)))
            break
    return [u for u in unbalanced if id(u) not in dropped]


def _first_mark(doc, paragraph) -> int | None:
    match = OPENS_WITH_QUOTE.match(doc.prose, paragraph.start, paragraph.end)
    return match.end() - 1 if match else None


def _mark_continuations(doc, found: list[Quote]) -> None:
    """A quote opening a paragraph right after a quote that ran on continues it."""
    by_paragraph: dict[int, list[int]] = {}
    for position, quote in enumerate(found):
        by_paragraph.setdefault(quote.paragraph, []).append(position)
    paragraphs = doc.paragraphs
    for position, quote in enumerate(found):
        if not quote.runs_on:
            continue
        following = by_paragraph.get(quote.paragraph + 1)
        if not following:
            continue
        first = found[following[0]]
        if first.start == _first_mark(doc, paragraphs[quote.paragraph + 1]):
            found[following[0]] = replace(first, continues=True)
