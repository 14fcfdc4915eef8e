#!/usr/bin/env python3
"""Measure S210 (``newslint/checks/confusables/slot_word.py``): findings on clean copy, and
recall on slips injected into held-out text.

    python3 scripts/eval_slot_words.py clean DIR_OR_FILE ... [--show MARGIN]
    python3 scripts/eval_slot_words.py inject DIR ... [--seed 7] [--rate 0.02]

``clean`` reads every paragraph (``build_ngrams.paragraphs``: plain text, .conllu ``# text``
lines, WikiExtractor files), tokenizes it as a draft is (the lexicon's tokens), and prints
every decision at or above ``--show`` with its context, then the findings per 100,000 words
at a grid of thresholds for each level (exact neighbours, classes). Real text holds real
errors: read the findings before calling them false.

S210 needs two kinds of evidence: the counts (``slot_ngrams``) and the tagger's reading
(``newslint/tag_slots.py``: the tags of the neighbours with the written word and with the
other word of its pair in its place). ``--decider counts`` (the default) measures the counts
alone, ``--decider tags`` the tagger's reading alone (on the pairs of ``data/tag_slots.txt``,
at a grid of the written word's fit W and the other word's fit M) and ``--decider both``
the two together (at a grid of the count margin M and the written word's fit W; the other
word's fit at the rule's bound). The rule's own thresholds are in the counts' "rule" figure.

``inject`` writes, at a random ``--rate`` of the slots holding a word of a set, the other word
of a random pair of it, and reports the share found at each threshold. Its slip rate is far
above real copy's, so it says nothing of precision. Each folder's files are split in two
halves by name (sorted; the first half "tune", the second "held out").
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_ngrams import paragraphs  # noqa: E402
from newslint import slot_ngrams  # noqa: E402
from newslint.analysis.dictionary import APOSTROPHES  # noqa: E402
from newslint.analysis.vocabulary import _TOKEN  # noqa: E402
from newslint import tag_slots  # noqa: E402
from newslint.checks.confusables.slot_word import (  # noqa: E402
    CLASS_THRESHOLD,
    TAG_MEANT_FROM,
    TAG_WRITTEN_BELOW,
    THRESHOLD,
    decide_at,
    running_text,
    slips,
)

GRID = (7.0, 8.0, 8.625, 9.0, 10.0, 10.75, 12.0)


def tokens_of(paragraph: str):
    folded = paragraph.translate(APOSTROPHES).lower()
    return [(m.group(), m.start(), m.end(), paragraph[m.start() : m.end()]) for m in _TOKEN.finditer(folded)]


def files(sources):
    for source in sources:
        if source.is_dir():
            yield from (p for p in sorted(source.rglob("*")) if p.is_file())
        else:
            yield source


def paragraphs_of(path: Path):
    # build_ngrams.paragraphs reads a folder; give it the one file
    if path.suffix in (".conllu", ".tokens", ".txt", ".md", "", ".wiki"):
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            # (a Markdown draft is read as plain text)
            link = Path(folder) / (path.stem + ".txt" if path.suffix == ".md" else path.name)
            link.symlink_to(path.resolve())
            yield from paragraphs(Path(folder))


def clean(args) -> int:
    if args.decider == "both":
        return clean_both(args)
    if args.decider == "tags":
        return clean_tags(args)
    model = slot_ngrams.model()
    words = 0
    found = []
    for path in files(args.sources):
        for paragraph in paragraphs_of(path):
            tokens = tokens_of(paragraph)
            words += sum(1 for t in tokens if t[0][:1].isalnum())
            for i, decision in slips(tokens, model, threshold=GRID[0], class_threshold=GRID[0], tagged=False):
                found.append((path.name, decision, _context(tokens, i, decision.meant)))
    for name, d, text in sorted(found, key=lambda f: -f[1].margin):
        if d.margin >= args.show:
            print(f"{d.margin:5.2f} {'class' if d.by_class else 'word '} {name}: {text}")
    print(f"\n{words} words; findings per 100k words at margin >=:")
    for by_class, label in ((False, "word "), (True, "class")):
        row = [sum(1 for _, d, _ in found if d.by_class == by_class and d.margin >= t) for t in GRID]
        print(label, "  ".join(f"{t:g}: {n} ({100_000 * n / max(words, 1):.1f})" for t, n in zip(GRID, row)))
    return 0


def _context(tokens, i, meant):
    left = " ".join(t[3] for t in tokens[max(0, i - 6) : i])
    right = " ".join(t[3] for t in tokens[i + 1 : i + 7])
    return f"{left} [{tokens[i][3]} -> {meant}] {right}"


TAG_GRID = ((-7.0, -4.5), (-7.0, -3.5), (-8.0, -4.5), (-8.0, -3.5), (-9.0, -4.5), (-9.0, -3.5), (-10.0, -4.5))


def _tag_cells(reading):
    return [(w, m) for w, m in TAG_GRID if reading.written_fit < w and reading.meant_fit >= m]


def _tag_decisions(tokens):
    partners = tag_slots.data().partners
    for i, t in enumerate(tokens):
        if t[0] in partners and t[3] == t[0]:
            found = tag_slots.read(tokens, i, max(w for w, _ in TAG_GRID))
            if found is not None and _tag_cells(found):
                yield i, found


def clean_tags(args) -> int:
    words = 0
    found = []
    for path in files(args.sources):
        for paragraph in paragraphs_of(path):
            tokens = tokens_of(paragraph)
            if not running_text(tokens):
                continue
            words += sum(1 for t in tokens if t[0][:1].isalnum())
            for i, r in _tag_decisions(tokens):
                found.append((path.name, r, _context(tokens, i, r.meant)))
    for name, r, text in sorted(found, key=lambda f: f[1].written_fit - f[1].meant_fit):
        print(f"{r.written_fit:6.2f} {r.meant_fit:6.2f} {name}: {text}")
    print(f"\n{words} words; findings (per 100k words) at written fit < W and meant fit >= M:")
    print("  ".join(f"{w:g}/{m:g}: {sum(1 for _, r, _ in found if (w, m) in _tag_cells(r))}"
                    f" ({100_000 * sum(1 for _, r, _ in found if (w, m) in _tag_cells(r)) / max(words, 1):.1f})"
                    for w, m in TAG_GRID))
    return 0


BOTH_GRID = ((7.0, -6.0), (7.0, -7.0), (7.0, -7.5), (8.0, -6.0), (8.0, -7.0), (8.625, -5.5), (8.625, -6.0), (8.625, -7.0))


def _both(tokens, i, d):
    """Grid cells (count margin, written fit) at which the counts' decision ``d`` and the
    tagger's reading agree."""
    found = tag_slots.fits(tokens, i, d.meant)
    if found is None or found[1] < TAG_MEANT_FROM:
        return []
    return [(m, w) for m, w in BOTH_GRID if d.margin >= m and found[0] < w]


