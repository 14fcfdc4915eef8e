"""What G202 reads: whether a number counts things, and the noun it counts ("100 year",
"several member", "one of the biggest problem", "a women").
"""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ...english import MONTH_NAMES, WEEKDAYS
from ...ngrams import starts_sentence
from ..verbs import (
    bases,
    count_nouns,
    function_words,
    is_third,
    is_word,
    past_only,
    pasts,
    regular_pasts,
)
from .nouns import (
    SINGLE_DETERMINERS,
    collectives,
    word_set,
)

_NUMBER_WORDS = word_set(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
)
# Counting words that stand before a plural noun ("several members", "these problems").
_QUANTIFIERS = word_set("several many various numerous few these those both")
# Words that count but are themselves numbers, never the counted noun.
_NUMERALS = word_set("hundred thousand million billion trillion dozen score couple half")
# Units of measure keep the singular in common use ("3 foot", "5 pound", "20 percent").
_UNITS = word_set(
    """
    foot pound mile ton tonne stone inch yard metre meter kilometre kilometer kilo gram ounce
    gallon litre liter acre hectare degree percent cent head dollar euro
    """
)
# Of-phrases after which the noun must be plural: "one of the", "each of these".
OF_COUNTERS = word_set("one each either neither both many several few")
_OF_DETERMINERS = word_set("the these those his her their its our my your")
# A singular noun after "these kind of", "those sort of" is a different construction.
_KIND_NOUNS = word_set("kind sort type")
_CURRENCY = set("$£€¥#/")
_OPENING_WORDS = word_set(
    "the for about after in over some nearly almost only just with by at from and but more"
    " than around roughly within during since"
)
_NOUN_TAGS = {"n", "p", "a"}


def _is_count(token) -> bool:
    text = token[0]
    return (
        is_word(token)
        and not token[3][:1].isupper()
        and text in count_nouns()
        and text not in _NUMERALS
        and text not in _UNITS
        and text != "other"  # "three other freed detainees"
        and not (text.endswith("ing") and "v" in lx.tags(text))  # "three in 10 saying"
        and "p" not in lx.tags(text)
    )


_ENDS = word_set(". ! ? ; :")


def modifier_next(tokens, k: int) -> bool:
    """The word after the noun at ``k`` may be what it modifies or qualifies: another noun
    ("two hour drive"), an adjective ("100 year old"), a hyphen ("10-year"), a name."""
    if k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if after[0] in ("-", "–", "/", "'s", "’s") and after[1] == tokens[k][2]:
        return True
    if after[0] in ("'", "’"):
        return True  # "the prisoners' dilemma": a plural owner
    if after[0] in _DAYS_AND_MONTHS:
        return False  # "lost two job Monday": a day modifies no noun before it
    if after[0] in ("and", "or", "&") and k + 2 < len(tokens) and is_word(tokens[k + 2]):
        # "2,000 business and political leaders": two modifiers of one noun; not "60
        # country and employs"
        if _finite_verb(tokens[k + 2][0]):
            return False
        return modifier_next(tokens, k + 1) or _noun_like(tokens[k + 2])
    if (
        after[0] in function_words()
        and "a" in lx.tags(after[0])
        and k + 2 < len(tokens)
        and _noun_like(tokens[k + 2])
    ):
        return True  # "both liberal outside groups": a preposition that is an adjective here
    if not is_word(after):
        return False
    if _past_verb(after[0]) and not any(c.isupper() for c in after[3]):
        return False  # "three new school opened" (not "-s": "page adverts" may be a plural)
    if after[0] in _MEASURE_ADJECTIVES:
        return True  # "a 100 year old law", "a 10 foot high wall"
    m = k + 1
    while m < len(tokens) and m <= k + 3 and _adjective_only(tokens[m]):
        m += 1
    if m == k + 1:
        return _noun_like(after)
    # adjectives after the noun: "many chief financial officers" (a noun follows them: the
    # first noun is a modifier too) or "several member resigned" (nothing does)
    return m < len(tokens) and _noun_like(tokens[m])


def _adjective_only(token) -> bool:
    if not is_word(token) or any(c.isupper() for c in token[3]):
        return False
    found = set(lx.tags(token[0]))
    return "a" in found and not ({"n", "p"} & found) and not _plural_looking(token[0])


def _plural_looking(word: str) -> bool:
    # a plural the tables give only as a verb ("full page adverts"): any "-s" word may be one
    return word.endswith("s") and not word.endswith("ss") and lx.is_word(word[:-1])


def _noun_like(token) -> bool:
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
    return word.endswith("s") and not word.endswith("ss") and lx.is_word(word[:-1])


_MEASURE_ADJECTIVES = word_set("old long high wide deep tall thick")
_SAFE_AFTER_VERBLIKE = word_set(". , ; : ! ? ) of are were have had and or — –")


