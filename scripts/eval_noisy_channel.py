#!/usr/bin/env python3
"""Measure the noisy-channel real-word test (``newslint/noisy_channel.py``) on slips injected
into Wikipedia text its counts were not built from, and choose its threshold.

    python3 scripts/eval_noisy_channel.py [--wiki DIR] [--paragraphs N] [--seed S]
                                          [--threshold T] [--show N]

The harness files are the two in ten that ``scripts/build_word_bigrams.py`` keeps out of the
counts (``part_of``); they fall in two halves by a hash of their name, the tune half (the
threshold is chosen on it) and the held-out half (reported, never tuned on). In every
paragraph each word the test weighs is, with chance ``RATE``, given one typing slip drawn
from the same error model the test assumes (a letter dropped, added, changed or two swapped;
a doubled letter, a final s and a neighbouring key likelier, ``noisy_channel.edit_prior``);
only slips that make another dictionary word are kept (the others are non-words, the speller's
job). The test then weighs every word of the slipped paragraph. A slip counts as found when
its word is flagged with the meant word; every flag elsewhere is a false alarm (some are the
source's own slips). For each threshold: recall, false alarms per 1,000 words, and precision
at this injection rate; ``--threshold`` adds one row. The threshold chosen is the lowest
whose tune-half false alarms stay under ``FALSE_ALARM_BUDGET`` per 1,000 words.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from newslint import noisy_channel as nc  # noqa: E402
from newslint import word_bigrams as wb  # noqa: E402
from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.analysis.lexicon import _TOKEN, APOSTROPHES  # noqa: E402
import build_word_bigrams as build  # noqa: E402

RATE = 0.05  # chance that a weighed word gets a typing slip (most slips make non-words)
FALSE_ALARM_BUDGET = 0.1  # per 1,000 words on the tune half: the threshold chosen
THRESHOLDS = [x / 2 for x in range(0, 41)]


def half_of(path: Path) -> str:
    return "tune" if zlib.crc32(path.name.encode()) % 2 == 0 else "held-out"


def tokenize(text: str):
    folded = text.translate(APOSTROPHES).lower()
    if len(folded) != len(text):
        return []
    return [(m.group(), m.start(), m.end(), text[m.start() : m.end()]) for m in _TOKEN.finditer(folded)]


def slip(word: str, rng: random.Random) -> str | None:
    """One typing slip of ``word`` drawn by the error model, if it makes another word."""
    typos = sorted(lx.edits1(word))
    weights = [math.exp(nc.edit_prior(t, word)) for t in typos]
    typed = rng.choices(typos, weights)[0]
    if nc.eligible((typed, 0, 0, typed)):
        return typed
    return None


def slipped_paragraphs(paths, limit: int, seed: int):
    """(tokens, {index: meant word}) of up to ``limit`` paragraphs, slips injected."""
    done = 0
    for path in paths:
        for paragraph in build.paragraphs(path):
            rng = random.Random(f"{seed}:{path.name}:{done}")
            tokens = tokenize(paragraph)
            if not tokens:
                continue
            meant = {}
            for i, token in enumerate(tokens):
                if nc.eligible(token) and rng.random() < RATE:
                    typed = slip(token[0], rng)
                    if typed:
                        meant[i] = token[0]
                        tokens[i] = (typed, token[1], token[2], typed)
            yield tokens, meant
            done += 1
            if done >= limit:
                return


def margins(paths, limit: int, seed: int):
    """Per slip and per other word with a candidate: (is a slip, margin of its best
    candidate, that candidate is the meant word, (typed, meant, candidate)); the number of
    words and of slips."""
    rows, words, slips = [], 0, 0
    for tokens, meant in slipped_paragraphs(paths, limit, seed):
        words += sum(1 for t in tokens if t[0][:1].isalnum())
        slips += len(meant)
        found = dict(nc.weighed(tokens))
        for i, (margin, candidate) in found.items():
            if i not in meant:
                rows.append((False, margin, False, (tokens[i][0], None, candidate)))
        for i, word in meant.items():
            margin, candidate = found.get(i, (-math.inf, None))
            rows.append((True, margin, candidate == word, (tokens[i][0], word, candidate)))
    return rows, words, slips


def row(rows, words, slips, threshold):
    found = sum(1 for s, m, right, _ in rows if s and right and m > threshold)
    alarms = sum(1 for s, m, right, _ in rows if m > threshold and not (s and right))
    precision = found / (found + alarms) if found + alarms else 1.0
    return found, alarms, f"{threshold:5.1f}  recall {found}/{slips} = {found / max(slips, 1):.3f}  " \
        f"false alarms {alarms} ({1000 * alarms / max(words, 1):.2f}/1k)  precision {precision:.3f}"


def by_kind(rows, threshold) -> str:
    """Slips found and made, by the kind of edit that made them ("dropped 40/90 ...")."""
    made, found = {}, {}
    for is_slip, margin, right, (typed, meant, _) in rows:
        if is_slip:
            kind = nc.edit_kind(typed, meant)
            made[kind] = made.get(kind, 0) + 1
            found[kind] = found.get(kind, 0) + (right and margin > threshold)
    return ", ".join(f"{kind} {found[kind]}/{made[kind]}" for kind in sorted(made, key=lambda k: -made[k]))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wiki", type=Path, default=build.WIKI)
    parser.add_argument("--paragraphs", type=int, default=3000, help="paragraphs a half")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--interpolation", type=float, default=nc.INTERPOLATION)
    parser.add_argument("--attested", type=float, default=nc.ATTESTED)
    parser.add_argument("--show", type=int, default=0, help="print this many false alarms and misses")
    args = parser.parse_args(argv)
    nc.INTERPOLATION = args.interpolation
    nc.ATTESTED = args.attested
    harness = build.files(args.wiki, "harness")
    chosen = None
    for half in ("tune", "held-out"):
        paths = [p for p in harness if half_of(p) == half]
        rows, words, slips = margins(paths, args.paragraphs, args.seed)
        print(f"== {half}: {len(paths)} files, {args.paragraphs} paragraphs, {words:,} words, {slips} slips")
        thresholds = THRESHOLDS + ([args.threshold] if args.threshold is not None else [])
        if half == "tune":
            for t in THRESHOLDS:
                _, alarms, _ = row(rows, words, slips, t)
                if 1000 * alarms / max(words, 1) <= FALSE_ALARM_BUDGET:
                    chosen = t
                    break
            print(f"chosen threshold (false alarms <= {FALSE_ALARM_BUDGET}/1k): {chosen}")
        for t in sorted(set(thresholds + ([chosen] if chosen is not None else []))):
            if t in (chosen, args.threshold, nc.THRESHOLD) or t % 2 == 0:
                mark = " <- chosen" if t == chosen else (" <- shipped" if t == nc.THRESHOLD else "")
                print(row(rows, words, slips, t)[2] + mark)
        cut = args.threshold if args.threshold is not None else nc.THRESHOLD
        print(f"found by kind of slip at {cut}: " + by_kind(rows, cut))
        if args.show:
            cut = args.threshold if args.threshold is not None else nc.THRESHOLD
            alarms = sorted((r for r in rows if r[1] > cut and not (r[0] and r[2])), key=lambda r: -r[1])
            for r in alarms[: args.show]:
                print("  alarm", round(r[1], 1), r[3])
            misses = [r for r in rows if r[0] and not (r[2] and r[1] > cut)]
            for r in misses[: args.show]:
                print("  miss ", round(r[1], 1), r[3])
    return 0


if __name__ == "__main__":
    sys.exit(main())
