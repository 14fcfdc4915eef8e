#!/usr/bin/env python3
"""Build newslint/data/article_model.bin: none, "a/an" or "the" before a singular noun phrase.

    python3 scripts/build_article_model.py [--files 96] [--epochs 3] [--cache /tmp/article-model]

Reads English Wikipedia (WikiExtractor files under /tmp/rw-corpus/wiki, CC BY-SA 3.0), never
the files text_AD_wiki_50 to _99 (``build_countability.held_out``: the injection harness and
the clean-copy measurements read them). Every paragraph is split into sentences and tagged by
newslint's own tagger; every singular noun phrase opened by "a", "an", "the" or nothing
(``article_model.phrase_at``) is one example, its label the writer's own choice, its features
read as if the article were not there (``article_model.features``). The tagged sentences of
each file are cached (``--cache``), so that features can change and training be repeated
without tagging again.

The model is multinomial logistic regression trained by stochastic gradient descent (a fixed
learning rate, L2 decay applied lazily, a seeded shuffle, ``--epochs`` passes) in pure Python,
so the file is the same byte for byte on every run. Features seen fewer than ``--min-count``
times are dropped before training, and those whose three weights differ by less than
``--least`` after (the file stays well under 2 MB).
"""

from __future__ import annotations

import argparse
import math
import pickle
import random
import sys
import time
from array import array
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_countability import counted_files, tagged_sentences  # noqa: E402

from newslint import article_model  # noqa: E402

SEED = "article-model-2026-12-01"
SCALE = 1000.0
COUNT_BARE = 0.25
MASS_A = 0.05


def tagged_file(path: Path) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The tagged sentences of one Wikipedia file that hold a singular noun."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return [(tuple(words), tuple(tags)) for words, tags in tagged_sentences(text) if "NN" in tags]


def sentence_examples(words: list[str], tags: list[str]):
    """(label index, hashed features, head noun) of each phrase of a tagged sentence."""
    for k, tag in enumerate(tags):
        if tag != "NN":
            continue
        reading = article_model.phrase_at(words, tags, k)
        if reading is not None:
            hashed = array("I", sorted({article_model.feature_hash(f) for f in reading.features}))
            yield article_model.LABELS.index(reading.label), hashed, words[k].lower()


def examples(files: list[Path], cache: Path):
    """The labels and hashed features of the files' phrases, and the count of each (head,
    label); tagged sentences cached."""
    cache.mkdir(parents=True, exist_ok=True)
    labels, rows, heads = array("B"), [], Counter()
    for path in files:
        out = cache / f"{path.name}.tagged.pkl"
        if not out.exists():
            started = time.process_time()
            out.write_bytes(pickle.dumps(tagged_file(path)))
            print(f"{path.name}: tagged in {time.process_time() - started:.1f} s CPU", file=sys.stderr)
        for words, tags in pickle.loads(out.read_bytes()):
            for label, row, head in sentence_examples(list(words), list(tags)):
                labels.append(label)
                rows.append(row)
                heads[head, label] += 1
    return labels, rows, heads


def noun_lists(heads: Counter, least_seen: int) -> tuple[list[str], list[str]]:
    """The nouns seen at least ``least_seen`` times: those bare in at most COUNT_BARE of their
    phrases (the only ones the model is ever sure want an article), and those with "a" in at
    most MASS_A (the only ones it is ever sure take none)."""
    seen = Counter()
    for (head, _), n in heads.items():
        seen[head] += n
    often = sorted(h for h, n in seen.items() if n >= least_seen)
    count = [h for h in often if heads[h, 0] <= COUNT_BARE * seen[h]]
    mass = [h for h in often if heads[h, 1] <= MASS_A * seen[h]]
    return count, mass


