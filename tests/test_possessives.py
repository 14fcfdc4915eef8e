"""G103 on invented sentences: possessives after a number, "-ys" and indefinite pronouns,
and "one" with a plural that the tagger reads as a verb."""

from __future__ import annotations

import pytest

from newslint.checks.apostrophes import (
    PossessiveWithoutApostrophe,
    measure_nouns,
    owns,
    possessive_of,
)
from newslint.config import Settings
from newslint.document import Document
from newslint.engine import all_rules, check_document
from newslint.rule import Context

G103 = PossessiveWithoutApostrophe()


def run(text: str):
    doc = Document(text, path="story.txt")
    return [(doc.text[f.start : f.end], list(f.suggestions)) for f in G103.run(doc, Context(Settings()))]


def test_a_plural_of_time_after_a_number_before_a_noun_it_owns():
    assert run("The coach gave two weeks notice after 12 years experience.") == [
        ("weeks", ["weeks'"]),
        ("years", ["years'"]),
    ]
    assert run("The verdict: five years imprisonment. In two days time it was over.") == [
        ("years", ["years'"]),
        ("days", ["days'"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The coach gave two weeks' notice after 12 years’ service.",  # written as it should be
        "For three years work went on at the dock.",  # the noun is the subject of "went"
        "Two years ago the dock closed after three days straight of rain.",  # no noun it owns
        "The dock closed for two weeks. Notice was given.",  # not in one sentence
    ],
)
def test_plurals_of_time_that_are_no_possessive(text):
    assert run(text) == []


def test_the_nouns_are_data_not_every_noun():
    nouns = measure_nouns()
    assert {"notice", "experience", "imprisonment", "time"} <= nouns
    assert not {"ago", "or", "while", "later"} & nouns


@pytest.mark.parametrize(
    "word, possessive",
    [("countrys", "country's"), ("companys", "company's"), ("everyones", "everyone's"), ("nobodys", "nobody's")],
)
def test_an_s_on_a_word_that_has_no_plural_in_s(word, possessive):
    assert possessive_of(word) == possessive
    assert owns(word)  # the spelling rule leaves it to G103


@pytest.mark.parametrize("word", ["days", "keys", "plays", "countries", "whys", "elections"])
def test_plurals_in_s_are_no_lost_apostrophe(word):
    assert possessive_of(word) is None


def test_countrys_before_a_noun_is_a_possessive_and_alone_a_misspelt_plural():
    assert run("The countrys leaders met.") == [("countrys", ["country's"])]
    assert run("Many countrys agreed.") == [("countrys", ["countries", "country's"])]
    assert run("Then Humphrys spoke.") == []  # a name
    assert run("Everyones guess was wrong.") == [("Everyones", ["Everyone's"])]


def test_the_spelling_rule_reports_it_once_through_g103():
    settings = Settings()
    rules = [r for r in all_rules(settings) if r.code in ("S101", "G102", "G103")]
    doc = Document("Talks resume\n\nMany countrys agreed to the citys plan.\n", path="story.txt")
    found = [(f.code, doc.text[f.start : f.end]) for f in check_document(doc, settings, rules, Context(settings))]
    assert found == [("G103", "countrys"), ("G103", "citys")]


def test_one_with_a_verb_is_no_owner():
    assert run("Leaders prey on one groups fears.") == [("groups", ["group's"])]
    assert run("When one goes down the road, one finds bridges and one addresses crowds.") == []


def test_a_plural_before_a_superlative_and_its_noun_is_an_owner():
    assert run("It became the nations oldest bank.") == [("nations", ["nation's"])]
    assert run("He was the teams worst player in years.") == [("teams", ["team's"])]
    assert run("The players best known abroad stayed.") == []  # a participle, no noun
    assert run("The critics harshest on the film left.") == []  # no noun after it
    assert run("The nations' oldest banks merged.") == []  # written as it should be
    assert run("He was the teams most valuable player.") == [("teams", ["team's"])]
    assert run("The industries most commonly hit are banks; the players most popular with fans left.") == []
    assert run('It bore the words "most wanted man" in red.') == []  # a quotation opens


@pytest.mark.parametrize(
    "text, owner, right",
    [
        ("Rebels had toppled the countries government by May.", "countries", "country's"),
        ("Staff left the recipients name off every form.", "recipients", "recipient's"),
        ("A plaque marks the cities history at the gate.", "cities", "city's"),
        ("Zoë Müller read the countries government a warning.", "countries", "country's"),
        ("“They toppled the countries government,” said Ilse Brandt.", "countries", "country's"),
        ('"They toppled the countries government," said Ilse Brandt.', "countries", "country's"),
        ("The countries government", "countries", "country's"),
        ("Applicants must show a drivers license at the desk.", "drivers", "driver's"),  # tagged NN
    ],
)
def test_a_plural_before_a_noun_the_counts_see_after_its_possessive(text, owner, right):
    # "country's government" is counted far more often, for each "country's", than
    # "countries government" for each "countries"
    assert run(text) == [(owner, [right, owner + "'"])]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Rebels had toppled the country's government by May.",
        "Rebels had toppled the countries' government by May.",
        "Their customers want lower fares, and the players control the ball.",  # a verb after
        "The farmers market opened, and the soldiers came home.",  # the plural is counted there
        "Rebels had toppled two countries government by May.",  # no determiner before it
    ],
)
def test_a_plural_the_counts_or_the_tagger_do_not_read_as_an_owner(text):
    assert run(text) == []
