"""G202's noun phrases as the part-of-speech tagger reads them in context: the head noun of
the phrase that a determiner or a counting word opens, after describing words and nouns,
and whether a word that is a verb too is that head ("a new water supply systems", "several
large project with", not "a golf course spans much").
"""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...ngrams import starts_sentence
from ..missing_words import TIME_NOUNS
from ..verbs import function_words, headword_s, is_word, third_base, verbs_also_nouns
from .counting import NUMBER_WORDS, QUANTIFIERS, is_count, number_counts
from .nouns import (
    LARGE_NUMBERS,
    MANY_AFTER_A,
    counts_many,
    collectives,
    irregular_plural_set,
    singular_of,
    singular_too,
    word_set,
)
from .modifiers import predicate_measure
from .one_thing import VERBS_AFTER_A_NOUN

# The tagger's readings of a word that may stand between a determiner and its head noun:
# adjectives, participles, nouns that describe the next one, adverbs of degree ("a very").
_DESCRIBING_TAGS = frozenset(("JJ", "JJR", "JJS", "VBN", "VBG", "NN", "RB", "HYPH"))
# The tagger's readings of a word after a noun that continue the phrase: the noun describes
# it ("a jobs report", "a sales tax"), owns it ("a women's group") or is joined to it.
_CONTINUING_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "CD", "FW"))
# Words after a determiner that make its phrase more than one thing or end it: "a great
# many", "two and a half years", "as a result such laws", "a third more properties", "a
# pillar sixty feet high", "this century hundreds of things", "a myriad questions".
_NOT_ONE_THING = (
    MANY_AFTER_A
    | NUMBER_WORDS
    | word_set("half quarter third such more fewer less lots hundreds thousands millions dozens myriad")
)
# Plurals used with "a" as one thing: "a long ways off", "a back stairs", "a black woods",
# "a steel works", "an eight-volume complete works".
_ONE_THING_IN_USE = word_set("ways stairs woods works")
# Nouns of time and set phrases that end a phrase before a subject: "this time fountain pens
# were", "as a result murderers who", "all of a sudden pilots were", "at this point boats are".
_PHRASE_ENDS = TIME_NOUNS | word_set("day hour minute moment point result whole rule row while sense way matter sudden")
# Words after a plural of time that make it a measure: "centuries ago", "months afterward".
_MEASURE_AFTER = word_set("ago later earlier afterward afterwards apart old long")
# What may follow a plural that could be the verb of the words before it when it is no verb:
# a stop, a relative, a conjunction ("a golf course spans much", "a deep hush broods
# everywhere" are a subject and its verb).
_AFTER_A_PHRASE = frozenset((".", ",", ":", "WDT", "WP", "CC"))


