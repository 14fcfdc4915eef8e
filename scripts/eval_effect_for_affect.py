#!/usr/bin/env python3
"""Write "effect" for the verb "affect" into clean sentences; measure what newslint finds.

    python3 scripts/eval_effect_for_affect.py [--bin DIR] [--select S205] [--show N]

Sentences that hold a form of "affect" ("affect", "affects", "affected", "affecting") are
taken from the article texts of ``../shared/eval/data/*.jsonl`` (news: PolNeAR, TempEval-3,
MEANTIME) and from Wikipedia text_AD_wiki_80..99 (``--wiki``; files no count of newslint's
was built from); read at run time, never copied into the repository. Each form in each
sentence is made the same form of "effect", one at a time, each in a paragraph of its own;
the drafts are linted with ``--select`` alone, and a slip is found when a finding overlaps
the changed word. The sentences as written are linted too: their findings are counted
(each a false alarm or a slip of the copy). Sentences fall into a tune half and a held-out
half by a hash of their text; ``--show`` prints misses of the tune half only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "data"
WIKI = Path("/tmp/rw-corpus/wiki")
_FORM = re.compile(r"(?<![\w'’-])(affect|affects|affected|affecting)(?![\w'’])")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def texts(data: Path, wiki: Path):
    for path in sorted(data.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            yield json.loads(line).get("text") or ""
    for n in range(80, 100):
        path = wiki / f"text_AD_wiki_{n}"
        if path.exists():
            yield "\n".join(line for line in path.read_text("utf-8").splitlines() if not line.startswith("<"))


def sentences(data: Path, wiki: Path) -> list[str]:
    found = set()
    for text in texts(data, wiki):
        for line in text.splitlines():
            if len(line.split()) < 6:
                continue
            for sentence in _SENTENCE.split(line):
                if _FORM.search(sentence) and len(sentence) < 400:
                    found.add(sentence.strip())
    return sorted(found)


def half(sentence: str) -> str:
    return "tune" if zlib.crc32(sentence.encode()) % 2 else "held-out"


def lint(bin_dir: str, select: str, paragraphs: list[str]) -> dict[int, list[tuple[int, int]]]:
    """line -> [(start, end) columns, 0-based] of the findings, one paragraph every second line
    from line 3."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "draft.txt")
        Path(path).write_text("Headline here\n\n" + "\n\n".join(paragraphs) + "\n", "utf-8")
        command = [os.path.join(bin_dir, "newslint"), "check", "--no-cache", "--select", select, "--format", "json", path]
        out = subprocess.run(command, capture_output=True, text=True).stdout
    found: dict[int, list[tuple[int, int]]] = {}
    for f in json.loads(out):
        found.setdefault(f["line"], []).append((f["column"] - 1, f["end_column"] - 1))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=os.path.dirname(sys.executable))
    parser.add_argument("--select", default="S205")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--wiki", type=Path, default=WIKI)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    every = sentences(args.data, args.wiki)
    for name in ("tune", "held-out"):
        chosen = [s for s in every if half(s) == name]
        slips = [(s, m.start(), "e" + m.group(1)[1:]) for s in chosen for m in _FORM.finditer(s)]
        written = [s[:at] + word + s[at + len(word) :] for s, at, word in slips]
        clean = lint(args.bin, args.select, chosen)
        found_at = lint(args.bin, args.select, written)
        found, misses = 0, []
        for k, (s, at, word) in enumerate(slips):
            hit = any(start <= at + len(word) and end >= at for start, end in found_at.get(3 + 2 * k, []))
            found += hit
            if not hit:
                misses.append(written[k][max(0, at - 60) : at + 50])
        print(
            f"{name}: {len(chosen)} sentences, {len(slips)} slips, found {found} = {found / max(1, len(slips)):.2f};"
            f" findings on the sentences as written: {sum(len(v) for v in clean.values())}"
        )
        if name == "tune":
            for miss in misses[: args.show]:
                print("  MISS", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
