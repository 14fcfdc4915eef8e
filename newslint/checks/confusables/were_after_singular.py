"""S207: "were" after a singular subject where "was" belongs."""

from __future__ import annotations

from functools import lru_cache

from ...analysis import lexicon as lx
from ...datafiles import data_words
from ...english import COURTESY_TITLES
from ...english import word_set as _words
from ...rule import accepted, flagged
from .base import ContextRule, is_word
from .words import ALL_PREPOSITIONS, NOT_HEADS, PREPOSITIONS, clause_verbs, time_words


@lru_cache(maxsize=1)
def _plural_in_meaning() -> frozenset[str]:
    """Nouns that take a plural verb in British usage or are plural in meaning ("the
    government were", "a number of"), so "were" after one is no slip, from
    data/plural_in_meaning_nouns.txt."""
    return data_words("plural_in_meaning_nouns.txt")


_SUBJUNCTIVE_CUES = _words("if though wish wished whether as unless even suppose imagine")
_SUBJECT_DETERMINERS = _words("the a an this that each every another either neither")
_TITLES = COURTESY_TITLES
# Singular nouns that count a plural: "there were a number of", "there were a dozen".
_QUANTITY_NOUNS = _words(
    """
    number lot host series couple handful dozen score total bunch range variety couple
    multitude plethora raft spate flurry string succession majority minority hundred thousand
    million billion pair set few
    """
)
_NUMBERS = _words(
    "one two three four five six seven eight nine ten eleven twelve dozen hundred thousand"
    " million billion proportion percentage share fraction handful"
)
# What may stand before a subject: the start of a clause, a conjunction, a reporting verb.
_CLAUSE_OPENERS = _words(
    """
    , ; : ( — – " “ ‘ ' . ! ? that when while because although though since but so after before
    how why what whether
    until once where said says say told added noted reported claimed argued believe believed
    believes think thinks thought found finds showed shows revealed insisted warned admitted
    announced confirmed stated suggested explained wrote writes
    """
)


def _singular_noun_at(tokens, j) -> bool:
    if j < 0 or not is_word(tokens[j]):
        return False
    text, written = tokens[j][0], tokens[j][3]
    if written[:1].isupper():
        return False
    return text not in _plural_in_meaning() and text not in _NUMBERS and lx.is_singular_noun(text)


def _singular_phrase_before(tokens, j):
    """When token ``j`` is a singular noun that opens with a determiner ("the poll", "a new
    mobile phone", "its $17m profit"), the determiner's index; else None."""
    if not _singular_noun_at(tokens, j) or tokens[j][0] in ("following", "remaining", "rest"):
        return None  # "the following were"
    k = j - 1
    modifiers = 0
    while k >= 0 and modifiers <= 3:
        text = tokens[k][0]
        if text in _SUBJECT_DETERMINERS or text in ("its", "his", "her", "their", "our", "my", "your", "whose"):
            return k
        if text.endswith("'s") and is_word(tokens[k]):
            # "Clinton's fundraising arrangement", "the committee's report"
            if k >= 1 and tokens[k - 1][0] in _SUBJECT_DETERMINERS:
                return k - 1
            return k
        if text in ("$", "£", "€", "%") or text[:1].isdigit():
            modifiers += 1
            k -= 1
            continue
        if text == "-" and k >= 1 and tokens[k - 1][2] == tokens[k][1] and tokens[k][2] == tokens[k + 1][1]:
            k -= 1  # "the motion-sensitive phone": a hyphen inside a compound
            continue
        if not is_word(tokens[k]):
            return None
        if tokens[k][3][:1].isupper():
            # "the Ohio Republican", "the Benghazi scandal", "the Fox News poll"
            m = k
            while (
                m > 0
                and m > k - 3
                and is_word(tokens[m - 1])
                and tokens[m - 1][3][:1].isupper()
                and tokens[m - 1][0] not in _SUBJECT_DETERMINERS
            ):
                m -= 1
            if m > 0 and tokens[m - 1][0] in _SUBJECT_DETERMINERS:
                return m - 1
            if k > 0 and tokens[k - 1][0] in _SUBJECT_DETERMINERS:
                return k - 1
        if tokens[k][3][:1].isupper():
            return None
        found = lx.tags(text)
        if not ({"a", "n"} & set(found)) or "p" in found or text in NOT_HEADS:
            return None
        modifiers += 1
        k -= 1
    return None


