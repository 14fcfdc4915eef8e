"""Date rules (D): dates checked against the calendar and against the story's own date.

Every rule reads the ``dates`` analysis: time expressions with exact offsets, and the story's
reference date (``--date``, then ``date:`` in the front matter, then the dateline; never the
computer's clock). A rule that needs the reference date stays silent when the story has none.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..analysis.dates import AP_MONTHS, WEEKDAY_NAMES, clause_cues, nearest_year
from ..rule import Context, Rule, accepted, flagged

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


# -- weekdays ------------------------------------------------------------------------------


class WeekdayDateMismatch(Rule):
    """A weekday that does not match the date written with it.

    *What it flags*: "Friday, Feb. 8, 2016" when Feb. 8, 2016 was a Monday; "on Tuesday (20
    August)" when Aug. 20 of the story's year was not a Tuesday. A date written without a year
    takes the year nearest the story's date. Datelines such as "NICOSIA, Sunday, Aug. 8" are
    checked the same way.

    *Why it matters*: a wrong weekday is the date error readers catch first, and the desk
    cannot tell which half is wrong without checking: either the day or the date may be the
    mistake, so both readings are offered and nothing is changed automatically.

    *Flagged*: "The rally was held on Friday, Feb. 8, 2016, in Concord."

    *Preferred*: "The rally was held on Monday, Feb. 8, 2016, in Concord."

    *Options*: none; use ``--date`` or ``date:`` in the front matter to give the story's date.

    *Known limits*: a date without a year is checked only when the story has a date of its
    own; when another year within eight months of the story's date would make the weekday
    right, nothing is flagged.
    """

    code = "D101"
    name = "weekday-date-mismatch"
    family = "date"
    severity = "error"
    needs = ("dates",)
    examples = (
        flagged("The rally was held on Friday, Feb. 8, 2016, in Concord.", "Friday, Feb. 8, 2016"),
        flagged("Friday, Feb. 8, 2016 was the day of the rally.", "Friday, Feb. 8, 2016"),
        flagged("The rally was held on Feb. 8, 2016, a Friday", "Feb. 8, 2016, a Friday"),
        flagged("Talks resumed on Monday (20 August) in Baku.", "Monday (20 August)", date="2024-08-21"),
        flagged("“We met on Friday, Feb. 8, 2016,” said Zoë Ćosić.", "Friday, Feb. 8, 2016"),
        flagged("\"We met on Friday, Feb. 8, 2016,\" said Zoë Ćosić.", "Friday, Feb. 8, 2016"),
        flagged("NICOSIA, Sunday, August 8 (Xinhua) -- Talks began.", "Sunday, August 8", date="2011-08-09"),
        accepted(""),
        accepted("The rally was held on Monday, Feb. 8, 2016, in Concord."),
        accepted("Talks resumed on Tuesday (20 August) in Baku.", date="2024-08-21"),
        accepted("Talks resumed on Monday (20 August) in Baku."),
        accepted("Voters go to the polls on Tuesday, Nov. 8.", date="2016-10-01"),
        accepted("“We met on Monday, Feb. 8, 2016,” said Zoë Ćosić."),
        accepted("He spoke on Monday. Feb. 8, 2016 was cold."),
    )

    def check(self, doc, context: Context):
        dates, reference = _reference(doc, context)
        for e in dates.expressions:
            if e.kind != "date" or e.weekday is None or not e.exists:
                continue
            if e.year is not None:
                day = dt.date(e.year, e.month, e.day)
                if day.weekday() == e.weekday:
                    continue
                year_note = ""
            else:
                if reference is None or not reference.firm:
                    continue
                resolution = dates.resolve(e, reference)
                day = resolution.date
                if day is None or day.weekday() == e.weekday:
                    continue
                # a year-less date far from the story's date may belong to the year before or
                # after; stay silent when a year within eight months would make it right
                years = {nearest_year(e.month, e.day, reference.date), day.year}
                for year in (reference.date.year - 1, reference.date.year, reference.date.year + 1):
                    candidate = _date_or_none(year, e.month, e.day)
                    if candidate and abs((candidate - reference.date).days) <= 240:
                        years.add(year)
                if any(_weekday_of(y, e.month, e.day) == e.weekday for y in years):
                    continue
                year_note = f" ({day.year} is the year nearest {_about(reference)})"
            yield self._report(doc, e, day, year_note, reference)

    def _report(self, doc, e, day: dt.date, year_note: str, reference):
        weekday = WEEKDAY_NAMES[e.weekday]
        verb = "is" if reference is not None and day > reference.date else "was"
        message = (
            f"\"{weekday}\" does not match the date: {_day_text(day)} {verb} a "
            f"{WEEKDAY_NAMES[day.weekday()]}{year_note}."
        )
        # both readings: the weekday of the date, or the date of the weekday nearest to it
        shift = (e.weekday - day.weekday()) % 7
        if shift > 3:
            shift -= 7
        other_day = day + dt.timedelta(days=shift)
        written = doc.text[e.start : e.end]
        at = e.weekday_start - e.start
        right_weekday = written[:at] + WEEKDAY_NAMES[day.weekday()] + written[at + len(weekday) :]
        right_date = f"{weekday}, {_day_text(other_day, e.year is not None)}"
        if other_day.month == day.month and other_day.year == day.year:
            d_at, d_end = e.date_start - e.start, e.date_end - e.start
            date_text = re.sub(rf"(?<!\d)0?{e.day}(?!\d)", str(other_day.day), written[d_at:d_end], count=1)
            right_date = written[:d_at] + date_text + written[d_end:]
        suggestions = [right_weekday, right_date]
        return self.finding(
            doc, e.start, e.end, message, suggestions=suggestions, related=_related(reference)
        )


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


# -- impossible dates ----------------------------------------------------------------------


class ImpossibleDate(Rule):
    """A date that does not exist: "April 31", "Feb. 30", "Feb. 29, 2023", "March 32".

    *What it flags*: a day past the end of its month, and Feb. 29 in a year that is not a
    leap year (a date without a year is checked against the year nearest the story's date).

    *Why it matters*: an impossible date is always a typing or editing slip; the reader
    cannot know which day was meant.

    *Flagged*: "The ministry published the figures on April 31."

    *Preferred*: "The ministry published the figures on April 30."

    *Options*: none.

    *Known limits*: a day number above 39 is not read as a date at all.
    """

    code = "D102"
    name = "impossible-date"
    family = "date"
    severity = "error"
    needs = ("dates",)
    examples = (
        flagged("The ministry published the figures on April 31.", "April 31"),
        flagged("March 32 was the deadline.", "March 32"),
        flagged("The vote was held on Feb. 29, 2023.", "Feb. 29, 2023"),
        flagged("The vote was held on 30 February", "30 February"),
        flagged("Zoë Ćosić signed it on 30 February 2025 in Łódź.", "30 February 2025"),
        flagged("The talks ended on April 31st, officials said.", "April 31st"),
        flagged("“It happened on Sept. 31,” said Zoë Ćosić.", "Sept. 31"),
        flagged("'It happened on Sept. 31,' said Zoë Ćosić.", "Sept. 31"),
        flagged("\"It happened on Sept. 31,\" said Zoë Ćosić.", "Sept. 31"),
        flagged("Polls open July 32-21 in Łódź.", "July 32-21"),
        flagged("BUDAPEST, March 32 (Xinhua) -- Talks began.", "March 32"),
        accepted(""),
        accepted("The ministry published the figures on April 30."),
        accepted("The vote was held on Feb. 29, 2024."),
        accepted("The vote is due on Feb. 29.", date="2024-01-10"),
        accepted("Shares rose to Jan 32.5 cents in São Paulo."),
        accepted("They may 31 times have tried."),
        accepted("In April 31 percent of voters in Łódź backed him."),
    )

    def check(self, doc, context: Context):
        dates, reference = _reference(doc, context)
        for e in dates.expressions:
            if e.kind != "date" or e.month is None or e.day is None:
                continue
            problem = _impossible(e, reference)
            if problem:
                yield self.finding(doc, e.start, e.end, problem, suggestions=_possible(e))


def _impossible(e, reference) -> str:
    month = calendar.month_name[e.month]
    written = e.text
    for day in (e.day, e.day2):
        if day is None:
            continue
        if e.month == 2 and day == 29:
            if e.year is not None and not calendar.isleap(e.year):
                return f"\"{written}\" is not a date: {e.year} is not a leap year, so February has 28 days."
            if e.year is None and reference is not None and reference.firm:
                year = nearest_year(2, 28, reference.date)
                if not calendar.isleap(year) and not calendar.isleap(reference.date.year):
                    return (
                        f"\"{written}\" is not a date in {year}, the year nearest the story's date: "
                        f"it is not a leap year."
                    )
            continue
        limit = _days_in(e.month, e.year)
        if day > limit:
            if e.month == 2 and e.year is not None:
                leap = "a leap year" if limit == 29 else "not a leap year"
                return f"\"{written}\" is not a date: {e.year} is {leap}, so February has {limit} days."
            return f"\"{written}\" is not a date: {month} has {limit} days."
    return ""


def _days_in(month: int, year: int | None) -> int:
    """The days of ``month``; February has 29 when the year is unknown or a leap year."""
    if month == 2:
        return 29 if year is None or calendar.isleap(year) else 28
    return (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]


_DAY_NUMBER = re.compile(r"(?<!\d)(\d{1,2})(st|nd|rd|th)?(?!\d)", re.I)


def _possible(e) -> list[str]:
    """The month's last day, written the way the draft writes the date ("30 February 2025"
    becomes "28 February 2025", "Feb. 30, 2025" becomes "Feb. 28, 2025")."""
    limit = _days_in(e.month, e.year)
    day = _DAY_NUMBER.search(e.text) if e.day2 is None else None
    if day and int(day.group(1)) == e.day:
        ordinal = ("st" if limit == 31 else "th") if day.group(2) else ""
        return [e.text[: day.start()] + str(limit) + ordinal + e.text[day.end() :]]
    last = f"{AP_MONTHS[e.month]} {limit}"
    return [last + (f", {e.year}" if e.year else "")]


# -- tense against the story's date --------------------------------------------------------

# Words anywhere in the clause that make a later year a plan, a forecast or a deadline.
_PLAN_CLAUSE = re.compile(
    r"(?i)\b(?:scheduled|schedules?|due|matur\w*|funding|puttable|callable|redeemable|convertible"
    r"|notes|debentures|bonds|appropriat\w*|expect\w*|forecast\w*|project(?:ed|ion|ions)"
    r"|targets?\s+(?:of|for|date|year)|goal|deadline|budget\w*|fiscal|FY|will|shall|set\s+to|going\s+to|plans?\s+to"
    r"|planned|planning|aims?\s+to|aimed\s+to|intend\w*|estimat\w*|predict\w*|anticipat\w*"
    r"|slated|poised|likely|prospects?|by\s+the\s+end\s+of|timetable|timeline|outlook|guidance|projections?"
    r"|until|till|beyond|onwards?|ahead|to\s+be|forthcoming|upcoming|coming)\b|['’]ll\b"
)
# Words between the past-tense verb and the year (or just before the year) that make the
# year a plan, a span or a term: "agreed to cut emissions by 2030", "a lease that ran to 2019".
_PLAN_NEAR = re.compile(
    r"(?i)\b(?:would(?!\s+have)|could(?!\s+have)|might(?!\s+have)|may(?!\s+have)|should(?!\s+have)"
    r"|must(?!\s+have)|through|thru|next"
    r"|(?:agree\w*|plan\w*|aim\w*|promis\w*|pledg\w*|vow\w*|decid\w*|vot(?:e|es|ed|ing)|want\w*"
    r"|hop(?:e|es|ed|ing)|expect\w*|intend\w*|seek\w*|sought|propos\w*|set|wish\w*|prepar\w*"
    r"|urg\w*|ask\w*|call(?:s|ed)?|need\w*|sign(?:s|ed)?|chose|choose\w*|elected|hired|appointed"
    r"|scheduled|slated|due|poised|ready|willing|(?<!was\s)(?<!were\s)able)\s+(?:\w+\s+)?to\s+"
    r"(?!(?:the|a|an|his|her|its|their)\b)[a-z]+"
    r"|contract\w*|lease\w*|licen[cs]e\w*|expir(?:e|es|ing|y|ation)|valid|season|model|edition|host(?:s|ing)?"
    r"|commit(?:s|ted|ment)?\s+to|mandate\w*|phase\w*|call(?:s|ed)?\s+for|vintage|reelection"
    r"|re-election|(?<!\bhis\s)(?<!\bher\s)(?<!\bown\s)(?<!['’]s\s)run\s+for|running\s+for|nominat\w*"
    r"|class\s+of|(?<!into\s)effect|rather\s+than)\b"
)
# A year used as a name or a measure rather than the time of an event.
_YEAR_AS_NAME = re.compile(
    r"^\s*(?:[-–/]\d|['’]s\b|\s*(?:model|models|edition|version|versions|release|lineup|line-up"
    r"|levels?|dollars|prices|rates|terms|figures|budget|target|targets|goal|goals|deadline)\b)",
    re.I,
)
_YEAR_BEFORE_GUARD = re.compile(
    r"(?i)(?:\b(?:from|like|unlike|as\s+in|record|rather\s+than|"
    r"fiscal|FY|class\s+of|by|until|till|through|before|ahead\s+of|in\s+time\s+for|"
    r"no\s+later\s+than|beyond|between|summer|spring|winter|autumn|fall)\s*"
    r"|(?<!\d\s)(?<!\d)\b(?:and|or|to)\s*|(?<!\bmid)(?<!\bearly)(?<!\blate)[-–/]\s*)$"
)
# Nouns that, after "the 2014 …", name an event that may lie ahead of the story.
_FUTURE_EVENT_NOUN = re.compile(
    r"(?i)^\s*(?:[A-Z][\w.-]*\s+){0,2}(?:presidential\s+|general\s+|midterm\s+|mid-term\s+|"
    r"national\s+|local\s+|state\s+|congressional\s+|parliamentary\s+|olympic\s+|world\s+)?"
    r"(?:election|elections|race|campaign|primary|primaries|convention|contest|ballot|"
    r"referendum|caucus|caucuses|olympics|games|world\s+cup|summit|season|budget|results|"
    r"operating\s+results|cycle|census|fiscal\s+year|financial\s+year|tournament|championship|"
    r"nomination|nominating|draft|class|candidates?|nominees?|contenders?|hopefuls?|field|ticket)\b"
)


# "his unsuccessful 1999 campaign", "the failed 2017 bid": a contest whose outcome is known
_OUTCOME_BEFORE = re.compile(
    r"(?i)\b(?:unsuccessful|successful|failed|losing|winning|victorious|disastrous|doomed|"
    r"ill-fated|abortive|aborted|botched|triumphant)\s+$"
)


_REPORTING = re.compile(
    r"(?i)^(?:said|told|added|wrote|stated|noted|explained|argued|insisted|claimed|announced|"
    r"declared|tweeted|posted|warned|recalled|replied|answered|continued|concluded)$"
)


def _past_year_expressions(dates):
    """The years D103 reads: those of ``_year_expressions`` and decades ("the 2010s")."""
    years = set(_year_expressions(dates))
    for e in dates.expressions:
        if e in years or (e.kind == "decade" and e.year is not None):
            yield e


def _year_expressions(dates):
    for e in dates.expressions:
        if e.kind in ("year", "month", "season", "date") and e.year is not None and e.year2 is None:
            if e.kind == "date" and (e.day2 is not None or not e.exists):
                continue
            yield e


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
    r"(?i)(?:\b(?:her|his|their|its|the)\s+(?:[\w-]+\s+)?" + _PAST_EVENT_NOUN
    + r"|\b(?:a|an)\s+(?:(?:massive|major|minor|mild|fatal|deadly|terrorist|suicide)\s+)?(?:stroke|heart\s+attack|attack|bombing|"
    r"shooting|crash|massacre|assassination|explosion))\s+(?:in|of|on)\s+(?:(?:early|late|mid-?)\s*)?$"
)
_SINCE_BEFORE = re.compile(r"(?i)\b(?:since|ever\s+since)\s+(?:(?:early|late|mid-?|the\s+end\s+of|the\s+start\s+of)\s*)?$")
_COMPARED_BEFORE = re.compile(
    r"(?i)(?:\bcompared\s+(?:with|to)|(?:\b(?:up|down)\s+(?:by\s+)?|\band\s+)"
    r"(?:about\s+|more\s+than\s+|nearly\s+|almost\s+)?"
    r"[\d.,]+\s*(?:%|percent|per\s+cent|percentage\s+points|points)\s+from)\s+(?:the\s+|in\s+)?$"
)
_PAST_VERB_IN = re.compile(r"(?i)\b(?:was|were|rose|fell|grew|dropped|climbed|declined|increased|decreased|jumped)\b")
_RANGE_AFTER = re.compile(r"^\s*(?:to|and|through|thru|until|-|–)\s*(?P<year>(?:19|20)\d\d)(?!\d)")
_RANGE_BEFORE = re.compile(r"(?i)\b(?:from|between)\s+(?:(?:early|late|mid-?)\s*)?$")
_WOULD_NEAR = re.compile(r"(?i)\b(?:will|would|could|might|may|should|shall|if|unless)\b|['’]ll\b")
_DECADE_TEXT = re.compile(r"(?<![\w$£€.,/-])(?P<year>(?:19|20)\d\d)['’]?s\b")


# "a poster from 2001": an origin, unless the year starts something ("from 2019 on", "starting from")
_FROM_ORIGIN = re.compile(r"(?i)\b(?:a|an|the|one|two|three|photos?|photographs?|video|footage|letters?|notes?|"
                          r"e-?mails?|memos?|records?|documents?|data|figures|poster|interview|speech|tape)\s+(?:\w+\s+){0,2}from\s+$")
# "… from 2018, in which Trump called himself …": the year of something told right after it
_TOLD_AFTER = re.compile(r"(?i)^\s*,\s*(?:when|in\s+which|where|during\s+which)\b")
_FROM_START = re.compile(r"(?i)^\s*(?:[-–]|to\b|through\b|thru\b|until\b|till\b|on\b|onwards?\b|forward\b|and\b)")


_COUNTER = re.compile(r"^\W*(?:\d{1,3}|of|[a-z]{1,3})\W*$")


def _in_page_furniture(doc, offset: int) -> bool:
    """Whether the text at ``offset`` follows a scraped widget or slideshow ("1.", "of.",
    "23." on lines of their own): such blocks are updated after the story is published, so
    their dates do not follow the story's date."""
    line_start = doc.text.rfind("\n", 0, offset) + 1
    lines = [line.strip() for line in doc.text[max(0, line_start - 400) : line_start].split("\n")]
    earlier = [line for line in lines if line][-5:]
    return sum(1 for line in earlier if _COUNTER.match(line)) >= 2


