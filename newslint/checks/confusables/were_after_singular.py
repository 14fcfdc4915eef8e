"""S207: "were" after a singular subject where "was" belongs."""

from __future__ import annotations

from functools import lru_cache

from ...analysis import lexicon as lx
from ...analysis.names import known_name
from ...datafiles import data_words
from ...english import COURTESY_TITLES, speech_verbs
from ...english import word_set as _words
from ...rule import accepted, flagged
from ..agreement.nouns import collectives
from ..verbs import bases, count_nouns, pasts
from .base import ContextRule, is_word
from .words import (
    ALL_PREPOSITIONS,
    DETERMINERS,
    NOT_HEADS,
    PREPOSITIONS,
    clause_adjectives,
    clause_verbs,
    finite_verbs,
    person_nouns,
    time_words,
)


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
    """A singular count noun at ``tokens[j]`` that takes "was" in every variety of English:
    not a noun that names a group ("the infantry were", "the elite were": plural in British
    use), not a word the lexicon also reads as an adjective or adverb after a determiner or a
    number and is no count noun ("the latter were", "the 16 fallen were", "the aircraft shot
    down were"; but "the split were") or that follows a word of degree ("the most
    conservative were"), not the end of a compound ("the two best-known were")."""
    if j < 0 or not is_word(tokens[j]):
        return False
    text, written = tokens[j][0], tokens[j][3]
    if written[:1].isupper():
        return False
    if text in _plural_in_meaning() or text in _NUMBERS or text in collectives():
        return False
    if j and tokens[j - 1][0] in ("-", "–") and tokens[j - 1][2] == tokens[j][1]:
        return False
    found = lx.tags(text)
    before = tokens[j - 1][0] if j else ""
    if "a" in found and before in _DEGREE_WORDS:
        return False
    if ("r" in found or "a" in found) and text not in count_nouns() and (
        before in _SUBJECT_DETERMINERS | _DEGREE_WORDS or before[:1].isdigit() or "r" in found
    ):
        return False
    return lx.is_singular_noun(text)


# Words of degree before an adjective that stands as a noun: "the most conservative were".
_DEGREE_WORDS = _words("most least more less")
# Words that open a clause and are no preposition: the subject of a verb after them is in it.
_CLAUSE_WORDS = _words("where when whether how why what if because while although though unless")


def _plural_before(tokens, k, vocabulary=None) -> bool:
    """A plural noun among the few words before ``tokens[k]``, in the same clause, which may
    be the subject the noun phrase at ``k`` belongs to: "projects launched since the start of
    the scheme were", "the Germans living in the area were", "non-natives to see the site
    were". The story's capitalised words (``vocabulary.names``, read only for a capitalised
    word) tell that "Germans" is the plural of "German"."""
    for m in range(k - 1, max(-1, k - 7), -1):
        text = tokens[m][0]
        if text == "." and m and tokens[m - 1][0] in _TITLES:
            continue  # "by Lt. Marxuach"
        if text in (",", ";", ":", ".", "!", "?", "(", "—", "–", "that", "which", "who", "and", "but"):
            return False
        if text in _CLAUSE_WORDS:
            return False
        if not is_word(tokens[m]) or text in time_words():
            continue
        if tokens[m][3][:1].isupper():
            names = vocabulary.names if vocabulary is not None else ()
            if _plural_name(text, names) or lx.is_plural_noun(text) and text not in names:
                # "the Germans living in the area were", "Projects launched since …"; not
                # "Sanders", which the story writes capitalised inside its sentences
                return True
        elif lx.is_plural_noun(text):
            return True
    return False


def _plural_name(text: str, names) -> bool:
    """A capitalised word (lower-cased in ``text``) that is the plural of one the story also
    writes capitalised ("Cossacks" beside "Cossack", "Americans" beside "American")."""
    return text.endswith("s") and not text.endswith("ss") and text[:-1] in names


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


def _agreement_selected(context) -> bool:
    """Does the run report G203 (subject-verb agreement)?"""
    from ...engine import code_selected

    return code_selected("G203", context.settings)


def _one_person_named(tokens, j, vocabulary) -> bool:
    """Is the capitalised name that ends at ``tokens[j]`` one person's, as "who" after it
    would stand for? Not when the name is one of several ("Matthew Hayden and Adam
    Gilchrist, who", "his friend Craig Zobel"), follows "the" ("the Rolling Stones, who")
    or "such as", or follows a preposition after a plural, which "who" may stand for ("the
    soldiers of General Dong, who")."""
    m = j
    while m > 0 and tokens[m - 1][0] != "the" and (
        tokens[m - 1][3][:1].isupper() and is_word(tokens[m - 1]) or tokens[m - 1][0] == "."
    ):
        m -= 1  # the name's first words and initials: "John F. Enders"
    if m > 0 and tokens[m - 1][0] in _words("as the and or & nor"):
        return False
    if m > 0 and tokens[m - 1][0] in ALL_PREPOSITIONS and _plural_before(tokens, m - 1, vocabulary):
        return False
    for k in range(m - 1, max(-1, m - 9), -1):
        text = tokens[k][0]
        if text in (".", ";", ":", "!", "?"):
            break
        if text in ("and", "&"):
            return False
    return True


