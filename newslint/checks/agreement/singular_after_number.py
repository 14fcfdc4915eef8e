"""G202: a singular noun after a number or a counting word ("100 year", "several member").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...analysis import lexicon as lx
from ...rule import Context, Rule, accepted, flagged
from ..verbs import plural_of
from .counting import (
    OF_COUNTERS,
    TRIGGERS,
    of_phrase,
    plural_needed,
)
from .nouns import SINGLE_DETERMINERS, irregular_singulars, singular_of
from .one_thing import (
    other_alone,
    plural_after_much,
    plural_after_single,
    plural_after_this,
)


class SingularAfterNumber(Rule):
    """A singular noun after a number or a counting word ("100 year", "several member").

    *What it flags*: a singular count noun after a number of two or more ("for more than 100
    year", "two time"), after "several", "many", "various", "numerous", "a few", "these",
    "those" or "both" ("several member", "these problem", "both side"), and after "one of
    the", "each of the" and the like ("one of the biggest problem"); and the other way
    round, a plural noun after "a", "an", "another", "each", "every" or "this" ("a women was",
    "every members", "this reports are"). "other" standing for a noun after a counting word
    or a preposition wants its plural ("and many other.", "met with other who"). Describing words may stand between ("two new member"). Also "these
    kind of" and "those sort of" ("these kinds of") and a plural straight after "much"
    ("much problems": "many problems").

    *Why it matters*: a number or a counting word asks for a plural noun; a singular one is
    a slip that a reader notices at once.

    *Flagged*: "The bridge has stood for more than 100 year."

    *Preferred*: "The bridge has stood for more than 100 years."

    A capitalised adjective may stand between ("five Republican contest"), and a day or
    month after the noun does not make it a modifier ("lost two job Monday").

    *Known limits*: a noun that modifies the next word is left alone ("a 100-year-old law",
    "a two hour drive", "three time winner"), as are units of measure ("3 foot", "5 pound",
    "20 percent"; not "point": "within two point of"), numbers that are not counts (years, "page 12", "No. 10", "$5", "3-1"),
    "one", mass nouns ("several information" is not flagged) and "one of the family" (a
    noun that names a group). "these", "those", "both" and "many" may be pronouns ("most of
    these deal with", "those plan to"): after them a noun that is a verb too is left alone,
    unless a preposition stands before them and after it ("on several issue over"). After
    "this" a plural that is a verb too is flagged only before a verb ("this reports are";
    not "this reports the news"). Count and mass nouns come from lemminflect and word
    frequencies, so a rare noun may be missed; a word that is mostly an adjective, its plural
    much rarer, is read as one ("two major islands", "17 private, 12 public schools"), so
    "five Republican primary" is missed. Direct quotations are not checked.
    """

    code = "G202"
    name = "singular-after-number"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon", "quotes")
    quotes = "skip"
    examples = (
        accepted(""),
        accepted("The bridge has stood for more than 100 years."),
        flagged("The bridge has stood for more than 100 year.", "year"),
        flagged("Several member of the board resigned, Zoë Müller said.", "member"),
        flagged("Both side agreed to talk.", "side"),
        flagged("It was one of the biggest problem", "problem"),
        accepted("“It took more than 100 year,” said Zoë Müller."),
        accepted('"It took more than 100 year," said Zoë Müller.'),
        accepted("A 100-year-old law, a two hour drive and a 10 year plan."),
        accepted("He is 6 foot tall, weighs 200 pound and won 20 percent."),
        accepted("The 2004 election, page 12, Section 2 and No. 10 were cited."),
        accepted("One of the family was there; one year later, several hundred came."),
        accepted("Both man and machine failed."),
        flagged("A women was rescued from the river.", "women"),
        accepted("A few days later a jobs report and a means of appeal came out."),
        flagged("These kind of errors cost much problems.", "kind", "much problems"),
        accepted("This kind of error needs much larger fixes; much needs doing."),
        accepted("Both liberal outside groups and several senior inside sources agreed."),
        flagged("The deal covers Acme, Globex and many other; this reports are wrong.", "other", "reports"),
        accepted("Most of these deal with roads; they help each other, and this means war."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        for _, tokens, i in vocabulary.token_hits(_pattern()):
            if tokens[i][0] == "other":
                if other_alone(tokens, i):
                    yield self._number_finding(doc, tokens[i - 1], tokens[i], "others", "plural")
                continue
            if tokens[i][0] == "much":
                k = plural_after_much(tokens, i)
                if k is not None:
                    written = doc.text[tokens[i][1] : tokens[i][2]]
                    right = lx.recase("many", written)
                    noun = doc.text[tokens[k][1] : tokens[k][2]]
                    yield self.finding(
                        doc,
                        tokens[i][1],
                        tokens[k][2],
                        f"\"{written} {noun}\": a plural noun takes \"{right}\", not \"{written}\".",
                        suggestions=[f"{right} {noun}"],
                    )
                continue
            if tokens[i][0] in SINGLE_DETERMINERS or tokens[i][0] == "this":
                k = plural_after_this(tokens, i) if tokens[i][0] == "this" else plural_after_single(tokens, i)
                if k is not None:
                    noun = tokens[k]
                    singular = singular_of(noun[0]) or irregular_singulars().get(noun[0], "")
                    yield self._number_finding(doc, tokens[i], noun, singular, "singular")
                if tokens[i][0] != "each":
                    continue
            k = of_phrase(tokens, i) if tokens[i][0] in OF_COUNTERS else None
            if k is None and tokens[i][0] not in ("one", "each"):
                k = plural_needed(tokens, i)
            if k is None:
                continue
            plural = plural_of(tokens[k][0])
            if plural:
                yield self._number_finding(doc, tokens[i], tokens[k], plural, "plural")

    def _number_finding(self, doc, before, noun, form: str, number: str):
        """The finding that ``noun``, after the word ``before``, should be ``form`` (its
        ``number``: plural or singular)."""
        written = doc.text[noun[1] : noun[2]]
        said = doc.text[before[1] : before[2]]
        right = lx.recase(form, written)
        return self.finding(
            doc,
            noun[1],
            noun[2],
            f"After \"{said}\", \"{written}\" should probably be {number}: \"{right}\".",
            suggestions=[right],
        )


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    words = lx.alternation(TRIGGERS | {"other", "this"})
    return re.compile(rf"(?<![\w'.,])(?:{words}|\d[\d,]*)(?![\w'])")