def _year_is_wrong(doc, dates, e, story) -> str:
    """Words beside a year after the story's date that show it cannot be right, whatever the
    tense: an election in a year without one, an event that can only be past, "since", a
    range that runs backwards. The reason, or ""."""
    if e.kind not in ("year", "month", "date"):
        return ""
    before, after = _prose_before(doc, e, 60), _prose_after(doc, e, 60)
    s_start, s_end = dates.sentence(e.start)
    if _WOULD_NEAR.search(doc.prose, max(s_start, e.start - 40), e.start) or _WOULD_NEAR.search(
        doc.prose, e.end, min(s_end, e.end + 30)
    ):
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
    if _SINCE_BEFORE.search(before):
        return "\"since\" can only look back"
    if _COMPARED_BEFORE.search(before) and _PAST_VERB_IN.search(doc.prose, s_start, s_end) and not _WOULD_NEAR.search(
        doc.prose, s_start, s_end
    ):
        return "a comparison told in the past tense can only look back"
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
    for m in _DECADE_TEXT.finditer(doc.prose):
        year = int(m.group("year"))
        if year % 10 and story.year < year <= story.year + 10:
            yield m


_AHEAD_OF_SOMEONE = re.compile(r"\s+of\s+(?:[A-Z]|the\s+[a-z]+\s+(?:in|by|on)\b)")
_TIME_AFTER = re.compile(
    r"\s+(?:(?:the\s+)?(?:end|middle|start|close)\s+of\s+|(?:early|late|mid-?)\s*)?"
    r"(?:\d|next|this|that|then|[A-Z][a-z]+\s+\d)"
)


