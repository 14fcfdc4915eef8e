"""What G202 reads: whether a number counts things, and the noun it counts ("100 year",
"several member", "one of the biggest problem", "a women").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...analysis import lexicon as lx
from ...datafiles import data_words
from ...english import ARTICLES, BE_FORMS, POSSESSIVES
from ...ngrams import starts_sentence
from ..verbs import count_nouns, function_words, is_word, pasts, plural_of
from .clauses import MEASURES
from .modifiers import (
    capital_adjective,
    modifier_next,
    plural_looking,
    verb_reading,
)
from .nouns import LARGE_NUMBERS, NUMBER_WORDS, SINGLE_DETERMINERS, collectives, irregular_plural_set, word_set  # noqa: F401 (NUMBER_WORDS: read from here too)

# Counting words that stand before a plural noun ("several members", "these problems").
QUANTIFIERS = word_set("several many various numerous few these those both")
# Words that count but are themselves numbers, never the counted noun.
_NUMERALS = LARGE_NUMBERS | word_set("score couple half")
# Units of measure that keep the singular in common use ("6 foot", "12 stone", "20 percent",
# "10 euro"). Other units count like any noun ("30 kilometer away" is a slip), unless they
# describe what follows ("a 30 kilometer road", "a 5 mile long tunnel").
_UNITS = word_set("foot pound ton tonne stone percent cent head euro kilo")
# Nouns for a collection of things, whose "of" wants a plural count noun after a determiner:
# "a list of names", "the series of events", "a set of rules" (not "a list of work", "the
# collection of art": the noun after "of" must be count-only, as after "a variety of"; and
# not with a determiner after "of", where most name something else: "the set of the film",
# "the group of the year").
COLLECTION_NOUNS = word_set("list series collection set pair group")
# Of-phrases after which the noun must be plural: "one of the", "each of these".
OF_COUNTERS = word_set("one each either neither both many several few") | NUMBER_WORDS
# Nouns of quantity whose "of" wants a plural: "a number of students", "a handful of
# players", "dozens of times" (not "a lot of", "plenty of", "a range of", which take mass
# nouns too: "a lot of money", "a range of software").
# "handful", "millions" and "billions" take them too: "a handful of wood", "billions of revenue".
QUANTITY_NOUNS = word_set(
    "number couple dozens hundreds thousands myriad multitude"
    " lot lots plenty variety range handful host array plethora"
) | COLLECTION_NOUNS
# Nouns of quantity that count only after "a" or a describing word ("a wide range of",
# "a host of"): "the range of the missile", "the host of the show", "a parking lot of".
_QUANTITY_AFTER_A = word_set("lot variety range handful host array plethora")
_BEFORE_QUANTITY = word_set("a wide whole broad vast large great huge small diverse")
_OF_DETERMINERS = POSSESSIVES | word_set("the these those")
# A singular noun after "these kind of", "those sort of" is a different construction.
_KIND_NOUNS = word_set("kind sort type")
_CURRENCY = set("$£€¥#/")
_OPENING_WORDS = word_set(
    "the for about after in over some nearly almost only just with by at from and but more"
    " than around roughly within during since"
)


def is_count(token) -> bool:
    text = token[0]
    return (
        is_word(token)
        and not token[3][:1].isupper()
        and text in count_nouns()
        and text not in _NUMERALS
        and text not in _UNITS
        and text != "other"  # "three other freed detainees"
        and not _same_in_plural(text)  # "two aircraft", "50 landing craft"
        and not _gerund(text)  # "three in 10 saying"
        and "p" not in lx.tags(text)
        and not _mostly_adjective(text)
    )


def _gerund(word: str) -> bool:
    """A verb's -ing form that is seldom a counted noun ("saying", "training"): its plural is
    much rarer (``ADJECTIVE_GAP``), unlike "building", "meeting" or "landing", and unlike
    "ring" or "string", which are no -ing forms at all."""
    if not word.endswith("ing") or "v" not in lx.tags(word):
        return False
    plural = plural_of(word)
    return not plural or lx.zipf(word) - lx.zipf(plural) >= ADJECTIVE_GAP


def _noun_ending_phrase(tokens, k: int) -> bool:
    """A count noun that the frequency gap reads as an adjective ("house": "houses" is a
    Zipf rarer), where nothing follows that it could describe: a verb, a preposition or a
    stop ("many of the house were"), so it is the noun."""
    token = tokens[k]
    if not (is_word(token) and not token[3][:1].isupper() and token[0] in count_nouns() and _mostly_adjective(token[0])):
        return False
    if token[0] in _NUMERALS or token[0] in _UNITS or token[0] == "other" or "p" in lx.tags(token[0]):
        return False
    after = tokens[k + 1][0] if k + 1 < len(tokens) else "."
    return after in (".", ";", ":") or after in function_words() or "v" in lx.tags(after) and "n" not in lx.tags(after) and "a" not in lx.tags(after)


# How much rarer (in Zipf units) the plural of a word that is an adjective too must be for
# the word to be read as the adjective: "private" (privates 2.4 rarer), "national", "general"
# ("several common non-associative operations"), not "official" or "female".
ADJECTIVE_GAP = 1.0


def _mostly_adjective(word: str) -> bool:
    if "a" not in lx.tags(word):
        return False
    plural = plural_of(word)
    return not plural or lx.zipf(word) - lx.zipf(plural) >= ADJECTIVE_GAP


# Words that grade the adjective after "the" ("the most popular", "the least known"), which
# is then one of the describing words before the counted noun.
_DEGREE_WORDS = word_set("most least more less")


def _counted_noun(
    tokens,
    j: int,
    adjectives: int = 2,
    pronoun: bool = True,
    compounds: bool = True,
    described_verb: bool = True,
    phrase_ends=None,
    ending_noun: bool = False,
    plain_compounds: bool = False,
) -> int | None:
    """The index of a singular count noun at ``j``, after up to ``adjectives`` describing
    words ("two new member") or, with ``compounds``, nouns that describe the next one ("my
    next blog post"), when nothing after it makes it a modifier. ``phrase_ends(k)``, when
    given, tells from the tagger's reading that the word after ``k`` is no word it may
    describe ("two week after/IN slamming"), where the lexicon allows one ("after" is an
    adjective too). With ``ending_noun`` (after "of" and a determiner), a count noun the
    frequency gap reads as an adjective is the noun where nothing follows it to describe.
    With ``plain_compounds`` (after a number), only common nouns that are no unit may
    describe it (``_plain_modifier``: "three vegetation belt", not "a 30 acre lake").
    """
    k = j
    for _ in range(adjectives + 1):
        if k >= len(tokens) or not is_word(tokens[k]):
            return None
        if tokens[k][3][:1].isupper():
            if capital_adjective(tokens, k):
                k += 1  # "10 American sailor", "four English region"
                continue
            return None
        text = tokens[k][0]
        if (
            k + 2 < len(tokens)
            and _hyphened(tokens, k)
            and tokens[k + 1][2] == tokens[k + 2][1]
            and is_word(tokens[k + 2])
        ):
            # a hyphenated word: its last part decides. A plural ends the search
            # ("caucus-goers"), a noun is the candidate ("a one-man band"), anything else
            # is a modifier ("best-known")
            last = tokens[k + 2]
            if lx.is_plural_noun(last[0]) or "p" in lx.tags(last[0]) or not lx.tags(last[0]) and plural_looking(last[0]):
                return None
            k += 2 if is_count(last) and not modifier_next(tokens, k + 2) else 3
            continue
        modifier = modifier_next(tokens, k) and not (phrase_ends and is_word(tokens[k + 1]) and phrase_ends(k))
        if is_count(tokens[k]) and not modifier and k + 2 < len(tokens):
            after = tokens[k + 1][0]
            listed = tokens[k + 2][0]
            if after in ("“", '"', "‘", "'") or (
                after == ","
                and ("a" in lx.tags(text) or k > 0 and tokens[k - 1][0] in ("-", "–"))
                and is_word(tokens[k + 2])
                and listed not in function_words()
                and listed not in NUMBER_WORDS
                and not listed[:1].isdigit()
                and ("a" in lx.tags(listed) or listed.endswith("ly") and "r" in lx.tags(listed))
            ):
                # "the original “big four” negotiators", "several minor, last-minute
                # changes", "the last high-profile, widely seen chances": a quoted or listed
                # modifier follows
                modifier = True
        if not modifier and (is_count(tokens[k]) or ending_noun and _noun_ending_phrase(tokens, k)):
            # a counting word that can stand alone ("these work", "both plan to") may be
            # the subject of a verb; a bare number seldom is. After describing words, a
            # counting word's noun may be its verb's subject ("numerous wadis take")
            return None if (pronoun or described_verb and k > j) and verb_reading(tokens, k) else k
        found = set(lx.tags(text))
        if text in _NUMERALS or text in _UNITS or "p" in found:
            return None
        if plain_compounds and text in function_words():
            return None  # "in groups of ten inside young fruit": a preposition, no describing word
        if (
            text in _DEGREE_WORDS
            and k >= 1
            and tokens[k - 1][0] == "the"
            and k + 1 < len(tokens)
            and is_word(tokens[k + 1])
            and "a" in lx.tags(tokens[k + 1][0])
        ):
            k += 1  # "one of the most important issue": "the most" grades the adjective
            continue
        if text.endswith("'s") or text in ("more", "most", "less", "than"):
            return None
        noun_modifier = (
            (compounds or plain_compounds and k > j and _plain_modifier(text, found) and not _hyphened(tokens, k + 1))
            and modifier
            # "my next blog post" (a noun; or a word no table tags, though not "of" and
            # "the", which are far commoner)
            and (text in count_nouns() or "n" in found or not found and lx.is_word(text) and lx.zipf(text) < 5.0)
            and k + 1 < len(tokens)
            and is_word(tokens[k + 1])
        )
        if "a" not in found and not noun_modifier:
            return None
        k += 1
    return None


def _plain_modifier(text: str, found) -> bool:
    """A common noun that may describe the counted noun after a number ("three vegetation
    belt"), not a unit ("30 acre lake", "6 kW version", "50 mm diameter"): a measure
    describes the noun after it, which is then one thing."""
    return (
        "n" in found
        and not _same_in_plural(text)  # "42 German aircraft shot down"
        and text not in _UNITS
        and plural_of(text) not in MEASURES
        and any(c in "aeiouy" for c in text)
    )


def _same_in_plural(word: str) -> bool:
    """A noun in "-craft", whose plural is the word itself ("aircraft", "landing craft"), which
    the plural tables give as "-crafts"."""
    return word.endswith("craft")


def _hyphened(tokens, k: int) -> bool:
    """The word at ``k`` is the first part of a hyphened word ("part-time")."""
    return k + 1 < len(tokens) and tokens[k + 1][0] in ("-", "–") and tokens[k + 1][1] == tokens[k][2]


def _describing_number(tokens, i: int) -> bool:
    """The number at ``i`` may open a phrase that describes one thing, whose nouns all
    describe the last ("the three tier system", "a complex two component enzyme", "a 6 or 7
    fold increase", "an 8 × 8 transform array"): an article or an owner before it, or before
    the describing words before it, or a range or a product."""
    j = i - 1
    while j >= 0 and i - j <= 3:
        before = tokens[j][0]
        if before in ARTICLES or before in POSSESSIVES or before.endswith("'s"):
            return True
        if j == i - 1 and before in ("or", "to", "×", "x", "by", "-", "–"):
            return True
        if not is_word(tokens[j]) or not {"a", "r"} & set(lx.tags(before)):
            return False
        j -= 1
    return False


def _described_decimal(tokens, i: int) -> bool:
    """An article or a possessive stands before the decimal at ``i``, with describing words
    only between ("the correct 8.3 filename", "a typical 2.5 litre engine"). Narrower than
    ``_describing_number``: a range or "or" before a decimal does not make it describe ("or
    0.5 inhabitant per square mile" counts)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        word = tokens[k][0]
        if word in ARTICLES | POSSESSIVES:
            return True
        if not is_word(tokens[k]) or "a" not in lx.tags(word):
            return False
    return False


def number_counts(tokens, i: int) -> bool:
    """The number at ``i`` counts things: not a year, a label ("page 12", "No. 10"), money,
    a score or a time. A decimal counts too: English writes the plural after it ("2.5
    miles", "0.5 inhabitants per square kilometre"; over Wikipedia, "miles" 95 times to
    "mile" 12 after a decimal, and the singulars are mostly the describing kind, "a 1.5 mile
    track", which the article before the number leaves alone)."""
    text = tokens[i][0]
    if text[:1].isdigit():
        if re.fullmatch(r"\d+\.\d+", text):
            if i == 0 or starts_sentence(tokens, i) or _described_decimal(tokens, i):
                return False  # "8.3 Filenames" (a section's number), "the correct 8.3 filename"
            value = 2  # a decimal: a plural follows, whatever its value
        elif not re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", text):
            return False  # "3:30", "2nd", "10am"
        else:
            value = int(text.replace(",", ""))
        if value < 2 or "," not in text and "." not in text and value >= 1000:
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
    if before[0] == "in" and i >= 2 and (tokens[i - 2][0][:1].isdigit() or tokens[i - 2][0] in NUMBER_WORDS | {"one"}):
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
        if text[:1].isdigit() and before[0] in ARTICLES | POSSESSIVES | word_set("no number"):
            return False  # "the 100 metre final", "a 10 year plan", "The 3 network"
        if any(c.isupper() for c in before[3]) and not tokens[i][3].islower():
            # "Section 2", "Apollo 11", "Windows 10": a name's number; but a sentence may
            # start "For 10 year", "About 20 member", and a number written in lower case
            # is no label ("played in the World Cup three time")
            return before[0] in _OPENING_WORDS
        tags = lx.tags(before[0])
        if text[:1].isdigit() and "n" in tags and "p" not in tags and "r" not in tags and before[0] not in function_words():
            # "page 12", "section 2", "room 101"; not a word that is an adverb or a function
            # word too ("the last 12 month", "or 97 cent", "where 475 delegate")
            return False
    return True


# Words that count a plural or measure a mass noun but never stand before a singular count
# noun: "more students" or "more time", "other languages" or "other information", "multiple
# times", "countless hours", "fewer jobs", "most people", "different ways". Which of the two a
# noun after them is, is decided by how often the two forms were seen after the word
# (``prefers_plural``), not from a list of nouns. In the pair counts, over the 524 nouns
# that are seldom bare (``count_only``), the plural follows "most" in 0.85 of the pairs,
# "other" 0.81, "different" 0.80 ("several" 0.95, "many" 0.95). Not "such" (0.84), whose
# singular is a determiner in formal copy ("the use of such permit", "the third such
# bridge"), nor "all": on Wikipedia AD_80-89 "all traffic", "all sign of", "all privilege of
# office" are good English, and "they are all part of" is a floating "all".
PLURAL_OR_MASS = word_set("more other fewer multiple countless most different")
# Words before them that make the phrase one thing ("one more year", "the other side", "any
# other way", "each other", "John's other car"), or "more" an adverb ("once more", "no more").
_ONE_THING_BEFORE = word_set(
    "a an the one any no some every each this that another whose which what once only"
) | POSSESSIVES
# How many times as often the plural must follow the word as the singular does (both
# counts raised by the table's floor, near_words.FLOOR), for a singular noun after it to be
# read as a slip: set on the tune half of scripts/eval_real_edits.py and on Wikipedia
# AD_80-89 (at 4, "use" after "other" and a describing word, "other uses" 197 against "other
# use" 27, was flagged, a mass use; "other language", 939 against 83, is flagged at 10).
PLURAL_ODDS = 10.0
# ... and for a noun that is seldom bare after a preposition (``count_only``: no mass use to
# speak of), a smaller margin ("more students" 15 against "more student" 5).
COUNT_ONLY_ODDS = 2.0


def prefers_plural(word: str, noun: str) -> bool:
    """Was the plural of ``noun`` seen after ``word`` at least ``PLURAL_ODDS`` times as often
    as ``noun`` itself, in the pair counts (``data/near_words.bin``)? "other languages" 939
    against "other language" 83; not "more time" (512 against 128) nor "other way" (235
    against 256)."""
    from ..confusables.near_words import FLOOR, counts

    plural = plural_of(noun)
    if not plural:
        return False
    table = counts()
    odds = COUNT_ONLY_ODDS if count_only(noun) else PLURAL_ODDS
    # smoothed by the table's floor: a pair seen fewer than FLOOR times was not kept
    return table.count(word, plural) + FLOOR >= odds * (table.count(word, noun) + FLOOR)


def _determined(tokens, i: int) -> bool:
    """A determiner or an owner opens the phrase of the word at ``i``, before it or before the
    describing words before it ("the only other place", "Lewis' other close friend",
    "a similar but different method", "the Irish and other community")."""
    j = i - 1
    while j >= 0 and i - j <= 4:
        before = tokens[j][0]
        if before in _ONE_THING_BEFORE or before.endswith("'s") or before in ("'", "’"):
            return True
        found = lx.tags(before)
        describing = "a" in found or "r" in found or "v" in found and before.endswith(("ing", "ed"))
        if before not in ("but", "and", "or") and (
            not is_word(tokens[j]) or before in function_words() or not describing
        ):
            return False
        j -= 1
    return False


def plural_or_mass(tokens, i: int, phrase_ends=None) -> int | None:
    """The index of a singular noun after "more", "other" and the like (``PLURAL_OR_MASS``)
    that the counts say is a count noun there: "more student", "other language". One
    describing word may stand between after "other" ("other religious organization"), none
    after "more" and "most", where it is compared ("more important issue"); no noun that
    describes ("such barn space": the counts are of the word after the counting word)."""
    text = tokens[i][0]
    if _determined(tokens, i):
        return None
    if i >= 1 and (tokens[i - 1][0] in NUMBER_WORDS or tokens[i - 1][0][:1].isdigit()):
        return None  # "two more year": the number's own finding
    if text == "other" and i >= 1 and tokens[i - 1][0] in ("or", "nor"):
        return None  # "a rule, a by-law or other similar measure": "or any other"
    adjectives = 0 if text in ("more", "most") else 1
    k = _counted_noun(
        tokens,
        i + 1,
        adjectives=adjectives,
        pronoun=text == "most",
        compounds=False,
        described_verb=True,
        phrase_ends=phrase_ends,
    )
    if k is None or k + 1 >= len(tokens) or not tokens[k + 1][0][:1].isalnum():
        return None  # "Other income (6%)", "Other event.": a label or a heading
    if tokens[k - 1][0] in ("-", "–"):
        return None  # "other full-time and/or part-time staff": a compound that describes
    if any(t[0] in function_words() for t in tokens[i + 1 : k]):
        return None  # "other than": a function word is no describing word
    if tokens[k][0] in _KIND_NOUNS and k + 1 < len(tokens) and tokens[k + 1][0] == "of":
        return None  # "other type of valve": one sort
    return k if prefers_plural(text, tokens[k][0]) else None


def plural_needed(tokens, i: int, phrase_ends=None) -> int | None:
    """The index of a singular noun that the counting word at ``i`` needs in the plural
    (``phrase_ends``: see ``_counted_noun``)."""
    text = tokens[i][0]
    if text in PLURAL_OR_MASS:
        return plural_or_mass(tokens, i, phrase_ends)
    if text in QUANTIFIERS:
        if text == "numerous" and i >= 1 and tokens[i - 1][0] in word_set("more most less so too as very"):
            return None  # "a more numerous force": an adjective of size
        if text == "few" and not (i >= 1 and tokens[i - 1][0] in ("a", "very", "the")):
            return None  # "few" alone is often a pronoun: "few believe"
        if text in ("these", "those") and i + 1 < len(tokens) and tokens[i + 1][0] in _KIND_NOUNS:
            # "these kind of problems": the counting word wants "kinds"
            return i + 1 if i + 2 < len(tokens) and tokens[i + 2][0] == "of" else None
        k = _counted_noun(tokens, i + 1, pronoun=_may_stand_alone(tokens, i), phrase_ends=phrase_ends)
        if k is None:
            return None
        if text in ("these", "those") and k == i + 1 and "a" in lx.tags(tokens[k][0]):
            return None  # "those present", "these matter": a pronoun before an adjective or verb
        if text == "both" and any(t[0] in ("and", "or") for t in tokens[k + 1 : k + 5]):
            return None  # "both man and machine"
        if text == "many" and k + 1 < len(tokens) and tokens[i + 1][0] in ("a", "an"):
            return None
        return k
    if text in NUMBER_WORDS or text[:1].isdigit():
        if not number_counts(tokens, i):
            return None
        if i + 1 < len(tokens) and tokens[i + 1][0] in pasts():
            return None  # "out of 620,000 cast": the number stands for a noun
        if i + 1 < len(tokens) and tokens[i + 1][0] in ("last", "next", "this"):
            return None  # "up from 90 last year": a time after the number
        # after an article, the number may describe one thing: one describing word at most
        # and no noun ("the entire 11 million-person undocumented population")
        describing = _describing_number(tokens, i)
        return _counted_noun(
            tokens,
            i + 1,
            adjectives=1 if describing else 2,
            pronoun=i > 0 and tokens[i - 1][0] in word_set("the all"),
            compounds=False,
            plain_compounds=not describing,
            described_verb=False,
            phrase_ends=phrase_ends,
        )
    return None


# Counting words that are never a pronoun ("numerous", "various"), and the prepositions after
# which a counting word is no subject ("on several issue", not "several plan to").
_NEVER_ALONE = word_set("numerous various")
_OBJECT_PREPOSITIONS = word_set(
    "of in on at for from with among into during through across by against between without within"
)


# Forms of "be" after which "there" presents a noun phrase ("there are", "there have been").
_PRESENTING = BE_FORMS - {"being"}


def _may_stand_alone(tokens, i: int) -> bool:
    """The counting word at ``i`` may be a pronoun, the subject of the verb after it ("these
    plan to", "both work here", "produced by these help keep"): not "various", nor one that
    follows a preposition when a preposition or a stop follows the next word ("on several
    issue over", "in both race."), where that word can be no verb with an object ("these"
    and "those" may be: "most of these deal with")."""
    if tokens[i][0] in _NEVER_ALONE:
        return False
    if i >= 2 and tokens[i - 2][0] == "there" and tokens[i - 1][0] in _PRESENTING:
        return False  # "there are many reason to": the phrase that "there" presents
    if tokens[i][0] in ("these", "those") or i < 1 or tokens[i - 1][0] not in _OBJECT_PREPOSITIONS:
        return True
    if i + 2 >= len(tokens):
        return True
    after = tokens[i + 2][0]
    return not (after in _OBJECT_PREPOSITIONS or after in ("after", "over", "where", ".", ",", ";"))


def kind_after_all(tokens, i: int) -> int | None:
    """"all kind of people", "all sort of things": after "all", the word for a sort wants its
    plural when a plural noun follows "of" (not "all kind of strange", "all manner of")."""
    if i + 3 >= len(tokens) or tokens[i + 1][0] not in _KIND_NOUNS or tokens[i + 2][0] != "of":
        return None
    for k in range(i + 3, min(len(tokens), i + 6)):
        word = tokens[k][0]
        if not is_word(tokens[k]) or tokens[k][3][:1].isupper():
            return None
        if lx.is_plural_noun(word) or "p" in lx.tags(word) or word in irregular_plural_set() or word == "people":
            return i + 1
        if "a" not in lx.tags(word):
            return None
    return None


def quantity_of(tokens, i: int, phrase_ends=None) -> int | None:
    """"a number of student", "a handful of the player", "dozens of time": a singular count
    noun after a noun of quantity and "of", with a determiner or without."""
    if i + 2 >= len(tokens) or tokens[i + 1][0] != "of":
        return None
    if tokens[i][3][:1].isupper() and not starts_sentence(tokens, i):
        return None  # "the Gang of Four", "Thousands of Years" (a title)
    if tokens[i][0] in ("number", "couple", "myriad", "multitude") and not (
        i >= 1 and tokens[i - 1][0] in ("a", "the", "any", "large", "small", "great", "huge", "growing")
    ):
        return None  # "a number of", "the number of"; not "the phone number of", "number of" as a label
    if tokens[i][0] in _QUANTITY_AFTER_A and not (i >= 1 and tokens[i - 1][0] in _BEFORE_QUANTITY):
        return None  # "a wide range of", "a lot of"; not "the range of", "a parking lot of"
    if tokens[i][0] in COLLECTION_NOUNS and not (
        i >= 1 and tokens[i - 1][0] in _COLLECTION_DETERMINERS and tokens[i + 2][0] not in _OF_DETERMINERS | ARTICLES
    ):
        return None  # "a list of", "the series of", "this set of"; not "track list of", "the set of the film"
    if tokens[i][0] == "lot" and (i < 1 or tokens[i - 1][0] != "a"):
        return None
    start = i + 2
    if tokens[start][0] in _OF_DETERMINERS and tokens[i][0] == "number" and tokens[i - 1][0] == "the":
        return None  # "the number of the chronological order": a label, not a count
    if tokens[start][0] in _OF_DETERMINERS:
        start = _after_determiner(tokens, start)
        if start is None:
            return None
    k = _nouns_counted_after_of(tokens, start, phrase_ends)
    listed = tokens[i][0] in COLLECTION_NOUNS
    if k is not None and tokens[i][0] in _MASS_TOO and not (count_only(tokens[k][0], listed) and not _bare_after_verbs(tokens[k][0])):
        return None  # "a lot of time", "plenty of fuel", "a wide range of flower colour", "plenty of room"
    return k


# Nouns of quantity that count mass nouns as well ("a lot of time", "plenty of room"): the
# noun after them must be one that is seldom bare (``count_only``).
_MASS_TOO = word_set("lot lots plenty variety range handful host array plethora") | COLLECTION_NOUNS
_COLLECTION_DETERMINERS = word_set("a the this that another whole entire long short new small large")
# A noun is count-only when, after a preposition in tagged Wikipedia, it stood bare (no
# determiner, singular) in at most COUNT_ONLY_BARE of at least COUNT_ONLY_SEEN phrases:
# "student" 7 of 144, "option" 4 of 71; not "religion" (359 of 568: "freedom of religion")
# nor "place" (639 of 1,336), and not a noun the counts lack ("time", "fuel", "life").
COUNT_ONLY_SEEN = 30
COUNT_ONLY_BARE = 0.10


# ... and a noun with a mass sense that the prepositions seldom take shows it after verbs:
# "room" stood bare after a verb in 228 of 630 phrases ("make room", "has room to grow"),
# against "student" 5 of 68, "member" 17 of 328, "way" 160 of 1,228 ("give way").
MASS_AFTER_VERBS = 0.2


def _bare_after_verbs(noun: str) -> bool:
    """Did ``noun`` stand bare after a verb in more than MASS_AFTER_VERBS of at least
    COUNT_ONLY_SEEN phrases (a mass sense: "make room", "plenty of room")?"""
    from ..missing_article.countability import countability

    bare, seen = countability().seen(noun, "verb")
    return seen >= COUNT_ONLY_SEEN and bare > MASS_AFTER_VERBS * seen


@lru_cache(maxsize=1)
def _listed_count_nouns() -> frozenset[str]:
    """The count-only nouns the countability table lacks (data/count_only_nouns.txt)."""
    return data_words("count_only_nouns.txt")


def count_only(noun: str, listed: bool = False) -> bool:
    """Is ``noun`` seldom bare after a preposition, in the countability counts (a count
    noun with hardly a mass use)? With ``listed``, a noun those counts lack (they hold the
    nouns G303 and G315 read) is looked up in count_only_nouns.txt, the nouns counted so over
    350 Wikipedia files ("farmer", "window"): for the items a collection holds ("a list of"),
    not an amount ("lots of beach", "plenty of sky", where a noun that mostly takes "the"
    may stand for a stretch of it)."""
    from ..missing_article.countability import countability

    table = countability()
    if noun not in table:
        return listed and noun in _listed_count_nouns()
    bare, seen = table.seen(noun, "prep")
    return seen >= COUNT_ONLY_SEEN and bare <= COUNT_ONLY_BARE * seen


def _nouns_counted_after_of(tokens, start: int, phrase_ends) -> int | None:
    """A singular count noun that a phrase after "of" ends in ("one of the biggest
    problem"): after "of" and a determiner, no word is a verb or a pronoun's verb."""
    k = _counted_noun(tokens, start, adjectives=3, pronoun=False, described_verb=False, phrase_ends=phrase_ends, ending_noun=True)
    if k is None:
        return None
    if tokens[k][0] in collectives() and not any(_ranks(t[0]) for t in tokens[start:k]):
        return None  # "one of the family", "one of the team"; not "one of the best team"
    if tokens[k][0] in _KIND_NOUNS or tokens[k][0] == "number":
        return None  # "one of the weak sort", "one of our number": the sort, the group
    if k + 1 < len(tokens) and tokens[k + 1][0] == "of" and tokens[k][0] in _UNITS | word_set("brace pair"):
        return None  # "a couple of brace of"
    return k


def _ranks(word: str) -> bool:
    """A superlative ("best", "oldest", "most"), which ranks things of a kind: after it a
    noun that names a group counts groups ("one of the oldest church"), not members ("one
    of the family")."""
    from ..superlative_without_the import is_superlative

    return word in ("best", "worst", "most", "least") or is_superlative(word)


def of_phrase(tokens, i: int, phrase_ends=None) -> int | None:
    """"one of the biggest problem": a singular noun after "one of the" and the like."""
    if i + 2 >= len(tokens) or tokens[i + 1][0] != "of":
        return None
    if tokens[i][0] in NUMBER_WORDS and (
        tokens[i][3][:1].isupper() and not starts_sentence(tokens, i) or i >= 1 and tokens[i - 1][0] in ("or", "to")
    ):
        return None  # "the Gang of Four": a name; "a foot or two of the door": a distance
    start = _after_determiner(tokens, i + 2)
    if start is None or start >= len(tokens):
        return None  # (a paragraph that ends after "one of the")
    if tokens[start][0] == "same":
        return None  # "two of the same letter": things of one kind, not the things counted
    if tokens[i][0] == "one" and i >= 1 and (
        tokens[i - 1][0] in word_set("than no the this that any every only each")
        or "a" in lx.tags(tokens[i - 1][0]) and "v" not in lx.tags(tokens[i - 1][0])
    ):
        return None  # "the final one of the season", "the only one of its kind"
    k = _nouns_counted_after_of(tokens, start, phrase_ends)
    if tokens[i][0] in ("both", "either", "neither") and k is not None:
        if any(t[0] in ("and", "or", "nor") for t in tokens[k + 1 : k + 6]):
            return None  # "both of his delivery and of his manner"
    if k is None:
        return None
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


TRIGGERS = NUMBER_WORDS | QUANTIFIERS | OF_COUNTERS | SINGLE_DETERMINERS | PLURAL_OR_MASS | {"much"}
# Triggers that count only before "of" (QUANTITY_NOUNS: "a number of") or a sort and "of"
# ("all sort of"), where they are looked for: common words ("all", "number") as plain
# triggers cost a corpus run ~1.5% more instructions.
BEFORE_OF_TRIGGERS = (
    rf"(?:{'|'.join(sorted(QUANTITY_NOUNS))})(?=\s+of\b)|all(?=\s+(?:kind|sort|type)\s+of\b)"
)
