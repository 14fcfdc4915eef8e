"""Time expressions in a draft, and the story's own date that resolves them.

``analyse(doc)`` returns a ``Dates`` view:

- ``expressions``: every time expression found in the prose, with exact offsets: full and
  partial dates in US and UK orders ("Aug. 20", "Sept. 3, 2016", "20 August 2024",
  "2024-08-20"), a weekday written with its date ("Friday, Feb. 8, 2016", "Tuesday (20
  August)"), weekday names ("on Monday", "Monday's talks", "last Tuesday"), relative days
  ("yesterday", "last week", "this month", "earlier this year", "three days later", "a year
  ago"), months with a year ("October 2023"), years, decades and ranges ("March 17-20").
- ``dateline``: the dateline of the story ("Baku, Aug 20 (IANS):", "WASHINGTON (AP) —", a
  date on a line of its own under the headline), when there is one.
- ``reference(override)``: the story's reference date. In order: ``override`` (``--date`` on
  the command line, ``Context.date``), ``date:`` in the front matter, the dateline. Never the
  computer's clock. A dateline without a year gets its year from the story: the latest year
  the story tells in the past tense, checked against weekdays written with year-less dates;
  the reference then says which year was assumed and why.
- ``resolve(expression, reference)``: the expression's value against that reference date,
  as a TIMEX3-like string ("2024-08-19", "2024-08", "2024", "2024-W33") and, for a day, a
  ``datetime.date``.
- ``tense(start, end)``: whether the clause around a span is told in the past, the future or
  neither, with the words that say so.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Month and weekday names live in newslint.english; rules still import them from here.
from ..english import AP_MONTHS, MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS  # noqa: F401

# -- vocabulary ----------------------------------------------------------------------------

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}

# Month names as written in copy: capitalised (or in capitals, as in datelines); "May" only
# with a capital, and abbreviations with or without their full stop.
_MONTH_ALT = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP"
    r"|OCT|NOV|DEC)\b\.?)"
)
_WEEKDAY_ALT = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"

# "Aug. 20", "Aug 20, 2024", "Sept.11, 2001", "July 19th", "March 17-20", "Jan. 5 2016"
_MDY = re.compile(
    rf"(?<![\w.])(?P<month>{_MONTH_ALT})\s?(?P<day>\d{{1,2}}){_ORD}(?!\d|[.,]\d)"
    rf"(?:\s?[-–]\s?(?P<day2>\d{{1,2}}){_ORD}(?!\d))?"
    rf"(?:(?:,\s*|\s)(?P<year>{_YEAR})(?![\d%]))?"
)
# "20 August 2024", "the 20th of August", "20 Aug."
_DMY = re.compile(
    rf"(?<![\w.,$£€])(?P<day>\d{{1,2}}){_ORD}\s(?:of\s)?(?P<month>{_MONTH_ALT})"
    rf"(?:,?\s(?P<year>{_YEAR})(?![\d%]))?"
)
_ISO = re.compile(r"(?<![\w-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\w-])")
# "October 2023", "Sept. 2001" (a month and a year with no day)
_MONTH_YEAR = re.compile(rf"(?<![\w.])(?P<month>{_MONTH_ALT}),?\s(?P<year>{_YEAR})(?![\d%])")
_YEAR_ONLY = re.compile(
    rf"(?<![\w$£€.,/'’-])(?P<mid>mid-)?(?P<year>{_YEAR})(?:[-–/](?P<year2>\d\d(?:\d\d)?))?(?![\w%,.]\d|\w|-\w)"
)
_DECADE = re.compile(r"(?<![\w$])(?:the\s)?(?P<decade>(?:1[6-9]|20)\d0)['’]?s\b")
_WEEKDAY = re.compile(rf"\b(?P<weekday>{_WEEKDAY_ALT})(?P<suffix>['’]s|s)?\b")
_WEEKDAY_BEFORE = re.compile(r"(?i)\b(last|next|this|coming|past|previous)\s+$")
_WEEKDAY_AFTER = re.compile(r"(?i)^\s*(?:night|morning|afternoon|evening)\b")
_RELATIVE = re.compile(
    r"(?i)\b(?:"
    r"(?P<day>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"
    r"|(?P<which>last|this|next|past|coming)\s+(?P<unit>week|month|year|weekend)"
    r"|(?P<edge>earlier|later)\s+this\s+(?P<edge_unit>week|month|year)"
    r"|(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<count_unit>day|week|fortnight|month|year)s?\s+(?P<direction>ago|later|earlier|before|after|previously)"
    r"|in\s+recent\s+(?P<recent>days|weeks|months|years)"
    r")\b"
)
_SEASON = re.compile(
    rf"(?i)\b(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<year>{_YEAR})\b"
)

# -- tense ---------------------------------------------------------------------------------

_FUTURE = re.compile(
    r"(?i)\b(?:will|won['’]t|shall|going\s+to|gonna|(?:is|are|was|were|be|been)\s+(?:expected|scheduled|due|set|slated|poised|planned|supposed|likely|unlikely|projected|forecast|intended|anticipated)\s+to"
    r"|(?:plans?|planning|intends?|aims?|hopes?|wants?|seeks?|vows?|pledges?|promises?|expects?|proposes?|proposed|plans)\s+to"
    r"|set\s+to|planned\s+to|(?:is|are)\s+to|effective|as\s+soon\s+as"
    r"|(?:widely|generally|largely|broadly)\s+(?:expected|tipped|forecast|predicted)\s+to"
    r"|scheduled|upcoming|can|cannot|can['’]t|(?:would|could|might|may|should|must)(?!\s+(?:not\s+)?have\b))\b|['’]ll\b"
)
_PLAN = re.compile(
    r"(?i)\b(?:scheduled|schedule|due|until|till|expected|expect|expects|expecting|plan|plans|planned|planning"
    r"|intends?|intended|aims?|aimed|target|targets|targeted|goal|projected|projection|projections|forecasts?"
    r"|forecasting|estimates?|estimated|predicts?|predicted|prediction|promised|pledged|vowed|proposed|proposal"
    r"|would|will|could|might|may|should|set\s+to|going\s+to|by|through|before|deadline|budget|fiscal|FY|season"
    r"|term|ending|ends|end|starting|from|beyond|onward|onwards|next|hope|hoped|hopes|want|wanted|seek|sought"
    r"|agreed|agreement|commitment|committed|announced|unveiled|outlined|launch|timetable|timeline"
    r"|contract|lease|license|licence|expire|expires|expired|expiring|valid|run|runs|ran)\b"
)
_PAST_AUX = re.compile(r"(?i)\b(?:was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t|ago)\b")
_PAST_WORDS = frozenset(
    "was were had did ago wasn't weren't didn't hadn't couldn't".split()
)
_REGULAR_PAST = re.compile(r"\b[a-z]{2,}(?:ed)\b")
_NOT_PAST_ED = frozenset(
    """need bed red shed seed feed speed breed greed creed weed deed heed steed indeed exceed
    proceed succeed hundred kindred hatred sacred naked wicked wretched rugged ragged jagged
    crooked beloved learned aged based related limited united detailed advanced supposed
    alleged so-called interested concerned talented skilled armed embed shred sled compared
    unprecedented unexpected unlimited unrelated unemployed""".split()
)
_PRESENT_CUE = re.compile(r"\b(?:is|are|am|isn['’]t|aren['’]t|has|have|does|do)\b(?!\s+(?:to|been)\b)")
_PERFECT_CUE = re.compile(
    r"(?i)\b(?:has|have)\s+(?:not\s+|never\s+|already\s+|just\s+|long\s+)?"
    r"(?:been|\w+ed|\w+en|made|said|told|won|lost|seen|done|gone|had|held|led|paid|spent|sold|built)\b"
)
_PRESENT_PERFECT = re.compile(r"(?i)\b(?:has|have|'s|’s)\s+(?:not\s+|never\s+|already\s+|just\s+)?(?:been|\w+ed|\w+en)\b")


@lru_cache(maxsize=1)
def _irregular_past() -> frozenset[str]:
    text = resources.files("newslint.data").joinpath("past_tense_verbs.txt").read_text("utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


# -- data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimeExpression:
    """A time expression as written: where it is, and what it says before resolution."""

    start: int
    end: int
    text: str
    kind: str  # date, month, year, decade, season, weekday, relative
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None  # the last day of a range "March 17-20"
    weekday: int | None = None  # 0 = Monday
    weekday_start: int | None = None  # where the weekday is, for a weekday with its date
    weekday_end: int | None = None
    date_start: int | None = None  # where the date is, for a weekday with its date
    date_end: int | None = None
    qualifier: str | None = None  # last / next / this (weekdays); mid (years)
    relative: str | None = None  # normalised relative wording ("yesterday", "3 days later" …)
    amount: int | None = None
    unit: str | None = None
    year2: int | None = None  # the end of a span of years "2017-18"

    @property
    def exists(self) -> bool:
        """Whether a day-month date can exist at all (in its year, when it has one)."""
        if self.month is None or self.day is None:
            return True
        if self.day < 1 or self.day > 31:
            return False
        if self.month == 2 and self.day == 29:
            return self.year is None or calendar.isleap(self.year)
        return self.day <= _max_days(self.month)

    @property
    def has_date(self) -> bool:
        return self.kind == "date"


def _max_days(month: int) -> int:
    return (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]


@dataclass(frozen=True)
class Dateline:
    start: int  # the dateline's place or date
    end: int
    text: str
    date: TimeExpression | None  # the date written in it, if any


@dataclass(frozen=True)
class Reference:
    """The story's reference date and where it comes from."""

    date: dt.date
    source: str  # option, front_matter, dateline
    start: int = 0  # where it is written (front matter or dateline); 0 for the command line
    end: int = 0
    year_assumed: bool = False  # a dateline without a year whose year was inferred
    evidence: str = ""  # why that year, in newsroom words

    @property
    def firm(self) -> bool:
        """A date the story states, not one whose year was guessed."""
        return not self.year_assumed


