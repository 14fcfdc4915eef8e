"""The words around a verb that G201 reads, and what it makes of a verb after "to" or "get".

``Slip`` is one verb in the wrong form: where it is, the form it should take and why.
``after_to`` reads the verb after "to" ("to became", "committed to provide"), ``after_get``
the one after "get" ("got accept", "get use to"), ``bare_after`` a plain verb where "be" or
"have" wants the participle ("was establish", "has finish").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..analysis import lexicon as lx
from ..datafiles import data_lines
from ..english import ARTICLES, POSSESSIVES, PREPOSITIONS
from .verbs import (
    DETERMINERS,
    PRONOUN_SUBJECTS,
    Layered,
    adverb,
    bases,
    count_nouns,
    function_words,
    is_third,
    is_word,
    mostly_verb,
    participle_only,
    past_bases,
    past_only,
    pasts,
    regular,
    regular_pasts,
    same_participle,
    third_base,
    verbs_also_nouns,
    word_set,
)

HAVE = word_set("have has had having haven't hasn't hadn't i've you've we've they've who've")
BE = word_set("is are was were be been being am isn't aren't wasn't weren't i'm you're we're they're")
MODALS = word_set(
    "will would shall should can could may might must cannot won't wouldn't shan't shouldn't"
    " can't couldn't mightn't mustn't i'll you'll he'll she'll it'll we'll they'll"
)
DO = word_set("do does did don't doesn't didn't")
GET = word_set("get gets got getting gotten")
# A modal that is a noun after a determiner: "the will states", "a must", "the can holds".
MODAL_NOUNS = word_set("will can must may might")
NOUN_DETERMINERS = ARTICLES | POSSESSIVES | word_set("whose")
# Words that start the object of a verb and seldom follow a plural noun: "to helps the".
OBJECT_STARTS = ARTICLES | POSSESSIVES | word_set("this these those him them me us")
# Words that make the "to" after them a preposition: "according to", "thanks to" ("due to"
# takes a verb too: "is due to open").
@lru_cache(maxsize=1)
def prepositional_to() -> frozenset[str]:
    """Words after which "to" is a preposition, hardly ever an infinitive's mark: Wikipedia
    has a noun phrase after "word to" at least 20 times as often as a plain verb ("applied
    to the", "as opposed to their", "due to its", "according to"; ``data/prepositional_to.txt``,
    built by ``scripts/build_prepositional_to.py``)."""
    return frozenset(line.split("\t", 1)[0] for line in data_lines("prepositional_to.txt"))
# "use to" and "suppose to" after "be" or "get" lost their "-d": "was suppose to".
DROPPED_D = {"use": "used", "suppose": "supposed"}


@dataclass(frozen=True)
class Slip:
    """A verb in the wrong form at a token, the form it should take, and why."""

    at: int  # index of the verb token
    right: str  # the form it should take
    why: str  # the message
    sure: bool
    tagged_verb: bool = False  # only when the tagger reads the word as a verb too
    verb_after: int | None = None  # only when the tagger reads this token as a plain verb
    others: tuple[str, ...] = ()  # further forms it may take ("borne" beside "born")
    # a word that is a noun too ("claim", "arrest"): only when the tagger reads it as a plain
    # verb form and the word after it with one of these tags ("were arrest/VBN and")
    tags_after_verb: frozenset[str] | None = None


# Phrases whose "to" is a preposition, so a verb after it takes "-ing": "are committed to
# providing", "look forward to seeing", "in addition to raising". The words before "to", last
# first; "be" stands for any form of it (with an adverb allowed: "is firmly committed to").
_PREPOSITIONAL_TO = (
    ("committed", "be"), ("dedicated", "be"), ("devoted", "be"), ("accustomed", "be"),
    ("forward", "look"), ("forward", "looking"), ("forward", "looks"), ("forward", "looked"),
    ("addition", "in"), ("view", "a", "with"), ("comes", "it", "when"),
    # "getting used to look", "I'm used to work": "used to" after "get", and after "be" with
    # "I" or "we" ("is used to describe", "they were used to make": the passive of "use")
    ("used", "get"), ("used", "gets"), ("used", "got"), ("used", "getting"), ("used", "gotten"),
    ("used", "i'm"), ("used", "we're"), ("used", "am", "i"), ("used", "are", "we"), ("used", "was", "i"),
    ("used", "were", "we"),
)


_PREPOSITIONAL_TO_LAST = frozenset(phrase[0] for phrase in _PREPOSITIONAL_TO)


def _prepositional_to(tokens, i: int) -> bool:
    """The "to" at ``i`` closes one of ``_PREPOSITIONAL_TO``."""
    if i == 0 or tokens[i - 1][0] not in _PREPOSITIONAL_TO_LAST:
        return False
    words = [t[0] for t in tokens[max(0, i - 4) : i]][::-1]  # nearest first
    for phrase in _PREPOSITIONAL_TO:
        k = 0
        for part in phrase:
            if part == "be" and k < len(words) and words[k].endswith("ly"):
                k += 1  # "is firmly committed"
            if k >= len(words) or not (words[k] == part or part == "be" and words[k] in BE):
                break
            k += 1
        else:
            return True
    return False


def ing_form(base: str) -> str | None:
    """The -ing form of a verb that the lexicon knows: "provide" -> "providing", "stop" ->
    "stopping", "see" -> "seeing"."""
    tries = [base + "ing"]
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        tries.insert(0, base[:-1] + "ing")
    if len(base) > 2 and base[-1] not in "aeiouwxy":
        tries.append(base + base[-1] + "ing")
    return next((form for form in tries if lx.is_word(form)), None)


def _after_prepositional_to(tokens, i: int) -> Slip | None:
    """"committed to provide", "look forward to see": a plain verb after a "to" that is a
    preposition. Only a word that is nothing but a verb, or a verb before its object
    ("committed to help the poor"; not "committed to change")."""
    j = i + 1
    if j >= len(tokens) or not is_word(tokens[j]) or tokens[j][3][:1].isupper() or not _prepositional_to(tokens, i):
        return None
    word = tokens[j][0]
    found = lx.tags(word)
    after = tokens[j + 1][0] if j + 1 < len(tokens) else ""
    if word not in bases() or word in pasts() or "v" not in found:
        return None
    tagged = False
    if found != "v" and not ((after in OBJECT_STARTS or _object_pronoun(tokens, j + 1)) and not {"a", "r"} & set(found)):
        if not (tokens[i - 1][0] == "used" and after.isalpha() and mostly_verb(word, base=True) and "a" not in found):
            return None  # (after the other phrases a noun is usual: "in addition to steam", "when it comes to press freedom")
        tagged = True  # "getting used to look up": a verb mostly, and the tagger must read one
    right = ing_form(word)
    if right is None:
        return None
    return Slip(j, right, "\"{aux} {written}\": this \"to\" is a preposition, so the verb takes \"-ing\": \"{right}\".", True,
                tagged_verb=tagged)


# Pronouns that may be a verb's object or a clause's subject: "to meet you", "to play it"
# (objects); "to change you can believe in" (a subject, a verb after it).
_SUBJECT_OR_OBJECT = word_set("you it")


def _object_pronoun(tokens, k: int) -> bool:
    """"you" or "it" at ``k`` read as the object of the word before it: a mark or a word that
    is no verb and no "to" after it (not "to change you can", "to change it to")."""
    if k >= len(tokens) or tokens[k][0] not in _SUBJECT_OR_OBJECT:
        return False
    if k + 1 >= len(tokens):
        return True
    after = tokens[k + 1][0]
    if not after[:1].isalpha():
        return True  # "look forward to meet you."
    return after != "to" and "v" not in lx.tags(after) and after not in MODALS


# Adjectives that follow a number as a measure ("crowds 15,000 strong", "queues 10 deep").
_MEASURES = word_set("strong deep long high wide tall thick old")


def _counted_object(tokens, k: int) -> bool:
    """A number at ``k`` that reads as the start of an object ("to cuts 500 jobs"); not one
    that a measure adjective follows ("speaking to crowds 15,000 strong")."""
    if k >= len(tokens) or not tokens[k][0][:1].isdigit():
        return False
    return not (k + 1 < len(tokens) and tokens[k + 1][0] in _MEASURES)


def after_to(tokens, i: int) -> Slip | None:
    """"to went", "to became": a simple past after the "to" of an infinitive; "committed to
    provide": a plain verb after a "to" that is a preposition."""
    j = i + 1
    if j >= len(tokens) or not is_word(tokens[j]) or tokens[j][3][:1].isupper():
        return None
    prepositional = _after_prepositional_to(tokens, i)
    if prepositional is not None:
        return prepositional
    if adverb(tokens[j][0]) and "a" not in lx.tags(tokens[j][0]) and tokens[j][0] not in FOCUSING_ADVERBS:
        # (an adverb that is no adjective too: "to later works such as")
        return _after_split_to(tokens, i, j + 1)
    word = tokens[j][0]
    found = set(lx.tags(word))
    after = tokens[j + 1][0] if j + 1 < len(tokens) else ""
    if _governed_to(tokens, i):
        return None
    if word in participle_only() and (
        i > 0 and _takes_infinitive(tokens[i - 1][0])
        or after in OBJECT_STARTS
        or after in function_words() and "a" not in found  # "to taken on", "to seen how"
        or "a" not in found and _bare_count_noun(tokens, j + 1)
    ):
        # "wants to gone", "to taken the train", "to taken part": after a verb that takes
        # "to" and a verb, or with an object after it that no adjective could describe (a
        # singular count noun needs an article: "a tribute to fallen soldiers", "to a fallen
        # tree"), the "to" is no preposition and the participle no adjective
        return Slip(j, participle_only()[word], _PLAIN_AFTER_TO, True)
    if word in regular_pasts() and word not in bases() and (after in OBJECT_STARTS or after == "it") and not _stranded_to(tokens, i):
        # "asked to recommended this", "going to announced the winner": an "-ed" form with an
        # object after it is a verb, and no preposition's object opens with a verb
        right = next(base for base in past_bases(word) if regular().get(base) == word)
        return Slip(j, right, _PLAIN_AFTER_TO, True)
    if {"n", "p", "a"} & found and not (is_third(word) and (after in OBJECT_STARTS or _counted_object(tokens, j + 1))):
        return None  # "to broke", "to rose", "respond to markets": "to" may be a preposition
    if is_third(word) and after == "of" and third_base(word) in verbs_also_nouns():
        return None  # "applying to triples of numbers": a noun (WordNet) before its of-phrase
    right = plain_of_finite(word)
    if not right:
        return None
    if _stranded_to(tokens, i):
        return None  # "everyone I had ever talked to knew": the "to" ends a clause
    return Slip(j, right, _PLAIN_AFTER_TO, True)


