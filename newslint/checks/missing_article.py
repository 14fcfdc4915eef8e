"""G303: a singular count noun with no article after a preposition ("As way to start").

"As way to start", "with plentiful supply of grass": a noun like "way" or "supply" is hardly
ever written without a determiner in the singular, where "by car", "at school", "in
hospital" or "as chairman" are. Which nouns are which is measured, not listed by hand:
``scripts/build_missing_words_data.py`` tags openly licensed text (Universal Dependencies
English treebanks, Wikipedia articles of WikiText, Project Gutenberg books, State of the Union
addresses), finds every noun phrase with a singular noun at its head right after a
preposition (``missing_words.noun_phrase``, the same reading this rule makes of a draft) and
keeps the nouns that are almost never bare there (``newslint/data/determined_nouns.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import lexicon as lx
from ..rule import Context, Rule, accepted, flagged
from .missing_words import (
    DETERMINER_WORDS,
    PREPOSITIONS,
    counted_after,
    headline_style,
    noun_phrase,
)
from .verbs import DATA


@lru_cache(maxsize=1)
def determined_nouns() -> dict[str, tuple[bool, frozenset[str]]]:
    """Singular count nouns that are almost never bare after a preposition ("way", "supply"):
    noun -> (a person, prepositions with which it is an idiom: "by way of")."""
    text = (DATA / "determined_nouns.txt").read_text(encoding="utf-8")
    found = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            noun, _, _, person, idioms = line.split("\t")
            found[noun] = (person == "person", frozenset(idioms.split(",")) - {""})
    return found


_WORD = re.compile(r"[a-z][a-z'-]*|,")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    words = "|".join(sorted(determined_nouns(), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{words})(?![\w'’-])")


def _preposition_near(folded: str, offset: int, start: int) -> bool:
    """A preposition among the four words before ``offset``, with no determiner between."""
    words = _WORD.findall(folded[max(start, offset - 80) : offset])[-4:]
    for word in reversed(words):
        if word in PREPOSITIONS:
            return True
        if word in DETERMINER_WORDS or word.endswith("'s"):
            return False
    return False


class MissingArticle(Rule):
    """A singular noun with no article after a preposition ("As way to", "of physical environment").

    *What it flags*: a singular count noun with no article or other determiner right after a
    preposition, describing words allowed between: "As way to begin", "the effect of physical
    environment". Only nouns that
    edited English almost never leaves bare there are read: which ones was measured on
    openly licensed text (treebanks, Wikipedia, public-domain books and speeches), so "by
    car", "at school", "in hospital", "as chairman" and "in fact" are never flagged.

    *Why it matters*: a dropped article is among the commonest slips of fast or second-
    language writing, and a spell checker passes it.

    *Flagged*: "As way to cut costs, the council shut two depots."

    *Preferred*: "As a way to cut costs, the council shut two depots."

    *Options*: off by default; switch it on with ``G303`` in the configuration (or
    ``--extend-select G303``).

    *Known limits*: a noun phrase with a name in it ("by British Council") is left alone, as
    are headlines without a full stop, headings, list items and captions (headline style
    drops articles), nouns
    rarely seen in the measured text, and nouns after a verb ("creating warm atmosphere").
    The tagger may take a verb for a noun; the rule says "check whether". On clean news
    copy about half of its findings are real slips ("the second fall in row") and half
    idioms or mass senses ("fit for purpose", "under oath", "similar in appearance"), hence
    advice, off by default.
    """

    code = "G303"
    name = "missing-article"
    family = "grammar"
    severity = "info"
    # About half its findings on clean news copy are idioms or mass senses the measured
    # text is too small to know ("fit for purpose", "under oath"): off until it is surer.
    default_on = False
    needs = ("lexicon", "tags")
    examples = (
        accepted(""),
        accepted("As a way to cut costs, the council shut two depots."),
        flagged("As way to cut costs, the council shut two depots.", "way"),
        flagged("The study measured the effect of physical environment on crops, Zoë Müller said.", "physical environment"),
        flagged("“We did it as way to save money,” said José Álvarez.", "way"),
        flagged('"We did it as way to save money," said José Álvarez.', "way"),
        flagged("Crop study\n\nThey measured the effect of physical environment", "physical environment"),
        accepted("She went by car to school, stayed in hospital and served as chairman."),
        accepted("By way of thanks, work got under way in a calm environment."),
        accepted("He served as captain; the effect of British Council policy was small."),
        accepted("Fears grow over effect of physical environment"),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        folded = vocabulary.folded
        for p, offset in vocabulary.hits(_pattern()):
            paragraph = doc.paragraphs[p]
            if headline_style(doc, paragraph):
                continue
            if not _preposition_near(folded, offset, paragraph.start):
                continue
            found = doc.analysis("tags").locate(offset)
            if found is None:
                continue
            sentence, k = found
            tokens = sentence.tokens
            if tokens[k].start != offset:
                continue
            words = [t.text for t in tokens]
            reading = noun_phrase(words, [t.tag for t in tokens], k)
            if reading is None:
                continue
            start, determined, before = reading
            if determined or before < 0 or not counted_after(words, before, k):
                continue
            prep = words[before].lower()
            person, idioms = determined_nouns()[words[k]]
            if prep in idioms or person and prep == "as":
                continue  # "by way of", "under way"; "as captain", "as member": a role
            if prep == "to" and "v" in lx.tags(words[k]):
                continue  # "to start", "to visit": a verb the tagger may take for a noun
            first = tokens[start]
            phrase = doc.text[first.start : tokens[k].end]
            from .. import pronunciation

            article = pronunciation.article_for(first.text) or "a"
            yield self.finding(
                doc,
                first.start,
                tokens[k].end,
                f"\"{words[before]} {phrase}\": check whether an article is missing"
                f" (\"{article} {phrase}\" or \"the {phrase}\").",
                suggestions=[f"{article} {phrase}", f"the {phrase}"],
            )
