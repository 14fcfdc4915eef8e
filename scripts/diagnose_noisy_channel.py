#!/usr/bin/env python3
"""Why does the noisy-channel real-word test (S209, ``newslint/noisy_channel.py``) flag what it
flags? For each finding on a set of drafts, the evidence behind it and the one cause it
points to.

    python3 scripts/diagnose_noisy_channel.py PATH... [--threshold T] [--right FILE]

PATH: drafts or folders of drafts (.txt, .md, split into paragraphs at blank lines);
``--wiki N`` adds N Wikipedia files of the real-word harness (files the store's counts never
saw; ``--half`` picks the harness's tune or held-out half). ``--right FILE`` names the
findings that are real slips (lines "file<TAB>word", written after reading each finding in
its draft); the summary then counts the causes of the false ones apart.

For each finding: the words on either side, the written word and the candidate, the margin,
the kind of edit, and the counts the decision read (the store's count of each word and of
each pair). Then the first cause that holds, of three:

- ``counts``: the store's counts are the trouble: with each word's single frequency taken as
  the larger of the store's (Wikipedia) and the lexicon's (wordfreq: news, web, subtitles,
  books and Wikipedia together), the margin falls to the threshold or under it.
- ``candidate``: the candidate is not a typist's likely slip (a letter changed, added or
  dropped, not next to its twin nor a neighbouring key) and is rarer than the written word:
  the test offers it only because one edit reaches it.
- ``decision``: counts and candidate look sound, yet the word is flagged: one word of context
  on each side, and no prior for how rare real slips are, were not enough. ``unseen`` marks
  the findings where a missing pair of the written word decided it although the store could
  not have kept that pair: fewer than ``MIN_EXPECTED`` sightings were expected even if the
  two words were independent (count(left) * count(word) / total; the store drops pairs seen
  fewer than four times), so its absence is no evidence.
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import build_word_bigrams as build
from eval_noisy_channel import half_of, tokenize

from newslint import noisy_channel as nc
from newslint import word_bigrams as wb
from newslint.analysis import lexicon as lx

MIN_EXPECTED = 8.0  # pairs expected fewer times than this may well be missing by chance


def general_share(store, word: str) -> float:
    """A word's share of English words: the larger of the store's and the lexicon's."""
    zipf = lx.zipf(word)
    return max(nc.store_share(store, word), 10.0 ** (zipf - 9) if zipf else 0.0)


def margin_with(store, left: str, word: str, right: str, meant: str, single) -> float:
    fits = (nc.fit(store, left, x, right, single) for x in (meant, word))
    return next(fits) + nc.edit_prior(word, meant) - next(fits)


def unseen_by_chance(store, left: str, word: str, right: str) -> bool:
    """Is a pair of the written word missing that the store could not have been expected to
    keep (``MIN_EXPECTED``)?"""
    expected = lambda a, b: store.count(a) * store.count(b) / store.total
    return any(
        store.pair(a, b) < nc.ATTESTED and expected(a, b) < MIN_EXPECTED for a, b in ((left, word), (word, right))
    )


def cause(store, left: str, word: str, right: str, meant: str, threshold: float) -> str:
    if margin_with(store, left, word, right, meant, general_share) <= threshold:
        return "counts"
    if nc.edit_prior(word, meant) == 0.0 and store.count(meant) < store.count(word):
        return "candidate"
    return "decision" + (" unseen" if unseen_by_chance(store, left, word, right) else "")


def drafts(paths):
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.suffix in (".txt", ".md"))
        else:
            yield path


def wiki_paragraphs(count: int, half: str):
    """(name, paragraph) from the first ``count`` Wikipedia files of the real-word harness's
    ``half`` ("tune" or "held-out"): files the store's counts never saw."""
    chosen = [p for p in build.files(build.WIKI, "harness") if half_of(p) == half][:count]
    for path in chosen:
        for paragraph in build.paragraphs(path):
            yield path.name, paragraph


def draft_paragraphs(paths):
    for path in drafts(paths):
        text = path.read_text(encoding="utf-8", errors="replace")
        for paragraph in text.split("\n\n"):
            yield path.name, paragraph


def findings(named_paragraphs, threshold: float):
    store = wb.store()
    for name, paragraph in named_paragraphs:
        tokens = tokenize(paragraph)
        forms = [wb.token(t[0]) for t in tokens]
        for i, meant, margin in nc.suspects(tokens, threshold):
            left = forms[i - 1] if i else wb.BOS
            right = forms[i + 1] if i + 1 < len(tokens) else wb.EOS
            word = forms[i]
            yield {
                "file": name,
                "left": left,
                "word": word,
                "right": right,
                "meant": meant,
                "margin": margin,
                "kind": nc.edit_kind(word, meant),
                "cause": cause(store, left, word, right, meant, threshold),
                "counts": (
                    store.count(word),
                    store.count(meant),
                    store.pair(left, word),
                    store.pair(word, right),
                    store.pair(left, meant),
                    store.pair(meant, right),
                ),
                "zipf": (lx.zipf(word), math.log10(max(store.count(word), 0.5) * 1e9 / store.total)),
                "context": paragraph[max(0, tokens[i][1] - 40) : tokens[i][2] + 40].replace("\n", " "),
            }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--wiki", type=int, default=0, help="also N Wikipedia files of the harness")
    parser.add_argument("--half", default="tune", choices=("tune", "held-out"), help="which half of them")
    parser.add_argument("--threshold", type=float, default=nc.THRESHOLD)
    parser.add_argument("--right", type=Path, help='file of "file<TAB>word" lines: the real slips')
    args = parser.parse_args(argv)
    right = set()
    if args.right:
        right = {tuple(line.split("\t")[:2]) for line in args.right.read_text().splitlines() if line.strip()}
    causes = {True: Counter(), False: Counter()}
    n = words = blind = 0
    named = draft_paragraphs(args.paths)
    if args.wiki:
        named = itertools.chain(named, wiki_paragraphs(args.wiki, args.half))

    def counted(named):
        nonlocal words
        for name, paragraph in named:
            words += len(paragraph.split())
            yield name, paragraph

    named = counted(named)
    for f in findings(named, args.threshold):
        n += 1
        real = (f["file"], f["word"]) in right
        causes[real][f["cause"]] += 1
        c = f["counts"]
        blind += c[2] < nc.ATTESTED and c[3] < nc.ATTESTED
        print(
            f"{'RIGHT' if real else 'false':5s} {f['cause']:16s} {f['file']}: {f['left']} [{f['word']}->{f['meant']}] {f['right']}"
            f"  margin {f['margin']:.1f} {f['kind']}  count w/c {c[0]:.0f}/{c[1]:.0f}"
            f"  pairs w {c[2]:.0f},{c[3]:.0f} c {c[4]:.0f},{c[5]:.0f}"
            f"  zipf lexicon/store {f['zipf'][0]:.2f}/{f['zipf'][1]:.2f}  | {f['context']!r}"
        )
    false = sum(causes[False].values())
    print(f"\n{words:,} words, {n} findings, {n - false} right, {false} false ({1000 * false / max(words, 1):.2f}/1k words)")
    print(f"the written word seen beside neither neighbour in {blind} of the {n} findings")
    for real in (False, True):
        print(f"causes of the {'right' if real else 'false'} findings: " + ", ".join(f"{k} {v}" for k, v in causes[real].most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
