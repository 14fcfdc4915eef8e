"""G321: an adverb where an adjective belongs, before a noun ("the increasingly deterioration")."""

from __future__ import annotations

import re

from ..analysis import lexicon as lx
from ..rule import Context, Rule, accepted, flagged
from .confusables import near_words
from .missing_words import headline_style, tokens_at

# A determiner, a word in "-ly" and the word after it, in folded prose. Not "that", "this",
# "these", "those" or "her", which may stand alone before an adverb and a verb the tagger
# reads as a noun ("spicules that typically project", "These mostly date to").
_PATTERN = re.compile(
    r"(?<![\w'’-])(?:the|a|an|his|its|their|our|my|your)"
    r"[ \t]+([a-z]+ly)[ \t]+([a-z]+)(?![\w'’-])"
)
# Tags of a word after the noun that make the noun part of a longer describing phrase ("a
# highly energy intensive industry", "a fully velocity compensated scan", "the mainly
# limestone dominated range"), a noun that describes the next one, or a word joined to it
# ("a predominantly gray and black hue", "a specifically rock and roll style").
_DESCRIBED_AFTER = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "VBN", "VBG", "HYPH", "POS", "CD", "CC", "-LRB-"))
# The pair counts keep a pair seen this often; an adverb seen before the noun as often is
# English there ("a highly energy intensive": "highly energy" 4 times).
_SEEN = 3


def adjective_of(adverb: str) -> str | None:
    """The adjective an adverb in "-ly" is made from, when the lexicon has it as one:
    "largely" -> "large", "entirely" -> "entire", "easily" -> "easy", "simply" -> "simple",
    "basically" -> "basic", "truly" -> "true", "fully" -> "full"."""
    stem = adverb[:-2]
    forms = [stem, stem + "e", adverb[:-1]]
    if adverb.endswith("ily"):
        forms.insert(0, adverb[:-3] + "y")
    if adverb.endswith("ally"):
        forms.append(adverb[:-4])
    if adverb.endswith("ly") and stem[-1:] in ("b", "p", "t", "d", "k", "g"):
        forms.append(stem + "le")
    return next((form for form in forms if len(form) > 2 and "a" in lx.tags(form)), None)


class AdverbForAdjective(Rule):
    """An adverb where an adjective belongs, before a noun ("the increasingly deterioration").

    *What it flags*: a word that can only be an adverb in "-ly", between a determiner and a
    noun that ends its phrase, when the lexicon has the adjective it is made from: "an
    internationally attraction", "a linearly combination", "the initially uproar" ("international",
    "linear", "initial"). The tagger must read the adverb and the noun as such, and the pair
    counts (``data/near_words.bin``) must never have seen the adverb before that noun.

    *Why it matters*: a noun is described by an adjective; the adverb is a slip of the
    keyboard or of a rewrite ("the increasing deterioration" made "increasingly").

    *Flagged*: "Relations fell apart after the increasingly deterioration of trade."

    *Preferred*: "Relations fell apart after the increasing deterioration of trade."

    *Options*: none; switch the rule off or re-grade it with ``G321``.

    *Known limits*: a noun followed by a word that describes or continues it is left alone,
    since the adverb may describe a compound ("a highly energy intensive industry", "a fully
    velocity compensated scan", "a purely music oriented event"); so are adverbs in "-ly"
    that are adjectives or nouns too ("an early draft", "the daily news", "a family car"),
    time words whose root is no adjective ("an hourly basis"), names and headlines, and
    direct quotations.

    *How sure*: advice (info). Measured (2026-12-05): over the 300 Wikipedia AA/AB/AC files,
    the Gutenberg books and the presidents' addresses 25 findings, 18 of them slips ("a
    possibly candidate", "the previously year", "a belatedly attempt", "the notably
    exception", "the uncertainly principle", where the noun was meant: "uncertainty"); the
    rest "chiefly" meaning "of a chief" (4), "a gingerly peck", "his seemingly iron will".
    Over the clean copy of Wikipedia AD_80-99, the dev corpus and its clean drafts, web text
    and EWT, 4: two slips ("a largely population", "the overwhelmingly popularity"), "the
    chiefly title" and "a mainly infantry versus infantry affair". None at the real-error
    harness's errors or elsewhere in its sentences (``scripts/eval_real_edits.py --args
    "--select G321"``): a slip of edited Wikipedia prose more than of web drafts.
    """

    code = "G321"
    name = "adverb-for-adjective"
    family = "grammar"
    severity = "info"
    needs = ("lexicon", "quotes", "tags")
    quotes = "skip"
    examples = (
        accepted(""),
        accepted("Relations fell apart after the increasing deterioration of trade."),
        flagged("Relations fell apart after the increasingly deterioration of trade.", "increasingly"),
        flagged("The festival is an internationally attraction; it is a linearly combination of acts.", "internationally", "linearly"),
        accepted("The hue was a predominantly gray and black one, with a mainly socialist militia."),
        accepted("Mining is a highly energy intensive industry; the totally analog signal and a fully or partly paid fee."),
        accepted("He was paid on an hourly basis and read the daily news in an early draft."),
        accepted("It was a highly visible plant, and his openly socialist politics were known."),
        accepted("“It was an internationally attraction,” said José Álvarez."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        table = None
        for p, match in vocabulary.matches(_PATTERN):
            adverb, noun = match.group(1), match.group(2)
            if noun.endswith(("ing", "ist")):
                continue  # "a slowly shifting pattern", "an openly socialist policy": a word that describes
            if noun.endswith(("illions", "housands", "undreds", "ozens")):
                continue  # "the potentially trillions of cells": the adverb grades a number
            if set(lx.tags(adverb)) != {"r"}:
                continue  # "an early draft", "the daily news", "a family car": no adverb alone
            adjective = adjective_of(adverb)
            if adjective is None:
                continue  # "an hourly basis": "hour" is no adjective
            if not doc.text[match.start(1) : match.end(2)].islower():
                continue  # capitals: a name or a title
            found = tokens_at(doc, match.start(1))
            if found is None:
                continue
            tokens, i = found
            if i + 1 >= len(tokens) or tokens[i].tag != "RB" or tokens[i + 1].tag not in ("NN", "NNS"):
                continue
            if i + 2 < len(tokens) and (tokens[i + 2].tag in _DESCRIBED_AFTER or tokens[i + 2].text in ("-", "/")):
                continue  # "a highly energy intensive industry": the adverb describes a compound
            if headline_style(doc, doc.paragraphs[p]):
                continue
            table = table or near_words.counts()
            if table.count(adverb, noun) >= _SEEN:
                continue
            yield self.finding(
                doc,
                match.start(1),
                match.end(1),
                f"\"{adverb} {noun}\": a noun takes an adjective; check whether \"{adjective}\" is meant.",
                suggestions=[adjective],
            )
