"""G104 (our's), G301 (two determiners) and G302 (a singular determiner before a plural) on
invented sentences."""

from __future__ import annotations

import pytest

from newslint.checks.determiners import (
    PossessivePronounApostrophe,
    SingularDeterminerBeforePlural,
    TwoDeterminers,
    plurals,
    singular_plurals,
)
from newslint.config import Settings
from newslint.document import Document
from newslint.rule import Context


def run(rule, text: str):
    doc = Document(text, path="story.txt")
    return [(doc.text[f.start : f.end], f.suggestions, f.fixable) for f in rule.run(doc, Context(Settings()))]


def flags(rule, text: str) -> list[str]:
    return [covered for covered, _, _ in run(rule, text)]


# -- data ------------------------------------------------------------------------------------


def test_plural_table():
    assert plurals()["women"] == "woman"
    assert plurals()["members"] == "member"
    assert plurals()["cities"] == "city"
    assert "news" not in plurals()
    assert {"means", "crossroads", "innings"} <= singular_plurals()


# -- G104 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, covered, right",
    [
        ("The risk is our's to take.", "our's", "ours"),
        ("Their's was the better bid.", "Their's", "Theirs"),
        ("Is this coat your’s?", "your’s", "yours"),
        ("The idea was her's from the start.", "her's", "hers"),
    ],
)
def test_g104_flags(text, covered, right):
    assert run(PossessivePronounApostrophe(), text) == [(covered, (right,), False)]


@pytest.mark.parametrize(
    "text",
    [
        "The risk is ours to take, and theirs is smaller.",
        "It's the council's call; its own staff agree.",
        "Her son's school and our neighbours' houses.",
        "The O'Hara's pub and the Herr's shop.",
    ],
)
def test_g104_accepts(text):
    assert flags(PossessivePronounApostrophe(), text) == []


# -- G301 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, covered",
    [
        ("Voters can fill in the our form at the town hall.", "the our"),
        ("She won praise for a her steady hand.", "a her"),
        ("The committee met in the this room.", "the this"),
        ("Officials blamed a the weather for the delay.", "a the"),
        ("My the car was towed away.", "My the"),
        ("Fans waited for the their team\nat the gate.", "the their"),
    ],
)
def test_g301_flags(text, covered):
    assert flags(TwoDeterminers(), text) == [covered]


def test_g301_suggestions():
    found = run(TwoDeterminers(), "Voters can fill in the our form.")
    assert found == [("the our", ("our", "the"), False)]
    found = run(TwoDeterminers(), "The cranes an the lorries were idle.")
    assert found[0][1][0] == "and the"


@pytest.mark.parametrize(
    "text",
    [
        "All the players and both the coaches were paid half the fee.",
        "It was such a pity, what a waste, quite a sum, and many a voter agreed.",
        "The same rule applies to this one and to all our members.",
        "She handed her the keys and gave him the bill.",
        "Is this the last time? Was that a joke?",
        "He said that the vote so that the result stood.",
        "The the was doubled.",
        "Pupils at the Our Lady school sang a cappella; the a cappella group won.",
        "Oh my the crowd was loud.",
        "Their the best team and your the captain.",
        "Plan A the council rejected.",
        "The headline\n\nThe story began.",
    ],
)
def test_g301_accepts(text):
    assert flags(TwoDeterminers(), text) == []


# -- G302 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, covered, first",
    [
        ("A driver died when a women lost control of a car.", "a women", "a woman"),
        ("The mayor wrote to each members of the board.", "each members", "each member"),
        ("Another ones were found later.", "Another ones", "Another one"),
        ("The fees rise every years.", "every years", "every year"),
        ("He took a photos of an cities skyline.", "a photos", "a photo"),
    ],
)
def test_g302_flags(text, covered, first):
    found = run(SingularDeterminerBeforePlural(), text)
    assert [f[0] for f in found] == [covered]
    assert found[0][1][0] == first
    assert found[0][2] is False


@pytest.mark.parametrize(
    "text",
    [
        "The firm runs a series of events and a news service.",
        "It is a means to an end, at a crossroads, in an innings of note.",
        "She bought a sports car and a goods van at a sales event.",
        "A United States senator chaired a members' meeting.",
        "A women's team and a men's team played; a men and women's final followed.",
        "Each costs more; another says so; neither seems right.",
        "Grade A students and type A people did well.",
        "A few years and a couple of months passed; a lot of people came.",
        "Every two weeks, another 20 workers join.",
        "A 10-year-old and a sports-car crash.",
    ],
)
def test_g302_accepts(text):
    assert flags(SingularDeterminerBeforePlural(), text) == []


def test_g302_alternatives():
    rule = SingularDeterminerBeforePlural()
    assert flags(rule, "The letter held neither threats nor promises.") == []
    assert flags(rule, "Either parties agree or the vote fails.") == []
    assert flags(rule, "Either members must sign.") == ["Either members"]
