"""How a tagged sentence frames a bare noun for G303: after a form of "be", as a verb's
object, in a frame where English writes it bare, with a nationality before it."""

from __future__ import annotations

from collections.abc import Sequence

from ...analysis import lexicon as lx
from ..missing_words import DETERMINER_WORDS, counted_after, counted_prepositions

BE_FORMS = frozenset(("is", "was", "are", "were", "be", "been", "being", "'s", "’s", "am"))


def after_be(words: list[str], tags: list[str], before: int) -> bool:
    """Is the word at ``before`` (adverbs stepped over) a form of "be" used as a verb?"""
    while before >= 0 and tags[before] == "RB":
        before -= 1
    return before >= 0 and words[before].lower() in BE_FORMS and tags[before].startswith("VB")


def context_of(words: list[str], tags: list[str], before: int, k: int) -> str:
    """The class of the word at ``before``, before the phrase of the noun at ``k``: "prep" (a
    preposition the nouns were counted after), "be" (a form of "be", adverbs stepped over),
    "verb" (another verb), "comma", "start" (the sentence's start) or "other". The same
    classes ``scripts/build_countability.py`` counts in."""
    if before < 0:
        return "start"
    word = words[before].lower()
    if word in counted_prepositions():
        return "prep" if counted_after(words, before, k) else "other"
    if after_be(words, tags, before):
        return "be"
    if tags[before].startswith("VB"):
        return "verb"
    if word == ",":
        return "comma"
    return "other"


def existential(words: list[str], tags: list[str], before: int) -> bool:
    """Is the form of "be" at ``before`` (adverbs stepped over) that of "there is"?"""
    while before >= 0 and tags[before] == "RB":
        before -= 1
    return before > 0 and words[before - 1].lower() == "there"


LINKING_VERBS = frozenset(
    (
        *("be", "is", "was", "are", "were", "been", "being", "am", "'s", "’s"),
        *("have", "has", "had", "having", "become", "becomes", "became", "becoming"),
        *("remain", "remains", "remained", "remaining", "seem", "seems", "seemed"),
        *("turn", "turns", "turned", "get", "gets", "got"),
    )
)
NOT_ADJECTIVES = DETERMINER_WORDS | frozenset(("little", "first", "second", "third", "fourth", "fifth", "top"))


def object_with_adjective(words: list[str], tags: list[str], first: int, k: int, before: int) -> bool:
    """Is the phrase from ``first`` (after its determiner, if any) to the noun at ``k`` the
    object of a verb at ``before`` (or of a verb and its particle: "set up"), with an
    adjective and no noun describing the noun ("creating warm atmosphere")? Not after a
    linking verb ("became good friend"), nor with an ordinal or quantifier ("took second
    place", "played little role")."""
    verb = before - 1 if tags[before] == "RP" and before > 0 else before
    if not tags[verb].startswith("VB") or words[verb].lower() in LINKING_VERBS:
        return False
    modifiers = range(first, k)
    if any(tags[i].startswith("NN") or words[i].lower() in NOT_ADJECTIVES for i in modifiers):
        return False
    return any(tags[i] in ("JJ", "JJR") for i in modifiers)


def bare_by_rule(words: list[str], tags: list[str], start: int, k: int, before: int) -> bool:
    """Frames in which English writes a singular noun bare: nouns paired by "and" or "or"
    ("minister of environment and energy", "by land or sea") or listed ("of desert, steppe,
    tundra and taiga", "are translation, scaling, rotation"), a range ("a moderate to large
    role"), a gerund with its object ("from setting foot in")."""
    if k + 2 < len(words) and words[k + 1] in ("and", "or", "&") and tags[k + 2] in ("NN", "JJ", "NNS"):
        return True
    if k + 2 < len(words) and words[k + 1] == "," and tags[k + 2] == "NN" and words[k + 2].islower():
        if k + 3 >= len(words) or words[k + 3] in (",", "and", "or", ".", ";", ":", ")"):
            return True  # a list of bare nouns: "landscapes of desert, steppe, tundra and taiga"
    if words[before].lower() == "to" and before > 0 and tags[start] in ("JJ", "JJR", "CD"):
        previous = words[before - 1].lower()
        if tags[before - 1] in ("JJ", "JJR", "RB", "CD") or "a" in lx.tags(previous):
            return True  # "a moderate to large role", "a two to three hour drive"
    return tags[start] == "VBG"


_NATIONAL_ENDINGS = ("ese", "ian", "ean", "ish", "can")


def national_adjectives_lowered(words: list[str], tags: list[str], k: int):
    """``words`` and ``tags`` with the capitalised adjectives before the noun at ``k`` read
    as lower-case adjectives: "on Bhutanese clock", "set up Vietnamese flag" hold no name, so
    they are read like "on local clock"; "at Manchester airport" does (a place name, tagged
    NNP), and a noun phrase with a name in it stays unread. A capitalised word is an
    adjective when the tagger says so ("Vietnamese", "Iraqi") or when it is tagged as a name
    but ends like a nationality ("Bhutanese", "Tanzanian").

    The tags are not copied (a copy tags the whole sentence): the lowered ones are laid over
    them, read through to the rest; with nothing lowered, ``words`` and ``tags`` come back."""
    lowered = []
    j = k - 1
    while j > 0 and words[j][:1].isupper() and words[j][1:].islower():
        national = tags[j] == "JJ" or (tags[j] == "NNP" and words[j].endswith(_NATIONAL_ENDINGS))
        if not national:
            break
        lowered.append(j)
        j -= 1
    if not lowered:
        return words, tags
    words = list(words)
    for j in lowered:
        words[j] = words[j].lower()
    return words, _Relabelled(tags, dict.fromkeys(lowered, "JJ"))


class _Relabelled(Sequence):
    """A sentence's tags with a few replaced (index -> tag), the others read through to
    ``tags`` only when read. Reads as a list does (indexes, negative ones, slices, ``len``)."""

    def __init__(self, tags: Sequence[str], replaced: dict[int, str]):
        self._tags, self._replaced = tags, replaced

    def __len__(self) -> int:
        return len(self._tags)

    def __getitem__(self, index):
        if isinstance(index, slice):
            indexes = range(*index.indices(len(self._tags)))
            return [self._replaced.get(i, tag) for i, tag in zip(indexes, self._tags[index])]
        tag = self._tags[index]  # (raises IndexError as the tags do)
        return self._replaced.get(index + len(self._tags) if index < 0 else index, tag)

    def __eq__(self, other) -> bool:
        return list(self) == list(other) if isinstance(other, (list, tuple, Sequence)) else NotImplemented

    def __repr__(self) -> str:
        return repr(list(self))
