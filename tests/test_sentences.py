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


def test_a_letter_ending_a_longer_word_is_not_an_initial():
    # The last word before a full stop is read from where the word starts, not from its last
    # letters: "1990s", "3B" and "minister's" end sentences; "J." and "U.S." still do not.
    text = (
        "Fares doubled in the 1990s. Then they fell. She lives in flat 3B. Her neighbour agreed. "
        "The last word was the minister's. Critics said so. They met J. Smith in the U.S. capital."
    )
    assert _split(text) == [
        "Fares doubled in the 1990s.",
        "Then they fell.",
        "She lives in flat 3B.",
        "Her neighbour agreed.",
        "The last word was the minister's.",
        "Critics said so.",
        "They met J. Smith in the U.S. capital.",
    ]
