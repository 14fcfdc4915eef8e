"""Which past-tense verb a year is told by, for D103's guards (_past_guards.py): the verb
before it ("he hosted in 2016"), the verb of a "when" clause right after it, or the verb after a
phrase that opens the sentence or clause ("In a 2016 speech, he declared"); and whether that verb
is a report ("said", "told") of something else.
"""

from __future__ import annotations

import re

from ...analysis.dates import Tense, clause_cues
from ._common import _prose_before

_REPORTING = re.compile(
    r"(?i)^(?:said|told|added|wrote|stated|noted|explained|argued|insisted|claimed|announced|"
    r"declared|tweeted|posted|warned|recalled|replied|answered|continued|concluded)$"
)

# The patterns below are pattern text, compiled by re's own cache when first read: they are
# read only for a year after the story's date, so start-up need not pay for them.
# "In January 2007, Boeing announced …": the year opens the sentence whose verb is the report
_OPENING_ADVERBIAL = (
    r"^\W*(?:In|On|At|During|Early|Late|By)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w.’'-]+\s+){0,2}$"
    r"|^\W*As\s+(?:[\w.’'-]+\s+){1,5}(?:in|during)\s+$"  # "As governor of Arkansas in 2016, he …"
    r"|^\W*(?:[Aa]fter|[Ff]ollowing)\s+(?:[\w.’'-]+\s+){1,5}(?:in|on|during)\s+$"  # "After a meeting in July 2016, they …"
    r"|^\W*(?:[A-Z][a-z]+\s+){1,2}[a-z]+,\s+(?:in|on|during)\s+(?:(?:the|a|an)\s+)?(?:[\w.’'-]+\s+){0,2}$"  # "More recently, in 2014, …"
)
_RELATIVE_THEN = r"\b(?:who|which)\s+(?:in|on|during|by)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\.?\s+)?$"
# after the opening phrase (its comma may be left out: "In 2010 the governor stated"), the
# subject and the verb, perhaps with a prefix ("co-wrote")
_THEN_REPORTER = r"^(?:[^,;:]{0,30},)?\s+(?:[\w.’'-]+\s+){0,5}(?:[a-z]+-)?$"


def _opens_reported_sentence(doc, dates, e, tense) -> bool:
    """ "In a 2018 speech, he declared …": the year stands in the phrase that opens the
    sentence and the reporting verb follows its subject; the report happened then."""
    s_start = dates.sentence(e.start)[0]
    if re.search(_RELATIVE_THEN, doc.prose[s_start : e.start]) and re.match(r"^\W*(?:\w+\s+)?$", doc.prose[e.end : tense.cue_start]):
        return True  # "Trump, who in 2016 added …": the relative clause's own verb
    return bool(
        re.match(_OPENING_ADVERBIAL, doc.prose[s_start : e.start])
        and re.match(_THEN_REPORTER, doc.prose[e.end : tense.cue_start])
    )


# ", when …" right after the year
_WHEN_AFTER = re.compile(r"\s*,?\s*when\s+")


def _told_by_when_clause(doc, dates, e):
    """ "… in 2017, when she and Obama carried on …": the clause that "when" opens right after
    the year tells when its event happened; its tense, when it is the past, or None."""
    when = _WHEN_AFTER.match(doc.prose, e.end)
    if not when:
        return None
    s_end = dates.sentence(e.start)[1]
    for position, kind, word in clause_cues(doc.prose, when.end(), min(s_end, when.end() + 60)):
        if kind == "past" and not _REPORTING.match(word):
            return Tense("past", word, position)
        return None
    return None


def _told_of_the_year(doc, dates, e, tense) -> bool:
    """Whether the past-tense verb is the one the year dates: it comes before the year ("he
    hosted in 2016"), in a "when" clause right after it, or after a phrase that opens the
    sentence ("In a 2016 speech, he declared"); not a verb of another clause ("as the
    primaries begin in 2016, the protection they provided …")."""
    if tense.cue_start < e.start or _WHEN_AFTER.match(doc.prose, e.end):
        return True
    if re.fullmatch(r"\s+(?:[a-z][\w’'-]*\s+){0,2}", doc.prose[e.end : tense.cue_start]):
        return True  # "An earthquake in January 2016 caused …": the year dates the verb's subject
    if re.fullmatch(r"\s*,\s*", doc.prose[e.end : tense.cue_start]) and re.search(
        r",\s+(?:in|during)\s+(?:[\w’'-]+\s+){0,4}$", _prose_before(doc, e)
    ):
        return True  # "Soros, in the first half of 2016, contributed …": a phrase set off before the verb
    s_start = dates.sentence(e.start)[0]
    if not re.match(_OPENING_ADVERBIAL, doc.prose[s_start : e.start]):
        # "…, and in 2016, Giuliani ended his tour": the phrase opens a clause of its own
        s_start = dates.clause(e.start, e.end)[0]
        opening = doc.prose[s_start : e.start].lstrip()
        if not re.match(_OPENING_ADVERBIAL, opening[:1].upper() + opening[1:]):  # a clause opens as a sentence does
            return False
    if not _REPORTING.match(tense.cue):
        # "In 2016, the league folded": the opening phrase dates its main clause, whose verb
        # follows its subject (not "As the primaries begin in 2016, the shelter that low rates
        # provided will be gone": the verb of a relative clause)
        return not re.search(r"(?i)\b(?:that|which|who|whom|whose)\b|[;:]", doc.prose[e.end : tense.cue_start])
    return bool(re.match(_THEN_REPORTER, doc.prose[e.end : tense.cue_start]))
