"""What a time expression means against the story's own date ("last Tuesday" → 2024-08-13).

``resolve(expression, reference, dates)`` gives a TIMEX3-like value and, for a day, the date;
``nearest_year`` puts a year-less day in the year nearest the story's date. ``dates`` (the
``Dates`` analysis), when given, lets the tense of a clause choose the year of a day far from
the story's date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .date_expressions import UNIT_DAYS, TimeExpression

if TYPE_CHECKING:
    from .dates import Dates


@dataclass(frozen=True)
class Resolution:
    """What a time expression resolves to against the story's reference date."""

    value: str  # TIMEX3-like: 2024-08-19, 2024-08, 2024, 199, 2024-W33, or "" when unknown
    date: dt.date | None = None  # the day, when the expression names one
    year_inferred: bool = False  # a year-less date whose year was taken from the reference


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


def _year_by_tense(e: TimeExpression, year: int, reference: dt.date, dates: Dates) -> int:
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
