"""The data files read memory-mapped, and handing their pages back: ``keep`` and ``release``.

A mapped file's pages count in the process's resident memory once they are read (RSS: what
/usr/bin/time, a container's limit or the 150 MB target measure), although the kernel holds them
in its page cache whoever maps them. Over a large draft the rules read most of the n-gram,
spelling, slip and tagger tables one after another (~30 MB of a 1.9 MB draft's peak).
``release()``, called between the rules of a large draft, lets the process's mappings of those
pages go (``madvise(MADV_DONTNEED)``: for a read-only shared map of a file the pages stay in the
page cache, nothing is read from disk again); the next read of a page maps it again, a minor
fault of a fraction of a microsecond. Where there is no ``madvise`` (Windows) nothing happens.
"""

from __future__ import annotations

import mmap
import weakref

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
