"""Tests of a noun phrase and its verb shared by the "its", "their" and confused-word rules."""

from __future__ import annotations

import math
from functools import lru_cache

from ... import confusion
from ...analysis import lexicon as lx
from ...datafiles import data_words
from ...english import word_set as _words
from .base import is_word
from .words import (
    BE,
    CLAUSE_PARTICIPLES,
    HAVE,
    ITS_BEFORE,
    NOT_HEADS,
    clause_verbs,
    finite_verbs,
    time_words,
)

_PAST_FILE = "past_tense_verbs.txt"
_IRREGULAR_PAST: frozenset[str] | None = None


def _irregular_past() -> frozenset[str]:
    global _IRREGULAR_PAST
    if _IRREGULAR_PAST is None:
        from importlib import resources

        text = resources.files("newslint.data").joinpath(_PAST_FILE).read_text("utf-8")
        _IRREGULAR_PAST = frozenset(
            w for line in text.splitlines() if not line.startswith("#") for w in line.split()
        )
    return _IRREGULAR_PAST


@lru_cache(maxsize=1)
def _noun_phrase_stops() -> frozenset[str]:
    """Words that cannot stand inside the noun phrase read before a verb (relatives,
    conjunctions, articles, "own", "very"), from data/noun_phrase_stops.txt."""
    return data_words("noun_phrase_stops.txt")


def finite_verb(word: str) -> bool:
    """A word that can only be read here as a finite verb: "is", "had", "expired", "sucks",
    "led"."""
    if word in finite_verbs():
        return True
    found = lx.tags(word)
    if "v" not in found or "a" in found or "r" in found:
        return False
    if word in _irregular_past():
        return True
    if "n" in found or "p" in found:
        return False  # "picks", "plans": a noun too
    return word.endswith(("ed", "s")) and not word.endswith(("ss", "us"))


_MODIFIER_OR_NOUN = frozenset(("JJ", "JJR", "JJS", "NN", "NNS"))


class PossessiveReading:
    """The tagger's tags of the words around ``tokens[j]`` (three before the word it
    replaces, six from ``tokens[j]`` on), read as if ``possessive`` stood in place of
    ``tokens[j - 1]`` ("its home ground is"). Worked out only when a word's lexicon readings are
    ambiguous ("home" is also an adverb, "little" too). The written word ("it's") is not
    what the tagger should read: after "it" "'s" (VBZ) it reads "home" as the adverb of
    "it is home", the very reading in question; after the possessive, it tells a noun or
    adjective that fits the words around it from one that does not."""

    def __init__(self, tokens, j: int, possessive: str):
        self._tokens, self._j, self._possessive = tokens, j, possessive
        self._tags: list[str] | None = None

    def tag(self, k: int) -> str:
        if self._tags is None:
            from ... import tagger

            tokens, j = self._tokens, self._j
            self._start = max(0, j - 4)
            before = [t[3] for t in tokens[self._start : j - 1]]
            after = [t[3] for t in tokens[j : j + 6]]
            self._tags = tagger.tag([*before, self._possessive, *after])
        at = k - self._start
        return self._tags[at] if 0 <= at < len(self._tags) and k != self._j - 1 else ""

    def noun_or_modifier(self, k: int) -> bool:
        return self.tag(k) in _MODIFIER_OR_NOUN

    def finite_verb(self, k: int) -> bool:
        """Is ``tokens[k]`` a finite verb here? ``finite_verb`` decides by the lexicon alone
        and refuses a word that can also be a noun ("plays", "opens"); such a word counts
        when the tagger, after the possessive, reads it as a verb with a tense ("its team
        plays well") and not as the plural of a compound ("its budget cuts")."""
        word = self._tokens[k][0]
        if finite_verb(word):
            return True
        found = lx.tags(word)
        if "v" not in found or {"a", "r", "x"} & set(found) or not word.endswith(("s", "ed")):
            return False
        return self.tag(k) in ("VBZ", "VBD")


