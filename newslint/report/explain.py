"""``newslint explain CODE``: a rule's documentation, its Markdown rendered for a terminal.

The rule's docs are the one text about it (STYLE.md §3). Here emphasis becomes bold (or plain
text without colour), code loses its backticks, a link shows its address, and paragraphs and
list items are wrapped to the terminal's width.
"""

from __future__ import annotations

import re
import textwrap

_STRONG = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)")
_CODE = re.compile(r"``\s?(.+?)\s?``|`([^`]+)`")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_ITEM = re.compile(r"(\s*)([-*+]|\d+[.)])\s+")
_HEADING = re.compile(r"#{1,6}\s+")


def render(rule, width: int = 80, color: bool = False) -> str:
    out = [_bold(f"{rule.code} ({rule.name})", color) + f" · {rule.family} · {rule.severity}", ""]
    out += markdown(rule.docs, width, color)
    flagged = [e for e in rule.examples if e.fires]
    accepted = [e for e in rule.examples if not e.fires and e.text]
    for title, mark, examples in (("Examples it flags:", "✗", flagged), ("Examples it accepts:", "✓", accepted)):
        if examples:
            out += ["", _bold(title, color)]
            out += [f"  {mark} {e.text!r}" for e in examples[:3]]
    return "\n".join(out) + "\n"


def markdown(text: str, width: int = 80, color: bool = False) -> list[str]:
    """Markdown paragraphs, headings and list items as wrapped terminal lines."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.splitlines()
        if lines and _HEADING.match(lines[0]) and len(lines) == 1:
            out += _wrap(_ON + _inline(_HEADING.sub("", lines[0])) + _OFF, width, "", "", color) + [""]
            continue
        if lines and lines[0].startswith(("    ", "\t", "```")):  # an example block: as written
            out += [line for line in lines if not line.startswith("```")] + [""]
            continue
        for item in _items(lines):
            marker = _ITEM.match(item)
            if marker:
                lead = marker.group(1) + marker.group(2) + " "
                body = _inline(item[marker.end():])
                out += _wrap(body, width, lead, " " * len(lead), color)
            else:
                out += _wrap(_inline(item), width, "", "", color)
        out.append("")
    while out and not out[-1]:
        out.pop()
    return out


def _items(lines: list[str]) -> list[str]:
    """The block's list items (with their continuation lines), or the block as one paragraph."""
    if not lines or not _ITEM.match(lines[0]):
        return [" ".join(line.strip() for line in lines)]
    items: list[str] = []
    for line in lines:
        if _ITEM.match(line) or not items:
            items.append(line.rstrip())
        else:
            items[-1] += " " + line.strip()
    return items


# Emphasis is marked with these two characters while a paragraph is wrapped, then turned into
# bold (or dropped without colour), so that the invisible colour codes never count as width.
_ON, _OFF = "\x01", "\x02"


def _inline(text: str) -> str:
    text = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})", text)
    text = _CODE.sub(lambda m: m.group(1) or m.group(2), text)
    text = _STRONG.sub(lambda m: _ON + (m.group(1) or m.group(2)) + _OFF, text)
    return _EMPHASIS.sub(lambda m: _ON + (m.group(1) or m.group(2)) + _OFF, text)


def _wrap(text: str, width: int, first: str, rest: str, color: bool) -> list[str]:
    lines = textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False) or [first]
    on, off = ("\x1b[1m", "\x1b[0m") if color else ("", "")
    return [line.replace(_ON, on).replace(_OFF, off) for line in lines]


def _bold(text: str, color: bool) -> str:
    return f"\x1b[1m{text}\x1b[0m" if color else text
