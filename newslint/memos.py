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

Only memos whose owners already empty them at any time are emptied here: every
``functools.lru_cache`` of newslint's modules with a bound of at least ``_MEMO_SIZE`` entries
(smaller ones, and unbounded ones, load data: they are kept), the module dictionaries and sets
named in ``_MODULE_MEMOS`` (each emptied by its module when full), and what ``forget_also``
was given (the word tables' answers). An answer is the same whether remembered or found again,
so no finding changes (``scripts/same_findings.py``).
"""

from __future__ import annotations

import sys
import weakref

FORGET_EVERY = 250

_MEMO_SIZE = 1024

# module -> its memos (dict or set), each already emptied by its module when it is full
_MODULE_MEMOS = {
    "newslint.tagger_features": ("_normalised", "_shapes"),
    "newslint.analysis.dictionary": ("_zipf_of", "_is_word", "_tags_of", "_specialist_of"),
    "newslint.analysis.variants": ("_NO_VARIANT",),
    "newslint.analysis.spelling": ("_PLAIN",),
}

# objects with a ``forget()`` method (weakly held: a table no longer used is not kept alive)
_OWNERS: "weakref.WeakSet" = weakref.WeakSet()


def forget_also(owner) -> None:
    """Have ``owner.forget()`` called with the other memos (while ``owner`` lives)."""
    _OWNERS.add(owner)


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
    for name, memos in _MODULE_MEMOS.items():
        module = sys.modules.get(name)
        if module is not None:
            for memo in memos:
                getattr(module, memo).clear()
    for owner in list(_OWNERS):
        owner.forget()
