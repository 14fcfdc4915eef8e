"""The counts S212 weighs a word against the words one letter away from it with
(``data/near_words.bin``), and the weighing.

``scripts/build_near_words.py`` counted, over about 78 million words of openly licensed English
(``data/near_words_sources.txt``; the Wikipedia files text_AD_wiki_80 to 99 left out, for
``scripts/eval_near_words.py``), every word alone, every pair of words side by side where one
of them is a *slip word* (lower-case letters, at least ``MIN_LENGTH`` of them, seen at least
``SLIP_SEEN`` times), and every triple whose middle word is one. Kept: what was seen at least
``FLOOR`` (triples ``TRIGRAM_FLOOR``) times. The file has the format of the gap counts
(``gaps.GapCounts`` reads both): a one-byte count, eighths of a doubling, under a 32-bit
fingerprint of the words (``key``).

The weighing is the noisy channel of Mays, Damerau and Mercer (1991), as Wilcox-O'Hearn, Hirst
and Budanitsky (2008) ran it: a word in the dictionary may be a slip for any word one edit
away (a letter dropped, added, changed, or two swapped: ``candidates``); each reading of the
place is scored by how well the word fits its neighbours, P(x | left) P(right | x), from the
pair counts (a pair not kept reads as what the two words' own frequencies would give, never
more than the floor), and by the triple "left x right" where one was kept; the other word wins
only when its score beats the written word's by a margin (``MARGIN``) that stands for the odds
against a slip, chosen on the tune half of injected slips.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ... import memos
from ...analysis import lexicon as lx
from ..slips import gaps

DATA = Path(__file__).resolve().parents[2] / "data"
TABLE = DATA / "near_words.bin"
CANDIDATES_FILE = DATA / "near_words.txt"

UNIGRAM, BIGRAM, TRIGRAM = 1, 2, 3  # the kinds of entry (the "filler" code of the key)
MIN_LENGTH = 3  # a slip word has at least this many letters
SLIP_SEEN = 20  # ... and was seen at least this often
FLOOR = 3  # a word or pair seen fewer times was not kept
TRIGRAM_FLOOR = 3  # nor a triple
TOTAL = "\ttotal tokens"  # a word-kind key holding the number of tokens counted
EDGE = gaps.EDGE  # the token before and after each paragraph
HYPHEN = "-"


def joined(word: str, side: str) -> str:
    """A word as the part of a compound on ``side`` ("left": "full-" of "full-blown";
    "right": "-blown"): the counts hold the pairs of a compound's parts in this form."""
    return word + HYPHEN if side == "left" else HYPHEN + word


def seed(kind: int) -> int:
    return gaps.word_hash(f"\tnear{kind}")


@lru_cache(maxsize=1)
def _seeds() -> tuple[int, int, int, int]:
    return (0, seed(UNIGRAM), seed(BIGRAM), seed(TRIGRAM))


def key(*words: str) -> int:
    """The hash of one, two or three tokens (as the counts know them: ``slips.token_key``)."""
    h = _seeds()[len(words)]
    for word in words:
        h = gaps.mix(h, gaps.key_hash(word))
    return h


class NearCounts:
    """The counts, mapped into memory on first use (``counts()``)."""

    ALONE_KEPT = 16_384  # words whose own counts are kept (the cache is emptied past this)
    # pairs and triples whose counts are kept (dev corpus: 100,000 of 210,000 look-ups repeat
    # one, "said the", "of they"; ~3 MB at most)
    ROWS_KEPT = 20_000

    def __init__(self, path: Path | None = None):
        self._table = gaps.GapCounts(path or TABLE)
        self._alone: dict[str, float] = memos.Memo(self.ALONE_KEPT)  # a word's own count (dev corpus: 35,000 of 40,000 look-ups repeat one)
        self._rows: dict[tuple[str, ...], float] = memos.Memo(self.ROWS_KEPT)
        self.total = self.count(TOTAL) or 1.0

    def count(self, *words: str) -> float:
        """How often the one, two or three tokens were seen in a row; 0 when not kept."""
        if len(words) != 1:
            found = self._rows.get(words)
            if found is None:
                found = self._rows.keep(words, self._table.count(key(*words), len(words)))
            return found
        found = self._alone.get(words[0])
        if found is None:
            found = self._alone.keep(words[0], self._table.count(key(*words), 1))
        return found


