#!/usr/bin/env python3
"""Injection harness for G302 (checks/prepositions.py): swap a governed preposition in clean copy.

    python3 scripts/eval_prepositions.py [--show N] [--findings]

Drafts: the dev corpus (../shared/eval/dev/corpus) and the texts of ../shared/eval/data/*.jsonl,
in that order; even positions tune, odd positions are held out. In each draft, a site is a word
and the preposition G302's table says it overwhelmingly takes ("relevant to", "depend
on"); up to PER_DRAFT sites a draft (chosen at random, seeded by the draft's name) get another
common preposition that the table says the word essentially never takes ("relevant on"), so
the harness measures the guards of the rule (what follows the preposition), not its table. Prints, per half, how many swaps G302 reports at the swapped preposition, and
its findings on the untouched drafts (each a false alarm or a real slip; ``--findings`` lists
them, to be read). Measures only: nothing of these texts goes into the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter

from injection import CONTEXT, ROOT, finding_starts  # noqa: F401  (adds the repository to sys.path)

from newslint.checks.prepositions import UnusualPreposition, table, unusual  # noqa: E402
from newslint.document import Document  # noqa: E402

# ../shared/eval beside the repository (or beside the folder of worktrees)
EVAL = next((p / "shared/eval" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared/eval").is_dir()), ROOT.parent / "shared/eval")
PER_DRAFT = 4
SWAPS = ("in", "on", "at", "for", "of", "to", "with", "from", "by", "about", "into")


def drafts():
    for path in sorted((EVAL / "dev/corpus").iterdir()):
        if path.suffix in (".txt", ".md"):
            yield path.name, path.read_text(encoding="utf-8")
    for path in sorted((EVAL / "data").glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            yield f"{path.stem}:{number}", json.loads(line)["text"]


def sites(text: str, rng: random.Random):
    """(offset of the new preposition, changed text) for each governed preposition in ``text``."""
    import re

    rows = table().rows
    for match in re.finditer(r"(?<![\w'’-])([a-z]+) (" + "|".join(SWAPS) + r")(?![\w'’-])", text):
        if match.group(1) not in rows:
            continue
        wrong = [p for p in SWAPS if unusual(match.group(1), p) == match.group(2)]
        if wrong:
            other = rng.choice(wrong)
            yield match.start(2), text[: match.start(2)] + other + text[match.end(2) :]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="list N missed swaps of the tuning half")
    parser.add_argument("--findings", action="store_true", help="list the findings on the untouched drafts")
    args = parser.parse_args()
    rule = UnusualPreposition()
    injected, found, untouched, words = Counter(), Counter(), Counter(), Counter()
    misses, listed = [], []
    for position, (name, text) in enumerate(drafts()):
        half = "tune" if position % 2 == 0 else "held-out"
        words[half] += len(text.split())
        doc = Document(text, path=name)
        before = {f.start: f for f in rule.run(doc, CONTEXT)}
        untouched[half] += len(before)
        for start, finding in sorted(before.items()):
            listed.append(f"{half} {name}: …{text[max(0, start - 60) : start + 40]}… ({finding.message})".replace("\n", " "))
        rng = random.Random(name)
        candidates = [s for s in sites(text, rng) if s[0] not in before]
        for start, changed in rng.sample(candidates, min(PER_DRAFT, len(candidates))):
            injected[half] += 1
            if start in finding_starts(rule, changed, name):
                found[half] += 1
            elif half == "tune":
                misses.append(f"{name}: …{changed[max(0, start - 50) : start + 40]}…".replace("\n", " "))
    row = []
    for half in ("tune", "held-out"):
        n, k, u = injected[half], found[half], untouched[half]
        row.append(f"{half} {k}/{n} = {k / max(1, n):.2f}, {u} findings on the untouched copy"
                   f" ({1000 * u / max(1, words[half]):.3f}/1k words of {words[half]})")
    print("swapped preposition: " + " | ".join(row))
    for line in misses[: args.show]:
        print("  missed", line)
    if args.findings:
        for line in listed:
            print("  finding", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