_PLAIN_AFTER_TO = "After \"{aux}\", \"{written}\" should be the plain form \"{right}\"."


def _governed_to(tokens, i: int) -> bool:
    """The "to" at ``i`` follows, past up to two adverbs, a word whose "to" is a preposition
    ("according to figures her campaign released", "refers almost exclusively to soaps", "as
    opposed to forces"): a noun after it, not a verb."""
    k = i - 1
    while k > 0 and k >= i - 2 and adverb(tokens[k][0]):
        k -= 1
    return i > 0 and tokens[k][0] in prepositional_to()


def plain_of_finite(word: str) -> str | None:
    """The plain form of a simple past that is no participle ("went") or of an -s form."""
    past = past_only().get(word)
    return past[0] if past else third_base(word) if is_third(word) else None


# Adverbs that may stand before a noun phrase as well as a verb ("limited to only members",
# "applies to mostly cases the courts hear"): after "to", they leave it a preposition.
FOCUSING_ADVERBS = word_set(
    "only mostly mainly largely primarily exclusively especially particularly even just solely"
    " chiefly merely purely partly nearly almost roughly approximately predominantly principally"
)


def _after_split_to(tokens, i: int, j: int) -> Slip | None:
    """"to quickly paints", "to also includes", "to genuinely reaches": an adverb between the
    "to" of an infinitive and a verb in the -s form or the simple past. The adverb makes the
    "to" an infinitive's (a preposition's object seldom opens with "quickly"); the word must
    have an object after it, or the tagger must read it as a verb ("paints" may be a noun)."""
    if j >= len(tokens) or not is_word(tokens[j]) or tokens[j][3][:1].isupper():
        return None
    if _governed_to(tokens, i) or _stranded_to(tokens, i):
        return None
    right = plain_of_finite(tokens[j][0])
    if not right:
        return None
    after = tokens[j + 1][0] if j + 1 < len(tokens) else ""
    sure = after in OBJECT_STARTS or _counted_object(tokens, j + 1)  # an object: no noun
    return Slip(j, right, _PLAIN_AFTER_TO, True, tagged_verb=not sure)


