#!/usr/bin/env python3
"""What LanguageTool adds to a one-draft run when its server is already up (issue 11: a
second run costs ≤ 0.3 s).

    python3 scripts/bench_languagetool.py [DRAFT] [--repeat 7] [--server local]

DRAFT is one draft (default: a generated news story of about 700 words, the generator of
``scripts/bench_repo.py``, fixed seed). The server is started first (``local``: the user's
own, ``newslint languagetool start``) and warmed by one run. Every figure is the median of
``--repeat`` runs of ``newslint check`` as a whole process (wall time, and the process's own
CPU time, which a busy machine disturbs less), the cases interleaved so that all
see the same load:

- second run: the same draft again, LanguageTool on (what a pre-commit hook or an editor's
  second save costs; the result cache answers);
- edited draft, LanguageTool on and off: one sentence added to the last paragraph each time,
  so the result cache misses and LanguageTool is asked about that paragraph alone (the
  paragraph cache has the others); the difference is what LanguageTool costs;
- no cache, LanguageTool on and off: every paragraph sent.

Runs use a cache folder of their own (a temporary folder), so the user's cache is untouched,
and may write Python's bytecode (PYTHONDONTWRITEBYTECODE is dropped), as an installed
newslint has it: compiling every module at each start would be most of what is measured.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def newslint_command() -> list[str]:
    beside = Path(sys.executable).with_name("newslint")
    return [str(beside)] if beside.exists() else [sys.executable, "-m", "newslint.cli"]


def _children_cpu() -> float:
    """User + system CPU seconds of the finished child processes so far."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def generated_draft() -> str:
    sys.path.insert(0, str(HERE))
    from bench_repo import compose

    rng = random.Random(11)
    texts = [compose(i, rng)[1] for i in range(40)]
    return min(texts, key=lambda t: abs(len(t.split()) - 700))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("draft", nargs="?", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--server", default="local", help="'local' or the URL of a running server")
    args = parser.parse_args()
    text = args.draft.read_text(encoding="utf-8") if args.draft else generated_draft()
    newslint = newslint_command()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as folder:
        if args.server == "local":  # the user's own server, started if it is not running
            subprocess.run([*newslint, "languagetool", "start"], check=True, capture_output=True, env=env)
        # Results in a folder of the run's own (the local server's state stays where it is).
        cache = ["--cache-dir", os.path.join(folder, "cache")]
        same, edited = Path(folder, "same.txt"), Path(folder, "edited.txt")
        same.write_text(text, encoding="utf-8")
        lt = ["--languagetool", args.server]
        cases = {  # name: (edit the draft first?, command)
            "second run, same draft, LT on": (False, [*newslint, "check", *cache, *lt, str(same)]),
            "edited draft, LT on": (True, [*newslint, "check", *cache, *lt, str(edited)]),
            "edited draft, LT off": (True, [*newslint, "check", *cache, str(edited)]),
            "no cache, LT on": (False, [*newslint, "check", "--no-cache", *lt, str(same)]),
            "no cache, LT off": (False, [*newslint, "check", "--no-cache", str(same)]),
        }
        for _ in range(2):  # warm the caches and the bytecode
            subprocess.run(cases["second run, same draft, LT on"][1], capture_output=True, env=env)
        times: dict[str, list[float]] = {name: [] for name in cases}
        cpu: dict[str, list[float]] = {name: [] for name in cases}
        for i in range(args.repeat):
            for number, (name, (edit, command)) in enumerate(cases.items()):
                if edit:  # a sentence of its own each time: the result cache misses
                    edited.write_text(text.rstrip("\n") + f" The council met {i + 2} times, {number}.\n", encoding="utf-8")
                started, used = time.perf_counter(), _children_cpu()
                done = subprocess.run(command, capture_output=True, text=True, env=env)
                times[name].append(time.perf_counter() - started)
                cpu[name].append(_children_cpu() - used)
                if done.returncode not in (0, 1):
                    sys.exit(f"{name}: {done.stderr.strip()}")
    print(f"one draft of {len(text.split())} words, LanguageTool at {args.server}, median of {args.repeat}:")
    print(f"  {'':32s} {'wall':>8s} {'(min)':>8s} {'CPU':>8s}")
    for name, values in times.items():
        print(f"  {name:32s} {statistics.median(values):6.3f} s {min(values):6.3f} s {statistics.median(cpu[name]):6.3f} s")
    on, off = statistics.median(times["edited draft, LT on"]), statistics.median(times["edited draft, LT off"])
    print(f"  LanguageTool's share of an edited draft: {on - off:+.3f} s wall")
    print("  (CPU: user + sys of the newslint process; the LanguageTool server's own work is not in it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
