"""Years after the story's date that cannot be right whatever the tense: an election in a
year without one, an event that can only be past, "since", a span that runs backwards, a
decade that does not begin a decade. D103 (past_event.py) reads them.
"""

from __future__ import annotations

import re

from ...prefilter import guarded_in_time
from ._common import (
    _DECADE_TEXT,
    _FOREIGN_CONTEXT,
    _PRESIDENTIAL_NOUN,
    _US_CONTEXT,
    _prose_after,
    _prose_before,
)

_ELECTION_NOUN = re.compile(
    r"^\s*(?:(?:[A-Z][\w.’'-]*|general|national|contested|open|failed|unsuccessful|successful|first|"
    r"last|early|long|bitter|whole)\s+){0,2}"
    r"(?:election|elections|campaign|campaigns|contest|contests|race|primary|primaries|caucus|caucuses|"
    r"convention|conventions|nominee|cycle|ticket|bid|run)\b(?!\s+(?:for|to)\s+(?:governor|mayor|the\s+state))"
)
_CONGRESS_NOUN = re.compile(
    r"^\s*(?:(?:[A-Z][\w.’'-]*)\s+){0,2}(?:midterm|mid-term|congressional|Senate|House)\s+"
    r"(?:elections?|races?|campaigns?|contests?|primary|primaries)\b"
)


# Nouns that can only name something that has happened: "the 2017 attack", "her death in 2018".
_PAST_EVENT_NOUN = (
    r"(?:attack|attacks|bombing|bombings|shooting|shootings|massacre|crash|crisis|recession|"
    r"earthquake|hurricane|tsunami|coup|invasion|uprising|assassination|killings?|murders?|death|"
    r"stroke|heart\s+attack|collapse|meltdown|bailout|scandal|riots?|slaying|slayings|explosion|"
    r"disaster|genocide|defeat|victory|win|loss|landslide|upset|overthrow|ouster|resignation|"
    r"impeachment|indictment|conviction|acquittal|arrest|verdict|ruling|decision)"
)
_PAST_EVENT_AFTER = re.compile(
    r"^\s*(?:(?:[A-Z][\w.’'-]*|[a-z][\w’'-]*)\s+){0,2}?" + _PAST_EVENT_NOUN + r"\b(?!\s+(?:of|to|in)\s+(?:the\s+)?(?:\d|next|future))"
)
_PAST_EVENT_BEFORE = re.compile(
    r"(?i)(?:\b(?:her|his|their|its|the)\s+(?:[\w’'-]+\s+){0,3}" + _PAST_EVENT_NOUN
    + r"|\b(?:a|an)\s+(?:(?:massive|major|minor|mild|fatal|deadly|terrorist|suicide)\s+)?(?:stroke|heart\s+attack|attack|bombing|"
    r"shooting|crash|massacre|assassination|explosion))\s+(?:in|of|on)\s+(?:(?:early|late|mid-?)\s*)?$"
)
_SINCE_BEFORE = re.compile(r"(?i)\b(?:since|ever\s+since)\s+(?:(?:early|late|mid-?|the\s+end\s+of|the\s+start\s+of)\s*)?$")
# "Since taking office in 2018, …", "ever since moving to Łódź in May 2018": what has held
# since a thing was done, so the doing is past
_SINCE_DOING_BEFORE = re.compile(
    r"(?i)\b(?:since|ever\s+since)\s+[a-z]+ing\b[^,;:.!?]{0,40}\s(?:in|on)\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?-i:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?$"
)
# "the worst drought since the one in 2018", "since the crash of 2018": a thing looked back to
_SINCE_THING_BEFORE = re.compile(
    r"(?i)\b(?:since|ever\s+since)\s+(?:the|a|an|its|their|his|her|our|that)\s+(?:[\w’'-]+\s+){0,3}(?:in|of)\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?-i:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?$"
)
# a comparison told in the present ("Prices are up 5 percent from 2018") looks back too, unless
# a forecast or plan word makes it a prospect
_PRESENT_BE = re.compile(r"(?i)\b(?:is|are)\b")
_PROSPECT = re.compile(
    r"(?i)\b(?:expect\w*|forecast\w*|project\w*|estimat\w*|predict\w*|likely|set\s+to|on\s+(?:track|pace|course)"
    r"|going\s+to|plans?|planned|target\w*|goal|aim\w*|budget\w*|scheduled|due)\b"
)
_COMPARED_BEFORE = re.compile(
    r"(?i)(?:\bcompared\s+(?:with|to)|(?:\b(?:up|down)\s+(?:by\s+)?|\band\s+)"
    r"(?:about\s+|more\s+than\s+|nearly\s+|almost\s+)?"
    r"[\d.,]+\s*(?:%|percent|per\s+cent|percentage\s+points|points)\s+from)\s+(?:the\s+|in\s+)?$"
)
_PAST_VERB_IN = re.compile(r"(?i)\b(?:was|were|rose|fell|grew|dropped|climbed|declined|increased|decreased|jumped)\b")
# "from 2019 to 2005", "from October 2019 until March 1957", "from 2019 through the beginning of 2013"
_RANGE_AFTER = re.compile(
    r"^\s*(?:to|and|through|thru|until|till|-|–)\s*(?:the\s+(?:beginning|start|end|middle|close)\s+of\s+)?"
    r"(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?P<year>(?:19|20)\d\d)(?!\d)"
)
_RANGE_BEFORE = re.compile(r"(?i)\b(?:from|between)\s+(?:(?:early|late|mid-?)\s*)?$")
_WOULD_NEAR = re.compile(r"(?i)\b(?:(?-i:will)|would|could|might|(?-i:may)|should|shall|if|unless)\b|['’]ll\b")


