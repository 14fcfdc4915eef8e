"""Names and "the": a name English writes with "the" ("the United States", "the Ottoman
Empire") straight after a preposition with no "the" ("in United States", G303), and "the"
before a name written without it ("the France", G315). The names
are counted in English Wikipedia by ``scripts/build_countability.py names``
(``names_with_the.txt``: written with "the" at least 20 times and bare after a preposition
in at most 2% of them), loaded on first use."""

from __future__ import annotations

import re
from functools import lru_cache

from ...analysis import lexicon as lx
from ...analysis.letter_tree import alternation
from ...datafiles import data_lines
from ...prefilter import guarded
from ..missing_words import counted_prepositions


@lru_cache(maxsize=1)
def names_with_the() -> frozenset[str]:
    """The counted names, less a people named in one plural word ("Normans", "Persians"):
    like any plural, it stands bare ("granted to Normans")."""
    names = (line.split("\t")[0] for line in data_lines("names_with_the.txt"))
    return frozenset(name for name in names if " " in name or not name.endswith("ans"))


@lru_cache(maxsize=1)
def _scan() -> re.Pattern:
    """A counted name as the whole run of capitalised words, not the start of a longer name
    ("House of Lords")."""
    return guarded(  # (a look at the capital a name starts with: half the time of the scan)
        re.compile(rf"(?<![\w'’-])(?:{alternation(names_with_the())})(?![\w'’-]|[ \t]+[A-Z0-9]|[ \t]+of[ \t]+[A-Z])")
    )


_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)[ \t]+$")


_NEXT = re.compile(r"[ \t]+([a-z][a-z-]*)")


def describes_a_noun_after(text: str, end: int) -> bool:
    """Does the word after ``end`` make the name a modifier ("in United States federal
    courts", "under Wehrmacht control"): a lower-case word that may be a noun or adjective,
    or a word in "-ing" before such a noun ("in UK banking group")?"""
    after = _NEXT.match(text, end)
    if after is None:
        return False
    if {"n", "a"} & set(lx.tags(after.group(1))):
        return True
    if not after.group(1).endswith("ing"):
        return False
    head = _NEXT.match(text, after.end())
    return head is not None and "n" in lx.tags(head.group(1))


def bare_names(text: str, start: int, end: int):
    """(preposition, name start, name end) of each counted name straight after a preposition
    between ``start`` and ``end`` of ``text``, heading its phrase."""
    for match in _scan().finditer(text, start, end):
        before = _BEFORE.search(text, max(start, match.start() - 20), match.start())
        if before is None or before.group(1) not in counted_prepositions():
            continue
        if _CASE_NAME.match(text, match.end()):
            continue  # "in United States v. Kagama": a party named in a case's name
        if not describes_a_noun_after(text, match.end()):
            yield before.group(1), match.start(), match.end()


_CASE_NAME = re.compile(r"[ \t]+vs?\.?[ \t]")


# A name the draft writes bare at least this often, and at least twice as often as with "the",
# is the draft's own (a company, a team, a nickname: "Chevron bought Gulf"), whatever
# Wikipedia's usage of the same words ("the Gulf").
DRAFT_BARE = 3


def written_bare(text: str, name: str) -> bool:
    """Does ``text`` write ``name`` (a whole run of words) without "the" at least
    ``DRAFT_BARE`` times and at least twice as often as with it?"""
    whole = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])")
    uses = [match.start() for match in whole.finditer(text)]
    with_the = sum(1 for at in uses if _THE_BEFORE.search(text, max(0, at - 5), at))
    bare = len(uses) - with_the
    return bare >= DRAFT_BARE and bare >= 2 * with_the


_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+$")


@lru_cache(maxsize=1)
def names_without_the() -> frozenset[str]:
    """Names almost never written with "the" ("France", "Europe", "Islam"), from
    ``names_without_the.txt`` (for G315)."""
    return frozenset(line.split("\t")[0] for line in data_lines("names_without_the.txt"))


@lru_cache(maxsize=1)
def _the_scan() -> re.Pattern:
    """Lower-case "the", then a name counted as bare as the whole run of capitalised words,
    not followed by "of" ("the Europe of the 1930s") nor a possessive."""
    return guarded(  # (a look at the "t" first: half the time of the scan)
        re.compile(rf"(?<![\w'’-])the[ \t]+({alternation(names_without_the())})(?![\w'’-]|[ \t]+[A-Z0-9]|[ \t]+of\b)")
    )


def names_after_the(text: str, start: int, end: int):
    """(offset of "the", name start, name end) of each name counted as bare written after
    "the" between ``start`` and ``end`` of ``text``, heading its phrase ("the France")."""
    for match in _the_scan().finditer(text, start, end):
        if not describes_a_noun_after(text, match.end(1)) and not _joined_to_another(text, match.end(1)):
            yield match.start(), match.start(1), match.end(1)


# A mark or word after a name that joins it to another, the two describing a noun after
# them under one "the": "the Russia–China border", "the Wales and West licence", "the
# Jamaica, Barbados and Trinidad stock exchanges".
_JOINED = re.compile(r"(?:[ \t]*[–—/&-]|,[ \t]+[A-Z]|[ \t]+(?:and|or)[ \t]+[A-Z])")


def _joined_to_another(text: str, end: int) -> bool:
    return _JOINED.match(text, end) is not None
