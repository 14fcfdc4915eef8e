#!/usr/bin/env python3
"""Benchmark newslint as a whole process, side by side with proselint when it is installed.

    python3 scripts/bench.py [CORPUS] [--repeat 5] [--drafts 300] [--big] [--no-proselint]

CORPUS is a folder of drafts (``*.md``, ``*.markdown``, ``*.txt``); without one, 300 news
drafts are generated (``scripts/bench_repo.py``'s generator, fixed seed). Every figure is the
median of ``--repeat`` runs; newslint and proselint runs are interleaved, so both see the same
load on a shared machine, and their ratio is what to read (ratios are of CPU time, which a busy
machine disturbs less than wall time; ``-j2`` against ``-j1`` is of wall time). Runs use the default rules, no
cache and no LanguageTool. What it prints, with the target beside each (issue 14):

- corpus: wall time, CPU time, words per second and peak memory of ``newslint check -j1`` over
  the folder; the same for proselint; the ratio (target: newslint ≥ 3× proselint's throughput);
- ``-j2`` against ``-j1`` on the same folder (target ≥ 1.7× on an otherwise idle machine);
- a cold single draft, the median-sized one of each kind (target: no slower than proselint's),
  linted again and again (an editor's saves, a hook); and drafts of about that size that no
  timed run has linted before, one a run; ``--cold`` times only these;
- growth: 10× the text in one file, and in one line (target: ≤ 11× the time);
- large drafts: the peak memory of one process on a 0.95 MB and a 1.9 MB draft made of the
  folder's drafts (target: ≤ 150 MB);
- with ``--big``: a 50 MB Markdown draft (target: linted or refused in ≤ 60 s, ≤ 500 MB).

``--model`` times rule G322 instead (the language model, installed with ``newslint model
install``): ``--select G322`` on the median-sized draft of each kind, with ONNX Runtime and with
numpy alone (``NEWSLINT_MODEL_RUNTIME=numpy``), interleaved: wall time, words per second, peak
memory. Measured 2026-12-07 on dev/corpus (2 cores): bbc-125.txt, 2,393 words, 13.9 s with ONNX
Runtime against 32.4 s with numpy.

``--rules`` prints instead where the time of one ``-j1`` run over the folder goes, in this
process (run it with the Python that has newslint installed): CPU seconds per rule and per
analysis (an analysis a rule builds lazily, such as a sentence's tags, counts as that rule's),
reading the drafts into Documents, and the rest (start-up, reading files, reporting).
``--rules --cold --instructions`` prints the same split in instructions instead of time: one
run of each draft under valgrind's callgrind (installed), which counts them exactly, so that a
change of 1% shows on a busy machine where CPU time varies by 10% from run to run; and the page
faults of each phase (a run without valgrind): on this machine a fault costs ~3-5 us of system
time, and a one-draft run's ~6,000 are about a fifth of its CPU time.
``--rules --cold`` prints where the time of one cold draft goes (the median-sized draft of each
kind, ``--repeat`` processes of its own, as ``newslint check`` runs it, medians): the
interpreter's start-up, importing the command line, the rule registry, reading the compiled
patterns, each rule and analysis (their first use: the word lists and models they load), and the
rest (the modules imported on the way, such as the engine's and the report's, settings, reading,
the gate, the report).

Peak memory is the process's maximum resident set (``wait4``), in MB.

newslint runs with a cache folder of the benchmark's own (``NEWSLINT_CACHE_DIR``), warmed by
one untimed run, so that its table of compiled patterns is the one this version keeps, as a
user's is, not one shared with other versions (``--user-cache``: the user's own folder).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SUFFIXES = (".md", ".markdown", ".txt")


def newslint_command() -> list[str]:
    beside = Path(sys.executable).with_name("newslint")
    exe = str(beside) if beside.exists() else shutil.which("newslint")
    if exe is None:
        sys.exit("bench: newslint is not installed (python3 -m pip install .)")
    return [exe, "check", "--no-cache", "--format", "json", "--fail-on", "never"]


def proselint_command() -> list[str] | None:
    exe = shutil.which("proselint")
    if exe and f"{os.sep}shims{os.sep}" in exe:
        # a pyenv shim is a shell script that finds the real one on every run (~50 ms of CPU
        # that is not proselint's): time the real one
        found = subprocess.run(["pyenv", "which", "proselint"], capture_output=True, text=True)
        exe = found.stdout.strip() if found.returncode == 0 and found.stdout.strip() else exe
    return [exe, "check"] if exe else None


class Run:
    def __init__(self, wall: float, cpu: float, peak_mb: float, returncode: int):
        self.wall, self.cpu, self.peak_mb, self.returncode = wall, cpu, peak_mb, returncode


def run(command: list[str], timeout: float = 600) -> Run:
    """Run ``command`` once; its wall time, CPU time (user + system) and peak memory."""
    # byte-code caches are part of a real install's start-up
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            pid, status, usage = os.wait4(process.pid, 0)
            break
        time.sleep(0.005)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return Run(wall, cpu, usage.ru_maxrss / 1024, process.returncode)


def median_runs(commands: dict[str, list[str]], repeat: int) -> dict[str, Run]:
    """Each command ``repeat`` times, interleaved; the median of each measure."""
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            runs[name].append(run(command))
    return {
        name: Run(
            statistics.median(r.wall for r in rs),
            statistics.median(r.cpu for r in rs),
            max(r.peak_mb for r in rs),
            rs[-1].returncode,
        )
        for name, rs in runs.items()
    }


def drafts_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES and p.is_file())


def words_in(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in paths)


def generated_corpus(folder: Path, drafts: int) -> Path:
    sys.path.insert(0, str(HERE))
    from bench_repo import generate

    generate(folder, drafts)
    return folder


def cold_drafts(paths: list[Path]) -> list[Path]:
    """The median-sized draft of each kind (Markdown, plain text) in the folder."""
    chosen = []
    for kind in ((".md", ".markdown"), (".txt",)):
        drafts = sorted((p for p in paths if p.suffix in kind), key=lambda p: p.stat().st_size)
        if drafts:
            chosen.append(drafts[len(drafts) // 2])
    return chosen


def size_neighbours(paths: list[Path], draft: Path, count: int) -> list[Path]:
    """``count`` other drafts of ``draft``'s kind, the nearest to it in size."""
    same = [p for p in paths if p.suffix == draft.suffix and p != draft]
    return sorted(same, key=lambda p: abs(p.stat().st_size - draft.stat().st_size))[:count]


