"""Noun number for the agreement rules: plurals and singulars, collective, mass-like and
field-of-study nouns, from ``newslint/data/noun_forms.txt.gz``, ``collective_nouns.txt`` and
``field_plurals.txt`` (see ``scripts/build_verb_data.py``).
"""

from __future__ import annotations

from functools import lru_cache

from ...analysis import lexicon as lx
from ...datafiles import data_lines
from ...english import word_set  # noqa: F401 (the agreement modules import it from here)
from ..verbs import count_nouns, function_words, headword_s, irregular_plurals, plural_of, zero_plurals

NUMBER_WORDS = word_set(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
)


def demonym_plural(written: str) -> bool:
    """A people's name in the plural ("Germans", "Canadians", "Iraqis"): a capitalised word in
    "-ans" or "-is" whose singular the word list knows only as an adjective ("german",
    "iraqi"). Plural whatever the story's variety: no team or firm is meant."""
    if not (written[:1].isupper() and written[1:].islower() and written.endswith(("ans", "is"))):
        return False
    return lx.tags(written[:-1].lower()) == "a"


@lru_cache(maxsize=1)
def _collective_kinds() -> dict[str, str]:
    return dict(line.split() for line in data_lines("collective_nouns.txt"))


@lru_cache(maxsize=1)
def collectives() -> frozenset[str]:
    """Nouns that name a group: "team", "jury", "government", "police" (from WordNet)."""
    return frozenset(_collective_kinds())


@lru_cache(maxsize=1)
def animate_nouns() -> frozenset[str]:
    """Nouns that may stand for people, animals or groups ("voter", "crowd"), which "who"
    may refer to; not "dalliance" or "cost" (WordNet, ``scripts/build_animate_nouns.py``)."""
    return frozenset(data_lines("animate_nouns.txt"))


# A noun in "-s" that is singular in every variety of English ("the news was").
SINGULAR_ONLY = word_set("news")
# Nouns with no singular form that are plural in every variety of English ("the police
# were", "the cattle are"); not "staff" or "clergy", which take either number.
PLURAL_ONLY = word_set("police cattle")


def may_name_people(word: str) -> bool:
    """A noun, singular or plural, that "who" may stand for: "voters", "crowd", "people"."""
    if word in animate_nouns() or word in collectives():
        return True
    singular = singular_of(word) or irregular_singulars().get(word)
    return singular is not None and singular in animate_nouns()


def unit_collective(word: str) -> bool:
    """A group named as a unit ("team", "jury"), not a noun plural in meaning ("police")."""
    return _collective_kinds().get(word) == "unit"


# Determiners of one thing: "a women", "every members" want a singular noun.
SINGLE_DETERMINERS = word_set("a an another every each")
# Numbers that count hundreds and more ("one million people", "two dozen eggs").
LARGE_NUMBERS = word_set("hundred thousand million billion trillion dozen")
# Words after "a" that make it count more than one: "a few days", "a lot", "a great many".
MANY_AFTER_A = word_set(
    "few lot couple number great good many dozen hundred thousand million billion total"
    " majority series variety range host handful pair set bunch score other several various"
    " numerous"
)


def counts_many(word: str) -> bool:
    """A word after "a" that makes it count more than one (``MANY_AFTER_A``), or a number word
    in "-illion" ("a million", "a gazillion choices", "a bazillion euros")."""
    return word in MANY_AFTER_A or len(word) > 7 and word.endswith("illion") or word in ("zillion", "jillion")


def singular_too(word: str) -> bool:
    """A plural form that is a singular noun of its own: a listed count noun ("opera", plural
    of "opus" and a noun with a plural of its own) or one lemminflect gives as its own noun
    lemma ("means", "crossroads", "innings"; determiners.singular_plurals, from grammar2)."""
    from ..determiners import plurals, singular_plurals

    return word in singular_plurals() or word not in plurals()


# How much rarer than an "-s" word its singular may be for the word to be that singular's
# plural and nothing else ("principles", "gains", "appearances"), though lemminflect lists it
# as a lemma of its own.
SINGULAR_GAP = 0.5


def may_be_singular(word: str) -> bool:
    """An "-s" word that may take a singular verb: "news", "politics", "statistics"
    (lemminflect's own lemma, a field of study or with no common singular); not "principles"
    or "gains", plurals of a count noun about as common."""
    if word not in headword_s():
        return False
    if word.endswith("ics"):
        return True  # a field of study: "economics", "optics"
    singular = singular_of(word)
    return not (singular and singular in count_nouns() and lx.zipf(singular) >= lx.zipf(word) - SINGULAR_GAP)


@lru_cache(maxsize=1)
def irregular_singulars() -> dict[str, str]:
    return irregular_plurals()


def singular_of(plural: str, fields: bool = True) -> str | None:
    """The singular of a plural count noun, when the singular is not much rarer ("physics"
    is not the plural of "physic") and, with ``fields``, when the plural form does not name a
    field of knowledge as one thing ("maths": ``field_plurals``)."""
    if fields and plural in field_plurals():
        return None
    ves = (plural[:-3] + "f", plural[:-3] + "fe") if plural.endswith("ves") else ()  # "lives", "leaves"
    ses = plural[:-2] + "is" if plural.endswith("ses") else ""  # "analyses", "crises"
    for stem in (plural[:-3] + "y" if plural.endswith("ies") else "", *ves, plural[:-2], plural[:-1], ses):
        if stem in count_nouns() and plural_of(stem) == plural and lx.zipf(stem) >= lx.zipf(plural) - 1.0:
            return stem
    return None


