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

A slip counts as found when S101 or S103 reports something (at any severity) where the word
starts.
The drafts are split by position in the sorted folder (even positions tune, odd positions are
held out; see ``injection.py``); tune on the first half only. Findings on the untouched copy
are S101's findings on the drafts as they are (some right, most not).

Then three slips close together in each draft, and how many S101 finds (a passage in
another language is told by several unknown words close together; three slips must not look
like one). Then, word by word: one random slip of every dictionary word of six letters or more at Zipf
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

from injection import DEFAULT_CORPUS, Slip, main

from newslint.analysis import lexicon as lx
from newslint.checks.spelling import morphology
from newslint.checks.spelling.misspelled import MisspelledWord
from newslint.checks.spelling.rare import RareWordOrSlip

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


def _body_start(text: str) -> int:
    """Where the draft's text starts: after its front matter, if any (keys are no prose)."""
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            return end + 4
    return 0


def _kind(select):
    def slips(text: str, rng):
        for match in WORD.finditer(text, _body_start(text)):
            word = match.group()
            if not lx.is_word(word) or not select(word):
                continue
            slip = _slip(word, rng)
            if slip is not None:
                yield Slip(match.start(), match.start(), match.end(), slip)

    return slips


def _prefixed(word: str) -> bool:
    return any(word.startswith(p) and len(word) > len(p) + 2 for p in morphology.prefixes())


def _suffixed(word: str) -> bool:
    return any(word.endswith(s) and len(word) > len(s) + 2 for s in morphology.suffixes())


class NonWords:
    """S101 and S103 run as one: between them they report every word no lexicon has (S103
    the real but rare words that look like slips, "improv"; S101 the others)."""

    code = "S101+S103"

    def __init__(self, *rules):
        self.rules = rules

    def run(self, doc, context):
        for rule in self.rules:
            yield from rule.run(doc, context)


RULE = NonWords(MisspelledWord(), RareWordOrSlip())
KINDS = [
    ("typo", RULE, _kind(lambda w: True)),
    ("typo-prefixed", RULE, _kind(_prefixed)),
    ("typo-suffixed", RULE, _kind(_suffixed)),
]

def clustered(corpus: str) -> None:
    """Three slips close together (the first three dictionary words of five letters or more
    that stand within 60 characters on one line, in each draft): how many S101 finds, by
    half; the passage-in-another-language test must not take them for one."""
    import random

    from newslint.config import Settings
    from newslint.document import Document
    from newslint.rule import Context

    context = Context(Settings())
    made, found = Counter(), Counter()
    for position, path in enumerate(sorted(p for p in Path(corpus).iterdir() if p.suffix in (".txt", ".md"))):
        half = "tune" if position % 2 == 0 else "held-out"
        text = path.read_text(encoding="utf-8")
        rng = random.Random(f"{path.name}:cluster")
        matches = [m for m in WORD.finditer(text, _body_start(text)) if lx.is_word(m.group())]
        group = next(
            (
                matches[k : k + 3]
                for k in range(len(matches) - 2)
                if matches[k + 2].end() - matches[k].start() < 60
                and "\n" not in text[matches[k].start() : matches[k + 2].end()]
            ),
            None,
        )
        slips = [_slip(m.group(), rng) for m in group] if group else []
        if not slips or None in slips:
            continue
        changed, shift, starts = text, 0, []
        for match, slip in zip(group, slips):
            start = match.start() + shift
            changed = changed[:start] + slip + changed[start + len(match.group()) :]
            shift += len(slip) - len(match.group())
            starts.append(start)
        reported = {f.start for f in RULE.run(Document(changed, path=path.name), context)}
        made[half] += 3
        found[half] += sum(start in reported for start in starts)
    print(
        "three slips close together: "
        + " | ".join(f"{h} {found[h]}/{made[h]} = {found[h] / max(1, made[h]):.2f}" for h in ("tune", "held-out"))
    )


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
    if status == 2:  # no corpus folder, or no drafts in it: said already
        sys.exit(status)
    clustered(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else str(DEFAULT_CORPUS))
    swallowed()
    sys.exit(status)