def plural_in_phrase(tags, tokens, i: int) -> int | None:
    """The index in ``tokens`` of a plural head noun in the phrase that the determiner of one
    thing at ``i`` ("a", "an", "another", "every", "each", "this") opens: "a students",
    "every members", "a first-rate water supply systems", "this romantic ballads", read from
    the tagger's reading of the sentence. Describing words (adjectives, participles, nouns)
    may stand between; after a noun only nouns go on with the phrase ("a law allowing
    military tribunals" is two phrases). The plural must end the phrase (not "a sales tax",
    "a women's group"). Left alone: a number or a word of many after the determiner ("a
    further 20 years", "a great many", "every few days"), a capital ("the A missions", "a New
    Deal programs"), plurals that are singular nouns too ("a means", "a series"), a time or a
    set phrase first ("this time fountain pens were"), and a plural that may be the verb of
    the words before it ("a golf course spans much", "this helps", "each reports to",
    "another marvels in"): one with a verb reading after a word that may be a noun, or
    straight after a determiner that may be a pronoun, is the head only before a verb of its
    own ("this names was") or, in an object ("provides a rail services to"), before a stop,
    a relative or a conjunction (or a preposition, after a verb)."""
    if tokens[i][3] == "A" and not starts_sentence(tokens, i) or not _plural_ahead(tokens, i):
        return None
    located = tags.tagged_word(tokens[i][1], tokens[i][2])  # not "two" of "two-year-old"
    if located is None:
        return None
    sentence, n = located
    toks = sentence.tokens
    if toks[n].tag != "DT":
        return None
    pronoun = tokens[i][0] in ("each", "this", "another", "either", "neither")  # may stand alone before a verb
    if tokens[i][0] == "each" and n + 1 < len(toks) and toks[n + 1].text.lower() in ("other", "others"):
        return None  # "each others emotions": "each other's" lost its apostrophe (G103)
    noun_seen = noun_possible = False
    for m in range(n + 1, min(len(toks), n + 5)):
        token = toks[m]
        word = token.text
        if m < n + 4 and token.tag in ("JJ", "NN") and (_measure_compound(word) or _proper_adjective(toks, m)):
            continue  # "a two-year restrictions", "an 11th-century chapels", "a Buddhist monasteries"
        if (
            not word.replace("-", "").isalpha()
            or not word.islower()
            or token.tag == "CD"
            or word in _NOT_ONE_THING
            or counts_many(word)
            or word.split("-")[0] in _NOT_ONE_THING  # "twenty-eight"
            or word in _PHRASE_ENDS and (m == n + 1 or word in TIME_NOUNS)
        ):
            return None
        after = toks[m + 1] if m + 1 < len(toks) else None
        plural = singular_of(word) is not None or word in irregular_plural_set()
        if plural and not singular_too(word) and word not in headword_s() and word not in _ONE_THING_IN_USE:
            if _continues(after, toks[m + 2] if m + 2 < len(toks) else None):
                noun_seen = noun_possible = True
                continue  # "a jobs report", "a new standards board": it describes the next noun
            if token.tag not in ("NNS", "NN", "VBZ") or token.tag == "VBZ" and m > n + 1:
                return None
            if after is not None and after.text.lower() in _MEASURE_AFTER:
                return None
            if "r" in lx.tags(word):
                return None  # "a little forwards": an adverb
            if noun_seen and after is not None and after.tag in ("MD", "VBD", "VBP", "VBZ") and _after_preposition(toks, n):
                return None  # "for a small fee users will": the phrase ended, a subject begins
            maybe_verb = "v" in lx.tags(word) and (noun_possible or pronoun or token.tag == "VBZ")
            if maybe_verb and not _noun_not_verb(toks, n, m, pronoun):
                return None
            return _index_at(tokens, i, token.start)
        if pronoun and token.tag in ("VBN", "VBD", "VBG"):
            return None  # "as this allowed squadrons": the pronoun and its verb
        if noun_seen and (token.tag not in ("NN", "HYPH") or "n" not in lx.tags(word) and "-" not in word):
            # after a noun only a noun goes on with the phrase: "a law allowing military
            # tribunals", "each wave more losses", "each wave mighty masses" are two phrases
            return None
        if token.tag not in _DESCRIBING_TAGS or word in function_words() and token.tag != "RB":
            return None
        if token.tag == "RB" and (after is None or after.tag not in ("JJ", "JJR", "JJS", "VBN", "VBG", "RB")):
            return None  # an adverb stands in a phrase only before what it qualifies: "a very old"
        noun_seen = noun_seen or token.tag == "NN"
        noun_possible = noun_possible or token.tag == "NN" or "n" in lx.tags(word)
    return None


def _describes_past_brackets(toks, m: int) -> bool:
    """The word at ``m`` describes the noun after a short bracket that follows it ("60 inch
    (152.4 cm) diameter", "2 inch (nominal) lumber")."""
    for close in range(m + 2, min(len(toks), m + 8)):
        if toks[close].text == ")":
            return close + 1 < len(toks) and toks[close + 1].tag in ("NN", "NNS")
    return False


def _measure_compound(word: str) -> bool:
    """A hyphened measure that describes a noun: a number (figures, an ordinal or a number
    word) and a word ("two-year", "11th-century", "1,763-seat", "10-story-high"); not a
    number alone ("twenty-eight")."""
    first, _, rest = word.lower().partition("-")
    if not rest or not rest.replace("-", "").isalpha() or rest.split("-")[0] in NUMBER_WORDS:
        return False
    figures = first.replace(",", "").replace(".", "")
    return first in NUMBER_WORDS or figures.isdecimal() or figures[:-2].isdecimal() and figures[-2:] in ("st", "nd", "rd", "th")


