#!/usr/bin/env python3
"""Write ``newslint/data/governed_words.txt``: words that essentially never stand straight
before a noun phrase without their preposition ("according to the", never "according the").
G304 (checks/missing_preposition.py) reads it.

    python3 scripts/build_governed_words.py --corpus /tmp/prep15-wiki

(``/tmp/prep15-wiki``: the WikiExtractor files of ``/work/cache/corpora/wiki`` with
text_AD_wiki_80..99 left out, so that those stay unseen for measuring.)

For every lower-case word, the counts of it written straight before the start of a noun
phrase (a determiner or possessive, a number, a capitalised word) with a preposition between
("according to the") and without one ("according the"). A word is kept when one preposition
takes at least ``MIN_WITH`` such uses and the bare form is at most ``MAX_BARE_SHARE`` of the
two together: the counts, not a list, say which words need their preposition. Each line:
``word<TAB>preposition<TAB>with<TAB>bare``.
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

from newslint.checks.missing_preposition import GOVERNED_FILE, OPENERS  # noqa: E402
from newslint.checks.prepositions import PREPOSITIONS as _PREPOSITIONS  # noqa: E402
from newslint.datafiles import data_path  # noqa: E402

PREPOSITIONS = tuple(sorted(_PREPOSITIONS))  # sorted: the same pattern on every run

MIN_WITH = 100  # uses with the preposition before a noun phrase, at least
MAX_BARE_SHARE = 0.01  # the bare form's share of the two, at most

_PAIR = re.compile(
    r"(?<![\w'’.-])([a-z][a-z'’-]*) "
    rf"(?:({'|'.join(PREPOSITIONS)}) )?"
    rf"(?:(?:{'|'.join(OPENERS)})(?= )|[A-Z][a-z]|\d)"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=data_path(GOVERNED_FILE))
    parser.add_argument("--min-with", type=int, default=MIN_WITH)
    parser.add_argument("--max-bare-share", type=float, default=MAX_BARE_SHARE)
    args = parser.parse_args()
    with_prep: Counter = Counter()
    bare: Counter = Counter()
    for folder in args.corpus:
        for paragraph in paragraphs(folder):
            for match in _PAIR.finditer(paragraph):
                word, preposition = match.group(1), match.group(2)
                if preposition:
                    with_prep[word, preposition] += 1
                else:
                    bare[word] += 1
    best: dict[str, tuple[str, int]] = {}
    for (word, preposition), count in with_prep.items():
        if count > best.get(word, ("", 0))[1]:
            best[word] = (preposition, count)
    lines = []
    for word, (preposition, count) in sorted(best.items()):
        if word in PREPOSITIONS or word in OPENERS:
            continue
        if count >= args.min_with and bare[word] <= args.max_bare_share * (count + bare[word]):
            lines.append(f"{word}\t{preposition}\t{count}\t{bare[word]}")
    args.out.write_text("".join(line + "\n" for line in lines), "utf-8")
    print(f"{len(lines)} words written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
