"""What follows a noun after a number or a counting word, for G202: whether the noun
modifies the next word ("a two hour drive", "100 year old law") or ends its phrase ("two
week after"), and whether it may be a verb ("both plan to").
"""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...english import DAY_WORDS, MONTH_NAMES, WEEKDAYS
from ..verbs import (
    bases,
    function_words,
    is_third,
    is_word,
    past_only,
    pasts,
    regular_pasts,
)
from .nouns import NUMBER_WORDS, word_set

_NOUN_TAGS = {"n", "p", "a"}
# Words that open a noun phrase of their own and describe no noun before them.
OPENS_A_PHRASE = (
    word_set("a an the this that these those some any all every each no many several few various both")
    | word_set("my your his her its our their")
)

def modifier_next(tokens, k: int) -> bool:
    """The word after the noun at ``k`` may be what it modifies or qualifies: another noun
    ("two hour drive"), an adjective ("100 year old"), a hyphen ("10-year"), a name."""
    if k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if after[0] in ("-", "–", "/", "'s", "’s") and after[1] == tokens[k][2]:
        return True
    if after[0] in ("-", "–") and k + 2 < len(tokens) and tokens[k + 2][0] in ("and", "or"):
        return True  # "several piano - and guitar-playing lessons": a hyphen held over
    if after[0] in ("'", "’"):
        return True  # "the prisoners' dilemma": a plural owner
    if after[0] == "(":
        # "a 60 inch (152.4 cm) diameter": a short bracket between it and its noun
        close = next((m for m in range(k + 2, min(len(tokens), k + 8)) if tokens[m][0] == ")"), None)
        noun = tokens[close + 1] if close is not None and close + 1 < len(tokens) else None
        return noun is not None and noun_like(noun) and not _past_verb(noun[0])  # (not "member (X) resigned")
    if names_a_day(after[0]):
        return False  # "lost two job Monday", "bought a cars yesterday": a day modifies no noun before it
    if after[0] in _AFTER_A_MEASURE:
        return False  # "30 year later", "five year ago": said of the measure, no noun after it
    if after[0] in _DIRECTIONS and (k + 2 >= len(tokens) or not noun_like(tokens[k + 2])):
        return False  # "2 mile west of", "65 mile southeast.": not "two east coast cities"
    if after[0] in ("and", "or", "&") and k + 2 < len(tokens) and is_word(tokens[k + 2]):
        # "2,000 business and political leaders": two modifiers of one noun; not "60
        # country and employs"
        if _finite_verb(tokens[k + 2][0]):
            return False
        second = tokens[k + 2]
        if second[0] in OPENS_A_PHRASE:
            return False  # "500 wolf and many deer", "two car and the bus": a new phrase
        counted_or_name = second[3][:1].isupper() or lx.is_plural_noun(second[0]) and second[3][:1].islower()
        if counted_or_name and not modifier_next(tokens, k + 2):
            # "237 order and commitments for": two counted nouns; "501 delegate and Sanders at
            # least 69": a name; neither describes a noun after it with the first
            return False
        return modifier_next(tokens, k + 1) or noun_like(tokens[k + 2])
    if (
        after[0] in function_words()
        and "a" in lx.tags(after[0])
        and k + 2 < len(tokens)
        and noun_like(tokens[k + 2])
        and tokens[k + 2][3][:1].islower()
        and not tokens[k + 2][0].endswith("ing")
    ):
        # "both liberal outside groups": a preposition that is an adjective here (not "two
        # week after slamming", "three month after Carrier's")
        return True
    if not is_word(after):
        return False
    if _past_verb(after[0]) and not any(c.isupper() for c in after[3]):
        return False  # "three new school opened" (not "-s": "page adverts" may be a plural)
    if after[0] in _MEASURE_ADJECTIVES:
        # "a 100 year old law", "a 10 foot high wall", "an inexperienced 13 year old"; not
        # an age set off by commas ("Mr Smith, 52 year old, said") or said of a subject
        aside = k >= 2 and tokens[k - 2][0] in (",", "(") and k + 2 < len(tokens) and tokens[k + 2][0] in (",", ")")
        return not aside and not predicate_measure(tokens, k)
    m = k + 1
    while m < len(tokens) and m <= k + 3 and _adjective_only(tokens[m]):
        m += 1
    if m == k + 1:
        return noun_like(after)
    # adjectives after the noun: "many chief financial officers" (a noun follows them: the
    # first noun is a modifier too) or "several member resigned" (nothing does)
    return m < len(tokens) and noun_like(tokens[m])


# Words before a number whose measure is said of something, not a describing phrase: "was 57
# year old", "at least 18 year old", "about 30 mile long" (not "a 13 year old", "the 10 mile").
_BEFORE_A_PREDICATE = word_set(
    "is was are were be been being about around nearly almost least under over aged than"
    " turned turns just only roughly approximately"
)


