"""Word-pair counts from openly licensed English text, for deciding between confusable words.

The store (``data/ngrams.bin``, built by ``scripts/build_ngrams.py``; sources and
licences in ``data/ngrams_sources.txt``) holds only what the confusion sets need:

- for every word of a confusion set: how often it occurs, which words stand just before and
  just after it, and which *kinds* of word do (a context class, see ``context_class``);
- for every context class: which classes stand before and after it (the fallback for a
  confusable word seen too rarely to say much on its own);
- how much frequency (from the lexicon's word list) the words of each class carry, so that
  the chance of a context word within its class can be told.

It opens the first time a rule asks, never at import: a small header (the word list, the
classes and their shares) is unpickled, and every count keyed by a string (each word's
neighbours, the classes beside each class) lies in one ``WordTable`` (``newslint/wordtable.py``)
mapped into memory and searched in place by binary search, so that a draft reads only the few
pages its words touch instead of unpickling whole tables (those of "were", "their", "its" and
"to" cost about 30 ms of a cold run when they were pickled).

The file (written by ``encode_store``)::

    b"NLNGRAM3"               magic and version
    header size               unsigned 64-bit little-endian
    header                    zlib-compressed pickle of the small tables (``Model``)
    NUL bytes                 up to the next multiple of ``ALIGN`` (a memory map starts there)
    counts                    a word table: key → count, little-endian, trailing NULs dropped

A key of the counts is the confusable word, ``SEP`` and the key within its table; the tables
shared by every word are under ``SEP`` + their name (``GENERIC``, ``OWN_ROUGH``).

A context class is the word itself for the commonest words of the corpus (function words
and the like: "the", "of", "has"), and otherwise the parts of speech the lexicon gives the
word with its ending ("n|s", "v|ed", "a|"), "Cap" for a capitalised word inside a sentence,
"#" for a number, and a mark for punctuation; "<s>" and "</s>" stand for the edges of a
sentence or paragraph.

``Model.score(word, before, after)`` is the log-probability of ``word`` between the two
context tokens: log P(word) + log P(before | word) + log P(after | word), each conditional
smoothed towards its class estimate, which is smoothed in turn towards the estimate for the
word's own class.
"""

from __future__ import annotations

import marshal
import math
import mmap
import os
import zlib
from functools import lru_cache
from pathlib import Path

from .analysis import lexicon as lx
from .pattern_cache import file_stamp, installed, kept
from . import mapped_files, memos
from .wordtable import WordTable, encode as encode_table

DATA = Path(__file__).resolve().parent / "data"
STORE = DATA / "ngrams.bin"

BOS, EOS = "<s>", "</s>"
SEP = "\x1f"  # joins the parts of a key in the store's tables
MAGIC = b"NLNGRAM3"
ALIGN = 65536  # a memory map's offset must be a multiple of the page size (64 KiB on Windows)
GENERIC, OWN_ROUGH = SEP + "generic", SEP + "own_rough"  # shared tables in the counts
_PUNCT_CLASS = {
    ".": ".", "!": ".", "?": ".", ",": ",", ";": ";", ":": ";", "(": "(", ")": ")",
    "[": "(", "]": ")", '"': '"', "“": '"', "”": '"', "'": '"', "‘": '"', "’": '"',
    "-": "-", "–": "-", "—": "-",
}
_SUFFIXES = ("ing", "ed", "ly", "s")

ZIPF_FLOOR = 1.0  # the Zipf value given to a word the lexicon does not know


def starts_sentence(tokens, i) -> bool:
    """Does token ``i`` (tuples whose first item is the lower-case token) start a sentence?"""
    j = i - 1
    while j >= 0 and tokens[j][0] in ('"', "(", "'", "“", "‘"):
        j -= 1
    return j < 0 or tokens[j][0] in (".", "!", "?", ":")


def _suffix(word: str) -> str:
    for end in _SUFFIXES:
        if word.endswith(end) and len(word) > len(end) + 2:
            return end
    return ""


def coarse_class(klass: str, coarse_of) -> str:
    """A class without its ending ("n|s" → "n"); a common word's parts of speech ("big" →
    "a"; ``coarse_of`` maps them); other classes are their own."""
    if "|" in klass:
        return klass.partition("|")[0]
    return coarse_of.get(klass, klass)


