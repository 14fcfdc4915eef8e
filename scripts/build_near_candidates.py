#!/usr/bin/env python3
"""Compile the words S212 may offer for each word it judges (data/near_candidates.bin, .txt).

    python3 scripts/build_near_candidates.py

For every word of the lexicon (``data/spelling_words.bin``) that S212 weighs (lower-case
letters, at least ``near_word.MIN_WRITTEN`` of them, a content word: ``near_word._judged``),
``near_candidates.txt`` holds ``near_words.candidates(word, RATIO, INFLECTIONS)``, the words
one edit away that it may offer, space-separated on a line of their own, and the word table
``near_candidates.bin`` where that line starts (in ASCII digits); a word with none is left
out. Two files, since a word table's values have one width and the longest list is fifteen
times the typical one. It is built from the shipped
``near_words.bin`` and ``near_words.txt`` alone, so run it again after they are rebuilt
(``scripts/build_near_words.py``); tests/test_near_words.py checks the table against
``candidates`` on a sample. The same data give the same bytes. About a minute of CPU.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint import wordtable  # noqa: E402
from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.analysis.dictionary import _table  # noqa: E402
from newslint.checks.confusables import near_word, near_words  # noqa: E402


def judged(word: str) -> bool:
    """A word of the lexicon that S212 weighs (``near_word._judged``, for a word in lower case)."""
    return (
        len(word) >= near_word.MIN_WRITTEN
        and word.isascii()
        and word.isalpha()
        and word.islower()
        and lx.is_word(word)
        and near_words.is_content_word(word)
    )


def build() -> dict[str, bytes]:
    values = {}
    for word in _table():
        if not judged(word):
            continue
        found = near_words.candidates(word, near_word.RATIO, near_word.INFLECTIONS)
        if found:
            values[word] = " ".join(found).encode("ascii")
    return values


def main() -> int:
    lists, starts = bytearray(), {}
    for word, value in sorted(build().items()):
        starts[word] = str(len(lists)).encode("ascii")
        lists += value + b"\n"
    near_words.LISTS_FILE.write_bytes(bytes(lists))
    wordtable.write(near_words.OFFERED_FILE, starts)
    sizes = ", ".join(f"{p.name} {p.stat().st_size:,} bytes" for p in (near_words.OFFERED_FILE, near_words.LISTS_FILE))
    print(f"{len(starts)} words: {sizes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
