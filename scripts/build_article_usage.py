#!/usr/bin/env python3
"""Build the article that edited copy writes before abbreviations whose sound the spelling
does not settle ("a MIDI file", "a NaN", "an RAF base"?).

    python3 scripts/build_article_usage.py [WIKI_DIR]   # default /tmp/rw-corpus/wiki

Needs nothing beyond Python and the WikiExtractor files of English Wikipedia (CC BY-SA 3.0;
see ``newslint/data/article_usage_sources.txt``). Writes ``newslint/data/article_usage.txt``.
Run after ``scripts/build_articles_data.py``: only what the pronunciation data does not
already decide is kept.

A word of two capitals or more ("MIDI", "ROM", "NaN", "SWATH") is said letter by letter or
as a word, and only its users know which: the CMU dictionary lacks most, and one-syllable
ones ("RAM", "SAP") are said both ways by some. Wikipedia's text is counted for "a" or "an"
followed by such a word (its part before a hyphen, without a plural or possessive "s"). A
word is listed under the article written before it at least ``LEAST`` times and in at least
``SHARE`` of all the times, when newslint's pronunciation rules (``article_for`` without this
file) would decide it otherwise or not at all, unless the CMU dictionary says it both ways
("RAF", "SEC": both articles stay accepted).

Files read: text_AA_wiki_00 .. text_AD_wiki_79, except the held-out half of
``scripts/eval_a_an.py`` (which measures this file) and AD_wiki_80-99 (held-out clean copy).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

OUT = ROOT / "newslint" / "data" / "article_usage.txt"
DEFAULT = Path("/tmp/rw-corpus/wiki")
LEAST = 5
SHARE = 0.9
PATTERN = re.compile(r"(?<![\w'’.\-])(a|an|A|An) ([A-Za-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)")
# Words said either way ("hotel", "Hungarian", "historic": an h before an unstressed vowel, or
# two readings in the CMU dictionary) are listed only where edited copy is all but unanimous,
# since "an historic" is a usage some writers keep on purpose.
EITHER_LEAST = 20
EITHER_SHARE = 0.97
EITHER_PATTERN = re.compile(r"(?<![\w'’.\-])(a|an|A|An) ([A-Za-z][a-z]{2,})\b(?![\w'’-])")


def key(token: str) -> str | None:
    """The word as the data lists it: "MIDIs" and "CPU" stay, a plural "s" goes ("PCs")."""
    if sum(c.isupper() for c in token) < 2:
        return None
    if token.endswith("s") and token[:-1].isupper():
        token = token[:-1]
    return token


def sources(folder: Path) -> list[Path]:
    from eval_a_an import files

    _, held_out = files(folder)
    names = sorted(p for p in folder.glob("text_*") if not re.search(r"AD_wiki_[89]\d$", p.name))
    return [p for p in names if p not in held_out]


def count(paths: list[Path]) -> tuple[dict[str, Counter], dict[str, Counter]]:
    """Articles before words of two capitals or more, and before words said either way (by
    their lower-case form)."""
    from newslint import pronunciation

    counts: dict[str, Counter] = defaultdict(Counter)
    either: dict[str, Counter] = defaultdict(Counter)
    undecided: dict[str, bool] = {}
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in PATTERN.finditer(text):
            word = key(match.group(2))
            if word:
                counts[word][match.group(1).lower()] += 1
        for match in EITHER_PATTERN.finditer(text):
            word = match.group(2).lower()
            if word not in undecided:
                undecided[word] = pronunciation.article_for(word, usage=False) is None
            if undecided[word]:
                either[word][match.group(1).lower()] += 1
    return counts, either


def settled(by_article: Counter, least: int, share: float) -> str | None:
    """The article written at least ``least`` times and in at least ``share`` of all."""
    article, n = by_article.most_common(1)[0]
    return article if n >= least and n >= share * sum(by_article.values()) else None


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not folder.is_dir():
        print(f"no folder {folder}", file=sys.stderr)
        return 2
    from newslint import pronunciation

    counts, either = count(sources(folder))
    listed: dict[str, list[str]] = {"a": [], "an": []}
    for word, by_article in sorted(counts.items()):
        article = settled(by_article, LEAST, SHARE)
        if article is None:
            continue
        if pronunciation._data().caps.lookup(word.lower()) == (True, None):
            continue  # the dictionary says it both ways ("RAF", "SEC"): both stay accepted
        if pronunciation.article_for(word, usage=False) != article:
            listed[article].append(word)
    for word, by_article in sorted(either.items()):
        article = settled(by_article, EITHER_LEAST, EITHER_SHARE)
        if article:
            listed[article].append(word)  # "a hotel", "a Hungarian"
    lines = [
        "# The article English Wikipedia writes before words of two capitals or more whose sound",
        "# the spelling does not settle, where newslint's pronunciation rules decide otherwise or",
        "# not at all, and (in lower case) before words said either way where it is all but",
        "# unanimous. Built by scripts/build_article_usage.py (sources and licence:",
        "# article_usage_sources.txt).",
    ]
    for article in ("a", "an"):
        lines += [f"[{article}]", " ".join(listed[article])]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"article_usage.txt: {len(listed['a'])} a, {len(listed['an'])} an", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
