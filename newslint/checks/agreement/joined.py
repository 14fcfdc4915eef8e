"""Subjects joined by "and" (G203): "The mayor and the council is", "A fire, a flood and a
strike has": two or more things take a plural verb; and two plurals joined by "or" ("No banks
or lenders has").
"""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...english import POSSESSIVES
from ..verbs import headword_s, mostly_noun, pasts
from .clauses import MEASURES
from .nouns import animate_nouns, collectives, may_be_singular, noun_number, word_set
from .subject import COUNTED_BY_OF, NP_TAGS, QUANTITY_HEADS, SINGULAR_VERBS, clause_starts_at, lone_first_name, np_start, person_name_start, reported_clause_at

# Determiners after which "X and Y" is still one thing, or each thing on its own: "every man
# and woman is", "no food and water was", "either the mayor or".
_EACH = word_set("each every no either neither many")
# Conjunctions the tagger reads as prepositions (IN) that open only a clause, never a noun
# phrase: "Although the report and the appendix was" ("since", "after", "before" may be
# prepositions: "the state of the economy and the jobs market is").
_CLAUSE_ONLY = word_set("although though because whereas whilst while unless whether if")
# Openers of a noun phrase that name a thing of its own ("the council", "his wife", "two aides").
_OPENERS = {"DT", "PRP$", "CD"}


def joined_subject_disagreement(toks, v: int, start: int, wanted: str):
    """The singular verb at ``v`` after a subject of two or more noun phrases joined by
    "and" at the start of a clause: each opened by a determiner or plural ("the mayor and
    the council is", "a fire, a flood and two strikes has"), or two phrases the second of
    which has no determiner of its own ("layout and typography was", "their power and
    regional jurisdiction was") unless they may be one thing (``_may_be_one_thing``:
    "research and development is", "the chairman and chief executive is"). Names ("Marks
    and Spencer is"), "each"/"every" ("every man and woman is") and quantities are left
    alone. Returns (the first head, the verb wanted, why)."""
    if start < 2 or toks[start - 1].text.lower() != "and":
        return None
    if _person_and_own(toks, start, v):
        return toks[v - 1], wanted, "a subject joined by \"and\" is plural"
    plural = _plural_before_joined_of(toks, start, v)
    if plural is not None:
        return toks[plural], wanted, f"\"{toks[plural].text}\" is plural"
    phrases = [(start, v - 1)]
    end = start - 2
    heads = _NOUNS + _NAME_TAGS if _both_at(toks, start - 3) else _NOUNS
    while True:
        if end < 0 or toks[end].tag not in heads:
            return None
        first = np_start(toks, end)
        phrases.append((first, end))
        if first >= 2 and toks[first - 1].text == "," and toks[first - 2].tag in ("NN", "NNS"):
            end = first - 2  # "a fire, a flood and a strike"
            continue
        break
    if toks[first].text.lower() == "both" and first < end:
        first += 1  # "Both research and development": the tagger's determiner
        phrases[-1] = (first, end)
    both = first >= 1 and toks[first - 1].text.lower() == "both" and clause_starts_at(toks, first - 1)
    opening = clause_starts_at(toks, first) and not (
        first >= 1 and toks[first - 1].tag in ("IN", "TO") and toks[first - 1].text.lower() not in _CLAUSE_ONLY
    )
    if not both and not opening and not reported_clause_at(toks, first):
        return None  # "the state of the economy and the jobs market is": the head is "state"
    if both and phrases[-1][0] == phrases[-1][1] and toks[first].tag in _NOUNS and phrases[0][1] > phrases[0][0]:
        return None  # "both winter and summer climate is": two words describing one noun
    # "The XeTeX and LuaTeX systems allows": where the phrases are not all plain (names) or
    # may be one thing, a plain plural before the verb still makes the subject plural
    nearest = toks[phrases[0][1]]
    fallback = (nearest, wanted, f"\"{nearest.text}\" is plural") if _plain_plural(nearest) else None
    for begin, head in phrases:
        words = toks[begin : head + 1]
        if both:
            # "both the bridge and the tunnel", "both research and development", "both the
            # Freeway and Pacific Coast Highway": two things, whatever they are
            if toks[head].tag not in heads:
                return fallback
            continue
        if toks[head].tag not in ("NN", "NNS") or not all(t.text[1:].islower() or len(t.text) == 1 for t in words):
            return fallback  # (names, and anything but a plain noun phrase before the verb)
        if toks[begin].text.lower() in _EACH and toks[head].tag != "NNS" or toks[head].text.lower() in QUANTITY_HEADS:
            return fallback  # ("every man and woman is", "many a man and woman is"; not "many monuments")
        if noun_number(toks[head].text.lower(), toks[head].tag) is None:
            return fallback
        if toks[begin].tag not in _OPENERS and toks[head].tag != "NNS" and _may_be_one_thing(toks, phrases, start):
            return fallback  # "research and development is", "his father and namesake was": one thing
    head = toks[phrases[-1][1]]
    return head, wanted, "a subject joined by \"and\" is plural"


