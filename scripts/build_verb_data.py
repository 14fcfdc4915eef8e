#!/usr/bin/env python3
"""Build the verb-form and noun-number tables that the grammar rules G201-G203 read.

    pip install lemminflect       # build-time only; newslint does not need it to run
    python3 scripts/build_verb_data.py

Writes two files into newslint/data/ (sources and licences: newslint/data/agreement_sources.txt):

- ``verb_forms.txt.gz``: one verb a line, ``base past participle third-person gerund``,
  alternatives joined by "/" (``wake woke/waked woken/waked wakes waking``). Source:
  lemminflect's inflection table (MIT licence, Brad Jascob; built from the NLM SPECIALIST
  lexicon) with lemminflect's own overrides applied. Participles are widened where the
  language allows more than one form, so that a rule never calls a standard form wrong:
  a verb whose past and participle coincide in one variant ("lit/lighted") accepts every
  past form as a participle; a regular "-ed" past is always a participle too ("sowed",
  "weaved"); lemminflect's raw table lists "got" as a participle of "get" beside "gotten"
  (British and much American usage: "has got"), which its overrides drop, so it is kept.
  Verbs whose forms are all rarer than ``MIN_ZIPF`` on wordfreq's scale (read from
  newslint's own lexicon) are left out.
- ``noun_forms.txt.gz``: one count noun a line, ``singular plural``. A noun counts when
  lemminflect gives it a plural different from the singular and that plural is not much
  rarer than the singular (at most ``MASS_GAP`` Zipf units): "year years", "member members",
  but not "information" ("informations" is 2.7 units rarer) or "news".
"""

from __future__ import annotations

import gzip
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newslint" / "data"
MIN_ZIPF = 2.0  # a verb is kept when one of its forms is at least this frequent
NOUN_MIN_ZIPF = 2.5  # a noun is kept when its singular is at least this frequent
MASS_GAP = 1.2  # a plural this many Zipf units rarer than its singular marks a mass noun
# Participles that the raw SPECIALIST table lists and lemminflect's overrides drop.
KEEP_PARTICIPLES = {"get": ("got",)}


def _raw_entries(pos: str) -> list[list[str]]:
    path = resources.files("lemminflect") / "resources" / "infl_lu.csv.gz"
    with gzip.open(str(path), "rt", encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split(",") for line in fh]
    return [row for row in rows if len(row) > 2 and row[1] == pos]


def _plain(word: str) -> bool:
    return word.isalpha() and word.isascii() and word.islower()


def build_verbs(zipf) -> list[str]:
    from lemminflect import getAllInflections

    lines = []
    for row in _raw_entries("verb"):
        base = row[0]
        if not _plain(base) or base in ("be", "have", "do"):
            continue
        forms = getAllInflections(base, upos="VERB")
        past = [f for f in forms.get("VBD", ()) if _plain(f)]
        participle = [f for f in forms.get("VBN", ()) if _plain(f)] or list(past)
        third = [f for f in forms.get("VBZ", ()) if _plain(f)]
        gerund = [f for f in forms.get("VBG", ()) if _plain(f)]
        if not (past and third and gerund):
            continue
        if set(past) & set(participle):
            participle += [f for f in past if f not in participle]
        participle += [f for f in past if f.endswith("ed") and f not in participle]
        participle += [f for f in KEEP_PARTICIPLES.get(base, ()) if f not in participle]
        every = [base, *past, *participle, *third, *gerund]
        if max(zipf(f) for f in every) < MIN_ZIPF:
            continue
        lines.append(" ".join([base, "/".join(past), "/".join(participle), "/".join(third), "/".join(gerund)]))
    return sorted(set(lines))


def build_nouns(zipf) -> list[str]:
    from lemminflect import getAllInflections

    lines = []
    for row in _raw_entries("noun"):
        singular = row[0]
        if not _plain(singular) or zipf(singular) < NOUN_MIN_ZIPF:
            continue
        plurals = [p for p in getAllInflections(singular, upos="NOUN").get("NNS", ()) if _plain(p)]
        if not plurals or singular in plurals:
            # "thing things/thing": the table also allows the bare form; take the first
            # distinct plural and let the frequencies decide
            plurals = [p for p in plurals if p != singular]
            if not plurals:
                continue
        plural = max(plurals, key=zipf)
        if zipf(plural) < zipf(singular) - MASS_GAP:
            continue
        lines.append(f"{singular} {plural}")
    return sorted(set(lines))


def _write(name: str, header: str, lines: list[str]) -> None:
    with gzip.open(OUT / name, "wt", encoding="utf-8", compresslevel=9, newline="\n") as fh:
        fh.write(header)
        fh.write("\n".join(lines) + "\n")


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from newslint.analysis.lexicon import zipf

    verbs = build_verbs(zipf)
    _write(
        "verb_forms.txt.gz",
        "# base past participle third-person gerund; built by scripts/build_verb_data.py\n",
        verbs,
    )
    nouns = build_nouns(zipf)
    _write("noun_forms.txt.gz", "# singular plural (count nouns); built by scripts/build_verb_data.py\n", nouns)
    print(f"{len(verbs)} verbs, {len(nouns)} count nouns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
