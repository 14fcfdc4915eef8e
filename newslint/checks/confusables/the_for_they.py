""""the" written for "they" before a verb: "the went home", "the say it will rain".

An article cannot stand before a finite verb. Where "the" (in lower case) is followed by a word
that is a verb and nothing else in the lexicon (no noun or adjective reading: "went", "say",
"took"; not "pick", "run", "open"), not a participle in -ed or -en ("the accused", "the
chosen" name people), not rare (``ZIPF_FLOOR``), not after a preposition (where no subject
pronoun can stand: "below the dam"), and the tagger reads that word as a past or present plural verb (VBD,
VBP; not "was", whose subject is singular), the writer meant "they". ("the would", "the could"
are S205's own pattern.)

Measured on Wikipedia files that no count or rule was built from (the evaluation files of
``scripts/eval_realword.py``): on ten of its tune half (1.6 million words) it flagged nothing;
on ten of its held-out half, once ("while they the sought", itself a slip); with every "they"
before a lower-case word of those ten made "the", it found 908 of the 2,261 (40%).
"""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ...english import PREPOSITIONS
from ...english import word_set as _words

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


def slips(doc, vocabulary):
    """(paragraph, tokens, position) of each "the" that should be "they" (see the module
    docstring)."""
    for p, tokens, i in vocabulary.token_hits(PATTERN):
        if i + 1 >= len(tokens) or tokens[i][3] != "the" or not _verb_only(tokens, i + 1):
            continue
        if i and (tokens[i - 1][0] in _PREPOSITIONS or tokens[i - 1][2] == tokens[i][1]):
            continue  # after a preposition, or joined to what is before it
        found = doc.analysis("tags").tagged_word(tokens[i + 1][1], tokens[i + 1][2])
        if found is not None and found[0].tokens[found[1]].tag in _FINITE_PLURAL:
            yield p, tokens, i
