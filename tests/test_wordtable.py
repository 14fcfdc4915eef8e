"""The word table (newslint/wordtable.py): sorted words looked up by binary search."""

from __future__ import annotations

import pytest

from newslint import wordtable
from newslint.analysis import lexicon as lx
from newslint.wordtable import WordTable

VALUES = {
    "harbour": b"\x2a",
    "harbor": b"\x2c",
    "zebra": b"\x1e",
    "a": b"\x4b",
    "naïve": b"\x28",
    "über": b"\x0f",
    "council": b"\x32",
}


def test_every_word_is_found_with_its_value_and_no_other_word_is():
    table = WordTable(wordtable.encode(VALUES))
    assert len(table) == len(VALUES)
    for word, value in VALUES.items():
        assert word in table
        assert table.get(word) == value
    for absent in ("", "harbo", "harbours", "zebras", "naive", "b", "Council", "zzz", "0"):
        assert absent not in table
        assert table.get(absent, b"?") == b"?"
    assert list(table) == sorted(VALUES)


def test_the_words_between_two_positions_are_read_at_once_in_order():
    table = WordTable(wordtable.encode(VALUES))
    ordered = sorted(VALUES)
    assert table.words_between(0, len(table)) == ordered == table.words()
    assert table.words_between(2, 5) == [table.word_at(i) for i in range(2, 5)] == ordered[2:5]
    assert table.words_between(3, 3) == []
    assert table.words_between(len(table) - 1, len(table)) == ["über"]


def test_a_table_of_several_blocks_finds_every_word_at_its_place_and_no_other():
    # more words than one block of the search's coarse sample (every _COARSE-th word), so that
    # words at, just before and just after a sampled word, and words past the last, are asked
    size = 2 * wordtable._COARSE + 3
    values = {f"town{i:05d}": bytes([i % 250 + 1]) for i in range(size)}
    table = WordTable(wordtable.encode(values))
    for place, word in enumerate(sorted(values)):
        assert table.index(word) == place
        assert table.get(word) == values[word]
    for absent in ("", "town", "town0", "town00000x", "town04095a", "town99999", "towm", "townz", "a", "zzz"):
        assert table.index(absent) == -1


def test_values_of_several_bytes_lose_only_their_padding():
    table = WordTable(wordtable.encode({"report": b"nv", "reports": b"npv", "quickly": b"r"}))
    assert table.get("reports") == b"npv"
    assert table.get("quickly") == b"r"
    assert dict(table.items()) == {"report": b"nv", "reports": b"npv", "quickly": b"r"}


def test_intersection_with_a_set_keeps_the_listed_words():
    table = WordTable(wordtable.encode(VALUES))
    assert {"harbor", "harbr", "zebra"} & table == {"harbor", "zebra"}
    assert table & ["a", "an"] == {"a"}


def test_an_empty_table_and_a_file_of_another_kind():
    empty = WordTable(wordtable.encode({}))
    assert len(empty) == 0 and "a" not in empty
    with pytest.raises(ValueError, match="not a newslint word table"):
        WordTable(b"\x1f\x8b\x08 gzip bytes")


def test_the_same_values_give_the_same_bytes(tmp_path):
    wordtable.write(tmp_path / "one.bin", VALUES)
    wordtable.write(tmp_path / "two.bin", dict(reversed(list(VALUES.items()))))
    assert (tmp_path / "one.bin").read_bytes() == (tmp_path / "two.bin").read_bytes()
    assert WordTable.load(tmp_path / "one.bin").get("über") == b"\x0f"


def test_the_shipped_lexicon_answers_as_a_dictionary_would():
    assert lx.is_word("neighbouring") and lx.is_word("neighboring")
    assert not lx.is_word("tryinng")
    assert lx.zipf("the") > 7 > lx.zipf("council") > 4
    assert lx.zipf("tryinng") == 0.0
    assert "n" in lx.tags("importance") and lx.tags("tryinng") == ""
    assert "p" in lx.tags("members")
    common = dict(lx._bands(6.0))
    assert common and all(value >= 6.0 for value in common)
    assert "the" in {word for band in common.values() for word in band}


def test_a_table_file_is_read_in_place_and_an_empty_file_is_refused(tmp_path):
    wordtable.write(tmp_path / "table.bin", VALUES)
    table = WordTable.load(tmp_path / "table.bin")
    assert [table.get(w) for w in VALUES] == list(VALUES.values())
    (tmp_path / "empty.bin").write_bytes(b"")
    with pytest.raises(ValueError, match="empty.bin is not a newslint word table"):
        WordTable.load(tmp_path / "empty.bin")