@lru_cache(maxsize=1)
def counts() -> NearCounts:
    return NearCounts()


class Reading(NamedTuple):
    meant: str  # the word the context prefers
    margin: float  # natural log of its odds against the word written
    pair: float  # the part of the margin the pairs give
    triple: float  # the part the triple gives
    prior: float  # the part of ``pair`` that is only the two words' frequencies (log of their ratio)

    @property
    def context(self) -> float:
        """The evidence of the neighbours alone: the margin without the words' frequencies."""
        return self.margin - self.prior


@lru_cache(maxsize=1)
def candidate_words() -> frozenset[str]:
    """The words S212 may offer (``data/near_words.txt``: content words seen at least
    ``SLIP_SEEN`` times; 39,322 words, one a line and nothing else: about 5 ms to read)."""
    return frozenset(CANDIDATES_FILE.read_text(encoding="utf-8").split())


@lru_cache(maxsize=20_000)
def candidates(word: str, ratio: float, inflections: bool = True) -> tuple[str, ...]:
    """The words S212 may offer (``candidate_words``) one edit from ``word``
    (``lexicon.edits1``) seen at least ``ratio`` times as often as it in the counts, not its
    US or UK spelling, sorted; without ``inflections``, not its plural or singular, nor its
    form in -d ("live", "lived")."""
    table = counts()
    seen = max(table.count(word), 1.0)
    variants = set(_variants(word))
    found = []
    for other in lx.edits1(word) & candidate_words():
        if other in variants or (not inflections and is_inflection(word, other)):
            continue
        if table.count(other) >= ratio * seen:
            found.append(other)
    return tuple(sorted(found))


OFFERED_FILE = DATA / "near_candidates.bin"  # word -> where its line of LISTS_FILE starts
LISTS_FILE = DATA / "near_candidates.txt"  # the candidates of each word, a line each


@lru_cache(maxsize=1)
def _offered_data():
    from ...wordtable import WordTable

    return WordTable.load(OFFERED_FILE), LISTS_FILE.read_bytes()


# At most 32,768 answers (bounds a long run's memory): over 1,200 Wikipedia drafts, 598,000
# calls for 38,842 words; kept at most 32,768, 531 more searches (65,536: none).
@lru_cache(maxsize=1 << 15)
def offered(word: str) -> tuple[str, ...]:
    """``candidates(word, RATIO, INFLECTIONS)`` for a word S212 judges, read from the tables
    ``scripts/build_near_candidates.py`` compiles from ``candidates`` for every such word of
    the lexicon: a look-up instead of trying the ~50 strings a letter one edit from the word
    (a sixth of a run's time over news copy when computed). Empty for a word the table lacks:
    no candidate, or not a word S212 judges."""
    table, lists = _offered_data()
    value = table.get(word, keep=False)  # (remembered here, not by the table as well)
    if value is None:
        return ()
    start = int(value)
    return tuple(lists[start : lists.index(b"\n", start)].decode("ascii").split())


def is_inflection(a: str, b: str) -> bool:
    """Is one word the other with "s" or "d" put at its end ("rule", "rules", "ruled"), or
    are the two the same stem with "s" and "d" at its end ("legalizes", "legalized"; "misses",
    "missed"): a verb's present and past, which S212 read as slips on news copy ("Roe v.
    Wade, which legalizes abortion": "legalized"; "a market that sorely misses them")? A form
    in -d is a verb's: "good" is no form of "goo", nor "brand" of "bran" (both were kept from
    S212 before, 2026-12-04; scripts/eval_near_words.py --margins 12 --contexts 10 --only
    0,1,0,1 --half both: injected slips found 160 | 154 -> 161 | 155, findings on the
    untouched copy 7 | 4, unchanged; S212 on clean copy unchanged)."""
    if len(a) == len(b):
        return a[:-1] == b[:-1] and {a[-1:], b[-1:]} == {"s", "d"} and "v" in lx.tags(a) and "v" in lx.tags(b)
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(long) != len(short) + 1 or not long.startswith(short) or long[-1] not in "sd":
        return False
    # "goo" and "good", "bran" and "brand" are no forms of one word: a form in -d is a verb's
    return long[-1] == "s" or "v" in lx.tags(short)


