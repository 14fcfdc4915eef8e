"""Word sets that more than one real-word rule reads (the rules' own sets stay in their modules)."""

from __future__ import annotations

from functools import lru_cache

from ...datafiles import data_words

# BE_FORMS and PREPOSITIONS: the rules read them from here too
from ...english import ARTICLES, BE_FORMS, DEMONSTRATIVES, POSSESSIVES, PREPOSITIONS
from ...english import word_set as _words

DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVES | _words("some any no each every")
ITS_BEFORE = frozenset("a an the not been going gonna".split())
# Participles that take a clause: "convinced it's true".
CLAUSE_PARTICIPLES = _words(
    """
    convinced concerned worried pleased surprised disappointed relieved satisfied assured
    amazed shocked stunned delighted scared frightened excited thrilled annoyed angered
    saddened encouraged determined alarmed astonished heartened reassured persuaded
    """
)
VERBISH = frozenset(
    """
    is are was were has have had will would could should may might must can did do does
    said say says told remain remained
    """.split()
)
HAVE = _words("has have had having 've")
BE = BE_FORMS
NOT_HEADS = DETERMINERS | PREPOSITIONS | VERBISH | _words(
    "and or but that which who whom whose as than when where while because if between it he"
    " she they we i you there here not"
)
# The prepositions that take an object: english.PREPOSITIONS but "after" and "before" (which
# open a clause too), and the rarer ones.
ALL_PREPOSITIONS = PREPOSITIONS - _words("after before") | _words(
    "without within through across behind between among amid despite including like than per via"
    " near beyond toward towards upon onto outside inside"
)

# Prepositions after which only a possessive stands, never a clause: "of it's value" and
# "in you're home state" are "its" and "your".
POSSESSIVE_PREPOSITIONS = _words(
    "of in into on onto for from with at by over under about against through during within"
    " without across behind towards toward upon among amid despite to"
)


@lru_cache(maxsize=1)
def clause_verbs() -> frozenset[str]:
    """Verbs that can take a clause ("said it's over", "hope it's"), so "it's" after them may be
    "it is", and a few words that do as they do ("sure", "because"), from data/clause_verbs.txt."""
    return data_words("clause_verbs.txt")


@lru_cache(maxsize=1)
def clause_adjectives() -> frozenset[str]:
    """Adjectives that take a clause after "it is" ("it's clear costs rose", "it's likely
    prices fell"), from data/clause_adjectives.txt."""
    return data_words("clause_adjectives.txt")


@lru_cache(maxsize=1)
def person_clause_adjectives() -> frozenset[str]:
    """Adjectives that take a clause after "you are" or "they are" ("you're sure costs rose",
    "they're glad the vote passed"), with those that do after "it is"."""
    return clause_adjectives() | _words(
        "sure glad afraid aware convinced confident happy sorry lucky worried correct wrong hopeful"
        " proud pleased disappointed sad surprised unaware positive angry upset relieved"
    )


@lru_cache(maxsize=1)
def finite_verbs() -> frozenset[str]:
    """The finite verbs a subject noun phrase may be followed by ("is", "had", "won't",
    "remains"), from data/finite_verbs.txt."""
    return data_words("finite_verbs.txt")


@lru_cache(maxsize=1)
def time_words() -> frozenset[str]:
    """Nouns of time and measure ("day", "weekend", "miles", "percent") that the real-word
    rules do not read as the head of a noun phrase, from data/time_words.txt."""
    return data_words("time_words.txt")


@lru_cache(maxsize=1)
def predicate_nouns() -> frozenset[str]:
    """Nouns that stand after "it is" with no article ("it's time to", "it's part of"),
    never read as "its", from data/predicate_nouns.txt."""
    return data_words("predicate_nouns.txt")


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns for a person ("official", "spokesman", "neighbour"), which "who" may stand for,
    from data/person_nouns.txt."""
    return data_words("person_nouns.txt")
