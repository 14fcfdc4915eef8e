"""Word and word-pair counts over the whole vocabulary, hashed and quantised, for the
noisy-channel real-word check (``checks/confusables/noisy_channel.py``).

``data/ngrams.bin`` counts only the neighbours of the confusion sets' words; a slip such as
"consumption patters" or "a goo reputation" needs the count of any word beside any other.
Storing the pairs themselves would take hundreds of megabytes, so this store keeps, for every
word and every pair of adjacent tokens seen at least ``MIN_COUNT`` times (built by
``scripts/build_word_bigrams.py`` over Wikipedia files kept apart from the real-word harness;
sources in ``data/ngrams_sources.txt``), only a 32-bit fingerprint of its 64-bit hash and its
count rounded to a quarter of a power of two:

    b"NLBIGRM2"               magic and version
    entries                   unsigned 32-bit little-endian: number of kept keys N
    total                     unsigned 64-bit little-endian: tokens counted
    offsets[65537]            unsigned 32-bit: where the keys of each bucket (the hash's top
                              16 bits) start among the N entries, and the end
    entries[N]                unsigned 32-bit: the hash's next 24 bits (its fingerprint),
                              shifted left 8, plus the count's code, 1 + round(4 * log2(count));
                              sorted within a bucket

A key not in the store reads 0. An unseen pair whose bucket holds a kept key with the same
fingerprint reads that key's count instead: with about 25 keys a bucket, one query in
700,000 (16-bit fingerprints, one in 2,600, made a check that asks a few hundred pairs a
word see phantom pairs).

Tokens are lower case with straight apostrophes; a number is ``#``; a paragraph's edges are
``<s>`` and ``</s>``; a punctuation mark is itself (``token``).
"""

from __future__ import annotations

import hashlib
import math
import mmap
import struct
import sys
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from typing import Iterable

DATA = Path(__file__).resolve().parent / "data"
STORE = DATA / "realword_bigrams.bin"
MAGIC = b"NLBIGRM2"
BUCKETS = 1 << 16
BOS, EOS = "<s>", "</s>"
MASK = (1 << 64) - 1
PAIR_MULTIPLIER = 0x9E3779B97F4A7C15  # mixes the first word's hash before the second's is added
UNIGRAM_SALT = 0x5BD1E9955BD1E995  # stands for "no second word" in a single word's key
_HEADER = struct.Struct("<IQ")


def token(lowered: str) -> str:
    """The store's form of a lower-case token: numbers fold to ``#``."""
    return "#" if lowered[:1].isdigit() else lowered


def word_hash(word: str) -> int:
    """64-bit hash of one token (the build script hashes every token of its vocabulary so)."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def mix(x: int) -> int:
    """MurmurHash3's 64-bit finaliser: spreads a combined hash over all its bits."""
    x ^= x >> 33
    x = (x * 0xFF51AFD7ED558CCD) & MASK
    x ^= x >> 33
    x = (x * 0xC4CEB9FE1A85EC53) & MASK
    x ^= x >> 33
    return x


def pair_key(first_hash: int, second_hash: int) -> int:
    return mix((first_hash * PAIR_MULTIPLIER + second_hash) & MASK)


def quantise(count: int) -> int:
    """A count's one-byte code: 1 + round(4 * log2(count)), at most 255."""
    return min(255, 1 + round(4 * math.log2(count)))


def dequantise(code: int) -> float:
    return 0.0 if code == 0 else 2.0 ** ((code - 1) / 4)


def unigram_key(word: str) -> int:
    return pair_key(word_hash(word), UNIGRAM_SALT)


def bigram_key(first: str, second: str) -> int:
    return pair_key(word_hash(first), word_hash(second))


def encode(counts: Iterable[tuple[int, int]], total: int) -> bytes:
    """The store's bytes for (key, count) pairs (keys from ``unigram_key`` and ``bigram_key``)
    and the number of tokens counted. Two keys with the same bucket and fingerprint keep the
    larger count."""
    entries: dict[int, int] = {}
    for key, count in counts:
        top, code = key >> 24, quantise(count)
        if entries.get(top, 0) < code:
            entries[top] = code
    ordered = sorted(entries)
    offsets = array("I", [0] * (BUCKETS + 1))
    for top in ordered:
        offsets[(top >> 24) + 1] += 1
    for bucket in range(BUCKETS):
        offsets[bucket + 1] += offsets[bucket]
    packed = array("I", (((top & 0xFFFFFF) << 8) | entries[top] for top in ordered))
    if sys.byteorder != "little":  # pragma: no cover
        offsets.byteswap()
        packed.byteswap()
    return MAGIC + _HEADER.pack(len(ordered), total) + offsets.tobytes() + packed.tobytes()


# A word's hash, remembered: a draft asks about the same few hundred words many times. Bounded,
# since the language server runs for hours.
_cached_hash = lru_cache(maxsize=1 << 16)(word_hash)


class Bigrams:
    """Counts of words and adjacent pairs, read in place from the memory-mapped store."""

    def __init__(self, data):
        if data[: len(MAGIC)] != MAGIC:
            raise ValueError("realword_bigrams.bin is not a newslint bigram store (or an older one)")
        entries, self.total = _HEADER.unpack_from(data, len(MAGIC))
        start = len(MAGIC) + _HEADER.size
        view = memoryview(data)
        if sys.byteorder != "little":  # pragma: no cover - the store is little-endian
            raise ValueError("the bigram store is read in place on little-endian machines only")
        self._offsets = view[start : start + 4 * (BUCKETS + 1)].cast("I")
        start += 4 * (BUCKETS + 1)
        self._entries = view[start : start + 4 * entries].cast("I")

    def _lookup(self, key: int) -> float:
        bucket, fingerprint = key >> 48, (key >> 24) & 0xFFFFFF
        lo, hi = self._offsets[bucket], self._offsets[bucket + 1]
        entries = self._entries
        i = bisect_left(entries, fingerprint << 8, lo, hi)
        if i < hi and entries[i] >> 8 == fingerprint:
            return dequantise(entries[i] & 0xFF)
        return 0.0

    def count(self, word: str) -> float:
        """How often ``word`` (a store token) was seen, roughly; 0 if rarer than MIN_COUNT."""
        return self._lookup(pair_key(_cached_hash(word), UNIGRAM_SALT))

    def pair(self, first: str, second: str) -> float:
        """How often ``first`` stood just before ``second``, roughly; 0 if rarer than MIN_COUNT."""
        return self._lookup(pair_key(_cached_hash(first), _cached_hash(second)))


@lru_cache(maxsize=1)
def store() -> Bigrams | None:
    """The shipped store, opened on first use; None when it is missing."""
    try:
        with STORE.open("rb") as handle:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    return Bigrams(data)
