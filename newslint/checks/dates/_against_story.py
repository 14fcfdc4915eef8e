"""What D103 (a past event after the story's date) and D104 (a future event before it) share:
the walk over the dates on one side of the story's date, and how a finding is worded.

Each rule says which date stands for the story (``_story``), which expressions it reads, and
judges each one (``_judge``: the message, or None); then it adds the dates that are wrong
whatever the tense (``_impossible``).
"""

from __future__ import annotations

from ...rule import Context, Rule
from ._common import _dated_past_story, _reference, _related


class YearAgainstStory(Rule):
    """A date on the wrong side of the story's date for the way the event is told."""

    after: bool  # D103 reads the dates after the story's, D104 those before it

    def check(self, doc, context: Context):
        dates, reference = _reference(doc, context)
        if reference is None:
            return
        story = self._story(reference)
        if story is None:
            return
        for e in _dated_past_story(dates, self._expressions(dates), story, after=self.after):
            message = self._judge(doc, dates, e, reference, story)
            if message:
                yield self._year_finding(doc, e.start, e.end, message, reference)
        if reference.firm:
            yield from self._impossible(doc, dates, reference)

    def _year_finding(self, doc, start: int, end: int, message: str, reference):
        return self.finding(
            doc, start, end, f"{message}; check the year.", related=_related(reference)
        )

    def _story(self, reference):
        """The date the story is read against, or None to say nothing."""
        raise NotImplementedError

    def _expressions(self, dates):
        raise NotImplementedError

    def _judge(self, doc, dates, e, reference, story) -> str | None:
        """The finding's message for ``e`` (without "; check the year."), or None."""
        raise NotImplementedError

    def _impossible(self, doc, dates, reference):
        """Findings for dates that cannot be right whatever the tense."""
        return ()
