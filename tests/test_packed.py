"""PackedRows: a large draft's rows kept column by column read as the list of them does."""

from typing import NamedTuple

import pytest

from newslint.packed import PackedRows, offsets


class Pair(NamedTuple):
    start: int
    text: str


ROWS = [Pair(3, "council"), Pair(11, "voted"), Pair(300_000, "Zoë")]


def packed() -> PackedRows:
    return PackedRows(Pair, offsets(r.start for r in ROWS), [r.text for r in ROWS])


def test_reads_as_the_list_of_its_rows():
    rows = packed()
    assert len(rows) == 3
    assert list(rows) == ROWS and rows == ROWS and ROWS == rows
    assert rows[0] == Pair(3, "council") and rows[0].text == "council"
    assert rows[-1] == Pair(300_000, "Zoë")
    assert rows[1:] == ROWS[1:] and isinstance(rows[1:], list)
    assert rows[::-1] == ROWS[::-1] and rows[5:] == []
    assert all(type(row) is Pair for row in rows)
    with pytest.raises(IndexError):
        rows[3]


def test_plain_tuples_and_inequality():
    rows = PackedRows(tuple, ["the", "mayor"], offsets([0, 4]), offsets([3, 9]))
    assert list(rows) == [("the", 0, 3), ("mayor", 4, 9)]
    assert type(rows[0]) is tuple
    assert rows != [("the", 0, 3)]
    assert rows != [("the", 0, 3), ("mayor", 4, 10)]
    assert PackedRows(tuple, [], offsets()) == []


def test_a_large_draft_packs_its_words_and_tokens_and_reads_the_same(monkeypatch):
    import newslint.analysis.vocabulary as vocabulary
    import newslint.document as document
    from newslint.document import Document

    paragraph = "The council voted on the budget, and the mayor signed it on Friday."
    text = "\n\n".join(f"{paragraph} Item {n}." for n in range(document.SHARED_WORDS_FROM // 70 + 1)) + "\n"
    large = Document(text, path="large.md")
    assert isinstance(large.words, PackedRows)
    lexicon = large.analysis("lexicon")
    every = [list(lexicon.tokens_of(i)) for i in range(len(large.paragraphs))]
    assert len(lexicon._unpacked) <= vocabulary._UNPACKED_KEPT  # the lists kept are few
    # a paragraph read again, after its list was let go, reads the same
    assert lexicon.tokens_of(0) == every[0]
    assert lexicon.token_index(5, every[5][3][1]) == 3

    monkeypatch.setattr(document, "SHARED_WORDS_FROM", len(text) + 1)
    plain = Document(text, path="large.md")
    assert isinstance(plain.words, list) and plain.words == large.words
    assert [plain.analysis("lexicon").tokens_of(i) for i in range(len(plain.paragraphs))] == every
    # a sentence's tokens, packed, tag as the list does, read in pieces or whole
    packed_sentences = large.analysis("tags").sentences[:40]
    listed_sentences = plain.analysis("tags").sentences[:40]
    assert isinstance(packed_sentences[0].plain, PackedRows) and isinstance(listed_sentences[0].plain, list)
    for packed_sentence, listed in zip(packed_sentences, listed_sentences):
        assert packed_sentence.tokens[2] == listed.tokens[2]
        assert list(packed_sentence.tokens) == list(listed.tokens)
        assert packed_sentence.index_at(listed.plain[-1].start) == len(listed.plain) - 1
