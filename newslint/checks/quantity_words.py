"""G319: a word for a quantity before things that are counted ("less people", "amount of visitors")."""

from __future__ import annotations

import re

from ..analysis import lexicon as lx
from ..rule import Context, Rule, accepted, flagged
from .agreement.nouns import counted_plural
from .missing_words import headline_style, tokens_at

# The word for a quantity, and the word for a count that replaces it ("much problems" is
# G202's, with the other words that count: checks/agreement/one_thing.py).
_COUNTING = {"less": "fewer", "amount": "number"}
_PATTERN = re.compile(r"(?<![\w'’-])(less|amount[ \t]+of)[ \t]+[a-z]")
# Words before "less" that make it no quantity of the noun after: "more or less equals",
# "much less": "let alone"; "no less": "not fewer" would be no mend.
_NOT_A_QUANTITY = frozenset("or much no".split())
# Plurals that name a sum of money, which is measured: "the amount of damages", "of funds".
_SUMS = frozenset("damages funds wages dues proceeds savings earnings arrears".split())
# Adjectives between "amount of" and the noun ("amount of new cases"), at most this many.
_MAX_ADJECTIVES = 2


class QuantityWords(Rule):
    """A word for a quantity before things that are counted ("less people", "amount of visitors").

    *What it flags*: "less" straight before the plural of a noun that is counted ("less
    people", "less tickets"), and "amount of" before one, perhaps after an adjective
    or two ("the amount of visitors", "a large amount of new cases").

    *Why it matters*: English measures what cannot be counted ("less water", "an amount of
    money") and counts what can ("fewer people", "a number of visitors"). The AP Stylebook,
    Chicago and the Guardian's style guide all keep the two apart, and a copy desk mends the mix.

    *Flagged*: "Less people voted this year, and the amount of complaints rose."

    *Preferred*: "Fewer people voted this year, and the number of complaints rose."

    *Options*: none; switch the rule off or re-grade it with ``G319`` in the configuration.

    "amount of" is reported as advice (info): published news writes it before counted
    plurals too ("the amount of dropped calls"). "much" before a plural ("much problems") is
    G202's, with the other words that count a noun.

    *Known limits*: only a plural the noun tables give as the plural of a counted singular
    ("people", "visitors", "problems"; ``agreement.nouns.counted_plural``) is read, so plurals
    that name a mass ("goods", "news") or a sum of money ("damages", "funds", "earnings") are
    left alone; so are "amounts of" (several
    quantities of a substance: "large amounts of chemicals"), "less than" before a figure,
    "more or less", "much less" and "no less", an adjective between "less" and the noun ("less
    fortunate people", where "less" goes with the adjective), and plurals written as a measure
    of a quantity that some desks allow ("less than 10 years"). Headlines are skipped. Direct
    quotations are not checked: the speaker's words are reported as said.
    Measured (2026-12-04): over Wikipedia text_AD_wiki_80..99 (3.2 million words), the dev
    corpus's news and its clean drafts, 28 findings, each a slip by the stylebooks' rule: 25
    "amount of" ("amount of vehicles", "amount of hurricanes", two in published AP copy:
    "the amount of dropped calls") and 3 "less" ("less problems", "less taxes"); on real
    writers' errors (``scripts/eval_real_edits.py``) one more agreed error found on each half.
    """

    code = "G319"
    name = "quantity-for-count"
    family = "grammar"
    severity = "warning"
    quotes = "skip"
    needs = ("lexicon", "tags")
    examples = (
        accepted(""),
        accepted("Fewer people voted this year, and the number of complaints rose."),
        flagged("Less people voted this year, and the amount of complaints rose.", "Less people", "amount of complaints"),
        flagged("There were less problems with the new system, Zoë Müller said.", "less problems"),
        flagged("A large amount of new cases was reported on Monday.", "amount of new cases"),
        flagged("The price dropped, and the club sold less tickets.", "less tickets"),
        accepted("“Less people voted this year,” said José Álvarez."),
        accepted('"Less people voted this year," said José Álvarez.'),
        accepted("The plant used less water and a smaller amount of money, and less fortunate families paid."),
        accepted("Large amounts of chemicals were found; the price more or less equals the cost."),
        accepted("It was no less important, much less a crisis; he owed less than 10 dollars."),
        accepted("The amount of goods, news and earnings fell, and so did the amount of damages."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        for _, match in vocabulary.matches(_PATTERN):
            found = tokens_at(doc, match.start(1))
            if found is None:
                continue
            tokens, i = found
            k = _counted_plural_after(tokens, i)
            if k is None:
                continue
            paragraph = doc.paragraph_at(tokens[i].start)
            if paragraph is None or headline_style(doc, paragraph):
                continue
            word = tokens[i].text.lower()
            written = tokens[i].text
            start, end = tokens[i].start, tokens[k].end
            phrase = doc.text[start:end]
            mended = lx.recase(_COUNTING[word], written) + phrase[len(written):]
            yield self.finding(
                doc,
                start,
                end,
                f"\"{phrase}\": \"{word}\" is for what is measured, not counted; check whether"
                f" \"{mended}\" is meant.",
                suggestions=[mended],
                severity="info" if word == "amount" else self.severity,
            )


def _counted_plural_after(tokens, i: int) -> int | None:
    """The index of the plural of a counted noun that the quantity word at ``i`` ("less",
    "amount" of "amount of") stands before, adjectives allowed between after "amount of";
    or None."""
    word = tokens[i].text.lower()
    if i > 0 and tokens[i - 1].text.lower() in _NOT_A_QUANTITY:
        return None
    k = i + 1
    if word == "amount":
        k = i + 2
        while k < len(tokens) and k - (i + 2) < _MAX_ADJECTIVES and tokens[k].tag in ("JJ", "VBN", "VBG"):
            k += 1
    if k >= len(tokens):
        return None
    noun = tokens[k]
    if noun.tag != "NNS" or not noun.text.islower() or noun.text in _SUMS:
        return None
    if not (counted_plural(noun.text) or noun.text == "people"):
        return None  # ("people" after a quantity is persons, not a nation)
    if k + 1 < len(tokens) and tokens[k + 1].tag in ("NN", "NNS", "POS"):
        return None  # "less tax dollars": the plural describes a noun
    return k
