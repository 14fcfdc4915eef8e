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



def test_the_word_before_a_stop_is_found_from_its_run_as_from_the_sentences_start():
    from newslint import sentences

    text = (
        "Officials in the U.S. said so. The 1990s. A minister's. Mr. J.R. Holt left at 5 p.m. on "
        "Friday. See No. 10 and fig. 3. " + "x" * 60 + ". The " + "ab." * 20 + " Then B.B.C. "
        "staff_member. it.s 9a. The Ph.D. came; U.S.A. won. ‘Ms. Lee’. e.g. Wash."
    )
    stops = [i + 1 for i, c in enumerate(text) if c == "."]
    found = 0
    for dot_end in stops:
        for start in {0, max(0, dot_end - 46), max(0, dot_end - 4), dot_end - 1}:
            whole = sentences._LAST_WORD.search(text, start, dot_end)  # from the sentence's start
            word = sentences._word_before_stop(text, start, dot_end)
            assert (word and word.span(1)) == (whole and whole.span(1)), (start, dot_end)
            found += whole is not None
    assert found > len(stops)  # (words found, and runs longer than the window among them)
