"""A small part-of-speech tagger: Penn Treebank tags for the words of a sentence.

    from newslint import tagger
    tokens = tagger.tokenize(text, start, end)   # [Token(start, end, text), …], exact offsets
    tags = tagger.tag([t.text for t in tokens])  # ["DT", "NNS", "VBD", "VBN", "."]

The model is a greedy, left-to-right averaged perceptron (the classic design: the word, its
suffixes, prefix and shape, the two previous tags and the neighbouring words, plus the parts of
speech a lexicon allows each word), trained by ``scripts/build_tagger.py`` on Universal
Dependencies English treebanks (EWT, and the parts of GUM under CC BY); see
``newslint/data/tagger_sources.txt``. It loads lazily, the first time ``tag`` is called, never
at import, from one binary file read with ``array.frombytes`` (a few milliseconds).
``upos(word, tag)`` gives the universal tag (NOUN, VERB, AUX …) usual for a word with a tag.

Tags are the treebank's XPOS column: NN NNS NNP NNPS (nouns: singular, plural, proper),
VB VBD VBG VBN VBP VBZ (verb: base, past, -ing, past participle, present non-3rd-singular,
present 3rd singular), MD, IN, DT, JJ JJR JJS, RB RBR RBS, PRP PRP$, CD, CC, TO, POS, RP,
WDT WP WP$ WRB, EX, PDT, UH, FW, SYM, punctuation (. , : `` '' -LRB- -RRB- HYPH NFP $) …

The tokenizer is ``tokens.py`` (the treebank's split, exact offsets) and the features the model
weighs are ``tagger_features.py``; both are re-exported here. This module is the model: its
file format (read and written), the scoring, and the functions rules call.
"""

from __future__ import annotations

import mmap
import sys
from array import array
from bisect import bisect_left
from pathlib import Path
from typing import Iterator
from zlib import crc32

from . import memos
from .mapped_files import keep
from .tagger_features import (
    _QUOTES,
    END,
    START,
    _next_finite,
    normalise,
    shape,
    tag_features,
    tag_word_features,
    word_features,
)
from .tokens import Token as Token  # re-exported: tagger.Token, tagger.tokenize
from .tokens import tokenize as tokenize

MODEL = Path(__file__).resolve().parent / "data" / "tagger_model.bin"

# -- the model ---------------------------------------------------------------------------------
#
# The model file (written by scripts/build_tagger.py) is binary, so that loading it is a few
# ``array.frombytes`` calls rather than parsing: the magic line, a little-endian uint32 length
# and a JSON header (tags, tag dictionary, counts), then four little-endian arrays:
#   hashes  uint32[F]    crc32 of each feature's UTF-8 bytes, sorted
#   starts  uint32[F+1]  where each feature's weights begin in the two arrays below
#   labels  uint8[P]     tag index of each weight
#   weights int16[P]     the averaged weight times the header's "scale", rounded
#   words   uint32[L]    crc32 of each lexicon word (lower case), sorted
#   classes uint8[L]     index of the word's class in the header's "classes"

MAGIC = b"newslint-tagger 2\n"

# Scores are summed as packed rows: one Python integer holds a feature's weight for every tag,
# tag i's in the 32-bit field at bit 32 * i (the integer is sum(weight << 32 * i)). Adding two
# rows adds every tag's score at once (one big-integer addition in C instead of a loop over the
# tags). A word's sum starts from _LIFT in every field, so that no field of it is negative
# whatever the weights (int16, a few dozen features a word: far less than _LIFT); the lift is
# the same for every tag, so the best field is the best tag, and ties go to the first tag.
_FIELD = 32
_LIFT = 1 << 31
# Feature hashes are searched within buckets of their top 12 bits (see Model._row).
_BUCKET_SHIFT = 20
# Cached rows per feature (and per word) at most: bounds the memory of a long run. A row is a
# big integer (a field per tag), ~260 bytes with its key: at 50,000 the caches held 13 MB after
# a 1.9 MB draft; at 20,000, 3 MB less there and 4 MB less over the dev corpus in one process,
# for no CPU time that shows above the noise; at 5,000, 16 MB less at the end of 1,200
# Wikipedia drafts in one process (207 -> 191 MB), the same findings, CPU within the noise.
_CACHE_LIMIT = 5_000
# Rows kept between runs of the command line (``pattern_cache.growing``), at most: a cold
# draft computes the rows of ~900-1,500 features (~30,000 instructions each, ~25 M of a cold
# draft of ~550 M); the first 2,000 rows that runs computed (~0.45 MB of the table that every
# run reads) answer about half of a new draft's and all of a draft linted again.
_KEPT_ROWS = 2_000