@dataclass(frozen=True)
class Resolution:
    value: str  # TIMEX3-like: 2024-08-19, 2024-08, 2024, 199, 2024-W33, or "" when unknown
    date: dt.date | None = None  # the day, when the expression names one
    year_inferred: bool = False  # a year-less date whose year was taken from the reference


@dataclass(frozen=True)
class Tense:
    tense: str  # past, future, present, unknown
    cue: str = ""  # the word that says so
    cue_start: int = -1


# -- analysis ------------------------------------------------------------------------------


class Dates:
    def __init__(self, doc, expressions: list[TimeExpression], dateline: Dateline | None):
        self.doc = doc
        self.expressions = sorted(expressions, key=lambda e: (e.start, -e.end))
        self._starts = [e.start for e in self.expressions]
        self.dateline = dateline
        self._references: dict = {}
        self._sentence_starts = [s.start for s in doc.sentences]

    def __iter__(self):
        return iter(self.expressions)

    def __len__(self):
        return len(self.expressions)

    def at(self, offset: int) -> TimeExpression | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        while index >= 0:
            expression = self.expressions[index]
            if expression.start <= offset < expression.end:
                return expression
            if expression.end <= offset and expression.start < offset - 200:
                break
            index -= 1
        return None

    # -- the sentence and clause around a place --------------------------------------------

    def sentence(self, offset: int) -> tuple[int, int]:
        sentences = self.doc.sentences
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < sentences[index].end:
            return sentences[index].start, sentences[index].end
        paragraph = self.doc.paragraph_at(offset)
        if paragraph is not None:
            return paragraph.start, paragraph.end
        return max(0, offset - 100), min(len(self.doc.text), offset + 100)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around a span: its sentence cut at semicolons, dashes, "but" and
        ", where"."""
        s_start, s_end = self.sentence(start)
        text = self.doc.prose
        left = s_start
        for match in _CLAUSE_BREAK.finditer(text, s_start, start):
            left = match.end()
        right = s_end
        found = _CLAUSE_BREAK.search(text, end, s_end)
        if found:
            right = found.start()
        return left, right

    def tense(self, start: int, end: int) -> Tense:
        """How the clause around ``start:end`` is told: past, future, present or unknown."""
        left, right = self.clause(start, end)
        return tense_of(self.doc.prose, left, right, start, end)

    # -- the reference date ----------------------------------------------------------------

    def reference(self, override: dt.date | None = None) -> Reference | None:
        if override in self._references:
            return self._references[override]
        found = self._find_reference(override)
        self._references[override] = found
        return found

    def _find_reference(self, override) -> Reference | None:
        if isinstance(override, dt.datetime):
            override = override.date()
        if isinstance(override, dt.date):
            return Reference(override, "option")
        front = self.front_matter_date()
        if front is not None:
            return front
        return self.dateline_reference()

    def front_matter_date(self) -> Reference | None:
        value = self.doc.front_matter.get("date") if self.doc.front_matter else None
        found = _coerce_date(value)
        if found is None:
            return None
        start, end = _front_matter_line(self.doc, "date")
        return Reference(found, "front_matter", start, end)

    def dateline_reference(self) -> Reference | None:
        line = self.dateline
        if line is None or line.date is None or line.date.month is None or line.date.day is None:
            return None
        expression = line.date
        if not expression.exists:
            return None
        if expression.year is not None:
            try:
                day = dt.date(expression.year, expression.month, expression.day)
            except ValueError:
                return None
            return Reference(day, "dateline", expression.start, expression.end)
        year, evidence = self.infer_year(expression)
        if year is None:
            return None
        try:
            day = dt.date(year, expression.month, expression.day)
        except ValueError:
            return None
        return Reference(day, "dateline", expression.start, expression.end, True, evidence)

    def infer_year(self, expression: TimeExpression) -> tuple[int | None, str]:
        """The year of a year-less dateline, from the years the story tells as past.

        The story's date is no earlier than the last thing it tells in the past tense: take
        the latest past-tense year (and the next year when that year's past events come after
        the dateline's day in it), then let weekdays written with year-less dates choose
        among nearby years when they agree on one.
        """
        month, day = expression.month, expression.day
        latest: tuple[int, int, int] | None = None  # (year, month, day) of the latest past event
        latest_text = ""
        for other in self.expressions:
            if other is expression or other.year is None or other.kind not in ("date", "month", "year", "season"):
                continue
            if self.dateline and self.dateline.start <= other.start < self.dateline.end:
                continue
            if self.tense(other.start, other.end).tense != "past":
                continue
            key = (other.year, other.month or 1, other.day or 1)
            if latest is None or key > latest:
                latest, latest_text = key, other.text
        weekday_years = self._weekday_years(month, day)
        if latest is None:
            if len(weekday_years) == 1:
                year = weekday_years[0]
                return year, f"the weekdays the story gives fit {year}"
            return None, ""
        year = latest[0]
        told = f"the story tells {latest_text} in the past tense"
        if (latest[1], latest[2]) > (month, day):
            year += 1
            told += f", so \"{expression.text}\" cannot be in {latest[0]}"
        if weekday_years:
            fitting = [y for y in weekday_years if y >= year]
            if fitting:
                chosen = min(fitting)
                return chosen, f"{told}, and the weekdays it gives with dates fit {chosen}"
        return year, told

    def _weekday_years(self, month: int, day: int) -> list[int]:
        """Years in which every weekday written with a year-less date in the story is right."""
        pairs = [
            e for e in self.expressions
            if e.kind == "date" and e.weekday is not None and e.year is None and e.exists
        ]
        if not pairs:
            return []
        years = []
        for year in range(1900, 2100):
            try:
                if all(dt.date(year, e.month, e.day).weekday() == e.weekday for e in pairs):
                    years.append(year)
            except ValueError:
                continue
        return years

    # -- resolution ------------------------------------------------------------------------

    def resolve(self, expression: TimeExpression, reference: Reference | None) -> Resolution:
        return resolve(expression, reference.date if reference else None, self)

    def resolved(self, reference: Reference | None) -> list[tuple[TimeExpression, Resolution]]:
        return [(e, self.resolve(e, reference)) for e in self.expressions]


_CLAUSE_BREAK = re.compile(
    r"[;:—–]|\s-\s|,\s(?:but|while|whereas|although|though|where|and\s+(?=(?:he|she|it|they|we|I)\b))\s"
    r"|(?<!\ball\s)\b(?:but|while|whereas)\b"
)


def _front_matter_line(doc, key: str) -> tuple[int, int]:
    match = re.search(rf"(?m)^{key}\s*:.*$", doc.text[: doc.front_matter_span.end])
    if match:
        return match.start(), match.end()
    return 0, 0


def _coerce_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    for pattern in (_MDY, _DMY):
        match = pattern.search(text)
        if match and match.group("year"):
            try:
                return dt.date(int(match.group("year")), _month(match.group("month")), int(match.group("day")))
            except ValueError:
                return None
    return None


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


# -- tense ---------------------------------------------------------------------------------


def tense_of(text: str, left: int, right: int, start: int = -1, end: int = -1) -> Tense:
    """The tense of the event at ``start:end``, judged from the verb nearest to it.

    The cue (an auxiliary such as "will", a past-tense verb such as "said") nearest before
    the expression in its clause decides; when none comes before, the nearest one after it.
    """
    cues = _cues(text, left, right, start, end)
    if not cues:
        present = _PRESENT_PERFECT.search(text, left, right)
        if present:
            return Tense("present", present.group(), present.start())
        return Tense("unknown")
    before = [c for c in cues if c[0] < start] if start >= 0 else []
    relative = _last_relative(text, before[-1][0] if before else left, start) if start >= 0 else None
    if relative is not None and any(c[0] >= end for c in cues):
        # "Trump, who in 2016 added to his courses, is …": the year belongs to the verb of
        # the relative clause it stands in, not to the verb before "who"
        before = [c for c in before if c[0] > relative] or [min((c for c in cues if c[0] >= end), key=lambda c: c[0])]
    if before:
        position, kind, word = before[-1]
    else:
        position, kind, word = cues[0] if start < 0 else min(cues, key=lambda c: c[0] - end)
    return Tense(kind, word, position)


_RELATIVE_PRONOUN = re.compile(r",\s+(?:who|which|whose)\b")


def _last_relative(text: str, left: int, right: int) -> int | None:
    """Where the last ", who" or ", which" between ``left`` and ``right`` starts, or None."""
    found = None
    for found in _RELATIVE_PRONOUN.finditer(text, left, right):
        pass
    return found.start() if found else None


def clause_cues(text: str, left: int, right: int, start: int = -1, end: int = -1) -> list[tuple[int, str, str]]:
    """Every tense cue in a stretch: (offset, "past" or "future", word), in order."""
    return _cues(text, left, right, start, end)


def _cues(text: str, left: int, right: int, start: int, end: int) -> list[tuple[int, str, str]]:
    cues = [
        (m.start(), "future", m.group())
        for m in _FUTURE.finditer(text, left, right)
        if not (start <= m.start() < end)
    ]
    future_at = {position for position, _, _ in cues}
    # the words inside a future cue ("expected" in "widely expected to") are not past cues
    inside = {p for position, _, word in cues for p in range(position, position + len(word))}
    cues.extend(
        (position, "past", word)
        for word, position in _past_cues(text, left, right, start, end)
        if position not in inside
    )
    future_at = {position for position, _, _ in cues}
    cues.extend(
        (m.start(), "present", m.group())
        for m in _PRESENT_CUE.finditer(text, left, right)
        if not (start <= m.start() < end) and m.start() not in future_at
        and not _PERFECT_CUE.match(text, m.start())
    )
    cues.extend(
        (m.start(), "past", m.group())
        for m in _PERFECT_CUE.finditer(text, left, right)
        if not (start <= m.start() < end)
    )
    cues.sort()
    return cues


_WORDS = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


def _past_cues(text: str, left: int, right: int, start: int, end: int):
    irregular = _irregular_past()
    for match in _WORDS.finditer(text, left, right):
        if start <= match.start() < end:
            continue
        word = match.group()
        lower = word.lower()
        if word[0].isupper() and match.start() != left and lower not in ("was", "were", "had"):
            continue
        if lower.replace("’", "'") in _PAST_WORDS:
            yield word, match.start()
            continue
        if lower in irregular:
            before = text[max(left, match.start() - 12) : match.start()].lower()
            # "will be held", "has won": a participle, not the simple past
            if not re.search(r"\b(?:has|have|had|is|are|be|being|been|was|were)\s+$", before):
                yield word, match.start()
            continue
        if lower.endswith("ed") and len(lower) > 4 and lower not in _NOT_PAST_ED:
            before = text[max(left, match.start() - 12) : match.start()].lower()
            # "has closed", "is expected", "be delayed", "the proposed" are not the simple past
            if re.search(r"\b(?:has|have|is|are|be|being|been|the|a|an|to|will|would|its|their|his|her)\s+$", before):
                continue
            yield word, match.start()


# -- resolution ----------------------------------------------------------------------------


def nearest_year(month: int, day: int, reference: dt.date) -> int:
    """The year that puts a year-less day nearest the reference date."""
    best, best_gap = reference.year, None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            gap = abs((dt.date(year, month, min(day, 28 if month == 2 else day)) - reference).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _year_by_tense(e: TimeExpression, year: int, reference: dt.date, dates: "Dates") -> int:
    """A year-less day far from the story's date goes back when told as past, forward when
    told as future; within two months of it, the nearest year stands."""
    try:
        gap = abs((dt.date(year, e.month, min(e.day, 28)) - reference).days)
    except ValueError:
        return year
    if gap <= 60:
        return year
    tense = dates.tense(e.start, e.end).tense
    try:
        candidate = dt.date(reference.year, e.month, min(e.day, 28))
    except ValueError:
        return year
    if tense == "past":
        return reference.year if candidate <= reference else reference.year - 1
    if tense == "future":
        return reference.year if candidate >= reference else reference.year + 1
    return year


def resolve(expression: TimeExpression, reference: dt.date | None, dates: Dates | None = None) -> Resolution:
    e = expression
    if e.kind == "date":
        if not e.exists:
            return Resolution("")
        if e.year is not None:
            return Resolution(f"{e.year:04d}-{e.month:02d}-{e.day:02d}", dt.date(e.year, e.month, e.day))
        if reference is None:
            return Resolution(f"XXXX-{e.month:02d}-{e.day:02d}")
        year = nearest_year(e.month, e.day, reference)
        if dates is not None:
            year = _year_by_tense(e, year, reference, dates)
        try:
            day = dt.date(year, e.month, e.day)
        except ValueError:
            return Resolution(f"{year:04d}-{e.month:02d}-{e.day:02d}", None, True)
        return Resolution(day.isoformat(), day, True)
    if e.kind == "month":
        if e.year is not None:
            return Resolution(f"{e.year:04d}-{e.month:02d}")
        return Resolution("")
    if e.kind == "year":
        return Resolution(f"{e.year:04d}")
    if e.kind == "season":
        return Resolution(f"{e.year:04d}-{e.unit}")
    if e.kind == "decade":
        return Resolution(f"{e.year // 10:03d}")
    if reference is None:
        return Resolution("")
    if e.kind == "weekday":
        day = _resolve_weekday(e, reference, dates)
        return Resolution(day.isoformat(), day) if day else Resolution("")
    if e.kind == "relative":
        return _resolve_relative(e, reference)
    return Resolution("")


def _resolve_weekday(e: TimeExpression, reference: dt.date, dates: Dates | None) -> dt.date | None:
    back = (reference.weekday() - e.weekday) % 7  # days back to the latest such weekday
    ahead = (e.weekday - reference.weekday()) % 7
    if e.qualifier in ("last", "past", "previous"):
        return reference - dt.timedelta(days=back or 7)
    if e.qualifier in ("next", "coming"):
        return reference + dt.timedelta(days=ahead or 7)
    if e.qualifier == "this":
        return reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(days=e.weekday)
    tense = dates.tense(e.start, e.end).tense if dates is not None else "unknown"
    if tense == "future" and ahead:
        return reference + dt.timedelta(days=ahead)
    return reference - dt.timedelta(days=back)


def _resolve_relative(e: TimeExpression, reference: dt.date) -> Resolution:
    kind = e.relative or ""
    if kind in ("today", "tonight"):
        return Resolution(reference.isoformat(), reference)
    if kind in ("yesterday", "tomorrow", "the day before yesterday", "the day after tomorrow"):
        shift = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}[kind]
        day = reference + dt.timedelta(days=shift)
        return Resolution(day.isoformat(), day)
    if e.unit and e.qualifier in ("last", "this", "next", "past", "coming"):
        shift = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[e.qualifier]
        if e.unit == "year":
            return Resolution(f"{reference.year + shift:04d}")
        if e.unit == "month":
            month = reference.month - 1 + shift
            return Resolution(f"{reference.year + month // 12:04d}-{month % 12 + 1:02d}")
        if e.unit in ("week", "weekend"):
            iso = (reference + dt.timedelta(weeks=shift)).isocalendar()
            suffix = "-WE" if e.unit == "weekend" else ""
            return Resolution(f"{iso[0]:04d}-W{iso[1]:02d}{suffix}")
    if kind.endswith(" ago") and e.amount is not None:
        if e.unit in UNIT_DAYS:
            day = reference - dt.timedelta(days=e.amount * UNIT_DAYS[e.unit])
            return Resolution(day.isoformat(), day)
        if e.unit == "year":
            return Resolution(f"{reference.year - e.amount:04d}")
        if e.unit == "month":
            month = reference.month - 1 - e.amount
            return Resolution(f"{reference.year + month // 12:04d}-{month % 12 + 1:02d}")
    if e.unit in ("week", "month", "year") and kind.startswith(("earlier this", "later this")):
        if e.unit == "year":
            return Resolution(f"{reference.year:04d}")
        if e.unit == "month":
            return Resolution(f"{reference.year:04d}-{reference.month:02d}")
        iso = reference.isocalendar()
        return Resolution(f"{iso[0]:04d}-W{iso[1]:02d}")
    return Resolution("")


# -- finding expressions -------------------------------------------------------------------


def _taken(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


_DIGIT = re.compile(r"\d")


def find_expressions(prose: str, ranges: list[tuple[int, int]]) -> list[TimeExpression]:
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []  # spans already read in the current paragraph

    def add(expression: TimeExpression) -> None:
        paragraph.append(expression)
        taken.append((expression.start, expression.end))

    for left, right in ranges:
        paragraph: list[TimeExpression] = []
        taken.clear()
        local: list[TimeExpression] = []
        # Dates, seasons, months, decades and years all hold a digit: a paragraph without one
        # (half the copy) is not scanned for them.
        numbered = _DIGIT.search(prose, left, right) is not None

        def scan(pattern: re.Pattern):
            return pattern.finditer(prose, left, right) if numbered else ()

        for pattern in (_ISO, _MDY, _DMY):
            for m in scan(pattern):
                if _taken(taken, m.start(), m.end()):
                    continue
                month = int(m.group("month")) if pattern is _ISO else _month(m.group("month"))
                day = int(m.group("day"))
                if day == 0 or day > 39:
                    continue
                if pattern is _DMY and _looks_like_quantity(prose, m):
                    continue
                if pattern is _MDY and _month_is_word(prose, m):
                    continue
                if not m.group("year") and _COUNT_AFTER.match(prose, m.end()):
                    continue  # "in April 31 percent of voters", "in May 35 people died"
                year = int(m.group("year")) if m.group("year") else None
                day2 = None
                if pattern is _MDY and m.group("day2"):
                    day2 = int(m.group("day2"))
                end = m.end()
                text = prose[m.start() : end].rstrip()
                expression = TimeExpression(m.start(), m.start() + len(text), text, "date", year, month, day, day2)
                add(expression)
                local.append(expression)
        for m in scan(_SEASON):
            if _taken(taken, m.start(), m.end()):
                continue
            season = m.group("season").lower()
            code = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}[season]
            add(TimeExpression(m.start(), m.end(), m.group(), "season", int(m.group("year")), unit=code))
        for m in scan(_MONTH_YEAR):
            if _taken(taken, m.start(), m.end()) or _month_is_word(prose, m):
                continue
            add(TimeExpression(m.start(), m.end(), m.group(), "month", int(m.group("year")), _month(m.group("month"))))
        for m in scan(_DECADE):
            if _taken(taken, m.start(), m.end()):
                continue
            add(TimeExpression(m.start("decade"), m.end(), prose[m.start("decade") : m.end()], "decade", int(m.group("decade"))))
        for m in scan(_YEAR_ONLY):
            if _taken(taken, m.start("year"), m.end()):
                continue
            if not _year_context(prose, m.start(), m.end(), left):
                continue
            year2 = None
            if m.group("year2"):
                tail = m.group("year2")
                year2 = int(tail) if len(tail) == 4 else (int(m.group("year")) // 100) * 100 + int(tail)
            add(
                TimeExpression(
                    m.start("year"), m.end(), prose[m.start("year") : m.end()], "year", int(m.group("year")),
                    qualifier="mid" if m.group("mid") else None, year2=year2,
                )
            )
        for m in _WEEKDAY.finditer(prose, left, right):
            if m.group("suffix") == "s":
                continue  # "on Mondays": a habit, not a day
            name = m.group("weekday")
            weekday = WEEKDAYS[name.lower()]
            date = _date_after_weekday(prose, m.end(), local) or _date_before_weekday(prose, m.start(), local)
            if date is not None and date.weekday is None:
                _attach_weekday(paragraph, local, date, m.start(), m.start() + len(name), weekday, prose)
                continue
            if _taken(taken, m.start(), m.end()):
                continue
            qualifier = None
            before = _WEEKDAY_BEFORE.search(prose, max(left, m.start() - 12), m.start())
            start = m.start()
            if before:
                qualifier = before.group(1).lower()
                start = before.start()
            add(
                TimeExpression(
                    start, m.start() + len(name), prose[start : m.start() + len(name)], "weekday",
                    weekday=weekday, qualifier=qualifier,
                )
            )
        for m in _RELATIVE.finditer(prose, left, right):
            if _taken(taken, m.start(), m.end()):
                continue
            add(_relative_expression(m))
        found.extend(paragraph)
    # weekday-date pairs replaced their plain dates; keep the list sorted and unique
    unique = {}
    for expression in found:
        unique[(expression.start, expression.end, expression.kind)] = expression
    return sorted(unique.values(), key=lambda e: (e.start, -e.end))


def _relative_expression(m: re.Match) -> TimeExpression:
    text = m.group()
    if m.group("day"):
        return TimeExpression(m.start(), m.end(), text, "relative", relative=" ".join(text.lower().split()))
    if m.group("which"):
        which, unit = m.group("which").lower(), m.group("unit").lower()
        return TimeExpression(m.start(), m.end(), text, "relative", relative=f"{which} {unit}", qualifier=which, unit=unit)
    if m.group("edge"):
        edge, unit = m.group("edge").lower(), m.group("edge_unit").lower()
        return TimeExpression(m.start(), m.end(), text, "relative", relative=f"{edge} this {unit}", qualifier="this", unit=unit)
    if m.group("count"):
        count = m.group("count").lower()
        amount = int(count) if count.isdigit() else NUMBER_WORDS[count]
        unit, direction = m.group("count_unit").lower(), m.group("direction").lower()
        return TimeExpression(
            m.start(), m.end(), text, "relative", relative=f"{amount} {unit} {direction}"
            if direction != "ago" else f"{amount} {unit} ago", amount=amount, unit=unit,
        )
    return TimeExpression(m.start(), m.end(), text, "relative", relative=f"in recent {m.group('recent').lower()}", unit=m.group("recent").lower().rstrip("s"))


def _date_after_weekday(prose: str, end: int, dates: list[TimeExpression]) -> TimeExpression | None:
    """The date written right after a weekday: "Friday, Feb. 8", "Tuesday (20 August)"."""
    gap = re.match(r"(?:\s*\(\s*|,\s*|\s+)(?:the\s+)?", prose[end : end + 8])
    if not gap:
        return None
    at = end + gap.end()
    for date in dates:
        if date.start == at and date.kind == "date":
            return date
    return None


def _date_before_weekday(prose: str, start: int, dates: list[TimeExpression]) -> TimeExpression | None:
    """The date written right before a weekday: "Feb. 8, 2016, a Friday", "Aug. 20 (Tuesday)"."""
    for date in dates:
        if date.kind != "date" or date.end > start or start - date.end > 6:
            continue
        gap = prose[date.end : start]
        if re.fullmatch(r",\s*(?:a\s+)?|\s*\(\s*", gap):
            return date
    return None


def _attach_weekday(
    found: list[TimeExpression], local: list[TimeExpression], date: TimeExpression,
    w_start: int, w_end: int, weekday: int, prose: str,
) -> None:
    """Replace a date by the same date with its weekday: "Friday, Feb. 8, 2016"."""
    start, end = min(w_start, date.start), max(w_end, date.end)
    inner = prose[start:end]
    if inner.count("(") > inner.count(")") and prose[end : end + 1] == ")":
        end += 1
    combined = TimeExpression(
        start, end, prose[start:end], "date", date.year, date.month, date.day, date.day2, weekday,
        w_start, w_end, date.start, date.end,
    )
    for items in (found, local):
        for index, item in enumerate(items):
            if item is date:
                items[index] = combined


def _looks_like_quantity(prose: str, m: re.Match) -> bool:
    """ "5 May" is a date, but "3 Mar" in a list of figures or "10 May votes" rarely matter;
    only reject a day glued to a currency or a decimal."""
    before = prose[max(0, m.start() - 2) : m.start()]
    return bool(re.search(r"[\d.,$£€]\s?$", before))


def _month_is_word(prose: str, m: re.Match) -> bool:
    """ "March" the verb and "May" the modal, at the start of a sentence or after a name."""
    month = m.group("month")
    if month in ("May", "MAY", "March", "MARCH"):
        before = prose[max(0, m.start() - 20) : m.start()]
        if month.lower() == "may" and re.search(r"\b(?:they|we|you|it|he|she|I)\s+$", before):
            return True
    return False


_YEAR_PREPOSITION = re.compile(
    r"(?i)(?:\b(?:in|since|by|until|till|of|from|to|through|during|before|after|for|the|early|late|mid|"
    r"and|or|between|circa|around|about|throughout|within|at|on|spring|summer|autumn|fall|winter|"
    r"fiscal|year|FY|than|'s|’s|class|vintage|his|her|its|their|our|this|that|a|an)\s*[-–]?\s*|[(,]\s*"
    r"|(?<=s)['’]\s+)$"
)


_ARTICLE_AND_ADJECTIVE = re.compile(r"(?:\b(?i:the|his|her|its|their|our|a|an|one)|['’]s)\s+[a-z][a-z-]{2,}\s+$")


_COUNT_AFTER = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b|(?:people|persons|votes|voters|delegates|troops|soldiers|jobs|"
    r"members|residents|students|workers|cases|deaths|dead|units|shares|homes|acres|miles|feet|metres|"
    r"meters|km|kilometres|pounds|tons|tonnes|dollars|euros|yen|points|seats|runs|goals|years?|months?|"
    r"days?|weeks?|minutes?|seconds?|hours?|times|a\.m|p\.m|GMT|BST|million|billion|thousand)\b)",
    re.I,
)


_EVENT_AFTER_YEAR = re.compile(
    r"\s+(?:[A-Z][\w.’'-]*\s+)?(?:presidential|campaign|campaigns|convention|election|elections|race|"
    r"primary|primaries|caucus|caucuses|nominee|nomination|hopefuls?|candidates?|candidacy|bid|contest|"
    r"attack|attacks|bombing|shooting|crisis|recession|Olympics|World\s+Cup|season|census|run)\b"
)


def _year_context(prose: str, start: int, end: int, left: int) -> bool:
    """Whether a four-digit number reads as a year: after a preposition or article, or
    before a comma or the end of the sentence, and not as a count ("2019 votes")."""
    after = prose[end : end + 20]
    if _COUNT_AFTER.match(after):
        return False
    before = prose[max(left, start - 16) : start]
    if re.match(r"\s+(?:will|would|was|is|has|had|saw|brought)\b", after):
        return True
    if _EVENT_AFTER_YEAR.match(after):
        return True  # "his unsuccessful 1999 campaign", "the GOP's contested 2016 convention"
    if _YEAR_PREPOSITION.search(before):
        return True
    if _ARTICLE_AND_ADJECTIVE.search(prose, max(left, start - 30), start):
        return True  # "her failed 2016 run", "the ill-fated 2008 bid"
    if start == left or re.search(r"^\s*$", before):
        return True
    return bool(re.match(r"\s*(?:[,.;:)]|$)", after))


# -- dateline ------------------------------------------------------------------------------

_AGENCY = r"\((?:[A-Z][A-Za-z&.\- ]{0,30})\)"
_DATELINE = re.compile(
    rf"^(?P<place>[^\W\d_](?:[^\W\d_]|[.’'\- ]){{1,40}}(?:,\s[^\W\d_](?:[^\W\d_]|[.’'\- ]){{1,30}})?)"
    rf"(?:,\s*(?P<rest>[^()\n]{{3,40}}?))?\s*(?P<agency>{_AGENCY})?\s*(?P<dash>[:—–]|--|-\s)"
)


def find_dateline(doc, expressions: list[TimeExpression]) -> Dateline | None:
    """The dateline at the head of the first paragraphs, or a date on a line of its own."""
    candidates = [p for p in doc.paragraphs if p.kind in ("paragraph", "heading", "headline")][:4]
    for paragraph in candidates:
        text = doc.prose[paragraph.start : paragraph.end]
        dated = [e for e in expressions if paragraph.start <= e.start < paragraph.end and e.kind == "date"]
        # a date alone on its line under the headline ("March 01, 2008")
        position = paragraph.start
        for line in text.split("\n")[:3]:
            stripped = line.strip()
            line_start = position + (len(line) - len(line.lstrip()))
            for e in dated:
                if e.start == line_start and e.end - line_start >= len(stripped.rstrip(".")) and e.year:
                    return Dateline(e.start, e.end, e.text, e)
            position += len(line) + 1
        match = _DATELINE.match(text)
        if (
            match
            and match.group("place")[0].isupper()
            and (match.group("agency") or match.group("rest"))
            and paragraph.kind != "headline"
        ):
            date = None
            if match.group("rest"):
                at = paragraph.start + match.start("rest")
                date = next((e for e in dated if at <= e.start < paragraph.start + match.end("rest")), None)
                if date is None:
                    continue
            return Dateline(paragraph.start, paragraph.start + match.end(), match.group().rstrip(":—–- "), date)
    return None


def analyse(doc) -> Dates:
    ranges = [(p.start, p.end) for p in doc.paragraphs]
    expressions = find_expressions(doc.prose, ranges)
    dateline = find_dateline(doc, expressions)
    return Dates(doc, expressions, dateline)
