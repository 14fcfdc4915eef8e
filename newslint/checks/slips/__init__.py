"""G313 and G314: a short function word dropped between two words, or written once too often,
judged by how often openly licensed text writes the words with it and without it.

"one the largest", "can used", "during of the parade": writers drop "of", "to", "the", "be"
between two words, and leave one in where it does not belong. A hand-written pattern per word
pair does not reach far; counts do. ``scripts/build_error_model.py`` counts, over 78 million
tokens of openly licensed English (``data/slip_counts_sources.txt``), every word pair "a b"
and every triple "a F b" whose middle is a function word F (``counted_function_words()``),
and keeps the pairs that are rare against a triple ("can used": 6 times, "can be used": 4,070 times)
and the common pairs with the triples seen beside them. The odds against the words as written
decide (``MISSING_ODDS``, ``EXTRA_ODDS``, ``EXTRA_BESIDE``), chosen on the tune half of
``scripts/eval_error_model.py`` (Wikipedia text the counts never saw, with function words
deleted and inserted) and checked on news copy (the dev corpus and the real-dev corrected
drafts: no finding on a corrected draft). Both rules are info: on the dev corpus about half
their findings are real slips ("They can done by anyone", "up the to the").

The table (``data/slip_counts.bin``, a ``newslint.wordtable``, 0.2 MB) is mapped into memory
on first use and searched by bisection, only for pairs whose two words both occur in a pair
of G313 (most pairs never are looked up).

One rule a module: missing.py (G313), extra.py (G314), near.py (S211: a function word written
for another one letter away, weighed by the gap counts of ``gaps.py``); counts.py reads the table and holds
the token tests both share; backoff.py reads the backed-off counts (a word with its tag beside
its neighbour's tag, ``data/slip_backoff.bin``) that G313 asks about pairs the word counts do
not know.
"""

from .counts import (
    CLASS_FIRST,
    CLASS_ODDS,
    CLASS_SEEN,
    EXTRA_WORDS,
    FIRST,
    LAST,
    MISSING_ODDS,
    MISSING_SEEN,
    TOTAL,
    class_counts,
    counted_function_words,
    pair_counts,
    token_key,
    triple_count,
    word_class,
)
from .extra import ExtraFunctionWord


def __getattr__(name: str):
    """``MissingFunctionWord`` imported when first asked for: G313 is off by default, and a run
    that does not select it does not import ``missing.py`` (``newslint/off_by_default.py``)."""
    if name == "MissingFunctionWord":
        from .missing import MissingFunctionWord

        return MissingFunctionWord
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CLASS_FIRST", "CLASS_ODDS", "CLASS_SEEN", "EXTRA_WORDS", "FIRST", "LAST",
    "MISSING_ODDS", "MISSING_SEEN", "TOTAL", "ExtraFunctionWord", "MissingFunctionWord",
    "class_counts", "counted_function_words", "pair_counts", "token_key", "triple_count", "word_class",
]
