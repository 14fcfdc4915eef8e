"""S206: a noun in -ance/-ence written for its adjective ("an importance measure")."""

from __future__ import annotations

import re
from functools import lru_cache

from ...analysis import lexicon as lx
from ...datafiles import data_words
from ...english import word_set as _words
from ...rule import accepted, flagged
from .base import ContextRule, is_word
from .words import ALL_PREPOSITIONS, DETERMINERS, NOT_HEADS, time_words

# Nouns in -ance/-ence/-ency that news copy seldom uses as modifiers, so that one standing
# before the word it describes is its adjective mistyped. Nouns often used as modifiers
# ("an independence referendum", "a confidence vote", "an assistance package", "a
# convenience store") are not in the list.
_MISUSED_NOUNS = _words(
    """
    importance significance difference violence dominance relevance prominence brilliance
    elegance arrogance reluctance abundance excellence permanence persistence urgency
    indifference insignificance irrelevance magnificence extravagance ignorance diligence
    prudence
    """
)


@lru_cache(maxsize=1)
def _compound_heads() -> frozenset[str]:
    """Heads that follow a noun in a compound ("a significance test", "a violence prevention
    programme"): nouns of measurement, policy and organisation, from
    data/compound_heads.txt."""
    return data_words("compound_heads.txt")