def _not_a_plan(prose: str, m: re.Match) -> bool:
    """Plan words that here say nothing of a plan: "60 points ahead of Sanders", "appeal
    beyond their bases"."""
    word = m.group().lower()
    if word == "ahead" and _AHEAD_OF_SOMEONE.match(prose, m.end()):
        return True  # a lead, not a plan
    if word in ("beyond", "onward", "onwards") and not _TIME_AFTER.match(prose, m.end()):
        return True  # "beyond their bases": not "beyond 2020"
    return False


_WHEN_AFTER = re.compile(r"\s*,?\s*when\s+")


def _told_by_when_clause(doc, dates, e):
    """ "… in 2017, when she and Obama carried on …": the clause that "when" opens right after
    the year tells when its event happened; its tense, when it is the past, or None."""
    from ..analysis.dates import Tense

    when = _WHEN_AFTER.match(doc.prose, e.end)
    if not when:
        return None
    s_end = dates.sentence(e.start)[1]
    for position, kind, word in clause_cues(doc.prose, when.end(), min(s_end, when.end() + 60)):
        if kind == "past" and not _REPORTING.match(word):
            return Tense("past", word, position)
        return None
    return None


def _past_after_guard(doc, dates, e, story, tense) -> str:
    """Why a year after the story's date is not taken as a past event ("" when it is)."""
    if e.kind != "date" and e.year == story.year + 1 and story.month == 12 and story.day >= 15:
        return "late December"  # "in 2016" in a story of late December 2015 may already be past
    if tense.tense != "past":
        return f"tense {tense.tense}"
    if tense.cue_start > e.start and _REPORTING.match(tense.cue):
        return "reporting verb after"  # the year is in what someone said
    left, right = dates.clause(e.start, e.end)
    stop = min(right, e.end + 30, dates.sentence(e.start)[1])
    # words before the past-tense verb that governs the year belong to another verb
    floor = left
    if left <= tense.cue_start < e.start and not _REPORTING.match(tense.cue) and not re.search(
        r"(?i)\b(?:be|been|being|have|has|had)\s+(?:\w+ly\s+)?$",
        doc.prose[max(0, tense.cue_start - 30) : tense.cue_start],
    ):
        floor = tense.cue_start
    for m in _PLAN_CLAUSE.finditer(doc.prose, left, stop):
        if m.end() <= floor:
            continue
        if _not_a_plan(doc.prose, m):
            continue
        if m.group()[0].isupper() and m.start() > left and not m.group().isupper():
            continue  # "Planned Parenthood", "the Congressional Budget Office": a name
        if m.group().lower() in ("until", "till") and re.search(r"(?i)(?:\bnot|n['’]t)\s+$", doc.prose[max(0, m.start() - 8) : m.start()]):
            continue  # "it was not until 2018 that …" tells a past event
        return "plan clause: " + m.group()
    # the words from the past-tense verb to the year, and just before the year
    near_start = min(tense.cue_start, max(left, e.start - 30))
    if _PLAN_NEAR.search(doc.prose, near_start, e.start):
        return "plan near: " + _PLAN_NEAR.search(doc.prose, near_start, e.start).group()
    if _YEAR_AS_NAME.match(_prose_after(doc, e)):
        return "year as name"
    guard = _YEAR_BEFORE_GUARD.search(_prose_before(doc, e))
    if guard and re.search(r"(?i)(?:\bnot|n['’]t)\s+(?:until|till)\s*$", _prose_before(doc, e)):
        guard = None  # "it was not until 2018 that …" tells a past event
    if guard and guard.group().strip().lower() == "from" and (
        _FROM_ORIGIN.search(_prose_before(doc, e, 60)) or _TOLD_AFTER.match(_prose_after(doc, e))
    ) and not _FROM_START.match(_prose_after(doc, e)):
        guard = None  # "a poster from 2001, when …": where something comes from
    if guard:
        return "before guard: " + guard.group()
    if _FUTURE_EVENT_NOUN.match(_prose_after(doc, e)) and not _OUTCOME_BEFORE.search(_prose_before(doc, e)):
        return "future event noun"
    quotes = doc.analysis("quotes")
    year_quote = quotes.at(e.start)
    for position, kind, word in clause_cues(doc.prose, left, stop, e.start, e.end):
        if kind != "future" or position < floor:
            continue
        if quotes.at(position) is not None and quotes.at(position) is not year_quote:
            continue  # "may" in the quotation the year is said of, not in the year's clause
        if position > e.end and re.search(r"(?i)(?:,|\band\b|\bbut\b)", doc.prose[e.end : position]):
            continue  # "... lost in 2019, and would be ...": another clause
        return "future cue: " + word
    return ""


