"""G303's four readings of a measured word in its tagged sentence: after a preposition,
after "be", after an adjective that takes an article, as a verb's object."""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ..missing_words import (
    DETERMINER_WORDS,
    counted_after,
    counted_prepositions,
    noun_phrase,
    tokens_at,
)
from .countability import countability, rarely_bare
from .frames import (
    NOT_ADJECTIVES,
    after_be,
    bare_by_rule,
    context_of,
    existential,
    national_adjectives_lowered,
    object_with_adjective,
)
from .looks import BE_BEFORE, may_open_a_bare_phrase, preposition_near
from .measured import bare_noun_contexts, determined_adjectives, determined_nouns

DESCRIBING_TAGS = frozenset(("JJ", "JJR", "VBN", "VBG", "HYPH"))


def _tagged_at(doc, offset: int):
    """(tokens, words, tags, index of the token starting at ``offset``) or None."""
    found = tokens_at(doc, offset)
    if found is None:
        return None
    tokens, k = found
    # (the tags as a sequence read through the tokens: the sentence is tagged only as far as
    # the reading looks, a few words past the noun, not to its end)
    return tokens, tokens.texts, tokens.tags, k


def _bare_phrase_at(doc, offset: int):
    """(tokens, words, tags, head, phrase start, word before) when the noun at ``offset`` heads
    a noun phrase with no determiner and a word before it, else None."""
    tagged = _tagged_at(doc, offset)
    if tagged is None:
        return None
    tokens, words, tags, k = tagged
    reading = noun_phrase(words, tags, k)
    if reading is None:
        words, tags = national_adjectives_lowered(words, tags, k)
        reading = noun_phrase(words, tags, k)
    if reading is None:
        return None
    first, determined, before = reading
    if determined or before < 0:
        return None
    return tokens, words, tags, k, first, before


def read_after_preposition(doc, folded: str, start: int, match: re.Match):
    """(tokens, phrase start, head, word before) when the measured noun of ``match`` heads a
    bare phrase straight after a preposition it was measured with ("As way to"), else None."""
    if not preposition_near(folded, match.start(), start, match.group()):
        return None
    phrase = _bare_phrase_at(doc, match.start())
    if phrase is None:
        return None
    tokens, words, tags, k, first, before = phrase
    if not counted_after(words, before, k):
        return None
    if words[first].lower() in determined_adjectives():
        return None  # "at same time": read from the adjective
    prep = words[before].lower()
    person, attested, compound = determined_nouns()[words[k]]
    if prep not in attested or person and prep == "as":
        return None  # "by way of", "under oath": not measured as determined; "as chair": a role
    if prep not in compound and any(tag.startswith("NN") for tag in tags[first:k]):
        return None  # "on election day", "in coal country": usual with a describing noun
    if before > 0 and (words[before - 1].lower(), prep) in bare_noun_contexts():
        return None  # "lack of background", "fit for purpose": a bare noun is usual there
    if prep == "to" and "v" in lx.tags(words[k]):
        return None  # "to start", "to visit": a verb the tagger may take for a noun
    if bare_by_rule(words, tags, first, k, before):
        return None
    return tokens, first, k, before


def read_after_be(doc, folded: str, start: int, match: re.Match):
    """(tokens, phrase start, head, word before) when the noun of ``match``, never seen bare
    after a form of "be", heads a bare phrase there ("is good idea"), else None."""
    be = BE_BEFORE.search(folded, max(start, match.start() - 60), match.start())
    if be is None or any(w in DETERMINER_WORDS or w.endswith("'s") for w in be.group(1).split()):
        return None  # no "is" in the three words before, or a determiner between
    phrase = _bare_phrase_at(doc, match.start())
    if phrase is None:
        return None
    tokens, words, tags, k, first, before = phrase
    if not after_be(words, tags, before):
        return None
    if any(tag in ("VBN", "VBG", "RB") for tag in tags[first:k]):
        return None  # "be denied due process", "was running committed mistake": verbs
    if existential(words, tags, before):
        return None  # "there is comfort in": a mass sense, the commonest use there
    if words[first].lower() in determined_adjectives():
        return None  # "is same age": read from the adjective
    if bare_by_rule(words, tags, first, k, before):
        return None
    return tokens, first, k, before


