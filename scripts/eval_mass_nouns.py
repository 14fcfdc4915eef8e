#!/usr/bin/env python3
"""A negative result, kept so that it can be re-run: more mass nouns for G315 ("a furniture",
"a farmland"), counted without the tagger over all of Wikipedia.

G315 reads "a"/"an" before a noun that hardly ever takes it from ``noun_countability``
(tagged Wikipedia, 92 files, 1,125 nouns): "research", "software", "furniture", "luggage",
"feedback" and "farmland" are not among them. This script counts, over the WikiExtractor
files given (text_AD_wiki_80..99 left out), for every lower-case word: how often it follows
"a"/"an" and how often it stands bare after a preposition ("of", "in", "for", "with" ...),
in both cases with no noun and no capital straight after it (a noun there makes the word a
describing one: "a research vessel"). A word is read as a mass noun as G315 reads its own:
seen at least ``--seen`` times, with "a"/"an" at most ``--share`` of them; here also a noun
of the lexicon, not a plural, not an "-ing" form, not an adverb or verb, not counted by
``noun_countability`` already. Then every "a"/"an" before such a noun (one describing word
may stand between), with no noun after it, is printed from the FILEs given, for reading.

    python3 scripts/eval_mass_nouns.py --corpus /tmp/prep15-wiki --counts /tmp/mass.pkl FILE ...

Measured 2026-12-02 (gap20), defaults (50 seen, share 0.005): 106 more nouns, most of them
rare and technical ("thermodynamics", "helium", "serfdom", "furniture", "farmland"); over
Wikipedia text_AD_wiki_80..99 and the dev corpus's news (3.4 million words) 22 phrases, 19
of them "a ... other than" (the lexicon reads "other" as a noun) and the other three right
English (of the kinds "a wartime memo", "a gentle psychotherapy"). The mass nouns that
real writers give an "a" are the common ones, and Wikipedia gives them "a" too often for the
bar: "a research" 51 of 1,227 uses (4%), "a software" 17 of 454, "a feedback" 5 of 44,
"an advice" 6 of 128 (G315's own counts: 1 of 131, still above 0.5%). More nouns add
findings on clean copy and none of the errors writers make, so G315's list is not widened.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
for folder in (ROOT, SCRIPTS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from build_ngrams import paragraphs  # noqa: E402

from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.checks.missing_article.countability import countability  # noqa: E402

SEEN = 50
SHARE = 0.005
_AFTER_A = re.compile(r"(?<![\w'’-])(?:a|an|A|An) ([a-z][a-z-]+)(?=([ ,.;:)!?]))(?: ([A-Za-z]+))?")
_BARE = re.compile(
    r"(?<![\w'’-])(?:of|in|for|with|on|from|by|about|without|into|through|under)"
    r" ([a-z][a-z-]+)(?=([ ,.;:)!?]))(?: ([A-Za-z]+))?"
)


@lru_cache(maxsize=None)
def _noun(word: str) -> bool:
    return "n" in lx.tags(word)


def _describes_next(match) -> bool:
    after = match.group(3)
    return bool(after) and match.group(2) == " " and (after[0].isupper() or _noun(after.lower()))


def count(folders) -> tuple[Counter, Counter]:
    with_a: Counter = Counter()
    bare: Counter = Counter()
    for folder in folders:
        for paragraph in paragraphs(folder):
            for match in _AFTER_A.finditer(paragraph):
                if not _describes_next(match):
                    with_a[match.group(1)] += 1
            for match in _BARE.finditer(paragraph):
                if not _describes_next(match):
                    bare[match.group(1)] += 1
    return with_a, bare


def mass_nouns(with_a: Counter, bare: Counter, seen: int, share: float) -> set[str]:
    counted = countability()
    found = set()
    for word, n in bare.items():
        a = with_a.get(word, 0)
        if a + n < seen or a > share * (a + n) or len(word) < 3 or word in counted:
            continue
        tags = lx.tags(word)
        if "n" not in tags or "p" in tags or set(tags) & set("rvx") or word.endswith("ing"):
            continue
        found.add(word)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--corpus", action="append", type=Path, default=[])
    parser.add_argument("--counts", type=Path, help="a pickle of the counts: read if it exists, else written")
    parser.add_argument("--seen", type=int, default=SEEN)
    parser.add_argument("--share", type=float, default=SHARE)
    args = parser.parse_args()
    if args.counts and args.counts.exists():
        with_a, bare = pickle.loads(args.counts.read_bytes())
    else:
        if not args.corpus:
            parser.error("--corpus is needed to count")
        with_a, bare = count(args.corpus)
        if args.counts:
            args.counts.write_bytes(pickle.dumps((with_a, bare)))
    nouns = mass_nouns(with_a, bare, args.seen, args.share)
    print(f"{len(nouns)} more nouns: {' '.join(sorted(nouns))}")
    if not nouns:
        return 0
    alternation = "|".join(sorted(nouns, key=lambda w: (-len(w), w)))
    phrase = re.compile(rf"(?<![\w'’-])(?:a|an|A|An) (?:[a-z-]+ )?({alternation})(?=[ ,.;:)!?])( [a-z]+)?")
    found = words = 0
    for path in args.files:
        for line in path.read_text("utf-8", errors="replace").splitlines():
            words += len(line.split())
            for match in phrase.finditer(line):
                after = match.group(2)
                if after and _noun(after.strip()):
                    continue
                found += 1
                a, b = match.span()
                print(f"{path.name} | {line[max(0, a - 50) : b + 40]}")
    print(f"{found} phrases in {words:,} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
