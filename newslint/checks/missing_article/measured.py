"""G303's measured words: the nouns, complements, objects and adjectives that are almost
never bare in openly licensed text, and the contexts that take a bare noun (built by
``scripts/build_missing_words_data.py``), loaded on first use."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from ...analysis import lexicon as lx
from ...datafiles import data_lines


@lru_cache(maxsize=1)
def determined_nouns() -> Mapping[str, tuple[bool, frozenset[str], frozenset[str]]]:
    """Singular count nouns that are almost never bare after a preposition ("way", "supply"):
    noun -> (a person, the prepositions after which it was seen with a determiner and
    almost never bare: "in" for "row", so "in row" is read and "by way of" is not; those of
    them after which it is as seldom bare with a describing noun before it: not "on" for
    "day", since "on election day" is usual)."""
    return _DeterminedNouns(dict(line.split("\t", 1) for line in data_lines("determined_nouns.txt")))


class _DeterminedNouns(Mapping):
    """noun -> (person, attested, compound), read as a dictionary is; a noun's row is parsed
    when it is looked up (parsing all 1,064 cost ~2 ms of a one-draft run)."""

    def __init__(self, rows: dict[str, str]):
        self._rows = rows  # noun -> the rest of its line
        self._parsed: dict[str, tuple[bool, frozenset[str], frozenset[str]]] = {}

    def __getitem__(self, noun: str) -> tuple[bool, frozenset[str], frozenset[str]]:
        found = self._parsed.get(noun)
        if found is None:
            _, _, person, attested, compound = self._rows[noun].split("\t")
            found = self._parsed[noun] = (
                person == "person",
                frozenset(attested.split(",")) - {""},
                frozenset(compound.split(",")) - {""},
            )
        return found

    def __contains__(self, noun) -> bool:
        return noun in self._rows

    def __iter__(self):
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


@lru_cache(maxsize=1)
def bare_noun_contexts() -> frozenset[tuple[str, str]]:
    """A word and a preposition after which singular nouns are mostly bare in the measured
    text ("lack of evidence", "fit for purpose"), from ``bare_noun_contexts.txt``."""
    return frozenset(tuple(line.split(" ")) for line in data_lines("bare_noun_contexts.txt"))


@lru_cache(maxsize=1)
def determined_adjectives() -> dict[str, str]:
    """Adjectives that open a singular noun phrase only after an article in the measured
    text, with the article they take ("same" -> "the", "single" -> "a"), from
    ``determined_adjectives.txt``."""
    rows = (line.split("\t") for line in data_lines("determined_adjectives.txt"))
    return {row[0]: row[3] for row in rows}


@lru_cache(maxsize=1)
def scan_pattern() -> re.Pattern:
    """The measured nouns, the nouns measured after "be", the adjectives and the nouns counted
    by context (``countability``), in one scan."""
    from .countability import countability

    words = set(determined_nouns()) | determined_complements() | set(determined_adjectives()) | set(countability())
    return re.compile(rf"(?<![\w'’-])(?:{lx.alternation(words)})(?![\w'’-])")


@lru_cache(maxsize=1)
def determined_complements() -> frozenset[str]:
    """Nouns never seen bare after a form of "be" in the measured text ("is a good idea"),
    from ``determined_complements.txt``."""
    return frozenset(line.split("\t")[0] for line in data_lines("determined_complements.txt"))


@lru_cache(maxsize=1)
def determined_objects() -> frozenset[str]:
    """Nouns almost never bare as a verb's object with an adjective before them ("creating a
    warm atmosphere"), from ``determined_objects.txt``."""
    return frozenset(line.split("\t")[0] for line in data_lines("determined_objects.txt"))


# The verbs after which a noun and "to" and a verb take an article ("has the ability to",
# "had a chance to", "made a decision to"), read by ``infinitive_nouns``.
INFINITIVE_VERBS = frozenset(
    "has have had having got get gets getting gave give gives given giving"
    " made make makes making took take takes taking".split()
)


@lru_cache(maxsize=1)
def infinitive_nouns() -> frozenset[str]:
    """Nouns almost never bare between one of ``INFINITIVE_VERBS`` and "to" and a verb
    ("has ability to"), from ``infinitive_nouns.txt`` (``scripts/build_infinitive_nouns.py``)."""
    return frozenset(line.split("\t")[0] for line in data_lines("infinitive_nouns.txt"))
