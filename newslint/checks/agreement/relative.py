""""which", "who" or "that" standing for the noun just before them, and the number of the verb
after them (G203): "the move, which were", "residents who lives", "a report that were".
"""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...english import COPULAS
from ..verbs import headword_s
from .nouns import SINGLE_DETERMINERS, collectives, may_name_people, noun_number, one_people, unit_collective, word_set
from .pronouns import INDEFINITE_PRONOUNS
from .subject import (
    CLAUSE_BOUNDARY_MARKS,
    PERSONAL,
    QUANTITY_HEADS,
    np_start,
    one_person,
    opening_common_noun,
    person_name_start,
    plural_head_singular,
)

_CONJUNCTIONS = ("and", "or", "nor", "&")
_DEMONSTRATIVES = ("this", "that", "these", "those")
_COPULA_NUMBER = {"is": "s", "was": "s", "'s": "s", "are": "p", "were": "p", "'re": "p"}
_OBJECT_PRONOUNS = ("it", "them", "him", "her", "me", "us")
_SENTENCE_MARKS = (".", "!", "?", ";", ":")
# Verbs that take a person and then what they are told: "told voters that is why".
_TELLING = word_set("tell told warn remind assure reassure inform convince persuade notify show teach taught promise advise")
# Words whose number is that of the of-phrase after them ("half of the voters who"): no
# antecedent of their own.
_COUNTING = word_set("% percent half some all most many few several both none")