def common_coarse(word: str) -> str:
    """The coarse class of a common word: its parts of speech, or the word when it has none
    (function words: "the", "of")."""
    return lx.specialist_tags(word) or word


def context_class(word: str, written: str, starts_sentence: bool, common) -> str:
    """The class of a context token: ``word`` is its lower-case, straight-apostrophe form,
    ``written`` as written, ``common`` the set of words that are their own class."""
    if not word:
        return BOS
    first = word[0]
    if not first.isalnum():
        return _PUNCT_CLASS.get(word, "P")
    if first.isdigit():
        return "#"
    if written[:1].isupper() and not starts_sentence:
        return "Cap"
    if word in common:
        return word
    tags = lx.specialist_tags(word)
    if not tags and not lx.is_word(word):
        return "?|" + _suffix(word)
    return (tags or "o") + "|" + _suffix(word)


# Answers each of a model's memos keeps at most (then all are forgotten): bounds the memory of
# a long run. At 50,000 they held ~14 MB after 1,200 Wikipedia drafts in one process.
_KEPT = 16_384


class Counts:
    """One table of the counts (a word's own, or a shared one): ``get(key, 0)`` as for a
    dictionary, looked up in the store's word table under ``prefix`` + ``SEP`` + key."""

    __slots__ = ("_table", "_prefix")

    def __init__(self, table: WordTable, prefix: str):
        self._table, self._prefix = table, prefix + SEP

    def get(self, key: str, default: int = 0) -> int:
        value = self._table.get(self._prefix + key)
        return default if value is None else int.from_bytes(value, "little")


