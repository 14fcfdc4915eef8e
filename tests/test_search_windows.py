"""Patterns searched inside a window (``pattern.search(text, pos, endpos)``): ``endpos`` makes
the window's end look like the end of the text, so a lookahead or ``\\b`` at a pattern's end
must not be fooled by what the window cut off."""

from newslint.checks.grammar import _numeral_i_near


def test_i_before_a_contraction_cut_off_by_the_match_end_is_the_pronoun():
    # LanguageTool's match ends at "I"; the "'m" after it, outside the match, still shows the
    # pronoun, not a Roman numeral.
    text = "Every Monday I'm at the market."
    at = text.index("I'm")
    assert not _numeral_i_near(text, at, 1)


def test_a_roman_numeral_i_is_still_found_at_the_match_end():
    text = "Veterans of World War I marched past."
    assert _numeral_i_near(text, text.index("I marched"), 1)
    text = "The two Type UB Is sank."
    assert _numeral_i_near(text, text.index("Is sank"), 2)


def _codes(text: str) -> list[str]:
    import datetime as dt

    from newslint.api import lint_text

    return [f.code for f in lint_text(text, date=dt.date(2016, 3, 7))]


def test_a_word_that_only_starts_like_will_after_a_year_is_no_modal():
    # The modal is looked for in the 30 characters after the year; a window ending inside
    # "willing" must not read its first four letters as "will".
    assert "D103" in _codes("Bush entered the 2017 presidential race as the favourite, Republicans said.")
    assert "D103" in _codes("Bush entered the 2017 presidential race as the willing favourite, Republicans said.")
    assert "D103" not in _codes("Bush entered the 2017 presidential race as he will tell you, Republicans said.")


def test_a_name_that_only_starts_like_was_after_a_year_is_no_past_form():
    # Past forms are looked for up to 25 characters after the year; a window ending inside
    # "Washington" must not read its first three letters as "was".
    def future_codes(text):
        import datetime as dt

        from newslint.api import lint_text

        return [f.code for f in lint_text(text, date=dt.date(2007, 6, 10))]

    assert "D104" in future_codes("The first ferries will be launched in 2004 to the new dock near Oregon state.")
    assert "D104" in future_codes("The first ferries will be launched in 2004 to the new dock near Washington state.")
    assert "D104" not in future_codes("The first ferries will be launched in 2004 to the new dock, as was agreed.")


def test_a_word_that_only_starts_like_a_plan_word_after_a_year_is_no_plan():
    # Plan words are looked for up to 30 characters after the year; a window ending inside
    # "bondsmen" must not read its first five letters as "bonds" (a plan: bonds due in 2019).
    def past_codes(text):
        import datetime as dt

        from newslint.api import lint_text

        return [f.code for f in lint_text(text, date=dt.date(2016, 3, 7))]

    assert "D103" in past_codes("The plant closed in 2019 after a fight among the bosses.")
    assert "D103" in past_codes("The plant closed in 2019 after a fight among the bondsmen.")
    assert "D103" not in past_codes("The plant closed in 2019, when its bonds are due.")


def test_a_term_named_after_an_earlier_quotation_on_the_line_is_still_a_mention():
    # The quotations are paired from the line's start: a window opening inside the earlier
    # quotation would pair its closing mark with the opening mark of "kurenzo".
    from newslint.checks.spelling.layout import mentioned

    alone = 'Locals eat a stew called "kurenzo" quite often.'
    after_a_quote = 'He said: "The old recipe has not changed in a long time." And they eat a stew called "kurenzo" quite often.'
    for text in (alone, after_a_quote):
        start = text.index("kurenzo")
        assert mentioned(text, start, start + len("kurenzo"))
    used = 'He said: "The old recipe has not changed in a long time." And they eat kurenzo quite often.'
    start = used.index("kurenzo")
    assert not mentioned(used, start, start + len("kurenzo"))
