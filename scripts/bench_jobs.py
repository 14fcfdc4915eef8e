#!/usr/bin/env python3
"""Where the time of a parallel run goes, against one process: what keeps ``-j2`` from 2x.

    python3 scripts/bench_jobs.py [CORPUS] [--jobs 2] [--repeat 3]

Runs ``newslint check --no-cache -j1`` and ``-jN`` over CORPUS (default: the evaluation's dev
corpus) in processes of their own, with the Python that has newslint installed, timing them
from inside (``time.process_time`` in the parent and in each worker, as ``bench.py --rules``
does), and prints, medians of ``--repeat`` runs of each:

- ``-j1``: wall and CPU time; the CPU of start-up and the first draft (the rules' word lists
  and models load there) and of the other drafts;
- ``-jN``: the parent's CPU before the workers start (start-up, reading the drafts, linting
  the first draft, which loads what the workers then share) and after they finish (the gate,
  the report); each worker's CPU; the drafts' CPU in the workers against the same drafts'
  CPU in ``-j1`` (the workers' extra: what each loads again on first use, the Markdown parser
  or the spelling suggestions' word pool, and the answers a process remembers, split between
  two); the imbalance (how long one worker ran after the other had finished);
- the speed-up measured (wall) and the one these parts allow on an otherwise idle machine:
  -j1's CPU over (the parent's serial CPU + the busiest worker's CPU).

Judge it on a quiet machine (the load average is printed with each run): on a busy one the
workers wait for a core and wall time says little, though the CPU figures still hold.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = next((up / "shared" / "eval" for up in HERE.parents if (up / "shared" / "eval").is_dir()), None)


def child(folder: str, jobs: int, log: str) -> None:
    """One instrumented run of ``newslint check``: a line of JSON a draft (pid, CPU, finish
    time) and a line a mark of the parent, appended to ``log``."""
    import gc

    from newslint import run, workers

    began = time.perf_counter()

    def note(record: dict) -> None:
        with open(log, "a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")

    linted = workers.lint_one

    def timed(path, text, *args, **kwargs):
        cpu = time.process_time()
        found = linted(path, text, *args, **kwargs)
        note({"pid": os.getpid(), "path": path, "cpu": time.process_time() - cpu,
              "done": time.perf_counter() - began, "process_cpu": time.process_time()})
        return found

    run.lint_one = workers.lint_one = timed
    freeze = gc.freeze

    def frozen():  # the first draft is linted: the workers are forked next (or -j1 goes on)
        note({"mark": "first draft", "cpu": time.process_time(), "wall": time.perf_counter() - began})
        freeze()

    gc.freeze = frozen
    in_workers = run.lint_in_workers

    def parallel(*args, **kwargs):
        try:
            return in_workers(*args, **kwargs)
        finally:
            note({"mark": "workers done", "cpu": time.process_time(), "wall": time.perf_counter() - began})

    run.lint_in_workers = parallel
    from newslint.cli import main

    sys.stdout = open(os.devnull, "w")
    exit_now = os._exit
    os._exit = lambda code: (_ for _ in ()).throw(SystemExit(code))  # the CLI leaves by os._exit
    try:
        main(["check", "--no-cache", "-j", str(jobs), "--fail-on", "never", "--format", "json", folder],
             standalone_mode=False)
    except SystemExit:
        pass
    note({"mark": "end", "cpu": time.process_time(), "wall": time.perf_counter() - began})
    sys.stdout.flush()
    exit_now(0)


def one_run(folder: str, jobs: int) -> dict:
    with tempfile.TemporaryDirectory() as work:
        log = os.path.join(work, "log")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["NEWSLINT_CACHE_DIR"] = os.path.join(tempfile.gettempdir(), "newslint-bench-jobs-cache")
        load = os.getloadavg()[0]
        started = time.perf_counter()
        done = subprocess.run([sys.executable, __file__, "--child", folder, "--jobs", str(jobs), "--log", log],
                              env=env, capture_output=True, text=True)
        wall = time.perf_counter() - started
        if done.returncode != 0:
            sys.exit(f"bench_jobs: the run failed: {done.stderr.strip()[-500:]}")
        records = [json.loads(line) for line in Path(log).read_text(encoding="utf-8").splitlines()]
    marks = {r["mark"]: r for r in records if "mark" in r}
    drafts = [r for r in records if "path" in r]
    parent = marks["end"]
    parent_pid = min(r["pid"] for r in drafts)  # (the parent lints the first draft)
    by_pid: dict[int, list[dict]] = {}
    for r in drafts:
        by_pid.setdefault(r["pid"], []).append(r)
    worker_cpu = {pid: max(r["process_cpu"] for r in rs) for pid, rs in by_pid.items() if pid != parent_pid}
    finish = sorted(max(r["done"] for r in rs) for pid, rs in by_pid.items() if pid != parent_pid)
    first = marks.get("first draft", parent)  # (none when one draft is all there is)
    return {
        "load": load, "wall": wall, "drafts": {r["path"]: r["cpu"] for r in drafts},
        "first_cpu": first["cpu"], "parent_cpu": parent["cpu"],
        "serial_cpu": first["cpu"], "tail_cpu": parent["cpu"] - marks.get("workers done", parent)["cpu"],
        "workers": sorted(worker_cpu.values(), reverse=True),
        "imbalance": finish[-1] - finish[0] if len(finish) > 1 else 0.0,
        "first_path": next(r["path"] for r in drafts if r["pid"] == parent_pid),
    }


def median(values) -> float:
    return statistics.median(values) if values else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(EVAL / "dev" / "corpus") if EVAL else None)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--log", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.corpus is None:
        sys.exit("bench_jobs: give a folder of drafts")
    if args.child:
        child(args.corpus, args.jobs, args.log)
        return 0
    one_run(args.corpus, 1)  # untimed: the compiled patterns are kept in the run's cache folder, as a user's are
    ones, many = [], []
    for _ in range(args.repeat):  # interleaved: both see the same load
        ones.append(one_run(args.corpus, 1))
        many.append(one_run(args.corpus, args.jobs))
        print(f"  -j1 {ones[-1]['wall']:.2f} s wall (load {ones[-1]['load']:.2f}); "
              f"-j{args.jobs} {many[-1]['wall']:.2f} s wall (load {many[-1]['load']:.2f})", file=sys.stderr)
    one_total = median([r["parent_cpu"] for r in ones])
    one_first = median([r["first_cpu"] for r in ones])
    loads = ", ".join(f"{r['load']:.2f}" for r in ones + many)
    print(f"-j1 over {len(ones[0]['drafts'])} drafts (medians of {args.repeat}; load averages {loads}):")
    print(f"  wall {median([r['wall'] for r in ones]):.2f} s, CPU {one_total:.2f} s: start-up and the first draft "
          f"{one_first:.2f} s, the other drafts {one_total - one_first:.2f} s")
    print(f"-j{args.jobs}:")
    serial = median([r["serial_cpu"] for r in many])
    tail = median([r["tail_cpu"] for r in many])
    workers = [median([r["workers"][i] for r in many if len(r["workers"]) > i]) for i in range(args.jobs)]
    print(f"  wall {median([r['wall'] for r in many]):.2f} s; parent CPU before the workers start {serial:.2f} s "
          f"(start-up, reading, the first draft), after they finish {tail:.2f} s")
    print(f"  workers' CPU {' + '.join(f'{w:.2f}' for w in workers)} = {sum(workers):.2f} s")
    same = []
    for one, par in zip(ones, many):
        first = par["first_path"]
        in_workers = [p for p in par["drafts"] if p != first]
        same.append((sum(one["drafts"][p] for p in in_workers if p in one["drafts"]),
                     sum(par["drafts"][p] for p in in_workers)))
    alone, parallel = median([a for a, _ in same]), median([b for _, b in same])
    print(f"  the workers' drafts: {parallel:.2f} s CPU, the same drafts in -j1 {alone:.2f} s "
          f"(+{parallel - alone:.2f} s, {100 * (parallel / alone - 1) if alone else 0:.0f}%: first-use loads and "
          f"remembered answers, per worker)")
    print(f"  imbalance: one worker ran {median([r['imbalance'] for r in many]):.2f} s after the other finished")
    measured = median([o["wall"] for o in ones]) / median([m["wall"] for m in many])
    allowed = one_total / (serial + max(workers) + tail) if workers else 0.0
    print(f"-j{args.jobs} against -j1: {measured:.2f}x measured (wall); {allowed:.2f}x allowed by these parts on an "
          f"idle machine (-j1 CPU over the parent's serial CPU plus the busiest worker's)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
