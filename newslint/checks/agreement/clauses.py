"""Agreement in two clause shapes (G203): "there is many reasons" and two verbs sharing
a subject, "needles move energy and releases endorphins".
"""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...english import COPULAS
from ..verbs import bases, headword_s, is_third, mostly_noun, mostly_verb, pasts, third_base
from .nouns import (
    MANY_AFTER_A,
    SINGLE_DETERMINERS,
    collectives,
    counted_plural,
    mass_noun,
    may_be_singular,
    noun_number,
    unit_collective,
    word_set,
)
from .pronouns import INDEFINITE_PRONOUNS
from .subject import (
    NP_TAGS,
    OF_HEADS,
    PERSONAL,
    PLURAL_VERBS,
    QUANTITY_HEADS,
    SINGULAR_VERBS,
    VERB_TAGS,
    clause_starts_at,
    find_subject,
    lexical_verb,
    np_start,
    past_approximation,
    plural_head_singular,
    third_of,
)

PLURAL_SUBJECT_PRONOUNS = word_set("they we i you")
SINGULAR_SUBJECT_PRONOUNS = word_set("he she it")
# Tags that end the search for the first of two verbs joined by "and".
_OBJECT_TAGS = {"DT", "PRP$", "PRP", "CD", "NNS"}
_CLAUSE_TAGS = {"WDT", "WP", "WRB", "MD", "TO", "CC", ",", ":", "-LRB-", "-RRB-", "``", "''"}
# Words that open a clause inside a sentence, and the tags of a finite verb before them.
_SUBORDINATORS = word_set("when whenever if while because although though since as after before unless until whereas once")
FINITE_TAGS = frozenset(("VBZ", "VBP", "VBD", "MD"))


def coordinated_disagreement(toks, v: int):
    """"Needles move energy and releases it", "He visits the site and inspect it": the second
    of two present-tense verbs joined by "and" in the other form from the first, which agrees
    with its subject (a plural noun or a pronoun just before it). Only a plain "and" with an
    object between (no comma, no clause of its own: "they say the man who sings and dances")."""
    verb = toks[v].text.lower()
    after = toks[v + 1].tag if v + 1 < len(toks) else ""
    if is_third(verb) and (toks[v].tag == "VBZ" or toks[v].tag == "NNS" and after in _OBJECT_TAGS):
        # (the tagger may read "and releases endorphins" as a noun: an object after it says not)
        wanted, first_tag = third_base(verb), "VBP"
    elif toks[v].tag in ("VB", "VBP") and lx.tags(verb) == "v" and verb in bases() and verb not in pasts():
        wanted, first_tag = third_of(verb), "VBZ"
    else:
        return None
    if not wanted:
        return None
    f = v - 2
    while f >= 0 and not toks[f].tag.startswith("VB"):
        if toks[f].tag in _CLAUSE_TAGS or toks[f].text.lower() in ("that", "and", "or", "but"):
            return None
        f -= 1
    if f < 1 or toks[f].tag != first_tag or f == v - 2:
        return None  # "they rise and falls" without an object may be a list of nouns
    first = toks[f].text.lower()
    if first_tag == "VBP" and (first not in bases() or first in ("are", "have", "do")):
        return None
    if mostly_noun(first if first_tag == "VBP" else third_base(first) or first):
        return None  # "the unit records speed violations and gives": "speed" is mostly a noun (WordNet)
    if first_tag == "VBZ" and not is_third(first):
        return None
    subject = toks[f - 1]
    word = subject.text.lower()
    if first_tag == "VBP":
        agrees = word in PLURAL_SUBJECT_PRONOUNS or subject.tag == "NNS" and noun_number(word, "NNS") == "p"
    else:
        agrees = word in SINGULAR_SUBJECT_PRONOUNS or subject.tag == "NN" and noun_number(word, "NN") == "s"
    if not agrees or not subject.text[1:].islower():
        return None
    start = f - 1 if subject.tag == "PRP" else np_start(toks, f - 1)
    if not clause_starts_at(toks, start):
        return None
    if start >= 2 and toks[start - 1].text.lower() in _SUBORDINATORS and any(t.tag in FINITE_TAGS for t in toks[: start - 1]):
        # "the speaker mutes music when listeners answer a call and offers ...": the second verb
        # may go on the clause before "when"
        return None
    return toks[v], lx.recase(wanted, toks[v].text), f"\"{toks[f - 1].text} {toks[f].text}\" and \"{toks[v].text}\" share a subject"


