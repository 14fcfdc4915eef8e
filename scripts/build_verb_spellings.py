#!/usr/bin/env python3
"""Build newslint/data/verb_spellings.txt: nouns and adjectives that are no verb, each with
the verb spelled one step from it ("breath" -> "breathe", "advice" -> "advise", "belief" ->
"believe").

    python3 scripts/build_verb_spellings.py

S213 reads the list beside verb_homophones.txt: where a clause wants a verb's plain form
after a modal or a negated "do" ("could not breath", "I would advice you") and the word
written there can be none, the verb spelled nearly as it is was meant. The steps are the
ones English spells a noun and its verb apart by: a final "e" ("breath"/"breathe",
"bath"/"bathe"), "c" for "s" before it ("advice"/"advise", "device"/"devise"), "f" for "ve"
("belief"/"believe", "relief"/"relieve"). A pair is kept when both words are at least Zipf
MIN_ZIPF in newslint's lexicon, written in lower-case letters only, the first has parts of
speech and none of them a verb, and the second is a verb at most MAX_RARER Zipf rarer.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from newslint.analysis import lexicon as lx  # noqa: E402

OUT = ROOT / "newslint" / "data" / "verb_spellings.txt"
MIN_ZIPF = 3.0
MAX_RARER = 1.5  # as scripts/build_verb_homophones.py: a slip writes a word as familiar as the one meant
HEADER = """\
# A word that is no verb, a tab, and the verb spelled one step from it: a final "e"
# ("breath" "breathe"), "c" for "s" ("advice" "advise"), "f" for "ve" ("belief" "believe").
# From newslint's lexicon (parts of speech, frequencies): both words at least Zipf 3.0, the
# first no verb, the second a verb at most 1.5 Zipf rarer than the first.
# Built by scripts/build_verb_spellings.py; read by S213 (a word where a verb belongs).
"""


def steps(word: str) -> set[str]:
    """The words one of the noun-to-verb spelling steps makes of ``word``."""
    found = {word + "e"}
    if word.endswith("ce"):
        found.add(word[:-2] + "se")
    if word.endswith("f"):
        found.add(word[:-1] + "ve")
    if word.endswith("fe"):
        found.add(word[:-2] + "ve")
    return found


def pairs() -> list[tuple[str, str]]:
    found = set()
    for written in lx.words():
        if not re.fullmatch(r"[a-z]+", written) or (lx.zipf(written) or 0) < MIN_ZIPF:
            continue
        tags = lx.tags(written)
        if not tags or "v" in tags:
            continue
        for verb in steps(written):
            if "v" in lx.tags(verb) and (lx.zipf(verb) or 0) >= MIN_ZIPF and lx.zipf(written) - lx.zipf(verb) <= MAX_RARER:
                found.add((written, verb))
    return sorted(found)


def main() -> int:
    from build_verb_homophones import write_pairs

    return write_pairs(OUT, HEADER, pairs())


if __name__ == "__main__":
    sys.exit(main())
