"""mapped_files: the data tables' memory maps are noted, and release() hands their pages back
(between the rules of a large draft) without changing what the tables read."""

import mmap
import sys

import pytest

from newslint import mapped_files
from newslint.wordtable import WordTable, write


def _resident_kb(path) -> int:
    """The resident kB of this process's mappings of the file at ``path`` (/proc/self/smaps)."""
    total, inside = 0, False
    with open("/proc/self/smaps", encoding="utf-8") as smaps:
        for line in smaps:
            if line[:1] in "0123456789abcdef" and "-" in line.split(" ", 1)[0]:
                inside = line.rstrip("\n").endswith(str(path))
            elif inside and line.startswith("Rss:"):
                total += int(line.split()[1])
    return total


def test_a_table_mapped_from_its_file_is_noted(tmp_path):
    path = tmp_path / "words.bin"
    write(path, {"council": b"n", "mayor": b"n", "vote": b"v"})
    table = WordTable.load(path)
    assert any(data is table._data for data in mapped_files._MAPPED)
    assert "mayor" in table and "mayors" not in table
    mapped_files.release()
    assert "mayor" in table and table.get("vote") == b"v"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/smaps (Linux)")
def test_release_hands_the_pages_back_and_the_data_reads_the_same(tmp_path):
    path = tmp_path / "pages.bin"
    content = bytes(range(256)) * (4096 * 64 // 256)  # 64 pages of 4 kB
    path.write_bytes(content)
    with open(path, "rb") as handle:
        data = mapped_files.keep(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
    assert sum(data[i] for i in range(0, len(data), 4096)) >= 0  # every page read
    before = _resident_kb(path)
    mapped_files.release()
    after = _resident_kb(path)
    assert before >= 200 and after < before / 4
    assert data[:] == content  # read again from the page cache, the same bytes
    data.close()
    mapped_files.release()  # a closed map is passed over


def test_bytes_are_not_noted():
    count = len(mapped_files._MAPPED)
    assert mapped_files.keep(b"NLWT2") == b"NLWT2"
    assert len(mapped_files._MAPPED) == count


def test_the_pages_are_handed_back_between_the_rules_of_a_large_draft_only(monkeypatch):
    from newslint import engine
    from newslint.api import lint_document
    from newslint.document import SHARED_WORDS_FROM, Document

    calls = []
    monkeypatch.setattr(engine, "release_mapped_pages", lambda: calls.append(1))
    monkeypatch.setattr(engine, "_checked", 0)  # the first draft of a run
    paragraph = "The council voted on Tuesday to close the library, the mayor said.\n\n"
    lint_document(Document(paragraph * 3, path="small.txt"))
    assert calls == []
    lint_document(Document(paragraph * (SHARED_WORDS_FROM // len(paragraph) + 1), path="large.txt"))
    assert len(calls) >= 50  # once before each rule


def _table_file(tmp_path, size=3 * 128 + 5):
    """A word table of several sampled blocks, written to a file: (path, its values)."""
    values = {f"ward{i:05d}": bytes([i % 250 + 1, i % 7 + 1][: 1 + i % 2]) for i in range(size)}
    path = tmp_path / "wards.bin"
    write(path, values)
    return path, values


@pytest.mark.parametrize("sampled", [True, False])
def test_a_table_read_apart_from_its_map_answers_as_through_it(tmp_path, monkeypatch, sampled):
    path, values = _table_file(tmp_path)
    absent = ["", "ward", "ward0", "ward00000x", "ward00127a", "ward00128", "ward99999", "warc", "x"]
    through = WordTable.load(path)
    apart = WordTable.load(path)
    if sampled:  # as under the command line, whose table keeps the sample between runs
        through._sample, apart._sample = through._sample_words(), apart._sample_words()
    answers = [(through.index(w), through.get(w)) for w in [*values, *absent]]
    monkeypatch.setattr(mapped_files, "reading_apart", True)
    assert [(apart.index(w), apart.get(w)) for w in [*values, *absent]] == answers
    assert [apart.get(w) for w in values] == list(values.values())


def test_a_store_read_apart_answers_as_through_its_map():
    from newslint import ngrams

    header, through = ngrams.read_store(ngrams.STORE)
    _, apart = ngrams.read_store(ngrams.STORE)
    through._sample = through._sample_words()
    assert apart._sample_words_apart() == through._sample  # (made apart when none is kept)
    words = [through.word_at(i) for i in range(0, len(through), max(1, len(through) // 3000))]
    words += [w + "x" for w in words[:300]]
    answers = [through.get(w) for w in words]
    mapped_files.reading_apart = True
    try:
        assert [apart.get(w) for w in words] == answers
    finally:
        mapped_files.reading_apart = False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/smaps (Linux)")
def test_a_table_read_apart_maps_none_of_its_file(tmp_path, monkeypatch):
    path, values = _table_file(tmp_path, size=40_000)  # ~600 kB
    table = WordTable.load(path)
    table._sample = table._sample_words()
    mapped_files.release()
    monkeypatch.setattr(mapped_files, "reading_apart", True)
    assert all(table.get(w) == v for w, v in values.items())
    assert _resident_kb(path) <= 8
    monkeypatch.setattr(mapped_files, "reading_apart", False)
    table._found.clear()
    assert all(table.get(w) == v for w, v in values.items())
    assert _resident_kb(path) >= 200  # through the map: its pages count


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/smaps (Linux)")
def test_read_apart_a_table_without_a_kept_sample_makes_it_apart(tmp_path, monkeypatch):
    path, values = _table_file(tmp_path, size=40_000)
    through = WordTable.load(path)
    sample = through._sample_words()
    table = WordTable.load(path)
    mapped_files.release()
    monkeypatch.setattr(mapped_files, "reading_apart", True)
    assert table.get("ward00300") == values["ward00300"]  # the first search makes the sample
    assert table._sample == sample
    assert all(table.get(w) == v for w, v in values.items())
    assert _resident_kb(path) <= 8


def test_tables_are_read_apart_while_the_rules_of_a_large_draft_run_only(monkeypatch):
    from newslint import engine
    from newslint.api import lint_document
    from newslint.document import SHARED_WORDS_FROM, Document

    seen = []
    gathered = engine._at_most

    def noting(rule, found):  # (the rule's findings are gathered here, as it runs)
        seen.append((mapped_files.reading_apart, mapped_files.apart_from))
        return gathered(rule, found)

    monkeypatch.setattr(engine, "_at_most", noting)
    monkeypatch.setattr(engine, "_checked", 0)  # the first draft of a run
    paragraph = "The council voted on Tuesday to close the library, the mayor said.\n\n"
    small = Document(paragraph * 3, path="small.txt")
    lint_document(small)
    assert seen and not any(apart for apart, _ in seen) and not mapped_files.reading_apart
    seen.clear()
    lint_document(Document(paragraph * (SHARED_WORDS_FROM // len(paragraph) + 1), path="large.txt"))
    assert len(seen) >= 50 and set(seen) == {(True, 0)} and not mapped_files.reading_apart
    seen.clear()
    released = []
    monkeypatch.setattr(engine, "release_mapped_pages", lambda: released.append(1))
    monkeypatch.setattr(engine, "_checked", engine.LONG_RUN - 1)  # a long run: the largest files
    lint_document(small)
    assert set(seen) == {(True, mapped_files.APART_FROM)} and released == [1]
    assert (mapped_files.reading_apart, mapped_files.apart_from) == (False, 0)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/smaps (Linux)")
def test_a_table_smaller_than_apart_from_is_read_through_its_map(tmp_path, monkeypatch):
    path, values = _table_file(tmp_path, size=40_000)
    table = WordTable.load(path)
    table._sample = table._sample_words()
    mapped_files.release()
    monkeypatch.setattr(mapped_files, "reading_apart", True)
    monkeypatch.setattr(mapped_files, "apart_from", path.stat().st_size + 1)
    assert all(table.get(w) == v for w, v in values.items())
    assert _resident_kb(path) >= 200


def test_a_large_gap_count_file_read_apart_answers_as_through_its_map_and_maps_only_its_bounds(monkeypatch):
    from newslint.checks.confusables import near_words
    from newslint.checks.slips import gaps

    assert gaps.GapCounts(gaps.TABLE)._source is None  # 4 MB asked often: read through its map
    through, apart = near_words.NearCounts(), near_words.NearCounts()
    assert apart._table._source is not None  # 13.9 MB
    words = sorted(near_words.candidate_words())[::20]
    asked = [(w,) for w in words] + list(zip(words, words[1:])) + [("the", w) for w in words] + [("of", "the", w) for w in words]
    answers = [through.count(*a) for a in asked]
    assert sum(1 for n in answers if n) > len(words)  # hits and misses both
    mapped_files.release()
    monkeypatch.setattr(mapped_files, "reading_apart", True)
    assert [apart.count(*a) for a in asked] == answers
    if sys.platform.startswith("linux"):
        assert _resident_kb(near_words.TABLE) <= 4 * (gaps.BUCKETS + 1) // 1024 + 64  # the bounds alone


def test_a_large_drafts_answers_are_not_kept_a_long_runs_are(tmp_path, monkeypatch):
    path, values = _table_file(tmp_path)
    table = WordTable.load(path)
    monkeypatch.setattr(mapped_files, "reading_apart", True)
    monkeypatch.setattr(mapped_files, "apart_from", 0)  # a large draft
    assert [table.get(w) for w in values] == [table.get(w) for w in values] == list(values.values())
    assert table._found == {}
    monkeypatch.setattr(mapped_files, "apart_from", 1)  # a long run's (the file is read apart too)
    assert [table.get(w) for w in values] == list(values.values())
    assert len(table._found) == len(values)