def _name_before_aside(tokens, comma):
    """When the comma at ``comma`` closes an aside of age, place or both after a name ("Ann
    Lee, 30,", "Ann Lee, of Leeds,", "Ann Lee, 30, of Leeds, England,"), the index of the
    name's last word and whether an age was given; else (None, False)."""
    m = comma
    placed = aged = False
    k = m - 1
    while k > 0 and k > m - 6 and (tokens[k][3][:1].isupper() and is_word(tokens[k]) or tokens[k][0] == ","):
        k -= 1  # the place: "Leeds", "Leeds, England"
    if k < m - 1 and k > 0 and tokens[k][0] in ("of", "from") and tokens[k - 1][0] == ",":
        m, placed = k - 1, True
    if m >= 2 and tokens[m - 1][0].isdigit() and len(tokens[m - 1][0]) <= 3 and tokens[m - 2][0] == ",":
        m, aged = m - 2, True
    if not (placed or aged) or m < 1:
        return None, False
    name = m - 1
    if not (is_word(tokens[name]) and tokens[name][3][:1].isupper()):
        return None, False
    return name, aged


def _described_person(tokens, i, vocabulary) -> bool:
    """Is the subject of the "were" at ``i`` a first name and a surname after a noun for a
    person, as a title stands before a name ("comedian Sarah Silverman were", "director
    Jennifer Palmieri were"), and no other noun before them that may be the subject?"""
    if vocabulary is None or i < 3 or not (tokens[i - 1][3][1:].islower() and is_word(tokens[i - 2])):
        return False
    first, noun = tokens[i - 2], tokens[i - 3][0]
    if not (first[3][:1].isupper() and first[3][1:].islower()) or not is_word(tokens[i - 3]):
        return False
    if noun not in person_nouns() and not (noun.endswith(_PERSON_ENDINGS) and lx.is_noun_only(noun)):
        return False  # (not "after", "elder")
    if tokens[i - 1][0].endswith("s") and not tokens[i - 1][0].endswith("ss"):
        return False  # "the elder Miss Bennets were", "Richmond Shipyards were"
    before = [t[0] for t in tokens[max(0, i - 8) : i - 3]]
    return (
        not {"and", "or", "nor", "&"} & set(before)
        and (i == 3 or tokens[i - 4][0] not in ALL_PREPOSITIONS)  # "with director Jo Lee were"
        and not _subjunctive(tokens, i)
        and not _plural_before(tokens, i - 3, vocabulary)
    )


def _joined_name(tokens, j) -> bool:
    """Is the name that ends at ``tokens[j]`` (its first names, initials and a nickname in
    quotation marks: 'Florentino "Indian Charlie" Cruz') joined to another by "and" or "or"?"""
    m = j
    while m > 0 and (
        tokens[m - 1][3][:1].isupper() and is_word(tokens[m - 1]) or tokens[m - 1][0] in ('.', '"', "“", "”")
    ):
        m -= 1
    return m > 0 and tokens[m - 1][0] in ("and", "or", "nor", "&")


def _one_person(tokens, name, aged, vocabulary) -> bool:
    """Is the capitalised word at ``name`` the end of one person's name: one the story names
    as a person (``vocabulary.people``) or given an age ("Lee, 30,"), not a plural ("the
    Cossacks") nor one of several ("Hayden and Gilchrist")?"""
    if vocabulary is None or not tokens[name][3][:1].isupper() or not is_word(tokens[name]):
        return False
    text = tokens[name][0]
    return (
        (aged or text in vocabulary.people)
        and not _plural_name(text, vocabulary.names)
        and not (aged and lx.is_plural_noun(text))
        and _one_person_named(tokens, name, vocabulary)
    )


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


def _clause_words_before(tokens, end: int, reach: int) -> list[str]:
    """The words among the ``reach`` tokens before ``end`` that follow the last word that
    opens a clause ("hearings and meetings while Sanders": only none), lower-cased."""
    words: list[str] = []
    for k in range(end - 1, max(-1, end - 1 - reach), -1):
        if tokens[k][0] in _CLAUSE_OPENERS:
            break
        words.append(tokens[k][0])
    return words


def _subjunctive(tokens, i) -> bool:
    """A conditional or wishing word earlier in the clause of the "were" at ``i``."""
    return _cue_before(tokens, i, _SUBJUNCTIVE_CUES, 7)


_HE_SUBJUNCTIVE = _words("if though wish wished wishes unless suppose imagine supposing lest")
_THAT_SUBJECT_BEFORE = _words(". ! ? ; : because but “ \" ( — –")
# Nouns a "that" after which may start a clause of its own ("the fact that were …" cannot,
# but "so much that", "such a way that" may): left alone.
_THAT_NOUNS = _words("way much kind sort fact time moment point extent degree idea day year")


_PERSON_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent")


