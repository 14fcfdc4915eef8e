#!/usr/bin/env python3
"""Ceiling of a same-stem rule on the harness's real-word errors: how many of them have the
annotators' correction in the written word's family by regular suffixes at all.

    python3 scripts/eval_real_edits.py --half both --json ERRORS.jsonl
    python3 scripts/same_stem_ceiling.py ERRORS.jsonl [--show-tune]

A word's family: every dictionary word (``analysis.dictionary.is_word``) that strips to one of
the word's stems by one of SUFFIXES (-s, -es, -ed, -ing, -er, -ly, -al, -ic, -ical, -ion,
-ation, -ness, -ment, -ity, -ful, -ive, -y, with a final 'e' and 'y'/'i' restored). The
errors counted are those ``scripts/real_word_classes.py`` calls ``same-stem``; the inflections
of a verb (-s, -ed, -ing between two verb forms) are counted apart, being tense and verb form
(another lane), not a derivation. For the held-out half it prints counts only; ``--show-tune``
lists the tune half's errors with their verdicts. It also prints the family's mean size over the
written words (each member is a candidate a judge must reject in every other draft).

Result (twentieth session, main at 0478082): tune: derivation 0/4 (dehumanization/
dehumanizing, lighting/lighter, friends/friendly, and later/latter, a spelling slip the cut
with a doubled consonant takes for a derivation), inflection 0/1, not in a family 2/11;
held-out: derivation 0/6, inflection 0/2, not in a family 5/20 (of 112 held-out real-word
errors). Mean family size 3.0-4.6 candidates per written word. The ceiling of a derivational
same-stem rule is 6 held-out errors (0.05 of real-word) before any judge, against three to
five candidates to reject at every word of every draft: not built (negative result).

``--all-kinds`` counts instead every error of any subkind (one word for one word) whose
correction is a derivation in the written word's family (a pair the cut can reach both as an
inflection and as a derivation counts as an inflection). Same session: held-out adj-adv 0/2,
non-word 4/4, real-word 1/7; tune adj-adv 1/5 (mostly/most, sufficient/sufficiently,
excellent/excellently, original/originally, deep/deeply), non-word 1/1, real-word 0/5 (the/they
among them, another artefact of the cut). Across all kinds 8 held-out errors missed: the -ly
adverb slips (adj-adv) do not change the verdict.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "al", "ally", "ic", "ical", "ion",
            "ation", "ations", "ions", "ness", "ment", "ments", "ity", "ful", "ive", "y", "")
INFLECTIONS = {"s", "es", "ed", "d", "ing", ""}


def stems(word: str) -> set[tuple[str, str]]:
    """(stem, suffix) pairs the word may be cut into."""
    out = set()
    for suf in SUFFIXES:
        if suf and not word.endswith(suf):
            continue
        stem = word[: len(word) - len(suf)] if suf else word
        if len(stem) < 3:
            continue
        out.add((stem, suf))
        if stem.endswith("i"):
            out.add((stem[:-1] + "y", suf))
        out.add((stem + "e", suf))
        if len(stem) > 3 and stem[-1] == stem[-2]:
            out.add((stem[:-1], suf))
    return out


def family(word: str) -> dict[str, set[tuple[str, str]]]:
    """Dictionary words sharing a stem with ``word`` -> every (word's suffix, member's suffix)."""
    from newslint.analysis import dictionary

    out = {}
    for stem, suf in stems(word):
        for other in SUFFIXES:
            for base in {stem, stem[:-1] if stem.endswith("e") else stem,
                         stem[:-1] + "i" if stem.endswith("y") else stem, stem + stem[-1]}:
                cand = base + other
                if cand != word and dictionary.is_word(cand):
                    out.setdefault(cand, set()).add((suf, other))
    return out


def verdict(written: str, right: str) -> str:
    fam = family(written)
    if right not in fam:
        return "not-in-family"
    if any(a in INFLECTIONS and b in INFLECTIONS for a, b in fam[right]):
        return "inflection"
    return "derivation"


def main(argv=None) -> int:
    from real_word_classes import word_class

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("errors", type=Path)
    parser.add_argument("--show-tune", action="store_true")
    parser.add_argument("--all-kinds", action="store_true",
                        help="count derivations among the errors of every subkind")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.errors.open(encoding="utf-8") if line.strip()]
    if args.all_kinds:
        return all_kinds(rows, args.show_tune)
    rows = [r for r in rows if r["subkind"] == "real-word"
            and word_class(r["wrong"], r["right"]) == "same-stem"]
    for half in ("tune", "held-out"):
        counts: dict[str, list[int]] = {}
        sizes = []
        for r in rows:
            if r["half"] != half:
                continue
            w, c = r["wrong"].lower().strip(), r["right"].lower().strip()
            v = verdict(w, c)
            counts.setdefault(v, [0, 0])
            counts[v][0] += bool(r["found_by"])
            counts[v][1] += 1
            sizes.append(len(family(w)))
            if half == "tune" and args.show_tune:
                print(f"  {v:14} {w} -> {c}  (family {len(family(w))}; found by {r['found_by']})")
        mean = sum(sizes) / max(1, len(sizes))
        print(f"{half}: " + ", ".join(f"{k} {f}/{n}" for k, (f, n) in sorted(counts.items()))
              + f"; mean family size {mean:.1f}")
    return 0


def all_kinds(rows, show_tune: bool) -> int:
    """Errors of every subkind whose correction is a derivation of the written word."""
    found: dict[tuple[str, str], list[int]] = {}
    for r in rows:
        w, c = r["wrong"].lower().strip(), r["right"].lower().strip()
        if not (w.isalpha() and c.isalpha()) or w == c or verdict(w, c) != "derivation":
            continue
        key = (r["half"], r["subkind"])
        found.setdefault(key, [0, 0])
        found[key][0] += bool(r["found_by"])
        found[key][1] += 1
        if show_tune and r["half"] == "tune":
            print(f"  {r['subkind']:10} {w} -> {c}  (found by {r['found_by']})")
    for half in ("tune", "held-out"):
        print(f"{half}: " + ", ".join(f"{k[1]} {f}/{n}" for k, (f, n) in sorted(found.items())
                                      if k[0] == half))
    return 0


if __name__ == "__main__":
    sys.exit(main())
