"""G204 (pronoun case) on invented sentences."""

from __future__ import annotations

import pytest

from newslint.checks.pronouns import PronounCase
from newslint.config import Settings
from newslint.document import Document
from newslint.rule import Context


def flags(text: str) -> list[tuple[str, list[str]]]:
    doc = Document("Headline\n\n" + text, path="story.txt")
    return [(doc.text[f.start : f.end], list(f.suggestions)) for f in PronounCase().run(doc, Context(Settings()))]


@pytest.mark.parametrize(
    "text, covered, suggestion",
    [
        ("The deal was between the mayor and I.", "I", "me"),
        ("It was a big day for my wife and I.", "I", "me"),
        ("They sent the letter to Anna and I.", "I", "me"),
        ("Between you and I, the vote is lost.", "I", "me"),
        ("Me and my brother went to the match.", "Me", "I"),
        ("Me and Zoë Müller will run the desk.", "Me", "I"),
    ],
)
def test_g204_flags(text, covered, suggestion):
    assert flags(text) == [(covered, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The deal was between the mayor and me.",
        "She spoke to him and I left the room.",
        "After you and I spoke, we ate.",
        "He wanted to go and I said no.",
        "It came with the plan and I think it works.",
        "My brother and I went. Give it to me and my brother.",
        "“It was between you and I,” said José Álvarez.",
        "Me and my brother: a memoir of the war.",
        "Tell me and I will act.",
    ],
)
def test_g204_accepts(text):
    assert flags(text) == []
