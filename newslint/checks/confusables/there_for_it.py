""""there" written for "it" before "is", an adjective and "to" or "that": "There is hard to
know which method is right" ("It is hard to know"), "there was apparent that the plan had
failed" ("it was apparent").

"It is hard to know", "it is clear that": the adjective's subject is the clause after it,
and "it" stands in for that clause. "there is" cannot: it introduces a noun ("there is hope
that", "there is reason to"). The adjectives are those that English writes after "it is"
before "to" or "that" and never after "there is" so (``data/there_adjectives.txt``, built by
``scripts/build_there_adjectives.py`` from about 300 million characters of Wikipedia and
Gutenberg: seen at least 10 times after "it", never after "there" in that frame, and after
"there is" at all less than 1 time in 100 as often as after "it is"; 59 words: "hard",
"difficult", "possible", "important", "necessary" ...; not "clear", which "there is" takes
too often: "there is clear evidence that").

Read only where "there" opens its clause: at the start of a sentence, after a mark, or after
a conjunction or verb of saying (``_openers``: "because there is hard to say", "said that
there was");
after a noun it is a place ("life there is hard to imagine", "everyone there is able to
vote"). "to" must be followed by a verb other than "be" or "have": "there is certain to be
a vote" and "there is likely to have been" are right (the adjective raises the subject).
"be" is "is", "was", "isn't", "wasn't", with "not" or without, or "will" or "would" and
"be" ("there's" is left alone: the finding would have to rewrite two words).

Measured (2026-12-02): on Wikipedia text_AD_wiki_00-99 (100 files left out of the list's
build, about 16 million words) and the dev corpus's news, no finding; GMEG/CWEB harness
(``scripts/eval_real_edits.py``): see the commit that added it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...analysis import lexicon as lx
from ...datafiles import data_words
from ...english import word_set as _words
from ..verbs import _clause_openers

# (?<![\w'])WORD(?![\w']) with the word first, as the_for_they.PATTERN (the prose is folded:
# lower case, straight apostrophes)
PATTERN = re.compile(r"there(?<![\w']there)(?![\w'])")
_BE = _words("is was isn't wasn't")
_FUTURE = _words("will would")
_RAISED = _words("be have")  # "there is certain to be a vote"
_MARKS = frozenset(".,;:!?\"“”'‘’()—–-")


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """Words after which "there" opens a clause: conjunctions and verbs of saying and
    thinking (data/clause_openers.txt, data/clause_boundary_words.txt: "and", "that", "said")."""
    return _clause_openers() | data_words("clause_boundary_words.txt")


@lru_cache(maxsize=1)
def adjectives() -> frozenset[str]:
    """The adjectives of ``data/there_adjectives.txt``."""
    return data_words("there_adjectives.txt")


def _opens_clause(tokens, i) -> bool:
    if i == 0:
        return True
    before = tokens[i - 1][0]
    return before in _MARKS or before in _openers()


def _after_be(tokens, i) -> int | None:
    """The position after "there" (``tokens[i]``) and its "be", "not" included; None when
    no "be" follows."""
    n = len(tokens)
    if i + 1 < n and tokens[i + 1][0] in _BE:
        k = i + 2
    elif i + 2 < n and tokens[i + 1][0] in _FUTURE and tokens[i + 2][0] == "be":
        k = i + 3
    else:
        return None
    if k < n and tokens[k][0] == "not":
        k += 1
    return k


def slips(doc, vocabulary):
    """(paragraph, tokens, position) of each "there" that should be "it" (see the module
    docstring)."""
    for p, tokens, i in vocabulary.token_hits(PATTERN):
        if tokens[i][0] != "there" or not _opens_clause(tokens, i):
            continue
        k = _after_be(tokens, i)
        if k is None or k + 1 >= len(tokens) or tokens[k][0] not in adjectives():
            continue
        after = tokens[k + 1][0]
        if after == "that" or (
            after == "to"
            and k + 2 < len(tokens)
            and tokens[k + 2][0] not in _RAISED
            and "v" in lx.tags(tokens[k + 2][0])
        ):
            yield p, tokens, i
