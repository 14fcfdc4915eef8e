#!/usr/bin/env python3
"""Events told as still to come, dated before the story, in Wikipedia paragraphs: cases of
future_before for D104 written unlike the news of scripts/eval_date_injections.py.

    python3 scripts/eval_future_wiki.py [--wiki DIR] [--seed N] [--show N] [--halves tune,held-out]

Reads WikiExtractor files (``<doc …>`` blocks; English Wikipedia, CC BY-SA 3.0) from ``--wiki``
(default /tmp/rw-corpus/wiki) at run time; nothing of them is copied into the repository. A
draft is one paragraph (one line of an article) under front matter with the story's date.
Two sources of cases:

- ``plan``: a sentence Wikipedia wrote as still to come ("will open in 2012", "is scheduled
  for 2010", "plans to … in 2011", "the upcoming 2008 season"): the future wording before the
  year (eval_date_injections.py's ``FUTURE``), in the year's own clause, with no past verb nearer
  the year than that wording (``past_verb_nearer``) and none of the shapes that make no error
  (``no_error_to_make``). The draft is dated 1-3 years after the year: a real future-before
  error. The control is the same paragraph dated the year before it, where the sentence is right.
- ``made``: a past-tense sentence turned into the future by one structural change at the verb
  that governs the year (the tagger reads the verb: VBD, or "was/were" + VBN; an active past
  only when the verb tables give its base: the regular "-ed" pasts and the irregular pasts
  that differ from their participle, so not "built", "held"):
  ``will``: "opened in" -> "will open in"; ``passive``: "was completed in" -> "will be
  completed in" / "is expected to be completed in" / "is due to be completed in"; ``due``:
  "opened in" -> "is due to open in" (one of is/are after the subject's pronoun); ``going``:
  "was built in" -> "is going to be built in". The draft and its control (the paragraph as
  Wikipedia wrote it, in the past, a control of clean copy: no paragraph with future wording
  of its own is used) are dated 1-3 years after the year, and after every year the paragraph
  names (a case whose year is then more than 12 years back is dropped).

Only the years a move could make wrong are used: at most 2016, in a sentence of 20 characters
or more, not glued, a range, a name ("Act of 1980") nor a bound that stays true ("after 2012").

The files, sorted by name, are split by position: positions 0-59 are the tuning half (read
while D104 was widened on 2026-12-01), positions 300-359 and 380-399 (AD_wiki_00-59 and
AD_wiki_80-99) the held-out half (never read). A case is found when a date finding the control
does not have covers the year. Findings of D104 (and all error/warning date findings) on the
controls are counted too; ``--show`` lists tuning-half misses and control findings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_date_injections as harness
from eval_date_wiki import DOC

from newslint import tagger
from newslint.api import lint_text
from newslint.checks.verbs import past_base, past_only, regular
from newslint.config import Settings

HALVES = {"tune": list(range(0, 60)), "held-out": [*range(300, 360), *range(380, 400)]}
# A sentence, as eval_date_injections.SENTENCE reads one, but not ended by the full stop of an
# abbreviation before a number or a name ("No. 3", "St. Louis", "Dr. Smith", "Jan. 5")
_ABBREVIATIONS = ("No", "Nos", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Mt", "Ft", "Gen", "Gov", "Sen", "Rep",
                  "vs", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
_NOT_AN_END = "|".join(rf"(?<=\b{a})" for a in _ABBREVIATIONS)
SENTENCE = re.compile(rf"(?:[^.!?\n]|(?:{_NOT_AN_END})\.(?=\s+[\dA-Z]))*(?:[.!?]+(?=\s|$)|\n|$)")
# The future wording must stand before the year in its clause, and not be a cause ("due to the
# rain") nor a plan of the past ("was expected to")
PAST_BEFORE_CUE = re.compile(r"(?i)\b(?:was|were|had|been|would)\s+(?:\w+\s+)?$")
YEAR_TIME = re.compile(
    r"(?i)\b(?:in|by|on|during|until|from)\s+(?:(?:early|late|mid-?)\s*|the\s+(?:end|start|beginning|"
    r"middle|spring|summer|fall|autumn|winter)\s+of\s+|(?-i:[A-Z][a-z]+\.?)\s+(?:\d{1,2},?\s+)?|\d{1,2}\s+(?-i:[A-Z][a-z]+)\s+)?$"
)
SPAN_AFTER = re.compile(r"\s*(?:to|and|through|until|-|–)\s*(?:19|20)\d\d")
SPAN_BEFORE = re.compile(r"(?:19|20)\d\d\s*(?:to|and|through|until|-|–)\s*$")
PLURAL_SUBJECT = re.compile(r"(?i)\b(?:they|we|you|both|[a-z]+s)\s+$")


def paragraphs(path: Path):
    """(article number, paragraph) for every paragraph of every article in one file."""
    for number, m in enumerate(DOC.finditer(path.read_text(encoding="utf-8"))):
        for line in m.group(1).split("\n")[1:]:
            if len(line) > 60:
                yield number, line


def plan_cases(paragraph: str):
    """(start, end, year) of every year that the future wording of its sentence governs."""
    for s in SENTENCE.finditer(paragraph):
        sentence = s.group(0)
        if len(sentence) < 20 or not harness.FUTURE.search(sentence):
            continue
        for y in harness.YEAR.finditer(sentence):
            year = int(y.group(1))
            cues = [c for c in harness.FUTURE.finditer(sentence, 0, y.start())]
            if year > 2016 or not cues or sentence.count(",", cues[-1].end(), y.start()) > 1:
                continue
            cue = cues[-1]
            if PAST_BEFORE_CUE.search(sentence, 0, cue.start()) or harness.told_in_past(sentence):
                continue  # a plan of the past: "was expected to", "set to expire in 2010, was replaced"
            if cue.group().lower().endswith(" to") and not _base_after(sentence, cue.end()):
                continue  # "due to the rain", "lenses set to the same f-number": no plan
            if cue.group().lower() == "upcoming" and not re.fullmatch(r"\s+(?:\S+\s+){0,2}", sentence[cue.end():y.start()]):
                continue  # "work on the upcoming album dates back to 2001": the year is not the album's
            if SPAN_AFTER.match(sentence, y.end()) or SPAN_BEFORE.search(sentence, 0, y.start()):
                continue  # "from 2013 to 2019": a span that reaches past the story is no error
            if harness.past_verb_nearer(sentence, y.start(), y.end()):
                continue
            if harness.no_error_to_make(paragraph, s.start() + y.start(), s.start() + y.end(), False):
                continue
            yield s.start() + y.start(), s.start() + y.end(), year


def _base_after(sentence: str, at: int) -> bool:
    """Whether a verb's base follows ``at`` ("expected to open"), not a noun ("due to rain")."""
    word = re.match(r"\s+(?:not\s+)?([a-z]+)", sentence[at:])
    return bool(word) and word.group(1) in _base_set()


