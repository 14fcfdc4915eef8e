"""Verb frames: the verbs that essentially never take a noun phrase straight after them.

Read by G304 (checks/missing_preposition.py) and written by scripts/build_verb_frames.py,
which counts, over tagged Wikipedia, what stands after every verb form: a noun phrase opened
by a determiner ("peaked the"), a pronoun, or a preposition ("peaked at the"). The data file,
``data/verb_frames.txt.gz``, holds only decisions and the counts behind them:

- ``form<TAB>tag<TAB>uses<TAB>direct<TAB>prep:count ...``: a verb form, read with a tag
  class (``V``: an active verb, "peaked", "has arrived"; ``VBN``: a passive's participle,
  "was based"), that was followed by a word ``uses`` times and by a noun phrase of its own
  (its object) only ``direct`` times; then the prepositions seen before a determined noun
  phrase after it ("peaked at the"), commonest first.
- ``@<TAB>head``: the head of a noun phrase that follows verbs which take no object, often
  and after many of them: a phrase of time, measure, way or role ("arrived the next day",
  "went the other way", "emerged the winner"), never read as a missing preposition's.

The functions that read a sentence (``frame_tag``, ``opens_phrase``, ``phrase_head``) are
shared by the build and the rule, so the rule reads a draft exactly as the counts were made.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..datafiles import data_lines
from ..english import OBJECT_ONLY_PRONOUNS

DATA_FILE = "verb_frames.txt.gz"

# Words that open a determined noun phrase ("that" is left out: after a verb it opens a clause;
# "her" too: it is as often the object pronoun).
DETERMINERS = frozenset("the a an this these those his their its our my your every each another".split())
NOUNS = ("NN", "NNS")
# What may stand between a determiner and its head ("the same day", "a long, hard time").
_PHRASE_INSIDE = frozenset(
    ("JJ", "JJR", "JJS", "CD", "NN", "NNS", "VBN", "VBG", "HYPH", "RB", "RBS", "POS", "NNP", "NNPS")
)
HEAD_REACH = 5
_HAVE = frozenset("have has had having 've 'd".split())


def perfect(words: list[str], tags: list[str], k: int) -> bool:
    """Is the participle at ``k`` a perfect's ("has known", "had not yet arrived"), an active
    verb, rather than a passive's or an adjective's ("is known", "the team known as")?"""
    j = k - 1
    while j >= 0 and k - j <= 3 and (tags[j] in ("RB", "RBR") or words[j].lower() in ("not", "n't")):
        j -= 1
    return j >= 0 and words[j].lower() in _HAVE


# ("'s" is left out: "it's brought" is a perfect as often as a passive.)
_BE = frozenset("be is are was were been being am 're 'm".split())


def passive(words: list[str], tags: list[str], k: int) -> bool:
    """Does a form of "be" stand before the participle at ``k`` ("was based", "has been
    widely used"): a passive?"""
    j = k - 1
    while j >= 0 and k - j <= 3 and (tags[j] in ("RB", "RBR") or words[j].lower() in ("not", "n't")):
        j -= 1
    return j >= 0 and words[j].lower() in _BE


def frame_tag(words: list[str], tags: list[str], k: int) -> str | None:
    """The class the counts read the word at ``k`` in: "V" (an active verb, a perfect's
    participle too), "VBN" (a passive's participle), "NN" or "NNS" (a common noun); None for
    anything else (a participle in "the region inhabited by", "a man known as")."""
    tag = tags[k]
    if tag == "VBN":
        return "V" if perfect(words, tags, k) else "VBN" if passive(words, tags, k) else None
    if tag.startswith("VB"):
        return "V"
    return tag if tag in NOUNS else None


# What may stand between a subject and its verb ("prices also once peaked", "it has not
# occurred", "which would have occurred").
_BETWEEN_SUBJECT_AND_VERB = frozenset(("RB", "RBR", "MD"))
_AUXILIARIES = frozenset(
    "be is are was were been being am 's 're 'm have has had having 've 'd do does did not n't".split()
)
# Words that may be the subject just before its verb: nouns, pronouns, numbers, "which",
# "who", "that", "this".
_SUBJECT_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "PRP", "CD", "WDT", "WP"))
_NOUN_PHRASE_TAGS = frozenset(("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "CD"))
# Before a preposition, what shows that it opens its clause: punctuation, "and", a quote mark.
_CLAUSE_OPENING_TAGS = frozenset((",", ":", "CC", "``", "''", "-LRB-", "."))
_SUBJECT_WORDS = frozenset("this that these those all both each either neither".split())


def has_subject_before(words: list[str], tags: list[str], k: int) -> bool:
    """Does a subject stand before the verb at ``k`` ("unemployment once peaked")? When none
    does, the noun phrase after the verb may be its subject, inverted: "then came the war",
    "in this book appears the sentence", "on which depends the outcome", "There occurred a
    fire", "“Yes,” agreed the doctor". A noun that is the object of a preposition opening its
    clause ("About this time occurred") is no subject; one after another noun is ("the price
    of oil peaked")."""
    j = k - 1
    while j >= 0 and (tags[j] in _BETWEEN_SUBJECT_AND_VERB or words[j].lower() in _AUXILIARIES):
        j -= 1
    if j >= 0 and tags[j] == "TO":
        return True  # "plans to arrive": an infinitive, whose subject is never inverted
    if j < 0 or not (tags[j] in _SUBJECT_TAGS or words[j].lower() in _SUBJECT_WORDS):
        return False
    if tags[j] in ("WDT", "WP"):
        return j == 0 or tags[j - 1] != "IN"  # "on which depends the outcome"
    first = j
    while True:  # back over the noun phrase and the prepositional phrases hanging from it
        while first > 0 and (tags[first - 1] in _NOUN_PHRASE_TAGS or tags[first - 1] == "CC"):
            first -= 1
        if first == 0 or tags[first - 1] != "IN":
            return True
        if first == 1 or tags[first - 2] in _CLAUSE_OPENING_TAGS:
            return False  # "In this book appears", "and on the hills flourished"
        if tags[first - 2] not in _NOUN_PHRASE_TAGS:
            return True
        first -= 2  # "the price of oil": the phrase of "price"


# Particles that complete a phrasal verb after its object ("talk the matter over").
PARTICLES = frozenset("over up out off down back away around".split())


def opens_phrase(word: str, tag: str) -> bool:
    """Does ``word`` (lower case) open a determined noun phrase: a determiner, a possessive or
    a number written in figures?"""
    return word in DETERMINERS or tag == "PRP$" or tag == "CD" and word[:1].isdigit()


def phrase_head(words: list[str], tags: list[str], first: int) -> str:
    """The head of the noun phrase opened at ``first``, lower case ("" when there is none)."""
    at = head_index(tags, first)
    return words[at].lower() if at >= 0 else ""


def head_index(tags: list[str], first: int) -> int:
    """The index of the head of the noun phrase opened at ``first``: the last noun of its
    first run of nouns within ``HEAD_REACH`` words (-1 when there is none)."""
    head = -1
    for j in range(first + 1, min(len(tags), first + 1 + HEAD_REACH)):
        if tags[j] in NOUNS:
            head = j
        elif head >= 0 or tags[j] not in _PHRASE_INSIDE:
            break
    return head


class Frame(NamedTuple):
    """How a verb form was followed in the counted text."""

    uses: int  # followed by a word
    direct: int  # by a noun phrase or pronoun of its own
    prepositions: tuple[tuple[str, int], ...]  # before a determined noun phrase, commonest first


class Frames(NamedTuple):
    rows: dict[tuple[str, str], str]  # (form, class) -> the rest of its line, parsed on lookup
    adverbial_heads: frozenset[str]


@lru_cache(maxsize=1)
def frames() -> Frames:
    """The table of data/verb_frames.txt.gz, read on first use."""
    rows, heads = {}, set()
    for line in data_lines(DATA_FILE):
        first, _, rest = line.partition("\t")
        if first == "@":
            heads.add(rest)
            continue
        tag, _, counts = rest.partition("\t")
        rows[first, tag] = counts
    return Frames(rows, frozenset(heads))


def forms() -> list[str]:
    """Every verb form the table judges."""
    return sorted({form for form, _ in frames().rows})


def passive_only(form: str) -> bool:
    """Is ``form`` judged only as a passive's participle ("based", "said"), never as an
    active verb? Such a form is worth tagging its sentence for only after "be"."""
    return (form, "V") not in frames().rows


@lru_cache(maxsize=2048)
def frame(form: str, tag: str) -> Frame | None:
    """The counts of ``form`` read as ``tag`` ("V" or "VBN"); None when it is not judged."""
    row = frames().rows.get((form, tag))
    if row is None:
        return None
    uses, direct, *prepositions = row.split("\t")
    pairs = tuple((p, int(n)) for p, n in (item.split(":") for item in prepositions))
    return Frame(int(uses), int(direct), pairs)


# After the noun phrase, a word that makes it the subject of a clause of its own ("it seems
# the plan works"), not the verb's object.
_CLAUSE_VERB_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


def _usual_prepositions(counted: Frame) -> set[str]:
    """The prepositions a verb takes in at least a tenth as many of its uses as its commonest
    ("rely": "on" and "upon", not "for")."""
    most = max((n for _, n in counted.prepositions), default=0)
    return {preposition for preposition, n in counted.prepositions if n * 10 >= most}


def lacks_preposition(words: list[str], tags: list[str], i: int) -> Frame | None:
    """The counts of the verb at ``i`` when it is one that essentially never takes a noun
    phrase straight after it and is followed by one that reads as its object ("unemployment
    peaked a level"); None otherwise. Not read as its object: a phrase of time, measure, way
    or role ("arrived the next day", "occurs an average of 20 days"), the subject of a clause
    ("it seems the plan works"), a phrasal verb's object ("talk the matter over"), or a
    subject inverted after the verb ("then came the war"). A participle is read only in a
    passive ("was based the"), not in "the region inhabited the" (``frame_tag``)."""
    if i + 1 >= len(words):
        return None
    # "listen him", "rely them": a pronoun that is only ever an object, never a subject (read
    # after an active verb only)
    pronoun = words[i + 1].lower() in OBJECT_ONLY_PRONOUNS
    if not pronoun and not opens_phrase(words[i + 1].lower(), tags[i + 1]):
        return None
    reading = frame_tag(words, tags, i)
    counted = frame(words[i].lower(), reading) if reading == "V" or reading == "VBN" and not pronoun else None
    if counted is None:
        return None
    if not has_subject_before(words, tags, i):
        return None
    if pronoun:
        after = words[i + 2].lower() if i + 2 < len(words) else ""
        if after in PARTICLES or after in _usual_prepositions(counted):
            return None  # "wait them out", "refers him to a specialist": the object, then a particle or the verb's preposition
        return counted
    head = head_index(tags, i + 1)
    if head < 0 or adverbial(words[head].lower()):
        return None
    if _subject_of_clause(words, tags, head, _subordinate(words, tags, i)):
        return None
    if head + 1 < len(words):
        after = words[head + 1].lower()
        if after in PARTICLES and _particle(words, tags, head + 1):
            return None
        if after == "of" and head + 2 < len(words) and tags[head + 2] == "CD":
            return None
    return counted


# Where the reach of a noun phrase's own clause ends: punctuation, a relative or a subordinator.
_CLAUSE_ENDS = frozenset(("WDT", "WP", "WP$", "WRB", ",", ":", ".", "CC"))
_SUBORDINATORS = frozenset("that because although though if unless while whereas since before after until".split())


def _subordinate(words: list[str], tags: list[str], i: int) -> bool:
    """Does the verb at ``i`` stand in a clause opened by a subordinator ("when the door was
    opened", "as soon as his back was turned"), after which the main clause's subject may
    follow without a comma?"""
    for j in range(i - 1, -1, -1):
        if tags[j] in (",", ":", "."):
            return False
        if tags[j] == "WRB" or words[j].lower() in _SUBORDINATORS or tags[j] == "IN" and words[j].lower() in ("as", "once"):
            return True  # ("once" and "as" as adverbs are no subordinators: "prices once peaked")
    return False


def _subject_of_clause(words: list[str], tags: list[str], head: int, subordinate: bool) -> bool:
    """Is the noun phrase whose head is at ``head`` the subject of a finite verb after it, in
    the same stretch of clause ("it is said the glow from the fire could be seen", "when the
    door was opened a crow flew in"), rather than an object? After a subordinate clause a
    participle counts as that verb too ("when the door was opened the crowd rushed in": the
    tagger may read "rushed" as a participle)."""
    for j in range(head + 1, len(words)):
        if tags[j] in _CLAUSE_VERB_TAGS or subordinate and tags[j] == "VBN":
            return True
        if tags[j] in _CLAUSE_ENDS or words[j].lower() in _SUBORDINATORS:
            return False
    return False


def _particle(words: list[str], tags: list[str], k: int) -> bool:
    """Is the word at ``k`` a particle, not a preposition: tagged so, or ending its clause
    ("talk the matter over.")?"""
    return tags[k] in ("RP", "RB") or k + 1 == len(words) or not words[k + 1][:1].isalnum()


def adverbial(head: str) -> bool:
    """Does a noun phrase with this head stand after verbs that take no object ("the same
    day", "the other way", "a great deal"), by the counts or as a noun of time or measure
    (data/time_words.txt: "a moment", "a mile")?"""
    from .confusables.words import time_words

    return head in frames().adverbial_heads or head in time_words()
