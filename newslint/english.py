"""English words that many rules and analyses share: months, weekdays, titles, speech verbs,
prepositions, determiners, subject pronouns, the forms of "be", abbreviations.

One place for a concept that several modules need with the same meaning. A list fitted to one
rule's purpose (the verbs after which a surname counts as a speaker, say) stays beside its rule,
with a comment saying so. Lists over about 30 words live in ``newslint/data/`` and are read on
first use, never at import time.
"""

from __future__ import annotations

from functools import lru_cache

from .datafiles import data_sections, data_words


def word_set(text: str) -> frozenset[str]:
    """The words of a whitespace-separated list, as written."""
    return frozenset(text.split())


# Month names and the abbreviations copy uses, lower case, to the month's number.
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
MONTH_NAMES = [
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]
# The months' full names for a pattern over folded (lower-case) prose: "january|february|…".
MONTH_WORDS = "|".join(name.lower() for name in MONTH_NAMES[1:])
# Associated Press abbreviations, for messages.
AP_MONTHS = [
    "", "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
    "Nov.", "Dec.",
]
# Weekday names, lower case, to their number (0 = Monday, as datetime.weekday()).
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# The commonest prepositions, lower case: the words a phrase of place, time or topic opens with.
# A rule that needs another set says why beside it: checks/prepositions.py (those a word
# governs), checks/missing_words.py (those after which a noun takes its article),
# checks/pronouns.py (those that never open a clause), checks/agreement/counting.py,
# checks/confusables/its.py and words.py' ALL_PREPOSITIONS (those that take an object).
PREPOSITIONS = word_set("of in on at for with to from by about into over under against during after before")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Abbreviations that end with a full stop without ending the sentence ("mr", "gen", "aug",
    "u.s", "calif"), lower case, without the final stop, from ``data/abbreviations.txt``."""
    return data_words("abbreviations.txt")


# The determiners most word lists start from: the articles, the demonstratives and the
# possessives ("the", "this", "their"); a rule adds or leaves out what its purpose needs.
ARTICLES = word_set("a an the")

# Words that name a day relative to the story's own: "today", "yesterday".
DAY_WORDS = word_set("today tonight tomorrow yesterday")
DEMONSTRATIVES = word_set("this that these those")
POSSESSIVES = word_set("my your his her its our their")

# The personal pronouns that stand as a subject ("he said", "they were").
PRONOUN_SUBJECTS = word_set("i you he she it we they")
# Pronouns that are only ever objects ("her", "it" and "you" may be a determiner or a subject).
OBJECT_ONLY_PRONOUNS = word_set("him them me us")
# The forms of "be" ("is", "were", "been"); COPULAS adds the clitics ("it's", "they're").
BE_FORMS = word_set("is are was were be been being")
COPULAS = BE_FORMS | word_set("'s 're")

# Courtesy and academic titles written before a surname ("Mr Blair", "Dr. Ruiz"), lower case.
# Every title, office titles too ("President", "Senator"), as written: titles().
COURTESY_TITLES = word_set("mr mrs ms miss dr sir dame lord lady prof")


@lru_cache(maxsize=1)
def _speech_verbs_by_section() -> dict[str, frozenset[str]]:
    """``data/quote_cues.txt`` (one verb a line, all its forms; written for newslint), by section."""
    return {
        section: frozenset(word.lower() for line in lines for word in line.split())
        for section, lines in data_sections("quote_cues.txt").items()
    }


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Every form of the verbs that attribute speech or writing ("said", "told", "tweeted")."""
    return frozenset().union(*_speech_verbs_by_section().values())


def common_speech_verbs() -> frozenset[str]:
    """Every form of the everyday reporting verbs ("said", "told", "added", "asked", "wrote"):
    those a quote's lead-in or closing attribution is written with."""
    return _speech_verbs_by_section()["common"]


# Lists of saying verbs fitted to one rule stay beside it, each a subset of these verbs in the
# forms that rule needs; built from every form of the list above they would match more:
# - checks/consistency/surnames.py (C106) and analysis/vocabulary.py's _SAID_HE: what one person
#   does ("said", "says", "told"), not "argue": with every form, "some MPs argue" made "MPs" a
#   surname (C106 on the dev clean drafts: 22 -> 24 findings, one of them that).
# - checks/dates/_past_guards.py: the past forms, read as the past-tense cue of a clause.
# - checks/dates/_future_cues.py: verbs that report a forecast ("predicted", "estimated",
#   "according to").
# - checks/confusables/were_after_singular.py: with conjunctions and verbs of thinking, what may
#   stand before a clause.


def speech_verb_pattern(words: frozenset[str]) -> str:
    """A regular-expression group matching any of ``words``, longest first."""
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Titles and honorifics written before a name, capitalised as written ("President", "Dr.",
    "Sheikh"), from ``data/titles.txt``: never names themselves."""
    return data_words("titles.txt")
