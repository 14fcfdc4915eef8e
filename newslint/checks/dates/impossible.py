"""D102: a date that does not exist ("April 31", "Feb. 30", "Feb. 29, 2023")."""

from __future__ import annotations

import re

from ...analysis.dates import AP_MONTHS, MONTH_NAMES, nearest_year
from ...rule import Context, Rule, accepted, flagged
from ._common import _reference

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
    month = MONTH_NAMES[e.month]
    written = e.text
    for day in (e.day, e.day2):
        if day is None:
            continue
        if e.month == 2 and day == 29:
            import calendar  # only here and for February: ~1 ms of start-up with the locale module

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
        import calendar

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
