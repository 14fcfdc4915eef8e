#!/usr/bin/env python3
"""Write ``newslint/data/most_adjectives.txt``: adjectives that English writes after "one of
the" with "most" and almost never without it ("one of the most popular singers", hardly ever
"one of the popular singers"). G307 (checks/superlative_without_the.py) reads it.

    mkdir -p /tmp/governed-wiki && for f in /work/cache/corpora/wiki/*; do
        case $(basename $f) in text_AD_wiki_8?|text_AD_wiki_9?) ;; *) ln -sf $f /tmp/governed-wiki/;; esac
    done
    python3 scripts/build_most_adjectives.py --corpus /tmp/governed-wiki

(text_AD_wiki_80..99 left out, so that they stay unseen for measuring.)

For every lower-case word after "one of the": how often it stands there straight before a
lower-case word ending in "s" (a plural, the group "one of" picks from), and how often
"most" stands between ("one of the most popular singers"). A word is kept when

- "most" comes before it at least ``MIN_MOST`` times,
- it stands there without "most" in at most ``MAX_BARE_SHARE`` of its uses, and
- it is no superlative itself (no word in "-est"), nor "more".

Which words these are is left to the counts, not to the lexicon's word classes: participles
qualify as much as adjectives ("one of the most respected", "the most visited").

"one of the main reasons", "one of the original members", "one of the major cities" stay out:
those adjectives are written there without "most" as a rule.

Each line: ``word<TAB>with-most<TAB>without``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
for folder in (ROOT, SCRIPTS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from build_ngrams import paragraphs  # noqa: E402

from newslint.datafiles import data_path  # noqa: E402

MIN_MOST = 10
MAX_BARE_SHARE = 0.10
OUT = "most_adjectives.txt"
_ONE_OF = re.compile(r"(?<![\w'’-])[Oo]ne of the (most )?([a-z][a-z-]+) ([a-z][a-z-]*s)(?![\w'’-])")


def count(folder: Path) -> tuple[Counter, Counter]:
    with_most, without = Counter(), Counter()
    for paragraph in paragraphs(folder):
        for match in _ONE_OF.finditer(paragraph):
            (with_most if match.group(1) else without)[match.group(2)] += 1
    return with_most, without


def kept(with_most: Counter, without: Counter) -> list[str]:
    words = []
    for word, most in with_most.items():
        bare = without[word]
        if most < MIN_MOST or bare > MAX_BARE_SHARE * (most + bare):
            continue
        if word.endswith("est") or word == "more":
            continue
        words.append(word)
    return sorted(words)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="folder of WikiExtractor files")
    args = parser.parse_args(argv)
    files = sorted(p for p in args.corpus.iterdir() if p.name.startswith("text_"))
    with_most, without = count(args.corpus)
    words = kept(with_most, without)
    out = data_path(OUT)
    header = (
        "# adjectives written after 'one of the' with 'most' and almost never without it, before a\n"
        f"# plural: word, times with 'most', times without. Built by scripts/build_most_adjectives.py\n"
        f"# from {len(files)} English Wikipedia files (most_adjectives_sources.txt)\n"
    )
    out.write_text(header + "".join(f"{w}\t{with_most[w]}\t{without[w]}\n" for w in words), encoding="utf-8")
    print(f"{len(words)} adjectives -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
