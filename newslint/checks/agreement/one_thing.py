"""G202's other direction: a plural noun after a word of one thing ("a women", "every
members", "another problems") or straight after "much" ("much problems"); and "other"
standing for a noun with no determiner, which needs its plural ("many other.", "talk with
other who").
"""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...ngrams import starts_sentence
from ..verbs import function_words, headword_s, is_word
from .modifiers import modifier_next
from .nouns import (
    counts_many,
    irregular_plural_set,
    singular_of,
    singular_too,
    word_set,
)


def plural_after_single(tokens, i: int) -> int | None:
    """"a women", "another problems", "every members": a plural noun, with no verb reading,
    after a determiner of one thing (adjectives may stand between). A capital "A" inside a
    sentence is a label, not the article ("the A missions")."""
    if tokens[i][3] == "A" and not starts_sentence(tokens, i):
        return None
    k = _plural_ahead(tokens, i, verb_reading=False)
    if k is not None and modifier_next(tokens, k):
        return None  # "a jobs report", "a women's group" (one word)
    return k


def _plural_ahead(tokens, i: int, verb_reading: bool) -> int | None:
    """The plural noun among the three words after ``i``, adjectives only before it (one that
    may be a verb too only with ``verb_reading``), or None."""
    k = i + 1
    for _ in range(3):
        if k >= len(tokens) or not is_word(tokens[k]) or any(c.isupper() for c in tokens[k][3]):
            return None
        word = tokens[k][0]
        if counts_many(word) or word in function_words():
            return None
        found = set(lx.tags(word))
        plural = singular_of(word) is not None or word in irregular_plural_set()
        if plural and singular_too(word):
            return None  # "an opera", "a means", "a crossroads": a singular noun as well
        if plural and (verb_reading or "v" not in found) and "p" in found and word not in headword_s():
            return k
        if "a" not in found or "n" in found or "p" in found:
            return None
        k += 1
    return None


# Verbs after a noun phrase that say it is one ("this reports are": "reports" is a noun).
_AUXILIARIES = word_set("are were have had will would can could may might must should do did")
# The same with the singular forms: after "this names" any of them shows a noun, not a verb.
VERBS_AFTER_A_NOUN = _AUXILIARIES | word_set("is was has does")


def plural_after_this(tokens, i: int) -> int | None:
    """"this problems", "this reports are": a plural noun after "this", which is the
    determiner of one thing; a plural that is a verb too only when a verb follows it
    ("this reports the news" is a pronoun and its verb)."""
    k = plural_after_single(tokens, i)
    if k is not None or i + 2 >= len(tokens):
        return k
    noun, after = tokens[i + 1], tokens[i + 2][0]
    word = noun[0]
    if not is_word(noun) or noun[3][:1].isupper() or after not in _AUXILIARIES:
        return None
    plural = singular_of(word) is not None or word in irregular_plural_set()
    if plural and "p" in lx.tags(word) and not singular_too(word) and word not in headword_s():
        return i + 1
    return None


def plural_after_much(tokens, i: int) -> int | None:
    """"much problems": a plural noun straight after "much" (not "much needs doing", "much
    larger cities", "thank you very much guys")."""
    if i + 1 >= len(tokens) or not is_word(tokens[i + 1]) or tokens[i + 1][3][:1].isupper():
        return None
    if i >= 1 and tokens[i - 1][0] in ("very", "so", "thank", "thanks", "you"):
        return None
    word = tokens[i + 1][0]
    found = lx.tags(word)
    plural = "p" in found and "v" not in found or word in irregular_plural_set()
    if not plural or singular_too(word) or word in headword_s():
        return None
    return i + 1


# Prepositions after which "that" is a determiner or a pronoun, never a conjunction or a
# relative ("at that times", "during that decades"): not "in" ("in that prices rose"), "so",
# "now", "except", "given" or "such", which take a clause; not "after", "before" or "until",
# after which "that" may stand alone before a clause ("Before that troops had held it"); not
# a particle of a phrasal verb ("pointed out that prices rose").
BEFORE_THAT = word_set(
    "at by during for from of on to into onto through throughout within with without under"
    " across toward towards against among amongst beyond upon via since behind despite"
)
# Words after a plural that make it a span of time after "that" standing alone ("agreed to
# that years ago").
_AFTER_A_SPAN = word_set("ago later earlier before after back on")


def plural_after_that(tokens, i: int) -> int | None:
    """"at that times", "during that decades": a plural noun after "that" that follows a
    preposition, where "that" can only be the determiner of one thing (adjectives may stand
    between). A plural that is a verb too counts: no verb can follow "that" there."""
    if i < 1 or tokens[i - 1][0] not in BEFORE_THAT:
        return None
    k = _plural_ahead(tokens, i, verb_reading=True)
    if k is None or modifier_next(tokens, k) or k + 1 < len(tokens) and tokens[k + 1][0] in _AFTER_A_SPAN:
        return None
    return k


# Words after which "other" standing alone means more than one: counting words and
# prepositions ("many other.", "with other who"); not "and" ("between self and other").
_BEFORE_OTHERS = word_set(
    "two three four five six seven eight nine ten many several few various numerous these those"
    " both all with for from of about like by among"
)
# What may follow a noun phrase that ends in "other": a full stop, a relative, a verb (not a
# comma or a bracket, which may close a list of describing words: "from other, Western
# sources", "(and other) solids").
_AFTER_OTHERS = word_set(". ; ! ? that who which were are was have had will would can could may might must should do did")


def other_alone(tokens, i: int) -> bool:
    """"other" at ``i`` stands for a noun with no determiner of one thing before it ("the
    other", "each other", "no other", "her significant other") and so means "others":
    "Bell Canada and many other.", "talk with other who disagree"."""
    if i < 1 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1][0], tokens[i + 1]
    if before not in _BEFORE_OTHERS and not before[:1].isdigit():
        return False
    if after[0] not in _AFTER_OTHERS:
        return False
    # a full stop that opens a word is no stop: "other .NET languages"
    return not (after[0] == "." and i + 2 < len(tokens) and tokens[i + 2][1] == after[2])
