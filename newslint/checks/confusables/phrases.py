"""Tests of a noun phrase and its verb shared by the "its", "their" and confused-word rules."""

from __future__ import annotations

from functools import lru_cache

from ...analysis import lexicon as lx
from ...datafiles import data_words
from .base import is_word
from .words import NOT_HEADS, finite_verbs, time_words

_PAST_FILE = "past_tense_verbs.txt"
_IRREGULAR_PAST: frozenset[str] | None = None


def _irregular_past() -> frozenset[str]:
    global _IRREGULAR_PAST
    if _IRREGULAR_PAST is None:
        from importlib import resources

        text = resources.files("newslint.data").joinpath(_PAST_FILE).read_text("utf-8")
        _IRREGULAR_PAST = frozenset(
            w for line in text.splitlines() if not line.startswith("#") for w in line.split()
        )
    return _IRREGULAR_PAST


@lru_cache(maxsize=1)
def _noun_phrase_stops() -> frozenset[str]:
    """Words that cannot stand inside the noun phrase read before a verb (relatives,
    conjunctions, articles, "own", "very"), from data/noun_phrase_stops.txt."""
    return data_words("noun_phrase_stops.txt")


def finite_verb(word: str) -> bool:
    """A word that can only be read here as a finite verb: "is", "had", "expired", "sucks",
    "led"."""
    if word in finite_verbs():
        return True
    found = lx.tags(word)
    if "v" not in found or "a" in found or "r" in found:
        return False
    if word in _irregular_past():
        return True
    if "n" in found or "p" in found:
        return False  # "picks", "plans": a noun too
    return word.endswith(("ed", "s")) and not word.endswith(("ss", "us"))


def noun_phrase_then_verb(tokens, j, modifiers: int = 2) -> bool:
    """From ``tokens[j]``: up to ``modifiers`` adjectives, a noun (perhaps two: "campaign
    website"), then a finite verb: "registration had expired", "new book features", "basic
    wrongdoing led". The phrase is a subject with its verb, so the word before it must be a
    possessive ("its", "their", "whose"), not "it's", "there" or "who's"."""
    k, n = j, len(tokens)
    seen_modifiers = 0
    while k < n and seen_modifiers <= modifiers:
        if not is_word(tokens[k]) or tokens[k][3][:1].isupper():
            return False
        text = tokens[k][0]
        if text in _noun_phrase_stops() or text in NOT_HEADS:
            return False
        found = lx.tags(text)
        if not found or "x" in found or text.endswith("ing") and not set(found) <= {"n", "p"}:
            return False  # "running", but "wrongdoing" is a noun
        if "n" in found or "p" in found:
            break
        if "a" not in found or "r" in found or "v" in found and text.endswith(("ed", "en")):
            return False
        seen_modifiers += 1
        k += 1
    else:
        return False
    if k >= n:
        return False
    # the head noun, and perhaps a second one
    for head in (k, k + 1):
        if head >= n or not is_word(tokens[head]) or tokens[head][3][:1].isupper():
            return False
        text = tokens[head][0]
        found = lx.tags(text)
        if text in NOT_HEADS or text in time_words() or "r" in found or "x" in found:
            return False
        if "n" not in found and "p" not in found:
            return False
        if head + 1 < n and finite_verb(tokens[head + 1][0]) and is_word(tokens[head + 1]):
            if head + 2 < n and tokens[head + 2][0] in ("to", "that"):
                return False  # "it's time has to", a reading too uncertain
            return True
    return False
