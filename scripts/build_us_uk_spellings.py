#!/usr/bin/env python3
"""Build ``newslint/data/us_uk_spellings.tsv``, the US and UK spellings of the same word.

    python3 scripts/build_us_uk_spellings.py build [DICT_FOLDER]   # default /usr/share/dict

Needs SCOWL's word lists as Debian ships them in DICT_FOLDER: ``british-english``,
``american-english``, ``british-english-large`` and ``american-english-large`` (packages
``wbritish``, ``wamerican``, ``wbritish-large``, ``wamerican-large``, version 2020.12.07; SCOWL
is Copyright 2000-2011 Kevin Atkinson, with a permissive licence that allows redistribution of
its output with the notice, which the data file carries).

A pair is kept only when the US form is in the American list and not in the large British one,
and the UK form is in the British list; the UK form is found from the US form by the regular
patterns of British spelling (-ise/-ize, -our/-or, -re/-er, -ogue/-og, -ence/-ense, doubled
and single l, ae/oe, sc/sk, -gement/-gment) or from a short list of irregular pairs written
here (grey/gray, plough/plow, aluminium/aluminum ...). newslint reads the file in
``newslint/analysis/variants.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "newslint" / "data" / "us_uk_spellings.tsv"

# US → UK rewrites of the regular patterns; each is (pattern, replacement), applied to one
# occurrence at a time so that "civilization" can become "civilisation".
_RULES = [
    (r"iz(?=e|a|i)", "is"),
    (r"yz(?=e|i)", "ys"),
    (
        r"or(?=$|s$|ed$|ing$|ite|able|ably|ful|less|ist|ism|ize|ise|al|ial|ous|y|ies|er|hood"
        r"|ment|s\b)",
        "our",
    ),
    (r"([bct])er(?=$|s$|ed$)", r"\1re"),
    (r"([bct])ering$", r"\1ring"),
    (r"og(?=$|s$)", "ogue"),
    (r"ense(?=$|s$|less)", "ence"),
    (r"(?<=[aeiou])l(?=ed$|ing$|er$|ers$|or$|ors$|ous$|ously$|y$|ery$|ish$)", "ll"),
    (r"ll(?=$|s$|ment|ful)", "l"),
    (r"(?<=[a-z])e(?=[mnst])", "ae"),
    (r"^e(?=[mnst])", "ae"),
    (r"e", "oe"),
    (r"^sk", "sc"),
    (r"(?<=[a-z])sk(?=ep)", "sc"),
    (r"gment", "gement"),
]
_COMPILED = [(re.compile(p), r) for p, r in _RULES]

IRREGULAR = """
grey gray
greys grays
greyer grayer
greyest grayest
greying graying
greyish grayish
plough plow
ploughs plows
ploughed plowed
ploughing plowing
aluminium aluminum
pyjamas pajamas
mould mold
moulds molds
mouldy moldy
moulding molding
moult molt
smoulder smolder
smouldering smoldering
smouldered smoldered
sulphur sulfur
sulphuric sulfuric
artefact artifact
artefacts artifacts
cosy cozy
doughnut donut
doughnuts donuts
jewellery jewelry
aeroplane airplane
aeroplanes airplanes
moustache mustache
omelette omelet
yoghurt yogurt
pedlar peddler
furore furor
tranquillity tranquility
manoeuvre maneuver
manoeuvres maneuvers
manoeuvred maneuvered
manoeuvring maneuvering
sceptre scepter
"""


def build(
    british: Path, american: Path, british_large: Path, american_large: Path
) -> list[tuple[str, str, bool]]:
    """Derive the (uk, us, uk_is_a_signal) triples from the SCOWL lists (module docstring).

    ``uk_is_a_signal`` is False for UK forms that American copy uses too ("catalogue",
    "theatre", "aesthetic", "grey", "analyses" as a plural): they say nothing about the
    variety of a story, though their US partners ("catalog", "theater") still do.
    """

    def read(path: Path) -> set[str]:
        words = path.read_text(encoding="utf-8", errors="replace").split()
        return {w for w in words if w.isalpha() and w.islower()}

    gb, gb_large, us_words = (
        read(british),
        read(british_large),
        read(american) | read(american_large),
    )
    us_only = {w for w in us_words if w not in gb_large}
    pairs: set[tuple[str, str]] = set()
    for us in us_only:
        for uk in _uk_candidates(us):
            if uk != us and uk in gb:
                pairs.add((uk, us))
    for line in IRREGULAR.strip().splitlines():
        uk, us = line.split()
        if us in us_only and uk in gb:
            pairs.add((uk, us))
    # one pairing per word: a UK word with two US partners (or the reverse) is ambiguous
    by_uk: dict[str, set[str]] = {}
    by_us: dict[str, set[str]] = {}
    for uk, us in pairs:
        by_uk.setdefault(uk, set()).add(us)
        by_us.setdefault(us, set()).add(uk)
    us_standard = read(american)
    return sorted(
        (uk, us, uk not in us_standard or bool(_STILL_BRITISH.search(uk)))
        for uk, us in pairs
        if len(by_uk[uk]) == 1 and len(by_us[us]) == 1
    )


# UK forms that the American list also carries but that American copy (AP, the papers) does
# not use: the doubled l of "labelled", "travelling", "counsellor"; the single l of "fulfil",
# "enrolment", "skilful"; "plough"; "haemorrhage", "anaemia", "diarrhoea".
_STILL_BRITISH = re.compile(
    r"[aeiou]ll(?:ed|ing|er|ers|or|ors|ous|ously)$|^(?:fulfil|enrol|instal|distil|appal|enthral|"
    r"skilful|wilful)|plough|haem|anaem|anaesth|rrhoea|smoulder|pretence|saviour"
)


def _uk_candidates(us: str, depth: int = 2) -> set[str]:
    found = {us}
    frontier = {us}
    for _ in range(depth):
        new: set[str] = set()
        for word in frontier:
            for pattern, replacement in _COMPILED:
                for match in pattern.finditer(word):
                    new.add(word[: match.start()] + match.expand(replacement) + word[match.end() :])
        new -= found
        found |= new
        frontier = new
    found.discard(us)
    return found


HEADER = """\
# US and UK spellings of the same word: uk<TAB>us, lower case; a third column "shared" marks a
# UK form that American copy uses too (it says nothing about a story's variety).
# Built by `python3 scripts/build_us_uk_spellings.py` from SCOWL word lists (Debian packages
# wbritish, wamerican, wbritish-large, wamerican-large, version 2020.12.07) by the rules in
# that script.
# SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and
# sell these word lists, the associated scripts, the output created from the scripts, and its
# documentation for any purpose is hereby granted without fee, provided that the above
# copyright notice appears in all copies and that both that copyright notice and this
# permission notice appear in supporting documentation. Kevin Atkinson makes no
# representations about the suitability of this array for any purpose. It is provided "as
# is" without express or implied warranty.
"""


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] != "build":
        print("usage: python3 scripts/build_us_uk_spellings.py build [DICT_FOLDER]", file=sys.stderr)
        return 2
    folder = Path(args[1]) if len(args) > 1 else Path("/usr/share/dict")
    pairs = build(
        folder / "british-english",
        folder / "american-english",
        folder / "british-english-large",
        folder / "american-english-large",
    )
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for uk, us, signal in pairs:
            fh.write(f"{uk}\t{us}{'' if signal else chr(9) + 'shared'}\n")
    print(f"{len(pairs)} pairs written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
