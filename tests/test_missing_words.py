"""The noun-phrase reading G303 shares, and G304 (missing preposition), on invented sentences."""

from __future__ import annotations

import pytest

from newslint.checks.missing_be import MissingBe
from newslint.checks.missing_preposition import MissingPreposition
from newslint.checks.missing_to import MissingTo
from newslint.checks.missing_words import noun_phrase
from newslint.config import Settings
from newslint.document import Document
from newslint.rule import Context


def flags(rule, text: str) -> list[str]:
    doc = Document("Headline\n\n" + text, path="story.txt")
    return [doc.text[f.start : f.end] for f in rule.run(doc, Context(Settings()))]


def test_noun_phrase_reading():
    words = "they lived with a plentiful supply of water".split()
    tags = ["PRP", "VBD", "IN", "DT", "JJ", "NN", "IN", "NN"]
    assert noun_phrase(words, tags, 5) == (3, True, 2)
    words = "they lived with plentiful supply of water".split()
    tags = ["PRP", "VBD", "IN", "JJ", "NN", "IN", "NN"]
    assert noun_phrase(words, tags, 4) == (3, False, 2)
    words = "spending on core public services".split()
    tags = ["VBG", "IN", "NN", "JJ", "NNS"]
    assert noun_phrase(words, tags, 2) is None


def test_an_ing_form_after_a_preposition_or_verb_is_a_verb_with_its_object():
    # "about creating warm atmosphere": "creating" takes the phrase as its object
    words = "they talked about creating warm atmosphere".split()
    tags = ["PRP", "VBD", "IN", "VBG", "JJ", "NN"]
    assert noun_phrase(words, tags, 5) == (4, False, 3)
    # "the growing economy", "a fast growing economy": an adjective in the phrase
    words = "they spoke of the growing economy".split()
    tags = ["PRP", "VBD", "IN", "DT", "VBG", "NN"]
    assert noun_phrase(words, tags, 5) == (3, True, 2)


def test_last_and_next_determine_only_a_noun_of_time():
    words = "plans for next year".split()
    tags = ["NNS", "IN", "JJ", "NN"]
    assert noun_phrase(words, tags, 3) == (2, True, 1)
    words = "they lost in next round".split()
    tags = ["PRP", "VBD", "IN", "JJ", "NN"]
    assert noun_phrase(words, tags, 4) == (3, False, 2)
    words = "they scored on last day".split()
    assert noun_phrase(words, tags, 4) == (3, False, 2)


@pytest.mark.parametrize(
    "text, covered",
    [
        ("Turnout rose, according the council.", ["according"]),
        ("Prices rose, according “The Daily Post”.", ["According"] if False else ["according"]),
        ("The work will go ahead regardless the weather.", ["regardless"]),
        ("Crowds gathered in front the court.", ["in front"]),
        ("The match went ahead in spite the rain.", ["in spite"]),
        ("It took a couple weeks.", ["a couple"]),
    ],
)
def test_g304_flags(text, covered):
    assert flags(MissingPreposition(), text) == covered


@pytest.mark.parametrize(
    "text",
    [
        "Turnout rose, according to the council, and fell accordingly.",
        "Regardless, the work went ahead. Regardless the board voted.",
        "The car in front braked; in front of the court, a crowd.",
        "In spite of the rain, a couple of fans and a couple married.",
        "A couple means two, and a couple times is informal.",
        "The parts were according well with the plan.",
    ],
)
def test_g304_accepts(text):
    assert flags(MissingPreposition(), text) == []


def test_g304_severity():
    doc = Document("Headline\n\nIt took a couple weeks, according the council.", path="story.txt")
    found = {doc.text[f.start : f.end]: f for f in MissingPreposition().run(doc, Context(Settings()))}
    assert found["a couple"].severity == "info"
    assert found["according"].severity == "warning"
    assert found["according"].suggestions == ("according to",)
    assert not found["according"].fixable


def test_g304_contrast():
    assert flags(MissingPreposition(), "Behind them the hills, in front the harbour.") == []
    assert flags(MissingPreposition(), "Hills behind and in front the harbour.") == []


