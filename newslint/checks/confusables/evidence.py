"""The evidence of the words around a confusable word, as the real-word rules use it.

A rule with ``evidence = True`` also weighs the words of its confusion sets
(``data/confusion_sets.txt``, the sets under its code) by the word-pair counts of
``newslint.ngrams``; this module holds that pass and the paragraph of the rules' docs that
describes it, written once and added to each such rule's docstring.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import confusion, context_words
from ...analysis import lexicon as lx

# The last paragraph of the docs of every rule that weighs evidence (see ContextRule).
DOCS = """*Evidence*: besides the contexts above, the words of the rule's confusion sets
(``data/confusion_sets.txt``) are weighed by how much likelier the other word is between
the same neighbours in 81 million words of openly licensed English (``newslint.ngrams``);
where it is far likelier than the pair's calibrated margin (by ``confusion.SURE`` more), the
rule gives advice (info): on clean copy that evidence alone is right too seldom for a
warning."""


def with_evidence_docs(docstring: str) -> str:
    """``docstring`` with the *Evidence* paragraph added at its end, indented like it."""
    paragraph = "\n    ".join(DOCS.splitlines())
    return f"{docstring.rstrip()}\n\n    {paragraph}\n    "


def evidence_agrees(tokens, i: int, right: str) -> bool:
    """Whether the evidence around ``tokens[i]`` independently and strongly prefers ``right``."""
    found = confusion.judge(tokens, i, (right.lower(),))
    return found is not None and found.sure


@lru_cache(maxsize=None)
def _sets_pattern(code: str) -> re.Pattern:
    alternation = lx.alternation(confusion.live_sets(code))
    return re.compile(rf"(?<![\w'])(?:{alternation})(?![\w'])")


@lru_cache(maxsize=1)
def _within_reach() -> dict[tuple[str, str], float]:
    """Each pair's margin for the pass less ``context_words.REACH``: what the word pairs must
    give before the wide context is read."""
    lower = confusion.SURE - context_words.REACH
    return {pair: needed + lower for pair, needed in confusion.thresholds().items()}


def advice_by_evidence(rule, doc, vocabulary, flagged_at):
    """``rule``'s confusion sets, decided by how much likelier the other word of the set is
    between the same neighbours (see ``newslint.confusion.judge``); words at ``flagged_at``
    (paragraph, token) were flagged by the rule's own contexts already."""
    sets = confusion.live_sets(rule.code)
    glosses = confusion.glosses()
    for p, tokens, i in vocabulary.token_hits(_sets_pattern(rule.code)):
        if (p, i) in flagged_at or rule.evidence_vetoed(tokens, i):
            continue
        word = tokens[i][0]
        wide = rule.code == "S205" and context_words.stored(word)
        if wide:  # weighed within context_words.REACH of the margin, then by the wide context too
            lower = confusion.SURE - context_words.REACH
            found = confusion.judge(tokens, i, sets[word], confusion.THRESHOLD + lower, _within_reach())
        else:
            found = confusion.judge(tokens, i, sets[word])
        if not found:
            continue
        # alone, the evidence must be far past the pair's threshold (by confusion.SURE): nearer
        # it, most of its findings on clean copy were wrong; just under it, the content words
        # within ten words may make up the rest (newslint/context_words.py)
        goal = confusion.thresholds().get((word, found.alternative), confusion.THRESHOLD) + confusion.SURE
        if found.margin < goal and not (
            wide and found.margin + context_words.score(context_words.near(tokens, i), word, found.alternative) >= goal
        ):
            continue
        start, end, written = tokens[i][1], tokens[i][2], tokens[i][3]
        right = lx.recase(found.alternative, written)
        gloss = glosses.get(found.alternative)
        why = f" ({gloss})" if gloss else ""
        # advice only: on clean copy the evidence is right too seldom for a warning
        yield rule.finding(
            doc,
            start,
            end,
            f"\"{written}\" here may be a slip for \"{right}\"{why}: check the word.",
            suggestions=[right],
            severity="info",
        )
