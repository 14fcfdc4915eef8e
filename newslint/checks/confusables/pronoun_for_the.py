""""he", "she" or "they" written for "the" before a noun: "he committee voted", "they
government said", "one of he worst storms".

A subject pronoun is never followed by a singular noun (there is no "he committee"), while
"the" before one is the commonest thing in English; "he", "she" and "they" are each one letter
from "the". Flagged where the word after the pronoun is, in the lexicon, a noun and nothing
else (no verb or adjective reading: "committee", "government"; not "report", "plan"), of three
letters or more, in lower case, not in -s ("we citizens", "they themselves" are fine) and not
joined to the next word by a hyphen; the pronoun not joined to the word before ("[T]he
government", an editor's capital in a quotation).

Measured on Wikipedia files that no count or rule was built from (the evaluation files of
``scripts/eval_realword.py``): on ten files of its tune half (1.6 million words) and ten of
its held-out half it flagged nothing;
with every "the" before a lower-case word of ten held-out files made "he", it found 17,913 of
the 71,533 (25%; the rest stand before words that are also verbs or adjectives, or plurals).

After a preposition that takes only a noun phrase (``OBJECT_ONLY``: "of", "at", "from",
"with" ...; "in", "on", "by", "to", "about", "over" and "through" too, which may be particles,
"later on he became", where the verb after the pronoun tells them apart) a subject pronoun is
no English either, so there the word after it need only be able to describe or name a thing
(an adjective or a noun in the lexicon, also a verb for "he" and "she" when it is no past and
no form in -s): "one of he worst storms", "the roof of she house". Measured
(2026-12-02): on all 400 Wikipedia files of /work/cache/corpora/wiki (65 million words; every
line holding a preposition, a space, "he", "she" or "they" read by the rule) 5 findings, all
slips ("at he same", "of he worst" twice, "by he rock", "from he warlords"), where the noun
test alone made none; a preposition that ends a
compound ("after a run-in he later") is left alone. Gutenberg (2.7 million words, 89 such
lines) and the dev corpus's news, docs and clean drafts: none. "the" after such a preposition
written "he" in Wikipedia text_AD_wiki_90-99 (667 lines, one slip each, seed 7): found 166 ->
556. scripts/eval_real_edits.py: real-word errors found, tune 16 -> 17 of 68 ("he" after
"in"), held out 20/112 unchanged; no finding at a word no annotator touched in either half.
"""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ...english import word_set as _words

# (?<![\w'])(?:he|she|they)(?![\w']) with each word's first letter first, so that re looks for
# those letters in C instead of trying the lookbehind at every character (the same matches)
PATTERN = re.compile(r"(?:h(?<![\w']h)e|s(?<![\w']s)he|t(?<![\w']t)hey)(?![\w'])")
# Plural nouns without -s, which may follow "they" in apposition ("they people" is no slip
# for "the" either way, and "we children" has a pronoun the pattern leaves alone).
_PLURALS = _words("people children men women folks police staff media data")


def _singular_noun(tokens, i) -> bool:
    word, _, end, written = tokens[i]
    if not written.islower() or len(word) < 3 or lx.tags(word) != "n":
        return False
    if word.endswith("s") or word in _PLURALS:
        return False
    return not (i + 1 < len(tokens) and tokens[i + 1][0] in ("-", "/") and tokens[i + 1][1] == end)


def slips(doc, vocabulary):
    """(paragraph, tokens, position) of each pronoun that should be "the" (see the module
    docstring)."""
    for p, tokens, i in vocabulary.token_hits(PATTERN):
        if i + 1 >= len(tokens) or tokens[i][3] not in ("he", "she", "they"):
            continue
        if i and tokens[i - 1][2] == tokens[i][1]:
            continue  # joined to what is before it: "[T]he government"
        if _singular_noun(tokens, i + 1) or _after_preposition(tokens, i):
            yield p, tokens, i


# Prepositions that take a noun phrase and nothing else: never a conjunction that opens a
# clause ("after he left", "than they", "as she"), seldom a particle a clause may follow
# ("later on he", "came in he", "went by he"), so a subject pronoun after one is no English.
OBJECT_ONLY = _words(
    "of in on at by to about over through from into onto with during without within between among amid upon against toward towards despite via"
)


def _after_preposition(tokens, i) -> bool:
    """Is the pronoun at ``tokens[i]`` straight after a preposition of ``OBJECT_ONLY`` and
    before a lower-case word that can describe or name a thing (an adjective or noun in the
    lexicon) and cannot be the pronoun's verb: "one of he best", "in front of she house".
    Not "dealing with he would" (a modal), "with he and his wife" (no noun), "of they
    themselves"."""
    if not i or tokens[i - 1][0] not in OBJECT_ONLY or not tokens[i - 1][3].islower():
        return False
    if i > 1 and tokens[i - 2][0] in ("-", "/") and tokens[i - 2][2] == tokens[i - 1][1]:
        return False  # the end of a compound: "after a run-in he later"
    word, _, end, written = tokens[i + 1]
    if not written.isalpha() or not written.islower() or len(word) < 3:
        return False
    found = lx.tags(word)
    if not found or "x" in found or not ("n" in found or "a" in found):
        return False
    if "v" in found and (tokens[i][3] == "they" or _finite_for_one(word)):
        return False  # "with they work", "from he said": a verb the pronoun may take
    return not (i + 2 < len(tokens) and tokens[i + 2][0] in ("-", "/") and tokens[i + 2][1] == end)


def _finite_for_one(word: str) -> bool:
    """Can ``word`` be the verb of "he" or "she": a past ("said") or a form in -s ("plans")?"""
    from ..verbs import is_third, pasts, regular_pasts

    return word in pasts() or word in regular_pasts() or is_third(word) or word.endswith("s")
