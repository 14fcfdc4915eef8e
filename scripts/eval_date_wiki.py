#!/usr/bin/env python3
"""Past-tense years moved after the story's date in Wikipedia articles: a third source of
past_after cases for D103, written unlike the news of scripts/eval_date_injections.py.

    python3 scripts/eval_date_wiki.py [--wiki DIR] [--seed N] [--date dec31|jan10] [--show N]

Reads WikiExtractor files (``<doc …>`` blocks; English Wikipedia, CC BY-SA 3.0) from ``--wiki``
(default /tmp/rw-corpus/wiki) at run time; nothing of them is copied into the repository. Each
article (its first 5,000 characters) naming three or more years up to 2016 becomes a draft
whose story date is set after the latest year it names: 31 December of that year
(``--date dec31``, which also tests the late-December rules) or 10 January of the next
(``jan10``). One year in a past-tense sentence is moved 1-3 years after the story's year, with
the filter and the injector of eval_date_injections.py (``no_error_to_make``), so the same
principle decides what is an error.

The files, sorted by name, are split by position: positions 200-259 and 380-399 are the tuning
half (200-219 and 380-399 read while the rules were widened in the eighth session, 220-259
added and read in the ninth, 2026-12-01), positions 100-119 the held-out half (never read). A case is found when a date finding the un-injected draft does not have lies on
the injected line; error/warning date findings on the un-injected drafts are counted too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_date_injections as harness

from newslint.api import lint_text
from newslint.config import Settings

HALVES = {"tune": [*range(200, 260), *range(380, 400)], "held-out": list(range(100, 120))}
DOC = re.compile(r"<doc [^>]*>\n(.*?)</doc>", re.DOTALL)


def articles(path: Path, story_date: str):
    for m in DOC.finditer(path.read_text(encoding="utf-8")):
        text = m.group(1).split("\n", 2)[-1][:5000]
        years = [int(y) for y in harness.YEAR.findall(text) if int(y) <= 2016]
        if len(years) >= 3:
            last = max(years)
            yield text, dt.date(last, 12, 31) if story_date == "dec31" else dt.date(last + 1, 1, 10)


def measure(files, story_date: str, seed: int, settings):
    found = total = loud = 0
    misses = []
    for path in files:
        for number, (text, date) in enumerate(articles(path, story_date)):
            made = harness.inject_year(text, date, random.Random(f"{seed}:{path.name}:{number}"), True)
            if made is None:
                continue
            base = lint_text(harness.draft(date, None, text)[0], path="draft.md", settings=settings)
            loud += sum(1 for f in base if f.severity in ("error", "warning"))
            keys = {(f.code, f.line) for f in base}
            new_text, start, end, note = made
            body, offset = harness.draft(date, None, new_text)
            line = harness.line_of(body, offset + start)
            total += 1
            if any(f.family == "date" and (f.code, f.line) not in keys and f.line == line
                   for f in lint_text(body, path="draft.md", settings=settings)):
                found += 1
            else:
                lo = body.rfind("\n", 0, offset + start) + 1
                misses.append(f"({date}) {note}: …{body[max(lo, offset + start - 160) : offset + end + 80]}…")
    return found, total, loud, misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wiki", type=Path, default=Path("/tmp/rw-corpus/wiki"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--date", choices=("dec31", "jan10"), default="jan10")
    parser.add_argument("--show", type=int, default=0, help="print up to N misses of the tuning half")
    args = parser.parse_args()
    names = sorted(p for p in args.wiki.iterdir() if p.is_file()) if args.wiki.is_dir() else []
    if len(names) < 400:
        print(f"need the 400 WikiExtractor files in {args.wiki}", file=sys.stderr)
        return 2
    settings = Settings().with_options(select=("D",))
    for half, positions in HALVES.items():
        found, total, loud, misses = measure([names[i] for i in positions], args.date, args.seed, settings)
        print(f"{half:<9} past_after {found}/{total} = {found / max(total, 1):.2f}; "
              f"error/warning date findings on the un-injected drafts: {loud}")
        if half == "tune":
            for miss in misses[: args.show]:
                print("  " + miss.replace("\n", " ")[:400])
    return 0


if __name__ == "__main__":
    sys.exit(main())
