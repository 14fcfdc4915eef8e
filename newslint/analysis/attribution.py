"""Attribution: who is said to have said each quote, and where the draft says so.

Called by ``newslint.analysis.quotes`` once the quotes are found. For each outermost quote it
looks, in this order, for:

1. the same sentence after the quote: `"…," Putin said.` · `"…," said Roy Hermann, 65.` ·
   `"…," Oliver barked` (a name and a verb in -ed) · `"…" — Donald Trump` and `"…," by Jane
   Smith` (credits) · `"…" in Bolton's view`;
2. the same sentence before it: `Putin said: "…"` · `He added, "…"` · `According to the
   ministry, "…"` · `The US praised "…"` · a lead-in ending with a colon or a dash
   (`Rep. Dale Pruitt (R-Ga.): "…"`);
3. another quote of the same paragraph that is attributed, a reporting verb in the writer's
   own words of the paragraph (`Mr Cluley said the threat was real. "…"`), or the subject of
   the writer's sentence just before the quote (`Clinton touted her record. "…"`);
4. the paragraph before, for a quote that opens its paragraph: a quote that ran on into this
   one (the multi-paragraph convention), a lead-in ending with a colon (`Putin said:`), or a
   paragraph that ended with an attributed quote (the same speaker's remarks continue);
5. a credit line right after the quote's paragraph (`- Bernie Sanders.`).

A paragraph of bare quotes after the writer's indirect speech (`…, Stovall said.` then
`"He was very articulate."`) is not attributed: that is what a cut attribution looks like.
The speaker is the words next to the reporting verb, trimmed to a name, pronoun or
description ("the ministry", "Ryan's office"), found by ``speakers.py``; a participle
(`"…," saying`) or a passive (`"…," when asked`) takes the sentence's subject. Reporting verbs
come from ``newslint.english.speech_verbs`` (``newslint/data/quote_cues.txt``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..english import speech_verbs
from .quote_spans import OPENS_WITH_QUOTE
from .speakers import (
    MAX_SPEAKER_WORDS,
    end_of,
    is_cue,
    is_unnamed,
    is_word,
    last_name,
    names_then_verb,
    plausible,
    sentence_end_after,
    sentence_start_before,
    sentence_subject,
    speaker_after_cue,
    speaker_before_cue,
    speaker_span,
    subject,
    words_and_marks,
)

if TYPE_CHECKING:
    from .quote_spans import Quote


@dataclass(frozen=True)
class Attribution:
    """Who is said to have said a quote, and how the draft says so.

    ``speaker`` and ``cue`` are (start, end) offsets or None; ``how`` is one of ``after``
    (`"…," Putin said`), ``before`` (`Putin said, "…"`), ``colon`` (a lead-in ending with a
    colon or a dash, in the same sentence or ending the paragraph before), ``according-to``,
    ``paragraph`` (another quote in the same paragraph is attributed, or the writer's own words
    in the paragraph name the speaker), ``continued`` (the quote continues the previous
    paragraph's), ``previous`` (the paragraph follows the same speaker's quote), ``credit``
    (`"…" — Name`, `"…," by Name`, or a credit line under the quote).
    ``unnamed`` is true when the speaker is an unnamed source ("a source", "officials").
    """

    how: str
    speaker: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    unnamed: bool = False


_CREDIT = re.compile(r"^\s*(?:—|–|--|-)\s*(?:[@\w.]+\s*){1,6}")
_IN_VIEW = re.compile(
    r"[^.!?]{0,80}?\bin ((?:[A-Z][\w.’'-]*\s?){1,4}?(?:’s|'s)|his|her|their|its) (?:view|words|opinion|telling)\b"
)
_BY_CREDIT = re.compile(r"\W*\bby\s+((?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5})")


def _after(doc, quote: Quote, limit: int) -> Attribution | None:
    """`"…," Putin said.` / `"…," said Roy Hermann.` / `"…" — Name` right after the quote."""
    text = doc.prose
    stop = sentence_end_after(text, quote.end, limit)
    if stop == quote.end:
        return None
    segment = text[quote.end : stop]
    credit = _CREDIT.match(segment)
    if credit and re.search(r"[A-Z@]", credit.group()):
        span = speaker_span(words_and_marks(text, quote.end, quote.end + credit.end()))
        return Attribution("credit", span, None)
    byline = _BY_CREDIT.match(segment)
    if byline:
        return Attribution("credit", (quote.end + byline.start(1), quote.end + byline.end(1)), None)
    view = _IN_VIEW.match(segment)
    if view:
        return Attribution("after", (quote.end + view.start(1), quote.end + view.end(1)), None)
    tokens = words_and_marks(text, quote.end, stop)
    content = text[quote.content_start : quote.content_end].rstrip()
    # the sentence ended inside the quote ("….”): only a speaker and verb right after count;
    # a quote ending with a comma (`"…," Harry Bond, 30, of Raleigh, said`) leads to its verb
    ended = content.endswith(".") and not content.endswith("..")
    leads_on = content.endswith((",", "!", "?", "—", "–")) or segment.lstrip().startswith(",")
    reach = 30 if leads_on else MAX_SPEAKER_WORDS
    words_seen = 0
    for index, (s, e, token) in enumerate(tokens):
        if not is_word(token):
            if token in ";:" or token == "," and not leads_on and words_seen:
                return None
            continue
        words_seen += 1
        if words_seen > reach:
            return None
        lowered = token.lower().rstrip(".")
        if is_cue(tokens, index) or leads_on and names_then_verb(tokens, index):
            before = []
            for t in tokens[:index]:
                if not is_word(t[2]):
                    if before and t[2] in ",(":
                        break
                    continue
                before.append(t)
            while before and not plausible(before[0][2]) and len(before) > 1:
                before.pop(0)  # `councilmember Mark Levine said` → `Mark Levine`
            if before:
                if plausible(before[0][2]):
                    speaker = (before[0][0], end_of(before[-1]))
                elif ended:
                    return None
                else:
                    speaker = sentence_subject(doc, quote.start)
            elif lowered.endswith("ing") or lowered in ("asked", "quoted"):
                # `"…," saying …` / `"…," when asked …`: the sentence's subject said it
                speaker = sentence_subject(doc, quote.start)
            else:
                speaker = speaker_after_cue(tokens[index + 1 :])
                if speaker is None:
                    return None
            return Attribution("after", speaker, (s, e), is_unnamed(text, speaker))
        if lowered == "according" and index + 1 < len(tokens) and tokens[index + 1][2].lower() == "to":
            speaker = speaker_after_cue(tokens[index + 2 :])
            return Attribution("according-to", speaker, (s, tokens[index + 1][1]), is_unnamed(text, speaker))
    return None


def _before(doc, quote: Quote, floor: int) -> Attribution | None:
    """`Putin said: "…"` / `He added, "…"` / `According to X, "…"` earlier in the sentence."""
    text = doc.prose
    begin = sentence_start_before(text, floor, quote.start)
    if begin >= quote.start:
        return None
    tokens = words_and_marks(text, begin, quote.start)
    if not tokens:
        return None
    fallback = None
    for index in range(len(tokens) - 1, -1, -1):
        s, e, token = tokens[index]
        lowered = token.lower().rstrip(".")
        if lowered == "according" and index + 1 < len(tokens) and tokens[index + 1][2].lower() == "to":
            speaker = speaker_after_cue(tokens[index + 2 :])
            return Attribution("according-to", speaker, (s, tokens[index + 1][1]), is_unnamed(text, speaker))
        if is_word(token) and is_cue(tokens, index):
            speaker = speaker_before_cue(tokens[:index])
            if speaker is None:
                speaker = speaker_after_cue(tokens[index + 1 :])
            if speaker is None:
                speaker = subject(tokens[:index])
            if speaker is None:
                fallback = fallback or Attribution("before", None, (s, e))
                continue
            return Attribution("before", speaker, (s, e), is_unnamed(text, speaker))
    if fallback is not None:
        return fallback
    if tokens[-1][2].strip() in (":", "—", "–", "--", "-") and len(tokens) > 1:
        # a lead-in: `Rep. Dale Pruitt (R-Ga.): "…"`, `She addressed the crowd again: "…"`,
        # `Trump also embraced enhanced interrogation -- "…"`
        speaker = subject(tokens[:-1]) or last_name(tokens[:-1])
        if tokens[-1][2] == ":" or speaker is not None:
            return Attribution("colon", speaker, None)
    return None


def _writer_cue(doc, start: int, end: int) -> Attribution | None:
    """A reporting verb with its subject in the writer's own words between ``start`` and ``end``."""
    text = doc.prose
    tokens = words_and_marks(text, start, end)
    cues = speech_verbs()
    first_cue = None
    for index, (s, e, token) in enumerate(tokens):
        lowered = token.lower().rstrip(".")
        if lowered == "according" and index + 1 < len(tokens) and tokens[index + 1][2].lower() == "to":
            speaker = speaker_after_cue(tokens[index + 2 :])
            return Attribution("paragraph", speaker, (s, tokens[index + 1][1]), is_unnamed(text, speaker))
        if lowered in cues and is_word(token):
            speaker = speaker_before_cue(tokens[:index])
            if speaker is not None:
                return Attribution("paragraph", speaker, (s, e), is_unnamed(text, speaker))
            if first_cue is None:
                first_cue = (s, e)
    if first_cue is not None:
        # `He said the laptops were cheaper but conceded this was ambitious.`
        return Attribution("paragraph", sentence_subject(doc, first_cue[0]), first_cue)
    return None


