"""Markdown structure for the Document, from markdown-it-py's block map.

markdown-it-py gives each block the lines it covers; inline syntax (link targets, code spans,
HTML, emphasis markers) carries no positions, so the few inline forms that are not prose are
found by small patterns over the block text and masked with spaces.

Most drafts use no block syntax beyond blank lines and ``#`` headings: their blocks are read
line by line (``simple_blocks``) without importing markdown-it-py, ~18 ms of every cold run.
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
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_INLINE = [
    re.compile(r"<(?:https?|ftp|mailto):[^>\s]+>|<[\w.+-]+@[\w-]+\.[\w.-]+>"),  # autolinks
    re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"),  # HTML tags
    re.compile(r"\\(?=[!-/:-@\[-`{-~])"),  # backslash escapes
    re.compile(r"\*+|(?<!\w)_+|_+(?!\w)"),  # emphasis markers
]
_LINK_TEXT = re.compile(r"\[[^\[\]\n]*")
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


# How a line of a plain paragraph starts: a letter, a digit, a straight quotation mark or an
# opening bracket, or any other character beyond ASCII that is not a space (dashes, curly
# quotation marks, ellipses: markdown-it's block syntax is all ASCII). Anything else
# (indentation, list and quote markers, fences, rules, setext underlines, HTML, link reference
# definitions ...) may open or interrupt a block: markdown-it reads it.
_PLAIN_START = re.compile(r"""[^\W_]|["'(]|[^\x00-\x7f\s]""")
# Emphasis, code spans and the like may start a paragraph's line too ("**Update:**", "``Yes,''
# she said", "_Reuters_"), unless the line is a list item, a thematic break, a setext underline
# or a fence (_BLOCK_MARKER); a numbered line opens a list.
_EMPHASIS_START = re.compile(r"[*_`=+-]")
_BLOCK_MARKER = re.compile(r"[-+*](?:[ \t]|$)|([-*_])(?:[ \t]*\1){2,}[ \t]*$|(?:=+|-+)[ \t]*$|`{3}")
_ORDERED_MARKER = re.compile(r"\d{1,9}[.)](?:[ \t]|$)")
_ATX_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")


def simple_blocks(doc: "Document") -> list[Block] | None:
    """The blocks of a draft made only of paragraphs, blank lines and ATX headings, exactly as
    markdown-it reads them; None when any line could be more (then markdown-it decides)."""
    text = doc.text
    fm_end = doc.front_matter_span.end
    if "\r" in text or "|" in text:  # line breaks as markdown-it counts them; tables
        return None
    blocks: list[Block] = []
    paragraph_start = -1  # the offset where the open paragraph began, or -1
    paragraph_end = 0
    first_line = bisect.bisect_left(doc.line_starts, fm_end)
    for index in range(first_line, len(doc.line_starts)):
        start = doc.line_starts[index]
        end = doc.line_starts[index + 1] - 1 if index + 1 < len(doc.line_starts) else len(text)
        if start >= len(text):
            break  # the empty line after a final line break
        line = text[start:end]
        if not line.strip(" "):
            if paragraph_start >= 0:
                blocks.append(Block(paragraph_start, paragraph_end, "paragraph"))
                paragraph_start = -1
            continue
        if line[0] == "#" and _ATX_HEADING.match(line):
            if paragraph_start >= 0:
                blocks.append(Block(paragraph_start, paragraph_end, "paragraph"))
                paragraph_start = -1
            blocks.append(Block(start, end, "heading"))
            continue
        # "#tag" or "#######" is paragraph text
        if _EMPHASIS_START.match(line):
            if _BLOCK_MARKER.match(line):
                return None
        elif not (line[0] == "#" or _PLAIN_START.match(line)) or _ORDERED_MARKER.match(line):
            return None
        if paragraph_start < 0:
            paragraph_start = start
        paragraph_end = end
    if paragraph_start >= 0:
        blocks.append(Block(paragraph_start, paragraph_end, "paragraph"))
    return blocks


def markdown_blocks(doc: "Document") -> list[Block]:
    """The draft's blocks: read line by line when that is certain, else by markdown-it."""
    simple = simple_blocks(doc)
    return simple if simple is not None else parsed_blocks(doc)


def parsed_blocks(doc: "Document") -> list[Block]:
    """The draft's blocks from markdown-it's block map."""
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
    # every URL holds "://" or "www.": a draft with neither is not scanned (most are not)
    spans = [m.span() for m in _URL.finditer(text)] if "://" in text or "www." in text else []
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
    spans += comments(text)
    spans += images(text)
    for pattern in _MD_INLINE:
        spans += [m.span() for m in pattern.finditer(text)]
    spans += link_marks(text)
    return spans


# Inline forms found by scanning forward, each character looked at a bounded number of times:
# patterns such as <!--.*?--> or \]\([^)\n]*\) looked to the end of the draft or the line from
# every opening that never closes, quadratic in a long draft.


def comments(text: str) -> list[tuple[int, int]]:
    """HTML comments, ``<!--`` to the next ``-->``."""
    spans, position = [], 0
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break  # no later comment closes either
        spans.append((start, end + 3))
        position = end + 3
    return spans


def images(text: str) -> list[tuple[int, int]]:
    """Images, ``![alt](target)``: looked for only up to the last ``)`` of each line."""
    spans, start = [], 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        last = text.rfind(")", start, end)
        if last >= 0 and text.find("![", start, last) >= 0:
            spans += [m.span() for m in _IMAGE.finditer(text, start, last + 1)]
        start = end + 1
    return spans


class _NextOf:
    """The first position at or after ``start`` of one of ``chars``; asked with ever larger
    starts, each answer is reused until it is passed."""

    def __init__(self, text: str, chars: str):
        self.pattern = re.compile(f"[{re.escape(chars)}]")
        self.text = text
        self.found = -1

    def __call__(self, start: int) -> int:
        if start > self.found:
            match = self.pattern.search(self.text, start)
            self.found = match.start() if match else len(self.text)
        return self.found


def link_marks(text: str) -> list[tuple[int, int]]:
    """The markers of links, ``[`` and ``](target)`` or ``][ref]``, not the linked words."""
    spans = []
    close_paren, close_bracket = _NextOf(text, ")\n"), _NextOf(text, "]\n")
    position = 0
    while (start := text.find("[", position)) >= 0:
        words = _LINK_TEXT.match(text, start)
        middle = words.end()
        opener = text[middle : middle + 2]
        end = -1
        if opener == "](":
            end = close_paren(middle + 2)
            end = end if end < len(text) and text[end] == ")" else -1
        elif opener == "][":
            end = close_bracket(middle + 2)
            end = end if end < len(text) and text[end] == "]" else -1
        if end < 0:
            position = start + 1
            continue
        spans += [(start, start + 1), (middle, end + 1)]
        position = end + 1
    return spans
