#!/usr/bin/env python3
"""The article model's curve: findings on clean copy and slips found, by threshold.

    python3 scripts/eval_article_model.py [--model PATH] [--words N] [--show P]

For every singular noun phrase opened by "a", "an", "the" or nothing, the model
(``newslint.article_model``) gives the probability of the article as written; a phrase is a
finding at threshold t when that probability is below t. Two kinds:

- *missing*: written with no article, the model wants one (G303's kind);
- *extra*: written with "a"/"an", the model wants none (G315's kind).

Clean copy (read at run time, never copied): Wikipedia text_AD_wiki_80 .. _89 (never
trained on), the dev corpus (../shared/eval/dev/corpus) and the corrected real-dev drafts of
ODD case numbers. Findings there per 1,000 words, by threshold (each is a false alarm or a real
slip of the copy; read them with --show P: those below probability P).

Slips: ``eval_missing_articles.article_slips`` on Wikipedia text_AD_wiki_90 .. _99, the
documents split into tune and held-out halves by its seed (``half``): an article deleted
(missing), "a"/"an" put before a bare phrase (extra; many such insertions are still English,
so this recall is a floor). Recall by threshold for each half.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_missing_articles import PER_DOC, SEED, article_slips, half  # noqa: E402
from eval_missing_articles import wiki_documents as missing_articles_wiki_documents  # noqa: E402

from newslint import article_model  # noqa: E402
from newslint.checks.missing_article.learned import weighed  # noqa: E402
from newslint.document import Document  # noqa: E402

WIKI = Path("/tmp/rw-corpus/wiki")
EVAL = ROOT.parent.parent / "shared" / "eval"
THRESHOLDS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05)


def wiki_documents(numbers, limit_words: int):
    return missing_articles_wiki_documents(limit_words, [WIKI / f"text_AD_wiki_{n:02d}" for n in numbers])


def phrases(text: str):
    """(reading, probabilities, start offset of the phrase, the sentence with the phrase in
    brackets) of each phrase of the text the rules weigh (``learned.weighed``)."""
    doc = Document(text, path="draft.txt")
    for tokens, reading, p in weighed(doc):
        at = tokens[reading.article if reading.article >= 0 else reading.first].start
        end = tokens[reading.head].end
        shown = f"{doc.text[tokens[0].start : at]}[{doc.text[at:end]}]{doc.text[end : tokens[-1].end]}"
        yield reading, p, at, shown


def kind_of(label: str) -> str | None:
    return {"none": "missing", "a": "extra"}.get(label)


def clean_copy(sources, show: float):
    """Words and the written label's probabilities of each kind, per source."""
    words, written = Counter(), {}
    for source, name, text in sources:
        words[source] += len(text.split())
        for reading, p, at, sentence in phrases(text):
            kind = kind_of(reading.label)
            if kind is None:
                continue
            written.setdefault((source, kind), []).append(p[reading.label])
            if p[reading.label] < show:
                print(f"  clean {source} {kind} {p[reading.label]:.4f} {name}: {sentence}")
    return words, written


def injected(documents, show: float):
    """The probability the model gives each injected slip's article as written, per half;
    prints the tuning half's slips the model gives at least ``show``."""
    scores = {}
    for name, paragraphs in documents:
        part = half(name)
        rng = random.Random(f"{SEED}:{name}")
        candidates = [slip for paragraph in paragraphs for slip in article_slips(paragraph)]
        for kind in ("missing", "extra"):
            mine = [c for c in candidates if c[0] == kind]
            for _, at, changed, _context in rng.sample(mine, min(PER_DOC, len(mine))):
                found = None
                for reading, p, where, _ in phrases(changed):
                    if where == at:
                        found = p[reading.label] if kind_of(reading.label) == kind else None
                        break
                scores.setdefault((part, kind), []).append(found)
                if part == "tune" and show and (found is None or found >= show):
                    shown = f"{found:.4f}" if found is not None else "unread"
                    print(f"  missed {kind} {shown} {name}: …{changed[max(0, at - 60) : at + 40]}…")
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=article_model.MODEL)
    parser.add_argument("--words", type=int, default=100_000, help="words of each Wikipedia range")
    parser.add_argument("--show", type=float, default=0.0, help="print clean findings below this probability")
    parser.add_argument("--show-missed", type=float, default=0.0, help="print tuning slips at or above this probability")
    args = parser.parse_args()
    loaded = article_model.Model.load(args.model)
    article_model.model = lambda: loaded  # the model under test, not the shipped one

    sources = [("wiki80-89", name, "\n\n".join(paragraphs)) for name, paragraphs in wiki_documents(range(80, 90), args.words)]
    sources += [("dev-corpus", p.name, p.read_text(encoding="utf-8")) for p in sorted((EVAL / "dev" / "corpus").glob("*.txt"))]
    sources += [
        ("real-dev-odd-fixed", p.name, p.read_text(encoding="utf-8"))
        for p in sorted((EVAL / "real-dev" / "cases").glob("*.fixed.txt"))
        if int(p.name.split(".")[0]) % 2
    ]
    words, written = clean_copy(sources, args.show)
    print("clean copy: findings per 1,000 words at threshold t (probability of the article as written < t)")
    print(f"{'source':20s} {'kind':8s} {'words':>7s} " + " ".join(f"{t:>8g}" for t in THRESHOLDS))
    for (source, kind), values in sorted(written.items()):
        counts = [sum(v < t for v in values) for t in THRESHOLDS]
        print(f"{source:20s} {kind:8s} {words[source]:7d} " + " ".join(f"{c:3d}={1000 * c / words[source]:4.2f}" for c in counts))
    scores = injected(wiki_documents(range(90, 100), args.words), args.show_missed)
    print("injected slips (Wikipedia AD_90-99): recall at threshold t (not read as a phrase: missed)")
    for (part, kind), values in sorted(scores.items()):
        counts = [sum(v is not None and v < t for v in values) for t in THRESHOLDS]
        print(f"{part:9s} {kind:8s} n={len(values):4d} " + " ".join(f"{c / len(values):8.3f}" for c in counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
