"""The features the part-of-speech tagger weighs: a word's own, its neighbours', the tags before it.

One definition for both sides: ``scripts/build_tagger.py`` trains on these features and
``tagger.py`` scores them (``Model.tag_iter`` sums the same features in another order, for
speed: a word's own features and its part of each neighbour's ``_context_at`` once per word,
kept; tests/test_speed.py checks its tags against these lists summed as written).
"""

from __future__ import annotations

import re

from . import memos

START = ("-START-", "-START2-")
END = ("-END-", "-END2-")


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u2011": "-", "\u2010": "-"})
_SHAPE = re.compile(r"(.)\1+")
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")


_normalised: dict[str, str] = memos.Memo(20_000)


def normalise(word: str) -> str:
    """The form the model sees: lower case, straight quotes, numbers folded."""
    found = _normalised.get(word)
    if found is None:
        found = _normalised.keep(word, _normalise(word))
    return found


def _normalise(word: str) -> str:
    word = word.translate(_QUOTES)
    if word[:1].isdigit():
        if len(word) == 4 and word.isdigit():
            return "!YEAR"
        if _NUMBER.fullmatch(word):
            return "!DIGITS"
    return word.lower()


_shapes: dict[str, str] = memos.Memo(20_000)


def shape(word: str) -> str:
    """The word's letters as X (capital), x (small), d (digit), runs folded: "Obama" -> "Xx"."""
    found = _shapes.get(word)
    if found is None:
        found = _shapes.keep(word, _shape(word))
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