def _writer_subject(doc, start: int, end: int) -> Attribution | None:
    """The person the writer's sentence just before a quote is about, in the same paragraph:
    `Clinton touted her record. "We need …"`. Weaker than a reporting verb, but editors accept
    it when the quote follows at once."""
    text = doc.prose
    if len(words_and_marks(text, start, end)) < 3:
        return None
    # the last sentence before the quote, if it ended; else the sentence the quote is in
    last = text[start:end].rstrip()
    if last and last[-1] in ".!?":
        begin = sentence_start_before(text, start, start + len(last) - 1)
    else:
        begin = sentence_start_before(text, start, end)
    tokens = words_and_marks(text, begin, end)
    speaker = subject(tokens) or last_name(tokens)
    if speaker is None:
        return None
    return Attribution("paragraph", speaker, None)


def attribute(doc, quotes: list[Quote]) -> list[Quote]:
    """The same quotes, each with its attribution (or None when none was found)."""
    paragraphs = doc.paragraphs
    by_paragraph: dict[int, list[int]] = {}
    for position, quote in enumerate(quotes):
        by_paragraph.setdefault(quote.paragraph, []).append(position)
    result = list(quotes)
    for paragraph in paragraphs:
        positions = by_paragraph.get(paragraph.index, [])
        if not positions:
            continue
        found: dict[int, Attribution] = {}
        for order, position in enumerate(positions):
            quote = result[position]
            previous_end = result[positions[order - 1]].end if order else paragraph.start
            next_start = result[positions[order + 1]].start if order + 1 < len(positions) else paragraph.end
            attribution = _after(doc, quote, next_start) if quote.closed else None
            if attribution is None:
                attribution = _before(doc, quote, previous_end)
            if attribution is not None:
                found[position] = attribution
        # the writer's own words in the paragraph
        writer = None
        if len(found) < len(positions):
            cursor = paragraph.start
            for position in positions:
                quote = result[position]
                if writer is None and quote.start > cursor:
                    writer = _writer_cue(doc, cursor, quote.start) or _writer_subject(doc, cursor, quote.start)
                cursor = max(cursor, quote.end)
            if writer is None and cursor < paragraph.end:
                writer = _writer_cue(doc, cursor, paragraph.end)
        # for each quote, the nearest attribution found before it, else the nearest after it
        # (worked out in two passes: lists of those before and after each were quadratic)
        nearest: list[Attribution | None] = [None] * len(positions)
        latest = None
        for order in range(len(positions) - 1, -1, -1):
            nearest[order] = latest
            latest = found.get(positions[order], latest)
        latest = None
        for order, position in enumerate(positions):
            if latest is not None:
                nearest[order] = latest
            latest = found.get(position, latest)
        carried = None
        for order, position in enumerate(positions):
            quote = result[position]
            attribution = found.get(position)
            if attribution is None and found:
                source = nearest[order]
                attribution = Attribution("paragraph", source.speaker, source.cue, source.unnamed)
            if attribution is None and writer is not None:
                attribution = writer
            if attribution is None and order == 0:
                attribution = carried = _from_previous(doc, result, by_paragraph, paragraph, quote)
            elif attribution is None and carried is not None:
                attribution = Attribution("paragraph", carried.speaker, carried.cue, carried.unnamed)
            if attribution is None and order == len(positions) - 1:
                attribution = _credit_line(doc, paragraph)
            result[position] = replace(quote, attribution=attribution)
        # a quote that runs on carries its attribution into the next paragraph: handled there
    return result


