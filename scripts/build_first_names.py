#!/usr/bin/env python3
"""Build newslint/data/first_names.txt: the first names of the 1990 US Census.

    pip install names==0.3.0   # build time only: its dist.male.first and dist.female.first
    python3 scripts/build_first_names.py

G203 reads a first name before a surname as one person ("Rick Santorum have"), whatever the
number a team, a firm or a band takes. The Census lists are public domain (US Census
Bureau); the ``names`` package that ships them is MIT (Trey Hunner). Left out: a name that is
a title written before names too (newslint's data/titles.txt: "Major", "Earl", "King"), and
names of two letters ("Al" opens Arabic family names: "Al Sabah").
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.english import titles  # noqa: E402

OUT = ROOT / "newslint" / "data" / "first_names.txt"
HEADER = """\
# First names of the 1990 US Census (public domain, US Census Bureau), male and female, as the
# `names` package 0.3.0 ships them (dist.male.first, dist.female.first; package MIT, Trey
# Hunner), capitalised, one a line; not those that are titles too (data/titles.txt: "Major",
# "Earl") nor those of two letters ("Al"). Built by
# scripts/build_first_names.py; read by G203 (a first name and a surname name one person:
# "Rick Santorum have").
"""


def first_names() -> list[str]:
    found: set[str] = set()
    for name in ("dist.male.first", "dist.female.first"):
        for line in (resources.files("names") / name).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if parts and parts[0].isalpha() and len(parts[0]) > 2 and parts[0].capitalize() not in titles():
                found.add(parts[0].capitalize())
    return sorted(found)


def main() -> int:
    names = first_names()
    OUT.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} first names written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
