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
from newslint.checks.confusables.slot_word import CLASS_THRESHOLD, THRESHOLD, decide_at, running_text, slips  # noqa: E402

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
    model = slot_ngrams.model()
    words = 0
    found = []
    for path in files(args.sources):
        for paragraph in paragraphs_of(path):
            tokens = tokens_of(paragraph)
            words += sum(1 for t in tokens if t[0][:1].isalnum())
            for i, decision in slips(tokens, model, threshold=GRID[0], class_threshold=GRID[0]):
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


def inject(args) -> int:
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
        names = [p for p in files([source])]
        halves = (("tune", names[: len(names) // 2]), ("held out", names[len(names) // 2 :]))
        for label, paths in halves:
            injected, caught = 0, Counter()
            for path in paths:
                for paragraph in paragraphs_of(path):
                    tokens = tokens_of(paragraph)
                    if not running_text(tokens):
                        continue
                    for i, t in enumerate(tokens):
                        if t[0] not in partners or t[3] != t[0] or rng.random() >= args.rate:
                            continue
                        slip = rng.choice(partners[t[0]])
                        changed = tokens[max(0, i - 2) : i] + [(slip, t[1], t[2], slip)] + tokens[i + 1 : i + 3]
                        injected += 1
                        d = decide_at(changed, min(i, 2), model)
                        if d is not None and d.meant == t[0]:
                            for g in GRID:
                                caught[g] += d.margin >= g
                            caught["rule"] += d.margin >= (CLASS_THRESHOLD if d.by_class else THRESHOLD)
            print(
                f"{source} {label}: {injected} injected; found at the rule's thresholds"
                f" {caught['rule'] / max(injected, 1):.3f}; at one threshold for both levels:",
                "  ".join(f"{g:g}: {caught[g] / max(injected, 1):.3f}" for g in GRID),
            )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("clean")
    c.add_argument("sources", type=Path, nargs="+")
    c.add_argument("--show", type=float, default=5.0)
    i = sub.add_parser("inject")
    i.add_argument("sources", type=Path, nargs="+")
    i.add_argument("--seed", type=int, default=7)
    i.add_argument("--rate", type=float, default=0.02)
    i.add_argument("--only", help="meant:written pairs to inject, comma-separated (they:the)")
    args = parser.parse_args()
    return clean(args) if args.command == "clean" else inject(args)


if __name__ == "__main__":
    sys.exit(main())