def relative_disagreement(toks, v: int, j: int, singular_verb: bool, wanted: str):
    """"The plan, which were backed", "residents who lives", "a report that were":
    "which", "who" or "that" stands for the noun just before it. When that noun closes a
    phrase after another noun ("the leader of the rebels, who"), either may be meant, and
    the verb is wrong only when it disagrees with both; "who" stands only for a noun that
    may name people ("a dalliance with contenders who displays": not "dalliance"). After
    nouns joined by "and" a singular verb is wrong when the last is plural ("owners and
    investors who is"); after "or" the last noun decides. After "is" or "are" the subject
    may be meant ("such arguments are a view that belong") unless it has the same number.
    After a comma, "which" with a singular verb may stand for the whole clause before
    ("…, which is what they wanted"). A group named as a unit ("organism", "chain") with
    "which" or "that" and a plural verb, no comma between, is advice: American usage wants
    the singular, British allows either."""
    pronoun = toks[j].text.lower()
    if toks[v].text[:1].isupper():
        return None  # "the fee, which Lynch vetoed": a name, the subject of the clause
    k = j - 1
    # (a bracket opens an aside as a comma does: "her plan (which were inspired by"; not
    # "that is", "i.e.": "121,054 people (that is 502,457 births")
    comma = toks[k].text == "," or toks[k].text == "(" and pronoun != "that"
    if toks[k].text == "(" and not comma:
        return None
    if comma:
        k -= 1
    if not comma and k >= 0 and toks[k].text.lower() == "those" and singular_verb:
        # "those who has": "those" is plural, whatever it stands for
        return toks[k], wanted, f"\"{toks[j].text}\" stands for \"{toks[k].text}\", which is plural"
    if not comma and k >= 0 and toks[k].text.lower() in INDEFINITE_PRONOUNS and not singular_verb:
        # "everyone who travel", "anyone that want": one person, whoever it is
        return toks[k], wanted, f"\"{toks[j].text}\" stands for \"{toks[k].text}\", which takes a singular verb"
    if pronoun == "who" and not singular_verb and k >= 0 and toks[k].tag == "NNP":
        # "Nancy, who pull", "Carl Denham who capture": one person; not a few words after a
        # preposition or "and", where "who" may stand for a noun before ("voters like Kevin
        # Kelly, who", "Mike and his brother Matt Chapman, who")
        words = [t.text for t in toks[: k + 1]]
        first = person_name_start(words, k)
        if first is None and one_person(words, k):
            first = k  # a first name alone
        if first is not None:
            if not any(t.tag in ("IN", "CC", "TO") for t in toks[max(0, first - 6) : first]) and (first == 0 or toks[first - 1].text != ","):
                return toks[k], wanted, f"\"{toks[j].text}\" stands for \"{toks[k].text}\", one person"
            return None
    if pronoun == "who" and not singular_verb and comma:
        # "Harry Bond, 30, of Raleigh, N.C., who were": a person given with an age
        aged = _aged_person(toks, k)
        if aged is not None:
            return toks[aged], wanted, f"\"{toks[j].text}\" stands for \"{toks[aged].text}\", one person"
    if k < 0 or toks[k].tag not in ("NN", "NNS"):
        return None
    word = toks[k].text.lower()
    start = np_start(toks, k)
    if start >= 1 and toks[start - 1].tag == "DT" and toks[start - 1].text.lower() in _DEMONSTRATIVES:
        start -= 1  # "traditions for that office which": the phrase opens at "that"
    if any(t.text.lower() in _CONJUNCTIONS for t in toks[start:k]):
        return None
    if word == "people" and pronoun != "which" and singular_verb and toks[k].tag == "NNS" and not one_people([t.text for t in toks[start:k]]):
        # "people who lives": persons, plural (not "a people who", "the Jewish people, who":
        # a nation, which may take a singular verb)
        return toks[k], wanted, f"\"{toks[j].text}\" stands for \"{toks[k].text}\", which is plural"
    # "an organism which maintain", "an organization that want": a group named as a unit,
    # with "which" or "that" for a thing (not "who" for its members) and a plural verb, which
    # American usage does not give it and British may (as the subject rules read it: info)
    unit = (
        word in collectives()
        and unit_collective(word)
        and pronoun != "who"
        and not singular_verb
        and not comma
        and toks[k].text.islower()
    )
    if word in collectives() and not unit or toks[k].text[:1].isupper() and not opening_common_noun(toks, k):
        return None  # (but "Children who gets": the capital opens the sentence)
    if any(t.text[:1].isupper() for t in toks[start:k] if t.tag.startswith("NNP")) and toks[k - 1].tag != "JJ":
        return None  # a name may be the head ("the Abbey Road Studios, which"), not "New York primary voters who"
    if word in QUANTITY_HEADS or comma and pronoun == "that":
        return None  # "48 percent who have"; "For three years, that has": no relative
    if pronoun == "who" and not may_name_people(word):
        return None  # "the only runners still in the contest who are": not the contest
    if toks[v].text.lower() in collectives() and not unit_collective(toks[v].text.lower()):
        return None  # "any person who police reasonably suspect": a noun of many, the clause's subject
    if pronoun == "that" and start >= 1 and _tells(toks[start - 1].text.lower()):
        return None  # "he told voters that is why": "that" opens what was told
    number = noun_number(word, toks[k].tag)
    if number is None and toks[k].tag == "NN" and toks[start].text.lower() in SINGLE_DETERMINERS:
        number = "s"  # "a large electric current that flow": a noun the count table lacks, counted one
    if number is None and toks[k].tag == "NNS" and plural_head_singular(word):
        number = "p"  # "abdomens": a plural the count-noun table lacks
    if number == "s" and not singular_verb and toks[k].tag == "NN":
        # ("people who tell": the tagger's NNS says the noun is used as a plural)
        why = f"\"{toks[j].text}\" stands for \"{toks[k].text}\", which " + (
            "takes a singular verb in American usage" if unit else "is singular"
        )
    elif (
        number == "p"
        and singular_verb
        and not (comma and pronoun == "which")
        and toks[k].tag == "NNS"
        and (toks[k].text.islower() or opening_common_noun(toks, k))
        and word not in headword_s()
        and plural_head_singular(word)
    ):
        why = f"\"{toks[j].text}\" stands for \"{toks[k].text}\", which is plural"
    else:
        return None
    if start >= 3 and toks[start - 1].tag == "VB" and toks[start - 2].text.lower() == "to" and "n" in lx.tags(toks[start - 1].text.lower()):
        start -= 1  # "access to assault weapons that": a noun the tagger read as a verb after "to"
    start = _joined_start(toks, start, number, singular_verb, comma)
    if start is None:
        return None
    if start >= 1 and toks[start - 1].text.lower() in COPULAS and not _subject_agrees(toks, start - 1, number, pronoun):
        return None  # "such arguments are a view that belong": the subject may be meant
    while start >= 3 and toks[start - 1].tag == "RB" and toks[start - 2].tag in ("IN", "TO"):
        start -= 1  # "of genetically identical copies that": the adverb is the phrase's
    if start >= 2 and toks[start - 1].tag in ("IN", "TO"):
        if not _phrase_agrees(toks, start, number, pronoun, comma):
            return None
        if pronoun != "who":
            # "a genus of flowering plants that includes", "the face of the wall which
            # extend": "which" or "that" after a phrase may stand for a thing further back
            # that the words do not show; on Wikipedia text about half of these were right
            return toks[k], wanted, why, "info"
    return (toks[k], wanted, why, "info") if unit else (toks[k], wanted, why)


