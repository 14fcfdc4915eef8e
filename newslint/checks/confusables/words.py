"""Word sets that more than one real-word rule reads (the rules' own sets stay in their modules)."""

from __future__ import annotations

from functools import lru_cache

from ...datafiles import data_words

# BE_FORMS and PREPOSITIONS: the rules read them from here too
from ...english import ARTICLES, BE_FORMS, DEMONSTRATIVES, POSSESSIVES, PREPOSITIONS
from ...english import word_set as _words

DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVES | _words("some any no each every")
ITS_BEFORE = frozenset("a an the not been going gonna".split())
# Verbs that can take a clause ("said it's over"), so "it's" after them may be "it is".
CLAUSE_VERBS = frozenset(
    _words(
        """
        say says said saying think thinks thought know knows knew known believe believes
        believed hope hopes hoped feel feels felt guess suppose assume mean means meant
        realize realizes realized realise realises realised admit admits admitted claim claims
        claimed argue argues argued insist insists insisted agree agrees agreed fear fears
        feared suspect suspects suspected notice noticed see sees saw seen hear hears heard
        show shows showed shown prove proves proved expect expects expected seem seems seemed
        find finds found bet figure figured reckon understand understands understood remember
        remembers remembered forget forgets forgot wish wished warn warns warned add adds added
        note notes noted explain explains explained tell tells told decide decided ensure
        ensures ensured sure glad worried afraid because guarantee promise promised
        """
    )
)
# Participles that take a clause: "convinced it's true".
CLAUSE_PARTICIPLES = _words(
    """
    convinced concerned worried pleased surprised disappointed relieved satisfied assured
    amazed shocked stunned delighted scared frightened excited thrilled annoyed angered
    saddened encouraged determined alarmed astonished heartened reassured persuaded
    """
)
# Finite verbs a subject noun phrase may be followed by.
FINITE = _words(
    """
    is are was were has have had will would could should may might must can did does do
    isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't couldn't can't didn't
    doesn't don't remains remained
    """
)
VERBISH = frozenset(
    """
    is are was were has have had will would could should may might must can did do does
    said say says told remain remained
    """.split()
)
HAVE = _words("has have had having 've")
BE = BE_FORMS
NOT_HEADS = DETERMINERS | PREPOSITIONS | VERBISH | _words(
    "and or but that which who whom whose as than when where while because if between it he"
    " she they we i you there here not"
)
ALL_PREPOSITIONS = _words(
    """
    of in on at for with to from by about into over under against during after before without
    within through across behind between among amid despite including like than per via near
    beyond toward towards upon onto outside inside
    """
) - _words("after before")


@lru_cache(maxsize=1)
def time_words() -> frozenset[str]:
    """Nouns of time and measure ("day", "weekend", "miles", "percent") that the real-word
    rules do not read as the head of a noun phrase, from data/time_words.txt."""
    return data_words("time_words.txt")


def __getattr__(name: str):
    # words.TIME_WORDS, read from data/time_words.txt on first use (time_words)
    if name == "TIME_WORDS":
        return time_words()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