# Tags of a word after which a name is no subject opening its clause: a preposition's or an
# infinitive's object, or part of a possessive or a determined phrase.
_NOT_BEFORE_SUBJECT = ("IN", "TO", "POS", "DT")
# ... but for these, tagged as prepositions, which open a clause ("asks if Jesse and Lucy has").
CLAUSE_OPENING_IN = word_set("if because although though unless whereas while once whether that")


def _object_before(tok, tags=_NOT_BEFORE_SUBJECT) -> bool:
    """A word after which a name is an object or part of a phrase, not a clause's subject."""
    return tok.tag in tags and tok.text.lower() not in CLAUSE_OPENING_IN


def _person_and_own(toks, start: int, v: int) -> bool:
    """"John and his wife owns", "He and his family owns", "Massena and his battalion was":
    a name or a subject pronoun that opens the clause, "and", then a plain noun phrase opened
    by a possessive that stands for the first ("his wife"): two, whatever each is. Not a
    capitalised noun after the possessive, a band's name ("Bill Haley and his Comets")."""
    if toks[start].text.lower() not in POSSESSIVES:
        return False
    if not all(t.tag in NP_TAGS and t.text[1:].islower() for t in toks[start + 1 : v]) or toks[v - 1].tag not in _NOUNS:
        return False
    if toks[start - 2].text.lower() in _SUBJECT_PRONOUNS and toks[start - 2].tag == "PRP":
        return clause_starts_at(toks, start - 2)
    first = _name_before(toks, start - 2, shortest=1)
    if first is None:
        return False
    return clause_starts_at(toks, first) and not (first >= 1 and _object_before(toks[first - 1]))


def _plural_before_joined_of(toks, start: int, v: int) -> int | None:
    """"The definitions of obscenity and pornography has", "sweet pastries of phyllo dough and
    coffee was": a plain plural that opens the clause, then "of" and the phrase that "and"
    closes. Whether "and" joins inside the of-phrase or joins a second subject, the subject
    is plural. Not a count or an amount ("the rest of", "two years of war and famine")."""
    end = start - 2
    if toks[end].tag not in _NOUN_TAGS or "n" in lx.tags(toks[v].text.lower()) and toks[v].text.lower() not in SINGULAR_VERBS:
        return None  # (not "the sales of tape rose and DHS was", "reports of X and Y abuses")
    closing = toks[end].text.lower()
    if closing in pasts() or "v" in lx.tags(closing) and not mostly_noun(closing):
        return None  # a verb the tagger may have read as a noun: "the sales of tape rose and"
    first = end
    while first >= 0 and toks[first].tag in NP_TAGS and end - first < 5:
        first -= 1
    if first == end or first < 1 or toks[first].text.lower() != "of":
        return None
    head = first - 1
    tok = toks[head]
    word = tok.text.lower()
    if not (tok.tag == "NNS" and tok.text.isalpha() and tok.text[1:].islower() and noun_number(word, "NNS") == "p"):
        return None
    if word in headword_s() or may_be_singular(word) or word in MEASURES or word in QUANTITY_HEADS or word in COUNTED_BY_OF:
        return None
    opening = np_start(toks, head)
    if any(t.tag == "CD" for t in toks[opening:head]) or not clause_starts_at(toks, opening):
        return None
    if opening >= 1 and toks[opening - 1].tag in ("IN", "TO"):
        return None
    return head


def joined_plurals_disagreement(toks, start: int, head: int, wanted: str):
    """"The forests and steppes of the Urals is": two plain plurals joined by "and" where the
    clause opens, the second with a phrase after it, before a singular verb. Whichever noun
    the phrase belongs to, the subject is plural."""
    end = start - 2
    if any(t.tag not in NP_TAGS for t in toks[start:head]) or end < 0 or not (_plain_plural(toks[head]) and _plain_plural(toks[end])):
        return None
    first = np_start(toks, end)
    if not clause_starts_at(toks, first) or any(t.tag not in NP_TAGS for t in toks[first:end]):
        return None
    return toks[end], wanted, f"\"{toks[end].text} and {toks[head].text}\" are plural"


