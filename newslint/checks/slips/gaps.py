"""What fills the gap between two words, in context: the counts G313 weighs a dropped word with.

A *gap* is the place between two tokens; its *filler* is what stands there: nothing, or one
short word (``FILLERS``: "of", "to", "the", "is", "he" ...). ``scripts/build_slip_gaps.py``
counted, over about 78 million words of openly licensed English
(``data/slip_counts_sources.txt``), how often each filler stands between the same words, with
one and two words of context on each side (``SHAPES``): "most _ the residents" holds "of"
(the phrase "most of the residents") far more often than nothing ("most the residents").
A dropped word, a word too many and a wrong preposition are all one
question: which filler does the context favour over the one written, and by how much
(``evidence``)? That is the approach of Bryant and Briscoe (2018), language-model
based correction without annotated data, here with the model restricted to the gap: the
edit wins only when its log-odds beat the text as written by a margin chosen on injected
slips (``scripts/eval_error_model.py``).

The file (``data/slip_gaps.bin``): ``MAGIC``, then the start of each of 65,536 buckets
(unsigned 32-bit, and one more for the end), then the entries' low 16 fingerprint bits
(unsigned 16-bit, sorted within a bucket), then one byte an entry: a count (``dequantise``) or,
for a ``TOP`` entry, the code of the context's commonest filler. A fingerprint is 32 bits of
a 64-bit hash of the context's words and the filler (``fingerprint``); the build script does
the same arithmetic in numpy. A context that is not in the file was seen fewer times than
the build's floor, ``FLOOR`` (10).

A second file in the same format (``data/slip_near.bin``, ``near_table``) holds what S211 asks
beyond it: the words of ``NEAR_EXTRA`` in the same four contexts, and every word of
``NEAR_FILLERS`` in the contexts of one side (``ONE_SIDED``).
"""

from __future__ import annotations

import math
import mmap
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from ... import mapped_files
from ...mapped_files import keep

DATA = Path(__file__).resolve().parents[2] / "data"
TABLE = DATA / "slip_gaps.bin"
NEAR_TABLE = DATA / "slip_near.bin"
MAGIC = b"NLGAPS01"
BUCKETS = 1 << 16

# The words a gap may hold (filler code = position + 1; 0 is nothing): the function words a
# writer drops or leaves in, the prepositions one is confused with another, the subject
# pronouns ("never said how [he] did").
FILLERS = tuple(
    """a an the to of is are was were be been being that for in on at with and have has had by
    from as it this will would can not its their his her there which who than or but into
    about after up out over under before through during without within against among between
    across behind upon around along he she they we i you""".split()
)
CODE = {word: code for code, word in enumerate(FILLERS, start=1)}
# Words writers confuse with a filler one letter away ("you"/"your", "on"/"one", "then"/"than",
# "were"/"where", "its"/"it's"), counted in a second file (``NEAR_TABLE``) that S211 reads:
# their codes follow those of FILLERS, and ``slip_gaps.bin`` is left as it was.
NEAR_EXTRA = ("your", "only", "one", "then", "where", "it's", "we're", "our")
NEAR_FILLERS = FILLERS + NEAR_EXTRA
NEAR_CODE = {word: code for code, word in enumerate(NEAR_FILLERS, start=1)}
EMPTY = 0  # the filler code of nothing
TOP = 255  # the filler code under which a context's commonest filler is stored
# the contexts, by the words they take around the gap: l2 l1 _ r1 r2
SHAPES = (("l1", "r1"), ("l2", "l1", "r1"), ("l1", "r1", "r2"), ("l2", "l1", "r1", "r2"))
# ... and the contexts of one side only, "l2 l1 _" and "_ r1 r2" (shapes 4 and 5), counted for
# word fillers only (``NEAR_TABLE``): a slip whose evidence lies on one side ("schools that
# ever before") is seen there, though no context of both sides was ever counted.
ONE_SIDED = (("l2", "l1"), ("r1", "r2"))
FLOOR = 10  # counts below this were not kept (scripts/build_slip_gaps.py): "absent" reads as below it