# What may stand between the subject of a clause and its verb before a stranded "to":
# auxiliaries and adverbs ("I had ever talked to", "she has never spoken to").
_BETWEEN_SUBJECT_AND_VERB = word_set("had has have 'd 've was were is are would could will can did do does")


def _stranded_to(tokens, i: int) -> bool:
    """The "to" at ``i`` ends a relative clause that has no "who" or "that" ("everyone I
    had ever talked to knew", "the firm she sold to went bust"): a verb that takes no "to"
    and another verb (G305's table), after a subject pronoun that follows a noun or a
    pronoun, the clause's head. The verb after such a "to" is the sentence's own."""
    if i < 3:
        return False
    verb = tokens[i - 1][0]
    if not is_word(tokens[i - 1]) or _takes_infinitive(verb) or "v" not in lx.tags(verb):
        return False
    k = i - 2
    while k > 0 and (tokens[k][0] in _BETWEEN_SUBJECT_AND_VERB or adverb(tokens[k][0])):
        k -= 1
    if tokens[k][0] not in PRONOUN_SUBJECTS or k == 0 or not is_word(tokens[k - 1]):
        return False
    head = tokens[k - 1][0]
    if head in function_words() and not head.startswith(("every", "some", "any", "no")):
        return False  # "said that I talked to", "and they went to": no head before the clause
    return bool(set(lx.tags(head)) & set("np")) or head.endswith(("one", "body", "thing"))


