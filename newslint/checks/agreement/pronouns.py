"""Agreement with pronouns (G203): "they was", "he go", "they says", "everyone are".
"""

from __future__ import annotations

from functools import lru_cache

from ...analysis import lexicon as lx
from ...datafiles import data_words
from ..verbs import bases, is_third, mostly_noun, mostly_verb, pasts, third_base
from .nouns import counted_plural, word_set
from .subject import (
    OPENING_MARKS,
    PERSONAL,
    PLURAL_VERBS,
    SINGULAR_VERBS,
    SUBJUNCTIVE,
    VERB_TAGS,
    clause_starts_at,
    finite_verb_within,
    np_start,
    tags_with,
    third_of,
)


def pronoun_disagreement(toks, v: int, j: int, verb: str, wanted: str):
    pronoun = toks[j].text.lower()
    person = PERSONAL[pronoun]
    if not _pronoun_written(toks, j):
        return None  # "values w_i is", "[T]he police": no pronoun
    if j >= 1 and not opens_clause(toks, j) and not (
        toks[j].text.islower()
        and (
            pronoun in NOMINATIVE
            or pronoun in ("it", "you") and toks[j - 1].tag in NOT_BEFORE_OBJECTS
            or pronoun == "it" and toks[j - 1].text.lower() == "than"
            or pronoun == "it" and verb in ("are", "were", "am") and _said_it(toks, j)
        )
    ):
        # "let it be", "thank you was", "World War I is"; "he", "she", "we" and "they" are
        # never objects, so they are subjects wherever they stand ("in 2004 they was",
        # "after a few days they is"), and so are "it" and "you" after a noun or a number,
        # which no object follows ("since 2007 it have", "the firm's history it have"), and
        # "it" before "are", "were" or "am" after a finite verb, which it cannot be the
        # object of there ("claims it are"), and "it" after "than", a comparison's subject
        # before its verb ("lower than it were in 2008")
        return None
    if verb in ("have", "do") and (
        any(mandative(t.text.lower()) for t in toks[max(0, j - 6) : j]) or j >= 1 and toks[j - 1].text.lower() == "lest"
    ):
        return None  # "required that he have a licence", "lest he have to": the subjunctive
    if _after_auxiliary(toks, j):
        return None  # "would he have", "did they was": a question or an inversion
    if verb in ("are", "were", "have", "do") and pronoun != "it" and _second_of_two(toks, j):
        # "She and I are", "my wife and I are": two subjects joined, which take the plural.
        # (Not "it", which after "and" opens a clause of its own far more often: "the bridge
        # is a suspension bridge and it have"; nor the other way: "an unknown language and it
        # is", "took over as agent and he was" open a clause of their own.)
        return None
    window = [t.text.lower() for t in toks[max(0, j - 4) : j]]
    if verb == "were" and (person in ("s", "1") or pronoun == "i") and SUBJUNCTIVE & set(window):
        return None  # "if he were", "as it were", "I wish she were"
    bad = (
        person == "s" and verb in ("are", "were", "have", "do", "am")
        or person == "p" and verb in ("is", "was", "has", "does", "am")
        or person == "2" and verb in ("is", "was", "has", "does", "am")
        or person == "1" and verb in ("are", "is", "has", "does")
    )
    if not bad:
        return None
    if person == "1":
        wanted = {"are": "am", "is": "am", "has": "have", "does": "do"}[verb]
    elif verb == "am":
        wanted = "is" if person == "s" else "are"  # "he am", "they am"
    return toks[j], wanted, f"\"{toks[j].text}\" takes \"{wanted}\""


# Tags of a word that may close the first of two subjects joined by "and" ("she", "my wife",
# "Tom", "the two men").
_SUBJECT_ENDS = frozenset(("PRP", "NN", "NNS", "NNP", "NNPS"))


_FIRST_SUBJECT_TAGS = frozenset(("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS"))


