"""Wide context for S205's confusion sets: the content words near a word of a set.

The word-pair counts (``newslint.ngrams``) read the two words beside a confusable word. The
classic real-word method (Golding 1995; Golding & Roth 1999) adds *context words*: the content
words within ten words of it, which tell the topic ("the peace talks" / "a piece of the talks"
read alike by their neighbours; "ceasefire" or "envoys" nearby do not). ``data/context_words.bin``
(built by ``scripts/build_context_words.py`` from Wikipedia; sources in
``data/context_words_sources.txt``) holds, for each word of S205's sets of content words, how
many of its occurrences had each content word within ``WINDOW`` words (the two words beside it
left out: the pair counts read those), and how many occurrences were counted.

``score`` is the naive-Bayes sum, over the distinct content words near the slot, of
log P(c | meant) - log P(c | written), each probability smoothed towards the two words' pooled
rate with weight ``K``. S205's evidence pass (``checks/confusables/evidence.py``) adds it to
the pair margin where that margin falls just under what the pass needs (``REACH``).

The sets of function words ("to"/"too", "were"/"where", "your"/"you're", "whose"/"who's")
are not stored: their wide contexts tell genre, not topic, and every finding they added on
held-out Wikipedia was wrong ("Directors too have made a name").

The file is a ``newslint.wordtable``: key ``word SEP context word`` → count, and ``word SEP``
→ the occurrences counted; three bytes each, little-endian. Opened on first use.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from . import confusion, memos
from .analysis import lexicon as lx
from .wordtable import WordTable

STORE = Path(__file__).resolve().parent / "data" / "context_words.bin"
SEP = "\x1f"
WINDOW = 10  # words on either side
ZIPF_MAX = 5.6  # commoner words ("the", "which", "also") say nothing of a topic
K = 20.0  # weight of the pooled rate in each smoothed probability
# How far under the margin S205's evidence pass needs (the pair's threshold + confusion.SURE)
# the pair evidence may fall for the wide context to make up the rest. Chosen on the tune half
# of scripts/eval_context_words.py (Wikipedia text_AD_wiki_80-89): at 4 the new findings there
# were 1 right in 4 ("the major cites of the province"; wrong: "historical sights", "billed
# the medicare system", "a dangerous affect"), at 2, 1 in 2.
REACH = 2.0
# (The words of the sets are stored only when the sets hold content words; see the docstring.)
FUNCTION_SETS = frozenset(("to", "too", "were", "where", "we're", "your", "you're", "whose", "who's"))


@lru_cache(maxsize=1)
def table() -> WordTable:
    return WordTable.load(STORE)


@lru_cache(maxsize=1)
def set_words() -> frozenset[str]:
    """Every word of S205's sets: never a context word of another (the counts leave them out)."""
    return frozenset(w for pair, code in confusion.pair_codes().items() if code == "S205" for w in pair)


_counts: dict[str, int] = memos.Memo(16_384)  # answers kept (bounds a long run's memory)


def _count(key: str) -> int:
    found = _counts.get(key)
    if found is None:
        value = table().get(key)
        found = _counts.keep(key, 0 if value is None else int.from_bytes(value, "little"))
    return found


def stored(word: str) -> bool:
    """Are the wide contexts of ``word`` stored (a content word of S205's sets)?"""
    return word not in FUNCTION_SETS and word in set_words() and bool(_count(word + SEP))


@lru_cache(maxsize=1 << 16)
def is_content(word: str) -> bool:
    """A content word: letters only, three or more, not among the commonest words."""
    return len(word) >= 3 and word.isalpha() and lx.zipf(word) < ZIPF_MAX


def word_places(tokens) -> list[int]:
    """The indexes of the words among ``tokens`` (not punctuation)."""
    return [j for j, t in enumerate(tokens) if t[0][:1].isalnum()]


def near(tokens, i: int, words: list[int] | None = None) -> set[str]:
    """The distinct content words within ``WINDOW`` words of ``tokens[i]`` (lexicon tokens:
    lower-case text first), the words just beside it and the words of the sets left out;
    ``words`` are ``word_places(tokens)`` when known."""
    if words is None:
        words = word_places(tokens)
    at = bisect_left(words, i)
    others = set_words()
    found = set()
    for j in words[max(0, at - WINDOW) : max(0, at - 1)] + words[at + 2 : at + 1 + WINDOW]:
        word = tokens[j][0]
        if word not in others and is_content(word):
            found.add(word)
    return found


def score(context: set[str], written: str, meant: str) -> float:
    """The log-odds of ``meant`` against ``written`` by the content words in ``context``."""
    nw, nm = _count(written + SEP), _count(meant + SEP)
    if not nw or not nm:
        return 0.0
    total = 0.0
    for c in context:
        cw, cm = _count(written + SEP + c), _count(meant + SEP + c)
        if not cw and not cm:
            continue
        pooled = (cw + cm) / (nw + nm)
        total += math.log((cm + K * pooled) / (nm + K)) - math.log((cw + K * pooled) / (nw + K))
    return total
