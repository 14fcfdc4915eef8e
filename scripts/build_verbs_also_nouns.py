#!/usr/bin/env python3
"""Build newslint/data/verbs_also_nouns.txt.gz: the verbs that WordNet also knows as nouns.

    apt-get install wordnet-base  # WordNet 3.0's database files (build time only)
    python3 scripts/build_verbs_also_nouns.py

A verb's plain form may be a noun: G201 reads "the reduce section" as a verb written where its
participle belongs, which holds only for a word that cannot be a noun ("a log cabin", "the
dam operations" are nouns modifying nouns), and G203 reads "the service states that palm oil
is" as a clause on "states" only if "palm" is a verb. newslint's lexicon lacks the noun
reading of some such words, so this file lists every base form of ``verb_forms.txt.gz`` that
has a noun entry in WordNet 3.0's ``index.noun``, a line each, sorted: the word, how many
times its noun senses and its verb senses were tagged in WordNet's sense-tagged texts
(``cntlist.rev``). A word whose noun senses were tagged more often is mostly a noun ("palm" 4
to 1; "need" 98 to 244 is mostly a verb). WordNet 3.0 (c) 2006
Princeton University, under the WordNet 3.0 licence (notice in
newslint/data/agreement_sources.txt).
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.checks.verbs import bases  # noqa: E402

WORDNET = Path("/usr/share/wordnet")
OUT = ROOT / "newslint" / "data" / "verbs_also_nouns.txt.gz"


def noun_lemmas() -> set[str]:
    """Every lemma of WordNet's noun index (multi-word lemmas have "_" and never match)."""
    lines = (WORDNET / "index.noun").read_text(encoding="utf-8").splitlines()
    return {line.split(" ", 1)[0] for line in lines if line and not line.startswith(" ")}


def tagged_counts() -> dict[tuple[str, str], int]:
    """(lemma, "1" for a noun or "2" for a verb) -> how often its senses were tagged in
    WordNet's sense-tagged texts (``cntlist.rev``: a line is sense key, sense number, count;
    the key is "lemma%pos:…")."""
    counts: dict[tuple[str, str], int] = {}
    for line in (WORDNET / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _, count = line.split()
        lemma, _, rest = key.partition("%")
        counts[lemma, rest[:1]] = counts.get((lemma, rest[:1]), 0) + int(count)
    return counts


def main() -> int:
    nouns, counts = noun_lemmas(), tagged_counts()
    words = sorted(word for word in bases() if word in nouns)
    header = (
        "# verbs that are nouns too (WordNet 3.0): word, times tagged as a noun, as a verb;\n"
        "# built by scripts/build_verbs_also_nouns.py (see agreement_sources.txt)\n"
    )
    lines = [f"{word}\t{counts.get((word, '1'), 0)}\t{counts.get((word, '2'), 0)}" for word in words]
    data = (header + "\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))  # no time stamp: the same data gives the same file
    print(f"{OUT.name}: {len(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
