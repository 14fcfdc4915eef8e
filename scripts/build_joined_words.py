#!/usr/bin/env python3
"""Build ``newslint/data/joined_words.txt``: the words S105 (joined-words) may read as two
words written as one ("everyday" for "every day", "maybe" for "may be", "setup" for "set up").

    python3 scripts/build_joined_words.py [--out FILE]

A word is listed when it is a word of newslint's lexicon at Zipf ``ZIPF_FLOOR`` or more, of
four letters or more, that two words of the lexicon make (the first "a" or of two letters or
more, the second of two or more), and the counts of ``data/near_words.bin`` (about 78 million
words of openly licensed English, the Wikipedia files text_AD_wiki_80 to 99 left out) write
those two words side by side at least ``RATIO_FLOOR`` times for each time they write the
word: below that, the two words are too rare beside the one for the neighbours to outweigh
it. Of several ways to split a word, the one the counts write most often. Each line: the
word, its two halves, the two counts (one word, two words), tab-separated. Only words and
counts are kept, nothing of any text; the licences are those of spelling_sources.txt and
near_words_sources.txt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.analysis.dictionary import _bands  # noqa: E402
from newslint.checks.confusables import near_words  # noqa: E402

ZIPF_FLOOR = 3.0
RATIO_FLOOR = 0.05
OUT = ROOT / "newslint" / "data" / "joined_words.txt"


def best_split(table, word: str):
    """(count of the two words, first, second) of the split the counts write most often."""
    best = None
    for i in range(1, len(word) - 1):
        first, second = word[:i], word[i:]
        if i == 1 and first != "a":
            continue
        if not (lx.table_zipf(first) and lx.table_zipf(second)):
            continue
        seen = table.count(first, second)
        if seen and (best is None or seen > best[0]):
            best = (seen, first, second)
    return best


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    table = near_words.counts()
    rows = []
    for _, band in _bands(ZIPF_FLOOR):
        for word in band:
            if len(word) < 4 or not (word.isascii() and word.isalpha()):
                continue
            alone = table.count(word)
            if not alone:
                continue
            split = best_split(table, word)
            if split is not None and split[0] >= RATIO_FLOOR * alone:
                rows.append((word, split[1], split[2], alone, split[0]))
    rows.sort()
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# Built by scripts/build_joined_words.py (see there): word, first half, second half,\n")
        out.write("# counted as one word, counted as two. Sources: spelling_sources.txt, near_words_sources.txt.\n")
        for word, first, second, alone, together in rows:
            out.write(f"{word}\t{first}\t{second}\t{alone:.0f}\t{together:.0f}\n")
    print(f"{len(rows)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
