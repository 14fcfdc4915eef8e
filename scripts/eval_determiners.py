#!/usr/bin/env python3
"""How many injected determiner and missing-word slips G104, G301, G304, G305 (and G202) find.

    python3 scripts/eval_determiners.py [CORPUS_DIR] [--show N]

Takes each draft of a folder of clean news copy (default: ../shared/eval/dev/corpus), and
in it, one at a time:

- G301a: puts a stray article before a possessive ("of his plan" → "of the his plan");
- G301b: puts a stray possessive after "the" or "a" ("the survey" → "the our survey");
- G104: writes a possessive pronoun with an apostrophe ("ours" → "our's");
- G202: makes the noun right after "a"/"an"/"each"/"every" plural ("a survey was" → "a
  surveys was"), which G202 reports since it took that case over from G302;
- G304: drops "to" after "according" and "of" after "in front", "in spite", "regardless"
  ("according to the report" → "according the report");
- G305: drops "to" between a verb of ``to_verbs.txt`` and a plain verb ("wants to become"
  → "wants become");
- G306: drops the verb after "do not", "does not", "did not" (or "n't") where a word that
  is no verb follows it ("did not have enough money" → "did not enough money");
- G307: drops "the" before a superlative after "one of", "among" or a form of "be" ("one
  of the largest cities" → "one of largest cities");
- G308: drops "the" between a preposition and an ordinal ("for the first time" → "for
  first time");
- G309: drops the noun after "the" where a comma or full stop follows it ("approved the
  budget." → "approved the.").

A slip counts as found when the rule reports a finding that starts where the slip is (the
first determiner for G301, the pronoun for G104, the noun for G202). The drafts are split in
two halves by their position in the sorted folder: tune on the first (even positions) only,
and report the second (odd positions) as held out. Findings on the untouched drafts are
counted too (each is a false alarm or a real slip in the copy). --show N prints up to N
misses of the tuning half.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from injection import Slip, main  # noqa: E402

from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.checks.agreement.singular_after_number import SingularAfterNumber  # noqa: E402
from newslint.checks.determiners import (  # noqa: E402
    ArticleBeforePunctuation,
    PossessivePronounApostrophe,
    TwoDeterminers,
)
from newslint.checks.missing_preposition import MissingPreposition  # noqa: E402
from newslint.checks.missing_to import MissingTo, to_verbs  # noqa: E402
from newslint.checks.missing_verb import MissingVerb  # noqa: E402
from newslint.checks.ordinal_without_the import OrdinalWithoutThe  # noqa: E402
from newslint.checks.superlative_without_the import SuperlativeWithoutThe  # noqa: E402
from newslint.checks.verbs import plural_of  # noqa: E402

_POSSESSIVE = re.compile(r"(?<=[a-z,] )(my|your|his|her|its|our|their) (?=[a-z])")
_THE = re.compile(r"(?<=[a-z,] )(the|a) (?=[a-z]{3,}\b)")
_PRONOUN = re.compile(r"(?<![\w'’-])(ours|yours|theirs|hers)(?![\w'’-])")
_SINGLE = re.compile(r"(?<=[a-z,] )(a|an|each|every) ([a-z]+)(?= (?:was|is|has|had|will|would|said|says|that|who|which|in|on|at|to|for|of|from|with)\b)")
_STRAYS = ("the", "a")
_OWNERS = ("our", "his", "their", "my")


def g301a_slips(text: str, rng: random.Random):
    for match in _POSSESSIVE.finditer(text):
        stray = rng.choice(_STRAYS)
        yield Slip(match.start(), match.start(), match.start(), stray + " ")


def g301b_slips(text: str, rng: random.Random):
    for match in _THE.finditer(text):
        owner = rng.choice(_OWNERS)
        yield Slip(match.start(), match.end(), match.end(), owner + " ")


def g104_slips(text: str, rng: random.Random):
    for match in _PRONOUN.finditer(text):
        word = match.group(1)
        yield Slip(match.start(), match.start(), match.end(), word[:-1] + "'s")


def g202_slips(text: str, rng: random.Random):
    for match in _SINGLE.finditer(text):
        plural = plural_of(match.group(2))
        if plural:
            start = match.start(2)
            yield Slip(start, start, match.end(2), plural)


_PREPOSITIONAL = re.compile(r"(?<![\w'’-])(according to|in front of|in spite of|regardless of) (?=[a-z“\"])", re.I)


def g304_slips(text: str, rng: random.Random):
    for match in _PREPOSITIONAL.finditer(text):
        kept = match.group(1).rsplit(" ", 1)[0]
        yield Slip(match.start(), match.start(), match.end(), kept + " ")


def g305_slips(text: str, rng: random.Random):
    forms = "|".join(sorted(to_verbs(), key=len, reverse=True))
    for match in re.finditer(rf"(?<![\w'’-])({forms}) to ([a-z]+)\b", text):
        yield Slip(match.start(), match.end(1), match.start(2), " ")


_DID_NOT = re.compile(r"(?<![\w'’-])(?:do|does|did)(?: not|n['’]t) ([a-z]+) ([a-z]+)\b")


def g306_slips(text: str, rng: random.Random):
    for match in _DID_NOT.finditer(text):
        after = lx.tags(match.group(2))
        if after and not set(after) & set("vrx"):
            yield Slip(match.start(1), match.start(1), match.start(2), "")


_THE_SUPERLATIVE = re.compile(r"(?<![\w'’-])(?:one of|is|are|was|were|among) (the )(?:most [a-z]+|[a-z]+est) [a-z]")


def g307_slips(text: str, rng: random.Random):
    for match in _THE_SUPERLATIVE.finditer(text):
        yield Slip(match.start(1), match.start(1), match.end(1), "")


_THE_ORDINAL = re.compile(r"(?<![\w'’-])(?:in|on|for|during|of|from|since|until|after|before|into|within|over) (the )(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) [a-z]")


def g308_slips(text: str, rng: random.Random):
    for match in _THE_ORDINAL.finditer(text):
        yield Slip(match.start(1), match.start(1), match.end(1), "")


_THE_NOUN_STOP = re.compile(r"(?<=[a-z] )(the) ([a-z]+)(?=[,.] )")


def g309_slips(text: str, rng: random.Random):
    for match in _THE_NOUN_STOP.finditer(text):
        yield Slip(match.start(1), match.end(1), match.end(2), "")


KINDS = (
    ("G301a", TwoDeterminers(), g301a_slips),
    ("G301b", TwoDeterminers(), g301b_slips),
    ("G104", PossessivePronounApostrophe(), g104_slips),
    ("G202", SingularAfterNumber(), g202_slips),
    ("G304", MissingPreposition(), g304_slips),
    ("G305", MissingTo(), g305_slips),
    ("G306", MissingVerb(), g306_slips),
    ("G307", SuperlativeWithoutThe(), g307_slips),
    ("G308", OrdinalWithoutThe(), g308_slips),
    ("G309", ArticleBeforePunctuation(), g309_slips),
)


if __name__ == "__main__":
    sys.exit(main(KINDS, __doc__.splitlines()[0], seed_per_kind=True))
