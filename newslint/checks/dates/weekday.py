"""D101: a weekday that does not match the date written with it."""

from __future__ import annotations

import datetime as dt
import re

from ...analysis.dates import WEEKDAY_NAMES, nearest_year
from ...rule import Context, Rule, accepted, flagged
from ._common import _about, _day_text, _reference, _related

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
