"""G303's looks at the folded text before tagging: the cheap tests that spare tagging a
sentence that cannot hold a finding."""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ..missing_words import DETERMINER_WORDS, counted_prepositions, determines
from .frames import LINKING_VERBS, NOT_ADJECTIVES
from .countability import rarely_bare
from .measured import bare_noun_contexts, determined_nouns

_WORD = re.compile(r"[a-z][a-z'-]*|,")

BE_BEFORE = re.compile(r"(?<![\w'’-])(?:is|was|are|were|be|been|being|am|['’]s)((?:[ \t]+[a-z]+){0,3})[ \t]+$")
_AROUND = re.compile(r"([a-z][a-z'-]*)[ \t]+$")
_NEXT = re.compile(r"[ \t]+([a-z][a-z-]*)")


def noun_follows(folded: str, end: int) -> bool:
    """The word after ``end`` can only be a noun ("car theft"): the noun before it is not a head."""
    after = _NEXT.match(folded, end)
    return after is not None and set(lx.tags(after.group(1))) == {"n"}


def preposition_near(folded: str, offset: int, start: int, noun: str) -> bool:
    """A preposition among the four words before ``offset``, with no determiner between,
    after which ``noun`` was measured, not in a context of bare nouns ("lack of"): the
    look that spares tagging a sentence that cannot hold a finding."""
    words = _WORD.findall(folded[max(start, offset - 80) : offset])[-5:]
    for i in range(len(words) - 1, max(-1, len(words) - 5), -1):
        word = words[i]
        if word in counted_prepositions():
            if word not in determined_nouns()[noun][1]:
                return False
            if word == "to" and i == len(words) - 1 and "v" in lx.tags(noun):
                return False  # "to start", "to visit": a verb the tagger may take for a noun
            return i == 0 or (words[i - 1], word) not in bare_noun_contexts()
        if determines(word, noun) or word.endswith("'s"):
            return False
    return False


_PARTICLES = frozenset(("up", "out", "down", "off"))


def verb_and_adjective_before(folded: str, offset: int, start: int) -> bool:
    """The look before tagging for "created warm atmosphere": before ``offset``, one to three
    words that may be adjectives (or that the lexicon does not know: "vietnamese"), and
    before them a word that may be a verb (a particle between: "set up")."""
    words = _WORD.findall(folded[max(start, offset - 80) : offset])[-6:]
    i = len(words) - 1
    while i >= 0 and len(words) - i <= 3 and (_may_be_adjective(words[i]) or _joined_participle(words, i)):
        i -= 1
    if i == len(words) - 1 or i < 0:
        return False
    if words[i] in _PARTICLES and i > 0:
        i -= 1
    return "v" in lx.tags(words[i]) and words[i] not in LINKING_VERBS


def _joined_participle(words: list[str], i: int) -> bool:
    """An -ing form joined by a comma or "and" to a word that may be an adjective before it
    ("warm, welcoming")."""
    return (
        words[i].endswith("ing") and "v" in lx.tags(words[i])
        and i >= 2 and words[i - 1] in (",", "and") and _may_be_adjective(words[i - 2])
    )


def _may_be_adjective(word: str) -> bool:
    if word in DETERMINER_WORDS or word in counted_prepositions() or word in LINKING_VERBS or word in _PARTICLES:
        return False
    if word == ",":
        return True  # "warm, welcoming"
    tags = lx.tags(word)
    return not tags or "a" in tags


def may_open_a_bare_phrase(folded: str, match: re.Match, start: int) -> bool:
    """The look before tagging for "at same time": the word before the adjective is a
    preposition or may be a verb, and the word after it may be a noun or an adjective."""
    before = _AROUND.search(folded, max(start, match.start() - 30), match.start())
    after = _NEXT.match(folded, match.end())
    if before is None or after is None:
        return False
    previous = before.group(1)
    if previous not in counted_prepositions() and "v" not in lx.tags(previous):
        return False
    return "n" in lx.tags(after.group(1))


_BE = frozenset(("is", "was", "are", "were", "be", "been", "being", "am"))


def describes(word: str) -> bool:
    """May ``word`` describe a noun after it: an adjective, an -ing or -ed form, an adverb
    ("was just opinion of"); not a determiner, a preposition, a possessive ("sunday's")."""
    if word in DETERMINER_WORDS or word in counted_prepositions() or word in LINKING_VERBS or word.endswith(("'s", "’s")):
        return False
    return word.endswith(("ing", "ed")) or bool({"a", "r"} & set(lx.tags(word)))


def may_be_bare_in_a_read_context(folded: str, match: re.Match, start: int) -> bool:
    """The look before tagging for G303's reading by context: before the noun of ``match``,
    up to three words that may be adjectives or adverbs, and before them no determiner but a
    preposition or a form of "be", in whose context the counts saw the noun almost never
    bare (``rarely_bare``)."""
    words = _WORD.findall(folded[max(start, match.start() - 80) : match.start()])[-6:]
    i = len(words) - 1
    while i >= 0 and len(words) - i <= 3 and describes(words[i]):
        i -= 1  # "warm", "waning", "renewed": may describe the noun
    if i < 0:
        return False
    word = words[i]
    if word == "as" or match.group() in NOT_ADJECTIVES:
        return False  # "as captain": a role; "into second", "in one": no noun phrase to complete
    if word in _BE:
        context = "be"
    elif word in counted_prepositions():
        if word == "to" and "v" in lx.tags(match.group()):
            return False  # "to fund", "to move": a verb the tagger may take for a noun
        context = "prep"
    else:
        return False
    after = _NEXT.match(folded, match.end())
    of = after is not None and after.group(1) == "of"
    return rarely_bare(match.group(), context, of, i < len(words) - 1)