def _base_set() -> frozenset[str]:
    if not _BASE_SET:
        _BASE_SET.append(frozenset(_bases().values()) - {"the", "a", "an"} | {"be", "have"})
    return _BASE_SET[0]


_BASE_SET: list[frozenset[str]] = []


def base_of(past: str) -> str | None:
    """The base of a simple past: "opened" -> "open", "built" -> "build"."""
    bases = _bases()
    return bases.get(past.lower())


_BASES: dict[str, str] = {}


def _bases() -> dict[str, str]:
    if not _BASES:
        _BASES.update({participle: base for base, participle in regular().items()})
        _BASES.update({form: base for form, (base, _) in past_only().items()})
        _BASES.update({form: base for form, (base, _) in past_base().items()})
    return _BASES


PASSIVE_FUTURES = ("will be", "{be} expected to be", "{be} due to be", "{be} going to be", "{be} scheduled to be",
                   "{be} to be")


def made_cases(paragraph: str, rng: random.Random):
    """(new paragraph, start, end, year, note) for a past-tense sentence turned into the future at
    the verb that governs a year: the verb stands before the year in its clause, with only a
    time wording ("in", "by", "on 3 May") and its object between, and no other verb."""
    for s in SENTENCE.finditer(paragraph):
        sentence = s.group(0)
        if len(sentence) < 20 or harness.FUTURE.search(sentence) or not harness.told_in_past(sentence):
            continue
        tokens = tagger.tokenize(sentence)
        tags = tagger.tag([t.text for t in tokens])
        for i, (token, tag) in enumerate(zip(tokens, tags)):
            if tag not in ("VBD", "VBN"):
                continue
            passive = tag == "VBN" and i > 0 and tokens[i - 1].text in ("was", "were")
            if tag == "VBN" and not passive or tag == "VBD" and token.text in ("was", "were", "had", "did"):
                continue
            base = None if passive else base_of(token.text)
            if not passive and base is None:
                continue
            # the year: the first after the verb, before any other verb, comma or clause word
            year = None
            for j in range(i + 1, min(len(tokens), i + 12)):
                if tags[j].startswith(("VB", "MD", "W")) or tokens[j].text in (",", ";", ":", "and", "but", "(", "that"):
                    break
                if harness.YEAR.fullmatch(tokens[j].text):
                    year = tokens[j]
                    break
            if year is None or int(year.text) > 2016:
                continue
            if not YEAR_TIME.search(sentence, 0, year.start):
                continue
            start, end = s.start() + year.start, s.start() + year.end
            if harness.no_error_to_make(paragraph, start, end, False):
                continue
            verb_start = s.start() + (tokens[i - 1].start if passive else token.start)
            verb_end = s.start() + token.end
            plural = (tokens[i - 1].text == "were") if passive else bool(
                PLURAL_SUBJECT.search(paragraph, max(0, verb_start - 30), verb_start))
            be = "are" if plural else "is"
            if passive:
                shape = rng.choice(PASSIVE_FUTURES)
                new = shape.format(be=be) + " " + token.text
                note = "passive:" + {"will be": "will", "{be} to be": "is-to"}.get(shape, shape.split()[1])
            else:
                kind = rng.choice(("will", "due", "expected"))
                new = {"will": f"will {base}", "due": f"{be} due to {base}", "expected": f"{be} expected to {base}"}[kind]
                note = "active:" + kind
            if paragraph[verb_start:verb_start + 1].isupper():
                new = new[0].upper() + new[1:]
            shift = len(new) - (verb_end - verb_start)
            yield (paragraph[:verb_start] + new + paragraph[verb_end:], start + shift, end + shift,
                   int(year.text), f"{note} {paragraph[verb_start:verb_end]!r} -> {new!r}")
            break  # one change a sentence


