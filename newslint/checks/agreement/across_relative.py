"""A verb that disagrees with the subject a relative clause stands between it and ("The officer
who was injured are in hospital", "The letters that the mayor sent was never answered").

Writers make the verb agree with the words nearest it; across a relative clause those are the
clause's own words, so the slip is common and G203's nearest-subject reading misses it. The
reading here is structural and asks for every sign that the verb is the main clause's:

- the subject is a plain noun phrase (determiner, describing words, a common noun) that opens
  its clause, so "who", "that" or "which" after it stands for it (not "the lawyer for the
  men who were arrested says", whose phrase before "who" is a preposition's);
- the relative clause has a finite verb of its own within a few words, and where that verb
  shows a number it agrees with the subject: the subject is what the clause is about;
- the verb follows the relative clause's last word with nothing that could be its own
  subject straight before it (no noun or pronoun: "the man who said the plans are wrong"),
  and no comma, conjunction, colon or second relative word lies between the two verbs;
- the verb shows its number ("is"/"are", "was"/"were", "has"/"have", "-s"/plain present),
  and the subject's head shows its own (``noun_number``).

A participle's phrase on the subject is read the same way ("The man injured in the crash were
taken to hospital": ``reduced_site``), where the tagger, reading left to right, takes the
participle for the main verb: a participle that is a past too, one preposition and its noun
phrase, then the verb.
"""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ..missing_to import bare_verb_takers
from ..verb_slips import MODALS
from ..verbs import bases, is_third, participle_only, regular_pasts, same_participle_forms, third_base
from .nouns import collectives, noun_number
from .subject import NOUN_TAGS, SINGULAR_VERBS, clause_starts_at, np_start, third_of

_RELATIVE = frozenset(("who", "that", "which"))
_PLURAL_VERBS = {v: k for k, v in SINGULAR_VERBS.items()}
_FINITE = frozenset(("VBZ", "VBP", "VBD", "MD"))
# What ends the relative clause's reach: a stop, a comma, a conjunction, a second relative
# word, a bracket or a quotation mark.
_BREAKS = frozenset((",", ";", ":", "(", ")", "—", "–", "-", '"', "“", "”", "and", "or", "but", "nor", "who", "that", "which", "whom", "whose", "where", "when", "while", "because", "if", "as", "than", "whoever", "whomever", "whatever", "whichever"))
# Tags of a word that may be the subject of the verb after it: a noun, a pronoun, a number.
_SUBJECT_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "PRP", "CD", "EX", "DT", "WP"))
# Words after which a noun phrase may be its clause's subject.
_OPENS_A_CLAUSE = frozenset(
    (",", "“", '"', "and", "but", "because", "when", "while", "although", "though", "if", "since", "after", "before", "so", "once", "until", "whereas", "unless")
)
# Forms after which a past is a participle ("was injured", "has moved").
_AUXILIARIES = frozenset("be is are was were been being has have had get got gets".split())
# The most words between the relative word and the main verb.
_REACH = 10


_RELATIVE_PATTERN = re.compile(r"\b(?:who|that|which)\b")
# A participle's form before a preposition ("injured in", "sent to", "built by", "seen at").
_PARTICIPLE_PATTERN = re.compile(
    r"\b[a-z]+(?:ed|en|t|n)(?=\s+(?:in|on|at|by|from|for|with|near|during|after|under|into|over|to|since|across|outside|inside)\b)"
)
_DETERMINERS = frozenset(("the", "a", "an", "this", "these", "those", "that", "every", "each", "no", "its", "their", "his", "her", "our", "my", "your"))
_BE_HAVE = frozenset(("is", "are", "was", "were", "has", "have", "does", "do"))


def candidates(vocabulary) -> set[int]:
    """Offsets of the words worth tagging a sentence for, read from the words alone: a form
    that shows number (a form of "be" or "have", a present tense) a few words after "who",
    "that" or "which" that follows a noun a determiner opens."""
    found = set()
    for pattern, reach in ((_RELATIVE_PATTERN, _REACH), (_PARTICIPLE_PATTERN, 7)):
        for _, tokens, i in vocabulary.token_hits(pattern):
            if i < 2 or not any(t[0] in _DETERMINERS for t in tokens[max(0, i - 4) : i - 1]):
                continue
            if "n" not in lx.tags(tokens[i - 1][0]):
                continue
            for m in range(i + 2, min(len(tokens), i + reach + 1)):
                word = tokens[m][0]
                if word in _BREAKS or word in (".", "!", "?"):
                    break
                if word in _BE_HAVE or is_third(word) or word in bases() and "v" in lx.tags(word):
                    found.add(tokens[m][1])
    return found


