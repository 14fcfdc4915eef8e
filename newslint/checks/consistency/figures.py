"""C104: the same counted thing given two different figures in one story."""

from __future__ import annotations

import re
from functools import lru_cache

from ...datafiles import data_words
from ...prefilter import guarded_in_time
from ...rule import Context, Rule, accepted, flagged
from ._common import _function_word
from .similarity import osa_distance

_COUNT = re.compile(
    r"(?<![\w.,$£€-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[ \t]+(million|billion|trillion))?"
    r"[ \t]+([a-z][a-z-]+|[A-Z][a-z]+)(?:[ \t]+([a-z][a-z-]+|[A-Z][a-z]+))?"
    r"(?=[\s,.;:!?)”\"’']|$)"
)


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    """Nouns too general to tell one count from another ("12 people", "five years")."""
    return data_words("generic_count_words.txt")


# Words that make two figures a change, a comparison or a part: "rose from 12,000 to
# 120,000", "up from", "another 200 soldiers".
_CHANGE = re.compile(
    r"\b(?:from\b.*\bto|rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increase\w*|"
    r"decrease\w*|drop\w*|grew|grow\w*|jump\w*|climb\w*|doubl\w*|tripl\w*|up|down|compared|"
    r"than|previous\w*|earlier|last|another|further|additional|extra|more|fewer|less|total\w*|"
    r"of whom|out of|between|up to|per|each|every|latest|new|revised|now)\b",
    re.I,
)


def _digits(number: str) -> str:
    return number.replace(",", "")


def _digit_slip(a: str, b: str) -> bool:
    """A digit added, dropped or two swapped: 120000 / 12000, 450 / 45, 1250 / 1520.

    A changed digit (20 / 25) is more often a different count than a slip, and is left alone.
    """
    if osa_distance(a, b, 1) != 1:
        return False
    return len(a) != len(b) or sorted(a) == sorted(b)


class FigureGivenTwoWays(Rule):
    """The same counted thing given two different figures in one story.

    *What it flags*: a figure followed by the same two words twice in a story with two
    numbers that differ by a digit added, dropped or swapped ("120,000 ethnic Armenians" …
    "12,000 ethnic Armenians"): one of them is very likely a slip. The finding is on the
    later figure and names the earlier.

    *Why it matters*: a figure that changes between paragraphs makes the reader doubt both,
    and a dropped or added digit is an easy slip to make and a hard one to see.

    *Flagged*: "Most of its 80,000 hill farmers left. … All 8,000 hill farmers
    moved."

    *Preferred*: "Most of its 80,000 hill farmers left. … All 80,000 hill farmers
    moved."

    *Known limits*: only figures a digit apart, followed by the same two words (neither of
    them a small word or a generic noun such as "people", "years", "votes"), are compared,
    and only in sentences that do not speak of a change or a comparison ("rose from 12,000
    to 120,000", "another 200 soldiers", "up from"): different counts of the same thing are
    often right (casualty figures, polls over time). Figures inside direct quotations
    are left out: a speaker's figure may differ from the reporter's, and the story says so.
    """

    code = "C104"
    name = "figure-given-two-ways"
    family = "consistency"
    severity = "warning"
    needs = ("quotes",)
    examples = (
        flagged(
            "Most of its 80,000 hill farmers moved to the coast. Officials said all 8,000 "
            "hill farmers had left.",
            "8,000",
        ),
        flagged(
            "Headline\n\nThe fund holds 450 Syrian refugees, Zoë Müller said. All 45 Syrian "
            "refugees are safe, she said.",
            "45",
        ),
        flagged(
            "12,500 ethnic Armenians fled. Officials said 15,200 ethnic Armenians fled", "15,200"
        ),
        accepted("12,500 ethnic Armenians fled. Officials said 12,600 ethnic Armenians fled."),
        accepted(""),
        accepted("Most of its 80,000 hill farmers moved to the coast."),
        accepted("The number rose from 12,000 ethnic Armenians to 120,000 ethnic Armenians."),
        accepted(
            "In May 12,000 ethnic Armenians had fled. By June, another 120,000 ethnic Armenians "
            "had left."
        ),
        accepted("Some 12 people died in Baku. Officials said 13 people died in Ganja."),
        accepted("The 2004 election was close. The 2005 election was not."),
        accepted("Police held 120 protesters. “We held 12 protesters,” a spokesman said."),
        accepted("Police held 120 \"violent protesters\". Later 12 'violent protesters' left."),
    )

    def check(self, doc, context: Context):
        seen: dict[tuple[str, ...], list[tuple[int, int, str, int]]] = {}
        sentence_starts = [s.start for s in doc.sentences]
        import bisect

        quotes = doc.analysis("quotes")
        counts = guarded_in_time(_COUNT, len(doc.paragraphs))  # (the same matches, found faster)
        for paragraph in doc.paragraphs:
            for match in counts.finditer(doc.prose, paragraph.start, paragraph.end):
                if quotes.inside(match.start()):
                    continue  # a speaker's figure: sources often differ, and say so
                number, scale, first, second = match.groups()
                digits = _digits(number)
                if re.fullmatch(r"1[89]\d\d|20\d\d", number) or "." in number:
                    continue
                if not second or any(
                    _function_word(w) or w.lower() in _generic() for w in (first, second)
                ):
                    continue
                words = [first, second]
                key = tuple(w.lower() for w in words) + ((scale or "",))
                index = bisect.bisect_right(sentence_starts, match.start()) - 1
                begin = match.start(2) if scale else match.start(3)
                thing = " ".join(doc.text[begin : match.end(4)].split())
                seen.setdefault(key, []).append((match.start(1), match.end(1), digits, index, thing))
        for key, places in seen.items():
            for later_i, (start, end, digits, sentence, _) in enumerate(places):
                for earlier in places[:later_i]:
                    if earlier[2] == digits or earlier[3] == sentence:
                        continue
                    if not _digit_slip(earlier[2], digits):
                        continue
                    if self._changing(doc, earlier[3]) or self._changing(doc, sentence):
                        continue
                    before, thing = doc.text[earlier[0] : earlier[1]], earlier[4]
                    yield self.finding(
                        doc,
                        start,
                        end,
                        f"This story gives {before} {thing} earlier and {doc.text[start:end]} "
                        f"here; check which figure is right.",
                        suggestions=[before],
                        related=[(earlier[0], earlier[1], f'"{before}" here')],
                    )
                    break

    @staticmethod
    def _changing(doc, index: int) -> bool:
        if index < 0:
            return True
        span = doc.sentences[index]
        return bool(_CHANGE.search(doc.prose, span.start, span.end))