def _he_subjunctive(tokens, i) -> bool:
    """A conditional or wishing word close before "he were" / "she were", in its clause: "if
    he were", "as if she were", "wished he were", "I wish with all my heart she were"."""
    return _cue_before(tokens, i - 1, _HE_SUBJUNCTIVE, 6)


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


def _clause_ends(tokens, k) -> bool:
    """Does a clause end at ``tokens[k]`` (or before the paragraph), so that "and" after it
    joins a new clause, not a second subject ("we won tonight and I were", "And I were")? A
    clause ends at the start, a full stop or quotation mark, or an adverb ("tonight", "now")."""
    if k < 0 or tokens[k][0] in _words(". ! ? ; : “ \" ( — –"):
        return True
    return is_word(tokens[k]) and tokens[k][3][:1].islower() and "r" in lx.tags(tokens[k][0])


def _name_opens_clause(tokens, name) -> bool:
    """The name at ``name`` (its first names before it) opens a clause: at the start, after
    a word that opens one, or after a capitalised word that is no preposition ("Poultry
    magnate", "Sen.")."""
    return (
        name == 0
        or tokens[name - 1][0] in _CLAUSE_OPENERS
        or tokens[name - 1][3][:1].isupper() and tokens[name - 1][0] not in ALL_PREPOSITIONS
    )


def _reported_that(tokens, k) -> bool:
    """Does "that" after a verb of saying or thinking stand before ``tokens[k]`` ("CBS reports
    that | the letter", "police believe that | the man"): the clause it opens starts there."""
    return (
        k >= 2
        and tokens[k - 1][0] == "that"
        and (tokens[k - 2][0] in speech_verbs() or tokens[k - 2][0] in clause_verbs())
    )


def _singular_before_aside(tokens, i, vocabulary):
    """The finding for the "were" at ``i`` after an aside between commas ("the letter,
    postmarked in Leeds, were"; "Pagliano, who set up the server, were") when the noun
    phrase before the aside is singular and opens the clause (perhaps after "that" and a verb
    of saying or thinking: "police said that the letter, ..., were"), or names one person; else
    None. An aside holding "and" or "or" may be the end of a list ("the mayor, his wife and
    two aides, were"), and one of a few words may be a second subject: both are left alone."""
    opening = None
    for c in range(i - 2, max(0, i - 18), -1):
        text = tokens[c][0]
        if text == ",":
            opening = c
            break
        if text in _words(". ; ! ? : and or nor & — – ( ) “ ” \""):
            return None
    if opening is None or opening < 1 or opening > i - 4 or _plural_opening(tokens, opening + 1, i - 1):
        # "The mayor, aides, were": a short aside may be a subject of its own; "That
        # franchise, the Las Vegas Outlaws, were", "their eldest, both sons, were": a plural
        # in apposition
        return None
    last = opening - 1
    k = _singular_phrase_before(tokens, last)
    if k is not None:
        if (
            _lone_subject(tokens, k)
            and (k == 0 or tokens[k - 1][0] in _CLAUSE_OPENERS and tokens[k - 1][0] not in ("that", "what") or _reported_that(tokens, k))
            and not (k >= 1 and tokens[k - 1][0] == "," and not _introduced(tokens, k - 1))
            and not {t[0] for t in tokens[k:last]} & _NUMBERS
            and not _plural_before(tokens, k, vocabulary)
            and not _subjunctive(tokens, k + 1)
        ):
            return (i, i, "were", "was", f" (\"{tokens[last][3]}\", before the aside, is singular)")
        return None
    first = last - 1 if last and tokens[last - 1][3][:1].isupper() and is_word(tokens[last - 1]) else last
    if (
        _one_person(tokens, last, False, vocabulary)
        # "Stoke City, one of the oldest clubs, were": a team's name ends in a common noun
        # (a first name does not tell: "Aston Villa"), unlike a surname ("Bryan Pagliano")
        and not (first < last and lx.tags(tokens[last][0]))
        and _name_opens_clause(tokens, first)
        and (first == 0 or tokens[first - 1][0] != ",")  # "Sam Clark, Mr. Dawson, all but X, were"
        and not _subjunctive(tokens, last)
    ):
        return (i, i, "were", "was", f" (\"{tokens[last][3]}\" is one person)")
    return None


def _plural_opening(tokens, start: int, end: int) -> bool:
    """Does the aside from ``start`` to ``end`` open with a plural noun phrase (a plural in
    apposition: "both sons", "the Las Vegas Outlaws"), before any other word?"""
    for k in range(start, end):
        text = tokens[k][0]
        if text in _words("both all two three four several many"):
            return True
        if not is_word(tokens[k]):
            return False
        if text in _SUBJECT_DETERMINERS or text in _words("his her its their our my your"):
            continue
        if tokens[k][3][:1].isupper():
            if text.endswith("s") and not text.endswith("ss"):
                return True
            continue
        if lx.is_plural_noun(text):
            return True
        if not ({"a", "n"} & set(lx.tags(text))) or "v" in lx.tags(text):
            return False
    return False