def tags_in_place(tokens, i: int, instead: tuple[str, ...], after: int = 4) -> tuple[list[str], int]:
    """The tagger's tags of up to three words before ``tokens[i]`` and ``after`` words after
    it, read with the words ``instead`` in its place ("it is" for "its", "there" for "their"),
    and where the first of them stands in the tags: the question the advice by evidence asks
    of the word meant ("its likely that", "polls where conducted")."""
    from ... import tagger

    start = max(0, i - 3)
    words = [t[3] for t in tokens[start:i]] + list(instead) + [t[3] for t in tokens[i + 1 : i + 1 + after]]
    return tagger.tag(words), i - start


def noun_phrase_then_verb(tokens, j, modifiers: int = 2, possessive: str | None = None) -> bool:
    """From ``tokens[j]``: up to ``modifiers`` adjectives, a noun (perhaps two: "campaign
    website"), then a finite verb: "registration had expired", "new book features", "basic
    wrongdoing led". The phrase is a subject with its verb, so the word before it must be a
    possessive ("its", "their", "whose"), not "it's", "there" or "who's".

    A word the lexicon also knows as an adverb ("home", "little", "back") is read by the
    tagger, as if ``possessive`` (the word meant) stood before the phrase
    (``PossessiveReading``): "it's home ground is" is a subject and its verb when the tagger
    reads "home" as a noun or adjective there. Without ``possessive``, such a word ends the
    phrase."""
    k, n = j, len(tokens)
    reading = PossessiveReading(tokens, j, possessive) if possessive else None
    seen_modifiers = 0
    while k < n and seen_modifiers <= modifiers:
        if not is_word(tokens[k]) or tokens[k][3][:1].isupper():
            return False
        text = tokens[k][0]
        if text in _noun_phrase_stops() or text in NOT_HEADS:
            return False
        found = lx.tags(text)
        if not found or "x" in found or text.endswith("ing") and not set(found) <= {"n", "p"}:
            return False  # "running", but "wrongdoing" is a noun
        if "n" in found or "p" in found:
            break
        if "a" not in found or "v" in found and text.endswith(("ed", "en")):
            return False
        if "r" in found and not (reading and reading.noun_or_modifier(k)):
            return False
        seen_modifiers += 1
        k += 1
    else:
        return False
    if k >= n:
        return False
    # the head noun, and perhaps a second one
    for head in (k, k + 1):
        if head >= n or not is_word(tokens[head]) or tokens[head][3][:1].isupper():
            return False
        text = tokens[head][0]
        found = lx.tags(text)
        if text in NOT_HEADS or text in time_words() or "x" in found:
            return False
        if "n" not in found and "p" not in found:
            return False
        if "r" in found:
            if not (reading and reading.noun_or_modifier(head)):
                return False
            if reading.tag(head).startswith("JJ"):
                continue  # "little" in "their little minds": the head comes after it
        verb = reading.finite_verb if reading else lambda k: finite_verb(tokens[k][0])
        after = _after_prepositional_phrase(tokens, head + 1) if reading else head + 1
        if after < n and is_word(tokens[after]) and verb(after):
            if after + 1 < n and tokens[after][0] in _LINKING and tokens[after + 1][0] in ("to", "that"):
                return False  # "it's time has to", a reading too uncertain
            return True
    return False


_LINKING = frozenset("is was has had have".split())
_PHRASE_PREPOSITIONS = frozenset("of for in on at from with".split())


def _after_prepositional_phrase(tokens, k: int) -> int:
    """The index after a short prepositional phrase at ``tokens[k]`` ("for the third
    quarter", "in Ohio"), up to four words after the preposition and none of them a verb
    or a mark; ``k`` itself when none starts there."""
    n = len(tokens)
    if k >= n or tokens[k][0] not in _PHRASE_PREPOSITIONS:
        return k
    for end in range(k + 2, min(k + 6, n)):
        previous = tokens[end - 1]
        if not is_word(previous) or finite_verb(previous[0]):
            return k
        if previous[0] in _noun_phrase_stops() and previous[0] not in ("the", "a", "an"):
            return k
        found = lx.tags(previous[0])
        if ("n" in found or "p" in found or previous[3][:1].isupper()) and end < n and finite_verb(tokens[end][0]):
            return end
    return k


def _clause_verb_ing(word: str) -> bool:
    """Is ``word`` (in -ing) a form of a verb that can take a clause ("saying", "hoping",
    "admitting")? Its stem is looked up in ``clause_verbs`` as written, with "e" restored
    and with a doubled consonant undone."""
    stem = word[:-3]
    verbs = clause_verbs()
    return word in verbs or stem in verbs or stem + "e" in verbs or (
        len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs
    )


