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

The pieces live in their own modules: ``date_expressions`` (finding expressions), ``tense``
(the tense of a clause) and ``date_resolution`` (what an expression means against a date);
their public names are re-exported here, where the rules import them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

# Month and weekday names live in newslint.english; rules still import them from here.
from ..english import AP_MONTHS, MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS  # noqa: F401
from .date_expressions import (  # noqa: F401
    _DMY,
    _MDY,
    NUMBER_WORDS,
    UNIT_DAYS,
    TimeExpression,
    _month,
    find_expressions,
)
from .date_resolution import Resolution, nearest_year, resolve  # noqa: F401
from .tense import Tense, clause_cues, relative_clause_tense, tense_of  # noqa: F401


@dataclass(frozen=True)
class Dateline:
    """The story's dateline ("LONDON, Aug. 20 (Reuters) -"): where it is, and the date written in it."""

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
    # for a year inferred from the past-tense events: the latest of them, which the story's
    # date cannot precede (whatever its true year)
    earliest: dt.date | None = None

    @property
    def firm(self) -> bool:
        """A date the story states, not one whose year was guessed."""
        return not self.year_assumed



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
        return clause_bounds(self.doc.prose, s_start, s_end, start, end)

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
        latest = self._latest_past_event(expression)
        try:
            earliest = dt.date(*latest[0]) if latest and latest[0][0] <= year else None
        except ValueError:
            earliest = None  # an impossible date ("Feb. 30") bounds nothing
        return Reference(day, "dateline", expression.start, expression.end, True, evidence, earliest)

    def infer_year(self, expression: TimeExpression) -> tuple[int | None, str]:
        """The year of a year-less dateline, from the years the story tells as past.

        The story's date is no earlier than the last thing it tells in the past tense: take
        the latest past-tense year (and the next year when that year's past events come after
        the dateline's day in it), then let weekdays written with year-less dates choose
        among nearby years when they agree on one.
        """
        month, day = expression.month, expression.day
        latest, latest_text = self._latest_past_event(expression) or (None, "")
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

    def _latest_past_event(self, expression: TimeExpression) -> tuple[tuple[int, int, int], str] | None:
        """(year, month, day) of the latest event the story tells in the past tense (the first
        of its month or year when no day is given), and how it is written; None when none."""
        latest: tuple[int, int, int] | None = None
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
        return (latest, latest_text) if latest else None

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


# ", and" opens a clause of its own when a new subject follows, perhaps after a phrase of time,
# or a phrase of time and a comma: ", and he left", ", and in 2012 it opened", ", and in 2012,
# Smith left" (not ", and the Louvre in 2012", a list)
_TIME_PHRASE = r"(?:in|on|at|by|during|since|after|before|until|last|this|next|early|late)\s+[^,;.]{1,25}?"
_NEW_SUBJECT = rf"{_TIME_PHRASE},\s+|(?:{_TIME_PHRASE}\s+)?(?:he|she|it|they|we|I|there)\b"
_CLAUSE_BREAK = re.compile(
    r"[;:—–]|\s-\s|,\s(?:but|while|whereas|although|though|where)\s|,\s(?:and|yet|so)\s+(?=" + _NEW_SUBJECT + ")"
    r"|(?<!\ball\s)\b(?:but|while(?!\s+[a-z]+ing\b)|whereas)\b"
)


def clause_bounds(text: str, s_start: int, s_end: int, start: int, end: int) -> tuple[int, int]:
    """The clause around ``start:end`` in the sentence ``s_start:s_end``: the sentence cut at
    semicolons, dashes, "but", ", where" and ", and" before a new subject."""
    left = s_start
    for match in _CLAUSE_BREAK.finditer(text, s_start, s_end):
        if match.end() > start:
            break  # (the whole sentence is searched: a break may look ahead past the span)
        left = match.end()
    right = s_end
    found = _CLAUSE_BREAK.search(text, end, s_end)
    if found:
        right = found.start()
    return left, right


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
