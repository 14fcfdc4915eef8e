#!/usr/bin/env python3
"""Peak memory of one ``newslint check`` process over many drafts (issue 14: ≤ 150 MB).

    python3 scripts/bench_memory.py [FOLDER] [--counts 300,1200,3000] [--formats json,text]
    python3 scripts/bench_memory.py [FOLDER] --structures [--counts 300,3000]

Runs ``newslint check --no-cache -j 1 --fail-on never --format F`` (the ``newslint`` beside this
Python, else the one on PATH) over the first N drafts of FOLDER (sorted by path) for each N of
``--counts``, and prints the wall time, the CPU time (user + system), the peak resident set
(``wait4``'s maxrss) and the load average of each run, with the target beside it. The text
report (the default format) and the JSON report are both measured: each has its own way of
holding the run's findings until the end.

Without FOLDER, the drafts are generated (fixed seed, ``generate``): news-like sentences whose
nouns, verbs and names are drawn from newslint's own word lists and from random syllables, some
with a slip in them, so that a long run meets new words all the time, as an archive of real
stories does (template text alone would repeat a few hundred words and never fill a memo).

``--structures`` runs newslint in this process under ``tracemalloc`` instead and prints the
lines of code whose allocations grew most between the first and the last count of drafts: the
structures that grow with the number of drafts (slow: tracemalloc costs ~3× the time).
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "newslint" / "data"
SUFFIXES = (".md", ".markdown", ".txt")
TARGET_MB = 150

SYLLABLES = ["ka", "lo", "mi", "ren", "dor", "va", "shi", "tu", "bel", "ga", "no", "ri", "ste", "an",
             "ko", "zu", "mar", "el", "pa", "quin", "is", "ol", "ber", "ha", "ny", "vik", "se", "dra"]
PLACES_END = ["ton", "ville", "burg", "field", "stad", "port", "mouth", "ford"]
SENTENCES = [
    "The {noun} {past} the {noun2} on {weekday} after {count} {plural} were counted.",
    "{name}, who leads the {place} {noun} group, said the {noun2} had {past} most {plural}.",
    "\"We {verb} every {noun} we can,\" {name} said. \"The {plural} of {place} expect it.\"",
    "Officials said the {noun} would cost about {money} million dollars by {month} {year}.",
    "About {count} {plural} were seen near the {noun} in {place}, {name2} told reporters.",
    "The {noun2} {verbs} the {noun} when the {plural} arrive, according to a report by {name}.",
    "{name2} of {place} said the {plural} had been {past} twice since {year}.",
    "A {noun} and a {noun2} were {past} in the {place} area, police said on {weekday}.",
    "Critics of the {noun} say its {plural} {verb} too often, and that {name} knew it.",
    "The {noun} will {verb} its {plural} next week, {name} said in {place}.",
]


def _words(name: str, kind: str | None = None) -> list[str]:
    """The words of one of newslint's gzip word lists (``kind``: that line's words only)."""
    words: list[str] = []
    with gzip.open(DATA / name, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            label, _, rest = line.partition("\t")
            if kind is None or label == kind:
                words.extend(w.partition(":")[0] for w in rest.split())
    return [w for w in words if w.isalpha() and w.islower()]


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _slip(word: str, rng: random.Random) -> str:
    """``word`` with two neighbouring letters swapped (a typing slip)."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def generate(root: Path, drafts: int, seed: int = 18) -> None:
    """``drafts`` news-like drafts (half Markdown, half plain text) in ``root``."""
    rng = random.Random(seed)
    nouns = _words("noun_forms.txt.gz", "s")
    verbs = sorted({w for w in _words("verb_forms.txt.gz") if not w.endswith(("s", "ed", "ing"))})
    pasts = sorted({w for w in _words("verb_forms.txt.gz") if w.endswith("ed")})
    people = [f"{_name(rng, 2)} {_name(rng, rng.choice((2, 3)))}" for _ in range(4000)]
    places = [_name(rng, 2) + rng.choice(PLACES_END) for _ in range(1500)]
    for words in (nouns, verbs, pasts):  # which words are common: any, not the a-words
        rng.shuffle(words)

    def zipf(items: list[str]) -> str:  # common words often, rare ones now and then
        return items[min(int(rng.paretovariate(0.7)) - 1, len(items) - 1)] if rng.random() < 0.5 else rng.choice(items)

    root.mkdir(parents=True, exist_ok=True)
    for i in range(drafts):
        cast = [rng.choice(people) for _ in range(3)]
        where = [rng.choice(places) for _ in range(2)]
        paragraphs = []
        for _ in range(rng.randint(6, 12)):
            sentences = []
            for _ in range(rng.randint(1, 3)):
                noun = zipf(nouns)
                values = {
                    "noun": noun, "noun2": zipf(nouns), "plural": zipf(nouns) + "s", "verb": zipf(verbs),
                    "verbs": zipf(verbs) + "s", "past": zipf(pasts), "name": rng.choice(cast),
                    "name2": rng.choice(cast).split()[-1], "place": rng.choice(where),
                    "weekday": rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
                    "month": rng.choice(["Jan.", "March", "May", "July", "Sept.", "Nov."]),
                    "count": rng.randint(2, 900), "money": rng.randint(2, 400), "year": rng.randint(1990, 2024),
                }
                if rng.random() < 0.03:
                    values["noun"] = _slip(noun, rng)
                sentences.append(rng.choice(SENTENCES).format(**values))
            paragraphs.append(" ".join(sentences))
        headline = f"{where[0]} {zipf(nouns)} {zipf(pasts)} after {zipf(nouns)} vote"
        if i % 2:
            text = f"---\ntitle: {headline}\n---\n# {headline}\n\n" + "\n\n".join(paragraphs)
            name = f"d{i:05}.md"
        else:
            text = headline + "\n\n" + "\n\n".join(paragraphs)
            name = f"d{i:05}.txt"
        (root / name).write_text(text + "\n", encoding="utf-8")


