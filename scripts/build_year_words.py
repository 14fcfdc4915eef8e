#!/usr/bin/env python3
"""Write ``newslint/data/year_words.txt``: words that take "in" before a year alone and
almost never "on" ("founded in 1908", "won titles in 2003"). G318 (checks/date_preposition.py)
reads it.

    mkdir -p /tmp/governed-wiki && for f in /work/cache/corpora/wiki/*; do
        case $(basename $f) in text_AD_wiki_8?|text_AD_wiki_9?) ;; *) ln -sf $f /tmp/governed-wiki/;; esac
    done
    python3 scripts/build_year_words.py --corpus /tmp/governed-wiki

(text_AD_wiki_80..99 left out, so that they stay unseen for measuring.)

For every lower-case word: how often it stands straight before "in" and a year alone (a
four-digit year, 1500-2099, with no month or day beside it) and before "on" and a year alone;
how often any preposition follows it, and how often "on" follows it with something other
than a number or a capitalised word after (the "on" a word governs: "focused on the",
"report on a"; not the "on" of a date, "opened on 5 May"). A word is kept when

- "in" and a year follow it at least ``MIN_IN`` times,
- "on" and a year at most ``MAX_ON_SHARE`` of that,
- the "on" it governs takes at most ``MAX_GOVERNED_ON`` of the prepositions after it
  ("report on", "spent on", "focused on", "based on" are left out), and
- the lexicon knows it as a noun, verb or adjective, and not as an adverb ("look back on
  2015", "later on") nor an auxiliary ("the focus was on 2020"); function words ("and",
  "that", "it") are left out.

Each line: ``word<TAB>in-year<TAB>on-year<TAB>prepositions<TAB>governed-on``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
for folder in (ROOT, SCRIPTS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from build_ngrams import paragraphs  # noqa: E402

from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.checks.date_preposition import YEAR_WORDS_FILE  # noqa: E402
from newslint.checks.missing_preposition import YEAR  # noqa: E402
from newslint.checks.prepositions import PREPOSITIONS  # noqa: E402
from newslint.datafiles import data_path  # noqa: E402
from newslint.english import MONTH_NAMES  # noqa: E402

MIN_IN = 20
MAX_ON_SHARE = 0.05
MAX_GOVERNED_ON = 0.10

_YEAR_ALONE = re.compile(rf"{YEAR}[,.;:)]?")
_MONTHS = frozenset(name.lower().rstrip(".") for name in MONTH_NAMES[1:])


def _year_alone(tokens: list[str], i: int) -> bool:
    """Is token ``i`` a year with no month or day just before or after it?"""
    if not _YEAR_ALONE.fullmatch(tokens[i]):
        return False
    after = tokens[i + 1].lower().strip(",.;:()") if i + 1 < len(tokens) else ""
    return after not in _MONTHS and not after[:1].isdigit()


def count(corpora):
    years, prepositions, governed_on = Counter(), Counter(), Counter()
    for folder in corpora:
        for paragraph in paragraphs(folder):
            tokens = paragraph.split()
            for i in range(1, len(tokens) - 1):
                preposition, word = tokens[i], tokens[i - 1]
                if preposition not in PREPOSITIONS or not (word.isalpha() and word.islower()):
                    continue
                prepositions[word] += 1
                after = tokens[i + 1]
                if preposition in ("in", "on") and _year_alone(tokens, i + 1):
                    years[word, preposition] += 1
                elif preposition == "on" and not (after[:1].isdigit() or after[:1].isupper()):
                    governed_on[word] += 1
    return years, prepositions, governed_on


def rows(years: Counter, prepositions: Counter, governed_on: Counter):
    for word in sorted({w for w, _ in years}):
        in_year, on_year = years[word, "in"], years[word, "on"]
        if in_year < MIN_IN or on_year > MAX_ON_SHARE * in_year:
            continue
        tags = lx.tags(word)
        if governed_on[word] > MAX_GOVERNED_ON * prepositions[word] or not set(tags) & set("nva"):
            continue
        if "r" in tags or "x" in tags:
            continue
        yield f"{word}\t{in_year}\t{on_year}\t{prepositions[word]}\t{governed_on[word]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", required=True)
    args = parser.parse_args()
    kept = list(rows(*count(args.corpus)))
    out = data_path(YEAR_WORDS_FILE)
    out.write_text("\n".join(kept) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(kept)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