class Model:
    """Counts and the scores made from them (see the module docstring). The tables are keyed
    by strings joined with ``SEP``: side ("<" before, ">" after), then the neighbour, class
    or classes."""

    def __init__(self, header: dict, counts: WordTable):
        self.common: frozenset[str] = frozenset(header["common"])
        self.coarse_of: dict[str, str] = header["coarse_of"]
        self.total: int = header["total"]
        self.classes: int = header["classes"]
        self.words: dict[str, tuple[int, str]] = header["words"]
        self.class_mass: dict[str, float] = header["class_mass"]
        self.class_share: dict[str, float] = header["class_share"]
        self.coarse_share: dict[str, float] = header["coarse_share"]
        self.own_totals: dict[str, int] = header["own_totals"]
        self.generic_totals: dict[str, int] = header["generic_totals"]
        self.counts = counts
        self.own_rough = Counts(counts, OWN_ROUGH)
        self.generic = Counts(counts, GENERIC)
        self._tables: dict[str, Counts] = {}
        # Scores already worked out, by their arguments (most recur: "the" before a word);
        # cleared when large, which bounds the memory of a long run.
        self._sides: dict[tuple, float] = memos.Memo(_KEPT)
        self._second_sides: dict[tuple, float] = memos.Memo(_KEPT)
        self._class_sides: dict[tuple, tuple[int, int, float]] = memos.Memo(_KEPT)
        self._generic_seconds: dict[tuple, float] = memos.Memo(_KEPT)
        self._second_totals_seen: dict[tuple, tuple[int, int]] = memos.Memo(_KEPT)

    def count(self, word: str) -> int:
        return self.words.get(word, (0, ""))[0]

    def own_class(self, word: str) -> str:
        return self.words.get(word, (0, ""))[1]

    def table(self, word: str) -> Counts:
        """The word's own counts: "<" or ">" (before or after), then the neighbour; or
        "class", "coarse", "second" and the class (and the next class); and the number of
        distinct neighbours of each kind ("types", "class_types" ...)."""
        found = self._tables.get(word)
        if found is None:
            found = self._tables[word] = Counts(self.counts, word)
        return found

    def pair_count(self, word: str, side: str, token: str) -> int:
        return self.table(word).get(f"{side}{SEP}{token}", 0)

    def _given_class(self, token: str, klass: str) -> float:
        """P(token | its class), from the token's frequency and the class's."""
        if token == klass:
            return 1.0
        mass = self.class_mass.get(klass)
        if not mass:
            return 1.0
        return min(1.0, 10 ** (lx.zipf(token) or ZIPF_FLOOR) / mass)

    def side(self, word: str, side: str, token: str, klass: str) -> float:
        """log P(the neighbour ``token`` of class ``klass`` on ``side`` | word): see ``_side``."""
        key = (word, side, token, klass)
        found = self._sides.get(key)
        if found is None:
            found = self._sides.keep(key, self._side(word, side, token, klass))
        return found

    def _side(self, word: str, side: str, token: str, klass: str) -> float:
        """log P(the neighbour ``token`` of class ``klass`` on ``side`` | word), Witten-Bell
        smoothed at each step: the word's own pair counts; then the classes it is seen beside;
        then the coarse classes (parts of speech without endings) it is seen beside; then its
        own class's neighbours (or, for a word that is its own class, how common the class is
        anywhere)."""
        n, word_types, p_class = self._class_side(word, side, klass)
        p_backoff = p_class * self._given_class(token, klass)
        seen = self.table(word).get(f"{side}{SEP}{token}", 0)
        return math.log((seen + word_types * p_backoff) / (n + word_types))

    def _class_side(self, word: str, side: str, klass: str) -> tuple[int, int, float]:
        """The part of ``_side`` that does not depend on the neighbour itself, only on its
        class: the word's count, its number of distinct neighbours on ``side`` and
        P(class ``klass`` on ``side`` | word). Kept, since a word meets few classes (four
        count lookups a neighbour saved)."""
        key = (word, side, klass)
        found = self._class_sides.get(key)
        if found is not None:
            return found
        n = self.count(word)
        table = self.table(word)
        rough = coarse_class(klass, self.coarse_of)
        rough_share = self.coarse_share.get(rough, 0.0) + 1e-6
        own = self.own_class(word)
        own_total = self.own_totals.get(f"{own}{SEP}{side}", 0) if own != word else 0
        if own_total:
            own_count = self.own_rough.get(f"{own}{SEP}{side}{SEP}{rough}", 0)
            p_rough_own = (own_count + 20 * rough_share) / (own_total + 20)
        else:
            p_rough_own = rough_share
        rough_types = table.get(f"coarse_types{SEP}{side}", 0) or 1
        seen = table.get(f"{side}{SEP}coarse{SEP}{rough}", 0)
        p_rough = (seen + rough_types * p_rough_own) / (n + rough_types)
        within = (self.class_share.get(klass, 0.0) + 1e-6) / rough_share
        class_types = table.get(f"class_types{SEP}{side}", 0) or 1
        seen = table.get(f"{side}{SEP}class{SEP}{klass}", 0)
        p_class = (seen + class_types * p_rough * within) / (n + class_types)
        word_types = table.get(f"types{SEP}{side}", 0) or 1
        return self._class_sides.keep(key, (n, word_types, p_class))

    def second_side(self, word: str, side: str, klass: str, beyond: str) -> float:
        """log P(coarse class ``beyond`` of the second neighbour on ``side`` | word, class of
        the first neighbour ``klass``): see ``_second_side``."""
        key = (word, side, klass, beyond)
        found = self._second_sides.get(key)
        if found is None:
            found = self._second_sides.keep(key, self._second_side(word, side, klass, beyond))
        return found

    def _second_side(self, word: str, side: str, klass: str, beyond: str) -> float:
        """log P(coarse class ``beyond`` of the second neighbour on ``side`` | word, class of
        the first neighbour ``klass``), Witten-Bell smoothed towards how often ``beyond``
        stands next to such a class anywhere."""
        p_generic = self._generic_second(side, klass, beyond)
        n, types = self._second_totals(word, side, klass)
        seen = self.table(word).get(f"{side}{SEP}second{SEP}{klass}{SEP}{beyond}", 0)
        return math.log((seen + types * p_generic) / (n + types))

    def _generic_second(self, side: str, klass: str, beyond: str) -> float:
        """How often the coarse class ``beyond`` stands second on ``side`` beyond a first
        neighbour of class ``klass``, over every word (kept: it does not depend on the word)."""
        key = (side, klass, beyond)
        found = self._generic_seconds.get(key)
        if found is None:
            rough = coarse_class(klass, self.coarse_of)
            total = self.generic_totals.get(f"{side}{SEP}{rough}", 0)
            types = self.generic_totals.get(f"{side}{SEP}types{SEP}{rough}", 0) or 1
            share = self.coarse_share.get(beyond, 0.0) + 1e-6
            seen = self.generic.get(f"{side}{SEP}{rough}{SEP}{beyond}", 0)
            found = self._generic_seconds.keep(key, (seen + types * share) / (total + types))
        return found

    def _second_totals(self, word: str, side: str, klass: str) -> tuple[int, int]:
        """How often the word has a first neighbour of class ``klass`` on ``side`` with a
        second beyond it, and how many coarse classes that second has been (kept)."""
        key = (word, side, klass)
        found = self._second_totals_seen.get(key)
        if found is None:
            table = self.table(word)
            n = table.get(f"{side}{SEP}second{SEP}{klass}", 0)
            types = table.get(f"{side}{SEP}second_types{SEP}{klass}", 0) or 1
            found = self._second_totals_seen.keep(key, (n, types))
        return found

    def both(self, word: str, before: str, after: str, apart: float) -> float:
        """log P(the neighbours ``before`` and ``after`` together | word), Witten-Bell smoothed
        towards ``apart``, the log-probability of the two taken one at a time: a pair of
        neighbours seen with the word ("schedule an appointment") raises it; one never seen
        leaves it near ``apart``."""
        table = self.table(word)
        types = table.get("both_types", 0) or 1
        seen = table.get(f"both{SEP}{before}{SEP}{after}", 0)
        return math.log((seen + types * math.exp(apart)) / (self.count(word) + types))

    def prior(self, word: str) -> float:
        return math.log((self.count(word) + 0.5) / self.total)


