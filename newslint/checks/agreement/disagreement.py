"""Whether the verb at an index of a tagged sentence disagrees with its subject (G203): the
head noun of the subject, "which"/"who"/"that" standing for the noun before them, and the
cases that other modules decide (pronouns, "there is", two verbs joined by "and").
"""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ...english import COPULAS, speech_verbs
from ..confusables.words import HAVE, clause_verbs
from ..missing_preposition import YEAR
from ...analysis.names import known_name
from ..verbs import bases, count_nouns, function_words, headword_s, is_third, mostly_noun, mostly_verb, pasts, plain_verb_word, plural_of, third_base, verbs_also_nouns
from .candidates import CAPITALS_PLURAL, LINKING_VERBS, NOT_BETWEEN, PARTICLES, PLURAL_COUNTS, preverbal
from .counting import QUANTITY_NOUNS
from .clauses import MEASURES, coordinated_disagreement, existential_disagreement, joined_verb_disagreement
from .joined import CLAUSE_OPENING_IN, joined_names_disagreement, joined_plurals_disagreement, joined_subject_disagreement, or_subject_disagreement, paired_singulars_disagreement, two_first_names
from .nouns import (
    LARGE_NUMBERS,
    NUMBER_WORDS,
    PLURAL_ONLY,
    SINGULAR_ONLY,
    collectives,
    compound_head,
    demonym_plural,
    irregular_singulars,
    mass_noun,
    may_be_singular,
    noun_number,
    one_people,
    singular_of,
    unit_collective,
    word_set,
)
from .pronouns import (
    DEMONSTRATIVE_SUBJECTS,
    FLOATING_QUANTIFIERS,
    INDEFINITE_PRONOUNS,
    PLURAL_QUANTIFIERS,
    NOMINATIVE,
    NOT_BEFORE_OBJECTS,
    opens_clause,
    indefinite_disagreement,
    mandative,
    demonstrative_disagreement,
    one_verb_disagreement,
    pronoun_disagreement,
    quantifier_disagreement,
    pronoun_verb_disagreement,
)
from .relative import relative_disagreement
from .subject import (
    AMERICAN_NAME,
    CLAUSE_OR_PHRASE,
    COUNTED_BY_OF,
    NP_TAGS,
    OF_HEADS,
    POST_MODIFIERS,
    PERSONAL,
    PLURAL_VERBS,
    QUANTITY_HEADS,
    SINGULAR_VERBS,
    SUBJUNCTIVE,
    TITLES,
    VERB_TAGS,
    aside_span,
    clause_starts_at,
    common_in_name,
    find_subject,
    finite_verb_within,
    joined_adjectives,
    lexical_verb,
    lone_first_name,
    names_time,
    np_start,
    opening_common_noun,
    person_name_start,
    plural_head_singular,
    tags_with,
    third_of,
)


_PRESENTING_BE = frozenset(("is", "are", "was", "were", "'s", "’s"))


_OF_PHRASE_TAGS = frozenset(("DT", "PRP$", "JJ", "NN", "HYPH"))


def _one_of_one(toks, head: int, v: int) -> bool:
    """The sorting noun at ``head`` ("type", "kind") is singular and a determiner opens it, and
    its of-phrase, straight before the verb at ``v``, is a singular count noun with describing
    words only ("this type of relation", not "a group of voters" nor "this kind of equipment")."""
    if head < 1 or toks[head - 1].tag != "DT" or toks[head - 1].text.lower() in ("these", "those", "all"):
        return False
    if toks[head].tag != "NN" or v - 1 < head + 2 or toks[v - 1].tag != "NN":
        return False
    if any(t.tag not in _OF_PHRASE_TAGS for t in toks[head + 2 : v]):
        return False
    noun = toks[v - 1].text.lower()
    return (
        toks[v - 1].text[:1].islower()
        and noun in count_nouns()
        and noun_number(noun, "NN") == "s"
        and noun not in collectives()
        and not mass_noun(noun)
        and plural_of(noun) not in (None, noun)
    )


# Tags of a word that may be a sentence's verb: a finite form, or a past participle the
# tagger may have read for a past ("the air force reacted/VBN by").
_VERB_READINGS = frozenset(("VBD", "VBZ", "VBP", "MD", "VBN"))


def only_verb_reading(toks, v: int) -> bool:
    """The sentence of ``toks``, a statement ending in a full stop, has no word but the one
    at ``v`` the tagger reads as a verb (``_VERB_READINGS``), nor after it a plural it read
    as a noun that is a verb's "-s" form too ("the weather box below shows/NNS data"), unless a
    relative clause opens before ``v``: then that word is the main verb, and the one at
    ``v`` the relative clause's ("The author that the architect hate laughs/NNS.")."""
    if toks[-1].text != ".":
        return False
    relative = any(t.text.lower() in ("that", "who", "whom", "which") for t in toks[:v])
    for k, token in enumerate(toks):
        if k == v:
            continue
        if token.tag in _VERB_READINGS:
            return False
        if k > v and not relative and token.tag == "NNS" and is_third(token.text.lower()) and "v" in lx.tags(token.text.lower()):
            return False
    return True


# Words after which a clause of its own opens, whose verbs do not tell whether the word
# before them is the main verb: not "as" (only before a pronoun or a verb: "as they
# attempt", "as did"), "than" or "until", which are prepositions too.
_CLAUSE_OPENERS = frozenset(
    ("that", "which", "who", "whom", "whose", "where", "when", "while", "because", "although", "though", "if", "unless", "whereas")
)
# Words that open a clause which needs a verb of its own ("if the player land", "what the
# user attempt"); not "as" ("serves as a cost-cutting measure"), nor "before", "after",
# "until" or "since", prepositions too ("before the price rise").
_SUBORDINATORS = frozenset(
    ("if", "when", "whenever", "where", "wherever", "while", "because", "although", "though", "unless", "whether", "what", "once")
)
# The tags of a noun phrase that opens a statement, participles describing its noun too.
_OPENING_PHRASE_TAGS = frozenset(("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "HYPH", "VBN", "VBG"))
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))
# Tags after which a plural that is a verb's "-s" form too may be the verb ("the weather box
# below shows/NNS data"), not after an adjective ("lazy eyes").
_BEFORE_A_VERB = frozenset(("NN", "NNS", "NNP", "NNPS", "PRP", "RB"))
# Tags after which a past participle describes what follows ("for improved stealth").
_BEFORE_DESCRIBING_PARTICIPLE = frozenset(("IN", "DT", "PRP$", "JJ", "RB", "CC", "TO"))


def only_finite_in_clause(toks, v: int) -> bool:
    """The word at ``v``, a present form straight after the plain noun phrase that opens a
    statement, or a clause after one of ``_SUBORDINATORS`` with a determiner ("If a poet
    repeat soft sounds, ..."), is the only word of its clause the tagger may read as a finite
    verb ("The film take place in 1990, following ...", "The report document the lives of
    four bloggers as they attempt to write ..."): the clause needs a verb, and this is it,
    though the tagger read a noun. After it, up to a word that opens a clause of its own, a
    colon, the comma that ends a clause after a subordinator, a comma before a participle
    or an aside ("..., a HAZMAT operative voiced by") or before an attribution that closes
    the sentence ("..., the label said on Monday."), no word is tagged a finite verb, nor a
    past participle after a word it cannot describe (a past the tagger may have misread; not
    "for improved stealth"). Not when a clause with its own subject
    and verb follows the comma ("A fantasy take on the war, the novel depicts": an opening
    phrase), nor before a comma, "and" or "or", which may close a compound ("A fire whirl or
    swirl"), nor for a word that is an adjective too ("The collapse last week")."""
    if toks[-1].text != "." or v + 1 >= len(toks) or "a" in lx.tags(toks[v].text.lower()):
        return False
    if toks[v + 1].tag in (",", "CC", ":"):
        return False
    start = v
    while start > 0 and toks[start - 1].tag in _OPENING_PHRASE_TAGS:
        start -= 1
    subordinate = start > 0 and toks[start].tag in ("DT", "PRP$") and toks[start - 1].text.lower() in _SUBORDINATORS
    if start > 0 and not subordinate and not _after_opening_phrase(toks, start):
        return False
    for k in range(v + 1, len(toks)):
        token = toks[k]
        text = token.text.lower()
        if token.tag == ":" or text in _CLAUSE_OPENERS or token.tag in ("WDT", "WP", "WRB") or subordinate and token.tag == ",":
            return True
        if text == "as" and k + 1 < len(toks) and (toks[k + 1].tag == "PRP" or toks[k + 1].tag in _FINITE_TAGS):
            return True  # "as they attempt", "as did all the others": a clause of its own
        if token.tag == "," and k + 1 < len(toks) and toks[k + 1].tag in ("VBG", "VBN"):
            return True  # "..., following the lives of": a participle's phrase
        if token.tag == "," and _closing_attribution(toks, k + 1):
            return True  # "..., the report said on Monday.": the statement ended at the comma
        if token.tag == "," and k + 1 < len(toks) and toks[k + 1].tag in ("DT", "PRP$"):
            # "..., a HAZMAT operative voiced by": an aside on the noun before; not a clause
            # of its own, whose verb makes the words before it an opening phrase ("A
            # fantasy take on the war, the novel depicts")
            end = k + 2
            while end < len(toks) and toks[end].tag in _OPENING_PHRASE_TAGS and toks[end].tag not in ("VBN", "VBG"):
                end += 1
            return end >= len(toks) or toks[end].tag not in _FINITE_TAGS
        if token.tag in _FINITE_TAGS or token.tag == "VBN" and toks[k - 1].tag not in _BEFORE_DESCRIBING_PARTICIPLE:
            return False
        if token.tag == "NNS" and toks[k - 1].tag in _BEFORE_A_VERB and is_third(text) and "v" in lx.tags(text):
            return False
    return True


def _closing_attribution(toks, k: int) -> bool:
    """Does an attribution open at ``k``, after a comma, and close the sentence: a subject (a
    pronoun, or a noun phrase of a few words, ``NP_TAGS``), a verb of saying and at most a
    short phrase of time or place before the full stop ("..., the report said.", "..., he
    said on Monday.")? The words before the comma are then a statement of their own."""
    j = k
    if j < len(toks) and toks[j].tag == "PRP":
        j += 1
    else:
        while j < len(toks) and j - k < 5 and toks[j].tag in NP_TAGS:
            j += 1
    if j == k or j >= len(toks) or toks[j].tag not in ("VBD", "VBZ") or toks[j].text.lower() not in speech_verbs():
        return False
    rest = toks[j + 1 : -1]
    return len(rest) <= 4 and not any(t.tag in _FINITE_TAGS or t.text in (",", ";", ":") for t in rest)


def _after_opening_phrase(toks, start: int) -> bool:
    """The noun phrase at ``start``, opened by a determiner or possessive, follows the comma
    that closes a phrase opening the sentence with a preposition or a word such as "when"
    and no finite verb ("In New Jersey, the school serve children", "When caught, the
    porcupine roll into a ball")."""
    if start < 3 or toks[start - 1].text != "," or toks[start].tag not in ("DT", "PRP$"):
        return False
    opening = toks[: start - 1]
    if opening[0].tag not in ("IN", "WRB") or opening[0].text.lower() in ("that", "as", "if", "whether"):
        return False
    return not any(t.tag in _FINITE_TAGS or t.text in (",", ";", ":") for t in opening)


# Pronouns that may open a verb's object; "he", "she", "they" after a noun open a clause on
# it ("the climate deal he pushed for"), "itself" stresses it ("the roll call itself was").
_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "me", "us", "you", "it"))


# Question words that leave the noun phrase after "be" its subject: "Where is the keys?" (not
# "who" or "what" with a noun: "what problems is", nor "which" or "whose", which take one).
_ASKING_WORDS = frozenset(("where", "what", "why", "how", "when"))


def _opens_question(toks, start: int) -> bool:
    """The word at ``start`` opens its sentence (or a clause after a comma, a colon or a
    dash), which ends with a question mark."""
    if start > 0 and toks[start - 1].text not in (",", ":", ";", "—", "–", "-", '"', "“", "("):
        return False
    end = next((k for k in range(start + 1, len(toks)) if toks[k].text in (".", "!", "?")), None)
    return end is not None and toks[end].text == "?"


def _read_as_verb(toks, v: int):
    """``toks`` with the word at ``v``, which the tagger read as a noun or an adjective,
    read as a present verb: "-s" (NNS) as VBZ, anything else as VBP."""
    return [*toks[:v], toks[v]._replace(tag="VBZ" if toks[v].tag == "NNS" else "VBP"), *toks[v + 1 :]]


