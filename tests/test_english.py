"""newslint.english: the month, weekday, title and speech-verb words rules share."""

import calendar
import datetime as dt

from newslint import english


def test_month_names_and_abbreviations_give_the_calendar_month():
    for number in range(1, 13):
        name = calendar.month_name[number]
        assert english.MONTH_NAMES[number] == name
        assert english.MONTHS[name.lower()] == number
        assert english.MONTHS[calendar.month_abbr[number].lower()] == number
    assert english.MONTHS["sept"] == 9
    assert english.AP_MONTHS[9] == "Sept." and english.AP_MONTHS[3] == "March"


def test_weekday_numbers_are_those_of_datetime():
    day = dt.date(2024, 8, 19)  # a Monday
    for offset in range(7):
        current = day + dt.timedelta(days=offset)
        name = current.strftime("%A")
        assert english.WEEKDAY_NAMES[current.weekday()] == name
        assert english.WEEKDAYS[name.lower()] == current.weekday()


def test_speech_verbs_hold_every_form_of_a_reporting_verb_and_no_other_word():
    verbs = english.speech_verbs()
    assert {"said", "says", "saying", "told", "tweeted", "wrote", "written"} <= verbs
    assert not {"the", "bridge", "was", "monday"} & verbs
    assert all(word == word.lower() for word in verbs)


def test_courtesy_titles_are_lower_case_words_before_a_surname():
    assert {"mr", "mrs", "ms", "dr", "prof"} <= english.COURTESY_TITLES
    assert "president" not in english.COURTESY_TITLES
    assert english.word_set(" a  b\nc ") == frozenset({"a", "b", "c"})


def test_titles_are_written_as_before_a_name_and_hold_office_and_courtesy_titles():
    found = english.titles()
    assert {"President", "Senator", "Mr", "Dr.", "Sheikh"} <= found
    assert {title.capitalize().rstrip(".") for title in english.COURTESY_TITLES} <= {t.rstrip(".") for t in found}
    assert "Smith" not in found and "president" not in found


def test_common_speech_verbs_are_the_everyday_ones_and_all_their_forms():
    common = english.common_speech_verbs()
    assert {"said", "says", "saying", "told", "added", "asked", "wrote", "replied", "tweeted"} <= common
    assert common < english.speech_verbs()
    assert not any(word.startswith("[") for word in english.speech_verbs())  # no section name read as a verb
    assert "hailed" in english.speech_verbs() and "hailed" not in common


def test_a_speech_verb_pattern_prefers_the_longer_form():
    import re

    pattern = re.compile(english.speech_verb_pattern(frozenset({"say", "says", "saying"})))
    assert pattern.match("saying").group() == "saying"
    assert pattern.match("says").group() == "says"