def object_slot(prev: str, tokens, j: int, possessive: str) -> bool:
    """Is "it's" (or "they're") after ``prev`` and before ``tokens[j]`` where only "its"
    ("their"), the ``possessive``, fits? True when ``prev`` can only be a verb that takes an
    object, not a clause ("held it's hearing", "completed it's acquisition", "lost they're
    minds"), and ``tokens[j]`` is a word that may start a noun: a noun or adjective, and if
    the lexicon knows it as an adverb too ("home", "back"), one the tagger reads as a noun or
    adjective after the possessive ("lost it's home match")."""
    following = tokens[j][0]
    prev_tags = set(lx.tags(prev))
    if "v" not in prev_tags or "x" in prev_tags or "r" in prev_tags:
        return False
    reading = PossessiveReading(tokens, j, possessive)

    def verb_here() -> bool:
        return j >= 2 and reading.tag(j - 2) in ("VB", "VBD", "VBP", "VBZ")

    if "n" in prev_tags and "p" not in prev_tags and not verb_here():
        return False  # "the increase it's", "a favor": a noun here, not a verb
    if "a" in prev_tags and not (prev.endswith("ed") and prev not in CLAUSE_PARTICIPLES) and not verb_here():
        return False  # "make clear it's", "an open it's": an adjective here
    if prev in clause_verbs() or prev in BE or prev in HAVE:
        return False
    if prev.endswith("ing") and (_clause_verb_ing(prev) or j < 2 or reading.tag(j - 2) != "VBG"):
        return False  # "saying it's", "hoping it's"; but "bolstering it's presence"
    if following in ITS_BEFORE or following in NOT_HEADS:
        return False
    found = lx.tags(following)
    if not {"n", "a"} & set(found):
        return False
    return "r" not in found or reading.noun_or_modifier(j)


def modifiers_then_plural_noun(tokens, j, possessive: str, modifiers: int = 3) -> bool:
    """From ``tokens[j]``: up to ``modifiers`` adjectives and a plural noun, as the tagger
    reads them after ``possessive`` ("their narrow little minds"), the noun a plural in the
    lexicon too, and no word in capitals."""
    reading = PossessiveReading(tokens, j, possessive)
    for k in range(j, min(j + modifiers + 1, len(tokens))):
        if not is_word(tokens[k]) or tokens[k][3][:1].isupper() or tokens[k][0] in NOT_HEADS:
            return False
        tag = reading.tag(k)
        if tag == "NNS":
            return "p" in lx.tags(tokens[k][0])
        if not tag.startswith("JJ"):
            return False
    return False


_NOUN_PHRASE_STARTS = frozenset(("JJ", "JJR", "JJS", "NN", "NNS"))
_OPENING_QUOTES = frozenset(('"', "“", "‘", "'"))
# Before a name, a number or a quotation ("sell it's South Carolina offices", "ends it's
# 48-year-old occupation", "boost it's “explosive yield”") the word after reads about as well
# after "it is" ("it's Russian intelligence", "it's 2020", "it's “very sad”"): there the word
# before must speak for the possessive by itself, by at least this (natural log of the odds).
BEFORE_NAME_LEFT = 5.0


# Words after which a clause begins (and "it's" or "there" is its subject, not an object).
_CLAUSE_OPENERS = frozenset(
    "and but or nor so yet because if when while although though whether unless whereas".split()
)


def _opens_clause(tokens, i: int) -> bool:
    """Does ``tokens[i]`` open a clause: first, after a mark, or after a conjunction?"""
    return i == 0 or not is_word(tokens[i - 1]) or tokens[i - 1][0] in _CLAUSE_OPENERS


_CLAUSE_ENDS = frozenset(".;:!?")


def _phrase_ends_clause(tokens, j: int) -> bool:
    """Do adjectives and nouns alone run from ``tokens[j]`` to the end of the clause ("national
    policy.")? Then the possessive's phrase would be a clause's subject with no verb."""
    for k in range(j, len(tokens)):
        word = tokens[k][0]
        if not is_word(tokens[k]):
            return word in _CLAUSE_ENDS
        found = set(lx.tags(word))
        if not found or not found <= {"a", "n", "p"}:
            return False
    return True


