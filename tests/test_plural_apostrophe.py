"""G105 on invented sentences: plurals written with an apostrophe in lower case, after a
counting word, and a plural in "s" with "'s"; the suggestions offered."""

from __future__ import annotations

import pytest

from newslint.checks.apostrophes.plural import PluralWithApostrophe
from newslint.config import Settings
from newslint.document import Document
from newslint.rule import Context

G105 = PluralWithApostrophe()


def run(text: str):
    doc = Document(text, path="story.txt")
    return [(doc.text[f.start : f.end], list(f.suggestions)) for f in G105.run(doc, Context(Settings()))]


def test_empty_and_clean_drafts():
    assert run("") == []
    assert run("The company's shares fell, and the studios are in the city.") == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("Company's are moving out of the city.", [("Company's", ["Companies"])]),  # at the very start
        ("Older pc’s were sold, and the studio's are closed", [("pc’s", ["pcs"]), ("studio's", ["studios"])]),
        ('“The resident\'s have complained,” said Zoë Müller.', [("resident's", ["residents"])]),
        ("The size of the three country's navies grew.", [("country's", ["countries'"])]),
        ("The band made two album's in 1999.", [("album's", ["albums"])]),
        ("It was the programs's main aim.", [("programs's", ["program's", "programs'"])]),
        ("Growth in the last two decades's boom", [("decades's", ["decades'", "decade's"])]),  # at the very end
    ],
)
def test_plurals_with_an_apostrophe(text, found):
    assert run(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Let's have a look; it's done and that's where he's been.",
        "The bones of a frog's skull unlike a fish's are small.",  # a possessive whose noun is left out
        "After two coroner's inquests, 62 bachelor's degrees and two women's titles.",
        "The boss's car, the news's reach and the bus's route.",
        "Rowntree's were the largest makers, and Cadbury's were second.",  # names
        "It drew 428 primary sampling units (PSUs) and the European Commission's (EC's) role.",
    ],
)
def test_possessives_and_contractions_are_left_alone(text):
    assert run(text) == []


def test_an_abbreviation_spelled_out_as_a_plural_is_a_plural_wherever_the_draft_writes_it():
    assert run("It drew sampling units (PSU's). The PSU's that cover the states vary.") == [
        ("PSU's", ["PSUs"]),
        ("PSU's", ["PSUs"]),
    ]
