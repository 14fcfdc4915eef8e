"""The Document: a draft's text and its structure, every part an exact offset into the text.

Rules never search the text again to find where something was: blocks, paragraphs, sentences
and words all carry character offsets into ``Document.text``, and ``line_col`` turns an
offset into the 1-based line and column of the file as written (front matter included).

``Document.prose`` is the same text with everything that is not prose (front matter, code,
HTML, link targets, URLs, Markdown markers) replaced by spaces, so that offsets stay the same.
"""

from __future__ import annotations

import bisect
import os
import re
import stat
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple, Sequence

from .errors import InputError
from .front_matter import read_front_matter
from .packed import PackedRows, offsets
from .spans import Block, Span, trim_span
from .tokens import DOCUMENT_WORD

# A disable comment (<!-- newslint-disable-next-line B201 -->): the gate obeys it, the codes it
# names are checked, and in a plain-text draft it is no prose.
DISABLE_COMMENT = re.compile(
    r"<!--\s*newslint-(disable-next-line|disable|enable)\b([^>]*?)-->", re.IGNORECASE
)

MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt",)

# Kinds of block. Prose kinds are linted as prose; the others are masked out of ``prose``.
PROSE_KINDS = ("headline", "heading", "paragraph", "list_item", "blockquote", "table")

# A draft whose prose lines are all at most this long is taken to be hard-wrapped: its lines
# join into paragraphs. Longer lines mean one paragraph per line, as news systems export them.
HARD_WRAP_WIDTH = 100

# The largest draft linted, in bytes (``max-draft-size``): a run stays bounded in time and memory
# (2 MB of copy lints in about 15 s and 400 MB; a news story is rarely over 50 kB).
MAX_DRAFT_SIZE = 2_000_000


@dataclass(frozen=True, slots=True)  # (a large draft has tens of thousands of them)
class Paragraph:
    """A paragraph of prose; ``kind`` is the kind of block it belongs to."""

    start: int
    end: int
    kind: str
    index: int


# From this many characters a draft's word tables keep one copy of each word's text
# (``Document.word_copies``).
SHARED_WORDS_FROM = 100_000


class Word(NamedTuple):
    """A word of the prose. A named tuple, not a dataclass: a draft has thousands, and a
    tuple is made in half the time (the dev corpus's 154,000 words: 0.19 -> 0.09 s)."""

    start: int
    end: int
    text: str


def decode(data: bytes, path: str) -> str:
    """Decode a draft's bytes as UTF-8 (a BOM is dropped); bad bytes are an InputError."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{path}: contains a NUL byte at byte offset {nul}; is it a text file?")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 at byte offset {exc.start}; save it as UTF-8"
        ) from None


def check_size(name: str, size: int, limit: int | None) -> None:
    """An InputError when a draft of ``size`` bytes is over ``limit``."""
    if limit is not None and size > limit:
        raise InputError(
            f"{name}: {size:,} bytes, over the maximum draft size of {limit:,} (max-draft-size)"
        )


def read_text(path: str | Path, display: str | None = None, limit: int | None = None) -> str:
    """A draft file's text. Any problem reading or decoding it, or a file of more than ``limit``
    bytes, is an InputError."""
    name = display or str(path)
    try:
        # Opened without waiting: a named pipe in a folder would otherwise block the run forever.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(handle, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise InputError(f"{name}: not a regular file (a named pipe, socket or device); not read")
            check_size(name, st.st_size, limit)
            data = fh.read() if limit is None else fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    check_size(name, len(data), limit)
    return decode(data, name)


def load(path: str | Path, display: str | None = None) -> "Document":
    """Read and parse a draft file. Any problem reading it is an InputError."""
    name = display or str(path)
    return Document(read_text(path, name), path=name)


# What ends a line, as editors, git and the Language Server Protocol count lines: CR LF, LF or
# a lone CR (old Mac files). Not the other characters str.splitlines() takes (VT, FF, NEL,
# U+2028): every report and the baseline count lines with split_lines, as the Document does.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset`` in ``text``, counted as the
    Document counts them (without building one)."""
    start, line = 0, 1
    for match in _LINE_BREAK.finditer(text, 0, offset):
        start, line = match.end(), line + 1
    return line, offset - start + 1