def predicate_measure(tokens, k: int) -> bool:
    """The noun at ``k``, straight after a number that a verb or an adverb of degree comes
    before, and a measure adjective ("old", "long") that nothing describable follows: the
    measure is said of a subject ("she was 57 year old and", "is three mile long."), so its
    noun wants the plural."""
    if k < 2 or k + 1 >= len(tokens) or tokens[k + 1][0] not in _MEASURE_ADJECTIVES:
        return False
    number = tokens[k - 1][0]
    if not (number[:1].isdigit() or number in NUMBER_WORDS) or tokens[k - 2][0] not in _BEFORE_A_PREDICATE:
        return False
    return k + 2 >= len(tokens) or not noun_like(tokens[k + 2])


def _adjective_only(token) -> bool:
    if not is_word(token) or any(c.isupper() for c in token[3]):
        return False
    found = set(lx.tags(token[0]))
    return "a" in found and not ({"n", "p"} & found) and not plural_looking(token[0])


def plural_looking(word: str) -> bool:
    # a plural the tables give only as a verb ("full page adverts"): any "-s" word may be one
    return word.endswith("s") and not word.endswith("ss") and lx.is_word(word[:-1])


def noun_like(token) -> bool:
    """A word that may be a noun or an adjective, or that the tables do not know (a name,
    a rare plural: "billionaires"), or an -ing form ("aerial refuelling tankers")."""
    if not is_word(token) or token[0] in function_words():
        return False
    if token[0].endswith("ing"):
        return True
    if any(c.isupper() for c in token[3]):
        return True
    found = lx.tags(token[0])
    if "x" in found:
        return False  # "those device will": an auxiliary
    if not found:
        # function words ("of", "to", "the") are not in the tables either, and are common
        return lx.zipf(token[0]) < 5.0
    word = token[0]
    if _NOUN_TAGS & set(found) or lx.is_plural_noun(word):
        return True
    # a plural the tables give only as a verb ("full page adverts"): any "-s" word may be one
    # (not an adverb: "three year afterwards")
    return "v" in found and word.endswith("s") and not word.endswith("ss") and lx.is_word(word[:-1])


_MEASURE_ADJECTIVES = word_set("old long high wide deep tall thick")
# Words said of a measure before them, which no noun follows: "30 year later", "a mile apart".
_AFTER_A_MEASURE = word_set("ago later earlier afterwards afterward apart")
_DIRECTIONS = word_set("north south east west northeast northwest southeast southwest")
_SAFE_AFTER_VERBLIKE = word_set(". , ; : ! ? ) of are were have had and or — –")


def verb_reading(tokens, k: int) -> bool:
    """The noun at ``k`` is also a verb and what follows lets it be one ("these plan to",
    "both work here"); not when a verb follows it ("both side agreed")."""
    if "v" not in lx.tags(tokens[k][0]):
        return False
    if tokens[k][0] in pasts():
        return True  # "what many thought was", "few said so"
    m = k + 1
    while m < len(tokens) and m < k + 3 and tokens[m][0].endswith("ly") and "r" in lx.tags(tokens[m][0]):
        m += 1  # "the two bank reportedly held"
    if m >= len(tokens) or tokens[m][0] in _SAFE_AFTER_VERBLIKE:
        return False
    return not (_finite_verb(tokens[m][0]) or "x" in lx.tags(tokens[m][0]))


def _finite_verb(word: str) -> bool:
    """A past or third-person form that is not also a noun: "agreed", "went", "says"."""
    return _past_verb(word) or is_third(word) and "p" not in lx.tags(word)


_DAYS_AND_MONTHS = frozenset(WEEKDAYS) | {name.lower() for name in MONTH_NAMES if name} | DAY_WORDS


def names_a_day(word: str) -> bool:
    """A weekday, a month or "today", "yesterday" …: it describes no noun before it."""
    return word.lower() in _DAYS_AND_MONTHS


def capital_adjective(tokens, k: int) -> bool:
    """A capitalised adjective before a lower-case word: a nationality or party ("American",
    "Republican", "Congressional"), not a name ("10 Downing Street")."""
    found = lx.tags(tokens[k][0])
    return (
        "a" in found
        and "p" not in found
        and k + 1 < len(tokens)
        and is_word(tokens[k + 1])
        and tokens[k + 1][3][:1].islower()
    )


def _past_verb(word: str) -> bool:
    """A simple past: "went", "agreed" ("-ed" forms are participles too), "said" (a past that
    is no base form, noun or adjective)."""
    return (
        word in past_only()
        or word in regular_pasts()
        or word in pasts() and word not in bases() and not {"n", "a", "p"} & set(lx.tags(word))
    )
