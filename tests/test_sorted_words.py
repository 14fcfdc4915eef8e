"""Sorted word lists asked about by bisection (newslint/sorted_words.py), and the lists of the
verb and noun tables that are read that way (checks/verbs.py)."""

from __future__ import annotations

import pytest

from newslint import sorted_words
from newslint.analysis import dictionary
from newslint.checks import verbs
from newslint.datafiles import data_lines
from newslint.sorted_words import SortedEntries, SortedLine, SortedWords

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
    lines = data_lines("verbs_also_nouns.txt.gz")
    assert lines == sorted(lines)
    readings = verbs.NounReadings("\n".join(sorted(["log\t12\t3", "logs\t1\t1", "lodge\t5\t9", "run\t40\t300"])))
    assert readings.get("log") == (12, 3) and readings.get("logs") == (1, 1) and readings.get("run") == (40, 300)
    assert "lodge" in readings and "lo" not in readings and "logz" not in readings and "runs" not in readings
    assert None not in readings and readings.get(None, (0, 0)) == (0, 0) and "log\t12" not in readings
    assert "palm" in verbs.verbs_also_nouns() and "reduce" not in verbs.verbs_also_nouns()


def test_a_sorted_line_finds_each_of_its_words_in_place(monkeypatch):
    monkeypatch.setattr(sorted_words, "STRIDE", 8)  # blocks of a word or two: every edge tried
    text = "kind\t" + " ".join(HARBOURS) + "\nother\tzzz"
    line = SortedLine(text, len("kind\t"), text.index("\n"))
    expected = [probe in set(HARBOURS) for probe in PROBES + ["kind", "zzz", "harbour harbours"]]
    assert _asked(line, PROBES + ["kind", "zzz", "harbour harbours"]) == expected
    assert line.words() == HARBOURS and list(line) == HARBOURS and len(line) == len(HARBOURS)
    assert SortedWords(line, ROADS)._lists() == [HARBOURS, ROADS]


def test_an_entry_with_a_value_is_no_word_of_a_sorted_line():
    line = SortedLine("ab ab-c bathes:bathe bathes-x carries")
    assert "ab-c" in line and "carries" in line and "ab" in line
    assert "bathes" not in line and "bathes:bathe" not in line and "bathe" not in line
    assert line.words() == ["ab", "ab-c", "bathes-x", "carries"] and len(line) == 4
    assert "a" not in SortedLine("") and len(SortedLine("")) == 0 and list(SortedLine("")) == []
    with pytest.raises(ValueError):
        SortedLine("one\ntwo")


def _whole_dictionary() -> list[str]:
    return dictionary.words().words()


def _reference(words: list[str]) -> frozenset[str]:
    return frozenset(entry.partition(":")[0] for entry in words)


@pytest.mark.parametrize(
    "table, kinds",
    [(verbs.pasts, ("pasts",)), (verbs.bases, ("base",)), (verbs.thirds, ("third",)), (verbs.count_nouns, ("s", "es", "ies"))],
)
def test_the_tables_read_in_place_answer_as_the_sets_of_their_lines(table, kinds):
    """Every word of the dictionary, of the tables and a few more, asked of the table read in
    place and of the set it replaced (its lines' words, a "form:base" entry read as its form)."""
    nouns = kinds[0] in ("s", "es", "ies")
    tables = (verbs._noun_lines(), verbs._more_noun_lines()) if nouns else (verbs._verb_lines(),)
    listed = [entry for lines in tables for kind in kinds for entry in lines[kind].split(" ")]
    assert listed == [entry for lines in tables for kind in kinds for entry in lines[kind].split()]  # one space apart
    expected = _reference(listed) | (frozenset(verbs._odd_plurals()) if kinds[0] == "s" else frozenset())
    probes = _whole_dictionary() + listed + [w + "s" for w in listed] + [w[:-1] for w in listed] + ["bathes:bathe", "", "a b"]
    in_place = [part for part in table()._parts]
    answers = [any(probe in part for part in in_place) for probe in probes]
    assert answers == [probe in expected for probe in probes]
    assert frozenset(table()) == expected and len(table()) == len(expected) > 200


def test_sorted_entries_find_each_key_in_place(monkeypatch):
    monkeypatch.setattr(sorted_words, "STRIDE", 6)  # blocks of an entry or two: every edge tried
    pairs = {"ab": "x", "ab-c": "y", "bake": "baked", "log": "12\t3", "marry": "married", "zip": ""}
    for sep, mark in ((" ", ":"), ("\n", "\t")):
        body = sep.join(f"{key}{mark}{value}" for key, value in sorted(pairs.items()) if sep not in value)
        text = f"head{sep}{body}{sep}tail"
        entries = SortedEntries(text, len("head") + 1, len(text) - len("tail") - 1, sep, mark)
        for key in list(pairs) + ["", "a", "abc", "ab-", "bak", "log\t12", "zz", "head", "tail", "ab:x", "a b"]:
            expected = pairs.get(key) if key in pairs and sep not in pairs[key] else None
            assert entries.value(key) == expected, (sep, key)


def test_the_pairs_read_in_place_answer_as_their_dictionaries():
    """Every word of the dictionary and of the tables, asked of ``regular()`` and
    ``verbs_also_nouns()`` read in place and of the dictionaries they replaced."""
    regular = dict(entry.split(":") for entry in verbs._verb_lines()["regular"].split())
    readings = {}
    for line in data_lines("verbs_also_nouns.txt.gz"):
        word, nouns, verb_count = line.split("\t")
        readings[word] = (int(nouns), int(verb_count))
    probes = _whole_dictionary() + list(regular) + list(readings) + [w + "s" for w in readings] + ["", "a b", "log\t1"]
    in_place = verbs.SortedPairs(verbs._verb_lines().text, *verbs._verb_lines().span("regular"))
    assert [in_place._entries.value(probe) for probe in probes] == [regular.get(probe) for probe in probes]
    nouns = verbs.NounReadings(verbs.data_entries("verbs_also_nouns.txt.gz"))
    assert [nouns.get(probe) for probe in probes] == [readings.get(probe) for probe in probes]
    assert len(in_place) == len(regular) and list(in_place) == list(regular)
