"""The one reader of the word lists and tables that newslint ships in ``newslint/data/``.

A data file is UTF-8 text with one entry a line; a line that starts with "#" is a comment and a
blank line is nothing. A name ending in ".gz" is read decompressed. Each caller keeps what it
builds from the lines behind ``functools.lru_cache``, so a file is read on first use, never at
import time. Binary tables (``*.bin``) have readers of their own (``wordtable.py``, ``ngrams.py``).
"""

from __future__ import annotations

import os
from pathlib import Path

from .pattern_cache import file_stamp, kept

DATA = Path(__file__).resolve().parent / "data"


def data_path(name: str) -> Path:
    """Where the data file ``name`` ("to_verbs.txt") lies."""
    return DATA / name


def data_text(name: str) -> str:
    """The text of a data file, decompressed when its name ends in ".gz".

    Decompressing the largest lists (verb and noun forms, countability, governed prepositions:
    ~2 ms of a one-draft run) is done once: the command line's table (``pattern_cache.kept``)
    keeps the text, under the compressed file's checksum and size, so that a changed file is
    read afresh."""
    raw = (DATA / name).read_bytes()
    if not name.endswith(".gz"):
        return raw.decode("utf-8")
    import zlib

    return kept(("data file", name, len(raw), zlib.crc32(raw)), lambda: _decompressed(raw))


def _decompressed(raw: bytes) -> str:
    import gzip

    return gzip.decompress(raw).decode("utf-8")


def _read_entries(name: str) -> str:
    """The entries of a data file (``data_lines``) joined by newlines, read from the file."""
    raw = (DATA / name).read_bytes()
    text = _decompressed(raw) if name.endswith(".gz") else raw.decode("utf-8")
    return "\n".join(line for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _entries(name: str) -> str:
    """The entries of a data file joined by newlines (an entry holds no line break).

    Reading, decoding and picking out the entries of the ~40 files a one-draft run reads cost
    ~3.5 ms of it; the command line's table (``pattern_cache.kept``) keeps the result, under
    the file's size, modification and change times and inode (as a ``.pyc`` is checked
    against its source's, and a rewritten or reinstalled file, whatever its times, has a new
    change time), and a run then only splits it."""
    status = os.stat(DATA / name)
    return kept(("data entries", name, file_stamp(status)), lambda: _read_entries(name))


def data_entries(name: str) -> str:
    """The entries of a data file joined by newlines: its lines, as written, without blank
    lines and comments (``data_lines`` unsplit, for a reader that finds its way in the text)."""
    return _entries(name)


def data_lines(name: str) -> list[str]:
    """The entries of a data file: its lines, as written, without blank lines and comments."""
    entries = _entries(name)
    return entries.split("\n") if entries else []


def data_words(name: str) -> frozenset[str]:
    """Every whitespace-separated word of a data file's entries, as written."""
    return frozenset(_entries(name).split())


def data_section_spans(name: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """A data file's entries (``data_entries``) and where the lines of each "[section]" lie in
    them (``data_sections`` unsplit; a heading starts its line): section -> (start, end), for
    a reader that reads a section in place (one of a single line of words:
    ``sorted_words.SortedLine``). Lines before the first section are under ""."""
    text = _entries(name)
    heads = []  # (where a heading starts, where its line ends, the section)
    at = 0 if text.startswith("[") else text.find("\n[") + 1 or -1
    while at >= 0:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        heading = text[at:end].rstrip()
        if heading.endswith("]"):
            heads.append((at, end, heading[1:-1]))
        at = text.find("\n[", end) + 1 or -1
    first = heads[0][0] if heads else len(text)
    spans = {"": (0, max(0, first - 1))} if first else {}
    for (_, line_end, section), following in zip(heads, heads[1:] + [None]):
        end = following[0] - 1 if following else len(text)
        if section in spans:
            raise ValueError(f"{name}: the section [{section}] twice")
        spans[section] = (min(line_end + 1, end), end)
    return text, spans


def data_sections(name: str) -> dict[str, list[str]]:
    """The entries of a data file split by its "[section]" lines: section -> its lines. Lines
    before the first section are under ""."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in data_lines(name):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections
