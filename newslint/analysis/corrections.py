"""Corrections for a word no dictionary has: the likely words meant, best first.

    suggest("tryinng") == ["trying", …]      candidates("goverment")[0].word == "government"
    run_together("upto") == "up to"          distance("form", "from") == 1

Rules import these through ``newslint.analysis.lexicon``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import data_lines
from .dictionary import DATA, _bands, table_zipf, words, zipf

RUN_TOGETHER_FILE = DATA / "spelling_run_together.txt"

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def edits1(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = set()
    for left, right in splits:
        if right:
            found.add(left + right[1:])
            for c in LETTERS:
                found.add(left + c + right[1:])
        if len(right) > 1:
            found.add(left + right[1] + right[0] + right[2:])
        for c in LETTERS:
            found.add(left + c + right)
    found.discard(word)
    return found


ENDING_BONUS = 1.0  # Zipf units for a correction that keeps the word's grammatical ending
_ENDINGS = ("ly", "ing", "ed", "tion", "sion", "ness", "ment", "able", "ible", "ful", "less")
SPLIT_COST = 1.5  # Zipf units taken from a correction that splits the word in two
SUGGEST_FLOOR = 3.0  # Zipf: rarer words are not offered as corrections at two edits


@lru_cache(maxsize=1)
def _pool() -> dict[tuple[str, int], list[str]]:
    """Words at least as common as SUGGEST_FLOOR, by first letter and length (about 29,000
    words; built in a few milliseconds, the first time a draft has a word to correct)."""
    found: dict[tuple[str, int], list[str]] = {}
    for _, band in _bands(SUGGEST_FLOOR):
        for word in band:
            found.setdefault((word[0], len(word)), []).append(word)
    return found


@lru_cache(maxsize=None)
def _by_tail(size: int) -> dict[str, list[str]]:
    """The common words of one length by all but their first letter ("overnment":
    ["government"]), built the first time a word needs them."""
    found: dict[str, list[str]] = {}
    for (_, length), bucket in _pool().items():
        if length == size:
            for word in bucket:
                found.setdefault(word[1:], []).append(word)
    return found


def _starting_with(letter: str) -> list[str]:
    """Every word of the whole dictionary that starts with ``letter`` (the table is sorted:
    two binary searches and one slice read at once, up to 30,000 words, not kept)."""
    table = words()
    positions = range(len(table))
    low = bisect_left(positions, letter, key=table.word_at)
    high = bisect_left(positions, chr(ord(letter) + 1), key=table.word_at)
    return table.words_between(low, high)


def any_word_within_two(word: str) -> bool:
    """Is any word of the whole dictionary, rare ones too, two edits or fewer from ``word``
    and starting with its first or second letter ("notablilty": "notability", Zipf 2.0)?
    Nothing is, for a word English builds from parts or borrows that no list has
    ("transaxillary", "thingabobber", "yerjanik"): no slip of a word the dictionary knows."""
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extractOne

    for first in dict.fromkeys(word[:2]):
        if extractOne(word, _starting_with(first), scorer=OSA.distance, score_cutoff=2) is not None:
            return True
    return False


def _within_two(word: str) -> list[tuple[str, int]]:
    """Common words two edits or fewer from ``word``, with their distance.

    The words compared are those of a length within two that start with the word's first
    letter, or with its second (a letter dropped or added at the front, the first two
    swapped), in RapidFuzz's C++; a wrong first letter with one more slip is found through
    the rest of the word ("gocernmant"). A slip seldom touches the first letter and two more.
    """
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extract

    table = _pool()
    found = {}
    for first in dict.fromkeys(word[:2]):
        for size in range(len(word) - 2, len(word) + 3):
            bucket = table.get((first, size))
            if bucket:
                for candidate, d, _ in extract(
                    word, bucket, scorer=OSA.distance, score_cutoff=2, limit=None
                ):
                    found[candidate] = int(d)
    rest = word[1:]
    tails = edits1(rest) | {rest}
    for size in range(len(word) - 1, len(word) + 2):
        table = _by_tail(size)
        for tail in tails:
            for candidate in table.get(tail, ()):
                if candidate not in found:
                    d = OSA.distance(word, candidate, score_cutoff=2)
                    if d <= 2:
                        found[candidate] = d
    return list(found.items())


def distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions)."""
    from rapidfuzz.distance import OSA

    return OSA.distance(a, b)


@dataclass(frozen=True)
class Candidate:
    """A likely correction of a non-word: the word, its edit distance, its frequency (zipf)."""

    word: str
    distance: int
    zipf: float


@lru_cache(maxsize=2048)
def candidates(word: str) -> tuple[Candidate, ...]:
    """Likely corrections of a lower-case non-word, best first."""
    found = [Candidate(c, 1, zipf(c)) for c in edits1(word) & words() if len(c) > 1]
    if not any(c.zipf >= 3.0 for c in found) and 3 < len(word) < 25:
        seen = {c.word for c in found}
        for c, d in _within_two(word):
            if c not in seen:
                found.append(Candidate(c, d, zipf(c)))
        found.extend(_splits(word))  # like two edits: only when no common word is one away
    # One edit beats two; among equals, the commoner word wins. A slip seldom drops the
    # ending that makes the word an adverb, a participle or an abstract noun: "accidently"
    # is "accidentally" rather than "accident".
    ending = next((e for e in _ENDINGS if word.endswith(e)), None)
    found.sort(
        key=lambda c: (
            -(c.zipf - 1.5 * (c.distance - 1) + ENDING_BONUS * bool(ending and c.word.endswith(ending))),
            " " not in c.word,
            c.word,
        )
    )
    return tuple(found)


def _splits(word: str) -> list[Candidate]:
    """The word as two common words with the space put back ("coffeetable": "coffee table",
    "alot": "a lot"): one edit away, and scored as the rarer of the two less SPLIT_COST (most
    pairs of words are not a phrase; a one-letter slip of one word is likelier)."""
    found = []
    for i in range(1, len(word) - 1):
        first, second = word[:i], word[i:]
        if len(first) == 1 and first != "a":
            continue
        value = min(table_zipf(first), table_zipf(second))  # (mostly no words: not cached)
        if value >= SUGGEST_FLOOR:
            found.append(Candidate(f"{first} {second}", 1, value - SPLIT_COST))
    return found


@lru_cache(maxsize=1)
def run_together_forms() -> dict[str, str]:
    """Every form ``run_together`` knows, with its two words."""
    found = {}
    for line in data_lines(RUN_TOGETHER_FILE.name):
        form, _, pair = line.partition("\t")
        found[form] = pair
    return found


def run_together(word: str) -> str | None:
    """The two words a lower-case form runs together, when the word lists carry it but no
    dictionary does and one part is a function word: "upto" → "up to", "otherhand" →
    "other hand" (built by ``scripts/build_spelling_data.py``); else None."""
    return run_together_forms().get(word)


def suggest(word: str, limit: int = 3) -> list[str]:
    """Up to ``limit`` corrections for ``word``, in the word's own capitalisation."""
    lower = word.lower()
    found = [c.word for c in candidates(lower)[:limit]]
    if word[:1].isupper():
        found = [w[:1].upper() + w[1:] for w in found]
    return found


def recase(word: str, written: str, capitals: bool = False) -> str:
    """``word`` in the case of ``written``: a capital first letter when it has one; all in
    capitals when ``capitals`` is set and ``written`` is a word in capitals ("DONT" → "DON'T")."""
    if capitals and len(written) > 1 and written.isupper():
        return word.upper()
    if written[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