def _second_of_two(toks, j: int) -> bool:
    """The pronoun at ``j`` follows "and" and a noun phrase or a pronoun that opens its clause:
    it is the second of two subjects ("She and I", "In 2004 my wife and I"), not the subject
    of a clause joined by "and" ("the meeting ended and they", "signed the bill and it")."""
    if j < 2 or toks[j - 1].text.lower() != "and" or toks[j - 2].tag not in _SUBJECT_ENDS:
        return False
    start = j - 2
    if toks[start].tag != "PRP":
        while start > 0 and toks[start - 1].tag in _FIRST_SUBJECT_TAGS:
            start -= 1
    return start == 0 or clause_starts_at(toks, start) or toks[start - 1].text == "," or toks[start - 1].text.lower() in _CLAUSE_OPENERS


def _pronoun_written(toks, j: int) -> bool:
    """The pronoun at ``j`` is written as one: "I" in capitals (a lower-case "i" is a letter or
    an index: "the values w i is"), and not the end of a word split by a bracket ("[T]he")."""
    if toks[j].text == "i":
        return False
    return not (j >= 1 and toks[j - 1].end == toks[j].start and (toks[j - 1].text in ("]", ")") or toks[j - 1].text[-1:].isalpha()))


# Words after which a subject pronoun opens a clause, though clause_starts_at does not say so
# for all of them ("since" and "after" may be prepositions): "found that he have", "until it
# reach", "where it operate".
_CLAUSE_OPENERS = word_set(
    "that where when whenever because since until till as if unless while whereas although though once before after which"
)


def opens_clause(toks, j: int) -> bool:
    """The pronoun at ``j`` opens a clause: at a clause's start, after "and" or "but", or
    after a word that opens a clause ("that", "where", "until"); or after a comma or an
    adverb, where no object stands ("with the EU, it still share", "dark skin, however it
    offer": a verb or a preposition stands before an object pronoun, "make it work")."""
    before = toks[j - 1]
    return (
        clause_starts_at(toks, j)
        or before.tag == "CC"
        or before.text.lower() in _CLAUSE_OPENERS
        or before.text == ","
        or before.tag == "RB" and before.text.lower() not in _NOT_OPENING_ADVERBS
    )


# Adverbs that may stand between a verb and its object pronoun, or negate it: "not it",
# "even it".
_NOT_OPENING_ADVERBS = word_set("not n't never even only just also too")


def _said_it(toks, j: int) -> bool:
    """"it" at ``j`` follows a finite verb ("claims it", "said it") that no relative pronoun
    opens a clause for: "the sculptures that adorned it were", "people who use it are" end a
    relative clause with "it", the object, and the verb after it is the main clause's."""
    return toks[j - 1].tag in ("VBZ", "VBP", "VBD") and not any(
        t.text.lower() in _RELATIVES for t in toks[max(0, j - 8) : j - 1]
    )


_RELATIVES = word_set("that which who whom whose what")


def _after_auxiliary(toks, j: int) -> bool:
    """The pronoun at ``j``, with the pronouns joined to it before ("he or she"), follows a
    modal, "to" or an auxiliary: "would he have", "should he or she win"."""
    while j >= 2 and toks[j - 1].tag == "CC" and toks[j - 2].text.lower() in PERSONAL:
        j -= 2
    return j >= 1 and (toks[j - 1].tag in ("MD", "TO") or toks[j - 1].text.lower() in _AUXILIARIES)


SINGULAR_PRONOUNS = word_set("he she it")
# Tags of a word that an object pronoun does not follow: a noun or a number.
NOT_BEFORE_OBJECTS = frozenset(("NN", "NNS", "NNP", "NNPS", "CD"))
# Subject pronouns that have an object form of their own: never an object themselves.
NOMINATIVE = word_set("he she we they")
_AUXILIARIES = word_set("do does did have has had is are was were be")
PLURAL_PRONOUNS = word_set("i we they")
# Pronouns that take the plain present form: the plural ones and "you" ("you gets": "get").
PLAIN_FORM_PRONOUNS = PLURAL_PRONOUNS | {"you"}
# Verbs that go bare after "he" as modals do ("he need not", "she dare not").
MODAL_VERBS = word_set("need dare")


