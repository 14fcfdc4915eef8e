#!/usr/bin/env python3
"""Build the learned real-word model: its candidates, counts and weights.

    python3 scripts/build_realword_model.py [--wiki DIR] [--out DIR] [--stage counts|train|all]
                                            [--cache FILE]

No rule uses the model yet (see ``scripts/realword_model.py`` for why), so
nothing of it is shipped: it is written to ``--out`` (``/tmp/realword-model`` by default), where
``scripts/eval_realword.py`` reads it. The same corpus gives the same bytes.

Reads English Wikipedia as WikiExtractor output (``/tmp/rw-corpus/wiki`` by default: the 400
files text/AA-AD/wiki_00-99 of the jason-feng/wikiVisual repository [1c0fac9], CC BY-SA 3.0,
attribution: the Wikipedia contributors; see ``newslint/data/ngrams_sources.txt``; nothing is
downloaded). Its files are split as ``scripts/eval_realword.py`` says (``part_of``): the counts
come from one part (the first ``COUNT_FILES`` files, about 19 million words), the training
examples from another, the threshold from the tune half of a third.

Writes into ``--out``:

- ``realword_counts.bin``: counts keyed by the hash of their key (``learned.HashedCounts``),
  one byte each (``learned.encode_count``): for every word that has candidates and every
  candidate, its count ("1"), and the n-grams holding it with the word before ("L"), after
  ("R"), both ("T"), the two before ("A") and the two after ("B"), kept when seen ``FLOOR``
  times or more; the Penn tags the repository's tagger gives each such word ("W"); and tag
  trigrams ("P") and tag counts ("P1") over the first ``TAG_TOKENS`` tokens of the counts'
  part. About 6.4 MB for 1.3 million counts: five bytes a count, where the keys as text
  would take about three times as much.
- ``realword_model.txt``: the candidates of each word, the tag set, the weights of the
  logistic regression over ``learned.NAMES``, and the threshold.

Candidates (``candidate_pairs``): two words one edit apart (a letter added, dropped or
changed, or two letters swapped), both among the ``COMMON`` commonest words of English (the
lexicon's frequencies; two-letter words only when in ``TWO_LETTER``), one among the
``ANCHORS`` commonest, neither an inflection of the other ("year"/"years": the agreement
rules' business), and no pair of a listed confusion set (``data/confusion_sets.txt``: the
S201-S206 rules weigh those).

Training (``examples``, ``fit``): in paragraphs of the training part, slips are made as the
harness makes them; each slip gives a positive example (the written word, the word meant) and
its other candidates negatives; every clean word with candidates gives, with chance
``CLEAN_RATE``, a negative for each candidate; words seen ``learned.ATTESTED`` times between
the same neighbours are left out, as the model leaves them. Logistic regression by Adagrad,
``EPOCHS`` passes, L2 ``L2``. The threshold is the lowest score at which ``THRESHOLD_FILES``
files of the harness's tune half have at most ``BUDGET`` false alarms per 1,000 words.

Pure Python, needs only the repository: on a shared machine about 6 minutes of CPU for the
counts (3 GB of memory) and 8 for the training and threshold.
"""

from __future__ import annotations

import argparse
import math
import pickle
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_realword as harness  # noqa: E402

from newslint import confusion  # noqa: E402
from newslint import tagger  # noqa: E402
from newslint.analysis import lexicon as lx  # noqa: E402
import realword_model as learned  # noqa: E402

COMMON = 1000
ANCHORS = 150
FLOOR = 3
COUNT_FILES = 100  # of the counts' part: about 19 million words
TAG_TOKENS = 1_500_000
CLEAN_RATE = 0.03
POSITIVES = 30_000
EPOCHS = 8
L2 = 1e-4
BUDGET = 0.05
THRESHOLD_FILES = 10  # of the harness's tune half
# Two-letter strings of the word list that are words in running English; the others ("al",
# "st", "de") are abbreviations and name parts, no slips of a common word.
TWO_LETTER = frozenset("am an as at be by do go he if in is it me my no of on or so to up us we".split())
INFLECTIONS = {"s": "nv", "es": "nv", "d": "v", "ed": "v", "ing": "v", "r": "a", "er": "a", "ly": "a"}


def one_edit(word: str) -> set[str]:
    """Every string one edit from ``word`` (letters and the apostrophe)."""
    letters = "abcdefghijklmnopqrstuvwxyz'"
    found = set()
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        if right:
            found.add(left + right[1:])
            found.update(left + c + right[1:] for c in letters)
        if len(right) > 1:
            found.add(left + right[1] + right[0] + right[2:])
        found.update(left + c + right for c in letters)
    found.discard(word)
    return found