def story_date(year: int, rng: random.Random) -> dt.date:
    return dt.date(year, rng.randint(2, 11), rng.randint(1, 28))


def measure(files, seed: int, settings, per_article: int, sources=("plan", "made")):
    found, total = Counter(), Counter()
    control_findings = Counter()
    shown = {"miss": [], "control": []}
    for path in files:
        taken = Counter()
        for number, paragraph in paragraphs(path):
            rng = random.Random(f"{seed}:{path.name}:{number}:{len(paragraph)}")
            cases = []
            for start, end, year in plan_cases(paragraph) if "plan" in sources else ():
                cases.append(("plan", paragraph, start, end, year, "as written"))
            # (a paragraph with future wording of its own is no control of past-tense copy)
            if "made" in sources and taken["made", number] < per_article and not harness.FUTURE.search(paragraph):
                made = list(made_cases(paragraph, rng))
                if made:
                    new, start, end, year, note = rng.choice(made)
                    cases.append(("made", new, start, end, year, note))
            for source, text, start, end, year, note in cases:
                if source == "plan" and taken["plan", number] >= per_article:
                    continue
                taken[source, number] += 1
                later = year + rng.randint(1, 3)
                if source == "made":
                    # after every year the paragraph names, as a story written after them all
                    latest = max([int(y) for y in harness.YEAR.findall(paragraph) if int(y) <= 2016] + [year])
                    later = max(later, latest + 1)
                    if later - year > 12:
                        continue
                date = story_date(later, rng)
                if source == "plan":
                    control_text, control_date = text, story_date(year - 1, rng)
                else:
                    control_text, control_date = paragraph, date
                body, offset = harness.draft(date, None, text)
                control, control_offset = harness.draft(control_date, None, control_text)
                base = lint_text(control, path="draft.md", settings=settings)
                loud = [f for f in base if f.severity in ("error", "warning")]
                control_findings[source, "error/warning"] += len(loud)
                for f in loud:
                    control_findings[source, "loud", f.code] += 1
                d104 = [f for f in base if f.code == "D104"]
                control_findings[source, "D104"] += len(d104)
                for f in d104:
                    shown["control"].append(f"{source} ({control_date}) {control[f.start:f.end]!r}: "
                                            f"…{control[max(control_offset, f.start - 160):f.end + 80]}…")
                known = {(f.code, f.start - control_offset) for f in base}
                findings = lint_text(body, path="draft.md", settings=settings)
                hit = any(f.family == "date" and f.start < offset + end and offset + start < f.end
                          and (f.code, f.start - offset) not in known for f in findings)
                kind = note.split()[0] if source == "made" else "plan"
                total[source] += 1
                total[source, kind] += 1
                if hit:
                    found[source] += 1
                    found[source, kind] += 1
                else:
                    shown["miss"].append(f"{source} {note} ({year}, story {later}): "
                                         f"…{text[max(0, start - 180):end + 80]}…")
    return found, total, control_findings, shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wiki", type=Path, default=Path("/tmp/rw-corpus/wiki"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-article", type=int, default=1, help="cases of each source per article")
    parser.add_argument("--halves", default="tune,held-out")
    parser.add_argument("--sources", default="plan,made")
    parser.add_argument("--show", type=int, default=0, help="print up to N misses and control findings of the tuning half")
    args = parser.parse_args()
    names = sorted(p for p in args.wiki.iterdir() if p.is_file()) if args.wiki.is_dir() else []
    if len(names) < 400:
        print(f"need the 400 WikiExtractor files in {args.wiki}", file=sys.stderr)
        return 2
    settings = Settings().with_options(select=("D",))
    for half in args.halves.split(","):
        found, total, control, shown = measure([names[i] for i in HALVES[half]], args.seed, settings,
                                               args.per_article, args.sources.split(","))
        print(f"{half}:")
        for source in args.sources.split(","):
            kinds = sorted(k[1] for k in total if isinstance(k, tuple) and k[0] == source)
            detail = ", ".join(f"{k} {found[source, k]}/{total[source, k]}" for k in kinds if k != "plan")
            print(f"  {source:<5} {found[source]}/{total[source]} = {found[source] / max(total[source], 1):.2f}"
                  + (f"  ({detail})" if detail else "")
                  + f"; on the controls: D104 {control[source, 'D104']}, "
                    f"error/warning date findings {control[source, 'error/warning']}"
                  + " (" + ", ".join(f"{k[2]} {n}" for k, n in sorted(control.items())
                                     if len(k) == 3 and k[0] == source) + ")")
        if half == "tune" and args.show:
            for key in ("miss", "control"):
                print(f"  {key}es:" if key == "miss" else "  D104 on controls:")
                for line in shown[key][: args.show]:
                    print("    " + line.replace("\n", " ")[:420])
    return 0


if __name__ == "__main__":
    sys.exit(main())