def or_subject_disagreement(toks, start: int, head: int, wanted: str):
    """"No banks or financial institutions has": two plain plurals joined by "or" or "nor" at
    the start of a clause take a plural verb, whichever is nearer. A singular and then a
    plural take one too when "either" or "neither" opens the pair ("Neither the mayor nor
    the council members was"): the nearer is plural, and so is the sense. A plural and then
    a singular are left alone ("Neither the players nor the coach were"): usage splits on
    them, between the nearer noun and the sense."""
    end = start - 2
    if end < 0 or not _plain_plural(toks[head]):
        return None
    first = np_start(toks, end)
    paired = first >= 1 and toks[first - 1].text.lower() in ("either", "neither")
    both_plural = _plain_plural(toks[end])
    if not both_plural and not (paired and toks[end].tag in _NOUNS):
        return None
    if paired:
        first -= 1
    if not clause_starts_at(toks, first):
        return None
    if any(t.tag not in NP_TAGS for t in toks[first + 1 : end]):
        return None
    if both_plural:
        return toks[head], wanted, f"\"{toks[end].text} or {toks[head].text}\" are both plural"
    return toks[head], wanted, f"\"{toks[head].text}\", the nearer of the two, is plural"


def paired_singulars_disagreement(toks, start: int, head: int, wanted: str):
    """"Either the mayor or the governor are expected": two singular nouns joined by "or",
    with "either" opening the pair where a clause starts, take a singular verb (each is one
    thing, and so is the nearer). Not "neither ... nor", which usage lets take a plural ("Neither
    my father nor my mother were"): over the 17,636 lines of all 400 Wikipedia files,
    PolNeAR and the dev corpus with "either" or "neither" and "or" or "nor", "neither ...
    nor" so written 11 times, "either ... or" 3 ("either Good Friday or Easter Monday are")."""
    end = start - 2
    if end < 0 or not (_plain_singular(toks[head]) and _plain_singular(toks[end])):
        return None
    first = np_start(toks, end)
    if toks[start - 1].text.lower() != "or" or first < 1 or toks[first - 1].text.lower() != "either" or not clause_starts_at(toks, first - 1):
        return None
    if any(t.tag not in NP_TAGS for t in toks[first + 1 : end]):
        return None
    return toks[head], wanted, f"\"{toks[end].text}\" and \"{toks[head].text}\", paired by \"either … or\", are each singular"


def _plain_singular(tok) -> bool:
    """A singular common noun in lower case, or a name of one word, that names one thing
    (not a group: "the council", which may take a plural verb in British copy)."""
    word = tok.text.lower()
    if tok.tag == "NNP":
        return tok.text[:1].isupper() and word not in collectives()
    return tok.tag == "NN" and tok.text.islower() and noun_number(word, "NN") == "s" and word not in collectives()


def _plain_plural(tok) -> bool:
    word = tok.text.lower()
    return (
        tok.tag == "NNS"
        and tok.text.islower()
        and noun_number(word, "NNS") == "p"
        and word not in headword_s()
        and not may_be_singular(word)
    )


_NOUNS = ("NN", "NNS")
_NAME_TAGS = ("NNP", "NNPS")


def _both_at(toks, end: int) -> bool:
    """"both" opens its clause a few words before ``end`` (the first phrase's last word)."""
    for k in range(end, max(-1, end - 6), -1):
        if toks[k].text.lower() == "both":
            return clause_starts_at(toks, k)
        if toks[k].tag not in NP_TAGS and toks[k].tag not in _NAME_TAGS:
            return False
    return False


_SUBJECT_PRONOUNS = word_set("he she i you we they")


def _name_word(token) -> bool:
    """A word of a name: tagged as one and written with one capital ("Franzke", not "NATO")."""
    return token.tag in _NAME_TAGS and token.text[:1].isupper() and token.text[1:].islower()


def _name_before(toks, end: int, shortest: int = 2) -> int | None:
    """The first token of a person's or place's full name of ``shortest`` to three capitalised
    words ending at ``end`` ("Scott Franzke", "Anette Olzon"), or None."""
    k = end
    while k >= 0 and end - k < 3 and _name_word(toks[k]):
        k -= 1
    return k + 1 if end - k >= shortest else None


def joined_names_disagreement(toks, v: int, wanted: str):
    """"Scott Franzke and Jim Jackson provides", "he and Gattuso was": two full names, or a
    subject pronoun and a name, joined by "and" before a singular verb: two people (or
    places) take a plural one. Single-word names may be one firm or work ("Marks and
    Spencer is", "Romeo and Juliet is"), and are left alone."""
    pronoun_first = v >= 3 and toks[v - 1].tag in _NAME_TAGS and toks[v - 3].text.lower() in _SUBJECT_PRONOUNS
    if two_first_names(toks, v):
        return toks[v - 1], wanted, "two people joined by \"and\" take a plural verb"
    right = v - 1 if pronoun_first else _name_before(toks, v - 1)
    if right is None or right < 2 or toks[right - 1].text.lower() != "and":
        return None
    left = right - 2 if pronoun_first else _name_before(toks, right - 2)
    if (
        left is None
        and right >= 3
        and toks[right - 2].tag == "NNP"
        and _name_word(toks[right - 2])
        and person_name_start([t.text for t in toks[:v]], v - 1) == right
    ):
        left = right - 2  # "Rasmussen and Matt Dominguez was": a name, then a person's full name
    if left is not None and left >= 1 and toks[left - 1].tag in ("NN", "NNS") and toks[left - 1].text[:1].islower():
        opener = np_start(toks, left - 1)  # "players Tracy McGrady and Steve Nash has": a description first
    else:
        opener = left
    if left is None or not (clause_starts_at(toks, opener) or toks[opener - 1].tag == "CC"):
        return None
    if opener >= 1 and _object_before(toks[opener - 1], ("IN", "TO", "POS")):
        return None  # "a match between John Smith and Tom Jones is": the names are an object
    return toks[v - 1], wanted, "two people or places joined by \"and\" take a plural verb"