def drafts_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES and p.is_file())


def first_drafts(paths: list[Path], count: int, work: Path) -> Path:
    """A folder of links to the first ``count`` drafts (names kept distinct, order kept)."""
    folder = work / f"first-{count}"
    if not folder.exists():
        folder.mkdir(parents=True)
        for number, path in enumerate(paths[:count]):
            (folder / f"{number:06}-{path.name}").symlink_to(path.resolve())
    return folder


def newslint_exe() -> str:
    beside = Path(sys.executable).with_name("newslint")
    exe = str(beside) if beside.exists() else shutil.which("newslint")
    if exe is None:
        sys.exit("bench_memory: newslint is not installed (python3 -m pip install .)")
    return exe


def measure(exe: str, folder: Path, fmt: str) -> tuple[float, float, float]:
    """(wall s, CPU s, peak MB) of one ``newslint check`` process over ``folder``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [exe, "check", "--no-cache", "-j", "1", "--fail-on", "never", "--format", fmt, str(folder)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"bench_memory: {' '.join(command)} failed ({os.waitstatus_to_exitcode(status)})")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def structures(folders: dict[int, Path], fmt: str, top: int = 30) -> None:
    """The lines whose allocations grew most from the first count of drafts to the last."""
    import gc
    import tracemalloc

    tracemalloc.start(1)
    import newslint.run
    from newslint.cli import main

    marks, snapshots, done = sorted(folders), {}, [0]
    lint_one = newslint.run.lint_one

    def counted(*args, **kwargs):
        found = lint_one(*args, **kwargs)
        done[0] += 1
        if done[0] in marks:
            gc.collect()
            snapshots[done[0]] = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
            print(f"after {done[0]} drafts: {tracemalloc.get_traced_memory()[0] / 2**20:.1f} MB traced", file=sys.stderr, flush=True)
        return found

    newslint.run.lint_one = counted
    stdout, sys.stdout = sys.stdout, open(os.devnull, "w")
    try:
        main(["check", "--no-cache", "-j", "1", "--fail-on", "never", "--format", fmt, str(folders[marks[-1]])], standalone_mode=False)
    except SystemExit:
        pass
    finally:
        sys.stdout.close()
        sys.stdout = stdout
    current, peak = tracemalloc.get_traced_memory()
    print(f"at the end: {current / 2**20:.1f} MB traced, peak {peak / 2**20:.1f} MB")
    first, last = snapshots[marks[0]], snapshots[marks[-1]]
    print(f"grown from {marks[0]} to {marks[-1]} drafts (MB, blocks, where allocated):")
    for stat in last.compare_to(first, "lineno")[:top]:
        print(f"  {stat.size_diff / 1e6:7.2f} MB {stat.count_diff:+9,d}  {stat.traceback}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, help="a folder of drafts (default: generated)")
    parser.add_argument("--counts", default="300,1200,3000", help="numbers of drafts, comma-separated")
    parser.add_argument("--formats", default="json,text", help="report formats, comma-separated")
    parser.add_argument("--structures", action="store_true", help="what grows, by tracemalloc, in this process")
    args = parser.parse_args()
    counts = sorted(int(c) for c in args.counts.split(","))
    work = Path(tempfile.mkdtemp(prefix="newslint-memory-"))
    try:
        if args.folder is None:
            generate(work / "generated", counts[-1])
        paths = drafts_in(args.folder or work / "generated")
        if len(paths) < counts[-1]:
            sys.exit(f"bench_memory: {len(paths)} drafts, fewer than {counts[-1]}")
        folders = {count: first_drafts(paths, count, work) for count in counts}
        source = args.folder or "generated drafts"
        print(f"newslint memory: one process, -j 1, no cache, over the first {args.counts} drafts of {source}; "
              f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
        if args.structures:
            structures(folders, args.formats.split(",")[0])
            return 0
        exe = newslint_exe()
        for fmt in args.formats.split(","):
            for count in counts:
                load = os.getloadavg()[0]
                wall, cpu, peak = measure(exe, folders[count], fmt)
                verdict = "met" if peak <= TARGET_MB else "NOT met"
                print(f"  --format {fmt:<5} {count:6,} drafts  {wall:7.1f} s wall  {cpu:7.1f} s CPU  "
                      f"{peak:5.0f} MB  (load {load:.2f})  target ≤ {TARGET_MB} MB ({verdict})", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
