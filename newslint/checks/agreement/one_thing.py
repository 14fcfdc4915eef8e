"""G202's other direction: a plural noun after a word of one thing ("a women", "every
members", "another problems") or straight after "much" ("much problems"); and "other"
standing for a noun with no determiner, which needs its plural ("many other.", "talk with
other who").
"""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...ngrams import starts_sentence
from ..missing_words import TIME_NOUNS
from ..verbs import function_words, headword_s, is_word
from .counting import NUMBER_WORDS
from .modifiers import modifier_next
from .nouns import (
    MANY_AFTER_A,
    irregular_plural_set,
    singular_of,
    singular_too,
    word_set,
)

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
# Plurals used with "a" as one thing: "a long ways off", "a back stairs", "a black woods".
_ONE_THING_IN_USE = word_set("ways stairs woods")
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
    located = tags.locate(tokens[i][1])
    if located is None:
        return None
    sentence, n = located
    toks = sentence.tokens
    if toks[n].tag != "DT":
        return None
    pronoun = tokens[i][0] in ("each", "this", "another")  # may stand alone before a verb
    noun_seen = noun_possible = False
    for m in range(n + 1, min(len(toks), n + 5)):
        token = toks[m]
        word = token.text
        if (
            not word.replace("-", "").isalpha()
            or not word.islower()
            or token.tag == "CD"
            or word in _NOT_ONE_THING
            or word.split("-")[0] in _NOT_ONE_THING  # "twenty-eight"
            or word in _PHRASE_ENDS and (m == n + 1 or word in TIME_NOUNS)
        ):
            return None
        after = toks[m + 1] if m + 1 < len(toks) else None
        plural = singular_of(word) is not None or word in irregular_plural_set()
        if plural and not singular_too(word) and word not in headword_s() and word not in _ONE_THING_IN_USE:
            if after is not None and (
                after.tag in _CONTINUING_TAGS
                or after.text in ("'", "’")
                or after.tag in ("VB", "VBP") and "n" in lx.tags(after.text.lower())
            ):
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
            if "v" in lx.tags(word) and (noun_possible or pronoun or token.tag == "VBZ"):
                if not _noun_not_verb(toks, n, m, pronoun):
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


def _plural_ahead(tokens, i: int) -> bool:
    """A plural noun form stands among the four words after ``i``, before anything that is
    no word: the look that spares most determiners the tagger (most sentences hold an "a")."""
    for k in range(i + 1, min(len(tokens), i + 9)):
        word = tokens[k][0]
        if word in ("-", "–") and tokens[k - 1][2] == tokens[k][1]:
            continue  # "a long-term trends": the hyphen of one word
        if not is_word(tokens[k]) or word in _NOT_ONE_THING:
            return False
        if word in irregular_plural_set() or word[-1:] == "s" and singular_of(word) is not None:
            return True
    return False


def _noun_not_verb(toks, n: int, m: int, pronoun: bool) -> bool:
    """The plural at ``m``, which could be a verb, is the head noun of the phrase that the
    determiner at ``n`` opens: a verb of its own follows ("this names was"), or the phrase is
    an object ("a rail services.", "provides a rail services to"), where a word that may be a
    pronoun does not stand straight before it."""
    after = toks[m + 1] if m + 1 < len(toks) else None
    if after is not None and (after.tag in ("MD", "VBD") or after.text.lower() in _VERBS_AFTER_A_NOUN):
        return True
    if m == n + 1 and pronoun or not _object_position(toks, n):
        return False
    if after is None or after.tag in _AFTER_A_PHRASE:
        return True
    return after.tag in ("IN", "TO") and toks[n - 1].tag.startswith("VB")


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


def plural_after_single(tokens, i: int) -> int | None:
    """"a women", "another problems", "every members": a plural noun, with no verb reading,
    after a determiner of one thing (adjectives may stand between). A capital "A" inside a
    sentence is a label, not the article ("the A missions")."""
    if tokens[i][3] == "A" and not starts_sentence(tokens, i):
        return None
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


# Verbs after a noun phrase that say it is one ("this reports are": "reports" is a noun).
_AUXILIARIES = word_set("are were have had will would can could may might must should do did")
# The same with the singular forms: after "this names" any of them shows a noun, not a verb.
_VERBS_AFTER_A_NOUN = _AUXILIARIES | word_set("is was has does")


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
