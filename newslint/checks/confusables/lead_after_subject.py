""""lead" as the verb of a singular subject ("The dispute lead to open warfare"): led.

A singular subject takes "leads" in the present; "lead" after one is the past "led" misspelt,
the commonest slip of the pair. The subject is read from the words alone: the noun phrase
that opens the clause, past one of-phrase or other prepositional phrase on its head ("The
invasion of Iraq lead to"; not "Changes in Britain lead to", whose head is plural). "lead"
is read as a verb only before "to" or "into" and what opens a noun phrase, where the noun
"lead" hardly stands after a subject ("lead into gold" after "convert", "a two-goal lead to
the break" after a number, "their lead to" after a possessive are no subject's). "that" or
"which" straight after a singular noun phrase stands for it ("a bill that lead to the
annexation"), unless the phrase is a preposition's ("the rise of competition that lead to",
"spaces inside the Death Star that lead to": the clause may be on the noun before). And
", which lead to" after a clause whose verbs are all past ("Croatia declared independence in
1991, which lead to the breakup"; ``lead_after_past_clause``): a present there would break
the sequence of tenses, unless "which" stands for a plural just before it ("pathways, which
lead to activation"), which is left alone. Before an object that a determiner, a possessive
or an object pronoun opens ("the senator lead the effort", "causation lead him to"), the same
singular subject, whose head is no verb too ("such as Zerubbabel help lead"), and ", who"
after a person's two-word name ("Douglas Band, who lead the foundation"). Measured
2026-12-06 with the "lead by" readings of S205 (scripts/eval_confusables.py --select default,
led->lead (any): 38 -> 40 of 63 | 36 -> 37 of 75, un-injected findings unchanged; over 1,500
Wikipedia lines with "lead the/a/his ...", "lead by" or ", who lead" 6 more findings, all
slips; the five clean sources unchanged).
"""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...english import POSSESSIVES
from ...english import word_set as _words
from ..agreement.nouns import collectives, noun_number
from ..agreement.subject import POST_MODIFIERS
from .base import is_word

_DETERMINERS = _words("the this a an")
# What may stand before the noun phrase that opens a clause; not "and" or "or", which may
# join it to another ("temperature and water lead to").
_CLAUSE_OPENERS = _words(
    ". ! ? ; : , “ \" ( but so that because when after although though as since until while if once"
)
# Prepositions whose phrase may stand between a subject's head and its verb: G203's.
_POST_MODIFIERS = POST_MODIFIERS | _words("through")
# Words the lexicon knows as nouns too that join or end a noun phrase ("or", the heraldic
# gold).
_NOT_IN_PHRASE = _POST_MODIFIERS | _words("and or nor but than as that which who")


def _phrase_word(token) -> bool:
    """A word a noun phrase may hold before its head: a determiner, a possessive, an
    adjective, a noun or a name (no word that can only be a verb, an adverb or a pronoun)."""
    if not is_word(token):
        return token[0] == "-"
    word, written = token[0], token[3]
    if word in _DETERMINERS or word in POSSESSIVES or written[:1].isupper():
        return True
    tags = set(lx.tags(word))
    return bool(tags & {"n", "a"}) and "x" not in tags  # not "can", "will", "must"


def _phrase_start(tokens, k: int) -> int:
    """The first token of the noun phrase whose last word is at ``k``: nothing before a
    determiner or a possessive belongs to it ("saw the strain": "saw" is no noun there)."""
    while (
        k > 0
        and tokens[k][0] not in _DETERMINERS
        and tokens[k][0] not in POSSESSIVES
        and _phrase_word(tokens[k - 1])
        and tokens[k - 1][0] not in _NOT_IN_PHRASE
    ):
        k -= 1
    return k


def _singular_head(tokens, k: int, start: int) -> bool:
    """Is the word at ``k``, the head of the phrase opening at ``start``, a singular noun,
    or a name after "the" or "this" ("The American Revolution"), no group that may take a
    plural verb ("the team", "the government")?"""
    token = tokens[k]
    if not is_word(token) or token[0].endswith(("'s", "’s")):
        return False
    word, written = token[0], token[3]
    if word in collectives() or "x" in lx.tags(word):
        return False
    if word.endswith("ing") and "v" in lx.tags(word):
        return False  # "helping lead to": a verb's form in -ing, before a plain verb
    if written[:1].isupper():
        return tokens[start][0] in _DETERMINERS and not word.endswith("s") and k > start
    return noun_number(word, "NN") == "s"


def lead_after_singular_subject(tokens, i: int) -> bool:
    """Is "lead" at ``i`` the verb of a singular subject that opens its clause, before
    "to" or "into" and a noun phrase?"""
    n = len(tokens)
    if i < 1 or i + 2 >= n:
        return False
    if tokens[i + 1][0] in _OBJECT_OPENERS:
        # "the senator lead the effort", "causation lead him to": a verb before its object,
        # after a singular subject that opens its clause
        return _subject_before(tokens, i, object_after=True)
    if tokens[i + 1][0] not in ("to", "into"):
        return False
    after = tokens[i + 2]
    if not (is_word(after) or after[0][:1].isdigit()) or after[0] == "date":
        return False  # "Arsenal's poll lead to date": "to date" says when, after the noun
    tags = set(lx.tags(after[0]))
    if "v" in tags and not tags & {"n", "a"} and after[0] not in _DETERMINERS and after[0] not in POSSESSIVES:
        return False  # "a lead to defend": an infinitive, after the noun
    return _subject_before(tokens, i)


