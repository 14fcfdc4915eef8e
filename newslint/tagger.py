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

The tokenizer splits like the treebank: punctuation apart, clitics apart ("do" "n't",
"it" "'s", "they" "'re", with straight or curly apostrophes; "can" "not"), but keeps numbers
("1,000", "3.5"), abbreviations ("Mr.", "U.S.") and hyphenated words ("100-year-old",
"well-known") whole. The text of a token is always ``text[start:end]``.
"""

from __future__ import annotations

import json
import mmap
import re
import sys
from array import array
from bisect import bisect_left
from operator import lshift
from pathlib import Path
from typing import Iterator, NamedTuple
from zlib import crc32

from .sentences import ABBREVIATIONS, BEFORE_NUMBERS

MODEL = Path(__file__).resolve().parent / "data" / "tagger_model.bin"

START = ("-START-", "-START2-")
END = ("-END-", "-END2-")


class Token(NamedTuple):  # a tuple: made in half the time of a dataclass
    start: int
    end: int
    text: str


# -- tokenizer ---------------------------------------------------------------------------------

# A word: letters and digits, joined inside by hyphens, apostrophes, full stops, ampersands,
# slashes between digits, or commas/colons between digits ("1,000", "10:30").
_TOKEN = re.compile(
    r"""
    (?P<word>[^\W_]+(?:(?:[-\u2010\u2011'’.&]|(?<=\d)[,:/](?=\d))[^\W_]+)*)
    | (?P<punct>[.!?]+|(?P<mark>[^\w\s]|_)(?P=mark)*)
    """,
    re.X,
)
_CLITIC = re.compile(r"(?i)(?:n['’]t|['’](?:s|re|ve|ll|d|m))$")
_SPLIT_WORDS = {"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3}
# Words that keep their full stop as the treebank writes them ("Mr.", "Jan."): the sentence
# splitter's abbreviations; "No." and the like only before a number.
_ABBREVIATIONS = ABBREVIATIONS


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, each with its offsets into ``text``."""
    if end is None:
        end = len(text)
    tokens: list[Token] = []
    position = start
    while True:
        match = _TOKEN.search(text, position, end)
        if not match:
            return tokens
        a, b = match.span()
        position = b
        word = match.group()
        if match.lastgroup == "punct":
            tokens.append(Token(a, b, word))
            continue
        # keep the full stop of an abbreviation or of initials ("Mr.", "U.S.", "J.")
        if b < end and text[b] == "." and (
            word.lower() in _ABBREVIATIONS
            or ("." in word and len(word) <= 8)
            or (len(word) == 1 and word.isupper())
            or (word.lower() in BEFORE_NUMBERS and text[b + 1 : b + 3].strip()[:1].isdigit())
        ):
            position = b + 1
            tokens.append(Token(a, b + 1, text[a : b + 1]))
            continue
        clitic = _CLITIC.search(word)
        cut = a + clitic.start() if clitic and clitic.start() > 0 else None
        if cut is None and word.lower() in _SPLIT_WORDS:
            cut = a + _SPLIT_WORDS[word.lower()]
        if cut is None:
            tokens.append(Token(a, b, word))
        else:
            tokens.append(Token(a, cut, text[a:cut]))
            tokens.append(Token(cut, b, text[cut:b]))


# -- features ----------------------------------------------------------------------------------

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u2011": "-", "\u2010": "-"})
_SHAPE = re.compile(r"(.)\1+")
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")


def normalise(word: str) -> str:
    """The form the model sees: lower case, straight quotes, numbers folded."""
    word = word.translate(_QUOTES)
    if word[:1].isdigit():
        if len(word) == 4 and word.isdigit():
            return "!YEAR"
        if _NUMBER.fullmatch(word):
            return "!DIGITS"
    return word.lower()


_shapes: dict[str, str] = {}


def shape(word: str) -> str:
    """The word's letters as X (capital), x (small), d (digit), runs folded: "Obama" -> "Xx"."""
    found = _shapes.get(word)
    if found is None:
        if len(_shapes) > 20_000:  # bounds the memory of a long run
            _shapes.clear()
        _shapes[word] = found = _shape(word)
    return found


def _shape(word: str) -> str:
    chars = []
    for ch in word:
        if ch.isupper():
            chars.append("X")
        elif ch.isalpha():
            chars.append("x")
        elif ch.isdigit():
            chars.append("d")
        else:
            chars.append(ch)
    return _SHAPE.sub(r"\1", "".join(chars))


def word_features(word: str, kind: str) -> list[str]:
    """The features of a word on its own (``word`` with straight quotes; ``kind`` its class)."""
    n = normalise(word)
    lower = word.lower()
    feats = [
        "w " + n,
        "W " + word,
        "s1 " + lower[-1:],
        "s2 " + lower[-2:],
        "s3 " + lower[-3:],
        "s4 " + lower[-4:],
        "p1 " + word[:1],
        "p2 " + lower[:2],
        "p3 " + lower[:3],
        "sh " + shape(word),
        "lx " + kind,
        "lxs " + kind + " " + lower[-2:],
    ]
    if "-" in lower[1:]:
        feats.append("hy " + lower.rsplit("-", 1)[1])
        feats.append("hs " + lower[-3:])
    return feats


def context_features(words: list[str], classes: list[str]) -> list[list[str]]:
    """The features of each word's neighbours (words, suffixes, shapes, lexicon classes)."""
    norms = [normalise(w) for w in words]
    padded = _padded(words, norms, classes)
    return [_context_at(i, n, *padded) for i, n in enumerate(norms)]


def _padded(words: list[str], norms: list[str], classes: list[str]):
    """The sentence's normalised words, shapes and classes, two places of padding each side."""
    context = [START[0], START[1]] + norms + [END[0], END[1]]
    cshapes = ["", ""] + [shape(w.translate(_QUOTES)) for w in words] + ["", ""]
    cclasses = ["^", "^"] + classes + ["$", "$"]
    return context, cshapes, cclasses


def _context_at(i: int, n: str, context: list[str], cshapes: list[str], cclasses: list[str]) -> list[str]:
    """The context features of word ``i`` (normalised ``n``), from ``_padded``."""
    c = i + 2
    before, after = context[c - 1], context[c + 1]
    feats = [
        "w-1 " + before,
        "s-1 " + before[-3:],
        "sh-1 " + cshapes[c - 1],
        "w-2 " + context[c - 2],
        "w+1 " + after,
        "s+1 " + after[-3:],
        "sh+1 " + cshapes[c + 1],
        "w+2 " + context[c + 2],
        "ww-1 " + before + " " + n,
        "ww+1 " + n + " " + after,
        "w-+1 " + before + " " + after,
        "lx-1 " + cclasses[c - 1],
        "lx+1 " + cclasses[c + 1],
    ]
    if i == 0:
        feats.append("first " + cshapes[c][:1])
    return feats


def static_features(words: list[str], classes: list[str]) -> list[list[str]]:
    """The features of each word that do not depend on the tags before it: its own features
    and its neighbours'.

    ``classes`` holds each word's class in the lexicon (the letters of the parts of speech
    it can have, see ``scripts/build_tagger.py``; "" for a word the lexicon lacks).
    """
    return [
        word_features(word.translate(_QUOTES), kind) + context
        for word, kind, context in zip(words, classes, context_features(words, classes))
    ]


def tag_features(prev: str, prev2: str) -> list[str]:
    """Features of the two tags before a word (and the bias), the same for every word."""
    return ["b", "t1 " + prev, "t2 " + prev2, "tt " + prev + " " + prev2]


def tag_word_features(prev: str, norm: str, kind: str, following: str, finite: bool) -> list[str]:
    """Features of a word with the tag before it; ``kind`` is its lexicon class, ``following``
    the next word (normalised), ``finite``: a finite verb came earlier in the clause."""
    return [
        "tw " + prev + " " + norm,
        "ts " + prev + " " + norm[-3:],
        "tn " + prev + " " + following,
        "fv " + ("1 " if finite else "0 ") + kind,
        "fs " + ("1 " if finite else "0 ") + norm[-2:],
    ]


# Tags that make a clause finite, and tags that start a new clause.
FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
CLAUSE = frozenset((",", ":", "CC", "WDT", "WP", "WRB", "-LRB-", "``"))


def _next_finite(finite: bool, tag: str) -> bool:
    if tag in FINITE:
        return True
    if tag in CLAUSE:
        return False
    return finite


def dynamic_features(
    prev: str, prev2: str, norm: str, kind: str, following: str, finite: bool
) -> list[str]:
    """The features of a word that depend on the tags before it."""
    return tag_features(prev, prev2) + tag_word_features(prev, norm, kind, following, finite)


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
# Cached rows per feature (and per word) at most: bounds the memory of a long run.
_CACHE_LIMIT = 20_000


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
        self._shifts = [_FIELD * i for i in range(len(self.tags))]
        self._rows: dict[str, int] = {}  # feature -> packed row (0: a feature the model lacks)
        self._word_rows: dict[str, int] = {}  # word -> its own features' rows, summed
        self._base: dict[tuple[str, str], int] = {}  # the two tags before -> their rows, summed
        self._size = len(self.tags) * _FIELD // 8

    @classmethod
    def load(cls, path: Path = MODEL) -> "Model":
        """The model in the file at ``path``. Its arrays are read where they lie in the file,
        mapped into memory, not copied (a copy of 3.7 MB took 4-5 ms of every run)."""
        with open(path, "rb") as handle:
            try:
                data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError):  # no memory maps here, or an empty file
                data = handle.read()
        if not data[: len(MAGIC)] == MAGIC:
            raise ValueError(f"{path}: not a newslint tagger model")
        at = len(MAGIC)
        size = int.from_bytes(data[at : at + 4], "little")
        at += 4
        header = json.loads(data[at : at + size].decode("utf-8"))
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
        return cls(header, *arrays)

    def upos(self, word: str, tag: str) -> str:
        """The universal (UD) tag most usual for a word with this Penn tag ("has", "VBZ" ->
        "AUX"; "that", "IN" -> "SCONJ"); from the word and tag alone, so approximate."""
        return self._upos_words.get(normalise(word) + " " + tag) or self._upos.get(tag, "X")

    def word_class(self, norm: str) -> str:
        """The lexicon class of a normalised word ("" if the lexicon lacks it)."""
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
        i = bisect_left(self._hashes, key)
        row = 0
        if i < len(self._hashes) and self._hashes[i] == key:
            a, b = self._starts[i], self._starts[i + 1]
            row = sum(map(lshift, self._weights[a:b], map(self._shifts.__getitem__, self._labels[a:b])))
        if len(self._rows) > _CACHE_LIMIT:
            self._rows.clear()
        self._rows[feature] = row
        return row

    def _word_row(self, form: str, kind: str) -> int:
        """The summed rows of a word's own features, kept for the next time it is seen."""
        rows = self._rows
        total = 0
        for feature in word_features(form, kind):
            row = rows.get(feature)
            total += self._row(feature) if row is None else row
        if len(self._word_rows) > _CACHE_LIMIT:
            self._word_rows.clear()
        self._word_rows[form] = total
        return total

    def _base_row(self, prev: str, prev2: str) -> int:
        total = sum(self._row(feature) for feature in tag_features(prev, prev2))
        self._base[(prev, prev2)] = total
        return total

    def tag(self, words: list[str]) -> list[str]:
        return list(self.tag_iter(words))

    def tag_iter(self, words: list[str]) -> Iterator[str]:
        """The tags of ``words``, one at a time, left to right. A word's tag depends only on
        the words and on the tags before it, so a caller that stops early has the same tags
        for the words it read as ``tag`` gives, without paying for the rest."""
        if not words:
            return
        forms = [w.translate(_QUOTES) for w in words]
        norms = [normalise(w) for w in words]
        kinds = [self.word_class(n) for n in norms]
        padded = None
        following = norms[1:] + [END[0]]
        tags, tagdict, size, lifted = self.tags, self.tagdict, self._size, self._lifted
        big_endian = sys.byteorder == "big"  # the fields then come last tag first
        row_of, word_row, base_of = self._rows.get, self._word_rows.get, self._base.get
        prev, prev2 = START
        finite = False
        for i, form in enumerate(forms):
            guess = tagdict.get(form)
            if guess is None:
                if padded is None:
                    padded = _padded(words, norms, kinds)
                total = base_of((prev, prev2))
                if total is None:
                    total = self._base_row(prev, prev2)
                total += lifted
                row = word_row(form)
                total += self._word_row(form, kinds[i]) if row is None else row
                features = _context_at(i, norms[i], *padded)
                features += tag_word_features(prev, norms[i], kinds[i], following[i], finite)
                for feature in features:
                    row = row_of(feature)
                    total += self._row(feature) if row is None else row
                scores = memoryview(total.to_bytes(size, sys.byteorder)).cast("I").tolist()
                if big_endian:
                    scores.reverse()
                guess = tags[scores.index(max(scores))]
            yield guess
            prev2, prev = prev, guess
            finite = _next_finite(finite, guess)


def write_model(
    path: Path,
    tags: list[str],
    tagdict: dict[str, str],
    table: dict,
    scale: int,
    lexicon: dict[str, str],
    upos: tuple[dict[str, str], dict[str, str]],
):
    """Write a model: ``table`` maps a feature to {tag index: integer weight}, ``lexicon`` a
    normalised word to its class."""
    merged: dict[int, dict[int, int]] = {}
    for feature, row in table.items():
        slot = merged.setdefault(crc32(feature.encode("utf-8")), {})
        for index, weight in row.items():
            slot[index] = slot.get(index, 0) + weight
    hashes, starts, labels, weights = array("I"), array("I", [0]), array("B"), array("h")
    for key in sorted(merged):
        row = {i: max(-32767, min(32767, w)) for i, w in merged[key].items() if w}
        if not row:
            continue
        hashes.append(key)
        for index in sorted(row):
            labels.append(index)
            weights.append(row[index])
        starts.append(len(labels))
    classes = sorted(set(lexicon.values()))
    by_hash: dict[int, int] = {}
    for word, kind in lexicon.items():
        by_hash[crc32(word.encode("utf-8"))] = classes.index(kind)
    words = array("I", sorted(by_hash))
    kinds = array("B", [by_hash[key] for key in words])
    header = {
        "tags": tags,
        "classes": classes,
        "upos": upos[0],
        "upos_words": upos[1],
        "tagdict": dict(sorted(tagdict.items())),
        "scale": scale,
        "features": len(hashes),
        "pairs": len(labels),
        "words": len(words),
    }
    blob = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    parts = [MAGIC, len(blob).to_bytes(4, "little"), blob]
    for values in (hashes, starts, labels, weights, words, kinds):
        if sys.byteorder == "big":
            values = array(values.typecode, values)
            values.byteswap()
        parts.append(values.tobytes())
    path.write_bytes(b"".join(parts))


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
