"""Rows of a large draft's tables kept column by column: ``PackedRows``.

A draft's word and token tables hold a row per word: a tuple of two offsets and a text or two.
In a list, each row costs a tuple and two int objects, some 130 bytes, where the offsets
themselves need 8; in a 1 MB draft those tables held about 45 MB. ``PackedRows`` keeps the
offsets in arrays of machine integers and the texts in lists (each text shared, see
``Document.word_copies``), and makes a row's tuple only when it is read. It reads as a list of
the rows does (indexes, negative ones, slices, which are lists, ``len``, iteration, ``==``);
reading costs a little more, so only large drafts are packed.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from itertools import repeat
from operator import getitem

OFFSETS = "i"  # an array of C ints: offsets up to 2**31, far beyond the largest draft read


class PackedRows(Sequence):
    """Rows of ``kind`` (``tuple`` or a named tuple) whose fields are ``columns``: arrays of
    offsets (``offsets()``) or lists, all of one length."""

    __slots__ = ("kind", "columns")

    def __init__(self, kind: type, *columns):
        self.kind = kind
        self.columns = columns

    def __len__(self) -> int:
        return len(self.columns[0])

    def __iter__(self):
        rows = zip(*self.columns)
        return rows if self.kind is tuple else map(tuple.__new__, repeat(self.kind), rows)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(PackedRows(self.kind, *(column[index] for column in self.columns)))
        return tuple.__new__(self.kind, map(getitem, self.columns, repeat(index)))

    def __eq__(self, other) -> bool:
        if isinstance(other, (list, tuple, PackedRows)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __repr__(self) -> str:
        return repr(list(self))


def offsets(values=()) -> array:
    """A column of offsets (``values``: an iterable of ints)."""
    return array(OFFSETS, values)