class PastEventAfterStoryDate(Rule):
    """A past-tense event dated after the story's own date.

    *What it flags*: "the factory closed in 2019" in a story dated 2016: the year (or day) is
    later than the story's date, but the clause tells the event as already past.

    *Why it matters*: either the year is a typing slip (2009 for 2019) or the story's date is
    wrong; both mislead readers and archives.

    *Flagged*: "Don Regan, who died in 2018, knew all about that." (in a story dated 2016)

    *Preferred*: "Don Regan, who died in 2003, knew all about that."

    *Options*: none; give the story's date with ``--date`` or ``date:`` in the front matter.

    Whatever the tense, a later year is also flagged when the words around it show it cannot
    be right: "since 2019", a span that runs backwards ("from 2019 to 2005"), a decade that
    does not begin a decade ("the early 2018s"), an event that can only be past ("the 2017
    attack", "her death in 2018"), and, in a story about the United States, a presidential
    contest in a year that has none ("the 2017 presidential race", "the 2019 Democratic
    convention") or a federal election in an odd year.

    Dates under a scraped widget or slideshow ("1.", "of.", "23." on lines of their own) are
    left alone: such lists are updated after the story is published.

    *Known limits*: plans, forecasts, deadlines, fiscal years, seasons, election years and
    reported plans ("agreed to cut emissions by 2030", "expected in 2018", "until 2019") are
    left alone, and so is any clause whose tense is unclear; some real errors there go unflagged.
    The election-year check knows only the U.S. calendar, and stays silent when the sentence
    names another country; odd-year state and city elections ("the 2017 campaign" for a
    governor) may be flagged when the sentence does not say so.
    """

    code = "D103"
    name = "past-event-after-story-date"
    family = "date"
    severity = "warning"
    needs = ("dates", "quotes")
    examples = (
        flagged("Don Regan, who died in 2018, knew all about that.", "2018", date="2016-03-07"),
        flagged("In 2019 the factory closed its doors.", "2019", date="2016-03-07"),
        flagged("2019 saw the factory close.", "2019", date="2016-03-07"),
        flagged("Ana Ñúñez said the plant closed in 2019", "2019", date="2016-03-07"),
        flagged("“The plant closed in 2019,” said Ana Ñúñez.", "2019", date="2016-03-07"),
        flagged("\"The plant closed in 2019,\" said Ana Ñúñez.", "2019", date="2016-03-07"),
        accepted(""),
        accepted("Don Regan, who died in 2003, knew all about that.", date="2016-03-07"),
        accepted("The plant closed in 2019.", path="example.txt"),
        accepted("The plant will close in 2019.", date="2016-03-07"),
        accepted("The company said it expected to finish the plant in 2018.", date="2016-03-07"),
        accepted("The lease ran until 2019, the council said.", date="2016-03-07"),
        accepted("Sales reached $4 billion in fiscal 2017, the company said.", date="2016-03-07"),
        accepted("The party chose Denver for its 2020 convention.", date="2016-03-07"),
        accepted("Ministers agreed to cut emissions by 2030.", date="2016-03-07"),
        flagged("Bush entered the 2017 presidential race as a favourite, Republicans said.", "2017", date="2016-03-07"),
        accepted("Bush is preparing for the 2020 presidential race, Republicans said.", date="2016-03-07"),
        accepted("Le Pen entered the 2017 French presidential race.", date="2016-03-07"),
        flagged("Assange has been detained since December 2019.", "December 2019", date="2016-03-07"),
        flagged("Kuchma was president of Ukraine from 2019 to 2005.", "2019", date="2016-03-07"),
        flagged("Tariffs were lower in the early 2018s.", "2018s", date="2016-03-07"),
        accepted("Tariffs were lower in the early 1990s.", date="2016-03-07"),
        flagged("Officials investigated the 2017 attack on the compound.", "2017", date="2016-03-07"),
        accepted("Officials fear a 2017 attack could follow.", date="2016-03-07"),
        flagged("The group began to fall apart in mid-2019 after a defection.", "2019", date="2016-03-07"),
        accepted("Lion, to be released in mid-2011, was shown at the event.", date="2010-10-23"),
        flagged("It wasn't until 2018 that the party raised the bar.", "2018", date="2016-03-07"),
        flagged("Rubio won his first victory in the 2018 race for the White House.", "2018", date="2016-03-07"),
        flagged("Turnout was up 70 percent from 2018, officials said.", "2018", date="2016-03-07"),
        accepted("Turnout will be up 70 percent from 2018, officials said.", date="2016-03-07"),
        flagged("They showed a poster from 2019, when Solidarity won.", "2019", date="2016-03-07"),
        flagged("They tweeted a clip of him on the radio show from 2018, in which he praised it.",
                "2018", date="2016-03-07"),
        flagged("Turnout was up 19 points from 2012 and 3 points from 2018.", "2018", date="2016-03-07"),
        accepted("The rule applies from 2019 onward, officials said.", date="2016-03-07"),
        flagged("Boeing’s ties with Russia dated back to the early 2010s.", "2010s", date="2007-06-10"),
        accepted("Analysts said demand would peak in the 1990s.", date="1989-10-26"),
        accepted("Candidates\n\n1.\n\nof.\n\n23.\n\nCruz dropped out of the race May 3, 2016.\n", date="2016-02-24"),
        flagged("Keating, who lost in his unsuccessful 2019 campaign, welcomed it.", "2019", date="2016-03-07"),
        flagged("It is the reverse of her first campaign in 2018, when she fought Obama.", "2018",
                date="2016-03-07"),
        accepted("It is the reverse of her campaign in 2018, when she will fight Obama.",
                 date="2016-03-07"),
        flagged("Nevada cannot say so, where voters in 2018 made up 30% of caucusgoers.", "2018",
                date="2016-03-07"),
        flagged("She started out 60 points ahead of Sanders in 2018.", "2018", date="2016-03-07"),
        flagged("Obama was able to hit the mark in September 2018.", "September 2018", date="2016-03-07"),
        flagged("Having sputtered in his own run for the White House in 2017, he left.", "2017",
                date="2016-03-07"),
        accepted("Bush was able to run for office in 2018, aides said.", date="2016-03-07"),
        accepted("He broke ranks in 2015 and said he would run for governor in 2018.", date="2016-03-07"),
    )

    def check(self, doc, context: Context):
        dates, reference = _reference(doc, context)
        if reference is None or not reference.firm:
            return
        story = reference.date
        for e in _past_year_expressions(dates):
            if e.kind == "date":
                if (dt.date(e.year, e.month, e.day) - story).days < 2:
                    continue
            elif e.year <= story.year:
                continue
            if e.year > story.year + 10 or (e.kind == "decade" and e.year <= story.year + 1):
                continue  # "the 1990s" in a story of late 1989 is the decade ahead
            if dates.dateline and dates.dateline.start <= e.start < dates.dateline.end:
                continue
            if _in_page_furniture(doc, e.start):
                continue
            wrong = _year_is_wrong(doc, dates, e, story)
            if wrong:
                yield self.finding(
                    doc, e.start, e.end,
                    f"\"{e.text}\" is after {_about(reference)}, but {wrong}; check the year.",
                    related=_related(reference),
                )
                continue
            tense = dates.tense(e.start, e.end)
            if tense.tense != "past":
                tense = _told_by_when_clause(doc, dates, e) or tense
            if _past_after_guard(doc, dates, e, story, tense):
                continue
            yield self.finding(
                doc, e.start, e.end,
                f"\"{e.text}\" is after {_about(reference)}, but the event is told in the past "
                f"tense (\"{tense.cue}\"); check the year.",
                related=_related(reference),
            )
        for e in dates.expressions:
            if e.kind == "year" and e.year2 is not None and e.year2 < e.year and story.year < e.year <= story.year + 10:
                yield self.finding(
                    doc, e.start, e.end,
                    f"\"{e.text}\" runs backwards, and {e.year} is after {_about(reference)}; "
                    f"check the year.",
                    related=_related(reference),
                )
        for m in _malformed_decades(doc, story):
            if dates.dateline and dates.dateline.start <= m.start() < dates.dateline.end:
                continue
            yield self.finding(
                doc, m.start(), m.end(),
                f"\"{m.group()}\" is not a decade, and {m.group('year')} is after "
                f"{_about(reference)}; check the year.",
                related=_related(reference),
            )


