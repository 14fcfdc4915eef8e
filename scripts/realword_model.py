"""A learned model of real-word slips among common words ("the" for "they", "and" for "an",
"that" for "than", "you" for "your"): measured, not yet used by any rule, so it lives here
beside its build and its harness rather than in the package.

Each common word may stand for a few others one edit away (a letter added, dropped, changed,
or two swapped: its *candidates*, listed in the model's ``realword_model.txt``). Where a
word with candidates is written, the model weighs it against each candidate by:

- word n-gram counts (``realword_counts.bin``, keyed by a hash, see ``HashedCounts``): the
  word with the word before ("L"), after ("R"), both ("T"), the two before ("A"), the two after
  ("B"), each as a log-ratio of the context's chance given the candidate and given the word
  written (``likelihoods``), and whether either was seen there at all;
- the frequency of the two words;
- the parts of speech around the word (Penn tags of the repository's tagger): how likely the
  tag before and the tag after are beside each tag the word may take (tag trigram counts over
  tagged Wikipedia), as a log-ratio;
- the kind of edit.

A logistic regression over these features is trained by ``scripts/build_realword_model.py``
on synthetic slips against clean occurrences in Wikipedia text the counts were not built
from, and its threshold set on the tune half of ``scripts/eval_realword.py``. The
part-of-speech feature is bounded (``POS_CLIP``), so a word whose other evidence cannot reach
the threshold even with it is never tagged.

Why no rule uses it (2026-12-01): at its threshold (0.05 false alarms per 1,000 words of
held-out Wikipedia, about a quarter of the injected slips found) it found no real-dev slip
that S205 misses, its nine findings on the dev corpus were all wrong, and it doubled the CPU
time of a run. The slips of real copy ("schedule and appointment", "stronger that ever")
score far below the threshold: the features do not separate them from clean copy at this
precision. The model, its build and the harness stay so that a better one is measured the
same way.
"""

from __future__ import annotations

import math
import mmap
import struct
import sys
from array import array
from functools import lru_cache
from pathlib import Path

from bisect import bisect_left
from zlib import crc32

COUNTS = "realword_counts.bin"  # the file names in a model's folder
MODEL = "realword_model.txt"
SEP = "\x1f"
BOS, EOS = "<s>", "</s>"
POS_CLIP = 8.0
# A word seen this often between the same two neighbours is taken as written, unweighed: the
# model is trained and measured only on the others (most words of clean copy are; this keeps
# the cost of a draft down).
ATTESTED = 8
TAG_PAIRS = 2500  # about how many (tag before, tag after) pairs there are: the smoothing's unit
WINDOWS = ("L", "R", "T", "A", "B")
EDITS = ("insert", "delete", "substitute", "swap")
# feature names, in the order of ``features`` (the weights file names them too)
NAMES = (
    ("prior",)
    + tuple(f"ratio_{w}" for w in WINDOWS)
    + tuple(f"unseen_written_{w}" for w in WINDOWS)
    + tuple(f"unseen_candidate_{w}" for w in WINDOWS)
    + ("pos",)
    + tuple(f"edit_{e}" for e in EDITS)
)
POS_INDEX = NAMES.index("pos")


def norm(token: str) -> str:
    """The form the counts are kept under: lower case (as the lexicon's tokens are), every
    number "#"."""
    return "#" if token[:1].isdigit() else token


@lru_cache(maxsize=65536)
def chance(token: str) -> float:
    """How often ``token`` (as the counts keep it) stands in running text: its word frequency
    from the lexicon; a mark, a number or a paragraph's edge, about as often as they do."""
    if token in (BOS, EOS):
        return 0.03
    if token == "#":
        return 0.01
    if not token[:1].isalnum():
        return 0.02
    from newslint.analysis import lexicon as lx

    return 10 ** ((lx.zipf(token) or 1.0) - 9)


def encode_count(count: int) -> int:
    """A count in one byte, 2 ** (code / 8) - 1 rounded: exact to 6, within 5% above (the
    features are logarithms); up to about two billion."""
    return min(255, round(8 * math.log2(count + 1)))


def decode_count(code: int) -> int:
    return round(2 ** (code / 8)) - 1


MAGIC = b"NLRWC1\0\0"