class NounForAdjective(ContextRule):
    """A noun where its adjective belongs: "an importance confidence-building step".

    *What it flags*: "a" or "an" followed by a noun in -ance, -ence or -ency that news copy
    seldom uses as a modifier, and then by the word it should describe: "an importance
    measure" (important), "a significance increase" (significant), "a violence protest"
    (violent), "a difference approach" (different); after "the" too when the word described
    is a hyphenated compound ("the importance confidence-building measure"); and
    "difference" where "different" belongs: "very difference strategies", "20 difference
    states", "would be difference.", "backed difference candidates"; and any such noun that
    has an adjective where only the adjective can stand (``_noun_in_adjective_slot``): after
    a degree word ("very importance"), after "is so", before "than" or "since" after a copula
    ("is more importance than", where the counts hold the copula before the adjective far
    more often), in "Perhaps most importance," and "the most importance takeaway".

    *Why it matters*: the slip is invisible to a spell checker, and it often survives into
    print inside quotations, where it makes the speaker look careless.

    *Flagged*: "The US praised it as an importance confidence-building measure."

    *Preferred*: "The US praised it as an important confidence-building measure."

    *Known limits*: nouns that news copy uses as modifiers are left alone ("an independence
    referendum", "an assistance package", "a confidence vote"), as are compounds with a
    noun of measurement or policy ("a significance test", "a violence prevention
    programme") and "make a difference". After "the" a plain noun is not checked, since "the
    difference officials saw" is right.

    *How sure*: advice (info) since the prec12 precision audit: on Wikipedia text (AD_70-89)
    none of its three warnings was right ("he has an importance similar to that of St. Mark",
    "to establish a dominance hierarchy"); a warning where the evidence of the words around it
    strongly prefers the adjective.
    """

    evidence = True
    code = "S206"
    name = "noun-for-adjective"
    severity = "info"
    triggers = _words("a an the")
    pattern = re.compile(
        r"(?<![\w'])(?:(?:an|a|the)(?=\s+[^\W\d_]+(?:ance|ence|ency)\b)|difference(?![\w'-])"
        r"|(?<=\s)[a-z]+(?:ance|ence|ency)(?![\w'-]))"
    )
    examples = (
        flagged("The US praised it as an importance confidence-building measure.", "importance"),
        # after a copula before a mark or "and", where the counts hold the adjective far likelier
        flagged("History is importance and we have a history. It is most importance.", "importance", "importance"),
        accepted("What matters is relevance. The answer is violence, and there is importance in it."),
        flagged("Officials reported a significance increase in cases.", "significance"),
        flagged("Police broke up a violence protest.", "violence"),
        flagged("So it's extremely importance that both sides understand what happened.", "importance"),
        accepted("The party's very existence was at stake in the vote on Monday."),
        flagged("Zoë Müller called it “an importance step”.", "importance"),
        flagged("Zoë Müller called it \"an importance step\".", "importance"),
        flagged("Officials said it was a significance change", "significance"),
        flagged("An importance step was taken.", "importance"),
        accepted(""),
        accepted("The US praised it as an important confidence-building measure."),
        accepted("An independence referendum, an assistance package and a significance test."),
        accepted("The difference officials saw was small; the importance of the talks grew."),
        accepted("It made a difference, and “the significance is clear,” said Zoë Müller."),
        flagged("It allows the difference firms to share tools.", "difference"),
        flagged("They are systematically difference from the rest, and hers couldn't be more difference from his.", "difference", "difference"),
        accepted("There is no difference from last year; the difference from 2019 is small."),
        accepted("The difference matters to voters, and the difference costs make is clear."),
        flagged("Leadership is so importance at times like these, and the states are very importance.", "importance", "importance"),
        flagged("Perhaps most importance, it is more importance than ever that we act.", "importance", "importance"),
        accepted("There is importance in study; this is of more importance than that, and it was the very importance of the talks, and the party's very existence, that mattered."),
        accepted("What they want is independence, and what they want is more independence than before."),
        accepted("Turnout makes more difference than money, and the rally made all the difference."),
    )

    def at(self, tokens, i, token, vocabulary=None):
        word = token[0]
        if word == "difference":
            return _difference_for_different(tokens, i)
        if word.endswith(("ance", "ence", "ency")):
            return _noun_in_adjective_slot(tokens, i)
        if i + 2 >= len(tokens):
            return None
        noun_token, head_token = tokens[i + 1], tokens[i + 2]
        noun, head = noun_token[0], head_token[0]
        if noun not in _MISUSED_NOUNS:
            return None
        adjective = lx.adjective_of(noun)
        if adjective is None or head_token[1] == noun_token[2]:
            return None  # no space after the noun: "the difference-maker"
        if i and tokens[i - 1][0] in _MAKE:
            return None  # "make a difference right now"
        if not is_word(head_token) or head_token[3][:1].isupper():
            return None
        if head in NOT_HEADS or head in _compound_heads() or head in time_words():
            return None
        compound = (
            i + 3 < len(tokens) and tokens[i + 3][0] == "-" and tokens[i + 3][1] == head_token[2]
        )  # "an importance confidence-building measure"
        if not compound:
            head_tags = lx.tags(head)
            if word == "the" or not ({"n", "a"} & set(head_tags)) or "r" in head_tags:
                return None
        return (i + 1, i + 1, noun, adjective, " (the adjective, before the word it describes)")


    def evidence_vetoed(self, tokens, i) -> bool:
        """"difference" as the object of "make", two words at most after it: "makes more
        difference than money", "made all the difference", where "more different than"
        outweighs the phrase in the counts."""
        return tokens[i][0] == "difference" and any(t[0] in _MAKE for t in tokens[max(0, i - 3) : i])


_MAKE = _words("make makes made making")
_INTENSIFIERS = _words(
    """
    very vastly starkly completely entirely totally radically fundamentally slightly somewhat
    markedly strikingly dramatically significantly substantially wildly remarkably utterly
    profoundly notably distinctly decidedly
    """
)
_QUANTIFIERS = _words(
    "many several few various two three four five six seven eight nine ten dozen hundred"
    " thousand million these those all"
)
_COPULAS = _words("is are was were be been being seem seems seemed looks looked feel feels")
# What may follow "different countries" but not a clause "(that) voters make": a mark, a
# preposition, a conjunction.
_AFTER_PLURAL_SUBJECT = _words(", . ; : and or in of on at with for from across around between")