def existential_disagreement(toks, v: int):
    """"There is many reasons", "there are a reason": the verb after "there" agrees with the
    noun phrase after it ("there has been many", "there is two schools"). Not quantities
    ("there is a lot of", "there are a number of"), amounts ("there is 20 minutes left"), or
    a singular noun joined to another ("there are a car and a van")."""
    verb = toks[v].text.lower()
    if verb in ("'s", "’s"):
        verb = "is"
    if verb in SINGULAR_VERBS:
        singular_verb, wanted = True, SINGULAR_VERBS[verb]
    elif verb in PLURAL_VERBS:
        singular_verb, wanted = False, PLURAL_VERBS[verb]
    elif toks[v].tag in ("VBZ", "VBP") and presentational(verb):
        # "there exists desktop boards", "there remain a question": a verb that presents
        # the noun after it agrees with it as "be" does
        singular_verb = is_third(verb)
        wanted = third_base(verb) if singular_verb else third_of(verb)
        if not wanted:
            return None
    else:
        return None
    if verb in VERB_TAGS and toks[v].tag not in (VERB_TAGS[verb], "VBZ" if singular_verb else "VBP"):
        return None
    if v >= 2 and toks[v - 2].tag in ("NN", "NNS", "NNP", "NNPS", "PRP") and not clause_starts_at(toks, v - 1):
        return None  # "the people there are kind": "there" is a place
    if v >= 2 and toks[v - 2].text.lower() in ("than", "as"):
        return None  # "fewer than there were a decade ago": the subject is left out
    k = v + 1
    been = k
    while been < len(toks) and toks[been].tag == "RB" and been < v + 3:
        been += 1  # "there has also been", "there has thus far been"
    if verb in ("has", "have") and been < len(toks) and toks[been].text.lower() == "been":
        k = been + 1  # "there has been many"
    while k < len(toks) and toks[k].tag == "RB" and k < v + 3:
        k += 1  # "there are still", "there is also"
    if k >= len(toks):
        return None
    if singular_verb:
        after = past_approximation([t.text.lower() for t in toks], k)
        if after < len(toks) and toks[after].tag == "CD":
            k = after  # "there is over 300 clubs", "there was more than 25,000 signatures"
    first = toks[k].text.lower()
    if toks[k].tag == "CD" and singular_verb:
        return _counted_after_there(toks, k, lx.recase(wanted, toks[v].text))  # "there is two schools"
    # "some" and "any" go on: their noun decides ("there is some money", "there is some
    # issues", "there is not any seats", "there are some information"; not "there is some 20
    # miles"); so does "one" before a plural verb ("there are one school")
    determiner_goes_on = first in ("some", "any") and k + 1 < len(toks) and toks[k + 1].tag != "CD"
    one_thing = first == "one" and not singular_verb and k + 1 < len(toks) and toks[k + 1].tag in ("JJ", "NN")
    if (first in QUANTITY_HEADS or toks[k].tag == "CD" or first in INDEFINITE_PRONOUNS) and not (determiner_goes_on or one_thing):
        # (and "there was nothing ahead save details": "nothing" is the subject)
        return None
    if first == "no" and k + 1 < len(toks) and toks[k + 1].text.lower() == "doubt":
        return None  # "there are no doubt many reasons": an aside
    a_few = first == "a" and k + 1 < len(toks) and toks[k + 1].text.lower() == "few"
    m = k
    while m < len(toks) and (
        toks[m].tag in NP_TAGS and toks[m].tag not in ("CD", "POS")
        or m == k and (one_thing or _describing_participle(toks, m))
        or _describing_adverb(toks, m, k)
    ):
        if m > k and toks[m].tag in ("DT", "PDT", "PRP$"):
            break  # "no evidence those links were": a second phrase begins
        if m > k and toks[m].tag in ("NNP", "NNPS") and toks[m - 1].tag in ("NN", "NNS") and toks[m - 1].text.islower():
            break  # "there were no reason Trump would": a name after a common noun opens a clause
        if m > k and toks[m].tag in ("VBN", "VBG") and toks[m - 1].tag in ("NN", "NNS"):
            break  # "there is elementary schools located in": a participle after the noun
        if m > k and toks[m].tag in ("JJ", "JJR", "JJS") and toks[m - 1].tag in ("NN", "NNS") and not (
            m + 1 < len(toks) and toks[m + 1].tag in ("NN", "NNS", "JJ", "HYPH")
        ):
            break  # "there is not any seats left": an adjective after the noun (not "world famous chefs")
        m += 1
    head = m - 1
    if head < k or toks[head].tag not in ("NN", "NNS") or not toks[head].text.islower():
        return None
    word = toks[head].text.lower()
    phrase = toks[k : head + 1]
    after = toks[m].text.lower() if m < len(toks) else ""
    if any(t.text.lower() in QUANTITY_HEADS | OF_HEADS for t in phrase[1:]):
        return None  # "there is a host of", "there are a couple"
    if after == "ago":
        return None  # "there were a year ago"
    if after == "of" and word in collectives():
        return None  # "there were a group of protesters"
    number = noun_number(word, toks[head].tag)
    if number is None and first in SINGLE_DETERMINERS and toks[head].tag == "NN" and not word.endswith("ing"):
        number = "s"  # "there were a strong current of opinion": a noun the count table lacks, counted one
    if number is None and first in _MANY_FIRST and toks[head].tag == "NNS":
        number = "p"  # "there was several people": counted, a collective is many
    if number is None and first in ("more", "fewer") and toks[head].tag == "NNS" and word.endswith("s") and lx.is_plural_noun(word):
        number = "p"  # "there was more pubs than churches": a plural the noun tables lack, compared
    if singular_verb and number == "p" and toks[head].tag == "NNS" and (first not in SINGLE_DETERMINERS or a_few):
        # ("there is a few routes": "a few" counts more than one)
        if may_be_singular(word) or word in collectives() and first not in _MANY_FIRST and not counted_plural(word):
            return None  # ("there was several people": counted, a collective is many; but
            # "there was only men": the plural of a count noun, whatever group WordNet names)
        why = f"\"{toks[head].text}\" is plural"
    elif not singular_verb and number == "s" and toks[head].tag == "NN" and _one_thing_after_there(first, word, phrase):
        if any(t.text.lower() in MANY_AFTER_A for t in phrase) or after in ("and", "or", "&", ",", "nor", "/") or word in collectives():
            return None  # "there are a car and a van"
        if _joined_later(toks, m):
            return None  # "there are also a museum on local crafts, two trails and a campsite"
        why = f"\"{toks[head].text}\" is singular"
    else:
        return None
    return toks[head], lx.recase(wanted, toks[v].text), why


