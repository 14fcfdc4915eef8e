#!/usr/bin/env python3
"""Lines of the repository that share a run of words with the research corpora.

    python3 scripts/find_corpus_copies.py ../shared/eval [--words 7]

The corpora in ../shared/eval are for measuring only: their text must never be copied into
the package, its tests, its examples or its docs. This lists every line of those files that
shares a run of --words words (letters, digits and apostrophes, case ignored) with any file
under the given folders, with the corpus file it shares them with. A short common phrase ("in
the second half of the year") can match by chance; read each one.
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCANNED = ("newslint", "tests", "examples", "scripts", "README.md", "docs")
_WORD = re.compile(r"[A-Za-z0-9']+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def repository_runs(size: int) -> dict[tuple[str, ...], list[tuple[str, int]]]:
    """Every run of ``size`` words in the scanned files, with every line that holds it."""
    runs: dict[tuple[str, ...], list[tuple[str, int]]] = {}
    for top in SCANNED:
        base = REPO / top
        paths = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for path in paths:
            if path.suffix in (".bin", ".gz", ".pyc") or path.name == Path(__file__).name:
                continue
            try:
                # "\n" inside a Python string is a line break, not the letter n of the next word
                text = path.read_text(encoding="utf-8").replace("\\n", "  ").replace("\\t", "  ")
            except (UnicodeDecodeError, OSError):
                continue
            for number, line in enumerate(text.splitlines(), 1):
                words = _words(line)
                for i in range(len(words) - size + 1):
                    runs.setdefault(tuple(words[i : i + size]), []).append((str(path.relative_to(REPO)), number))
    return runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="+", help="folders of research text (e.g. ../shared/eval)")
    parser.add_argument("--words", type=int, default=7, help="length of a shared run of words")
    args = parser.parse_args()
    runs = repository_runs(args.words)
    found: dict[tuple[str, int], tuple[str, str]] = {}
    for folder in args.corpora:
        for root, _dirs, files in os.walk(folder):
            for name in sorted(files):
                path = os.path.join(root, name)
                if name.endswith(".py"):
                    continue  # the scorers, not corpus text
                try:
                    words = _words(Path(path).read_text(encoding="utf-8", errors="ignore"))
                except OSError:
                    continue
                for i in range(len(words) - args.words + 1):
                    for where in runs.get(tuple(words[i : i + args.words]), ()):
                        if where not in found:
                            found[where] = (" ".join(words[i : i + args.words]), os.path.relpath(path, folder))
    for (file, line), (run, corpus_file) in sorted(found.items()):
        print(f"{file}:{line}: \"{run}\" ({corpus_file})")
    print(f"{len(found)} lines share a run of {args.words} words with the corpora")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
