"""Sorted word lists asked about by bisection (newslint/sorted_words.py), and the lists of the
verb and noun tables that are read that way (checks/verbs.py)."""

from __future__ import annotations

import pytest

from newslint import sorted_words
from newslint.checks import verbs
from newslint.sorted_words import SortedWords

HARBOURS = sorted(["harbour", "harbours", "harbor", "harbo-master", "zebra", "a", "naïve", "über", "council"])
ROADS = sorted(["road", "roadside", "rue"])


def _asked(words: SortedWords, probes) -> list[bool]:
    return [probe in words for probe in probes]


PROBES = HARBOURS + ROADS + ["", "harb", "harbours ", "Harbour", "zebras", "b", "naive", "roads", "rua", "zzz", 3, None]


def test_a_word_is_in_it_when_one_of_its_lists_holds_it():
    words = SortedWords(HARBOURS, ROADS)
    expected = [probe in set(HARBOURS) | set(ROADS) for probe in PROBES]
    assert _asked(words, PROBES) == expected
    assert sorted(words) == sorted(HARBOURS + ROADS) and len(words) == len(HARBOURS) + len(ROADS)


def test_asked_often_it_answers_from_a_set_alike(monkeypatch):
    monkeypatch.setattr(sorted_words, "BISECTED", 5)
    words = SortedWords(HARBOURS, ROADS)
    first = _asked(words, PROBES[:5])
    assert words._set is None  # five questions: bisection
    later = _asked(words, PROBES)
    assert words._set is not None
    assert first + later == [probe in set(HARBOURS) | set(ROADS) for probe in PROBES[:5] + PROBES]


def test_an_empty_list_holds_nothing():
    assert "a" not in SortedWords([]) and len(SortedWords([])) == 0 and list(SortedWords([])) == []


@pytest.mark.parametrize("kind", ["base", "pasts", "third"])
def test_the_verb_lists_read_by_bisection_are_sorted(kind):
    words = verbs._verb_lines()[kind].split()
    assert words == sorted(words)


@pytest.mark.parametrize("kind", ["s", "es", "ies"])
def test_the_noun_lists_read_by_bisection_are_sorted(kind):
    words = verbs._noun_lines()[kind].split()
    assert words == sorted(words)


def test_the_tables_answer_for_the_words_of_a_sentence():
    # "The council votes to open two harbours; the ferry went out and the city grows."
    assert "votes" in verbs.thirds() and "grows" in verbs.thirds() and "council" not in verbs.thirds()
    assert verbs.third_base("carries") == "carry"
    assert "open" in verbs.bases() and "went" in verbs.pasts() and "went" not in verbs.bases()
    assert "harbour" in verbs.count_nouns() and "city" in verbs.count_nouns() and "information" not in verbs.count_nouns()
    assert verbs.plural_of("city") == "cities" and verbs.plural_of("box") == "boxes" and verbs.plural_of("man") == "men"


def test_the_verbs_also_nouns_are_read_from_sorted_lines_by_bisection():
    lines = verbs.data_lines("verbs_also_nouns.txt.gz")
    assert lines == sorted(lines)
    readings = verbs.NounReadings(sorted(["log\t12\t3", "logs\t1\t1", "lodge\t5\t9", "run\t40\t300"]))
    assert readings.get("log") == (12, 3) and readings.get("logs") == (1, 1) and readings.get("run") == (40, 300)
    assert "lodge" in readings and "lo" not in readings and "logz" not in readings and "runs" not in readings
    assert None not in readings and readings.get(None, (0, 0)) == (0, 0) and "log\t12" not in readings
    assert "palm" in verbs.verbs_also_nouns() and "reduce" not in verbs.verbs_also_nouns()
