""""effect" written for the verb "affect": "residents were effected by the flood", "the
effected areas", "it could effect the outcome".

"affect" means to act on something; "effect" as a verb means to bring something about, so it
takes an event or a result ("effected a change", "the transfer was effected") and almost
never a person, a place or a thing. Which words go with which verb is counted, not listed:
``scripts/build_affect_objects.py`` tags English Wikipedia and counts, for every noun, the
times it is the object of a form of each verb or the subject of its passive, and for every
adverb the times it stands straight before one (``data/affect_objects.txt``). A form of
"effect" that the tagger reads as a verb is a slip for "affect"

- before a noun that it describes ("the effected areas", "flood-effected villages"): a
  participle of "effect" describes no noun in 65 million words of Wikipedia but as a slip;
- after an adverb of degree, which the counts pair with "affect" ("severely effected",
  "negatively effected"), or a word that compares ("most effected"): acting on a thing has
  degrees, bringing it about has none;
- with an object, or as a passive with a subject, that goes with "affect" and hardly ever
  with "effect" ("could effect the economy"), or that names people ("residents were
  effected", "those effected by the storm", "effect thousands of workers").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...analysis import lexicon as lx
from ...datafiles import data_lines

AFFECT_FORMS = frozenset(("affect", "affects", "affected", "affecting"))
EFFECT_FORMS = frozenset(("effect", "effects", "effected", "effecting"))

# A word is read as going with "affect" when seen with it at least MIN_AFFECT[kind] times and
# with "effect" at most MAX_EFFECT_SHARE[kind] times as often. The verb "effect" is about one
# use in 18 of the two verbs, so a word that goes with either is seen with it about 0.06 times
# as often as with "affect"; the counted Wikipedia has slips of its own ("greatly effected"
# once against "greatly affected" 93 times). At 0.1 rather than 0.05, "outcome", "life" and
# "risk" would be read too (3 of 35, 3 of 37, 1 of 15), but so would "appearance" and
# "distribution" ("to effect the desired appearance", 1 of 11).
MIN_AFFECT = {"noun": 5, "adverb": 10}
MAX_EFFECT_SHARE = {"noun": 0.05, "adverb": 0.05}
# An adverb that goes with any verb ("also", "not", "often") is seen with "affect" far more
# often than with the rarer "effect" too; one of degree ("severely", "greatly", "deeply")
# goes with "affect" because acting on a thing has degrees and bringing it about has none.
# The counts tell them apart by how large a share of all the adverb's uses stand before
# "affect": its count there at least ASSOCIATION times its frequency per million words
# (Zipf; 0.37 for "seriously", 1.07 "directly", 71 "adversely"; 0.17 "also", 0.08 "not").
ASSOCIATION = 0.3
# Words that compare a degree, which "effect" (to bring about) cannot have: "most effected".
COMPARED = frozenset(("most", "more", "less", "least", "very", "worst"))

_BE = frozenset(("is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "’s", "’re"))
_NOUN_TAGS = frozenset(("NN", "NNS"))
ADVERB_TAGS = frozenset(("RB", "RBR", "RBS"))
_PHRASE_TAGS = frozenset(("DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "POS", "HYPH", "VBN", "VBG"))
# Object pronouns for people, whom nothing brings about.
PEOPLE = frozenset(("him", "her", "them", "us", "me", "you", "everyone", "everybody", "anyone", "anybody", "those"))
_HAVE = frozenset(("has", "have", "had", "having", "'ve", "’ve", "'d", "’d"))
# Subject pronouns for people.
_PERSONS = frozenset(("they", "we", "he", "she", "i", "who"))
# Nouns that count what follows their "of".
_COUNTS = frozenset(("thousands", "millions", "hundreds", "dozens", "tens", "lots", "scores"))
# Words before a participle that describes the noun after it ("the effected areas").
_OPENERS = frozenset(("DT", "PDT", "PRP$", "CD", "JJ", "IN", ","))


@lru_cache(maxsize=1)
def counts() -> dict[tuple[str, str], tuple[int, int]]:
    """(kind, word) -> (times with "affect", times with "effect"): ``data/affect_objects.txt``."""
    table = {}
    for line in data_lines("affect_objects.txt"):
        kind, word, a, e = line.split("\t")
        table[kind, word] = (int(a), int(e))
    return table


def goes_with_affect(kind: str, word: str) -> bool:
    """Do the counts pair the noun or adverb with "affect" and hardly ever with "effect"?"""
    a, e = counts().get((kind, word), (0, 0))
    if kind == "adverb":
        if word in COMPARED:
            return True
        if a < ASSOCIATION * 10 ** (lx.zipf(word) - 3):
            return False  # an adverb that goes with any verb ("also", "not")
    return a >= MIN_AFFECT[kind] and e <= MAX_EFFECT_SHARE[kind] * a


def object_head(words: list[str], tags: list[str], i: int) -> int | None:
    """The index of the object of the verb at ``i``: an object pronoun for people, or the
    last common noun of the noun phrase straight after it ("the area's economic outlook");
    None after a passive, or when no such phrase follows."""
    if _passive(words, tags, i):
        return None
    j = i + 1
    if j < len(words) and words[j].lower() in PEOPLE and tags[j] in ("PRP", "DT", "NN"):
        return j
    head = None
    while j < len(words) and j <= i + 6 and tags[j] in _PHRASE_TAGS:
        if tags[j] in _NOUN_TAGS:
            head = j
        j += 1
        if head == j - 1 and words[head].lower() in _COUNTS and j < len(words) and words[j].lower() == "of":
            j += 1  # "thousands of workers": the head is what is counted
    if j < len(words) and tags[j] in ("NNP", "NNPS"):
        return None  # a name ends the phrase: "the Japanese radar", "the Act of Union"
    return head


def _passive(words: list[str], tags: list[str], i: int) -> bool:
    if tags[i] != "VBN":
        return False
    k = i - 1
    while k >= 0 and tags[k] == "RB":
        k -= 1
    return k >= 0 and words[k].lower() in _BE


def passive_subject(words: list[str], tags: list[str], i: int) -> int | None:
    """The index of the subject of a passive participle at ``i``: the noun or pronoun before
    a form of "be" ("residents were badly effected", "they have been effected"), or the noun or
    "those" straight before it when "by" follows ("families effected by the flood")."""
    if tags[i] != "VBN":
        return None
    k = i - 1
    while k >= 0 and tags[k] == "RB":
        k -= 1
    if k >= 0 and words[k].lower() in _BE:
        k -= 1
        while k >= 0 and (tags[k] == "RB" or words[k].lower() in ("has", "have", "had", "been")):
            k -= 1
    elif not (k == i - 1 and i + 1 < len(words) and words[i + 1].lower() == "by"):
        return None
    if k < 0:
        return None
    word = words[k].lower()
    if tags[k] in _NOUN_TAGS or word in PEOPLE or word in _PERSONS:
        return k
    return None


def _describes_noun(words: list[str], tags: list[str], i: int) -> bool:
    """"the effected areas", "flood-effected villages": the participle before the noun it
    describes."""
    if not words[i].lower().endswith("effected") or i + 1 >= len(words) or tags[i + 1] not in _NOUN_TAGS:
        return False
    if "-" in words[i]:
        return True
    if i == 0 or words[i - 1].lower() in _BE or words[i - 1].lower() in _HAVE:
        return False  # "was effected", "had effected changes": the participle is the verb
    return tags[i - 1] in _OPENERS or tags[i - 1] in ("VB", "VBD", "VBZ", "VBP", "VBG")


# A form of "effect" in lower case, ending its word (alone, or closing "flood-effected").
_PATTERN = re.compile(r"effect(?:s|ed|ing)?(?![\w'’-])")


def slips(doc):
    """(tokens, index) of each form of "effect" the tagger reads as a verb or a participle,
    written where "affect" belongs (see the module docstring); ``tokens``: the tagged
    sentence's. Only the sentences that hold such a form are tagged."""
    tagged = doc.analysis("tags")
    for match in _PATTERN.finditer(doc.text):
        found = tagged.locate(match.start())
        if found is None:
            continue
        sentence, i = found
        tokens = sentence.tokens
        if tokens[i].end != match.end():
            continue
        words = [t.text for t in tokens]
        tags = [t.tag for t in tokens]
        if _slip_at(words, tags, i):
            yield tokens, i