# What opens the object of the verb "lead" ("lead the team", "lead them"): not a name, which
# may be a compound's ("the Clinton lead Sanders cut").
_OBJECT_OPENERS = _DETERMINERS | POSSESSIVES | _words("them him us these those")


# Words before an infinitive or a plain verb: "to still lead", "will soon lead".
_INFINITIVE_MARKERS = _words("to will would can could may might must should shall")


def _subject_before(tokens, i: int, object_after: bool = False) -> bool:
    """Is "lead" at ``i`` the verb of a singular subject that opens its clause (or of
    "which" after a clause in the past, "that" or "which" after a singular noun phrase)?"""
    k = i - 1
    if tokens[k][0] == "which" and k >= 1 and tokens[k - 1][0] == ",":
        return lead_after_past_clause(tokens, i)
    if tokens[k][0] in ("that", "which") and k >= 2:
        return _singular_antecedent(tokens, k - 1)
    who = k - 1 if k >= 1 and tokens[k][0].endswith("ly") and lx.tags(tokens[k][0]) == "r" else k
    if tokens[who][0] == "who" and who >= 2 and tokens[who - 1][0] == ",":
        return _one_person_before(tokens, who - 2)  # "Douglas Band, who (briefly) lead the foundation"
    if not _phrase_word(tokens[k]) or tokens[k][0] in _DETERMINERS:
        return False  # "can lead", "also lead", "the lead"
    if not tokens[k][3][:1].isupper() and "n" not in lx.tags(tokens[k][0]):
        return False  # "his largest lead to date": "lead" heads the phrase
    if "r" in lx.tags(tokens[k][0]) and k >= 1 and tokens[k - 1][0] in _INFINITIVE_MARKERS:
        return False  # "intention to still lead": an adverb in an infinitive
    start = _phrase_start(tokens, k)
    if start >= 2 and tokens[start - 1][0] in _POST_MODIFIERS:
        k = start - 2  # "The invasion of Iraq lead": the head is before "of"
        start = _phrase_start(tokens, k)
    if start > k or not _singular_head(tokens, k, start):
        return False
    if any(_counts_more_than_one(t) for t in tokens[start:k]):
        return False  # "Two main road lead into town": the noun is the slip (G202's), not "lead"
    if object_after and not tokens[k][3][:1].isupper() and "v" in lx.tags(tokens[k][0]):
        return False  # "leaders such as Zerubbabel help lead the Jews": a verb before a verb
    return start == 0 or tokens[start - 1][0] in _CLAUSE_OPENERS


def _counts_more_than_one(token) -> bool:
    """A number above one or a word that counts many ("two", "12", "several", "these")."""
    from ..agreement.counting import NUMBER_WORDS, QUANTIFIERS

    word = token[0]
    return word in QUANTIFIERS or (word in NUMBER_WORDS or word[:1].isdigit()) and word not in ("one", "1")


def _one_person_before(tokens, k: int) -> bool:
    """A person's name of two capitalised words ends at ``k``, after the start of its clause
    ("In April, Douglas J. Band, who"), or a singular noun phrase a determiner opens ("the
    senator, who")."""
    if k < 1 or not is_word(tokens[k]):
        return False
    if tokens[k][3][:1].isupper():
        first = tokens[k - 1]
        return is_word(first) and first[3][:1].isupper() and not tokens[k][0].endswith("s")
    return _singular_antecedent(tokens, k)


def _singular_antecedent(tokens, k: int) -> bool:
    """Does a singular noun phrase end at ``k``, straight before "that" or "which", that is
    no of-phrase's (whose noun may not be what the clause is about: "the rise of
    competition that lead to")? "a policy that lead to the crisis": "leads" or "led"."""
    if not _phrase_word(tokens[k]) or tokens[k][0] in _DETERMINERS or tokens[k][0] in POSSESSIVES:
        return False
    if not tokens[k][3][:1].isupper() and "n" not in lx.tags(tokens[k][0]):
        return False
    start = _phrase_start(tokens, k)
    if start >= 1 and tokens[start - 1][0] in _POST_MODIFIERS:
        return False
    opener = tokens[start][0]
    return (opener in _DETERMINERS or opener in POSSESSIVES) and _singular_head(tokens, k, start)


_SENTENCE_ENDS = frozenset((".", "!", "?", ";", ":"))


def lead_after_past_clause(tokens, i: int) -> bool:
    """Is "lead" at ``i``, after ", which", the verb of a clause on a statement in the past:
    the words of its sentence before the comma hold a past tense and no present or modal (by
    the tagger), and the word before the comma is no plural that "which" may stand for?"""
    comma = i - 2
    if comma < 3:
        return False
    before = tokens[comma - 1]
    if before[0].endswith("s") and noun_number(before[0], "NNS") == "p":
        return False  # "pathways, which lead to activation": the plural's own present
    start = comma
    while start > 0 and tokens[start - 1][0] not in _SENTENCE_ENDS:
        start -= 1
    if comma - start < 3:
        return False
    from ... import tagger

    tags = set(tagger.tag([t[3] for t in tokens[start:comma]]))
    return "VBD" in tags and not tags & {"VBZ", "VBP", "MD"}