def train(labels: array, rows: list[array], epochs: int, rate: float, decay: float, min_count: int):
    """Weights {hash: [w_none, w_a, w_the]} of multinomial logistic regression."""
    seen = Counter(h for row in rows for h in row)
    keep = {h for h, n in seen.items() if n >= min_count}
    rows = [array("I", [h for h in row if h in keep]) for row in rows]
    weights = {h: [0.0, 0.0, 0.0] for h in keep}
    touched = dict.fromkeys(keep, 0)
    order = list(range(len(rows)))
    rng = random.Random(SEED)
    step = 0
    for epoch in range(epochs):
        step_rate = rate / (1 + epoch)  # smaller steps as the weights settle
        shrink = 1.0 - step_rate * decay
        rng.shuffle(order)
        loss = 0.0
        for i in order:
            step += 1
            row = rows[i]
            vectors = []
            for h in row:
                w = weights[h]
                gap = step - touched[h]
                if gap:
                    factor = shrink**gap
                    w[0] *= factor
                    w[1] *= factor
                    w[2] *= factor
                    touched[h] = step
                vectors.append(w)
            s0 = sum(w[0] for w in vectors)
            s1 = sum(w[1] for w in vectors)
            s2 = sum(w[2] for w in vectors)
            top = max(s0, s1, s2)
            e0, e1, e2 = math.exp(s0 - top), math.exp(s1 - top), math.exp(s2 - top)
            total = e0 + e1 + e2
            p = [e0 / total, e1 / total, e2 / total]
            gold = labels[i]
            loss -= math.log(max(p[gold], 1e-12))
            p[gold] -= 1.0
            g0, g1, g2 = step_rate * p[0], step_rate * p[1], step_rate * p[2]
            for w in vectors:
                w[0] -= g0
                w[1] -= g1
                w[2] -= g2
        print(f"epoch {epoch + 1}: mean loss {loss / len(order):.4f}", file=sys.stderr)
        for h, w in weights.items():  # the decay still owed at this epoch's rate
            factor = shrink ** (step - touched[h])
            weights[h] = [x * factor for x in w]
            touched[h] = step
    return weights


def quantised(weights: dict, least: float) -> dict[int, tuple[int, int, int]]:
    """The weights times SCALE, rounded; a feature whose three weights differ by less than
    ``least`` is dropped (only differences between the labels' scores count)."""
    out = {}
    for h, w in weights.items():
        if max(w) - min(w) < least:
            continue
        middle = sum(w) / 3  # the same added to every label changes no probability
        out[h] = tuple(max(-32767, min(32767, round((x - middle) * SCALE))) for x in w)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=96, help="Wikipedia files to read (of 350)")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--rate", type=float, default=0.05)
    parser.add_argument("--decay", type=float, default=1e-6)
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--least", type=float, default=0.2, help="drop features whose weights differ by less")
    parser.add_argument("--least-seen", type=int, default=10, help="uses of a noun to list it as count or mass")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/article-model"))
    parser.add_argument("--out", type=Path, default=article_model.MODEL)
    args = parser.parse_args()
    trained = args.cache / f"weights-{args.files}-{args.epochs}-{args.rate}-{args.decay}-{args.min_count}.pkl"
    labels, rows, heads = examples(counted_files()[: args.files], args.cache)
    print(f"{len(rows)} phrases: {Counter(article_model.LABELS[x] for x in labels)}", file=sys.stderr)
    if trained.exists():  # the same training: only the pruning may differ
        weights = pickle.loads(trained.read_bytes())
    else:
        weights = train(labels, rows, args.epochs, args.rate, args.decay, args.min_count)
        trained.write_bytes(pickle.dumps(weights))
    kept = quantised(weights, args.least)
    count, mass = noun_lists(heads, args.least_seen)
    print(f"{len(count)} count nouns, {len(mass)} mass nouns", file=sys.stderr)
    article_model.Model.write(args.out, kept, SCALE, count, mass)
    print(f"{len(kept)} features kept, {args.out.stat().st_size} bytes: {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