_COLON_END = re.compile(r":[\"'”’]?\s*$")
_CREDIT_LINE = re.compile(r"\s*(?:—|–|--|-)\s*[A-Z@][\w.@’'-]*(?:\s+[A-Z][\w.’'-]*){0,5}[.,]?\s*$")


def _from_previous(doc, result, by_paragraph, paragraph, quote: Quote) -> Attribution | None:
    """Attribution carried over from the paragraph before, for a quote that opens its paragraph."""
    text = doc.prose
    if not OPENS_WITH_QUOTE.match(text, paragraph.start, paragraph.end) or quote.start > paragraph.start + 4:
        return None
    if paragraph.index == 0:
        return None
    before = doc.paragraphs[paragraph.index - 1]
    earlier = [result[p] for p in by_paragraph.get(before.index, [])]
    last = earlier[-1] if earlier else None
    if quote.continues and last is not None and last.runs_on:
        source = last.attribution
        return Attribution("continued", source.speaker if source else None, source.cue if source else None,
                           source.unnamed if source else False)
    if _COLON_END.search(text, before.start, before.end):
        lead = _writer_cue(doc, sentence_start_before(text, before.start, before.end), before.end)
        return Attribution("colon", lead.speaker if lead else None, lead.cue if lead else None,
                           lead.unnamed if lead else False)
    if last is not None and last.attribution is not None and (
        last.kind == "full" or last.attribution.how in ("after", "before", "according-to", "colon")
    ):
        tail = text[last.end : before.end]
        # nothing after the last quote but its own attribution
        if last.attribution.how in ("after", "credit") or not re.search(r"[.!?]\s+\S", tail):
            source = last.attribution
            return Attribution("previous", source.speaker, source.cue, source.unnamed)
    return None


def _credit_line(doc, paragraph) -> Attribution | None:
    """A credit on the line after a quote: `- Bernie Sanders.` (fact-checks, pull quotes)."""
    if paragraph.index + 1 >= len(doc.paragraphs):
        return None
    following = doc.paragraphs[paragraph.index + 1]
    line_start = doc.line_starts[doc.line_col(following.start)[0] - 1]
    # the raw text: a Markdown list marker ("- Bernie Sanders.") is masked in the prose
    credit = _CREDIT_LINE.match(doc.text, line_start, following.end)
    if credit is None:
        return None
    span = speaker_span(words_and_marks(doc.prose, following.start, following.end))
    return Attribution("credit", span, None)