def _proper_adjective(toks, m: int) -> bool:
    """A capitalised word inside the sentence that is only an adjective ("Buddhist",
    "American"), not a noun or a name: "a Buddhist monasteries"; not "a New Deal
    programs", since a capital word must follow it as no head ("Deal")."""
    word = toks[m].text
    if m == 0 or not word[:1].isupper() or not word[1:].islower() or toks[m].tag != "JJ":
        return False
    found = lx.tags(word.lower())
    return "a" in found and not ({"n", "v", "p"} & set(found))


def _continues(after, next_after=None) -> bool:
    """The tagged word ``after`` a noun goes on with its phrase: a noun it describes ("a jobs
    report"; "a new standards board", "two gable ends", which the tagger may read as verbs),
    or an owner's mark ("a women's group")."""
    if after is None:
        return False
    if after.tag in _CONTINUING_TAGS or after.text in ("'", "’", "/"):
        return True
    word = after.text.lower()
    if after.tag in ("VB", "VBP"):
        return "n" in lx.tags(word)
    if after.tag == "VBG":
        return next_after is not None and next_after.tag in ("NN", "NNS")  # "four heavyweight boxing champions"
    return after.tag == "VBZ" and singular_of(word) is not None


def _plural_ahead(tokens, i: int) -> bool:
    """A plural noun form stands among the four words after ``i``, before anything that is
    no word: the look that spares most determiners the tagger (most sentences hold an "a")."""
    words = 0
    for k in range(i + 1, min(len(tokens), i + 9)):
        word = tokens[k][0]
        if word in ("-", "–") and tokens[k - 1][2] == tokens[k][1]:
            continue  # "a long-term trends": the hyphen of one word
        if k + 1 < len(tokens) and tokens[k + 1][0] == "-" and tokens[k + 1][1] == tokens[k][2]:
            continue  # "a two-year restrictions": a part of a hyphened word
        words += 1
        if words > 4 or not is_word(tokens[k]) or word in _NOT_ONE_THING or counts_many(word) or word in function_words():
            return False  # "a group of protesters": the phrase ended first
        if word in irregular_plural_set() or word[-1:] == "s" and singular_of(word) is not None:
            return True
    return False


def _noun_not_verb(toks, n: int, m: int, pronoun: bool) -> bool:
    """The plural at ``m``, which could be a verb, is the head noun of the phrase that the
    determiner at ``n`` opens: a verb of its own follows ("this names was"), or the phrase is
    an object ("a rail services.", "provides a rail services to"), where a word that may be a
    pronoun does not stand straight before it."""
    after = toks[m + 1] if m + 1 < len(toks) else None
    if after is not None and (after.tag in ("MD", "VBD") or after.text.lower() in VERBS_AFTER_A_NOUN):
        return True
    either = toks[n].text.lower() in ("either", "neither", "each")
    if m == n + 1 and toks[n].text.lower() == "this" and _noun_after_this(toks, n, m):
        return True
    if m == n + 1 and pronoun and not (either and _after_preposition(toks, n)) or not _object_position(toks, n):
        # "this helps", "each reports to"; "of this works stopped", "in another marvels
        # in" (a pronoun, then a clause); not "on either sides of"
        return False
    if m == n + 1 and either:
        return True  # "on either sides of": "either" after a preposition opens no clause
    if after is None or after.tag in _AFTER_A_PHRASE:
        return True
    return after.tag in ("IN", "TO") and toks[n - 1].tag.startswith("VB")


# What follows a noun, not a verb: "at this stages of", "according to this studies,".
_AFTER_A_NOUN = frozenset((",", ".", ";", ":", "of"))


