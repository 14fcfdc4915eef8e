"""D107: a dateline without a year, when it is the story's only date."""

from __future__ import annotations

from ...rule import Context, Rule, accepted, flagged


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