def _describing_participle(toks, m: int) -> bool:
    """A word in "-ing" opening the phrase before its noun: "there was conflicting theories"."""
    return toks[m].tag == "VBG" and m + 1 < len(toks) and toks[m + 1].tag in ("NN", "NNS")


# Verbs that present the noun after "there" as "be" does ("there exists a rule", "there
# remain two issues"); not "seem" or "appear", whose noun comes after "to be".
_PRESENTATIONAL = word_set("exist remain follow arise emerge lie stand come live occur")


def presentational(verb: str) -> bool:
    """A present form of a verb that "there" may open a clause with, its subject after it:
    "exists", "remain", "follows"."""
    return verb in _PRESENTATIONAL or is_third(verb) and third_base(verb) in _PRESENTATIONAL


# Words before a singular noun after "there are" that leave it one thing (a count noun or a
# mass noun): "there are a reason", "there are no evidence", "there are no stone building".
_ONE_THING_FIRST = word_set("a an one another every each no")
# Words before a mass noun that leave it a mass: "there are some information".
_MASS_FIRST = word_set("some any")


# Words that open a noun phrase of more than one: "there was several people".
_MANY_FIRST = word_set("several many few various numerous these those both")


def _one_thing_after_there(first: str, word: str, phrase) -> bool:
    """Whether the noun phrase after a plural "there are" names one thing or a mass: a
    singular count or mass noun after "a", "one", "every" or "no" ("there are no reason for"), or
    a mass noun (no plural in use) with no determiner or after "some" or "little" ("there are
    new equipment", "there are some information"), which a plural verb does not fit."""
    if first in _ONE_THING_FIRST:
        return True
    if first in ("little", "much"):
        return True  # "there are very little praise": the noun is read as a mass
    if all(t.tag in ("JJ", "HYPH", "VBN", "RB") for t in phrase[:-1]) and phrase[-1].tag == "NN":
        return True  # "there were intense domestic pressure": a singular with describing words alone
    if not mass_noun(word):
        return False
    return first in _MASS_FIRST or all(t.tag in ("JJ", "NN", "HYPH", "VBN", "RB") for t in phrase)