def _not_compound_within(toks, v: int) -> bool:
    """The word after ``v`` neither opens a clause on the noun ("the bill she opposed") nor
    may be the verb itself, closing a longer compound ("the cricket club play/NN at"): a word
    that is a verb too may not, unless it is mostly a noun and the word at ``v`` mostly a verb
    (WordNet's counts: "The film take place", where "take" is the verb)."""
    if v + 1 >= len(toks):
        return False
    after = toks[v + 1]
    if after.tag == "PRP" and after.text.lower() not in _OBJECT_PRONOUNS:
        return False
    if after.tag in ("NN", "VB", "VBP") and "v" in lx.tags(after.text.lower()):
        return mostly_verb(toks[v].text.lower(), base=True) and mostly_noun(after.text.lower())
    return True


def _disagreement_read_with_other_form(toks, v: int, wanted: str, variety):
    """The disagreement found when the words before the verb are tagged as the tagger tags
    them with the verb's other form in its place ("Its main objective were": with "was",
    "objective" is a noun, not an adjective). The tagger reads a sentence as if it were
    right, and a verb of the wrong number pulls the words before it towards that number."""
    tags = tags_with(toks, v, lx.recase(wanted, toks[v].text))
    if tags[:v] == [t.tag for t in toks[:v]]:
        return None
    if any(t.tag in ("VBZ", "VBP") and tag[:2] != "VB" for t, tag in zip(toks[:v], tags)):
        return None  # "which Edward suspects is": a verb made a noun ("suspects") is another clause's
    retagged = [t._replace(tag=tag) if k < v else t for k, (t, tag) in enumerate(zip(toks, tags))]
    return disagreement(retagged, v, variety, retagged=True)


def disagreement(toks, v: int, variety, retagged: bool = False):
    """(head token, verb wanted, why) when the verb at ``v`` disagrees with its subject.
    ``variety()`` gives the story's "en-GB", "en-US" or None; it is worked out only when a
    collective or capitalised head needs it. ``retagged``: the words before the verb were
    tagged again already (``_disagreement_read_with_other_form``), and are not a second time."""
    verb = toks[v].text.lower()
    if verb == "do" and 0 < v < len(toks) - 1 and toks[v - 1].text[:1].isupper() and toks[v + 1].text[:1].isupper():
        return None  # "Universidade Federal do Rio Grande do Sul": a name's Portuguese "do"
    after_adverb = False
    words_between = [t.text.lower() for t in toks[max(0, v - 2) : v]]
    adverbs = ()
    j = v - 1
    if j >= 0 and toks[j].text.lower() == "there" and (toks[j].tag == "EX" or toks[j].tag == "RB" and clause_starts_at(toks, j)):
        # (a "there" that opens its clause is existential, whatever the tagger read: "Last
        # year there was two votes", where it read "year there" as a place)
        if verb == "were" and SUBJUNCTIVE & {t.text.lower() for t in toks[max(0, j - 3) : j]}:
            return None  # "as if there were a need"
        return existential_disagreement(toks, v)
    if j >= 1 and toks[j].text.lower() == "there" and (verb in VERB_TAGS or verb in ("was", "were")):
        # "Since the end of the century there/RB have been four": existential after an
        # opening phrase, or a place after a noun ("the people there are"): either way the
        # noun before it is no sure subject
        return None
    if j >= 0 and toks[j].text.lower() == "here" and verb in _PRESENTING_BE and (
        clause_starts_at(toks, j) or j >= 2 and toks[j - 1].text.lower() in ("and", "but", "so") and toks[j - 2].text == ","
    ):
        # "Here is the results", "here are a list of": "here" opening its clause presents
        # the noun phrase after the verb, its subject, as "there" does
        return existential_disagreement(toks, v)
    if verb in _PRESENTING_BE and v + 1 < len(toks) and toks[v + 1].text.lower() == "there" and _opens_question(toks, v):
        # "Is there any problems?", "Were there a reason?": a question's "be" before
        # "there" agrees, as after it, with the noun phrase after "there"
        return existential_disagreement([*toks[:v], toks[v + 1], toks[v], *toks[v + 2 :]], v + 1)
    if (
        verb in _PRESENTING_BE
        and j >= 0
        and toks[j].text.lower() in _ASKING_WORDS
        and v + 1 < len(toks)
        and toks[v + 1].tag in ("DT", "PDT", "PRP$", "JJ", "NN", "NNS")
        and _opens_question(toks, j)
    ):
        # "Where is the keys?", "What is the reasons for it?": after a question word the
        # noun phrase straight after "be" is its subject (not "What is up guys?")
        return existential_disagreement(toks, v)
    if (
        v >= 2
        and toks[v].tag in ("NN", "NNS")
        and toks[v - 1].tag == "RB"
        and preverbal(toks[v - 1].text.lower())
        and toks[v - 2].tag in ("NN", "NNS", "NNP")
        and "v" in lx.tags(verb)
        and (is_third(verb) if toks[v].tag == "NNS" else verb in bases() and verb not in pasts())
    ):
        # a noun and an adverb that stands before verbs leave the word after them no noun's
        # place: it is the verb, though the tagger read a noun ("the burden subsequently shift")
        toks = _read_as_verb(toks, v)
    if (
        v >= 2
        and (
            toks[v].tag in ("NN", "JJ", "VB") and toks[v - 1].tag == "NN" and verb in bases() and verb not in pasts()
            or toks[v].tag == "NNS" and toks[v - 1].tag == "NNS" and is_third(verb)
            # one person's name: "Hillary Clinton lead Trump by 8 points" (not "Clinton fans")
            or toks[v].tag in ("NN", "VB")
            and toks[v - 1].tag == "NNP"
            and verb in bases()
            and verb not in pasts()
            and person_name_start([t.text for t in toks], v - 1) is not None
        )
        and "v" in lx.tags(verb)
        and (only_verb_reading(toks, v) or mostly_verb(verb, base=toks[v].tag != "NNS") and only_finite_in_clause(toks, v))
        and _not_compound_within(toks, v)
    ):
        # a noun and then a present form that is a noun too, in a statement with no other
        # verb: the sentence needs one, so this is it ("The orchestra play/NN outdoor
        # concerts.", "In the end the players leaves/NNS town.")
        toks = _read_as_verb(toks, v)
    if v >= 2 and toks[v - 1].tag == "RB" and toks[v - 1].text.lower() not in NOT_BETWEEN and toks[v].tag.startswith("VB"):
        # "she often visit", "the firm also produce": read past the adverbs to the subject
        k = v - 1
        while k > 0 and v - k <= 2 and toks[k].tag == "RB" and toks[k].text.lower() not in NOT_BETWEEN:
            k -= 1
        before_adverbs = toks[k].text.lower()
        adverbs = tuple(t.text.lower() for t in toks[k + 1 : v])
        toks, v = toks[: k + 1] + toks[v:], k + 1
        # a word the tagger reads as a verb after an adverb that stands before verbs ("the
        # school also focus on", "the website also offer"): a verb, though a noun too
        after_adverb = toks[v].tag in ("VB", "VBP", "VBZ") and any(preverbal(w) for w in words_between) and before_adverbs != "to"
    j = v - 1
    if j >= 4 and toks[j].text == "," and (pronoun := _pronoun_before_aside(toks, v)) is not None:
        # "he, like many others, still do not know": the aside is left out, and the pronoun
        # is read as the subject straight before the verb
        toks, v = toks[: pronoun + 1] + toks[v:], pronoun + 1
        j = pronoun
    if verb == "am" and j >= 0 and toks[j].text.lower() in PERSONAL and toks[j].text.lower() != "i":
        return pronoun_disagreement(toks, v, j, verb, "is")  # "he am": the wanted form is worked out there
    of_them = j >= 2 and toks[j].text.lower() in ("us", "them", "you") and toks[j - 1].text.lower() == "of"
    if j >= 0 and toks[j].tag == "PRP" and verb not in VERB_TAGS and verb not in ("was", "were") and not of_them:
        return pronoun_verb_disagreement(toks, v, j)
    if j >= 0 and toks[j].text.lower() in INDEFINITE_PRONOUNS:
        return indefinite_disagreement(toks, v, j)
    if j == 0 and toks[j].text.lower() == "each" and verb in PLURAL_VERBS:
        # "Each are worth ten points": "each" alone opening its sentence is one of a group; in
        # Wikipedia's 393 MB a plural verb follows a sentence-opening "Each" 6 times (all
        # slips) to 104 singular. Inside a sentence it floats after the group as often
        # ("which each have", "that each are", "Domains B and C each have", "and each have")
        return indefinite_disagreement(toks, v, j)
    if j >= 0 and toks[j].text.lower() in PLURAL_QUANTIFIERS | FLOATING_QUANTIFIERS | {"some"}:
        found = quantifier_disagreement(toks, v, j)
        if found is not None:
            return found
    if j >= 0 and (toks[j].text.lower() in DEMONSTRATIVE_SUBJECTS or toks[j].text.lower() == "that" and j <= 1):
        found = demonstrative_disagreement(toks, v, j)
        if found is not None:
            return found
    if j >= 1 and toks[j].text.lower() == "one":
        found = one_verb_disagreement(toks, v, j, _ONE_OPENERS)
        if found is not None:
            return found
    if (
        j >= 0
        and toks[j].text.lower() == "one"
        and verb in _PLURAL_AUXILIARIES
        and toks[v].tag in ("VBP", "VBD")
        and (j == 0 or toks[j - 1].text.lower() in _ONE_OPENERS)
        and not (verb == "were" and SUBJUNCTIVE & {t.text.lower() for t in toks[max(0, j - 3) : j]})
    ):
        # "unless one are in a safe area", "when hiking, one are never far": "one" standing
        # for anybody opens the clause and takes a singular verb (not "if one were to")
        return toks[j], _PLURAL_AUXILIARIES[verb], f"\"{toks[j].text}\" takes a singular verb"
    if j >= 1 and toks[j].text.lower() in ("and", "but"):
        found = coordinated_disagreement(toks, v) if toks[j].text.lower() == "and" and verb not in VERB_TAGS else None
        return found or joined_verb_disagreement(toks, v, adverbs, lambda f: disagreement(toks, f, variety))
    after_relative = _main_verb_after_relative(toks, v) or _main_verb_after_infinitive(toks, v)
    if after_relative is not None:
        return after_relative
    lexical = None
    read_by_other_form = False
    if verb in SINGULAR_VERBS or verb in PLURAL_VERBS:
        singular_verb = verb in SINGULAR_VERBS
        wanted = SINGULAR_VERBS.get(verb) or PLURAL_VERBS.get(verb)
    else:
        # a plain verb straight after a noun is a present tense, whatever its tag ("the
        # cleanup of the sites achieve/VB", "the breed standard accept/NN": the tagger reads
        # a word that is hardly ever a noun as one when its form does not fit): the
        # subjunctive is checked below
        plain = toks[v].tag == "VB" or toks[v].tag == "NN" and _verb_only(verb) and _word_after(toks, v)
        tag = "VBP" if plain and (j >= 0 and toks[j].tag in ("NN", "NNS", "NNP") or _plain_after_aside(toks, v)) else toks[v].tag
        lexical = lexical_verb(verb, tag, after_who=after_adverb and toks[j].tag in ("NN", "NNS"))
        if lexical is None and of_them and toks[v].tag in ("VBP", "VBZ", "VB"):
            # "each of them share": after "of them" the word is the verb, whatever else it is
            lexical = lexical_verb(verb, "VBZ" if is_third(verb) else "VBP", after_who=True)
        if lexical is None and j >= 1 and (toks[j].text.lower() == "who" or toks[j].text.lower() == "whom" and toks[j - 1].text.lower() == "of"):
            # after "who" the word is a verb whatever its tag ("residents who lives")
            lexical = lexical_verb(verb, "VBZ" if is_third(verb) else "VBP", after_who=True)
        elif lexical is None and j >= 1 and toks[j].tag == "WDT" and toks[v].text[:1].islower() and not _noun_of(toks, v):
            # after "which" or "that", a verb ("a client which oppose", "companies that
            # ships jobs"), not the noun that opens a clause ("the rules that phones follow",
            # "reports that traces of it remain") nor a name ("which Lynch vetoed")
            object_next = v + 1 < len(toks) and toks[v + 1].tag in _OBJECT_OPENERS
            lexical = lexical_verb(verb, "VBZ" if is_third(verb) else "VBP", after_who=object_next)
        if lexical is None and j >= 1 and toks[j].tag in ("NN", "NNS") and _sole_finite(toks, v):
            # no other word of the sentence is a verb: this one is ("The teacher laugh.")
            lexical = lexical_verb(verb, "VBZ" if is_third(verb) else "VBP", after_who=True)
        if lexical is None and toks[v].tag == "VBZ" and j >= 0 and toks[j].tag == "NNS" and (
            _object_after(toks, v) or mostly_verb(verb) or v + 1 < len(toks) and toks[v + 1].text.lower() in PARTICLES
        ):
            # a word that is a noun too, read as a verb because an object or a particle follows
            # it ("the emails shows that", "the currents washes away") or because it is mostly
            # a verb ("the comments comes as": the tagger reads it as one, and so do WordNet's
            # counts)
            lexical = lexical_verb(verb, toks[v].tag, after_who=True)
        if lexical is None and toks[v].tag in ("VBZ", "VBP") and j >= 4 and toks[j].text == "," and (
            _object_after(toks, v) or mostly_verb(verb, base=toks[v].tag == "VBP")
        ):
            # after an aside in commas, a word the tagger reads as a verb before its object
            # ("The results, of course, shows a gain"): find_subject reads past the aside
            lexical = lexical_verb(verb, toks[v].tag, after_who=True)
        if lexical is None and toks[v].tag == "NNS" and j >= 4 and toks[j].text == "," and _noun_aside_before(toks, v) is not None:
            # after a subject and its aside in commas, a word in -s the tagger reads as a
            # noun but as a verb in the other number ("The elements, such as iron, forms/NNS
            # oxide": "form/VBP oxide")
            lexical = _verb_after_noun_aside(toks, v)
        if lexical is None and toks[v].tag == "VBZ" and j >= 2 and toks[j].tag == "NN" and _object_after(toks, v) and _of_phrase_before(toks, j):
            # a word that is a noun too, read as a verb before its object, after an
            # of-phrase whose noun before may be the head ("advocates of collective
            # intelligence expresses a need")
            lexical = lexical_verb(verb, "VBZ", after_who=True)
        if (
            lexical is None
            and toks[v].tag in ("VB", "VBP", "NN")
            and j >= 1
            and toks[j].tag == "NN"
            and (toks[j - 1].tag in ("DT", "PRP$") or toks[j - 1].tag == "JJ" and j >= 2 and toks[j - 2].tag in ("DT", "PRP$"))
            and v + 1 < len(toks)
            and (
                toks[v + 1].tag in ("DT", "PRP$")
                or toks[v + 1].text.lower() in _OBJECT_PRONOUNS
                or toks[v + 1].text.lower() in PARTICLES and mostly_verb(verb, base=True)  # "a farmer dig up"
            )
            and toks[v + 1].text.lower() != "that"
        ):
            # a base form that is a noun too, read as a verb after a singular noun because an
            # object follows it ("the report say the", "the video show her")
            lexical = lexical_verb(verb, "VBP", after_who=True)
        if lexical is None and toks[v].tag == "VBZ" and j >= 2 and toks[j].tag == "NNP" and two_first_names(toks, v):
            # after two first names joined by "and" where the clause opens, a word in -s that
            # a noun may be too is their verb ("Rachel and Ross goes", "George and Kendra wakes")
            lexical = lexical_verb(verb, "VBZ", after_who=True)
        if (
            lexical is None
            and verb in _INTRANSITIVE_PARTICIPLES
            and toks[v].tag == "VBN"
            and j >= 1
            and toks[j].tag == "NN"
            and toks[j - 1].tag in ("DT", "PRP$", "JJ")
            and not any(t.text.lower() in _PARTICIPLE_AUXILIARIES for t in toks[max(0, j - 6) : v])
        ):
            # "The initiative come under orders": a participle that is the plain form too, of a
            # verb with no passive, so no participle phrase may describe the noun; with no
            # "have" or "be" before it, it is the present
            lexical = lexical_verb(verb, "VBP", after_who=True)
        if lexical is None and verb in ("need", "dare") and v + 1 < len(toks) and toks[v + 1].text.lower() == "to":
            lexical = (False, verb + "s")  # "the player need to": before "to", the verb, not the modal
        if lexical is None and j >= 0 and toks[j].tag in ("NN", "NNS", "NNP"):
            lexical = _verb_by_its_other_form(toks, v)
            read_by_other_form = lexical is not None
        if lexical is None:
            return None
        singular_verb, wanted = lexical
    if (
        verb in VERB_TAGS
        and toks[v].tag != VERB_TAGS[verb]
        and not _base_after_noun(toks, v)
        and not _after_nominative(toks, j)
        and not _plain_after_aside(toks, v)
    ):
        return None  # "will have", "to do": not a finite verb
    if verb in ("was", "were") and toks[v].tag != "VBD":
        return None
    if j >= 0 and toks[j].tag == "PRP" and toks[j].text.lower() in PERSONAL:
        if lexical:
            return None  # "insisted that he resign": left to the pronoun rules of be/have/do
        return pronoun_disagreement(toks, v, j, verb, wanted)
    if j >= 2 and toks[j].text.lower() in ("which", "whom") and toks[j - 1].text.lower() == "of":
        return _counted_relative(toks, v, j, singular_verb, wanted)
    if j >= 1 and (toks[j].text.lower() == "who" or toks[j].text.lower() in ("which", "that") and toks[j].tag == "WDT"):
        found = relative_disagreement(toks, v, j, singular_verb, wanted)
        # "which", "that" or "who" may stand for a noun further back than the one before it
        # ("films a year that were", "a method of writing dates which resolves"): about half
        # of these were right on Wikipedia text, so they are info
        return found if found is None else (*found[:3], "info")
    if singular_verb:
        counted = counted_plural_disagreement(toks, v, wanted) or joined_names_disagreement(toks, v, wanted)
        if counted is not None:
            return counted
    found = find_subject(toks, v)
    if found is None:
        if lexical is None and not retagged:
            return _disagreement_read_with_other_form(toks, v, wanted, variety)
        return None
    if read_by_other_form and _verb_in_clause_before(toks, v):
        # "an adaptor that helps people with tremors control", "the number that caught the
        # eyes of analysts shows": a verb before this word in its clause has a subject of its
        # own, and a phrase after that verb may look like this word's subject
        return None
    result = _subject_disagreement(toks, v, found, verb, singular_verb, wanted, lexical, variety)
    if result is not None and len(result) == 3 and (
        doubtful_subject(toks, v, found[1], singular_verb, lexical) or not plain_subject(toks, v, found[1], found[0])
    ):
        return (*result, "info")
    return result


