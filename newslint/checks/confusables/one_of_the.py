""""on", "an" or "only" written for "one" before "of the" and a superlative with a plural noun,
or with none where the clause ends: "it was on of the best films", "she is an of the finest
players", "they are only of the largest firms", "the mills are only of the oldest, ...".

"of the" with a superlative and a plural noun picks one or more out of a group, and needs a
word that counts them before it ("one of the best films", "some of the largest firms"). "on"
and "an" cannot do that, and "only" cannot right after a form of "be" ("are only of the
largest firms"; but "made only of the finest materials", "not only of the best" are right,
and are left alone); each is a slip or two from "one". The superlative is a word in -est of
an adjective, or "best", "worst", "most" or "least" (``phrases.is_superlative``), "most" and
"least" before an adjective too; the noun after it one the lexicon reads as plural.

Measured (2026-12-02): on all 400 Wikipedia files of /work/cache/corpora/wiki, Gutenberg
(68 million words) and the dev corpus's news, docs and clean drafts, the 101 lines holding
"on", "an" or "only" before "of the" gave no finding. "one of the" written "on of the" in
Wikipedia text_AD_wiki_90-99 (600 lines): found 491 (S211) -> 511 (84 of them now S205's,
to which S211 gives way).

The phrase ended by a mark instead of a plural (2026-12-02): over the same 400 Wikipedia
files and Gutenberg, "on", "an" or "only" before "of the" and a superlative occur 3 times in
all ("only of the highest honour", "only of the priest", "only of the northwest corner"),
none before a mark, so none is flagged; "one of the" and a superlative before ",", ";", "."
or ")" occur 75 times, the elliptical use the extension reads.
"""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ...english import word_set as _words

PATTERN = re.compile(r"(?<![\w'])(?:[Oo]n|[Aa]n|[Oo]nly)(?= of the )")
_BE = _words("is are was were be been being am 's")


# the marks that end the phrase "of the" + a superlative with no noun after it
_ENDS = frozenset(",;:.!?)")


def _superlative_and_plural(tokens, k) -> bool:
    """A superlative at ``tokens[k]`` ("most" or "least" and an adjective count as one),
    then a plural noun, or a mark that ends the phrase without one."""
    from .phrases import is_superlative

    if k >= len(tokens) or not is_superlative(tokens[k][0]):
        return False
    if tokens[k][0] in ("most", "least") and k + 1 < len(tokens) and "a" in lx.tags(tokens[k + 1][0]):
        k += 1
    if k + 1 >= len(tokens):
        return False
    noun, _, _, written = tokens[k + 1]
    if noun in _ENDS:
        return True
    return written.islower() and lx.is_plural_noun(noun)


def slips(doc, vocabulary):
    """(paragraph, tokens, position) of each "on", "an" or "only" that should be "one" (see the
    module docstring)."""
    for p, tokens, i in vocabulary.token_hits(PATTERN):
        word = tokens[i][0]
        if word not in ("on", "an", "only") or i + 3 >= len(tokens):
            continue
        if tokens[i + 1][0] != "of" or tokens[i + 2][0] != "the":
            continue
        if word == "only" and not (i and tokens[i - 1][0] in _BE):
            continue
        if _superlative_and_plural(tokens, i + 3):
            yield p, tokens, i
