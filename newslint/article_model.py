"""A learned article model: which of none, "a/an" or "the" opens a singular noun phrase.

The approach of the article-correction literature (Han, Chodorow & Leacock 2006; Rozovskaya &
Roth 2010): for every noun phrase whose head is a singular common noun (``noun_phrase``, the
reading G303 makes), predict the article from the words around it, with the article itself
removed, and learn that from clean text where the writer's own choice is the label. A draft's
choice is then in doubt where the model gives it a very small probability.

    from newslint import article_model
    reading = article_model.phrase_at(words, tags, k)     # None, or a PhraseReading
    p = article_model.probabilities(reading.features)    # {"none": .., "a": .., "the": ..}

The model is multinomial logistic regression over hashed string features, trained by
``scripts/build_article_model.py`` on English Wikipedia (see
``newslint/data/article_model_sources.txt``). It is stored as one small binary file (sorted
crc32 hashes of the kept features, three int16 weights each) that loads lazily, the first time
a rule asks for a probability, never at import.
"""

from __future__ import annotations

import math
import sys
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple
from zlib import crc32

from .checks.missing_article.countability import countability
from .checks.missing_article.frames import context_of
from .checks.missing_words import DEICTIC, TIME_NOUNS, noun_phrase

MODEL = Path(__file__).resolve().parent / "data" / "article_model.bin"
MAGIC = b"newslint-article-model 1\n"
LABELS = ("none", "a", "the")
_ARTICLE_LABEL = {"a": "a", "an": "a", "the": "the"}


class PhraseReading(NamedTuple):
    """A singular noun phrase: its article as written ("none", "a" or "the"), the index of its
    article (-1 when it has none), of its first word after the article, and of its head."""

    label: str
    article: int
    first: int
    head: int
    features: tuple[str, ...]


def phrase_at(words: list[str], tags: list[str], k: int) -> PhraseReading | None:
    """The noun phrase headed by the singular noun at ``k``, when it opens with "a", "an",
    "the" or nothing at all (another determiner, a number or a possessive: None)."""
    reading = noun_phrase(words, tags, k)
    if reading is None:
        return None
    start, determined, before = reading
    if determined:
        label = _ARTICLE_LABEL.get(words[start].lower())
        if label is None or start + 1 > k:
            return None  # "this way", "his way", "all the way": not a choice of article
        article, first = start, start + 1
    else:
        label, article, first = "none", -1, start
    if words[k].lower() in TIME_NOUNS and any(words[i].lower() in DEICTIC for i in range(first, k)):
        return None  # "fraud last year", "only last month": the time noun is determined
    return PhraseReading(label, article, first, k, features(words, tags, before, first, k))


def _word(words: list[str], i: int) -> str:
    if i < 0:
        return "<s>"
    if i >= len(words):
        return "</s>"
    return words[i].lower()


def _tag(tags: list[str], i: int) -> str:
    if i < 0:
        return "<s>"
    if i >= len(tags):
        return "</s>"
    return tags[i]


def features(words: list[str], tags: list[str], before: int, first: int, k: int) -> tuple[str, ...]:
    """The features of the phrase from ``first`` to its head ``k``, read as if no article
    stood before it: ``before`` is the word before the phrase (or its article), -1 at the
    sentence's start."""
    head = words[k].lower()
    opener = words[first].lower()
    p1, p2 = _word(words, before), _word(words, before - 1)
    t1, t2 = _tag(tags, before), _tag(tags, before - 1)
    n1, n2 = _word(words, k + 1), _word(words, k + 2)
    u1, u2 = _tag(tags, k + 1), _tag(tags, k + 2)
    governor = "-"
    for i in range(before, max(-1, before - 4), -1):
        if tags[i].startswith("VB") or tags[i] in ("IN", "TO"):
            governor = words[i].lower()
            break
    verb = "-"
    if t1 in ("IN", "TO"):
        for i in range(before - 1, max(-1, before - 5), -1):
            if tags[i].startswith("VB"):
                verb = words[i].lower()
                break
    described = first < k
    return _counted(words, tags, before, k, head, described) + (
        "bias",
        f"h={head}",
        f"hs={head[-3:]}",
        f"f={opener}" if described else "f=-",
        f"ft={tags[first]}" if described else "ft=-",
        f"n={min(k - first, 3)}",
        f"p1={p1}",
        f"p2={p2}",
        f"t1={t1}",
        f"t2={t2}",
        f"t21={t2}|{t1}",
        f"n1={n1}",
        f"n2={n2}",
        f"u1={u1}",
        f"u2={u2}",
        f"u12={u1}|{u2}",
        f"p1h={p1}|{head}",
        f"p2p1h={p2}|{p1}|{head}",
        f"hn1={head}|{n1}",
        f"hu1={head}|{u1}",
        f"p1f={p1}|{opener}" if described else f"p1f={p1}|-",
        f"fh={opener}|{head}" if described else "fh=-",
        f"p1n1={p1}|{n1}",
        f"t1hu1={t1}|{head}|{u1}",
        f"g={governor}",
        f"gh={governor}|{head}",
        f"vp={verb}|{p1}",
        f"vph={verb}|{p1}|{head}",
    )


