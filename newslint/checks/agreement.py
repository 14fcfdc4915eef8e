"""Grammar rules for number agreement (G202, G203).

G202 finds a singular count noun after a word that counts more than one ("100 year",
"several member", "one of the biggest problem"); G203 a verb that does not agree with the
head noun of its subject. Noun number comes from ``newslint/data/noun_forms.txt.gz`` and
collective nouns from ``collective_nouns.txt`` (see ``scripts/build_verb_data.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import lexicon as lx
from ..rule import Context, Rule, accepted, flagged
from .verbs import (
    DATA,
    count_nouns,
    function_words,
    is_third,
    is_word,
    past_only,
    pasts,
    plural_of,
    recase,
    regular_pasts,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@lru_cache(maxsize=1)
def collectives() -> frozenset[str]:
    """Nouns that name a group: "team", "jury", "government" (from WordNet)."""
    text = (DATA / "collective_nouns.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


# -- G202 ------------------------------------------------------------------------------------

_NUMBER_WORDS = _words(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
)
# Counting words that stand before a plural noun ("several members", "these problems").
_QUANTIFIERS = _words("several many various numerous few these those both")
# Words that count but are themselves numbers, never the counted noun.
_NUMERALS = _words("hundred thousand million billion trillion dozen score couple half")
# Units of measure keep the singular in common use ("3 foot", "5 pound", "20 percent").
_UNITS = _words(
    """
    foot pound mile ton tonne stone inch yard metre meter kilometre kilometer kilo gram ounce
    gallon litre liter acre hectare degree percent cent head dollar euro point
    """
)
# Of-phrases after which the noun must be plural: "one of the", "each of these".
_OF_COUNTERS = _words("one each either neither both many several few")
_OF_DETERMINERS = _words("the these those his her their its our my your")
# A singular noun after "these kind of", "those sort of" is a different construction.
_KIND_NOUNS = _words("kind sort type")
_CURRENCY = set("$£€¥#/")
_OPENING_WORDS = _words(
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
        and "p" not in lx.tags(text)
    )


def _modifier_next(tokens, k: int) -> bool:
    """The word after the noun at ``k`` may be what it modifies or qualifies: another noun
    ("two hour drive"), an adjective ("100 year old"), a hyphen ("10-year"), a name."""
    if k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if after[0] in ("-", "–", "/", "'s", "’s") and after[1] == tokens[k][2]:
        return True
    if after[0] in ("and", "or", "&") and k + 2 < len(tokens) and is_word(tokens[k + 2]):
        # "2,000 business and political leaders": two modifiers of one noun; not "60
        # country and employs"
        if _finite_verb(tokens[k + 2][0]):
            return False
        return _modifier_next(tokens, k + 1) or _noun_like(tokens[k + 2])
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
    a rare plural: "billionaires")."""
    if not is_word(token) or token[0] in function_words():
        return False
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


_MEASURE_ADJECTIVES = _words("old long high wide deep tall thick")
_SAFE_AFTER_VERBLIKE = _words(". , ; : ! ? ) of are were have had and or — –")


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


def _past_verb(word: str) -> bool:
    """A simple past: "went", "agreed" ("-ed" forms are participles too)."""
    return word in past_only() or word in regular_pasts()


def _counted_noun(tokens, j: int, adjectives: int = 2, pronoun: bool = True, compounds: bool = True) -> int | None:
    """The index of a singular count noun at ``j``, after up to ``adjectives`` describing
    words ("two new member") or, with ``compounds``, nouns that describe the next one ("my
    next blog post"), when nothing after it makes it a modifier."""
    k = j
    for _ in range(adjectives + 1):
        if k >= len(tokens) or not is_word(tokens[k]) or tokens[k][3][:1].isupper():
            return None
        text = tokens[k][0]
        if (
            k + 2 < len(tokens)
            and tokens[k + 1][0] in ("-", "–")
            and tokens[k][2] == tokens[k + 1][1]
            and tokens[k + 1][2] == tokens[k + 2][1]
            and is_word(tokens[k + 2])
        ):
            k += 3  # a hyphenated modifier: "the best-known choir"
            continue
        modifier = _modifier_next(tokens, k)
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
        if value < 2 or "," not in text and 1000 <= value <= 2100:
            return False  # "1 year", "the 2004 election"
        if i + 1 < len(tokens) and tokens[i + 1][1] == tokens[i][2] and not tokens[i + 1][0].isalpha():
            return False  # "3-1", "5%", "10/10"
    if i == 0:
        return True
    before = tokens[i - 1]
    if before[0] in ("a", "an"):
        return False  # "a two hour drive", "a three time winner"
    if before[0] in _CURRENCY or before[0][-1:] in _CURRENCY:
        return False
    if before[0] in ("-", "–", "/", ":") and before[2] == tokens[i][1] or before[0] == "." and text[:1].isdigit():
        return False  # "1,000-2", "1/2", "Feb. 10", "No. 10"
    if before[0] in ("number", "no", "top", "nos"):
        return False  # "the world's number two economy", "a top 100 list"
    if is_word(before):
        if before[0].endswith("'s"):
            return True  # "Mr Glazer's two sons"
        if text[:1].isdigit() and before[0] in _words("the a an no number its his her their our my your"):
            return False  # "the 100 metre final", "a 10 year plan", "The 3 network"
        if any(c.isupper() for c in before[3]):
            # "Section 2", "Apollo 11", "Windows 10": a name's number; but a sentence may
            # start "For 10 year", "About 20 member"
            return before[0] in _OPENING_WORDS
        tags = lx.tags(before[0])
        if text[:1].isdigit() and "n" in tags and "p" not in tags and before[0] not in _words("more than"):
            return False  # "page 12", "section 2", "room 101"
    return True


