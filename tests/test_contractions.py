"""G102 on invented sentences: contractions spelled as another word ("cant", "Ill", "Lets"),
told by the plain verb after them, and elisions ("'im") that are no contraction."""

from __future__ import annotations

import pytest

from newslint.checks.apostrophes import ContractionWithoutApostrophe
from newslint.config import Settings
from newslint.document import Document
from newslint.rule import Context

G102 = ContractionWithoutApostrophe()


def run(text: str):
    doc = Document(text, path="story.txt")
    return [(doc.text[f.start : f.end], list(f.suggestions)) for f in G102.run(doc, Context(Settings()))]


def test_cant_and_wont_after_a_subject_before_a_plain_verb():
    assert run("Councillors cant agree, and we wont wait.") == [("cant", ["can't"]), ("wont", ["won't"])]
    assert run("They said they cant be sure.") == [("cant", ["can't"])]


def test_ill_id_and_lets_opening_a_sentence_before_a_plain_verb():
    assert run("Ill be back. Id say so. Lets go home.") == [
        ("Ill", ["I'll"]),
        ("Id", ["I'd"]),
        ("Lets", ["Let's"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "As was his wont, he walked.",  # the noun
        "The council was wont to delay.",  # "wont to": used to
        "Mere cant persuades nobody.",  # the noun, no subject before it
        "She lets go of the rope, then fell ill.",  # lower case: the verb, the adjective
        "Ill health forced him out. Id cards were issued.",  # no verb after them
        "The sign read CANT STOP.",  # capitals: a sign, an abbreviation
        "“They took 'im away,” she said.",  # an elision of "him"
    ],
)
def test_the_words_themselves_are_left_alone(text):
    assert run(text) == []


def test_heres_and_wheres_before_what_they_introduce():
    assert run("Heres why it matters. So wheres the money?") == [("Heres", ["Here's"]), ("wheres", ["where's"])]
    assert run("The heres named in the will sued. Then Heres Smith spoke.") == []


def test_a_verb_after_an_auxiliary_without_its_apostrophe_is_checked_too():
    from newslint.checks.verb_form import VerbFormAfterAuxiliary

    doc = Document("They didnt came back, and she doesnt knows why. We cant went.", path="story.txt")
    found = [doc.text[f.start : f.end] for f in VerbFormAfterAuxiliary().run(doc, Context(Settings()))]
    assert found == ["came", "knows"]  # "cant" is a word too: not an auxiliary for sure


def test_one_report_where_the_confusable_rule_flags_the_same_word():
    from newslint.api import lint_text

    findings = lint_text("Lets see what the council does next, and they cant agree.", path="story.txt")
    at_lets = [f for f in findings if f.start == 0]
    assert [f.code for f in at_lets] == ["S205"]
    assert [f.code for f in findings if f.code == "G102"] == ["G102"]  # "cant": S205 has no such pair
