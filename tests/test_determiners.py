"""G104 (our's) and G301 (two determiners) on invented sentences; the table of plurals that
are singular nouns too, which G202 reads."""

from __future__ import annotations

import pytest

from newslint.checks.determiners import (
    PossessivePronounApostrophe,
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


@pytest.mark.parametrize(
    "text",
    [
        "She sang in an opera and found a means to an end at a crossroads.",
        "He scored a century in an innings at a sports ground.",
    ],
)
def test_g202_leaves_singular_plurals(text):
    from newslint.checks.agreement.singular_after_number import SingularAfterNumber

    assert flags(SingularAfterNumber(), text) == []


# -- G309 ------------------------------------------------------------------------------------


def test_g309():
    from newslint.checks.determiners import ArticleBeforePunctuation

    rule = ArticleBeforePunctuation()
    assert flags(rule, "The mayor opened the, library on Friday.") == ["the,"]
    assert flags(rule, "Costs of the. war rose.") == ["the."]
    assert flags(rule, "Was it a?") == ["a?"]
    for text in (
        "The mayor opened the library on Friday.",
        "Option A, option B and grade A.",
        "They met at 10 a.m. and at 3 a. m. again.",
        "She said “the ... the library” and “a —”.",
        "He said: “the, uh, the library”.",
        "The list reads (a) roads and (b) rail; (with the) council agreeing.",
        "They toured the, alas, empty library.",
        "The runoff with Garc\u00ada, a little-known commissioner, was close.",
    ):
        assert flags(rule, text) == [], text
    from newslint.checks.determiners import ArticleBeforePunctuation as _G309

    assert flags(_G309(), "Against the, the dollar fell.") == ["the,"]
