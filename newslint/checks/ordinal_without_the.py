"""G308: an ordinal without "the" after a preposition ("for first time")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import lexicon as lx
from ..datafiles import data_lines
from ..rule import Context, Rule, accepted, flagged
from .missing_words import DETERMINER_WORDS, headline_style
from .verbs import function_words

_ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Prepositions after which "the" + ordinal + noun was counted (and is read).
ORDINAL_PREPOSITIONS = frozenset(
    "in on for during of at from since until after before into within over".split()
)
_G308 = re.compile(
    r"(?<![\w'’-])(?:in|on|for|during|of|at|from|since|until|after|before|into|within|over)[ \t]+"
    r"((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d+(?:st|nd|rd|th))[ \t]+([a-z]+))(?![\w'’-])"
)


def is_ordinal(word: str) -> bool:
    """"first" … "twelfth", "19th", "21st"."""
    return word in _ORDINAL_WORDS or bool(_ORDINAL.fullmatch(word))


@lru_cache(maxsize=1)
def ordinal_nouns() -> frozenset[str]:
    """Nouns seldom bare after a preposition and an ordinal ("time", "century", "half")."""
    return frozenset(line.split("\t")[0] for line in data_lines("ordinal_nouns.txt"))


class OrdinalWithoutThe(Rule):
    """An ordinal with no "the" after a preposition ("for first time", "in 19th century").

    *What it flags*: an ordinal ("first", "second", "19th") and a singular noun right after
    a preposition with no determiner: "for first time", "in 19th century", "during second
    half". Only nouns that measured text almost always gives "the" there are read, so "in
    second place", "at first glance", "at first sight" and "at first light" are never
    flagged.

    *Why it matters*: an ordinal picks out one thing in a series and takes "the"; a dropped
    article is a slip of fast or second-language writing that a spell checker passes.

    *Flagged*: "The team won the league for first time in 1998."

    *Preferred*: "The team won the league for the first time in 1998."

    *Options*: none; switch the rule off or re-grade it with ``G308`` in the configuration.

    *Known limits*: headlines without a full stop are left alone (headline style drops
    articles), as are "at first" (an adverb), an ordinal and noun that describe a following
    noun, name or number ("fourth quarter profits", "20th century dictators", "first quarter
    2005") and nouns the measured text gives too rarely after an ordinal. Direct quotations
    are checked.

    *How sure*: advice (info) since the prec12 precision audit: on Wikipedia text, 9 of 12
    warnings on AD_70-99 were right; the false ones were fixed phrases and modifiers ("written
    in second person", "third generation airbag systems", "the final choice of first name").
    """

    code = "G308"
    name = "ordinal-without-the"
    family = "grammar"
    severity = "info"
    needs = ("lexicon",)
    examples = (
        accepted(""),
        accepted("The team won the league for the first time in 1998."),
        flagged("The team won the league for first time in 1998.", "first time"),
        flagged("The church was built in 19th century, Zoë Müller said.", "19th century"),
        flagged("“We scored in second half,” said José Álvarez.", "second half"),
        flagged('"We scored in second half," said José Álvarez.', "second half"),
        flagged("Report\n\nThe church was built in 12th century", "12th century"),
        accepted("She finished in second place and at first glance, at first light, it looked easy."),
        accepted("Club wins league for first time"),
        accepted("Sales rose in fourth quarter profits; at first thought it was small."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        folded = vocabulary.folded
        for p, match in vocabulary.matches(_G308):
            offset = match.start()
            if match.group(2) not in ordinal_nouns():
                continue
            paragraph = doc.paragraphs[p]
            if headline_style(doc, paragraph):
                continue
            phrase = doc.text[match.start(1) : match.end(1)]
            if phrase != match.group(1):
                continue  # "in First Division": a name
            if folded[offset : offset + 3] == "at " and match.group(1).startswith("first "):
                continue  # "at first" is an adverb ("at first thought very little of it")
            after = re.match(r"[ \t]*([\w'’-]+)", doc.text[match.end(1) : match.end(1) + 40])
            if after and self._describes(after.group(1)):
                continue  # "21st century America", "fourth quarter profits": a modifier
            yield self.finding(
                doc,
                match.start(1),
                match.end(1),
                f"\"{phrase}\": an ordinal usually takes \"the\"; check whether \"the {phrase}\""
                " was meant.",
                suggestions=[f"the {phrase}"],
            )

    @staticmethod
    def _describes(word: str) -> bool:
        """The ordinal and noun describe ``word``: a noun, a name or a number follows."""
        if not word[:1].isalpha() or not word[:1].islower():
            return True
        if word in function_words() or word in DETERMINER_WORDS:
            return False
        found = lx.tags(word)
        return bool(set(found) & set("np")) and not set(found) & set("x")
