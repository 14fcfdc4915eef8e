"""The words after which "to" is a preposition (data/prepositional_to.txt, counted in
Wikipedia), and G201 leaving a verb form after such a "to" alone."""

from __future__ import annotations

import pytest

from newslint.checks.verb_form import VerbFormAfterAuxiliary
from newslint.checks.verb_slips import prepositional_to
from newslint.config import Settings
from newslint.document import Document
from newslint.rule import Context

G201 = VerbFormAfterAuxiliary()


def run(text: str) -> list[str]:
    doc = Document(text, path="story.txt")
    return [doc.text[f.start : f.end] for f in G201.run(doc, Context(Settings()))]


def test_the_counts_keep_prepositions_and_leave_out_infinitive_markers():
    words = prepositional_to()
    assert {"according", "due", "opposed", "prior", "thanks", "owing", "contrary", "next"} <= words
    assert not {"seems", "wants", "able", "made", "tried", "decided", "going"} & words


@pytest.mark.parametrize(
    "text",
    [
        "Due to protests the plan was dropped.",
        "It was a coalition, as opposed to forces the allies sent.",
        "Which access to includes the airport?",
        "According to figures the campaign released, sales rose.",
        "The name refers almost exclusively to soaps sold in bars.",
        "Zoë Müller said the award was due largely to carts built by hand.",
    ],
)
def test_a_verb_form_after_a_prepositional_to_is_a_noun(text):
    assert run(text) == []


@pytest.mark.parametrize(
    "text, slip",
    [
        ("The data seems to suggests a rise.", "suggests"),
        ("Proposals were made to transports goods by sea.", "transports"),
        ("Zoë Müller was the first to became mayor.", "became"),
        ("The data seems clearly to suggests a rise.", "suggests"),
    ],
)
def test_after_an_infinitive_to_the_slip_is_still_found(text, slip):
    assert run(text) == [slip]