def _compound_complement(tokens, j: int) -> bool:
    """Does a compound joined by hyphens start at ``tokens[j]``, end in a word the lexicon
    reads as an adjective, and stand before no word that can be a noun ("production-ready,",
    "family-friendly and")? Then it is the complement of "it is" or "they are", not an
    adjective in front of the possessive's noun ("its research-based approach")."""
    n = len(tokens)
    k = j
    while k + 2 < n and tokens[k + 1][0] == "-" and tokens[k][2] == tokens[k + 1][1] == tokens[k + 1][2] - 1 \
            and tokens[k + 1][2] == tokens[k + 2][1] and is_word(tokens[k + 2]):
        k += 2
    if k == j or "a" not in lx.tags(tokens[k][0]):
        return False
    return k + 1 >= n or not is_word(tokens[k + 1]) or "n" not in lx.tags(tokens[k + 1][0])


def possessive_by_evidence(tokens, i: int, possessive: str, margin: float) -> bool:
    """Is the possessive (``possessive``: "its", "their") meant at ``tokens[i]`` ("it's",
    "there"), by the evidence of the words around it, where a noun phrase follows?

    The evidence (``confusion.judge``) must prefer the possessive by ``margin``, with neither
    neighbour speaking for the word written. The next word must be a lower-case word that
    the tagger, reading the possessive in its place, reads as an adjective or a noun, and no
    verb in -ing: "open it's doors", "tout there continued viability", not "it's
    committing", "the increase it's planning" or "there forming"; or a name, a number or a
    quotation, when the word before alone speaks for the possessive (``BEFORE_NAME_LEFT``).
    Where "it's" or "there" opens a clause and nothing but adjectives and nouns follow it to
    the clause's end, it is "it is" and its complement ("; it's national policy."): the
    possessive's phrase would be a subject with no verb; so is a compound joined by hyphens
    that ends in an adjective and stands before no noun ("as soon as it's production-ready,"),
    where a possessive would have no noun to own (``_compound_complement``). Before a noun phrase the evidence is
    right far more often than elsewhere, so the margin asked is lower than the pair's
    calibrated one (which also guards words before verbs, adverbs and marks)."""
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    lower_case_word = is_word(after) and not after[3][:1].isupper()
    if lower_case_word:
        if after[0].endswith("ing") and "v" in lx.tags(after[0]):
            return False  # "the increase it's planning": "it is planning" reads as well
        if _opens_clause(tokens, i) and _phrase_ends_clause(tokens, i + 1):
            return False  # "; it's national policy.": "it is" and its complement, a clause whole
        if _compound_complement(tokens, i + 1):
            return False  # "as soon as it's production-ready,": "it is" and an adjective
        left_needed = -math.inf
    elif is_word(after) or after[0][:1].isdigit() or (
        after[0] in _OPENING_QUOTES and i + 2 < len(tokens) and is_word(tokens[i + 2]) and tokens[i + 2][1] == after[2]
    ):
        left_needed = BEFORE_NAME_LEFT
    else:
        return False
    found = confusion.judge(tokens, i, (possessive,), threshold=margin, thresholds={})
    if found is None or found.left < left_needed:
        return False
    # (the tagger last: most words fail the evidence first, and tagging costs more)
    return not lower_case_word or PossessiveReading(tokens, i + 1, possessive).tag(i + 1) in _NOUN_PHRASE_STARTS


# Words that open no noun phrase after a possessive, so "its", "their", "your" or "whose"
# before them is "it's", "there", "you're" or "who's": what opens a clause, determiners and
# possessives, prepositions (not those that also mean "about" before a number: "its about
# 300 staff", "its over $50 million", "its per capita"), and "not".
_NO_NOUN_PHRASE = _words(
    """
    why when where how what who whom whose which whether whatever because if unless although
    though whereas than this these those my your his her our their at for from into onto by
    with within without like unlike upon via toward towards against among amongst between
    beyond behind beside despite during except including through throughout across along
    alongside amid of on in to not
    """
)
# ... nor, after an adverb, these ("its never been", "its also a"); an adverb alone may
# grade an adjective in a noun phrase ("its already weak economy", "its newly built").
_NO_NOUN_PHRASE_AFTER_ADVERB = _words("been become got gotten a an the not going")
def is_superlative(word: str) -> bool:
    if word in ("best", "worst", "most", "least"):
        return True
    if not word.endswith("est") or len(word) <= 5:
        return False
    stems = (word[:-3], word[:-2], word[:-4], word[:-4] + "y")  # old-est, larg-est, bigg-est, earli-est
    return any("a" in lx.tags(stem) for stem in stems)