# Words that count one thing, and more than one, before "of which" or "of whom" ("either",
# "neither", "none", "some", "all" and "most" take either number: "neither of which were").
_ONE_OF_WHICH = word_set("one each")
_MANY_OF_WHICH = word_set("two three four five six seven eight nine ten twelve twenty both many several few")


def _counted_relative(toks, v: int, j: int, singular_verb: bool, wanted: str):
    """"one of which are", "each of whom have", "two of which was", "both of which is": after
    a word that counts and "of which" or "of whom", the verb takes the count's number, not
    the antecedent's. Not "all but one of which are" (the rest are counted), nor a number
    that ends in "one" ("twenty-one of which have": one word). Over 410 MB of Wikipedia a
    plural count before "of which/whom" and "is", "was" or "has" stands 2 times to 1,252 with
    "are", "were" or "have"; "one" or "each" before a plural 44 times to 559 (most of the 44
    "each of which are", a slip; "all but one of which are", right)."""
    count = toks[j - 2]
    word = count.text.lower()
    if word in _ONE_OF_WHICH and not singular_verb:
        if j >= 3 and toks[j - 3].text.lower() == "but":
            return None  # "all but one of which are"
        return count, wanted, f"\"{count.text} of {toks[j].text}\" takes a singular verb"
    # (not a figure: "300,000 hectares, 30,000 of which is urbanized" counts an amount)
    if word in _MANY_OF_WHICH and singular_verb:
        return count, wanted, f"\"{count.text} of {toks[j].text}\" is plural"
    return None


# Linking verbs, which an adjective may follow: "sounds scary", "seem happy".
_LINKING_BASES = word_set("look sound remain stay seem appear become feel prove grow")


# Verbs whose participle is their plain form and that take no object, so have no passive: after
# a noun with no "have" or "be" before, the word is a present tense ("the team become").
_INTRANSITIVE_PARTICIPLES = frozenset(("come", "become"))
_PARTICIPLE_AUXILIARIES = COPULAS | HAVE | {"am", "'m"}


def _main_verb_after_relative(toks, v: int):
    """The main verb after a relative clause on the subject, in a sentence that a noun phrase
    opens and a full stop ends: the noun before the relative pronoun is its subject, whatever
    the tagger read between.

    - on the subject: "that", "who" or "which", its verb, its object (an of-phrase in it
      too), then a word that is a verb in the present tense ("The author that admires the
      guards smile.", "The words that describe the world of finance sounds dull": a linking
      verb before an adjective), or "is", "are", "was", "were", "has" or "have" after the
      clause's verb, its object, particle or prepositional phrase ("The car that broke down
      were towed"; not after a verb that takes a clause, "The man who said the results were
      fake", nor when the clause's present tense shows the other number);
    - on the object: the pronoun, the clause's own subject and its verb, then a verb that
      shows a number ("The rules that the council passed was strict.", "The book that the
      author wrote are on sale"): the writer agrees with the nearer noun; also after a
      preposition and "which" or "whom" ("The lands over which they roamed was")."""
    verb = toks[v].text.lower()
    if toks[-1].text != "." or toks[0].text.lower() not in _SENTENCE_DETERMINERS or not toks[v].text.islower():
        return None
    r = next((k for k, t in enumerate(toks) if t.text.lower() in ("that", "who", "whom", "which")), None)
    if r is None:
        return _main_verb_after_bare_relative(toks, v)
    # "The lands over which they roamed was": after a preposition, "which" or "whom" opens a
    # clause with a subject of its own; the noun before the preposition is the head
    preposition = r >= 3 and toks[r - 1].tag == "IN" and toks[r].text.lower() in ("which", "whom")
    n = r - 2 if preposition else r - 1
    if n < 1 or r + (2 if verb in _SHOWN_NUMBER else 3) > v or toks[n].tag not in ("NN", "NNS") or not toks[n].text.islower():
        return None
    if any(t.tag not in _PHRASE_TAGS and t.tag != "NNP" for t in toks[1:n]):
        return None  # (a name may describe the noun: "The Facebook account that she used were")
    if not preposition and toks[r + 1].tag in ("VBZ", "VBP", "VBD") and verb in _SHOWN_NUMBER and toks[r + 1].text.lower() not in _SHOWN_NUMBER:
        # on the subject, then a verb that shows a number: "The car that broke down were towed"
        own = toks[r + 1]
        if not _modifier_closed(toks, r + 2, v) or _takes_clause(own.text.lower()):
            return None  # "the man who told us we were", "the man who said the results were"
        if mostly_noun(own.text.lower()):
            return None  # "The farm service states that palm oil is": "palm" opens a noun phrase
        number = "s" if verb in SINGULAR_VERBS else "p"
        if own.tag != "VBD" and ("s" if own.tag == "VBZ" else "p") == number:
            return None  # "the package that fail were": the clause's verb says the head is plural
        wanted = SINGULAR_VERBS.get(verb) or PLURAL_VERBS.get(verb)
    elif not preposition and toks[r + 1].tag in ("VBZ", "VBP", "VBD"):
        # on the subject: a present-tense verb (a noun too) that ends the sentence or that a
        # preposition, adverb or object follows (a noun may: "the farm house", "the guard dogs")
        if verb in VERB_TAGS or verb in ("was", "were") or "v" not in lx.tags(verb):
            return None
        if v + 1 < len(toks) and toks[v + 1].tag not in (".", "IN", "TO", "RB", "DT", "PRP$", "PRP") and not (
            toks[v + 1].tag == "JJ" and (third_base(verb) or verb) in _LINKING_BASES
        ):
            return None  # (an adjective after a linking verb: "The words that describe the world sounds scary")
        if any(t.tag not in _PHRASE_TAGS and t.text != "of" for t in toks[r + 2 : v]) or toks[v - 1].tag not in ("NN", "NNS", "PRP"):
            return None  # (an of-phrase in the object: "that describe the world of software sounds")
        number = "s" if is_third(verb) else "p" if verb in bases() and verb not in pasts() else None
        wanted = _other_number_form(verb) if number else None
    else:
        # on the object, or after a preposition and "which" or "whom": the clause's subject (a
        # plain noun phrase, a name or a pronoun), its verb in a past or present tense, then
        # "is", "are", "was", "were", "has" or "have"
        if verb not in _SHOWN_NUMBER or v - 1 <= r + 1:
            return None
        own = toks[v - 1].text.lower()
        if own in VERB_TAGS or own in ("was", "were") or not (
            toks[v - 1].tag in ("VBD", "VBZ", "VBP") or toks[v - 1].tag == "VBN" and own in pasts()
        ):
            return None  # (a past the tagger read as a participle: "which my parents built/VBN are")
        if any(t.tag not in _PHRASE_TAGS | {"NNP", "NNPS"} for t in toks[r + 1 : v - 1]):
            return None
        if toks[v - 2].tag not in ("NN", "NNS", "NNP", "NNPS", "PRP"):
            return None
        number = "s" if verb in SINGULAR_VERBS else "p"
        wanted = SINGULAR_VERBS.get(verb) or PLURAL_VERBS.get(verb)
    if number is None or wanted is None:
        return None
    return _described_head_disagreement(toks[n], toks[v], number, wanted, f"{toks[n + 1].text} {toks[n + 2].text} …")


