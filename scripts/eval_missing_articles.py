#!/usr/bin/env python3
"""How many articles deleted from clean news copy the missing-article rule (G303) finds.

    python3 scripts/eval_missing_articles.py [--corpus DIR] [--jsonl FILE ...] [--show N]

Sources (measured, never copied): the drafts of ``../shared/eval/dev/corpus`` and the
articles of ``../shared/eval/data/polnear_train.jsonl``. In each one, the tagger reads every
noun phrase whose head is a singular count noun opened by "a", "an" or "the" (the reading
G303 makes, ``missing_words.noun_phrase``, national adjectives included: "the Chinese embassy"), and up to ``PER_DRAFT`` of them, chosen at random
(seeded by the draft's name), lose their article one at a time: "as a way to" -> "as way
to". A slip counts as found when G303 reports a finding that starts where the article was.

Drafts are split in two halves by their position in the sorted list of names: tune on the
first (even positions) only; the second (odd positions) is held out. Slips are counted in
two groups: after a preposition (G303's scope) and elsewhere ("set up flag"), so the figure
says how much of the whole problem the rule covers. Findings on the untouched drafts are
counted too: each is a false alarm or a real slip of the copy (read them with --show-clean).
"precision" is found / (found + findings on the untouched drafts): with ``PER_DRAFT`` slips a
draft it is an upper bound of what a reader of real copy would see.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.checks.missing_article import national_adjectives_lowered  # noqa: E402
from newslint.checks.missing_words import counted_prepositions, noun_phrase  # noqa: E402

PREPOSITIONS = counted_prepositions()
from newslint.checks.verbs import count_nouns  # noqa: E402
from newslint.config import Settings  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.engine import builtin_rules  # noqa: E402
from newslint.rule import Context  # noqa: E402

PER_DRAFT = 4
CODE = "G303"
CONTEXT = Context(Settings())
# ../shared/eval beside the repository (or beside the folder of worktrees)
EVAL = next((d / "shared" / "eval" for d in (ROOT.parent, ROOT.parent.parent) if (d / "shared" / "eval").is_dir()), ROOT.parent / "shared" / "eval")
ARTICLES = ("a", "an", "the")


def the_rule():
    return next(rule for rule in builtin_rules() if rule.code == CODE)


def drafts(corpus: Path, jsonls: list[Path]):
    """(name, text, path suffix) of every source draft, sorted by name."""
    found = []
    for path in sorted(corpus.iterdir()):
        if path.suffix in (".txt", ".md"):
            found.append((path.name, path.read_text(encoding="utf-8"), path.suffix))
    for jsonl in jsonls:
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            name = f"{jsonl.stem}:{record.get('filename') or record.get('id') or len(found)}"
            text = record.get("text") or ""
            if text.strip():
                found.append((name, text, ".txt"))
    return sorted(found)


def slips(doc: Document):
    """(offset of the article, offset after it and its space, after a preposition?)."""
    counted = count_nouns()
    for sentence in doc.analysis("tags").sentences:
        paragraph = doc.paragraph_at(sentence.start)
        if paragraph is None or paragraph.kind != "paragraph":
            continue
        tokens = sentence.tokens
        words = [t.text for t in tokens]
        tags = [t.tag for t in tokens]
        for k, word in enumerate(words):
            if word not in counted:
                continue
            reading = noun_phrase(words, tags, k) or noun_phrase(*national_adjectives_lowered(words, tags, k), k)
            if reading is None:
                continue
            start, determined, before = reading
            if not determined or words[start] not in ARTICLES or start == 0:
                continue
            article = tokens[start]
            if doc.text[article.end : article.end + 1] != " ":
                continue
            yield article.start, article.end + 1, words[before].lower() in PREPOSITIONS


def findings(rule, text: str, name: str, suffix: str) -> list:
    return list(rule.run(Document(text, path=name.replace(":", "_").replace("/", "_") + suffix), CONTEXT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(EVAL / "dev" / "corpus"))
    parser.add_argument("--jsonl", nargs="*", default=[str(EVAL / "data" / "polnear_train.jsonl")])
    parser.add_argument("--show", type=int, default=0, help="misses of the tuning half to print")
    parser.add_argument("--show-clean", action="store_true", help="print findings on untouched tuning drafts")
    parser.add_argument("--limit", type=int, default=0, help="only the first N drafts (a quick look)")
    args = parser.parse_args()
    rule = the_rule()
    sources = drafts(Path(args.corpus), [Path(p) for p in args.jsonl])
    if args.limit:
        sources = sources[: args.limit]
    injected, found, clean, words = Counter(), Counter(), Counter(), Counter()
    misses = []
    for position, (name, text, suffix) in enumerate(sources):
        half = "tune" if position % 2 == 0 else "held-out"
        words[half] += len(text.split())
        before = findings(rule, text, name, suffix)
        clean[half] += len(before)
        if args.show_clean and half == "tune":
            for f in before:
                print(f"  clean {name}: …{text[max(0, f.start - 50) : f.end + 30]}…".replace("\n", " "))
        flagged_before = {f.start for f in before}
        candidates = [s for s in slips(Document(text, path="x" + suffix)) if s[0] not in flagged_before]
        rng = random.Random(f"{name}:{CODE}")
        for start, end, after_preposition in rng.sample(candidates, min(PER_DRAFT, len(candidates))):
            group = "after a preposition" if after_preposition else "elsewhere"
            changed = text[:start] + text[end:]
            injected[half, group] += 1
            if start in {f.start for f in findings(rule, changed, name, suffix)}:
                found[half, group] += 1
            elif half == "tune" and after_preposition:
                misses.append(f"{name}: …{changed[max(0, start - 50) : start + 40]}…".replace("\n", " "))
    for half in ("tune", "held-out"):
        parts = []
        for group in ("after a preposition", "elsewhere"):
            n, k = injected[half, group], found[half, group]
            parts.append(f"{group} {k}/{n} = {k / max(1, n):.3f}")
        k = found[half, "after a preposition"] + found[half, "elsewhere"]
        precision = k / max(1, k + clean[half])
        print(
            f"{half:8s} {' | '.join(parts)} | {clean[half]} findings on the untouched drafts"
            f" ({1000 * clean[half] / max(1, words[half]):.3f}/1k words) | precision {precision:.3f}"
        )
    for line in misses[: args.show]:
        print("  missed", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
