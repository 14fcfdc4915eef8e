"""G318 (a date whose preposition does not fit it), on invented sentences."""

from __future__ import annotations

import pytest

from newslint.checks.date_preposition import DatePreposition
from newslint.config import Settings
from newslint.document import Document
from newslint.rule import Context


def findings(text: str):
    doc = Document("Headline\n\n" + text, path="story.txt")
    return doc, list(DatePreposition().run(doc, Context(Settings())))


def flags(text: str) -> list[str]:
    doc, found = findings(text)
    return [doc.text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    "text, covered",
    [
        ("On March 2014 the council voted to close the library.", ["On March 2014"]),
        ("The hall opened on October 1908, and the club on May 2003.", ["on October 1908", "on May 2003"]),
        ("The town was annexed in January 3, 1850.", ["in January 3"]),
        ("In 19 December 1946 the war began, said Zoë Müller.", ["In 19 December"]),
        ("The firm was sold in 2nd May", ["in 2nd May"]),
        ("Sales peaked on September 1944; on May 1968, the deal ended.", ["on September 1944", "on May 1968"]),
    ],
)
def test_flags(text, covered):
    assert flags(text) == covered


@pytest.mark.parametrize(
    "text",
    [
        "",
        "In March 2014 the council voted, and on 3 March 2014 it met again.",
        "The war began on 19 December 1946 and ended in May 1947.",
        "It opened on March 3, 2014, in 2014 and in the 1990s.",
        "The band toured on 1999's album; on 2009 sales the firm grew.",
        "Fans queued for the premiere held in August 17 venues.",
        "He relied on 2010 census data and commented on 2012 results.",
        # a year alone after "on": "about", "compared with" or the word before's preposition
        "Democrats are already focused on 2020, the senator said.",
        "Sales were up 5% on 2003, and profits rose by a fifth on 2019.",
        "We look back on 2015 and look ahead; the film draws on 1968.",
        "Retail sales rose 3% on March 2013, the office said.",
        "“It opened on March 2014,” said José Álvarez.",
        "Lenders priced it as at July 2008, at December 2010 prices.",
        "The vote fell on Tuesday and the hearing in Friday Street.",
        "It said it may 2014 be sold on may 2014 terms.",
    ],
)
def test_accepts(text):
    assert flags(text) == []


def test_message_and_suggestion():
    doc, (found,) = findings("On March 2014 the council voted.")
    assert found.severity == "warning"
    assert found.suggestions == ("In March 2014",)
    assert found.message == '"On March 2014": a month or a year without its day takes "in" ("In March 2014").'
    doc, (found,) = findings("The war began in 19 December 1946.")
    assert found.suggestions == ("on 19 December",)
    assert 'a date with its day takes "on"' in found.message


def test_headline_left_alone():
    doc = Document("Council votes on March 2014\n\nThe council met on Monday.", path="story.txt")
    assert list(DatePreposition().run(doc, Context(Settings()))) == []
