#!/usr/bin/env python3
"""Count the words after which "to" takes a plain verb,
hardly ever an "-ing" form ("decided to", "able to", "attempted to"), as counted in
English Wikipedia.

    python3 scripts/build_infinitive_to.py --wiki /work/cache/corpora/wiki --out FILE

The counts are build_gerund_to.py's (``count_after_to``): for every word W before "to", over
the WikiExtractor files text_AA_wiki_00 .. text_AD_wiki_79 (AD_80-99 are left out: they are
the text G201 is read on), how often the word after "to" is a verb-only word's plain form
("provide") and how often its "-ing" form ("providing"). W is kept when the plain form
follows at least ``MIN_PLAIN`` times and at least ``ODDS`` times as often as the "-ing" form
(plus one), and W is a word of the lexicon that is no function word or pronoun (after "them
to", "him to" a noun in "-ing" may follow: "sent them to training"). "used" is left out:
"be used to" takes "-ing" ("is used to working"), which Wikipedia seldom writes but news
copy does. After such a word an "-ing" form after "to" is a slip for the plain verb ("decided
to going"). One word a line: the word and the two counts, tab-separated. Nothing of the
text is kept.

A NEGATIVE RESULT (form20, 2026-12-02): the list (244 words) is not shipped. Read by G201
(after such a word and "to", an "-ing" form of a verb where the tagger reads a verb,
offered its plain form), it added 10 findings on Wikipedia AD_80-99 and the dev news, 1
right ("led to ways to making": "make"); the rest were a "to" that is a preposition after
all ("committing the state to improving", "bent his efforts to expounding", "little thought
to revising", "had agreed to giving him", "necessary to understanding") and "-ing" words
that describe a noun ("to holding tanks", "elected to alternating terms", "to flagging
support"). Counts of what usually follows a word cannot tell its rarer prepositional "to".
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "scripts"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from build_gerund_to import count_after_to  # noqa: E402

from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.checks.verbs import function_words  # noqa: E402

MIN_PLAIN = 100
ODDS = 100.0
_PRONOUNS = frozenset("him them her us me it you".split())
_LEFT_OUT = frozenset(("used",))  # "is used to working"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wiki", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True, help="not shipped: see the negative result above")
    args = parser.parse_args()
    ing, plain = count_after_to(args.wiki)
    kept = sorted(
        w
        for w in plain
        if plain[w] >= MIN_PLAIN
        and plain[w] >= ODDS * (ing[w] + 1)
        and w not in function_words()
        and w not in _PRONOUNS
        and w not in _LEFT_OUT
        and lx.tags(w)
    )
    with args.out.open("w", encoding="utf-8") as out:
        out.write(
            "# Words after which \"to\" takes a plain verb: the word, then how often Wikipedia has the\n"
            "# plain form and the \"-ing\" form of a verb-only word after \"word to\" (kept: at least\n"
            f"# {MIN_PLAIN} and {ODDS:g} times the \"-ing\" count plus one). Built by\n"
            "# scripts/build_infinitive_to.py (sources and licence: infinitive_to_sources.txt).\n"
        )
        for word in kept:
            out.write(f"{word}\t{plain[word]}\t{ing[word]}\n")
    print(f"{len(kept)} words kept", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
