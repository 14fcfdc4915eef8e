"""Verb frames (checks/verb_frames.py) and G304's reading of them, on invented sentences."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from newslint import tagger
from newslint.checks import verb_frames as vf
from newslint.checks.missing_preposition import MissingPreposition
from newslint.config import Settings
from newslint.document import Document
from newslint.rule import Context

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def tagged(sentence: str) -> tuple[list[str], list[str]]:
    words = [t.text for t in tagger.tokenize(sentence, 0, len(sentence))]
    return words, tagger.tag(words)


def frames_findings(text: str) -> list[str]:
    doc = Document(text)
    found = MissingPreposition().check(doc, Context(Settings(), doc))
    return [text[f.start : f.end] for f in found if "hardly ever" in f.message]


@pytest.mark.parametrize(
    "sentence, verb, reading",
    [
        ("The council has known the family for years.", "known", "V"),
        ("The town is known for its bridges.", "known", "VBN"),
        ("The town known for its bridges grew.", "known", None),
        ("The mayor had not yet arrived at the hall.", "arrived", "V"),
        ("The vote depends on the weather.", "depends", "V"),
    ],
)
def test_a_participle_after_have_is_read_as_an_active_verb(sentence, verb, reading):
    words, tags = tagged(sentence)
    assert vf.frame_tag(words, tags, words.index(verb)) == reading


@pytest.mark.parametrize(
    "sentence, verb, subject",
    [
        ("Inflation also briefly peaked a rate not reached in decades.", "peaked", True),
        ("The price of oil peaked a level not seen in years.", "peaked", True),
        ("Then came the war.", "came", False),
        ("About this time occurred a small fire.", "occurred", False),
        ("It was the vote on which depends the budget.", "depends", False),
        ("There occurred a small fire.", "occurred", False),
        ("The mayor plans to participate the talks.", "participate", True),
        ("The inquiry found that it had occurred the week before.", "occurred", True),
    ],
)
def test_a_noun_phrase_after_a_verb_without_a_subject_may_be_its_subject(sentence, verb, subject):
    words, tags = tagged(sentence)
    assert vf.has_subject_before(words, tags, words.index(verb)) is subject


def test_the_head_of_a_noun_phrase_is_its_last_noun():
    words, tags = tagged("Prices rose the same day by five percent.")
    assert vf.phrase_head(words, tags, words.index("the")) == "day"
    words, tags = tagged("The plan depends the new tax rules passing.")
    assert vf.phrase_head(words, tags, words.index("the")) == "rules"
    assert vf.head_index(tags, len(tags) - 1) == -1


def test_the_shipped_table_judges_only_verbs_that_almost_never_take_an_object():
    table = vf.frames()
    assert ("consists", "V") in table.rows and vf.frame("consists", "V").prepositions[0][0] == "of"
    for form, reading in table.rows:
        counted = vf.frame(form, reading)
        assert reading == "V" and counted.direct * 200 <= counted.uses or (
            reading == "VBN" and counted.uses >= 1000 and counted.direct * 1000 <= counted.uses
        ), form
    assert vf.frame("announced", "V") is None  # a verb that takes an object
    assert {"day", "way", "time"} <= table.adverbial_heads


@pytest.mark.parametrize(
    "text, found",
    [
        ("The outcome depends the weather, officials said.", ["depends the"]),
        ("The closure resulted a sharp drop in trade for Zoë Müller's shop.", ["resulted a"]),
        ("The outcome depends on the weather, and the closure resulted in a fall.", []),
        ("It is the vote on which depends the budget.", []),  # inverted: the phrase is the subject
        ("The storm occurred the same day.", []),  # a phrase of time
        ("The field was used a grazing ground for sheep.", ["used a"]),  # a passive
        ("The mayor was given the keys, and the field was used as a grazing ground.", []),
        ("When the door was opened the crowd rushed in.", []),  # the subject of a clause
        ("As soon as the gate was opened the fans rushed in.", []),
        ("The ruling consists The Three Articles of the charter.", []),  # a title
        ("", []),
    ],
)
def test_g304_reads_a_verb_that_takes_no_object_before_a_noun_phrase(text, found):
    assert frames_findings(text) == found


def test_the_frames_are_read_on_first_use_only():
    import subprocess

    code = (
        "import newslint.checks.verb_frames as v, newslint.engine as e; e.builtin_rules();"
        " print(v.frames.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"


def test_the_build_counts_what_follows_each_verb_and_judges_from_the_counts():
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    import build_verb_frames as build

    words, tags = tagged("Prices peaked at the end of May and rose the next day.")
    counted = Counter(build.frame_counts(words, tags))
    assert counted["peaked", "VBD", "P", "at"] == 1 and counted["peaked", "VBD", "PD", "at"] == 1
    assert counted["rose", "VBD", "D", "day"] == 1
    total = Counter()
    for verb in ("peaked", "arrived", "waited"):
        total[verb, "VBD", "P", "at"] = 400
        total[verb, "VBD", "PD", "at"] = 300
        total[verb, "VBD", "D", "day"] = 3
    total["announced", "VBD", "D", "plan"] = 300
    total["announced", "VBD", "P", "in"] = 100
    total["announced", "VBD", "PD", "in"] = 100
    total["based", "VBN+be", "P", "on"] = 1500  # a passive on strong evidence
    total["based", "VBN+be", "PD", "on"] = 900
    total["handed", "VBN+be", "P", "to"] = 600  # too few uses for a passive
    total["handed", "VBN+be", "PD", "to"] = 400
    rows = build.by_form(total)
    adverbial = build.adverbial_heads(rows)
    assert adverbial == {"day"}
    judged = {row[0]: row for row in build.judged(rows, adverbial)}
    assert set(judged) == {"peaked", "arrived", "waited", "based"} and judged["based"][1] == "VBN"
    assert judged["peaked"] == ("peaked", "V", 403, 0, [("at", 300)])