def _difference_for_different(tokens, i):
    """"difference" where "different" belongs: "very difference strategies", "20 difference
    states", "would be difference.", "in difference respects", and before "from" or "than"
    after an adverb in -ly or "more"/"most" after a copula ("are systematically difference
    from", "couldn't be more difference from"; measured 2026-12-06: injected different->
    difference (any) 50 -> 52 of 63 | 46 -> 46 of 71, un-injected findings unchanged; the one
    Wikipedia line of all 400 files with such words before "difference from/than" and the
    five clean sources unchanged)."""
    prev = tokens[i - 1][0] if i else ""
    nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    nxt_is_plural = (
        i + 1 < len(tokens)
        and is_word(tokens[i + 1])
        and not tokens[i + 1][3][:1].isupper()
        and lx.is_plural_noun(nxt)
        and nxt not in time_words()
        and "v" not in lx.tags(nxt)
    )
    found = None
    plural_any = (
        i + 1 < len(tokens)
        and is_word(tokens[i + 1])
        and not tokens[i + 1][3][:1].isupper()
        and lx.is_plural_noun(nxt)
        and nxt not in time_words()
        and tokens[i + 1][1] > tokens[i][2]
    )
    then = tokens[i + 2][0] if i + 2 < len(tokens) else ""
    after_to = tokens[i + 3][0] if i + 3 < len(tokens) else ""
    if prev in ("the", "these", "those", "its", "their", "his", "her", "our") and plural_any and (
        nxt_is_plural and then in _AFTER_PLURAL_SUBJECT
        or then == "to" and "v" in lx.tags(after_to) and not lx.is_plural_noun(after_to)
        and after_to not in time_words()
    ):
        # "the difference firms to share tools", "the difference countries"
        found = True
    elif prev in _INTENSIFIERS:
        found = True
    elif prev in _COPULAS and (not nxt or nxt in (".", ",", ";", ":", "!", "?", "than", "from")):
        found = True
    elif nxt in ("from", "than") and (
        prev.endswith("ly") and lx.tags(prev) == "r"
        or prev in _COMPARED and i >= 2 and tokens[i - 2][0] in _COPULAS
    ):
        # "are systematically difference from", "couldn't be more difference from": an
        # adverb or a comparison grades the adjective before "from" or "than"
        found = True
    elif (prev in _QUANTIFIERS or prev[:1].isdigit()) and nxt_is_plural:
        found = True
    elif nxt_is_plural and (
        prev in ALL_PREPOSITIONS
        or "v" in lx.tags(prev) and not {"n", "a"} & set(lx.tags(prev)) and prev not in _MAKE
    ):
        found = True
    if found:
        return (i, i, "difference", "different", " (the adjective)")
    return None


# Words before which only an adjective may stand, never a noun in -ance/-ence/-ency: degree
# words ("very importance", "extremely relevance"), and "so" or "too" after a copula ("is so
# importance").
_DEGREE = (_INTENSIFIERS - _words("notably")) | _words(
    "extremely incredibly vitally critically hugely highly really increasingly"
)  # (not "notably", which opens a list: "notably resistance and transference")
_SO_TOO = _words("so too")
# Before "very" as an adjective ("the very importance of", "whose very existence",
# "Heracles' very existence"; "the party's very existence" ends in "'s": tokens have
# straight apostrophes).
_OWNERS = DETERMINERS | _words("of whose '")
_COMPARED = _words("more most")
# Words in "'s" that are a pronoun and "is", not an owner: "it's very importance".
_IS_CONTRACTIONS = _words("it's that's what's there's here's he's she's who's where's how's")
# What may follow a predicate adjective but not such a noun after a copula ("is importance
# since", "is more importance than"); not "of" or "to" ("is resistance to alteration"), nor
# the end of the clause ("What they want is independence.").
_AFTER_PREDICATE = _words("than that since because")
# ... and what may follow either, where the adjective must be far likelier still
# (``_ENDING_RATIO``): "History is importance and", "It is most importance."
_ENDING_PREDICATE = _words("and to for . , ; : ! ?")
# Words opening a sentence adverb "Most important," ("Perhaps most importance, ...").
_BEFORE_SENTENCE_ADVERB = _words(". ; : perhaps but even “ \" (")
# How much more often the counts hold the copula (or "more"/"most") before the adjective
# than before the noun, for a noun written so to be read as the adjective.
_PREDICATE_RATIO = 20.0
# Before a mark, "and", "to" or "for" a noun stands after a copula more often ("what matters
# is relevance."), so the adjective must be likelier by far: "is important" is written 1,328
# times as often as "is importance", "significant" 215 times; "relevant" 83, "different" 128.
_ENDING_RATIO = 200.0