def pronoun_verb_form(pronoun: str, word: str, adjective_too: bool = False, adverb_too: bool = False) -> str | None:
    """The present-tense form that ``pronoun`` wants when ``word`` is the other one: "he go"
    → "goes", "they says" → "say"; None when ``word`` is no such verb, or may be an adverb
    or adjective there ("he even", "she still") or a past as well ("he put"). With
    ``adjective_too`` a word that is an adjective as well is read as the verb ("He live in",
    "he like it", "if he suspect that"): no adjective stands straight after a subject
    pronoun, so the caller has the tagger's reading of a verb; an adverb may ("he even"). With
    ``adverb_too`` a word that is an adverb as well is read as the verb: the caller has the
    tagger's reading of something else than an adverb ("It also collect/JJ economic news")."""
    found = lx.tags(word)
    excluded = ({"a"} if not adjective_too else set()) | ({"r"} if not adverb_too else set())
    if "v" not in found or excluded & set(found) or "x" in found and word not in MODAL_VERBS:
        return None
    if pronoun in SINGULAR_PRONOUNS:
        if word in bases() and word not in pasts():
            return third_of(word)
    elif pronoun in PLAIN_FORM_PRONOUNS and is_third(word):
        return third_base(word)
    return None


@lru_cache(maxsize=1)
def _mandative_words() -> frozenset[str]:
    """Verbs after which a clause takes the plain verb (the subjunctive), "that" or no "that":
    "suggested she marry", "would prefer he stay", "insist he resign"."""
    return data_words("mandative_words.txt")


def mandative(word: str) -> bool:
    words = _mandative_words()
    return any(
        word.endswith(end) and word[: len(word) - len(end)] in words
        for end in ("", "s", "ed", "d", "ing", "red")
    )


def pronoun_verb_disagreement(toks, v: int, j: int):
    """"He go", "it make", "they says": a present-tense verb straight after a subject pronoun
    that opens a clause, in the other person's form. Not the subjunctive after a word that
    asks for it, with "that" or without ("insisted that he resign", "suggested she marry"),
    nor in a question ("does he"), nor "I" after a capital ("World War I")."""
    pronoun, word = toks[j].text.lower(), toks[v].text.lower()
    if toks[v].tag in ("VBD", "VBN") and (_past_too(word) or word not in bases()):
        # "it forecast growth": a past that is the base form too; not "He place the bottle",
        # "he encounter the", a base form the tagger reads as a past after a pronoun
        return None
    # the tagger's reading of anything but an adverb or a preposition: no adjective stands
    # straight after a subject pronoun ("He welcome/UH any comments"), nor after "it" that
    # opens a clause ("It also collect/JJ economic news"; not after a verb: "found it shallow",
    # "said it best")
    not_adverb = toks[v].tag not in ("RB", "RBR", "IN", "RP")
    subject_it = pronoun == "it" and (j == 0 or not toks[j - 1].tag.startswith(("VB", "MD")))
    wanted = pronoun_verb_form(
        pronoun, word, adjective_too=not_adverb and (pronoun in NOMINATIVE or subject_it), adverb_too=not_adverb
    )
    if wanted is None:
        return None
    if word in MODAL_VERBS and (v + 1 >= len(toks) or toks[v + 1].text.lower() in ("not", "n't") or toks[v + 1].tag in ("VB", "RB")):
        return None  # "he need not worry", "she dare not", "he need only ask": a modal; "he need to", "he need money" are not
    if pronoun == "i" and (toks[j].text != "I" or j >= 1 and toks[j - 1].text[:1].isupper()):
        return None
    if not _pronoun_written(toks, j):
        return None  # "[T]he police case": part of a word
    if v + 1 < len(toks) and toks[v + 1].tag == "VBD" and toks[v + 1].start - toks[v].end <= 1:
        return None  # "she also guest starred": a noun before the verb it describes
    if j >= 1:
        before = toks[j - 1]
        if pronoun in ("it", "you") and not opens_clause(toks, j) and before.tag not in NOT_BEFORE_OBJECTS:
            # "make it work", "let it go", "the seat next to you looks": "it" and "you" are
            # objects ("he", "they" never are); not after a noun or a number, which no object
            # follows ("in the video it feature", "the buildings you likes")
            return None
        if pronoun in SINGULAR_PRONOUNS and (
            mandative(before.text.lower())
            or before.text.lower() == "that" and any(mandative(t.text.lower()) for t in toks[: j - 1])
            or before.text.lower() == "lest"
        ):
            # "one suggested she marry", "insisted that he resign", and with the word that asks
            # for it further back ("proposing a test in which ..., and that it take place")
            return None
        if _after_auxiliary(toks, j):
            return None  # "does he", "should he or she win": a question or an inversion
        if before.text.lower() in ("n't", "not") and j >= 2 and (toks[j - 2].tag == "MD" or toks[j - 2].text.lower() in _AUXILIARIES):
            return None  # "doesn't he simply view her": a question
    if pronoun == "we" and toks[v].tag != "VBZ" and "p" in lx.tags(word):
        return None  # "we parents": a noun after the pronoun
    if pronoun == "you" and not mostly_verb(word):
        return None  # "you guys", "you kids": a noun after the pronoun, whatever the tagger reads
    if v + 1 < len(toks) and toks[v + 1].text in ("-", "–") and toks[v + 1].start == toks[v].end:
        return None
    return toks[j], lx.recase(wanted, toks[v].text), f"\"{toks[j].text}\" takes \"{wanted}\""


