#!/usr/bin/env python3
"""Would the tagger's reading rescue the function-word slips whose contexts the counts never saw?

    python3 scripts/eval_slip_tags.py [--show N]

A slip between short common words ("is you guarantee of": your; "I ask them, the pick a":
they) is S211's when the word counts favour the other word by a wide margin; most real ones
stand where the counts hold too little ("the contexts are unseen or too thin"). This asks
whether a second line of evidence, the tagger's reading (``newslint/tag_slots.py``: how often
each word stands between the tags the tagger reads around it, with the written word in place
and with the other word in its place), lets a lower count margin through without crying wolf.

For every word of S211's pairs (``checks/slips/weigh.py``) and of S210's tag pairs
(``data/tag_slots.txt``) in the sentences of ``scripts/eval_real_edits.py`` (GMEG-wiki and
CWEB dev, every error at least two annotators corrected), and every other word it may be a
slip for, it reads:

- the counts' evidence for the other word (the larger of ``weigh.near_edits`` and
  ``weigh.near_pair_edits``, when that is the word they favour);
- the tagger's fit of the written word and of the other word (``tag_slots.fits``).

A place is an ERROR when an agreed edit there replaces the word by that other word, OTHER when
no annotator touched it. For a grid of gates (count evidence above E, written fit below W,
other word's fit better by D), it prints per half the errors passed, those of them S211 does
not find already (count evidence at most its margins), and the other places passed: found
and other findings of a rule built on that gate. It also asks whether the two count readings S211 already has, each below its own margin, are
worth more together: the places where the gap counts and the pair counts favour the same
other word, each by more than T. ``--show N`` prints up to N passed places of
the TUNE half only (held-out sentences are never printed).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_real_edits as harness  # noqa: E402
from newslint import tag_slots  # noqa: E402
from newslint.checks.slips import near, weigh  # noqa: E402
from newslint.checks.slips.counts import _paragraph_tokens  # noqa: E402
from newslint.document import Document  # noqa: E402


def places(sentences):
    """(half, is error, is other, evidence, fits, context shown) of each place weighed."""
    pairs = weigh._weighed_pairs(True, weigh.TWO_EDIT_COST, frozenset(weigh.NEAR_DROPPED))
    tag_partners = tag_slots.data().partners
    for s in sentences:
        for tokens in _paragraph_tokens(Document(s.text)):
            gap = {e.first: e for e in weigh.near_edits(tokens)}
            pair = {e.first: e for e in weigh.near_pair_edits(tokens)}
            for j, token in enumerate(tokens):
                partners = tag_partners.get(token[3], ())
                others = {o for o, _ in pairs.get(token[0], ())} | set(partners)
                if not others:
                    continue
                a, b = token[1], token[2]
                touched = any(x < b and y > a for x, y in s.touched)
                edits = [e for e in s.edits if e.span[0] < b and e.span[1] > a]
                for other in sorted(others):
                    fits = tag_slots.fits(tokens, j, other) if other in partners else None
                    readings = [e.evidence if e is not None and e.filler == other else None for e in (gap.get(j), pair.get(j))]
                    found = [x for x in readings if x is not None]
                    shown = f"{s.text[max(0, a - 60):a]}[[{s.text[a:b]}]]{s.text[b:b + 60]}" if s.half == "tune" else ""
                    error = any(e.correction.lower() == other for e in edits)
                    yield s.half, error, not touched, max(found) if found else None, fits, other, shown, readings


def agreeing(rows) -> None:
    """Both readings of S211 (the gap counts and the pair counts) favour the same other word,
    each by more than T, neither past S211's own margin: errors and other places per half."""
    print("both readings favour the other word by more than T, neither past S211's margin: tune | held-out")
    for t in (2.0, 3.0, 4.0, 5.0):
        got = Counter()
        for half, error, other_place, _, _, _, _, (gap, pair) in rows:
            if gap is None or pair is None or min(gap, pair) <= t:
                continue
            if gap > near.NEAR_MARGIN or pair > near.PAIR_MARGIN:
                continue
            got[half, "error" if error else "other" if other_place else "touched"] += 1
        print(f"T {t:3.1f}: " + " | ".join(f"{got[h, 'error']:3} errors vs {got[h, 'other']:4} other places"
                                          for h in ("tune", "held-out")))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    sentences = harness.build(harness.read_gmeg(harness.GMEG), 4) + harness.build(harness.read_cweb(harness.CWEB), 2)
    harness.assign_halves(sentences, harness.REAL_DEV)
    every = list(places(sentences))
    agreeing(every)
    rows = [r[:7] for r in every if r[4] is not None]
    errors = Counter(r[0] for r in rows if r[1])
    print(f"places the tagger reads: {len(rows)}; errors among them: tune {errors['tune']}, held-out {errors['held-out']}")
    already = min(near.NEAR_MARGIN, near.PAIR_MARGIN)
    print("gate (evidence > E, written fit < W, other fit - written fit >= D): tune | held-out"
          " errors passed (not already S211's), other places passed")
    for e_min in (None, 0.0, 2.0, 4.0):
        for w in (-3.0, -4.0, -5.0):
            for d in (0.5, 1.0, 2.0):
                got = Counter()
                for half, error, other_place, evidence, (written, meant), _, _ in rows:
                    if e_min is not None and (evidence is None or evidence <= e_min):
                        continue
                    if written >= w or meant - written < d:
                        continue
                    if error:
                        got[half, "error"] += 1
                        got[half, "new"] += evidence is None or evidence <= already
                    elif other_place:
                        got[half, "other"] += 1
                print(f"E {e_min if e_min is not None else '-':>4} W {w:5.1f} D {d:3.1f}: "
                      + " | ".join(f"{got[h, 'error']:3} ({got[h, 'new']:2} new) vs {got[h, 'other']:5}"
                                   for h in ("tune", "held-out")))
    shown = 0
    for half, error, other_place, evidence, (written, meant), other, text in rows:
        if half == "tune" and shown < args.show and (error or other_place) and evidence is not None and evidence > 2:
            if written < -4 and meant - written >= 0.5:
                print(f"{'ERROR' if error else 'OTHER'} {other} ev {evidence:.1f} fits {written:.1f} {meant:.1f} | {text}")
                shown += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