_STRONG_FUTURE = re.compile(
    r"(?i)^(?:will|won['’]t|shall|['’]ll|going\s+to|(?:is|are|be)\s+(?:expected|scheduled|due|set|slated|"
    r"poised|planned|intended|projected|forecast|anticipated)\s+to|plans?\s+to|intends?\s+to|"
    r"set\s+to|scheduled|upcoming|until|(?:is|are)\s+to)$"
)
_PAST_FORM_GUARD = re.compile(
    r"(?i)\b(?:since|compared|ago|last\s+(?:\w+\s+)?(?:years?|months?|weeks?|decades?|quarters?|days?|time|"
    r"spring|summer|fall|autumn|winter)"
    r"|previous|previously|earlier|record|history|historic|"
    r"first\s+time|same|as\s+(?:in|of)|levels?|dollars|prices|was|were|had|did|been)\b"
)
# Future told from the past: "the mayor said the bridge would open in 2012", "the bridge was
# expected to open in 2012, the council said". The year before the story's is a slip when
# nothing in the sentence puts the saying back in time.
_FUTURE_IN_PAST = re.compile(
    r"(?i)\b(?:would(?!\s+(?:not\s+)?have\b)|(?:was|were)\s+(?:expected|scheduled|due|set|slated|poised|"
    r"planned|supposed)\s+to|(?:was|were)\s+to(?!\s+have\b))\s"
)
_REPORTED = re.compile(
    r"(?i)\b(?:said|says|told|announced|added|predicted|confirmed|stated|insisted|warned|estimated|"
    r"reported|according\s+to)\b"
)
# What puts the saying (or the plan) back in time, or makes it a condition or a plan that failed.
_THEN = re.compile(
    r"(?i)\b(?:then|at\s+the\s+time|originally|initially|once|earlier|previously|ago|back\s+in|"
    r"in\s+those\s+days|had|but|however|yet|instead|delay\w*|postpon\w*|until|before|after|when|"
    r"if|unless|could|might|whether|first|last|old|former|never|since|by|hoped|promised|pledged|"
    r"vowed|planned|wanted|thought|believed)\b"
)


# "preparing for the 2012 election", "ahead of the 2012 Games": a contest looked forward to
_PROSPECT_BEFORE = re.compile(
    r"(?i)\b(?:for|ahead\s+of|in\s+the\s+run-up\s+to|toward|towards|into)\s+the\s+$"
)


def _prospective_contest(doc, dates, e) -> tuple[str, int] | None:
    """A contest named by its year ("the 2012 election") that a clause told in the present
    or future looks forward to ("are preparing for", "ahead of"), with no past-tense verb in
    the sentence: (the words that look forward, their offset), or None."""
    if e.kind != "year":
        return None
    before = _prose_before(doc, e, 40)
    prospect = _PROSPECT_BEFORE.search(before)
    if not prospect or not _FUTURE_EVENT_NOUN.match(_prose_after(doc, e)):
        return None
    if dates.tense(e.start, e.end).tense not in ("present", "future"):
        return None
    s_start, s_end = dates.sentence(e.start)
    if any(kind == "past" for _, kind, _ in clause_cues(doc.prose, s_start, s_end, e.start, e.end)):
        return None
    if _THEN.search(doc.prose, s_start, s_end):
        return None
    start = e.start - len(before) + prospect.start()
    return " ".join(prospect.group().split()), start