def _introduced(tokens, comma: int) -> bool:
    """Does the comma at ``comma`` close an introductory phrase that opens the sentence ("In
    the end,", "After the vote,", "Later,"), so that what follows opens the clause (and is
    no item of a list: "his tone, his attitude, were")?"""
    k = comma - 1
    while k >= 0 and tokens[k][0] not in _words(". ! ? ; : , “ \" ( — –"):
        k -= 1
    if k >= 0 and tokens[k][0] == ",":
        return False
    first = tokens[k + 1][0] if k + 1 < comma else ""
    return first in ALL_PREPOSITIONS or first in _CLAUSE_WORDS or (k + 2 == comma and "r" in lx.tags(first))


# Words that open a clause of their own between a verb and "and were": the "were" may share
# the subject of a verb inside it, or of one further back.
_CLAUSE_BREAKS = _words(
    ". ; : ! ? and or but nor that which who whom whose when while if because where although"
    " though unless until since as — – ( ) “ ” \""
)


def _shared_singular_subject(tokens, i, vocabulary):
    """The finding for the "were" at ``i``, straight after "and", when the verb before "and"
    (the nearest, in the same clause: "was" or a past form that is no present too) has a
    singular subject that opens the clause: "he", "she", a singular noun phrase, one person
    the story names, or "who" after a singular noun. Not "were it not" nor "were they", and
    not after a list of verbs ("won, died and were")."""
    if i + 1 < len(tokens) and tokens[i + 1][0] in _words("it they he she there we i you this that"):
        return None  # "and were it not for"
    f = None
    for k in range(i - 2, max(-1, i - 16), -1):
        text = tokens[k][0]
        if text == "," and k == i - 2:
            continue  # "hit the wall of the garage, and were dented"
        if text in _CLAUSE_BREAKS or text == ",":
            return None
        if not is_word(tokens[k]):
            continue
        if text == "was" or text in pasts() and text not in bases() and "v" in lx.tags(text):
            f = k
            break
        if text in finite_verbs() or lx.tags(text) == "v":
            return None  # "said such lapses were costly and were": a verb of another subject
    if f is None or f < 1 or _subjunctive(tokens, f):
        return None
    s = f - 1
    while s > 0 and (lx.tags(tokens[s][0]) == "r" or tokens[s][0] == "had") and tokens[s][3][:1].islower():
        s -= 1  # "the boy then clung", "she also had", "she had finished"
    subject = tokens[s][0]
    verb = tokens[f][3]
    if subject in ("he", "she"):
        before = tokens[s - 1][0] if s else ""
        if before not in ("and", "or", "nor", "&") and not _he_subjunctive(tokens, s + 1):
            return (i, i, "were", "was", f" (\"{tokens[s][3]} {verb}\" and \"were\" share a subject)")
        return None
    if subject == "who" and s >= 1:
        antecedent = s - 2 if tokens[s - 1][0] == "," and s >= 2 else s - 1
        if _singular_noun_at(tokens, antecedent) and tokens[antecedent][0] in person_nouns() or _one_person(
            tokens, antecedent, False, vocabulary
        ):
            return (i, i, "were", "was", f" (\"who {verb}\" and \"were\" share a subject)")
        return None
    if tokens[s][3][:1].isupper():
        if is_word(tokens[s]) and _one_person(tokens, s, False, vocabulary) and _name_opens_clause(
            tokens, s - 1 if s and tokens[s - 1][3][:1].isupper() and is_word(tokens[s - 1]) else s
        ) and (s == 0 or tokens[s - 1][0] != ","):
            return (i, i, "were", "was", f" (\"{tokens[s][3]}\" is one person)")
        return None
    if subject == ",":
        name, aged = _name_before_aside(tokens, s)  # "Linda Sanders, 35, had finished"
        if name is not None and _one_person(tokens, name, aged, vocabulary) and _name_opens_clause(tokens, name):
            return (i, i, "were", "was", f" (\"{tokens[name][3]}\" is one person)")
        return None
    k = _singular_phrase_before(tokens, s)
    if (
        k is not None
        and _lone_subject(tokens, k)
        and (k == 0 or tokens[k - 1][0] in _words(". ! ? ; “ \" (") or tokens[k - 1][0] == "," and _introduced(tokens, k - 1))
        and not _plural_before(tokens, k, vocabulary)
    ):
        return (i, i, "were", "was", f" (\"{tokens[s][3]}\" is singular)")
    return None