def _noun_in_adjective_slot(tokens, i):
    """A noun in -ance, -ence or -ency whose adjective the words around it call for: after a
    degree word ("very importance"; not "the very importance", "the party's very existence"
    or "whose very existence"), "so" or "too" after a copula ("is so importance"), a copula
    or "more"/"most" after one before "than", "that", "since" or "because" ("is importance
    since", "is more importance than", where the counts hold the copula before the
    adjective far more often than before the noun: not "is evidence"; not "there is
    importance in"), "most" or "more" opening a sentence adverb ("Perhaps most importance,
    ..."), and "the most" before a noun ("the most importance takeaway"). Never a word
    that is a verb too ("would significantly influence prices"). After a copula before a
    mark, "and", "to" or "for" too, where the counts hold the copula before the adjective
    ``_ENDING_RATIO`` times as often ("History is importance and", "It is most importance.";
    not "what matters is relevance.", nor after "what" or "all": "what they want is
    independence,"). Measured (2026-12-06): injected important->importance 59 -> 64 of 79 |
    46 -> 51 of 75, un-injected findings unchanged; nothing new over the Wikipedia lines with
    a copula before such a noun, the five clean sources or the wide copy."""
    word = tokens[i][0]
    adjective = lx.adjective_of(word)
    if adjective is None or tokens[i][3][:1].isupper() or i < 2 or "v" in lx.tags(word):
        return None
    prev, before = tokens[i - 1][0], tokens[i - 2][0]
    nxt = tokens[i + 1][0] if i + 1 < len(tokens) else "."
    found = False
    if prev in _DEGREE:
        # not "the party's very existence"; but "it's extremely importance": "'s" for "is"
        found = before not in _OWNERS and (not before.endswith("'s") or before in _IS_CONTRACTIONS)
    elif prev in _SO_TOO:
        found = before in _COPULAS
    elif prev in _COMPARED and nxt == ",":
        found = before in _BEFORE_SENTENCE_ADVERB
    elif prev == "most" and before == "the" and i + 1 < len(tokens):
        after = tokens[i + 1]
        found = is_word(after) and "n" in lx.tags(nxt) and not after[3][:1].isupper()
    if not found and (nxt in _AFTER_PREDICATE or nxt in _ENDING_PREDICATE):
        copula = i - 1 if prev in _COPULAS else i - 2 if prev in _COMPARED and before in _COPULAS else None
        if copula is None and prev in _COMPARED and i >= 3 and lx.tags(before) == "r" and tokens[i - 3][0] in _COPULAS:
            copula = i - 3  # "is now more importance than"
        if copula is not None and (copula == 0 or tokens[copula - 1][0] not in ("there", "here")):
            ratio = _PREDICATE_RATIO if nxt in _AFTER_PREDICATE else _ENDING_RATIO
            cleft = nxt in _ENDING_PREDICATE and any(t[0] in ("what", "all") for t in tokens[max(0, copula - 6) : copula])
            # ("what they want is independence,": a noun names what is wanted)
            found = not cleft and _predicate_far_likelier(tokens[i - 1][0], word, adjective, ratio)
    if found:
        return (i, i, word, adjective, " (the adjective)")
    return None


def _predicate_far_likelier(left: str, noun: str, adjective: str, ratio: float = _PREDICATE_RATIO) -> bool:
    """Do the near-word counts hold ``left`` before the adjective ``ratio`` times as often as
    before the noun?"""
    from .near_words import counts

    table = counts()
    return table.count(left, adjective) >= ratio * max(table.count(left, noun), 1.0)