def _lone_subject(tokens, k) -> bool:
    """The noun phrase that starts at ``k`` is not one of two joined subjects."""
    return not (k >= 1 and tokens[k - 1][0] in ("and", "or", "nor", "both", "between"))


def _cue_before(tokens, end: int, cues, reach: int) -> bool:
    """A word of ``cues`` among the ``reach`` tokens before ``end``, in the same clause."""
    for k in range(end - 1, max(-1, end - 1 - reach), -1):
        text = tokens[k][0]
        if text in (",", ";", ".", ":", "—", "–"):
            return False
        if text in cues:
            return True
    return False


def _subjunctive(tokens, i) -> bool:
    """A conditional or wishing word earlier in the clause of the "were" at ``i``."""
    return _cue_before(tokens, i, _SUBJUNCTIVE_CUES, 7)


_HE_SUBJUNCTIVE = _words("if though wish wished wishes unless suppose imagine supposing lest")
_THAT_SUBJECT_BEFORE = _words(". ! ? ; : because but “ \" ( — –")
# Nouns a "that" after which may start a clause of its own ("the fact that were …" cannot,
# but "so much that", "such a way that" may): left alone.
_THAT_NOUNS = _words("way much kind sort fact time moment point extent degree idea day year")


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Nouns for a person ("official", "spokesman", "neighbour"), which "who" may stand for,
    from data/person_nouns.txt."""
    return data_words("person_nouns.txt")


_PERSON_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent")


def _he_subjunctive(tokens, i) -> bool:
    """A conditional or wishing word close before "he were" / "she were": "if he were",
    "as if she were", "wished he were", "even though he were"."""
    return _cue_before(tokens, i - 1, _HE_SUBJUNCTIVE, 3)


def _one_of_before(tokens, i):
    """The offset of "one" in "one of the ringleaders were", or None."""
    k = i - 1
    if not lx.is_plural_noun(tokens[k][0]):
        return None
    k -= 1
    steps = 0
    while k >= 1 and steps < 3 and tokens[k][0] not in ("of",):
        if not is_word(tokens[k]):
            return None
        k -= 1
        steps += 1
    if k >= 1 and tokens[k][0] == "of" and tokens[k - 1][0] == "one":
        if k >= 2 and tokens[k - 2][0] in ("than", "only", "the", "and", "or", "nor"):
            return None  # "more than one of them were", "the only one of …"
        return k - 1
    return None


class WereAfterSingular(ContextRule):
    """"were" after a singular subject ("the poll were conducted", "he were").

    *What it flags*: "he were" and "she were" outside conditional clauses ("after saying he
    were", "than she were"), "it were" after the start of a clause; "there were a" or "there
    were no" before a singular noun ("there were a problem"); "that", "which" or "who" with
    "were" right after a singular noun ("a banner that were torn", "an official who were");
    "because that were", "but that were";
    "were" after a singular noun that follows "the", "a", "its", "each" and the like (with
    at most three words between) and is not a collective noun: "the poll were", "the first
    mobile phone were", "each candidate were", "its $17m profit were"; the same with a
    phrase of two singular nouns ("the profit for the quarter were"); "the move, which were";
    "one of the ringleaders were"; and "Mr Brown were".

    *Why it matters*: a verb that does not agree with its subject is usually a left-over of
    rewriting, and it reads as a mistake.

    *Severity*: advice (info), and off by default: on real copy nearly all of its findings
    were wrong (collective and plural subjects, inversions: "the former were routed", "Gone
    were the heated interruptions"). Subject-verb agreement is G203's job, which finds the
    subject's head noun; S207 is kept for ``extend-select = ["S207"]`` since it also reads
    "there were a problem" and "a banner that were torn", which G203 leaves alone.

    *Flagged*: "The poll were conducted last week."

    *Preferred*: "The poll was conducted last week."

    *Known limits*: the subjunctive is left alone ("if he were", "as it were", "as though
    she were"), as are collective nouns that British copy treats as plural ("the government
    were", "the team were") and two subjects joined by "and"; a subject with a plural noun
    between it and its verb ("the poll of voters were") is not checked.
    """

    code = "S207"
    name = "were-after-singular"
    severity = "info"
    default_on = False
    triggers = _words("were")
    examples = (
        flagged("The poll were conducted last week.", "were"),
        flagged("Officials said he were injured.", "were"),
        flagged("Zoë Müller said the report were false.", "were"),
        flagged("“The vote were rigged,” he said.", "were"),
        flagged("\"The vote were rigged,\" he said.", "were"),
        flagged("He said each candidate were", "were"),
        flagged("After saying he were nervous, the man asked his question.", "were"),
        flagged("There were a problem with the count.", "were"),
        flagged("She held up a banner that were quickly torn down.", "were"),
        accepted("There were a number of delays, and voters who were angry."),
        accepted("The printers made colours that lasted and that were brighter."),
        accepted(""),
        accepted("The poll was conducted last week; the polls were wrong."),
        accepted("If he were elected, it would be, as it were, a shock; I wish she were here."),
        accepted("The government were divided and the police were called."),
        accepted("“The results were clear,” said Zoë Müller."),
    )

    def at(self, tokens, i, token, vocabulary=None):
        if token[0] != "were" or i == 0:
            return None
        subject = tokens[i - 1][0]
        if subject in ("he", "she", "it", "i", "this"):
            # subjunctive: "if he were", "as it were", "wish she were", "were it not"
            if _subjunctive(tokens, i) if subject not in ("he", "she") else _he_subjunctive(tokens, i):
                return None
            before = tokens[i - 2][0] if i >= 2 else ""
            if subject in ("he", "she"):
                # "he" and "she" can only be subjects: "after saying he were nervous"
                if before in ("and", "or", "nor", "&", "-", "–", "/"):
                    return None  # "she and he were"
            elif i >= 2 and before not in _CLAUSE_OPENERS | _words("but"):
                return None  # "the people working on it were", "my husband and I were"
            if subject == "this" and i + 1 < len(tokens) and tokens[i + 1][0] == "were":
                return None
            return (i, i, "were", "was", f" (\"{tokens[i - 1][3]}\" takes \"was\")")
        if subject == "that" and i >= 2 and tokens[i - 2][0] in _THAT_SUBJECT_BEFORE:
            # "because that were the plan", "But that were last fall": "that" is the subject
            if not _subjunctive(tokens, i):
                return (i, i, "were", "was", " (\"that\" takes \"was\")")
        if subject in ("who", "that", "which") and i >= 3 and not _subjunctive(tokens, i):
            # "a banner that were ripped", "a campaign official who were": the relative
            # pronoun stands for the singular noun just before it
            k = _singular_phrase_before(tokens, i - 2)
            noun = tokens[i - 2][0]
            if (
                k is not None
                and _lone_subject(tokens, k)
                and (k == 0 or tokens[k - 1][0] not in ALL_PREPOSITIONS | _words("than"))
                and noun not in _THAT_NOUNS
                and (subject != "who" or noun in _person_nouns() or noun.endswith(_PERSON_ENDINGS))
                and _one_of_before(tokens, i - 1) is None
            ):
                return (i, i, "were", "was", f" (\"{subject}\" stands for \"{tokens[i - 2][3]}\", which is singular)")
        if subject == "there" and i + 2 < len(tokens) and not _subjunctive(tokens, i):
            # "there were a problem", "there were no reason": a singular noun follows
            quantity = tokens[i + 1][0]
            noun = tokens[i + 2]
            at = i + 2
            if (
                quantity in ("a", "an")
                and i + 3 < len(tokens)
                and "a" in lx.tags(noun[0])
                and not {"n", "v", "p", "r"} & set(lx.tags(noun[0]))
                and not noun[3][:1].isupper()
                and is_word(tokens[i + 3])
            ):
                noun = tokens[i + 3]  # "there were a strong current"
                at = i + 3
            if (
                quantity in ("a", "an", "no", "one")
                and is_word(noun)
                and not noun[3][:1].isupper()
                and noun[0] not in _plural_in_meaning() | _NUMBERS | _QUANTITY_NOUNS | time_words()
                and lx.is_noun_only(noun[0])
                and lx.is_singular_noun(noun[0])
                and (at + 1 >= len(tokens) or tokens[at + 1][0] not in ("of", "and", "or", "-", "–"))
                and (at + 1 >= len(tokens) or not lx.is_plural_noun(tokens[at + 1][0]))
            ):
                return (i, i, "were", "was", f" (\"{noun[3]}\" is singular)")
        if subject in ("-", "–", "—") and tokens[i - 1][1] > tokens[i - 2][2]:
            # "The phone - made by Sharp - were developed": the subject stands before the aside
            for d in range(i - 3, max(0, i - 14), -1):
                if tokens[d][0] == subject:
                    k = _singular_phrase_before(tokens, d - 1)
                    if (
                        k is not None
                        and _lone_subject(tokens, k)
                        and (k == 0 or tokens[k - 1][0] in _CLAUSE_OPENERS)
                        and not _subjunctive(tokens, k + 1)
                    ):
                        return (i, i, "were", "was", f" (\"{tokens[d - 1][3]}\" is singular)")
                    break
                if tokens[d][0] in (".", ";", "!", "?", "and", "or"):
                    break
            return None
        if not is_word(tokens[i - 1]):
            return None
        written = tokens[i - 1][3]
        if written[:1].isupper():
            # "Mr Brown were": a title, then one name
            if (
                i >= 2
                and tokens[i - 2][0] in _TITLES | {"."}
                and (tokens[i - 2][0] != "." or i >= 3 and tokens[i - 3][0] in _TITLES)
                and written[1:].islower()
                and "and" not in [t[0] for t in tokens[max(0, i - 6) : i - 1]]
            ):
                return (i, i, "were", "was", f" (\"{tokens[i - 2][3]} {written}\" is one person)")
            # "Obama were": a name the story gives with a title ("President Obama") elsewhere
            people = vocabulary.people if vocabulary is not None else set()
            nearby = [t[0] for t in tokens[max(0, i - 6) : i - 1]]
            if (
                subject in people
                and written[1:].islower()
                and not _subjunctive(tokens, i)
                and "and" not in nearby
                and "&" not in nearby
            ):
                k = i - 2
                if k >= 0 and tokens[k][3][:1].isupper() and is_word(tokens[k]):
                    k -= 1  # a first name: "Hillary Clinton were"
                if k < 0 or tokens[k][0] in _CLAUSE_OPENERS | _words("and but or . ! ?"):
                    if not (k >= 0 and tokens[k][0] in ("and", "or")):
                        return (i, i, "were", "was", f" (\"{written}\" is one person)")
            return None
        # "one of the ringleaders were": the subject is "one"
        if _one_of_before(tokens, i) is not None:
            return (i, i, "were", "was", " (the subject is \"one\")")
        if _subjunctive(tokens, i):
            return None  # "if a bid were successful"
        if subject in ("that", "who") and i >= 2 and tokens[i - 2][0] == "one":
            return (i, i, "were", "was", " (the subject is \"one\")")  # "one that were"
        if subject == "who" and i >= 3 and tokens[i - 2][0] == ",":
            # "Whit Ayres, who were": one person named before the comma
            people = vocabulary.people if vocabulary is not None else set()
            if tokens[i - 3][0] in people and tokens[i - 3][3][:1].isupper():
                return (i, i, "were", "was", " (\"who\" stands for one person)")
            return None
        if subject == "which" and i >= 3 and tokens[i - 2][0] == ",":
            # "The move, which were justified": a singular noun phrase before the comma
            k = _singular_phrase_before(tokens, i - 3)
            if k is not None and _lone_subject(tokens, k):
                noun = tokens[i - 3][3]
                return (i, i, "were", "was", f" (\"which\" stands for \"{noun}\", which is singular)")
            return None
        k = _singular_phrase_before(tokens, i - 1)
        if k is None or not _lone_subject(tokens, k):
            return None
        if (
            k >= 1
            and tokens[k][0] != "whose"
            and tokens[k - 1][0] not in _CLAUSE_OPENERS | clause_verbs() | _words("” ’")
            and tokens[k - 1][0] not in ALL_PREPOSITIONS
        ):
            return None  # "voters who have a degree were": the noun is an object
        if k >= 1 and tokens[k - 1][0] in PREPOSITIONS - _words("after before"):
            # "the profit for the quarter were": both nouns singular, so either is the subject
            head = k - 2
            if head < 0 or tokens[k - 1][0] not in _words("for of in on at from with"):
                return None
            outer = _singular_phrase_before(tokens, head)
            if outer is None or not _lone_subject(tokens, outer) or _one_of_before(tokens, head + 1):
                return None
            if outer >= 1 and tokens[outer - 1][0] not in _CLAUSE_OPENERS | clause_verbs():
                return None
        elif k >= 1 and tokens[k - 1][0] in ALL_PREPOSITIONS:
            return None  # "Democrats without a college degree were"
        return (i, i, "were", "was", f" (\"{written}\" is singular)")