def _aged_person(toks, k: int) -> int | None:
    """The last word of a person's full name given with an age, when the words back from ``k``
    (the word before a comma and "who") are the age and asides after that name: "Harry Bond,
    30, of Raleigh, N.C., who", "Diana Ruocco, 21, a student from Daytona Beach, Fla., who".
    None when a conjunction or a verb stands between (two people, or a clause)."""
    for m in range(k, max(2, k - 14), -1):
        t = toks[m]
        if t.text.lower() in _CONJUNCTIONS or t.tag.startswith("VB") or t.tag in ("MD", "WDT", "WP"):
            return None
        if t.tag == "CD" and toks[m - 1].text == "," and toks[m + 1].text == "," and t.text.isdigit() and int(t.text) < 120:
            name = m - 2
            words = [tk.text for tk in toks[: name + 1]]
            first = person_name_start(words, name)
            if first is None or not all(tk.tag == "NNP" for tk in toks[first : name + 1]):
                return None
            if any(tk.text.lower() in _CONJUNCTIONS for tk in toks[max(0, first - 3) : first]):
                return None  # "Tom Reed and Ana Lopez, 30, who"
            return name
    return None


def _joined_start(toks, start: int, number: str, singular_verb: bool, comma: bool) -> int | None:
    """Where the phrase that "who", "which" or "that" may stand for begins, when the noun
    phrase at ``start`` is the last of two joined by "and" or "or" ("owners and investors
    who"), or None when the verb may agree with the whole ("the mayor and his aides who
    are", "water or chloroform, which contain"). A conjunction that opens the sentence joins
    nothing here."""
    if start < 1 or toks[start - 1].text.lower() not in _CONJUNCTIONS:
        return start
    if start == 1 or toks[start - 2].text in _SENTENCE_MARKS:
        return start  # "And lawmakers who is": the conjunction opens the sentence
    either = toks[start - 1].text.lower() in ("or", "nor") and not comma
    if not either and not (singular_verb and number == "p"):
        return None  # "the mayor and the aide who are": the two together may be meant
    if toks[start - 2].text == ",":
        return None  # "greed, hatred, and delusion that": a list, whose start is unsure
    if toks[start - 2].tag not in ("NN", "NNS"):
        return None
    return np_start(toks, start - 2)


def _subject_agrees(toks, copula: int, number: str, pronoun: str) -> bool:
    """The subject before the "is" or "are" at ``copula`` has ``number`` too, or is "there",
    or (after "who") cannot name a person: it cannot be what the relative stands for. A
    copula that shows a number shows its subject's ("Reed is an author who", "they are
    players who"), whatever the subject is: a name, a title, a clause."""
    if _COPULA_NUMBER.get(toks[copula].text.lower()) == number:
        return True
    m = copula - 1
    while m >= 0 and (toks[m].tag in ("RB", "MD") or toks[m].text.lower() in ("have", "has", "had", "been")):
        m -= 1  # "she would be a leader who", "it has been a year that"
    if m < 0:
        return False
    subject = toks[m]
    said = subject.text.lower()
    if subject.tag == "EX":
        return True
    if subject.tag == "DT" and said in _DEMONSTRATIVES:
        return ("s" if said in ("this", "that") else "p") == number  # "this is the event that"
    if subject.tag == "PRP":
        # "it" of a cleft is no antecedent: "It is the students who was late" ("were")
        return said == "it" or PERSONAL.get(said) == number
    if subject.tag in ("NN", "NNS") and subject.text[1:].islower():
        if pronoun == "who" and not may_name_people(said):
            return True
        return noun_number(said, subject.tag) == number
    return False