def verb_number(word: str, tag: str) -> str | None:
    """"s" for a verb form of the third person singular, "p" for one of the plural, None for a
    form that shows no number (a past other than "was"/"were", a modal)."""
    word = word.lower()
    if word in SINGULAR_VERBS:
        return "s"
    if word in _PLURAL_VERBS:
        return "p"
    if tag == "VBZ" and is_third(word):
        return "s"
    if tag == "VBP" and word not in ("am",):
        return "p"
    return None


def other_form(word: str, number: str) -> str | None:
    """The form of ``word`` in the other number ("are" for "is", "says" for "say")."""
    lower = word.lower()
    if lower in SINGULAR_VERBS:
        return SINGULAR_VERBS[lower]
    if lower in _PLURAL_VERBS:
        return _PLURAL_VERBS[lower]
    return third_base(lower) if number == "s" else third_of(lower)


def site(toks, v: int):
    """(head, relative word, the relative clause's verb) when the finite verb at ``v`` is the
    main verb of a clause whose plain noun-phrase subject a relative clause follows; else
    None. Nothing is said of number here."""
    if finite_tag(toks, v) not in ("VBZ", "VBP", "VBD") or v < 4:
        return None
    before = toks[v - 1]
    if before.tag in _SUBJECT_TAGS and not _disagrees_with_noun(before, toks[v]) or before.text.lower() in _BREAKS:
        return None
    inner = None
    for j in range(v - 1, max(-1, v - _REACH - 1), -1):
        word = toks[j].text.lower()
        if word in _RELATIVE and toks[j].tag in ("WP", "WDT", "IN"):
            return _subject_before(toks, j, inner)
        if word in _BREAKS or toks[j].text in (".", "!", "?"):
            return None
        if toks[j].tag in _FINITE and not (j and toks[j - 1].text.lower() in _AUXILIARIES):
            if inner is not None and j < inner:
                return None  # two finite verbs inside: a longer clause than one relative
            inner = j if inner is None else inner
    return None


def finite_tag(toks, v: int) -> str:
    """The verb's tag, but "VBP" for a plain form the tagger read as VB after a relative
    clause ("The report that the council published show a deficit": reading left to right, it
    takes "published show" for a verb and its bare infinitive) where nothing before it takes
    a plain verb back to the relative word: no modal, "to", "do", auxiliary or verb such as
    "help" or "let" (``bare_verb_before.txt``: "the rules that the board helped draft", "will
    also host", "a game that lets you either play")."""
    tag = toks[v].tag
    if tag != "VB" or toks[v].text.lower() not in bases() or "v" not in lx.tags(toks[v].text.lower()):
        return tag
    for k in range(v - 1, max(-1, v - _REACH - 1), -1):
        word = toks[k].text.lower()
        if word in MODALS or word == "to" or word in bare_verb_takers() or word.endswith("n't"):
            return tag  # (anywhere in the clause: "a game that lets you either play")
        if word in _RELATIVE:
            break
    return "VBP"


def _disagrees_with_noun(noun, verb) -> bool:
    """The common noun straight before the verb shows the other number than the verb does
    ("Each of the companies that signed the deal are"): it cannot be the verb's subject, so
    the verb may still be the main clause's."""
    if noun.tag not in ("NN", "NNS") or not noun.text.islower() or noun.text in collectives():
        return False
    number = noun_number(noun.text, noun.tag)
    written = verb_number(verb.text, verb.tag)
    return number is not None and written is not None and number != written


def _subject_before(toks, j: int, inner):
    if inner is None or j < 2:
        return None
    head = _opening_subject(toks, j - 1)
    return None if head is None else (head, j, inner)


# Pronouns of one thing that an of-phrase may follow as the subject ("One of the officers who
# was injured are"); not "none", which takes either number.
_ONE_OF = frozenset(("one", "each", "either", "neither"))


