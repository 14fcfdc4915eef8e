#!/usr/bin/env python3
"""Compile the nouns that take an article before "to" and a verb after have, get, give,
make and take (data/infinitive_nouns.txt, read by G303).

    python3 scripts/build_infinitive_nouns.py

"She has the ability to", "he had a chance to", "they made a decision to": for each singular
count noun of the lexicon (``verbs.count_nouns``), the shipped near-word counts
(``data/near_words.bin``: pairs and triples of about 78 million words of openly licensed
English, ``near_words_sources.txt``) give how often it stood bare between one of those verbs
and "to" ("has ability to") and how often a determiner stood between the verb and it ("has
the ability", "made his decision"). A noun is kept when it was seen with a determiner after
those verbs at least ``MIN_DETERMINED`` times, and before "to" with "the", "a" or "an" at
least ``MIN_BEFORE_TO`` times (so that "to" after it is usual), and bare before "to" in at
most ``MAX_BARE`` of its uses after the verbs: "have access to", "take time to", "give way
to" and "make sure to" are left out by the counts themselves; and bare straight after the
verbs, whatever follows, in at most ``MAX_BARE_AFTER`` ("take responsibility for", "take
charge of", "take position": used bare there). The same counts give the same file. A few
seconds.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.checks.confusables import near_words  # noqa: E402
from newslint.checks.missing_article.measured import INFINITIVE_VERBS  # noqa: E402
from newslint.checks.verbs import count_nouns  # noqa: E402

OUT = ROOT / "newslint" / "data" / "infinitive_nouns.txt"
DETERMINERS = "an the his her their its our my your this every any each another no".split()
MIN_DETERMINED = 20
MIN_BEFORE_TO = 20
MAX_BARE = 0.03
MAX_BARE_AFTER = 0.25


def rows(nouns=None):
    """(noun, times bare, times determined) of the nouns kept, of ``nouns`` (every singular
    count noun of the lexicon when None)."""
    table = near_words.counts()
    for noun in sorted(count_nouns()) if nouns is None else nouns:
        if not noun.isalpha() or "p" in lx.tags(noun):
            continue
        bare = sum(table.count(verb, noun, "to") for verb in INFINITIVE_VERBS)
        determined = sum(table.count(verb, d, noun) for verb in INFINITIVE_VERBS for d in DETERMINERS)
        before_to = sum(table.count(d, noun, "to") for d in ("the", "a", "an"))
        bare_after = sum(table.count(verb, noun) for verb in INFINITIVE_VERBS)
        if (
            determined >= MIN_DETERMINED
            and before_to >= MIN_BEFORE_TO
            and bare <= MAX_BARE * (bare + determined)
            and bare_after <= MAX_BARE_AFTER * (bare_after + determined)
        ):
            yield noun, round(bare), round(determined)


def main() -> int:
    found = list(rows())
    lines = [
        "# singular count nouns almost never bare between have/get/give/make/take and 'to' + a verb",
        "# ('has ability to': 'the ability'): noun, times bare there, times with a determiner after",
        "# the verb; built by scripts/build_infinitive_nouns.py from the near-word counts",
        "# (near_words.bin; sources and licences: near_words_sources.txt)",
    ] + [f"{noun}\t{bare}\t{determined}" for noun, bare, determined in found]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found)} nouns: {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
