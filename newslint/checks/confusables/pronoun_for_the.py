""""he", "she" or "they" written for "the" before a noun: "he committee voted", "they
government said".

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
        if _singular_noun(tokens, i + 1):
            yield p, tokens, i
