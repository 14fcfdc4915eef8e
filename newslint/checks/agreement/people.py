"""A person the draft names with a first name or a title, then by surname alone before a
plural verb (G203): "Nancy Pelosi ... Pelosi were discussing", "Sen. Bernie Sanders ...
Sanders were to fly". One person takes a singular verb in any copy; a name alone cannot tell
a person from a firm or a band ("Ford were", "Muse were"), but the draft can.
"""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...english import word_set
from .nouns import collectives
from .subject import SUBJUNCTIVE, clause_starts_at, first_names

# Plural verbs read after a surname, and the singular each wants.
PLURAL_AFTER_NAME = {
    "are": "is", "were": "was", "have": "has", "do": "does",
    "aren't": "isn't", "weren't": "wasn't", "haven't": "hasn't", "don't": "doesn't",
    # "lead" before what a verb takes ("Clinton lead Trump by 8 points"): "leads", or the
    # past "led" misspelt, the commoner slip (the message names both)
    "lead": "leads",
}  # fmt: skip
# What may follow "lead" the verb: an object, a preposition a verb takes ("the Clinton lead in
# polls" is left alone by its "the": a surname opening its clause only is read).
_LEAD_OBJECTS = word_set("to by the a an his her their its in among with")
# Titles only a person bears (a "General", a "Major" or a "King" may open other names).
PERSON_TITLES = word_set("Mr Mrs Ms Dr Sen Rep Gov Prof")
# Words that join a name to another subject, or make it one of many.
_JOINING = frozenset(("and", "or", "nor", "&", "both", "neither", "either"))
# Words that end the search for those back from the name: the clause opens there.
_CLAUSE_ENDS = frozenset((".", ";", ":", "(", "that", "which", "who", "when", "while", "after", "before", "because"))
_NAME_TAGS = ("NNP", "NNPS", "NNS", "NN")
_REPORTING = word_set(
    "say says said claim claims claimed allege alleges alleged argue argues argued insist insists"
    " insisted add adds added admit admits admitted think thinks thought reckon reckons reckoned"
    " suspect suspects suspected hope hopes hoped fear fears feared assume assumes assumed guess"
    " guesses guessed note notes noted agree agrees agreed"
)


def person_surnames(names, written_lower=frozenset(), people=frozenset()) -> frozenset[str]:
    """The surnames of people the draft names in full: a name that is no English word, written
    at least once straight after a first name that is no English word either ("Nancy
    Pelosi", "Reince Priebus"; not "Don Cossacks", "Denis Gardens") or after a title that
    only a person bears ("Mr. Priebus", "Sen. Rubio"). A name that is an English word too
    ("Bernie Sanders", "Donald Trump"; not "Merrill Lynch") counts when the draft never
    writes it in lower case (``written_lower``: the lower-case words it writes) and gives
    it as a person's (``people``, lower case: "Sanders said he", "Sen. Sanders")."""
    found = set()
    firsts = first_names()
    for token in names:
        before = token.before
        lower = token.text.lower()
        if not before or lx.tags(lower) and not english_word_surname(lower, written_lower, people):
            continue  # (an English word)
        if lower.endswith("s") and (lx.tags(lower[:-1]) and lower not in people or names.count(token.text[:-1])):
            continue  # a people's plural ("Roma Czechs", where the draft writes "Czech" too)
        if before.rstrip(".") in PERSON_TITLES or before in firsts and not lx.tags(before.lower()):
            found.add(token.text)
    return frozenset(found)


def english_word_surname(lower: str, written_lower, people) -> bool:
    """Is ``lower``, an English word, a person's name throughout the draft?"""
    return lower in people and lower not in written_lower


def surname_disagreement(toks, v: int, surnames: frozenset[str]):
    """(the surname token, the verb wanted, why, "info") when the plural verb at ``v``
    follows a surname of ``surnames`` standing alone as its clause's subject ("Pelosi were
    discussing"; not "Clinton and Sanders were", "the Sanders campaign", "if Sanders
    were"), else None."""
    wanted = PLURAL_AFTER_NAME.get(toks[v].text.lower())
    if wanted is None or v == 0 or v + 1 < len(toks) and toks[v].text == "do" and toks[v + 1].text[:1].isupper():
        return None  # (a name's Portuguese "do": "Edson Arantes do Nascimento")
    name = toks[v - 1]
    if name.text not in surnames or name.tag not in _NAME_TAGS:
        return None
    if wanted == "leads" and not _verb_lead(toks, v):
        return None
    start = v - 1
    while start > 0 and toks[start - 1].text[:1].isupper() and toks[start - 1].tag in ("NNP", "NNPS"):
        start -= 1  # "Sen. Bernie Sanders", "Chairman Reince Priebus": the whole name
    for k in range(start - 1, max(-1, start - 12), -1):
        word = toks[k].text.lower()
        if word in _JOINING:
            return None  # "Clinton and Sanders were", "Kelly Rowland, Rihanna, and Kelly Key have"
        if word in _CLAUSE_ENDS:
            break
    # a lone surname after a noun opens a clause of its own ("the scenario Pelosi was
    # discussing", "after the debate Sanders was"); a noun before a full name describes it
    # (not after a noun that names a group, which the name names: "the band Goldsmith are",
    # named after the writer Oliver Goldsmith)
    after_noun = (
        start == v - 1
        and start > 0
        and toks[start - 1].tag in ("NN", "NNS")
        and toks[start - 1].text.islower()
        and toks[start - 1].text not in collectives()
    )
    # after a verb that reports a clause and takes no person as its object, the name opens
    # that clause ("alleged Ritter were", "said Sanders were"; not "voters who support
    # Sanders are", "who know Sanders are")
    after_verb = start > 0 and toks[start - 1].text.lower() in _REPORTING
    if not (clause_starts_at(toks, start) or after_noun or after_verb):
        return None
    if toks[v].text.lower() == "were" and SUBJUNCTIVE & {t.text.lower() for t in toks[max(0, start - 3) : start]}:
        return None  # "if Sanders were", "as though Pelosi were"
    why = f"\"{name.text}\" is one person, named in full elsewhere in the story"
    if wanted == "leads":
        return name, "led", why + ": \"leads\", or the past \"led\"", "info"
    return name, wanted, why, "info"


def _verb_lead(toks, v: int) -> bool:
    """Is "lead" at ``v`` a verb by what follows it: an object, a name, a figure or a
    preposition a verb takes ("lead Trump", "lead by 1,500 votes", "lead in Virginia")?"""
    if v + 1 >= len(toks):
        return False
    after = toks[v + 1]
    return after.text.lower() in _LEAD_OBJECTS or after.tag in ("NNP", "CD")
