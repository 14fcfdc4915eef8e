#!/usr/bin/env python3
"""Choose the evidence each confusion pair needs before the real-word rules flag it.

    python3 scripts/calibrate_confusables.py [--data DIR] [--floor 4.0] [--min-recall 0.2]
                                             [--write] [--half tune|held-out]

Reads the clean news articles that ``scripts/eval_confusables.py`` injects errors into
(``../shared/eval/data``, for measuring only: nothing of their text is kept), and only the half
of them it calls ``tune``. For every ordered pair of a confusion set (``written``, ``meant``):

- on every clean occurrence of ``written``, how strongly the counts prefer ``meant``: a
  finding there would be a false alarm;
- on every occurrence of ``meant`` replaced by ``written`` (a simulated slip), how strongly the
  counts prefer ``meant`` again: a finding there is a catch.

A pair's threshold is the least margin, at or above ``--floor``, that no clean occurrence
reaches (with neither neighbour speaking against the change); a pair that then catches fewer
than ``--min-recall`` of its slips is switched off, and so is a pair of the sets grown from
data (``build_ngrams.homophone_sets``: not hand-picked) that the tune half shows fewer than
``--min-slips`` slips of, or whose catches there are fewer than ``--min-precision`` of its
findings (catches and false findings together): such a pair has shown nothing. ``--write`` stores the thresholds in
``newslint/data/confusion_thresholds.tsv``; without it the table is printed. ``--half
held-out`` prints how the stored thresholds do on the other half, where the rules cut
(``confusion.SURE`` past the threshold).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import build_ngrams as bn  # noqa: E402
import eval_confusables as ev  # noqa: E402
from newslint import confusion  # noqa: E402
from newslint.analysis.lexicon import _TOKEN, APOSTROPHES  # noqa: E402

OUT = ROOT / "newslint" / "data" / "confusion_thresholds.tsv"

# Real slips in the "clean" articles, found by reading the false findings of the tune half:
# (article, the words around the slip). They are not counted as false findings.
KNOWN_SLIPS = [("tempeval3:245", "more then 1,640")]
DEFAULT_DATA = Path("/work/shared/eval/data") if not ev.DEFAULT_DATA.exists() else ev.DEFAULT_DATA


def collect(data: Path, half: str):
    """Evidence on every clean occurrence and every simulated slip, whatever it says (the
    decision is ``passes``)."""
    against, confusion.AGAINST = confusion.AGAINST, float("inf")
    try:
        return _collect(data, half)
    finally:
        confusion.AGAINST = against


def _collect(data: Path, half: str):
    sets = confusion.confusion_sets()
    slips = defaultdict(set)  # meant -> the words written for it by mistake
    for written, (_, alternatives) in sets.items():
        for meant in alternatives:
            slips[meant].add(written)
    clean, simulated = defaultdict(list), defaultdict(list)
    occurrences = Counter()
    words = 0
    for key, text in ev.articles(data):
        if not _in_half(key, half):
            continue
        words += len(text.split())
        folded = text.translate(APOSTROPHES).lower()
        for paragraph in re.finditer(r"[^\n]+", folded):
            tokens = [
                (m.group(), m.start(), m.end(), text[m.start() : m.end()])
                for m in _TOKEN.finditer(folded, paragraph.start(), paragraph.end())
            ]
            for i, (word, start, end, written) in enumerate(tokens):
                if any(k == key and snippet in text[start - 30 : end + 30] for k, snippet in KNOWN_SLIPS):
                    continue
                for meant in sets.get(word, ("", ()))[1]:
                    occurrences[(word, meant)] += 1
                    found = confusion.judge(tokens, i, (meant,), float("-inf"), thresholds={})
                    if found:
                        clean[(word, meant)].append(Seen(found, key, start))
                for slip in slips.get(word, ()):
                    shown = slip[:1].upper() + slip[1:] if written[:1].isupper() else slip
                    changed = tokens[:i] + [(slip, start, end, shown)] + tokens[i + 1 :]
                    found = confusion.judge(changed, i, (word,), float("-inf"), thresholds={})
                    if found:
                        simulated[(slip, word)].append(Seen(found, key, start))
    return clean, simulated, words, occurrences


def _in_half(key: str, half: str) -> bool:
    """"tune" and "held-out" are eval_confusables' halves; "tune-a" and "tune-b" split the
    tune half again, to choose --floor and --gap on one and check them on the other."""
    import zlib

    if half in ("tune", "held-out"):
        return ev._half(key) == half
    quarter = "tune-a" if zlib.crc32(f"{key}|quarter".encode()) % 2 == 0 else "tune-b"
    return ev._half(key) == "tune" and quarter == half


class Seen(NamedTuple):
    evidence: confusion.Evidence
    key: str  # the article
    start: int  # where the word is in it

    @property
    def margin(self) -> float:
        return self.evidence.margin


def passes(seen: Seen, threshold: float) -> bool:
    return confusion.decides(seen.evidence, threshold)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--floor", type=float, default=confusion.THRESHOLD)
    parser.add_argument("--min-recall", type=float, default=0.2)
    parser.add_argument("--modifier-floor", type=float, default=10.0,
                        help="floor for S206: news copy uses many such nouns as modifiers")
    parser.add_argument("--low-floor", type=float, default=confusion.THRESHOLD)
    parser.add_argument("--often", type=int, default=1_000_000,
                        help="clean occurrences from which a pair may go down to --low-floor")
    parser.add_argument("--half", choices=("tune", "held-out", "tune-a", "tune-b"), default="tune")
    parser.add_argument("--min-slips", type=int, default=20,
                        help="slips a pair grown from data must show on the tune half to go live")
    parser.add_argument("--min-precision", type=float, default=0.95,
                        help="share of a grown pair's findings on the tune half that must be catches")
    parser.add_argument("--gap", type=float, default=1.0, help="margin above the highest false one")
    parser.add_argument("--check", choices=("tune-a", "tune-b"), help="measure on this quarter")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--against", type=float, default=confusion.AGAINST,
                        help="how far one neighbour may speak for the written word (for trials;"
                        " the rule uses confusion.AGAINST)")
    args = parser.parse_args()
    confusion.AGAINST = args.against

    clean, simulated, words, occurrences = collect(args.data, args.half)
    codes = confusion.pair_codes()
    pairs = sorted(set(clean) | set(simulated), key=lambda p: -len(simulated.get(p, ())))
    stored = confusion.thresholds()
    picked = set()  # the hand-picked pairs (and S206's): the rest were grown from data
    for _, members in bn.SETS + bn.derivational_sets():
        group = [w for w in members.split() if w != "->"]
        picked.update((a, b) for a in group for b in group if a != b)
    rows = []
    total_noise = 0
    for pair in pairs:
        noise, slips = clean.get(pair, []), simulated.get(pair, [])
        if args.half != "held-out":
            # a pair seen often in clean copy has shown how low it may go; a rare one has not
            floor = args.low_floor if occurrences[pair] >= args.often else args.floor
            if codes[pair] == "S206":
                floor = max(floor, args.modifier_floor)
            reached = [e.margin for e in noise if passes(e, floor)]
            threshold = max([floor] + [m + args.gap for m in reached])
            recall = sum(passes(e, threshold) for e in slips) / len(slips) if slips else 0.0
            if slips and recall < args.min_recall:
                threshold = float("inf")
            if pair not in picked and codes[pair] == "S205":
                caught = sum(passes(e, threshold) for e in slips)
                false_ = sum(passes(e, threshold) for e in noise)
                if len(slips) < args.min_slips or caught < args.min_precision * (caught + false_):
                    threshold = float("inf")
        else:  # measured where the rules cut: confusion.SURE past the stored threshold
            threshold = stored.get(pair, args.floor) + confusion.SURE
            recall = sum(passes(e, threshold) for e in slips) / len(slips) if slips else 0.0
        false = sum(passes(e, threshold) for e in noise)
        total_noise += false
        rows.append((pair, threshold, len(noise), len(slips), recall, false))
        if args.check:
            continue
        print(
            f"{pair[0]:>14} -> {pair[1]:<14} clean {occurrences[pair]:5d} slips {len(slips):5d}"
            f" | threshold {threshold:5.1f} recall {recall:.2f} false {false}"
        )
    grown = [row for row in rows if row[0] not in picked and codes[row[0]] == "S205" and row[1] != float("inf")]
    if grown:
        caught = sum(round(row[3] * row[4]) for row in grown)
        false = sum(row[5] for row in grown)
        print(f"pairs grown from data, live: {len(grown)}; {caught} of {sum(row[3] for row in grown)}"
              f" slips caught, {false} false findings (precision {caught / max(1, caught + false):.3f})")
    slips = sum(row[3] for row in rows)
    caught = sum(row[3] * row[4] for row in rows)
    print(f"{caught / max(1, slips):.3f} of {slips} injected slips caught")
    print(f"{args.half} half: {words} words, {total_noise} false findings"
          f" ({1000 * total_noise / max(1, words):.3f} per 1,000 words)")
    if args.check:
        chosen = {pair: threshold for pair, threshold, *_ in rows}
        clean, simulated, words, _ = collect(args.data, args.check)
        false = sum(passes(e, chosen.get(p, args.floor)) for p, es in clean.items() for e in es)
        caught = sum(passes(e, chosen.get(p, args.floor)) for p, es in simulated.items() for e in es)
        slips = sum(len(es) for es in simulated.values())
        print(f"checked on {args.check}: recall {caught / max(1, slips):.3f} of {slips} slips,"
              f" {false} false ({1000 * false / max(1, words):.3f} per 1,000 words)")
        keys = [("its", "it's"), ("it's", "its"), ("there", "their"), ("their", "there"),
                ("then", "than"), ("than", "then"), ("who's", "whose"), ("lead", "led")]
        print("  " + "  ".join(
            f"{w}>{m} {sum(passes(e, chosen.get((w, m), args.floor)) for e in simulated.get((w, m), [])) / max(1, len(simulated.get((w, m), []))):.2f}"
            for w, m in keys))
    if args.write and args.half == "tune":
        lines = [
            "# written\tmeant\tthreshold (natural log of the odds the counts must give 'meant';"
            " inf: pair off)",
            f"# chosen by scripts/calibrate_confusables.py --floor {args.floor} --gap {args.gap}"
            f" --low-floor {args.low_floor} --often {args.often} --modifier-floor {args.modifier_floor}"
            f" --min-recall {args.min_recall} --min-slips {args.min_slips} --min-precision {args.min_precision}"
            " on the tune half of the injection"
            " articles",
        ]
        lines += [f"{w}\t{m}\t{t:.1f}" for (w, m), t, *_ in sorted(rows)]
        OUT.write_text("\n".join(lines) + "\n", "utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
