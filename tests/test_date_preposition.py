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
        # a year alone after a word that takes "in" before a year and almost never "on"
        ("The club won league titles on 2011 and 2014, said Zoë Müller.", ["on 2011"]),
        ("The library was founded on 1908 by local traders.", ["on 1908"]),
        ("The mill closed on 1962", ["on 1962"]),
        # "in" before the part of a day that a date names
        ("The fire broke out in the evening of February 20, 1807.", ["in the evening of"]),
        ("In the night of 4 August the army left, said Zoë Müller.", ["In the night of"]),
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
        "The mayor will look back on 2017 at length; the novel draws on 1968.",
        "Retail sales rose 3% on March 2013, the office said.",
        "“It opened on March 2014,” said José Álvarez.",
        "Lenders priced it as at July 2008, at December 2010 prices.",
        "The vote fell on Tuesday and the hearing in Friday Street.",
        "It said it may 2014 be sold on may 2014 terms.",
        # a year alone after a word that takes "on" itself, an adverb, an auxiliary, a
        # function word, a capital or nothing: not read
        "The report on 2019 was late; the emphasis was on 2020.",
        "Planners focused on 2030 and spent heavily on 2031.",
        "Looking back on 2015, it was clear that on 2016 he said little.",
        "On 2003, see the table; Founded on 1908 is its motto.",
        "The club won titles on 2011 figures, and the team was founded on 1908's model.",
        "It rained on the morning of 3 May, late in the evening of 4 May and in the evening.",
        "Early in the afternoon of 14 July the crowd gathered in the morning of the third day.",
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


def test_year_words_are_content_words_that_take_in():
    from newslint.analysis import lexicon as lx
    from newslint.checks.date_preposition import year_words

    words = year_words()
    assert {"founded", "titles", "won"} <= words
    assert not words & {"back", "focused", "report", "based", "was", "and", "that", "it"}
    assert all(set(lx.tags(word)) & set("nva") and not set(lx.tags(word)) & set("rx") for word in words)


def test_part_of_a_day_message():
    doc, (found,) = findings("In the morning of 1 November the army left.")
    assert found.suggestions == ("On the morning of",)
    assert found.message == '"In the morning of": a part of a day that a date names takes "on" ("On the morning of").'


def test_headline_left_alone():
    doc = Document("Council votes on March 2014\n\nThe council met on Monday.", path="story.txt")
    assert list(DatePreposition().run(doc, Context(Settings()))) == []
