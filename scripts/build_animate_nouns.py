#!/usr/bin/env python3
"""Build ``newslint/data/animate_nouns.txt``: nouns that may stand for people (or animals, or
groups of either), which "who" may stand for ("the leader of the rebels, who").

    apt-get install wordnet-base   # WordNet 3.0's database files; build time only
    python3 scripts/build_animate_nouns.py

G203 reads the list when "who" follows a phrase after another noun ("a dalliance with
contenders who displays"): a noun that cannot stand for a person ("dalliance") is no
antecedent of "who", so the verb must agree with the noun just before it. A noun is listed
when one of its two commonest WordNet 3.0 senses is in the lexicographer file noun.person,
noun.animal or noun.group ("supporter", "elephant", "crowd", "system"); only one-word,
lower-case nouns whose singular is at least ``MIN_ZIPF`` frequent in newslint's lexicon are
kept. WordNet 3.0 (c) 2006 Princeton University, under the WordNet 3.0 licence (permissive;
notice in newslint/data/agreement_sources.txt). Rerunning the script rewrites the file
byte for byte.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.analysis import lexicon as lx

WORDNET = Path("/usr/share/wordnet")
OUT = ROOT / "newslint" / "data" / "animate_nouns.txt"
MIN_ZIPF = 2.0
SENSES = 2  # how many of a noun's commonest senses are read
# WordNet's lexicographer file numbers: noun.animal, noun.group, noun.person.
ANIMATE_FILES = {5, 14, 18}


# The roots of those files sit in noun.Tops (3): the synsets whose first word is one of these
# ("person", "animal", "organism", "group") are animate too; without them "a person who like"
# was not read, "person" having no sense in noun.person itself.
TOPS = 3
ANIMATE_TOPS = frozenset(("person", "animal", "organism", "group"))


def lexicographer_files() -> dict[str, int]:
    """Synset offset -> lexicographer file number, from data.noun; the animate roots of
    noun.Tops (``ANIMATE_TOPS``) are given noun.person's number."""
    found = {}
    with open(WORDNET / "data.noun", encoding="latin-1") as rows:
        for line in rows:
            if not line.startswith(" "):
                fields = line.split(maxsplit=5)
                number = int(fields[1])
                if number == TOPS and fields[4] in ANIMATE_TOPS:
                    number = 18
                found[fields[0]] = number
    return found


def animate_nouns() -> list[str]:
    files = lexicographer_files()
    found = set()
    with open(WORDNET / "index.noun", encoding="latin-1") as rows:
        for line in rows:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, pointers = fields[0], int(fields[3])
            offsets = fields[4 + pointers + 2 :]  # synsets, commonest first
            if not lemma.isalpha() or not lemma.islower() or lx.zipf(lemma) < MIN_ZIPF:
                continue
            if any(files[offset] in ANIMATE_FILES for offset in offsets[:SENSES]):
                found.add(lemma)
    return sorted(found)


def main() -> int:
    words = animate_nouns()
    header = (
        "# nouns that may stand for people, animals or groups (\"who\" may refer to them);\n"
        "# built by scripts/build_animate_nouns.py from WordNet 3.0 (licence: agreement_sources.txt)\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} nouns -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