_CLAUSE_OPENERS = _SUBORDINATORS | word_set("so but yet which who that")


def _joined_later(toks, m: int) -> bool:
    """An "and" or "or" after the noun phrase that ends before ``m``, before the clause's
    next verb or its end: the noun may be the first of several joined ("there are no
    museum on the island, nor any trails")."""
    for t in toks[m:]:
        if t.tag.startswith("VB") or t.tag == "MD" or t.text in (";", ":", ".", "!", "?") or t.text.lower() in _CLAUSE_OPENERS:
            return False
        if t.text.lower() in ("and", "or", "nor", "&"):
            return True
    return False


def _describing_adverb(toks, m: int, k: int) -> bool:
    """An adverb inside the noun phrase after "there is", before the word it grades ("no
    locally chosen members", "no clearly marked paths")."""
    return m > k and toks[m].tag == "RB" and m + 1 < len(toks) and toks[m + 1].tag in ("JJ", "VBN")


# Plural units after a number that may take a singular verb as one amount: "there is 20
# minutes left", "there was $5m", "there is 30 percent".
MEASURES = word_set(
    """
    seconds minutes hours days nights weeks months years decades centuries miles kilometres
    kilometers metres meters feet inches yards acres hectares pounds dollars euros pence cents
    percent points degrees tons tonnes litres liters gallons grams kilograms kilos ounces
    """
)


