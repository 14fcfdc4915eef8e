"""The sentence splitter: where a paragraph's sentences end."""

from newslint.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, 0, len(text))]


def test_a_sentence_opening_with_backtick_quotes_starts_a_new_sentence():
    text = "The council voted on Monday. ``We will build it,'' the mayor said. Work starts soon."
    assert _split(text) == [
        "The council voted on Monday.",
        "``We will build it,'' the mayor said.",
        "Work starts soon.",
    ]


def test_a_single_backtick_quote_and_a_closing_pair_end_sentences_too():
    text = "He was late.'' ``Not again,' she said? `Maybe,' he said. Ólafur left."
    assert _split(text) == ["He was late.''", "``Not again,' she said?", "`Maybe,' he said.", "Ólafur left."]


def test_backticks_inside_a_sentence_do_not_end_it():
    text = "Officials called it ``a sham'' and left. They returned."
    assert _split(text) == ["Officials called it ``a sham'' and left.", "They returned."]


def test_abbreviations_still_do_not_end_a_sentence_before_a_quote():
    text = "Gov. ``Bud'' Smith spoke. Then Mr. Jones."
    assert _split(text) == ["Gov. ``Bud'' Smith spoke.", "Then Mr. Jones."]
