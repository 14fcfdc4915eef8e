#!/usr/bin/env python3
"""What compiling newslint's hottest modules with Cython buys: an A/B of two installs of HEAD.

    python scripts/compiled_ab.py CORPUS COLD_DRAFT [--modules FILE ...] [--repeat 7]
                                  [--same DIR ...] [--work DIR]

Run it with a Python that has Cython (a build-time tool only: ``pip install Cython``; gcc and
Python's headers must be on the machine). It copies HEAD (``git archive``) twice into ``--work``
(default: a temporary folder), installs each into a virtual environment of its own
(``pip install --no-deps -e``, as the README and .ci/run do), and compiles ``--modules`` in the
second copy with Cython in pure-Python mode (the .py source as it is, its annotations not read
as C types: ``annotation_typing=False``; with them Cython rejects, for example, a ``list``
argument whose default is ``()``), each to an extension module beside its source, which Python
then imports instead of the .py. It prints:

- the CPU time (user + sys) of ``newslint check -j1`` over the folder CORPUS for each install,
  interleaved, the median of ``--repeat`` runs, and the change;
- the same for one draft, COLD_DRAFT (a cold start: extension modules load differently);
- whether the JSON findings of the two installs over each ``--same`` folder (default: CORPUS)
  are byte-identical.

Both installs run from outside either tree, each with a cache folder of its own, warmed by one
untimed run (the pattern table and the module bundle, ``module_cache.py``). The bundle answers
a module from its .py code while the source is unchanged, so a copy that had run before it was
compiled would never import the compiled module: the copies here are compiled before any run.

Measured 2026-12-01 (2 shared cores, load 4-6), Cython 3.3.1, gcc 12 -O2, see issue 14: the 8
default modules -4.4% CPU over eval/dev/corpus (-1.9% instructions, valgrind, 60 drafts), cold
draft +1%; the 47 modules that hold 90% of newslint's own Python time -6.9% CPU (-6.4%
instructions), cold drafts +5-8%. Findings byte-identical in both.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODULES = [
    "newslint/tagger.py",
    "newslint/tagger_features.py",
    "newslint/tokens.py",
    "newslint/document.py",
    "newslint/sentences.py",
    "newslint/analysis/tags.py",
    "newslint/prefilter.py",
    "newslint/analysis/vocabulary.py",
]


def install_copy(work: Path, name: str) -> Path:
    """HEAD copied into ``work/name`` and installed editable into ``work/venv-name``; its bin folder."""
    tree, venv = work / name, work / f"venv-{name}"
    tree.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "HEAD"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "--no-deps", "-e", str(tree)], check=True)
    return venv / "bin"


def compile_modules(tree: Path, modules: list[str]) -> None:
    """Each module compiled by Cython and gcc to an extension module beside its source."""
    cython = shutil.which("cython", path=str(Path(sys.executable).parent)) or shutil.which("cython")
    include, suffix = sysconfig.get_paths()["include"], sysconfig.get_config_var("EXT_SUFFIX")
    for module in modules:
        source = tree / module
        c_file = source.with_suffix(".c")
        dotted = module.removesuffix(".py").replace("/", ".")
        subprocess.run(
            [cython, "-3", "-X", "annotation_typing=False", "--module-name", dotted, str(source), "-o", str(c_file)],
            check=True,
        )
        target = str(source.with_suffix("")) + suffix
        subprocess.run(["gcc", "-shared", "-fPIC", "-O2", f"-I{include}", str(c_file), "-o", target], check=True)
        print(f"compiled {module}", file=sys.stderr)


def cpu_of(bin_folder: Path, cache: Path, args: list[str], output=subprocess.DEVNULL) -> float:
    """The user + sys CPU seconds of one ``newslint check`` run, from /tmp."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["NEWSLINT_CACHE_DIR"] = str(cache)
    command = [str(bin_folder / "newslint"), "check", "--no-cache", "--format", "json", "--fail-on", "never", "-j1"]
    process = subprocess.Popen([*command, *args], stdout=output, stderr=subprocess.DEVNULL, env=env, cwd="/tmp")
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_utime + usage.ru_stime


def interleaved(installs: dict[str, Path], work: Path, args: list[str], repeat: int) -> dict[str, float]:
    """Median CPU seconds of each install over ``args``, runs interleaved (order alternating)."""
    names = list(installs)
    for name in names:
        cpu_of(installs[name], work / f"cache-{name}", args)  # warms its cache folder
    times: dict[str, list[float]] = {name: [] for name in names}
    for i in range(repeat):
        for name in names if i % 2 == 0 else names[::-1]:
            times[name].append(cpu_of(installs[name], work / f"cache-{name}", args))
    return {name: statistics.median(runs) for name, runs in times.items()}


def report(label: str, medians: dict[str, float]) -> None:
    plain, compiled = medians["plain"], medians["compiled"]
    print(f"{label}: plain {plain:.3f} s, compiled {compiled:.3f} s CPU ({100 * (compiled / plain - 1):+.1f}%)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", nargs="+", default=DEFAULT_MODULES, help="source files to compile")
    parser.add_argument("corpus", type=Path, help="a folder of drafts")
    parser.add_argument("cold", type=Path, help="one draft, timed alone")
    parser.add_argument("--same", type=Path, nargs="*", default=None, help="folders whose findings must match")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--work", type=Path, help="where the two copies go (default: a temporary folder)")
    args = parser.parse_args()
    if shutil.which("cython", path=str(Path(sys.executable).parent)) is None and shutil.which("cython") is None:
        sys.exit("compiled_ab: needs Cython (pip install Cython) in the Python that runs this script")
    for path in (args.corpus, args.cold):
        if not path.exists():
            sys.exit(f"compiled_ab: {path}: no such file or folder")
    same = args.same if args.same is not None else [args.corpus]
    work = args.work or Path(tempfile.mkdtemp(prefix="compiled-ab-"))
    installs = {"plain": install_copy(work, "plain"), "compiled": install_copy(work, "compiled")}
    compile_modules(work / "compiled", args.modules)
    print(f"{len(args.modules)} modules compiled; copies in {work}")
    for folder in same:
        outputs = []
        for name, bin_folder in installs.items():
            out = work / f"findings-{name}-{folder.name}.json"
            with open(out, "wb") as handle:
                cpu_of(bin_folder, work / f"cache-{name}", [str(folder)], output=handle)
            outputs.append(out.read_bytes())
        print(f"findings over {folder}: {'identical' if outputs[0] == outputs[1] else 'DIFFERENT'}")
    report(f"corpus {args.corpus}", interleaved(installs, work, [str(args.corpus)], args.repeat))
    report(f"cold draft {args.cold.name}", interleaved(installs, work, [str(args.cold)], max(args.repeat, 15)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