@pytest.mark.parametrize(
    "text, covered",
    [
        ("The delay was due the drought.", ["due"]),
        ("Its rise was due Britain’s exit from the union, said Zoë Müller.", ["due"]),
        ("The sound is reminiscent the early Beatles.", ["reminiscent"]),
        ("“The tune is akin a hymn,” she said.", ["akin"]),
        ('The rule is analogous "the old one".', ["analogous"]),
    ],
)
def test_g304_counted_adjectives_flag(text, covered):
    assert flags(MissingPreposition(), text) == covered


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The delay was due to the drought, and the sound is reminiscent of the Beatles.",
        "The rent was due Tuesday and the next payment is due March 1.",
        "It is a twelve sided 50 pence coin.",
        "After its liberation the city grew, and the percentage Labour won fell.",
        "The song is akin to a hymn",
        "A majority of responsible British officers agreed, as did the dependent Welsh clubs.",
        "Due Diligence Partners won the contract.",
    ],
)
def test_g304_counted_adjectives_accept(text):
    assert flags(MissingPreposition(), text) == []


def test_g304_counted_adjective_suggests_its_preposition():
    doc = Document("Headline\n\nThe delay was due the drought.", path="story.txt")
    (found,) = MissingPreposition().run(doc, Context(Settings()))
    assert found.severity == "info"
    assert found.suggestions == ("due to",)
    assert '"due" is hardly ever written before a noun phrase without "to"' in found.message


# -- G305 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, covered",
    [
        ("Graduates seeking become teachers applied.", ["seeking become"]),
        ("The firm failed establish a trust.", ["failed establish"]),
        ("She refused be drawn on the matter.", ["refused be"]),
    ],
)
def test_g305_flags(text, covered):
    assert flags(MissingTo(), text) == covered


@pytest.mark.parametrize(
    "text",
    [
        "Graduates seeking to become teachers applied.",
        "Volunteers helped build the hall and let go of the past.",
        "The voters want change and the party wants peace.",
        "By all means let the public decide.",
        "The doors seemed shut up for the winter.",
        "The fees they charge reduce demand.",
        "Some greet people who they think speak Polish in the wrong tongue.",
        "He left open the possibility of a deal.",
        "Voters want their standard of living get better, she said.",
    ],
)
def test_g305_accepts(text):
    assert flags(MissingTo(), text) == []


@pytest.mark.parametrize(
    "text, covered",
    [
        ("The fees are used pay the staff.", ["used pay"]),
        ("The board wants keep the plan secret.", ["wants keep"]),
    ],
)
def test_g305_noun_verbs_with_objects(text, covered):
    assert flags(MissingTo(), text) == covered


@pytest.mark.parametrize(
    "text",
    [
        "Voters want change and hope more than anything.",
        "The children made believe drive a bus.",
        "The things she had chosen seem dull now.",
    ],
)
def test_g305_noun_verbs_accepted(text):
    assert flags(MissingTo(), text) == []


# -- G306 ------------------------------------------------------------------------------------


def test_g306():
    from newslint.checks.missing_verb import MissingVerb

    assert flags(MissingVerb(), "The club does not national teams.") == ["national"]
    assert flags(MissingVerb(), "The club doesn't annual fees.") == ["annual"]
    for text in (
        "The club does not have national teams.",
        "They did not even try, did not always win and do not necessarily agree.",
        "If you don't nothing will change.",
        "They did not RSVP and do not Google it.",
    ):
        assert flags(MissingVerb(), text) == []


# -- G307 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, covered",
    [
        ("The port is one of busiest harbours in Asia.", ["busiest harbours"]),
        ("The port is one of most modern in Asia.", ["most modern"]),
        ("Tallinn is largest city in Estonia.", ["largest city"]),
        ("The firm is among fastest growing companies.", ["fastest growing companies"]),
        ("It was one of best years for the club.", ["best years"]),
    ],
)
def test_g307_flags(text, covered):
    from newslint.checks.superlative_without_the import SuperlativeWithoutThe

    assert flags(SuperlativeWithoutThe(), text) == covered


