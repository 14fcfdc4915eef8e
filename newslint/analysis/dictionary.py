"""The English dictionary the spelling and grammar rules read: is it a word, how common is it,
what parts of speech can it be.

From data newslint ships (built by ``scripts/build_spelling_data.py`` from wordfreq,
pyspellchecker, the en_GB Hunspell dictionary, lemminflect, WordNet and the UD treebanks' hand
tags; see that script and ``data/spelling_sources.txt`` for sources and licences):

    is_word("neighbouring") is True      is_word("tryinng") is False
    zipf("the") == 7.7                   tags("importance") == "n"
    adjective_of("importance") == "important"

Both US and UK spellings are words. The tables load once per process, on first use; word
frequencies and parts of speech are looked up lazily. Rules import these through
``newslint.analysis.lexicon``.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from .. import memos
from ..wordtable import WordTable

DATA = Path(__file__).resolve().parent.parent / "data"
WORDS_FILE = DATA / "spelling_words.bin"
POS_FILE = DATA / "spelling_pos.bin"
RARE_WORDS_FILE = DATA / "spelling_rare_words.bin"

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


@lru_cache(maxsize=1)
def _table() -> WordTable:
    """Every accepted lower-case word form (about 290,000), each with its Zipf value times
    ten in one byte; looked up by binary search, without building a set (``wordtable``)."""
    return WordTable.load(WORDS_FILE)


def _bands(floor: float = 0.0) -> tuple[tuple[float, list[str]], ...]:
    """(Zipf, sorted words) per band at or above ``floor``, most frequent first (for
    suggestions and the build scripts)."""
    table = _table()
    bands: dict[int, list[str]] = {}
    for index in table.indexes_with_byte_at_least(math.ceil(round(floor * 10, 6))):
        bands.setdefault(table.value_at(index)[0], []).append(table.word_at(index))
    return tuple((band / 10, sorted(bands[band])) for band in sorted(bands, reverse=True))


def words() -> WordTable:
    """Every accepted lower-case word form (about 290,000): ``word in words()``."""
    return _table()


def load() -> int:
    """Load the lexicon now (for benchmarks); the number of word forms."""
    return len(words())


# The answers given so far, by word: the rules ask about the same words many times (a draft
# has a few hundred distinct words, a run of many drafts a few tens of thousands), and one
# dictionary look-up is several times cheaper than asking the word table again.
# Answers kept at most, each (then all forgotten): bounds a long run's memory. Unbounded, they
# held 16 MB after 1,200 Wikipedia drafts in one process (47,000 words in ``_is_word``), and
# the word tables below keep their own answers too (``wordtable._FOUND_LIMIT``).
_KEPT = 16_384
_zipf_of: dict[str, float] = memos.Memo(_KEPT)
_is_word: dict[str, bool] = memos.Memo(_KEPT)
_tags_of: dict[str, str] = memos.Memo(_KEPT)
_specialist_of: dict[str, str] = memos.Memo(_KEPT)


def zipf(word: str) -> float:
    """Frequency on the Zipf scale (7 = one word in ten thousand); 0 for a non-word."""
    found = _zipf_of.get(word)
    if found is None:
        value = _table().get(word)
        found = _zipf_of.keep(word, 0.0 if value is None else value[0] / 10)
    return found


def table_zipf(word: str) -> float:
    """``zipf(word)`` asked of the table without remembering the answer: for the many strings
    a search tries once that are mostly no words (the halves of a word split in two, the stem
    left when a prefix is taken off, two words run together), which would otherwise fill the
    cache above and the table's own (``WordTable.index``'s ``keep``)."""
    value = _table().get(word, keep=False)
    return 0.0 if value is None else value[0] / 10


def is_word(word: str) -> bool:
    """Is this lower-case form an English word (US or UK spelling)?"""
    found = _is_word.get(word)
    if found is None:
        found = _is_word.keep(word, word in _table())
    return found


@lru_cache(maxsize=1)
def _rare_table() -> WordTable:
    return WordTable.load(RARE_WORDS_FILE)


def is_rare_word(word: str) -> bool:
    """Is this lower-case form a real but rare word the lexicon leaves out because it looks
    like a slip of a common one ("uniter", "improv", "tenge": words of SCOWL's larger lists;
    ``is_word`` says no to them)?"""
    return word in _rare_table()


@lru_cache(maxsize=1)
def _pos_table() -> WordTable:
    return WordTable.load(POS_FILE)


def _pos() -> dict[str, str]:
    """Every form the SPECIALIST table tags, with those tags (for the build scripts, whose data
    were made from them: see ``specialist_tags``)."""
    found = {}
    for word, value in _pos_table().items():
        letters = "".join(letter for letter in value.decode("ascii") if letter.islower())
        if letters:
            found[word] = letters
    return found


def tags(word: str) -> str:
    """Parts of speech a lower-case form can have: n noun, p plural noun, v verb, a adjective,
    r adverb, x auxiliary; "" when the table does not know the word (function words, names,
    numbers). Readings from the SPECIALIST lexicon, WordNet and the UD treebanks' hand tags
    (``scripts/build_spelling_data.py``)."""
    found = _tags_of.get(word)
    if found is None:
        value = _pos_table().get(word)
        found = _tags_of.keep(word, "" if value is None else "".join(sorted(set(value.decode("ascii").lower()))))
    return found


def specialist_tags(word: str) -> str:
    """The readings of ``tags`` that come from the SPECIALIST lexicon alone (lemminflect's
    table, which spelling_pos.bin held before WordNet and the treebanks added theirs): for the
    n-gram model's word classes and the build scripts, whose counts and data were made with
    them. The table stores these in lower case, the added readings in upper case."""
    found = _specialist_of.get(word)
    if found is None:
        value = _pos_table().get(word)
        found = "" if value is None else "".join(letter for letter in value.decode("ascii") if letter.islower())
        _specialist_of.keep(word, found)
    return found


def is_noun_only(word: str) -> bool:
    """A word that can only be a noun (not a verb, adjective or adverb)."""
    found = tags(word)
    return bool(found) and set(found) <= {"n", "p"}


def is_plural_noun(word: str) -> bool:
    """A plural noun form ("members", "games"), which may also be a verb ("profits"); a word
    the table lacks counts when it is a listed noun plus "s" ("apps")."""
    found = tags(word)
    if "p" in found:
        return True
    if found or not word.endswith("s") or not is_word(word):
        return False
    stem = tags(word[:-1])
    return "n" in stem or not stem and zipf(word[:-1]) >= 3.0


def is_singular_noun(word: str) -> bool:
    """A noun form that is not plural ("poll", "report", "crisis")."""
    found = tags(word)
    if "n" not in found or "p" in found:
        return False
    return not word.endswith("s") or word.endswith(("ss", "us", "is"))


_NOUN_ADJECTIVE = (("ance", "ant"), ("ence", "ent"), ("ancy", "ant"), ("ency", "ent"))


def adjective_of(noun: str) -> str | None:
    """The adjective a noun in -ance/-ence is made from: importance → important."""
    for noun_end, adjective_end in _NOUN_ADJECTIVE:
        if noun.endswith(noun_end):
            adjective = noun[: -len(noun_end)] + adjective_end
            if "a" in tags(adjective) and "n" in tags(noun):
                return adjective
    return None