def _opening_subject(toks, noun: int) -> int | None:
    """The head of the subject that the plain noun phrase ending at ``noun`` opens or ends:
    the noun itself when its phrase (opened by a determiner) opens its clause, or
    "one", "each", "either" or "neither" opening the clause before "of" and the phrase
    ("One of the officers"); None when the phrase is no subject's."""
    if toks[noun].tag not in ("NN", "NNS") or not toks[noun].text.islower():
        return None
    start = np_start(toks, noun)
    if toks[start].text.lower() not in _DETERMINERS:
        return None
    if any(t.tag in NOUN_TAGS for t in toks[start:noun]) and toks[start].text.lower() not in ("the", "a", "an"):
        return None
    if start >= 2 and toks[start - 1].text.lower() == "of" and toks[start - 2].text.lower() in _ONE_OF:
        pronoun = start - 2
        if pronoun and toks[pronoun - 1].text.lower() not in _OPENS_A_CLAUSE:
            return None
        return pronoun if clause_starts_at(toks, pronoun) else None
    if start and toks[start - 1].text.lower() not in _OPENS_A_CLAUSE:
        return None  # "told the guards that ...": the phrase is an object, not a subject
    return noun if clause_starts_at(toks, start) else None


def _participle(word: str) -> bool:
    """A past participle that is the simple past too ("injured", "sent", "held"): the form a
    tagger reads as the main verb where it opens a phrase on the noun before it."""
    return word in regular_pasts() or word in same_participle_forms() or word in participle_only()


_PP_OPENERS = frozenset(("in", "on", "at", "by", "from", "for", "with", "near", "during", "after", "under", "into", "over", "to", "since", "across", "outside", "inside"))


def _number_of(token) -> str | None:
    word = token.text.lower()
    return "s" if word in _ONE_OF else noun_number(word, token.tag)


def reduced_site(toks, v: int):
    """(head, participle) when the verb at ``v`` follows a participle's phrase on a subject
    that opens its clause: a determiner, describing words and a common noun, then a
    participle, a preposition and its noun phrase, then the verb ("The man injured in the
    crash were"). One prepositional phrase only: with more words after it, the noun before
    the verb may be its own subject ("said in a statement the company was")."""
    if toks[v].tag not in ("VBZ", "VBP", "VBD") or v < 5:
        return None
    k = v - 1
    if toks[k].tag not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    while k > 0 and toks[k - 1].tag in ("NN", "NNS", "NNP", "NNPS", "JJ", "CD"):
        k -= 1
    if toks[k - 1].tag in ("DT", "PRP$"):
        k -= 1
    p = k - 1
    if p < 3 or toks[p].text.lower() not in _PP_OPENERS or toks[p].tag not in ("IN", "TO"):
        return None
    w = p - 1
    if toks[w].tag not in ("VBD", "VBN") or not _participle(toks[w].text.lower()):
        return None
    head = _opening_subject(toks, w - 1)
    if head is None:
        return None
    return head, w


def across_participle_disagreement(toks, v: int):
    """(head token, verb wanted, why) when the verb at ``v`` disagrees with a subject that a
    participle's phrase follows (``reduced_site``), else None."""
    found = reduced_site(toks, v)
    if found is None:
        return None
    head, w = found
    return _disagreement(toks, head, v, toks[w].text)


def across_relative_disagreement(toks, v: int):
    """(head token, verb wanted, why) when the verb at ``v`` disagrees with a subject a
    relative clause follows (see the module's docstring), else None."""
    found = site(toks, v)
    if found is None:
        return across_participle_disagreement(toks, v)
    head, j, inner = found
    number = _number_of(toks[head])
    inner_number = verb_number(toks[inner].text, toks[inner].tag)
    # (the relative word is the inner verb's subject when nothing stands between them but an
    # adverb: "who was injured", "that often lead"; not "which critics say")
    relative_subject = (j + 1 == inner or j + 2 == inner and toks[j + 1].tag == "RB") and toks[head].text.lower() not in _ONE_OF
    if relative_subject and inner_number is not None and inner_number != number:
        return None  # "the officer who were": the relative clause is about another noun
    return _disagreement(toks, head, v, toks[j].text)


def _disagreement(toks, head: int, v: int, opener: str):
    """(head token, verb wanted, why) when the verb at ``v`` shows the other number than the
    subject's head at ``head``, whose phrase ``opener`` ("who", "injured") continues."""
    if toks[head].text.lower() in collectives():
        return None  # "the team that won are": British copy writes the plural
    number = _number_of(toks[head])
    written = verb_number(toks[v].text, finite_tag(toks, v))
    if number is None or written is None or number == written:
        return None
    wanted = other_form(toks[v].text, written)
    if not wanted:
        return None
    said = "singular" if number == "s" else "plural"
    return toks[head], wanted, f"\"{toks[head].text}\", before \"{opener} …\", is {said}"
