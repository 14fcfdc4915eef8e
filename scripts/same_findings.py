#!/usr/bin/env python3
"""Whether two installs of newslint report byte-identical findings: the check behind every
change that is meant to be faster and to find the same.

    python3 scripts/same_findings.py BEFORE AFTER [FOLDER ...]

BEFORE and AFTER are two installs' ``newslint`` commands (or the ``bin`` folders of their
virtual environments), say one of main's commit and one of a branch. Each is run over each
FOLDER (default: the evaluation's dev docs, clean and corpus folders and real-dev's cases,
in ``shared/eval`` beside the repository or beside a folder above it) as ``newslint check --no-cache --format json
--fail-on never -j1``, from a folder of its own, so that neither imports the other's code
from the current folder, and with a cache folder of its own, so that neither reads compiled
patterns the other wrote. It prints, for each folder, "identical" with the size of the JSON
or "DIFFERENT" with the first line that differs, and exits with 1 when any folder differs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

# ``shared/eval`` beside the repository, or beside a folder above it (a worktree's clone)
EVAL = next(
    (up / "shared" / "eval" for up in Path(__file__).resolve().parents[1].parents if (up / "shared" / "eval").is_dir()),
    Path(__file__).resolve().parents[1].parent / "shared" / "eval",
)
FOLDERS = [EVAL / "dev" / "docs", EVAL / "dev" / "clean", EVAL / "dev" / "corpus", EVAL / "real-dev" / "cases"]


def command(install: str) -> str:
    """The newslint command of ``install``: the command itself, or the one in that folder."""
    path = Path(install)
    return str(path / "newslint") if path.is_dir() else install


def findings(newslint: str, folder: Path, work: Path, name: str) -> bytes:
    """The JSON findings of ``newslint`` over ``folder``, run from ``work`` with a cache of its own."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["NEWSLINT_CACHE_DIR"] = str(work / f"cache-{name}")
    done = subprocess.run(
        [newslint, "check", "--no-cache", "--format", "json", "--fail-on", "never", "-j1", str(folder)],
        cwd=work, env=env, capture_output=True,
    )
    if done.returncode != 0:
        sys.exit(f"same_findings: {newslint} over {folder} exited {done.returncode}: "
                 f"{done.stderr.decode(errors='replace').strip()[:300]}")
    return done.stdout


def first_difference(before: bytes, after: bytes) -> str:
    lines = zip(before.decode(errors="replace").splitlines(), after.decode(errors="replace").splitlines())
    for number, (one, other) in enumerate(lines, 1):
        if one != other:
            return f"line {number}: {one.strip()!r} / {other.strip()!r}"
    return f"one is longer ({len(before)} against {len(after)} bytes)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", help="newslint command, or the bin folder of its venv")
    parser.add_argument("after", help="the same, of the other install")
    parser.add_argument("folders", nargs="*", type=Path, help="folders of drafts (default: dev docs, clean, corpus, real-dev cases)")
    args = parser.parse_args()
    folders = args.folders or [f for f in FOLDERS if f.is_dir()]
    if not folders:
        sys.exit(f"same_findings: no folders given and none in {EVAL}")
    differ = False
    with tempfile.TemporaryDirectory(prefix="same-findings-") as work:
        for folder in folders:
            before = findings(command(args.before), folder, Path(work), "before")
            after = findings(command(args.after), folder, Path(work), "after")
            if before == after:
                print(f"{folder}: identical ({len(before):,} bytes)")
            else:
                differ = True
                print(f"{folder}: DIFFERENT, {first_difference(before, after)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