def _year_is_wrong(doc, dates, e, story) -> str:
    """Words beside a year after the story's date that show it cannot be right, whatever the
    tense: an election in a year without one, an event that can only be past, "since", a
    range that runs backwards. The reason, or ""."""
    if e.kind not in ("year", "month", "date"):
        return ""
    before, after = _prose_before(doc, e, 60), _prose_after(doc, e, 60)
    s_start, s_end = dates.sentence(e.start)
    later = _WOULD_NEAR.search(doc.prose, e.end, s_end)  # (an endpos inside "willing" would end "will")
    if _WOULD_NEAR.search(doc.prose, max(s_start, e.start - 40), e.start) or later and later.start() < e.end + 30:
        return ""  # a possibility, a condition or a plan: "a 2017 attack could follow"
    if e.year2 is not None and e.kind == "year" and e.year2 < e.year:
        return f"the span \"{e.text}\" runs backwards"
    if e.year2 is not None:
        return ""
    ranged = _RANGE_AFTER.match(after)
    if ranged and int(ranged.group("year")) < e.year and (
        _RANGE_BEFORE.search(before) or ranged.group().strip()[:1] in "-–"
    ):
        return f"the span runs backwards, to {ranged.group('year')}"
    if _SINCE_BEFORE.search(before) or _SINCE_DOING_BEFORE.search(before) or _SINCE_THING_BEFORE.search(before):
        return "\"since\" can only look back"
    if _COMPARED_BEFORE.search(before) and not _WOULD_NEAR.search(doc.prose, s_start, s_end):
        if _PAST_VERB_IN.search(doc.prose, s_start, s_end):
            return "a comparison told in the past tense can only look back"
        if _PRESENT_BE.search(doc.prose, s_start, e.start) and not _PROSPECT.search(doc.prose, s_start, s_end):
            return "a comparison told in the present can only look back"
    if e.kind in ("year", "month"):
        around = doc.prose[max(0, s_start - 400) : s_end + 200]
        us = _US_CONTEXT.search(around) and not _FOREIGN_CONTEXT.search(doc.prose[s_start:s_end])
        if us and e.year % 4 and _PRESIDENTIAL_NOUN.match(after):
            return f"no U.S. presidential election falls in {e.year}"
        if us and e.year % 2 and _CONGRESS_NOUN.match(after):
            return f"no U.S. congressional election falls in {e.year}"
        if us and e.year % 2 and _ELECTION_NOUN.match(after):
            return f"no U.S. federal election falls in {e.year}"
        if e.kind == "year" and re.search(r"(?:\bthe|['’]s|\bhis|\bher|\bits|\btheir|\ba|\ban)\s+(?:[\w’'-]+\s+)?$", before):
            m = _PAST_EVENT_AFTER.match(after)
            if m:
                return f"\"{' '.join(m.group().split())}\" can only be past"
    if _PAST_EVENT_BEFORE.search(before):
        return f"\"{' '.join(_PAST_EVENT_BEFORE.search(before).group().split())} …\" can only be past"
    return ""


def _malformed_decades(doc, story):
    """ "the early 2008s": a decade that does not begin a decade, after the story's year."""
    decades = guarded_in_time(_DECADE_TEXT, len(doc.paragraphs))  # (the same matches, found faster)
    for m in decades.finditer(doc.prose):
        year = int(m.group("year"))
        if year % 10 and story.year < year <= story.year + 10:
            yield m
