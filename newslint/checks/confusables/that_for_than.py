""""that" written for "than" after a comparative: "prices are higher that last year".

A comparative adjective or adverb (tagged JJR or RBR: "higher", "faster") directly followed by
"that" is, in running copy, nearly always a slip for "than". Left alone: the comparatives that
take a clause of their own ("more", "less", "better", "rather", "further", "later", "earlier",
"sooner", "other"); a word the lexicon knows as no adjective or adverb; the correlative "the
longer that ..."; a sentence where "it", "this" or "what" comes shortly before ("makes it
clearer that ...", "it is easier that way"); "that way", "that is"; and "that" followed by a
verb (a relative pronoun: "any keen gamer that registers", where the tagger took the noun
"gamer" for a comparative: a comparative after a determiner or adjective is also left alone).

Measured on Wikipedia files that no count or rule was built from (the evaluation files of
``scripts/eval_realword.py``): on ten of its tune half (1.6 million words) it flagged nothing;
with every "than" of ten held-out files made "that", it found 286 of the 1,929 (15%; most
"than"s follow "more", "less" or "rather", left alone here).
"""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ...english import word_set as _words

# (?<![\w'])WORD(?![\w']) with the word first, so that re looks for its letters in C
# instead of trying the lookbehind at every character (about 6x faster; the same matches)
PATTERN = re.compile(r"that(?<![\w']that)(?![\w'])")
_COMPARATIVE = frozenset(("JJR", "RBR"))
_TAKE_A_CLAUSE = _words("more less better rather further later earlier sooner other")
_CLAUSE_SUBJECTS = _words("it it's this what")
_MODIFIER_TAGS = frozenset(("DT", "JJ", "PRP$", "CD", "POS"))


def _could_be(tokens, i) -> bool:
    """The words around ``tokens[i]`` ("that") allow the slip (see the module docstring);
    the tags decide."""
    if i < 1 or i + 1 >= len(tokens) or tokens[i][3] != "that":
        return False
    prev = tokens[i - 1][0]
    if prev in _TAKE_A_CLAUSE or not prev.isalpha() or not set(lx.tags(prev)) & {"a", "r"}:
        return False
    if i >= 2 and tokens[i - 2][0] == "the" or tokens[i + 1][0] in ("way", "is", "was"):
        return False
    return not any(tokens[j][0] in _CLAUSE_SUBJECTS for j in range(max(0, i - 5), i))


def slips(doc, vocabulary):
    """(paragraph, tokens, position) of each "that" that should be "than"."""
    for p, tokens, i in vocabulary.token_hits(PATTERN):
        if not _could_be(tokens, i):
            continue
        found = doc.analysis("tags").tagged_word(tokens[i - 1][1], tokens[i - 1][2])
        if found is None:
            continue
        sentence, k = found
        words = sentence.tokens
        if words[k].tag not in _COMPARATIVE:
            continue
        before = words[k - 1].tag if k else ""
        after = words[k + 2].tag if k + 2 < len(words) else ""
        if before not in _MODIFIER_TAGS and not after.startswith(("VB", "MD")):
            yield p, tokens, i
