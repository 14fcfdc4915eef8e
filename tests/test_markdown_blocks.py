"""The line-by-line reading of simple Markdown drafts gives exactly markdown-it's blocks."""

from hypothesis import assume, given
from hypothesis import strategies as st

from newslint import markdown
from newslint.document import Document
from newslint.errors import InputError


def blocks(text: str):
    doc = Document(text, path="draft.md")
    return markdown.simple_blocks(doc), markdown.parsed_blocks(doc)


def kinds_and_text(text: str, found):
    return [(block.kind, text[block.start : block.end]) for block in found]


def test_paragraphs_and_headings_are_read_without_markdown_it():
    text = (
        "---\ndate: 2024-03-05\n---\n\n# Council approves budget\n\n"
        "The council met on Tuesday and approved\nthe budget for next year.\n"
        "## What comes next\n\"We are pleased,\" said Ana Núñez.\n\n\n#tag 1.5 million\n"
    )
    simple, parsed = blocks(text)
    assert simple == parsed
    assert kinds_and_text(text, simple) == [
        ("heading", "# Council approves budget"),
        ("paragraph", "The council met on Tuesday and approved\nthe budget for next year."),
        ("heading", "## What comes next"),
        ("paragraph", "\"We are pleased,\" said Ana Núñez."),
        ("paragraph", "#tag 1.5 million"),
    ]


def test_the_empty_draft_and_one_without_a_final_line_break():
    assert blocks("") == ([], [])
    simple, parsed = blocks("The mayor resigned.")
    assert simple == parsed and len(simple) == 1


def test_block_syntax_is_left_to_markdown_it():
    for text in (
        "The vote:\n- yes\n- no\n",  # a list interrupts the paragraph
        "1. The first point.\n",
        "> A quoted line.\n",
        "Headline\n========\n",  # a setext heading
        "    indented code\n",
        "<div>html</div>\n",
        "[ref]: https://example.com\n",
        "| a | b |\n|---|---|\n",
        "```\ncode\n```\n",
        "A line\r\nwith Windows breaks.\r\n",
        "\tA tab first.\n",
    ):
        simple, parsed = blocks(text)
        assert simple is None, text
        assert markdown.markdown_blocks(Document(text, path="draft.md")) == parsed


# Lines that make up drafts: plain prose, blank lines and headings, which the simple reading
# takes, and the syntax that must send a draft to markdown-it (on a line of its own or run on
# from a paragraph).
_PLAIN = st.sampled_from([
    "", " ", "  ", "The council met.", "it rained", "“Yes,” she said.", "'No'", "(AP)", "x  ",
    "2024 was dry.", "1.5 million", "10.30am", "# Head", "## Head ##", "#tag", "####### seven",
    "#", "Ñandú", "é", "— a dash", "–", "” she said", "…and", "\ufeffBOM", "«Oui»",
    "**Update:** more", "__init__", "_Reuters_", "*a*", "``Yes,'' he said", "`x`", "-word", "+1",
    "=sum", "--x", "**", "*-*",
])
_SYNTAX = st.sampled_from([
    "\t", "1. first", "2) second", "- item", "* item", "+ item", "> quote", "---", "===", "***",
    "___", "    code", "   three", "<p>", "[a]: /b", "a | b", "```", "~~~", "\\*", "!img", "_x_",
    "\xa0nbsp", "&amp;", "\tx", "\u2003em space", "１. fullwidth", "١. arabic", "* *", "- - -", "_ _ _", "--", "-", "*",
    "+", "==", "= =", "```py", "``` ", "-\tx", "*\tx", "+ x", "  ---", "___ ", "****",
])


@given(st.lists(_PLAIN, max_size=12), st.lists(st.tuples(st.integers(0, 12), _SYNTAX), max_size=2),
       st.booleans(), st.booleans())
def test_simple_reading_matches_markdown_it_on_any_draft(lines, inserted, front_matter, final_break):
    for position, line in inserted:
        lines.insert(position, line)
    text = "\n".join(lines) + ("\n" if final_break else "")
    if front_matter:
        text = "---\ntitle: x\n---\n" + text
    try:
        simple, parsed = blocks(text)
    except InputError:  # lines that read as front matter which is not a mapping
        assume(False)
    if simple is not None:
        assert simple == parsed