def line_starts(text: str) -> list[int]:
    """The offset of each line's first character, the lines counted as the Document counts them
    (the language server maps its positions with the same list)."""
    return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` without their line breaks, as the Document numbers them."""
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


class Document:
    """One draft: its text, front matter, blocks, paragraphs, sentences and words."""

    def __init__(self, text: str, path: str = "<stdin>", markdown: bool | None = None):
        # The text exactly as given: decode() drops a file's byte order mark; a second one is
        # a character of the draft (its columns count it and --fix keeps it).
        self.text = text
        self.path = path
        self.is_markdown = (
            markdown if markdown is not None else path.lower().endswith(MARKDOWN_SUFFIXES)
        )
        self._analyses: dict[str, Any] = {}
        self.line_starts = line_starts(text)
        self.front_matter_span, self.front_matter = read_front_matter(self.text, self.path, self.is_markdown)
        if self.is_markdown:
            from .markdown import markdown_blocks

            self.blocks = markdown_blocks(self)
        else:
            self.blocks = _text_blocks(text, self.front_matter_span.end)
        self.prose = self._mask()

    # -- positions ---------------------------------------------------------------------

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of an offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_span(self, line_index: int) -> Span:
        """The 0-based line's content, without its line break."""
        start = self.line_starts[line_index]
        end = (
            self.line_starts[line_index + 1] - 1
            if line_index + 1 < len(self.line_starts)
            else len(self.text)
        )
        if end > start and self.text[end - 1] == "\r" and self.text[end] == "\n":
            end -= 1
        return Span(start, end)

    def line_text(self, line_number: int) -> str:
        span = self.line_span(line_number - 1)
        return self.text[span.start : span.end]

    # -- structure ---------------------------------------------------------------------

    def _mask(self) -> str:
        from .markdown import mask_inline

        chars = list(self.text)
        covered = 0
        for block in self.blocks:
            _blank(chars, covered, block.start)
            if block.kind not in PROSE_KINDS:
                _blank(chars, block.start, block.end)
            covered = block.end
        _blank(chars, covered, len(chars))
        for start, end in mask_inline(self):
            _blank(chars, start, end)
        if not self.is_markdown and "newslint-" in self.text:  # a disable comment is no prose
            for match in DISABLE_COMMENT.finditer(self.text):
                _blank(chars, match.start(), match.end())
        return "".join(chars)

    @cached_property
    def hard_wrapped(self) -> bool:
        longest = max((len(line.strip()) for line in split_lines(self.prose)), default=0)
        return longest <= HARD_WRAP_WIDTH

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        """Prose paragraphs. In a draft that is not hard-wrapped, each line is a paragraph."""
        found: list[Paragraph] = []
        for block in self.blocks:
            if block.kind not in PROSE_KINDS:
                continue
            pieces = [Span(block.start, block.end)]
            if not self.hard_wrapped:
                pieces = _lines_of(self.prose, block.start, block.end)
            for piece in pieces:
                span = trim_span(self.prose, piece.start, piece.end)
                if span.end > span.start:
                    kind = block.kind
                    if kind == "paragraph" and _BULLET.match(self.prose, span.start):
                        kind = "list_item"
                    found.append(Paragraph(span.start, span.end, kind, len(found)))
        return found

    @cached_property
    def body(self) -> list[Paragraph]:
        """Paragraphs of running copy: not headlines, headings or tables."""
        return [p for p in self.paragraphs if p.kind in ("paragraph", "blockquote", "list_item")]

    @cached_property
    def sentences(self) -> list[Span]:
        from .sentences import split_sentences

        found: list[Span] = []
        for paragraph in self.paragraphs:
            found.extend(split_sentences(self.prose, paragraph.start, paragraph.end))
        return found

    @cached_property
    def words(self) -> Sequence[Word]:
        """The words of the prose, in order: a list, or in a large draft (``word_copies``)
        the same rows packed (``PackedRows``: a 1 MB draft's words in 3 MB, not 22)."""
        prose = self.prose
        copies = self.word_copies
        if copies is None:
            make = tuple.__new__  # a Word made as a tuple: a fifth less time
            found: list[Word] = []
            for paragraph in self.paragraphs:
                found += [
                    make(Word, (match.start(), match.end(), match.group()))
                    for match in DOCUMENT_WORD.finditer(prose, paragraph.start, paragraph.end)
                ]
            return found
        starts, ends, texts = offsets(), offsets(), []
        one_copy = copies.setdefault
        for paragraph in self.paragraphs:
            spans = [match.span() for match in DOCUMENT_WORD.finditer(prose, paragraph.start, paragraph.end)]
            starts.extend(a for a, _ in spans)
            ends.extend(b for _, b in spans)
            texts += [one_copy(text, text) for a, b in spans for text in (prose[a:b],)]
        return PackedRows(Word, starts, ends, texts)

    @cached_property
    def word_copies(self) -> dict[str, str] | None:
        """One copy of each word's text, for the tables that hold a large draft's words
        (``words``, the lexicon's tokens): ``word_copies.setdefault(text, text)`` is the copy.

        A large draft repeats its words, and a string apiece took a third of the memory those
        tables held (a 1 MB draft's peak 245 -> 218 MB). None for a draft under
        ``SHARED_WORDS_FROM`` characters, whose tables are small beside the word lists every
        run loads, and which would pay ~1% more CPU for the look-ups."""
        return {} if len(self.text) >= SHARED_WORDS_FROM else None

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_at(self, offset: int) -> Paragraph | None:
        index = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if index >= 0 and offset < self.paragraphs[index].end:
            return self.paragraphs[index]
        return None

    def analysis(self, name: str) -> Any:
        """A shared view of this document (quotes, dates …), computed once, on first use."""
        if name not in self._analyses:
            from .analysis import compute

            self._analyses[name] = compute(name, self)
        return self._analyses[name]

    def release(self) -> None:
        """Drop the analyses, for a caller done with the draft. They refer back to the
        document, so that otherwise only the garbage collector frees them, drafts later: over
        the dev corpus in one process, releasing them lowered the peak memory from 155 to 145 MB."""
        self._analyses.clear()

    def drop_analysis(self, name: str) -> None:
        """Drop one analysis that no rule still to run reads (a large draft's, to lower the
        peak: ``engine.check_document``); asked again, it is computed again."""
        self._analyses.pop(name, None)

    def text_of(self, span: Span | Paragraph | Block | Word) -> str:
        return self.text[span.start : span.end]


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, min(end, len(chars))):
        if chars[i] not in "\r\n":
            chars[i] = " "


def _lines_of(text: str, start: int, end: int) -> list[Span]:
    spans, position = [], start
    for newline in _LINE_BREAK.finditer(text, start, end):
        spans.append(Span(position, newline.start()))
        position = newline.end()
    if position < end:
        spans.append(Span(position, end))
    return spans


_BULLET = re.compile(r"[-*•–]\s")
# a lone CR is a line break only when no LF follows: CR LF is one break, never two
_BLANK_LINES = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t]*(?:(?:\r\n|\r(?!\n)|\n)[ \t]*)+")


def _text_blocks(text: str, start: int) -> list[Block]:
    """Blocks of a plain-text draft: runs of lines separated by blank lines.

    The first block is the headline when it is a single line, as news systems export stories.
    """
    blocks: list[Block] = []
    position = start
    for match in list(_BLANK_LINES.finditer(text, start)) + [None]:
        stop = match.start() if match else len(text)
        span = trim_span(text, position, stop)
        if span.end > span.start:
            kind = "paragraph"
            if not blocks and "\n" not in text[span.start : span.end]:
                kind = "headline"
            blocks.append(Block(span.start, span.end, kind))
        if match:
            position = match.end()
    return blocks
