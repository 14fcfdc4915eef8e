#!/usr/bin/env python3
"""A negative result, kept so that it can be re-run: a needless preposition after a verb that
takes its noun phrase straight after it ("discussed about the plan"), judged by counts.

The counts are those of ``build_governed_words.py`` (G304, "according the"), read the other
way: for every lower-case word, how often it stands straight before the start of a noun
phrase (a determiner or possessive, a number, a capitalised word) bare ("discussed the") and
with each preposition between ("discussed about the"), over the WikiExtractor files given
(text_AD_wiki_80..99 left out). A phrase "VERB PREP OPENER" is reported when the verb (a
verb of the lexicon, not an auxiliary nor a function word, written in lower case) was seen
bare at least ``--seen`` times and with that preposition (+ 1) at most ``--share`` as often,
and the word after the preposition is a determiner, a possessive or a capitalised word.

    python3 scripts/eval_needless_prepositions.py --corpus /tmp/prep15-wiki \\
        --counts /tmp/needless.pkl FILE ...

prints every phrase found in the FILEs (plain text or Markdown), one a line with its
context, and how many for each preposition, for reading by hand (``--counts`` keeps the
counts, about 1 min CPU, for the next run).

Measured 2026-12-02 (gap20), defaults (500 seen, share 0.002), over the dev corpus's news
and Wikipedia text_AD_wiki_80..89 (1.8 million words): 135 phrases, of which about 2 are
slips (of the kind "able to affect to the outcome"). The rest are phrases of time, place or
manner after a verb (of the kind "closed at the same time", "entered for a small fee",
"grew over the years", "would not discuss on the show whether"), phrasal verbs ("set about
the task", "called into the chamber") and nouns the lexicon also reads as verbs ("odd
features about the plan"). Keeping only "about", "of", "into" and "to"
(``--prepositions about,of,into,to``) left 20, one or two of them right. A needless
preposition is rare in edited text, and the counts of a word and the next one do not tell
it from a phrase that merely follows the verb; G314 does not read it. (The examples here
are invented, of the kinds found.)
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
for folder in (ROOT, SCRIPTS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from build_governed_words import _PAIR, PREPOSITIONS  # noqa: E402
from build_ngrams import paragraphs  # noqa: E402

from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.checks.missing_preposition import OPENERS  # noqa: E402
from newslint.checks.verbs import function_words  # noqa: E402

SEEN = 500
SHARE = 0.002

_PHRASE = re.compile(
    r"(?<![\w'’.-])([a-z][a-z'’-]*) "
    rf"({'|'.join(PREPOSITIONS)}) "
    rf"(?:(?:{'|'.join(OPENERS)})(?= )|[A-Z][a-z])"
)


def count(folders) -> tuple[Counter, Counter]:
    with_prep: Counter = Counter()
    bare: Counter = Counter()
    for folder in folders:
        for paragraph in paragraphs(folder):
            for match in _PAIR.finditer(paragraph):
                word, preposition = match.group(1), match.group(2)
                if preposition:
                    with_prep[word, preposition] += 1
                else:
                    bare[word] += 1
    return with_prep, bare


def takes_an_object(word: str) -> bool:
    tags = lx.tags(word)
    return "v" in tags and "x" not in tags and word not in function_words()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--corpus", action="append", type=Path, default=[])
    parser.add_argument("--counts", type=Path, help="a pickle of the counts: read if it exists, else written")
    parser.add_argument("--seen", type=int, default=SEEN)
    parser.add_argument("--share", type=float, default=SHARE)
    parser.add_argument("--prepositions", help="only these (comma-separated)")
    args = parser.parse_args()
    if args.counts and args.counts.exists():
        with_prep, bare = pickle.loads(args.counts.read_bytes())
    else:
        if not args.corpus:
            parser.error("--corpus is needed to count")
        with_prep, bare = count(args.corpus)
        if args.counts:
            args.counts.write_bytes(pickle.dumps((with_prep, bare)))
    only = set(args.prepositions.split(",")) if args.prepositions else None
    found: Counter = Counter()
    words = 0
    for path in args.files:
        for line in path.read_text("utf-8", errors="replace").splitlines():
            words += len(line.split())
            for match in _PHRASE.finditer(line):
                word, preposition = match.group(1), match.group(2)
                if only is not None and preposition not in only:
                    continue
                n = bare.get(word, 0)
                if n < args.seen or with_prep.get((word, preposition), 0) + 1 > args.share * n:
                    continue
                if not takes_an_object(word):
                    continue
                found[preposition] += 1
                a, b = match.span()
                print(f"{preposition:8} {path.name} | {line[max(0, a - 60) : b + 60]}")
    print(f"{sum(found.values())} phrases in {words:,} words: {dict(found.most_common())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