def _modifier_closed(toks, first: int, v: int) -> bool:
    """The words from ``first`` to the verb at ``v`` may close a relative clause or an
    infinitive on the subject's noun: nothing, or its object, particle or prepositional
    phrase, with a noun, an object pronoun, a particle or an adverb last (not "the man who
    told us we were": a clause of its own)."""
    if any(t.tag not in _PHRASE_TAGS | {"RP", "RB"} and t.text.lower() not in POST_MODIFIERS for t in toks[first:v]):
        return False
    last = toks[v - 1]
    return v == first or last.tag in ("NN", "NNS", "RP", "RB") or last.text.lower() in _OBJECT_PRONOUNS


def _takes_clause(verb: str) -> bool:
    """A verb whose clause may hold the verb after it ("who said the results were")."""
    return verb in speech_verbs() or verb in clause_verbs()


def _described_head_disagreement(head, verb, number: str, wanted: str, described: str):
    """The finding on the verb ``verb`` of ``number`` when the noun ``head`` that the words
    ``described`` ("that broke …", "to ban …") describe has the other number, or None."""
    said = head.text.lower()
    plural_group = said in collectives() and not unit_collective(said) and number == "s" and head.tag == "NNS"
    if said in collectives() and not plural_group or said in QUANTITY_HEADS or said in headword_s() or noun_number(said, head.tag) in (None, number):
        return None  # (a group plural in meaning takes no singular verb: "The men who accompanied her was")
    why = f"\"{head.text}\" is {'singular' if number == 'p' else 'plural'}; \"{described}\" describes it"
    return head, lx.recase(wanted, verb.text), why


def _main_verb_after_infinitive(toks, v: int):
    """"The move to ban him were unsuccessful", "Her decision to use the private account were a
    mistake": a noun phrase that opens its clause, an infinitive on its noun, then "is",
    "are", "was", "were", "has" or "have", whose subject is that noun."""
    verb = toks[v].text.lower()
    if verb not in _SHOWN_NUMBER or not toks[v].text.islower():
        return None
    t = v - 1
    while t > 0 and toks[t].text.lower() != "to" and (toks[t].tag in _PHRASE_TAGS | {"RP", "RB", "VB"} or toks[t].text.lower() in POST_MODIFIERS):
        t -= 1
    if t < 1 or toks[t].text.lower() != "to" or t + 2 > v or toks[t + 1].tag != "VB" or toks[t - 1].tag not in ("NN", "NNS"):
        return None
    start = np_start(toks, t - 1)
    if not (toks[t - 1].text.islower() or start == t - 1 and opening_common_noun(toks, t - 1)) or not clause_starts_at(toks, start):
        return None
    if toks[start].tag not in ("DT", "PRP$") and not (toks[t - 1].tag == "NNS" and all(tk.tag in ("JJ", "NN", "NNS") for tk in toks[start:t])):
        return None  # a determiner, or a plural with no determiner: "Attempts to expand it has"
    if verb == "were" and SUBJUNCTIVE & {tk.text.lower() for tk in toks[max(0, start - 4) : start]}:
        return None  # "even if the technology to map it were available"
    own = toks[t + 1].text.lower()
    if _takes_clause(own) or own in _SHOWN_NUMBER or own in ("be", "do") or not _modifier_closed(toks, t + 2, v):
        return None  # "the decision to say the results were": the verb of what was said
    number = "s" if verb in SINGULAR_VERBS else "p"
    wanted = SINGULAR_VERBS.get(verb) or PLURAL_VERBS.get(verb)
    return _described_head_disagreement(toks[t - 1], toks[v], number, wanted, f"to {toks[t + 1].text} …")


def _main_verb_after_bare_relative(toks, v: int):
    """"The changes the council made was welcome", "The book he wrote are on sale": a relative
    clause on the object without "that" (its subject opened by a determiner or a subject
    pronoun straight after the noun, then its verb), then "is", "are", "was", "were", "has" or
    "have": the noun before the clause is the subject."""
    verb = toks[v].text.lower()
    if verb not in _SHOWN_NUMBER or v < 4:
        return None
    own = toks[v - 1].text.lower()
    if own in VERB_TAGS or own in ("was", "were") or not (
        toks[v - 1].tag in ("VBD", "VBZ", "VBP") or toks[v - 1].tag == "VBN" and own in pasts()
    ):
        return None
    k = next((k for k in range(2, v - 1) if toks[k].tag in ("DT", "PRP$", "PRP")), None)
    if k is None or toks[k - 1].tag not in ("NN", "NNS") or not toks[k - 1].text.islower():
        return None
    if toks[k].tag == "PRP" and toks[k].text.lower() not in _SUBJECT_PRONOUNS:
        return None
    if any(t.tag not in _PHRASE_TAGS for t in toks[1 : k - 1]) or any(t.tag not in _PHRASE_TAGS | {"NNP", "NNPS"} for t in toks[k : v - 1]):
        return None
    if toks[v - 2].tag not in ("NN", "NNS", "NNP", "NNPS", "PRP"):
        return None
    number = "s" if verb in SINGULAR_VERBS else "p"
    wanted = SINGULAR_VERBS.get(verb) or PLURAL_VERBS.get(verb)
    return _described_head_disagreement(toks[k - 1], toks[v], number, wanted, f"{toks[k].text} … {toks[v - 1].text}")


_SUBJECT_PRONOUNS = frozenset(("i", "he", "she", "we", "they", "you", "it"))


# Tags of the words of a plain noun phrase ("the new security guards", "her").
_PHRASE_TAGS = frozenset(("DT", "JJ", "JJR", "JJS", "NN", "NNS", "CD", "PRP$", "POS", "PRP", "HYPH"))


def _verb_by_its_other_form(toks, v: int):
    """(singular?, the other form) for a word the tagger did not read as a verb of this
    number but reads as a finite verb when written in the other number ("The scenes
    features/VBZ explicit acts": with "feature" in its place, VBP): the corrected sentence
    has a verb where the written one has a noun or a verb the tests above left alone."""
    verb = toks[v].text.lower()
    after = toks[v + 1] if v + 1 < len(toks) else None
    object_next = after is not None and (
        after.tag in ("DT", "PRP$", "CD") or after.text.lower() in _OBJECT_PRONOUNS and after.text.lower() != "her"
    )
    if toks[v].tag not in ("VB", "VBP", "VBZ") and not (object_next and toks[v].tag in ("NN", "NNS")):
        return None
    if not verb.isalpha() or "v" not in lx.tags(verb) or verb in pasts() or verb in ("need", "dare"):
        return None  # ("need not", "dare say": a modal's plain form)
    if finite_verb_within(toks, v, 3):
        return None  # "substitute wave functions have": the clause's verb is further on
    other = _other_number_form(verb)
    if other is None:
        return None
    if tags_with(toks, v, other)[v] != ("VBZ" if is_third(other) else "VBP"):
        return None
    return is_third(verb), other


def _verb_after_noun_aside(toks, v: int):
    """(True, the plural form) for a word in -s that is a verb too, after a subject and its
    aside, before a noun phrase: the tagger, which reads it as a plural noun, reads its plural
    form as a noun too ("form oxide"), so the sentence's shape decides. Not before "and", "or"
    or a comma, where the word goes on a list the aside opened ("such as hammers, drills and
    saws"), nor with another finite verb within three words."""
    verb = toks[v].text.lower()
    if v + 1 >= len(toks) or not is_third(verb) or "v" not in lx.tags(verb):
        return None
    if toks[v + 1].tag not in ("DT", "PRP$", "CD", "JJ", "NN", "NNS", "PRP") or finite_verb_within(toks, v, 3):
        return None
    other = _other_number_form(verb)
    return None if other is None else (True, other)


def _verb_in_clause_before(toks, v: int) -> bool:
    """A verb (or a modal) before ``v`` with no comma, colon, dash or conjunction between."""
    for t in reversed(toks[:v]):
        if t.tag in (",", ":", "CC") or t.text in (";", "(", "—", "–"):
            return False
        if t.tag[:2] == "VB" or t.tag == "MD":
            return True
    return False


