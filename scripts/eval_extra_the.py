#!/usr/bin/env python3
"""An extra "the" judged by the learned article model, on real writers' errors, both halves.

    python3 scripts/eval_extra_the.py [--thresholds 0.01,0.02,0.05,0.1,0.2] [--show P]
                                      [--corpus DIR] [--wiki FILE ...]

The largest class of the extra words that at least two annotators removed in GMEG-wiki's and
CWEB's dev sentences (``scripts/eval_real_edits.py``) is a needless "the" ("rid the sport of
the match fixing", "after the primary education"): 21 of the tune half's 63. This measures
whether ``newslint.article_model`` (G316's model) can tell them: every singular noun phrase
opened by "the" whose head the model knows (``Model.count_nouns`` or ``Model.mass_nouns``),
in the frames G316 weighs (``learned._left_alone``, headlines and a phrase opening its
sentence left alone), is a finding at threshold t when the model gives "the" a probability
below t. For each half and threshold:

- *found*: agreed extra-word errors that removed that very "the";
- *on an edit*: findings on any other agreed error; *touched*: on words one annotator edited;
- *others*: findings at words no annotator touched, an upper bound on false alarms.

Then the same count on the news of the dev corpus (``--corpus``) and on Wikipedia files
(``--wiki``, WikiExtractor files; e.g. text_AD_wiki_80..99, left out of the n-gram gaps),
where nearly every finding is a false alarm. ``--show P`` prints the TUNE half's, the
corpus's and the Wikipedia files' findings below P; held-out sentences are never printed.
Measuring only: nothing of these texts goes into newslint, its tests or its data.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_real_edits as real  # noqa: E402

from newslint import article_model  # noqa: E402
from newslint.checks.missing_article.learned import _left_alone  # noqa: E402
from newslint.checks.missing_words import headline_style  # noqa: E402
from newslint.document import Document  # noqa: E402

CORPUS = Path("/work/shared/eval/dev/corpus")


def phrases_with_the(doc: Document):
    """(probability of "the", (start, end) from "the" to the head) of each singular noun phrase
    opened by "the" whose head the article model knows, in the frames G316 weighs."""
    model = article_model.model()
    known = model.count_nouns | model.mass_nouns
    for sentence in doc.analysis("tags").sentences:
        paragraph = doc.paragraph_at(sentence.start)
        if paragraph is None or headline_style(doc, paragraph):
            continue
        tokens = sentence.tokens
        tags = [t.tag for t in tokens]
        words = [t.text for t in tokens]
        for k, tag in enumerate(tags):
            if tag != "NN" or words[k] not in known or (k + 1 < len(words) and words[k + 1] in ("and", "or")):
                continue
            reading = article_model.phrase_at(words, tags, k)
            if reading is None or reading.label != "the":
                continue
            before = reading.article - 1
            if before < 0 or _left_alone(words, tags, before, reading.first):
                continue
            p = article_model.probabilities(reading.features)
            yield p["the"], (tokens[reading.article].start, tokens[reading.head].end)


def sentence_rows(sentence: real.Sentence):
    doc = Document(sentence.text + "\n", path="draft.txt")
    extra_at = {sentence.token_spans[e.start][0] for e in sentence.edits
                if e.subkind == "extra-word" and sentence.tokens[e.start].lower() == "the"}
    for probability, (start, end) in phrases_with_the(doc):
        if start in extra_at:
            standing = "found"
        elif any(real.hits((start, end), e.span) for e in sentence.edits):
            standing = "edit"
        elif any(real.hits((start, end), t) for t in sentence.touched):
            standing = "touched"
        else:
            standing = "other"
        yield probability, standing, (start, end)


def wiki_documents(path: Path):
    """The articles of one WikiExtractor file, as plain text (title line dropped)."""
    text = path.read_text(encoding="utf-8")
    for body in re.findall(r"<doc[^>]*>\n(.*?)</doc>", text, flags=re.S):
        lines = [line for line in body.split("\n")[1:] if line.strip()]
        if lines:
            yield "\n\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--thresholds", default="0.01,0.02,0.05,0.1,0.2")
    parser.add_argument("--show", type=float, default=0.0)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--wiki", type=Path, nargs="*", default=[])
    args = parser.parse_args(argv)
    thresholds = [float(t) for t in args.thresholds.split(",")]

    sentences = real.build(real.read_gmeg(real.GMEG), 4) + real.build(real.read_cweb(real.CWEB), 2)
    real.assign_halves(sentences, real.REAL_DEV)
    errors, table, shown = Counter(), Counter(), []
    for s in sentences:
        errors[s.half] += sum(1 for e in s.edits if e.subkind == "extra-word" and s.tokens[e.start].lower() == "the")
        for probability, standing, (start, end) in sentence_rows(s):
            for t in thresholds:
                if probability < t:
                    table[s.half, t, standing] += 1
            if s.half == "tune" and probability < args.show:
                shown.append(f"{standing.upper():7} {probability:.3f} {real.marked(s.text, start, end)}")

    sources = [("corpus", p.name, p.read_text(encoding="utf-8")) for p in sorted(args.corpus.iterdir()) if p.is_file()]
    for path in args.wiki:
        sources += [("wiki", path.name, text) for text in wiki_documents(path)]
    words = Counter()
    for where, name, text in sources:
        doc = Document(text, path=name)
        words[where] += len(text.split())
        for probability, (start, end) in phrases_with_the(doc):
            for t in thresholds:
                if probability < t:
                    table[where, t] += 1
            if probability < args.show:
                shown.append(f"{where.upper():7} {probability:.3f} {name}: {real.marked(doc.text, start, end)}")

    print(f"extra \"the\" (agreed errors whose first word is \"the\": tune {errors['tune']}, held-out {errors['held-out']})")
    print("  below    half      found  on an edit  touched  others  | corpus /1k words | wiki /1k words")
    for t in thresholds:
        for half in ("tune", "held-out"):
            cells = [table[half, t, x] for x in ("found", "edit", "touched", "other")]
            tail = ""
            if half == "tune":
                tail = "| " + " | ".join(f"{table[w, t]:4} {1000 * table[w, t] / max(1, words[w]):.2f}" for w in ("corpus", "wiki"))
            print(f"  {t:<8} {half:9} {cells[0]:5} {cells[1]:10} {cells[2]:8} {cells[3]:7}  {tail}")
    print(f"words: corpus {words['corpus']}, wiki {words['wiki']}")
    for line in shown:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