def _plural_needed(tokens, i: int) -> int | None:
    """The index of a singular noun that the counting word at ``i`` needs in the plural."""
    text = tokens[i][0]
    if text in _QUANTIFIERS:
        if text == "few" and not (i >= 1 and tokens[i - 1][0] in ("a", "very", "the")):
            return None  # "few" alone is often a pronoun: "few believe"
        if text in ("these", "those") and i + 1 < len(tokens) and tokens[i + 1][0] in _KIND_NOUNS:
            return None
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
        return _counted_noun(
            tokens, i + 1, adjectives=1, pronoun=i > 0 and tokens[i - 1][0] in _words("the all"), compounds=False
        )
    return None


def _of_phrase(tokens, i: int) -> int | None:
    """"one of the biggest problem": a singular noun after "one of the" and the like."""
    if i + 2 >= len(tokens) or tokens[i + 1][0] != "of":
        return None
    start = _after_determiner(tokens, i + 2)
    if start is None:
        return None
    if tokens[i][0] == "one" and i >= 1 and (
        tokens[i - 1][0] in _words("than no the this that any every only each")
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


_TRIGGERS = _NUMBER_WORDS | _QUANTIFIERS | _OF_COUNTERS


class SingularAfterNumber(Rule):
    """A singular noun after a number or a counting word ("100 year", "several member").

    *What it flags*: a singular count noun after a number of two or more ("for more than 100
    year", "two time"), after "several", "many", "various", "numerous", "a few", "these",
    "those" or "both" ("several member", "these problem", "both side"), and after "one of
    the", "each of the" and the like ("one of the biggest problem"). Describing words may
    stand between ("two new member").

    *Why it matters*: a number or a counting word asks for a plural noun; a singular one is
    a slip that a reader notices at once.

    *Flagged*: "The bridge has stood for more than 100 year."

    *Preferred*: "The bridge has stood for more than 100 years."

    *Known limits*: a noun that modifies the next word is left alone ("a 100-year-old law",
    "a two hour drive", "three time winner"), as are units of measure ("3 foot", "5 pound",
    "20 percent"), numbers that are not counts (years, "page 12", "No. 10", "$5", "3-1"),
    "one", mass nouns ("several information" is not flagged) and "one of the family" (a
    noun that names a group). Count and mass nouns come from lemminflect and word
    frequencies, so a rare noun may be missed. Direct quotations are not checked.
    """

    code = "G202"
    name = "singular-after-number"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon", "quotes")
    quotes = "skip"
    examples = (
        accepted(""),
        accepted("The bridge has stood for more than 100 years."),
        flagged("The bridge has stood for more than 100 year.", "year"),
        flagged("Several member of the board resigned, Zoë Müller said.", "member"),
        flagged("Both side agreed to talk.", "side"),
        flagged("It was one of the biggest problem", "problem"),
        accepted("“It took more than 100 year,” said Zoë Müller."),
        accepted('"It took more than 100 year," said Zoë Müller.'),
        accepted("A 100-year-old law, a two hour drive and a 10 year plan."),
        accepted("He is 6 foot tall, weighs 200 pound and won 20 percent."),
        accepted("The 2004 election, page 12, Section 2 and No. 10 were cited."),
        accepted("One of the family was there; one year later, several hundred came."),
        accepted("Both man and machine failed."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        for p, offset in vocabulary.hits(_pattern()):
            tokens = vocabulary.tokens_of(p)
            i = vocabulary.token_index(p, offset)
            if i >= len(tokens) or tokens[i][1] != offset:
                continue
            k = _of_phrase(tokens, i) if tokens[i][0] in _OF_COUNTERS else None
            if k is None and tokens[i][0] != "one":
                k = _plural_needed(tokens, i)
            if k is None:
                continue
            noun = tokens[k]
            plural = plural_of(noun[0])
            if not plural:
                continue
            written = doc.text[noun[1] : noun[2]]
            counter = doc.text[tokens[i][1] : tokens[i][2]]
            right = recase(plural, written)
            yield self.finding(
                doc,
                noun[1],
                noun[2],
                f"After \"{counter}\", \"{written}\" should probably be plural: \"{right}\".",
                suggestions=[right],
            )


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    words = "|".join(sorted((re.escape(w) for w in _TRIGGERS), key=len, reverse=True))
    return re.compile(rf"(?<![\w'.,])(?:{words}|\d[\d,]*)(?![\w'])")