def _bare_count_noun(tokens, k: int) -> bool:
    """The word at ``k`` is a singular count noun ("part", "home") that ends its phrase."""
    if k >= len(tokens) or not is_word(tokens[k]) or tokens[k][0] not in count_nouns():
        return False
    return k + 1 >= len(tokens) or not is_word(tokens[k + 1]) or not ({"n", "p"} & set(lx.tags(tokens[k + 1][0])))


def _takes_infinitive(word: str) -> bool:
    """A form of a verb that takes "to" and another verb ("wants", "decided"); G305's table."""
    from .missing_to import to_verbs

    return word in to_verbs()


def after_get(tokens, i: int) -> Slip | None:
    """"got accept" (got accepted), "get use to" (get used to)."""
    j = i + 1
    if j >= len(tokens) or not is_word(tokens[j]) or tokens[j][3][:1].isupper():
        return None
    word = tokens[j][0]
    if word in DROPPED_D and j + 1 < len(tokens) and tokens[j + 1][0] == "to":
        return Slip(j, DROPPED_D[word], "\"{aux} {written} to\" should be \"{aux} {right} to\".", True)
    if (
        word in regular()
        and lx.tags(word) == "v"
        and lx.zipf(word) >= 3.0
        and (j + 1 >= len(tokens) or tokens[j + 1][0] not in PRONOUN_SUBJECTS | DETERMINERS)
    ):
        right = regular()[word]
        return Slip(j, right, "After \"{aux}\", \"{written}\" should probably be \"{right}\".", False)
    right = participles().get(word)
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if (
        right is not None
        and "n" in lx.tags(word)
        and (after is None or not is_word(after) or after[0] in function_words() and after[0] != "of")
        and _get_counts_participle(word, right)
    ):
        # "got arrest after", "got catch speeding", "never got pay for": a word that is a
        # noun too, which the counted text never has after "get" but has its participle
        # there ("got arrested"), ending its phrase (not "got use of the pitch", "got pay
        # rises"); "got word", "got hold of", "get help" are counted, so never asked
        return Slip(j, right, "After \"{aux}\", \"{written}\" should probably be \"{right}\".", False)
    return None