def inflected(a: str, b: str) -> bool:
    """One word is a regular inflection of the other ("year"/"years", "use"/"used") or its
    possessive."""
    short, long_ = sorted((a, b), key=len)
    if long_ in (short + "'s", short + "s'"):
        return True
    if long_.startswith(short):
        ending = long_[len(short) :]
    else:
        ending = "ing" if long_ == short[:-1] + "ing" else ""
    return bool(set(INFLECTIONS.get(ending, "")) & set(lx.specialist_tags(short)))


def commonest_english(n: int) -> list[str]:
    """The ``n`` commonest words of English by the lexicon's frequencies, two letters or more."""
    found = []
    for _, band in lx._bands():
        for word in band:
            if len(word) > 1 and word.replace("'", "").isalpha():
                found.append(word)
                if len(found) == n:
                    return found
    return found


def candidate_pairs() -> dict[str, tuple[str, ...]]:
    """written word → its candidates (see the module docstring)."""
    frequent = [w for w in commonest_english(COMMON) if len(w) > 2 or w in TWO_LETTER]
    known, anchors = set(frequent), set(frequent[:ANCHORS])
    listed = set(confusion.pair_codes())
    found: dict[str, set[str]] = {}
    for word in frequent:
        for other in one_edit(word) & known:
            if {word, other} & anchors and not inflected(word, other) and (word, other) not in listed:
                found.setdefault(word, set()).add(other)
    return {w: tuple(sorted(c)) for w, c in sorted(found.items())}


def count(paths, words: set[str]) -> Counter:
    """The n-gram and tag counts of the store (see the module docstring), before the floor."""
    counts: Counter = Counter()
    tagged = 0
    for path in paths:
        for text in harness.paragraphs(path):
            tagged += count_paragraph(text, words, counts, tagged < TAG_TOKENS)
        print(f"  {path.name}: {len(counts)} keys", file=sys.stderr, flush=True)
    return counts


def count_paragraph(text: str, words: set[str], counts: Counter, tag: bool) -> int:
    """Add the n-grams of ``text`` around ``words`` to ``counts``, and its tags when ``tag``:
    the number of tokens tagged."""
    sep = learned.SEP
    tokens = [learned.norm(t[0]) for t in harness.tokenize(text)]
    padded = [learned.BOS, learned.BOS] + tokens + [learned.EOS, learned.EOS]
    for k, x in enumerate(tokens):
        if x not in words:
            continue
        p2, p1, n1, n2 = padded[k], padded[k + 1], padded[k + 3], padded[k + 4]
        counts[f"1{sep}{x}"] += 1
        counts[f"L{sep}{p1}{sep}{x}"] += 1
        counts[f"R{sep}{x}{sep}{n1}"] += 1
        counts[f"T{sep}{p1}{sep}{x}{sep}{n1}"] += 1
        counts[f"A{sep}{p2}{sep}{p1}{sep}{x}"] += 1
        counts[f"B{sep}{x}{sep}{n1}{sep}{n2}"] += 1
    return count_tags(text, words, counts) if tag and tokens else 0


def count_tags(text: str, words: set[str], counts: Counter) -> int:
    """Tag ``text`` and count its tag trigrams, tags and the tags of ``words``."""
    sep = learned.SEP
    found = tagger.tokenize(text)
    tags = [learned.BOS] + tagger.tag([t.text for t in found]) + [learned.EOS]
    for k, token in enumerate(found, start=1):
        counts[f"P{sep}{tags[k - 1]}{sep}{tags[k]}{sep}{tags[k + 1]}"] += 1
        counts[f"P1{sep}{tags[k]}"] += 1
        word = token.text.lower().replace("’", "'")
        if word in words:
            counts[f"W{sep}{word}{sep}{tags[k]}"] += 1
    return len(found)


def write_counts(counts: Counter) -> bytes:
    return learned.encode_counts({key: c for key, c in counts.items() if c >= FLOOR or key[0] in "1PW"})


def examples(model, paths, rng: random.Random):
    """(features, label) pairs from the training paragraphs (see the module docstring)."""
    slips_for = harness.meant_for(model)
    positives = 0
    for path in paths:
        for number, text in enumerate(harness.paragraphs(path)):
            local = random.Random(f"train:{path.name}:{number}")
            new, made = harness.slipped(text, local, slips_for)
            tokens = harness.tokenize(new)
            at = {start: (written, meant) for start, written, meant in made}
            for i, token in enumerate(tokens):
                written = token[0]
                candidates = model.candidates.get(written)
                if not candidates or not token[3].islower():
                    continue
                slip = at.get(token[1])
                if slip is None and rng.random() >= CLEAN_RATE:
                    continue
                context = model.context(tokens, i)
                if model.window_counts(written, *context)[2] >= learned.ATTESTED:
                    continue  # taken as written (see learned.ATTESTED)
                tags = harness.tag_context(new, tokens, i)()
                for candidate in candidates:
                    vector = model.features(written, candidate, context)
                    if tags:
                        vector = model.with_pos(vector, written, candidate, tags)
                    yield vector, int(slip is not None and slip[1] == candidate)
                positives += slip is not None
            if positives >= POSITIVES:
                return


