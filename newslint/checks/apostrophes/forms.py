"""The contraction and possessive forms both apostrophe rules read, and the word tests they share."""

from __future__ import annotations

from functools import lru_cache

from ...analysis import lexicon as lx
from ...datafiles import data_lines
from ...english import ARTICLES, DEMONSTRATIVES, POSSESSIVES, word_set

_BEFORE = frozenset(" \t\r\n\u00a0\"'“‘([—–*_")
_AFTER = frozenset(" \t\r\n\u00a0\"'”’)]—–*_.,;:!?…")


@lru_cache(maxsize=1)
def contractions() -> dict[str, tuple[str, str]]:
    """{"dont": ("don't", ""), "hes": ("he's", "context"), "ive": ("i've", "capital-context")
    …}: "context" when the form is flagged only where it runs on into a sentence,
    "capital-context" when that holds for its capitalised spelling only (a name)."""
    table = {}
    for line in data_lines("contractions.tsv"):
        bare, form, *note = line.split("\t")
        table[bare] = (form, note[0] if note else "")
    return table


@lru_cache(maxsize=1)
def irregular_possessives() -> dict[str, str]:
    """{"childrens": "children's", …}: plurals not in -s written as if possessive."""
    table = {}
    for line in data_lines("possessives.tsv"):
        bare, form = line.split("\t")[:2]
        table[bare] = form
    return table


@lru_cache(maxsize=1)
def owned_words() -> frozenset[str]:
    """Lower-case words these rules report, which the spelling rule leaves to them (and
    those ``possessive_of`` knows)."""
    return frozenset(contractions()) | frozenset(irregular_possessives())


# Pronouns that have no plural: "everyones" can only be "everyone's".
_INDEFINITE_PRONOUNS = frozenset(
    "everyone someone anyone everybody somebody anybody nobody".split()
)


def possessive_of(lower: str) -> str | None:
    """The possessive a lower-case non-word in "s" stands for when its apostrophe is lost,
    where no plural can be meant: a noun in a consonant and "y", whose plural the lexicon
    has in "ies" ("countrys": "country's", not "countries"), or an indefinite pronoun
    ("everyones": "everyone's"); else None."""
    if not lower.endswith("s") or lx.is_word(lower):
        return None
    stem = lower[:-1]
    if stem in _INDEFINITE_PRONOUNS:
        return f"{stem}'s"
    if (
        len(stem) > 3
        and stem.endswith("y")
        and stem[-2] not in "aeiouy"
        and "n" in lx.tags(stem)
        and lx.is_plural_noun(stem[:-1] + "ies")
    ):
        return f"{stem}'s"
    return None


def owns(lower: str) -> bool:
    """Does a rule here report this lower-case word (which the spelling rule then leaves)?"""
    return lower in owned_words() or possessive_of(lower) is not None




def _standalone(prose: str, start: int, end: int) -> bool:
    """A word on its own: not part of a handle, hashtag, address or file name."""
    before = prose[start - 1] if start > 0 else " "
    after = prose[end] if end < len(prose) else " "
    if before not in _BEFORE or after not in _AFTER:
        return False
    # example.com, dont.txt: a full stop between letters
    return not (after == "." and end + 1 < len(prose) and prose[end + 1].isalnum())


def _next_word(doc, words, index):
    """The word after ``words[index]`` in the same paragraph, separated by spaces only."""
    if index + 1 >= len(words):
        return None
    word, following = words[index], words[index + 1]
    paragraph = doc.paragraph_at(word.start)
    if paragraph is None or following.start >= paragraph.end:
        return None
    if doc.prose[word.end : following.start].strip(" \t\r\n\u00a0\"“‘'"):
        return None  # only space and opening quotation marks between
    return following


_DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVES | word_set("whose every each")
