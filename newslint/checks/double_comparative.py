"""G320: "more" or "most" before an adjective already compared ("more taller", "most biggest")."""

from __future__ import annotations

import re

from ..analysis import lexicon as lx
from ..rule import Context, Rule, accepted, flagged
from .confusables.than_then import is_comparative
from .missing_words import headline_style
from .superlative_without_the import is_superlative

# "more" or "most", the next word, and what follows it (a word or a mark), in folded prose.
# Not after "or": "200 or more fewer than" counts, "more" standing for a number.
_PATTERN = re.compile(r"(?<![\w'’-])(?<!\bor )(more|most)[ \t]+([a-z]+)(?![\w'’-])(?:[ \t]*([a-z]+|[^\w\s]))?")
# The irregular forms ("more better", "most worst"), which the tests by ending below miss.
_IRREGULAR = {"er": frozenset(("better", "worse")), "est": frozenset(("best", "worst"))}


def compared(word: str, degree: str) -> bool:
    """Is ``word`` an adjective's comparative (``degree`` "er") or superlative ("est") by its
    ending, as the word list has the word and its plain adjective ("taller", "biggest",
    "better"), and no noun or verb ("number", "closer", "interest", "honest")?"""
    if word in _IRREGULAR[degree]:
        return True
    if degree == "est":
        return is_superlative(word)
    return is_comparative(word) and not set(lx.tags(word)) & {"n", "v"}


class DoubleComparative(Rule):
    """"more" or "most" before an adjective already compared ("more taller", "most biggest").

    *What it flags*: "more" before a comparative made with "-er" ("more taller than", "more
    easier", "more better") and "most" before a superlative made with "-est" ("the most
    biggest", "most worst"): the adjective is compared twice. The forms come from the word
    list: the word and its plain adjective must both be adjectives there ("taller", "tall"),
    so "more water", "most honest", "more clever" and "most interest" are never read.

    *Why it matters*: a double comparative is a slip of speech or of a rewrite ("more
    expensive" changed to "cheaper" without the "more"); every stylebook mends it.

    *Flagged*: "The new bridge is more taller than the old one."

    *Preferred*: "The new bridge is taller than the old one."

    *Options*: none; switch the rule off or re-grade it with ``G320`` in the configuration.

    *Known limits*: "more" before a comparative and a noun is left alone, since "more" may
    count the noun there ("more older voters turned out": more voters who are older); so is
    "more" before a comparative the word list lacks. Headlines and direct quotations are not
    checked, and "more" after "or" ("200 or more fewer than": a count). Measured
    (2026-12-05): over the clean copy (Wikipedia text_AD_wiki_80-99, the dev corpus and its
    clean drafts, web text; 5.2 million words) no finding; over Wikipedia text_AA, AB and AC
    (300 files) 10, all slips ("the most busiest", "a more softer sound", "much more
    cheaper"), once two "or more fewer than" were left alone.
    """

    code = "G320"
    name = "double-comparative"
    family = "grammar"
    severity = "warning"
    quotes = "skip"
    needs = ("lexicon",)
    examples = (
        accepted(""),
        accepted("The new bridge is taller than the old one, and the most expensive yet."),
        flagged("The new bridge is more taller than the old one.", "more taller"),
        flagged("It was the most biggest crowd, and the pitch is more better now.", "most biggest", "more better"),
        flagged("Travel became more easier, Zoë Müller said.", "more easier"),
        accepted("More older voters turned out, and more water flowed; the most honest man won."),
        accepted("He grew more clever and more bitter, and showed most interest in the latest news."),
        accepted("“It is more better now,” said José Álvarez."),
        accepted("If the total is 200 or more fewer than the other side's, play goes on."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        for p, match in vocabulary.matches(_PATTERN):
            grade, word, after = match.group(1), match.group(2), match.group(3)
            if not compared(word, "er" if grade == "more" else "est"):
                continue
            if not doc.text[match.start(2) : match.end(2)].islower():
                continue  # "the most Best Director Oscars": a title
            if grade == "more" and after and after[:1].isalpha() and set(lx.tags(after)) & {"n", "a"} and "r" not in lx.tags(after):
                continue  # "more older voters": "more" counts the noun
            if headline_style(doc, doc.paragraphs[p]):
                continue
            start, end = match.start(1), match.end(2)
            written = doc.text[start:end]
            right = doc.text[match.start(2) : end]
            yield self.finding(
                doc,
                start,
                end,
                f"\"{written}\": \"{right}\" is compared already; drop \"{doc.text[start : match.end(1)]}\".",
                suggestions=[right],
            )
