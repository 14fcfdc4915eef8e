"""G202's other direction: a plural noun after a word of one thing ("a women", "every
members", "another problems") or straight after "much" ("much problems").
"""

from __future__ import annotations

from ...analysis import lexicon as lx
from ..verbs import function_words, headword_s, is_word
from .counting import modifier_next
from .nouns import MANY_AFTER_A, irregular_plural_set, singular_of, singular_too


def plural_after_single(tokens, i: int) -> int | None:
    """"a women", "another problems", "every members": a plural noun, with no verb reading,
    after a determiner of one thing (adjectives may stand between)."""
    k = i + 1
    for _ in range(3):
        if k >= len(tokens) or not is_word(tokens[k]) or any(c.isupper() for c in tokens[k][3]):
            return None
        word = tokens[k][0]
        if word in MANY_AFTER_A or word in function_words():
            return None
        found = set(lx.tags(word))
        plural = singular_of(word) is not None or word in irregular_plural_set()
        if plural and singular_too(word):
            return None  # "an opera", "a means", "a crossroads": a singular noun as well
        if plural and "v" not in found and "p" in found and word not in headword_s():
            if modifier_next(tokens, k) or (
                tokens[i][0] in ("a", "an") and k + 1 < len(tokens) and tokens[k + 1][0] == "of"
            ):
                return None  # "a jobs report", "a women's group" (one word), "a means of"
            return k
        if "a" not in found or "n" in found or "p" in found:
            return None
        k += 1
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
