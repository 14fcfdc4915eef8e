"""The quote analysis: spans, apostrophes, the multi-paragraph convention, kinds, attribution."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.document import Document

LONG = " ".join(["The committee met again on Tuesday to hear more evidence from the witnesses."] * 2)


def analyse(text: str, path: str = "draft.txt"):
    doc = Document(text, path=path)
    return doc, doc.analysis("quotes")


def texts(doc, quotes):
    return [doc.text[q.start : q.end] for q in quotes]


def speaker(doc, quote):
    attribution = quote.attribution
    if attribution is None or attribution.speaker is None:
        return None
    return doc.text[attribution.speaker[0] : attribution.speaker[1]]


# -- spans -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Headline\n\n"We will rebuild," the mayor said.', ['"We will rebuild,"']),
        ("Headline\n\n“We will rebuild,” the mayor said.", ["“We will rebuild,”"]),
        ("Headline\n\n''We will rebuild,'' the mayor said.", ["''We will rebuild,''"]),
        ("Headline\n\n``We will rebuild,'' the mayor said.", ["``We will rebuild,''"]),
        ("Headline\n\nHe called it a “disgrace” and a “farce”.", ["“disgrace”", "“farce”"]),
    ],
)
def test_double_quote_spans(text, expected):
    doc, quotes = analyse(text)
    assert texts(doc, quotes) == expected
    assert all(q.closed for q in quotes)
    assert not quotes.unbalanced


@pytest.mark.parametrize(
    "text",
    [
        "The music of the '90s is back, Reuters' report said.",
        "The music of the ’90s is back, Reuters’ report said.",
        "It was rock 'n' roll, and they didn't care.",
        "Martin O’Malley said he’d be goin’ home.",
        "The Joneses' house is for sale, the agents' survey says.",
        "He was 6'2\" tall and drove a 12\" screen.",
    ],
)
def test_apostrophes_are_not_quotes(text):
    doc, quotes = analyse(text)
    assert len(quotes) == 0, texts(doc, quotes)
    assert not quotes.nested
    assert not quotes.unbalanced


def test_single_quotes_as_house_style():
    doc, quotes = analyse("Blair 'will win' third term, says poll\n\n'We will win', says the prime minister.")
    assert texts(doc, quotes) == ["'will win'", "'We will win'"]
    assert [q.single for q in quotes] == [True, True]
    assert quotes.quotes[0].kind == "partial"
    assert quotes.quotes[1].kind == "full"


def test_single_quote_after_plural_possessive_closes_the_quote():
    doc, quotes = analyse("Headline\n\nThe minister called it 'a matter for the voters' and left.")
    assert texts(doc, quotes) == ["'a matter for the voters'"]


def test_possessive_inside_single_quote_is_an_apostrophe():
    doc, quotes = analyse("Headline\n\nHe called it 'the Joneses' best effort' yesterday.")
    assert texts(doc, quotes) == ["'the Joneses' best effort'"]


def test_quotes_within_quotes_are_nested():
    doc, quotes = analyse("Headline\n\n“He called it ‘a disgrace’ and left,” Zoë Müller said.")
    assert texts(doc, quotes) == ["“He called it ‘a disgrace’ and left,”"]
    assert [doc.text[q.start : q.end] for q in quotes.nested] == ["‘a disgrace’"]
    inner = quotes.nested[0]
    # inside() answers for the whole outer quote, nested quote included
    assert quotes.at(inner.start) is quotes.quotes[0]
    assert quotes.inside(inner.end + 2)
    assert not quotes.inside(doc.text.index("Zoë"))


# -- the multi-paragraph convention and unbalanced marks -----------------------------------


def test_multi_paragraph_quote_is_balanced():
    text = (
        "Headline\n\n“We will rebuild the bridge,” the mayor said. “It will take time.\n\n"
        "“But we will do it together.”\n\nThe council meets on Monday."
    )
    doc, quotes = analyse(text)
    assert not quotes.unbalanced
    first, second, third = quotes.quotes
    assert second.runs_on and not second.closed
    assert third.continues and third.closed
    assert third.attribution.how == "continued"
    assert speaker(doc, third) == "the mayor"


def test_paragraphs_run_together_on_one_line():
    # paragraphs of one quote joined on a line: the new paragraph opens with a mark
    doc, quotes = analyse(f"{LONG}\nMr Straw said: \"He is clever. \"He lacks strategy,\" he added.\n")
    assert not quotes.unbalanced
    assert texts(doc, quotes) == ['"He is clever.', '"He lacks strategy,"']


def test_missing_closing_mark_is_unbalanced_when_the_next_paragraph_does_not_continue():
    text = "Headline\n\n“We will rebuild the bridge, the mayor said.\n\nThe council meets on Monday."
    doc, quotes = analyse(text)
    (problem,) = quotes.unbalanced
    assert problem.problem == "unclosed"
    assert doc.text[problem.start : problem.end] == "“"


def test_opening_mark_inside_an_open_quote_reports_the_first():
    text = 'Headline\n\n"Let me give you the numbers, Okafor said after a quick "I\'m sorry" to Lind.'
    doc, quotes = analyse(text)
    assert [(u.problem, u.start) for u in quotes.unbalanced] == [("unclosed", text.index('"Let'))]


def test_quote_followed_by_its_attribution_does_not_run_on():
    # the next paragraph opens with a mark, but "he later said" shows the quote had ended
    text = "Headline\n\n“The voters who were angry were voters we meant to anger, he later said.\n\n“Next.”"
    doc, quotes = analyse(text)
    assert [(u.problem, u.start) for u in quotes.unbalanced] == [("unclosed", text.index("“The"))]


def test_partial_quote_does_not_run_on():
    text = "Headline\n\nHe used Romney’s phrase “self-deportation.\n\n“We will win,” Zoë Müller said."
    doc, quotes = analyse(text)
    assert [u.problem for u in quotes.unbalanced] == ["unclosed"]


def test_next_paragraph_quoting_someone_else_is_not_a_continuation():
    text = "Headline\n\nMoreau then asked, “With tanks?\n\n“Including with tanks, yes,” Haddad replied."
    doc, quotes = analyse(text)
    assert [(u.problem, u.detail) for u in quotes.unbalanced] == [("unclosed", "speaker")]


def test_continuation_attributed_again_to_the_same_speaker_is_fine():
    text = 'Headline\n\nMr Blair said: "The plans are sound.\n\n"They will work," he said.'
    doc, quotes = analyse(text)
    assert not quotes.unbalanced


def test_attribution_inside_an_open_quote_on_one_line():
    text = f'{LONG}\n"The sale was the right move for us, Okafor said. "It was not surprising."\n'
    doc, quotes = analyse(text)
    assert [(u.problem, u.detail) for u in quotes.unbalanced] == [("unclosed", "reopened")]


def test_closing_mark_with_nothing_open():
    doc, quotes = analyse("Headline\n\nThe talks failed, he said.” Both sides blamed each other.")
    assert [u.problem for u in quotes.unbalanced] == ["unopened"]


def test_quote_broken_across_lines_is_not_unbalanced():
    text = f"{LONG}\nThe letter says: \"I am writing about your dog, which barks all night.\nYours, Jim.\"\n"
    doc, quotes = analyse(text)
    assert not quotes.unbalanced


def test_headline_quote_does_not_run_on():
    doc, quotes = analyse("Minister says “we will win\n\n“The vote is on Monday,” she said.")
    assert [u.problem for u in quotes.unbalanced] == ["unclosed"]


# -- kinds -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Headline\n\n“We are prepared to assist,” Putin said.", "full"),
        ("Headline\n\nPutin said: “We are prepared to assist.”", "full"),
        ("Headline\n\nPutin added, “We are prepared to assist.”", "full"),
        ("Headline\n\nMoreau hailed the accord as a “real turning point”.", "partial"),
        ("Headline\n\nThe US praised “an important confidence-building measure”.", "partial"),
        ("Headline\n\nShe wore a shirt with the slogan, “Make America Great Again.”", "partial"),
        ("Headline\n\n“Tales From the Crypt,” an HBO series, will return.", "partial"),
        ("Headline\n\n“DIVISIVE, STUPID AND WRONG”", "partial"),
    ],
)
def test_kinds(text, kind):
    doc, quotes = analyse(text)
    assert [q.kind for q in quotes] == [kind]


# -- attribution -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, how, who",
    [
        ("Headline\n\n“We are prepared to assist,” Putin said.", "after", "Putin"),
        ('Headline\n\n"We are prepared to assist," said Roy Hermann, 65, of Portland.', "after", "Roy Hermann"),
        ("Headline\n\n“We are prepared,” said former Bush adviser Mara Lindqvist.", "after",
         "former Bush adviser Mara Lindqvist"),
        ('Headline\n\n"We need people who unite," Harry Bond, 30, of Raleigh, said in an interview.',
         "after", "Harry Bond"),
        ("Headline\n\n“We are prepared to assist,” the ministry said in a statement.", "after", "the ministry"),
        ("Headline\n\n“Go back to your desk,” Haddad snapped.", "after", "Haddad"),
        ("Headline\n\nPutin said: “We are prepared to assist.”", "before", "Putin"),
        ("Headline\n\nFilmmaker Jack Marino said, “We could speak freely.”", "before", "Filmmaker Jack Marino"),
        ("Headline\n\nAccording to the ministry, “the talks will resume on Monday.”", "according-to", "the ministry"),
        ("Headline\n\nRep. Dale Pruitt (R-Ga.): “Who gave you that?”", "colon", "Rep. Dale Pruitt"),
        ("Headline\n\n“Sorry Tom, you ought to have refused.” — Mavis Okoro", "credit", "Mavis Okoro"),
        ("Headline\n\n“Africa Rising,” by Jane Smith, is out now.", "credit", "Jane Smith"),
        ("Headline\n\nZoë Müller said the plan was flawed. “It will not work in Köln.”", "paragraph", "Zoë Müller"),
        ("Headline\n\nClinton touted her record on the bill. “We need fair elections.”", "paragraph", "Clinton"),
        ("Headline\n\nTrump also backed waterboarding -- “It is peanuts compared to theirs.”", "colon", "Trump"),
        ("Headline\n\n“The Times says you spoke off the record in January,” Hannity started.", "after", "Hannity"),
    ],
)
def test_attribution(text, how, who):
    doc, quotes = analyse(text)
    quote = quotes.quotes[0]
    assert quote.attribution is not None, text
    assert quote.attribution.how == how
    assert speaker(doc, quote) == who


def test_interrupted_quote_is_attributed_on_both_sides():
    doc, quotes = analyse("Headline\n\n“We will go,” he said, “and we will win.”")
    assert [q.attribution.how for q in quotes] == ["after", "before"]
    assert [speaker(doc, q) for q in quotes] == ["he", "he"]


def test_other_quotes_in_the_paragraph_share_its_attribution():
    doc, quotes = analyse("Headline\n\n“We will go,” Putin said. “It is decided. We leave on Monday.”")
    assert quotes.quotes[1].attribution.how == "paragraph"
    assert speaker(doc, quotes.quotes[1]) == "Putin"


def test_colon_at_the_end_of_the_paragraph_before():
    doc, quotes = analyse("Headline\n\nThe ministry said in a statement:\n\n“The talks will resume on Monday.”")
    quote = quotes.quotes[0]
    assert quote.attribution.how == "colon"
    assert speaker(doc, quote) == "The ministry"


def test_quote_paragraph_after_the_same_speakers_quote():
    doc, quotes = analyse("Headline\n\n“We will win,” Zoë Müller said.\n\n“And we will win it by a lot.”")
    second = quotes.quotes[1]
    assert second.attribution.how == "previous"
    assert speaker(doc, second) == "Zoë Müller"


def test_quote_paragraph_after_indirect_speech_is_not_attributed():
    text = "Headline\n\nLindqvist frowned as she watched his rally.\n\n“She is not going to change anything.”"
    doc, quotes = analyse(text)
    assert quotes.quotes[0].attribution is None


def test_two_bare_quotes_in_a_paragraph_are_not_attributed():
    doc, quotes = analyse('Headline\n\nStovall spoke.\n\n"He was very articulate." "He is sold on it."')
    assert [q.attribution for q in quotes] == [None, None]


@pytest.mark.parametrize(
    "text, unnamed",
    [
        ("Headline\n\n“The talks are over,” a senior official said.", True),
        ('Headline\n\n"The talks are over," sources said.', True),
        ("Headline\n\n“The talks are over,” said one person familiar with the matter.", True),
        ("Headline\n\n“The talks are over,” said Trump adviser Stephen Miller.", False),
        ("Headline\n\n“The talks are over,” the official said.", False),
        ("Headline\n\n“The talks are over,” Zoë Müller said.", False),
    ],
)
def test_unnamed_sources(text, unnamed):
    doc, quotes = analyse(text)
    assert quotes.quotes[0].attribution.unnamed is unnamed


# -- robustness --------------------------------------------------------------------------

_PIECES = st.sampled_from(
    ['"', "“", "”", "'", "‘", "’", "''", "``", " ", "\n", "\n\n", ".", ",", ":", "—", "said", "Putin",
     "he", "we will", "s", "90", "a source", "according to", "(", "\u202a"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_any_text_gives_quotes_inside_the_text(pieces):
    text = "".join(pieces)
    doc, quotes = analyse(text)
    for quote in list(quotes) + list(quotes.nested):
        assert 0 <= quote.start < quote.end <= len(text)
        assert quote.content_start <= quote.content_end or not quote.closed
        if quote.attribution and quote.attribution.speaker:
            start, end = quote.attribution.speaker
            assert 0 <= start < end <= len(text)
    for problem in quotes.unbalanced:
        assert 0 <= problem.start < problem.end <= len(text)