def _get_counts_participle(word: str, participle: str) -> bool:
    """The pair counts (``data/near_words.bin``) never have ``word`` after a form of "get"
    and have its participle there at least ``GET_PARTICIPLE_SEEN`` times in all."""
    from .confusables.near_words import counts

    table = counts()
    if any(table.count(form, word) for form in GET):
        return False
    return sum(table.count(form, participle) for form in GET) >= GET_PARTICIPLE_SEEN


GET_PARTICIPLE_SEEN = 3


@lru_cache(maxsize=1)
def participles() -> Layered:
    """Base -> past participle, for verbs whose base is no other verb form: "establish" ->
    "established", "write" -> "written"."""
    regulars, table = regular(), {}
    for base, participle in past_only().values():
        if base != participle and base not in pasts() and base not in regulars:
            table.setdefault(base, participle)
    # a common verb whose past is another word too ("saw", "fell", "showed"): its one
    # participle that is nothing else ("seen", "fallen", "shown"); not "be", nor "get"
    # ("got" is a participle too)
    only = [(p, b) for p, b in participle_only().items() if b != p and b not in pasts() and b not in ("be", "get")]
    forms = Counter(b for _, b in only)
    for participle, base in only:
        if forms[base] == 1 and lx.zipf(participle) >= 4.0 and base not in regulars:
            table.setdefault(base, participle)
    # a verb whose past is its participle, in no "-ed" ("build": "built", "send": "sent"):
    # "was build in 1990", "were send home"
    for base, forms_of in same_participle().items():
        table.setdefault(base, forms_of[0])
    return Layered(regulars, table)


def unseen_after(aux: str, word: str, right: str | None) -> bool:
    """The pair counts (``data/near_words.bin``) never have ``word`` after ``aux`` (fewer
    than their floor of 3 times), and have ``right``, when given, there at least
    ``RIGHT_SEEN`` times."""
    from .confusables.near_words import counts

    table = counts()
    if table.count(aux, word):
        return False
    return right is None or table.count(aux, right) >= RIGHT_SEEN


RIGHT_SEEN = 20


def counted_participle(aux: str, word: str, right: str) -> bool:
    """The pair counts (``data/near_words.bin``) have ``right`` after ``aux`` at least
    ``RIGHT_SEEN`` times and at least ``PARTICIPLE_ODDS`` times as often as ``word`` (counted
    as once when unseen): "had held" 215 times, "had hold" 3 ("had hold of")."""
    from .confusables.near_words import counts

    table = counts()
    seen = table.count(aux, right)
    return seen >= RIGHT_SEEN and seen >= PARTICIPLE_ODDS * max(table.count(aux, word), 1.0)


PARTICIPLE_ODDS = 50.0


_PLAIN_ADVERBS = word_set("also already just still never now then once recently since all both first today")