def _singular_subject_ending_at(tokens, end, vocabulary) -> bool:
    """Is the noun phrase that ends at ``tokens[end]`` a singular subject that opens its
    clause ("the poll", "Clinton's fundraising arrangement"), or the singular head before a
    prepositional phrase on it ("the profit for the quarter")?"""
    k = _singular_phrase_before(tokens, end)
    if k is None or not _lone_subject(tokens, k):
        return False
    if _plural_before(tokens, k, vocabulary):
        return False  # "roads built since the launch of the fund were"
    if (
        k >= 1
        and tokens[k][0] != "whose"
        and tokens[k - 1][0] not in _CLAUSE_OPENERS | clause_verbs() | _words("” ’")
        and tokens[k - 1][0] not in ALL_PREPOSITIONS
    ):
        return False  # "voters who have a degree were": the noun is an object
    if k >= 1 and tokens[k - 1][0] in PREPOSITIONS - _words("after before"):
        # "the profit for the quarter were": both nouns singular, so either is the subject
        head = k - 2
        if head < 0 or tokens[k - 1][0] not in _words("for of in on at from with"):
            return False
        outer = _singular_phrase_before(tokens, head)
        if outer is None or not _lone_subject(tokens, outer) or _one_of_before(tokens, head + 1):
            return False
        if outer >= 1 and tokens[outer - 1][0] not in _CLAUSE_OPENERS | clause_verbs():
            return False
        if _plural_before(tokens, outer, vocabulary):
            return False
    elif k >= 1 and tokens[k - 1][0] in ALL_PREPOSITIONS:
        return False  # "Democrats without a college degree were"
    return True


def _bare_noun_opening(tokens, j, vocabulary) -> bool:
    """Is ``tokens[j]`` a singular common noun with no determiner that opens a sentence
    ("Revenue were", "Support were"), capitalised only for that: not a word the story
    capitalises elsewhere ("Arsenal"), a known name ("Bush"), a group or a word that may
    be plural in meaning?"""
    if j > 0 and tokens[j - 1][0] not in _words(". ! ? ; “ \" ("):
        return False
    text = tokens[j][0]
    return (
        vocabulary is not None
        and is_word(tokens[j])
        and tokens[j][3][1:].islower()
        and text not in vocabulary.names
        and text not in NOT_HEADS
        and text not in _plural_in_meaning() | collectives() | _NUMBERS | _QUANTITY_NOUNS
        and text not in time_words()
        and not text.endswith("s")
        and lx.is_noun_only(text)
        and lx.is_singular_noun(text)
        and not known_name(tokens[j][3])
    )


_TIME_NOUNS = _words(
    """
    quarter term period session half monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    """
)
_TIME_MODIFIERS = _words(
    "the this that last next first second third fourth final past previous same each every early late"
    " two three four five six seven eight nine ten eleven twelve"
)
_TIME_PREPOSITIONS = _words("on in during for over at throughout since")


def _time_noun(token) -> bool:
    text = token[0]
    return text in time_words() or text in _TIME_NOUNS or text.isdigit() and len(text) == 4


