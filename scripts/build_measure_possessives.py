#!/usr/bin/env python3
"""Build the nouns a plural of time takes as a possessive ("two years' experience").

    python3 scripts/build_measure_possessives.py [WIKI_DIR]   # default /tmp/rw-corpus/wiki

Needs nothing beyond Python, and the WikiExtractor files of English Wikipedia that
``scripts/build_ngrams.py`` reads (see ``newslint/data/ngrams_sources.txt`` for where they
come from; CC BY-SA 3.0). Writes ``newslint/data/measure_possessives.txt``.

After a number, a plural noun of time is a possessive when a noun follows it: "two years'
experience", "three weeks' notice", "ten years' imprisonment", "in a few days' time". Which
nouns follow that way is a matter of use, not of the part of speech ("two years while",
"four years saw", "20 minutes or so" are no possessives), so it is read from edited copy:
Wikipedia's text is counted for a number (digits, or a number word), a plural of time,
then a lower-case word, with the apostrophe ("years' experience") and without it. A word
is listed when Wikipedia writes it after the apostrophe at least ``LEAST`` times and in at
least ``SHARE`` of all the times (writers leave the apostrophe out too, so the share is
not one).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newslint" / "data" / "measure_possessives.txt"
DEFAULT = Path("/tmp/rw-corpus/wiki")

LEAST = 4
SHARE = 0.25
NUMBER = (
    r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|several|few)"
)
TIME = "seconds|minutes|hours|days|weeks|months|years|decades|centuries"
PATTERN = re.compile(rf"\b{NUMBER}[ ](?:{TIME})(['’]?)[ ]([a-z]+)\b")


# text_AD_wiki_80 .. 99 are the held-out clean copy rules are measured on: never counted
HELD_OUT = re.compile(r"AD_wiki_[89]\d$")


def count(folder: Path) -> tuple[Counter, Counter]:
    marked, bare = Counter(), Counter()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not HELD_OUT.search(p.name)):
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in PATTERN.finditer(text):
            (marked if match.group(1) else bare)[match.group(2)] += 1
    return marked, bare


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not folder.is_dir():
        print(f"no folder {folder}", file=sys.stderr)
        return 2
    marked, bare = count(folder)
    nouns = sorted(
        w for w, n in marked.items() if n >= LEAST and n >= SHARE * (n + bare[w])
    )
    header = (
        "# Nouns a plural of time takes as a possessive after a number (\"two years' experience\"):\n"
        "# those English Wikipedia writes so with the apostrophe at least 4 times and in at least\n"
        "# a quarter of all the times. Built by scripts/build_measure_possessives.py (sources and\n"
        "# licence: measure_possessives_sources.txt).\n"
    )
    OUT.write_text(header + "".join(f"{w}\n" for w in nouns), encoding="utf-8")
    print(f"{len(nouns)} nouns", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