def read_after_adjective(doc, folded: str, start: int, match: re.Match):
    """(tokens, phrase start, head, word before) when the adjective of ``match``, measured
    as always after an article, opens a bare singular phrase after a preposition or a verb
    ("at same time", "won whole race"), else None."""
    if not may_open_a_bare_phrase(folded, match, start):
        return None
    tagged = _tagged_at(doc, match.start())
    if tagged is None:
        return None
    tokens, words, tags, j = tagged
    if tags[j] != "JJ" or not words[j].islower():
        return None
    k = j + 1
    while k < len(tags) and k <= j + 3 and tags[k] in DESCRIBING_TAGS:
        k += 1
    if k >= len(tags) or tags[k] != "NN":
        return None
    reading = noun_phrase(words, tags, k)
    if reading is None:
        return None
    first, determined, before = reading
    if determined or first != j or before < 0:
        return None
    if not (words[before].lower() in counted_prepositions() or tags[before].startswith("VB")):
        return None
    if bare_by_rule(words, tags, first, k, before):
        return None
    return tokens, first, k, before


def read_after_verb(doc, match: re.Match):
    """(tokens, phrase start, head, word before) when the noun of ``match``, almost never bare
    as a verb's object with an adjective, heads such a bare phrase ("creating warm
    atmosphere", "set up Vietnamese flag"), else None."""
    phrase = _bare_phrase_at(doc, match.start())
    if phrase is None:
        return None
    tokens, words, tags, k, first, before = phrase
    if not object_with_adjective(words, tags, first, k, before):
        return None
    if words[first].lower() in determined_adjectives():
        return None  # "won whole race": read from the adjective
    if bare_by_rule(words, tags, first, k, before):
        return None
    return tokens, first, k, before


def read_by_context(doc, match: re.Match):
    """(tokens, phrase start, head, word before) when the noun of ``match`` heads a bare phrase
    in a context where it was almost never seen bare (``countability.rarely_bare``: after a
    preposition or "be", "of" after it or not, an adjective before it or not), else None. Names are no part of it: "Fujian province" is no nationality."""
    tagged = _tagged_at(doc, match.start())
    if tagged is None:
        return None
    tokens, words, tags, k = tagged
    reading = noun_phrase(words, tags, k)
    if reading is None or reading[1] or reading[2] < 0:
        return None
    first, _, before = reading
    context = context_of(words, tags, before, k)
    of = k + 1 < len(words) and words[k + 1].lower() == "of"
    described = any(tag in DESCRIBING_TAGS for tag in tags[first:k])
    noun = words[k].lower()
    if noun in NOT_ADJECTIVES:
        return None  # "into second", "in one": an ordinal or a number
    if not rarely_bare(noun, context, of, described):
        return None
    if countability().seen_bare_after(noun, words[before].lower(), of):
        return None  # "under way", "in terms of": counted bare after this very word
    if not words[before].islower() and words[before] != ",":
        return None  # "Wedding anniversary", "Of Mice": a title or a name in title case, no verb
    if words[before].lower() == "as":
        return None  # "as captain", "with Leeds as capital": a role, bare after "as" by rule
    if k + 1 < len(tags) and tags[k + 1] == "VBG":
        return None  # "basket weaving", "bomb making": the object of an -ing form
    if words[first].lower() in determined_adjectives():
        return None  # "at same time": read from the adjective
    if any(tag.startswith("NN") for tag in tags[first:k]):
        return None  # "on election day": a describing noun
    if any(word.lower() in NOT_ADJECTIVES or word.lower() == "fewer" for word in words[first:k]):
        return None  # "played little role", "took second place": a quantifier or ordinal
    if context == "be" and (existential(words, tags, before) or any(t in ("VBN", "VBG", "RB") for t in tags[first:k])):
        return None
    if bare_by_rule(words, tags, first, k, before):
        return None
    return tokens, first, k, before
