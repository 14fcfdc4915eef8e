#!/usr/bin/env python3
"""Measure newslint's date resolution against annotated time expressions.

    python3 scripts/eval_dates.py [--data DIR] [--show N]

Reads ``tempeval3_dev.jsonl`` and ``meantime_dev.jsonl`` from ``../shared/eval/data`` (beside
the repository; never copied into it). Each document has its creation date and every time
expression with its normalised value. For the explicit dates ("Aug. 7", "March 01, 2008",
"20 August 2024") and the weekday references ("Tuesday", "last Friday", "Friday, Aug. 7"),
the script finds newslint's expression at the same place, resolves it against the creation
date (as ``--date`` would) and counts agreement with the gold value.

Gold values that are not a day (``XXXX-XX-XX``, a week) are counted apart as underspecified;
``--show`` lists disagreements so the gold itself can be judged.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.document import Document  # noqa: E402

WEEKDAY = re.compile(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
MONTH_DAY = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{1,2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:19|20)\d\d-\d\d-\d\d\b"
)
DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")


def category(text: str) -> str | None:
    if WEEKDAY.search(text) and not MONTH_DAY.search(text):
        return "weekday"
    if MONTH_DAY.search(text):
        return "explicit"
    return None


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_NUMBER = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def gold_contradicts_text(surface: str, gold: str) -> bool:
    """A gold day that cannot be what the words say: another weekday, month or day."""
    try:
        day = dt.date.fromisoformat(gold[:10])
    except ValueError:
        return False
    lower = surface.lower()
    named = [i for i, w in enumerate(WEEKDAYS) if w in lower]
    if named and day.weekday() not in named and not re.search(r"\b(?:last|next|previous|before|after)\b", lower):
        return True
    month = re.search(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})\b", lower)
    if month and (MONTH_NUMBER[month.group(1)] != day.month or int(month.group(2)) != day.day):
        return True
    return False


def gold_off_the_date(surface: str, gold: str, dct: dt.date) -> bool:
    """A bare weekday whose gold day is more than a week from the document's date."""
    try:
        day = dt.date.fromisoformat(gold[:10])
    except ValueError:
        return False
    if re.search(r"(?i)\b(?:last|next|previous|before|after|coming|past)\b", surface):
        return False
    return abs((day - dct).days) > 7


def documents(folder: Path):
    for name in ("tempeval3_dev.jsonl", "meantime_dev.jsonl"):
        path = folder / name
        if not path.exists():
            print(f"missing: {path}", file=sys.stderr)
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                yield name.split("_")[0], json.loads(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "eval" / "data"))
    parser.add_argument("--show", type=int, default=0, help="list up to N disagreements")
    args = parser.parse_args()

    totals, agree, found, under, gold_wrong = Counter(), Counter(), Counter(), Counter(), Counter()
    off_anchor = Counter()
    misses = []
    for corpus, record in documents(Path(args.data)):
        text = record["text"]
        if not record.get("dct"):
            continue  # no creation date: nothing to resolve against
        dct = dt.date.fromisoformat(record["dct"][:10])
        doc = Document(text, path="story.txt")
        dates = doc.analysis("dates")
        reference = dates.reference(dct)
        for timex in record["timexes"]:
            if timex.get("type") != "DATE" or not timex.get("text") or timex.get("start") is None:
                continue
            if timex.get("functionInDocument") == "CREATION_TIME":
                continue
            kind = category(timex["text"])
            if kind is None:
                continue
            key = (corpus, kind)
            gold = str(timex.get("value") or "")
            if not DAY_VALUE.match(gold):
                under[key] += 1
                continue
            totals[key] += 1
            start, end = int(timex["start"]), int(timex["end"])
            mine = [
                e for e in dates.expressions
                if e.start < end and start < e.end and e.kind in ("date", "weekday")
            ]
            if not mine:
                misses.append((corpus, kind, timex["text"], gold, "(not found)", record["dct"], text[max(0, start - 60) : end + 40]))
                continue
            found[key] += 1
            value = dates.resolve(mine[0], reference).value
            if value == gold[:10]:
                agree[key] += 1
            else:
                if gold_contradicts_text(timex["text"], gold):
                    gold_wrong[key] += 1
                elif kind == "weekday" and gold_off_the_date(timex["text"], gold, dct):
                    off_anchor[key] += 1
                misses.append((corpus, kind, timex["text"], gold, value, record["dct"], text[max(0, start - 60) : end + 40]))

    print(f"{'corpus':10} {'kind':9} {'agree':>7} {'found':>7} {'total':>6} {'gold wrong':>11} {'agree*':>7} {'underspecified':>15}")
    for key in sorted(set(totals) | set(under)):
        n = totals[key]
        rate = agree[key] / n if n else 0.0
        fair = agree[key] / (n - gold_wrong[key]) if n - gold_wrong[key] else 0.0
        print(f"{key[0]:10} {key[1]:9} {rate:7.3f} {found[key]:7d} {n:6d} {gold_wrong[key]:11d} {fair:7.3f} {under[key]:15d}")
    for kind in ("explicit", "weekday"):
        n = sum(v for k, v in totals.items() if k[1] == kind)
        a = sum(v for k, v in agree.items() if k[1] == kind)
        w = sum(v for k, v in gold_wrong.items() if k[1] == kind)
        print(f"{'all':10} {kind:9} {a / n if n else 0:7.3f} {'':7} {n:6d} {w:11d} {a / (n - w) if n - w else 0:7.3f}")
    n, a, w = sum(totals.values()), sum(agree.values()), sum(gold_wrong.values())
    print(f"{'all':10} {'both':9} {a / n if n else 0:7.3f} {'':7} {n:6d} {w:11d} {a / (n - w) if n - w else 0:7.3f}")
    print("agree* leaves out gold values that contradict the text they annotate (a weekday whose")
    print("gold day is another weekday, a month or day that differs from the words).")
    off = sum(off_anchor.values())
    print("weekday disagreements whose gold day lies more than a week from the creation date, with")
    print(f"no 'last'/'next' in the words (the annotators anchored them to another date): {off}")
    for miss in misses[: args.show]:
        corpus, kind, surface, gold, value, dct, context = miss
        context = " ".join(context.split())
        print(f"- [{corpus} {kind}] {surface!r}: gold {gold}, ours {value} (dct {dct}) … {context} …")
    return 0


if __name__ == "__main__":
    sys.exit(main())