_NOUN_TAGS = frozenset(("NN", "NNS"))
_NAME_TAGS = frozenset(("NNP", "NNPS"))
_PHRASE_INNER = frozenset(("DT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "RB"))


def _noun_phrase_end(toks, k: int, end: int) -> int | None:
    """The index after a plain noun phrase that opens at ``k`` (before ``end``), or None."""
    j = k
    while j < end and toks[j].tag in _PHRASE_INNER:
        j += 1
    if j == k or toks[j - 1].tag not in _NOUN_TAGS | _NAME_TAGS | {"CD"}:
        return None
    return j


def _opening_head_disagreement(toks, v: int, singular_verb: bool, wanted: str):
    """The head of the noun phrase that opens the sentence, read past the phrases that
    describe it up to the verb, when the nearest noun is not where a clause starts: "The
    rights to salt produced along the coast was", "Attempts by the minister to stem this flow
    of migrants has". What stands between the head and the verb must be prepositional
    phrases, an infinitive or a participle with their objects, with no comma, no "and" and no
    other verb that takes a subject."""
    if not toks or toks[0].tag not in ("DT", "JJ", "JJS", "NN", "NNS", "PRP$") or toks[0].text.lower().endswith("ing"):
        return None  # (not a gerund: "Enabling patients to read guides has")
    j = 0
    while j < v and toks[j].tag in ("DT", "PRP$", "JJ", "JJR", "JJS", "HYPH", "NN", "NNS") and not (
        toks[j].tag in _NOUN_TAGS and j + 1 < v and toks[j + 1].tag not in _NOUN_TAGS | {"HYPH"}
    ):
        j += 1
    if j >= v or toks[j].tag not in _NOUN_TAGS:
        return None
    head = j
    word = toks[head].text.lower()
    if any(t.text.lower() in PLURAL_COUNTS or t.tag == "CD" for t in toks[:head]):
        return None  # "Few intervention to prevent it have": the noun's own number is wrong (G202)
    if toks[head].text[:1].isupper() and head > 0 or word in collectives() or word in QUANTITY_HEADS or word in OF_HEADS:
        return None
    k = head + 1
    if k >= v or toks[k].tag not in ("IN", "TO", "VBN", "VBG"):
        return None
    if toks[k].text.lower() in ("of", "than", "as", "like"):
        return None  # of-phrases are find_subject's ("the membership of the bands were")
    while k < v:
        tag = toks[k].tag
        if tag == "IN" and toks[k].text.lower() in CLAUSE_OPENING_IN:
            return None  # "The realization that only small swings were": a clause of its own
        if tag == "IN" or tag == "TO" and k + 1 < v and toks[k + 1].tag not in ("VB",):
            after = _noun_phrase_end(toks, k + 1, v)
            if after is None:
                return None
            k = after
        elif tag == "TO":
            k += 2
            after = _noun_phrase_end(toks, k, v)
            k = after if after is not None else k
        elif tag in ("VBN", "VBG"):
            k += 1
            after = _noun_phrase_end(toks, k, v)
            k = after if after is not None else k
        elif tag == "RB":
            k += 1
        else:
            return None
    number = noun_number(word, toks[head].tag)
    if number is None:
        return None
    if toks[head].tag == "NNS" and number == "p" and singular_verb and not may_be_singular(word) and plural_head_singular(word):
        return toks[head], wanted, f"\"{toks[head].text}\" is plural"
    if toks[head].tag == "NN" and number == "s" and not singular_verb and word in count_nouns() and plural_of(word) != word:
        return toks[head], wanted, f"\"{toks[head].text}\" is singular"
    return None


def _other_number_form(verb: str) -> str | None:
    if is_third(verb):
        return third_base(verb)
    return third_of(verb)


_AFTER_CLAUSE_VERB = frozenset(("IN", "TO", "DT", "PRP", "PRP$", "RB", "RP"))


def verb_read_as_noun_disagreement(toks, v: int, variety):
    """"During colder weather, the wood turtle stay/NN in the water": after a singular noun
    the tagger may read a plain verb as the second noun of a compound. When the word is
    mostly a verb, a preposition or a particle follows it, the noun's phrase opens the clause
    and the sentence has no other finite verb (but those of a clause joined after it), it is
    the clause's verb and is read as one; otherwise it is a noun ("a home run for Gibson",
    "the cable deal with OLN was")."""
    j = v - 1
    if (
        v < 1
        or toks[v].tag != "NN"
        or toks[j].tag not in ("NN", "NNP")
        or not plain_verb_word(toks[v].text)
        or not _clause_verb_read_as_noun(toks, v, j)
    ):
        return None
    return disagreement([*toks[:v], toks[v]._replace(tag="VBP"), *toks[v + 1 :]], v, variety)


def _clause_verb_read_as_noun(toks, v: int, j: int) -> bool:
    """The clause opens with the phrase of the noun at ``j``, a preposition or a particle
    follows the word at ``v``, and the clause, in a sentence ended by a full stop, has no
    other word that may be its finite verb. A clause opened by a subordinating word ("until
    the reaction rise again") ends at a comma, and a verb before it is the main clause's;
    otherwise the sentence may hold no other finite verb but those of a clause joined after
    this one (by "and", "or", "but" before a verb, a relative pronoun or a subordinating
    word)."""
    if v + 1 >= len(toks) or toks[v + 1].tag not in _AFTER_CLAUSE_VERB or toks[v + 1].text.lower() in ("that", "of"):
        return False
    start = np_start(toks, j)
    opener = toks[start - 1].text.lower() if start >= 1 else ""
    if toks[-1].text != "." or opener in _ALSO_PREPOSITIONS or not (clause_starts_at(toks, start) or opener in _SUBORDINATING):
        return False
    subordinate = opener in _SUBORDINATING
    if not subordinate and any(_may_be_finite(t) for t in toks[:v]):
        return False
    joined = False  # after a relative pronoun or a conjunction before a verb, the next finite verb is its
    for k in range(v + 1, len(toks)):
        t = toks[k]
        said = t.text.lower()
        if subordinate and t.text == ",":
            return True
        if t.tag in ("WDT", "WP") or said in _SUBORDINATING or said in ("and", "or", "but") and k + 1 < len(toks) and toks[k + 1].tag in _FINITE_TAGS | {"VB", "RB"}:
            joined = True
        elif _may_be_finite(t):
            if not joined:
                return False
            joined = False
    return True


# Words that open a subordinate clause ("until the reaction rise again"; not "that", after
# which a plain verb may be a mandative subjunctive: "stressed that the campaign start").
_SUBORDINATING = frozenset(
    "until when whenever where wherever while whilst because although though if unless since once whereas after before".split()
)
# ... of which these are prepositions too, and the phrase after them is read as their object
# ("after a landslide win in New York", "until the price rise in March").
_ALSO_PREPOSITIONS = frozenset("until since once after before".split())


def _may_be_finite(token) -> bool:
    """A finite verb or modal, a past participle that is a simple past as well ("task force
    resulted/VBN in"), or a word in "-s" read as a plural that is mostly a verb ("a
    "revolution" draws/NNS thousands")."""
    word = token.text.lower()
    return (
        token.tag in _FINITE_TAGS
        or token.tag == "VBN" and word in pasts()
        or token.tag == "NNS" and word.islower() and is_third(word) and mostly_verb(word)
    )


def _sole_finite(toks, v: int) -> bool:
    """The word at ``v`` is a noun or a verb (no adverb, particle or adjective: "up", "down"),
    in a sentence that a determiner opens and a full stop ends (not a headline or a list's
    line), and no other word of it is tagged a verb."""
    return (
        toks[-1].text == "."
        and toks[0].text.lower() in _SENTENCE_DETERMINERS
        and set(lx.tags(toks[v].text.lower())) <= set("nvp")
        and not any(k != v and t.tag in ("VBG", "VB") for k, t in enumerate(toks))
        and only_verb_reading(toks, v)
        and (toks[v].tag != "NN" or _not_compound_within(toks, v))
    )


# The forms of "be" and "have" whose form shows their subject's number.
_SHOWN_NUMBER = ("is", "are", "was", "were", "has", "have")
_SENTENCE_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your"))
# ... and those that open the naming of one action ("the making of"; ``_action_of``).
_ACTION_DETERMINERS = _SENTENCE_DETERMINERS - {"a", "an"}


def _after_nominative(toks, j: int) -> bool:
    """The word at ``j`` is "he", "she", "we" or "they", which is never an object: a plain
    "do" or "have" after it is the verb of its clause, whatever the tagger read ("she do not",
    read as an infinitive because of the slip). Questions, inversions and the subjunctive
    are left to ``pronoun_disagreement``."""
    if j < 0 or toks[j].tag != "PRP":
        return False
    pronoun = toks[j].text.lower()
    return pronoun in NOMINATIVE or pronoun == "it" and j >= 1 and (toks[j - 1].tag in NOT_BEFORE_OBJECTS or opens_clause(toks, j))


def _counted_by_many(toks, start: int, head: int) -> bool:
    """A word that counts more than one ("several", "many", "both", a number above one)
    opens the noun phrase whose head, at ``head``, is singular: the head is the slip."""
    first = toks[start]
    word = first.text.lower()
    return start < head and (
        word in PLURAL_COUNTS and word not in ("all", "some", "most")
        or first.tag == "CD" and word not in ("one", "1") and first.text.replace(",", "").isdigit()
    )


def _counted_things(toks, start: int, head: int) -> bool:
    """The subject from ``start`` to ``head`` counts things: a number above one, then
    describing words or nouns, then a plural count noun that is no amount ("two hydrogen
    atoms", "14 songs", "2,203 species of insects"; not "20 years", "100,000 tons", "$5m",
    "the 1990s", "the 2004 elections"), which a singular verb does not fit."""
    noun = toks[head]
    word = noun.text.lower()
    if noun.tag != "NNS" or not noun.text.isalpha() or not noun.text.islower() or word in MEASURES:
        return False
    # a headword in "-s" counted is plural ("2,203 species", "three series"), but for fields
    # and "news", which nothing counts
    zero_plural = word in headword_s() and not word.endswith("ics") and word != "news"
    if not zero_plural and (word in headword_s() or noun_number(word, "NNS") != "p" and word != "people"):
        return False
    counts = [k for k in range(start, head) if toks[k].tag == "CD"]
    if not counts or any(t.tag == "$" for t in toks[start:head]):
        return False
    number = toks[counts[0]].text.lower().replace(",", "")
    if number in ("one", "1") and counts[0] + 1 in counts and toks[counts[0] + 1].text.lower() in LARGE_NUMBERS:
        number = "many"  # "about one million native speakers"
    if number in ("one", "1", "0", "zero") or not (number.isdigit() and 1 < int(number) < 1000 or number.isalpha() or "," in toks[counts[0]].text):
        return False  # "0 errors", a year or a label ("the 2004 elections", "the 80486 chips")
    return all(t.tag in ("CD", "JJ", "NN", "HYPH", "VBN") for t in toks[counts[-1] + 1 : head])


def _amount_named(toks, v: int) -> bool:
    """"is" or "was" at ``v`` before a noun phrase that names what the count amounts to
    ("three carriages is the minimum", "five lashes was the penalty", "the 350 texts is
    just a small number"): the number taken as one amount, which a singular verb fits."""
    if toks[v].text.lower() not in ("is", "was", "'s", "’s"):
        return False
    k = v + 1
    while k < len(toks) and toks[k].tag == "RB":
        k += 1
    return k < len(toks) and toks[k].tag in ("DT", "PRP$", "CD", "NN", "NNS", "JJS", "PDT")


_PLURAL_OBJECTS = word_set("them these those")
# Amounts that count their of-phrase, but are one thing without it: "The northern part
# include the Parliament" (not "the majority are", "the remainder were", "a significant
# proportion were", "a certain percentage are": those stand for many, the of-phrase left out).
_ONE_PART = word_set("part average minimum maximum quantity total")
# Plural forms of be, have and do, and the singular that "one" (anybody) takes.
_PLURAL_AUXILIARIES = {"are": "is", "were": "was", "have": "has", "do": "does"}
# Words after which "one" opens a clause as a pronoun ("unless one are", ", one have").
_ONE_OPENERS = word_set(", ; if unless when whenever because since until once where while whereas although though that so and but as before after what")
_SORT_NOUNS = word_set("kind sort type")
# Count nouns whose plural is the singular: only a determiner tells their number.
_SAME_FORM_NOUNS = word_set("species subspecies series aircraft spacecraft hovercraft sheep deer moose")
_ONE_DETERMINERS = word_set("a an this that each every another one either neither")
_MANY_DETERMINERS = word_set("these those both many several few") | NUMBER_WORDS
_COUNTING_WORDS = word_set("few couple dozen hundred thousand million number lot score handful great good many")


def _number_by_determiner(toks, start: int, head: int) -> str | None:
    """"s" or "p" for a noun whose plural is its singular ("species", "series", "aircraft")
    when the determiner opening its phrase tells the number ("this species", "these
    aircraft"), with only describing words between; None otherwise, and before "of" ("a
    series of talks were": the of-phrase may decide)."""
    word = toks[head].text.lower()
    if word not in _SAME_FORM_NOUNS or head + 1 < len(toks) and toks[head + 1].text.lower() == "of":
        return None
    if any(t.tag not in ("JJ", "VBN", "NN") or t.text.lower() in _COUNTING_WORDS for t in toks[start + 1 : head]):
        return None  # (and not "a few species", "a dozen aircraft")
    determiner = toks[start].text.lower()
    return "s" if determiner in _ONE_DETERMINERS else "p" if determiner in _MANY_DETERMINERS else None


def counted_plural_disagreement(toks, v: int, wanted: str):
    """"Many of the islands was", "two of her sisters is", "some of them is": a word that
    counts a plural of-phrase ("many", "most", "some", a number above one), opening the
    subject, before a singular verb."""
    j = v - 1
    word = toks[j].text.lower()
    if toks[j].tag == "PRP" or toks[j].tag == "DT" and word in _PLURAL_OBJECTS:
        if word not in _PLURAL_OBJECTS:
            return None
        start = j
    elif toks[j].tag == "NNS" and toks[j].text.islower() and word not in headword_s():
        if noun_number(word, "NNS") != "p" and plural_head_singular(word) is None:
            return None
        start = np_start(toks, j)
    else:
        return None
    q = start - 2
    if q < 0 or toks[start - 1].text.lower() != "of" or start < j and toks[start].tag not in ("DT", "PRP$"):
        return None  # "most of these matches", not "all of Europe's cities" nor a bare phrase
    count = toks[q].text.lower()
    if not (count in PLURAL_COUNTS or toks[q].tag == "CD" and count not in ("one", "1", "0", "zero")):
        return None
    opens = clause_starts_at(toks, q) or q >= 2 and toks[q - 1].text.lower() in ("and", "but") and toks[q - 2].text == ","
    if not opens or q >= 1 and toks[q - 1].text.lower() in ("all", "but"):
        return None  # (not "all but two of the")
    return toks[j], wanted, f"\"{toks[q].text} of … {toks[j].text}\" is plural"


def plain_subject(toks, v: int, start: int, head: int) -> bool:
    """The subject that opens at ``start`` leaves no doubt which noun the verb at ``v`` agrees
    with, so that a disagreement is a warning: the verb is no noun too (WordNet), the
    subject is no object of a word that may be a preposition ("since", "as"), it opens with a determiner ("the", "his",
    "each": "Lawn bowls is", "gender studies is" name one thing), its head is no name, and
    nothing but describing words and prepositional phrases stands before the verb: no verb
    or participle after a noun ("photos taken before the storm are", "the Commission that
    had held the peace for years was"), no plural noun straight after a noun ("the amount
    of debt banks are willing to lend": a clause on "debt" may open there)."""
    first = toks[start]
    if first.tag not in ("DT", "PRP$", "PDT") and first.text.lower() not in ("each", "every", "one"):
        return False
    if start >= 1 and toks[start - 1].text.lower() in CLAUSE_OR_PHRASE:
        return False  # "and as a result are driven out", "before and after the storm are": a preposition's object
    if toks[v].text.lower() in verbs_also_nouns():
        return False  # "a floating point divide by zero": the verb may be a noun
    if toks[head].text[:1].isupper() or toks[head].text.lower() in headword_s():
        return False  # a name; "the innings was": a plural form that is a lemma may be singular
    for k in range(start, v):
        tag = toks[k].tag
        if tag in ("VBN", "VBG") and k > start and toks[k - 1].tag in ("DT", "PRP$", "JJ", "RB", "CC", ","):
            continue  # "the armed forces", "the developing world"
        if tag.startswith("VB") or tag in ("MD", "WDT", "WP"):
            return False
        if k > start and tag == "NNS" and toks[k - 1].tag in ("NN", "NNS"):
            return False
    return True


# A year that describes the noun after it ("the 1992 race"): a label, not a count.
_YEAR = re.compile(YEAR)


def _a_count(token, head) -> bool:
    """A figure in a subject that counts or measures ("20 years", "$5m", "the 12 jurors"); not
    "one", nor a year before the noun it names ("the 1992 race")."""
    if token.tag not in ("CD", "$") or token.text.lower() == "one":
        return False
    return token is head or not _YEAR.fullmatch(token.text)




def _action_of(toks, start: int, head: int) -> bool:
    """The head is an "-ing" noun after a determiner with "of" after it ("the making of
    films", "the uncovering of assumptions"): the naming of one action, a singular."""
    word = toks[head].text
    return (
        toks[head].tag == "NN"
        and word.islower()
        and word.endswith("ing")
        and start < head
        and toks[start].text.lower() in _ACTION_DETERMINERS
        and head + 1 < len(toks)
        and toks[head + 1].text.lower() == "of"
    )


def _subject_disagreement(toks, v: int, found, verb: str, singular_verb: bool, wanted: str, lexical, variety):
    """The disagreement of the verb at ``v`` with the subject ``found`` before it (head
    index, start, other possible heads), or None."""
    head, start, others = found
    after_and = _clause_after_and(toks, start) or singular_verb and _clause_after_main_verb_and(toks, start)
    if after_and and not singular_verb and not _finite_verb_before(toks, start - 2):
        # "The load current and the supply frequency are": with no verb before "and", the
        # words before it are a noun the tagger took for an adjective, joined to this one
        return None
    if start >= 2 and toks[start - 1].text.lower() in ("or", "nor") and singular_verb and not after_and:
        if not others and head == _before_adverbs(toks, v):
            return or_subject_disagreement(toks, start, head, wanted)  # "no banks or lenders has"
        return None
    if start >= 2 and toks[start - 1].text.lower() in ("or", "nor") and not singular_verb and not after_and:
        if not others and head == _before_adverbs(toks, v):
            return paired_singulars_disagreement(toks, start, head, wanted)  # "Either the mayor or the governor are"
        return None
    if start >= 1 and toks[start - 1].text.lower() == "and" and singular_verb and not after_and:
        if not others and head == _before_adverbs(toks, v) and verb != "does":
            return joined_subject_disagreement(toks, v, start, wanted)  # "the mayor and the council is"
        return joined_plurals_disagreement(toks, start, head, wanted)  # "The forests and steppes of the Urals is"
    # ("Ionizing radiation have": an "-ing" word opening the sentence describes the noun, or
    # is a gerund whose phrase is the subject; one thing either way, so a plural "be", "have"
    # or "do" is read with the noun, though "Rising prices has" may be right; not after a
    # determiner, "Attending the reunion were", nor a plain verb: "Seeing a pattern emerge")
    gerund_before = verb in PLURAL_VERBS and start == 1 and toks[0].tag == "VBG" and toks[1].tag != "DT"
    if not (
        clause_starts_at(toks, start)
        or after_and
        or gerund_before
        or _reported_clause(toks, start, head, verb)
        or _bare_relative_subject(toks, start, head, verb, singular_verb)
        or _subject_after_phrase(toks, start, head, v, verb)
    ):
        if lexical is None:
            return _opening_head_disagreement(toks, v, singular_verb, wanted)
        return None
    if lexical and not singular_verb and any(
        mandative(t.text.lower()) for t in toks[max(0, start - (12 if "that" in _words_before(toks, start, 4) else 4)) : start]
    ):
        return None  # "they asked that the minister resign", "the demand, in the bill, that the report include"
    # (not within an aside that find_subject read past, "Jewellery, such as watches and rings,
    # is", unless the aside opens with the word: "The government - and private parties - have")
    aside = aside_span(toks, v) or (v, v)
    if any(
        toks[k].text.lower() in ("and", "or", "nor", "&") and not ((singular_verb or k > head) and joined_adjectives(toks, k + 1))
        for k in range(start, v)
        if not aside[0] + 1 < k < aside[1]
    ):
        # (two adjectives joined before a plural take its number: "its blue and white stripes
        # has"; before a singular they may make two things of it: "the first and last letter
        # are", but not in a phrase after the head: "the existence of large and small
        # populations have")
        return None
    if start >= 1 and toks[start - 1].text.lower() in ("and", "or", "nor", "&") and not after_and:
        return None
    word = toks[head].text.lower() if toks[head].text[:1].isupper() else compound_head(toks[head].text.lower())
    if toks[start].text.lower().endswith("ing") and toks[start].tag in ("NN", "VBG"):
        return None  # "Manufacturing products abroad is": a gerund is the subject
    if start >= 1 and toks[start - 1].tag == "VBG" and clause_starts_at(toks, start - 1) and singular_verb:
        # "Comparing sequences is": the gerund, not its object, is the subject; a plural verb
        # is wrong either way after a singular noun ("Ionizing radiation have")
        return None
    if verb == "were" and SUBJUNCTIVE & {t.text.lower() for t in toks[max(0, start - 4) : start]}:
        return None  # "if a bid were successful"
    if not singular_verb and verb in _NAME_PLURALS and _bare_singular_name(toks, start, head, v) and variety() == "en-US":
        # "Verizon were forced", "Kelly were relentless": in American copy a firm, a country,
        # a team or a person named in the singular takes a singular verb
        name = " ".join(t.text for t in toks[start : head + 1])
        return toks[head], wanted, f"\"{name}\" is one name{AMERICAN_NAME}", "info"
    if word in INDEFINITE_PRONOUNS and head == start and not singular_verb and not others:
        # "Everyone in the room were": one person, whoever it is, with a phrase after it
        return toks[head], wanted, f"\"{toks[head].text}\" takes a singular verb"
    if word in COUNTED_BY_OF and head + 1 < v and toks[head + 1].text.lower() == "of":
        return _counted_by_of(toks, head, v, singular_verb, wanted)  # "most of the houses is"
    if word == "none" and not singular_verb and head + 1 < v and toks[head + 1].text.lower() == "of":
        return _counted_by_of_singular(toks, head, v, wanted)  # "none of the money were" (either after "none of the houses")
    if (
        any(_a_count(t, toks[head]) for t in toks[start : head + 1])
        and word not in ("one",)
        and not (singular_verb and _counted_things(toks, start, head) and not _amount_named(toks, v))
    ):
        return None  # "20 years is", "$5m was", "the 12 jurors"
    if any(t.text in ('"', "“", "”", "''", "``") for t in toks[max(0, start - 1) : v]):
        return None  # a title in quotation marks
    if word == "number" and head + 1 < len(toks) and toks[head + 1].text.lower() == "of" and not lexical:
        # "the number of voters is", "a number of voters are": the article decides
        article = toks[start].text.lower()
        if article in ("the", "this", "that") and not singular_verb or article == "a" and singular_verb:
            return toks[head], wanted, f"\"{toks[start].text} number of …\" takes a {'singular' if article != 'a' else 'plural'} verb"
        return None
    if word in OF_HEADS and word not in QUANTITY_NOUNS and toks[head + 1].text.lower() == "of" and not singular_verb and _one_of_one(toks, head, v):
        # "This type of relation appear": one sort of one thing, so nothing plural to agree with
        return toks[head], wanted, f"\"{toks[head].text} of {toks[v - 1].text}\" is singular", "info"
    of_after = toks[head + 1].text.lower() == "of"
    one_part = word in _ONE_PART and not singular_verb and not of_after  # "The northern part include"
    if word in QUANTITY_HEADS and not one_part or word in OF_HEADS and of_after:
        return None  # "a swathe of figures have": the count decides
    if word == "people" and singular_verb and toks[head].tag == "NNS" and not others and not one_people(
        [t.text for t in toks[start:head]]
    ):
        # "People prepares", "many people has": persons, plural (not "a people", "the
        # Jewish people": a nation, which may take a singular verb)
        return toks[head], wanted, f"\"{toks[head].text}\" is plural"
    if word in PLURAL_ONLY and singular_verb and not others and head == _before_adverbs(toks, v) and (
        head == start and word == "police" or head == start + 1 and toks[start].text.lower() == "the"
    ):
        # "The police is investigating", "the cattle was moved": plural in both varieties (not
        # "the national police is", "the city police comprises": an institution named; nor
        # "Cattle is the state's most valuable product", a commodity)
        return toks[head], wanted, f"\"{toks[head].text}\" is plural"
    if singular_verb and demonym_plural(toks[head].text) and not others and head == _before_adverbs(toks, v):
        return toks[head], wanted, f"\"{toks[head].text}\" is plural"  # "many Germans was"
    if word in collectives() and (
        toks[head].text[:1].isupper() or unit_collective(word) and (singular_verb or variety() == "en-GB")
    ):
        # "the government are" is British usage, accepted there; "the police is" and "the
        # findings was" go on to be checked by their form
        return None
    determiner = toks[start].text.lower()
    if word == "one" and [t.text.lower() for t in toks[max(0, start - 2) : start]] == ["all", "but"]:
        return None  # "all but one of my friends were": the rest are many
    if (
        word in ("one", "each") and head + 1 < len(toks) and toks[head + 1].text.lower() == "of"
        or determiner in ("each", "every", "either", "neither") and toks[head].tag == "NN"
    ):
        if singular_verb:
            return None
        last = _before_adverbs(toks, v)
        if last >= 1 and toks[last].tag == "NNS" and toks[last - 1].tag == "NNS" and last - 1 > head:
            # "One of the first jobs editors have is": two plurals in a row; the second opens a
            # clause of its own ("the jobs [that] editors have"), whose verb it is
            return None
        return toks[head], wanted, f"the subject is \"{toks[head].text}\""
    if toks[head].tag == "CD":
        return None  # "one in five voters are": a ratio
    if (
        toks[head].tag == "NNP"
        and head >= 1
        and toks[head - 1].text.lower().rstrip(".") in TITLES
        and start == head - 1
        and not singular_verb
    ):
        return toks[head], wanted, f"\"{toks[head - 1].text} {toks[head].text}\" is one person"
    if (
        toks[head].tag == "NNP"
        and not singular_verb
        and (head == _before_adverbs(toks, v) or _aside_after(toks, head, v))
        and start == head
        and lexical is not None
        and lone_first_name(toks[head].text)
        and clause_starts_at(toks, head)
    ):
        # "Harry alert the staff", "Later John find the boy": a first name alone that opens
        # its clause, before a plain verb other than "have" or "do", or before an aside in
        # commas ("Ami, realising the plans of the army, seek the help")
        return toks[head], wanted, f"\"{toks[head].text}\" is one person"
    if (
        toks[head].tag == "NNP"
        and not singular_verb
        and (head == _before_adverbs(toks, v) or _aside_after(toks, head, v))
        and (first := person_name_start([t.text for t in toks[: head + 1]], head)) is not None
        and all(t.tag == "NNP" for t in toks[first : head + 1])
        and variety() != "en-GB"
    ):
        # "Rick Santorum have", "William Lloyd Garrison were": a first name and a surname
        # straight before the verb or before an aside in commas ("John Smith, the mayor,
        # were"); not in British copy, where a firm named for its founder takes a plural
        # verb ("Merrill Lynch are")
        return toks[head], wanted, f"\"{' '.join(t.text for t in toks[first : head + 1])}\" is one person"
    if singular_verb and CAPITALS_PLURAL.fullmatch(toks[head].text) and not others and head == _before_adverbs(toks, v):
        return toks[head], wanted, f"\"{toks[head].text}\" is plural"  # "IFDs is used", "the NGOs has"
    capital = toks[head].text[:1].isupper() and not opening_common_noun(toks, head)
    fixed = _number_by_determiner(toks, start, head) if start < head else None
    if fixed is not None:
        if (fixed == "s") == singular_verb or others or head != _before_adverbs(toks, v):
            return None
        said = "singular" if fixed == "s" else "plural"
        return toks[head], wanted, f"\"{toks[start].text} {toks[head].text}\" is {said}"
    # the tagger leans on the verb to choose NN or NNS ("the scenarios/NN is"): the number
    # of the head comes from the word itself
    number = noun_number(word, toks[head].tag)
    if number is None and toks[head].tag == "NNS" and plural_head_singular(word):
        number = "p"  # "abdomens", "occurrences": plurals of nouns the count-noun table lacks
    if number is None and singular_verb and word in headword_s() and not others and _counted_things(toks, start, head) and not _amount_named(toks, v):
        return toks[head], wanted, f"\"{toks[head].text}\" is counted as more than one"  # "2,203 species of insects has"
    action = number is None and _action_of(toks, start, head)
    if action:
        number = "s"  # "the making of films have": one action, whatever it acts on
    # (a possessor is no head: "Sanders' largest event were", "the Smiths' event were")
    possessors = {k for k in range(start, head) if toks[k + 1].tag == "POS"}
    if number == "s" and not singular_verb and any(t.tag == "NNS" for k, t in enumerate(toks[start:head], start) if k not in possessors):
        return None  # "the reports due Monday morning are": the plural may be the head
    if number == "s" and not singular_verb and _counted_by_many(toks, start, head):
        return None  # "Several member were": the noun is the slip (G202), not the verb
    if number == "s" and not singular_verb and start >= 2 and toks[start - 1].text.lower() == "and" and "both" in _words_before(toks, start - 1, 6):
        return None  # "both the Euclidean and the hyperbolic geometry are": the second of two phrases
    if number == "s" and not singular_verb:
        if word in _SORT_NOUNS:
            # "his kind have", "this sort of people are": the sort stands for the people or
            # things of it, which writers agree with
            return toks[head], wanted, f"\"{toks[head].text}\" is singular", "info"
        if word in collectives():
            if not unit_collective(word):
                return None  # "personnel are", "the police were"
            # American usage gives a collective noun a singular verb; British, either
            return toks[head], wanted, f"\"{toks[head].text}\" takes a singular verb in American usage", "info"
        if word in SINGULAR_ONLY and (lexical or not toks[head].text.islower()):
            # "Sky News have learned": a name, which British copy gives a plural; "the news
            # site The Enquirer ran": before a word that may be a noun, "news" describes it
            return None
        if (word not in count_nouns() or plural_of(word) == word) and not mass_noun(word) and word not in SINGULAR_ONLY and not action:
            return None
        if capital and (
            toks[head].tag == "NNP" and not common_in_name(toks, start, head)
            or variety() == "en-GB"
            or start == head
        ):
            # "Crystal Palace were" in British copy; a team or a firm. A capitalised singular
            # count noun with no determiner ("Arsenal were", even at a sentence start, where
            # the tagger may read it as a common noun) can only be a name
            return None
        if any(t.tag in ("NNS", "NNPS") and t.text[:1].isupper() for k, t in enumerate(toks[start : head + 1], start) if k not in possessors):
            return None
        if any(noun_number(toks[k].text.lower(), toks[k].tag) != "s" for k in others):
            return None  # "denial of service attacks are": the compound may be the head
        if capital:
            # "the Lateran Palace were", but "the Tucson Monsoon are" (a team) and "the
            # Muscogee Creek are" (a people): a name's last word may stand for a group
            return toks[head], wanted, f"\"{toks[head].text}\" is singular", "info"
        return toks[head], wanted, f"\"{toks[head].text}\" is singular"
    # the tagger may read "criteria was" and even "the patients is here" as NN (not a word in
    # "-s" that is a headword of its own: "the commons is", "the means is")
    plural_form = (
        toks[head].tag == "NNS"
        or word in irregular_singulars()
        or toks[head].tag == "NN" and word not in headword_s() and singular_of(word) is not None
    )
    if number == "p" and singular_verb and not capital and plural_form and not may_be_singular(word):
        if plural_head_singular(word) is None:
            return None  # "news", "series", "politics"
        if any(noun_number(toks[k].text.lower(), toks[k].tag) != "p" for k in others):
            return None
        return toks[head], wanted, f"\"{toks[head].text}\" is plural"
    return None


def _counted_by_of(toks, head: int, v: int, singular_verb: bool, wanted: str):
    """"Most of the houses is", "85 percent of the recipients is": a word that takes the number
    of its of-phrase (``COUNTED_BY_OF``) before a singular verb, where that phrase's noun is a
    plain plural (in lower case, no amount: "half of the 20 years is" is left alone); before a
    plural verb, the other way round (``_counted_by_of_singular``)."""
    if not singular_verb:
        return _counted_by_of_singular(toks, head, v, wanted)
    inner = _last_noun(toks, head + 2, v)
    if inner is None or toks[inner].tag != "NNS" or not toks[inner].text.islower():
        return None
    after = toks[inner + 1]
    if inner + 1 != v and after.tag not in ("IN", "RB", ",", "WDT", "WP", "VBN", "VBG", "TO"):
        return None  # "most of the contests Bernie Sanders has won": a clause of its own
    said = toks[inner].text.lower()
    # "a lot of people thinks": "people" is persons, plural, unless a word makes it a nation
    persons = said == "people" and not one_people([t.text for t in toks[head + 2 : inner]])
    if said in MEASURES or said in headword_s() or noun_number(said, "NNS") != "p" and not persons or may_be_singular(said):
        return None
    if any(t.tag in ("CD", "$") for t in toks[head + 2 : inner]):
        return None
    return toks[inner], wanted, f"\"{_count_word(toks, head)} of … {toks[inner].text}\" is plural"


def _last_noun(toks, first: int, v: int) -> int | None:
    """The index of the last noun of the noun phrase that opens at ``first``, before the verb
    at ``v`` (an of-phrase's noun: "most of the [big houses]"), or None."""
    inner = None
    for k in range(first, v):
        if toks[k].tag in ("NN", "NNS"):
            inner = k
        elif inner is not None or toks[k].tag not in NP_TAGS:
            break
    return inner


def _count_word(toks, head: int) -> str:
    """The counting word at ``head`` as written, with its number before "%" ("98%")."""
    if toks[head].text == "%" and head >= 1:
        return toks[head - 1].text + "%"
    return toks[head].text


def _counted_by_of_singular(toks, head: int, v: int, wanted: str):
    """"Most of the money were", "98% of the outflow were": a word that takes the number of its
    of-phrase before a plural verb, where that phrase is a determiner and a singular noun (in
    lower case, not one that names a group: "half of the team were" is British usage) with
    nothing but a prepositional phrase or an adverb after it."""
    if head + 3 >= v or toks[head + 2].tag not in ("DT", "PRP$") or toks[head + 2].text.lower() in ("these", "those", "both", "all"):
        return None
    inner = _last_noun(toks, head + 3, v)
    if inner is None or toks[inner].tag != "NN" or not toks[inner].text.islower():
        return None
    if inner + 1 != v and toks[inner + 1].tag not in ("IN", "RB"):
        return None  # "most of the time, prices were": a clause of its own
    if any(t.text in (",", ";", ":") or t.tag in ("CC", "WDT", "WP", "VBD", "VBZ", "VBP", "MD") for t in toks[inner + 1 : v]):
        return None
    said = toks[inner].text.lower()
    if said in collectives() or noun_number(said, "NN") != "s" or said in QUANTITY_HEADS or said.endswith("s"):
        return None
    return toks[inner], wanted, f"\"{_count_word(toks, head)} of … {toks[inner].text}\" is singular"


def doubtful_subject(toks, v: int, start: int, singular_verb: bool, lexical) -> bool:
    """The subject that opens at ``start`` may not be what the verb at ``v`` agrees with, so
    that a disagreement is reported at info: a plural noun straight before another noun
    ("other symptoms patients have attributed ... include": a clause on the plural may open
    there); a form of "be" before a complement of the verb's number ("human resources is
    another issue", "the largest grouping are its members": the writer agreed with the
    complement); a plain verb in a clause that "that" opens ("on condition ... that the
    state grant a charter": the mandative subjunctive, whose asking word may be far back)."""
    for k in range(start, v - 1):
        if toks[k].tag == "NNS" and toks[k + 1].tag in ("NN", "NNS") and toks[k + 1].text[:1].islower():
            return True
    verb = toks[v].text.lower()
    if verb in _BE_NUMBER and _complement_number(toks, v + 1) == _BE_NUMBER[verb]:
        return True
    return bool(lexical) and not singular_verb and start >= 1 and toks[start - 1].text.lower() == "that" and toks[start - 1].tag == "IN"


_BE_NUMBER = {"is": "s", "was": "s", "are": "p", "were": "p"}


def _complement_number(toks, k: int) -> str | None:
    """"s" or "p": the number of the noun phrase that opens at ``k`` (adverbs skipped), by
    its last noun: "another vital issue", "the more than 1000 members"."""
    while k < len(toks) and toks[k].tag == "RB":
        k += 1
    if k >= len(toks) or toks[k].tag not in ("DT", "PRP$", "JJ", "JJS", "CD", "NN", "NNS"):
        return None
    last = None
    while k < len(toks) and (toks[k].tag in NP_TAGS or toks[k].tag in ("RBR", "IN") and toks[k].text.lower() in ("more", "than")):
        if toks[k].tag in ("NN", "NNS") and toks[k].text[:1].islower():
            last = toks[k]
        k += 1
    if last is None:
        return None
    return noun_number(last.text.lower(), last.tag)


# Tags of a verb's object or complement: after "that ships" they say "ships" is a verb.
_OBJECT_OPENERS = {"DT", "PRP$", "PRP", "NN", "NNS", "JJ", "IN", "RB", "TO", "CD", "RP"}


def _noun_of(toks, v: int) -> bool:
    """The word at ``v`` is a noun with an "of"-phrase after it ("that traces of it"): a
    verb seldom takes "of" straight after it, and then it is no noun ("consists of")."""
    return v + 1 < len(toks) and toks[v + 1].text.lower() == "of" and bool({"n", "p"} & set(lx.tags(toks[v].text.lower())))


def _verb_only(word: str) -> bool:
    """A word that is hardly ever a noun: the lexicon knows it only as a verb, and WordNet's
    tagged texts use it mostly as one ("accept", "consist"; not "act": "the closing act")."""
    return lx.tags(word) == "v" and mostly_verb(word, base=True)


def _word_after(toks, v: int) -> bool:
    """A word in lower case follows the word at ``v``, which is no capitalised heading
    ("PLEASE READ THIS"): a verb read as a noun goes on ("the standard accept all"), a noun
    may end its phrase or stand before the verb ("the debate invite - something", "no
    memory fetch was required")."""
    return (
        v + 1 < len(toks)
        and (toks[v + 1].text[:1].isalnum() or _comma_not_relative(toks, v + 1))  # "a puppy appear, followed"
        and not toks[v + 1].tag.startswith(("VB", "MD"))  # "no memory fetch was required"
        and not toks[v].text.isupper()
    )


def _comma_not_relative(toks, k: int) -> bool:
    """A comma at ``k`` that opens no relative clause ("his summer retreat, which" closes a
    noun)."""
    return toks[k].text == "," and not (k + 1 < len(toks) and toks[k + 1].text.lower() in ("which", "who", "whose", "where", "when"))


def _base_after_noun(toks, v: int) -> bool:
    """"have" or "do" read as a plain verb (VB) straight after a singular noun, with no
    "to", modal, "lest" or asking word before the noun's phrase in the clause ("because a
    user have", "if a patient have"): the tagger reads the form it expects after a singular
    subject; the subject is checked as usual (not "let a user have": no clause opens
    there)."""
    if toks[v].tag != "VB" or v < 2 or toks[v - 1].tag != "NN" or toks[v - 1].text[:1].isupper():
        return False
    return _no_plain_governor(toks, np_start(toks, v - 1))


def _no_plain_governor(toks, start: int) -> bool:
    """No "to", modal, "lest" or asking word stands before the noun phrase at ``start`` in
    its clause, which would make a plain verb after it right ("to let the user have")."""
    return not any(
        t.tag in ("MD", "TO") or mandative(t.text.lower()) or t.text.lower() == "lest"
        for t in toks[max(0, start - 12) : start]
    )


def _noun_aside_before(toks, v: int) -> tuple[int, int] | None:
    """The aside in commas (``aside_span``) that stands straight before ``v`` after a noun,
    or None."""
    span = aside_span(toks, v)
    return span if span is not None and toks[span[0] - 1].tag in ("NN", "NNS", "NNP", "NNPS") else None


def _plain_after_aside(toks, v: int) -> bool:
    """A plain verb (VB) straight after an aside that follows a noun ("The Roman candle, a
    traditional firework design, employ"; "The Chinese language, like many others, do not"):
    after a comma the tagger reads a plain form as an imperative, but after a subject and its
    aside it is a present tense, checked as one."""
    if toks[v].tag != "VB":
        return False
    span = _noun_aside_before(toks, v)
    return span is not None and _no_plain_governor(toks, np_start(toks, span[0] - 1))


def _of_phrase_before(toks, j: int) -> bool:
    """The noun at ``j`` closes a prepositional phrase after a plural noun ("advocates of
    collective intelligence")."""
    start = np_start(toks, j)
    return start >= 2 and toks[start - 1].text.lower() in POST_MODIFIERS and toks[start - 2].tag == "NNS"


def _words_before(toks, start: int, n: int) -> set[str]:
    return {t.text.lower() for t in toks[max(0, start - n) : start]}


def _aside_after(toks, head: int, v: int) -> bool:
    """Commas close off the words between the head at ``head`` and the verb at ``v`` ("Prescott
    Bush, the family patriarch, were"): an aside, which find_subject has read past."""
    last = _before_adverbs(toks, v)
    return last > head + 2 and toks[head + 1].text == "," and toks[last].text == ","


def _before_adverbs(toks, v: int) -> int:
    """The index of the word before the verb at ``v`` and the adverbs before it."""
    j = v - 1
    while j >= 0 and toks[j].tag == "RB":
        j -= 1
    return j


def _object_after(toks, v: int) -> bool:
    """An object or an infinitive opens after the word at ``v``: "the", "his", "them", "to",
    "that", a number."""
    if v + 1 >= len(toks):
        return False
    after = toks[v + 1]
    if toks[v].text.lower() in LINKING_VERBS and after.tag == "JJ":
        return True  # "the results looks good"
    if after.tag in ("JJ", "JJR") and v + 2 < len(toks) and toks[v + 2].tag in ("NN", "NNS") and toks[v + 2].text[:1].islower():
        return True  # "the scenes features explicit content": a noun with its adjective
    return after.tag in ("DT", "PRP$", "PRP", "TO", "CD") or after.text.lower() == "that"


def _reported_clause(toks, start: int, head: int, verb: str) -> bool:
    """Does the subject at ``start`` open a clause after "that"? Either a relative clause on
    the noun before "that" (or "which", after a noun or a comma), when its head is plural ("a
    problem that many people has identified"); or, for a form of "be" or "have", a clause
    after "that", which the tagger reads as a conjunction, after a verb that takes a clause or
    reports (``clause_verbs``, ``speech_verbs``): "alleged that Clinton's plan were", "stated that
    vehicle robberies has"; not "living that area were". A noun or a name opens it (a
    pronoun or a determiner is read elsewhere). After any other verb in a tense, only a plural
    head: "that" cannot be its determiner ("ruled that same-sex couples has"), as it may be of
    a singular one ("candidates who fit that profile have"); so after any word at all, and
    with any verb, a plural head: "a belief that salamanders was", "argued that such
    statements shows"."""
    if (
        start >= 2
        and (
            toks[start - 1].text.lower() == "that" and toks[start - 2].tag in ("NN", "NNS")
            or toks[start - 1].text.lower() == "which" and (toks[start - 2].tag in ("NN", "NNS") or toks[start - 2].text == ",")
        )
        and toks[start - 1].tag == "WDT"
        and toks[head].tag == "NNS"
    ):
        # "a problem that many people has identified": "that" opens a relative clause on the
        # noun before it, whose object it is; the plural after it is the clause's subject
        # (only a plural: "that" may be a singular one's determiner, "fit that profile have")
        return True
    if start >= 2 and toks[start - 1].text.lower() == "that" and toks[start - 1].tag in ("IN", "WDT") and toks[head].tag == "NNS":
        # "the belief that salamanders was", "found out that 14,000 copies of the paper
        # was", "argued that such statements shows": "that" before a plural is no
        # determiner, so the plural's phrase opens a clause, whatever comes before "that"
        return True
    if not (
        verb in _BE_HAVE
        and start >= 2
        and toks[start - 1].text.lower() == "that"
        and toks[start - 1].tag == "IN"
        and toks[start - 2].tag.startswith("VB")
        and toks[start].tag in ("NN", "NNS", "NNP", "NNPS", "JJ")
    ):
        return False
    said = toks[start - 2].text.lower()
    if said in clause_verbs() or said in speech_verbs():
        return True
    return toks[start - 2].tag in ("VBD", "VBZ", "VBP") and toks[head].tag == "NNS"


_BE_HAVE = frozenset({"is", "are", "was", "were", "has", "have"})
_BE_HAVE_DO = _BE_HAVE | {"does", "do"}


def _bare_relative_subject(toks, start: int, head: int, verb: str, singular_verb: bool) -> bool:
    """The noun phrase at ``start`` is the subject of a relative clause with no "that" or
    "who", straight after the noun it modifies: "the author the guards likes", "the day the
    talks was due". It opens with a determiner or a possessive after a common noun, not after
    a pronoun, a modal or "to" ("gave him the books", "to make rates the centrepiece"), its
    head names no time ("the day the week", "the year the months"), and its verb is a form
    of "be", "have" or "do", or a word that is mostly a verb, so that the tagger's verb is
    not a noun ("he pictures his niece do")."""
    if start < 2 or toks[start].tag not in ("DT", "PRP$"):
        return False
    if toks[start].tag == "DT" and toks[start].text.lower() not in ("the", "a", "an", "this", "these", "those"):
        return False
    noun = toks[start - 1]
    if noun.tag not in ("NN", "NNS") or not noun.text.isalpha() or not noun.text.islower():
        return False
    if toks[start - 2].tag in ("PRP", "MD", "TO"):
        return False
    if names_time(toks[head].text.lower()):
        return False
    return verb in _BE_HAVE_DO or mostly_verb(verb, base=not singular_verb)


# Words that open a noun phrase but may also stand for one, or count it loosely: not read by
# ``_subject_after_phrase`` ("all", "some", "each" ... have their own rules).
_LOOSE_OPENERS = word_set("that all both each every any some no another either neither half")
# Tags of a word that closes a phrase, after which a phrase opened by a determiner starts a
# new one: a noun, a name or a number ("In the 1890s the plans", "World War II these"). Not
# an adverb, which may be a preposition ("Just underneath the cortex are", an inversion) or
# go with the phrase ("and perhaps its date have", "with only one gene are"), nor a particle
# ("to take over the properties was").
_PHRASE_ENDS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})


