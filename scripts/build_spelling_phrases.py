#!/usr/bin/env python3
"""Build data/spelling_phrases.txt: phrases of two to four words that WordNet lists and whose
words are not all English words on their own ("lis pendens", "cantus firmus", "Musca
domestica", "memento mori").

    apt-get install wordnet-base       # build-time only: /usr/share/wordnet/index.*
    python3 scripts/build_spelling_phrases.py [--wordnet /usr/share/wordnet]

S101 and S103 accept such a word only beside its partners, as they accept the hand-written
foreign phrases of data/spelling_foreign_phrases.txt: a phrase is attested as a whole, so a
word of it written inside it is no slip ("nolo contendere"), while the same word alone is
judged as before. Kept: every lemma of WordNet 3.0's noun, verb, adjective and adverb indexes
of two to four words, letters only, of which at least one is no word of newslint's lexicon;
not a taxonomic group named with its rank ("genus agrimonia", "family suidae": text writes
the group's name alone, capitalised). One phrase a line, lower case, sorted.

WordNet 3.0 © 2006 Princeton University, under the WordNet 3.0 licence (permission to use,
copy, modify and distribute for any purpose, the copyright notice kept): see
data/spelling_sources.txt. Only the lemmas are taken.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from newslint.analysis import lexicon as lx  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "newslint" / "data" / "spelling_phrases.txt"
INDEXES = ("index.noun", "index.verb", "index.adj", "index.adv")
RANKS = frozenset(
    "kingdom subkingdom phylum subphylum division subdivision superclass class subclass "
    "superorder order suborder superfamily family subfamily tribe genus subgenus".split()
)
HEADER = """\
# Phrases WordNet 3.0 lists (Princeton University; WordNet 3.0 licence) of which a word is no
# newslint lexicon word: S101 and S103 accept that word beside its partners.
# Built by scripts/build_spelling_phrases.py; see spelling_sources.txt.
"""


def phrases(folder: Path) -> list[str]:
    found = set()
    for name in INDEXES:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue  # the licence at the top
            words = line.split(" ", 1)[0].lower().split("_")
            if not 2 <= len(words) <= 4 or words[0] in RANKS:
                continue
            if not all(w.isalpha() and w.isascii() for w in words):
                continue
            if not all(lx.is_word(w) for w in words):
                found.add(" ".join(words))
    return sorted(found)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    found = phrases(args.wordnet)
    args.out.write_text(HEADER + "".join(f"{p}\n" for p in found), encoding="utf-8")
    print(f"{len(found)} phrases -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
