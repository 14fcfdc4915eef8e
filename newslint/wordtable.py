"""A sorted table of words with a small fixed-width value each, read without building a set.

newslint runs on every save, so its word lists must load in milliseconds. Building a Python
set or dict of 290,000 words costs 50 ms or more however the file is stored (one object per
word); this table instead maps the file into memory and finds a word by binary search over its
bytes (about 18 comparisons), remembering each answer. A draft asks about a few hundred
distinct words, a run over the 300 drafts of the dev corpus about tens of thousands: the table
never reads every word into a dictionary, which cost 45 MB of a 175 MB run over that corpus
for no time saved (3.6-3.8 s CPU either way), since each word is searched once.

The file (written by ``write``, read by ``WordTable.load``), all integers unsigned 32-bit
little-endian::

    b"NLWT2\\0\\0\\0"                  magic and version
    count, width                     number of words; bytes of value per word
    offsets[count + 1]               where each word starts in the words blob (and its end)
    values[count * width]            each word's value, padded with NUL bytes
    words                            the words in UTF-8, sorted, each followed by a newline

Words are sorted by their UTF-8 bytes with the newline (for words without control characters,
the order of ``sorted`` on the strings); a word holds no newline.
"""

from __future__ import annotations

import mmap
import re
import struct
import sys
from array import array
from bisect import bisect_left
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from . import mapped_files, memos
from .mapped_files import keep

MAGIC = b"NLWT2\0\0\0"
_HEADER = struct.Struct("<II")
_OFFSET = "I" if array("I").itemsize == 4 else "L"
# Every this many words, one is kept in a list once the table has been searched a while, so
# that a search is done in C: ``bisect`` over the list, then a search of the block's bytes.
# Every 64th word made lists of ~15,000 words for the tables a one-draft run reads (~900 kB,
# each page of it a fault of ~2.7 us here); every 128th, half that, costs ~0.2 us a search more
# (2.1 -> 2.3 us) and saves ~150 page faults and 0.3% of the instructions of a one-draft run.
_BLOCK = 128
# Every this many words, one is kept from the first search on (the lexicon's 287k words: 71,
# read in ~0.04 ms): ``bisect`` over them in C finds the block of words a search then halves
# in Python, ~12 steps instead of ~18 (a draft's ~400 searches in the lexicon: 1.45 -> 1.1 ms).
_COARSE = 4096
# Answers a table remembers at most (``_found``), after which it forgets them all and starts
# again: bounds the memory of a long run. Over 1,200 Wikipedia drafts in one process the
# n-gram, slip-count and spelling-tag tables were asked 77,000, 61,000 and 49,000 times, for
# 55,000, 42,000 and 41,000 distinct keys (unbounded: ~16 MB of dictionaries and ~12 MB of
# keys by the end of 3,000 drafts); kept at most 16,384 each, they search 4,400, 5,300 and
# 3,000 times more (~0.2 s of ~46 s CPU, at 11-24 us a search; scripts/bench_memos.py).
_FOUND_LIMIT = 16_384