def _verb_reading(tokens, k: int) -> bool:
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


_DAYS_AND_MONTHS = frozenset(WEEKDAYS) | {name.lower() for name in MONTH_NAMES if name}


def _capital_adjective(tokens, k: int) -> bool:
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


def _counted_noun(tokens, j: int, adjectives: int = 2, pronoun: bool = True, compounds: bool = True) -> int | None:
    """The index of a singular count noun at ``j``, after up to ``adjectives`` describing
    words ("two new member") or, with ``compounds``, nouns that describe the next one ("my
    next blog post"), when nothing after it makes it a modifier."""
    k = j
    for _ in range(adjectives + 1):
        if k >= len(tokens) or not is_word(tokens[k]):
            return None
        if tokens[k][3][:1].isupper():
            if _capital_adjective(tokens, k):
                k += 1  # "10 American sailor", "four English region"
                continue
            return None
        text = tokens[k][0]
        if (
            k + 2 < len(tokens)
            and tokens[k + 1][0] in ("-", "–")
            and tokens[k][2] == tokens[k + 1][1]
            and tokens[k + 1][2] == tokens[k + 2][1]
            and is_word(tokens[k + 2])
        ):
            # a hyphenated word: its last part decides. A plural ends the search
            # ("caucus-goers"), a noun is the candidate ("a one-man band"), anything else
            # is a modifier ("best-known")
            last = tokens[k + 2]
            if lx.is_plural_noun(last[0]) or "p" in lx.tags(last[0]) or not lx.tags(last[0]) and _plural_looking(last[0]):
                return None
            k += 2 if _is_count(last) and not modifier_next(tokens, k + 2) else 3
            continue
        modifier = modifier_next(tokens, k)
        if _is_count(tokens[k]) and not modifier and k + 2 < len(tokens):
            after = tokens[k + 1][0]
            listed = tokens[k + 2][0]
            if after in ("“", '"', "‘", "'") or (
                after == ","
                and ("a" in lx.tags(text) or k > 0 and tokens[k - 1][0] in ("-", "–"))
                and is_word(tokens[k + 2])
                and listed not in function_words()
                and ("a" in lx.tags(listed) or listed.endswith("ly") and "r" in lx.tags(listed))
            ):
                # "the original “big four” negotiators", "several minor, last-minute
                # changes", "the last high-profile, widely seen chances": a quoted or listed
                # modifier follows
                modifier = True
        if _is_count(tokens[k]) and not modifier:
            # a counting word that can stand alone ("these work", "both plan to") may be
            # the subject of a verb; a bare number seldom is
            return None if pronoun and _verb_reading(tokens, k) else k
        found = set(lx.tags(text))
        if text in _NUMERALS or text in _UNITS or "p" in found:
            return None
        if text.endswith("'s") or text in ("more", "most", "less", "than"):
            return None
        noun_modifier = (
            compounds
            and modifier
            # "my next blog post" ("blog" is in no table; nor are "of" and "the", but
            # they are far commoner)
            and (text in count_nouns() or not found and lx.is_word(text) and lx.zipf(text) < 5.0)
            and k + 1 < len(tokens)
            and is_word(tokens[k + 1])
        )
        if "a" not in found and not noun_modifier:
            return None
        k += 1
    return None


def _number_counts(tokens, i: int) -> bool:
    """The number at ``i`` counts things: not a year, a label ("page 12", "No. 10"), money,
    a score, a time or a decimal."""
    text = tokens[i][0]
    if text[:1].isdigit():
        if not re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", text):
            return False  # "2.5", "3:30", "2nd", "10am"
        value = int(text.replace(",", ""))
        if value < 2 or "," not in text and value >= 1000:
            return False  # "1 year", "the 2004 election", "the 80486 chip" (counts have commas)
        if i + 1 < len(tokens) and tokens[i + 1][1] == tokens[i][2] and not tokens[i + 1][0].isalpha():
            return False  # "3-1", "5%", "10/10"
    if tokens[i][3][:1].isupper() and not starts_sentence(tokens, i):
        return False  # "the Gang of Eight bill": a number word in a name
    if i == 0:
        return True
    before = tokens[i - 1]
    if before[0] == "of" and i >= 2 and tokens[i - 2][3][:1].isupper():
        return False  # "the Group of 20 summit": a name
    if before[0] in ("a", "an"):
        return False  # "a two hour drive", "a three time winner"
    if before[0] == "in" and i >= 2 and (tokens[i - 2][0][:1].isdigit() or tokens[i - 2][0] in _NUMBER_WORDS | {"one"}):
        return False  # "three in 10 say": a ratio
    if before[0] in _CURRENCY or before[0][-1:] in _CURRENCY:
        return False
    if before[0] in ("-", "–", "/", ":") and before[2] == tokens[i][1] or before[0] == "." and text[:1].isdigit():
        return False  # "1,000-2", "1/2", "Feb. 10", "No. 10"
    if before[0] in ("number", "no", "top", "nos"):
        return False  # "the world's number two economy", "a top 100 list"
    if is_word(before):
        if before[0].endswith("'s"):
            return not text[:1].isdigit()  # "Mr Glazer's two sons", not "Intel's 80486 chip"
        if text[:1].isdigit() and before[0] in word_set("the a an no number its his her their our my your"):
            return False  # "the 100 metre final", "a 10 year plan", "The 3 network"
        if any(c.isupper() for c in before[3]):
            # "Section 2", "Apollo 11", "Windows 10": a name's number; but a sentence may
            # start "For 10 year", "About 20 member"
            return before[0] in _OPENING_WORDS
        tags = lx.tags(before[0])
        if text[:1].isdigit() and "n" in tags and "p" not in tags and before[0] not in word_set("more than"):
            return False  # "page 12", "section 2", "room 101"
    return True


