"""A possessive before a predicate and a clause, where only the contraction fits: "its
important to vote" (it's), "their unclear whether" (they're), "your able to" (you're). A
possessive needs a noun to own; "it is" takes an adjective and then a clause."""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...english import word_set as _words
from .base import is_word
from .contraction_clause import SUBJECT_SLOT
from .phrases import PossessiveReading, is_superlative
from .words import ALL_PREPOSITIONS, ITS_BEFORE

# Adjectives that stand for a noun after a possessive, or describe one as a determiner does
# ("its own", "its first", "its latest").
DETERMINER_ADJECTIVES = frozenset(
    "own first last latest annual former previous sole".split()
)


_CLAUSE_OPENERS = _words("that whether when if because how why what who where")


def _predicate_adjective(tokens, j) -> bool:
    """A lower-case word at ``tokens[j]`` that the lexicon reads as an adjective and never as
    a noun (an adverb or verb too: "hard", "likely", "true"), not in -ing, no superlative and
    no word that stands for a noun after a possessive ("its own", "at its worst", "its
    latest")."""
    if j >= len(tokens) or not is_word(tokens[j]) or not tokens[j][3].islower():
        return False
    word = tokens[j][0]
    found = set(lx.tags(word))
    if "a" not in found or not found <= {"a", "r", "v"} or word.endswith("ing"):
        return False  # (a form in -ing after a possessive names an act: "its howling")
    return not (is_superlative(word) or word in DETERMINER_ADJECTIVES or word in ITS_BEFORE)


def headless_before_clause(tokens, j, possessive: str, be: str) -> bool:
    """After a possessive ("its", "their", "your") at ``tokens[j - 1]``, which ``be`` ("is",
    "are") would replace: adjectives only (``_predicate_adjective``, two joined by "and" or
    "or" at most, perhaps after "more" or "less"; or one the lexicon has as a noun too that
    the counts write after ``be`` far more often than after the possessive,
    ``_adjective_as_read``), then what opens a clause (``_CLAUSE_OPENERS``: "that",
    "whether" …) or "to" and a verb: no noun for a possessive to own. Or "worth" and a form
    in -ing where a clause's subject stands ("its worth noting"). Never after a preposition,
    where only the possessive stands, nor at the end of a sentence, where an adjective often
    stands for a noun ("celebrated its centennial.")."""
    before = tokens[j - 2][0] if j >= 2 else ""
    if before in ALL_PREPOSITIONS:
        return False  # "in its safe when", "arrange for their submissive to": a possessive
    if j + 1 < len(tokens) and tokens[j][0] in ("more", "less"):
        j += 1  # "its more realistic to": a comparison
    if j < len(tokens) and tokens[j][0] == "worth" and _ing_form(tokens, j + 1):
        # "its worth noting", "its worth pointing out": a possessive owns no worth so; only
        # where a clause's subject stands, not after a verb's object ("proved their worth
        # filling in")
        return j < 2 or before in SUBJECT_SLOT or not is_word(tokens[j - 2])
    noun_too = not _predicate_adjective(tokens, j) and _adjective_as_read(tokens, j, possessive, be)
    if not (noun_too or _predicate_adjective(tokens, j)):
        return False
    k = j + 1
    if k + 1 < len(tokens) and tokens[k][0] in ("and", "or") and _predicate_adjective(tokens, k + 1):
        k += 2
    if k >= len(tokens) or not (
        _clause_ends(tokens, j, k)
        or tokens[k][0] in _CLAUSE_OPENERS
        or tokens[k][0] == "to"
        and k + 1 < len(tokens)
        and tokens[k + 1][1] > tokens[k][2]  # not "to-do"
        and is_word(tokens[k + 1])
        and "v" in lx.tags(tokens[k + 1][0])
    ):
        return False
    # the tagger, reading the possessive as written, must not take the word for a noun
    # ("celebrated its centennial.", "at its top.": nouns the lexicon lacks)
    return not PossessiveReading(tokens, j, possessive).tag(j).startswith("NN")


# Words after which a possessive stands where a clause's subject does and nowhere else: a
# subordinating word or a verb that takes a clause, not "and", "but" or "that", which join
# noun phrases too ("and its economic, social … causes", "and their like.").
_CLAUSE_SUBJECT_SLOT = _words(
    "if when because since although though while unless whether once until"
    " think thought thinks know knew knows hope hoped guess believe believed feel felt say said says"
)


def _clause_ends(tokens, j: int, k: int) -> bool:
    """A comma or a sentence's stop at ``tokens[k]`` closes the words after the possessive at
    ``tokens[j - 1]``, which stands where only a clause's subject does
    (``_CLAUSE_SUBJECT_SLOT``: "If your interested, call", "I think their ready."), and the
    word after it is an adjective that is never a noun (``_predicate_adjective``): a
    predicate, with no noun to own. Not after a verb's object or a preposition, where an
    adjective may stand for a noun ("celebrated its centennial."), nor before a comma and an
    adjective or adverb, a list of them ("though its realistic, somewhat cynical tone"). Over 3,873 Wikipedia lines
    of such a word, a possessive, a word and a stop or comma (2026-12-07): no finding."""
    return (
        j >= 2
        and tokens[j - 2][0] in _CLAUSE_SUBJECT_SLOT
        and tokens[k][0] in (",", ".", "!", "?", ";")
        and _predicate_adjective(tokens, j)
        and (tokens[k][0] != "," or k + 1 < len(tokens) and not {"a", "r"} & set(lx.tags(tokens[k + 1][0])))
    )


# How many times as often a word that is an adjective and a noun must be written after "is"
# as after "its" (or "are" as after "their") to be read as an adjective after the possessive
# before a clause ("its safe to assume"): in the counts, "safe" 22, "worth" 20, "clear" 41,
# "true" 15 after "is" to one after "its"; but "right" 3 and "best" 6 ("its right to
# legislate", "did its best to"), "potential" 0.08.
BE_OVER_POSSESSIVE = 10.0


def _adjective_as_read(tokens, j, possessive, be) -> bool:
    """A lower-case word at ``tokens[j]`` the lexicon reads as an adjective and a noun too
    ("safe", "worth", "clear"), not in -ing, no superlative nor a word that stands for a noun
    after a possessive, written after ``be`` ("is") at least ``BE_OVER_POSSESSIVE`` times as
    often as after ``possessive`` ("its") in the counts of ``near_words`` (not "its potential
    to", "its right to")."""
    from .near_words import counts

    if j >= len(tokens) or not is_word(tokens[j]) or not tokens[j][3].islower():
        return False
    word = tokens[j][0]
    found = set(lx.tags(word))
    if "a" not in found or "n" not in found or not found <= {"a", "n", "r", "v"} or word.endswith("ing"):
        return False
    if is_superlative(word) or word in DETERMINER_ADJECTIVES or word in ITS_BEFORE:
        return False
    table = counts()
    return table.count(be, word) >= BE_OVER_POSSESSIVE * (table.count(possessive, word) + 1)


def _ing_form(tokens, j) -> bool:
    return j < len(tokens) and tokens[j][3].islower() and tokens[j][0].endswith("ing") and "v" in lx.tags(tokens[j][0])
