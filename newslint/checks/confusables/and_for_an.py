""""and" written for "an" after a verb: "to schedule and appointment", "made and effort to",
"to build and efficient system".

A verb followed by "and" coordinates it with something of its own kind; a bare singular noun
that needs "an" ("appointment", "effort", "idea", "hour"), or an adjective that needs "an"
before a singular noun, cannot be that, while "an" before it makes the verb's object. Read
with the tagger (the word before must be tagged a verb other than an -ing form, which is often
a noun: "drawing and anatomy"; before an adjective, not a past participle either: "used and
unused tickets") and the lexicon: the word after "and" must be a noun and nothing else, so no
verb or adjective it could coordinate with (not "answer", "order", "other"), and the word after
that noun must end the phrase (not a noun, adjective, verb, "and" or "or": "performed and other
famous musicians", "settles and energy is"); or it must be an adjective and nothing else,
followed by a singular noun.

Measured on Wikipedia files that no count or rule was built from (the evaluation files of
``scripts/eval_realword.py``): on ten of its tune half (1.6 million words) it flagged nothing;
with every "an" before a lower-case word of ten held-out files made "and", it found 748 of the
5,746 (13%; 413 with the noun alone; the rest stand where the word before is no verb: "in and
interview", "is and example").
"""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ...english import word_set as _words
from ...pronunciation import article_for

# (?<![\w'])WORD(?![\w']) with the word first, so that re looks for its letters in C
# instead of trying the lookbehind at every character (about 6x faster; the same matches)
PATTERN = re.compile(r"and(?<![\w']and)(?![\w'])")
_VERB_TAGS = frozenset(("VB", "VBD", "VBP", "VBZ", "VBN"))
# Words after the noun that show it does not end a phrase of its own.
_GOES_ON = _words(
    "and or / & - is was are were be been has have had will would can could may might must"
    " should do does did"
)


def _bare_an_noun(tokens, i) -> bool:
    """``tokens[i]`` is a singular noun-only word that takes "an", written in lower case,
    and the word after it ends the phrase."""
    word, _, end, written = tokens[i]
    if not written.islower() or lx.tags(word) != "n" or word.endswith("s") and not word.endswith("ss"):
        return False
    if i + 1 < len(tokens):
        after = tokens[i + 1]
        if after[0] in _GOES_ON or after[1] == end and not after[0].isalnum() and after[0] != ",":
            return False  # "error-prone", "and/or"
        if set(lx.tags(after[0])) & {"n", "a"}:
            return False
    return article_for(word) == "an"


def _an_adjective_and_noun(tokens, i) -> bool:
    """``tokens[i]`` is an adjective and nothing else that takes "an", and a singular noun
    follows it, both in lower case: "an important decision"."""
    word, written = tokens[i][0], tokens[i][3]
    if i + 1 >= len(tokens) or not written.islower() or lx.tags(word) != "a":
        return False
    noun, _, _, as_written = tokens[i + 1]
    if not as_written.islower() or "n" not in lx.tags(noun) or noun.endswith("s") and not noun.endswith("ss"):
        return False
    return article_for(word) == "an"


def slips(doc, vocabulary):
    """(paragraph, tokens, position) of each "and" that should be "an" (see the module
    docstring)."""
    for p, tokens, i in vocabulary.token_hits(PATTERN):
        if i == 0 or i + 1 >= len(tokens) or tokens[i][3] != "and":
            continue
        if _bare_an_noun(tokens, i + 1):
            verbs = _VERB_TAGS
        elif _an_adjective_and_noun(tokens, i + 1):
            verbs = _VERB_TAGS - {"VBN"}  # "used and unused tickets"
        else:
            continue
        found = doc.analysis("tags").tagged_word(tokens[i - 1][1], tokens[i - 1][2])
        if found is not None and found[0].tokens[found[1]].tag in verbs:
            yield p, tokens, i