@pytest.mark.parametrize(
    "text",
    [
        "The port is one of the busiest harbours in Asia.",
        "Most people agree and the town was hardest hit.",
        "Rainfall is highest in spring; the matter is of greatest concern.",
        "They worked in closest cooperation with the council.",
        "She is best known for her interest in honest reporting.",
        "The shops are most busy at noon.",
    ],
)
def test_g307_accepts(text):
    from newslint.checks.superlative_without_the import SuperlativeWithoutThe

    assert flags(SuperlativeWithoutThe(), text) == []


# -- G308 ------------------------------------------------------------------------------------


def test_g308():
    from newslint.checks.ordinal_without_the import OrdinalWithoutThe, is_ordinal

    assert is_ordinal("first") and is_ordinal("21st") and not is_ordinal("1st-class")
    rule = OrdinalWithoutThe()
    assert flags(rule, "The bridge opened for first time in 1901.") == ["first time"]
    assert flags(rule, "The chapel dates from 14th century.") == ["14th century"]
    for text in (
        "The bridge opened for the first time in 1901.",
        "She came in second place; at first glance it was close.",
        "Sales fell in fourth quarter profits and 20th century America.",
        "At first light the boats left.",
    ):
        assert flags(rule, text) == []


# -- G310 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, covered",
    [
        ("The archive matters since it accessible to every reader.", "it accessible"),
        ("He going to resign before the vote.", "He going"),
        ("The staff were angry, and they been told to wait.", "they been"),
        ("I happy to help the inquiry.", "I happy"),
        ("When it possible, the council meets twice a week.", "it possible"),
        ("We hoping for a second bridge, Zoë Müller said.", "We hoping"),
    ],
)
def test_g310_flags(text, covered):
    assert flags(MissingBe(), text) == [covered]


@pytest.mark.parametrize(
    "text",
    [
        "The archive matters since it is accessible to every reader.",
        "They found it difficult and made it possible.",
        "He even smiled; she still lives there; we parents left.",
        "It being late, the vote was put off, they having won already.",
        "They bring new ideas, and he sings.",
        "“He going to resign,” said José Álvarez.",
        "World War I happy ending is a myth.",
    ],
)
def test_g310_accepts(text):
    assert flags(MissingBe(), text) == []


def test_g310_suggests_the_verb():
    doc = Document("Headline\n\nThey been told twice.", path="story.txt")
    (finding,) = MissingBe().run(doc, Context(Settings()))
    assert list(finding.suggestions) == ["They have been"]


@pytest.mark.parametrize(
    "text, covered",
    [
        ("The first election was held March 1990.", ["held March 1990"]),
        ("The bridge was finally opened 1875, the council said.", ["opened 1875"]),
        ("Ana Núñez was born 1961 in Seville.", ["born 1961"]),
        ("“The law was passed May 2004,” she said.", ["passed May 2004"]),
        ('"The law was passed May 2004," she said.', ["passed May 2004"]),
        ("The tower was first officially opened September 2015", ["opened September 2015"]),
    ],
)
def test_g304_passive_date_flags(text, covered):
    assert flags(MissingPreposition(), text) == covered


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The first election was held in March 1990.",
        "The vote was held Tuesday and the pact was signed March 3, 2009.",
        "The year was 1999, and the coins were dated 1964.",
        "She was voted 2009 player of the year by the club.",
        "The post was held 1990-94 by Zoë Müller.",
        "The cup was won 1999 and 2003 by the club.",
        "It was hoped may 2004 would be better.",
        "He has been 2004's best player.",
    ],
)
def test_g304_passive_date_accepts(text):
    assert flags(MissingPreposition(), text) == []


def test_g304_passive_date_suggests_in():
    doc = Document("Headline\n\nThe first election was held March 1990.", path="story.txt")
    (found,) = MissingPreposition().run(doc, Context(Settings()))
    assert found.severity == "warning"
    assert found.suggestions == ("held in March 1990",)
