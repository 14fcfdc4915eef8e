"""How sure G201-G203 are: which findings they report and which structures they now leave
alone (invented sentences). Every finding of theirs is advice (info) since the prec12
precision audit on Wikipedia text; the findings that were once warnings are reported still."""

from __future__ import annotations

import pytest

from newslint.checks.verbs import mostly_noun, mostly_verb, verbs_also_nouns
from newslint.config import Settings
from newslint.document import Document
from newslint.engine import all_rules, check_document
from newslint.rule import Context

SETTINGS = Settings()
RULES = {rule.code: rule for rule in all_rules(SETTINGS)}


def severities(code: str, text: str) -> list[tuple[str, str]]:
    doc = Document(text, path="story.txt")
    found = check_document(doc, SETTINGS, [RULES[code]], Context(SETTINGS, None))
    return [(doc.text[f.start : f.end], f.severity) for f in found]


@pytest.mark.parametrize(
    "text, word",
    [
        ("The results of the inquiry was published on Monday.", "was"),
        ("These old bridges requires repair, the engineer said.", "requires"),
        ("The cost of the new stadiums are rising.", "are"),
    ],
)
def test_g203_plain_subject_is_reported(text, word):
    assert severities("G203", text) == [(word, "info")]


@pytest.mark.parametrize(
    "text, word",
    [
        # a relative pronoun may stand for a noun further back
        ("Officials found two damaged pipes that leaks into the river.", "leaks"),
        # the complement has the verb's number
        ("Public services is another worry for the town.", "is"),
        # a name's last word may stand for a group ("the Tucson Monsoon are")
        ("The old Lateran Palace were torn down.", "were"),
        # "that" before a plain verb: perhaps the mandative subjunctive
        ("The deal says that the council fund a library.", "fund"),
        # "as" may be a preposition: "a result" may be its object
        ("The men were jailed and as a result are bitter.", "are"),
    ],
)
def test_g203_doubtful_subject_is_info(text, word):
    assert severities("G203", text) == [(word, "info")]


def test_g203_mostly_noun_word_opens_no_relative_clause():
    # "states that palm oil": "palm" is mostly a noun, so no clause on "states" opens there
    assert severities("G203", "The farm service states that palm oil is cheap.") == []
    assert mostly_noun("palm") and not mostly_noun("need")


def test_g201_noun_before_noun_is_no_verb_slip():
    assert "log" in verbs_also_nouns() and "reduce" not in verbs_also_nouns()
    assert severities("G201", "They built a log cabin beside the dam gates.") == []
    assert severities("G201", "Water leaked into the expand section of the roof.") == [("expand", "info")]


@pytest.mark.parametrize(
    "text",
    [
        "Several being edible, the pods sold well.",
        "The firms both support rural growth, and they will both die young.",
        "The town has several family owned shops and one to two story brick houses.",
        "It has several tennis, golf and rugby courts.",
        "Crime fell to 262 thefts per 100,000 population.",
    ],
)
def test_g202_leaves_modifiers_verbs_and_rates_alone(text):
    assert severities("G202", text) == []


@pytest.mark.parametrize(
    "text, word, severity",
    [
        ("The bridge has stood for more than 100 year.", "year", "info"),
        ("Several member of the board resigned.", "member", "info"),
        ("She is one of the city's best singer / songwriters.", "singer", "info"),
        ("A women was rescued from the river.", "A women", "info"),
    ],
)
def test_g202_still_flags_a_singular_counted_noun(text, word, severity):
    assert severities("G202", text) == [(word, severity)]


@pytest.mark.parametrize(
    "text, word",
    [
        # "no" is a determiner, not a pronoun that "who" could stand for
        ("He had no talks with local traders who has complained.", "has"),
        # "it" is the object of "shown": the phrase "to friends" belongs to the verb
        ("He had shown it to friends who was horrified.", "was"),
    ],
)
def test_g203_relative_reaches_past_a_determiner_or_an_object(text, word):
    assert severities("G203", text) == [(word, "info")]


@pytest.mark.parametrize(
    "text, word",
    [
        # "this" before the copula has the antecedent's number: the antecedent is meant
        ("This is the only event that allow him to relax.", "allow"),
        # a modal between the subject and "be"
        ("She would be a leader who lack strength.", "lack"),
        # a verb that is a noun too, before a particle
        ("It ends a feud which date back to 1970.", "date"),
    ],
)
def test_g203_relative_after_a_copula_or_before_a_particle(text, word):
    assert severities("G203", text) == [(word, "info")]


def test_g203_that_before_a_noun_and_a_preposition_is_no_relative():
    assert severities("G203", "He rejected the idea that money from Main Street mattered.") == []


def test_g203_plural_noun_before_a_form_mostly_a_verb():
    # "comes" and "holds" are nouns too, but WordNet's counts say mostly verbs, and the
    # tagger reads them as verbs: no object is needed after them
    assert mostly_verb("comes") and not mostly_verb("reports")
    assert severities("G203", "The comments comes as the mayor leaves.") == [("comes", "info")]
    assert severities("G203", "Those voters holds generally warm views of him.") == [("holds", "info")]
    assert severities("G203", "The sales reports arrived late.") == []


def test_g203_a_word_mostly_a_noun_is_no_first_verb_of_two():
    assert severities("G203", "The meter unit records speed limits for each car and gives a report.") == []
    assert severities("G203", "He go home.") == [("go", "info")]
    assert severities("G203", "Needles move energy through the body and releases endorphins.") == [("releases", "info")]


def test_g203_base_form_mostly_a_verb_after_a_prepositional_phrase():
    # "show" is a noun too, but mostly a verb (WordNet); "that" after it is what a verb takes
    # (info: a verb that is a noun too is never a warning)
    assert severities("G203", "A study of three sites on the coast show that the soil is thin.") == [("show", "info")]
    # "bypass" before "on": a noun modifier, not a verb
    assert severities("G203", "The opening of the new freeway bypass on Monday eased traffic.") == []