# Comparatives that may stand for a noun after a possessive ("for its worse", "their more").
_COMPARED = _words("worse better more less further")
# Pronouns that stand for a whole noun phrase, never after a possessive: "its something to be
# proud of" (in all 400 Wikipedia files, after "its", "their", "your" or "whose", once, that
# slip, and twice in the title "Your Everything").
INDEFINITE_PRONOUNS = _words(
    "something nothing anything everything someone somebody anyone anybody everyone everybody nobody"
)


def no_noun_phrase_after(tokens, i) -> bool:
    """A possessive at ``tokens[i]`` ("its", "their", "your", "whose") before a word of
    ``_NO_NOUN_PHRASE``, or an adverb and a word of ``_NO_NOUN_PHRASE_AFTER_ADVERB``, written
    apart (not "its in-house team", "their in-ring persona"): it cannot be the possessive."""
    if i + 2 >= len(tokens) or not is_word(tokens[i + 1]):
        return False
    if tokens[i + 2][0] in ("-", "‐") and tokens[i + 2][1] == tokens[i + 1][2]:
        return False  # a hyphenated compound
    after, then = tokens[i + 1][0], tokens[i + 2][0]
    if after in INDEFINITE_PRONOUNS:
        return tokens[i + 1][3].islower()  # "its something we are not" (not the title "Your Everything")
    if after in _NO_NOUN_PHRASE:
        return True
    # an adverb, perhaps an adjective too, no noun and no word of degree that may stand for
    # one ("its only the second", "its just not"; not "their west the", "its passing the",
    # "At its worst the storm"): no noun phrase opens with it and "the", "been" or "not" after it
    found = lx.tags(after)
    if "r" not in found or then not in _NO_NOUN_PHRASE_AFTER_ADVERB:
        return False
    compared = is_superlative(after) or after in _COMPARED
    if then in ("been", "become") and tokens[i][0] == "its" and not after.endswith("ing") and not compared:
        # "its now been", "its now become" ("it has"): a word that may be an adverb is one
        # there, a noun too or not ("now"): in all 400 Wikipedia files "its", such a word and
        # "been" or "become" stand together never ("its having been", "its elements become")
        return True
    return found == "r" or "n" not in found and not compared


# Words that open a noun phrase of their own after an adjective: "its unlikely | the case".
_PHRASE_OPENERS = _words("the a an this these those his her their our my your")


def adjective_then_determiner(tokens, i) -> bool:
    """A possessive at ``tokens[i]`` before an adjective that is no noun (not a superlative,
    "own", a word of degree or a form in -ing) and then a determiner or possessive, a space
    apart ("its unlikely the case will close", "its obvious this plan failed"): no noun
    phrase opens so, and "it is" fits. In all 400 Wikipedia files "its" stands so only before
    a form in -ing ("its upsetting the balance")."""
    if i + 2 >= len(tokens) or not is_word(tokens[i + 1]) or not tokens[i + 1][3].islower():
        return False
    after, then = tokens[i + 1][0], tokens[i + 2]
    if then[0] not in _PHRASE_OPENERS or then[1] - tokens[i + 1][2] != 1:
        return False
    found = lx.tags(after)
    return (
        "a" in found
        and "n" not in found
        and not after.endswith("ing")
        and after != "own"
        and after not in _COMPARED
        and not is_superlative(after)
    )


def article_or_here_after(tokens, i) -> bool:
    """A possessive ("their", "your") before "a", "an" or "here" in lower case, and then a word
    of the word list ("their a part of", "their here voting", "your a lawyer"; not "their a
    cappella group"): in Wikipedia's 393 MB "their" so written once, "is their a white", a
    slip; "your" so never."""
    if i + 2 >= len(tokens) or tokens[i + 1][3] not in ("a", "an", "here"):
        return False
    after = tokens[i + 2]
    return not is_word(after) or bool(lx.tags(after[0]))