def clean_both(args) -> int:
    model = slot_ngrams.model()
    words = 0
    found = []
    for path in files(args.sources):
        for paragraph in paragraphs_of(path):
            tokens = tokens_of(paragraph)
            words += sum(1 for t in tokens if t[0][:1].isalnum())
            for i, d in slips(tokens, model, threshold=5.0, class_threshold=5.0, tagged=False):
                cells = _both(tokens, i, d)
                if cells:
                    found.append((path.name, d, cells, _context(tokens, i, d.meant)))
    for name, d, cells, text in found:
        print(f"{d.margin:5.2f} {cells[-1]} {name}: {text}")
    print(f"\n{words} words; findings (per 100k words) at count margin >= M and written tag fit < W:")
    print("  ".join(f"{m:g}/{w:g}: {sum(1 for f in found if (m, w) in f[2])}" for m, w in BOTH_GRID))
    return 0


def halves(source: Path):
    """The source's files, split in a tuning half and a held-out half."""
    names = list(files([source]))
    return (("tune", names[: len(names) // 2]), ("held out", names[len(names) // 2 :]))


def injected_slips(paths, partners, rng, rate: float):
    """(tokens, i, meant, slip) for each word of running text in ``paths`` that has
    partners, chosen at ``rate``, with the partner written in its place."""
    for path in paths:
        for paragraph in paragraphs_of(path):
            tokens = tokens_of(paragraph)
            if not running_text(tokens):
                continue
            for i, t in enumerate(tokens):
                if t[0] not in partners or t[3] != t[0] or rng.random() >= rate:
                    continue
                yield tokens, i, t[0], rng.choice(partners[t[0]])


def with_slip(tokens, i, slip: str, before: int, after: int):
    """The tokens around ``i`` (``before`` words before it, ``after`` - 1 after it), with
    ``slip`` written for the word at ``i``."""
    t = tokens[i]
    return tokens[max(0, i - before) : i] + [(slip, t[1], t[2], slip)] + tokens[i + 1 : i + after]


def inject_tags(args) -> int:
    partners = tag_slots.data().partners
    rng = random.Random(args.seed)
    for source in args.sources:
        for label, paths in halves(source):
            injected, caught, by_pair = 0, Counter(), Counter()
            for tokens, i, meant, slip in injected_slips(paths, partners, rng, args.rate):
                injected += 1
                r = tag_slots.read(with_slip(tokens, i, slip, 4, 8), min(i, 4), max(w for w, _ in TAG_GRID))
                if r is not None and r.meant == meant:
                    for cell in _tag_cells(r):
                        caught[cell] += 1
                    if (TAG_GRID[0]) in _tag_cells(r):
                        by_pair[f"{slip}->{meant}"] += 1
            print(f"{source} {label}: {injected} injected; found at written fit < W, meant fit >= M:",
                  "  ".join(f"{w:g}/{m:g}: {caught[(w, m)] / max(injected, 1):.3f}" for w, m in TAG_GRID))
            print("   by pair at the first cell:", ", ".join(f"{k} {n}" for k, n in by_pair.most_common(20)))
    return 0


def inject(args) -> int:
    if args.decider == "tags":
        return inject_tags(args)
    model = slot_ngrams.model()
    partners = defaultdict(list)
    for line in slot_ngrams.SETS_FILE.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            a, b = line.split("\t")
            partners[a].append(b)
            partners[b].append(a)
    if args.only:  # "they:the": only "the" written for "they"
        partners = defaultdict(list)
        for pair in args.only.split(","):
            meant, slip = pair.split(":")
            partners[meant].append(slip)
    rng = random.Random(args.seed)
    for source in args.sources:
        for label, paths in halves(source):
            injected, caught = 0, Counter()
            for tokens, i, meant, slip in injected_slips(paths, partners, rng, args.rate):
                injected += 1
                d = decide_at(with_slip(tokens, i, slip, 2, 3), min(i, 2), model)
                wide = with_slip(tokens, i, slip, 4, 8)
                if args.decider == "both":
                    if d is not None and d.meant == meant:
                        for cell in _both(wide, min(i, 4), d):
                            caught[cell] += 1
                    continue
                if d is not None and d.meant == meant:
                    for g in GRID:
                        caught[g] += d.margin >= g
                    caught["rule"] += d.margin >= (CLASS_THRESHOLD if d.by_class else THRESHOLD) and tag_slots.confirms(
                        wide, min(i, 4), d.meant, TAG_WRITTEN_BELOW, TAG_MEANT_FROM
                    )
            if args.decider == "both":
                print(f"{source} {label}: {injected} injected; found at count margin >= M and written tag fit < W:",
                      "  ".join(f"{m:g}/{w:g}: {caught[(m, w)] / max(injected, 1):.4f}" for m, w in BOTH_GRID))
                continue
            print(
                f"{source} {label}: {injected} injected; found by the rule (counts and tags)"
                f" {caught['rule'] / max(injected, 1):.4f}; by the counts alone at one threshold for both levels:",
                "  ".join(f"{g:g}: {caught[g] / max(injected, 1):.3f}" for g in GRID),
            )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("clean")
    c.add_argument("sources", type=Path, nargs="+")
    c.add_argument("--show", type=float, default=5.0)
    c.add_argument("--decider", choices=("counts", "tags", "both"), default="counts")
    i = sub.add_parser("inject")
    i.add_argument("sources", type=Path, nargs="+")
    i.add_argument("--seed", type=int, default=7)
    i.add_argument("--rate", type=float, default=0.02)
    i.add_argument("--decider", choices=("counts", "tags", "both"), default="counts")
    i.add_argument("--only", help="meant:written pairs to inject, comma-separated (they:the)")
    args = parser.parse_args()
    return clean(args) if args.command == "clean" else inject(args)


if __name__ == "__main__":
    sys.exit(main())
