"""A draft's front matter: the YAML block between "---" lines at the top of a Markdown draft.

``read_front_matter`` finds the block and reads it; a block of simple entries (dates and
plain quoted strings) is read without importing YAML (``simple_front_matter``).
"""

from __future__ import annotations

import re

from .errors import InputError
from .spans import Span

_FRONT_MATTER_OPEN = re.compile(r"---[ \t]*\r?\n")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M)


def read_front_matter(text: str, path: str, is_markdown: bool) -> tuple[Span, dict]:
    """The front matter's span (from the text's start to its closing line) and its values;
    an empty span and no values when the draft has none. Bad YAML is an InputError."""
    opening = _FRONT_MATTER_OPEN.match(text) if is_markdown else None
    if not opening:
        return Span(0, 0), {}
    closing = _FRONT_MATTER_CLOSE.search(text, opening.end())
    if not closing:
        return Span(0, 0), {}
    simple = simple_front_matter(text[opening.end() : closing.start()])
    if simple is not None:
        return Span(0, closing.end()), simple
    import yaml

    try:
        data = yaml.safe_load(text[opening.end() : closing.start()]) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise InputError(f"{path}: front matter is not valid YAML{where}") from None
    except (ValueError, OverflowError) as exc:  # a date that does not exist: 2021-02-30
        raise InputError(f"{path}: front matter has an impossible value ({exc})") from None
    except RecursionError:
        raise InputError(f"{path}: front matter is nested too deeply") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: front matter must be a mapping of keys to values")
    return Span(0, closing.end()), data


# A front matter line that YAML reads as a string key and a date or a double-quoted string
# with no escapes: "date: 2024-03-05", 'title: "Council approves budget"'. A key YAML would
# read as a boolean or null ("yes", "off", "null") is left to YAML.
_SIMPLE_ENTRY = re.compile(
    r'([a-z_][a-z0-9_-]*):[ ]+(?:(\d{4})-(\d{2})-(\d{2})|"([^"\\]*)")[ ]*', re.IGNORECASE
)
_YAML_WORDS = {"yes", "no", "true", "false", "on", "off", "null"}


def simple_front_matter(body: str) -> dict | None:
    """The front matter as YAML reads it, when every line is blank or a simple entry
    (``_SIMPLE_ENTRY``); else None, and YAML reads it (its import is ~8 ms of a cold run)."""
    import datetime as dt

    found: dict = {}
    for line in body.split("\n"):
        if not line.strip(" "):
            continue
        entry = _SIMPLE_ENTRY.fullmatch(line)
        if entry is None or entry.group(1).lower() in _YAML_WORDS:
            return None
        key, year, month, day, quoted = entry.groups()
        if quoted is not None:
            if not quoted.isprintable():
                return None
            found[key] = quoted
            continue
        try:
            found[key] = dt.date(int(year), int(month), int(day))
        except ValueError:  # an impossible date: YAML's error
            return None
    return found
