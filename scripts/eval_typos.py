#!/usr/bin/env python3
"""Recall of the spelling rule (S101) on typos injected into real copy, on a tuning and a
held-out half.

    python3 scripts/eval_typos.py [CORPUS_DIR] [--show N]

Three kinds of slip, each one random edit (a letter dropped, added, changed, or two
neighbours swapped) of a lower-case dictionary word of five letters or more, that makes no
dictionary word:

- ``typo``: any such word;
- ``typo-prefixed``: a word that starts with one of the bound prefixes S101's word formation
  knows ("reform", "interview", "nonprofit"), where a slip can look like prefix + word
  ("refrom", "desing"): the slips the word formation must not swallow;
- ``typo-suffixed``: a word that ends in one of its suffixes ("journalist", "leader").

A slip counts as found when S101 reports something (at any severity) where the word starts.
The drafts are split by position in the sorted folder (even positions tune, odd positions are
held out; see ``injection.py``); tune on the first half only. Findings on the untouched copy
are S101's findings on the drafts as they are (some right, most not).

Then, word by word: one random slip of every dictionary word of six letters or more at Zipf
2.5 or above (about 38,000; halves by a hash of the word), and how many of those slips the
word formation takes for a word English builds ("snager": "snag" + "er"), with some of the
tuning half's.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from injection import main

from newslint.analysis import lexicon as lx
from newslint.checks.spelling import morphology
from newslint.checks.spelling.misspelled import MisspelledWord

WORD = re.compile(r"(?<![\w'’-])[a-z]{5,}(?![\w'’-])")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def random_edit(word: str, rng) -> str:
    """A letter of ``word`` dropped, changed or added, or two neighbours swapped, at random
    (the word as it was when the swap would fall off its end)."""
    i, op = rng.randrange(len(word)), rng.randrange(4)
    if op == 0:
        return word[:i] + word[i + 1 :]
    if op == 1:
        return word[:i] + rng.choice(LETTERS) + word[i + 1 :]
    if op == 2:
        return word[:i] + rng.choice(LETTERS) + word[i:]
    if i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word


def _slip(word: str, rng) -> str | None:
    """One random edit of ``word`` that makes no dictionary word, or None."""
    for _ in range(10):
        slip = random_edit(word, rng)
        if slip != word and not lx.is_word(slip):
            return slip
    return None


def _kind(select):
    def slips(text: str, rng):
        for match in WORD.finditer(text):
            word = match.group()
            if not lx.is_word(word) or not select(word):
                continue
            slip = _slip(word, rng)
            if slip is not None:
                yield match.start(), text[: match.start()] + slip + text[match.end() :]

    return slips


def _prefixed(word: str) -> bool:
    return any(word.startswith(p) and len(word) > len(p) + 2 for p in morphology.prefixes())


def _suffixed(word: str) -> bool:
    return any(word.endswith(s) and len(word) > len(s) + 2 for s in morphology.suffixes())


RULE = MisspelledWord()
KINDS = [
    ("typo", RULE, _kind(lambda w: True)),
    ("typo-prefixed", RULE, _kind(_prefixed)),
    ("typo-suffixed", RULE, _kind(_suffixed)),
]

def swallowed(show: int = 10) -> None:
    """How many slips of dictionary words ``morphology.formed`` accepts, by half."""
    import random
    import zlib

    rng = random.Random(7)
    pool = [w for _, band in lx._bands(2.5) for w in band if w.isalpha() and len(w) >= 6]
    made, taken, shown = Counter(), Counter(), []
    for word in pool:
        half = "tune" if zlib.crc32(word.encode()) % 2 == 0 else "held-out"
        slip = _slip(word, rng)
        if slip is None:
            continue
        made[half] += 1
        parse = morphology.formed(slip)
        if parse:
            taken[half] += 1
            if half == "tune" and len(shown) < show:
                shown.append(f"{slip} ({word}): {parse}")
    print(
        "slips taken for formed words: "
        + " | ".join(f"{h} {taken[h]}/{made[h]} = {taken[h] / max(1, made[h]):.4f}" for h in ("tune", "held-out"))
    )
    for line in shown:
        print("  taken", line)


if __name__ == "__main__":
    status = main(KINDS, __doc__, seed_per_kind=True)
    swallowed()
    sys.exit(status)
