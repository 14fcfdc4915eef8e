""""you" written for "your" before a singular noun: "Thank you for you patience", "Our record is
you guarantee of service", "What is you name?".

After a preposition that takes only a noun phrase ("with", "of" ...; ``pronoun_for_the``'s
list, and "for") or after "is" or "was", "you" is an object or a complement and cannot be
followed by a singular noun of its own: "you" and a noun in apposition takes a plural or a word of address
("you people", "you guys", "with you sir"). The possessive, one letter longer, is what was meant.
Flagged where the word after "you" is a lower-case singular noun in the lexicon and no word of
time ("for you today", "of you day and night") nor an adjective too ("Is any among you sick?");
a word that is also a verb only before a mark or "of" ("for you support.", "is you guarantee
of"; not "some of you look at the market", where "look" is the verb of "some of you").

Measured (2026-12-05): in 3 million words of clean copy (1,701 Wikipedia drafts of
text_AD_wiki_80-99, the dev corpus and its clean drafts, web text of the English Web Treebank
and GUM) one finding, right ("Thank you for you patience", an EWT web post); over all 400 Wikipedia
files of /work/cache/corpora/wiki (76 million words; the 510 lines with a preposition, "is" or
"was" before "you" and a word) one, wrong: a translation's archaic "Allah desires for you
ease" (before adjectives and "one" were left out, 5: "Is any among you sick?" three times,
"I leave to you one of marble"). GMEG-wiki's and CWEB's dev sentences hold one such slip ("is you
guarantee of", tune half), found.
"""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ...english import word_set as _words
from .pronoun_for_the import OBJECT_ONLY
from .words import time_words

PATTERN = re.compile(r"(?<![\w'’])you(?= [a-z])")
_COPULAS = _words("is was")
# After these "you" is the object: ``pronoun_for_the``'s prepositions, and "for", which before
# a subject pronoun may be a conjunction ("for he knew") but not before "you" and a noun.
_BEFORE_OBJECT = OBJECT_ONLY | {"for"}
# Words that follow "you" as a word of address or a count, not a possession.
_ADDRESS = _words("sir madam ma'am guys lot folks all both alone too either instead one")
_MARKS = frozenset(".,;:!?")
# Words that may follow a noun that is nothing but a noun ("with you consent and", "for you
# patience in"): a mark, a preposition or a conjunction.
_AFTER_NOUN = _words("of and or for in on at with to from by as")


def slips(doc, vocabulary):
    """(paragraph, tokens, position) of each "you" that should be "your" (see the module
    docstring)."""
    for p, tokens, i in vocabulary.token_hits(PATTERN):
        if i == 0 or i + 1 >= len(tokens) or tokens[i][3] != "you":
            continue
        before = tokens[i - 1]
        if before[0] not in _BEFORE_OBJECT and before[0] not in _COPULAS or not before[3].islower():
            continue
        if _possessed_noun(tokens, i + 1):
            yield p, tokens, i


def _possessed_noun(tokens, k: int) -> bool:
    """The word at ``k`` is a singular noun that "you" cannot stand before, followed by what
    ends its phrase."""
    word, _, end, written = tokens[k]
    if not written.isalpha() or not written.islower() or len(word) < 3:
        return False
    if word in _ADDRESS or word in time_words() or not lx.is_singular_noun(word):
        return False
    after = tokens[k + 1][0] if k + 1 < len(tokens) else "."
    if k + 1 < len(tokens) and tokens[k + 1][1] == end and after not in _MARKS:
        return False  # a compound ("you-know-who") or a contraction
    found = set(lx.tags(word))
    if {"a", "r"} & found:
        return False  # it may describe "you": "Is any among you sick?"
    if "v" in found:
        return after in _MARKS or after == "of"  # "for you support.", not "some of you look at"
    return after in _MARKS or after in _AFTER_NOUN
