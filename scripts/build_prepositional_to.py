#!/usr/bin/env python3
"""Build ``newslint/data/prepositional_to.txt``: the words after which "to" is a preposition
("applied to the", "refers to a", "due to its"), hardly ever the mark of an infinitive, as
counted in English Wikipedia.

    python3 scripts/build_prepositional_to.py --wiki /work/cache/corpora/wiki [--out FILE]

For every word W before "to", counted over the WikiExtractor files text_AA_wiki_00 ..
text_AD_wiki_79 (AD_80-99 are left out: they are the text G201 is read on), how often the
word after "to" opens a noun phrase (an article, a demonstrative or an owner: "the", "this",
"their") and how often it is a plain verb that is nothing else ("provide", "be", "have").
W is kept when a noun phrase follows at least ``MIN_PHRASE`` times and at least ``ODDS``
times as often as a plain verb (plus one): after such a word a verb form after "to" is
more likely a noun ("applied to soaps made from", "as opposed to forces"), and G201 leaves
it alone. One word a line: the word and the two counts (what the threshold saw),
tab-separated. Nothing of the text is kept.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.checks.verbs import bases  # noqa: E402

MIN_PHRASE = 20
ODDS = 20.0
_PAIR = re.compile(r"(?<![\w'’-])([a-z]+) to ([a-z]+)(?![\w'’-])")
_PHRASE_STARTS = frozenset("the a an this these those his her its their our my your".split())


def held_in(name: str) -> bool:
    """A Wikipedia file that is counted (not AD_80-99)."""
    if not name.startswith("text_A"):
        return False
    if name.startswith("text_AD_wiki_"):
        return int(name.rsplit("_", 1)[1]) < 80
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wiki", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=ROOT / "newslint" / "data" / "prepositional_to.txt")
    args = parser.parse_args()
    plain = bases()
    phrase, verb = Counter(), Counter()
    kind: dict[str, str] = {}

    def kind_of(word: str) -> str:
        found = kind.get(word)
        if found is None:
            if word in _PHRASE_STARTS:
                found = "phrase"
            elif word in ("be", "have") or lx.tags(word) == "v" and word in plain:
                found = "verb"
            else:
                found = ""
            kind[word] = found
        return found

    files = sorted(p for p in args.wiki.iterdir() if held_in(p.name))
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace").lower()
        for before, after in _PAIR.findall(text):
            k = kind_of(after)
            if k == "phrase":
                phrase[before] += 1
            elif k == "verb":
                verb[before] += 1
    kept = sorted(w for w in phrase if phrase[w] >= MIN_PHRASE and phrase[w] >= ODDS * (verb[w] + 1))
    with args.out.open("w", encoding="utf-8") as out:
        out.write(
            "# Words after which \"to\" is a preposition: the word, then how often Wikipedia has a\n"
            "# noun phrase (\"the\", \"their\" ...) and a plain verb after \"word to\" (kept: at least\n"
            f"# {MIN_PHRASE} and {ODDS:g} times the plain count plus one). Built by\n"
            "# scripts/build_prepositional_to.py (sources and licence: prepositional_to_sources.txt).\n"
        )
        for word in kept:
            out.write(f"{word}\t{phrase[word]}\t{verb[word]}\n")
    print(f"{len(files)} files, {len(kept)} words kept", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
