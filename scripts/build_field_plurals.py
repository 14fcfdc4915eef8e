#!/usr/bin/env python3
"""Build the list of plural forms that name a field of knowledge as one thing ("maths"), for G203.

    python3 scripts/build_field_plurals.py     # needs WordNet 3.0 (Debian package wordnet-base)

G203 reads a plural noun as a plural subject ("the figures is" -> "are"). Some plural forms
are singular nouns in their own right: WordNet lists the form as a noun lemma that shares a
synset with its own singular, and that synset is a kind of "discipline, subject, field of
study": "maths" beside "math" and "mathematics" ("my maths is right"). Only fields are kept:
other shared synsets are foods, objects and plans that stay plural ("eggs", "rails",
"tactics").
Forms whose singular is no count noun ("news", "physics", "economics") need no entry: the
noun tables do not read them as plurals. Output: ``newslint/data/field_plurals.txt``;
sources and licence: ``newslint/data/agreement_sources.txt``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDNET = Path("/usr/share/wordnet")
OUT = ROOT / "newslint" / "data" / "field_plurals.txt"
DISCIPLINE = "05996646"  # WordNet 3.0: "discipline, subject, field of study"


def _synsets() -> dict[str, set[str]]:
    """Each noun lemma's synset offsets, from WordNet's index.noun."""
    found = {}
    for line in (WORDNET / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        pointers = int(parts[3])
        found[parts[0]] = set(parts[4 + pointers + 2 :])
    return found


def _hypernyms() -> dict[str, list[str]]:
    """Each noun synset's hypernyms ("@", "@i" pointers), from WordNet's data.noun."""
    found = {}
    for line in (WORDNET / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split("|")[0].split()
        words = int(parts[3], 16)
        at = 4 + 2 * words
        pointers = int(parts[at])
        fields = parts[at + 1 : at + 1 + 4 * pointers]
        found[parts[0]] = [fields[n + 1] for n in range(0, len(fields), 4) if fields[n] in ("@", "@i")]
    return found


def _fields() -> set[str]:
    """Offsets of the synsets under "discipline, subject, field of study" (WordNet 3.0)."""
    up = _hypernyms()
    found = set()
    for offset in up:
        seen, todo = set(), [offset]
        while todo:
            here = todo.pop()
            if here == DISCIPLINE:
                found.add(offset)
                break
            if here not in seen:
                seen.add(here)
                todo.extend(up.get(here, ()))
    return found


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from newslint.checks.agreement.nouns import singular_of as _singular_of
    from newslint.checks.determiners import plurals

    synsets, fields = _synsets(), _fields()
    found = sorted(
        plural
        for plural in plurals()
        if (singular := _singular_of(plural, fields=False))
        and synsets.get(plural, set()) & synsets.get(singular, set()) & fields
    )
    header = (
        "# plural forms naming a field of knowledge as one thing ('maths'), one a line;\n"
        "# built by scripts/build_field_plurals.py from WordNet 3.0 (see agreement_sources.txt)\n"
    )
    OUT.write_text(header + "\n".join(found) + "\n", encoding="utf-8")
    print(f"{len(found)} forms -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
