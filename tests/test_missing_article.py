"""G303 (missing article) on invented sentences."""

from __future__ import annotations

import pytest

from newslint.checks.missing_article import MissingArticle, determined_nouns
from newslint.config import Settings
from newslint.document import Document
from newslint.rule import Context


def flags(rule, text: str) -> list[str]:
    doc = Document("Headline\n\n" + text, path="story.txt")
    return [doc.text[f.start : f.end] for f in rule.run(doc, Context(Settings()))]


def test_table():
    table = determined_nouns()
    assert "way" in table and "by" not in table["way"][1]
    assert "under" in table["way"][1]
    assert all(noun.isalpha() for noun in table)


@pytest.mark.parametrize(
    "text, covered",
    [
        ("As way to save money, the club sold its ground.", "way"),
        ("Officials studied the effect of physical environment on growth.", "physical environment"),
    ],
)
def test_g303_flags(text, covered):
    assert flags(MissingArticle(), text) == [covered]


@pytest.mark.parametrize(
    "text",
    [
        "As a way to save money, the club sold its ground.",
        "Work got under way by way of a loan.",
        "She travelled by car and by train.",
        "He was named as captain and served as member of the board.",
        "It was some kind of environment that suited them.",
        "They went from door to door and day by day.",
        "The effect of British Council grants was small.",
        "Prices rose in the second quarter last year and fell next year.",
    ],
)
def test_g303_accepts(text):
    assert flags(MissingArticle(), text) == []


def test_g303_off_by_default():
    assert MissingArticle.default_on is False
    assert MissingArticle.severity == "info"
