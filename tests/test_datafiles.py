"""newslint.datafiles: the one reader of the word lists and tables in newslint/data/."""

import gzip

from newslint import datafiles


def test_entries_skip_comments_and_blank_lines_and_keep_the_line_as_written(tmp_path, monkeypatch):
    (tmp_path / "towns.tsv").write_text("# town\tcounty\n\nAshford\tKent\n  Bude\tCornwall\n", encoding="utf-8")
    monkeypatch.setattr(datafiles, "DATA", tmp_path)
    assert datafiles.data_lines("towns.tsv") == ["Ashford\tKent", "  Bude\tCornwall"]
    assert datafiles.data_words("towns.tsv") == frozenset({"Ashford", "Kent", "Bude", "Cornwall"})


def test_a_gzipped_file_is_read_decompressed(tmp_path, monkeypatch):
    (tmp_path / "verbs.txt.gz").write_bytes(gzip.compress("# kind\tforms\npast\twent ran\n".encode()))
    monkeypatch.setattr(datafiles, "DATA", tmp_path)
    assert datafiles.data_lines("verbs.txt.gz") == ["past\twent ran"]


def test_the_shipped_files_are_found_where_the_package_lies():
    assert datafiles.data_path("quote_cues.txt").is_file()
    assert "said" in datafiles.data_words("quote_cues.txt")
    assert not any(line.startswith("#") for line in datafiles.data_lines("verb_forms.txt.gz"))


def test_sections_hold_the_lines_after_each_bracketed_name(tmp_path, monkeypatch):
    (tmp_path / "kinds.txt").write_text("# kinds\nloose words\n[birds]\nwren robin\nkite\n[trees]\noak\n", encoding="utf-8")
    monkeypatch.setattr(datafiles, "DATA", tmp_path)
    assert datafiles.data_sections("kinds.txt") == {"": ["loose words"], "birds": ["wren robin", "kite"], "trees": ["oak"]}


def test_a_gzipped_files_text_and_entries_are_kept_in_the_command_lines_table_until_the_file_changes(tmp_path, monkeypatch):
    from newslint import pattern_cache

    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(datafiles, "DATA", data)
    monkeypatch.setattr(pattern_cache, "WORTH_SAVING", 0)
    (data / "verbs.txt.gz").write_bytes(gzip.compress("past\twent ran\n".encode()))
    pattern_cache.install(tmp_path / "table")
    try:
        assert datafiles.data_text("verbs.txt.gz") == "past\twent ran\n"
        assert datafiles.data_lines("verbs.txt.gz") == ["past\twent ran"]
        pattern_cache.finish()
        pattern_cache.install(tmp_path / "table")
        monkeypatch.setattr(gzip, "decompress", None)  # a later run: from the table, not decompressed
        assert datafiles.data_text("verbs.txt.gz") == "past\twent ran\n"
        assert datafiles.data_lines("verbs.txt.gz") == ["past\twent ran"]
        assert datafiles.data_words("verbs.txt.gz") == frozenset({"past", "went", "ran"})
        monkeypatch.undo()
        monkeypatch.setattr(datafiles, "DATA", data)
        (data / "verbs.txt.gz").write_bytes(gzip.compress("past\twent ran saw\n".encode()))
        assert datafiles.data_lines("verbs.txt.gz") == ["past\twent ran saw"]  # changed: read afresh
    finally:
        pattern_cache.uninstall()


def test_a_files_entries_kept_in_the_table_are_read_afresh_when_the_file_is_rewritten(tmp_path, monkeypatch):
    """Even rewritten with its old size and modification time (a reinstall from a wheel whose
    files all bear one date): its change time, which no one sets, is new."""
    import os

    from newslint import pattern_cache

    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(datafiles, "DATA", data)
    monkeypatch.setattr(pattern_cache, "WORTH_SAVING", 0)
    towns = data / "towns.txt"
    towns.write_text("# towns\nAshford Kent\n\nBude\n", encoding="utf-8")
    os.utime(towns, ns=(10**18, 10**18))
    pattern_cache.install(tmp_path / "table")
    try:
        assert datafiles.data_lines("towns.txt") == ["Ashford Kent", "Bude"]
        assert datafiles.data_lines("towns.txt") is not datafiles.data_lines("towns.txt")  # a list of its own
        pattern_cache.finish()
        pattern_cache.install(tmp_path / "table")
        assert any(key[0] == "data entries" for key in pattern_cache._table)
        assert datafiles.data_lines("towns.txt") == ["Ashford Kent", "Bude"]
        towns.write_text("# towns\nAshford Kent\n\nBute\n", encoding="utf-8")  # the same size
        os.utime(towns, ns=(10**18, 10**18))
        assert datafiles.data_lines("towns.txt") == ["Ashford Kent", "Bute"]
        assert datafiles.data_words("towns.txt") == frozenset({"Ashford", "Kent", "Bute"})
        (data / "empty.txt").write_text("# nothing yet\n\n", encoding="utf-8")
        assert datafiles.data_lines("empty.txt") == [] and datafiles.data_words("empty.txt") == frozenset()
    finally:
        pattern_cache.uninstall()


def test_sections_are_found_where_they_lie(tmp_path, monkeypatch):
    monkeypatch.setattr(datafiles, "DATA", tmp_path)
    (tmp_path / "kinds.txt").write_text("# comment\nloose words\n[birds]\nwren robin\nkite\n[empty]\n[trees]\noak\n[last]\n")
    text, spans = datafiles.data_section_spans("kinds.txt")
    sections = datafiles.data_sections("kinds.txt")
    assert {key: text[start:end] for key, (start, end) in spans.items()} == {
        key: "\n".join(lines) for key, lines in sections.items()
    }
    assert spans["empty"][0] == spans["empty"][1] and text[slice(*spans["trees"])] == "oak"
    (tmp_path / "bare.txt").write_text("[only]\none two\n")
    text, spans = datafiles.data_section_spans("bare.txt")
    assert spans == {"only": (7, 14)} and text[7:14] == "one two"
