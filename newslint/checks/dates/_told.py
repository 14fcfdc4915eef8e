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
    # "Later that year, in a 2019 interview, …", "Certainly in later years, in a 1959 interview, …"
    r"|^\W*[A-Z][a-z]+\s+(?:[a-z]+\s+){0,3}[a-z]+,\s+(?:in|on|during)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w.’'-]+\s+){0,2}$"
)
# "Writing in 2017, Schlesinger argued …": a participle phrase that opens the sentence; "The
# minister, speaking in Parliament on 3 May 2019, said …": one set off after the subject
_PARTICIPLE_BEFORE = r"^\W*[A-Z][a-z]+ing\s+[^,;:]*$|,\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\s+[^,;:]*$"
_PARTICIPLE_THEN = r"^\s*,\s+(?:[a-z]+ly\s+)?$"
_RELATIVE_THEN = r"\b(?:who|which)\s+(?:in|on|during|by)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\.?\s+)?$"
# after the opening phrase (its comma may be left out: "In 2010 the governor stated"), the
# subject, perhaps with a name in apposition set off by commas ("the owners, Duke Energy,"),
# an adverb and the verb, perhaps with a prefix ("co-wrote")
_SUBJECT_WORD = r"[\w.&’'()-]+"
_THEN_REPORTER = (
    rf"^(?:[^,;:]{{0,30}},)?\s+(?:{_SUBJECT_WORD}\s+){{0,5}}"
    rf"(?:{_SUBJECT_WORD},\s+(?:{_SUBJECT_WORD}\s+){{0,5}}{_SUBJECT_WORD},\s+(?:[a-z]+ly\s+)?)?(?:[a-z]+-)?$"
)
# "A 2011 study concluded …", "The 2013 report from the Pew Research Center also stated …": the
# year dates the document or speech that is the report's subject, so the report happened then
_DATED_SUBJECT_BEFORE = r"^\W*(?:[Aa]n?|[Tt]he|[Oo]ne|[A-Z][\w.&’'-]*['’]s)\s+(?:[a-z][\w-]*(?:['’]s)?\s+)?$"
_DOCUMENT = (
    r"(?:study|studies|report|reports|survey|surveys|poll|polls|paper|analysis|review|audit|inquiry|"
    r"investigation|census|book|article|memo|letter|interview|speech|statement|ruling|judgment|"
    r"decision|verdict|filing|lawsuit|documentary|editorial|essay|column|e-?mail|tweet|post|video|"
    r"broadcast|hearing|testimony|trial|experiment|assessment|evaluation|profile|biography|memoir)"
)
_DATED_SUBJECT_AFTER = (
    rf"^\s+(?:[A-Z][\w.&’'-]*\s+){{0,3}}(?:[a-z][\w-]*\s+)?{_DOCUMENT}\s+"
    rf"(?:(?:[\w.&’'()-]+)\s+){{0,10}}$"
)


def _opens_reported_sentence(doc, dates, e, tense) -> bool:
    """ "In a 2018 speech, he declared …": the year stands in the phrase that opens the
    sentence, or in the subject ("A 2011 study concluded …"), and the reporting verb follows;
    the report happened then."""
    s_start = dates.sentence(e.start)[0]
    if re.match(_DATED_SUBJECT_BEFORE, doc.prose[s_start : e.start]) and re.match(
        _DATED_SUBJECT_AFTER, doc.prose[e.end : tense.cue_start]
    ):
        return True  # "A 2011 study concluded …": the study is what reports
    participle = re.search(_PARTICIPLE_BEFORE, doc.prose[s_start : e.start])
    if participle and (
        re.match(_PARTICIPLE_THEN, doc.prose[e.end : tense.cue_start])
        or participle.start() == 0 and re.match(_THEN_REPORTER, doc.prose[e.end : tense.cue_start])
    ):
        return True  # "Prince Hans-Adam, speaking on 25 January 2009, argued …": the speaking is the report
    if re.search(r",\s+(?:in|during|at|on)\s+[^,;:]*$", doc.prose[s_start : e.start]) and re.match(
        r"^[^,;:]*,\s+(?:[a-z]+ly\s+)?$", doc.prose[e.end : tense.cue_start]
    ):
        return True  # "Trump, in a 2018 interview with Playboy, said …": a phrase set off before the report
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