def _noun_after_this(toks, n: int, m: int) -> bool:
    """A plural that may be a verb, straight after "this" as a preposition's object, is the
    head of "this"'s phrase: it is far more often a noun (WordNet's tagged texts, three to
    one: "by this points", "for this reasons") or a noun's mark follows it ("at this stages
    of", "according to this studies,"). Not after "of", whose "this" is often a pronoun
    before the verb of a subject it ends ("much of this stems from", "none of this
    matters"), nor before a determiner or a name ("with this comes the", "in this lies a")."""
    before = toks[n - 1].text.lower() if n > 0 else "of"
    if before == "of" or not (before == "to" or _after_preposition(toks, n)):
        return False  # ("to this": no infinitive's "to" stands before "this")
    after = toks[m + 1] if m + 1 < len(toks) else None
    if after is not None and (after.tag in ("DT", "PRP$", "NNP", "CD") or after.text[:1].isupper()):
        return False
    if after is not None and after.text.lower() in _AFTER_A_NOUN:
        return True
    nouns, verbs = verbs_also_nouns().get(third_base(toks[m].text.lower()) or "", (0, None))
    return verbs is not None and nouns >= 3 * max(verbs, 1)


# Prepositions whose object a determiner opens ("in a", "of this"); not "that", "as",
# "because" and other words the tagger also reads as IN, which may open a clause.
_PREPOSITIONS = word_set(
    "of in on at for from with by into onto about under over through without within during"
    " between among across against toward towards upon behind beyond near via"
)


def _after_preposition(toks, n: int) -> bool:
    return n > 0 and toks[n - 1].text.lower() in _PREPOSITIONS


def _object_position(toks, n: int) -> bool:
    """The determiner at ``n`` opens the object of a verb or a preposition."""
    if n == 0:
        return False
    return toks[n - 1].tag in ("VB", "VBD", "VBZ", "VBP", "VBG", "VBN", "TO") or _after_preposition(toks, n)


def _index_at(tokens, i: int, offset: int) -> int | None:
    """The index after ``i`` of the token of ``tokens`` that starts at ``offset``."""
    for k in range(i + 1, min(len(tokens), i + 12)):
        if tokens[k][1] == offset:
            return k
    return None


# Counting words that may stand alone as a pronoun before a verb of their own ("these
# change", "both work here", "many reason that").
_COUNTERS_ALONE = word_set("these those both many few")
# Words after a counted noun that make it a measure: "57 year old", "ten foot high".
_MEASURE_ADJECTIVES = word_set("old long high wide deep tall thick ago")
_TIME_AFTER_NUMBER = word_set("last next this past previous coming following")


