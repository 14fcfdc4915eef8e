"""Time expressions as written in a draft's prose, with exact offsets, before resolution.

``find_expressions(prose, ranges)`` finds full and partial dates in US and UK orders, weekdays
(with their date when one is written beside them), relative days, months with a year, seasons,
years, decades and ranges, paragraph by paragraph; ``TimeExpression`` is what it finds. The
analysis ``dates`` (``newslint.analysis.dates``) resolves them against the story's own date.
Whether a match reads as a date at all from the words around it (a count, "may" the modal, a
number that is no year) is ``date_context``'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..english import MONTHS, WEEKDAYS
from ..prefilter import guarded
from .date_context import COUNT_AFTER, looks_like_quantity, month_is_word, reads_as_year

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
            import calendar  # for this one case: ~1 ms of start-up with the locale module

            return self.year is None or calendar.isleap(self.year)
        return self.day <= _max_days(self.month)

    @property
    def has_date(self) -> bool:
        return self.kind == "date"


def _max_days(month: int) -> int:
    return (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


# -- finding expressions -------------------------------------------------------------------


class _Spans:
    """The spans already read in a paragraph, asked whether a new one overlaps any. Kept in
    buckets by where they start, so that a question looks at a few spans however many the
    paragraph holds (a scan of them all was quadratic: a one-line draft of 165 kB of dates
    took 3 s, ten times less of it 0.04 s)."""

    _WIDTH = 64

    def __init__(self) -> None:
        self._buckets: dict[int, list[tuple[int, int]]] = {}
        self._longest = 0

    def add(self, start: int, end: int) -> None:
        self._buckets.setdefault(start // self._WIDTH, []).append((start, end))
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span read so far overlaps ``start``..``end``: one that starts before
        ``end`` and ends after ``start`` (so starts after ``start`` less the longest span)."""
        buckets = self._buckets
        for bucket in range((start - self._longest) // self._WIDTH, (end - 1) // self._WIDTH + 1):
            for s, e in buckets.get(bucket, ()):
                if s < end and start < e:
                    return True
        return False


class _Local:
    """A paragraph's dates in the order read, found by where they start or end, and by identity
    (a scan of the list for each weekday was quadratic, as for ``_Spans``)."""

    def __init__(self) -> None:
        self.items: list[TimeExpression] = []
        self._starts: dict[int, list[int]] = {}
        self._ends: dict[int, list[int]] = {}
        self._places: dict[int, int] = {}  # id of an item -> its index

    def append(self, item: TimeExpression) -> None:
        self._index(len(self.items), item)
        self.items.append(item)

    def replace(self, old: TimeExpression, new: TimeExpression) -> None:
        """Put ``new`` where ``old`` is (if it is)."""
        index = self._places.get(id(old))
        if index is None or self.items[index] is not old:
            return
        del self._places[id(old)]
        self.items[index] = new
        self._index(index, new)  # (the old item's entries are checked against the new one)

    def _index(self, index: int, item: TimeExpression) -> None:
        self._starts.setdefault(item.start, []).append(index)
        self._ends.setdefault(item.end, []).append(index)
        self._places[id(item)] = index

    def starting_at(self, offset: int) -> list[TimeExpression]:
        """The items that start at ``offset``, in the order read."""
        return [self.items[i] for i in sorted(set(self._starts.get(offset, ()))) if self.items[i].start == offset]

    def ending_within(self, low: int, high: int) -> list[TimeExpression]:
        """The items that end from ``low`` to ``high``, in the order read."""
        indexes = set()
        for offset in range(low, high + 1):
            indexes.update(self._ends.get(offset, ()))
        return [self.items[i] for i in sorted(indexes) if low <= self.items[i].end <= high]


_DIGIT = re.compile(r"\d")


def find_expressions(prose: str, ranges: list[tuple[int, int]]) -> list[TimeExpression]:
    found: list[TimeExpression] = []

    def add(expression: TimeExpression) -> None:
        places[id(expression)] = len(paragraph)
        paragraph.append(expression)
        taken.add(expression.start, expression.end)

    for left, right in ranges:
        paragraph: list[TimeExpression] = []
        places: dict[int, int] = {}  # id of an expression of ``paragraph`` -> its index
        taken = _Spans()  # spans already read in the current paragraph
        local = _Local()
        # Dates, seasons, months, decades and years all hold a digit: a paragraph without one
        # (half the copy) is not scanned for them.
        numbered = _DIGIT.search(prose, left, right) is not None

        def scan(pattern: re.Pattern):
            return guarded(pattern).finditer(prose, left, right) if numbered else ()

        for pattern in (_ISO, _MDY, _DMY):
            for m in scan(pattern):
                if taken.overlaps(m.start(), m.end()):
                    continue
                month = int(m.group("month")) if pattern is _ISO else _month(m.group("month"))
                day = int(m.group("day"))
                if day == 0 or day > 39:
                    continue
                if pattern is _DMY and looks_like_quantity(prose, m):
                    continue
                if pattern is _MDY and month_is_word(prose, m):
                    continue
                if not m.group("year") and COUNT_AFTER.match(prose, m.end()):
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
            if taken.overlaps(m.start(), m.end()):
                continue
            season = m.group("season").lower()
            code = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}[season]
            add(TimeExpression(m.start(), m.end(), m.group(), "season", int(m.group("year")), unit=code))
        for m in scan(_MONTH_YEAR):
            if taken.overlaps(m.start(), m.end()) or month_is_word(prose, m):
                continue
            add(TimeExpression(m.start(), m.end(), m.group(), "month", int(m.group("year")), _month(m.group("month"))))
        for m in scan(_DECADE):
            if taken.overlaps(m.start(), m.end()):
                continue
            add(TimeExpression(m.start("decade"), m.end(), prose[m.start("decade") : m.end()], "decade", int(m.group("decade"))))
        for m in scan(_YEAR_ONLY):
            if taken.overlaps(m.start("year"), m.end()):
                continue
            if not reads_as_year(prose, m.start(), m.end(), left):
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
        for m in guarded(_WEEKDAY).finditer(prose, left, right):
            if m.group("suffix") == "s":
                continue  # "on Mondays": a habit, not a day
            name = m.group("weekday")
            weekday = WEEKDAYS[name.lower()]
            date = _date_after_weekday(prose, m.end(), local) or _date_before_weekday(prose, m.start(), local)
            if date is not None and date.weekday is None:
                _attach_weekday(paragraph, places, local, date, m.start(), m.start() + len(name), weekday, prose)
                continue
            if taken.overlaps(m.start(), m.end()):
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
        for m in guarded(_RELATIVE).finditer(prose, left, right):
            if taken.overlaps(m.start(), m.end()):
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


def _date_after_weekday(prose: str, end: int, dates: _Local) -> TimeExpression | None:
    """The date written right after a weekday: "Friday, Feb. 8", "Tuesday (20 August)"."""
    gap = re.match(r"(?:\s*\(\s*|,\s*|\s+)(?:the\s+)?", prose[end : end + 8])
    if not gap:
        return None
    at = end + gap.end()
    for date in dates.starting_at(at):
        if date.start == at and date.kind == "date":
            return date
    return None


def _date_before_weekday(prose: str, start: int, dates: _Local) -> TimeExpression | None:
    """The date written right before a weekday: "Feb. 8, 2016, a Friday", "Aug. 20 (Tuesday)"."""
    for date in dates.ending_within(start - 6, start):
        if date.kind != "date" or date.end > start or start - date.end > 6:
            continue
        gap = prose[date.end : start]
        if re.fullmatch(r",\s*(?:a\s+)?|\s*\(\s*", gap):
            return date
    return None


def _attach_weekday(
    found: list[TimeExpression], places: dict[int, int], local: _Local, date: TimeExpression,
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
    index = places.pop(id(date), None)
    if index is not None and found[index] is date:
        found[index] = combined
        places[id(combined)] = index
    local.replace(date, combined)
