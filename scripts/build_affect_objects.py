#!/usr/bin/env python3
"""Write ``newslint/data/affect_objects.txt``: what the verbs "affect" and "effect" are
written with, counted in tagged English Wikipedia. S205 reads it (``confusables/effect_for_affect.py``).

    python3 scripts/build_affect_objects.py [--wiki /tmp/rw-corpus/wiki] [--out FILE]

"affect" means to act on something; "effect" as a verb means to bring something about, so
it takes an event or a result ("effected a change", "the transfer was effected") and almost
never a person, a place or a thing ("effected the area", "residents were effected"). For
every noun or object pronoun, the times it is the object of a form of each verb (the head of
the noun phrase after it), or the subject of its passive (the noun before "was effected"),
and for every adverb the times it stands straight before a form of each verb
("severely affected"). Each line: ``kind<TAB>word<TAB>with affect<TAB>with effect``
(kind ``noun`` or ``adverb``; a plural noun is counted under its singular). Only words seen
with "affect" at least ``MIN_AFFECT`` times are written.

The text: the WikiExtractor files that ``scripts/build_countability.py`` counts (never
text_AD_wiki_50..99, kept for measuring), only their sentences that hold a form of either
verb, tagged with newslint's own tagger.
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

from build_countability import WIKI, article_paragraphs, counted_files  # noqa: E402

from newslint import tagger  # noqa: E402
from newslint.checks.confusables.effect_for_affect import (  # noqa: E402
    ADVERB_TAGS,
    AFFECT_FORMS,
    EFFECT_FORMS,
    noun_key,
    object_head,
    passive_subject,
)

OUT = ROOT / "newslint" / "data" / "affect_objects.txt"
MIN_AFFECT = 2
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])")
_EITHER = re.compile(r"\b(?:[Aa]ffect|[Ee]ffect)(?:s|ed|ing)?\b")


def count(files: list[Path]) -> Counter:
    counts: Counter = Counter()
    for path in files:
        for paragraph in article_paragraphs(path.read_text("utf-8", errors="replace")):
            if not _EITHER.search(paragraph):
                continue
            for sentence in _SENTENCE.split(paragraph):
                if not _EITHER.search(sentence):
                    continue
                tokens = tagger.tokenize(sentence, 0, len(sentence))
                words = [t.text for t in tokens]
                tags = tagger.tag(words)
                for i, word in enumerate(words):
                    lower = word.lower()
                    verb = "a" if lower in AFFECT_FORMS else "e" if lower in EFFECT_FORMS else None
                    if verb is None or not tags[i].startswith("VB"):
                        continue
                    if i and tags[i - 1] in ADVERB_TAGS:
                        counts["adverb", words[i - 1].lower(), verb] += 1
                    for k in (object_head(words, tags, i), passive_subject(words, tags, i)):
                        if k is not None:
                            counts["noun", noun_key(words[k], tags[k]), verb] += 1
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wiki", type=Path, default=WIKI)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    counts = count(counted_files(args.wiki))
    keys = sorted({(kind, word) for kind, word, _ in counts})
    lines = [
        f"{kind}\t{word}\t{counts[kind, word, 'a']}\t{counts[kind, word, 'e']}"
        for kind, word in keys
        if counts[kind, word, "a"] >= MIN_AFFECT
    ]
    header = (
        "# kind, word, times with a form of \"affect\", times with a form of \"effect\" (the verbs);\n"
        "# built by scripts/build_affect_objects.py (see affect_objects_sources.txt)\n"
    )
    args.out.write_text(header + "".join(line + "\n" for line in lines), "utf-8")
    print(f"{len(lines)} lines written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