def _counted_after_there(toks, k: int, wanted: str):
    """"There is two schools", "there was 150 million people": a number above one before a
    plural count noun after a singular "there is", which wants the plural. Not an amount
    ("there is 20 minutes left", "there is 10 percent of"), nor "one" or "1"."""
    if toks[k].text.lower() in ("one", "1", "0", "zero"):
        return None
    m = k
    while m < len(toks) and toks[m].tag == "CD":
        m += 1  # "150 million"
        if m + 1 < len(toks) and toks[m].text.lower() in ("to", "or") and toks[m + 1].tag == "CD":
            m += 1  # a range: "five to ten members", "two or three shops"
    while m < len(toks) and toks[m].tag in ("JJ", "VBN", "VBG", "NN", "HYPH") and m < k + 4:
        m += 1  # "two private schools", "nine rugby pitches", "two remaining copies"
    if m >= len(toks) or toks[m].tag != "NNS" or not toks[m].text.islower():
        return None
    word = toks[m].text.lower()
    if word in MEASURES or any(t.text.lower() in MEASURES for t in toks[k + 1 : m]):
        return None  # "20 minutes", "five percent"
    plural = noun_number(word, "NNS") == "p" or lx.is_plural_noun(word)
    # a noun whose plural is the word itself is plural straight after the number ("there is
    # 119 species"), not past words between ("there is 20 research means")
    same_plural = word in headword_s() and not lx.is_plural_noun(word)
    if same_plural and m > k + 1 + sum(t.tag == "CD" for t in toks[k + 1 : m]):
        return None
    if not same_plural and not plural and not (word in collectives() and not unit_collective(word)):
        return None  # (but "150 million people": a noun plural in meaning; "1,928 inhabitants")
    return toks[m], wanted, f"\"{toks[m].text}\" is plural"


# Tags that end the walk back from "and" to the verb before it: a relative, a bracket, a
# quote.
_WALK_STOPS = {"WDT", "WP", "WP$", "WRB", "EX", ":", "-LRB-", "-RRB-", "``", "''"}
# Words that open a clause between the two verbs, whose verb the tagger may have missed ("as
# the two pilots enter/NN the hangar and await"); not "since", "after", "before" or
# "until", which open a date as often ("open since 1958 and contain").
_OPENERS_BETWEEN = (_SUBORDINATORS - word_set("since after before until")) | word_set("whether")
# How far back from "and" the verb it joins the second one to may stand.
JOINED_REACH = 20


def _verb_number(tok, verb: bool = False) -> str | None:
    """"s" or "p" for a finite verb whose form tells its number ("has", "were", "makes",
    "consist"), None for one that does not ("went", "will"); ``verb``: the word is a verb
    there, though a noun too ("and increase the risk")."""
    word = tok.text.lower()
    if word in ("was", "were"):
        return None if tok.tag != "VBD" else "s" if word == "was" else "p"
    if word in VERB_TAGS:
        return None if _verb_tag(tok) != VERB_TAGS[word] else "s" if word in SINGULAR_VERBS else "p"
    tag = _verb_tag(tok)
    lexical = lexical_verb(word, "VBP" if verb and tag == "VB" else tag, after_who=verb)
    return None if lexical is None else "s" if lexical[0] else "p"


def _verb_tag(tok) -> str:
    """The tag of a verb after "and": a plain form the tagger reads as a noun or an
    infinitive is a present tense when the word is only ever a verb ("and consist/NN of"),
    and so is "have" or "do" read as an infinitive ("and also have/VB a garden")."""
    word = tok.text.lower()
    if tok.tag in ("NN", "VB") and lx.tags(word) == "v" or tok.tag == "VB" and word in ("have", "do"):
        return "VBP"  # (no infinitive: the walk back from "and" met no "to" and no plain verb)
    return tok.tag


