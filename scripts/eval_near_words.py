#!/usr/bin/env python3
"""Measure S212 (a word one edit from a commoner word that fits better) on real-word slips
injected into Wikipedia text its counts never saw, and on the untouched copy.

    python3 scripts/eval_near_words.py [--wiki-dir DIR] [--files 80-99] [--drafts N]
        [--margins 6,8,10] [--ratios 1,2] [--weights 0,1] [--show N] [--half tune|held-out]

The drafts are the articles of the WikiExtractor files text_AD_wiki_80 to 99
(``audit_precision.drafts``: title, blank line, the paragraphs of eight words or more), which
``scripts/build_near_words.py`` leaves out of the counts. They are split in two halves by
their position in the sorted list, as ``scripts/injection.py`` splits a folder: even
positions tune, odd positions are held out (choose the settings on the first, report the
second). In each draft up to ``PER_DRAFT`` words that S212 would weigh are replaced, one at a
time, by a dictionary word one edit away (chosen at random, seeded by the draft's id, among
the words the counts saw at least ``near_words.SLIP_SEEN`` times, not the word's US or UK
spelling): the slip is found when S212 flags it and offers the word written before. Every
word S212 weighs in the untouched copy is weighed too: each finding there is a false alarm
(or a real slip in Wikipedia; ``--show`` prints some to read). For each margin, ratio and
weight of the triple the script prints recall and findings per 1,000 words of untouched copy.

For measuring only: nothing of the corpora is kept.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from audit_precision import drafts, wiki_numbers  # noqa: E402

from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.checks.confusables import near_word, near_words  # noqa: E402
from newslint.checks.confusables.base import running_text  # noqa: E402
from newslint.document import Document  # noqa: E402

PER_DRAFT = 4


def readings(tokens, i, word, ratio):
    """{(inflections, triple weight): (meant, pair, triple)} of the best candidate for
    ``word`` at tokens[i] with evidence, and whether both pairs around the word were seen;
    None where S212 does not weigh the place."""
    left, right = near_word._neighbour(tokens, i - 1, -1), near_word._neighbour(tokens, i + 1, 1)
    if left is None or right is None:
        return None
    table = near_words.counts()
    if table.count(left, word, right):
        return None
    found = {}
    compound = near_words.HYPHEN in (left[-1:], right[:1])
    for inflections in (True, False):
        for weight in (0.0, 1.0):
            r = near_words.weigh(left, word, right, ratio, weight, inflections and not compound)
            if r is not None:
                found[inflections, weight] = (r.meant, r.pair, r.triple, r.prior)
    both = bool(table.count(left, word) and table.count(word, right))
    return found, both


def slip_for(word, rng):
    """A dictionary word one edit from ``word`` that the counts know, at random."""
    table = near_words.counts()
    variants = set(near_words._variants(word))
    options = sorted(
        w
        for w in lx.edits1(word)
        if len(w) >= near_words.MIN_LENGTH and w.isalpha() and w not in variants and lx.is_word(w)
        and table.count(w) >= near_words.SLIP_SEEN and near_words.is_content_word(w)
    )
    return rng.choice(options) if options else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wiki-dir", type=Path, default=Path("/work/cache/corpora/wiki"))
    parser.add_argument("--files", default="80-99")
    parser.add_argument("--drafts", type=int, default=600, help="drafts per half")
    parser.add_argument("--margins", default="6,8,9,10,11,12,14")
    parser.add_argument("--ratio", type=float, default=near_word.RATIO)
    parser.add_argument("--half", default="tune", choices=("tune", "held-out", "both"))
    parser.add_argument("--only", help="one setting: inflections,weight,repeats,both-pairs (e.g. 0,1,0,1)")
    parser.add_argument("--contexts", default="0", help="least evidence of the neighbours alone")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    margins = [float(m) for m in args.margins.split(",")]
    articles = []
    for number in wiki_numbers(args.files):
        path = args.wiki_dir / f"text_AD_wiki_{number:02d}"
        articles.extend(drafts(path.read_text(encoding="utf-8")))
    articles.sort()
    halves = ("tune", "held-out") if args.half == "both" else (args.half,)
    for half in halves:
        chosen = [a for n, a in enumerate(articles) if (n % 2 == 0) == (half == "tune")][: args.drafts]
        clean, injected = [], []  # (readings, both pairs seen, repeated in the draft, context, meant)
        words = 0
        for ident, text in chosen:
            doc = Document(text, path=f"{ident}.txt")
            vocabulary = doc.analysis("lexicon")
            seen = vocabulary.counts
            rng = random.Random(ident)
            places = []
            for index in range(len(doc.paragraphs)):
                tokens = vocabulary.tokens_of(index)
                words += sum(1 for t in tokens if t[0][:1].isalnum())
                if not running_text(tokens):
                    continue
                for i, token in enumerate(tokens):
                    if not near_word._judged(token, i, tokens):
                        continue
                    places.append((tokens, i))
                    found = readings(tokens, i, token[0], args.ratio)
                    if found and found[0]:
                        clean.append((found[0], found[1], seen[token[0]] > 1, _show(tokens, i), None))
            for tokens, i in rng.sample(places, min(PER_DRAFT, len(places))):
                word, start, end, written = tokens[i]
                slip = slip_for(word, rng)
                if slip is None:
                    continue
                changed = list(tokens)
                changed[i] = (slip, start, end, slip)
                found = readings(changed, i, slip, args.ratio) or ({}, False)
                # the slip's count in the draft: the copies elsewhere, and this one
                injected.append((found[0], found[1], seen[slip] + 1 > 1, _show(changed, i), word))
        print(f"{half}: {len(chosen)} drafts, {words:,} words, {len(injected)} slips injected")
        settings = [
            (infl, weight, repeats, both)
            for infl in (True, False)
            for weight in (0.0, 1.0)
            for repeats in (True, False)
            for both in (True, False)
        ]
        if args.only:
            settings = [tuple(x == "1" for x in args.only.split(","))]
            settings = [(s[0], float(s[1]), s[2], s[3]) for s in settings]
        for (infl, weight, repeats, both), cm in [(s, float(c)) for s in settings for c in args.contexts.split(",")]:
            for m in margins:
                fa = sum(1 for c in clean if _hit(c, infl, weight, repeats, both, m, None, cm))
                hit = sum(1 for c in injected if _hit(c, infl, weight, repeats, both, m, c[4], cm))
                print(
                    f"  inflections {int(infl)} triple {weight:g} repeated {int(repeats)} both-pairs {int(both)}"
                    f" context {cm:g} margin {m:g}: found {hit}/{len(injected)} = {hit / max(1, len(injected)):.3f};"
                    f" untouched {fa} ({1000 * fa / max(1, words):.3f}/1k words)"
                )
        if args.show and half == "tune":
            infl, weight, repeats, both = settings[0]
            m = margins[len(margins) // 2]
            cm = float(args.contexts.split(",")[0])
            for c in clean:
                if _hit(c, infl, weight, repeats, both, m, None, cm):
                    print(f"  untouched {_score(c[0][infl, weight], weight):5.1f} {c[3]} -> {c[0][infl, weight][0]}")
            missed = [c for c in injected if not _hit(c, infl, weight, repeats, both, m, c[4], cm)]
            for c in missed[: args.show]:
                best = c[0].get((infl, weight))
                best = f"{best[0]} {_score(best, weight):.1f}" if best else "-"
                print(f"  missed {c[3]} (meant {c[4]}; best {best})")
    return 0


def _score(reading, weight):
    return reading[1] + weight * reading[2]


def _hit(case, infl, weight, repeats, both, margin, meant, context=-99.0):
    """Would S212 flag this place with these settings (and, for a slip, offer ``meant``)?
    ``repeats``: also where the word is written more than once in the draft; ``both``: also
    where both pairs around it were seen."""
    found, both_seen, repeated = case[0], case[1], case[2]
    if (repeated and not repeats) or (both_seen and not both):
        return False
    reading = found.get((infl, weight))
    if reading is None or _score(reading, weight) < margin or _score(reading, weight) - reading[3] < context:
        return False
    return meant is None or reading[0] == meant


def _show(tokens, i):
    return " ".join(t[3] for t in tokens[max(0, i - 4) : i]) + f" [[{tokens[i][3]}]] " + " ".join(
        t[3] for t in tokens[i + 1 : i + 4]
    )


if __name__ == "__main__":
    raise SystemExit(main())