def is_content_word(word: str) -> bool:
    """A noun, verb, adjective or adverb of the lexicon, not an auxiliary ("were", "will"):
    the closed-class words (pronouns, articles, prepositions) are the function-word rules'."""
    found = lx.tags(word)
    return bool(found) and "x" not in found


def _variants(word: str) -> tuple[str, ...]:
    from ...analysis import variants

    return tuple(v for v in (variants.uk_to_us(word), variants.us_to_uk(word)) if v)


def pair_count(table: NearCounts, a: str, b: str, seen: float | None = None) -> float:
    """How often "a b" was seen (``seen``, when already looked up); a pair not kept reads as
    the words' own frequencies give, below the floor."""
    n = table.count(a, b) if seen is None else seen
    if n:
        return n
    return min(FLOOR - 0.5, max(table.count(a), 0.5) * max(table.count(b), 0.5) / table.total)


def fit(
    table: NearCounts, left: str, word: str, right: str, left_pair: float | None = None, right_pair: float | None = None
) -> float:
    """log P(word | left) P(right | word), but for the factor 1 / count(left) every reading
    of the place shares (``left_pair``, ``right_pair``: the two pairs' counts, when already
    looked up)."""
    return math.log(pair_count(table, left, word, left_pair)) + math.log(
        pair_count(table, word, right, right_pair)
    ) - math.log(max(table.count(word), 0.5))


def triple_odds(other: float, written: float) -> float:
    """The log-odds the triples "left other right" and "left written right", seen ``other``
    and ``written`` times, give the other word (0 when neither was kept)."""
    return math.log((other + TRIGRAM_FLOOR) / (written + TRIGRAM_FLOOR)) if (other or written) else 0.0


# At most 16,384 answers: over 1,200 Wikipedia drafts, 198,000 calls for 24,311 words;
# kept at most 16,384, 1,600 more look-ups.
@lru_cache(maxsize=1 << 14)
def is_slip_word(word: str) -> bool:
    """Is ``word`` a slip word, one whose pairs the counts keep (three letters or more, seen at
    least ``SLIP_SEEN`` times)? A pair of two other words reads 0 whatever was written.
    Remembered: the same words recur in every draft."""
    return len(word) >= MIN_LENGTH and word.isascii() and word.isalpha() and counts().count(word) >= SLIP_SEEN


def weigh(
    left: str,
    word: str,
    right: str,
    ratio: float,
    triple_weight: float = 1.0,
    inflections: bool = True,
    others: tuple[str, ...] | None = None,
) -> Reading | None:
    """The best other reading of ``word`` between ``left`` and ``right`` (tokens as the counts
    know them), with its margin; None when no candidate has a pair or triple of its own there
    (no evidence for it). ``others``: the candidates, when already known (``offered``)."""
    table = counts()
    best = None
    written_fit = None
    written_triple = None
    for other in candidates(word, ratio, inflections) if others is None else others:
        if not (table.count(left, other) or table.count(other, right)):
            continue
        if written_fit is None:
            written_fit = fit(table, left, word, right)
            written_triple = table.count(left, word, right)
        pair = fit(table, left, other, right) - written_fit
        t = table.count(left, other, right)
        triple = triple_odds(t, written_triple)
        margin = pair + triple_weight * triple
        if best is None or margin > best.margin:
            prior = math.log(max(table.count(other), 0.5) / max(table.count(word), 0.5))
            best = Reading(other, margin, pair, triple, prior)
    return best