@lru_cache(maxsize=1)
def model() -> Model:
    """The count store, opened on first use: its header unpickled, its counts mapped into
    memory and searched in place (see the module docstring)."""
    header, table = read_store(STORE)
    return Model(header, table)


def read_store(path: Path) -> tuple[dict, WordTable]:
    """The header and the counts table of a store written by ``encode_store``.

    Under the command line the header (plain data: words, numbers, mappings) is kept in its
    table (``pattern_cache.kept``), marshalled, under the file's size, times and inode, as
    ``datafiles`` keeps a file's entries: loading the unpickler and unpickling it cost ~1 ms
    of a one-draft run, unmarshalling it ~0.25 ms."""
    with path.open("rb") as handle:
        if handle.read(len(MAGIC)) != MAGIC:
            raise ValueError(f"{path} is not a newslint count store (or one of an older version)")
        size = int.from_bytes(handle.read(8), "little")
        if installed():
            status = os.fstat(handle.fileno())
            packed = kept(("n-gram store header", str(path), file_stamp(status)), lambda: marshal.dumps(_unpickled(handle.read(size))))
            header = marshal.loads(packed)
        else:
            header = _unpickled(handle.read(size))
        start = _aligned(len(MAGIC) + 8 + size)
        try:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ, offset=start)
        except (OSError, ValueError):  # a file system without memory maps
            handle.seek(start)
            return header, WordTable(handle.read(), name=str(path))
        # (read apart from the map while a large draft's rules run: mapped_files.reading_apart)
        return header, WordTable(data, name=str(path), source=mapped_files.source(handle, start))


def _unpickled(packed: bytes) -> dict:
    try:  # the C unpickler alone: the pickle module around it is ~1 ms more of a cold run
        from _pickle import loads
    except ImportError:  # a Python without it
        from pickle import loads

    return loads(zlib.decompress(packed))


def _aligned(position: int) -> int:
    return -(-position // ALIGN) * ALIGN


def encode_store(header: dict, counts: dict[str, int]) -> bytes:
    """The store's bytes (see the module docstring): ``header`` the small tables, ``counts``
    every key → count. The same arguments give the same bytes."""
    import pickle

    packed = zlib.compress(pickle.dumps(header, protocol=4), 9)
    head = MAGIC + len(packed).to_bytes(8, "little") + packed
    table = encode_table({key: count.to_bytes((count.bit_length() + 7) // 8, "little") for key, count in counts.items()})
    return head.ljust(_aligned(len(head)), b"\0") + table