def joined_verb_disagreement(toks, v: int, between=(), subject_finding=None):
    """"The plan was dropped in 2009 and are now revived", "The museum has been open since
    1958 and contain three galleries": a verb straight after "and" or "but" (adverbs
    aside), with no subject of its own, that shares the subject of the finite verb before it
    in the other number from that verb, where that verb agrees with the subject. The first
    verb's clause must be the sentence's main clause, opened by a plain subject (a common
    noun, not a collective one nor a quantity, or "he", "she", "it", "they", "we"), with
    no relative clause between the two verbs: "He says the men are tired and wants to go"
    and "the firm that has … and are" are left alone, and so is a plain form after an
    infinitive, which it may join ("the aim is to measure and improve")."""
    if v < 2 or toks[v - 1].text.lower() not in ("and", "but"):
        return None
    if any("r" not in lx.tags(word) for word in between):
        return None  # the words read as adverbs before the verb ("and stalls often spill") are not all adverbs
    # a word that is a noun too is a verb when the tagger reads it as one and its object
    # follows ("and increase the risk", "and free them"): no noun stands before those
    predicate = _after_predicate(toks, v)
    if predicate and toks[v].tag in ("NN", "NNS"):
        # ("are tall and smiles/NNS": after a predicate adjective it is a verb, whatever the tag)
        toks = [*toks[:v], toks[v]._replace(tag="VBZ" if is_third(toks[v].text.lower()) else "VBP"), *toks[v + 1 :]]
    verb = toks[v].tag in ("VB", "VBP", "VBZ") and (
        _object_follows(toks, v)
        or predicate
        or _bare_object_follows(toks, v)
        or _verb_complement_follows(toks, v)
        or toks[v].tag == "VB"
        and mostly_verb(toks[v].text.lower(), base=True)
        and _verb_phrase_follows(toks, v)
        # (not two plain forms joined, the first read as a noun: "helping a pilot find/NN and stay")
        and not (toks[v - 2].text.lower() in bases() and mostly_verb(toks[v - 2].text.lower(), base=True))
    )
    second = _verb_number(toks[v], verb)
    if second is None:
        return None
    word = toks[v].text.lower()
    plain = word in bases() or word in ("have", "do")
    if word not in VERB_TAGS and word not in ("was", "were") and (
        _verb_follows(toks, v)
        or not verb
        and (plain or {"n", "p"} & set(lx.tags(word)))
        and toks[v - 2].tag in ("NN", "NNS", "JJ")
        and not _after_predicate(toks, v)
    ):
        # "and stamps from Peru were": a noun read as a verb, the subject of one; "the
        # skill and resolve to", "a new roof and feel": a noun joined to a noun
        # (the word list lacks many nouns' senses: a plain form after a noun may be one)
        return None
    if plain and v >= 3 and toks[v - 3].text.lower() == "to":
        return None  # "to exhibits and memorialize": two infinitives, the first mistyped
    f = v - 2
    while f >= 0 and v - f <= JOINED_REACH and toks[f].tag not in FINITE_TAGS:
        if toks[f].tag in _WALK_STOPS or toks[f].text.lower() in _OPENERS_BETWEEN:
            return None
        if plain and toks[f].tag in ("VB", "TO"):
            return None  # "the aim is to measure and improve": a plain form joins an infinitive
        if toks[f].tag == "PRP" and toks[f].text.lower() in PERSONAL:
            return None  # a subject of its own between: "and they say it is … and are"
        if toks[f].tag == "IN" and toks[f].text.lower() == "that":
            return None  # "the view that the trend exists/NNS and is": a clause whose verb the tagger missed
        f -= 1
    if f < 1 or toks[f].tag not in FINITE_TAGS or toks[f - 1].tag == "TO":
        return None  # (not "to exhibits and memorialize": the first is an infinitive mistyped)
    first = _verb_number(toks[f], toks[f].tag in ("VBP", "VBZ") and (_object_follows(toks, f) or _bare_object_follows(toks, f)))
    # a past tense tells no number ("the hypotheses met with scepticism and was ignored"):
    # the subject they share does
    past = first is None and toks[f].tag == "VBD"
    if first == second and first is not None and not between:
        # both verbs in one number ("the fans does not give up and has made"): when the
        # subject rules find the first wrong, the second is wrong with it
        return None if subject_finding is None else _second_of_two_wrong(toks, f, v, verb, subject_finding)
    if first == second or first is None and not past:
        return None
    if past and any(
        t.tag == "CC" or t.text.lower() == "that" or t.tag in ("VBN", "VBD") and toks[m - 1].tag in ("NN", "NNS")
        for m, t in enumerate(toks[f + 1 : v - 1], f + 1)
    ):
        # with no number of its own the first verb cannot show that it has the subject: a
        # clause between ("but pockets of rebellion persisted/VBN, and were"; "required
        # that every reservation set/VBN up its courts, and appoint") may own the second
        return None
    s = f - 1
    while s > 0 and toks[s].tag == "RB" and toks[s].text.lower() not in ("not", "n't"):
        s -= 1  # "the hall has long been", "it also has"
    subject = toks[s]
    word = subject.text.lower()
    if subject.tag == "PRP":
        if past and PERSONAL.get(word) in ("s", "p"):
            first = PERSONAL[word]
        if PERSONAL.get(word) != first or first == second:
            return None  # not "I", "you"; nor "they has", which is the first verb's slip
        start = s
    else:
        found = find_subject(toks, f)
        if found is None:
            return None
        head, start, others = found
        noun = subject = toks[head]
        # a name whose first verb is singular ("Kanata misses him and embrace him") takes the
        # writer's own number; not a name that may be a plural ("the Daleks removes Skaro
        # and launch": the first verb is the slip)
        named = noun.tag == "NNP" and first == "s" and not past and not others and not noun.text.endswith("s")
        # so does a group ("the charity rehabilitates and find"): either number may be
        # right for it, but not both
        group = noun.tag == "NN" and noun.text.islower() and noun.text.lower() in collectives() and not past and not others
        if not named and not group:
            if noun.tag not in ("NN", "NNS") or noun.text.lower() in collectives() or noun.text.lower() in QUANTITY_HEADS:
                return None  # a name or a group may take either number ("Nintendo were"), a quantity its of-phrase's
            if past:
                if not noun.text.islower():
                    return None  # "Groves came fourth … and was": a name the tagger read as a plural
                first = _head_number(noun)
                if first is None or first == second:
                    return None
            if _head_number(noun) != first or any(_head_number(toks[o]) != first for o in others):
                return None
    if (
        not clause_starts_at(toks, start)
        or any(t.tag in FINITE_TAGS for t in toks[:start])
        or start >= 1 and (toks[start - 1].tag in ("IN", "WRB", "WDT") or toks[start - 1].text.lower() in _SUBORDINATORS)
    ):
        # the first verb's clause is not the sentence's main one ("officials check whether
        # the schools are safe and publishes a list")
        return None
    wanted = _other_form(toks[v], verb)
    if wanted is None:
        return None
    return (
        subject,
        lx.recase(wanted, toks[v].text),
        f"\"{subject.text}\" is {'singular' if first == 's' else 'plural'}"
        if past
        else f"\"{subject.text} … {toks[f].text}\" is {'singular' if first == 's' else 'plural'}",
    )


