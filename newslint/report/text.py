"""``--format text``: for people at a terminal.

Each finding is ``path:line:col: CODE message``, then the part of its line around it with the
words underlined, its suggestions and the other places it points to. News systems put a whole
paragraph on one line, so the line is cut to a window that fits the width (``…`` where it is
cut) and long messages wrap; nothing is wider than ``width`` unless a single word is.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections import Counter

STYLES = {"error": ("red", True), "warning": ("yellow", True), "info": ("blue", False)}
INDENT = "  "
ELLIPSIS = "…"
MIN_WIDTH = 40
SHOWN_PLACES = 2  # the other places of a finding shown with their line; the rest are listed


def _style(text: str, color: bool, fg: str | None = None, bold: bool = False, dim: bool = False) -> str:
    if not color:
        return text
    import click

    # None, not False: click answers bold=False or dim=False with "normal intensity", which
    # would undo the other one
    return click.style(text, fg=fg, bold=bold or None, dim=dim or None)


def render(findings, rules, sources, color: bool = False, quiet: bool = False, statistics: bool = False, files: int = 0, width: int | None = None, **options) -> str:
    width = max(width or 80, MIN_WIDTH)
    # One string a finding, joined at the end: a list of every line of the report, and the
    # list "".join makes of them again, were ~9 MB of the peak of one process over 3,000
    # drafts (5,438 findings; issue 14).
    out = ["".join(line + "\n" for line in _finding(f, sources.get(f.path), color, quiet, width)) for f in findings]
    out.extend(line + "\n" for line in footer(findings, files, color, quiet, statistics))
    return "".join(out)


def location(f, color: bool) -> str:
    """``path:line:col: CODE``."""
    fg, bold = STYLES.get(f.severity, ("magenta", True))
    return f"{_style(f'{printable(f.path)}:{f.line}:{f.column}:', color, bold=True)} {_style(printable(f.code), color, fg=fg, bold=bold)}"


def footer(findings, files: int, color: bool, quiet: bool, statistics: bool) -> list[str]:
    """The counts by rule (``--statistics``) and the summary line; nothing when quiet."""
    out: list[str] = []
    if statistics and findings:
        counts = Counter((f.code, f.name) for f in findings)
        out.append("")
        for (code, name), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"{count:5}  {code}  {name}")
    if quiet:
        return out
    by_level = Counter(f.severity for f in findings)
    noun = "file" if files == 1 else "files"
    if findings:
        parts = [f"{by_level[s]} {s}{'s' if by_level[s] != 1 else ''}" for s in ("error", "warning", "info") if by_level[s]]
        summary = f"Found {len(findings)} problem{'s' if len(findings) != 1 else ''} in {files} {noun} ({', '.join(parts)})."
    else:
        summary = f"All clear: no problems in {files} {noun}."
    out.append(_style(summary, color, bold=True))
    return out


def _finding(f, lines, color: bool, quiet: bool, width: int) -> list[str]:
    if quiet:  # one line, as --format concise
        return [f"{location(f, color)} {printable(f.display_message)}"]
    fg, _ = STYLES.get(f.severity, ("magenta", True))
    where = location(f, False)
    out = _wrap(f"{where} {printable(f.display_message)}", width, INDENT)
    if out[0].startswith(where):
        out[0] = location(f, color) + out[0][len(where) :]
    line = _line(lines, f.line)
    if line is not None:
        end = f.end_column if f.end_line == f.line else len(line) + 1
        out += _excerpt(line, f.column, end, width, "^", color, fg)
    for related in f.related[:SHOWN_PLACES]:
        out += _labelled("note:", printable(f"{related.note}, line {related.line}, column {related.column}"), width, color)
        other = _line(lines, related.line)
        if other is not None and related.end > related.start:
            end = min(related.column + related.end - related.start, len(other) + 1)
            out += _excerpt(other, related.column, end, width, "-", color, None)
    more = f.related[SHOWN_PLACES:]
    if more:
        lines_of = ", ".join(str(r.line) for r in more)
        out += _labelled("note:", f"and {len(more)} more place{'s' * (len(more) > 1)}, on line{'s' * (len(more) > 1)} {lines_of}", width, color)
    if f.suggestions:
        text = printable(" | ".join(_shorten(s, width) for s in f.suggestions[:3]))
        out += _labelled("suggestion:", text, width, color)
    return out


def _labelled(label: str, text: str, width: int, color: bool) -> list[str]:
    out = _wrap(f"{INDENT}{label} {text}", width, INDENT * 2)
    out[0] = out[0].replace(label, _style(label, color, dim=True), 1)
    return out


# Control characters of a draft (an escape sequence, a bell) are never sent to the terminal:
# each shows as one replacement character, so columns stay where they were.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    return _CONTROL.sub("\ufffd", text)


def _line(lines, number: int) -> str | None:
    if lines and 0 < number <= len(lines):
        return printable(lines[number - 1].rstrip("\r\n").expandtabs(1))
    return None


def _wrap(text: str, width: int, indent: str) -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) or [text]


def _shorten(text: str, width: int) -> str:
    """A suggestion as long as a paragraph is cut in the middle: its two ends show the change."""
    limit = max(20, width - 16)
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return text[:half] + ELLIPSIS + text[-half:]


def _cell(ch: str) -> int:
    """Terminal columns taken by one character: wide (East Asian) ones take two, combining
    marks and zero-width ones none."""
    if unicodedata.combining(ch) or ch in "\u200b\u200c\u200d\ufeff":
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def cells(text: str) -> int:
    """Terminal columns taken by ``text``."""
    return sum(map(_cell, text))


def fits(text: str, room: int) -> bool:
    """``cells(text) <= room``, reading no further than it must: a draft may be one line of
    a megabyte, and every finding on it asks."""
    total = 0
    for ch in text:
        total += _cell(ch)
        if total > room:
            return False
    return True


def window(line: str, start: int, end: int, room: int) -> tuple[int, int]:
    """The part ``[a, b)`` of ``line`` to show for the span ``[start, end)`` (0-based) in
    ``room`` columns: the whole line when it fits, else a window with the span a third of the
    way in, cut at spaces where they are near (room is kept for an ellipsis at either end)."""
    if fits(line, room):
        return 0, len(line)
    room -= 2
    before = max(0, room - cells(line[start:end])) // 3
    a = start
    while a > 0 and cells(line[a - 1 : start]) <= before:
        a -= 1
    b = a
    while b < len(line) and cells(line[a : b + 1]) <= room:
        b += 1
    while a > 0 and b == len(line) and cells(line[a - 1 : b]) <= room:
        a -= 1  # the line's end shows: spend the room left before the span
    space = line.find(" ", a, start)
    if a > 0 and 0 <= space - a < 15:
        a = space + 1
    space = line.rfind(" ", end, b)
    if b < len(line) and space >= 0 and b - space < 15:
        b = space
    return a, b


def _excerpt(line: str, column: int, end_column: int, width: int, mark: str, color: bool, fg) -> list[str]:
    start = max(0, min(column - 1, len(line)))
    end = max(start, min(end_column - 1, len(line)))
    a, b = window(line, start, end, width - len(INDENT))
    left = ELLIPSIS if a > 0 else ""
    right = ELLIPSIS if b < len(line) else ""
    shown = left + line[a:b] + right
    lead = cells(left + line[a:start])
    marks = max(1, cells(line[start : min(end, b)]))
    return [INDENT + shown, INDENT + " " * lead + _style(mark * marks, color, fg=fg)]
