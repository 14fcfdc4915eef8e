#!/usr/bin/env python3
"""How much each per-run memo pays, to size its bound by measurement (issue 14, memory).

    python3 scripts/bench_memos.py FOLDER [FOLDER ...]

Runs ``newslint check --no-cache -j 1`` in this process over the drafts, recording the keys
asked of every word table (``WordTable.index``, with the time of each search it could not
answer from memory) and of every ``lru_cache`` of more than 32 entries in newslint's modules.
Then, for each memo asked 5,000 times or more, prints its calls, its distinct keys, and how
many times the work would be done with the memo bounded at 4,096 ... 65,536 entries, emptied
when full (as the word tables and the tagger do) and least recently used first (as
``lru_cache``); for the word tables, the mean time a search costs. A bound whose extra
searches cost well under 1% of the run's CPU is cheap memory.
"""

from __future__ import annotations

import collections
import functools
import importlib
import os
import pkgutil
import sys
import time

LIMITS = [4096, 8192, 16384, 32768, 65536, None]


def record(folders: list[str]):
    import newslint
    from newslint import wordtable
    from newslint.cli import main

    streams: dict[str, list] = collections.defaultdict(list)
    cost: dict[str, list] = collections.defaultdict(lambda: [0, 0.0])
    index = wordtable.WordTable.index

    def recorded_index(self, word, keep=True):
        name = "table " + os.path.basename(self._name or "?")
        if word in self._found:
            streams[name].append(word)
            return self._found[word]
        start = time.perf_counter()
        found = index(self, word, keep)
        c = cost[name]
        c[0] += 1
        c[1] += time.perf_counter() - start
        streams[name].append(word if keep else None)  # None: asked, never kept
        return found

    wordtable.WordTable.index = recorded_index
    for module in pkgutil.walk_packages(newslint.__path__, "newslint."):
        if not any(part in module.name for part in ("lsp", "languagetool", "__main__")):
            try:
                importlib.import_module(module.name)
            except Exception:  # an optional backend's module
                pass
    for name, module in list(sys.modules.items()):
        if not name.startswith("newslint") or module is None:
            continue
        for attr, function in list(vars(module).items()):
            if isinstance(function, functools._lru_cache_wrapper) and function.__module__ == name:
                size = function.cache_parameters()["maxsize"]
                if size is not None and size <= 32:
                    continue
                key = f"lru {name.split('.')[-1]}.{attr} ({size})"

                def wrapped(*args, _key=key, _function=function, **kwargs):
                    streams[_key].append((args, tuple(sorted(kwargs.items()))) if kwargs else args)
                    return _function(*args, **kwargs)

                setattr(module, attr, wrapped)
    out, sys.stdout = sys.stdout, open(os.devnull, "w")
    exit_ = os._exit
    os._exit = lambda code: (_ for _ in ()).throw(SystemExit(code))
    try:
        main(["check", "--no-cache", "-j", "1", "--fail-on", "never", "--format", "json", *folders], standalone_mode=False)
    except SystemExit:
        pass
    finally:
        sys.stdout, os._exit = out, exit_
    return streams, cost


def misses(stream: list, limit: int | None, lru: bool) -> int:
    kept: dict = collections.OrderedDict() if lru else {}
    count = 0
    for key in stream:
        if key is None:
            count += 1
        elif key in kept:
            if lru:
                kept.move_to_end(key)
        else:
            count += 1
            if limit is not None and len(kept) >= limit:
                if lru:
                    kept.popitem(last=False)
                else:
                    kept.clear()
            kept[key] = True
    return count


def main() -> None:
    streams, cost = record(sys.argv[1:])
    print("memo: calls, distinct keys; work done bounded at", [limit or "none" for limit in LIMITS])
    for name, stream in sorted(streams.items(), key=lambda item: -len(item[1])):
        if len(stream) < 5000:
            continue
        distinct = len({key for key in stream if key is not None})
        emptied = [misses(stream, limit, False) for limit in LIMITS]
        lru = [misses(stream, limit, True) for limit in LIMITS[:-1]]
        searches = cost.get(name)
        mean = f", {searches[1] / searches[0] * 1e6:.1f} us a search" if searches else ""
        print(f"{name}: {len(stream):,} calls, {distinct:,} keys{mean}\n  emptied when full {emptied}\n  least recent first {lru}")


if __name__ == "__main__":
    main()
