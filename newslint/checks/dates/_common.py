"""Helpers the date rules share: how a date is written in a message, where the story's date
comes from, and the year cues D103 (a past event after the story's date) and D104 (a future
event before it) both read.
"""

from __future__ import annotations

import datetime as dt
import re

from ...analysis.dates import AP_MONTHS
from ...rule import Context


def _day_text(day: dt.date, with_year: bool = True) -> str:
    text = f"{AP_MONTHS[day.month]} {day.day}"
    return f"{text}, {day.year}" if with_year else text


def _reference(doc, context: Context):
    dates = doc.analysis("dates")
    return dates, dates.reference(context.date)


def _about(reference) -> str:
    where = {
        "option": "the date given for the story",
        "front_matter": "the story's date",
        "dateline": "the dateline",
    }[reference.source]
    return f"{where}, {_day_text(reference.date)}"


def _related(reference):
    if reference is None or reference.end <= reference.start:
        return ()
    return ((reference.start, reference.end, "the story's date"),)


# A year used as a name or a measure rather than the time of an event.
# The rest of a word a window would otherwise cut: an endpos inside "Washington" or "bondsmen"
# makes \b read "Was" or "bonds" there.
_WORD_REST = re.compile(r"\w*")
_YEAR_AS_NAME = re.compile(
    r"^\s*(?:[-–/]\d|['’]s\b|\s*(?:model|models|edition|version|versions|release(?!\s+of\b)|lineup|line-up"
    r"|levels?|dollars|prices|rates|terms|figures|budget|target|targets|goal|goals|deadline)\b)",
    re.I,
)


# A year that ends a capitalised name ("the Family Support Act of 1988", "the Treaty of 1818"):
# the name's, which the story may not re-date; not a month's ("in January of 2018")
_NAME_OF_BEFORE = re.compile(
    r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Spring|Summer|Autumn|Fall|Winter|End|Start|Beginning|Middle)\b)[A-Z][a-z]+\s+of\s+$"
)


# "the 2010s"; "2018s" is a slip for a year or a decade
_DECADE_TEXT = re.compile(r"(?<![\w$£€.,/-])(?P<year>(?:19|20)\d\d)['’]?s\b")


# Nouns that, after "the 2014 …", name an event that may lie ahead of the story: the head of
# the noun phrase the year stands in ("the 2016 mayoral race", "the 2016 Iowa caucuses"), not a
# noun of a phrase that a preposition, determiner or conjunction opens after it ("in 2017 in
# her contest": the year dates the clause, not the contest).
_NOT_IN_THE_PHRASE = (
    r"(?:in|on|at|of|for|to|with|by|from|into|against|during|after|before|over|the|a|an|his|her|"
    r"its|their|our|my|your|this|that|these|those|and|or|but|as|than|which|who|when)\b"
)
_FUTURE_EVENT_NOUN = re.compile(
    r"(?i)^\s*(?:(?!" + _NOT_IN_THE_PHRASE + r")[A-Z][\w.-]*\s+){0,2}(?:presidential\s+|general\s+|midterm\s+|mid-term\s+|"
    r"national\s+|local\s+|state\s+|congressional\s+|parliamentary\s+|olympic\s+|world\s+)?"
    r"(?:election|elections|race|campaign|primary|primaries|convention|contest|ballot|"
    r"referendum|caucus|caucuses|olympics|games|world\s+cup|summit|season|budget|results|"
    r"operating\s+results|cycle|census|fiscal\s+year|financial\s+year|tournament|championship|"
    r"nomination|nominating|draft|class|candidates?|nominees?|contenders?|hopefuls?|field|ticket)\b"
)


def _year_expressions(dates):
    for e in dates.expressions:
        if e.kind in ("year", "month", "season", "date") and e.year is not None and e.year2 is None:
            if e.kind == "date" and (e.day2 is not None or not e.exists):
                continue
            yield e


