#!/usr/bin/env python3
"""Measure the learned real-word model (``scripts/realword_model.py``) on slips
injected into Wikipedia text that its counts were not built from.

    python3 scripts/eval_realword.py [--wiki DIR] [--store DIR] [--half tune|held-out|both]
                                     [--threshold T] [--seed S] [--show N] [--limit N]

The Wikipedia files (WikiExtractor output, ``/tmp/rw-corpus/wiki`` by default; see
``newslint/data/ngrams_sources.txt``) are split by their position in sorted order
(``part_of``): counts, training, and evaluation; the evaluation files fall in two halves by
a hash of their name, the tune half (the threshold is chosen on it) and the held-out half
(reported, never tuned on). In every paragraph, each word that a candidate of the model could
be a slip for (a word ``u`` with some ``w`` whose candidates hold ``u``) is replaced by such a
``w`` with chance ``RATE`` (seeded by the paragraph); the model then judges every word of the
slipped paragraph. A slip counts as found when the model flags its word with the meant word;
any other flag is a false alarm. Reported per half: slips found (recall), false alarms per
1,000 words, and precision at this injection rate. ``--store`` is the folder the model was
built into (``scripts/build_realword_model.py --out``).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from newslint import tagger  # noqa: E402
from newslint.analysis.lexicon import _TOKEN, APOSTROPHES  # noqa: E402
import realword_model as learned  # noqa: E402

WIKI = Path("/tmp/rw-corpus/wiki")
STORE = Path("/tmp/realword-model")  # where build_realword_model.py writes the model
RATE = 0.02  # chance that an eligible word is replaced by a slip
TAG_BEFORE, TAG_AFTER = 8, 3  # tokens tagged around a word for its part-of-speech context


def part_of(index: int) -> str:
    """The use of the ``index``-th Wikipedia file in sorted order: counts (4 in 10), training
    (2 in 10), evaluation (1 in 10; the rest is left alone)."""
    return {0: "counts", 1: "counts", 2: "counts", 3: "counts", 4: "train", 5: "train", 9: "eval"}.get(index % 10, "")


def files(wiki: Path, part: str) -> list[Path]:
    return [path for k, path in enumerate(sorted(wiki.iterdir())) if part_of(k) == part]


def half_of(path: Path) -> str:
    return "tune" if zlib.crc32(path.name.encode()) % 2 == 0 else "held-out"


def paragraphs(path: Path):
    """Paragraphs of a WikiExtractor file: one a line, titles and short lines left out."""
    from build_ngrams import _wikiextractor_paragraphs

    yield from _wikiextractor_paragraphs(path)


def tokenize(text: str):
    """Lexicon tokens of ``text`` as the rules see them: (lower case, start, end, written)."""
    folded = text.translate(APOSTROPHES).lower()
    if len(folded) != len(text):
        return []
    return [(m.group(), m.start(), m.end(), text[m.start() : m.end()]) for m in _TOKEN.finditer(folded)]


def tag_context(text: str, tokens, i):
    """A function giving the Penn tags before and after ``tokens[i]``, tagging a few tokens
    around it (the rules read the tags of the whole sentence)."""

    def tags():
        start = tokens[max(0, i - TAG_BEFORE)][1]
        end = tokens[min(len(tokens) - 1, i + TAG_AFTER)][2]
        found = tagger.tokenize(text, start, end)
        words = [t.text for t in found]
        tagged = tagger.tag(words)
        for k, t in enumerate(found):
            if t.start <= tokens[i][1] < t.end:
                before = tagged[k - 1] if k else learned.BOS
                after = tagged[k + 1] if k + 1 < len(found) else learned.EOS
                if i == 0:
                    before = learned.BOS
                return before, after
        return None

    return tags


def meant_for(model) -> dict[str, list[str]]:
    """meant word → the words that may be written for it (those whose candidates hold it)."""
    found: dict[str, list[str]] = {}
    for written, candidates in sorted(model.candidates.items()):
        for meant in candidates:
            found.setdefault(meant, []).append(written)
    return found


def slipped(text: str, rng: random.Random, slips_for):
    """``text`` with some words replaced (see the module docstring): the new text and the
    (start offset in the new text, written, meant) of each slip."""
    out, made, last, shift = [], [], 0, 0
    for token in tokenize(text):
        word = token[0]
        if word in slips_for and token[3].islower() and rng.random() < RATE:
            written = rng.choice(slips_for[word])
            out.append(text[last : token[1]])
            out.append(written)
            made.append((token[1] + shift, written, word))
            shift += len(written) - len(word)
            last = token[2]
    out.append(text[last:])
    return "".join(out), made


def evaluate(model, paths, threshold=None, seed=1, show=0):
    """Counts over ``paths``: slips, found, false alarms, words; and up to ``show`` examples."""
    slips_for = meant_for(model)
    slips = found = false = words = 0
    shown, verdicts = [], []
    for path in paths:
        for number, text in enumerate(paragraphs(path)):
            rng = random.Random(f"{seed}:{path.name}:{number}")
            new, made = slipped(text, rng, slips_for)
            tokens = tokenize(new)
            if not tokens:
                continue
            words += sum(1 for t in tokens if t[0][:1].isalnum())
            at = {start: (written, meant) for start, written, meant in made}
            slips += len(made)
            for i, token in enumerate(tokens):
                if token[0] not in model.candidates or not token[3].islower():
                    continue
                verdict = model.judge(tokens, i, tag_context(new, tokens, i), threshold)
                slip = at.get(token[1])
                if verdict:
                    verdicts.append((verdict[1], bool(slip and verdict[0] == slip[1])))
                if verdict and slip and verdict[0] == slip[1]:
                    found += 1
                elif verdict:
                    false += 1
                    if len(shown) < show:
                        shown.append(f"FALSE {token[0]} -> {verdict[0]} ({verdict[1]:.1f}): {new[max(0, token[1] - 60) : token[2] + 60]}")
    return {"slips": slips, "found": found, "false": false, "words": words, "shown": shown, "verdicts": verdicts}


def scores(model, paths, floor=-2.0, seed=1):
    """``evaluate`` at the low threshold ``floor``: its "verdicts" are (score, right) for every
    word flagged there, from which a threshold can be chosen."""
    return evaluate(model, paths, floor, seed)


def report(name: str, r: dict) -> str:
    recall = r["found"] / r["slips"] if r["slips"] else 0.0
    precision = r["found"] / (r["found"] + r["false"]) if r["found"] + r["false"] else 1.0
    per_k = 1000 * r["false"] / r["words"] if r["words"] else 0.0
    return (
        f"{name:9s} slips {r['slips']:6d}  found {r['found']:5d} = {recall:.3f}  false {r['false']:4d}"
        f" = {per_k:.3f}/1k of {r['words']} words  precision {precision:.3f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wiki", type=Path, default=WIKI)
    parser.add_argument("--store", type=Path, default=STORE, help=f"the model's folder (default {STORE})")
    parser.add_argument("--half", choices=("tune", "held-out", "both"), default="both")
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--limit", type=int, default=0, help="at most this many files a half")
    args = parser.parse_args()
    model = learned.load(args.store)
    halves = ("tune", "held-out") if args.half == "both" else (args.half,)
    for half in halves:
        paths = [p for p in files(args.wiki, "eval") if half_of(p) == half]
        if args.limit:
            paths = paths[: args.limit]
        r = evaluate(model, paths, args.threshold, args.seed, args.show)
        print(report(half, r))
        for line in r["shown"]:
            print("  " + re.sub(r"\s+", " ", line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