def _subject_after_phrase(toks, start: int, head: int, v: int, verb: str) -> bool:
    """The noun phrase at ``start``, opened by a determiner, a possessive or a number and
    followed straight by "be" or "have" (adverbs between), comes after a noun, a name or a
    number (``_PHRASE_ENDS``) with no mark between: an opening phrase longer than
    ``clause_starts_at`` reads ("Until the fall of the Berlin Wall these congregations was",
    "In the 1890s the plans was"). Nothing governs it there, so it is the verb's subject. Not
    after a preposition, verb, pronoun, conjunction, adverb or particle ("gave him the books",
    "and perhaps its date have"), nor a mark (a comma may close an aside: "backers, including
    X, the bank have"); not a phrase that names a time ("made the playoffs the previous year
    are": an adverb), nor one whose head is a name ("the Spokane Shock are": a team)."""
    if verb not in _BE_HAVE or start < 1 or _before_adverbs(toks, v) != head or np_start(toks, head) != start:
        return False
    first = toks[start]
    word = first.text.lower()
    if first.tag not in ("DT", "PRP$", "CD") or word in _LOOSE_OPENERS:
        return False
    if head == start or names_time(toks[head].text.lower()) or not toks[head].text.islower():
        return False  # ("these were": a pronoun, read elsewhere; "the Spokane Shock are": a team)
    before = toks[start - 1]
    return before.tag in _PHRASE_ENDS and before.text.lower() not in _OBJECT_PRONOUNS  # ("from Him his virtue are")


