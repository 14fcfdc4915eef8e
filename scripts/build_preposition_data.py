#!/usr/bin/env python3
"""Write ``newslint/data/governed_prepositions.txt.gz``: which prepositions follow a word, and
which prepositional phrases open a clause of their own. G302 (checks/prepositions.py) reads it.

    python3 scripts/build_preposition_data.py --corpus /tmp/rw-corpus/wiki \
        --corpus /work/cache/corpora/gutenberg --corpus /work/cache/corpora/state_union \
        --corpus /work/cache/corpora/inaugural --corpus /work/cache/corpora/ud

Two tables, counted over the same texts as the real-word counts (governed_prepositions_sources.txt):

- ``word<TAB>uses<TAB>prep:count ...``: for a lower-case word that is an adjective, verb or noun
  in the lexicon, how often it is written in all and how often each preposition stands straight
  after it ("to" only where it cannot be an infinitive's); only the words G302 judges
  (prepositions.judged) are written. Only words seen before a
  preposition at least ``MIN_TOTAL`` times whose commonest preposition takes at least
  ``MIN_TOP_SHARE`` of them are kept (a skewed word: "relevant" to, "depend" on), and of their
  prepositions only those seen at least twice.
- ``@<TAB>prep next<TAB>share``: a preposition and the word after it (a determiner skipped,
  a number read as ``#``) that open a clause, after a comma or at a sentence start, in at least
  ``MIN_OPENER_SHARE`` of their ``MIN_OPENER_TOTAL`` or more uses ("on Monday", "in 2019",
  "for example"): such a phrase may belong to what follows rather than to the word before.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from functools import cache
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
for folder in (ROOT, SCRIPTS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from build_ngrams import paragraphs  # noqa: E402

from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.checks.prepositions import (  # noqa: E402
    DATA_FILE,
    NUMBER,
    PREPOSITIONS,
    REPORTED,
    SKIPPED_DETERMINERS,
    Governed,
    judged,
    to_is_preposition,
)

MIN_TOTAL = 150  # uses before a preposition, at least, for a word to be judged
MIN_TOP_SHARE = 0.5  # the commonest preposition's share, at least
MIN_OPENER_TOTAL = 20
MIN_OPENER_SHARE = 0.05
_TRAILING = ",.;:!?)]}\"'”’"
_CLAUSE_BREAKS = (",", ";", ":", "(", "—", "–", ".", "!", "?")


def _word(token: str) -> str:
    word = token.lower().rstrip(_TRAILING).lstrip("(\"'“‘")
    return NUMBER if word[:1].isdigit() else word


def count(corpora):
    """Word counts; (head word, preposition) counts; (preposition phrase) counts, in all and
    opening a clause. "to" before a word that may be a verb is left out (an infinitive, or
    not known to be a preposition: see prepositions.to_is_preposition)."""
    words, governed, phrases, openers = Counter(), Counter(), Counter(), Counter()
    for folder in corpora:
        for paragraph in paragraphs(folder):
            tokens = paragraph.replace("’", "'").split()
            words.update(tokens)
            for i, written in enumerate(tokens):
                token = written.lower()
                if token not in PREPOSITIONS:
                    continue
                following = [_word(t) for t in tokens[i + 1 : i + 3]]
                if token == "to" and not (following and _to_is_preposition(following[0], tokens[i + 1])):
                    continue
                before = tokens[i - 1] if i else "."
                if written == token and before.isalpha() and before.islower():
                    governed[before, token] += 1
                if following and following[0] in SKIPPED_DETERMINERS:
                    following = following[1:]
                if not following or not following[0]:
                    continue
                phrase = f"{token} {following[0]}"
                phrases[phrase] += 1
                if before.endswith(_CLAUSE_BREAKS):
                    openers[phrase] += 1
    return words, governed, phrases, openers


@cache
def _to_is_preposition(word: str, written: str) -> bool:
    return to_is_preposition(word, written)


def governing_rows(words: Counter, governed: Counter):
    by_word: dict[str, Counter] = {}
    for (word, preposition), n in governed.items():
        by_word.setdefault(word, Counter())[preposition] = n
    for word in sorted(by_word):
        counts = by_word[word]
        total = sum(counts.values())
        if total < MIN_TOTAL or not set(lx.specialist_tags(word)) & set("nvap") or "x" in lx.specialist_tags(word):
            continue
        if counts.most_common(1)[0][1] < MIN_TOP_SHARE * total:
            continue
        kept = " ".join(f"{p}:{n}" for p, n in counts.most_common() if n >= 2)
        if not judged(word, Governed(words[word], {p: n for p, n in counts.items() if n >= 2})):
            continue  # G302 would never judge it: not shipped
        yield f"{word}\t{words[word]}\t{kept}"


def opener_rows(phrases: Counter, openers: Counter):
    for phrase in sorted(openers):
        if phrase.split()[0] not in REPORTED:
            continue  # only a phrase opened by a preposition G302 reports is looked up
        total = phrases[phrase]
        if total >= MIN_OPENER_TOTAL and openers[phrase] >= MIN_OPENER_SHARE * total:
            yield f"@\t{phrase}\t{openers[phrase] / total:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", required=True)
    args = parser.parse_args()
    words, governed, phrases, openers = count(args.corpus)
    rows = list(governing_rows(words, governed)) + list(opener_rows(phrases, openers))
    with gzip.open(DATA_FILE, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("\n".join(rows) + "\n")
    print(f"wrote {DATA_FILE}: {sum(not r.startswith('@') for r in rows)} words,"
          f" {sum(r.startswith('@') for r in rows)} clause-opening phrases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