def fit(data) -> tuple[list[float], float]:
    """Logistic regression weights and bias, by Adagrad over shuffled examples."""
    size = len(data[0][0])
    weights, bias = [0.0] * size, 0.0
    squares, bias_square = [1e-8] * size, 1e-8
    rng = random.Random(7)
    order = list(range(len(data)))
    rate = 0.5
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        loss = 0.0
        for k in order:
            x, y = data[k]
            z = bias + sum(w * v for w, v in zip(weights, x))
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            loss -= math.log(p if y else 1 - p + 1e-12) if p < 1 or not y else 0.0
            g = p - y
            for j in range(size):
                gj = g * x[j] + L2 * weights[j]
                squares[j] += gj * gj
                weights[j] -= rate * gj / math.sqrt(squares[j])
            bias_square += g * g
            bias -= rate * g / math.sqrt(bias_square)
        print(f"  epoch {epoch}: loss {loss / len(data):.4f}", file=sys.stderr, flush=True)
    return weights, bias


def model_text(candidates, tagset, weights=None, bias=0.0, threshold=math.inf) -> str:
    lines = [
        "# The learned real-word model (scripts/realword_model.py), written by",
        "# scripts/build_realword_model.py: candidates of each word, the tag set, the logistic",
        "# regression's weights and bias, and the threshold on its score (log-odds).",
        "tags\t" + " ".join(tagset),
    ]
    lines += [f"candidates\t{w}\t{' '.join(c)}" for w, c in candidates.items()]
    for name, value in zip(learned.NAMES, weights or [0.0] * len(learned.NAMES)):
        lines.append(f"weight\t{name}\t{value:.4f}")
    lines += [f"bias\t{bias:.4f}", f"threshold\t{threshold:.2f}"]
    return "\n".join(lines) + "\n"


def choose_threshold(model, paths) -> float:
    """The lowest score at which the tune half has at most BUDGET false alarms per 1,000 words."""
    scores = harness.scores(model, paths)
    words = scores["words"]
    false = sorted((s for s, right in scores["verdicts"] if not right), reverse=True)
    allowed = int(BUDGET * words / 1000)
    return false[allowed] + 0.01 if len(false) > allowed else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wiki", type=Path, default=harness.WIKI)
    parser.add_argument("--stage", choices=("counts", "train", "all"), default="all")
    parser.add_argument("--out", type=Path, default=harness.STORE, help=f"where to write (default {harness.STORE})")
    parser.add_argument("--cache", type=Path, help="keep the training examples in this file (trials)")
    parser.add_argument("--files", type=int, default=0, help="at most this many files a part (trials)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    candidates = candidate_pairs()
    words = set(candidates) | {c for cs in candidates.values() for c in cs}
    print(f"{len(candidates)} written words, {sum(map(len, candidates.values()))} pairs, {len(words)} words", file=sys.stderr)

    def part(name):
        found = harness.files(args.wiki, name)
        return found[: args.files] if args.files else found

    if args.stage in ("counts", "all"):
        counts = count(part("counts")[:COUNT_FILES], words)
        tagset = sorted({key.split(learned.SEP)[1] for key in counts if key.startswith("P1" + learned.SEP)})
        data = write_counts(counts)
        (args.out / learned.COUNTS).write_bytes(data)
        (args.out / learned.MODEL).write_text(model_text(candidates, tagset), "utf-8")
        print(f"counts: {len(data) // 1024} KiB", file=sys.stderr)
    if args.stage in ("train", "all"):
        model = learned.load(args.out)
        if args.cache and args.cache.exists():
            data = pickle.loads(args.cache.read_bytes())
        else:
            data = list(examples(model, part("train"), random.Random(3)))
            if args.cache:
                args.cache.write_bytes(pickle.dumps(data))
        print(f"{len(data)} examples, {sum(y for _, y in data)} positive", file=sys.stderr)
        weights, bias = fit(data)
        (args.out / learned.MODEL).write_text(model_text(candidates, model.tagset, weights, bias), "utf-8")
        model = learned.load(args.out)
        tune = [p for p in harness.files(args.wiki, "eval") if harness.half_of(p) == "tune"]
        threshold = choose_threshold(model, tune[: args.files or THRESHOLD_FILES])
        (args.out / learned.MODEL).write_text(model_text(candidates, model.tagset, weights, bias, threshold), "utf-8")
        print(f"threshold {threshold:.2f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