def grown(text: str, times: int, one_line: bool) -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if one_line:
        return " ".join(" ".join(p.split()) for p in paragraphs * times) + "\n"
    return "\n\n".join(paragraphs * times) + "\n"


# Sizes of the large drafts whose peak memory is measured, in bytes: a long report and one
# just under the largest draft newslint reads by default (document.MAX_DRAFT_SIZE, 2 MB).
LARGE_DRAFTS = (950_000, 1_900_000)


def large_draft_runs(newslint: list[str], paths: list[Path], work: Path, repeat: int):
    """(size, Run) of a draft of each of ``LARGE_DRAFTS`` bytes made of the folder's drafts
    one after another (as often as it takes), cut at the end of a paragraph."""
    unit = "".join(p.read_text(encoding="utf-8", errors="replace").rstrip("\n") + "\n\n" for p in paths)
    suffix = paths[0].suffix
    for size in LARGE_DRAFTS:
        data = (unit * (size // max(len(unit.encode()), 1) + 1)).encode()[:size]
        data = data[: data.rfind(b"\n\n") + 2] if b"\n\n" in data else data
        draft = work / f"large-{size}{suffix}"
        draft.write_bytes(data)
        yield len(data), median_runs({"large": newslint + [str(draft)]}, repeat)["large"]


def line(label: str, figure: str, target: str = "") -> None:
    print(f"  {label:<38} {figure:<34} {target}")


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="a folder of drafts (default: generated)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--drafts", type=int, default=300, help="drafts to generate without CORPUS")
    parser.add_argument("--big", action="store_true", help="also time a 50 MB draft (slow)")
    parser.add_argument("--no-proselint", action="store_true")
    parser.add_argument("--cold", action="store_true", help="time only the cold single drafts")
    parser.add_argument("--user-cache", action="store_true",
                        help="run newslint with the user's cache folder (default: one of the benchmark's own, warmed first)")
    parser.add_argument("--rules", action="store_true", help="CPU time per rule and analysis, in this process")
    parser.add_argument("--instructions", action="store_true",
                        help="with --rules --cold: instructions per phase (valgrind), not time")
    parser.add_argument("--model", action="store_true", help="time rule G322 (the language model) instead")
    args = parser.parse_args()
    if args.model:
        return model_timings(args.corpus, args.drafts, args.repeat)
    if args.rules and args.cold and args.instructions:
        return cold_rule_instructions(args.corpus, args.drafts, args.user_cache)
    if args.rules and args.cold:
        return cold_rule_timings(args.corpus, args.drafts, args.repeat, args.user_cache)
    if args.rules:
        return rule_timings(args.corpus, args.drafts)

    newslint = newslint_command()
    proselint = None if args.no_proselint else proselint_command()
    work = Path(tempfile.mkdtemp(prefix="newslint-bench-"))
    try:
        corpus = args.corpus or generated_corpus(work / "corpus", args.drafts)
        paths = drafts_in(corpus)
        if not paths:
            sys.exit(f"bench: no drafts in {corpus}")
        words = words_in(paths)
        print(f"newslint benchmark: {len(paths)} drafts, {words:,} words in {corpus}; "
              f"median of {args.repeat} runs; {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
        if not args.user_cache:
            # a cache folder of the benchmark's own, warmed by one untimed run: the table of
            # compiled patterns that this version keeps (a user's steady state), not one that
            # other versions' patterns have swollen (every run reads it whole)
            os.environ["NEWSLINT_CACHE_DIR"] = str(work / "cache")
            run(newslint + ["-j", "1"] + [str(p) for p in cold_drafts(paths)])
            if not args.cold:
                run(newslint + ["-j", "1", str(corpus)])

        if not args.cold:  # --cold: only the cold single drafts
            print("\nWhole corpus (default rules, no cache):")
            commands = {"newslint -j1": newslint + ["-j", "1", str(corpus)],
                        "newslint -j2": newslint + ["-j", "2", str(corpus)]}
            if proselint:
                commands["proselint"] = proselint + [str(corpus)]
            results = median_runs(commands, args.repeat)
            for name, r in results.items():
                line(name, f"{r.wall:6.2f} s wall, {r.cpu:6.2f} s CPU, {words / r.wall:8,.0f} words/s, "
                           f"{r.peak_mb:5.0f} MB")
            one, two = results["newslint -j1"], results["newslint -j2"]
            line("-j2 against -j1", f"{one.wall / two.wall:.2f}×", f"target ≥ 1.7× ({verdict(one.wall / two.wall >= 1.7)})")
            line("peak memory, one process", f"{one.peak_mb:.0f} MB", f"target ≤ 150 MB ({verdict(one.peak_mb <= 150)})")
            if proselint:
                ratio = results["proselint"].cpu / one.cpu
                line("throughput against proselint (CPU)", f"{ratio:.2f}×", f"target ≥ 3× ({verdict(ratio >= 3)})")

        print("\nOne draft, cold (the median-sized draft of each kind):")
        for draft in cold_drafts(paths):
            commands = {f"newslint {draft.name}": newslint + [str(draft)]}
            if proselint:
                commands[f"proselint {draft.name}"] = proselint + [str(draft)]
            results = median_runs(commands, args.repeat)
            for name, r in results.items():
                line(name, f"{r.wall:6.3f} s wall, {r.cpu:6.3f} s CPU")
            if proselint:
                ours, theirs = results[f"newslint {draft.name}"].cpu, results[f"proselint {draft.name}"].cpu
                line("newslint against proselint (CPU)", f"{ours / theirs:.2f}× the time",
                     f"target ≤ 1× ({verdict(ours <= theirs)})")
        if proselint:
            # The rows above lint one draft again and again, as an editor's saves and a hook do;
            # what newslint keeps between runs (compiled patterns, the tagger's first rows) helps
            # that case most. Here each run lints a draft the timed runs have not linted yet.
            print(f"\nOne draft, cold, each run a draft not linted before ({args.repeat} drafts of "
                  "about the median size, each kind):")
            for draft in cold_drafts(paths):
                ratios = []
                for other in size_neighbours(paths, draft, args.repeat):
                    ratios.append(run(newslint + [str(other)]).cpu / max(run(proselint + [str(other)]).cpu, 1e-3))
                ratio = statistics.median(ratios)
                line(f"newslint against proselint, {draft.suffix}", f"{ratio:.2f}× the time (median of the drafts)",
                     f"target ≤ 1× ({verdict(ratio <= 1)})")
        if args.cold:
            return 0

        print("\nGrowth (one draft's text, 1× and 10×):")
        # about 5,000 words of the corpus's own text, so that checking, not start-up, dominates
        text, taken = "", 0
        for path in sorted(paths, key=lambda p: p.stat().st_size, reverse=True):
            text += path.read_text(encoding="utf-8", errors="replace") + "\n\n"
            taken += 1
            if len(text.split()) >= 5000:
                break
        for one_line in (False, True):
            shape = "one line" if one_line else "one file"
            small, large = work / f"x1-{shape[4:]}.md", work / f"x10-{shape[4:]}.md"
            small.write_text(grown(text, 1, one_line), encoding="utf-8")
            large.write_text(grown(text, 10, one_line), encoding="utf-8")
            tiny = work / "tiny.md"
            tiny.write_text("The council met on Monday.\n", encoding="utf-8")
            results = median_runs({"1×": newslint + [str(small)], "10×": newslint + [str(large)],
                                   "start-up": newslint + [str(tiny)]}, args.repeat)
            # start-up is the same for both: the growth of the checking itself is what counts
            # CPU time, which a busy machine disturbs less than wall time
            base = min(results["start-up"].cpu, results["1×"].cpu)
            ratio = (results["10×"].cpu - base) / max(results["1×"].cpu - base, 1e-3)
            line(f"{shape}: 10× the text", f"{ratio:.1f}× the time (less start-up)", f"target ≤ 11× ({verdict(ratio <= 11)})")

        print("\nLarge drafts (the folder's drafts one after another, in one file):")
        for size, r in large_draft_runs(newslint, paths, work, args.repeat):
            line(f"{size / 1e6:.2f} MB", f"{r.cpu:6.2f} s CPU, {r.peak_mb:5.0f} MB, exit {r.returncode}",
                 f"target ≤ 150 MB ({verdict(r.peak_mb <= 150)})")

        if args.big:
            print("\nA 50 MB draft:")
            big = work / "big.md"
            unit = grown(text, 1, False)
            big.write_text(unit * (50_000_000 // len(unit.encode()) + 1), encoding="utf-8")
            r = run(newslint + [str(big)], timeout=120)
            line("50 MB", f"{r.wall:6.1f} s, {r.peak_mb:.0f} MB, exit {r.returncode}",
                 f"target ≤ 60 s, ≤ 500 MB ({verdict(r.wall <= 60 and r.peak_mb <= 500)})")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def model_timings(corpus: Path | None, drafts: int, repeat: int) -> int:
    """Rule G322 on the median-sized draft of each kind, run by ONNX Runtime and by numpy."""
    newslint = newslint_command() + ["--select", "G322"]
    with tempfile.TemporaryDirectory(prefix="newslint-bench-") as work:
        paths = drafts_in(corpus or generated_corpus(Path(work) / "corpus", drafts))
        print(f"G322 benchmark: median of {repeat} runs; {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
        for draft in cold_drafts(paths):
            words = words_in([draft])
            results = median_runs({
                "ONNX Runtime": newslint + [str(draft)],
                "numpy": ["env", "NEWSLINT_MODEL_RUNTIME=numpy", *newslint, str(draft)],
            }, repeat)
            print(f"\n{draft.name}, {words:,} words:")
            for name, r in results.items():
                line(name, f"{r.wall:6.2f} s wall, {words / r.wall:6.0f} words/s, {r.peak_mb:5.0f} MB")
    return 0


def rule_timings(corpus: Path | None, drafts: int) -> int:
    """Where the CPU time of one single-process run over ``corpus`` goes (``--rules``)."""
    try:
        from newslint import document, engine
        from newslint.run import Run
    except ImportError:
        sys.exit("bench: --rules needs newslint importable (run it with newslint's Python)")
    from collections import Counter

    work = Path(tempfile.mkdtemp(prefix="newslint-bench-"))
    try:
        corpus = corpus or generated_corpus(work / "corpus", drafts)
        paths = drafts_in(corpus)
        timings = engine.TIMINGS = Counter()
        reading = document.Document.__init__

        def timed_init(self, *args, **kwargs):
            started = time.process_time()
            reading(self, *args, **kwargs)
            timings["reading drafts into Documents"] += time.process_time() - started

        document.Document.__init__ = timed_init
        triggered = _time_lazy_tagging(engine, timings)
        started = time.process_time()
        Run(jobs=1, backends=()).lint([str(corpus)])
        total = time.process_time() - started
    finally:
        engine.TIMINGS = None
        shutil.rmtree(work, ignore_errors=True)
    timings["the rest"] = total - sum(timings.values())
    print(f"One run, -j1, in this process: {len(paths)} drafts, {total:.2f} s CPU; "
          f"load {os.getloadavg()[0]:.2f}")
    for name, seconds in timings.most_common():  # every rule and analysis, costliest first
        print(f"  {name:<40} {seconds:6.3f} s  {100 * seconds / total:5.1f}%")
    if triggered:
        print("Sentences tokenized and tagged for (their time is above, not in the rule's):")
        for code, seconds in triggered.most_common():
            print(f"  {code:<40} {seconds:6.3f} s")
    return 0


def _time_lazy_tagging(engine, timings) -> "Counter":
    """Count the sentences' tokens and tags, which rules make lazily as they read them, as
    their own lines of ``timings`` rather than in the rule that read them first; return the
    time by that rule."""
    from collections import Counter

    from newslint.analysis import tags

    clock = time.process_time
    triggered: Counter = Counter()
    running = [None]  # the code of the rule running, while it runs

    def timed_rule(doc, rule, context):
        for name in engine.needs_of(rule):
            started = clock()
            doc.analysis(name)
            timings["analysis " + name] += clock() - started
        running[0] = rule.code
        started = clock()
        try:
            return engine._at_most(rule, rule.run(doc, context))
        finally:
            running[0] = None
            timings[rule.code] += clock() - started

    def counted_apart(name, work):
        def timed(*args):
            started = clock()
            try:
                return work(*args)
            finally:
                spent = clock() - started
                timings[name] += spent
                if running[0] is not None:
                    timings[running[0]] -= spent
                    triggered[running[0]] += spent

        return timed

    engine._timed = timed_rule
    through = counted_apart("tagging sentences (as rules read them)", tags._TaggedTokens._through)
    tags._TaggedTokens._through = through
    tags.TaggedSentence._tokenize = counted_apart("tokenizing sentences (for the tagger)", tags.TaggedSentence._tokenize)
    return triggered


# Run in a process of its own by ``cold_rule_timings``: one cold ``newslint check`` of the draft
# named by argv[1], as the console script runs it, with CPU seconds per phase written to argv[2].
_COLD_PROBE = """
import sys, time
clock = time.process_time
report = sys.argv[2]
spent = {"start-up (interpreter, site)": clock()}
import newslint.__main__ as cli  # the console script's code: 'check' read without click
spent["importing the command line"] = clock() - sum(spent.values())
import json
from collections import Counter
import newslint.cli_common as common
timings = Counter()
keep = common.keep_compiled_patterns
def timed_keep():
    # The command calls this once it has put the module bundle in place: the pattern table is
    # read here, and the engine imported after both, as the run imports it (imported before,
    # its modules and their patterns would be read and compiled the slow way, ~10 ms more)
    started = clock()
    try:
        keep()
    finally:
        timings["reading the compiled patterns (pattern_cache)"] += clock() - started
    from newslint import engine
    engine.TIMINGS = timings
    registry = engine._builtin_rules  # what builtin_rules and selected_rules both call
    def timed_registry(*args):
        started = clock()
        try:
            return registry(*args)
        finally:
            timings["rule registry (importing the rules)"] += clock() - started
    engine._builtin_rules = timed_registry
common.keep_compiled_patterns = timed_keep
sys.argv = ["newslint", "check", "--no-cache", "--format", "json", "--fail-on", "never", sys.argv[1]]
try:
    cli.main()
except SystemExit:
    pass
total = clock()
spent.update(timings)
spent["the rest (imports on the way, settings, gate, report)"] = total - sum(spent.values())
with open(report, "w") as out:
    json.dump({"total": total, **spent}, out)
"""


def cold_rule_timings(corpus: Path | None, drafts: int, repeat: int, user_cache: bool = False) -> int:
    """Where the CPU time of one cold draft goes (``--rules --cold``): medians of ``repeat``
    processes for each of ``cold_drafts``."""
    import json

    work = Path(tempfile.mkdtemp(prefix="newslint-bench-"))
    try:
        corpus = corpus or generated_corpus(work / "corpus", drafts)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        chosen = cold_drafts(drafts_in(corpus))
        if not user_cache:  # a warmed cache folder of the benchmark's own, as for the cold runs
            env["NEWSLINT_CACHE_DIR"] = str(work / "cache")
            subprocess.run(newslint_command() + ["-j", "1"] + [str(p) for p in chosen],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        for draft in chosen:
            runs: list[dict[str, float]] = []
            for _ in range(repeat):
                report = work / "spent.json"
                subprocess.run([sys.executable, "-c", _COLD_PROBE, str(draft), str(report)],
                               stdout=subprocess.DEVNULL, check=True, env=env)
                runs.append(json.loads(report.read_text()))
            medians = {k: statistics.median(r.get(k, 0.0) for r in runs) for k in runs[0]}
            total = medians.pop("total")
            print(f"One cold draft, {draft.name}: {1000 * total:.0f} ms CPU (median of {repeat}; "
                  f"load {os.getloadavg()[0]:.2f})")
            for name, seconds in sorted(medians.items(), key=lambda kv: -kv[1]):
                # every phase of the run, and the rules and analyses that took 0.5 ms or more
                phase = not (name.startswith("analysis ") or name[:1].isupper() and name[1:].isdigit())
                if phase or seconds >= 0.0005:
                    print(f"  {name:<56} {1000 * seconds:6.1f} ms  {100 * seconds / total:5.1f}%")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


# Run under callgrind by ``cold_rule_instructions``: one cold ``newslint check`` of the draft
# named by argv[1], as ``_COLD_PROBE`` runs it, calling os.getppid() at the end of each phase
# (callgrind writes its counts at each call, ``--dump-before=getppid``) and writing the phases'
# names, in order, to the file named by NEWSLINT_BENCH_PHASES, each with the page faults the
# process had taken by then (what it records when run without valgrind).
_INSTRUCTION_PROBE = """
import os, sys
sys.path[0] = os.path.dirname(sys.executable)  # the console script's first folder, not this one's
import resource
phases = []
def ended(name):
    phases.append("%s\\t%d" % (name, resource.getrusage(resource.RUSAGE_SELF).ru_minflt))
    os.getppid()
ended("start-up (interpreter, site)")
import newslint.__main__ as cli
ended("importing the command line")
import newslint.cli_common as common
keep = common.keep_compiled_patterns
def marked_keep():
    ended("the rest (imports on the way, settings, gate, report)")
    keep()
    ended("reading the compiled patterns (pattern_cache)")
    from newslint import engine
    registry = engine._builtin_rules
    def marked_registry(*args):
        ended("the rest (imports on the way, settings, gate, report)")
        try:
            return registry(*args)
        finally:
            ended("rule registry (importing the rules)")
    engine._builtin_rules = marked_registry
    def marked_rule(doc, rule, context):
        ended("the rest (imports on the way, settings, gate, report)")
        for name in engine.needs_of(rule):
            doc.analysis(name)
            ended("analysis " + name)
        try:
            return engine._at_most(rule, rule.run(doc, context))
        finally:
            ended(rule.code)
    engine._timed = marked_rule
    from collections import Counter
    engine.TIMINGS = Counter()  # (what makes the engine call _timed)
common.keep_compiled_patterns = marked_keep
sys.argv = ["newslint", "check", "--no-cache", "--format", "json", "--fail-on", "never", sys.argv[1]]
try:
    cli.main()
except SystemExit:
    pass
ended("the rest (imports on the way, settings, gate, report)")
with open(os.environ["NEWSLINT_BENCH_PHASES"], "w") as out:
    out.write("\\n".join(phases))
"""


def cold_rule_instructions(corpus: Path | None, drafts: int, user_cache: bool = False) -> int:
    """Where the instructions of one cold draft go (``--rules --cold --instructions``): one run
    of each of ``cold_drafts`` under callgrind, its counts written at the end of each phase."""
    if shutil.which("valgrind") is None:
        sys.exit("bench: --instructions needs valgrind (apt-get install valgrind)")
    work = Path(tempfile.mkdtemp(prefix="newslint-bench-"))
    try:
        corpus = corpus or generated_corpus(work / "corpus", drafts)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONHASHSEED"] = "0"  # the same sets, and so the same work, at every run
        chosen = cold_drafts(drafts_in(corpus))
        if not user_cache:
            env["NEWSLINT_CACHE_DIR"] = str(work / "cache")
        for _ in range(2):  # the compiled patterns and modules kept, as a user's are
            subprocess.run(newslint_command() + ["-j", "1"] + [str(p) for p in chosen],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        for draft in chosen:
            out = work / "counts"
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            env["NEWSLINT_BENCH_PHASES"] = str(out / "phases")
            probe = [sys.executable, "-c", _INSTRUCTION_PROBE, str(draft)]
            subprocess.run(probe, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
            faults: dict[str, int] = {}  # page faults by phase, in a run of its own without valgrind
            taken = 0
            for line in (out / "phases").read_text().split("\n"):
                name, _, count = line.rpartition("\t")
                faults[name] = faults.get(name, 0) + int(count) - taken
                taken = int(count)
            subprocess.run(["valgrind", "--tool=callgrind", "--dump-before=getppid",
                            f"--callgrind-out-file={out / 'counts'}"] + probe,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
            names = [line.rpartition("\t")[0] for line in (out / "phases").read_text().split("\n")]
            spent: dict[str, int] = {}
            for number, name in enumerate(names, 1):
                spent[name] = spent.get(name, 0) + _callgrind_total(out / f"counts.{number}")
            total = sum(spent.values())
            print(f"One cold draft, {draft.name}: {total / 1e6:.1f} M instructions (callgrind, one run), "
                  f"{taken:,} page faults (a run without valgrind)")
            for name, count in sorted(spent.items(), key=lambda kv: -kv[1]):
                phase = not (name.startswith("analysis ") or name[:1].isupper() and name[1:].isdigit())
                if phase or count >= 2_000_000 or faults.get(name, 0) >= 100:
                    print(f"  {name:<56} {count / 1e6:7.1f} M  {100 * count / total:5.1f}%  {faults.get(name, 0):6,} faults")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _callgrind_total(path: Path) -> int:
    """The instructions counted in one of callgrind's files (its ``totals:`` line)."""
    for line in path.read_text().splitlines():
        if line.startswith(("totals:", "summary:")):
            return int(line.split()[1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
