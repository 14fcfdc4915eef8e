"""Markdown structure for the Document, from markdown-it-py's block map.

markdown-it-py gives each block the lines it covers; inline syntax (link targets, code spans,
HTML, emphasis markers) carries no positions, so the few inline forms that are not prose are
found by small patterns over the block text and masked with spaces.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .spans import Block

if TYPE_CHECKING:
    from .document import Document

_URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"'”’)\]]*[^\s<>\"'”’.,;:!?)\]]")
_MD_INLINE = [
    re.compile(r"<!--.*?-->", re.S),  # comments
    re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"),  # images
    re.compile(r"<(?:https?|ftp|mailto):[^>\s]+>|<[\w.+-]+@[\w-]+\.[\w.-]+>"),  # autolinks
    re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"),  # HTML tags
    re.compile(r"\\(?=[!-/:-@\[-`{-~])"),  # backslash escapes
    re.compile(r"\*+|(?<!\w)_+|_+(?!\w)"),  # emphasis markers
]
_LINK = re.compile(r"(\[)[^\[\]\n]*(\]\([^)\n]*\)|\]\[[^\]\n]*\])")
_LINE_MARKERS = {
    "heading": re.compile(r"^[ \t]*(?:#{1,6}(?=[ \t]|$)|[=-]+[ \t]*$)|[ \t]#+[ \t]*$", re.M),
    "blockquote": re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M),
    "list_item": re.compile(r"^[ \t]*(?:>[ \t]?)*(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)", re.M),
    "table": re.compile(r"\||^[ \t]*:?-{3,}:?[ \t]*(?=\||$)", re.M),
}


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def markdown_blocks(doc: "Document") -> list[Block]:
    fm_end = doc.front_matter_span.end
    # markdown-it sees the front matter as blank lines, so its line numbers stay the file's.
    source = re.sub(r"[^\n]", " ", doc.text[:fm_end]) + doc.text[fm_end:]
    # markdown-it breaks lines at a lone carriage return (an old Mac file), as the Document does.
    blocks: list[Block] = []
    containers: list[str] = []
    skip_until = -1
    for token in _parser().parse(source):
        if token.type in ("blockquote_open", "list_item_open"):
            containers.append(token.type[: -len("_open")])
        elif token.type in ("blockquote_close", "list_item_close"):
            containers.pop()
        if token.map is None or token.map[0] < skip_until:
            continue
        first, last = token.map
        kind = None
        if token.type == "paragraph_open":
            kind = containers[-1] if containers else "paragraph"
        elif token.type == "heading_open":
            kind = "heading"
        elif token.type in ("fence", "code_block"):
            kind = "code"
        elif token.type == "html_block":
            kind = "html"
        elif token.type == "table_open":
            kind = "table"
            skip_until = last
        elif token.type == "hr":
            kind = "rule"
        if kind is None:
            continue
        start = doc.line_span(first).start
        end = doc.line_span(last - 1).end
        blocks.append(Block(start, end, kind))
    return blocks


_BACKTICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n(?=[ \t]*\n)")


def code_spans(text: str) -> list[tuple[int, int]]:
    """Code spans: a run of backticks, then the next run that is as long or longer, when it is
    exactly as long and no blank line lies between. In linear time (a pattern with a repeated
    group took exponential time on a long run of backticks).

    TeX-style quotation marks (``…''), not code, are left as prose.
    """
    runs = [m.span() for m in _BACKTICKS.finditer(text)]
    # for each run, the index of the next run at least as long (a monotonic stack)
    closer = [len(runs)] * len(runs)
    waiting: list[int] = []
    for index, (start, end) in enumerate(runs):
        while waiting and runs[waiting[-1]][1] - runs[waiting[-1]][0] <= end - start:
            closer[waiting.pop()] = index
        waiting.append(index)
    blank_lines = [m.start() for m in _BLANK_LINE.finditer(text)]
    spans = []
    index = 0
    while index < len(runs):
        start, end = runs[index]
        following = closer[index]
        if following < len(runs):
            close_start, close_end = runs[following]
            blank = bisect.bisect_left(blank_lines, end)
            if close_end - close_start == end - start and (
                blank == len(blank_lines) or blank_lines[blank] >= close_start
            ):
                if "''" not in text[end:close_start]:
                    spans.append((start, close_end))
                index = following + 1
                continue
        index += 1
    return spans


def mask_inline(doc: "Document") -> list[tuple[int, int]]:
    """Spans inside prose blocks that are not prose: URLs, and Markdown syntax in Markdown."""
    text = doc.text
    if "\r" in text:  # line patterns see a lone carriage return as the line break it is
        text = re.sub(r"\r(?!\n)", "\n", text)
    spans = [m.span() for m in _URL.finditer(text)]
    if not doc.is_markdown:
        return spans
    for block in doc.blocks:
        pattern = _LINE_MARKERS.get(block.kind)
        if pattern:
            spans += [
                (block.start + m.start(), block.start + m.end())
                for m in pattern.finditer(text[block.start : block.end])
            ]
    spans += code_spans(text)
    for pattern in _MD_INLINE:
        spans += [m.span() for m in pattern.finditer(text)]
    for match in _LINK.finditer(text):
        spans += [match.span(1), match.span(2)]
    return spans
