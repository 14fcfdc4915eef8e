"""D106: a dateline whose date is later than the story's date."""

from __future__ import annotations

import datetime as dt

from ...analysis.dates import nearest_year
from ...rule import Context, Rule, accepted, flagged
from ._common import _about, _related


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