def _slip_at(words: list[str], tags: list[str], i: int) -> bool:
    word = words[i]
    lower = word.lower()
    if not word.islower() or not (tags[i].startswith("VB") or tags[i] == "JJ"):
        return False
    if _describes_noun(words, tags, i):
        return True
    if lower not in EFFECT_FORMS:
        return False
    if i and tags[i - 1] in ADVERB_TAGS and goes_with_affect("adverb", words[i - 1].lower()):
        return True
    for k in (object_head(words, tags, i), passive_subject(words, tags, i)):
        if k is not None and _goes_with_affect_noun(words[k], tags[k]):
            return True
    return False


def _goes_with_affect_noun(word: str, tag: str) -> bool:
    """The counts say the noun goes with "affect"; or it is a pronoun for people, or a plural
    noun for people or animals (WordNet's, ``may_name_people``: "residents", "farmers"),
    which nothing brings about (a singular may name a group: "the union was effected")."""
    from ..agreement.nouns import may_name_people

    lower = word.lower()
    if lower in PEOPLE or lower in _PERSONS:
        return True
    key = noun_key(word, tag)
    if tag == "NNS" and may_name_people(lower) and counts().get(("noun", key), (0, 0))[1] == 0:
        return True  # (not "types": "to effect many types of transmutation")
    return goes_with_affect("noun", key)


def noun_key(word: str, tag: str) -> str:
    """A noun as the counts hold it: in lower case, a plural as its singular."""
    from ..agreement.nouns import singular_of

    lower = word.lower()
    return (singular_of(lower) or lower) if tag in ("NNS", "NNPS") else lower