def _past_too(word: str) -> bool:
    """A base form that is its own past, or ends in one ("put", "forecast" as "cast" is)."""
    return word in pasts() or any(
        tail in pasts() and tail in bases() for tail in (word[i:] for i in range(1, len(word) - 2))
    )


# Pronouns that take a singular verb however many they stand for: "everyone knows".
INDEFINITE_PRONOUNS = word_set(
    "everyone everybody someone somebody anyone anybody nobody no-one everything something anything nothing"
)
# Counting words that stand alone for more than one ("Both was built", "many learns"), and
# those that float after a plural pronoun or noun ("they both resides", "we all wants", "their
# classes all requires").
PLURAL_QUANTIFIERS = word_set("both many several few")
# "Some" standing alone may be an amount ("some remains", "some is lost") or people; before a
# verb of saying or thinking it is people, more than one ("Although some argues for a trial").
PEOPLE_VERBS = word_set(
    "argues believes claims thinks says insists contends maintains feels fears hopes wants prefers"
    " doubts agrees disagrees worries complains alleges asserts speculates wonders suspects"
)
FLOATING_QUANTIFIERS = word_set("both all")
# Words before a counting word that make it an amount or a describing word, not a subject:
# "how many is too many", "a few is enough", "the many who".
_NOT_BEFORE_COUNTERS = word_set("how so too as that this a the very his her its their our my your")


# Demonstratives that stand alone as a subject: "This give great convenience", "These was due".
DEMONSTRATIVE_SUBJECTS = word_set("this these those")
# What may follow a verb whose word may be a noun too, that a noun after "one" would not take:
# "where one need to pump", "if one throw a hot gas".
_OBJECT_PRONOUNS = word_set("it them him her me us")
_AFTER_A_VERB = word_set("to a an the this that these those it them him her his their its my your our")


