#!/usr/bin/env python3
"""How many injected article and apostrophe slips G101-G103 find in clean copy.

    python3 scripts/eval_articles.py [CORPUS_DIR] [--show N]

Takes each draft of a folder of clean news copy (default: ../shared/eval/dev/corpus), and
in it, one at a time:

- G101: swaps a correct "a" for "an" or "an" for "a" ("an hour" → "a hour");
- G102: drops the apostrophe of a contraction the rule knows ("don't" → "dont");
- G103: drops the apostrophe of a possessive the rule knows ("this year's" → "this years",
  "children's" → "childrens", "each other's" → "each others").

A slip counts as found when the rule reports a finding that starts where the slip is. The
drafts are split in two halves by their position in the sorted folder: tune on the first
(even positions) only, and report the second (odd positions) as held out. Findings on the
untouched drafts are counted too (each is a false alarm or a real slip in the copy).
--show N prints up to N misses of the tuning half.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from injection import Slip, main  # noqa: E402

from newslint.checks.apostrophes import (  # noqa: E402
    ContractionWithoutApostrophe,
    PossessiveWithoutApostrophe,
    contractions,
)
from newslint.checks.articles import ArticleBeforeSound  # noqa: E402

_ARTICLE = re.compile(r"(?<![\w'’.-])(a|an|A|An)(?=\s+[\w$£€'’\"“‘])")
_TIME = "second|minute|hour|day|night|week|weekend|fortnight|month|quarter|season|year|decade|century|moment|morning|afternoon|evening|summer|winter|spring|autumn|term|semester"
_POSSESSIVE = re.compile(
    r"\b(?:(?:this|last|next|each|every|another|a|an|one)\s+(?:" + _TIME + r")|today|tonight"
    r"|yesterday|tomorrow|each\s+other|one\s+another|children|men|women|gentlemen)(['’])s\s+[a-z]",
    re.IGNORECASE,
)


def g101_slips(text: str, _rng=None):
    for match in _ARTICLE.finditer(text):
        written = match.group(1)
        swapped = {"a": "an", "an": "a", "A": "An", "An": "A"}[written]
        yield Slip(match.start(), match.start(), match.end(), swapped)


def g102_slips(text: str, _rng=None):
    forms = {form: bare for bare, (form, _) in contractions().items()}
    pattern = re.compile(
        r"(?<![\w'’])(" + "|".join(re.escape(f).replace("'", "['’]") for f in forms) + r")(?![\w'’])",
        re.IGNORECASE,
    )
    for match in pattern.finditer(text):
        written = match.group(1)
        bare = re.sub("['’]", "", written)
        yield Slip(match.start(), match.start(), match.end(), bare)


def g103_slips(text: str, _rng=None):
    for match in _POSSESSIVE.finditer(text):
        mark = match.start(1)
        # The slip starts at the word that loses its apostrophe.
        start = mark
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        yield Slip(start, mark, mark + 1, "")


KINDS = (
    ("G101", ArticleBeforeSound(), g101_slips),
    ("G102", ContractionWithoutApostrophe(), g102_slips),
    ("G103", PossessiveWithoutApostrophe(), g103_slips),
)


if __name__ == "__main__":
    sys.exit(main(KINDS, __doc__.splitlines()[0]))
