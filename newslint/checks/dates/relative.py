"""D105: relative wording ("yesterday", "today") that the dates written with it contradict."""

from __future__ import annotations

import datetime as dt
import re

from ...analysis.dates import MONTH_NAMES, WEEKDAY_NAMES
from ...english import DAY_WORDS
from ...rule import Context, Rule, accepted, flagged
from ._common import _about, _day_text, _reference, _related

# -- relative wording ----------------------------------------------------------------------

_SHIFT = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}

_GAP_TO_NAMED = re.compile(r"^(?:,\s*|\s*\(\s*|\s*[—–]\s*)(?:on\s+)?$")


class RelativeDateContradiction(Rule):
    """Relative wording that the dates written with it contradict.

    *What it flags*: "yesterday (Monday)" in a story dated on a Wednesday; "today, Aug. 21" in
    a story dated Aug. 20; "next month, on Feb. 3" in a story dated in March; "three days later, on Aug. 30" when the last date given was Aug. 20;
    "in recent months" in a sentence about something dated more than a year before the story
    ("in recent weeks": two months; "in recent days": two weeks), or told in the past perfect
    ("talks had stalled in recent months") before an event the next sentence dates more than
    half that long before the story ("They resumed talks in October 2023").

    *Why it matters*: relative days go stale when a story is held, moved or rewritten; a
    named day beside them shows which one is wrong.

    *Flagged*: "The talks ended yesterday (Monday)." (in a story dated Wednesday, Aug. 21, 2024)

    *Preferred*: "The talks ended yesterday (Tuesday)."

    *Options*: none; give the story's date with ``--date`` or ``date:`` in the front matter.

    *Known limits*: only a weekday or date written right beside the relative words, and "N
    days later" against the date just before it, are compared. "Last week" and "next week"
    are taken loosely: any day of the two weeks on that side of the story's date fits.
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
        flagged("Progress had slowed in recent months after Łódź pulled out. The two sides "
                "met again towards the end of October 2023.", "in recent months", date="2024-08-20"),
        accepted("Progress had slowed in recent months after Łódź pulled out. The two sides "
                 "met again in June 2024.", date="2024-08-20"),
        accepted("Talks stalled in recent months after Łódź refused to take part. In October 2023 "
                 "the two sides had met in Baku.", date="2024-08-20"),
        flagged("The talks in Łódź will resume next month, on Feb. 3.", "next month, on Feb. 3", date="2016-03-29"),
        flagged("The summit was held last week, on March 2.", "last week, on March 2", date="2016-03-29"),
        flagged("Prices fell this month (Feb. 2).", "this month (Feb. 2)", date="2016-03-29"),
        accepted("The talks in Łódź will resume next month, on April 3.", date="2016-03-29"),
        accepted("The summit was held last week, on March 22.", date="2016-03-29"),
        accepted("The summit is next week, on March 30.", date="2016-03-29"),
        accepted("The summit was held last week, on March 2."),
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
            if e.relative in DAY_WORDS:
                if not reference.firm:
                    continue
                day = dates.resolve(e, reference).date
                yield from self._against_day(doc, e, following, day, end, reference)
            elif e.relative and e.relative.endswith(" later") and e.unit in ("day", "week") and e.amount:
                yield from self._later(doc, dates, reference, index, e, following, end)
            elif e.unit in ("week", "month") and e.qualifier in _SHIFT and reference.firm:
                yield from self._against_period(doc, dates, e, following, end, reference)
        # a dateline year inferred from the past events is the earliest the story can be, so
        # "in recent months" can only be staler than it looks against it
        yield from self._recent(doc, dates, reference)

    def _recent(self, doc, dates, reference):
        """ "in recent months" about something the same sentence dates long before; or, told
        in the past perfect ("talks had stalled in recent months"), before what the next
        sentence of the paragraph dates long before ("They resumed talks in October 2023")."""
        limits = {"day": 14, "week": 60, "month": 365}
        for e in dates.expressions:
            if e.kind != "relative" or not (e.relative or "").startswith("in recent") or e.unit not in limits:
                continue
            s_start, s_end = dates.sentence(e.start)
            limit, where = limits[e.unit], "the same sentence dates it to"
            span = (s_start, s_end)
            dated = [x for x in dates.expressions if s_start <= x.start < s_end and x.kind in ("date", "month")]
            if not dated and _PAST_PERFECT.search(doc.prose, max(s_start, e.start - 40), e.start):
                after_start, after_end = dates.sentence(s_end + 1) if s_end < len(doc.prose) else (s_end, s_end)
                if after_start >= s_end and "\n" not in doc.prose[s_end:after_start]:
                    span = (after_start, after_end)
                    limit = limit // 2
                    where = "what it came before is dated in the next sentence to"
            for other in dates.expressions:
                if not (span[0] <= other.start < span[1]) or other.kind not in ("date", "month"):
                    continue
                if other.year is None:
                    continue
                last_day = _last_day(other)
                if last_day is None or (reference.date - last_day).days <= limit:
                    continue
                yield self.finding(
                    doc, e.start, e.end,
                    f"Check whether \"{e.text}\" is right: {where} "
                    f"{other.text}, more than {_span_words(limit)} before "
                    f"{_about(reference)}{' (the earliest year the story allows)' if not reference.firm else ''}.",
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

    def _against_period(self, doc, dates, e, named, end, reference):
        """ "next month, on Feb. 3", "last week, on March 2": a day written beside the relative
        words that does not fall in the week or month they name. A week is taken loosely (the
        seven days on that side of the story's date, and the days of the story's own week)."""
        if named.kind != "date" or not named.exists or named.day2 is not None:
            return
        target = dates.resolve(named, reference).date
        if target is None:
            return
        story, shift = reference.date, _SHIFT[e.qualifier]
        if e.unit == "month":
            month = story.month - 1 + shift
            year, month = story.year + month // 12, month % 12 + 1
            if (target.year, target.month) == (year, month):
                return
            period = f"{MONTH_NAMES[month]} {year}"
        else:
            gap = (target - story).days
            monday = -story.weekday()
            low, high = {-1: (monday - 7 - 7, 0), 0: (monday - 1, monday + 7), 1: (0, monday + 14 + 7)}[shift]
            if low <= gap <= high:
                return
            week_start = story + dt.timedelta(days=monday + 7 * shift)
            period = f"the week of {_day_text(week_start, with_year=False)}"
        yield self.finding(
            doc, e.start, end,
            f"\"{e.text}\" is {period} by {_about(reference)}, but the day given is "
            f"{named.text}; check which is meant.",
            related=((named.start, named.end, "the day given"),) + _related(reference),
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
    import calendar  # only for "in recent months" and the like: ~1 ms of start-up with locale

    try:
        if e.kind == "date":
            return dt.date(e.year, e.month, e.day2 or e.day)
        return dt.date(e.year, e.month, calendar.monthrange(e.year, e.month)[1])
    except ValueError:
        return None


def _span_words(days: int) -> str:
    return {7: "a week", 14: "two weeks", 30: "a month", 60: "two months", 182: "six months", 365: "a year"}[days]


# "had stalled in recent months": a time before another event of the story
_PAST_PERFECT = re.compile(r"(?i)\b(?:had|hadn['’]t)\s+(?:not\s+|been\s+)?[a-z]+(?:ed|en|un|ought|ept|ade|ost|one)?\s+(?:[a-z]+\s+){0,3}$")