class Model:
    """A tag dictionary for frequent unambiguous words, and perceptron weights."""

    def __init__(self, header: dict, hashes, starts, labels, weights, words, classes):
        self.tags: list[str] = header["tags"]
        self.tagdict: dict[str, str] = header["tagdict"]
        self.classes: list[str] = header["classes"]
        self._upos: dict[str, str] = header.get("upos", {})
        self._upos_words: dict[str, str] = header.get("upos_words", {})
        self._hashes = hashes
        self._starts = starts
        self._labels = labels
        self._weights = weights
        self._words = words
        self._classes = classes
        self._lifted = sum(_LIFT << (_FIELD * i) for i in range(len(self.tags)))
        self._no_fields = array("i", bytes(len(self.tags) * 4))  # see _row
        self._top_bits = sum(1 << (_FIELD * i + _FIELD - 1) for i in range(len(self.tags)))
        self._rows: dict[str, int] = memos.Memo(_CACHE_LIMIT)  # feature -> packed row (0: a feature the model lacks)
        # Where the hashes of each bucket (their top bits) lie in _hashes, found on first use:
        # a look-up then searches a few dozen hashes, not all of them.
        self._buckets: list[tuple[int, int] | None] = [None] * (1 << (32 - _BUCKET_SHIFT))
        self._word_rows: dict[str, int] = memos.Memo(_CACHE_LIMIT)  # word -> its own features' rows, summed
        self._base: dict[tuple[str, str], int] = {}  # the two tags before -> their rows, summed
        self._kinds: dict[str, str] = memos.Memo(_CACHE_LIMIT)  # normalised word -> its lexicon class
        self._neighbours = tuple(memos.Memo(_CACHE_LIMIT) for _ in range(4))  # see _neighbour_row
        self._padding_rows: tuple | None = None
        self._size = len(self.tags) * _FIELD // 8
        self._kept_rows: dict[str, int] | None = None  # see ``keep_rows``

    @classmethod
    def load(cls, path: Path = MODEL) -> "Model":
        """The model in the file at ``path``. Its arrays are read where they lie in the file,
        mapped into memory, not copied (a copy of 3.7 MB took 4-5 ms of every run)."""
        with open(path, "rb") as handle:
            try:
                data = keep(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))  # (mapped_files)
            except (OSError, ValueError):  # no memory maps here, or an empty file
                data = handle.read()
        if not data[: len(MAGIC)] == MAGIC:
            raise ValueError(f"{path}: not a newslint tagger model")
        at = len(MAGIC)
        size = int.from_bytes(data[at : at + 4], "little")
        at += 4
        header = _read_header(data[at : at + size].decode("utf-8"))
        at += size
        arrays = []
        for code, count in (
            ("I", header["features"]),
            ("I", header["features"] + 1),
            ("B", header["pairs"]),
            ("h", header["pairs"]),
            ("I", header["words"]),
            ("B", header["words"]),
        ):
            width = array(code).itemsize
            end = at + count * width
            if sys.byteorder == "little" and width == {"I": 4, "h": 2, "B": 1}[code]:
                values = memoryview(data)[at:end].cast(code)  # read in place
            else:
                values = array(code)
                values.frombytes(data[at:end])
                if sys.byteorder == "big":
                    values.byteswap()
            arrays.append(values)
            at = end
        model = cls(header, *arrays)
        model.keep_rows(path)
        return model

    def keep_rows(self, path: Path) -> None:
        """Under the command line, start from the rows earlier runs computed with the model in
        the file at ``path`` (its size, times and inode name it), and keep the first rows this
        run computes for the next, up to ``_KEPT_ROWS`` (``pattern_cache.growing``)."""
        import os

        from .pattern_cache import file_stamp, grew, growing

        try:
            status = os.stat(path)
        except (OSError, ValueError, TypeError):
            return
        kept = growing(("tagger rows", str(path), file_stamp(status)))
        if kept is not None:
            self._rows.update(kept)
            self._kept_rows, self._count_kept = kept, grew

    def upos(self, word: str, tag: str) -> str:
        """The universal (UD) tag most usual for a word with this Penn tag ("has", "VBZ" ->
        "AUX"; "that", "IN" -> "SCONJ"); from the word and tag alone, so approximate."""
        return self._upos_words.get(normalise(word) + " " + tag) or self._upos.get(tag, "X")

    def word_class(self, norm: str) -> str:
        """The lexicon class of a normalised word ("" if the lexicon lacks it)."""
        found = self._kinds.get(norm)
        if found is None:
            found = self._kinds.keep(norm, self._word_class(norm))
        return found

    def _word_class(self, norm: str) -> str:
        key = crc32(norm.encode("utf-8"))
        i = bisect_left(self._words, key)
        if i < len(self._words) and self._words[i] == key:
            return self.classes[self._classes[i]]
        return ""

    def weights(self, feature: str) -> list[tuple[int, int]]:
        """(tag index, weight) pairs of a feature; [] for a feature the model does not know."""
        key = crc32(feature.encode("utf-8"))
        i = bisect_left(self._hashes, key)
        if i < len(self._hashes) and self._hashes[i] == key:
            a, b = self._starts[i], self._starts[i + 1]
            return list(zip(self._labels[a:b], self._weights[a:b]))
        return []

    def _row(self, feature: str) -> int:
        """A feature's weights as a packed row (see _LIFT), kept for the next time; 0 for a
        feature the model does not know."""
        key = crc32(feature.encode("utf-8"))
        hashes, bucket = self._hashes, key >> _BUCKET_SHIFT
        bounds = self._buckets[bucket]
        if bounds is None:
            bounds = self._buckets[bucket] = (
                bisect_left(hashes, bucket << _BUCKET_SHIFT),
                bisect_left(hashes, (bucket + 1) << _BUCKET_SHIFT),
            )
        i = bisect_left(hashes, key, *bounds)
        row = 0
        if i < bounds[1] and hashes[i] == key:
            # The weights are set in an int32 array, a field a tag, read at once as a number:
            # a negative weight's field then reads as weight + 2**32 (its top bit set), which
            # borrows 1 from the next field up; taking those top bits back twice over undoes it.
            # (A shift and an addition of big integers a weight cost 6 ms of a cold draft.)
            a, b = self._starts[i], self._starts[i + 1]
            fields = self._no_fields[:]
            for label, weight in zip(self._labels[a:b], self._weights[a:b]):
                fields[label] = weight
            if sys.byteorder == "big":
                fields.byteswap()
            row = int.from_bytes(fields, "little")
            row -= (row & self._top_bits) << 1
        if row:  # (most features looked up are pairs of words the model never saw: not kept,
            # so that they do not push out the rows worth keeping)
            self._rows.keep(feature, row)
            kept = self._kept_rows  # (``_base_row`` asks again for rows it has: kept once)
            if kept is not None and len(kept) < _KEPT_ROWS and feature not in kept:
                kept[feature] = row
                self._count_kept()
        return row

    def _word_row(self, form: str, kind: str) -> int:
        """The summed rows of a word's own features, kept for the next time it is seen."""
        rows = self._rows
        total = 0
        for feature in word_features(form, kind):
            row = rows.get(feature)
            total += self._row(feature) if row is None else row
        return self._word_rows.keep(form, total)

    def _base_row(self, prev: str, prev2: str) -> int:
        total = sum(self._row(feature) for feature in tag_features(prev, prev2))
        self._base[(prev, prev2)] = total
        return total

    def _neighbour_row(self, role: int, word: str) -> int:
        """What a word adds to a neighbour's score, kept for the next time it is seen: the
        summed rows of its part of the neighbour's ``_context_at`` features as the word one
        before (role 0), two before (1), one after (2) or two after (3) the word tagged."""
        norm = normalise(word)
        total = self._summed(_neighbour_features(role, norm, shape(word.translate(_QUOTES)), self.word_class(norm)))
        return self._neighbours[role].keep(word, total)

    def _padding(self) -> dict[tuple[int, int], int]:
        """The ``_neighbour_row``s of the padding ``_padded`` puts around a sentence (its
        shape "", its class "^" before and "$" after), by (role, place): 0 and 1 are the
        places before the sentence (START), 2 and 3 those after it (END)."""
        if self._padding_rows is None:
            pads = {0: (START[0], "^"), 1: (START[1], "^"), 2: (END[0], "$"), 3: (END[1], "$")}
            self._padding_rows = {
                (role, place): self._summed(_neighbour_features(role, pads[place][0], "", pads[place][1]))
                for role, place in ((0, 1), (1, 0), (1, 1), (2, 2), (3, 2), (3, 3))
            }
        return self._padding_rows

    def _summed(self, features) -> int:
        rows, total = self._rows.get, 0
        for feature in features:
            row = rows(feature)
            total += self._row(feature) if row is None else row
        return total

    def tag(self, words: list[str]) -> list[str]:
        return list(self.tag_iter(words))

    def tag_iter(self, words: list[str]) -> Iterator[str]:
        """The tags of ``words``, one at a time, left to right. A word's tag depends only on
        the words and on the tags before it, so a caller that stops early has the same tags
        for the words it read as ``tag`` gives, without paying for the rest.

        A word's score sums the rows of its features (``tagger_features``) in another order:
        those of the word alone (``_word_row``) and those of each neighbour alone
        (``_neighbour_rows``), both kept per word, then the features of two words together
        and of the word with the tags before it (tests/test_speed.py checks the tags against
        the features summed as listed)."""
        if not words:
            return
        # (a word's form and class made as it is tagged, and its neighbours' forms, not
        # listed up front: a generator waiting after a sentence's first words holds no more
        # than it needs to go on, and a large draft holds a thousand such sentences)
        last = len(words) - 1
        tags, tagdict, size, lifted = self.tags, self.tagdict, self._size, self._lifted
        big_endian = sys.byteorder == "big"  # the fields then come last tag first
        # (the tables, not their bound get methods: 72 bytes each, for every waiting generator)
        rows, word_rows, bases = self._rows, self._word_rows, self._base
        before1, before2, after1, after2 = self._neighbours
        padding = self._padding()
        prev, prev2 = START
        finite = False
        for i, written in enumerate(words):
            form = written.translate(_QUOTES)
            guess = tagdict.get(form)
            if guess is None:
                n = normalise(written)
                kind = self.word_class(n)
                total = bases.get((prev, prev2))
                if total is None:
                    total = self._base_row(prev, prev2)
                row = word_rows.get(form)
                total += lifted + (self._word_row(form, kind) if row is None else row)
                if i > 1:
                    row = before2.get(words[i - 2])
                    total += self._neighbour_row(1, words[i - 2]) if row is None else row
                    row = before1.get(words[i - 1])
                    total += self._neighbour_row(0, words[i - 1]) if row is None else row
                elif i:  # the second word: START[1] two before it
                    row = before1.get(words[0])
                    total += padding[1, 1] + (self._neighbour_row(0, words[0]) if row is None else row)
                else:
                    total += padding[1, 0] + padding[0, 1]
                if i < last - 1:
                    row = after1.get(words[i + 1])
                    total += self._neighbour_row(2, words[i + 1]) if row is None else row
                    row = after2.get(words[i + 2])
                    total += self._neighbour_row(3, words[i + 2]) if row is None else row
                elif i < last:  # the last word but one: END[0] two after it
                    row = after1.get(words[last])
                    total += padding[3, 2] + (self._neighbour_row(2, words[last]) if row is None else row)
                else:
                    total += padding[2, 2] + padding[3, 3]
                before = normalise(words[i - 1]) if i else START[1]
                after = normalise(words[i + 1]) if i < last else END[0]
                features = [
                    "ww-1 " + before + " " + n,
                    "ww+1 " + n + " " + after,
                    "w-+1 " + before + " " + after,
                    *tag_word_features(prev, n, kind, after, finite),
                ]
                if i == 0:
                    features.append("first " + shape(form)[:1])
                for feature in features:
                    row = rows.get(feature)
                    total += self._row(feature) if row is None else row
                scores = memoryview(total.to_bytes(size, sys.byteorder)).cast("I").tolist()
                if big_endian:
                    scores.reverse()
                guess = tags[scores.index(max(scores))]
                # (not kept while the generator waits: a rule may read a sentence's first
                # words only, and a large draft holds thousands of such waiting sentences)
                scores = features = total = None
            yield guess
            prev2, prev = prev, guess
            finite = _next_finite(finite, guess)


