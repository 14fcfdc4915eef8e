"""A draft as the editor has it: its text, its version, and LSP positions.

LSP positions are a line and a column counted in the code units of the encoding agreed at
start-up (UTF-16 unless the editor offers another), and lines end at ``\\n``, ``\\r\\n`` or
``\\r`` only (not at the other characters Python's ``splitlines`` breaks on, such as U+2028,
which drafts pasted from the web carry). newslint's findings are character offsets into the
text; everything here converts between the two exactly.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..document import line_starts

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


def units(text: str, encoding: str = UTF16) -> int:
    """How many code units ``text`` takes in ``encoding``."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


def _char_units(char: str, encoding: str) -> int:
    if encoding == UTF32:
        return 1
    if encoding == UTF8:
        return len(char.encode("utf-8", "surrogatepass"))
    return 2 if ord(char) > 0xFFFF else 1


@dataclass(frozen=True)
class Position:
    """A place in a draft as the editor counts it: line and character, from 0."""

    line: int
    character: int


class Draft:
    """One open draft: ``text`` at ``version``, edited in place by the editor's changes."""

    def __init__(self, uri: str, text: str, version: int | None, encoding: str = UTF16):
        self.uri = uri
        self.version = version
        self.encoding = encoding
        self._set(text)

    def _set(self, text: str) -> None:
        self.text = text
        self.line_starts = line_starts(text)

    # -- positions ---------------------------------------------------------------------

    def _line_end(self, line: int) -> int:
        """Offset of the end of the 0-based ``line``'s content (before its line break)."""
        if line + 1 < len(self.line_starts):
            end = self.line_starts[line + 1]
            return end - 2 if self.text.startswith("\r\n", end - 2) else end - 1
        return len(self.text)

    def offset(self, line: int, character: int) -> int:
        """The character offset of an LSP position.

        A line past the end is the end of the text; a column past the end of its line is the
        end of the line (as LSP says); a column inside a character (half of an emoji in UTF-16)
        is the start of that character.
        """
        if line < 0:
            return 0
        if line >= len(self.line_starts):
            return len(self.text)
        start, end = self.line_starts[line], self._line_end(line)
        character = max(0, character)
        content = self.text[start:end]
        if self.encoding == UTF32 or content.isascii():
            return start + min(character, len(content))
        counted = 0
        for index, char in enumerate(content):
            width = _char_units(char, self.encoding)
            if counted + width > character:
                return start + index
            counted += width
        return end

    def position(self, offset: int) -> Position:
        """The LSP position of a character offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.line_starts, offset) - 1
        start = self.line_starts[line]
        # An offset between "\r" and "\n" belongs to the line's end.
        offset = min(offset, self._line_end(line))
        return Position(line, units(self.text[start:offset], self.encoding))

    # -- edits -------------------------------------------------------------------------

    def edit(self, start: Position, end: Position, new_text: str) -> tuple[int, int]:
        """Replace the text between two positions (a range given backwards is put right);
        return the offsets replaced."""
        a = self.offset(start.line, start.character)
        b = self.offset(end.line, end.character)
        if b < a:
            a, b = b, a
        self._set(self.text[:a] + new_text + self.text[b:])
        return a, b

    def replace(self, text: str) -> None:
        self._set(text)
