#!/usr/bin/env python3
"""Count the words after which "to" takes a verb's "-ing" form, hardly ever a plain verb
("in addition to raising", "committed to providing", "look
forward to seeing"), as counted in English Wikipedia.

    python3 scripts/build_gerund_to.py --wiki /work/cache/corpora/wiki [--out FILE]

For every word W before "to", counted over the WikiExtractor files text_AA_wiki_00 ..
text_AD_wiki_79 (AD_80-99 are left out: they are the text G201 is read on), how often the
word after "to" is the "-ing" form of a verb that the lexicon has as nothing but a verb
("providing", "seeing"; not "building", a noun too) and how often it is such a verb's plain
form ("provide", "see"). W is kept when the "-ing" form follows at least ``MIN_ING`` times
and at least ``ODDS`` times as often as the plain form (plus one): after such a word a plain
verb after "to" is a slip for its "-ing" form. One word a line: the word and the two counts,
tab-separated. Nothing of the text is kept.

A NEGATIVE RESULT (form20, 2026-12-02): the list is not shipped. At ``MIN_ING`` 10 and
``ODDS`` 5 it keeps 9 words (addition, close, corresponds, dedicated, devoted, equivalent,
opposed, prior, refers). Read as G201's prepositional "to" (beside the hand list in
``verb_slips._PREPOSITIONAL_TO``), and with a verb that is a noun too taken when the tagger
reads a verb and a word of its object follows (not after a participle, "funds dedicated to
build roads"), it added 6 findings on Wikipedia AD_80-99 and the dev news, all wrong: "in
addition to cover songs", "in addition to cover versions", "refers to lumber cut for",
"refers to style using", "prior to discharge is", "followed by addition to obtain 442"
(the tagger reads a verb after "to" nearly always). On the real-error harness
(``scripts/eval_real_edits.py --half both --args "--select G201"``) verb-form went 2 -> 3 of
22 on the tune half ("in addition to play different games"), 0 -> 0 of 15 held out, with one
more finding at an untouched held-out word. Rebuild it with ``--out`` and re-read those
before trying again.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.checks.verb_slips import ing_form  # noqa: E402
from newslint.checks.verbs import bases  # noqa: E402

MIN_ING = 10
ODDS = 5.0
_PAIR = re.compile(r"(?<![\w'’-])([a-z]+) to ([a-z]+)(?![\w'’-])")


def held_in(name: str) -> bool:
    """A Wikipedia file that is counted (not AD_80-99)."""
    if not name.startswith("text_A"):
        return False
    if name.startswith("text_AD_wiki_"):
        return int(name.rsplit("_", 1)[1]) < 80
    return True


def count_after_to(wiki: Path) -> tuple[Counter, Counter]:
    """For each word before "to": how often the word after "to" is the "-ing" form of a
    verb-only word, and how often its plain form (also read by build_infinitive_to.py)."""
    plain_verbs = {base for base in bases() if lx.tags(base) == "v"}
    ings = {}
    for base in plain_verbs:
        form = ing_form(base)
        if form and lx.tags(form) in ("v", ""):
            ings[form] = base
    ing, plain = Counter(), Counter()
    for path in sorted(p for p in wiki.iterdir() if held_in(p.name)):
        text = path.read_text(encoding="utf-8", errors="replace").lower()
        for before, after in _PAIR.findall(text):
            if after in ings:
                ing[before] += 1
            elif after in plain_verbs:
                plain[before] += 1
    return ing, plain


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wiki", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True, help="not shipped: see the negative result above")
    args = parser.parse_args()
    ing, plain = count_after_to(args.wiki)
    files = [p for p in args.wiki.iterdir() if held_in(p.name)]
    kept = sorted(w for w in ing if ing[w] >= MIN_ING and ing[w] >= ODDS * (plain[w] + 1))
    with args.out.open("w", encoding="utf-8") as out:
        out.write(
            "# Words after which \"to\" takes a verb's \"-ing\" form: the word, then how often Wikipedia\n"
            "# has the \"-ing\" form and the plain form of a verb-only word after \"word to\" (kept: at\n"
            f"# least {MIN_ING} and {ODDS:g} times the plain count plus one). Built by\n"
            "# scripts/build_gerund_to.py (sources and licence: gerund_to_sources.txt).\n"
        )
        for word in kept:
            out.write(f"{word}\t{ing[word]}\t{plain[word]}\n")
    print(f"{len(files)} files, {len(kept)} words kept", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
