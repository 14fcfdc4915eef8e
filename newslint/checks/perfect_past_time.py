"""G207: the present perfect with a phrase that dates the event in the past ("In 2013, the
council has approved the plan", "has launched the mission in 2006": "approved", "launched")."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..english import MONTH_WORDS, WEEKDAYS
from ..rule import Context, Rule, accepted, flagged
from .missing_words import headline_style
from .verbs import past_base, past_only, same_participle_forms

_WEEKDAYS = "|".join(WEEKDAYS)
_YEAR = r"(1[5-9]\d\d|20\d\d)"
# A phrase that opens a sentence and dates what it tells at a past point (the year, when it
# names one, is group 1, or group 2 for a decade): "In 2013,", "In May 2012", "In early 2009",
# "On 21 April 2009,", "On January 13, 2015,", "During 2010", "In the 1990s,", "Yesterday",
# "Last week", "On Monday", "Two years ago". Not "Since 2013" or "By 2013" (a time up to a
# point: "Since 2013 the council has met", "By 2013 it had grown"), nor "As of 2013".
_DATED = re.compile(
    rf"(?:(?:in|during)[ \t]+(?:(?:early|late|mid|mid-)[ \t]*)?(?:(?:{MONTH_WORDS})[ \t]+)?{_YEAR}"
    rf"|on[ \t]+(?:(?:{_WEEKDAYS}),?[ \t]+)?(?:(?:{MONTH_WORDS})[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+(?:{MONTH_WORDS}))(?:,?[ \t]+{_YEAR})?"
    rf"|on[ \t]+(?:{_WEEKDAYS})"
    rf"|in[ \t]+the[ \t]+(1[5-9]\d0|20\d0)s"
    r"|yesterday|last[ \t]+(?:week|month|year|night|season|summer|winter|spring|autumn|fall|" + _WEEKDAYS + r")"
    r"|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some)[ \t]+"
    r"(?:days|weeks|months|years|decades|centuries|day|week|month|year)[ \t]+ago"
    r")(?![\w'’-])(?:[ \t]*,)?"
)
# "in 2013" or "in May 2013" closing a clause (a full stop, comma, semicolon or colon after
# it), where it may date the verb before it: "has launched the mission in 2006." Not a list
# of years ("in 1996 and 2001", "in 2001, 2003").
_CLOSING_YEAR = re.compile(
    rf"(?<![\w'’-])in[ \t]+(?:(?:{MONTH_WORDS})[ \t]+)?(1[5-9]\d\d|20\d\d)(?=[ \t]*(?:[.;:]|,(?![ \t]*\d)|$))"
)
# Words of an object that may stand between a closing date's participle and the date: "has
# launched the COROT space mission in 2006", "have won three titles consecutively in 2015".
_OBJECT_TAGS = frozenset(("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "PRP", "RB", "POS", "$", "HYPH"))
# Words the tagger may read as adverbs that open a phrase of their own, which the date may
# close: "has risen just over comparable periods in 1988".
_PARTICLES = frozenset("over under about around across up down out off through along past above below".split())
# The most words of such an object.
_MOST_OBJECT_WORDS = 5
# Participles after which a closing date often dates a noun or a list, not the verb: "have
# included those in November 1998", "has been in 1989", "have occurred in 1986".
_LISTING_PARTICIPLES = frozenset(("included", "been", "occurred", "appeared", "featured"))
# Words before "has" that make the time run up to a point: "Since 2001, X has … in 2005".
_RUNNING_WORDS = frozenset(("since", "as", "by", "until", "from", "ever", "so"))


# Tags that end the subject before its verb: another verb, a modal, a relative word, a mark
# that opens an aside or a clause.
_STOP_TAGS = frozenset(("VBD", "VBZ", "VBP", "VB", "MD", "WDT", "WP", "WRB", ":", "-LRB-", "``", "''"))
_STOP_WORDS = frozenset((",", ";", "that", "since", "ever", "never", "now", "still", "already", "just", "recently", "long"))
# The longest subject read between the dating phrase and "has" or "have".
_MOST_WORDS = 14


@lru_cache(maxsize=1)
def _pasts() -> dict[str, str]:
    """An irregular participle -> its simple past: "become" -> "became", "seen" -> "saw"."""
    table = {participle: past for past, (_, participle) in past_only().items()}
    for past, (_, participles) in past_base().items():
        for participle in participles:
            table.setdefault(participle, past)
    return table


def simple_past(participle: str, have: str, subject: str) -> str | None:
    """The simple past that stands for "has"/"have" and ``participle``: "announced", "became",
    "was" ("has been"), "were" ("have been", not after "I"); None when the verb tables do not
    tell it."""
    if participle == "been":
        return "was" if have == "has" or subject == "i" else "were"
    found = _pasts().get(participle)
    if found:
        return found
    if participle.endswith("ed") or participle in same_participle_forms():
        return participle
    return None


class PerfectWithPastTime(Rule):
    """The present perfect with a phrase dating the event in the past ("In 2013, X has won").

    *What it flags*: "has" or "have" and a past participle, the main verb of a sentence that
    opens with a phrase naming a past year, date, day or decade ("In 2013,", "In May 2012",
    "On 21 April 2009,", "On Monday,", "In the 1990s,", "Yesterday", "Last week", "Two
    years ago"), with only the subject between the two: "In 2013, the council has approved the
    plan" ("approved"), "On 3 May 2012, the alliance has signed a deal" ("signed"). A year is
    past when it is before the story's year (the date given for it, in its front matter or its
    dateline, else today's), a decade
    when it ended before that year. The simple past is offered: "has become" -> "became",
    "has been" -> "was". And "has" or "have" and a participle, with at most a short object
    after it, before "in" and a past year that closes the clause: "The agency has launched
    the mission in 2006." ("launched"); not after "to" or a modal ("is thought to have begun
    in 1543"), not "since", "as", "by" or "until" shortly before it, not a list of years ("in
    1996 and 2001"), not "included", "been", "occurred", "appeared" or "featured" (they list
    things dated each their own way: "have included those in November 1998").

    *Why it matters*: English gives an event dated at a point in the past the simple past;
    the present perfect tells of a time that runs up to now, and "In 2013, the council has
    approved" reads as a translation. Wikipedia's copy editors and the real writers' errors
    newslint is measured on mend it again and again.

    *Flagged*: "In 2013, the council has approved the plan."

    *Preferred*: "In 2013, the council approved the plan."

    *Options*: none; switch the rule off or re-grade it with ``G207`` in the configuration.

    *Known limits*: only a dating phrase that opens the sentence is read, and only when the
    perfect is the first verb after it, with no comma, relative word or other verb between,
    no "and" straight before "has" (a later clause may be of its own time: "In 2006 the band
    re-formed and has since released two albums") and no subordinating word opening what
    follows the phrase ("In 2014, as his duties have grown"); not "since", "ever", "never",
    "already", "just", "still" or "now" straight after "has" (a time that runs up to now),
    nor a phrase that runs up to now ("Since 2013", "By 2013", "As of 2013", "In recent
    years", "Over the past decade"). A date at the clause's end is read only after a
    participle and a short object (no preposition between: "has risen just over comparable
    periods in 1988" may date the periods), since over Wikipedia text a closing date more
    often dates a noun before it than the verb when more stands between. Headlines are
    skipped, and so are direct quotations: the speaker's words are reported as said.
    Measured (2026-12-07): over 6,000 of the 14,483 lines of 410 MB of Wikipedia that hold
    such a phrase and "has" or "have", 64 findings, read by hand: all but about one the slip
    ("In 2014, Israel has decided to recognize", "On January 13, 2015, 20th Century Fox has
    won the bid"); none over the dev corpus's news, its docs and clean drafts, nor in the
    sentences of ``scripts/eval_real_edits.py``. The closing year: over all 1,592 lines of
    those 410 MB with "has" or "have", a word and "in" and a year closing a clause, 21
    findings, all the slip ("was diagnosed in 2007 and has died in 2010", "Both countries
    have signed a free trade agreement in December 2005"); none over the dev corpus (one
    before the particles were read: "has risen just over comparable periods in 1988").
    """

    code = "G207"
    name = "perfect-with-past-time"
    family = "grammar"
    severity = "info"
    quotes = "skip"
    needs = ("lexicon", "tags", "dates")
    examples = (
        accepted(""),
        flagged("In 2013, the council has approved the plan.", "has approved"),
        accepted("---\ndate: 2013-06-01\n---\n\nIn 2013, the council has approved two plans.", path="example.md"),
        accepted("In 2013, the council has approved two plans.", date="2013-06-01"),
        flagged("On 3 May 2012, the alliance has signed a deal with the city.", "has signed"),
        flagged("In the 1990s, the town has become a suburb of Leeds.", "has become"),
        flagged("Two years ago, the mayor and her aides have been questioned by police.", "have been"),
        flagged("On Monday, officials have also said the road would reopen.", "have also said"),
        accepted("In 2013, the council approved the plan; since 2013 it has grown."),
        accepted("In 2006 the band re-formed and has since released two albums."),
        accepted("In 2013, the mayor, who has served two terms, said she would run again."),
        accepted("In 2013, the company has 500 employees, and it has to hire more."),
        accepted("As of 2013, the council has approved three plans; by 2013 it had approved four."),
        accepted("In recent years, the council has approved three plans."),
        accepted("In 2013, the council said it has approved the plan."),
        accepted("In 2014, as his duties have increased, he has cut back."),
        accepted("In 2013 he has never missed a vote, and last week he has just been reelected."),
        accepted("“In 2013, we have approved the plan,” said José Álvarez."),
        accepted("In 2013, the council has approved the plan"),
        flagged("The agency has launched the mission in 2006.", "has launched"),
        flagged("The firm has suspended its work in May 2010, officials said.", "has suspended"),
        accepted("The team has won two titles, in 1996 and 2001, and has won the cup in 1996 and 2001."),
        accepted("Productions have included those in November 1998; the rocket is thought to have flown in 1946."),
        accepted("Since 2001 the firm has opened two plants in 2005."),
        accepted("Net income this year has risen just over comparable periods in 1988."),
        accepted("The council has met in 2026.", date="2026-03-01"),
    )

    def check(self, doc, context: Context):
        for match in past_dates(doc, context, _DATED, (1, 2), 3):
            found = _perfect_after(doc, match.end())
            if found is not None:
                yield self._finding(doc, found, doc.text[match.start() : match.end()].rstrip(" \t,"), "after")
        for match in past_dates(doc, context, _CLOSING_YEAR, (1,), opening=False):
            found = _perfect_before(doc, match.start())
            if found is not None:
                yield self._finding(doc, found, doc.text[match.start() : match.end()].strip(" \t.,;:"), "before")

    def _finding(self, doc, found, dated: str, where: str):
        have, participle, subject = found
        past = simple_past(participle.text.lower(), have.text.lower(), subject)
        written = doc.text[have.start : participle.end]
        between = doc.text[have.end : participle.start].strip()
        suggestion = None if past is None else (between + " " if between else "") + past
        return self.finding(
            doc,
            have.start,
            participle.end,
            f"\"{written}\" {where} \"{dated}\": an event dated in the past takes the simple past"
            + (f" (\"{suggestion}\")." if suggestion else "."),
            suggestions=[suggestion] if suggestion else [],
        )


def story_year(doc, context: Context) -> int:
    """The story's year: of the date given for it (``--date``), in its front matter or in its
    dateline, else today's."""
    reference = doc.analysis("dates").reference(context.date)
    return (reference.date if reference is not None else dt.date.today()).year


def past_dates(
    doc,
    context: Context,
    pattern: re.Pattern,
    year_groups: tuple[int, ...],
    decade_group: int | None = None,
    opening: bool = True,
):
    """The matches of ``pattern`` in running copy (not a headline), with ``opening`` only those
    that open a sentence, that name a past year (the first of ``year_groups`` that matched) or
    a decade that ended (``decade_group``): past, that is, before the story's year
    (``story_year``, read once, at the first match)."""
    vocabulary = doc.analysis("lexicon")
    this_year = None
    for p, match in vocabulary.matches(pattern):
        if opening and not vocabulary.starts_sentence(match.start()) or headline_style(doc, doc.paragraphs[p]):
            continue
        if this_year is None:
            this_year = story_year(doc, context)
        year = next((match.group(g) for g in year_groups if match.group(g)), None)
        decade = match.group(decade_group) if decade_group else None
        if year and int(year) >= this_year or decade and int(decade) + 9 >= this_year:
            continue
        yield match


def subject_then_verb(doc, start: int, wanted: tuple[str, ...]):
    """(the sentence's tokens, index of the verb, index of the subject's first word) when the
    sentence goes on at ``start`` with a subject and then a verb of a ``wanted`` tag, with no
    comma, relative word, other verb or mark of an aside between, else None."""
    tags = doc.analysis("tags")
    while start < len(doc.text) and doc.text[start] in " \t":
        start += 1
    found = tags.locate(start) if start < len(doc.text) else None
    if found is None:
        return None
    sentence, first = found
    tokens = sentence.tokens
    for k in range(first, min(len(tokens), first + _MOST_WORDS + 1)):
        token = tokens[k]
        if token.tag in wanted and k > first:
            if tokens[k - 1].tag == "CC":
                return None  # "re-formed and has since released": a second verb of its own time
            return tokens, k, first
        if token.tag in _STOP_TAGS or token.text.lower() in _STOP_WORDS or k == first and token.tag == "IN":
            return None  # (and a clause opened after the phrase: "In 2014, as his duties have grown")
    return None


def _perfect_after(doc, start: int):
    """("has"/"have" token, participle token, subject's first word in lower case) when the
    sentence goes on at ``start`` with a subject and then the present perfect, else None."""
    found = subject_then_verb(doc, start, ("VBZ", "VBP"))
    if found is None:
        return None
    tokens, k, first = found
    if tokens[k].text.lower() not in ("has", "have"):
        return None
    j = k + 1
    while j < len(tokens) and tokens[j].tag in ("RB", "RBR") and tokens[j].text.lower() not in _STOP_WORDS:
        j += 1
    if j < len(tokens) and tokens[j].tag == "VBN" and tokens[j].text.lower() not in _STOP_WORDS:
        return tokens[k], tokens[j], tokens[first].text.lower()
    return None


def _perfect_before(doc, start: int):
    """("has"/"have" token, participle token, subject's first word in lower case) when the
    "in" at ``start`` closes a clause whose verb is the present perfect, with at most a short
    object between the participle and "in" ("has launched the mission in 2006"), else None."""
    found = doc.analysis("tags").locate(start)
    if found is None:
        return None
    sentence, q = found
    tokens = sentence.tokens
    j = q - 1
    while j >= 0 and q - j <= _MOST_OBJECT_WORDS and tokens[j].tag in _OBJECT_TAGS and tokens[j].text.lower() not in _PARTICLES:
        j -= 1
    if j < 1 or tokens[j].tag != "VBN" or tokens[j].text.lower() in _LISTING_PARTICIPLES:
        return None
    k = j - 1
    while k >= 1 and tokens[k].tag in ("RB", "RBR") and tokens[k].text.lower() not in _STOP_WORDS:
        k -= 1
    have = tokens[k]
    if have.text.lower() not in ("has", "have") or have.tag not in ("VBZ", "VBP") or k < 1:
        return None
    if any(t.text.lower() in _STOP_WORDS or t.text.lower() in _RUNNING_WORDS for t in tokens[max(0, k - 12) : j + 1]):
        return None
    if tokens[k - 1].tag in ("TO", "MD") or tokens[k - 1].text.lower() in ("to", "may", "might", "must", "could", "would", "should", "will"):
        return None  # "is thought to have begun in 1543", "may have explored in 1579"
    return have, tokens[j], tokens[max(0, k - 1)].text.lower()