def test_a_word_asked_again_is_answered_alike_from_what_the_search_found():
    table = WordTable(wordtable.encode(VALUES))
    asked = ["harbour", "zzz", "über", "naïve", "harbo", "a", "council", "Council"]
    first = [table.get(w) for w in asked]
    assert [table.get(w) for w in asked] == first == [VALUES.get(w) for w in asked]
    assert [word in table for word in asked] == [w in VALUES for w in asked]


def test_words_with_a_control_character_keep_the_order_the_search_reads():
    values = {"ab": b"1", "ab\tc": b"2", "abc": b"3", "a": b"4"}
    table = WordTable(wordtable.encode(values))
    assert all(table.get(word) == value for word, value in values.items())
    with pytest.raises(ValueError, match="no newline"):
        wordtable.encode({"two\nlines": b"1"})


def test_the_common_words_of_a_one_byte_table_are_found_by_their_value():
    table = WordTable(wordtable.encode(VALUES))
    common = sorted(table.word_at(i) for i in table.indexes_with_byte_at_least(0x2a))
    assert common == ["a", "council", "harbor", "harbour"]


def test_under_the_command_lines_table_the_sample_is_kept_and_every_word_found_as_without_it(tmp_path, monkeypatch):
    """The sample of every _BLOCK-th word is made at the first search and kept in the table
    (pattern_cache.kept); a later run splits it from there, and finds what a table searched
    without it finds, words with a control character included."""
    from newslint import pattern_cache

    monkeypatch.setattr(pattern_cache, "WORTH_SAVING", 0)
    values = {f"town{i:05d}": bytes([i % 250 + 1]) for i in range(3 * wordtable._BLOCK + 5)}
    values.update({"ab": b"1", "ab\tc": b"2", "abc": b"3", "": b"4"})
    wordtable.write(tmp_path / "towns.bin", values)
    asked = sorted(values) + ["town", "town00000x", "town99999", "aa", "ab\t", "zzz"]
    plain = WordTable.load(tmp_path / "towns.bin")  # no table
    expected = [plain._search(word.encode() + b"\n") for word in asked]  # halving each block in Python
    for run in range(2):
        pattern_cache.install(tmp_path / "cache")
        try:
            if run == 1:
                monkeypatch.setattr(WordTable, "_sample_words", None)  # read from the table, not made
            table = WordTable.load(tmp_path / "towns.bin")
            assert [table.index(word) for word in asked] == expected
            assert table._sample is not None
            assert [table.get(word) for word in values] == list(values.values())
        finally:
            pattern_cache.finish()
    monkeypatch.undo()
    wordtable.write(tmp_path / "towns.bin", {"harbour": b"\x2a"})  # a changed file: made afresh
    pattern_cache.install(tmp_path / "cache")
    try:
        table = WordTable.load(tmp_path / "towns.bin")
        assert table.get("harbour") == b"\x2a" and "town00000" not in table
    finally:
        pattern_cache.finish()


def test_a_lookup_not_kept_answers_alike_and_leaves_the_tables_memo_as_it_was():
    table = WordTable(wordtable.encode(VALUES))
    for word in ("harbour", "harbourmaster", "councilvote", "über"):
        assert table.get(word, keep=False) == VALUES.get(word)
        assert table.index(word, keep=False) == (sorted(VALUES).index(word) if word in VALUES else -1)
    assert table._found == {}
    assert table.get("zebra") == VALUES["zebra"] and "zebra" in table._found
    assert table.index("zebra", keep=False) == table.index("zebra")  # (answered from the memo)


def test_table_zipf_keeps_no_answer_in_the_lexicon_table_and_agrees_with_zipf():
    from newslint.analysis import dictionary

    memo = dictionary._table()._found
    for joined in ("harbourmaster", "tenfold", "ofthe", "inthe", "councilvote"):
        memo.pop(joined, None)
        value = dictionary.table_zipf(joined)
        assert joined not in memo and joined not in dictionary._zipf_of
        assert value == dictionary.zipf(joined)  # (zipf remembers; table_zipf did not)


def test_an_intersection_keeps_no_answer_in_the_tables_memo():
    table = WordTable(wordtable.encode(VALUES))
    asked = {"harbour", "harbours", "zebra", "zebras", "counci", "über", 7}
    assert table & asked == {"harbour", "zebra", "über"} == asked & table
    assert table._found == {}
