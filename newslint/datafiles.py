"""The one reader of the word lists and tables that newslint ships in ``newslint/data/``.

A data file is UTF-8 text with one entry a line; a line that starts with "#" is a comment and a
blank line is nothing. A name ending in ".gz" is read decompressed. Each caller keeps what it
builds from the lines behind ``functools.lru_cache``, so a file is read on first use, never at
import time. Binary tables (``*.bin``) have readers of their own (``wordtable.py``, ``ngrams.py``).
"""

from __future__ import annotations

from pathlib import Path

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

    from .pattern_cache import kept

    def decompressed() -> str:
        import gzip

        return gzip.decompress(raw).decode("utf-8")

    return kept(("data file", name, len(raw), zlib.crc32(raw)), decompressed)


def data_lines(name: str) -> list[str]:
    """The entries of a data file: its lines, as written, without blank lines and comments."""
    return [line for line in data_text(name).splitlines() if line.strip() and not line.startswith("#")]


def data_words(name: str) -> frozenset[str]:
    """Every whitespace-separated word of a data file's entries, as written."""
    return frozenset(word for line in data_lines(name) for word in line.split())


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
