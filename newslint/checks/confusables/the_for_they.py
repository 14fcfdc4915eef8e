""""the" written for "they" before a verb: "the went home", "the say it will rain".

An article cannot stand before a finite verb. Where "the" (in lower case) is followed by a word
that is a verb and nothing else in the lexicon (no noun or adjective reading: "went", "say",
"took"; not "pick", "run", "open"), not a participle in -ed or -en ("the accused", "the
chosen" name people), not rare (``ZIPF_FLOOR``), not after a preposition (where no subject
pronoun can stand: "below the dam"), and the tagger reads that word as a past or present plural verb (VBD,
VBP; not "was", whose subject is singular), the writer meant "they". ("the would", "the could"
are S205's own pattern.)

A word that is a noun too ("pick", "make") is read so where "the" opens its clause (the start
of a sentence, after a comma, "and", "but" or a word that opens a clause) and an object follows
the word at once ("I ask them, the pick a lender": a noun phrase is not followed straight by a
determiner or an object pronoun there), the word is mostly a verb by WordNet's counts and no
adjective ("the lower the price": a comparison). Over Wikipedia AD_80-99 and the dev corpus
(3.3 million words) it found nothing; in the real-error harness's sentences (GMEG-wiki,
CWEB and FCE dev, 8,700 sentences) once, right ("each time I ask them, the pick a reliable
lender").

Measured on Wikipedia files that no count or rule was built from (the evaluation files of
``scripts/eval_realword.py``): on ten of its tune half (1.6 million words) it flagged nothing;
on ten of its held-out half, once ("while they the sought", itself a slip); with every "they"
before a lower-case word of those ten made "the", it found 908 of the 2,261 (40%).
"""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ...english import ARTICLES, POSSESSIVES, PREPOSITIONS
from ...english import word_set as _words
from ..verbs import bases, mostly_verb, pasts

# (?<![\w'])WORD(?![\w']) with the word first, so that re looks for its letters in C
# instead of trying the lookbehind at every character (about 6x faster; the same matches)
PATTERN = re.compile(r"the(?<![\w']the)(?![\w'])")
_FINITE_PLURAL = frozenset(("VBD", "VBP"))
# After these a subject pronoun cannot stand ("below they"), so "the" there starts a noun
# phrase whose noun the lexicon may know only as a verb ("below the dam").
_PREPOSITIONS = PREPOSITIONS - _words("after before") | _words(
    "onto below above across through within without between among toward towards upon beneath beside"
)
ZIPF_FLOOR = 3.5  # a rarer verb-only word is likelier a noun the lexicon lacks ("the seep")


def _verb_only(tokens, i) -> bool:
    word, _, _, written = tokens[i]
    found = lx.tags(word)
    return (
        written.islower()
        and word != "was"
        and "v" in found
        and not set(found) & {"n", "a"}
        and not word.endswith(("ed", "en"))
        and lx.zipf(word) >= ZIPF_FLOOR
    )


# What opens a clause before "the" in the reading of a noun that is a verb too.
_OPENERS = _words(", and but when if because after before until while so then")
# What follows a verb at once and no noun: a determiner or an object pronoun.
_OBJECTS = ARTICLES | POSSESSIVES | _words("it them him me us")


def _verb_before_object(tokens, i) -> bool:
    """The word after "the" at ``i`` is a verb with its object: "the" opens a clause, the word
    is mostly a verb (WordNet's counts) and no adjective, and a determiner or an object
    pronoun follows it ("I ask them, the pick a lender")."""
    if i + 2 >= len(tokens) or (i and tokens[i - 1][0] not in _OPENERS):
        return False
    word, _, _, written = tokens[i + 1]
    found = lx.tags(word)
    return (
        written.islower()
        and "v" in found
        and "a" not in found
        and word in bases()
        and word not in pasts()
        and mostly_verb(word, base=True)
        and tokens[i + 2][0] in _OBJECTS
    )


def slips(doc, vocabulary):
    """(paragraph, tokens, position) of each "the" that should be "they" (see the module
    docstring)."""
    for p, tokens, i in vocabulary.token_hits(PATTERN):
        if i + 1 < len(tokens) and tokens[i][3] == "the" and _verb_before_object(tokens, i):
            yield p, tokens, i
            continue
        if i + 1 >= len(tokens) or tokens[i][3] != "the" or not _verb_only(tokens, i + 1):
            continue
        if i and (tokens[i - 1][0] in _PREPOSITIONS or tokens[i - 1][2] == tokens[i][1]):
            continue  # after a preposition, or joined to what is before it
        found = doc.analysis("tags").tagged_word(tokens[i + 1][1], tokens[i + 1][2])
        if found is not None and found[0].tokens[found[1]].tag in _FINITE_PLURAL:
            yield p, tokens, i