def _phrase_agrees(toks, start: int, number: str, pronoun: str, comma: bool = False) -> bool:
    """No noun before the prepositional phrase that ends in the noun at ``start`` can be
    what the relative stands for with the other number: "one of the players who is", "the
    leader of the rebels, who says", "the claims Clinton made during the hearing that have"
    may each mean the noun (or name, number, pronoun) before the phrase. After a comma, a
    phrase that opens after another comma is an aside, and the noun before it may be meant
    ("crevasses, often invisible under snow, which cause")."""
    for m in range(start - 2, max(-1, start - 8), -1):
        t = toks[m]
        said = t.text.lower()
        if t.text == "," and comma:
            return False
        if t.text in CLAUSE_BOUNDARY_MARKS or t.tag in ("WDT", "WP", "CC", "MD") or said in ("that", "who"):
            return True
        if t.tag in ("VBG", "VBN") and m >= 1 and toks[m - 1].tag in ("NN", "NNS") and toks[m - 1].text[1:].islower():
            # "a symbol identifying temples on maps that", "cakes baked with flour that are":
            # the participle describes the noun before it, which may be meant, as may a noun
            # before that
            if noun_number(toks[m - 1].text.lower(), toks[m - 1].tag) != number:
                return False
            if t.tag == "VBG":
                continue
            # a past may also close a clause on that noun ("claims the mayor made"): read on
        if said in COPULAS and m >= 1 and toks[m + 1].tag in ("DT", "NN", "NNS"):
            # "Isolations are a quality of movement that were": the subject of a copula with a
            # noun after it may be meant
            return _subject_agrees(toks, m, number, pronoun)
        if t.tag.startswith("VB"):
            # the phrase belongs to this verb; its subject is no antecedent unless the
            # verb closes a clause on a noun before it ("the claims Clinton made")
            if m >= 2 and toks[m - 1].tag in ("NN", "NNS", "NNP", "NNPS", "PRP"):
                for owner in toks[max(0, m - 4) : m - 1]:
                    if owner.tag not in ("NN", "NNS", "VBZ"):
                        continue  # "Polls show that Clinton is weakest among voters who": no noun
                    # (a noun the tagger may read as a verb: "probe claims/VBZ Clinton made")
                    tag = owner.tag if owner.tag in ("NN", "NNS") else "NNS"
                    found = noun_number(owner.text.lower(), tag) if owner.text[1:].islower() or len(owner.text) == 1 else None
                    if found is not None and found != number:
                        return False
            return True
        if said in _COUNTING and m + 1 < len(toks) and toks[m + 1].text.lower() == "of":
            continue  # "half of the respondents who": the count is theirs
        if t.tag == "CD" and toks[m + 1].text.lower() in _COUNTING:
            continue  # "50 % of the employees who": the number counts them too
        if pronoun == "who" and t.tag in ("NN", "NNS") and t.text[1:].islower() and not may_name_people(said):
            continue  # "a dalliance with contenders who": no person
        if t.tag == "DT" and m + 1 < len(toks) and toks[m + 1].tag in ("NN", "NNS", "JJ", "JJR", "JJS", "CD"):
            continue  # "no conversations with supporters who": a determiner, its noun already read
        if t.tag == "PRP" and m >= 1 and toks[m - 1].tag.startswith("VB") and said in _OBJECT_PRONOUNS:
            return True  # "had shown it to friends who": the phrase belongs to the verb
        if (
            t.tag in ("NN", "NNS", "NNP", "NNPS", "PRP", "CD") or t.tag == "DT" and said not in ("the", "a", "an")
        ) and noun_number(said, t.tag) != number:
            return False  # ("those in the art trade who are")
    return True


def _tells(word: str) -> bool:
    return any(word.endswith(end) and word[: len(word) - len(end)] in _TELLING for end in ("", "s", "ed", "d", "ing", "n"))