def _second_of_two_wrong(toks, f: int, v: int, verb: bool, subject_finding):
    """The verb at ``v``, joined by "and" or "but" to the finite verb at ``f`` in the same
    number, when the subject rules (``subject_finding``: verb index -> finding or None) find
    that one in the wrong number for its subject: the finding at ``f``, moved to ``v``."""
    found = subject_finding(f)
    if found is None or len(found) > 3:
        return None  # none, or only advice ("info"): a reading not sure enough to extend
    wanted = _other_form(toks[v], verb)
    if wanted is None:
        return None
    subject, _, why = found
    return subject, lx.recase(wanted, toks[v].text), why


# Words that open a verb's object straight after it, and never a noun's phrase after a noun.
_OBJECT_WORDS = word_set("the a an his her its their our my your him them it me us")


def _after_predicate(toks, v: int) -> bool:
    """The word at ``v`` follows "and" after a predicate adjective ("is old and laugh", "are
    tall and smiles") and ends its sentence or clause (an adverb aside): a noun joined to a
    predicate adjective has a phrase of its own ("were leaderless and witnesses to the
    fate"), so the word is a verb, unless it is an adjective too ("is sarcastic and often
    mean": two adjectives)."""
    if "a" in lx.tags(toks[v].text.lower()):
        return False
    k = v - 2
    while k >= 0 and toks[k].tag in ("JJ", "RB"):
        k -= 1
    return (
        k < v - 2
        and k >= 0
        and toks[k].text.lower() in COPULAS
        and (v + 1 >= len(toks) or toks[v + 1].tag in (".", ",", ":", "RB"))
    )