MULTIPLIER = 0x9E3779B97F4A7C15
SHIFT = 29
_MASK = (1 << 64) - 1


def word_hash(word: str) -> int:
    """A token's 64-bit number in the hash (the token as the counts know it: lower case, every
    number "0"): its UTF-8 bytes, eight at a time, through ``mix`` (plain arithmetic, so that
    a cold run need not import hashlib, about 3 ms)."""
    data = word.encode("utf-8")
    h = len(data) * MULTIPLIER & _MASK
    for start in range(0, len(data), 8):
        h = mix(h, int.from_bytes(data[start : start + 8], "little"))
    return mix(h, _MASK)


def shape_seed(shape: int) -> int:
    return word_hash(f"\tshape{shape}")


def mix(h: int, value: int) -> int:
    h = ((h ^ value) * MULTIPLIER) & _MASK
    return h ^ (h >> SHIFT)


@lru_cache(maxsize=1)
def _seeds() -> tuple[int, ...]:
    return tuple(shape_seed(shape) for shape in range(len(SHAPES)))


def context_hash(shape: int, words: tuple[int, ...]) -> int:
    """The hash of a context: its shape and the ``word_hash`` of each of its words in order."""
    h = _seeds()[shape]
    for w in words:
        h = mix(h, w)
    return h


def pair_context(l1: int, r1: int) -> int:
    """``context_hash`` of the narrowest context, "l1 _ r1", from the words' ``word_hash``."""
    return mix(mix(_seeds()[0], l1), r1)


def wider_contexts(l2: int, l1: int, r1: int, r2: int) -> tuple[int, int, int]:
    """``context_hash`` of "l2 l1 _ r1", "l1 _ r1 r2" and "l2 l1 _ r1 r2"."""
    seeds = _seeds()
    left = mix(mix(seeds[1], l2), l1)
    return mix(left, r1), mix(mix(mix(seeds[2], l1), r1), r2), mix(mix(mix(mix(seeds[3], l2), l1), r1), r2)


CONTEXT_MASK = _MASK ^ 0xFF  # a context's hash keeps its high 56 bits; the filler code fills the rest
SALT = 0x5851F42D4C957F2D


def entry_key(context: int, filler: int) -> int:
    """The 64-bit key of a context (``context_hash``) with a filler code."""
    return (context & CONTEXT_MASK) | filler


def fingerprint(key: int) -> int:
    """The 32 bits of an ``entry_key`` the file keeps."""
    return mix(key, SALT) >> 32


def dequantise(value: int) -> float:
    """A count stored as one byte: eighths of a doubling (0 -> 1, 8 -> 2, 80 -> 1,024)."""
    return 2.0 ** (value / 8)


