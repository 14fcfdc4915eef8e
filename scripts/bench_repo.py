#!/usr/bin/env python3
"""Benchmark newslint on a generated editorial repository of 1,000 drafts.

    python3 scripts/bench_repo.py [--drafts 1000] [--repeat 3] [--keep DIR]

It writes the drafts (news stories composed here from varied sentences: names, places, figures,
dates; some with the slips newslint looks for), then times whole ``newslint check`` processes:

- cold, ``--jobs 1`` and ``--jobs 2`` (``--no-cache``): the target is jobs 2 ≥ 1.6× faster;
- warm: a run that fills a fresh cache, then runs answered from it: the target is ≤ 0.5 s.

Each figure is the best of ``--repeat`` runs (the machine is shared; the best run is the one
least disturbed by others); the CPU time of each best run is given too. The outputs of all runs
are compared: they must be identical. newslint is run from a snapshot of this working tree
(``newslint/`` and ``rules/`` copied beside the drafts), so that edits made to the tree while the
benchmark runs neither change the code under test nor invalidate the cache, whose key includes a
stamp of newslint's own files.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Amina", "Jonas", "Zoë", "Rafael", "Mei", "Oluwaseun", "Ingrid", "Tomás", "Priya", "Hamid",
         "Sofia", "Kwame", "Lena", "Dmitri", "Aiko", "Fatima", "Marek", "Chloé", "Bilal", "Greta"]
LAST = ["Okafor", "Lindqvist", "Müller", "Alvarez", "Chen", "Adeyemi", "Haugen", "Ruiz", "Raman",
        "Karimi", "Rossi", "Mensah", "Vogel", "Petrov", "Tanaka", "Haddad", "Nowak", "Dubois"]
PLACES = ["Riverton", "Lakeside", "Northbridge", "Port Alden", "Greenfield", "Eastvale", "Millbrook",
          "Harbor City", "Westmoor", "Cedar Falls", "Stonehaven", "Bellmont"]
BODIES = ["city council", "school board", "transport authority", "health trust", "county commission",
          "water board", "planning committee", "port authority"]
TOPICS = [("a new bridge", "bridge"), ("the budget", "budget"), ("a bus lane", "lane"),
          ("a housing plan", "plan"), ("the library", "library"), ("flood defences", "defences"),
          ("a clinic", "clinic"), ("the stadium", "stadium")]
VERBS = ["approved", "rejected", "delayed", "debated", "revised", "endorsed"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

SENTENCES = [
    "The {body} {verb} {topic} on {weekday} after a debate that lasted {hours} hours.",
    "{name}, who chairs the {body}, said the vote was {adj} and that residents had been heard.",
    "\"We listened to every objection,\" {name} said. \"This is the plan the town asked for.\"",
    "Critics said the cost, put at {money} million dollars, had risen by {pct} percent since {month}.",
    "About {count} people attended the meeting in {place}, many of them from the {side} side of town.",
    "Work is expected to begin in {month} and to take {years} years, according to a report by the {body}.",
    "{name2} of the {place} Residents' Association said the group would study the decision.",
    "The previous plan, drawn up in {year}, was abandoned when funding fell through.",
    "Officials in {place2} said they would watch the project closely before making plans of their own.",
    "The {body} will publish the full minutes next week, {name} said.",
    "Opponents have {days} days to lodge an appeal with the regional court.",
    "Traffic on the main road is expected to ease once {short} is finished, engineers said.",
]
ADJ = ["close", "difficult", "overdue", "historic", "narrow", "unanimous"]
SLIPS = [
    "The final figure is TK, a spokesperson said.",
    "Top Stories",
    "The committee (which met twice in {month} said little else.",
    "Share this article",
    "The contract is worth XX million, officials said.",
]


def compose(i: int, rng: random.Random) -> tuple[str, str]:
    topic, short = rng.choice(TOPICS)
    values = {
        "body": rng.choice(BODIES), "verb": rng.choice(VERBS), "topic": topic, "short": short,
        "weekday": rng.choice(WEEKDAYS), "hours": rng.randint(2, 9), "adj": rng.choice(ADJ),
        "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "name2": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "money": rng.randint(2, 400), "pct": rng.randint(3, 60), "month": rng.choice(MONTHS),
        "count": rng.randint(20, 900), "place": rng.choice(PLACES), "place2": rng.choice(PLACES),
        "side": rng.choice(["north", "south", "east", "west"]), "years": rng.randint(1, 6),
        "year": rng.randint(1998, 2022), "days": rng.choice([14, 21, 28, 30]),
    }
    headline = f"{values['body'].capitalize()} in {values['place']} {values['verb']} {topic}"
    paragraphs = []
    for _ in range(rng.randint(8, 16)):
        count = rng.randint(1, 3)
        paragraphs.append(" ".join(rng.choice(SENTENCES).format(**values) for _ in range(count)))
    if rng.random() < 0.3:
        slip = rng.choice(SLIPS).format(**values)
        paragraphs.insert(rng.randint(1, len(paragraphs)), slip)
    if i % 2:
        name = f"story-{i:04}.md"
        text = f"---\ntitle: {headline}\nauthor: {values['name2']}\n---\n# {headline}\n\n" + "\n\n".join(paragraphs)
    else:
        name = f"story-{i:04}.txt"
        text = headline + "\n\n" + "\n\n".join(paragraphs)
    return f"desk-{i % 10}/{name}", text + "\n"


def generate(root: Path, drafts: int, seed: int = 8) -> int:
    rng = random.Random(seed)
    words = 0
    for i in range(drafts):
        name, text = compose(i, rng)
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def snapshot(root: Path) -> Path:
    """A copy of the package as it is now, to run the benchmark on one version of the code."""
    source = Path(__file__).resolve().parents[1]
    code = root / "code"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(source / "newslint", code / "newslint", ignore=ignore)
    shutil.copytree(source / "rules", code / "rules", ignore=ignore)
    # Byte-compiled, as an installed package is (pip compiles on install).
    import compileall

    compileall.compile_dir(str(code), quiet=1)
    return code


CPU: list[float] = []


def run(root: Path, *args: str, env: dict) -> tuple[float, str]:
    import resource

    command = [sys.executable, "-m", "newslint.cli", "check", "--format", "json", "--fail-on", "never", *args, "drafts"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"newslint failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed, done.stdout


def best(times: list[float], cpu: list[float]) -> str:
    i = min(range(len(times)), key=times.__getitem__)
    return f"best {times[i]:6.2f} s (CPU {cpu[i]:6.2f} s)   runs: {', '.join(f'{t:.2f}' for t in times)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the drafts here and keep them (a new folder)")
    options = parser.parse_args()

    root = options.keep or Path(tempfile.mkdtemp(prefix="newslint-bench-"))
    try:
        words = generate(root / "drafts", options.drafts)
        print(f"{options.drafts} drafts, {words:,} words, in {root / 'drafts'}")
        code = snapshot(root)
        env = dict(os.environ, NEWSLINT_CACHE_DIR=str(root / "cache"), PYTHONPATH=str(code))
        check = subprocess.run([sys.executable, "-c", "import newslint; print(newslint.__file__)"], env=env, cwd=root,
                               capture_output=True, text=True, check=True).stdout.strip()
        assert Path(check).is_relative_to(code), check
        print(f"load average before: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} processors")
        outputs = set()
        figures = {}
        for label, args in (("cold --jobs 1", ("--no-cache", "--jobs", "1")), ("cold --jobs 2", ("--no-cache", "--jobs", "2"))):
            times = []
            del CPU[:]
            for _ in range(options.repeat):
                elapsed, out = run(root, *args, env=env)
                times.append(elapsed)
                outputs.add(out)
            figures[label] = min(times)
            print(f"{label:16} {best(times, CPU)}")
        shutil.rmtree(root / "cache", ignore_errors=True)
        fill, out = run(root, env=env)
        outputs.add(out)
        print(f"{'cache fill':16} {fill:6.2f} s   (cold, default jobs, writing the cache)")
        times = []
        del CPU[:]
        for _ in range(options.repeat):
            elapsed, out = run(root, env=env)
            times.append(elapsed)
            outputs.add(out)
        figures["warm"] = min(times)
        print(f"{'warm cache':16} {best(times, CPU)}")
        speedup = figures["cold --jobs 1"] / figures["cold --jobs 2"]
        print(f"speed-up of --jobs 2 over --jobs 1: {speedup:.2f}x (target >= 1.6x): {'ok' if speedup >= 1.6 else 'MISSED'}")
        print(f"warm-cache run: {figures['warm']:.2f} s (target <= 0.5 s): {'ok' if figures['warm'] <= 0.5 else 'MISSED'}")
        print(f"identical output in every run: {'yes' if len(outputs) == 1 else 'NO'}")
        return 0 if len(outputs) == 1 else 1
    finally:
        if not options.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
