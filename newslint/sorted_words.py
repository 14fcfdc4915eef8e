"""Sorted word lists asked about by bisection, for data that lists thousands of words.

A set of a data file's ~6,000 words costs ~0.7 ms of every start to build (each word hashed
and stored), splitting the line they are written on ~0.15 ms; a one-draft run asks a list
about a few hundred words, which bisection answers in ~1 microsecond each. A list asked
about more often than that (a run over many drafts) builds its set once and answers from it.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import chain
from typing import Iterator

# Questions answered by bisection before the set is built (~1 ms of bisection, about what
# building the set of a list of 6,000 words costs).
BISECTED = 1000


class SortedWords:
    """The words of one or more sorted lists (a word is in it when one of them lists it),
    read as a frozenset is for ``in``, ``len`` and iteration (each list in its order)."""

    __slots__ = ("_parts", "_set", "_left")

    def __init__(self, *parts: list[str]):
        self._parts = parts  # each sorted as ``sorted`` sorts it (the data's build scripts do)
        self._set: frozenset[str] | None = None
        self._left = BISECTED

    def __contains__(self, word: object) -> bool:
        found = self._set
        if found is not None:
            return word in found
        self._left -= 1
        if self._left < 0 or word.__class__ is not str:
            found = self._set = frozenset().union(*self._parts)
            return word in found
        for words in self._parts:
            at = bisect_left(words, word)
            if at < len(words) and words[at] == word:
                return True
        return False

    def __iter__(self) -> Iterator[str]:
        return chain.from_iterable(self._parts)

    def __len__(self) -> int:
        return len(frozenset().union(*self._parts)) if len(self._parts) > 1 else len(self._parts[0])
