"""Forgetting the per-run memos every so many drafts of one long run (issue 14, memory).

The rules and the word tables remember answers from draft to draft (a word's frequency, its
tags, the candidates one letter from it), each memo bounded and emptied when full. Over an
archive of thousands of drafts they all fill to their bounds, each at its own time, and a
process over 3,000 Wikipedia drafts grew from ~117 MB at 300 drafts to ~158 MB at 3,000. A
memo filled over the last few hundred drafts answers as many questions as one filled over
thousands (a draft costs as little CPU at drafts 1-250 as later), so
``lint_in_this_process`` empties them all every ``FORGET_EVERY`` drafts: over those 3,000
drafts the peak fell from 169 to 143 MB with the JSON report (CPU 108 -> 101 s) and from
164 to 140 MB with the text report (``scripts/bench_memory.py`` measures it).

A large draft (``Document.word_copies``) has them emptied before each rule as well
(``engine._run_rules``): each rule fills memos of its own, and on the 1.9 MB draft of
``scripts/bench.py`` all of them full at once were ~17 MB of its peak (160 -> 143 MB; the same
findings, the same time).

Only memos that may be emptied at any time are emptied here: every ``Memo`` and ``MemoSet``
(a dictionary or set that empties itself when full) and every ``functools.lru_cache`` of
newslint's modules with a bound of at least ``_MEMO_SIZE`` entries (smaller ones, and
unbounded ones, load data: they are kept). An answer is the same whether remembered or found
again, so no finding changes (``scripts/same_findings.py``).
"""

from __future__ import annotations

import sys
import weakref

FORGET_EVERY = 250

_MEMO_SIZE = 1024

# every Memo and MemoSet made (weakly held: a memo no longer used is not kept alive)
_MEMOS: "list[weakref.ref]" = []


class Memo(dict):
    """Answers remembered by key, at most ``limit`` of them: keeping one more when full
    forgets them all first, which bounds the memory of a long run. Read it as a dictionary
    (``get``), add to it with ``keep``."""

    __slots__ = ("limit", "__weakref__")

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        _MEMOS.append(weakref.ref(self))

    def keep(self, key, value):
        """Remember ``value`` for ``key``, and give it back."""
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value


class MemoSet(set):
    """Items remembered, at most ``limit`` of them (as ``Memo``): read it with ``in``, add to
    it with ``keep``."""

    __slots__ = ("limit",)  # (a set is weakly referable already)

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        _MEMOS.append(weakref.ref(self))

    def keep(self, item) -> None:
        if len(self) >= self.limit:
            self.clear()
        self.add(item)


def memo_caches():
    """Each bounded ``lru_cache`` of a loaded newslint module of at least ``_MEMO_SIZE`` entries, once."""
    seen: set[int] = set()
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "newslint" or name.startswith("newslint.")):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is None or id(value) in seen or not callable(info):
                continue
            seen.add(id(value))
            maxsize = info().maxsize
            if maxsize is not None and maxsize >= _MEMO_SIZE:
                yield value


def forget() -> None:
    """Empty every per-run memo (see the module's docstring)."""
    for cached in memo_caches():
        cached.cache_clear()
    alive = [ref for ref in _MEMOS if ref() is not None]
    _MEMOS[:] = alive
    for ref in alive:
        memo = ref()
        if memo is not None:
            memo.clear()