def _one_word_name(word: str) -> bool:
    """A capitalised word of letters, the rest in lower case ("Manny", "Jack")."""
    return word.isalpha() and word[:1].isupper() and word[1:].islower()


def _plain_first_name(word: str) -> bool:
    """A first name that is no English word as well ("Tony", "Mae"; not "Young", "Jack")."""
    return lone_first_name(word) and not lx.tags(word.lower())


def two_first_names(toks, v: int) -> bool:
    """"Rachel and Ross goes", "Jed and Matt realizes": two first names alone, joined by "and"
    where the clause opens, before a singular verb: two people. Not a pair the counts' text
    writes often, a work's title ("Romeo and Juliet tells"), nor "is" or "was" before an
    article, which describes a title ("Thelma and Louise is a film")."""
    from ..confusables.near_words import counts

    last = v - 1
    while last >= 0 and toks[last].tag == "RB":
        last -= 1  # "Rex and Gwen successfully creates"
    if last < 2 or toks[last - 1].text.lower() != "and":
        return False
    first, second = toks[last - 2], toks[last]
    if not (first.tag in ("NNP", "NN") and second.tag == "NNP" and _one_word_name(first.text) and _one_word_name(second.text)):
        return False
    if not (lone_first_name(first.text) and lone_first_name(second.text) or _plain_first_name(first.text) or _plain_first_name(second.text)):
        return False
    if not clause_starts_at(toks, last - 2) or last >= 3 and _object_before(toks[last - 3]):
        return False
    if toks[v].text.lower() in ("is", "was") and v + 1 < len(toks) and toks[v + 1].tag == "DT":
        return False
    return counts().count(first.text.lower(), "and", second.text.lower()) < SET_PAIR_SEEN


# A pair "X and Y" seen at least this often in the pair counts (``data/near_words.bin``, 78
# million words) is a set phrase that names one thing ("rock and roll", "drum and bass", "gin
# and tonic", "time and money"): chosen on the tune half of WikEd (20: 5,514 found; 5: 5,509;
# none: 5,519) and on clean copy (Wikipedia text_AD_wiki_80-99, the AA/AB/AC sample, the dev
# corpus), where it kept 17 findings out: "drum and bass is" (12), "a gin and tonic is" (3),
# "time and money is", "art and design was".
SET_PAIR_SEEN = 20
# Words opening a second description of the thing the first names ("the county seat and
# largest city is", "the owner and sole director was").
_SAME_THING = word_set("main principal chief only sole same")
_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")


def _may_be_one_thing(toks, phrases, start: int) -> bool:
    """Two noun phrases joined by "and", the second without a determiner of its own, that
    may name one thing: a set pair by the counts ("research and development"); two
    descriptions of one person ("his father and namesake was") or one thing ("the county
    seat and largest city is"); a noun that may describe the second phrase's head as well
    ("a netball and basketball stadium", "the wine and beer ban"); two adjectives before
    one noun ("Drier and hotter weather")."""
    from ..confusables.near_words import counts

    if len(phrases) != 2:
        return True  # (three or more without determiners: lists of describing words)
    (second_begin, second_head), (first_begin, first_head) = phrases
    first, second = toks[first_begin : first_head + 1], toks[second_begin : second_head + 1]
    if counts().count(toks[first_head].text.lower(), "and", toks[start].text.lower()) >= SET_PAIR_SEEN:
        return True
    people = animate_nouns()
    if toks[first_head].text.lower() in people and toks[second_head].text.lower() in people:
        return True
    if second[0].tag == "JJS" or second[0].text.lower() in _SAME_THING:
        return True
    if sum(t.tag in _NOUN_TAGS for t in first) == 1 and sum(t.tag in _NOUN_TAGS for t in second) >= 2:
        return True
    return len(first) == 1 and "a" in lx.tags(first[0].text.lower()) and second[0].tag in ("JJ", "JJR", "JJS")