# ", analysts said," set off by commas inside the clause, after the year and before its verb
_SET_OFF_BEFORE = re.compile(r",\s+(?:[\w.’'-]+\s+){1,4}$")
_SET_OFF_AFTER = re.compile(r"\s*,\s*")


def _told_past_a_set_off_report(doc, dates, e, tense):
    """ "In 2019, prices, analysts said, fell": a report set off by commas between the year and
    the clause's own verb says who told it, not when; the tense of the first cue after it, or
    None when the report is not set off so."""
    if tense.cue_start <= e.end or not _REPORTING.match(tense.cue):
        return None
    cue_end = tense.cue_start + len(tense.cue)
    after = _SET_OFF_AFTER.match(doc.prose, cue_end)
    if not after or not _SET_OFF_BEFORE.search(doc.prose, e.end, tense.cue_start):
        return None
    right = dates.clause(e.start, e.end)[1]
    for position, kind, word in clause_cues(doc.prose, after.end(), right):
        return Tense(kind, word, position)
    return None


# Verbs whose past is their base ("cut", "put"), and "left": after a singular subject the bare
# form can only be the past ("the firm cut jobs"; the present would be "cuts"), though the
# tagger may read "firm cut" as one noun
_BARE_PASTS = frozenset("cut put set hit let shut quit spread cost hurt split bet beat read left".split())
_ADVERB_BEFORE_VERB = frozenset("last first also then again just recently quickly never once later".split())
_OBJECT_TAGS = frozenset("DT CD NN NNS NNP NNPS PRP PRP$ JJ RP".split())


def _bare_past_after_singular(tokens, i: int) -> bool:
    """Whether ``tokens[i]`` ("cut") is a past-tense verb after a singular noun ("The firm cut
    jobs", "the last personnel left in 2016"): the word before is a singular noun or name, the
    one before that no noun ("the tax cut" is a noun), and an object follows (or, after
    "left", a phrase of time), not a verb ("the tax cut took effect")."""
    if tokens[i].text.lower() not in _BARE_PASTS or i < 2 or i + 1 >= len(tokens):
        return False
    at = i - 1
    if tokens[at].text.lower() in _ADVERB_BEFORE_VERB and at >= 2:
        at -= 1  # "The Fed last cut rates", "the firm also cut jobs"
    subject, before, after = tokens[at], tokens[at - 1], tokens[i + 1]
    return (
        subject.tag in ("NN", "NNP")
        and before.tag in ("DT", "JJ", "PRP$", "POS", "CD", "IN", ",")
        and (after.tag in _OBJECT_TAGS or tokens[i].text.lower() == "left" and after.tag in ("IN", "RB"))
    )


def _told_by_tagged_verb(doc, dates, e):
    """The past tense of a clause whose verb the word lists cannot read ("Jagger left school
    in 1961", "the two regions united in 1960": "left" and "united" are also adjectives) but
    the tagger reads as a past-tense verb (VBD) here: the one nearest before the year, else
    the first after it; or None. Asked only for a year after the story's date whose clause
    has no tense cue, so few sentences are tagged."""
    left, right = dates.clause(e.start, e.end)
    sentence = doc.analysis("tags").sentence_at(e.start)
    if sentence is None:
        return None
    tokens = sentence.tokens
    verbs = [
        t for i, t in enumerate(tokens)
        if left <= t.start and t.end <= right and (t.tag == "VBD" or _bare_past_after_singular(tokens, i))
    ]
    before = [t for t in verbs if t.end <= e.start]
    after = [t for t in verbs if t.start >= e.end]
    verb = before[-1] if before else after[0] if after else None
    return Tense("past", verb.text, verb.start) if verb else None


def _told_of_the_year(doc, dates, e, tense) -> bool:
    """Whether the past-tense verb is the one the year dates: it comes before the year ("he
    hosted in 2016"), in a "when" clause right after it, or after a phrase that opens the
    sentence ("In a 2016 speech, he declared"); not a verb of another clause ("as the
    harvest starts in 2016, the cover it gave …")."""
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
        # follows its subject (not "As the harvest starts in 2016, the cover that cheap loans
        # provided will be lost": the verb of a relative clause)
        return not re.search(r"(?i)\b(?:that|which|who|whom|whose)\b|[;:]", doc.prose[e.end : tense.cue_start])
    return bool(re.match(_THEN_REPORTER, doc.prose[e.end : tense.cue_start]))
