#!/usr/bin/env python3
"""Measure the quote analysis against PolNeAR's annotated attributions.

    python3 scripts/eval_attribution.py [PATH_TO/polnear_train.jsonl] [--show N] [--inject]

The file is read at run time and never copied. For every attribution whose content opens with
a quotation mark (a direct quote in quotation marks) and that names a source, it asks the quote
analysis who said the quote found there, and counts:

- agreement: the speaker our finder names overlaps the annotators' source span (pronouns count
  as the annotators mark them: "he said" has the source "he");
- found elsewhere: we name a speaker that is not the annotated source;
- no speaker: we found an attribution without a speaker (a colon lead-in, say), or none at all.

It also runs the unattributed-quote rule (Q102) on every article and reports how often it fires
on these edited, published articles, per 1,000 words, and how many of those quotes the
annotators attributed to someone (our false alarms) or to no one; and how often the
unbalanced-quote rule (Q101) fires on the same articles.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from newslint.config import Settings
from newslint.document import Document
from newslint.engine import all_rules, check_document
from newslint.rule import Context

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "data" / "polnear_train.jsonl"
QUOTE_MARKS = "\"“”'‘’`"


def _overlaps(a: tuple[int, int], spans: list[list[int]]) -> bool:
    return any(a[0] < end and start < a[1] for start, end in spans)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--show", type=int, default=0, help="print N disagreements and N rule firings")
    parser.add_argument(
        "--inject", action="store_true",
        help="also cut attributions and closing marks from the articles and count how many Q102 and Q101 catch",
    )
    args = parser.parse_args()
    if args.inject:
        inject(args.path)

    rules = [r for r in all_rules(Settings()) if r.code in ("Q101", "Q102")]
    settings = Settings()
    counts: Counter = Counter()
    by_kind: Counter = Counter()
    disagreements, firings = [], []
    words = 0
    started = time.perf_counter()
    with open(args.path, encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            text = article["text"]
            doc = Document(text, path=article["filename"] + ".txt")
            words += len(re.findall(r"[A-Za-z]+", text))
            quotes = doc.analysis("quotes")
            annotator = sorted(article["attributions"])[0]
            annotations = article["attributions"][annotator]
            sourced_at: list[tuple[tuple[int, int], bool]] = []
            for item in annotations:
                if not item.get("content"):
                    continue
                spans = [s for c in item["content"] for s in c["spans"]]
                first = min(s[0] for s in spans)
                last = max(s[1] for s in spans)
                sources = [s for c in item.get("source", []) for s in c["spans"]]
                sourced_at.append(((first, last), bool(sources)))
                # a direct quote: the content opens at (or just after) a quotation mark
                window = text[max(0, first - 1) : first + 1]
                if not any(mark in window for mark in "\"“`") or not sources:
                    continue
                quote = quotes.at(first) or quotes.at(first + 1)
                if quote is None:
                    counts["no quote found"] += 1
                    continue
                counts["direct quotes"] += 1
                by_kind[quote.kind + " quotes"] += 1
                attribution = quote.attribution
                if attribution is None:
                    outcome = "no attribution"
                elif attribution.speaker is None:
                    outcome = "attribution without a speaker"
                elif _overlaps(attribution.speaker, sources):
                    outcome = "same source"
                else:
                    outcome = "another source"
                counts[outcome] += 1
                by_kind[f"{quote.kind}: {outcome}"] += 1
                if outcome != "same source" and len(disagreements) < args.show:
                    said = doc.text[slice(*attribution.speaker)] if attribution and attribution.speaker else None
                    disagreements.append(
                        (article["filename"], outcome, attribution.how if attribution else None, said,
                         [text[s:e] for s, e in sources], text[quote.start : quote.start + 70])
                    )
            findings = check_document(doc, settings, rules, Context(settings))
            for finding in findings:
                if finding.code == "Q101":
                    counts["Q101 findings"] += 1
                    continue
                counts["Q102 findings"] += 1
                covering = [sourced for span, sourced in sourced_at if span[0] < finding.end and finding.start < span[1]]
                if any(covering):
                    counts["Q102 on quotes the annotators attributed to a source"] += 1
                elif covering:
                    counts["Q102 on quotes annotated with no source"] += 1
                else:
                    counts["Q102 on quotes not annotated"] += 1
                if len(firings) < args.show:
                    line, _ = doc.line_col(finding.start)
                    firings.append((article["filename"], line, doc.text[finding.start : finding.start + 90]))
            counts["articles"] += 1
    seconds = time.perf_counter() - started

    direct = counts["direct quotes"]
    print(f"articles: {counts['articles']}, words: {words}, seconds: {seconds:.1f}")
    print(f"direct quotes with an annotated source: {direct} (+{counts['no quote found']} where no quote was found)")
    for outcome in ("same source", "another source", "attribution without a speaker", "no attribution"):
        print(f"  {outcome:32} {counts[outcome]:5}  {counts[outcome] / max(direct, 1):.3f}")
    for kind in ("full", "partial"):
        total = by_kind[f"{kind} quotes"]
        same = by_kind[f"{kind}: same source"]
        print(f"  {kind} quotes: {total}, same source {same / max(total, 1):.3f}")
    fired = counts["Q102 findings"]
    print(f"\nQ102 unattributed-quote on these published articles: {fired} findings, "
          f"{1000 * fired / max(words, 1):.3f} per 1,000 words")
    for key in ("Q102 on quotes the annotators attributed to a source", "Q102 on quotes annotated with no source",
                "Q102 on quotes not annotated"):
        print(f"  {key}: {counts[key]}")
    unbalanced = counts["Q101 findings"]
    print(f"Q101 unbalanced-quote on the same articles: {unbalanced} findings, "
          f"{1000 * unbalanced / max(words, 1):.3f} per 1,000 words")
    if args.show:
        print("\ndisagreements:")
        for row in disagreements:
            print("  ", row)
        print("Q102 findings:")
        for row in firings:
            print("  ", row)
    return 0


# A paragraph that opens with a full quote attributed after it: `"…," Garcia said. "…"`.
_ATTRIBUTED = re.compile(
    r'^(["“])([^"“”]{20,}?),(["”]) ([^"“”\n]{3,80}?(?:said|told|added|says)[^"“”\n]{0,60}?)\.(?: (["“].*))?$'
)
_CUE = re.compile(r"\b(?:said|says|told|added|asked|wrote)\b")
_CLOSING = re.compile(r'[”"](?=[\s,.;:!?)]|$)')


def inject(path: str) -> None:
    """Estimate recall on errors made the way the scorer's cases are made: in each article, cut
    the attribution from one quote paragraph that follows a paragraph without quotes (and turn
    its comma into a full stop), and separately remove one closing quotation mark.

    The articles are shuffled with a fixed seed (12) and split in two halves: the first is the
    half to tune on, the second is held out; both are reported."""
    import random

    rng = random.Random(1)
    settings = Settings()
    rules = [r for r in all_rules(settings) if r.code in ("Q101", "Q102")]
    with open(path, encoding="utf-8") as handle:
        lines = handle.readlines()
    order = list(range(len(lines)))
    random.Random(12).shuffle(order)
    half_of = {index: ("tune" if rank < len(lines) // 2 else "held-out") for rank, index in enumerate(order)}
    counts = {half: ([0, 0], [0, 0]) for half in ("tune", "held-out")}
    for number, line in enumerate(lines):
        cut, unclosed = counts[half_of[number]]
        text = json.loads(line)["text"]
        paragraphs = text.split("\n\n")
        candidates = []
        for index, paragraph in enumerate(paragraphs):
            match = _ATTRIBUTED.match(paragraph)
            if match and index and not re.search(r'["“”]', paragraphs[index - 1]) and not _CUE.search(match.group(5) or ""):
                candidates.append((index, match))
        if candidates:
            index, match = rng.choice(candidates)
            bare = match.group(1) + match.group(2) + "." + match.group(3) + (" " + match.group(5) if match.group(5) else "")
            changed = "\n\n".join(paragraphs[:index] + [bare] + paragraphs[index + 1 :])
            where = changed[: changed.index(bare)].count("\n") + 1
            doc = Document(changed, path="injected.txt")
            findings = check_document(doc, settings, rules, Context(settings))
            cut[1] += 1
            cut[0] += any(f.code == "Q102" and f.line == where for f in findings)
        closers = [m.start() for m in _CLOSING.finditer(text)]
        if closers:
            position = rng.choice(closers)
            before = {(f.code, f.line) for f in check_document(Document(text, path="x.txt"), settings, rules, Context(settings))}
            changed = text[:position] + text[position + 1 :]
            where = changed[:position].count("\n") + 1
            findings = check_document(Document(changed, path="x.txt"), settings, rules, Context(settings))
            unclosed[1] += 1
            unclosed[0] += any(f.line == where and (f.code, f.line) not in before for f in findings)
    for half, (cut, unclosed) in counts.items():
        print(f"injected ({half}): attribution cut {cut[0]}/{cut[1]} found ({cut[0] / max(cut[1], 1):.3f}); "
              f"closing mark removed {unclosed[0]}/{unclosed[1]} found ({unclosed[0] / max(unclosed[1], 1):.3f})")
    print()


if __name__ == "__main__":
    sys.exit(main())
