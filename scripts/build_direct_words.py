#!/usr/bin/env python3
"""Write ``newslint/data/direct_words.txt``: words that take a noun phrase straight after them
and essentially never with a preposition between ("despite the rain", never "despite of the
rain"; "eliminate the risk", never "eliminate of the risk"). G314 (checks/slips/extra.py)
reads it; it counts the pairs ``build_governed_words.py`` counts (G304, "according the"), read
the other way.

    python3 scripts/build_direct_words.py --corpus /tmp/prep15-wiki

(``/tmp/prep15-wiki``: the WikiExtractor files of ``/work/cache/corpora/wiki`` with
text_AD_wiki_80..99 left out, so that those stay unseen for measuring.)

For every lower-case word, the counts of it written straight before the start of a noun
phrase (a determiner or possessive, a number, a capitalised word) bare ("despite the") and
with any preposition between ("despite of the"). A word is kept when the bare form is seen
at least ``MIN_BARE`` times and the forms with a preposition, all together, at most
``MAX_WITH_SHARE`` as often; and it is a preposition of ``data/counted_prepositions.txt``
with no adverb reading in the lexicon ("after", "under", "without" are adverbs too: "soon
after by"), or a verb and nothing else in the lexicon, not a linking verb ("became of":
"what became of them"). Each line: ``word<TAB>kind<TAB>bare<TAB>with`` (kind "p" or "v").
Counts only, no text; about 1 min CPU. The same files give the same bytes.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
for folder in (ROOT, SCRIPTS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from eval_needless_prepositions import count  # noqa: E402

from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.checks.missing_article.frames import LINKING_VERBS  # noqa: E402
from newslint.checks.missing_words import counted_prepositions  # noqa: E402
from newslint.checks.slips.extra import DIRECT_FILE  # noqa: E402
from newslint.datafiles import data_path  # noqa: E402

MIN_BARE = 300
MAX_WITH_SHARE = 0.005


def kind(word: str) -> str | None:
    tags = lx.tags(word)
    if word in counted_prepositions():
        return None if "r" in tags else "p"
    if tags == "v" and word not in LINKING_VERBS:
        return "v"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=data_path(DIRECT_FILE))
    args = parser.parse_args()
    with_prep, bare = count(args.corpus)
    with_any: Counter = Counter()
    for (word, _), n in with_prep.items():
        with_any[word] += n
    lines = []
    for word, n in sorted(bare.items()):
        if n < MIN_BARE or with_any[word] > MAX_WITH_SHARE * n:
            continue
        found = kind(word)
        if found:
            lines.append(f"{word}\t{found}\t{n}\t{with_any[word]}")
    header = (
        "# Words that take a noun phrase straight after them, almost never with a preposition\n"
        "# between: word, kind (p preposition, v verb), times bare and times with a preposition\n"
        "# before a noun phrase in Wikipedia. Built by scripts/build_direct_words.py\n"
        "# (direct_words_sources.txt).\n"
    )
    args.out.write_text(header + "".join(line + "\n" for line in lines), "utf-8")
    print(f"{len(lines)} words written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
