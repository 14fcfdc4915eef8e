""""the" written for "they" before a verb: "the went home", "the say it will rain".

An article cannot stand before a finite verb. Where "the" (in lower case) is followed by a word
that is a verb and nothing else in the lexicon (no noun or adjective reading: "went", "say",
"took"; not "pick", "run", "open"), not a participle in -ed or -en ("the accused", "the
chosen" name people), and the tagger reads that word as a past or present plural verb (VBD,
VBP; not "was", whose subject is singular), the writer meant "they". ("the would", "the could"
are S205's own pattern.)

Measured on Wikipedia files that no count or rule was built from (the evaluation files of
``scripts/eval_realword.py``): on ten of its tune half (1.6 million words) it flagged nothing
(with "was" it flagged one place, itself a slip: "the was created"); with every "they" before
a lower-case word of ten held-out files made "the", it found 1,044 of the 2,261 (46%).
"""

from __future__ import annotations

import re

from ...analysis import lexicon as lx

PATTERN = re.compile(r"(?<![\w'])the(?![\w'])")
_FINITE_PLURAL = frozenset(("VBD", "VBP"))


def _verb_only(tokens, i) -> bool:
    word, _, _, written = tokens[i]
    found = lx.tags(word)
    return (
        written.islower()
        and word != "was"
        and "v" in found
        and not set(found) & {"n", "a"}
        and not word.endswith(("ed", "en"))
    )


def slips(doc, vocabulary):
    """(paragraph, tokens, position) of each "the" that should be "they" (see the module
    docstring)."""
    tags = None
    for p, tokens, i in vocabulary.token_hits(PATTERN):
        if i + 1 >= len(tokens) or tokens[i][3] != "the" or not _verb_only(tokens, i + 1):
            continue
        if tags is None:
            tags = doc.analysis("tags")
        found = tags.locate(tokens[i + 1][1])
        if found is None:
            continue
        sentence, k = found
        if sentence.tokens[k].tag in _FINITE_PLURAL and sentence.tokens[k].end == tokens[i + 1][2]:
            yield p, tokens, i