def _object_follows(toks, v: int) -> bool:
    """An object opens straight after the word at ``v``: an article, a possessive or an object
    pronoun ("and increase the risk", "and free them")."""
    return v + 1 < len(toks) and toks[v + 1].text.lower() in _OBJECT_WORDS and toks[v + 1].tag in ("DT", "PRP$", "PRP")


def _bare_object_follows(toks, v: int) -> bool:
    """The word at ``v`` is mostly a verb (WordNet's counts) and a plural noun or a number
    follows it, its object ("trains teachers and build schools")."""
    word = toks[v].text.lower()
    return v + 1 < len(toks) and toks[v + 1].tag in ("NNS", "CD") and mostly_verb(word, base=not is_third(word))


def _verb_phrase_follows(toks, v: int) -> bool:
    """What follows the word at ``v`` goes with a verb, not with a noun the word may describe:
    a determiner, a pronoun, a preposition, a particle, an adverb, a number, a name that
    describes no noun after it ("and befriend Jesse"), or adjectives before a plural noun
    ("and find new homes"; not "past and present Liverpool players", "the
    opening track and lead single", "tap shoes and show music")."""
    k = v + 1
    while k < len(toks) and toks[k].tag == "JJ":
        k += 1
    if k >= len(toks):
        return False
    if k > v + 1:
        return toks[k].tag == "NNS"
    if toks[k].tag == "NNP":
        while k < len(toks) and toks[k].tag == "NNP":
            k += 1
        return k == len(toks) or toks[k].tag not in ("NN", "NNS", "NNPS")  # "and give Riley the", not "present Liverpool players"
    return toks[k].tag in ("DT", "PRP$", "PRP", "IN", "TO", "RP", "RB", "CD", "NNS")


def _verb_complement_follows(toks, v: int) -> bool:
    """The word at ``v`` is mostly a verb (WordNet's counts) and what follows it belongs to a
    verb: an infinitive ("and try to emulate them") or a particle ("and use up the
    stock"); not after a singular noun, which a noun may be joined to ("the acumen and
    resolve to accomplish it")."""
    if v + 1 >= len(toks) or toks[v - 2].tag == "NN":
        return False
    after = toks[v + 1]
    complement = after.tag == "RP" or after.tag == "TO" and v + 2 < len(toks) and toks[v + 2].tag == "VB"
    word = toks[v].text.lower()
    return complement and mostly_verb(word, base=not is_third(word))


def _verb_follows(toks, v: int) -> bool:
    """A finite verb follows the word at ``v`` before a stop, a comma or a clause's opener."""
    for tok in toks[v + 1 : v + 8]:
        if tok.tag in FINITE_TAGS:
            return True
        if tok.tag in _WALK_STOPS or tok.tag in (",", ".", "CC") or tok.text.lower() == "that":
            return False
    return False


def _head_number(tok) -> str | None:
    """"s" or "p" for a subject's head noun; a plural the count-noun table lacks
    ("hypotheses", "abdomens") is read from the word list."""
    word = tok.text.lower()
    number = noun_number(word, tok.tag)
    if number is None and tok.tag == "NNS" and plural_head_singular(word):
        return "p"
    return number


def _other_form(tok, verb: bool = False) -> str | None:
    word = tok.text.lower()
    if word in SINGULAR_VERBS:
        return SINGULAR_VERBS[word]
    if word in PLURAL_VERBS:
        return PLURAL_VERBS[word]
    tag = _verb_tag(tok)
    lexical = lexical_verb(word, "VBP" if verb and tag == "VB" else tag, after_who=verb)
    return None if lexical is None else lexical[1]