def plural_needed(tokens, i: int) -> int | None:
    """The index of a singular noun that the counting word at ``i`` needs in the plural."""
    text = tokens[i][0]
    if text in _QUANTIFIERS:
        if text == "few" and not (i >= 1 and tokens[i - 1][0] in ("a", "very", "the")):
            return None  # "few" alone is often a pronoun: "few believe"
        if text in ("these", "those") and i + 1 < len(tokens) and tokens[i + 1][0] in _KIND_NOUNS:
            # "these kind of problems": the counting word wants "kinds"
            return i + 1 if i + 2 < len(tokens) and tokens[i + 2][0] == "of" else None
        k = _counted_noun(tokens, i + 1)
        if k is None:
            return None
        if text in ("these", "those") and k == i + 1 and "a" in lx.tags(tokens[k][0]):
            return None  # "those present", "these matter": a pronoun before an adjective or verb
        if text == "both" and any(t[0] in ("and", "or") for t in tokens[k + 1 : k + 5]):
            return None  # "both man and machine"
        if text == "many" and k + 1 < len(tokens) and tokens[i + 1][0] in ("a", "an"):
            return None
        return k
    if text in _NUMBER_WORDS or text[:1].isdigit():
        if not _number_counts(tokens, i):
            return None
        if i + 1 < len(tokens) and tokens[i + 1][0] in pasts():
            return None  # "out of 620,000 cast": the number stands for a noun
        if i + 1 < len(tokens) and tokens[i + 1][0] in ("last", "next", "this"):
            return None  # "up from 90 last year": a time after the number
        return _counted_noun(
            tokens, i + 1, adjectives=1, pronoun=i > 0 and tokens[i - 1][0] in word_set("the all"), compounds=False
        )
    return None


def of_phrase(tokens, i: int) -> int | None:
    """"one of the biggest problem": a singular noun after "one of the" and the like."""
    if i + 2 >= len(tokens) or tokens[i + 1][0] != "of":
        return None
    start = _after_determiner(tokens, i + 2)
    if start is None:
        return None
    if tokens[i][0] == "one" and i >= 1 and (
        tokens[i - 1][0] in word_set("than no the this that any every only each")
        or "a" in lx.tags(tokens[i - 1][0]) and "v" not in lx.tags(tokens[i - 1][0])
    ):
        return None  # "the final one of the season", "the only one of its kind"
    k = _counted_noun(tokens, start, adjectives=3)
    if tokens[i][0] in ("both", "either", "neither") and k is not None:
        if any(t[0] in ("and", "or", "nor") for t in tokens[k + 1 : k + 6]):
            return None  # "both of his delivery and of his manner"
    if k is None or tokens[k][0] in collectives():
        return None  # "one of the family", "one of the team"
    return k


def _after_determiner(tokens, j: int) -> int | None:
    """Where the noun phrase goes on after its determiner at ``j``: "the", "these", "his";
    "the world's", "Sri Lanka's" (an owner)."""
    if j >= len(tokens):
        return None
    if tokens[j][0] in _OF_DETERMINERS:
        j += 1
        if j < len(tokens) and tokens[j][0].endswith("'s") and is_word(tokens[j]):
            j += 1  # "the world's best"
        return j
    k = j
    while k < len(tokens) and k < j + 3 and is_word(tokens[k]) and tokens[k][3][:1].isupper():
        if tokens[k][0].endswith("'s"):
            return k + 1  # "Sri Lanka's greatest"
        k += 1
    return None


TRIGGERS = _NUMBER_WORDS | _QUANTIFIERS | OF_COUNTERS | SINGLE_DETERMINERS | {"much"}
