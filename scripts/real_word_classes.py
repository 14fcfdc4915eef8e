#!/usr/bin/env python3
"""The real-word errors of the GMEG/CWEB harness, classed by what stands between the word
written and the annotators' correction: which kind of judge could decide each class.

    python3 scripts/eval_real_edits.py --half both --json ERRORS.jsonl
    python3 scripts/real_word_classes.py ERRORS.jsonl [--show-tune]

Classes (the first that holds):

- ``variant``: a US and a UK spelling of one word (``analysis/variants``: "tyres", "learnt");
  a house style's choice, not a slip in a draft of one variety.
- ``function``: two of the short words of the gap counts (``checks/slips/gaps.NEAR_FILLERS``:
  "if"/"of", "you"/"your"): S211's domain.
- ``same-stem``: one word's form or derivation of the other (a shared beginning that leaves at
  most three letters of the shorter: "stops"/"stopped", "friends"/"friendly").
- ``one-edit``, ``two-edit``: a letter put in, left out, replaced or two swapped, once or
  twice ("patters"/"patterns", "jet"/"yet"): S212's domain (four letters or more).
- ``other``: another word (word choice: "create"/"make", "house"/"home"), or more than one.

It prints, for each half, each class's errors found by any rule against all of them. For the
held-out half it prints counts only; ``--show-tune`` lists the tune half's misses by class.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

CLASSES = ("variant", "function", "same-stem", "one-edit", "two-edit", "other")


def distance(a: str, b: str) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from ``a`` to ``b``."""
    rows = [list(range(len(b) + 1))]
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            best = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                best = min(best, rows[-2][j - 2] + 1)
            row.append(best)
        rows.append(row)
    return rows[-1][-1]


def word_class(written: str, right: str) -> str:
    from newslint.analysis import variants
    from newslint.checks.slips import gaps

    w, r = written.lower().strip(), right.lower().strip()
    if " " in w or " " in r or not w or not r:
        return "other"
    if variants.uk_to_us(w) == r or variants.us_to_uk(w) == r:
        return "variant"
    if w in gaps.NEAR_CODE and r in gaps.NEAR_CODE:
        return "function"
    shared = 0
    while shared < min(len(w), len(r)) and w[shared] == r[shared]:
        shared += 1
    if shared >= 3 and min(len(w), len(r)) - shared <= 3 and w.isalpha() and r.isalpha():
        return "same-stem"
    edits = distance(w, r)
    if edits == 1:
        return "one-edit"
    if edits == 2:
        return "two-edit"
    return "other"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("errors", type=Path, help="the --json output of scripts/eval_real_edits.py")
    parser.add_argument("--subkind", default="real-word", help="the subkind classed (default real-word)")
    parser.add_argument("--show-tune", action="store_true", help="list the tune half's misses by class")
    args = parser.parse_args(argv)

    rows = [json.loads(line) for line in args.errors.open(encoding="utf-8") if line.strip()]
    rows = [r for r in rows if r["subkind"] == args.subkind]
    for half in ("tune", "held-out"):
        total, found = collections.Counter(), collections.Counter()
        for r in rows:
            if r["half"] != half:
                continue
            k = word_class(r["wrong"], r["right"])
            total[k] += 1
            found[k] += bool(r["found_by"])
        print(f"{half}: " + ", ".join(f"{k} {found[k]}/{total[k]}" for k in CLASSES if total[k])
              + f"; all {sum(found.values())}/{sum(total.values())}")
    if args.show_tune:
        for k in CLASSES:
            for r in rows:
                if r["half"] == "tune" and not r["found_by"] and word_class(r["wrong"], r["right"]) == k:
                    print(f"  {k}: {r['wrong']} -> {r['right']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