def _clause_after_and(toks, start: int) -> bool:
    """The noun phrase at ``start`` opens a clause joined by "and" (or ", and") to one that
    ends in a verb, an adverb or an adjective ("the results look good and the plan sound
    costly"), not a noun joined to another ("the mayor and the council")."""
    before = start - 3 if start >= 3 and toks[start - 2].text == "," else start - 2  # "…, and the plan"
    return (
        before >= 0
        and toks[start - 1].text.lower() == "and"
        and toks[start].tag in ("DT", "PRP$")
        and toks[before].tag in ("VBD", "VBN", "VBZ", "VBP", "VB", "RB", "RP", "JJ", "JJR", "JJS")  # not "browsing"
    )


_CLAUSE_MARKS = frozenset((";", ":", "(", "—", "–"))
# Words that open a clause inside the sentence, in which "and" may join two objects of the
# inner clause's verb ("the man who bought the house and the cars was").
_INNER_CLAUSE_WORDS = frozenset(
    "that which who whom whose where when whether if because although though unless while"
    " whereas since as once until before after what how why".split()
)


def _clause_after_main_verb_and(toks, start: int) -> bool:
    """The noun phrase at ``start``, opened by a determiner, follows "and" after a clause
    that has its own finite verb and no clause inside it ("the game developed into an
    affair and the visitors was"): if "and" joined two objects, the verb after them would
    have no subject, so "and" joins two clauses and the phrase is the subject."""
    if start < 3 or toks[start - 1].text.lower() != "and" or toks[start].tag not in ("DT", "PRP$"):
        return False
    last = start - 3 if toks[start - 2].text == "," else start - 2  # "…, and the visitors"
    if last < 0 or toks[last].tag not in ("NN", "NNS", "NNP", "NNPS", "CD"):
        return False
    if start + 1 < len(toks) and toks[start + 1].tag == "VBG":
        return False  # "and her having black actors on stage was": a gerund is the subject
    if start + 1 < len(toks) and names_time(toks[start + 1].text.lower()):
        return False  # "and these days conducts": a time, not a subject
    verb = False
    for k in range(last, -1, -1):
        if toks[k].text.lower() in _INNER_CLAUSE_WORDS or toks[k].tag in ("WDT", "WP", "WP$", "WRB"):
            return False
        if toks[k].text in _CLAUSE_MARKS:
            break
        verb = verb or toks[k].tag in ("VBD", "VBZ", "VBP", "MD")
    return verb