class GapCounts:
    """The gap counts, mapped into memory on first use (``table()``)."""

    def __init__(self, path: Path | None = None):
        path = path or TABLE
        with open(path, "rb") as f:
            self._map = keep(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))  # (mapped_files)
            # a large file is read apart from its map while a large draft's rules run
            # (mapped_files.reading_apart): S212's near_words.bin, 13.9 MB, asked ~4,200 times
            # in the 1.9 MB draft, mapped all of it (8 MB more at that draft's peak); the slip
            # gaps, 4.1 MB asked ~250,000 times, are cheaper mapped (each read ~3 us more)
            self._source = mapped_files.source(f) if len(self._map) >= mapped_files.APART_FROM else None
        if self._map[: len(MAGIC)] != MAGIC:
            raise ValueError(f"{path} is not a gap-count file")
        view = memoryview(self._map)
        head = len(MAGIC)
        self._starts = view[head : head + 4 * (BUCKETS + 1)].cast("I")
        size = self._starts[BUCKETS]
        low_at = head + 4 * (BUCKETS + 1)
        self._low = view[low_at : low_at + 2 * size].cast("H")
        self._values = view[low_at + 2 * size : low_at + 3 * size]
        self._low_at, self._values_at = low_at, low_at + 2 * size

    def _get(self, context: int, filler: int) -> int | None:
        # fingerprint(entry_key(context, filler)), written out: S211 and G313 look up ~200,000
        # entries over the dev corpus, and two calls fewer each is ~a tenth of their time
        h = ((((context & CONTEXT_MASK) | filler) ^ SALT) * MULTIPLIER) & _MASK
        fp = (h ^ (h >> SHIFT)) >> 32
        bucket, low = fp >> 16, fp & 0xFFFF
        if mapped_files.reading_apart and self._source is not None and len(self._map) >= mapped_files.apart_from:
            return self._get_apart(bucket, low)
        start, end = self._starts[bucket], self._starts[bucket + 1]
        at = bisect_left(self._low, low, start, end)
        if at < end and self._low[at] == low:
            return self._values[at]
        return None

    def _get_apart(self, bucket: int, low: int) -> int | None:
        """``_get``'s answer with the bucket's fingerprints and the value read from the file
        (``mapped_files.Source``), not through the map; the buckets' bounds are read through
        it (256 kB at most, and one read fewer a look-up: S212 asks ~140,000 over the dev
        corpus)."""
        read = self._source.read
        start, end = self._starts[bucket], self._starts[bucket + 1]
        lows = array("H")  # (machine order, as the map's cast reads them)
        lows.frombytes(read(self._low_at + 2 * start, 2 * (end - start)))
        at = bisect_left(lows, low)
        if at < len(lows) and lows[at] == low:
            return read(self._values_at + start + at, 1)[0]
        return None

    def count(self, context: int, filler: int) -> float:
        """How often the context (``context_hash``) held the filler (a code); 0 when it was
        not kept (seen fewer than ``FLOOR`` times)."""
        value = self._get(context, filler)
        return 0.0 if value is None else dequantise(value)

    def top(self, context: int) -> int | None:
        """The code of the context's commonest word filler, when it was common enough there
        to be a candidate."""
        return self._get(context, TOP)


@lru_cache(maxsize=1)
def table() -> GapCounts:
    return GapCounts()


@lru_cache(maxsize=1)
def near_table() -> GapCounts:
    """The counts of the words of ``NEAR_EXTRA`` in the four contexts of ``SHAPES``, and of
    every word of ``NEAR_FILLERS`` in the contexts of one side (``ONE_SIDED``)."""
    return GapCounts(NEAR_TABLE)


def one_sided_contexts(l2: int, l1: int, r1: int, r2: int) -> tuple[int, int]:
    """``context_hash`` of "l2 l1 _" and "_ r1 r2" (shapes 4 and 5), from the words'
    ``word_hash``."""
    left, right = _one_sided_seeds()
    return mix(mix(left, l2), l1), mix(mix(right, r1), r2)


@lru_cache(maxsize=1)
def _one_sided_seeds() -> tuple[int, int]:
    return shape_seed(len(SHAPES)), shape_seed(len(SHAPES) + 1)


# At most 16,384 words: over 1,200 Wikipedia drafts, 1.37 million calls for 30,000 words;
# 35,400 hashes made kept at most 16,384, 30,000 at 50,000.
@lru_cache(maxsize=1 << 14)
def key_hash(word: str) -> int:
    return word_hash(word)


def contexts(l2: str, l1: str, r1: str, r2: str) -> tuple[int, ...]:
    """The hashes of the four contexts of a gap (``SHAPES``), from the tokens around it as the
    counts know them ("" where the paragraph ends: the edge token)."""
    h = [key_hash(word or EDGE) for word in (l2, l1, r1, r2)]
    return (pair_context(h[1], h[2]), *wider_contexts(*h))


EDGE = "<s>"  # the token that stands before and after each paragraph in the counts


def evidence(counts: GapCounts, hashes: tuple[int, ...], written: int, instead: int) -> tuple[float, ...]:
    """How much better each of the gap's contexts (``SHAPES``) fits the filler ``instead``
    than the filler ``written`` (codes): the log-odds of the two, each count raised by the
    floor below which counts were dropped; 0 for a context seen with neither. Positive: the
    context favours ``instead``."""
    terms = []
    for h in hashes:
        a, b = counts.count(h, instead), counts.count(h, written)
        terms.append(math.log((a + FLOOR) / (b + FLOOR)) if a or b else 0.0)
    return tuple(terms)