class HashedCounts:
    """Counts keyed by the CRC-32 of their key: ``MAGIC``, the number of keys (unsigned 32-bit
    little-endian), the sorted hashes (as many, the same), then a one-byte count code for each
    (``encode_count``). Five bytes a key instead of the key's own ~15: a key that is not
    stored answers as another key's count once in about 4,000 million / the number of keys
    (a thousand for 4 million keys), which shifts a log-ratio feature now and then."""

    def __init__(self, data):
        if data[: len(MAGIC)] != MAGIC:
            raise ValueError("not a newslint real-word count store")
        (n,) = struct.unpack_from("<I", data, len(MAGIC))
        start = len(MAGIC) + 4
        if sys.byteorder == "little" and array("I").itemsize == 4:
            self.hashes = memoryview(data)[start : start + 4 * n].cast("I")  # read in place
        else:  # pragma: no cover - big-endian machines
            self.hashes = array("I" if array("I").itemsize == 4 else "L")
            self.hashes.frombytes(data[start : start + 4 * n])
            if sys.byteorder == "big":
                self.hashes.byteswap()
        self.codes = memoryview(data)[start + 4 * n : start + 5 * n]
        self.size = n

    def get(self, key: str) -> int:
        h = crc32(key.encode("utf-8"))
        k = bisect_left(self.hashes, h)
        return decode_count(self.codes[k]) if k < self.size and self.hashes[k] == h else 0


def encode_counts(counts: dict[str, int]) -> bytes:
    """The store of ``counts`` (see ``HashedCounts``); keys whose hashes meet keep the larger
    count. The same counts give the same bytes."""
    by_hash: dict[int, int] = {}
    for key, value in counts.items():
        h = crc32(key.encode("utf-8"))
        by_hash[h] = max(by_hash.get(h, 0), encode_count(value))
    hashes = sorted(by_hash)
    packed = array("I" if array("I").itemsize == 4 else "L", hashes)
    if sys.byteorder == "big":  # pragma: no cover
        packed.byteswap()
    return MAGIC + struct.pack("<I", len(hashes)) + packed.tobytes() + bytes(by_hash[h] for h in hashes)


def edit_kind(written: str, candidate: str) -> str:
    if len(candidate) > len(written):
        return "insert"
    if len(candidate) < len(written):
        return "delete"
    diff = [k for k in range(len(written)) if written[k] != candidate[k]]
    return "swap" if len(diff) == 2 else "substitute"


