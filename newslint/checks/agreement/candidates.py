"""G203's cheap look before tagging: the verbs whose sentence is worth tagging, because a
word before them (a noun, a pronoun, an of-phrase, "there") suggests the other number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...analysis import lexicon as lx
from ...english import ARTICLES, POSSESSIVES, PRONOUN_SUBJECTS
from ..verbs import bases, count_nouns, function_words, is_third, mostly_verb, participle_only, past_only, pasts, plain_verb_word, thirds
from .nouns import MANY_AFTER_A, PLURAL_ONLY, SINGULAR_ONLY, collectives, demonym_plural, irregular_plural_set, mass_noun, word_set
from .pronouns import (
    DEMONSTRATIVE_SUBJECTS,
    FLOATING_QUANTIFIERS,
    INDEFINITE_PRONOUNS,
    PEOPLE_VERBS,
    PLURAL_QUANTIFIERS,
    PLAIN_FORM_PRONOUNS,
    SINGULAR_PRONOUNS,
    pronoun_verb_form,
)
from .subject import (
    ASIDE_CLAUSE_OPENERS,
    DASHES,
    DISCOURSE_PHRASES,
    EXAMPLE_OPENERS,
    LIKENING,
    PERSONAL,
    POST_MODIFIERS,
    QUANTITY_HEADS,
    RELATIVE_ASIDE,
    SINGULAR_VERBS,
    SUBJUNCTIVE,
    TITLES,
    VERB_TAGS,
    as_participle,
    lone_first_name,
    one_person,
    past_approximation,
    person_name_start,
)

# Words after which a verb's form is read against a subject (``_after_subject_word``).
SUBJECT_WORDS = (
    INDEFINITE_PRONOUNS
    | SINGULAR_PRONOUNS
    | PLAIN_FORM_PRONOUNS
    | PLURAL_QUANTIFIERS
    | FLOATING_QUANTIFIERS
    | DEMONSTRATIVE_SUBJECTS
    | {"and", "who", "which", "that", "one", "some"}
)


def candidates(vocabulary):
    """Offsets of the verbs worth tagging a sentence for: be, have and do after a noun or
    pronoun of the other number, or with an of-phrase, "each" or "every" before them; a
    present-tense verb that is no noun after a plural noun or an of-phrase ("the
    achievements of the museum demonstrates") or after a singular one ("the cleanup
    achieve")."""
    for _, tokens, i in vocabulary.token_hits(_VERB_PATTERN):
        if _lexical_candidate(tokens, i) or (
            i >= 2 and between_adverb(tokens[i - 1][0]) and _lexical_candidate(*without_adverbs(tokens, i))
        ) or _joined_verb_candidate(*without_adverbs(tokens, i)) or (
            # "Strips of leather, with rawhide sewn between, was used": an aside in commas
            tokens[i - 1][0] == "," and (aside := aside_removed(tokens, i)) is not None and _lexical_candidate(*aside)
        ) or _head_further_back(tokens, i) or _after_of_which(*without_adverbs(tokens, i)):
            yield tokens[i][1]
    for _, tokens, i in vocabulary.token_hits(_ASKING_BE):
        # "Is there any problems?", "Where is the keys?": the noun phrase after the verb
        # is its subject; the tagger and ``disagreement`` decide
        verb = i if tokens[i][0] in ("is", "was", "are", "were") else i + 1
        if any(t[0] == "?" for t in tokens[verb + 1 : verb + 13]):
            yield tokens[verb][1]
    for _, tokens, i in vocabulary.token_hits(_THERES):
        if _plural_after(tokens, i + 1):
            yield tokens[i][1] + len(tokens[i][0]) - 2  # the "'s" of "there's", "here's" (one word here)
    tags_of = lx.tags
    for p in range(len(vocabulary.tokens)):
        tokens = vocabulary.tokens_of(p)
        for i in range(1, len(tokens)):
            before = tokens[i - 1][0]
            found = tags_of(tokens[i][0])
            if before not in SUBJECT_WORDS and "v" not in found:
                continue  # (a quick look: no verb, and no subject word before it to read)
            if "v" in found and _after_of_which(*without_adverbs(tokens, i)) or before == "there" and "v" in found and _presented_candidate(tokens, i) or _lexical_verb_candidate(tokens, i, found) or (
                i >= 2 and between_adverb(before) and _lexical_verb_candidate(*without_adverbs(tokens, i), found)
            ) or (
                i >= 2 and preverbal(before) and "v" in found and _verb_after_adverb(*without_adverbs(tokens, i))
            ) or (
                before in (",",) or between_adverb(before)
            ) and "v" in found and (aside := aside_removed(tokens, i)) is not None and _lexical_verb_candidate(*aside, found) or (
                "v" in found
                and (before in _JOINING or between_adverb(before))
                and _joined_verb_candidate(*without_adverbs(tokens, i))
            ):
                yield tokens[i][1]


def _after_of_which(tokens, i: int) -> bool:
    """The verb at ``i`` follows a word that counts and "of which" or "of whom" ("two of which
    was", "each of whom have"): ``disagreement`` reads the count."""
    return i >= 3 and tokens[i - 1][0] in ("which", "whom") and tokens[i - 2][0] == "of"


_JOINING = word_set("and but")
# Verbs whose form tells their number, for the look back from "and" (``_joined_verb_candidate``).
_NUMBERED = {**{verb: "s" for verb in SINGULAR_VERBS}, **{verb: "p" for verb in VERB_TAGS if verb not in SINGULAR_VERBS}}
_NUMBERED.update(was="s", were="p")
_JOINED_STOPS = word_set(". ! ? ; : ( ) “ ” \" that which who whom whose")


def _form_number(word: str) -> str | None:
    """"s" or "p" for a verb form that tells its number ("has", "were", "makes", "consist")."""
    if word in _NUMBERED:
        return _NUMBERED[word]
    if is_third(word):
        return "s"
    if word in bases() and word not in pasts() and "v" in lx.tags(word):
        return "p"
    return None


def _joined_verb_candidate(tokens, i: int) -> bool:
    """The verb at ``i`` follows "and" or "but", and a verb of the other number stands a
    few words before it in the same clause ("the museum has been open since 1958 and
    contain"): the tagger decides (``clauses.joined_verb_disagreement``)."""
    if i < 3 or tokens[i - 1][0] not in _JOINING:
        return False
    number = _form_number(tokens[i][0])
    if number is None:
        return False
    for k in range(i - 2, max(0, i - 21), -1):
        word = tokens[k][0]
        if word in _JOINED_STOPS:
            return False
        if word in _NUMBERED or is_third(word):
            return _form_number(word) not in (None, number)
        if word in pasts() and k >= 1 and tokens[k - 1][0] not in _NUMBERED and tokens[k - 1][0] not in _AUXILIARIES:
            return True  # a past tense ("the judges heard the appeal and has"): its subject decides
    return False


_AUXILIARIES = word_set("had been be being")


# Adverbs that may stand between a subject and its verb ("she often visits", "the firm
# also makes"); not "not" (a base form follows it), nor "there", "here", "ago", "ahead" and
# the particles of phrasal verbs, which may close the noun phrase ("the people there are",
# "the aircraft shot down were").
NOT_BETWEEN = word_set(
    "not n't there here ago ahead down up out off away back over around along through about in on"
    " forward aside apart together abroad home"
)


@lru_cache(maxsize=8192)
def between_adverb(word: str) -> bool:
    """A word that may be an adverb between a subject and its verb ("still", "also"): the
    tagger decides later whether it is one there."""
    return "r" in lx.tags(word) and word not in NOT_BETWEEN and word not in function_words()  # not "to", "as"


def without_adverbs(tokens, i: int):
    """(tokens, index of the word at ``i``) with the one or two adverbs before it left out,
    so that the subject's last word stands just before the verb: "the company also produce"
    is read as "the company produce"."""
    k = i - 1
    while k > 0 and i - k <= 2 and between_adverb(tokens[k][0]):
        k -= 1
    return _Without(tokens, k + 1, i), k + 1


class _Without(Sequence):
    """``tokens`` with ``tokens[start:end]`` left out, read in place: a copy would cost the
    length of the paragraph at every candidate, and a paragraph may be a whole long draft."""

    __slots__ = ("_tokens", "_start", "_gap")

    def __init__(self, tokens, start: int, end: int):
        self._tokens, self._start, self._gap = tokens, start, end - start

    def __len__(self) -> int:
        return len(self._tokens) - self._gap

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._tokens[index if index < self._start else index + self._gap]


# Words of an aside between a subject and its verb ("the mayor, along with two aides, were",
# "some metals, such as tin, rusts"): the subject stands before it.
ASIDE_WORDS = word_set(
    "along together addition alongside accompanied well such including especially particularly notably with except excluding"
)


def aside_removed(tokens, i: int):
    """(tokens, index of the word at ``i``) with an aside in commas just before it left out
    ("some metals, such as tin, rusts" is read as "some elements forms"), or
    None when no such aside stands there."""
    k = i - 1
    while k > 0 and between_adverb(tokens[k][0]):
        k -= 1
    if k < 3 or tokens[k][0] != ",":
        return None
    for m in range(k - 1, max(0, k - 12), -1):
        word = tokens[m][0]
        if word == ",":
            if m < 1 or not (
                _opens_aside(tokens[m + 1][0])
                or _opens_aside(tokens[_past_adverbs(tokens, m + 1, k)][0])
                or k - m <= 3 and all(between_adverb(t[0]) for t in tokens[m + 1 : k])
                or tuple(t[0] for t in tokens[m + 1 : k]) in DISCOURSE_PHRASES
                or tuple(t[0] for t in tokens[m + 1 : m + 3]) in EXAMPLE_OPENERS
                or as_participle(tokens[m + 1][0], tokens[m + 2][0])
                or _appositive_words(tokens, m + 1, k)
            ):
                return None
            return _Without(tokens, m, i), m
        if word in _SENTENCE_ENDS or word in _PHRASE_ENDS and not (
            (word in RELATIVE_ASIDE or word in ASIDE_CLAUSE_OPENERS) and tokens[m - 1][0] == ","
        ):
            return None
    return None


def _past_adverbs(tokens, k: int, end: int) -> int:
    """The index of the first word from ``k`` that may not be an adverb, before ``end``."""
    while k < end - 1 and between_adverb(tokens[k][0]):
        k += 1
    return k


def _appositive_words(tokens, k: int, end: int) -> bool:
    """The words from ``k`` to the comma at ``end`` may be a noun phrase that renames the
    noun before them: a name or a phrase a determiner opens ("her father, Kostyantyn
    Kurylenko, is", "Amazon.com, the online retailer, have"), with no function word after
    its first; the tagger decides later (``subject.find_subject``)."""
    if k < end and tokens[k][0] == "or":
        k += 1
    if not 0 < end - k <= 6:
        return False
    first = tokens[k]
    if not (first[0] in _DETERMINERS or first[3][:1].isupper()):
        return False
    of = first[0] in _DETERMINERS  # "the former President of Iraq": one of-phrase after a determiner
    for t in tokens[k + 1 : end]:
        if t[0] == "of" and of:
            of = False
        elif t[0] in function_words() or not t[0][:1].isalnum():
            return False
    return True


def _opens_aside(word: str) -> bool:
    """The word opens an aside after a subject: one of ASIDE_WORDS or RELATIVE_ASIDE, or a
    participle ("the new rules, introduced in March, requires")."""
    return (
        word in ASIDE_WORDS and word not in ("well", "addition")
        or word in RELATIVE_ASIDE
        or word in pasts()
        or word in participle_only()
        or word.endswith("ing")  # "her groom, standing nearby, cover" (the tagger decides)
        or word in LIKENING  # "radicals, like an alphabet, allows"
        or word in ASIDE_CLAUSE_OPENERS  # "the monsoon, though substantial, are"
    )


# Adverbs that stand between a subject and its verb and seldom before a noun ("the school
# also focus on": after them a word that is a noun too is the verb).
PREVERBAL = word_set(
    "also currently now still often usually always never generally typically frequently regularly rarely seldom sometimes mainly mostly primarily largely already"
    " then later soon"
)


def preverbal(word: str) -> bool:
    """An adverb that stands before verbs: one of PREVERBAL, or a word in "-ly" that the word
    list knows only as an adverb ("initially", "subsequently", "temporarily"). After one, a
    word that is a noun too is read as the verb: "the burden subsequently shift"."""
    return word in PREVERBAL or word.endswith("ly") and lx.tags(word) == "r"


def _verb_after_adverb(tokens, i: int) -> bool:
    """The word at ``i`` (its adverbs left out), a verb after a noun of the other number:
    a plain form after a singular noun ("the school also focus"), a third-person form after a
    plural ("the schools also focuses")."""
    word = tokens[i][0]
    if is_third(word):
        return _lexical_number(tokens[i - 1], not opens_sentence(tokens, i - 1)) == "p"
    return (
        word in bases()
        and word not in pasts()
        and _lexical_number(tokens[i - 1], opening=opens_sentence(tokens, i - 1)) == "s"
        and not _joined(tokens, i - 1)
    )


def _lexical_verb_candidate(tokens, i: int, found: str) -> bool:
    """Is the word at ``i`` (whose lexicon tags are ``found``) a verb other than be, have
    and do whose form the word before it suggests is wrong?"""
    every = bases()
    word = tokens[i][0]
    before = tokens[i - 1][0]
    if before in SUBJECT_WORDS:
        return _after_subject_word(tokens, i, before, word)
    if before in ("us", "them", "you") and i >= 3 and tokens[i - 2][0] == "of" and tokens[i - 3][0] in _ONE_OF:
        return "v" in found and word in every and word not in pasts()  # "each of them share"
    if word in VERB_TAGS or word in ("was", "were"):
        return False
    if is_third(word) and mostly_verb(word) and CAPITALS_PLURAL.fullmatch(tokens[i - 1][3]):
        return True  # "the NGOs says": letters and a plural "s" (``disagreement``)
    if (
        word in every
        and word not in pasts()
        and (found == "v" or "v" in found and mostly_verb(word, base=True))
        and _person_before(tokens, i)
    ):
        return True  # "Bob Mutch reject the date": one person
    if found != "v":
        if "v" in found and _verb_by_structure(tokens, i):
            return True  # "The teacher laugh.", "The author that admires the guards smile."
        # a word that is a noun too is read as a verb only before an object and
        # straight after a plural noun ("the emails shows that")
        if (
            "v" in found
            and is_third(word)
            and (_object_word(tokens, i + 1) or mostly_verb(word))
            # (a capital that opens the sentence may be a common noun's: "Iguanas uses their";
            # not a counting plural's, "Thousands hits for the video")
            and _plain_noun(tokens[i - 1], opening=opens_sentence(tokens, i - 1))
            and _lexical_number(tokens[i - 1], not opens_sentence(tokens, i - 1)) == "p"
            and (tokens[i - 1][3][:1].islower() or tokens[i - 1][0] not in _COUNTING_PLURALS)
        ):
            return True
        if "v" in found and word in every and word not in pasts() and _base_after_singular(tokens, i):
            return True  # "the poll make clear", "a video of the rally show her"
        if "v" in found and (word in every and word not in pasts() or is_third(word)) and _base_in_statement(tokens, i):
            return True  # "The orchestra play concerts.", "The players leaves town.": the tagger decides
        if "v" in found and is_third(word) and _object_word(tokens, i + 1) and _phrase_between(tokens, i, "p"):
            return True  # "advocates of collective intelligence expresses a need"
        if "v" in found and is_third(word) and _object_word(tokens, i + 1) and (_two_things(tokens, i - 1) or _joined_names(tokens, i - 1)):
            return True  # "the mayor and the governor sponsors a fair", "Lyka and Noah meets the"
        if "v" in found and _other_number_after_noun(tokens, i):
            return True  # "Osteological analysis show an attempt": the tagger decides
        if "v" in found and is_third(word) and _two_first_names(tokens, i - 1):
            return True  # "George and Kendra wakes": the tagger tells a verb from a noun ("Tom and Jerry fans")
        if "v" in found and "n" not in found and word in every and word not in pasts() and _phrase_between(tokens, i, "s"):
            return True  # "one of my friends live in": a plain verb that is no noun, whatever follows
        # "a survey of insiders show that", "the contraction of muscles lift the": mostly a
        # verb (WordNet), before what a verb takes (not "the opening of the freeway bypass on")
        return (
            "v" in found
            and word in every
            and word not in pasts()
            and mostly_verb(word, base=True)
            and i + 1 < len(tokens)
            and tokens[i + 1][0] in _OBJECT_WORDS | PARTICLES | {"that", "to"}
            and _phrase_between(tokens, i, "s")
        )
    if is_third(word):
        return (
            _lexical_number(tokens[i - 1], not opens_sentence(tokens, i - 1)) == "p"
            or _phrase_between(tokens, i, "p")
            or _joined_names(tokens, i - 1)
            or _two_things(tokens, i - 1)
        )
    # "the cleanup achieve", "the cleanup of the sites achieve"
    return word in every and (
        _lexical_number(tokens[i - 1]) == "s" and not _joined(tokens, i - 1) or _phrase_between(tokens, i, "s")
    )


def _other_number_after_noun(tokens, i: int) -> bool:
    """A verb's form in -s after a plural noun, or its plain form after a singular noun (in
    lower case, or opening the sentence), before an object or a particle: "analysis show an attempt", "the
    governments grants them". No determiner is needed before the noun; the tagger, reading
    the word and its other number (``disagreement._verb_by_its_other_form``), decides
    whether it is a verb at all."""
    word = tokens[i][0]
    before = tokens[i - 1]
    opening = opens_sentence(tokens, i - 1)
    if not before[3][:1].islower() and not opening:
        return False
    if not (i + 1 < len(tokens) and (tokens[i + 1][0] in _OBJECT_WORDS or tokens[i + 1][0] in PARTICLES)):
        return False
    if i >= 2 and _modifying_noun(tokens[i - 2]) and not mostly_verb(word, base=not is_third(word)):
        return False  # "the local soccer team the Houston Dynamo": a noun and a name in apposition
    number = _lexical_number(before, False, mass=True, opening=opening)
    if is_third(word):
        return number == "p"
    return number == "s" and word in bases() and word not in pasts() and before[0] not in collectives()


_DETERMINERS = ARTICLES | POSSESSIVES | word_set("this that")
# Words that count one of a group: "each of them", "one of us".
_ONE_OF = word_set("each one either neither")
# ... of which a plain verb after the group's of-phrase is read: not "either" and "neither",
# which writers join to a plural verb ("neither of them live there").
_ONE_OF_GROUP = word_set("each one")


def _verb_by_structure(tokens, i: int) -> bool:
    """The word at ``i``, a noun and a verb in the word list in the present tense, straight
    after a plain noun, in a sentence that a determiner opens and a full stop ends (not a
    headline, a question or a list's line), is its verb by the sentence's structure:

    - it is the only word of the sentence that can be a verb at all (``_may_be_verb``): every
      sentence has one, so this is it, and its subject decides ("The teacher laugh."); or
    - "that", "who" or "which" stands before it, and it may be the main verb after a relative
      clause on the subject ("The author that admires the guards smile."), which the tagger
      decides (``disagreement._main_verb_after_relative``)."""
    word = tokens[i][0]
    if i < 2 or not (is_third(word) or word in bases() and word not in pasts()) or not _plain_noun(tokens[i - 1]):
        return False
    start = i - 2
    while start >= 1 and tokens[start - 1][0] not in _SENTENCE_ENDS:
        start -= 1
    if tokens[start][0] not in _DETERMINERS:
        return False
    end = _sentence_end(tokens, i)
    if end >= len(tokens) or tokens[end][0] != ".":
        return False
    if any(tokens[k][0] in ("that", "who", "which") for k in range(start + 2, i - 2)):
        return True
    return not any(k != i and _may_be_verb(tokens, k) for k in range(start, end))


def _may_be_verb(tokens, k: int) -> bool:
    """The word at ``k`` may be a sentence's verb: any word the word list gives a verb's
    sense, but a form in -ing after a preposition ("by arming")."""
    word = tokens[k][0]
    if word in VERB_TAGS or word in ("was", "were"):
        return True
    if "v" not in lx.tags(word):
        return False
    return not (word.endswith("ing") and k >= 1 and tokens[k - 1][0] in _PREPOSITIONS_BEFORE_ING)


_PREPOSITIONS_BEFORE_ING = word_set("by of for in on after before without from about with while when")


# Prepositions, particles and adverbs a verb takes straight after it ("stay in", "rise
# again"), before which a plain verb after a singular noun is weighed as the clause's verb.
_PREPOSITIONS_AFTER_VERB = word_set("in on at into with from for by about through over under across around along up down out off away back again")


def verb_read_as_noun_candidates(vocabulary):
    """Offsets of plain verbs that may be read as nouns after a singular noun, before a
    preposition or a particle ("the wood turtle stay in the water"): the words
    ``disagreement.verb_read_as_noun_disagreement`` weighs."""
    every = bases()
    for p in range(len(vocabulary.tokens)):
        tokens = vocabulary.tokens_of(p)
        for i in range(1, len(tokens) - 1):
            word = tokens[i][0]
            if tokens[i + 1][0] not in _PREPOSITIONS_AFTER_VERB or word not in every:
                continue
            if (
                "v" in lx.tags(word)
                and plain_verb_word(word)
                and word not in pasts()
                and _plain_noun(tokens[i - 1])
                and _lexical_number(tokens[i - 1], mass=True) == "s"
                and tokens[i - 1][0] not in collectives()
            ):
                yield tokens[i][1]


def _base_after_singular(tokens, i: int) -> bool:
    """The base form at ``i``, a noun too, straight after a singular noun that has a
    determiner ("each" and "every" too) and before an object ("the report say the", "the
    video show her", "Each player start the game"), or that opens the sentence with no
    determiner, when the word is mostly a verb ("High inflation make the goods dear"): a verb
    whose subject is that noun, in the wrong form. Mass nouns count as singular, collective
    nouns do not ("the club hold": British usage)."""
    opener = i - 2
    compound = False
    while opener >= 0 and i - opener <= 4 and (_describing(tokens[opener]) or _modifying_noun(tokens[opener])):
        compound = compound or "n" in lx.tags(tokens[opener][0])
        opener -= 1  # "the latest rejection mean that", "the player's chess rating mean a"
    # a phrase with no determiner that opens the sentence ("Recent medical research support
    # real world success"), with a word that is mostly a verb
    bare = (opener < 0 or tokens[opener][0] in _SENTENCE_ENDS) and mostly_verb(tokens[i][0], base=True)
    return (
        (bare or opener >= 0 and tokens[opener][0] in _SINGULAR_OPENERS)
        # after a compound only a word that is mostly a verb: "the local soccer team the
        # Houston Dynamo" is a noun and a name in apposition
        and (not compound or mostly_verb(tokens[i][0], base=True))
        and _plain_noun(tokens[i - 1])
        and _lexical_number(tokens[i - 1], mass=True) == "s"
        and tokens[i - 1][0] not in collectives()
        and i + 1 < len(tokens)
        and (
            tokens[i + 1][0] in _OBJECT_WORDS  # not "that" or "to": "a skin layer that", "a wave form to"
            or tokens[i + 1][0] in PARTICLES and mostly_verb(tokens[i][0], base=True)  # "a farmer dig up"
        )
    )


# Words that open a singular noun phrase: "the", "his", "this", "each", "every".
_SINGULAR_OPENERS = _DETERMINERS | word_set("each every another")


def _describing(token) -> bool:
    """An adjective that is no verb ("latest", "high"; not "open")."""
    found = lx.tags(token[0])
    return "a" in found and "v" not in found and token[0] not in function_words()


def _modifying_noun(token) -> bool:
    """A singular noun that may describe the noun after it ("car" in "the car club")."""
    return _plain_noun(token) and lx.tags(token[0]) in ("n", "an") and not lx.is_plural_noun(token[0])


def _base_in_statement(tokens, i: int) -> bool:
    """The base form at ``i``, a noun too, straight after a singular count noun that a
    determiner opens (describing words between), with more of the sentence after it and a
    full stop at its end ("the orchestra play outdoor concerts."): where the tagger finds no
    other verb in the sentence, the word must be its verb, though the tagger read a noun
    (``disagreement.only_verb_reading``)."""
    opener = i - 2
    while opener >= 1 and lx.tags(tokens[opener][0]) == "a":
        opener -= 1  # "the first set come"
    number = "p" if is_third(tokens[i][0]) else "s"
    if not (
        opener >= 0
        and tokens[opener][0] in _DETERMINERS
        and _plain_noun(tokens[i - 1])
        and (number == "p" or tokens[i - 1][0] in count_nouns())
        and _lexical_number(tokens[i - 1], mass=False) == number
        and i + 1 < len(tokens)
        and tokens[i + 1][0] not in _SENTENCE_ENDS | _PHRASE_ENDS
    ):
        return False
    end = _sentence_end(tokens, i)
    return end < len(tokens) and tokens[end][0] == "."


def _sentence_end(tokens, i: int) -> int:
    """The index of the mark that ends the sentence of the word at ``i`` (``len(tokens)``
    when the paragraph ends first)."""
    end = i + 1
    while end < len(tokens) and tokens[end][0] not in _SENTENCE_ENDS:
        end += 1
    return end


def _person_before(tokens, i: int) -> bool:
    """A person's name (``person_name_start``) ends just before the word at ``i``: the four
    words before it as written are enough to tell."""
    if person_name_start([t[3] for t in tokens[max(0, i - 4) : i]], min(i, 4) - 1) is not None:
        return True
    if i >= 2 and tokens[i - 1][3][:1].isupper() and tokens[i - 2][0].rstrip(".") in TITLES:
        return True  # "Dr Curtis suggest": a title and a name, one person
    # a first name alone that opens its sentence or follows a comma ("Harry alert the staff",
    # "Ending his marriage, Ste go"): the tagger decides whether it opens the clause
    return lone_first_name(tokens[i - 1][3]) and (
        i == 1
        or tokens[i - 2][0] in _OPENERS
        or tokens[i - 2][0] == ","
        or tokens[i - 2][0] in _CLAUSE_OPENERS  # "when Felix ask Max"
        or between_adverb(tokens[i - 2][0]) and opens_sentence(tokens, i - 2)  # "Later John find"
    )


# Words that open a clause whose subject follows them; not "that", after which a plain verb
# may be a mandate ("insisted that Felix ask").
_CLAUSE_OPENERS = word_set("when whenever while because although though if unless until once whereas after before since")

_COUNTING_PLURALS = word_set("tens dozens scores hundreds thousands millions billions")


def _plain_noun(token, opening: bool = False) -> bool:
    """A word that is a noun and no modal or function word ("will", "can", "that"), in lower
    case unless it opens the sentence (``opening``)."""
    return token[0] not in function_words() and "x" not in lx.tags(token[0]) and (opening or token[3][:1].islower())


def _object_word(tokens, k: int) -> bool:
    """The word at ``k`` opens an object or an infinitive ("the", "his", "them", "to", "that"),
    or is an adjective after a verb of seeming ("the results looks good")."""
    if k >= len(tokens):
        return False
    word = tokens[k][0]
    if word in _OBJECT_WORDS or word in ("to", "that") or word[:1].isdigit():
        return True
    return tokens[k - 1][0] in LINKING_VERBS and "a" in lx.tags(word) and "v" not in lx.tags(word)


def _bare_relative_before(tokens, i: int, singular_verb: bool) -> bool:
    """A relative clause on the object without "that" may stand before the verb at ``i``: a
    verb just before it, and a few words back a noun of the other number straight before a
    determiner or a subject pronoun ("the changes the council made was", "the book he wrote
    are"); ``disagreement`` decides on the tagged sentence."""
    if i < 4 or "v" not in lx.tags(tokens[i - 1][0]):
        return False
    for k in range(i - 2, max(1, i - 6), -1):
        word = tokens[k][0]
        if word in _SENTENCE_ENDS or word in _PHRASE_ENDS:
            return False
        if word in _DETERMINERS or word in _BARE_RELATIVE_SUBJECTS:
            return _lexical_number(tokens[k - 1]) == ("p" if singular_verb else "s")
    return False


_BARE_RELATIVE_SUBJECTS = word_set("i he she we they you")


def _object_relative_on(tokens, k: int, i: int, singular_verb: bool) -> bool:
    """"that", "which", "who" or "whom" at ``k`` may open a relative clause on the object
    whose verb stands just before the verb at ``i`` ("the rules that the council passed
    was"), on a noun of the other number than that verb's (``disagreement`` decides)."""
    return (
        k >= 1
        and k + 2 < i
        and "v" in lx.tags(tokens[i - 1][0])
        and _lexical_number(tokens[k - 1]) == ("p" if singular_verb else "s")
    )


def _relative_on(tokens, k: int, number: str) -> bool:
    """"that", "which" or "who" at ``k`` opens a clause on a noun of ``number`` whose verb
    agrees with it ("members who run", "a plan that gives")."""
    if k < 1 or k + 1 >= len(tokens) or _lexical_number(tokens[k - 1]) != number:
        return False
    verb = tokens[k + 1][0]
    return is_third(verb) if number == "s" else verb in bases() and verb not in pasts()


def _participle(word: str) -> bool:
    """A participle: past ("built", "used", "written") or in "-ing" ("living")."""
    return word in participle_only() or word in pasts() and word not in past_only() or word.endswith("ing") and "v" in lx.tags(word)


def _noun_before_verb(tokens, i: int) -> bool:
    """The word before the verb at ``i`` is a noun or a name (a phrase after the subject's
    head may end there)."""
    last = tokens[i - 1]
    return last[3][:1].isupper() or _lexical_number(last) is not None


def _phrase_between(tokens, i: int, number: str) -> bool:
    """A noun of ``number`` before a prepositional phrase that ends in a noun or a name just
    before the verb at ``i`` ("the achievements of the museum demonstrates", "the cleanup of
    sites in Virginia achieve"); not "to" and a verb ("a plan to transmit")."""
    if not _noun_before_verb(tokens, i):
        return False
    for k in range(i - 2, max(0, i - 8), -1):
        word = tokens[k][0]
        if word in ("that", "which", "who") and _relative_on(tokens, k, number):
            return True  # "the words that describe the world sounds"
        if word in _PHRASE_ENDS or word in _SENTENCE_ENDS:
            return False
        if word == "by" and k >= 2 and tokens[k - 1][0].endswith("ed") and _lexical_number(tokens[k - 2], number == "p") == number:
            return True  # "the money generated by these enterprises allow"
        if (
            word in pasts()
            and word.endswith("ed")
            and tokens[k + 1][0] in _PARTICIPLE_PREPOSITIONS
            and _lexical_number(tokens[k - 1], number == "p") == number
            and tokens[k - 1][3].islower()
        ):
            return True  # "navigation systems installed at the airport provides": a participle's phrase
        if (word in pasts() or lx.tags(word) == "v") and (
            _lexical_number(tokens[k - 1]) is not None or tokens[k - 1][0] in PERSONAL
        ):
            return False  # a verb after its subject ("the release of the e-mails helped
            # officials realize"), not a participle that describes ("of contaminated sites")
        if (
            word in POST_MODIFIERS
            and word != "to"
            and _lexical_number(tokens[k - 1], number == "p" and not opens_sentence(tokens, k - 1)) == number
        ):
            return True  # (a capital that opens the sentence tells nothing: "Advocates of")
        if word == "of" and number == "s" and tokens[k - 1][0] in _ONE_OF_GROUP:
            return True  # "one of my friends live", "each of the towns have"
    return False


# Prepositions that open the phrase of a participle describing a noun ("installed at", "based
# on"), not "by" (read above) nor "to" ("decided to").
_PARTICIPLE_PREPOSITIONS = word_set("at on in from for with into under near across throughout")


# Subject pronouns that are never objects ("he", "they"): after one an adjective cannot stand.
_NOMINATIVE = word_set("he she we they")


def _after_subject_word(tokens, i: int, before: str, word: str) -> bool:
    """Is the word at ``i``, after "and", "who", "which", "that" or a pronoun, a verb worth
    tagging for?"""
    if before == "and":
        return _coordinated_candidate(tokens, i)
    if before in INDEFINITE_PRONOUNS:
        return pronoun_verb_form("he", word) is not None
    if before in PLURAL_QUANTIFIERS | FLOATING_QUANTIFIERS:
        return is_third(word) and mostly_verb(word)  # "many learns", "they both resides"
    if before == "some":
        return word in PEOPLE_VERBS  # "some argues": people
    if before == "this":
        return "v" in lx.tags(word) and word in bases() and word not in pasts()  # "This make it"
    if before in DEMONSTRATIVE_SUBJECTS:
        return lx.tags(word) == "v" and is_third(word)  # "These includes bans"
    if before == "one":
        return "v" in lx.tags(word) and word in bases() and word not in pasts()  # "where one need to"
    if before in ("who", "which", "that"):
        # a base form that is a noun too is a verb after "who" ("a supporter who want"); after
        # "that" it may be a noun ("some misuse that term")
        found = lx.tags(word)
        base = word in bases() and (
            found == "v"
            or before == "who" and "v" in found and "r" not in found and word not in pasts() and word not in function_words()
            or found == "nv"
            and word not in pasts()
            and word not in function_words()
            # after "which" too ("a bridge which date from"); after "that" only before an
            # object or a particle: "an application that limit the volume", not "some misuse
            # that term to", "a myth that plant protein lacks" (a clause opened by "that":
            # without this, Wikipedia AD_80-99 and the news corpus had 16 new findings
            # after "that", 12 of them wrong; after "which" 6, 4 right)
            and (
                before in ("who", "which")
                or i + 1 < len(tokens) and (tokens[i + 1][0] in _OBJECT_WORDS | PARTICLES | _QUANTIFIER_OBJECTS or _counted(tokens[i + 1]))
                or mostly_verb(word, base=True) and _relative_that(tokens, i)  # "a pod that jump around"
            )
        )
        if i < 2 or not (is_third(word) or base):
            return False
        if tokens[i - 2][0] == "those":
            return is_third(word)  # "those who lives"
        at = i - 3 if tokens[i - 2][0] == "," and i >= 3 else i - 2
        if before == "who" and not is_third(word) and one_person([t[3] for t in tokens[: at + 1]], at):
            return True  # "Nancy, who pull", "Carl Denham who capture"
        return _antecedent_number(tokens[at]) == ("p" if is_third(word) else "s")
    if i >= 2 and tokens[i - 2][0] in _QUESTION_WORDS:
        return False  # "should he win", "can he persuade": a question
    # (the tagger tells a verb from an adjective or adverb: "It also collect economic news")
    return pronoun_verb_form(before, word, adjective_too=before in _NOMINATIVE or before == "it", adverb_too=True) is not None


def _counted(token) -> bool:
    """A number that opens an object: "a bond that link one chain", "a firm that employ 500"."""
    return token[0] == "one" or token[0] in _COUNTS or token[0][:1].isdigit()


def _relative_that(tokens, i: int) -> bool:
    """The "that" before the word at ``i`` may open a relative clause whose verb the word is:
    no "so" or "such" a few words before it ("so little pasture in the area that pack horses
    had to": a clause of result), and no modal or auxiliary after the word, which would make
    it that clause's subject ("in the understanding that care would be")."""
    if i + 1 < len(tokens) and tokens[i + 1][0] in _QUESTION_WORDS:
        return False
    return not any(t[0] in ("so", "such") for t in tokens[max(0, i - 8) : i - 1])


# Particles straight after a verb ("date back", "set up"); not prepositions, which follow
# nouns as often ("the idea that money from Main Street", "a term to").
PARTICLES = word_set("back up out down off away")
# Counting words that open an object ("a code that change all of the", "a council that
# manage various activities").
_QUANTIFIER_OBJECTS = word_set("all every each some many several various both any no most")
_QUESTION_WORDS = word_set(
    "do does did have has had is are was were will would shall should can could may might must"
)
_SENTENCE_ENDS = word_set(". ! ? ;")
# Words that open a clause of their own: a subject's phrase does not reach back past them.
_PHRASE_ENDS = word_set(", : that which who whom whose whether how why when where if because while")
# What may stand before a "here" that opens its clause ("Here is", "so here are").
_BEFORE_HERE = word_set(". ! ? ; : , ( “ \" so and but now well")
# "be" asking, before "there" or after a question word: "Is there", "where is".
_ASKING_BE = re.compile(r"(?<![\w'’])(?:(?:is|was|are|were) there|(?:where|what|why|how|when) (?:is|was|are|were))(?![\w'’])")
_THERES = re.compile(r"(?<![\w'])t?here's(?![\w'])")
_RELATIVES = word_set("that which who")
# How far back in its sentence ``_head_further_back`` looks for a subject's head.
_HEAD_REACH = 30


def _head_further_back(tokens, i: int) -> bool:
    """Be, have or do whose subject's head may stand further back than the other looks read:
    a noun of the other number before a preposition or a relative pronoun anywhere earlier
    in the sentence ("The results of the most recent census by the Government of Nigeria
    is", "Evidence of tunnels beneath the old city have", "The car that broke down were"),
    the sentence's opening word alone before the verb
    ("Progress have"), or "and" before a singular verb ("Both new construction and the
    resale housing market has"). The tagger and ``disagreement`` decide; this only chooses
    the sentences worth tagging."""
    verb = tokens[i][0]
    if verb.endswith("n't"):
        verb = verb[:-3]
    singular_verb = verb in SINGULAR_VERBS
    other = "p" if singular_verb else "s"
    for k in range(i - 1, max(-1, i - _HEAD_REACH - 1), -1):
        word = tokens[k][0]
        if word in _SENTENCE_ENDS:
            break
        if singular_verb and word == "and":
            return True
        after = tokens[k + 1][0]
        described = k + 2 < i and tokens[k + 2][0] in POST_MODIFIERS and "a" in lx.tags(after)  # "devices similar to"
        if (k == i - 1 or after in POST_MODIFIERS or after in _RELATIVES or described) and _lexical_number(tokens[k], singular_verb, opening=opens_sentence(tokens, k)) == other:
            return True
        if tokens[k + 1][0] == "to" and opens_sentence(tokens, k) and _lexical_number(tokens[k], opening=True) == other:
            return True  # "Attempts to expand it has": a plural opening the sentence, an infinitive on it
    return False


_VERB_PATTERN = re.compile(r"(?<![\w'’])(?:is|are|was|were|has|have|does|do|am)(?:n['’]t)?(?![\w'’])", re.I)


# An abbreviation in capitals made plural by a lower-case "s" ("NGOs", "GUIs", "MPs").
CAPITALS_PLURAL = re.compile(r"[A-Z]{2,}s")


def _lexical_candidate(tokens, i: int) -> bool:
    """A cheap look before tagging: does a word before the verb suggest the other number? A
    pronoun just before it, the noun before an of-phrase a few words back, "each" or "every",
    or the noun just before it."""
    if i == 0:
        return False
    verb = tokens[i][0]
    if verb.endswith("n't"):
        verb = verb[:-3]  # "aren't", "hasn't"
    singular_verb = verb in SINGULAR_VERBS
    before = tokens[i - 1][0]
    if before == "there" or before == "here" and (i == 1 or tokens[i - 2][0] in _BEFORE_HERE):
        if singular_verb:
            return _plural_after(tokens, i + 1)
        return (
            i + 2 < len(tokens)
            and tokens[i + 1][0] in ("a", "an", "one", "another", "every", "each")
            and tokens[i + 2][0] not in MANY_AFTER_A
            and tokens[i + 2][0] not in QUANTITY_HEADS
        ) or _singular_after(tokens, i + 1)
    if before == "that" and opens_sentence(tokens, i - 1):
        return not singular_verb  # "That were May": "that" opening the sentence stands alone
    if before in ("which", "who", "that") and i >= 2:
        if tokens[i - 2][0] == "those":
            return singular_verb  # "those who has": "those" stands for people or things
        # (a bracket opens an aside as a comma does: "her plan (which were inspired by")
        antecedent = tokens[i - 3] if tokens[i - 2][0] in (",", "(") and i >= 3 else tokens[i - 2]
        return _antecedent_number(antecedent) not in (None, "s" if singular_verb else "p")
    if before in DASHES or i >= 2 and tokens[i - 2][0] in TITLES and not singular_verb:
        return True
    if not singular_verb and _person_before(tokens, i):
        return True  # "Rick Santorum have": one person
    if singular_verb and CAPITALS_PLURAL.fullmatch(tokens[i - 1][3]):
        return True  # "IFDs is used": letters and a plural "s" (``disagreement``)
    if verb in ("were", "are", "have") and tokens[i - 1][3][:1].isupper() and not before.endswith("s") and before.isalpha():
        return True  # "Verizon were": in American copy a name takes a singular verb (``disagreement``)
    if before == "," and {t[0] for t in tokens[max(0, i - 12) : i]} & ASIDE_WORDS:
        return True  # "the results, along with the report, was", "elements, such as iron, is"
    if before == "," and (aside := aside_removed(tokens, i)) is not None:
        return _lexical_candidate(*aside)  # "the reports, which the council published, was"
    if before in INDEFINITE_PRONOUNS or before == "each" and opens_sentence(tokens, i - 1):
        return not singular_verb and verb != "was"  # "everyone are", "Each were allocated"
    if before in PLURAL_QUANTIFIERS | FLOATING_QUANTIFIERS or before in ("these", "those"):
        return singular_verb  # "Both was built", "they all has", "These was due"
    if before == "this":
        return not singular_verb and verb != "am"  # "this are"
    if before in PERSONAL:
        person = PERSONAL[before]
        if verb == "were" and i >= 2 and {t[0] for t in tokens[max(0, i - 5) : i - 1]} & SUBJUNCTIVE:
            return False  # "if she were", "as though it were"
        return (
            person == "s" and not singular_verb
            or person in ("p", "2") and singular_verb
            or person == "1" and verb in ("is", "are", "has", "does")
            or person != "1" and verb == "am"
        )
    if _bare_relative_before(tokens, i, singular_verb):
        return True  # "the changes the council made was"
    for k in range(i - 1, max(0, i - 8), -1):
        word = tokens[k][0]
        if word in ("that", "which", "who") and k < i - 2 and _relative_on(tokens, k, "p" if singular_verb else "s"):
            return True  # "the members who run the club was"
        if word == "." and k >= 1 and tokens[k - 1][0] in TITLES:
            continue  # "the additions of Mr. Bush is": no sentence ends after "Mr"
        if word in ("that", "which", "who", "whom") and _object_relative_on(tokens, k, i, singular_verb):
            return True  # "the rules that the council passed was"
        if word in _SENTENCE_ENDS or word in _PHRASE_ENDS:
            break  # "programs. The incentives were": another sentence; "how the images are"
        if word in ("each", "every") and not singular_verb:
            return True
        if word == "of" and singular_verb and k >= 1 and (tokens[k - 1][0] in PLURAL_COUNTS or tokens[k - 1][0] in _COUNTS):
            return True  # "many of the islands was", "two of her sisters is"
        if (
            word in POST_MODIFIERS
            and k >= 1
            and _lexical_number(tokens[k - 1], singular_verb and not opens_sentence(tokens, k - 1)) not in (None, "s" if singular_verb else "p")
            and (word == "of" or _noun_before_verb(tokens, i))
        ):
            return True  # "the membership of the bands were", "the result for December were"
        if (
            word in POST_MODIFIERS
            and k >= 2
            and _participle(tokens[k - 1][0])
            and _lexical_number(tokens[k - 2], singular_verb and not opens_sentence(tokens, k - 2)) not in (None, "s" if singular_verb else "p")
            and _noun_before_verb(tokens, i)
        ):
            return True  # "the houses built by the council is", "the people living in the town is"
    if _lexical_number(tokens[i - 1], singular_verb and not opens_sentence(tokens, i - 1)) in (None, "s" if singular_verb else "p"):
        # a singular verb after nouns or names joined by "and": "the mayor and the council
        # is", "Jim Jones and Tom Smith is"
        return singular_verb and (_two_things(tokens, i - 1) or _joined_names(tokens, i - 1))
    return singular_verb or not _joined(tokens, i - 1)


_OPENERS = word_set('. ! ? " “')


def opens_sentence(tokens, k: int) -> bool:
    """The word at ``k`` opens a sentence, so its capital tells nothing ("Plants begins")."""
    return k == 0 or tokens[k - 1][0] in _OPENERS


def _joined_names(tokens, k: int) -> bool:
    """The capitalised word at ``k`` closes a name joined by "and" to a name or a subject
    pronoun before it ("Jim Jones and Tom Smith", "he and Gattuso")."""
    for m in range(k, max(0, k - 3) - 1, -1):
        if tokens[m][0] == "and":
            return m < k and m >= 1 and (tokens[m - 1][3][:1].isupper() or tokens[m - 1][0] in ("he", "she", "i", "you", "we", "they"))
        if not tokens[m][3][:1].isupper():
            return False
    return False


def _two_first_names(tokens, k: int) -> bool:
    """The word at ``k`` and the word two before it are first names joined by "and"
    ("Rachel and Ross"); ``joined.joined_names_disagreement`` decides."""
    return k >= 2 and tokens[k - 1][0] == "and" and lone_first_name(tokens[k][3]) and lone_first_name(tokens[k - 2][3])


def _two_things(tokens, k: int) -> bool:
    """The noun at ``k`` closes two nouns joined by "and" ("the mayor and the council",
    "layout and typography"), or a phrase opened by a possessive joined to a name or a
    subject pronoun ("John and his wife", "he and his family");
    ``joined.joined_subject_disagreement`` decides whether they are two things."""
    if _lexical_number(tokens[k]) is None:
        return False
    for m in range(k - 1, max(0, k - 4), -1):
        if tokens[m][0] == "and":
            if tokens[m + 1][0] in POSSESSIVES and (tokens[m - 1][3][:1].isupper() or tokens[m - 1][0] in PRONOUN_SUBJECTS):
                return True  # "John and his wife", "He and his family": a person and another
            return _lexical_number(tokens[m - 1]) is not None
        if tokens[m][0] in _SENTENCE_ENDS or tokens[m][0] in _PHRASE_ENDS:
            return False
    return False


def _joined(tokens, k: int) -> bool:
    """The noun at ``k`` is the last of two joined by "and" or "or" ("time to market and
    dependability were"): a plural subject, which G203 leaves alone."""
    for m in range(k - 1, max(-1, k - 5), -1):
        word = tokens[m][0]
        if word in ("and", "or", "&", "nor"):
            # (not a clause joined by "and": "prices rose and the plan were")
            return m >= 1 and (_lexical_number(tokens[m - 1]) is not None or tokens[m - 1][3][:1].isupper())
        if word in _SENTENCE_ENDS or word in _PHRASE_ENDS:
            return False
    return False


_COORDINATION_STOPS = word_set(", ; : to who which that whom")
# Words that open an object: after them a word that may be a plural noun is a verb.
# Verbs of seeming that are nouns too: an adjective after them says they are verbs.
LINKING_VERBS = word_set("looks sounds remains stays")
_OBJECT_WORDS = ARTICLES | POSSESSIVES | word_set("this these those him them me us it")


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


_MANY_WORDS = word_set("several many numerous various")
_COUNTS = word_set("two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred")
# Words that count a plural of-phrase and take its plural verb: "many of the islands were"
# ("none", "any", "either", "neither", "each" and "one" may take a singular verb).
PLURAL_COUNTS = word_set("many several both few most all some")


def _presented_candidate(tokens, i: int) -> bool:
    """"There exists desktop boards", "there remain a question": a verb that presents the
    noun after "there", in the form the noun after it does not take."""
    from .clauses import presentational

    word = tokens[i][0]
    if not presentational(word):
        return False
    return _plural_after(tokens, i + 1) if is_third(word) else _singular_after(tokens, i + 1)


# How many words after "there is" may hold the noun that decides ("no anti - fraud rules").
_THERE_REACH = 6


def _plural_after(tokens, k: int) -> bool:
    """A plural noun among the six words from ``k`` ("there is many new reasons", "there
    has been two", "there is no road safety rules", "there is a few
    options"), before any "of", article or preposition ("there was no sign of fires", "there
    is a lot of", "there was no consensus on tariffs")."""
    after = past_approximation([t[0] for t in tokens[k : k + 3]], 0)
    if after and k + after < len(tokens) and (tokens[k + after][0] in _COUNTS or tokens[k + after][0][:1].isdigit()):
        k += after  # "there is over 300 clubs", "there was more than 25,000 signatures"
    for m, t in enumerate(tokens[k : k + _THERE_REACH], k):
        if t[0] == "a" and m + 1 < len(tokens) and tokens[m + 1][0] == "few":
            return True
        if t[0] == "so" and m + 1 < len(tokens) and tokens[m + 1][0] in ("many", "few"):
            continue  # "there is so many problems"
        if t[0] in ("of", "a", "an", "one", "another", "lot", "number") or t[0] in function_words():
            return False
        if t[0] in _COUNTS or t[0][:1].isdigit() and t[0] not in ("0", "1") or t[0] in _MANY_WORDS:
            return True  # "there was 150 million people", "there is two schools", "there was several people"
        if _lexical_number(t, mass=False) == "p":
            return True
    return False


def _singular_after(tokens, k: int) -> bool:
    """A singular or mass noun among the six words from ``k``, before any "of" or
    preposition ("there are no evidence", "there are very little praise")."""
    for t in tokens[k : k + _THERE_REACH]:
        if t[0] == "of" or t[0] in function_words():
            return False
        if _lexical_number(t) == "s":
            return True
    return False


def _antecedent_number(token) -> str | None:
    """The number of the word a relative pronoun stands for: a noun's, or singular for
    "everyone", "anyone", "someone" … ("everyone who travel")."""
    return "s" if token[0] in INDEFINITE_PRONOUNS else _lexical_number(token)


def _lexical_number(token, singular_verb: bool = False, mass: bool = True, opening: bool = False) -> str | None:
    """"s" or "p" when the word alone tells a noun's number ("palace", "results", "one"; with
    ``mass``, "equipment", in lower case unless it ``opening`` the sentence: "Discrimination
    usually stem"). Before a singular verb a capitalised plural is a name ("the United
    States is")."""
    word = token[0]
    if demonym_plural(token[3]):
        return "p"  # "many Germans was"
    if singular_verb and token[3][:1].isupper():
        return None
    if word in ("one", "each") or word in INDEFINITE_PRONOUNS or word in SINGULAR_ONLY:
        return "s"
    if lx.is_plural_noun(word) or word in irregular_plural_set() or word == "people" or word in PLURAL_ONLY:
        return "p"
    if word in count_nouns() or word in collectives() or mass and mass_noun(word) and (opening or not token[3][:1].isupper()):
        return "s"
    return None