def _reported_future_cue(doc, dates, e, story) -> tuple[str, int] | None:
    """ "would" or "was expected to" before the year in reported speech with nothing that
    dates the saying, no other year in the sentence, and the year at most five before the
    story's: (the cue, its offset), or None."""
    if e.kind not in ("year", "month") or not story.year - 6 < e.year < story.year:
        return None
    s_start, s_end = dates.sentence(e.start)
    cue = None
    for cue in _FUTURE_IN_PAST.finditer(doc.prose, max(s_start, e.start - 60), e.start):
        pass
    if cue is None or not _REPORTED.search(doc.prose, s_start, s_end):
        return None
    if _THEN.search(doc.prose, s_start, s_end):
        return None
    if not re.search(r"(?i)\bin\s+(?:(?:early|late|mid-?)\s*)?$", _prose_before(doc, e, 20)):
        return None  # "for 2014", "of 2015": a period the plan is about, not its time
    others = [
        x for x in dates.expressions
        if s_start <= x.start < s_end and x is not e and x.kind not in ("weekday", "relative")
    ]
    if others or re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", doc.prose[s_start:e.start] + doc.prose[e.end:s_end]):
        return None
    return " ".join(cue.group().split()), cue.start()


def _strong_future_cue(prose: str, left: int, right: int, e) -> tuple[str, int] | None:
    """The clear future wording that governs the year: the nearest cue before it ("will",
    "is expected to" …) with no past-tense verb in between; or, when the year opens the
    clause, the first cue after it."""
    cues = [c for c in clause_cues(prose, left, right, e.start, e.end) if c[1] != "present"]
    before = [c for c in cues if c[0] < e.start]
    for position, kind, word in reversed(before):
        word = " ".join(word.split())
        if kind == "past":
            return None
        if re.search(r"(?i)(?:\b(?:his|her|their|its|our|my|your|the|a|an|this|that)|['’]s)\s+$", prose[max(0, position - 8) : position]):
            continue  # "his plan to …" is a noun, not future wording
        if _STRONG_FUTURE.match(word) and word.lower() != "until":
            return word, position
    after = [c for c in cues if c[0] >= e.end]
    if not before and after:
        position, kind, word = after[0]
        word = " ".join(word.split())
        if kind == "future" and _STRONG_FUTURE.match(word) and word.lower() != "until":
            return word, position
    return None


# "due in 2012", "expected in late 2003", "scheduled for 2004": future wording right before a year
_FUTURE_BEFORE_YEAR = re.compile(
    r"(?i)(?P<cue>\b(?:is|are|be)\s+(?:not\s+)?(?:expected|due|scheduled|slated|planned|set)"
    r"|\b(?:expected|due|scheduled|slated))"
    r"\s+(?:for|in|by|until|to\s+(?:\w+\s+){1,2}(?:in|by|until))\s+"
    r"(?:(?:early|late|mid-?|the\s+end\s+of|the\s+(?:spring|summer|fall|autumn|winter)\s+of)\s*)?$"
)
_FUTURE_IN_SENTENCE = re.compile(
    r"(?i)\b(?:will|won['’]t|shall|going\s+to|(?:is|are)\s+(?:expected|scheduled|due|set|slated|poised)\s+to|"
    r"upcoming|next)\b|['’]ll\b"
)


def _election_year_is_wrong(doc, dates, e) -> str:
    """ "the 2014 presidential primary" in a U.S. story that tells it as still to come."""
    if e.kind not in ("year", "month") or e.year2 is not None:
        return ""
    s_start, s_end = dates.sentence(e.start)
    if not _FUTURE_IN_SENTENCE.search(doc.prose, s_start, s_end):
        return ""
    around = doc.prose[max(0, s_start - 400) : s_end + 200]
    if not _US_CONTEXT.search(around) or _FOREIGN_CONTEXT.search(doc.prose, s_start, s_end):
        return ""
    after = _prose_after(doc, e, 60)
    if e.year % 4 and _PRESIDENTIAL_NOUN.match(after):
        return f"no U.S. presidential election falls in {e.year}"
    return ""


class FutureEventBeforeStoryDate(Rule):
    """A future-tense event dated before the story's own date.

    *What it flags*: "the first jets will be delivered in 2004" in a story dated 2007: the
    clause tells as still to come something dated before the story was written.

    *Why it matters*: the year is usually a slip, or a sentence carried over from an older
    story without being updated.

    *Flagged*: "The first jets will be delivered in 2004." (in a story dated 2007)

    *Preferred*: "The first jets will be delivered in 2009."

    *Options*: none; give the story's date with ``--date`` or ``date:`` in the front matter.

    Future wording right before the year counts too ("is due in 2012", "expected in late
    2003", "is not expected to happen until 2012"), and, in a story about the United States
    that tells the sentence as to come, a presidential contest in a year that has none ("the
    2014 presidential primary").

    *Known limits*: only clear future wording ("will", "is expected to", "is due to", "plans
    to", "is scheduled") counts; "would" and "could" are often reported speech about the past
    and are left alone. A year used as a name ("will repeal the 2010 law") is not flagged.
    """

    code = "D104"
    name = "future-event-before-story-date"
    family = "date"
    severity = "warning"
    needs = ("dates",)
    examples = (
        flagged("The first jets will be delivered in 2004.", "2004", date="2007-06-10"),
        flagged("2004 will see the first deliveries.", "2004", date="2007-06-10"),
        flagged("He is expected to run for re-election in 2014", "2014", date="2016-08-03"),
        flagged("“The jets will arrive in 2004,” said Zoë Ćosić.", "2004", date="2007-06-10"),
        flagged("\"The jets will arrive in 2004,\" said Zoë Ćosić.", "2004", date="2007-06-10"),
        accepted(""),
        accepted("The first jets will be delivered in 2009.", date="2007-06-10"),
        accepted("The first jets will be delivered in 2004."),
        accepted("The first jets, ordered in 2004, will be delivered next year.", date="2007-06-10"),
        accepted("Congress will repeal the 2010 law.", date="2016-06-10"),
        accepted("Sales will be the highest since 2004.", date="2007-06-10"),
        accepted("He said in 2004 that the jets would be late.", date="2007-06-10"),
        flagged("The final payment on the bonds is due in 2012.", "2012", date="2015-12-01"),
        flagged("Payments go on; the last one is due in 2012.", "2012", date="2015-12-01"),
        flagged("The bridge is to be opened in 2012, the mayor said.", "2012", date="2016-01-10"),
        flagged("The mayor of Łódź said the bridge would open in 2012.", "2012", date="2016-01-10"),
        flagged("The bridge was expected to open in 2012, the council said on Tuesday.", "2012",
                date="2016-01-10"),
        accepted("In 2010 the mayor said the bridge would open in 2012.", date="2016-01-10"),
        accepted("The bridge was expected to open in 2012 but was delayed, the council said.",
                 date="2016-01-10"),
        accepted("The mayor said then that the bridge would open in 2012.", date="2016-01-10"),
        flagged("Voters in Łódź are preparing for the 2012 election.", "2012", date="2016-01-10"),
        flagged("He is the favourite for the 2013 nomination.", "2013", date="2016-01-10"),
        accepted("Voters prepared for the 2012 election.", date="2016-01-10"),
        accepted("He is still bitter about the 2012 election.", date="2016-01-10"),
        accepted("He is the first to run for the 2012 seat since it was created.", date="2016-01-10"),
        accepted("The mayor said the bridge would have opened in 2012.", date="2016-01-10"),
        accepted("He says he would release his tax returns for 2014 on Friday.", date="2016-04-14"),
        accepted("The report on the last three months of 2015 will be out soon.", date="2016-01-05"),
        accepted("The final payment on the bonds was due in 2012.", date="2015-12-01"),
        flagged("Voters will turn to the 2014 presidential primary, Republicans say.", "2014", date="2016-02-17"),
        accepted("Voters recalled the 2014 presidential primary, Republicans said.", date="2016-02-17"),
        accepted("The speech will bookend his contentious 2008 primary battle.", date="2016-07-27"),
    )

    def check(self, doc, context: Context):
        dates, reference = _reference(doc, context)
        if reference is None or not reference.firm:
            return
        story = reference.date
        for e in _year_expressions(dates):
            if e.kind == "date":
                if (story - dt.date(e.year, e.month, e.day)).days < 2:
                    continue
            elif e.year >= story.year:
                continue
            if e.year < story.year - 15:
                continue
            if dates.dateline and dates.dateline.start <= e.start < dates.dateline.end:
                continue
            wrong = _election_year_is_wrong(doc, dates, e)
            if wrong:
                yield self.finding(
                    doc, e.start, e.end,
                    f"\"{e.text}\" is before {_about(reference)}, and {wrong}, though the "
                    f"event is told as still to come; check the year.",
                    related=_related(reference),
                )
                continue
            left, right = dates.clause(e.start, e.end)
            cue = _strong_future_cue(doc.prose, left, right, e)
            if cue is None:
                near = _FUTURE_BEFORE_YEAR.search(_prose_before(doc, e, 50))
                if near is not None and not re.search(r"(?i)\b(?:was|were|had|been)\s+$", _prose_before(doc, e, 50)[: near.start()]):
                    cue = (" ".join(near.group("cue").split()), e.start - 50 + near.start())
            reported = False
            if cue is None:
                cue = _reported_future_cue(doc, dates, e, story)
                reported = cue is not None
            if cue is None:
                cue = _prospective_contest(doc, dates, e)
            if cue is None:
                continue
            cue_text = cue[0]
            before, after = _prose_before(doc, e), _prose_after(doc, e)
            window_start = max(left, min(cue[1], e.start - 40))
            if reported:
                window_start = cue[1] + len(cue_text)  # "was expected to" is the cue, not a past form
            window_end = min(right, e.end + 25)
            if _PAST_FORM_GUARD.search(doc.prose, window_start, window_end) or _YEAR_AS_NAME.match(after):
                continue
            if re.search(r"(?i)\b(?:since|than|from|compared\s+with|like|unlike|record)\s+(?:the\s+|in\s+)?$", before):
                continue
            attributive = re.search(r"(?i)(?:\bthe|['’]s|\bhis|\bher|\bits|\btheir|\bour|\bthis|\bthat|\ba|\ban)\s+$", before)
            if attributive and e.kind == "year" and not _FUTURE_EVENT_NOUN.match(after):
                continue
            if e.kind == "year" and re.search(r"(?i)\b(?:his|her|their)\s+[a-z-]+\s+$", before):
                continue  # "his contentious 2008 primary battle": a thing of his past
            yield self.finding(
                doc, e.start, e.end,
                f"\"{e.text}\" is before {_about(reference)}, but the event is told as still to come "
                f"(\"{cue_text}\"); check the year.",
                related=_related(reference),
            )


