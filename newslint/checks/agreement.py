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
from ..ngrams import starts_sentence
from ..rule import Context, Rule, accepted, flagged
from .verbs import (
    DATA,
    count_nouns,
    function_words,
    headword_s,
    irregular_plurals,
    is_third,
    is_word,
    third_base,
    bases,
    past_only,
    pasts,
    plural_of,
    regular_pasts,
    thirds,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@lru_cache(maxsize=1)
def _collective_kinds() -> dict[str, str]:
    text = (DATA / "collective_nouns.txt").read_text(encoding="utf-8")
    return dict(line.split() for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def collectives() -> frozenset[str]:
    """Nouns that name a group: "team", "jury", "government", "police" (from WordNet)."""
    return frozenset(_collective_kinds())


def unit_collective(word: str) -> bool:
    """A group named as a unit ("team", "jury"), not a noun plural in meaning ("police")."""
    return _collective_kinds().get(word) == "unit"


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
        and text != "other"  # "three other freed detainees"
        and not (text.endswith("ing") and "v" in lx.tags(text))  # "three in 10 saying"
        and "p" not in lx.tags(text)
    )


_ENDS = _words(". ! ? ; :")


def _modifier_next(tokens, k: int) -> bool:
    """The word after the noun at ``k`` may be what it modifies or qualifies: another noun
    ("two hour drive"), an adjective ("100 year old"), a hyphen ("10-year"), a name."""
    if k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if after[0] in ("-", "–", "/", "'s", "’s") and after[1] == tokens[k][2]:
        return True
    if after[0] in ("'", "’"):
        return True  # "the prisoners' dilemma": a plural owner
    if after[0] in ("and", "or", "&") and k + 2 < len(tokens) and is_word(tokens[k + 2]):
        # "2,000 business and political leaders": two modifiers of one noun; not "60
        # country and employs"
        if _finite_verb(tokens[k + 2][0]):
            return False
        return _modifier_next(tokens, k + 1) or _noun_like(tokens[k + 2])
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
            # a hyphenated word: its last part decides. A plural ends the search
            # ("caucus-goers"), a noun is the candidate ("a one-man band"), anything else
            # is a modifier ("best-known")
            last = tokens[k + 2]
            if lx.is_plural_noun(last[0]) or "p" in lx.tags(last[0]) or not lx.tags(last[0]) and _plural_looking(last[0]):
                return None
            k += 2 if _is_count(last) and not _modifier_next(tokens, k + 2) else 3
            continue
        modifier = _modifier_next(tokens, k)
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


# Determiners of one thing: "a women", "every members" want a singular noun.
_SINGLE_DETERMINERS = _words("a an another every each")
# Words after "a" that make it count more than one: "a few days", "a lot", "a great many".
_MANY_AFTER_A = _words(
    "few lot couple number great good many dozen hundred thousand million billion total"
    " majority series variety range host handful pair set bunch score other several various"
    " numerous"
)


def _plural_after_single(tokens, i: int) -> int | None:
    """"a women", "another problems", "every members": a plural noun, with no verb reading,
    after a determiner of one thing (adjectives may stand between)."""
    k = i + 1
    for _ in range(3):
        if k >= len(tokens) or not is_word(tokens[k]) or any(c.isupper() for c in tokens[k][3]):
            return None
        word = tokens[k][0]
        if word in _MANY_AFTER_A or word in function_words():
            return None
        found = set(lx.tags(word))
        plural = _singular_of(word) is not None or word in _irregular_plurals()
        if plural and _singular_too(word):
            return None  # "an opera", "a means", "a crossroads": a singular noun as well
        if plural and "v" not in found and "p" in found and word not in headword_s():
            if _modifier_next(tokens, k) or (
                tokens[i][0] in ("a", "an") and k + 1 < len(tokens) and tokens[k + 1][0] == "of"
            ):
                return None  # "a jobs report", "a women's group" (one word), "a means of"
            return k
        if "a" not in found or "n" in found or "p" in found:
            return None
        k += 1
    return None


def _singular_too(word: str) -> bool:
    """A plural form that is a singular noun of its own: a listed count noun ("opera", plural
    of "opus" and a noun with a plural of its own) or one lemminflect gives as its own noun
    lemma ("means", "crossroads", "innings"; determiners.singular_plurals, from grammar2)."""
    from .determiners import plurals, singular_plurals

    return word in singular_plurals() or word not in plurals()


_TRIGGERS = _NUMBER_WORDS | _QUANTIFIERS | _OF_COUNTERS | _SINGLE_DETERMINERS | {"much"}


def _plural_after_much(tokens, i: int) -> int | None:
    """"much problems": a plural noun straight after "much" (not "much needs doing", "much
    larger cities", "thank you very much guys")."""
    if i + 1 >= len(tokens) or not is_word(tokens[i + 1]) or tokens[i + 1][3][:1].isupper():
        return None
    if i >= 1 and tokens[i - 1][0] in ("very", "so", "thank", "thanks", "you"):
        return None
    word = tokens[i + 1][0]
    found = lx.tags(word)
    plural = "p" in found and "v" not in found or word in _irregular_plurals()
    if not plural or _singular_too(word) or word in headword_s():
        return None
    return i + 1


class SingularAfterNumber(Rule):
    """A singular noun after a number or a counting word ("100 year", "several member").

    *What it flags*: a singular count noun after a number of two or more ("for more than 100
    year", "two time"), after "several", "many", "various", "numerous", "a few", "these",
    "those" or "both" ("several member", "these problem", "both side"), and after "one of
    the", "each of the" and the like ("one of the biggest problem"); and the other way
    round, a plural noun after "a", "an", "another", "each" or "every" ("a women was",
    "every members"). Describing words may stand between ("two new member"). Also "these
    kind of" and "those sort of" ("these kinds of") and a plural straight after "much"
    ("much problems": "many problems").

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
        flagged("A women was rescued from the river.", "women"),
        accepted("A few days later a jobs report and a means of appeal came out."),
        flagged("These kind of errors cost much problems.", "kind", "much problems"),
        accepted("This kind of error needs much larger fixes; much needs doing."),
        accepted("Both liberal outside groups and several senior inside sources agreed."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        for _, tokens, i in vocabulary.token_hits(_pattern()):
            if tokens[i][0] == "much":
                k = _plural_after_much(tokens, i)
                if k is not None:
                    written = doc.text[tokens[i][1] : tokens[i][2]]
                    right = lx.recase("many", written)
                    noun = doc.text[tokens[k][1] : tokens[k][2]]
                    yield self.finding(
                        doc,
                        tokens[i][1],
                        tokens[k][2],
                        f"\"{written} {noun}\": a plural noun takes \"{right}\", not \"{written}\".",
                        suggestions=[f"{right} {noun}"],
                    )
                continue
            if tokens[i][0] in _SINGLE_DETERMINERS:
                k = _plural_after_single(tokens, i)
                if k is not None:
                    yield self._singular_wanted(doc, tokens[i], tokens[k])
                if tokens[i][0] != "each":
                    continue
            k = _of_phrase(tokens, i) if tokens[i][0] in _OF_COUNTERS else None
            if k is None and tokens[i][0] not in ("one", "each"):
                k = _plural_needed(tokens, i)
            if k is None:
                continue
            noun = tokens[k]
            plural = plural_of(noun[0])
            if not plural:
                continue
            written = doc.text[noun[1] : noun[2]]
            counter = doc.text[tokens[i][1] : tokens[i][2]]
            right = lx.recase(plural, written)
            yield self.finding(
                doc,
                noun[1],
                noun[2],
                f"After \"{counter}\", \"{written}\" should probably be plural: \"{right}\".",
                suggestions=[right],
            )


    def _singular_wanted(self, doc, determiner, noun):
        singular = _singular_of(noun[0]) or _irregular_singulars().get(noun[0], "")
        written = doc.text[noun[1] : noun[2]]
        before = doc.text[determiner[1] : determiner[2]]
        right = lx.recase(singular, written)
        return self.finding(
            doc,
            noun[1],
            noun[2],
            f"After \"{before}\", \"{written}\" should probably be singular: \"{right}\".",
            suggestions=[right],
        )


@lru_cache(maxsize=1)
def _irregular_singulars() -> dict[str, str]:
    return irregular_plurals()


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    words = lx.alternation(_TRIGGERS)
    return re.compile(rf"(?<![\w'.,])(?:{words}|\d[\d,]*)(?![\w'])")


# -- G203 ------------------------------------------------------------------------------------

_SINGULAR_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do"}
_PLURAL_VERBS = {"are": "is", "were": "was", "have": "has", "do": "does"}
_VERB_TAGS = {"is": "VBZ", "has": "VBZ", "does": "VBZ", "are": "VBP", "have": "VBP", "do": "VBP"}
# Tags of the words a subject noun phrase is made of.
_NP_TAGS = {"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "HYPH", "$", "VBN"}
_NOUN_TAG = {"NN", "NNS", "NNP", "NNPS"}
# Prepositions whose phrase may stand between a subject's head and its verb.
_POST_MODIFIERS = _words("of in on at for from with about between among over under near behind across without within against to by")
# Nouns whose number is that of the of-phrase after them ("a number of voters are", "the rest
# of the money is"), or that are plural in meaning.
_QUANTITY_HEADS = _words(
    """
    number lot lots majority minority rest total percent cent half third quarter bulk
    remainder proportion share fraction part portion plenty none all some most any
    """
)
# Nouns that count or sort what their of-phrase names: "a group of voters are", "this kind
# of errors is"; alone they are ordinary nouns ("the group were" in American copy).
_OF_HEADS = _words("kind sort type variety range series couple handful dozen pair set group host")
_DASHES = {"-", "–", "—", "--"}
_TITLES = _words("mr mrs ms miss dr sir dame lord lady prof")
_PERSONAL = {"i": "1", "you": "2", "we": "p", "they": "p", "he": "s", "she": "s", "it": "s"}
_SUBJUNCTIVE = _words("if though wish wished wishes unless whether suppose supposing imagine lest as")
# ("since", "after", "before", "until" and "as" are left out: they are prepositions too,
# "projects launched since the start of the scheme were")
_CLAUSE_BOUNDARY_WORDS = _words(
    """
    that because if when while although though unless whereas whether so but yet said says
    say told tells believe believes believed think thinks thought added noted argued claimed
    warned insisted found finds showed shows know knew
    """
)
_CLAUSE_BOUNDARY_MARKS = {",", ";", ":", "(", "—", "–", "-", "``", "''", '"', "“", "”", "‘", "’"}


def _np_start(toks, j: int) -> int:
    """The first token of the noun phrase that ends at ``j``."""
    k = j
    while (
        k - 1 >= 0
        and toks[k - 1].tag in _NP_TAGS
        and toks[k - 1].text.lower() not in function_words()  # "position atop polls"
    ):
        k -= 1
        if toks[k].tag in ("DT", "PRP$", "PDT"):
            break  # a determiner opens the phrase: "the way | the two men"
    return k


def _subject(toks, v: int):
    """(head index, start of the subject) for the verb at ``v``, or None when the words before
    it are not plainly a subject: a noun phrase at the start of a clause, perhaps followed by
    prepositional phrases ("The membership of the bands"), whose head is its last noun."""
    j = v - 1
    while j >= 0 and toks[j].tag == "RB" and toks[j].text.lower() not in ("not", "n't"):
        j -= 1
    if j >= 2 and toks[j].text in _DASHES:
        # "The phone - made by Sharp - were developed": the subject stands before the aside
        opening = next((k for k in range(j - 1, max(-1, j - 16), -1) if toks[k].text == toks[j].text), None)
        if opening is None or opening < 1:
            return None
        j = opening - 1
    elif j >= 4 and toks[j].text == ",":
        # "The president, along with the board, are elected": an aside that adds company
        opening = next((k for k in range(j - 1, max(-1, j - 16), -1) if toks[k].text == ","), None)
        if opening is None or opening < 1 or not _accompanying(toks, opening + 1):
            return None
        j = opening - 1
    if j < 0:
        return None
    if toks[j].tag == "PRP" and toks[j].text.lower() in ("us", "them", "you"):
        # "each of us have": an object pronoun closing an of-phrase
        if j >= 1 and toks[j - 1].text.lower() == "of":
            start = j
        else:
            return None
    elif toks[j].tag in _NOUN_TAG:
        start = _np_start(toks, j)
    else:
        return None
    head = j
    for _ in range(3):
        if start >= 2 and toks[start - 1].tag == "IN" and toks[start - 1].text.lower() in _POST_MODIFIERS:
            k = start - 2
            inner = toks[start : head + 1]
            if len(inner) > 1 and inner[0].tag not in ("DT", "PRP$", "CD", "PDT", "PRP", "JJ", "JJR", "JJS", "VBN"):
                return None  # "denial of service attacks": a bare phrase of nouns may be a compound
            if toks[k].tag in _NOUN_TAG or toks[k].tag == "CD" or toks[k].text.lower() in ("each", "one"):
                head = k
                start = _np_start(toks, k)
                continue
            return None
        break
    return head, start


_ACCOMPANYING = (("along", "with"), ("together", "with"), ("as", "well", "as"), ("in", "addition", "to"), ("alongside",), ("accompanied", "by"))


def _accompanying(toks, k: int) -> bool:
    """The words at ``k`` open an aside that adds company to a subject ("along with")."""
    words = [t.text.lower() for t in toks[k : k + 3]]
    return any(tuple(words[: len(phrase)]) == phrase for phrase in _ACCOMPANYING)


def _clause_starts_at(toks, start: int) -> bool:
    if start == 0:
        return True
    before = toks[start - 1]
    word = before.text.lower()
    if word == "as" and start >= 2 and toks[start - 2].text.lower() == "well":
        return False  # "Cuyo as well as the other towns is"
    if before.text == ",":
        return _introduced(toks, start - 1)
    if word in ("that", "this") and toks[start].tag not in ("DT", "PRP$"):
        # "that profile", "that ill-fated story": the determiner of the phrase
        return _clause_starts_at(toks, start - 1) and word != "that" or start - 1 == 0
    return before.text in _CLAUSE_BOUNDARY_MARKS or word in _CLAUSE_BOUNDARY_WORDS


def _introduced(toks, comma: int) -> bool:
    """The comma at ``comma`` closes an opening phrase ("In 2004, the", "However, the"), not
    a list or an aside after a noun ("backers, including X, the bank have")."""
    k = comma - 1
    while k > 0 and toks[k - 1].text not in _CLAUSE_BOUNDARY_MARKS and toks[k - 1].text not in (".", "!", "?"):
        k -= 1
    if k > 0 and toks[k - 1].text != ":":
        return False  # the phrase before the comma does not open the sentence
    opener = toks[k].text.lower()
    return (
        toks[k].tag in ("IN", "RB", "WRB", "VBG", "VBN")
        or opener in _CLAUSE_BOUNDARY_WORDS
        or opener in function_words()  # "Among voters, …" (the tagger may call it JJ)
    )


def _variety(doc, context) -> str | None:
    """ "en-GB" or "en-US" as configured (``spelling``) or as the story spells; else None."""
    configured = context.settings.spelling
    if configured in ("en-GB", "en-US"):
        return configured
    return doc.analysis("variants").variety


def _singular_of(plural: str, fields: bool = True) -> str | None:
    """The singular of a plural count noun, when the singular is not much rarer ("physics"
    is not the plural of "physic") and, with ``fields``, when the plural form does not name a
    field of knowledge as one thing ("maths": ``field_plurals``)."""
    if fields and plural in field_plurals():
        return None
    for stem in (plural[:-3] + "y" if plural.endswith("ies") else "", plural[:-2], plural[:-1]):
        if stem in count_nouns() and plural_of(stem) == plural and lx.zipf(stem) >= lx.zipf(plural) - 1.0:
            return stem
    return None


def _lexical_verb(word: str, tag: str, after_who: bool = False) -> tuple[bool, str] | None:
    """(singular?, the other form) for a present-tense verb other than be/have/do whose form
    tells its number and that cannot be a noun (``after_who``: that is a verb there):
    "demonstrates" (VBZ), "achieve" (VBP)."""
    found = lx.tags(word)
    if tag == "VBZ" and is_third(word) and (after_who or not ({"n", "p"} & set(found))):
        base = third_base(word)
        return (True, base) if base else None
    if tag == "VBP" and found == "v" and word in bases():
        third = third_of(word)
        return (False, third) if third else None
    return None


def third_of(base: str) -> str | None:
    """The third-person form of a verb: "achieve" -> "achieves", "carry" -> "carries"."""
    for form in (base + "s", base + "es", base[:-1] + "ies" if base.endswith("y") else ""):
        if form and is_third(form) and third_base(form) == base:
            return form
    return None


def _disagreement(toks, v: int, variety):
    """(head token, verb wanted, why) when the verb at ``v`` disagrees with its subject.
    ``variety()`` gives the story's "en-GB", "en-US" or None; it is worked out only when a
    collective or capitalised head needs it."""
    verb = toks[v].text.lower()
    j = v - 1
    if j >= 0 and toks[j].tag == "EX" and toks[j].text.lower() == "there":
        return _existential_disagreement(toks, v)
    if j >= 0 and toks[j].tag == "PRP" and verb not in _VERB_TAGS and verb not in ("was", "were"):
        return _pronoun_verb_disagreement(toks, v, j)
    if j >= 0 and toks[j].text.lower() in _INDEFINITE_PRONOUNS:
        return _indefinite_disagreement(toks, v, j)
    if j >= 1 and toks[j].text.lower() == "and" and verb not in _VERB_TAGS:
        return _coordinated_disagreement(toks, v)
    lexical = None
    if verb in _SINGULAR_VERBS or verb in _PLURAL_VERBS:
        singular_verb = verb in _SINGULAR_VERBS
        wanted = _SINGULAR_VERBS.get(verb) or _PLURAL_VERBS.get(verb)
    else:
        lexical = _lexical_verb(verb, toks[v].tag)
        if lexical is None and j >= 1 and toks[j].text.lower() == "who":
            # after "who" the word is a verb whatever its tag ("residents who lives")
            lexical = _lexical_verb(verb, "VBZ" if is_third(verb) else "VBP", after_who=True)
        if lexical is None:
            return None
        singular_verb, wanted = lexical
    if verb in _VERB_TAGS and toks[v].tag != _VERB_TAGS[verb]:
        return None  # "will have", "to do": not a finite verb
    if verb in ("was", "were") and toks[v].tag != "VBD":
        return None
    if j >= 0 and toks[j].tag == "PRP" and toks[j].text.lower() in _PERSONAL:
        if lexical:
            return None  # "insisted that he resign": left to the pronoun rules of be/have/do
        return _pronoun_disagreement(toks, v, j, verb, wanted)
    if j >= 1 and (toks[j].text.lower() in ("which", "who") and not lexical or toks[j].text.lower() == "who"):
        # ("who" also before other verbs: "the residents who says"; "which" may stand for a
        # clause, so only be, have and do there)
        return _relative_disagreement(toks, v, j, singular_verb, wanted)
    if j >= 1 and toks[j].text.lower() == "that" and toks[j].tag == "WDT" and not lexical and not singular_verb:
        # "a report that were": only a plural verb, as "that is" may open a clause ("told
        # voters that is why")
        return _relative_disagreement(toks, v, j, singular_verb, wanted)
    found = _subject(toks, v)
    if found is None:
        return None
    head, start = found
    if not _clause_starts_at(toks, start):
        return None
    if lexical and not singular_verb and start > 0 and not (toks[start - 1].text == "," and _introduced(toks, start - 1)):
        return None  # "they asked that the minister resign": a plain verb after "that" may be right
    if any(toks[k].text.lower() in ("and", "or", "nor", "&") for k in range(start, v)):
        return None
    if start >= 1 and toks[start - 1].text.lower() in ("and", "or", "nor", "&"):
        return None
    phrase = toks[start:v]
    word = toks[head].text.lower()
    if toks[start].text.lower().endswith("ing") and toks[start].tag in ("NN", "VBG"):
        return None  # "Manufacturing products abroad is": a gerund is the subject
    if verb == "were" and _SUBJUNCTIVE & {t.text.lower() for t in toks[max(0, start - 4) : start]}:
        return None  # "if a bid were successful"
    if any(t.tag in ("CD", "$") for t in toks[start : head + 1] if t.text.lower() != "one") and word not in ("one",):
        return None  # "20 years is", "$5m was", "the 12 jurors"
    if any(t.text in ('"', "“", "”", "''", "``") for t in toks[max(0, start - 1) : v]):
        return None  # a title in quotation marks
    if word == "number" and head + 1 < len(toks) and toks[head + 1].text.lower() == "of" and not lexical:
        # "the number of voters is", "a number of voters are": the article decides
        article = toks[start].text.lower()
        if article in ("the", "this", "that") and not singular_verb or article == "a" and singular_verb:
            return toks[head], wanted, f"\"{toks[start].text} number of …\" takes a {'singular' if article != 'a' else 'plural'} verb"
        return None
    if word in _QUANTITY_HEADS or word in _OF_HEADS and toks[head + 1].text.lower() == "of":
        return None
    if word in collectives() and (
        toks[head].text[:1].isupper() or unit_collective(word) and (singular_verb or variety() == "en-GB")
    ):
        # "the government are" is British usage, accepted there; "the police is" and "the
        # findings was" go on to be checked by their form
        return None
    determiner = toks[start].text.lower()
    if (
        word in ("one", "each") and head + 1 < len(toks) and toks[head + 1].text.lower() == "of"
        or determiner in ("each", "every") and toks[head].tag == "NN"
    ):
        if singular_verb:
            return None
        return toks[head], wanted, f"the subject is \"{toks[head].text}\""
    if toks[head].tag == "CD":
        return None  # "one in five voters are": a ratio
    if (
        toks[head].tag == "NNP"
        and head >= 1
        and toks[head - 1].text.lower().rstrip(".") in _TITLES
        and start == head - 1
        and not singular_verb
    ):
        return toks[head], wanted, f"\"{toks[head - 1].text} {toks[head].text}\" is one person"
    capital = toks[head].text[:1].isupper()
    # the tagger leans on the verb to choose NN or NNS ("the scenarios/NN is"): the number
    # of the head comes from the word itself
    number = _noun_number(word, toks[head].tag)
    if number == "s" and not singular_verb and any(t.tag == "NNS" for t in toks[start:head]):
        return None  # "the filings due Sunday night are": the plural may be the head
    if number == "s" and not singular_verb:
        if word in collectives():
            if not unit_collective(word):
                return None  # "personnel are", "the police were"
            # American usage gives a collective noun a singular verb; British, either
            return toks[head], wanted, f"\"{toks[head].text}\" takes a singular verb in American usage", "info"
        if word not in count_nouns() or plural_of(word) == word:
            return None
        if capital and (
            toks[head].tag == "NNP" and not _common_in_name(toks, start, head)
            or variety() == "en-GB"
            or start == head
        ):
            # "Crystal Palace were" in British copy; a team or a firm. A capitalised singular
            # count noun with no determiner ("Arsenal were", even at a sentence start, where
            # the tagger may read it as a common noun) can only be a name
            return None
        if any(t.tag in ("NNS", "NNPS") and t.text[:1].isupper() for t in phrase):
            return None
        return toks[head], wanted, f"\"{toks[head].text}\" is singular"
    if number == "p" and singular_verb and not capital and toks[head].tag == "NNS" and word not in headword_s():
        if _singular_of(word) is None:
            return None  # "news", "series", "politics"
        return toks[head], wanted, f"\"{toks[head].text}\" is plural"
    return None


def _relative_disagreement(toks, v: int, j: int, singular_verb: bool, wanted: str):
    """"The move, which were justified": "which" or "who" stands for the noun just before
    it, when that noun heads a phrase of its own (not "the leader of the rebels, who")."""
    k = j - 1
    if toks[k].text == ",":
        k -= 1
    if k < 0 or toks[k].tag not in ("NN", "NNS"):
        return None
    word = toks[k].text.lower()
    start = _np_start(toks, k)
    if start >= 1 and (toks[start - 1].tag == "IN" or toks[start - 1].text.lower() in ("and", "or", "nor", "&")):
        return None
    if any(t.text.lower() in ("and", "or", "nor", "&") for t in toks[start:k]):
        return None
    if word in collectives() or any(t.text[:1].isupper() for t in toks[start : k + 1] if t.tag.startswith("NNP")):
        return None
    number = _noun_number(word, toks[k].tag)
    if number == "s" and not singular_verb and word in count_nouns() and toks[k].tag == "NN":
        # ("people who tell": the tagger's NNS says the noun is used as a plural)
        return toks[k], wanted, f"\"{toks[j].text}\" stands for \"{toks[k].text}\", which is singular"
    if (
        number == "p"
        and singular_verb
        and toks[j].text.lower() == "who"  # ", which is" may stand for the whole clause before
        and toks[k].tag == "NNS"
        and toks[k].text.islower()
        and word not in headword_s()
        and _singular_of(word)
    ):
        if any(t.text.lower() == "one" for t in toks[max(0, start - 3) : start]):
            return None  # "one of the players who is"
        return toks[k], wanted, f"\"{toks[j].text}\" stands for \"{toks[k].text}\", which is plural"
    return None


def _noun_number(word: str, tag: str) -> str | None:
    """"s" for a singular count noun, "p" for a plural, None when the word cannot tell."""
    if _singular_of(word) is not None or word in _irregular_plurals():
        return "p"
    if word in count_nouns() and plural_of(word) != word:
        return "s"
    if word in collectives():
        return "s" if tag in ("NN", "NNP") else None
    return None


@lru_cache(maxsize=1)
def field_plurals() -> frozenset[str]:
    """Plural forms that name a field of knowledge as one thing: "my maths is right"
    (``data/field_plurals.txt``, from WordNet by scripts/build_field_plurals.py)."""
    text = (DATA / "field_plurals.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _irregular_plurals() -> frozenset[str]:
    """Plurals not made with "s": "men", "children", "criteria"."""
    return frozenset(irregular_plurals())


def _common_in_name(toks, start: int, head: int) -> bool:
    """A capitalised head that is a common noun naming a building or place in a name:
    "the Lateran Palace", "the Old Bridge" (not a team or a firm: those take no "the" here)."""
    return toks[start].text.lower() == "the" and head > start + 1


def _pronoun_disagreement(toks, v: int, j: int, verb: str, wanted: str):
    pronoun = toks[j].text.lower()
    person = _PERSONAL[pronoun]
    if j >= 1 and not (_clause_starts_at(toks, j) or toks[j - 1].tag in ("CC",)):
        return None  # "would he have", "let it be", "than they"
    if j >= 1 and (
        toks[j - 1].tag in ("MD", "TO")
        or toks[j - 1].text.lower() in _words("do does did have has had is are was were be")
    ):
        return None  # "would he have", "did they was": a question or an inversion
    window = [t.text.lower() for t in toks[max(0, j - 4) : j]]
    if verb == "were" and (person in ("s", "1") or pronoun == "i") and _SUBJUNCTIVE & set(window):
        return None  # "if he were", "as it were", "I wish she were"
    bad = (
        person == "s" and verb in ("are", "were", "have", "do")
        or person == "p" and verb in ("is", "was", "has", "does")
        or person == "2" and verb in ("is", "was", "has", "does")
        or person == "1" and verb in ("are", "is", "has", "does")
    )
    if not bad:
        return None
    if person == "1":
        wanted = {"are": "am", "is": "am", "has": "have", "does": "do"}[verb]
    return toks[j], wanted, f"\"{toks[j].text}\" takes \"{wanted}\""


_SINGULAR_PRONOUNS = _words("he she it")
_PLURAL_PRONOUNS = _words("i we they")
# Verbs that go bare after "he" as modals do ("he need not", "she dare not").
_MODAL_VERBS = _words("need dare")


def pronoun_verb_form(pronoun: str, word: str) -> str | None:
    """The present-tense form that ``pronoun`` wants when ``word`` is the other one: "he go"
    → "goes", "they says" → "say"; None when ``word`` is no such verb, or may be an adverb
    or adjective there ("he even", "she still") or a past as well ("he put")."""
    found = lx.tags(word)
    if "v" not in found or {"a", "r"} & set(found) or "x" in found and word not in _MODAL_VERBS:
        return None
    if pronoun in _SINGULAR_PRONOUNS:
        if word in bases() and word not in pasts():
            return third_of(word)
    elif pronoun in _PLURAL_PRONOUNS and is_third(word):
        return third_base(word)
    return None


# Verbs after which a clause takes the plain verb (the subjunctive), "that" or no "that":
# "suggested she marry", "would prefer he stay", "insist he resign".
_MANDATIVE = _words(
    "suggest recommend insist demand require ask propose prefer urge request order advise"
    " command direct stipulate decree mandate move rather proposal recommendation insistence"
    " suggestion requirement motion essential important vital necessary imperative crucial critical"
)


def _mandative(word: str) -> bool:
    return any(
        word.endswith(end) and word[: len(word) - len(end)] in _MANDATIVE
        for end in ("", "s", "ed", "d", "ing", "red")
    )


def _pronoun_verb_disagreement(toks, v: int, j: int):
    """"He go", "it make", "they says": a present-tense verb straight after a subject pronoun
    that opens a clause, in the other person's form. Not the subjunctive after a word that
    asks for it, with "that" or without ("insisted that he resign", "suggested she marry"),
    nor in a question ("does he"), nor "I" after a capital ("World War I")."""
    pronoun, word = toks[j].text.lower(), toks[v].text.lower()
    wanted = pronoun_verb_form(pronoun, word)
    if wanted is None:
        return None
    if word in _MODAL_VERBS and (v + 1 >= len(toks) or toks[v + 1].text.lower() != "to"):
        return None  # "he need not worry", "she dare not": a modal; "he need to" is not
    if pronoun == "i" and (toks[j].text != "I" or j >= 1 and toks[j - 1].text[:1].isupper()):
        return None
    if j >= 1:
        before = toks[j - 1]
        if pronoun == "it" and not (_clause_starts_at(toks, j) or before.tag == "CC"):
            return None  # "make it work", "let it go": "it" is an object ("he", "they" never are)
        if pronoun in _SINGULAR_PRONOUNS and (
            _mandative(before.text.lower())
            or before.text.lower() == "that" and any(_mandative(t.text.lower()) for t in toks[max(0, j - 5) : j - 1])
            or before.text.lower() == "lest"
        ):
            return None  # "one suggested she marry", "insisted that he resign": the subjunctive
        if before.tag in ("MD", "TO") or before.text.lower() in _words("do does did have has had is are was were be"):
            return None
    if pronoun == "we" and toks[v].tag != "VBZ" and "p" in lx.tags(word):
        return None  # "we parents": a noun after the pronoun
    if v + 1 < len(toks) and toks[v + 1].text in ("-", "–") and toks[v + 1].start == toks[v].end:
        return None
    return toks[j], lx.recase(wanted, toks[v].text), f"\"{toks[j].text}\" takes \"{wanted}\""


_PLURAL_SUBJECT_PRONOUNS = _words("they we i you")
_SINGULAR_SUBJECT_PRONOUNS = _words("he she it")
# Tags that end the search for the first of two verbs joined by "and".
_OBJECT_TAGS = {"DT", "PRP$", "PRP", "CD", "NNS"}
_CLAUSE_TAGS = {"WDT", "WP", "WRB", "MD", "TO", "CC", ",", ":", "-LRB-", "-RRB-", "``", "''"}


def _coordinated_disagreement(toks, v: int):
    """"Needles move energy and releases it", "He visits the site and inspect it": the second
    of two present-tense verbs joined by "and" in the other form from the first, which agrees
    with its subject (a plural noun or a pronoun just before it). Only a plain "and" with an
    object between (no comma, no clause of its own: "they say the man who sings and dances")."""
    verb = toks[v].text.lower()
    after = toks[v + 1].tag if v + 1 < len(toks) else ""
    if is_third(verb) and (toks[v].tag == "VBZ" or toks[v].tag == "NNS" and after in _OBJECT_TAGS):
        # (the tagger may read "and releases endorphins" as a noun: an object after it says not)
        wanted, first_tag = third_base(verb), "VBP"
    elif toks[v].tag in ("VB", "VBP") and lx.tags(verb) == "v" and verb in bases() and verb not in pasts():
        wanted, first_tag = third_of(verb), "VBZ"
    else:
        return None
    if not wanted:
        return None
    f = v - 2
    while f >= 0 and not toks[f].tag.startswith("VB"):
        if toks[f].tag in _CLAUSE_TAGS or toks[f].text.lower() in ("that", "and", "or", "but"):
            return None
        f -= 1
    if f < 1 or toks[f].tag != first_tag or f == v - 2:
        return None  # "they rise and falls" without an object may be a list of nouns
    first = toks[f].text.lower()
    if first_tag == "VBP" and (first not in bases() or first in ("are", "have", "do")):
        return None
    if first_tag == "VBZ" and not is_third(first):
        return None
    subject = toks[f - 1]
    word = subject.text.lower()
    if first_tag == "VBP":
        agrees = word in _PLURAL_SUBJECT_PRONOUNS or subject.tag == "NNS" and _noun_number(word, "NNS") == "p"
    else:
        agrees = word in _SINGULAR_SUBJECT_PRONOUNS or subject.tag == "NN" and _noun_number(word, "NN") == "s"
    if not agrees or not subject.text[1:].islower():
        return None
    start = f - 1 if subject.tag == "PRP" else _np_start(toks, f - 1)
    if not _clause_starts_at(toks, start):
        return None
    return toks[v], lx.recase(wanted, toks[v].text), f"\"{toks[f - 1].text} {toks[f].text}\" and \"{toks[v].text}\" share a subject"


# Pronouns that take a singular verb however many they stand for: "everyone knows".
_INDEFINITE_PRONOUNS = _words(
    "everyone everybody someone somebody anyone anybody nobody everything something anything nothing"
)
# Words after which a verb's form is read against a subject (``_after_subject_word``).
_SUBJECT_WORDS = _INDEFINITE_PRONOUNS | _SINGULAR_PRONOUNS | _PLURAL_PRONOUNS | {"and", "who"}


def _indefinite_disagreement(toks, v: int, j: int):
    """"Everyone are", "nobody have", "everyone know": a plural verb straight after a
    pronoun that takes a singular one. Not in a question ("does anyone have"), nor the
    subjunctive ("if anyone were", "insisted that nobody leave")."""
    verb = toks[v].text.lower()
    if verb in _PLURAL_VERBS:
        if toks[v].tag != ("VBD" if verb == "were" else _VERB_TAGS.get(verb)):
            return None
        wanted = _PLURAL_VERBS[verb]
    else:
        wanted = pronoun_verb_form("he", verb)
        if wanted is None or toks[v].tag not in ("VBP", "VB"):
            return None
    if j >= 1:
        before = toks[j - 1].text.lower()
        if toks[j - 1].tag in ("MD", "TO") or before in _words("do does did have has had is are was were be"):
            return None  # "does anyone have", "will anyone know"
        window = {t.text.lower() for t in toks[max(0, j - 4) : j]}
        if verb == "were" and _SUBJUNCTIVE & window or before == "that" or _mandative(before):
            return None
        if not (_clause_starts_at(toks, j) or toks[j - 1].tag == "CC"):
            return None  # "to make anyone think", "let nobody say": the pronoun is an object
    return toks[j], lx.recase(wanted, toks[v].text), f"\"{toks[j].text}\" takes a singular verb"


def _existential_disagreement(toks, v: int):
    """"There is many reasons", "there are a reason": the verb after "there" agrees with the
    noun phrase after it. Not quantities ("there is a lot of", "there are a number of"),
    numbers ("there is 20 minutes left"), or a singular noun joined to another ("there are a
    car and a van")."""
    verb = toks[v].text.lower()
    if verb in ("'s", "’s"):
        verb = "is"
    if verb in _SINGULAR_VERBS:
        singular_verb, wanted = True, _SINGULAR_VERBS[verb]
    elif verb in _PLURAL_VERBS:
        singular_verb, wanted = False, _PLURAL_VERBS[verb]
    else:
        return None
    if verb in _VERB_TAGS and toks[v].tag not in (_VERB_TAGS[verb], "VBZ" if singular_verb else "VBP"):
        return None
    if v >= 2 and toks[v - 2].tag in ("NN", "NNS", "NNP", "NNPS", "PRP") and not _clause_starts_at(toks, v - 1):
        return None  # "the people there are kind": "there" is a place
    if v >= 2 and toks[v - 2].text.lower() in ("than", "as"):
        return None  # "fewer than there were a decade ago": the subject is left out
    k = v + 1
    while k < len(toks) and toks[k].tag == "RB" and k < v + 3:
        k += 1  # "there are still", "there is also"
    if k >= len(toks):
        return None
    first = toks[k].text.lower()
    if first in _QUANTITY_HEADS or toks[k].tag == "CD":
        return None
    m = k
    while m < len(toks) and toks[m].tag in _NP_TAGS and toks[m].tag not in ("CD", "POS"):
        if m > k and toks[m].tag in ("DT", "PDT", "PRP$"):
            break  # "no evidence those links were": a second phrase begins
        m += 1
    head = m - 1
    if head < k or toks[head].tag not in ("NN", "NNS") or not toks[head].text.islower():
        return None
    word = toks[head].text.lower()
    phrase = toks[k : head + 1]
    after = toks[m].text.lower() if m < len(toks) else ""
    if any(t.text.lower() in _QUANTITY_HEADS | _OF_HEADS for t in phrase[1:]):
        return None  # "there is a host of", "there are a couple"
    if after == "ago":
        return None  # "there were a year ago"
    if after == "of" and word in collectives():
        return None  # "there were a group of protesters"
    number = _noun_number(word, toks[head].tag)
    if singular_verb and number == "p" and toks[head].tag == "NNS" and first not in _SINGLE_DETERMINERS:
        if word in headword_s() or word in collectives():
            return None
        why = f"\"{toks[head].text}\" is plural"
    elif not singular_verb and number == "s" and first in ("a", "an", "one", "another", "every", "each"):
        if any(t.text.lower() in _MANY_AFTER_A for t in phrase) or after in ("and", "or", "&", ",", "nor", "/") or word in collectives():
            return None  # "there are a car and a van"
        why = f"\"{toks[head].text}\" is singular"
    else:
        return None
    return toks[head], lx.recase(wanted, toks[v].text), why


def _candidates(vocabulary):
    """Offsets of the verbs worth tagging a sentence for: be, have and do after a noun or
    pronoun of the other number, or with an of-phrase, "each" or "every" before them; a
    present-tense verb that is no noun after a plural noun or an of-phrase ("the
    achievements of the museum demonstrates") or after a singular one ("the cleanup
    achieve")."""
    for _, tokens, i in vocabulary.token_hits(_VERB_PATTERN):
        if _lexical_candidate(tokens, i):
            yield tokens[i][1]
    for _, tokens, i in vocabulary.token_hits(_THERES):
        if _plural_after(tokens, i + 1):
            yield tokens[i][1] + len("there")
    tags_of, every, counted = lx.tags, bases(), count_nouns()
    for p in range(len(vocabulary.tokens)):
        tokens = vocabulary.tokens_of(p)
        for i in range(1, len(tokens)):
            word = tokens[i][0]
            before = tokens[i - 1][0]
            if before in _SUBJECT_WORDS:
                if _after_subject_word(tokens, i, before, word):
                    yield tokens[i][1]
                continue
            if word in _VERB_TAGS or word in ("was", "were") or tags_of(word) != "v":
                continue  # (both cases below want a word that is a verb and nothing else)
            if is_third(word):
                if _lexical_number(tokens[i - 1], True) == "p" or any(
                    tokens[k][0] == "of" and _lexical_number(tokens[k - 1], True) == "p"
                    for k in range(max(1, i - 7), i)
                ):
                    yield tokens[i][1]
            elif word in every and tokens[i - 1][0] in counted:
                yield tokens[i][1]


def _after_subject_word(tokens, i: int, before: str, word: str) -> bool:
    """Is the word at ``i``, after "and", "who" or a pronoun, a verb worth tagging for?"""
    if before == "and":
        return _coordinated_candidate(tokens, i)
    if before in _INDEFINITE_PRONOUNS:
        return pronoun_verb_form("he", word) is not None
    if before == "who":
        if i < 2 or not (is_third(word) or word in bases() and lx.tags(word) == "v"):
            return False
        antecedent = tokens[i - 3] if tokens[i - 2][0] == "," and i >= 3 else tokens[i - 2]
        return _lexical_number(antecedent) == ("p" if is_third(word) else "s")
    if i >= 2 and tokens[i - 2][0] in _QUESTION_WORDS:
        return False  # "should he win", "can he persuade": a question
    return pronoun_verb_form(before, word) is not None


_QUESTION_WORDS = _words(
    "do does did have has had is are was were will would shall should can could may might must"
)
_SENTENCE_ENDS = _words(". ! ? ;")
_THERES = re.compile(r"(?<![\w'])there's(?![\w'])")
_VERB_PATTERN = re.compile(r"(?<![\w'’])(?:is|are|was|were|has|have|does|do)(?![\w'’])", re.I)


def _lexical_candidate(tokens, i: int) -> bool:
    """A cheap look before tagging: does a word before the verb suggest the other number? A
    pronoun just before it, the noun before an of-phrase a few words back, "each" or "every",
    or the noun just before it."""
    if i == 0:
        return False
    verb = tokens[i][0]
    singular_verb = verb in _SINGULAR_VERBS
    before = tokens[i - 1][0]
    if before == "there":
        if singular_verb:
            return _plural_after(tokens, i + 1)
        return (
            i + 2 < len(tokens)
            and tokens[i + 1][0] in ("a", "an", "one", "another", "every", "each")
            and tokens[i + 2][0] not in _MANY_AFTER_A
            and tokens[i + 2][0] not in _QUANTITY_HEADS
        )
    if before == "that" and not singular_verb and i >= 2:
        return _lexical_number(tokens[i - 2]) == "s"
    if before in ("which", "who") and i >= 2:
        antecedent = tokens[i - 3] if tokens[i - 2][0] == "," and i >= 3 else tokens[i - 2]
        return _lexical_number(antecedent) not in (None, "s" if singular_verb else "p")
    if before in _DASHES or i >= 2 and tokens[i - 2][0] in _TITLES and not singular_verb:
        return True
    if before == "," and {t[0] for t in tokens[max(0, i - 12) : i]} & {"along", "together", "addition", "alongside", "accompanied", "well"}:
        return True  # "the results, along with the report, was"
    if before in _INDEFINITE_PRONOUNS:
        return not singular_verb and verb != "was"
    if before in _PERSONAL:
        person = _PERSONAL[before]
        if verb == "were" and i >= 2 and {t[0] for t in tokens[max(0, i - 5) : i - 1]} & _SUBJUNCTIVE:
            return False  # "if she were", "as though it were"
        return (
            person == "s" and not singular_verb
            or person in ("p", "2") and singular_verb
            or person == "1" and verb in ("is", "are", "has", "does")
        )
    for k in range(i - 1, max(0, i - 8), -1):
        word = tokens[k][0]
        if word in _SENTENCE_ENDS:
            break  # "programs. The financial incentives were": another sentence
        if word in ("each", "every") and not singular_verb:
            return True
        if word == "of" and k >= 1 and _lexical_number(tokens[k - 1], singular_verb) not in (None, "s" if singular_verb else "p"):
            return True
    return _lexical_number(tokens[i - 1], singular_verb) not in (None, "s" if singular_verb else "p")


_COORDINATION_STOPS = _words(", ; : to who which that whom")
# Words that open an object: after them a word that may be a plural noun is a verb.
_OBJECT_WORDS = _words("the a an his her its their our my your this these those him them me us it")


def _maybe_plural(token) -> bool:
    """A plural noun, or a word the tables do not know that ends in "s" ("endorphins")."""
    return _lexical_number(token) == "p" or token[0].endswith("s") and not lx.tags(token[0])


def _coordinated_candidate(tokens, i: int) -> bool:
    """A cheap look before tagging for "X verb … and verb" in two forms: a third-person form
    after "and" with a plain verb after a plural noun or "they"/"we" a few words back, or
    the other way round."""
    word = tokens[i][0]
    if is_third(word) and "p" in lx.tags(word) and (
        i + 1 >= len(tokens) or tokens[i + 1][0] not in _OBJECT_WORDS and not _maybe_plural(tokens[i + 1])
    ):
        return False  # "and prices have risen": a plural noun joined to another
    if is_third(word):
        first, subject = bases(), "p"
    elif word in bases() and lx.tags(word) == "v":
        first, subject = thirds(), "s"
    else:
        return False
    for k in range(i - 2, max(0, i - 10), -1):
        if tokens[k][0] in _COORDINATION_STOPS:
            return False  # a clause of its own or an infinitive between ("to build and maintain")
        if tokens[k][0] in first:
            before = tokens[k - 1]
            if subject == "p" and (before[0] in ("they", "we") or _lexical_number(before) == "p"):
                return True
            if subject == "s" and (before[0] in ("he", "she", "it") or _lexical_number(before) == "s"):
                return True
    return False


def _plural_after(tokens, k: int) -> bool:
    """A plural noun among the four words from ``k`` ("there is many new reasons"), before
    any "of" or article ("there was no sign of fires", "there is a lot of")."""
    for t in tokens[k : k + 4]:
        if t[0] in ("of", "a", "an", "one", "another", "lot", "number"):
            return False
        number = _lexical_number(t)
        if number:
            return number == "p"  # the first noun decides ("there was no consensus on tariffs")
    return False


def _lexical_number(token, singular_verb: bool = False) -> str | None:
    """"s" or "p" when the word alone tells a noun's number ("palace", "results", "one").
    Before a singular verb a capitalised plural is a name ("the United States is")."""
    word = token[0]
    if singular_verb and token[3][:1].isupper():
        return None
    if word in ("one", "each"):
        return "s"
    if lx.is_plural_noun(word) or word in _irregular_plurals():
        return "p"
    if word in count_nouns() or word in collectives():
        return "s"
    return None


class SubjectVerbAgreement(Rule):
    """A verb that does not agree with the head of its subject ("The results was").

    *What it flags*: "is", "are", "was", "were", "has", "have", "does" and "do", and
    present-tense verbs that cannot be nouns ("demonstrates", "achieve"), when the subject
    before them is the other number: a plural noun with a singular verb ("the
    results was"), a singular count noun with a plural verb ("the original palace were"),
    the head before an of-phrase ("the membership of the bands were", "the price of the
    shares were"), "each", "every" and "one of" ("each one of us have", "every member
    have", "one of the men were"), the subject before an aside in dashes ("the phone - made
    by Sharp - were") or one that adds company ("the mayor, along with two aides, were"),
    "which", "who" and "that" standing for the noun just before them ("the move,
    which were", "a report that were"; after "who" other verbs too: "residents who lives"), a titled name ("Mr Brown were"), personal pronouns
    ("they was", "he have", "he go", "they says") and pronouns that take a singular verb
    ("everyone are", "nobody know"), the noun phrase after "there is" and
    "there are" ("there is many reasons", "there are a reason"), and the second of two verbs
    joined by "and" that share a subject ("needles move energy and releases endorphins").

    *Why it matters*: a verb that does not agree with its subject is usually a left-over of
    rewriting, and it reads as a mistake.

    *Flagged*: "The results of the inquiry was published on Monday."

    *Preferred*: "The results of the inquiry were published on Monday."

    *Options*: the top-level ``spelling`` key: outside British copy ("en-GB", or a story
    spelled the British way) a group named as a unit with a plural verb is reported at info
    ("the jury were"), as American usage gives it a singular one.

    *Known limits*: collective nouns take either number in British copy ("the government
    are", "the band were") and are accepted there; nouns plural in meaning ("the police
    were", "personnel are") are always accepted; names of teams and firms ("England were")
    never are flagged, nor a capitalised name in British copy ("Crystal Palace were"), nor a
    capitalised singular noun with no determiner, which can only be a name ("Arsenal were");
    "maths" is singular (a field of study, from WordNet). Subjects joined by "and" are
    left alone, as are relative clauses ("the officials who was"), measures ("20 years is"),
    nouns whose number follows the of-phrase ("a number of voters are", "the rest of the
    money is") and the subjunctive ("if he were", "insisted that he resign"); after a
    pronoun, words that may be adverbs ("he even went") and verbs that are past forms too
    ("he put") are left alone, and "it" only opens a clause (not "let it go"); after
    "there is", numbers and quantities ("there is 20 minutes left", "there are a number
    of") are accepted. The subject is found with newslint's
    part-of-speech tagger, which is right about 19 words in 20. Direct quotations are not
    checked.
    """

    code = "G203"
    name = "subject-verb-agreement"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon", "quotes", "tags", "variants")
    quotes = "skip"
    examples = (
        accepted(""),
        accepted("The results of the inquiry were published on Monday."),
        flagged("The results of the inquiry was published on Monday.", "was"),
        flagged("Each one of us have a duty, Zoë Müller said.", "have"),
        flagged("They was told to leave; the original palace were torn down.", "was", "were"),
        flagged("He said the membership of the bands were", "were"),
        flagged("The findings of the inquiry demonstrates a failure.", "demonstrates"),
        flagged("The move, which were unexpected, angered many; Mr Brown were", "were", "were"),
        accepted("The two sides split the games, which is what they wanted."),
        flagged("The mayor, along with two aides, were questioned.", "were"),
        accepted("“The results was clear,” said Zoë Müller."),
        accepted('"The results was clear," said Zoë Müller.'),
        accepted("John Smith and Mary Jones, who were arrested on Monday, appeared in court."),
        accepted("England were beaten and the government are divided; the band were late.", spelling="en-GB"),
        flagged("The jury were out for an hour, the color guard said.", "were", spelling="en-US"),
        accepted("The police were called and military personnel are on standby."),
        accepted("If he were elected, it would be, as it were, a shock."),
        accepted("A number of voters are angry; twenty years is a long time; the news is bad."),
        flagged("They says the plan is dead, and it make no sense to Zoë.", "says", "make"),
        accepted("Let it go, he even said; she insisted that he resign. We parents must act."),
        flagged("There is many reasons to doubt it, and there are a reason to hope.", "is", "are"),
        flagged("There's several new problems with the bill.", "There's"),
        accepted("There are a number of issues, there is 20 minutes left and there are a car and a van."),
        accepted("The people there are a mix; there were a group of protesters outside."),
        flagged("Needles move energy through the body and releases endorphins.", "releases"),
        flagged("Everyone are welcome, and nobody know why.", "are", "know"),
        flagged("The number of voters are rising, Zoë Müller said.", "are"),
        flagged("Many residents who lives near the plant complained.", "lives"),
        accepted("One of the players who scores often left; the leader of the rebels, who says no, spoke."),
        accepted("A number of voters are angry, and the number of seats is fixed."),
        accepted("Does anyone have a key? If anyone were to ask, everyone knows; let nobody say so."),
        accepted("The firm makes cars and sells them; officials visit the site and check it."),
        accepted("Arsenal were beaten at home, and Everton were held.", spelling="en-US"),
        accepted("Her maths is sound, the physics is hard and the economics is simple.", spelling="en-GB"),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        tagged = None
        known: list = []

        def variety():
            if not known:
                known.append(_variety(doc, context))
            return known[0]

        seen = set()
        for offset in sorted(_candidates(vocabulary)):
            tagged = tagged or doc.analysis("tags")
            located = tagged.locate(offset)
            if located is None:
                continue
            sentence, v = located
            found = _disagreement(sentence.tokens, v, variety)
            if found is None:
                continue
            subject, wanted, why, *severity = found
            verb = sentence.tokens[v]
            if verb.start in seen:
                continue
            seen.add(verb.start)
            start, written, right = verb.start, verb.text, lx.recase(wanted, verb.text)
            if verb.text in ("'s", "’s"):
                # "There's several": the contraction is written out ("There are")
                before = sentence.tokens[v - 1]
                start, written, right = before.start, before.text + verb.text, f"{before.text} {wanted}"
            yield self.finding(
                doc,
                start,
                verb.end,
                f"\"{written}\" does not agree with its subject ({why}); check whether "
                f"\"{right}\" is meant.",
                suggestions=[right],
                severity=severity[0] if severity else None,
            )
