#!/usr/bin/env python3
"""Which words take a plural (or a mass noun) after them, read from the pair counts.

    python3 scripts/plural_governors.py [--zipf 4.3] [--min-pairs 300] [--top 70]

For every common word that the pair counts keep pairs of (``data/near_words.bin``, the
candidate words of S212, at least ``--zipf`` Zipf frequency), sums how often it was followed
by the singular and by the plural of each noun that ``noun_countability`` says is seldom bare
(``counting.count_only``), and prints the words with the highest share of plurals (those seen
in at least ``--min-pairs`` such pairs). G202's ``counting.PLURAL_OR_MASS`` ("more", "most",
"other", "different" ...) was chosen from this list; the counting words it already had
("several", "many", "various", "numerous", "few") head it. Some rows are noise: the counts are
kept under a 32-bit fingerprint, so a pair never seen may read another pair's count
("significantly" sits at the top that way), and nouns and verbs ("fees", "voting") are no
counting words. Reads only the package's own data.
"""

from __future__ import annotations

import argparse
import gzip

from newslint.analysis import lexicon as lx
from newslint.checks.agreement.counting import PLURAL_OR_MASS, QUANTIFIERS, count_only
from newslint.checks.confusables.near_words import DATA, candidate_words, counts
from newslint.checks.verbs import plural_of


def seldom_bare_nouns() -> list[str]:
    nouns = []
    with gzip.open(DATA / "noun_countability.txt.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or not line.strip():
                continue
            noun = line.split()[0]
            if count_only(noun) and plural_of(noun):
                nouns.append(noun)
    return nouns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zipf", type=float, default=4.3)
    parser.add_argument("--min-pairs", type=float, default=300)
    parser.add_argument("--top", type=int, default=70)
    args = parser.parse_args()
    nouns = seldom_bare_nouns()
    table = counts()
    words = sorted(w for w in candidate_words() if w.isalpha() and lx.zipf(w) >= args.zipf)
    print(f"{len(nouns)} nouns seldom bare; {len(words)} words read")
    rows = []
    for word in words:
        singular = sum(table.count(word, noun) for noun in nouns)
        plural = sum(table.count(word, plural_of(noun)) for noun in nouns)
        if singular + plural >= args.min_pairs:
            rows.append((plural / (singular + plural), singular + plural, word))
    rows.sort(reverse=True)
    for share, seen, word in rows[: args.top]:
        known = "in G202" if word in QUANTIFIERS or word in PLURAL_OR_MASS else ""
        print(f"{word:16}{share:6.3f} {seen:9.0f}  {lx.tags(word):4} {known}")


if __name__ == "__main__":
    main()