def _neighbour_features(role: int, norm: str, form_shape: str, kind: str) -> tuple[str, ...]:
    """A neighbour's part of ``_context_at``: its features as the word one before (role 0),
    two before (1), one after (2) or two after (3) the word tagged."""
    if role == 0:
        return ("w-1 " + norm, "s-1 " + norm[-3:], "sh-1 " + form_shape, "lx-1 " + kind)
    if role == 1:
        return ("w-2 " + norm,)
    if role == 2:
        return ("w+1 " + norm, "s+1 " + norm[-3:], "sh+1 " + form_shape, "lx+1 " + kind)
    return ("w+2 " + norm,)


def _read_header(text: str) -> dict:
    """The model's JSON header, read by the C scanner that ``json.loads`` uses, without
    importing the ``json`` package (1 ms of a cold run that otherwise never needs it)."""
    try:
        from _json import make_scanner
    except ImportError:  # a Python without CPython's accelerator
        import json

        return json.loads(text)

    class Settings:  # what the scanner reads from a json.JSONDecoder
        strict, object_hook, object_pairs_hook = True, None, None
        parse_float, parse_int, parse_constant = float, int, None

    header, _ = make_scanner(Settings())(text, 0)
    return header


_model: Model | None = None


def model() -> Model:
    """The shipped model, loaded on first use."""
    global _model
    if _model is None:
        _model = Model.load()
    return _model


def tag(words: list[str]) -> list[str]:
    """Penn Treebank tags of one sentence's words (as ``tokenize`` splits them)."""
    return model().tag(words)


def tag_iter(words: list[str]) -> Iterator[str]:
    """The tags of one sentence's words, one at a time, left to right (see ``Model.tag_iter``)."""
    return model().tag_iter(words)


def upos(word: str, tag: str) -> str:
    """The universal part of speech (NOUN, VERB, AUX, ADP …) of a word tagged ``tag``."""
    return model().upos(word, tag)
