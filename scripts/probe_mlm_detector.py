#!/usr/bin/env python3
"""Research probe for rule G322: can a masked language model (which word fits here) find the
real errors newslint's counted rules miss, without crying wolf?

    python3 scripts/probe_mlm_detector.py [--swaps-only] [--limit N] [--cache FILE]
                                          [--found newslint.jsonl] [--precisions 0.9,0.75]

The model is the one G322 reads (``newslint.language_model``: BERT-base, uncased, with its
masked-word head; ``newslint model install``), run by newslint's own code. For each sentence
of ``scripts/eval_real_edits.py`` (GMEG-wiki and CWEB dev; ``--limit`` takes the first N of
each half), readings of two kinds:

- **swap**: each word is hidden (every fourth word in one reading, four readings), and the
  model's log probability of the word written is compared with that of its best alternative
  of each group: its forms and the words one edit away (as G322 takes them), and the other
  words of its closed class (prepositions, determiners, auxiliaries, pronouns). Score: log
  P(alternative) - log P(written).
- **gap** (not with ``--swaps-only``): a mask is put between two words (every fourth gap in
  one reading); score: the log probability of the likeliest article, preposition or other
  function word there.

With ``--swaps-only`` the sentences are read exactly as G322 reads them (its words, its
alternatives). For each group and a wanted precision, the lowest threshold at which that share
of the group's flags on the TUNE half overlaps an agreed edit (widened by 2 characters, as the
harness counts; flags at words only one annotator touched count as neither) is chosen; the
HELD-OUT half is then scored once at those thresholds. ``--found`` (eval_real_edits.py
``--json``) counts the errors found that newslint's default rules miss. Capitalised words,
contractions and hyphenated words are never flagged (G322's ``plain_word``).

Measured (2026-12-07, 700 sentences per half, 15,500 words each):

- all readings (a first version, whose forms were endings only, without irregular verbs and
  plurals): gaps never reached precision 0.75 on the tune half except a preposition the model
  gave 0.995 or more (4 errors); the closed-class swaps stayed near 0.5 at every threshold.
  At 0.75, held out: 21 of 363 errors, 14 that newslint misses, 0.58 flags per 1,000 words at
  untouched words. At 0.5: 135 of 363, 90 that newslint misses, but 15 per 1,000 words.
- ``--swaps-only`` (G322's reading; 81 words a second): at 0.9 (forms 5.5, one edit 6.5, the
  margins G322 uses), held out 42 of 363 (real-word 23 of 91), 18 that newslint misses, 3 flags
  at untouched words (0.19 per 1,000 words); at 0.75 (forms 4.0, one edit 3.0), 65 of 363, 33
  that newslint misses, 1.68 per 1,000 words; at 0.6, 99 of 363, 62, 5.29 per 1,000 words.
- ``--swaps-only --readings 2`` (every other word hidden: 146 words a second): at 0.9 (forms
  5.5, one edit 6.0), held out 37 of 363, 17 that newslint misses, 6 flags at untouched words
  (0.39 per 1,000 words). Twice as fast for a little less: G322 keeps four readings.
- ``--swaps-only --readings 3 --margins`` (2026-12-07, with the past-time cue): at G322's
  margins, tune 31 of 328 (33 with four readings), held out 33 of 363 (39), 12 that newslint
  misses (16), flags at untouched words 6 | 2 (4 | 2). A quarter fewer readings loses a sixth
  of the held-out finds: G322 keeps four.
``--margins`` scores both halves at G322's own margins as well.

- ``--swaps-only`` once G322 stopped offering a past for a present (2026-12-07, 78 words a
  second with numpy): the tune half chose forms 6.0, one edit 5.0 at 0.9 (held out 43 of 363,
  17 that newslint misses, 7 flags at untouched words, 0.45 per 1,000); at G322's margins
  (5.5, 6.5), which still give 36 right of 40 on the tune half, held out 38 of 363, 15, and 2
  flags at untouched words (0.13 per 1,000). G322 keeps its margins.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_real_edits import (  # noqa: E402
    CWEB, GMEG, REAL_DEV, TOLERANCE, assign_halves, build, missed_errors, read_cweb, read_gmeg,
)

from newslint.checks.model_word import plain_word  # noqa: E402

PASSES = 4
PREPOSITIONS = ("of in on at to for with by from about into onto over under through during after before "
                "between among against within without upon towards toward across around since until as like "
                "off out up down than").split()
DETERMINERS = "a an the this that these those some any no each every another".split()
AUXILIARIES = "is are was were be been being am has have had do does did will would can could shall should may might must".split()
PRONOUNS = "he she it they we you i him her them us me his its their our your my who whom which what".split()
CLOSED_CLASSES = [set(PREPOSITIONS), set(DETERMINERS), set(AUXILIARIES), set(PRONOUNS)]
GAP_GROUPS = {
    "article": ["the", "a", "an"],
    "preposition": "to of in on at for with by from as".split(),
    "other": "that is are was were be been has have had will would it and".split(),
}


def closed_alternatives(word: str, vocab) -> list[int]:
    """The other words of the word's closed class (prepositions, determiners, auxiliaries,
    pronouns) that the vocabulary holds."""
    words = set()
    for group in CLOSED_CLASSES:
        if word in group:
            words |= group
    return [vocab[x] for x in sorted(words - {word}) if x in vocab]


def sentence_jobs(pieces, sentence):
    """The masked sequences of one sentence (every harness word split into BERT's pieces):
    (ids, [(mask position, kind, word index)])."""
    ids, pieces_of = [pieces.id("[CLS]")], []
    for a, b in sentence.token_spans:
        word_ids = pieces.pieces(sentence.text[a:b])
        pieces_of.append(list(range(len(ids), len(ids) + len(word_ids))))
        ids.extend(word_ids)
    ids.append(pieces.id("[SEP]"))
    if len(ids) > 200:
        return []
    mask = pieces.id("[MASK]")
    jobs = []
    for r in range(PASSES):
        swapped, slots = list(ids), []
        for k, places in enumerate(pieces_of):
            word = sentence.text[sentence.token_spans[k][0]:sentence.token_spans[k][1]]
            if k % PASSES == r and len(places) == 1 and word.isalpha() and word.lower() in pieces.ids:
                swapped[places[0]] = mask
                slots.append((places[0], "swap", k))
        if slots:
            jobs.append((swapped, slots))
        inserted, slots = [], []
        firsts = {places[0]: k for k, places in enumerate(pieces_of) if places and k > 0 and k % PASSES == r}
        for j, token in enumerate(ids):
            if j in firsts:
                slots.append((len(inserted), "gap", firsts[j]))
                inserted.append(mask)
            inserted.append(token)
        if slots:
            jobs.append((inserted, slots))
    return jobs


def read_scores(sentences):
    """Per sentence: {("swap-inflection" | "swap-edit" | "swap-closed", k): (score, best word,
    log P(written)), ("gap-article" | "gap-preposition" | "gap-other", k): (score, best word, 0)}."""
    from newslint.language_model import load

    model, pieces = load()
    jobs = [(n, ids, slots) for n, s in enumerate(sentences) for ids, slots in sentence_jobs(pieces, s)]
    gap_groups = {group: [pieces.ids[x] for x in words] for group, words in GAP_GROUPS.items()}
    out = [dict() for _ in sentences]
    started = time.perf_counter()
    step = 400
    for first in range(0, len(jobs), step):
        chunk = jobs[first:first + step]
        rows_of = model.masked_log_probs([(ids, [pos for pos, _, _ in slots]) for _, ids, slots in chunk])
        for (n, _, slots), rows in zip(chunk, rows_of):
            s = sentences[n]
            for (pos, kind, k), lp in zip(slots, rows):
                if kind == "swap":
                    word = s.text[s.token_spans[k][0]:s.token_spans[k][1]].lower()
                    written = lp[pieces.ids[word]]
                    groups = dict(zip(("inflection", "edit"), alternatives(word, pieces.ids)))
                    groups["closed"] = closed_alternatives(word, pieces.ids)
                    for group, alts in groups.items():
                        if alts:
                            best = max(alts, key=lambda i: lp[i])
                            out[n][(f"swap-{group}", k)] = (float(lp[best] - written), pieces.words[best], float(written))
                else:
                    for group, ids_ in gap_groups.items():
                        best = max(ids_, key=lambda i: lp[i])
                        out[n][(f"gap-{group}", k)] = (float(lp[best]), pieces.words[best], 0.0)
        print(f"  {first + len(chunk)}/{len(jobs)} sequences, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return out


def alternatives(word: str, vocab) -> tuple[list, list]:
    """The word's forms and the other words one edit away, as rule G322 takes them: piece ids."""
    from newslint.analysis.lexicon import edits1
    from newslint.checks.model_word import forms_of

    forms = {x for x in forms_of(word) if x in vocab and x.isalpha()}
    near = {x for x in edits1(word) if x in vocab and x.isalpha()} - forms
    return [vocab[x] for x in sorted(forms)], [vocab[x] for x in sorted(near)]


def rule_scores(sentences):
    """As read_scores, for swaps only, read exactly as rule G322 reads a sentence (its words,
    its alternatives, its model): {("swap-inflection" or "swap-edit", word index): (score,
    best word, 0)}."""
    from newslint.checks.model_word import LanguageModelWord
    from newslint.language_model import load

    model, pieces = load()
    rule = LanguageModelWord()
    readings, candidates, owners = [], [], []
    for n, s in enumerate(sentences):
        before = len(readings)
        rule._readings(s.text, 0, len(s.text), pieces, readings, candidates)
        owners += [n] * (len(readings) - before)
    started = time.perf_counter()
    out = [dict() for _ in sentences]
    step = 400
    for first in range(0, len(readings), step):
        rows_of = model.masked_log_probs(readings[first:first + step])
        for rows, places, n in zip(rows_of, candidates[first:first + step], owners[first:first + step]):
            s = sentences[n]
            for row, (start, end, word, written, alternatives) in zip(rows, places):
                k = next((i for i, (a, b) in enumerate(s.token_spans) if a <= start < b), None)
                if k is None:
                    continue
                for group, pairs in zip(("inflection", "edit"), alternatives):
                    if pairs:
                        gain, best = max((float(row[i] - row[written]), w) for w, i in pairs)
                        out[n][(f"swap-{group}", k)] = (gain, best, 0.0)
        print(f"  {min(first + step, len(readings))}/{len(readings)} readings, {time.perf_counter() - started:.0f} s",
              file=sys.stderr, flush=True)
    return out


def overlaps(a, b, tolerance=0) -> bool:
    return a[0] < b[1] + tolerance and a[1] > b[0] - tolerance


def flags(sentence, scores, thresholds: dict[str, float]):
    out = []
    for (kind, k), (score, best, _) in scores.items():
        if score < thresholds.get(kind, float("inf")):
            continue
        if kind.startswith("swap") and not plain_word(sentence.text, *sentence.token_spans[k]):
            continue
        if kind.startswith("swap"):
            out.append((sentence.token_spans[k], f"{kind}->{best}"))
        else:
            a = sentence.token_spans[k - 1][1]
            b = sentence.token_spans[k][0]
            out.append(((a, max(b, a + 1)), f"{kind}+{best}"))
    return out


def evaluate(sentences, scores, thresholds, missed=None, show=0):
    found, total = Counter(), Counter()
    others = flagged = words = extra = 0
    shown = []
    for s, sc in zip(sentences, scores):
        words += len(s.text.split())
        fl = flags(s, sc, thresholds)
        flagged += len(fl)
        for e in s.edits:
            hit = any(overlaps(f, e.span, TOLERANCE) for f, _ in fl)
            for key in ("ALL", e.kind, f"{e.kind}/{e.subkind}"):
                total[key] += 1
                found[key] += hit
            if missed is not None and hit and (s.ident, s.text[e.span[0]:e.span[1]], e.correction.lower()) in missed:
                extra += 1
        for f, label in fl:
            if not any(overlaps(f, e.span, TOLERANCE) for e in s.edits) and not any(overlaps(f, t, TOLERANCE) for t in s.touched):
                others += 1
                if len(shown) < show:
                    shown.append(f"    OTHER {label}: {s.text[:f[0]]}[[{s.text[f[0]:f[1]]}]]{s.text[f[1]:]}")
    return {"found": found, "total": total, "others": others, "flagged": flagged, "words": words, "extra": extra, "shown": shown}


def line(name, r) -> str:
    f, t = r["found"], r["total"]
    kinds = " ".join(f"{k} {f[k]}/{t[k]}" for k in ("typo", "real-word", "agreement", "grammar"))
    sub = " ".join(f"{k.split('/')[1]} {f[k]}/{t[k]}" for k in sorted(t) if k.startswith("grammar/"))
    return (f"{name}: found {f['ALL']}/{t['ALL']} ({kinds}) [{sub}]; flagged {r['flagged']}, others {r['others']} = "
            f"{1000 * r['others'] / max(1, r['words']):.2f}/1k words; newslint misses it finds {r['extra']}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/probe-mlm-scores.pkl"))
    parser.add_argument("--limit", type=int, default=0, help="score only the first N sentences of each half")
    parser.add_argument("--found", type=Path, help="eval_real_edits.py --json output (newslint's findings)")
    parser.add_argument("--precisions", default="0.9,0.75,0.5")
    parser.add_argument("--show", type=int, default=0, help="print N tune flags at untouched words")
    parser.add_argument("--swaps-only", action="store_true", help="no gap readings, as rule G322")
    parser.add_argument("--readings", type=int, default=0, help="with --swaps-only: words hidden together this many apart (G322's READINGS)")
    parser.add_argument("--margins", action="store_true", help="with --swaps-only: also score both halves at G322's own margins")
    args = parser.parse_args(argv)
    if args.readings:
        from newslint.checks import model_word

        model_word.READINGS = args.readings

    sentences = build(read_gmeg(GMEG), 4) + build(read_cweb(CWEB), 2)
    assign_halves(sentences, REAL_DEV)
    tune = [s for s in sentences if s.half == "tune"]
    held = [s for s in sentences if s.half == "held-out"]
    if args.limit:
        tune, held = tune[:args.limit], held[:args.limit]

    missed = missed_errors(args.found) if args.found else None

    if args.cache.exists():
        tune_scores, held_scores = pickle.loads(args.cache.read_bytes())
    else:
        started = time.perf_counter()
        read = rule_scores if args.swaps_only else read_scores
        tune_scores, held_scores = read(tune), read(held)
        seconds = time.perf_counter() - started
        words = sum(len(s.text.split()) for s in tune + held)
        print(f"read {len(tune) + len(held)} sentences, {words} words in {seconds:.0f} s ({words / seconds:.0f} words/s)")
        args.cache.write_bytes(pickle.dumps((tune_scores, held_scores)))

    kinds = sorted({kind for sc in tune_scores for kind, _ in sc})
    candidates = {kind: (list(np.arange(0.0, 14.01, 0.5)) if kind.startswith("swap")
                         else [math.log(p) for p in (0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999)])
                  for kind in kinds}
    chosen = {}
    for wanted in map(float, args.precisions.split(",")):
        thresholds = {}
        for kind in kinds:
            for t in candidates[kind]:
                r = evaluate(tune, tune_scores, {kind: t})
                right = r["flagged"] - r["others"]
                if right >= 3 and right / r["flagged"] >= wanted:
                    thresholds[kind] = t
                    print(line(f"  tune {kind} >= {t:.2f}", r))
                    break
        chosen[wanted] = thresholds
        r = evaluate(tune, tune_scores, thresholds, missed, show=args.show)
        print(line(f"tune at precision {wanted}", r))
        print("\n".join(r["shown"]))
    for wanted, thresholds in chosen.items():
        print(line(f"HELD-OUT at the tune thresholds for {wanted}", evaluate(held, held_scores, thresholds, missed)))
    if args.margins:
        from newslint.checks.model_word import EDIT_MARGIN, INFLECTION_MARGIN

        margins = {"swap-inflection": INFLECTION_MARGIN, "swap-edit": EDIT_MARGIN}
        print(line("tune at G322's margins", evaluate(tune, tune_scores, margins, missed)))
        print(line("HELD-OUT at G322's margins", evaluate(held, held_scores, margins, missed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