class Model:
    """The counts, the candidates and the weights (see the module docstring)."""

    def __init__(self, counts: HashedCounts, text: str):
        self.counts = counts
        self.candidates: dict[str, tuple[str, ...]] = {}
        self.weights: dict[str, float] = {}
        self.bias = 0.0
        self.threshold = math.inf
        self.tagset: tuple[str, ...] = ()
        self._word_tags: dict[str, tuple[tuple[str, float], ...]] = {}
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            kind, _, rest = line.partition("\t")
            if kind == "candidates":
                word, _, others = rest.partition("\t")
                self.candidates[word] = tuple(others.split())
            elif kind == "weight":
                name, value = rest.split("\t")
                self.weights[name] = float(value)
            elif kind == "bias":
                self.bias = float(rest)
            elif kind == "threshold":
                self.threshold = float(rest)
            elif kind == "tags":
                self.tagset = tuple(rest.split())
        self.vector = [self.weights.get(name, 0.0) for name in NAMES]
        self._cache: dict[str, int] = {}

    def count(self, key: str) -> int:
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 200_000:
                self._cache.clear()
            found = self._cache[key] = self.counts.get(key)
        return found

    def window_counts(self, x: str, p2: str, p1: str, n1: str, n2: str) -> tuple[int, ...]:
        c = self.count
        return (
            c(f"L{SEP}{p1}{SEP}{x}"),
            c(f"R{SEP}{x}{SEP}{n1}"),
            c(f"T{SEP}{p1}{SEP}{x}{SEP}{n1}"),
            c(f"A{SEP}{p2}{SEP}{p1}{SEP}{x}"),
            c(f"B{SEP}{x}{SEP}{n1}{SEP}{n2}"),
        )

    def pos_score(self, x: str, left: str, right: str) -> float:
        """log of the sum over the tags t of ``x`` of P(t | x) P(left, right | t), smoothed."""
        total = 0.0
        for tag, share in self.word_tags(x):
            seen = self.count(f"P{SEP}{left}{SEP}{tag}{SEP}{right}")
            alone = self.count(f"P1{SEP}{tag}")
            total += share * (seen + 1) / (alone + TAG_PAIRS)
        return math.log(total or 1 / TAG_PAIRS)

    def word_tags(self, x: str) -> tuple[tuple[str, float], ...]:
        """(tag, its share of the word's occurrences) for each tag the tagger gave ``x``."""
        found = self._word_tags.get(x)
        if found is None:
            seen = [(tag, self.count(f"W{SEP}{x}{SEP}{tag}")) for tag in self.tagset]
            total = sum(n for _, n in seen)
            found = self._word_tags[x] = tuple((tag, n / total) for tag, n in seen if n) if total else ()
        return found

    def features(self, written, candidate, context, written_counts=None, pos=0.0):
        """The feature vector of ``candidate`` for ``written`` between ``context`` (p2, p1,
        n1, n2); ``pos`` the part-of-speech log-ratio (0 until known)."""
        mine = written_counts or self.window_counts(written, *context)
        theirs = self.window_counts(candidate, *context)
        own, other = self.count(f"1{SEP}{written}") + 1, self.count(f"1{SEP}{candidate}") + 1
        kind = edit_kind(written, candidate)
        ours = self.likelihoods(own, mine, context)
        yours = self.likelihoods(other, theirs, context)
        return (
            [math.log(other) - math.log(own)]
            + [b - a for a, b in zip(ours, yours)]
            + [float(m == 0) for m in mine]
            + [float(t == 0) for t in theirs]
            + [max(-POS_CLIP, min(POS_CLIP, pos))]
            + [float(kind == e) for e in EDITS]
        )

    def likelihoods(self, total: int, counts, context) -> list[float]:
        """log P(the context of each window | the word), from the word's ``total`` and its
        window ``counts`` (L, R, T, A, B), each smoothed towards the estimate of the window
        below it (the neighbours apart, then the neighbours' own frequencies, ``chance``) by
        a weight that grows with the word's frequency, as the number of distinct neighbours
        of a word does (Witten-Bell)."""
        left, right, both, before, after = counts
        p2, p1, n1, n2 = context
        weight = total**0.75
        scale = total + weight
        p_left = (left + weight * chance(p1)) / scale
        p_right = (right + weight * chance(n1)) / scale
        p_both = (both + weight * p_left * p_right) / scale
        p_before = (before + weight * chance(p2) * p_left) / scale
        p_after = (after + weight * p_right * chance(n2)) / scale
        return [math.log(p) for p in (p_left, p_right, p_both, p_before, p_after)]

    def linear(self, vector) -> float:
        return self.bias + sum(w * x for w, x in zip(self.vector, vector))

    def context(self, tokens, i) -> tuple[str, str, str, str]:
        """The two words before and the two after ``tokens[i]``, as the counts keep them."""
        n = len(tokens)
        return (
            norm(tokens[i - 2][0]) if i >= 2 else BOS,
            norm(tokens[i - 1][0]) if i >= 1 else BOS,
            norm(tokens[i + 1][0]) if i + 1 < n else EOS,
            norm(tokens[i + 2][0]) if i + 2 < n else EOS,
        )

    def with_pos(self, vector, written, candidate, tags):
        """``vector`` with its part-of-speech feature for the tags ``tags`` (before, after)."""
        pos = self.pos_score(candidate, *tags) - self.pos_score(written, *tags)
        vector[POS_INDEX] = max(-POS_CLIP, min(POS_CLIP, pos))
        return vector

    def judge(self, tokens, i, tag_context=None, threshold=None):
        """(candidate, score) for ``tokens[i]`` (lexicon tokens: lower-case text, start, end,
        as written) when the model prefers a candidate by at least ``threshold`` (default: the
        model's own), else None. ``tag_context()`` gives the Penn tags just before and after
        the word, or None (called only when the part-of-speech feature could decide)."""
        written = tokens[i][0]
        candidates = self.candidates.get(written)
        if not candidates:
            return None
        limit = self.threshold if threshold is None else threshold
        context = self.context(tokens, i)
        p2, p1, n1, n2 = context
        if self.count(f"T{SEP}{p1}{SEP}{written}{SEP}{n1}") >= ATTESTED:
            return None
        mine = self.window_counts(written, *context)
        reach = abs(self.vector[POS_INDEX]) * POS_CLIP
        best = None
        tags = None
        for candidate in candidates:
            vector = self.features(written, candidate, context, mine)
            score = self.linear(vector)
            if score + reach < limit:
                continue
            if tag_context is not None:
                if tags is None:
                    tags = tag_context() or ()
                if tags:
                    score = self.linear(self.with_pos(vector, written, candidate, tags))
            if score >= limit and (best is None or score > best[1]):
                best = (candidate, score)
        return best


def load(folder: Path) -> Model:
    """The model built into ``folder`` by ``scripts/build_realword_model.py``: its counts
    mapped into memory, its weights read."""
    with (folder / COUNTS).open("rb") as handle:
        try:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            data = handle.read()
    return Model(HashedCounts(data), (folder / MODEL).read_text("utf-8"))
