#!/usr/bin/env python3
"""Count, over English Wikipedia, how often each plural noun stands before a noun as a plural
("the sports car", "the farmers market") and how often its possessive does ("the mother's
womb", "the mothers' union"), and write ``newslint/data/owner_plurals.txt``.

    python3 scripts/build_owner_plurals.py [--wiki DIR] [--out FILE]

G103 reads a plural between a determiner and a noun ("the governments answer") as a
possessive without its apostrophe when English writes that word's possessive before a noun
and seldom the plural itself: a fact about the word, not about the pair, so it holds for
pairs the text never saw. Only lines of at least six words are read, and only before a
noun that is nothing else in newslint's word list ("womb", not "answer"), so that "as the
years passed" is not counted as a plural before a noun. The files AD_50 to AD_99 are not
read: they are the held-out Wikipedia text the rules are checked on. Only counts are
written (facts about words, not text); the text stays outside the repository.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.checks.apostrophes.possessive import _noun_singular  # noqa: E402

WIKI = Path("/tmp/rw-corpus/wiki")
OUT = ROOT / "newslint" / "data" / "owner_plurals.txt"
# A plural or a possessive in small letters and the word after it.
_PAIR = re.compile(r"(?<![\w'’-])([a-z]+)(s['’]|['’]s|s)[ ]([a-z]+)(?![\w'’-])")
# A plural is written when its possessive stood before a noun at least MIN_OWNER times.
MIN_OWNER = 10


def counted_files(wiki: Path) -> list[Path]:
    """Every file but text_AD_wiki_50 to _99, held out."""
    return sorted(
        p for p in wiki.iterdir()
        if p.name.startswith("text_") and not (p.name.startswith("text_AD_wiki_") and int(p.name[-2:]) >= 50)
    )


def count(files: list[Path]) -> tuple[Counter, Counter, Counter]:
    """(plural -> times before a noun, singular -> times "singular's" was, plural -> times
    "plural'" was)."""
    plural_before, owner_before, plural_owner_before = Counter(), Counter(), Counter()
    noun_only: dict[str, bool] = {}
    for path in files:
        with path.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                if line.startswith("<") or len(line.split()) < 6:
                    continue
                for match in _PAIR.finditer(line):
                    stem, ending, after = match.groups()
                    known = noun_only.get(after)
                    if known is None:
                        known = noun_only[after] = lx.tags(after) == "n"
                    if not known:
                        continue
                    if ending == "s":
                        plural_before[stem + "s"] += 1
                    elif ending[0] == "s":
                        plural_owner_before[stem + "s"] += 1  # "the mothers' union"
                    else:
                        owner_before[stem] += 1
    return plural_before, owner_before, plural_owner_before


def write(plural_before: Counter, owner_before: Counter, plural_owner_before: Counter, out: Path) -> int:
    candidates = set(plural_before) | set(plural_owner_before) | {singular + "s" for singular in owner_before}
    rows = []
    for plural in sorted(candidates):
        singular = _noun_singular(plural)
        if singular is None:
            continue
        owners = owner_before[singular] + plural_owner_before[plural]
        if owners >= MIN_OWNER:
            rows.append((plural, plural_before[plural], owners))
    with out.open("w", encoding="utf-8") as f:
        f.write("# plural, times before a noun as written, times its possessive was (\"mother's\" or \"mothers'\")\n")
        f.write("# built by scripts/build_owner_plurals.py; sources and licence: owner_plurals_sources.txt\n")
        for plural, before, owners in rows:
            f.write(f"{plural}\t{before}\t{owners}\n")
    return len(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wiki", type=Path, default=WIKI)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    files = counted_files(args.wiki)
    rows = write(*count(files), args.out)
    print(f"{len(files)} files, {rows} plurals written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