# -- relative wording ----------------------------------------------------------------------

_GAP_TO_NAMED = re.compile(r"^(?:,\s*|\s*\(\s*|\s*[—–]\s*)(?:on\s+)?$")


class RelativeDateContradiction(Rule):
    """Relative wording that the dates written with it contradict.

    *What it flags*: "yesterday (Monday)" in a story dated on a Wednesday; "today, Aug. 21" in
    a story dated Aug. 20; "three days later, on Aug. 30" when the last date given was Aug. 20;
    "in recent months" in a sentence about something dated more than a year before the story
    ("in recent weeks": two months; "in recent days": two weeks).

    *Why it matters*: relative days go stale when a story is held, moved or rewritten; a
    named day beside them shows which one is wrong.

    *Flagged*: "The talks ended yesterday (Monday)." (in a story dated Wednesday, Aug. 21, 2024)

    *Preferred*: "The talks ended yesterday (Tuesday)."

    *Options*: none; give the story's date with ``--date`` or ``date:`` in the front matter.

    *Known limits*: only a weekday or date written right beside the relative words, and "N
    days later" against the date just before it, are compared.
    """

    code = "D105"
    name = "relative-date-contradiction"
    family = "date"
    severity = "warning"
    needs = ("dates",)
    examples = (
        flagged("The talks ended yesterday (Monday).", "yesterday (Monday)", date="2024-08-21"),
        flagged("Yesterday, Monday, the talks ended.", "Yesterday, Monday", date="2024-08-21"),
        flagged("The talks in Łódź ended yesterday (Monday)", "yesterday (Monday)", date="2024-08-21"),
        flagged("Troops left on Aug. 20. Three days later, on Aug. 30, they returned.", "Three days later, on Aug. 30", date="2024-09-02"),
        flagged("“It ended yesterday (Monday),” said Zoë Ćosić.", "yesterday (Monday)", date="2024-08-21"),
        flagged("\"It ended yesterday (Monday),\" said Zoë Ćosić.", "yesterday (Monday)", date="2024-08-21"),
        accepted(""),
        accepted("The talks ended yesterday (Tuesday).", date="2024-08-21"),
        accepted("The talks ended yesterday (Monday)."),
        accepted("Troops left on Aug. 20. Three days later, on Aug. 23, they returned.", date="2024-09-02"),
        flagged("Talks stalled in recent months, after a meeting in June 2022.", "in recent months", date="2024-08-20"),
        accepted("Talks stalled in recent months, after a meeting in June 2024.", date="2024-08-20"),
    )

    def check(self, doc, context: Context):
        dates, reference = _reference(doc, context)
        if reference is None:
            return
        expressions = dates.expressions
        for index, e in enumerate(expressions):
            if e.kind != "relative":
                continue
            following = expressions[index + 1] if index + 1 < len(expressions) else None
            if following is None or following.kind not in ("weekday", "date"):
                continue
            if not _GAP_TO_NAMED.match(doc.prose[e.end : following.start]):
                continue
            end = following.end
            if doc.prose[end : end + 1] == ")":
                end += 1
            if e.relative in ("today", "tonight", "yesterday", "tomorrow"):
                if not reference.firm:
                    continue
                day = dates.resolve(e, reference).date
                yield from self._against_day(doc, e, following, day, end, reference)
            elif e.relative and e.relative.endswith(" later") and e.unit in ("day", "week") and e.amount:
                yield from self._later(doc, dates, reference, index, e, following, end)
        if reference.firm:
            yield from self._recent(doc, dates, reference)

    def _recent(self, doc, dates, reference):
        """ "in recent months" about something the same sentence dates long before."""
        limits = {"day": 14, "week": 60, "month": 365}
        for e in dates.expressions:
            if e.kind != "relative" or not (e.relative or "").startswith("in recent") or e.unit not in limits:
                continue
            s_start, s_end = dates.sentence(e.start)
            for other in dates.expressions:
                if not (s_start <= other.start < s_end) or other.kind not in ("date", "month"):
                    continue
                if other.year is None:
                    continue
                last_day = _last_day(other)
                if last_day is None or (reference.date - last_day).days <= limits[e.unit]:
                    continue
                yield self.finding(
                    doc, e.start, e.end,
                    f"Check whether \"{e.text}\" is right: the same sentence dates it to "
                    f"{other.text}, more than {_span_words(limits[e.unit])} before "
                    f"{_about(reference)}.",
                    related=((other.start, other.end, "the date given"),) + _related(reference),
                )
                break

    def _against_day(self, doc, e, named, day, end, reference):
        if day is None:
            return
        if named.kind == "weekday" and named.qualifier is None:
            if named.weekday != day.weekday():
                yield self.finding(
                    doc, e.start, end,
                    f"\"{e.text}\" is {WEEKDAY_NAMES[day.weekday()]}, {_day_text(day)} by "
                    f"{_about(reference)}, not {WEEKDAY_NAMES[named.weekday]}.",
                    suggestions=[f"{e.text} ({WEEKDAY_NAMES[day.weekday()]})"],
                    related=_related(reference),
                )
        elif named.kind == "date" and named.exists:
            target = doc.analysis("dates").resolve(named, reference).date
            if target is not None and target != day:
                yield self.finding(
                    doc, e.start, end,
                    f"\"{e.text}\" is {_day_text(day)} by {_about(reference)}, not "
                    f"{_day_text(target)}.",
                    related=_related(reference),
                )

    def _later(self, doc, dates, reference, index, e, named, end):
        if named.kind != "date" or not named.exists:
            return
        earlier = None
        s_start, _ = dates.sentence(e.start)
        previous_start, _ = dates.sentence(max(0, s_start - 2))
        for other in reversed(dates.expressions[:index]):
            if other.end <= previous_start:
                break
            if other.kind == "date" and other.exists and other.day2 is None:
                earlier = other
                break
        if earlier is None:
            return
        first = dates.resolve(earlier, reference).date
        second = dates.resolve(named, reference).date
        if first is None or second is None:
            return
        gap = (second - first).days
        wanted = e.amount * (7 if e.unit == "week" else 1)
        if gap != wanted:
            yield self.finding(
                doc, e.start, end,
                f"\"{e.text}\" does not fit the dates: {_day_text(first)} to {_day_text(second)} is "
                f"{gap} days.",
                related=((earlier.start, earlier.end, "the earlier date"),),
            )