def _dated_past_story(dates, expressions, story: dt.date, *, after: bool):
    """The expressions dated on the far side of the story's date: after it (D103) or before it
    (D104), the mirror images. A full date counts only two days or more away (time zones), a
    month only in another month, a year only in another year; nothing in the dateline counts."""
    for e in expressions:
        if e.kind == "date":
            gap = (dt.date(e.year, e.month, e.day) - story).days
            if (gap if after else -gap) < 2:
                continue
        elif e.kind == "month":
            month, story_month = (e.year, e.month), (story.year, story.month)
            if (month <= story_month) if after else (month >= story_month):
                continue  # "in January 2016" in a story of March 2016 is before it
        elif (e.year <= story.year) if after else (e.year >= story.year):
            continue
        if _in_dateline(dates, e.start):
            continue
        yield e


def _in_dateline(dates, offset: int) -> bool:
    return bool(dates.dateline and dates.dateline.start <= offset < dates.dateline.end)


def _prose_before(doc, e, width=40) -> str:
    return doc.prose[max(0, e.start - width) : e.start]


def _prose_after(doc, e, width=40) -> str:
    return doc.prose[e.end : e.end + width]


# -- years that cannot be right whatever the tense ------------------------------------------

# US presidential contests fall in years divisible by four, congressional ones in even years.
_PRESIDENTIAL_NOUN = re.compile(
    r"^\s*(?:(?:[A-Z][\w.’'-]*|contested|open|fluid|crowded|failed|unsuccessful|successful|first|last|"
    r"early|long|bitter)\s+){0,2}"
    r"(?:(?:presidential|White\s+House)\s+(?:(?:general|primary|nominating|nomination|election|campaign)\s+)?"
    r"(?:election|elections|race|campaign|campaigns|primary|primaries|nomination|nominating|contest|contests|"
    r"cycle|candidate|candidates|candidacy|bid|run|nominee|nominees|field|debate|debates|hopeful|hopefuls|"
    r"frontrunner|front-runner|ticket|presidency|season|trail)"
    r"|(?:Democratic|Republican|GOP)\s+(?:National\s+)?(?:convention|conventions|nominee|nomination|primary|"
    r"primaries|ticket|field|race|contest|candidates?|hopefuls?|presidential|frontrunner|front-runner)"
    r"|(?:race|run|bid|campaign|campaigns|contest)\s+for\s+(?:the\s+White\s+House|president|the\s+presidency)"
    r"|(?:convention|conventions|caucuses|caucus|nominee|nomination\s+fight|[Pp]residency))\b"
)


# Somewhere near: the story is about the United States.
_US_CONTEXT = re.compile(
    r"\b(?:U\.S\.|US|USA|United\s+States|America|American|Americans|GOP|Republicans?|Democrats?|"
    r"Democratic|White\s+House|Congress|Obama|Clinton|Trump|Bush|Romney|McCain|Sanders|Cruz|Rubio|"
    r"Iowa|New\s+Hampshire|Reagan|Nixon|Carter|Kennedy)\b"
)
_FOREIGN_CONTEXT = re.compile(
    r"\b(?:France|French|Russia|Russian|Iran|Iranian|Brazil|Brazilian|Mexico|Mexican|Peru|Peruvian|"
    r"Ukraine|Ukrainian|Philippines?|Filipino|Venezuela|Venezuelan|Taiwan|Taiwanese|Korea|Korean|"
    r"Egypt|Egyptian|Afghan|Afghanistan|Argentina|Argentine|Chile|Chilean|Colombia|Colombian|Kenya|"
    r"Nigeria|Nigerian|Indonesia|Indonesian|Poland|Polish|Austria|Austrian|Finland|Finnish|Portugal|"
    r"Portuguese|Ireland|Irish|Israel|Israeli|Turkey|Turkish|Syria|Syrian|Iraq|Iraqi|Palestinian|"
    r"Zimbabwe|Uganda|Sri\s+Lanka|Ghana|Senegal|Haiti|Haitian|Guatemala|Honduras|Ecuador|Bolivia)\b"
)
