"""The data files read memory-mapped, and handing their pages back: ``keep`` and ``release``.

A mapped file's pages count in the process's resident memory once they are read (RSS: what
/usr/bin/time, a container's limit or the 150 MB target measure), although the kernel holds them
in its page cache whoever maps them. Over a large draft the rules read most of the n-gram,
spelling, slip and tagger tables one after another (~30 MB of a 1.9 MB draft's peak).
``release()``, called between the rules of a large draft, lets the process's mappings of those
pages go (``madvise(MADV_DONTNEED)``: for a read-only shared map of a file the pages stay in the
page cache, nothing is read from disk again); the next read of a page maps it again, a minor
fault of a fraction of a microsecond. Where there is no ``madvise`` (Windows) nothing happens.

Within one rule, a table searched all over still maps most of its file: each page a search
touches maps the 16 around it (the kernel's fault-around, 64 kB, which ``MADV_RANDOM`` does not
stop), so ~130 searches of the 24.7 MB n-gram table map nearly all of it, and S205 alone took
the 1.9 MB draft's peak from 126 to 158 MB. While the rules of a large draft run
(``reading_apart``), a word table with a ``Source`` reads the few bytes a search needs with
``os.pread`` instead (three reads, ~3 us more a search: ~0.3 s of that draft's ~12 s), and its
file's pages never count in the process's memory.
"""

from __future__ import annotations

import mmap
import os
import weakref

# True while the rules of a large draft run (``engine.check_document``): tables with a
# ``Source`` read it with ``os.pread`` rather than through their map (see the docstring).
reading_apart = False
# ... those of files at least this large (0 in a large draft; APART_FROM in a long run of small
# drafts, engine.check_document: draft after draft, the n-gram store and S212's counts were
# mapped whole, 168-172 MB for one process over the dev corpus against 131 MB read apart)
apart_from = 0

# Files at least this large are read apart by the gap counts (checks/slips/gaps.py), and by
# every table in a long run of small drafts: a smaller file, whole, costs less memory than
# the many reads of it cost time (the slip gaps, 4.1 MB, are asked ~250,000 times in the
# 1.9 MB draft; the spelling tables, 2-4 MB, 0.4 s more system time over the dev corpus).
APART_FROM = 8_000_000

# The maps kept by the tables that read them (a map no table holds any more is gone from here).
_MAPPED: weakref.WeakSet = weakref.WeakSet()


def keep(data):
    """Note ``data`` (a table's bytes) as mapped, if it is a memory map; returns it."""
    if isinstance(data, mmap.mmap):
        _MAPPED.add(data)
    return data


def release() -> None:
    """Hand back the pages of every mapped data file (see the module's docstring)."""
    advice = getattr(mmap, "MADV_DONTNEED", None)
    if advice is None:
        return
    for data in list(_MAPPED):
        try:
            data.madvise(advice)
        except (OSError, ValueError):  # closed, or the system will not: the pages stay
            pass


class Source:
    """The file a table maps, to read apart from the map (``read``): a duplicate of the open
    file's descriptor (the very file mapped, even if the path is replaced later), and where
    the map starts in the file."""

    __slots__ = ("_descriptor", "_offset")

    def __init__(self, descriptor: int, offset: int = 0):
        self._descriptor, self._offset = descriptor, offset

    def read(self, start: int, length: int) -> bytes:
        """The ``length`` bytes at ``start`` in the map (fewer at the end of the file)."""
        return os.pread(self._descriptor, length, self._offset + start)

    def __del__(self):
        try:
            os.close(self._descriptor)
        except (OSError, TypeError, AttributeError):  # closed, or the interpreter is leaving
            pass


def source(handle, offset: int = 0) -> Source | None:
    """A ``Source`` of the open file ``handle`` mapped from ``offset``; None where the system
    has no ``pread`` (Windows) or the descriptor cannot be duplicated."""
    if not hasattr(os, "pread"):
        return None
    try:
        return Source(os.dup(handle.fileno()), offset)
    except (OSError, ValueError, AttributeError):
        return None