# -- dateline ------------------------------------------------------------------------------


def _last_day(e) -> dt.date | None:
    try:
        if e.kind == "date":
            return dt.date(e.year, e.month, e.day2 or e.day)
        return dt.date(e.year, e.month, calendar.monthrange(e.year, e.month)[1])
    except ValueError:
        return None


def _span_words(days: int) -> str:
    return {14: "two weeks", 60: "two months", 365: "a year"}[days]


class DatelineAfterStoryDate(Rule):
    """A dateline whose date is later than the story's date.

    *What it flags*: "LONDON, Aug. 21 (Reuters) -" in a story whose front matter (or
    ``--date``) says Aug. 20.

    *Why it matters*: a story cannot be filed after it was published; one of the two dates is
    wrong, and date checks depend on both.

    *Flagged*: "LONDON, Aug. 21 (Reuters) - Talks resumed." (story dated Aug. 20, 2024)

    *Preferred*: "LONDON, Aug. 20 (Reuters) - Talks resumed."

    *Options*: none.

    *Known limits*: a dateline without a year takes the year nearest the story's date; a
    dateline one day after the story's date is accepted, since wire datelines and publishing
    systems often differ by a time zone.
    """

    code = "D106"
    name = "dateline-after-story-date"
    family = "date"
    severity = "warning"
    needs = ("dates",)
    examples = (
        flagged("Talks\n\nLONDON, Aug. 22 (Reuters) - Talks resumed.", "Aug. 22", date="2024-08-20"),
        accepted("Talks\n\nLONDON, Aug. 21 (Reuters) - Talks resumed.", date="2024-08-20"),
        flagged("---\ndate: 2024-08-20\n---\nBAKU, Aug 25, 2024 (IANS): Talks resumed in Łódź.\n", "Aug 25, 2024", path="example.md"),
        accepted(""),
        accepted("Talks\n\nLONDON, Aug. 20 (Reuters) - Talks resumed.", date="2024-08-20"),
        accepted("Talks\n\nLONDON, Aug. 21 (Reuters) - Talks resumed."),
        accepted("“LONDON, Aug. 21,” he wrote.", date="2024-08-20"),
        accepted("Talks\n\nLONDON, Aug. 24 (Reuters) - “We met on Aug. 24,” said Zoë Ćosić.", date="2024-08-24"),
        flagged("Talks\n\nŁÓDŹ, Aug. 27 (Reuters) - Talks resumed.", "Aug. 27", date="2024-08-20"),
    )

    def check(self, doc, context: Context):
        dates = doc.analysis("dates")
        line = dates.dateline
        if line is None or line.date is None or not line.date.exists or line.date.day is None:
            return
        reference = dates.reference(context.date)
        if reference is None or reference.source == "dateline":
            return
        e = line.date
        year = e.year if e.year is not None else nearest_year(e.month, e.day, reference.date)
        try:
            day = dt.date(year, e.month, e.day)
        except ValueError:
            return
        if (day - reference.date).days > 1:  # a day's difference is the time zone
            start = e.date_start if e.date_start is not None else e.start
            end = e.date_end if e.date_end is not None else e.end
            yield self.finding(
                doc, start, end,
                f"The dateline \"{doc.text[start:end]}\" is later than {_about(reference)}.",
                related=_related(reference),
            )


class DatelineYearAssumed(Rule):
    """A dateline without a year, when it is the story's only date.

    *What it flags*: "Baku, Aug 20 (IANS):" with no date in the front matter and none given
    on the command line. The year is inferred from the story — the latest year it tells in
    the past tense, and the weekdays it writes with dates — and the finding says which year
    was assumed; when no year can be inferred, it says the date checks were skipped.

    *Why it matters*: every date check depends on the story's date; an editor should know
    which year the checks assumed, and archives need the year.

    *Flagged*: "Baku, Aug 20 (IANS): Talks resumed after October 2023."

    *Preferred*: "Baku, Aug 20, 2024 (IANS): Talks resumed after October 2023."

    *Options*: give the date with ``--date`` or ``date:`` in the front matter to silence it.

    *Known limits*: the inferred year is a lower bound; a story that tells nothing as past
    after some earlier year may be later than assumed.
    """

    code = "D107"
    name = "dateline-year-assumed"
    family = "date"
    severity = "info"
    needs = ("dates",)
    examples = (
        flagged(
            "Talks\n\nBaku, Aug 20 (IANS): The offensive in September 2023 ended the war.",
            "Aug 20",
        ),
        flagged("Talks\n\nBaku, Aug 20 (IANS): Zoë Ćosić spoke.", "Aug 20"),
        accepted(""),
        accepted("Talks\n\nBaku, Aug 20, 2024 (IANS): Talks resumed."),
        accepted("Talks\n\nBaku, Aug 20 (IANS): Talks resumed.", date="2024-08-20"),
        accepted("Talks\n\n“Baku, Aug 20,” he wrote in his diary."),
    )

    def check(self, doc, context: Context):
        dates = doc.analysis("dates")
        line = dates.dateline
        if line is None or line.date is None or line.date.year is not None or line.date.day is None:
            return
        if context.date is not None or dates.front_matter_date() is not None:
            return
        e = line.date
        start = e.date_start if e.date_start is not None else e.start
        end = e.date_end if e.date_end is not None else e.end
        written = doc.text[start:end]
        reference = dates.reference(context.date)
        if reference is not None and reference.year_assumed:
            yield self.finding(
                doc, start, end,
                f"The dateline \"{written}\" has no year; {reference.date.year} was assumed, because "
                f"{reference.evidence}.",
                suggestions=[f"{written}, {reference.date.year}"],
            )
        elif reference is None and e.exists:
            yield self.finding(
                doc, start, end,
                f"The dateline \"{written}\" has no year, and the story does not show which; "
                f"checks that need the story's date were skipped.",
            )
