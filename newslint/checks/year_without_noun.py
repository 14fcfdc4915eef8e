"""G322: "the" before a year that no noun follows ("in the 1880.", "since the 1994 and")."""

from __future__ import annotations

import re

from ..analysis import lexicon as lx
from ..rule import Context, Rule, accepted, flagged
from .missing_words import headline_style

_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
# One year or several joined ("the 1974 and 1978", "the 1999, 2001 and the 2002", "the
# 1823–1873"); never a decade ("the 1880s") nor a longer number ("the 18,000").
_YEARS = rf"{_YEAR}(?:(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]*(?:and|or|to|-|–|—)[ \t]*)(?:the[ \t]+)?{_YEAR})*"
# Prepositions of time: after "of" a four-figure number is as often a count ("of the 1200,
# 300 were killed").
_PATTERN = re.compile(
    rf"(?<![\w'’-])(in|since|during|after|before|until|till|from|by|for|at|throughout)[ \t]+"
    rf"(the[ \t]+)({_YEARS})(?![\w'’-])(?![.,]?\d)([ \t]*)(.{{0,40}})"
)
# What ends the phrase with no noun after the year: a mark that closes a clause ...
_CLOSING = re.compile(r"[.;!?)]|$")
# ... a comma before anything but another year ("the 1953, ’54 and ’55 seasons") ...
_COMMA = re.compile(r",(?![ \t]*(?:the[ \t]+)?['’]?\d)")
# ... or "and"/"or" before a verb, with no number in the two words after it ("in the 1903 and filed by";
# not "the 1980 and early 1990s").
_AND_WORD = re.compile(r"(?:and|or)[ \t]+([a-z]+)(?![\w'’-])((?:[ \t]+\S+){0,2})")
# A number a name stands before elsewhere in the draft is a model's ("the CDC 1604 ... in the
# 1604"), unless the name is a month or a season.
_NAMED = r"(?<![\w'’-])([A-Z][\w-]*)[ \t]+{}(?![\w'’-])"
_NOT_NAMES = frozenset(
    "In On At By For From Since Until During After Before The Of And Or To January February March"
    " April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug"
    " Sep Sept Oct Nov Dec Spring Summer Autumn Fall Winter".split()
)


def ends_without_noun(after: str) -> bool:
    """Does the text ``after`` a year (its leading spaces removed) show that no noun follows
    it: a closing mark, a comma before no other year, "and" before a verb with no number
    close after?"""
    if _CLOSING.match(after) or _COMMA.match(after):
        return True
    joined = _AND_WORD.match(after)
    if not joined or re.search(r"\d", joined.group(2)):
        return False
    tags = lx.tags(joined.group(1))
    return "v" in tags and "n" not in tags and "a" not in tags


def named_number(text: str, number: str) -> bool:
    """Does a name stand straight before ``number`` somewhere in ``text`` ("CDC 1604")?"""
    return any(m.group(1) not in _NOT_NAMES for m in re.finditer(_NAMED.format(number), text))


class YearWithoutNoun(Rule):
    """"the" before a year that no noun follows ("in the 1880.", "since the 1994 and").

    *What it flags*: "the" and a year after a preposition of time ("in", "since", "during",
    "by", "from" ...) when nothing the year could describe follows it: a full stop, a comma,
    a closing bracket, or "and" before a verb. "The" makes the year describe a noun ("the
    1994 season", "the 1880 census"); with no noun the year is a date and takes no "the"
    ("in 1880"), or the writer meant a decade ("the 1880s").

    *Why it matters*: a dropped noun ("the 1994 [season]") or a dropped "s" ("the 1880[s]")
    leaves a sentence that says nothing exact; a spell checker passes every word of it.

    *Flagged*: "Electric lights were installed in the 1880."

    *Preferred*: "Electric lights were installed in 1880." (or "in the 1880s")

    *Options*: none; switch the rule off or re-grade it with ``G322`` in the configuration.

    *Known limits*: years joined by "and", "to" or commas are read as one phrase ("during
    the 1962 and 1963 seasons"); a comma before another year ("the 1953, ’54 and ’55
    seasons") and "and" before a number close after ("the 1980 and early 1990s") are left
    alone. Not after "of", where a four-figure number is often a count ("of the 1200, 300
    were killed"). A number that a name stands before elsewhere in the draft is a model
    ("the CDC 1604 ... faster than in the 1604") and is left alone. Headlines and direct
    quotations are not checked.
    """

    code = "G322"
    name = "year-without-noun"
    family = "grammar"
    severity = "warning"
    quotes = "skip"
    needs = ("lexicon",)
    examples = (
        accepted(""),
        accepted("Electric lights were installed in 1880, and in the 1890s gas lamps went."),
        flagged("Electric lights were installed in the 1880.", "the 1880"),
        flagged("He was first elected in the 1994, Ana Müller said.", "the 1994"),
        flagged("The idea was first alluded to in the 1903 and filed in July 1900.", "the 1903"),
        flagged("The storms from the 1999, 2001 and 2002, brought up to 3,000 bolts.", "the 1999, 2001 and 2002"),
        accepted("During the 1962 and 1963 seasons, the Mets played at the Polo Grounds."),
        accepted("In the 1953, ’54 and ’55 seasons, the team wore red socks."),
        accepted("The region grew fast in the 1980 and early 1990s, said Zoë Lee."),
        accepted("The CDC 1604 was fast, and Cray used cheap transistors in the 1604."),
        accepted("The film was shown in the 1950–51 season and at the 1990.0 epoch."),
        accepted("Of the 1200, 300 were killed; he left in the 2008 election and by the 2012 vote."),
        accepted("“It was built in the 1880,” said José Álvarez."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        for p, match in vocabulary.matches(_PATTERN):
            if not ends_without_noun(match.group(5)):
                continue
            years = re.findall(_YEAR, match.group(3))
            if any(named_number(doc.text, year) for year in years):
                continue
            if headline_style(doc, doc.paragraphs[p]):
                continue
            start, end = match.start(2), match.end(3)
            written = doc.text[start:end]
            bare = doc.text[match.end(2) : end]
            yield self.finding(
                doc,
                start,
                end,
                f"\"{written}\": no noun follows the year; a date takes no \"the\" (\"{bare}\"), or "
                f"a noun is missing (\"{written} season\"), or a decade was meant (\"{written}s\").",
                suggestions=[bare],
            )