def _bin(bare: int, seen: int) -> str:
    """A coarse class of how often a noun stood bare in what was counted."""
    if seen < 40:
        return "few"
    rate = bare / seen
    for edge in (0.005, 0.02, 0.05, 0.15, 0.4, 0.7):
        if rate <= edge:
            return f"<{edge}"
    return "most"


def _counted(words: list[str], tags: list[str], before: int, k: int, head: str, described: bool) -> tuple[str, ...]:
    """Features from the counts of 76 million words of Wikipedia (``countability``, for the
    nouns G303 and G315 read): how often the head stood bare in this context, how often
    "a" opened its phrase."""
    counts = countability()
    if head not in counts:
        return ("c=-",)
    context = context_of(words, tags, before, k)
    of = k + 1 < len(words) and words[k + 1].lower() == "of"
    a, bare = counts.with_a(head, described)
    return (
        f"cx={context}|{_bin(*counts.seen(head, context))}",
        f"cxo={context}|{of}|{_bin(*counts.seen(head, context, of, described))}",
        f"ca={_bin(a, a + bare)}",
    )


# -- the model file ----------------------------------------------------------------------------
#
# MAGIC, a little-endian uint32 count F, a float32 scale and a uint32 length B, then
#   hashes   uint32[F]     crc32 of each kept feature's UTF-8 bytes, sorted
#   weights  int16[3 * F]  the feature's weight for each label (LABELS order), times scale
#   nouns    B bytes       UTF-8: the count nouns, space-separated, a newline, the mass nouns
# Count nouns were seldom bare in the training text, mass nouns seldom with "a": only phrases
# with such a head can be doubted, so a draft's sentences without one need no tagging.


def feature_hash(feature: str) -> int:
    return crc32(feature.encode("utf-8"))


class Model:
    def __init__(self, hashes: array, weights: array, scale: float, count_nouns: frozenset, mass_nouns: frozenset):
        self.hashes, self.weights, self.scale = hashes, weights, scale
        self.count_nouns, self.mass_nouns = count_nouns, mass_nouns

    @classmethod
    def load(cls, path: Path = MODEL) -> "Model":
        data = path.read_bytes()
        if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 12:
            raise ValueError(f"{path}: not a newslint article model")
        at = len(MAGIC)
        count = int.from_bytes(data[at : at + 4], "little")
        scale = array("f", data[at + 4 : at + 8])
        blob = int.from_bytes(data[at + 8 : at + 12], "little")
        at += 12
        hashes, weights = array("I"), array("h")
        hashes.frombytes(data[at : at + 4 * count])
        weights.frombytes(data[at + 4 * count : at + 10 * count])
        if sys.byteorder == "big":
            for values in (hashes, weights, scale):
                values.byteswap()
        at += 10 * count
        counted, _, mass = data[at : at + blob].decode("utf-8").partition("\n")
        return cls(hashes, weights, scale[0], frozenset(counted.split()), frozenset(mass.split()))

    @staticmethod
    def write(path: Path, hashed: dict[int, tuple[int, int, int]], scale: float, count_nouns, mass_nouns) -> None:
        """Write the features' weights (already multiplied by ``scale`` and rounded) and the
        noun lists."""
        order = sorted(hashed)
        hashes = array("I", order)
        weights = array("h", [w for h in order for w in hashed[h]])
        scales = array("f", [scale])
        if sys.byteorder == "big":
            for values in (hashes, weights, scales):
                values.byteswap()
        nouns = (" ".join(sorted(count_nouns)) + "\n" + " ".join(sorted(mass_nouns))).encode("utf-8")
        head = MAGIC + len(order).to_bytes(4, "little") + scales.tobytes() + len(nouns).to_bytes(4, "little")
        path.write_bytes(head + hashes.tobytes() + weights.tobytes() + nouns)

    def scores(self, feats) -> list[float]:
        totals = [0, 0, 0]
        hashes, weights, n = self.hashes, self.weights, len(self.hashes)
        for feature in feats:
            h = feature_hash(feature)
            i = bisect_left(hashes, h)
            if i < n and hashes[i] == h:
                totals[0] += weights[3 * i]
                totals[1] += weights[3 * i + 1]
                totals[2] += weights[3 * i + 2]
        return [t / self.scale for t in totals]


@lru_cache(maxsize=1)
def model() -> Model:
    return Model.load()


def softmax(scores: list[float]) -> dict[str, float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {label: e / total for label, e in zip(LABELS, exps)}


def probabilities(feats) -> dict[str, float]:
    """The model's probability of each label (``LABELS``) for a phrase's features."""
    return softmax(model().scores(feats))
