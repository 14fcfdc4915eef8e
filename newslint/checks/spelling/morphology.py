"""Words no dictionary lists that English builds from parts it has.

News copy coins words the dictionaries have not caught up with: a bound prefix on a word
("defund", "interclan", "nonregistered", "ultrawealthy"), a derivational suffix on one
("monarchian", "monarchianism", "sentencers"), or a systematic chemical name
("phenylboronic"). ``formed(word)`` says how a lower-case word is built, or None.

A slip can look like a prefix and a word too ("desing" is "de" + "sing", "outweight" is
"out" + "weight"), so a word counts as formed only when it is no single edit away from a
common word (``GUARD``): a writer who meant "design" or "outweigh" is one key away from it,
while a coinage seldom lies one edit from a common word it does not mean. Measured with
``scripts/eval_typos.py``.

The parts are data (``data/spelling_morphemes.txt``), loaded on first use.
"""

from __future__ import annotations

from functools import lru_cache

from ...analysis import lexicon as lx
from ...datafiles import data_lines

GUARD = 3.0  # Zipf: a word one edit from a word this common is taken for a slip of it
PREFIX_STEM_FLOOR = 3.0  # Zipf: a prefix is put on a common word
SUFFIX_STEM_FLOOR = 3.0  # Zipf: so is a suffix
SHORTEST_STEM = 4  # letters: "re" + "form" is a word, "re" + "ult" is a slip of "result"
SHORTEST_WORD = 6
CHEMICAL_ENDINGS = ("yl",)  # a substituent named by the dictionary: "phenyl", "methyl"


@lru_cache(maxsize=1)
def _morphemes() -> dict[str, tuple[tuple[str, str], ...]]:
    """{kind: ((part, parts of speech it goes on), …)}, the longest parts first."""
    found: dict[str, list[tuple[str, str]]] = {"prefix": [], "suffix": [], "chemical": []}
    for line in data_lines("spelling_morphemes.txt"):
        kind, part, *takes = line.split("\t")
        found[kind].append((part, takes[0] if takes else ""))
    # The longest first: "ultra" + "wealthy" before "ul" would be tried.
    return {kind: tuple(sorted(parts, key=lambda p: -len(p[0]))) for kind, parts in found.items()}


def prefixes() -> tuple[str, ...]:
    return tuple(part for part, _ in _morphemes()["prefix"])


def suffixes() -> tuple[str, ...]:
    return tuple(part for part, _ in _morphemes()["suffix"])


def _content_word(word: str, floor: float, takes: str) -> bool:
    """A common word of SHORTEST_STEM letters or more with one of the parts of speech in
    ``takes``: no function word ("re" + "from" is a slip of "reform"), and no noun for a
    prefix that goes on verbs ("re" + "tory" is a slip of "rectory")."""
    if len(word) < SHORTEST_STEM or lx.table_zipf(word) < floor:
        return False
    if set(lx.tags(word)) & set(takes):
        return True
    return "p" in takes and lx.is_plural_noun(word)


def _prefixed(word: str) -> str | None:
    for prefix, takes in _morphemes()["prefix"]:
        if word.startswith(prefix):
            stem = word[len(prefix) :]
            if _content_word(stem, PREFIX_STEM_FLOOR, takes):
                return f"{prefix}+{stem}"
            inner = _suffixed(stem)
            if inner:
                return f"{prefix}+{inner}"
    return None


def stems(base: str, suffix: str):
    """What a suffix may have been put on: the base itself (but no "e" before a vowel:
    "write" + "er" is "writer"), and before a vowel the base with its final "e" ("sentenc"
    + "er"), a doubled consonant ("runn" + "er") or a "y" ("happi" + "ness") put back."""
    if not (suffix[0] in "aeiou" and base.endswith("e")):
        yield base
    if suffix[0] in "aeiou":
        yield base + "e"
        if len(base) > 2 and base[-1] == base[-2]:
            yield base[:-1]
    if base.endswith("i"):
        yield base[:-1] + "y"


def _suffixed(word: str, depth: int = 0) -> str | None:
    for suffix, takes in _morphemes()["suffix"]:
        if not word.endswith(suffix) or len(word) - len(suffix) < SHORTEST_STEM:
            continue
        base = word[: -len(suffix)]
        for stem in stems(base, suffix):
            if stem.endswith("s") and not stem.endswith("ss"):
                continue  # a suffix goes on the singular: no "puppets" + "er"
            if _content_word(stem, SUFFIX_STEM_FLOOR, takes):
                return f"{stem}+{suffix}"
        if depth == 0:  # "monarchian" + "ism", "monarch" + "ian"; not "mean" + "er" + "isms"
            inner = _suffixed(base, 1)
            if inner and not inner.endswith(("+er", "+ers")):
                return f"{inner}+{suffix}"
    return None


def _chemical(word: str) -> str | None:
    """One or more chemical parts, then a dictionary word of SHORTEST_STEM letters or more
    ("phenyl" + "boronic", "di" + "methyl" + "amine"); at least one part is no mere
    number ("tri" + "colour" is no chemical name)."""
    parts = {part for part, _ in _morphemes()["chemical"]}
    numbers = {"di", "tri", "tetra", "penta", "hexa", "bis"}

    def walk(position: int, named: bool) -> list[str] | None:
        rest = word[position:]
        if named and position and len(rest) >= SHORTEST_STEM and lx.is_word(rest):
            return [rest]
        for end in range(len(word) - SHORTEST_STEM, position + 1, -1):
            piece = word[position:end]
            if piece in parts or len(piece) >= 5 and piece.endswith(CHEMICAL_ENDINGS) and lx.is_word(piece):
                found = walk(end, named or piece not in numbers)
                if found:
                    return [piece, *found]
        return None

    found = walk(0, False)
    return "+".join(found) if found else None


def close_to_common(word: str) -> bool:
    """Is the word one edit from a common word, which a writer likelier meant?"""
    return any(
        c.distance == 1 and c.zipf >= GUARD and " " not in c.word for c in lx.candidates(word)
    )


@lru_cache(maxsize=4096)
def formed(word: str, guarded: bool = True) -> str | None:
    """How English builds ``word`` (lower case, no dictionary word) from parts: "de+fund",
    "monarch+ian+ism", "phenyl+boronic"; None when it does not, or (when ``guarded``) when
    the word is one edit from a common word (a slip of it, like "desing" for "design")."""
    if len(word) < SHORTEST_WORD or not word.isalpha():
        return None
    parse = _prefixed(word) or _suffixed(word) or _chemical(word)
    if parse is None or guarded and close_to_common(word):
        return None
    return parse
