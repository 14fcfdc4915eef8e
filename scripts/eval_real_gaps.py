#!/usr/bin/env python3
"""How the gap counts and G313's and G302's parts fare on real writers' errors, at several margins.

    python3 scripts/eval_real_gaps.py [--margins 2,4,6,8,10,12] [--show KIND:N] [--sources gmeg,cweb]

Reads the sentences of ``scripts/eval_real_edits.py`` (every error at least two annotators
corrected in GMEG-wiki's and CWEB's *dev* sentences, with its tune and held-out halves), puts
each sentence in a draft of its own, and asks, at every gap and every preposition:

- ``missing``: the gap counts' best word to put between two words (``weigh.edits``, as G313's
  gap-count part weighs it, names and compounds left out: ``weigh.in_context``);
- ``extra``: a short word taken out, as weighed by the same counts (no rule reads it);
- ``swap``: another preposition in place of the one written (G302's gap-count part);
- ``swap+sides``: the same with the contexts of one side added ("l2 l1 _", "_ r1 r2" of
  ``slip_near.bin``, as S211 weighs a slip), every other preposition of ``weigh.PREPOSITIONS``
  tried, away from numbers;
- G313's word-pair part and backed-off part, and G302's table part, each as it reports.

Each proposed edit is *good* when its finding would overlap an agreed error of its subkind
(missing-word or missing-article for a missing word, extra-word or doubled for one too many,
preposition for a swap), *other* when it overlaps nothing any annotator touched (an upper bound
on false alarms: some are right), *touched* when it overlaps an edit of another kind. Held-out
sentences are counted, never printed; ``--show`` prints tune sentences only.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_real_edits as H  # noqa: E402

from newslint.checks.missing_words import headline_style  # noqa: E402
from newslint.checks.slips import gaps, weigh  # noqa: E402
from newslint.checks.slips.counts import _named, token_key  # noqa: E402
from newslint.document import Document  # noqa: E402

PREFIX = "Draft of real sentences\n\n"  # a first line, so that the sentence is body copy
WANTED = {
    "missing": ("missing-word", "missing-article"),
    "extra": ("extra-word", "doubled"),
    "swap": ("preposition",),
    "swap+sides": ("preposition",),
    "G313 pairs": ("missing-word", "missing-article"),
    "G313 backoff": ("missing-word", "missing-article"),
    "G302 table": ("preposition",),
}


def _sided_swaps(tokens):
    """(index, best other preposition, evidence) for each preposition between two words, away
    from numbers and names, over the four contexts of both sides and the two of one side."""
    table, near, floor = gaps.table(), gaps.near_table(), gaps.FLOOR
    n = len(tokens)
    keys = [token_key(t[0]) for t in tokens]
    edge = gaps.key_hash(gaps.EDGE)

    def hashed(i):
        return gaps.key_hash(keys[i]) if 0 <= i < n else edge

    def log_odds(a, b):
        return math.log((a + floor) / (b + floor)) if a or b else 0.0

    for j in range(1, n - 1):
        if keys[j] not in weigh.PREPOSITIONS or not (tokens[j - 1][0][:1].isalnum() and tokens[j + 1][0][:1].isalnum()):
            continue
        if any(t[0][:1].isdigit() for t in tokens[max(0, j - 2) : j + 3]):
            continue
        if any(_named(tokens[k]) and not weigh._starts_sentence(tokens, k) for k in (j - 1, j + 1)):
            continue
        h = [hashed(j - 2), hashed(j - 1), hashed(j + 1), hashed(j + 2)]
        two = (gaps.pair_context(h[1], h[2]), *gaps.wider_contexts(*h))
        one = gaps.one_sided_contexts(*h)
        written = [table.count(c, gaps.CODE[keys[j]]) for c in two], [near.count(c, gaps.NEAR_CODE[keys[j]]) for c in one]
        best = None
        for other in sorted(weigh.PREPOSITIONS - {keys[j]}):
            found = [table.count(c, gaps.CODE[other]) for c in two], [near.count(c, gaps.NEAR_CODE[other]) for c in one]
            evidence = sum(log_odds(a, b) for side in (0, 1) for a, b in zip(found[side], written[side]))
            if best is None or evidence > best[2]:
                best = (j, other, evidence)
        if best is not None:
            yield best


def proposals(doc, offset: int):
    """(kind, start, end, filler, evidence) of every edit proposed in the sentence's paragraph;
    evidence is None for the parts that decide by thresholds of their own."""
    from newslint.checks.prepositions import UnusualPreposition
    from newslint.checks.slips.missing import MissingFunctionWord

    vocabulary = doc.analysis("lexicon")
    for index, paragraph in enumerate(doc.paragraphs):
        if paragraph.start < offset or headline_style(doc, paragraph):
            continue
        tokens = vocabulary.tokens_of(index)
        for edit in weigh.edits(tokens):
            first, last = edit.first, edit.last + (edit.kind == "extra")
            if any(_named(tokens[k]) and not weigh._starts_sentence(tokens, k) for k in range(first, last + 1)):
                continue
            if first > 0 and tokens[first - 1][0] == "-" or last + 1 < len(tokens) and tokens[last + 1][0] == "-":
                continue
            yield edit.kind, tokens[first][1], tokens[last][2], edit.filler, edit.evidence
        for j, other, evidence in _sided_swaps(tokens):
            yield "swap+sides", tokens[j][1], tokens[j][2], other, evidence
    g313 = MissingFunctionWord()
    for kind, found in (("G313 pairs", g313._candidates(doc)), ("G313 backoff", g313._backed_off(doc))):
        for start, end, _message, suggestion in found:
            yield kind, start, end, suggestion, None
    for finding in UnusualPreposition()._governed(doc):
        yield "G302 table", finding.start, finding.end, finding.suggestions[0], None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--margins", default="2,4,6,8,10,12")
    parser.add_argument("--sources", default="gmeg,cweb")
    parser.add_argument("--show", default="", help="KIND:N, tune half only: the proposals above the lowest margin")
    args = parser.parse_args(argv)
    margins = [float(m) for m in args.margins.split(",")]

    sentences = []
    if "gmeg" in args.sources:
        sentences += H.build(H.read_gmeg(H.GMEG), 4)
    if "cweb" in args.sources:
        sentences += H.build(H.read_cweb(H.CWEB), 2)
    H.assign_halves(sentences, H.REAL_DEV)

    totals = Counter()
    rows = []
    for s in sentences:
        for edit in s.edits:
            totals[(s.half, edit.subkind)] += 1
        doc = Document(PREFIX + s.text + "\n", path="sentence.txt")
        offset = len(PREFIX)
        for kind, start, end, filler, evidence in proposals(doc, offset):
            span = (start - offset, end - offset)
            hit = [e for e in s.edits if H.hits(span, e.span)]
            good = any(e.subkind in WANTED[kind] for e in hit)
            touched = bool(hit) or any(H.hits(span, t) for t in s.touched)
            verdict = "good" if good else "touched" if touched else "other"
            shown = ""
            if s.half == "tune":
                a, b = span
                shown = f"{s.text[max(0, a - 60):a]}[[{s.text[a:b]}]]{s.text[b:b + 40]}"
            rows.append((kind, s.half, verdict, evidence, filler, shown))

    words = Counter()
    for s in sentences:
        words[s.half] += len(s.text.split())
    print(f"words: tune {words['tune']:,}, held-out {words['held-out']:,}")
    for kind, subkinds in WANTED.items():
        errors = {half: sum(totals[(half, sub)] for sub in subkinds) for half in ("tune", "held-out")}
        levels = margins if kind in ("missing", "extra", "swap", "swap+sides") else [None]
        for margin in levels:
            line = []
            for half in ("tune", "held-out"):
                chosen = Counter(
                    verdict for k, h, verdict, evidence, *_ in rows
                    if k == kind and h == half and (margin is None or evidence > margin)
                )
                line.append(f"{half} good {chosen['good']:3}/{errors[half]:<3} other {chosen['other']:4} touched {chosen['touched']:3}")
            label = kind if margin is None else f"{kind} > {margin:g}"
            print(f"{label:22} " + " | ".join(line))

    if args.show:
        kind, _, n = args.show.rpartition(":")
        lowest = min(margins)
        shown = [r for r in rows if r[0] == kind and r[1] == "tune" and (r[3] is None or r[3] > lowest)]
        shown.sort(key=lambda r: -(r[3] or 0))
        for _kind, _half, verdict, evidence, filler, text in shown[: int(n)]:
            score = "" if evidence is None else f"{evidence:5.1f} "
            print(f"{verdict:7} {score}{filler!r}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
