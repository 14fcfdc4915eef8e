#!/usr/bin/env python3
"""Build ``newslint/data/there_adjectives.txt``: the adjectives that English writes after "it
is" before "to" or "that" ("it is hard to say", "it is clear that") and never after "there is"
so, for S205's "there" written for "it" (``checks/confusables/there_for_it.py``).

    python3 scripts/build_there_adjectives.py CORPUS_FILE_OR_FOLDER ... [--min-it 10] [--out FILE]

Every text file given (a folder: every file in it, recursively) is read as plain text (a
WikiExtractor file's <doc> lines are no prose and do not match). Counted, case folded: "it" or
"there", a form of "be" ("is", "was", "'s", "will be", "would be", "is not", "isn't", "was
not", "wasn't"), one word, then "to" or "that". Kept: the words seen at least ``--min-it``
times after "it" and never after "there" in that frame, and after "there" and "be" at all
(whatever follows) less than 1 time in 100 as often as after "it" and "be" ("there is only",
"there is just", "there is good reason" are common: ``SHARE``), that newslint's lexicon reads
as an adjective and never as a verb (a participle after "there is" is a passive with "there" as
its subject: "there is expected to be a vote"). The raising adjectives ("there is certain to
be", "there is likely to be") are left to the rule, which reads "to" + "be" or "have" as
right. The same files give the same list, byte for byte.

The shipped list was built from Wikipedia's WikiExtractor files text_AA .. text_AC (300
files of /work/cache/corpora/wiki), Project Gutenberg, WikiText-103 and the C-SPAN State of
the Union and Inaugural corpora (sources in ``data/there_adjectives_sources.txt``), with
--min-it 10; Wikipedia's text_AD files were left out to measure the rule on.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.analysis import lexicon as lx  # noqa: E402

OUT = ROOT / "newslint" / "data" / "there_adjectives.txt"
FRAME = re.compile(
    r"\b(it|there) (?:is|was|'s|will be|would be|is not|isn't|was not|wasn't) ([a-z]+)( (?:to|that)\b)?",
    re.IGNORECASE,
)
SHARE = 0.01  # "there is X" (whatever follows) at most this share of "it is X"
HEADER = """\
# Adjectives written after "it is" before "to" or "that" ("it is hard to say") and never after
# "there is" so: S205 reads "there is hard to say" as "it" (checks/confusables/there_for_it.py).
# Written by scripts/build_there_adjectives.py (sources: there_adjectives_sources.txt).
"""


def files(paths: list[Path]):
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file())
        else:
            yield path


def count(paths: list[Path]) -> dict[tuple[str, bool], Counter]:
    """("it" or "there", before "to" or "that") -> how often each word followed them and "be"."""
    seen = {(subject, frame): Counter() for subject in ("it", "there") for frame in (True, False)}
    for path in files(paths):
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in FRAME.finditer(text):
            word = m.group(2).lower()
            seen[m.group(1).lower(), False][word] += 1
            if m.group(3):
                seen[m.group(1).lower(), True][word] += 1
    return seen


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="+", type=Path)
    parser.add_argument("--min-it", type=int, default=10)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    seen = count(args.corpus)
    it, there = seen["it", True], seen["there", True]
    kept = sorted(
        word
        for word, n in it.items()
        if n >= args.min_it
        and not there[word]
        and seen["there", False][word] < SHARE * seen["it", False][word]
        and word not in ("it", "there")  # the frame's own words ("it is there to help")
        and "a" in lx.tags(word)
        and "v" not in lx.tags(word)
    )
    args.out.write_text(HEADER + "".join(f"{w}\n" for w in kept), encoding="utf-8")
    print(f"{len(kept)} adjectives -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
