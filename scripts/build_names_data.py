#!/usr/bin/env python3
"""Build the name tables newslint ships: ``known_names.bin``, ``letter_trigrams.bin`` and
``names_sources.txt`` in ``newslint/data/``.

    python3 scripts/build_names_data.py build [DICT_FOLDER]   # default /usr/share/dict

Needs SCOWL's ``british-english-large`` and ``american-english-large`` in DICT_FOLDER (Debian
packages ``wbritish-large``, ``wamerican-large``, version 2020.12.07) and the ``names`` package
0.3.0 from pip (``pip install names==0.3.0``: its 1990 US Census first names). newslint reads
the tables in ``newslint/analysis/names.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint import wordtable  # noqa: E402
from newslint.analysis.names import DATA, KNOWN_NAMES, TRIGRAMS  # noqa: E402

KNOWN_NAMES_HEADER = """\
# known_names.bin: capitalised words (first names, surnames, places, organisations) from SCOWL word lists as
# Debian ships them (wbritish-large, wamerican-large, version 2020.12.07), built by
# `python3 scripts/build_names_data.py build`.
# SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and
# sell these word lists, the associated scripts, the output created from the scripts, and its
# documentation for any purpose is hereby granted without fee, provided that the above
# copyright notice appears in all copies and that both that copyright notice and this
# permission notice appear in supporting documentation. Kevin Atkinson makes no
# representations about the suitability of this array for any purpose. It is provided "as
# is" without express or implied warranty.
"""
CENSUS_HEADER = """\
# First names from the 1990 US Census (public domain, US Census Bureau), as the `names`
# package 0.3.0 ships them (dist.male.first, dist.female.first; package MIT, Trey Hunner): a
# name the SCOWL lists lack is added unless it is a lower-case English word there ("Many",
# "Honey") or one letter from a name ten times as common in the same list ("Babara").
"""


TRIGRAMS_HEADER = """\
# letter_trigrams.bin: letter trigrams (^ and $ mark a word's ends) and how many distinct
# lower-cased words a-z of the same SCOWL lists have them, with the total of each two-letter
# start; built by the same command.
"""
SOURCES = KNOWN_NAMES_HEADER + CENSUS_HEADER + TRIGRAMS_HEADER


def census_first_names(exclude: set[str]) -> set[str]:
    """First names of the 1990 US Census (public domain) that ``exclude`` (lower-case English
    words) lacks and that are no slip of a far commoner name of the same list."""
    from importlib import resources

    from rapidfuzz.distance import OSA

    found: set[str] = set()
    for name in ("dist.male.first", "dist.female.first"):
        rows = []
        for line in (resources.files("names") / name).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                rows.append((parts[0].capitalize(), float(parts[1])))
        for form, share in rows:
            if form.lower() in exclude:
                continue
            if any(s >= 10 * share and OSA.distance(form, o, score_cutoff=1) <= 1 for o, s in rows):
                continue
            found.add(form)
    return found


def build(*paths: Path) -> list[str]:
    names: set[str] = set()
    for path in paths:
        for word in path.read_text(encoding="utf-8", errors="replace").split():
            if re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*", word):
                names.add(word)
    return sorted(names)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] != "build":
        print("usage: python3 scripts/build_names_data.py build [DICT_FOLDER]", file=sys.stderr)
        print("(needs Debian's wbritish-large and wamerican-large, and pip's names)", file=sys.stderr)
        return 2
    folder = Path(args[1]) if len(args) > 1 else Path("/usr/share/dict")
    lists = (folder / "british-english-large", folder / "american-english-large")
    names = build(*lists)
    lower = {w for path in lists for w in path.read_text(encoding="utf-8", errors="replace").split() if w.islower()}
    names = sorted(set(names) | census_first_names(lower))
    wordtable.write(KNOWN_NAMES, {name: b"" for name in names})
    print(f"{len(names)} names written to {KNOWN_NAMES}")
    trigrams = build_trigrams(*lists)
    starts: dict[str, int] = {}
    for gram, count in trigrams.items():
        starts[gram[:2]] = starts.get(gram[:2], 0) + count
    wordtable.write(TRIGRAMS, {key: str(count).encode("ascii") for key, count in {**trigrams, **starts}.items()})
    print(f"{len(trigrams)} trigrams written to {TRIGRAMS}")
    (DATA / "names_sources.txt").write_text(SOURCES, encoding="utf-8")
    return 0


def build_trigrams(*paths: Path) -> dict[str, int]:
    words: set[str] = set()
    for path in paths:
        for word in path.read_text(encoding="utf-8", errors="replace").split():
            if word.isascii() and word.isalpha():
                words.add(word.lower())
    counts: dict[str, int] = {}
    for word in words:
        padded = "^^" + word + "$"
        for i in range(len(padded) - 2):
            counts[padded[i : i + 3]] = counts.get(padded[i : i + 3], 0) + 1
    return counts


if __name__ == "__main__":
    raise SystemExit(main())