def going_to_after(tokens, i) -> bool:
    """A possessive at ``tokens[i]`` before "going to" and a verb, or "gonna" ("what their
    going to see", "the robots your going to see"): the future of "they are", "you are". In
    all 400 Wikipedia files "their going to" or "your going to" stands only before a noun
    ("their going to war")."""
    if i + 1 >= len(tokens) or not tokens[i + 1][3].islower():
        return False
    if tokens[i + 1][0] == "gonna":
        return True
    if i + 3 >= len(tokens) or tokens[i + 1][0] != "going" or tokens[i + 2][0] != "to":
        return False
    verb = tokens[i + 3]
    if not (is_word(verb) and verb[3].islower() and "v" in lx.tags(verb[0])):
        return False
    if "n" not in lx.tags(verb[0]):
        return True
    # a noun too ("vote", "war"): the tagger, reading "they are" in place, must read a verb
    tags, at = tags_in_place(tokens, i, ("they", "are"))
    return tags[at + 4] == "VB"


# What ends a phrase of describing words with no noun in it: a stop, or a word that takes
# the complement of an adjective ("to", "than", "as", "that" and prepositions).
_PHRASE_STOPS = frozenset(". ; : ! ? ) — –".split())
_COMPLEMENT_WORDS = _words("to than as that for of in on at by with from about")


def _describes(word: str) -> bool:
    """A word that can only describe (an adjective or participle, an adverb), or "more" and
    "less" before one: the words between a possessive's adverb and its noun."""
    if word in ("more", "less"):
        return True
    if word in _COMPLEMENT_WORDS:
        return False  # "about", "as": adverbs too, but here they end the phrase
    found = set(lx.tags(word))
    return bool(found) and found <= {"a", "r", "v"} and ("a" in found or word.endswith(("ed", "en", "ing")))


def adverb_without_noun_after(tokens, i, possessive: str) -> bool:
    """A possessive at ``tokens[i]`` before an adverb and describing words that reach no noun
    ("if its fully functioning, should", "their hardly compelling.", "your really sure
    about"): a possessive opens a noun phrase, and an adverb that grades an adjective needs
    the noun after it ("its already weak economy", "their regularly scheduled
    programming"). Not before a comma and another describing word ("its relatively
    undeveloped, oil-based economy"), nor a form in -ing before a preposition, which may be a
    gerund the possessive owns ("without their consciously deciding to act")."""
    j = i + 1
    if j >= len(tokens) or not is_word(tokens[j]) or not tokens[j][3].islower() or lx.tags(tokens[j][0]) != "r":
        return False
    k = j + 1
    while k < len(tokens) and k - j <= 3 and is_word(tokens[k]) and tokens[k][3].islower() and _describes(tokens[k][0]):
        k += 1
    if k == j + 1 or k >= len(tokens) or tokens[k][1] == tokens[k - 1][2] and tokens[k][0] in ("-", "‐"):
        return False
    end = tokens[k][0]
    if end == ",":
        then = tokens[k + 1] if k + 1 < len(tokens) else None
        if then is None or not is_word(then):
            return False
        if {"a", "r"} & set(lx.tags(then[0])) or then[0] in ("and", "or", "but", "yet", "nor"):
            return False
        if k + 2 < len(tokens) and tokens[k + 2][0] in ("-", "‐") and tokens[k + 2][1] == then[2]:
            return False  # "wholly owned, for-profit"
    elif end in _COMPLEMENT_WORDS:
        if tokens[k - 1][0].endswith("ing"):
            return False
    elif end not in _PHRASE_STOPS or k + 1 < len(tokens) and tokens[k + 1][1] == tokens[k][2] and is_word(tokens[k + 1]):
        return False  # (not a stop that opens a word: "its highly fortuitous .tv domain")
    # the tagger, reading the possessive as written, must find no noun among them
    reading = PossessiveReading(tokens, j, possessive)
    return not any(reading.tag(m).startswith("NN") for m in range(j, k))