def _before_time_phrase(tokens, end):
    """When a phrase of time ends at ``tokens[end]`` ("this year", "on Sunday", "in the first
    quarter of the year", "for the nine months"), the index of the word before it; else None."""
    if end < 1 or not _time_noun(tokens[end]):
        return None
    j = end
    while True:
        j -= 1
        while j >= 0 and (tokens[j][0] in _TIME_MODIFIERS or tokens[j][0].isdigit()):
            j -= 1
        if j >= 1 and tokens[j][0] == "of" and _time_noun(tokens[j - 1]):
            j -= 1
            continue
        break
    if j >= 0 and tokens[j][0] in _TIME_PREPOSITIONS:
        j -= 1
    if j < 0 or j == end or not is_word(tokens[j]) or _time_noun(tokens[j]):
        return None
    if j + 1 == end and not tokens[end][3][:1].isupper():
        return None  # "Rubio's formative years were": a bare "years" is no phrase of time
    return j


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
    "one of the ringleaders were"; "Mr Brown were", and a surname alone for a person the
    story names ("Maria Kelly ... Kelly were"), also before an aside of age or place ("Tom
    Ward, 52, were", "Ann Lee, 30, of Leeds, who were") or after a noun for a person
    ("comedian Sarah Hale were").

    *Why it matters*: a verb that does not agree with its subject is usually a left-over of
    rewriting, and it reads as a mistake.

    *Severity*: advice (info). Subject-verb agreement is G203's job, which finds the
    subject's head noun with the tagger; S207 reads what G203 leaves alone ("there were a
    problem", "a banner that were torn", "Sanders were" for a person the story names, the
    same inside quotations) and stays silent where G203 reports
    the same "were". On 730,000 words of clean news articles it made no finding; on 3.3
    million words of Wikipedia, 13 (a few right: "the roof of the building were built").

    *Flagged*: "Maria Kelly runs a bakery. Kelly were due in court on Monday."

    *Preferred*: "Maria Kelly runs a bakery. Kelly was due in court on Monday."

    *Known limits*: the subjunctive is left alone ("if he were", "as it were", "as though
    she were"), as are nouns that name a group, which British copy treats as plural ("the
    government were", "the infantry were"), adjectives standing as nouns ("the latter
    were", "the elderly were"), two subjects joined by "and", a singular noun after a
    plural one in the same clause ("roads built since the launch of the fund
    were"), and "which" or "who" after a phrase that may stand for a noun further back
    ("amendments to the constitution, which were", "Hayden and Gilchrist, who were"); a
    subject with a plural noun between it and its verb ("the poll of voters were") is not
    checked. Archaic and dialect "it were" and "I were" in old fiction are reported.
    """

    code = "S207"
    name = "were-after-singular"
    severity = "info"
    needs = ("lexicon", "quotes", "tags", "variants")
    triggers = _words("were")
    examples = (
        # with G203 off (``select``), S207 reports what G203 would
        flagged("The poll were conducted last week.", "were", select=("S207",)),
        flagged("Officials said he were injured.", "were", select=("S207",)),
        flagged("Zoë Müller said the report were false.", "were", select=("S207",)),
        flagged("He said each candidate were", "were", select=("S207",)),
        flagged("There were a problem with the count.", "were", select=("S207",)),
        flagged("She held up a banner that were quickly torn down.", "were", select=("S207",)),
        # by default, what G203 leaves alone: quotations, a surname the story names
        flagged("“The vote were rigged,” he said.", "were"),
        flagged("\"The vote were rigged,\" he said.", "were"),
        flagged("After saying he were nervous, the man asked his question.", "were", select=("S207",)),
        flagged("Maria Kelly runs a bakery. Kelly were due to testify on Monday.", "were"),
        flagged("Tom Ward, 52, were shot. Police named Ann Lee, 30, of Leeds, who were hurt.", "were", "were", select=("S207",)),
        # (by default G203 reports the second: a person given with an age, then "who")
        flagged("Tom Ward, 52, were shot. Police named Ann Lee, 30, of Leeds, who were hurt.", "were"),
        accepted("Jo Bell and Tom Ward, 52, were shot; the twins, 30, were born here."),
        flagged("Tom Hale runs a bakery. Hale said he would stay, but nobody knew whether Hale were ready.", "were"),
        flagged("Donald Trump’s plan was new. Trump were in Scotland on Friday.", "were"),
        flagged("Ann Lee said she would stay. Lee, who set up the server, were granted immunity.", "were"),
        flagged("The letter, postmarked in Leeds, were opened. In the end, the referee, who saw it, were booed.", "were", "were", select=("S207",)),
        # (by default G203 reports both: it reads past an aside in commas too)
        accepted("The letter, postmarked in Leeds, were opened. In the end, the referee, who saw it, were booed."),
        # after "that" when a verb of saying or thinking stands before it
        flagged("Police said that the letter, postmarked in Leeds, were opened.", "were", select=("S207",)),
        accepted("It was the house that the letter, postmarked in Leeds, was sent to."),
        flagged("We won tonight and I were glad, and the things I were told stayed secret.", "were", "were"),
        # a noun after a determiner, though a verb too ("projects")
        flagged("The nature of the projects I were working on required it.", "were"),
        accepted("It is the life I wish I were living; the projects, if I were paid, would be done."),
        accepted("Both Lazar and Sultan Murad I were killed; my wife and I were there. Would I were!"),
        accepted("His view of life, his tone, his attitude, were coarse; their two eldest, both sons, were away."),
        accepted("That franchise, the Leeds Outlaws, were to play; Stoke City, one of the oldest clubs, were founded."),
        accepted("Russian Cossacks burned the village. Cossacks were reported nearby."),
        flagged("The boy clung to a tube for two days and were rescued; she was kind and were liked.", "were", "were", select=("S207",)),
        # (by default G203 reports the first: after a past tense the shared subject decides)
        flagged("The boy clung to a tube for two days and were rescued; she was kind and were liked.", "were"),
        flagged("Revenue were $7m. Ann's argument on Sunday were odd; the average gift during the quarter were $27.", "were", "were", "were", select=("S207",)),
        accepted("Arsenal beat Arsenal's rivals. Arsenal were good; opponents of the plan last year were loud."),
        accepted("Many of Ms. Okoro's early years were spent in Lagos."),
        flagged("She cut her plan (which were costly).", "were", select=("S207",)),
        flagged("Senator Ted Cruz spoke. The news came as Cruz were leaving.", "were"),
        accepted("Senator Ted Cruz spoke. Stars such as Cruz were there, as well as Cruz were."),
        accepted("People who said the vote was rigged and were angry marched. The team was beaten and were relegated."),
        accepted("It was late and were it not for the rain we would stay. Ms Lee said such breaches were rife and were spreading."),
        accepted("Manchester United lost in Manchester. United were poor."),
        flagged("Megyn Kelly asked a question. Kelly said it was fair. But Kelly were relentless.", "were"),
        accepted("Brighton & Hove Albion won on Saturday. Albion were promoted in May."),
        flagged("Comedian Sarah Hale were booed on Monday.", "were", select=("S207",)),
        accepted("Fans of singer Tom Hale were there, and actor Jo Lee and director Al Roe were too."),
        accepted("The poll were conducted last week; G203 reports it."),
        accepted("The infantry were routed, the latter were captured and the elite were spared."),
        accepted("Roads built since the launch of the fund were late."),
        accepted("He beat Matthew Hayden and Adam Gilchrist, who were in form.", select=("S207",)),
        accepted("They proposed amendments to the constitution, which were rejected.", select=("S207",)),
        accepted("Officers listed them in the \"Black Books\" that were issued to the unit."),
        accepted("There were a number of delays, and voters who were angry."),
        accepted("The printers made colours that lasted and that were brighter."),
        accepted(""),
        accepted("The poll was conducted last week; the polls were wrong."),
        accepted("If he were elected, it would be, as it were, a shock; I wish she were here."),
        accepted("The government were divided and the police were called."),
        accepted("“The results were clear,” said Zoë Müller."),
    )

    def check(self, doc, context):
        """The rule's findings but those G203, when it runs, reports on the same "were"
        (outside quotations, which G203 skips): one finding for one slip."""
        findings = list(super().check(doc, context))
        if not findings or not _agreement_selected(context):
            yield from findings
            return
        from ..agreement.candidates import candidates
        from ..agreement.disagreement import disagreement
        from ..agreement.subject import story_variety

        quotes, tagged = doc.analysis("quotes"), doc.analysis("tags")
        checked = set(candidates(doc.analysis("lexicon")))  # the verbs G203 reads
        known: list = []

        def variety():
            if not known:
                known.append(story_variety(doc, context))
            return known[0]

        for finding in findings:
            outside = finding.start in checked and not quotes.inside(finding.start)
            located = tagged.locate(finding.start) if outside else None
            if located is None or disagreement(located[0].tokens, located[1], variety) is None:
                yield finding

    def at(self, tokens, i, token, vocabulary=None):
        if token[0] != "were" or i == 0:
            return None
        subject = tokens[i - 1][0]
        if subject == "and" and i >= 3:
            # "The boy clung to a tube for two days and were plucked", "who was affable and
            # were good company": "were" shares the subject of the verb before "and"
            return _shared_singular_subject(tokens, i, vocabulary)
        if subject in ("he", "she", "it", "i", "this"):
            # subjunctive: "if he were", "as it were", "wish she were", "were it not"
            if _subjunctive(tokens, i) if subject not in ("he", "she", "i") else _he_subjunctive(tokens, i):
                return None
            before = tokens[i - 2][0] if i >= 2 else ""
            if subject in ("he", "she"):
                # "he" and "she" can only be subjects: "after saying he were nervous"
                if before in ("and", "or", "nor", "&", "-", "–", "/"):
                    return None  # "she and he were"
            elif subject == "i" and i >= 2 and before not in _CLAUSE_OPENERS | _words("but"):
                # "I" opens a clause after "and" that ends one ("we won tonight and I were",
                # "And I were") or a relative clause after a noun ("the things I were told");
                # not "my wife and I were", "Sultan Murad I were", nor "here I were" (dialect)
                # (a noun is one after a determiner, though a verb too: "the projects I were")
                after_noun = tokens[i - 2][3][:1].islower() and (
                    lx.is_noun_only(before)
                    or i >= 3 and tokens[i - 3][0] in DETERMINERS and {"n", "p"} & set(lx.tags(before))
                )
                if not (after_noun or before == "and" and _clause_ends(tokens, i - 3)):
                    return None
            elif i >= 2 and before not in _CLAUSE_OPENERS | _words("but"):
                return None  # "the people working on it were", "my husband and I were"
            if subject == "this" and i + 1 < len(tokens) and tokens[i + 1][0] == "were":
                return None
            return (i, i, "were", "was", f" (\"{tokens[i - 1][3]}\" takes \"was\")")
        if subject == "that" and i >= 2 and tokens[i - 2][0] in _THAT_SUBJECT_BEFORE:
            # "because that were the plan", "But that were last fall": "that" is the subject;
            # a straight quote mark before it opens a quotation only if "that" touches it
            # ('the "Black Books" that were issued' closes one)
            if tokens[i - 2][0] == '"' and tokens[i - 2][2] != tokens[i - 1][1]:
                return None
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
                and (subject != "who" or noun in person_nouns() or noun.endswith(_PERSON_ENDINGS))
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
        if subject == "," and not _subjunctive(tokens, i):
            # "Ann Lee, 30, of Leeds, were": the subject is the name before the aside
            name, aged = _name_before_aside(tokens, i - 1)
            if name is None:
                # "The letter, postmarked in Leeds, were", "Pagliano, who set up the server,
                # were": the subject is the noun phrase before an aside between commas
                return _singular_before_aside(tokens, i, vocabulary)
            if _one_person(tokens, name, aged, vocabulary) and _name_opens_clause(tokens, name):
                return (i, i, "were", "was", f" (\"{tokens[name][3]}\" is one person)")
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
                and not {"and", "or", "nor"} & {t[0] for t in tokens[max(0, i - 6) : i - 1]}
                and not _plural_name(subject, vocabulary.names if vocabulary is not None else ())
                # "the shots ordered by Lt. Marxuach were": the subject is further back
                and not _plural_before(tokens, i - 3 if tokens[i - 2][0] == "." else i - 2, vocabulary)
            ):
                title = tokens[i - 3][3] + "." if tokens[i - 2][0] == "." else tokens[i - 2][3]
                return (i, i, "were", "was", f" (\"{title} {written}\" is one person)")
            if _described_person(tokens, i, vocabulary):
                return (i, i, "were", "was", f" (\"{tokens[i - 2][3]} {written}\" is one person)")
            # "Obama were": a name the story gives with a title ("President Obama") elsewhere
            # cheap tests first: the story's names and people are worked out only when needed
            nearby = _clause_words_before(tokens, i - 1, 5)
            if (
                vocabulary is not None
                and written[1:].islower()
                and subject not in NOT_HEADS
                and "and" not in nearby
                and "&" not in nearby
                and not _he_subjunctive(tokens, i)  # "if Sanders were"; not "whether Sanders were"
                and subject in vocabulary.names  # capitalised inside a sentence: not "There", "Fans"
                and subject in vocabulary.people
                and subject not in _plural_in_meaning() | collectives()  # "Wales Police ... Police were"
                and not vocabulary.counts.get(subject)  # also written in lower case: "Army", "Funds"
                and not _plural_name(subject, vocabulary.names)  # "Cossacks were"
                and not _plural_before(tokens, i - 1, vocabulary)  # "the shots ordered by Marxuach were"
                and not _joined_name(tokens, i - 1)  # 'and Florentino "Indian Charlie" Cruz were'
            ):
                k = i - 2
                if k >= 0 and tokens[k][3][:1].isupper() and is_word(tokens[k]):
                    k -= 1  # a first name: "Hillary Clinton were"
                # the name opens a clause: after a word that ends one or a verb or adjective
                # that takes one ("saying Clinton were", "it became clear Trump were")
                before = tokens[k][0] if k >= 0 else ""
                if k < 0 or before in _CLAUSE_OPENERS | _words("and but or . ! ?") or (
                    before in clause_verbs() or before in clause_adjectives()
                ) or before == "as" and (k == 0 or tokens[k - 1][0] not in _words("such well same")):
                    # "as Cruz were looking", "as popular as Reagan were"; not "such as Kane"
                    if not (k >= 0 and tokens[k][0] in ("and", "or")):
                        return (i, i, "were", "was", f" (\"{written}\" is one person)")
            if subject in _TIME_NOUNS and not _subjunctive(tokens, i):
                end = _before_time_phrase(tokens, i - 1)  # "Sanders's argument on Sunday were"
                if end is not None and _singular_subject_ending_at(tokens, end, vocabulary):
                    return (i, i, "were", "was", f" (\"{tokens[end][3]}\" is singular)")
            if _bare_noun_opening(tokens, i - 1, vocabulary) and not _subjunctive(tokens, i):
                return (i, i, "were", "was", f" (\"{written}\" is singular)")
            return None
        # "one of the ringleaders were": the subject is "one"
        if _one_of_before(tokens, i) is not None and not _subjunctive(tokens, _one_of_before(tokens, i)):
            # "one of the ringleaders were" (but "even if one of the tubes were damaged")
            return (i, i, "were", "was", " (the subject is \"one\")")
        if _subjunctive(tokens, i):
            return None  # "if a bid were successful"
        if subject in ("that", "who") and i >= 2 and tokens[i - 2][0] == "one":
            return (i, i, "were", "was", " (the subject is \"one\")")  # "one that were"
        if subject == "who" and i >= 3 and tokens[i - 2][0] in (",", "—", "–", "("):
            # "Whit Ayres, who were", "Ann Lee, 30, of Leeds, who were": one person named
            # before the comma, or before an aside of age and place
            name, aged = _name_before_aside(tokens, i - 2)
            if name is None:
                name, aged = i - 3, False
            if _one_person(tokens, name, aged, vocabulary):
                return (i, i, "were", "was", " (\"who\" stands for one person)")
            return None
        if subject == "which" and i >= 3 and tokens[i - 2][0] in (",", "("):
            # "The plan, which were backed", "her plan (which were costly)": a singular
            # noun phrase before the comma or bracket
            k = _singular_phrase_before(tokens, i - 3)
            if (
                k is not None
                and _lone_subject(tokens, k)
                # after a preposition the phrase is an object: "which" may stand for a noun
                # further back ("amendments to the constitution, which were")
                and not (k >= 1 and tokens[k - 1][0] in ALL_PREPOSITIONS | _words("as"))
                and not _plural_before(tokens, k, vocabulary)
            ):
                noun = tokens[i - 3][3]
                return (i, i, "were", "was", f" (\"which\" stands for \"{noun}\", which is singular)")
            return None
        if _singular_subject_ending_at(tokens, i - 1, vocabulary):
            return (i, i, "were", "was", f" (\"{written}\" is singular)")
        # "her smallest audience this year were", "the average donation during the quarter
        # were": the subject stands before a phrase of time
        end = _before_time_phrase(tokens, i - 1)
        if end is not None and _singular_subject_ending_at(tokens, end, vocabulary):
            return (i, i, "were", "was", f" (\"{tokens[end][3]}\" is singular)")
        return None
