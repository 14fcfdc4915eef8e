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


def test_a_gzipped_files_text_is_kept_in_the_command_lines_table_until_the_file_changes(tmp_path, monkeypatch):
    from newslint import pattern_cache

    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(datafiles, "DATA", data)
    monkeypatch.setattr(pattern_cache, "WORTH_SAVING", 0)
    (data / "verbs.txt.gz").write_bytes(gzip.compress("past\twent ran\n".encode()))
    pattern_cache.install(tmp_path / "table")
    try:
        assert datafiles.data_lines("verbs.txt.gz") == ["past\twent ran"]
        pattern_cache.finish()
        pattern_cache.install(tmp_path / "table")
        monkeypatch.setattr(gzip, "decompress", None)  # a later run: from the table, not decompressed
        assert datafiles.data_text("verbs.txt.gz") == "past\twent ran\n"
        monkeypatch.undo()
        monkeypatch.setattr(datafiles, "DATA", data)
        (data / "verbs.txt.gz").write_bytes(gzip.compress("past\twent ran saw\n".encode()))
        assert datafiles.data_lines("verbs.txt.gz") == ["past\twent ran saw"]  # changed: read afresh
    finally:
        pattern_cache.uninstall()