def singular_in_phrase(tags, tokens, i: int) -> int | None:
    """The index in ``tokens`` of a singular count noun heading the phrase that the number or
    counting word at ``i`` opens ("several large project with", "two university center,",
    "in these patient,"), read from the tagger like ``plural_in_phrase``: describing words
    and nouns may stand between, and the noun must end the phrase (not "two story detached
    houses", "57 year old"). After a counting word that is no number ("several", "many",
    "these", "both"), a singular noun that describes the head does not make it a measure:
    "several government project", "both party leader" (after a number it does: "a two tier
    system", "30 year low"). Left alone: names, units, numerals, collective and mass nouns,
    a noun that is a verb too where the counting word may be its subject ("these change
    first", "both work here") unless a verb of its own follows or the phrase is an object
    ending at a stop."""
    text = tokens[i][0]
    if text in QUANTIFIERS:
        if text == "few" and not (i >= 1 and tokens[i - 1][0] in ("a", "very")):
            return None  # "few believe": a pronoun
        if text in ("numerous", "many") and i >= 1 and tokens[i - 1][0] in word_set("more most so too as how"):
            return None  # "a more numerous force", "how many"
    elif not ((text in NUMBER_WORDS or text[:1].isdigit()) and number_counts(tokens, i)):
        return None
    if not _count_noun_ahead(tokens, i) or i + 1 < len(tokens) and tokens[i + 1][0] in _TIME_AFTER_NUMBER:
        return None  # "up from 90 last year": a time after the number
    located = tags.tagged_word(tokens[i][1], tokens[i][2])  # not "two" of "two-year-old"
    if located is None:
        return None
    sentence, n = located
    toks = sentence.tokens
    alone = text in _COUNTERS_ALONE
    noun_seen = noun_possible = False
    for m in range(n + 1, min(len(toks), n + 5)):
        token = toks[m]
        word = token.text
        low = word.lower()
        if not word.replace("-", "").isalpha() or word != low or token.tag == "CD" or low in NUMBER_WORDS:
            return None  # a name, a number ("two hundred")
        first = low.split("-")[0]
        if first != low and (first in NUMBER_WORDS or first in LARGE_NUMBERS or singular_of(first) is not None):
            return None  # "two hundred-mile stretch", "several passers-by smile"
        after = toks[m + 1] if m + 1 < len(toks) else None
        if token.tag == "NN" and "-" not in word and is_count((low, token.start, token.end, word)):
            if _continues(after, toks[m + 2] if m + 2 < len(toks) else None):
                noun_seen = noun_possible = True
                continue  # "two story houses", "two gable ends": it describes the next noun
            if after is not None and after.tag == "VBZ":
                return None  # "three hour commutes": a noun the tagger reads as a verb follows
            if noun_seen and text not in QUANTIFIERS or low in collectives() or low in function_words() or low.endswith("body"):
                # "a two tier system", "30 year low", "fifty percent discount": the number
                # counts the noun that describes this one; "fifty nobody"
                return None
            if after is not None and after.text.lower() in _MEASURE_ADJECTIVES and not predicate_measure(tokens, _index_at(tokens, i, token.start) or i):
                return None  # "a 57 year old man", "ten foot high": a measure ("she was 57 year old." is said of her)
            if after is not None and after.tag in ("JJ", "RB") and "n" in lx.tags(after.text.lower()):
                return None  # "a near 30 year low": a measure
            if after is not None and after.tag == "JJ" and m + 2 < len(toks) and toks[m + 2].tag in ("NN", "NNS"):
                return None  # "80 gigabyte hard drive": it describes a phrase after it
            if after is not None and after.text == "(" and _describes_past_brackets(toks, m):
                return None  # "a 60 inch (152.4 cm) diameter": a conversion between
            if after is not None and after.text == "," and "a" in lx.tags(low):
                return None  # "those secret, unuttered thoughts": a list of describing words
            if after is not None and after.text.lower() in ("and", "or", "&", "/"):
                return None  # "several town and villages", "singer / songwriters": joined to another
            if after is not None and after.text in ("-", "–") and after.start == token.end:
                return None  # "several new violin- and drum-playing courses": half of a compound held over
            if after is not None and after.text in ('"', "“", "‘", "''", "``", "'") and m + 2 < len(toks) and toks[m + 2].text.isalpha() and (
                after.text != "'" or after.end == toks[m + 2].start
            ):
                # "the two speed “warning signs”", "500 billionaire ''family fortunes''": a quoted
                # noun it describes (as in ``_counted_noun``)
                return None
            maybe_verb = "v" in lx.tags(low) and (noun_possible or alone)
            if maybe_verb and not _noun_not_verb(toks, n, m, alone):
                return None
            return _index_at(tokens, i, token.start)
        if alone and token.tag in ("VBN", "VBD", "VBG", "VBP", "VBZ"):
            return None  # "those elected", "both agreed"
        if noun_seen and (token.tag not in ("NN", "HYPH") or "n" not in lx.tags(low) and "-" not in word):
            return None
        if token.tag not in _DESCRIBING_TAGS or low in function_words() and token.tag != "RB":
            return None
        if token.tag == "RB" and (after is None or after.tag not in ("JJ", "JJR", "JJS", "VBN", "VBG", "RB")):
            return None
        noun_seen = noun_seen or token.tag == "NN"
        noun_possible = noun_possible or token.tag == "NN" or "n" in lx.tags(low)
    return None


def _count_noun_ahead(tokens, i: int) -> bool:
    """A singular count noun stands among the next words (a look in the lexicon first, which
    spares most counting words the tagger)."""
    words = 0
    for k in range(i + 1, min(len(tokens), i + 9)):
        word = tokens[k][0]
        if word in ("-", "–") and tokens[k - 1][2] == tokens[k][1]:
            continue
        words += 1
        if words > 4 or not is_word(tokens[k]) or word in function_words() or word[-1:] == "s" and singular_of(word):
            return False  # the phrase ended, or its plural came first ("three years ago the council")
        if is_count(tokens[k]):
            return True
    return False