def demonstrative_disagreement(toks, v: int, j: int):
    """"This give great convenience", "This make it easier", "These was due to", "These
    includes bans": a demonstrative opening its clause, straight before a verb of the other
    number, stands alone as the subject; a word after it that may be a noun is read as the
    noun it describes ("this point moves", "these ranges are"), so the verb must have no noun
    reading. Not after a verb ("let this happen", "made this work": an object and a bare
    verb) nor in the subjunctive ("insisted that this be")."""
    word = toks[j].text.lower()
    verb = toks[v].text.lower()
    before = toks[j - 1].text.lower() if j >= 1 else ""
    if not (clause_starts_at(toks, j) or before in ("and", "but") and j >= 2 and toks[j - 2].text == ","):
        return None
    if before == "that" or mandative(before) or verb == "were" and SUBJUNCTIVE & {t.text.lower() for t in toks[max(0, j - 3) : j]}:
        return None  # ("as if this were not enough")
    found = lx.tags(verb)
    if word == "that":
        if not (j == 0 or j == 1 and toks[0].text in OPENING_MARKS) or verb not in PLURAL_VERBS:
            return None  # (elsewhere "that" may open a relative clause: "the plans that were")
        if toks[v].tag != ("VBD" if verb == "were" else VERB_TAGS[verb]):
            return None
        wanted = PLURAL_VERBS[verb]
    elif word == "this":
        if verb in PLURAL_VERBS and toks[v].tag == ("VBD" if verb == "were" else VERB_TAGS[verb]):
            wanted = PLURAL_VERBS[verb]
        elif (
            verb in bases()
            and verb not in pasts()
            and "v" in found
            and (
                found == "v" and toks[v].tag in ("VB", "VBP")
                or v + 1 < len(toks) and toks[v + 1].text.lower() in _OBJECT_PRONOUNS and not mostly_noun(verb)
            )
        ):  # ("this time the", "This move to": nouns)
            wanted = third_of(verb)
        else:
            return None
    elif verb in SINGULAR_VERBS and toks[v].tag == ("VBD" if verb == "was" else VERB_TAGS[verb]):
        wanted = SINGULAR_VERBS[verb]
    elif found == "v" and toks[v].tag == "VBZ" and is_third(verb):
        wanted = third_base(verb)
    else:
        return None
    if not wanted:
        return None
    number = "singular" if word in ("this", "that") else "plural"
    return toks[j], lx.recase(wanted, toks[v].text), f"\"{toks[j].text}\" stands alone as a {number} subject"


def one_verb_disagreement(toks, v: int, j: int, openers):
    """"Once one become a Muslim", "where one need to pump", "if one throw a hot gas":
    "one" standing for anybody, after a word that opens a clause, with a plain verb: a
    verb only, or one that is a noun too before what only a verb takes."""
    verb = toks[v].text.lower()
    if j == 0 or toks[j - 1].text.lower() not in openers or toks[j].text != "one":
        return None
    if verb not in bases() or verb in pasts() or verb in ("be", "have", "do"):
        return None
    found = lx.tags(verb)
    wanted = third_of(verb)
    if "v" not in found or not wanted:
        return None
    after = toks[v + 1].text.lower() if v + 1 < len(toks) else ""
    noun_too = found != "v" and (after not in _AFTER_A_VERB or mostly_noun(verb))
    not_read_as_verb = toks[v].tag not in ("VB", "VBP") and not (toks[v].tag == "NN" and after in _AFTER_A_VERB)
    if (noun_too or not_read_as_verb) and not (
        found in ("v", "nv")
        and after in _AFTER_A_VERB
        and not finite_verb_within(toks, v, 6)  # "one place the party fell/NN short was"
        and tags_with(toks, v, wanted)[v] == "VBZ"
    ):
        # ("if one side wins", "one party to", "one place the": nouns); but a verb or noun
        # (no adjective, adverb or preposition: "one like the Son") before an object, "when
        # one experience an imagined": with "experiences" in its place the tagger reads the
        # verb (not before a full stop: "count as one revert.", nor before the clause's own
        # verb: "one place the RGA fell short")
        return None
    if any(mandative(t.text.lower()) for t in toks[max(0, j - 6) : j]) or toks[j - 1].text.lower() == "lest":
        return None
    return toks[j], lx.recase(wanted, toks[v].text), f"\"{toks[j].text}\" takes a singular verb"