def bare_after(aux: str, tokens, i: int, j: int) -> Slip | None:
    """"Was establish", "has finish": a plain verb where "be" or "have" wants the participle.
    Only a word that is nothing but a verb ("establish", "locate") and that the tagger reads
    as one, or a verb that is a noun too where a noun cannot stand: before "by" after "be"
    ("was design by"), before an object after "have" ("had sign the deal"); "had work to
    do", "has promise", "is love" are right. Not "all he did was complain", where "do"
    governs the plain verb."""
    word = tokens[j][0]
    right = participles().get(word)
    if right is None:
        return None
    if any(not t[0].endswith("ly") and t[0] not in _PLAIN_ADVERBS for t in tokens[i + 1 : j]):
        return None  # "has to defend", "is likely to", "was about to": an infinitive; "is not
        # complete": after "not" the tagger expects a verb
    found = lx.tags(word)
    after = tokens[j + 1][0] if j + 1 < len(tokens) else ""
    if aux in BE and any(t[0] in DO for t in tokens[max(0, i - 8) : i]):
        return None  # "all he did was complain"
    why = "After \"{aux}\", \"{written}\" should probably be the participle \"{right}\"."
    object_after = after in OBJECT_STARTS - word_set("this these those")
    if found == "v" and aux in HAVE and object_after:
        # "had complete its assessment": the slip leads the tagger to read an adjective
        # ("had complete control"), but no adjective stands between "have" and the object
        return Slip(j, right, why, True)
    if found == "v":
        return Slip(j, right, why, True, tagged_verb=True)
    if "v" not in found or {"a", "r", "x"} & set(found):
        return None
    if aux in BE and after == "by" or aux in HAVE and object_after:
        return Slip(j, right, why, True)
    if word in verb_nouns():
        if after == "to" and j + 2 < len(tokens) and tokens[j + 2][0] in bases():
            return Slip(j, right, why, True, verb_after=j + 2)  # "has decline to comment"
        if aux == "been" and tokens[j - 1][0] == "been" and (after == "" or after in _AFTER_BEEN):
            return Slip(j, right, why, True)  # "has been shelve."
        if aux in _PASSIVE_BE and (after == "" or after in _AFTER_BEEN) and not (i >= 1 and tokens[i - 1][0] == "there"):
            # "were arrest and", "was link to": info, as a bare noun may stand there ("would
            # be torture to her"); not after "is" or "are", which mostly say what a thing is
            # ("the main exports are beef, coffee", "V is volume")
            return Slip(j, right, why, False)
    if (
        word in same_participle()
        and after not in (PREPOSITIONS if aux in HAVE else ("of",))
        and not (aux in BE and i >= 1 and tokens[i - 1][0] == "there")
        and counted_participle(tokens[i][0], word, right)
    ):
        # "was being build when", "had hold talks": a verb whose past is its participle, in
        # no "-ed", and a noun too, whose participle the pair counts have after this form of
        # "be" or "have" at least ``PARTICIPLE_ODDS`` times as often as the plain form,
        # whatever the tagger reads (it takes "being build" and "had hold" for nouns) and
        # whatever follows, but "of", and after "have" a preposition ("had hold of/over
        # the town": the noun)
        return Slip(j, right, why, True)
    # a word that is a noun too ("claim", "start"): a verb when the tagger reads one here
    # ("had start/VB some"), a noun when it reads a noun ("has claim/NN to fame"), and
    # only where the word after it could not follow a noun ("be tailor-made", "were arm in
    # arm", "were also drag queens"); never after "there is", which wants a noun ("there
    # was concern about")
    if after in ("-", "‐") or j + 2 < len(tokens) and tokens[j + 2][0] == word:
        return None
    if aux in BE and i >= 1 and tokens[i - 1][0] == "there":
        return None
    return Slip(j, right, why, True, tags_after_verb=_AFTER_HAVE_VERB if aux in HAVE else _AFTER_BE_VERB)


# What the tagger may read after a verb that is a noun too for a warning: after "have", the
# start of its object ("have start some cases"; not "had lunch every day",
# ``_TIME_DETERMINERS``). After "be" a bare noun may end a clause or start a list ("the
# layers are typically egg, cabbage and"), so there the finding is never more than info.
_AFTER_HAVE_VERB = frozenset(("DT", "PRP$"))
_AFTER_BE_VERB: frozenset[str] = frozenset()


_PASSIVE_BE = word_set("was were be been being wasn't weren't")


@lru_cache(maxsize=1)
def verb_nouns() -> frozenset[str]:
    """Nouns that are verbs too and were never seen straight after "be" or "have" in the
    counted text ("claim", "urge", "decline"; ``data/verb_nouns.txt``, built by
    ``scripts/build_missing_words_data.py``)."""
    return frozenset(line.partition("\t")[0] for line in data_lines("verb_nouns.txt"))


# What may follow a participle after "been" where a bare noun could not stand ("has been
# confirm.", "had been breach by"). Before "to", the tagger must read a plain verb after it
# ("has decline to comment"; not "has claim to fame").
_AFTER_BEEN = word_set(". , ; : and or but by to in with as for from on at")