# First parts of a compound that make it an amount ("twenty-one", "three-quarters", "the
# all-ones bit pattern"), read whole.
_AMOUNTS = NUMBER_WORDS | word_set("all half both")


def compound_head(word: str) -> str:
    """The word a hyphenated compound's number is read from: its last part ("seat-belts",
    "fruit-bodies", "high-speed"), unless the first part is a plural noun, the head of its
    compound ("commanders-in-chief", "attorneys-general"), the first is a number or an amount
    (``_AMOUNTS``) or the last is no word of three letters or more ("passers-by")."""
    if "-" not in word:
        return word
    first, *_, last = word.split("-")
    if len(last) < 3 or not last.isalpha() or noun_number(first, "NNS") == "p" and singular_of(first):
        return word
    if first.lower() in _AMOUNTS:
        return word
    return last


def noun_number(word: str, tag: str) -> str | None:
    """"s" for a singular count noun or a mass noun the tagger reads as a noun, "p" for a
    plural, None when the word cannot tell; a compound joined by a hyphen, its head's
    (``compound_head``)."""
    head = compound_head(word)
    if head != word:
        return noun_number(head, tag)
    if word in SINGULAR_ONLY:
        return "s"
    if word in _ZERO_PLURALS:
        return None  # "the craft were": a plural the same word ("crafts" is another noun's)
    if counted_plural(word):
        return "p"
    if tag == "NNS" and rare_plural(word):
        return "p"
    if word in count_nouns() and plural_of(word) != word:
        return "s"
    if word in collectives():
        return "s" if tag in ("NN", "NNP") else None
    if tag == "NN" and mass_noun(word):
        return "s"
    return None


def counted_plural(word: str) -> bool:
    """The plural of a noun that is counted ("men", "followers"), whatever group WordNet may
    name by it."""
    return singular_of(word) is not None or word in irregular_plural_set()


def rare_plural(word: str) -> bool:
    """A plural the noun tables lack ("magnetometers", "warships", "survivors": count_nouns
    holds the commoner nouns only) that the word list knows as a plural noun and nothing
    else, of a singular it knows as a noun and nothing else ("magnetometer"); not a
    headword in "-s" ("series"), a field of study, a word that is a verb or an adjective too
    ("does", "lives", "goods": "good"), or one whose "singular" is rarer than it by more than
    ``SINGULAR_GAP`` ("physics")."""
    if len(word) < 5 or word[-1:] != "s" or word in headword_s() or word in field_plurals():
        return False
    if set(lx.tags(word)) != {"n", "p"}:
        return False
    for stem in (word[:-3] + "y" if word.endswith("ies") else "", word[:-2] if word.endswith("es") else "", word[:-1]):
        if stem and set(lx.tags(stem)) == {"n"} and lx.zipf(stem) >= lx.zipf(word) - SINGULAR_GAP:
            return stem not in field_plurals()
    return False


# Words before "people" that make it one group, a nation ("a people", "the Jewish people"):
# without them "people" is persons, plural.
ONE_GROUP = word_set("a an the this that every each one")


def one_people(words: list[str]) -> bool:
    """The words before "people" make it one group, a nation: "a people", "this people",
    "the Jewish people"; not "the people" alone, which is persons ("the people who has"), nor
    people counted ("the 23 injured people")."""
    lowered = [w.lower() for w in words]
    if any(w in NUMBER_WORDS or w[:1].isdigit() for w in lowered):
        return False  # "the 23 injured people", "the two people": persons counted
    if any(w in ONE_GROUP and w != "the" for w in lowered):
        return True
    return "the" in lowered and lowered[-1:] != ["the"]


# Nouns whose plural is the same word: "the sheep were", "both aircraft are".
_ZERO_PLURALS = word_set(
    "sheep deer fish cattle livestock poultry offspring aircraft spacecraft hovercraft"
    " watercraft craft salmon trout cod moose bison swine vermin elk prey"
)


def mass_noun(word: str) -> bool:
    """A noun with no plural in use ("stuff", "equipment", "cleanup", "information"): it takes
    a singular verb. Words that end in "s" ("politics", "news", "economics") and nouns whose
    plural is the same word ("sheep", "aircraft") are left out, but not the endings no
    plural has: "-ss", "-us" and "-is" ("success", "awareness", "status", "consensus")."""
    found = lx.tags(word)
    return (
        "n" in found
        and not {"p", "x", "r", "a"} & set(found)  # not "will", "now", "the elderly"
        and word not in function_words()
        and not (word.endswith("s") and not word.endswith(("ss", "us", "is")))
        and word not in _ZERO_PLURALS
        and word not in zero_plurals()  # "menhaden are"
        and word not in count_nouns()
        and word not in collectives()
        and word not in irregular_plural_set()
        and not lx.is_plural_noun(word)
    )


@lru_cache(maxsize=1)
def field_plurals() -> frozenset[str]:
    """Plural forms that name a field of knowledge as one thing: "my maths is right"
    (``data/field_plurals.txt``, from WordNet by scripts/build_field_plurals.py)."""
    return frozenset(data_lines("field_plurals.txt"))


@lru_cache(maxsize=1)
def irregular_plural_set() -> frozenset[str]:
    """Plurals not made with "s": "men", "children", "criteria"."""
    return frozenset(irregular_plurals())
