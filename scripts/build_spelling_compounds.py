#!/usr/bin/env python3
"""Build data/spelling_compounds.txt: compounds English writes with a hyphen, from WordNet.

    apt-get install wordnet-base       # build-time only: /usr/share/wordnet/index.*
    python3 scripts/build_spelling_compounds.py [--wordnet /usr/share/wordnet]

S101 reads the file to tell a compound written solid or inflected ("cleareyed", "high-fiving",
"high fiving") from a slip: the compound is attested ("clear-eyed", "high-five"), so its parts
belong together, while two words a slip runs together ("alot", "infact") are no compound of
any list. Kept: every two-part lemma of WordNet 3.0's noun, verb, adjective and adverb
indexes whose parts are three letters or more, letters only, and both words of newslint's lexicon, and whose
solid form the lexicon lacks (a solid form it has needs no help). One compound a line, lower
case, sorted.

WordNet 3.0 © 2006 Princeton University, under the WordNet 3.0 licence (permission to use,
copy, modify and distribute for any purpose, the copyright notice kept): see
data/spelling_sources.txt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from newslint.analysis import lexicon as lx  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "newslint" / "data" / "spelling_compounds.txt"
HYPHENATED = frozenset(
    "self ex all well ill half twenty thirty forty fifty sixty seventy eighty ninety".split()
)
INDEXES = ("index.noun", "index.verb", "index.adj", "index.adv")
HEADER = """\
# Compounds English writes with a hyphen (WordNet 3.0, Princeton University; WordNet 3.0
# licence), whose parts are both newslint lexicon words and whose solid form it lacks;
# none whose first part style guides keep hyphenated ("self-", "well-", "forty-").
# Built by scripts/build_spelling_compounds.py; see spelling_sources.txt.
"""


def compounds(folder: Path) -> list[str]:
    found = set()
    for name in INDEXES:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue  # the licence at the top
            lemma = line.split(" ", 1)[0]
            parts = lemma.split("-")
            if len(parts) != 2 or parts[0] in HYPHENATED or not all(len(p) >= 3 and p.isalpha() and p.isascii() for p in parts):
                continue
            if all(lx.is_word(p) for p in parts) and not lx.is_word("".join(parts)):
                found.add(lemma.lower())
    return sorted(found)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = parser.parse_args(argv)
    found = compounds(args.wordnet)
    OUT.write_text(HEADER + "".join(f"{c}\n" for c in found), encoding="utf-8")
    print(f"{len(found)} compounds -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
