"""Sorted word lists asked about by bisection, for data that lists thousands of words.

A set of a data file's ~6,000 words costs ~0.7 ms of every start to build (each word hashed
and stored), splitting the line they are written on ~0.15 ms and ~400 kB (a string per word,
each page of it a fault of ~2.5 us); a one-draft run asks a list about a few hundred words,
which bisection answers in ~1 microsecond each. So a list is read where it lies, in the line
of the data file's text (``SortedLine``), or from a list of its words (``SortedWords``). A list
asked about more often than that (a run over many drafts) builds its set once and answers
from it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import chain
from typing import Iterator

# Questions answered by bisection before the set is built (~1 ms of bisection, about what
# building the set of a list of 6,000 words costs).
BISECTED = 1000
# About this many characters of a ``SortedLine`` lie between two of the words kept to start a
# search from (a line of 6,000 words, ~50 kB: ~50 words kept, made in ~0.02 ms; a search then
# reads one block of ~130 words, in C).
STRIDE = 1024


class SortedLine:
    """The words of one line of a text, ``text[start:end]``, separated by single spaces and
    sorted as ``sorted`` sorts them, found where they lie: nothing is copied or split. An
    item "word:value" of the line (the verb tables mark a few so) is no word of it.

    A search starts from the words kept at every STRIDE-th character or so (``bisect`` over
    them finds the block of the line a word would be in) and looks for the word with the
    spaces around it in that block (``str.find``): ~0.5 us."""

    __slots__ = ("_text", "_start", "_end", "_keys", "_starts")

    def __init__(self, text: str, start: int = 0, end: int | None = None):
        end = len(text) if end is None else end
        if text.find("\n", start, end) >= 0:
            raise ValueError("a sorted line holds no line break")
        self._text, self._start, self._end = text, start, end
        self._keys: list[str] | None = None  # the first word of each block
        self._starts: list[int] = []  # where each block starts

    def _blocks(self) -> list[str]:
        self._keys, self._starts = blocks(self._text, self._start, self._end, " ")
        return self._keys

    def __contains__(self, word: object) -> bool:
        if word.__class__ is not str or not word or " " in word or ":" in word:
            return False
        keys = self._keys if self._keys is not None else self._blocks()
        j = bisect_right(keys, word)  # keys[j - 1] <= word < keys[j]
        if j == 0:
            return False
        if keys[j - 1] == word:
            return True
        # after the block's first word, so a space before it; a space after it, or the end
        text, block_end = self._text, self._starts[j] - 1
        padded = " " + word
        at = text.find(padded, self._starts[j - 1], block_end)
        while at >= 0:
            after = at + len(padded)
            if after == block_end or text[after] == " ":
                return True
            at = text.find(padded, after, block_end)
        return False

    def words(self) -> list[str]:
        """Every word, in order, read at once."""
        text, start, end = self._text, self._start, self._end
        if start == end:
            return []
        items = text[start:end].split(" ")
        return [item for item in items if ":" not in item] if text.find(":", start, end) >= 0 else items

    def __iter__(self) -> Iterator[str]:
        return iter(self.words())

    def __len__(self) -> int:
        text, start, end = self._text, self._start, self._end
        if text.find(":", start, end) >= 0:
            return len(self.words())
        return text.count(" ", start, end) + 1 if start < end else 0


def blocks(text: str, start: int, end: int, sep: str, mark: str = "") -> tuple[list[str], list[int]]:
    """The blocks of about STRIDE characters that a search of the entries of ``text[start:end]``
    (separated by ``sep``, sorted) starts from: the first entry of each (up to ``mark``, when
    an entry is a key, ``mark`` and a value) and where each starts, then ``end + 1`` (as if a
    separator ended the text)."""
    keys, starts, at = [], [], start
    while at < end:
        stop = text.find(mark or sep, at, end)
        keys.append(text[at : end if stop < 0 else stop])
        starts.append(at)
        at = text.find(sep, at + STRIDE, end) + 1
        if at <= 0:
            break
    starts.append(end + 1)
    return keys, starts


class SortedEntries:
    """The entries "key<mark>value" of ``text[start:end]``, separated by ``sep`` and sorted by
    key, found where they lie (as ``SortedLine`` finds words): ``value(key)``."""

    __slots__ = ("_text", "_start", "_end", "_sep", "_mark", "_keys", "_starts")

    def __init__(self, text: str, start: int = 0, end: int | None = None, sep: str = " ", mark: str = ":"):
        self._text, self._start, self._end = text, start, len(text) if end is None else end
        self._sep, self._mark = sep, mark
        self._keys: list[str] | None = None  # the key of the first entry of each block
        self._starts: list[int] = []  # where each block starts

    def value(self, key: str) -> str | None:
        """The value of the entry of ``key``, or None."""
        sep, mark = self._sep, self._mark
        if not key or sep in key or mark in key:
            return None
        keys = self._keys
        if keys is None:
            self._keys, self._starts = blocks(self._text, self._start, self._end, sep, mark)
            keys = self._keys
        j = bisect_right(keys, key)  # keys[j - 1] <= key < keys[j]
        if j == 0:
            return None
        text, starts = self._text, self._starts
        if keys[j - 1] == key:
            at = starts[j - 1] + len(key) + len(mark)
        else:  # after the block's first entry: a separator before it
            needle = sep + key + mark
            at = text.find(needle, starts[j - 1], starts[j] - 1)
            if at < 0:
                return None
            at += len(needle)
        stop = text.find(sep, at, self._end)
        return text[at : self._end if stop < 0 else stop]


class SortedWords:
    """The words of one or more sorted lists (a word is in it when one of them lists it),
    read as a frozenset is for ``in``, ``len`` and iteration (each list in its order). A list
    is a ``list`` of words or a ``SortedLine``."""

    __slots__ = ("_parts", "_set", "_left", "_answers")

    def __init__(self, *parts: list[str] | SortedLine):
        self._parts = parts  # each sorted as ``sorted`` sorts it (the data's build scripts do)
        self._set: frozenset[str] | None = None
        self._left = BISECTED
        self._answers: dict[str, bool] = {}  # a draft asks about half its words more than once

    def __contains__(self, word: object) -> bool:
        found = self._set
        if found is not None:
            return word in found
        if word.__class__ is str:
            answer = self._answers.get(word)
            if answer is not None:
                return answer
            self._left -= 1
        if self._left < 0 or word.__class__ is not str:
            found = self._set = frozenset().union(*self._lists())
            self._answers = {}
            return word in found
        answer = False
        for words in self._parts:
            if words.__class__ is SortedLine:
                if word in words:
                    answer = True
                    break
                continue
            at = bisect_left(words, word)
            if at < len(words) and words[at] == word:
                answer = True
                break
        self._answers[word] = answer
        return answer

    def _lists(self) -> list[list[str]]:
        return [words.words() if words.__class__ is SortedLine else words for words in self._parts]

    def __iter__(self) -> Iterator[str]:
        return chain.from_iterable(self._parts)

    def __len__(self) -> int:
        return len(frozenset().union(*self._lists())) if len(self._parts) > 1 else len(self._parts[0])