def _finite_verb_before(toks, end: int) -> bool:
    """A verb with a tense, or a modal, stands at or before ``end`` in the same stretch of
    the sentence (back to a semicolon, colon, bracket or dash)."""
    for k in range(end, -1, -1):
        if toks[k].text in _CLAUSE_MARKS:
            return False
        if toks[k].tag in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False


def _pronoun_before_aside(toks, v: int) -> int | None:
    """The index of "he", "she", "we" or "they" straight before an aside in commas that ends
    straight before the verb at ``v`` ("He, like many others, do"), or None. Those pronouns
    are never objects, so the verb after the aside is theirs."""
    span = aside_span(toks, v)
    if span is None or span[1] != v - 1:
        return None
    p = span[0] - 1
    return p if p >= 0 and toks[p].tag == "PRP" and toks[p].text.lower() in NOMINATIVE else None


# The plural verbs a singular name is read with in American copy (``_bare_singular_name``).
_NAME_PLURALS = word_set("were are have")


def _bare_singular_name(toks, start: int, head: int, v: int) -> bool:
    """The subject from ``start`` to ``head`` is a name and nothing else that opens its clause
    (or a reported one: "said Poland were"), straight before the verb at ``v`` (adverbs
    between): capitalised words with no determiner ("the Heat", "the Taliban": teams and
    groups American copy may give a plural), not the last of a list ("Garcia, Weir and
    McKernan were", "Simon and Garfunkel"), its last word of three letters or more, not in "-s"
    ("the Mets", "Texas"), and no word the word list knows as other than a noun ("Chinese",
    "British": peoples; "Must"); a name that opens the sentence must be a known one
    (``names.known_name``: a first name, surname, place or firm)."""
    if head != _before_adverbs(toks, v) or not all(t.tag == "NNP" and t.text[:1].isupper() for t in toks[start : head + 1]):
        return False
    last = toks[head].text.lower()
    if len(last) < 3 or last.endswith("s") or not last.isalpha() or last in function_words() or set(lx.tags(last)) - {"n"}:
        return False
    if start >= 1 and toks[start - 1].tag in ("DT", "PRP$", "POS"):
        return False
    if (start == 0 or not toks[start - 1].text[:1].isalnum() and toks[start - 1].text != ",") and not known_name(toks[start].text):
        return False  # a sentence's first word is capitalised whatever it is: "Neither are", "Gladii were"
    if start >= 3 and toks[start - 1].text == "," and toks[start - 2].text[:1].isupper():
        return False  # "a cave at L'Abeurador, Aude have": a place's region or country after it
    if not (clause_starts_at(toks, start) or _reported_clause(toks, start, head, toks[v].text.lower())):
        return False
    for k in range(start - 1, -1, -1):
        word = toks[k].text.lower()
        if word in ("and", "or", "nor", "&"):
            return False  # a list of names, or the last of two
        if toks[k].tag in ("VBD", "VBZ", "VBP", "MD") or word in (".", ";", ":", "that"):
            return True
    return True
