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

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.checks.apostrophes import (  # noqa: E402
    ContractionWithoutApostrophe,
    PossessiveWithoutApostrophe,
    contractions,
)
from newslint.checks.articles import ArticleBeforeSound  # noqa: E402
from newslint.config import Settings  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.rule import Context  # noqa: E402

PER_DRAFT = 4  # slips injected per draft and rule, at most (chosen at random, seeded)
CONTEXT = Context(Settings())

_ARTICLE = re.compile(r"(?<![\w'’.-])(a|an|A|An)(?=\s+[\w$£€'’\"“‘])")
_TIME = "second|minute|hour|day|night|week|weekend|fortnight|month|quarter|season|year|decade|century|moment|morning|afternoon|evening|summer|winter|spring|autumn|term|semester"
_POSSESSIVE = re.compile(
    r"\b(?:(?:this|last|next|each|every|another|a|an|one)\s+(?:" + _TIME + r")|today|tonight"
    r"|yesterday|tomorrow|each\s+other|one\s+another|children|men|women|gentlemen)(['’])s\s+[a-z]",
    re.IGNORECASE,
)


def findings(rule, text: str, path: str) -> set[int]:
    doc = Document(text, path=path)
    return {f.start for f in rule.run(doc, CONTEXT)}


def g101_slips(text: str):
    for match in _ARTICLE.finditer(text):
        written = match.group(1)
        swapped = {"a": "an", "an": "a", "A": "An", "An": "A"}[written]
        yield match.start(), text[: match.start()] + swapped + text[match.end() :]


def g102_slips(text: str):
    forms = {form: bare for bare, (form, _) in contractions().items()}
    pattern = re.compile(
        r"(?<![\w'’])(" + "|".join(re.escape(f).replace("'", "['’]") for f in forms) + r")(?![\w'’])",
        re.IGNORECASE,
    )
    for match in pattern.finditer(text):
        written = match.group(1)
        bare = re.sub("['’]", "", written)
        yield match.start(), text[: match.start()] + bare + text[match.end() :]


def g103_slips(text: str):
    for match in _POSSESSIVE.finditer(text):
        mark = match.start(1)
        # The slip starts at the word that loses its apostrophe.
        start = mark
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        yield start, text[:mark] + text[mark + 1 :]


KINDS = (
    ("G101", ArticleBeforeSound(), g101_slips),
    ("G102", ContractionWithoutApostrophe(), g102_slips),
    ("G103", PossessiveWithoutApostrophe(), g103_slips),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared/eval/dev/corpus"))
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    paths = sorted(p for p in Path(args.corpus).iterdir() if p.suffix in (".txt", ".md"))
    if not paths:
        print(f"no drafts in {args.corpus}", file=sys.stderr)
        return 2
    injected, found, untouched = Counter(), Counter(), Counter()
    misses = []
    words = Counter()
    for position, path in enumerate(paths):
        half = "tune" if position % 2 == 0 else "held-out"
        text = path.read_text(encoding="utf-8")
        words[half] += len(text.split())
        rng = random.Random(f"{path.name}")
        for code, rule, slips in KINDS:
            before = findings(rule, text, path.name)
            untouched[code, half] += len(before)
            candidates = [s for s in slips(text) if s[0] not in before]
            for start, changed in rng.sample(candidates, min(PER_DRAFT, len(candidates))):
                injected[code, half] += 1
                if start in findings(rule, changed, path.name):
                    found[code, half] += 1
                elif half == "tune":
                    line = changed[max(0, start - 40) : start + 40].replace("\n", " ")
                    misses.append(f"{code} {path.name}: …{line}…")
    for code, _, _ in KINDS:
        row = []
        for half in ("tune", "held-out"):
            n, k = injected[code, half], found[code, half]
            rate = f"{k / n:.2f}" if n else "-"
            row.append(
                f"{half} {k}/{n} = {rate}, {untouched[code, half]} findings on the untouched"
                f" copy ({1000 * untouched[code, half] / max(1, words[half]):.2f}/1k words)"
            )
        print(f"{code}: " + " | ".join(row))
    for line in misses[: args.show]:
        print("  missed", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