class WordTable:
    """Words and their values, looked up by binary search over the file's bytes."""

    def __init__(self, data: bytes | mmap.mmap, name: str = "word table", source: "mapped_files.Source | None" = None):
        keep(data)  # its pages handed back between the rules of a large draft (mapped_files)
        # the file ``data`` maps, read apart from the map while a large draft's rules run
        self._source = source if isinstance(data, mmap.mmap) else None
        if data[: len(MAGIC)] != MAGIC:
            raise ValueError(f"{name} is not a newslint word table (or one of an older version)")
        count, width = _HEADER.unpack_from(data, len(MAGIC))
        start = len(MAGIC) + _HEADER.size
        end = start + 4 * (count + 1)
        if sys.byteorder == "little" and _OFFSET == "I":
            offsets = memoryview(data)[start:end].cast("I")  # read in place, nothing copied
        else:
            offsets = array(_OFFSET)
            offsets.frombytes(data[start:end])
            if sys.byteorder == "big":
                offsets.byteswap()
        self._count, self._width = count, width
        self._offsets = offsets
        self._data = data  # not sliced: a copy of the words would cost more than the rest
        self._offsets_at = start
        self._values_at = end
        self._words_at = end + count * width
        self._found: dict[str, int] = memos.Memo(_FOUND_LIMIT)  # word → its index, or -1: each word searched once
        self._sample: list[bytes] | None = None  # every _BLOCK-th word with its newline
        self._name = name
        self._looked_for_kept_sample = False
        self._coarse: list[bytes] | None = None  # every _COARSE-th word with its newline

    @classmethod
    def load(cls, path: Path) -> "WordTable":
        """The table in the file at ``path``, mapped into memory: only the pages a lookup
        touches are read (a few dozen for a draft)."""
        with open(path, "rb") as handle:
            try:
                data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError):  # a file system without memory maps, an empty file
                return cls(handle.read(), name=str(path))
            return cls(data, name=str(path), source=mapped_files.source(handle))

    def __len__(self) -> int:
        return self._count

    def index(self, word: str, keep: bool = True) -> int:
        """The position of ``word`` in the table, or -1. Without ``keep``, an answer not
        remembered already is not remembered now: for the many strings a rule tries that are
        mostly no words and seldom asked again (two words run together, a word's halves),
        which would otherwise fill ``_found`` draft after draft."""
        found = self._found.get(word)
        if found is not None:
            return found
        key = word.encode("utf-8", "surrogatepass") + b"\n"
        sample = self._sample if self._sample is not None else self._sampled()
        if sample is None:
            found = self._search(key)
        elif self._reading_apart():
            found = self._search_apart(key, sample)
            if not mapped_files.apart_from:
                # a large draft's answers are not kept: its ~90,000 distinct words and n-gram
                # keys (3-4 MB at its peak) cost more kept than asked again (~40,000 times)
                return found
        else:
            found = self._search_block(key, sample)
        if keep:
            self._found.keep(word, found)
        return found

    def _search(self, key: bytes) -> int:
        """The position of ``key`` (a word with its newline), by binary search over the block
        of words between the two of every _COARSE-th around it."""
        offsets, data, base = self._offsets, self._data, self._words_at
        coarse = self._coarse
        if coarse is None:
            coarse = self._coarse = [data[base + offsets[i] : base + offsets[i + 1]] for i in range(0, self._count, _COARSE)]
        j = bisect_left(coarse, key)  # coarse[j - 1] < key <= coarse[j]
        if j < len(coarse) and coarse[j] == key:
            return j * _COARSE
        if j == 0:
            return -1
        low, high = (j - 1) * _COARSE + 1, min(self._count, j * _COARSE)
        while low < high:
            middle = (low + high) // 2
            # each word with its newline: "harbo\n" sorts before "harbor\n" as "harbo" before "harbor"
            if data[base + offsets[middle] : base + offsets[middle + 1]] < key:
                low = middle + 1
            else:
                high = middle
        if low == self._count or data[base + offsets[low] : base + offsets[low + 1]] != key:
            return -1
        return low

    def _search_block(self, key: bytes, sample: list[bytes]) -> int:
        """The position of ``key``, in C: ``bisect`` over the sample finds its block of words,
        a search of the block's bytes the word with the newlines around it, and ``bisect``
        over the offsets its position."""
        offsets, data, base = self._offsets, self._data, self._words_at
        j = bisect_left(sample, key)  # sample[j - 1] < key <= sample[j]
        if j < len(sample) and sample[j] == key:
            return j * _BLOCK
        if j == 0:
            return -1
        low, high = (j - 1) * _BLOCK + 1, min(self._count, j * _BLOCK)  # after sample[j - 1]
        # the newline that ends word low - 1 starts the search, so a hit is a whole word
        at = data.find(b"\n" + key, base + offsets[low] - 1, base + offsets[high])
        if at < 0:
            return -1
        return bisect_left(offsets, at + 1 - base, low, high)

    def _search_apart(self, key: bytes, sample: list[bytes]) -> int:
        """The position of ``key`` as ``_search_block`` finds it, the block's offsets and words
        read from the file (``mapped_files.Source``) rather than through the map, so that none
        of the file's pages count in the process's memory (a large draft's rules)."""
        j = bisect_left(sample, key)
        if j < len(sample) and sample[j] == key:
            return j * _BLOCK
        if j == 0:
            return -1
        low, high = (j - 1) * _BLOCK + 1, min(self._count, j * _BLOCK)
        read = self._source.read
        bounds = array(_OFFSET)  # offsets[low] .. offsets[high]
        bounds.frombytes(read(self._offsets_at + 4 * low, 4 * (high - low + 1)))
        if sys.byteorder == "big":
            bounds.byteswap()
        first = bounds[0] - 1  # the newline that ends word low - 1
        at = read(self._words_at + first, bounds[-1] - first).find(b"\n" + key)
        if at < 0:
            return -1
        return low + bisect_left(bounds, first + at + 1, 0, high - low)

    def _sampled(self) -> list[bytes] | None:
        """The sample of every _BLOCK-th word (with its newline), made once the table has been
        searched a while; None before then (a draft's few searches). Under the command line,
        which keeps it between runs (``_kept_sample``), it is there from the first search."""
        if not self._looked_for_kept_sample:
            self._looked_for_kept_sample = True
            self._sample = self._kept_sample()
            if self._sample is not None:
                return self._sample
        if len(self._found) < self._count // _BLOCK // 4 and not self._reading_apart():
            return None  # (read apart, a search without the sample would read through the map)
        self._sample = self._sample_words()
        return self._sample

    def _reading_apart(self) -> bool:
        return mapped_files.reading_apart and self._source is not None and len(self._data) >= mapped_files.apart_from

    def _sample_words(self) -> list[bytes]:
        if self._reading_apart():
            return self._sample_words_apart()
        offsets, data, base = self._offsets, self._data, self._words_at
        return [data[base + offsets[i] : base + offsets[i + 1]] for i in range(0, self._count, _BLOCK)]

    def _sample_words_apart(self) -> list[bytes]:
        """``_sample_words`` read from the file (``mapped_files.Source``): the offsets a stretch
        at a time (512 kB), then each sampled word, so that none of the file's pages count in
        the process's memory (made through the map, the sample mapped the whole file)."""
        read, count, sample = self._source.read, self._count, []
        stretch = _BLOCK * 1024
        for first in range(0, count, stretch):
            last = min(count, first + stretch)
            bounds = array(_OFFSET)  # offsets[first] .. offsets[last]
            bounds.frombytes(read(self._offsets_at + 4 * first, 4 * (last - first + 1)))
            if sys.byteorder == "big":
                bounds.byteswap()
            for i in range(0, last - first, _BLOCK):
                sample.append(read(self._words_at + bounds[i], bounds[i + 1] - bounds[i]))
        return sample

    def _kept_sample(self) -> list[bytes] | None:
        """The sample as the command line's table (``pattern_cache.kept``) keeps it between
        runs, for a table read from a file: its words in one piece, under the file's size,
        times and inode (as ``datafiles`` keeps a file's entries). Making it reads a word of
        every hundred or so across the whole file (about half the 1.2-4.5 ms every 64th cost) and
        a search without it halves its block in Python (~6 microseconds against ~2); split
        from the kept piece it costs 0.2-0.5 ms. None without the table, or for a table made
        in memory: the search waits for enough searches to pay for making it, as before."""
        import os

        from . import pattern_cache

        if not pattern_cache.installed():
            return None
        try:
            status = os.stat(self._name)
        except (OSError, ValueError, TypeError):
            return None
        stamp = pattern_cache.file_stamp(status)
        piece = pattern_cache.kept(("word table sample", self._name, stamp, _BLOCK), self._sample_piece)
        # (each word ends in its newline and holds no other line break, so splitting the piece
        # at its line ends, keeping them, gives the words back)
        return piece.splitlines(keepends=True) if type(piece) is bytes else None

    def _sample_piece(self) -> bytes | None:
        piece = b"".join(self._sample_words())
        return None if b"\r" in piece else piece  # a word with a carriage return: not kept

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.index(word) >= 0

    def __and__(self, other: Iterable[str]) -> set[str]:
        """The strings of ``other`` that are words of the table. The answers are not kept
        (``index``'s ``keep``): ``other`` is mostly strings that are no words, the ~400
        strings one edit from a word a suggestion is sought for, and kept they filled the
        lexicon's memo by ~300,000 strings (~25 MB) over 600 Wikipedia drafts."""
        index = self.index
        return {word for word in other if isinstance(word, str) and index(word, False) >= 0}

    __rand__ = __and__

    def value_at(self, index: int) -> bytes:
        """The value of the word at ``index``, without its padding."""
        width, start = self._width, self._values_at + index * self._width
        if self._reading_apart():
            value = self._source.read(start, width)
        else:
            value = self._data[start : start + width]
        return value.rstrip(b"\0") if width > 1 else value

    def get(self, word: str, default: bytes | None = None, keep: bool = True) -> bytes | None:
        """The value of ``word``, or ``default`` when the table lacks it (``keep``: as
        ``index``'s)."""
        index = self.index(word, keep)
        return default if index < 0 else self.value_at(index)

    def word_at(self, index: int) -> str:
        offsets, base = self._offsets, self._words_at
        return self._data[base + offsets[index] : base + offsets[index + 1] - 1].decode("utf-8", "surrogatepass")

    def words_between(self, low: int, high: int) -> list[str]:
        """The words at positions ``low`` up to ``high`` (not included), read at once."""
        offsets, base = self._offsets, self._words_at
        blob = self._data[base + offsets[low] : base + offsets[high]]
        return blob.decode("utf-8", "surrogatepass").split("\n")[: high - low]

    def words(self) -> list[str]:
        """Every word, in order, read at once."""
        blob = self._data[self._words_at : self._words_at + self._offsets[self._count]]
        return blob.decode("utf-8", "surrogatepass").split("\n")[: self._count]

    def indexes_with_byte_at_least(self, floor: int) -> Iterator[int]:
        """The positions of the words whose one-byte value is ``floor`` or more (a table of
        width 1: the lexicon's common words for suggestions), found by ``re`` in C."""
        if self._width != 1:
            raise ValueError("only a table of one-byte values")
        values = self._data[self._values_at : self._values_at + self._count]
        if floor <= 0:
            return iter(range(self._count))
        if floor > 255:
            return iter(())
        wanted = re.compile(b"[" + re.escape(bytes([floor])) + b"-\xff]")
        return (match.start() for match in wanted.finditer(values))

    def __iter__(self) -> Iterator[str]:
        return iter(self.words())

    def items(self) -> Iterator[tuple[str, bytes]]:
        return ((word, self.value_at(i)) for i, word in enumerate(self.words()))


def encode(values: Mapping[str, bytes]) -> bytes:
    """The table of ``values`` (word → value of at most 255 bytes) in the file's form."""
    if any("\n" in word for word in values):
        raise ValueError("a word of a word table holds no newline")
    # in the order the search compares them: each word's bytes with its newline
    words = sorted(values, key=lambda w: w.encode("utf-8", "surrogatepass") + b"\n")
    width = max((len(v) for v in values.values()), default=1) or 1
    blob = bytearray()
    offsets = array(_OFFSET, [0])
    for word in words:
        blob += word.encode("utf-8", "surrogatepass") + b"\n"
        offsets.append(len(blob))
    if sys.byteorder == "big":
        offsets.byteswap()
    packed = b"".join(values[w].ljust(width, b"\0") for w in words)
    return MAGIC + _HEADER.pack(len(words), width) + offsets.tobytes() + packed + bytes(blob)


def write(path: Path, values: Mapping[str, bytes]) -> None:
    """Write the table of ``values`` to ``path`` (the same values give the same bytes)."""
    Path(path).write_bytes(encode(values))
