#!/usr/bin/env python3
"""The learned article model (G316) on real writers' errors, by threshold, both halves.

    python3 scripts/eval_article_real_edits.py [--thresholds 0.005,0.01,0.02,0.05,0.1]
                                               [--show P] [--corpus DIR]

Reads the sentences of ``scripts/eval_real_edits.py`` (every error that at least two annotators
corrected in GMEG-wiki's and CWEB's dev sentences, with its tune and held-out halves) and weighs
every singular noun phrase G316 weighs (``learned.weighed``: the same noun lists, frames and
sentences left alone). A phrase is a finding at threshold t when the model gives the article as
written a probability below t: "none" for a bare phrase (a missing article), "a" for one with
"a"/"an" (an extra one). For each half and threshold:

- *missing found*: agreed missing-article errors (an article put in just before the phrase);
  *extra found*: agreed extra-word errors that removed the phrase's "a"/"an";
- *on an edit*: findings on any agreed error (the harness's "found by rule");
- *others*: findings at words no annotator touched, an upper bound on false alarms (some are
  slips the annotators left; read them with ``--show``).

The same count on the news of the dev corpus (``--corpus``; findings per 1,000 words), where
nearly every finding is a false alarm or a slip of the copy. ``--show P`` prints the TUNE
half's findings and the corpus's below probability P; held-out sentences are never printed.
Measuring only: nothing of these texts goes into newslint, its tests or its data.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_real_edits as real  # noqa: E402

from newslint.checks.missing_article.learned import weighed  # noqa: E402
from newslint.document import Document  # noqa: E402

CORPUS = Path("/work/shared/eval/dev/corpus")
KINDS = {"none": "missing", "a": "extra"}


def phrases(doc: Document):
    """(kind, probability of the article as written, (start, end) of the finding) of each
    phrase G316 weighs in ``doc``."""
    for tokens, reading, p in weighed(doc, ("none", "a")):
        start = tokens[reading.article if reading.article >= 0 else reading.first].start
        yield KINDS[reading.label], p[reading.label], (start, tokens[reading.head].end)


def sentence_rows(sentence: real.Sentence):
    """(kind, probability, how it stands: "missing"/"extra" found, "edit" or "other") of each
    weighed phrase of one harness sentence."""
    doc = Document(sentence.text + "\n", path="draft.txt")
    missing_at = {sentence.token_spans[e.start][0] for e in sentence.edits
                  if e.subkind == "missing-article" and e.start < len(sentence.token_spans)}
    extra_at = {sentence.token_spans[e.start][0] for e in sentence.edits
                if e.subkind == "extra-word" and e.end - e.start == 1
                and sentence.tokens[e.start].lower() in ("a", "an")}
    for kind, probability, (start, end) in phrases(doc):
        cols = (start, end)
        if kind == "missing" and start in missing_at or kind == "extra" and start in extra_at:
            standing = "found"
        elif any(real.hits(cols, e.span) for e in sentence.edits):
            standing = "edit"
        elif any(real.hits(cols, t) for t in sentence.touched):
            standing = "touched"
        else:
            standing = "other"
        yield kind, probability, standing, (start, end)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--thresholds", default="0.005,0.01,0.02,0.05,0.1")
    parser.add_argument("--show", type=float, default=0.0, help="print tune and corpus findings below this")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    thresholds = [float(t) for t in args.thresholds.split(",")]

    sentences = real.build(real.read_gmeg(real.GMEG), 4) + real.build(real.read_cweb(real.CWEB), 2)
    real.assign_halves(sentences, real.REAL_DEV)
    errors, table, shown = Counter(), Counter(), []
    for s in sentences:
        for e in s.edits:
            if e.subkind == "missing-article":
                errors[s.half, "missing"] += 1
            elif e.subkind == "extra-word" and e.end - e.start == 1 and s.tokens[e.start].lower() in ("a", "an"):
                errors[s.half, "extra"] += 1
        for kind, probability, standing, (start, end) in sentence_rows(s):
            for t in thresholds:
                if probability < t:
                    table[s.half, kind, t, standing] += 1
            if s.half == "tune" and probability < args.show:
                shown.append(f"{standing.upper():7} {kind:7} {probability:.3f} {real.marked(s.text, start, end)}")

    words = 0
    for path in sorted(p for p in args.corpus.iterdir() if p.is_file()):
        doc = Document(path.read_text(encoding="utf-8"), path=str(path))
        words += len(doc.text.split())
        for kind, probability, (start, end) in phrases(doc):
            for t in thresholds:
                if probability < t:
                    table["corpus", kind, t, "other"] += 1
            if probability < args.show:
                shown.append(f"CORPUS  {kind:7} {probability:.3f} {path.name}: {real.marked(doc.text, start, end)}")

    for kind in ("missing", "extra"):
        print(f"{kind} article (agreed errors: tune {errors['tune', kind]}, held-out {errors['held-out', kind]})")
        print("  below    half      found  on an edit  touched  others  | corpus findings /1k words")
        for t in thresholds:
            corpus = table["corpus", kind, t, "other"]
            for half in ("tune", "held-out"):
                cells = [table[half, kind, t, x] for x in ("found", "edit", "touched", "other")]
                tail = f"| {corpus:4} {1000 * corpus / max(1, words):.2f}" if half == "tune" else "|"
                print(f"  {t:<8} {half:9} {cells[0]:5} {cells[1]:10} {cells[2]:8} {cells[3]:7}  {tail}")
    print(f"corpus: {words} words ({args.corpus})")
    for line in shown:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