def quantifier_disagreement(toks, v: int, j: int):
    """"Both was built in 1894", "many learns with balls first", "they both resides in
    Paris", "some argues": a singular verb after a counting word that stands for more than one, alone
    where its clause opens, or floating after "they" or "we". Not an amount ("how many is
    too many", "a few is enough") nor "both" joining two verbs ("both designs and
    builds"): an "and" after the verb leaves it alone."""
    verb = toks[v].text.lower()
    if verb in SINGULAR_VERBS:
        if toks[v].tag != ("VBD" if verb == "was" else VERB_TAGS[verb]):
            return None
        wanted = SINGULAR_VERBS[verb]
    elif toks[v].tag == "VBZ" and is_third(verb) and mostly_verb(verb):
        wanted = third_base(verb)
        if not wanted:
            return None
    else:
        return None
    word = toks[j].text.lower()
    before = toks[j - 1].text.lower() if j >= 1 else ""
    joined = before in ("and", "but") and j >= 2 and toks[j - 2].text in (",", ";")  # ", and many argues"
    if word in FLOATING_QUANTIFIERS and (before in ("they", "we") or _plural_subject_noun(toks, j - 1)):
        pass  # "they both resides", "their classes all requires"
    elif word == "some" and verb in PEOPLE_VERBS and before not in _NOT_BEFORE_COUNTERS and (joined or clause_starts_at(toks, j)):
        pass  # "Although some argues for a public trial": people
    elif word not in PLURAL_QUANTIFIERS or before in _NOT_BEFORE_COUNTERS or not (joined or clause_starts_at(toks, j)):
        return None
    if word == "both" and any(t.text.lower() == "and" for t in toks[v + 1 : v + (3 if verb in SINGULAR_VERBS else 5)]):
        return None  # (an auxiliary's "and" joins at once: "both was and is"; not "was built in 1894 and")
    return toks[j], lx.recase(wanted, toks[v].text), f"\"{toks[j].text}\" stands for more than one"


def _plural_subject_noun(toks, n: int) -> bool:
    """The word at ``n`` is a plural noun that ends a subject where its clause opens ("Their
    classes | all requires"), the subject a floating "all" or "both" after it goes with."""
    if n < 0 or toks[n].tag not in ("NNS", "NNPS") or not counted_plural(toks[n].text.lower()):
        return False
    start = np_start(toks, n)
    joined = start >= 2 and toks[start - 1].text.lower() in ("and", "but") and toks[start - 2].text == ","
    return joined or clause_starts_at(toks, start)  # (", and their classes all requires")


def indefinite_disagreement(toks, v: int, j: int):
    """"Everyone are", "nobody have", "everyone know": a plural verb straight after a
    pronoun that takes a singular one. Not in a question ("does anyone have"), nor the
    subjunctive ("if anyone were", "insisted that nobody leave")."""
    verb = toks[v].text.lower()
    if verb in PLURAL_VERBS:
        opening_base = verb in ("have", "do") and toks[v].tag == "VB" and clause_starts_at(toks, j)
        if toks[v].tag != ("VBD" if verb == "were" else VERB_TAGS.get(verb)) and not opening_base:
            return None  # (the tagger reads "Everyone have a vote" as a bare "have")
        wanted = PLURAL_VERBS[verb]
    else:
        wanted = pronoun_verb_form("he", verb)
        if wanted is None or toks[v].tag not in ("VBP", "VB"):
            return None
    if j >= 1:
        before = toks[j - 1].text.lower()
        if toks[j - 1].tag in ("MD", "TO") or before in _AUXILIARIES:
            return None  # "does anyone have", "will anyone know"
        window = {t.text.lower() for t in toks[max(0, j - 4) : j]}
        if verb == "were" and SUBJUNCTIVE & window or mandative(before):
            return None
        if before == "that" and (j < 2 or any(mandative(t.text.lower()) or t.tag == "MD" for t in toks[max(0, j - 5) : j - 1])):
            return None  # "insisted that nobody leave", "it is vital that everyone have"; not "the fact that someone have"
        if not (clause_starts_at(toks, j) or toks[j - 1].tag == "CC" or before == "that"):
            return None  # "to make anyone think", "let nobody say": the pronoun is an object
    return toks[j], lx.recase(wanted, toks[v].text), f"\"{toks[j].text}\" takes a singular verb"
