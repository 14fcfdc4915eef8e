"""The document model: blocks, paragraphs, words and positions on real-looking drafts."""

import pytest

from newslint.document import Document, decode, load
from newslint.errors import InputError

MARKDOWN = """---
title: "Putin pledges support"
date: 2024-08-20
dateline: Baku
---

# Putin pledges support

Baku, Aug 20 (IANS): Georgian delegate Tamar Beridze spoke in [Baku](https://example.com/baku).

> “We are prepared to assist,” Putin said.

- Ilham Aliyev met him on Monday.
- Talks went well.

```
TK this is code, not prose
```

<!-- TK an editor's comment -->

Read the report at <https://example.com/report> or `TK` in code.
"""


def test_front_matter_is_read_and_masked():
    doc = Document(MARKDOWN, path="draft.md")
    assert doc.front_matter["title"] == "Putin pledges support"
    assert str(doc.front_matter["date"]) == "2024-08-20"
    assert doc.prose[: doc.front_matter_span.end].strip() == ""


def test_markdown_blocks_know_their_kind():
    doc = Document(MARKDOWN, path="draft.md")
    kinds = [(p.kind, doc.text_of(p)[:12]) for p in doc.paragraphs]
    assert kinds == [
        ("heading", "Putin pledge"),
        ("paragraph", "Baku, Aug 20"),
        ("blockquote", "“We are prep"),
        ("list_item", "Ilham Aliyev"),
        ("list_item", "Talks went w"),
        ("paragraph", "Read the rep"),
    ]


def test_code_comments_and_link_targets_are_not_prose():
    doc = Document(MARKDOWN, path="draft.md")
    assert "TK" not in doc.prose
    assert "https" not in doc.prose
    assert "[Baku]" not in doc.prose and " Baku " in doc.prose
    assert len(doc.prose) == len(doc.text)


def test_line_and_column_of_the_file_as_written():
    doc = Document(MARKDOWN, path="draft.md")
    offset = doc.text.index("Tamar")
    assert doc.line_col(offset) == (9, 40)
    word = next(w for w in doc.words if w.text == "Aliyev")
    assert doc.line_col(word.start) == (13, 9)


def test_crlf_bom_tabs_and_non_ascii_columns():
    raw = "\ufeffHeadline\r\n\r\n\tZoë Müller said the the vote was close.\r\n"
    doc = Document(raw, path="draft.txt")
    offset = doc.text.index("the the")
    assert doc.line_col(offset) == (3, 18)
    assert doc.text_of(doc.paragraphs[1]).endswith("close.")


def test_crlf_line_breaks_are_one_break_each_not_a_blank_line():
    lf = "The plan would\neffect thousands of people.\n\nA second paragraph.\n"
    for text in (lf, lf.replace("\n", "\r\n"), lf.replace("\n", "\r")):
        doc = Document(text, path="draft.txt")
        assert [doc.text_of(p).split()[0] for p in doc.paragraphs] == ["The", "A"], repr(text)


def test_bom_bytes_are_dropped_and_bad_bytes_name_their_offset(tmp_path):
    assert decode("\ufeffTitle".encode("utf-8"), "a.txt") == "Title"
    with pytest.raises(InputError, match="byte offset 6"):
        decode(b"Title \xff more", "a.txt")
    with pytest.raises(InputError, match="NUL byte at byte offset 2"):
        decode(b"ab\x00cd", "a.txt")
    missing = tmp_path / "missing.txt"
    with pytest.raises(InputError, match="cannot read"):
        load(missing)


def test_text_draft_headline_and_paragraphs():
    doc = Document("Harbour fees rise again\n\nSo-called berth charges doubled.\n\nMore.", path="a.txt")
    assert [p.kind for p in doc.paragraphs] == ["headline", "paragraph", "paragraph"]


def test_one_paragraph_per_line_when_not_hard_wrapped():
    long_line = "Scenes from the rally will keep the writer awake at night, " * 3
    text = f"Headline\n\n{long_line.strip()}\nIt was not just the cries that rattled him.\n"
    doc = Document(text, path="a.txt")
    assert not doc.hard_wrapped
    assert [doc.text_of(p)[:8] for p in doc.paragraphs] == ["Headline", "Scenes f", "It was n"]


def test_hard_wrapped_lines_join_into_one_paragraph():
    text = "Headline\n\nThe mayor said the\nvote would be held\nin May.\n"
    doc = Document(text, path="a.txt")
    assert doc.hard_wrapped
    assert doc.text_of(doc.paragraphs[1]) == "The mayor said the\nvote would be held\nin May."


def test_sentences_respect_abbreviations():
    doc = Document("Headline\n\nMr. Smith met Gov. Pence in Washington, D.C. on Jan. 5. They talked. Was it good? Yes.", path="a.txt")
    sentences = [doc.text_of(s) for s in doc.sentences[1:]]
    assert sentences == [
        "Mr. Smith met Gov. Pence in Washington, D.C. on Jan. 5.",
        "They talked.",
        "Was it good?",
        "Yes.",
    ]


def test_invalid_front_matter_is_an_input_error():
    with pytest.raises(InputError, match="front matter is not valid YAML"):
        Document("---\ntitle: [unclosed\n---\n\nText.", path="a.md")


def test_a_large_draft_keeps_one_copy_of_each_word_text(monkeypatch):
    import newslint.document as document

    paragraph = "The council voted on the budget, and the mayor signed it on Friday."
    text = "\n\n".join([paragraph] * (document.SHARED_WORDS_FROM // len(paragraph) + 1)) + "\n"
    large = Document(text, path="large.md")
    assert large.word_copies is not None
    words = [w for w in large.words if w.text == "council"]
    assert len(words) > 1000 and all(w.text is words[0].text for w in words)
    tokens = large.analysis("lexicon").tokens
    the = [t for paragraph_tokens in tokens for t in paragraph_tokens if t[3] == "the"]
    assert len(the) > 1000 and all(t[0] is the[0][0] and t[3] is the[0][3] for t in the)
    mayors = [t for s in large.analysis("tags").sentences for t in s.plain if t.text == "mayor"]
    assert len(mayors) > 1000 and all(t.text is mayors[0].text for t in mayors)

    # the same tables, word for word, as a draft that keeps a string apiece
    monkeypatch.setattr(document, "SHARED_WORDS_FROM", len(text) + 1)
    plain = Document(text, path="large.md")
    assert plain.word_copies is None
    assert plain.words == large.words
    assert list(plain.analysis("lexicon").tokens) == list(tokens)
    tagged = [s.plain for s in plain.analysis("tags").sentences]
    assert tagged == [s.plain for s in large.analysis("tags").sentences]
    assert Document("The mayor spoke.\n", path="small.md").word_copies is None
