"""The wording that tells an event as still to come, for D104 (future_event.py): "will",
"is expected to", "due in", reported speech ("said the plant would open in 2012"), a contest
looked forward to ("preparing for the 2012 election") and a plan named as a noun ("the state's
plan to raise the wage by 2013").
"""

from __future__ import annotations

import re

from ...analysis.dates import clause_cues
from ._common import _FUTURE_EVENT_NOUN, _prose_after, _prose_before

_STRONG_FUTURE = re.compile(
    r"(?i)^(?:will|won['’]t|shall|['’]ll|going\s+to|(?:widely|generally|largely|broadly)\s+(?:expected|tipped|forecast|predicted)\s+to|(?:is|are|be)\s+(?:expected|scheduled|due|set|slated|"
    r"poised|planned|intended|projected|forecast|anticipated|likely|unlikely)\s+to|plans?\s+to|intends?\s+to|"
    r"(?:aims?|hopes?|seeks?|vows?|pledges?|promises?)\s+to|planning\s+to|expects?\s+(?:[\w'’-]+\s+){0,3}to|"
    r"set\s+to|scheduled|upcoming|until|(?:is|are)\s+to|should|must)$"
)
# Future told from the past: "the mayor said the bridge would open in 2012", "the bridge was
# expected to open in 2012, the council said". The year before the story's is a slip when
# nothing in the sentence puts the saying back in time.
_FUTURE_IN_PAST = re.compile(
    r"(?i)\b(?:would(?!\s+(?:not\s+)?have\b)|(?:was|were)\s+(?:expected|scheduled|due|set|slated|poised|"
    r"planned|supposed)\s+to|(?:was|were)\s+to(?!\s+have\b))\s"
)
_REPORTED = re.compile(
    r"(?i)\b(?:said|says|told|announced|added|predicted|confirmed|stated|insisted|warned|estimated|"
    r"reported|according\s+to)\b"
)
# What puts the saying (or the plan) back in time, or makes it a condition or a plan that failed.
# "first", "last", "old", "former" and "by" only where they date something: "first said",
# "last year", "the old plan", "by then"; not "the first flights", "the last troops", "the
# former mayor", "approved by the council", "rise by 5 percent".
_THEN = re.compile(
    r"(?i)\b(?:then|at\s+the\s+time|originally|initially|once|earlier|previously|ago|back\s+in|"
    r"in\s+those\s+days|had|but|however|yet|instead|delay\w*|postpon\w*|until|before|after|when|"
    r"if|unless|could|might|whether|never|since|hoped|promised|pledged|vowed|planned|wanted|thought|believed"
    r"|first(?=\s+(?:said|told|announced|reported|promised|proposed|predicted|suggested|unveiled|disclosed)\b)"
    r"|last(?=\s+(?:year|spring|summer|fall|autumn|winter|decade|time)\b)"
    r"|(?:old|former|original)(?=\s+(?:plans?|targets?|timetables?|schedules?|goals?|deadlines?|estimates?)\b)"
    r"|by(?!\s+(?:\$?\d|(?:the|a|an|his|her|its|their)\s+[a-z]+(?:\s+[a-z]+)?(?:\s*[,.;]|$))))\b"
)
# After the year, only what undoes the plan or makes it a condition: "would open in 2014, but
# was delayed", "… if sales hold up"; not "…, after the primaries", "…, when the line is ready".
_UNDONE_AFTER = re.compile(
    r"(?i)\b(?:then|at\s+the\s+time|originally|initially|earlier|previously|ago|had|but|however|yet|"
    r"instead|delay\w*|postpon\w*|if|unless|could|might|never)\b"
)


# "preparing for the 2012 election", "ahead of the 2012 Games": a contest looked forward to
_PROSPECT_BEFORE = re.compile(
    r"(?i)\b(?:for|ahead\s+of|in\s+the\s+run-up\s+to|toward|towards|into)\s+the\s+"
    r"(?:(?:upcoming|coming|forthcoming)\s+)?$"
)


def _prospective_contest(doc, dates, e) -> tuple[str, int] | None:
    """A contest named by its year ("the 2012 election") that a clause told in the present
    or future looks forward to ("are preparing for", "ahead of"), with no past-tense verb in
    the sentence: (the words that look forward, their offset), or None."""
    if e.kind != "year":
        return None
    before = _prose_before(doc, e, 40)
    prospect = _PROSPECT_BEFORE.search(before)
    if not prospect or not _FUTURE_EVENT_NOUN.match(_prose_after(doc, e)):
        return None
    if dates.tense(e.start, e.end).tense not in ("present", "future"):
        return None
    s_start, s_end = dates.sentence(e.start)
    if any(kind == "past" for _, kind, _ in clause_cues(doc.prose, s_start, s_end, e.start, e.end)):
        return None
    if _THEN.search(doc.prose, s_start, s_end):
        return None
    start = e.start - len(before) + prospect.start()
    return " ".join(prospect.group().split()), start


# The words before a year (a day, a season) that give the time a reported plan is for
_TIME_PREPOSITION = {
    "date": r"(?i)\bon\s+$",
    "season": r"(?i)\b(?:in|by)\s+(?:the\s+)?$",
    "year": r"(?i)\b(?:in|by)\s+(?:(?:early|late|mid-?)\s*|the\s+(?:end|start|beginning|middle)\s+of\s+)?$",
    "month": r"(?i)\b(?:in|by)\s+(?:(?:early|late|mid-?)\s*|the\s+(?:end|start|beginning|middle)\s+of\s+)?$",
}


def _other_date_in_sentence(doc, dates, e, s_start: int, s_end: int) -> bool:
    """Whether the sentence holds a date or a year besides ``e`` (a weekday or "last week" aside):
    then the cue may belong to that one."""
    others = [
        x for x in dates.expressions
        if s_start <= x.start < s_end and x is not e and x.kind not in ("weekday", "relative")
    ]
    return bool(others) or bool(
        re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", doc.prose[s_start:e.start] + doc.prose[e.end:s_end])
    )


def _reported_future_cue(doc, dates, e, story) -> tuple[str, int] | None:
    """ "would" or "was expected to" before the year (or a day with its year, "on March 5,
    2015") in reported speech with nothing that dates the saying, no other year in the
    sentence, and the year at most five before the story's: (the cue, its offset), or None."""
    if e.kind not in ("year", "month", "date", "season") or not story.year - 6 < e.year < story.year:
        return None
    s_start, s_end = dates.sentence(e.start)
    cue = None
    for cue in _FUTURE_IN_PAST.finditer(doc.prose, max(s_start, e.start - 60), e.start):
        pass
    if cue is None or not _REPORTED.search(doc.prose, s_start, s_end):
        return None
    before = _prose_before(doc, e, 20)
    preposition = re.search(_TIME_PREPOSITION[e.kind], before)
    if preposition is None:
        return None  # "for 2014", "of 2015": a period the plan is about, not its time
    # "by 2014" is the time of the plan itself; "by then" elsewhere dates the saying back
    if _THEN.search(doc.prose, s_start, e.start - len(before) + preposition.start()) or _UNDONE_AFTER.search(doc.prose, e.end, s_end):
        return None
    if _other_date_in_sentence(doc, dates, e, s_start, s_end):
        return None
    return " ".join(cue.group().split()), cue.start()


# "California's plan to raise the wage to $15 by 2013", "the party's goal of cutting debt in
# 2012": a plan named as a noun, with the year it is to be carried out by
_NOMINAL_PLAN = re.compile(
    r"(?i)(?:\b(?:the|its|his|her|their|our|a|an)|['’]s)\s+(?:[a-z-]+\s+)?"
    r"(?P<cue>(?:plans?|goals?|targets?|pledges?|promises?|proposals?|aims?|ambitions?|bid)\s+(?:to|of)\s+[a-z]+)"
    r"[^.;:!?]{0,80}?\b(?:by|in|until)\s+(?:(?:early|late|mid-?|the\s+end\s+of)\s*)?$"
)


def _nominal_plan_cue(doc, dates, e, story) -> tuple[str, int] | None:
    """A plan named as a noun ("the state's plan to raise the wage by 2013") dated at most five
    years before the story, in a sentence with no past-tense verb, no present-tense one after
    the year, nothing that dates the plan back in time and no other year: (the plan's words,
    their offset), or None."""
    if e.kind not in ("year", "month") or not story.year - 6 < e.year < story.year:
        return None
    s_start, s_end = dates.sentence(e.start)
    plan = _NOMINAL_PLAN.search(doc.prose, max(s_start, e.start - 140), e.start)
    if plan is None:
        return None
    cues = clause_cues(doc.prose, s_start, s_end, e.start, e.end)
    if any(kind == "past" or kind == "present" and position > e.end for position, kind, _ in cues):
        return None  # "the plan to … by 2013 failed", "… by 2013 is three years late"
    if _THEN.search(doc.prose, s_start, plan.start()) or _THEN.search(doc.prose, e.end, s_end):
        return None
    if _other_date_in_sentence(doc, dates, e, s_start, s_end):
        return None
    return " ".join(plan.group("cue").split()), plan.start("cue")


_DETERMINER_BEFORE = re.compile(r"(?i)(?:\b(?:his|her|their|its|our|my|your|the|a|an|this|that)|['’]s)\s+$")
# "its first plan to", "the new pledge to": an adjective between makes a plan word a noun too
_DETERMINER_AND_WORD_BEFORE = re.compile(
    r"(?i)(?:\b(?:his|her|their|its|our|my|your|the|a|an|this|that)|['’]s)\s+"
    r"(?:first|new|latest|original|initial|own|current|previous|earlier|stated|ambitious|revised)\s+$"
)
_PLAN_NOUNS = frozenset("plan plans aim aims hope hopes promise promises pledge pledges vow vows".split())
# "the plant that closed in 2014 will reopen": a year after a preposition is no subject
_PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:in|on|by|since|from|until|of|for|during|after|before|to)\s+(?:(?:early|late|mid-?)\s*)?$"
)
_PAST_PROGRESSIVE = re.compile(r"(?i)\b(?:was|were)\s+$")
_SUBJECT_GAP = re.compile(r"[\s\"“”'‘’]*(?:(?:is|are)\s+)?$")


def _noun_after_determiner(prose: str, position: int, word: str) -> bool:
    """Whether the cue at ``position`` is a noun after its determiner ("his plan to", "the
    will", "its first plan to"). "This" and "that" before a verb are its subject or a relative
    pronoun ("This will be followed", "a console that is scheduled to"), so a cue that starts
    with a verb is a noun only after a determiner that cannot be those."""
    first = word.split()[0].lower()
    determiner = _DETERMINER_BEFORE.search(prose[max(0, position - 8) : position])
    if determiner and first in _FINITE_CUE_START:
        return first == "will" and determiner.group().strip().lower() not in ("this", "that")
    return bool(determiner) or (
        first in _PLAN_NOUNS and _DETERMINER_AND_WORD_BEFORE.search(prose[max(0, position - 24) : position])
    )


_FINITE_CUE_START = frozenset("is are was were be will".split())


def _strong_future_cue(prose: str, left: int, right: int, e) -> tuple[str, int] | None:
    """The clear future wording that governs the year: the nearest cue before it ("will",
    "is expected to" …) with no past-tense verb in between; or, when the year opens the
    clause, the first cue after it."""
    cues = [c for c in clause_cues(prose, left, right, e.start, e.end) if c[1] != "present"]
    before = [c for c in cues if c[0] < e.start]
    after = [c for c in cues if c[0] >= e.end]
    if (
        after
        and _SUBJECT_GAP.match(prose, e.end, after[0][0])
        and after[0][1] == "future"
        and not _PREPOSITION_BEFORE.search(prose, max(0, e.start - 20), e.start)
    ):
        position, kind, word = after[0]
        word = " ".join(word.split())
        if _STRONG_FUTURE.match(word) and word.lower() != "until":
            return word, position  # "that 2014 “is going to be an election”": the year is the subject
    past_ends = {p + len(w) for p, k, w in before if k == "past"}
    for position, kind, word in reversed(before):
        word = " ".join(word.split())
        if kind == "past" or _PAST_PROGRESSIVE.search(prose, max(0, position - 8), position):
            return None  # "was planning to": a plan of the past
        if word.split()[0].lower() in _PLAN_NOUNS and len(prose[:position].rstrip()) in past_ends:
            return None  # "announced plans to …": the plan is the object of a past verb
        if _noun_after_determiner(prose, position, word):
            continue  # "his plan to …", "its first plan to …" are nouns, not future wording
        if _STRONG_FUTURE.match(word) and word.lower() != "until":
            return word, position
    after = [c for c in cues if c[0] >= e.end]
    if not before and after:
        position, kind, word = after[0]
        word = " ".join(word.split())
        if kind == "future" and _STRONG_FUTURE.match(word) and word.lower() != "until":
            return word, position
    return None


# "due in 2012", "expected in late 2003", "scheduled for 2004": future wording right before a year
_FUTURE_BEFORE_YEAR = re.compile(
    r"(?i)(?P<cue>\b(?:is|are|be)\s+(?:not\s+)?(?:expected|due|scheduled|slated|planned|set|likely|unlikely"
    r"|on\s+(?:track|course|schedule))"
    r"|\b(?:expected|due(?:\s+(?:out|back))?|scheduled|slated|(?:set|planned)(?=\s+for\b))"
    r"|(?<!\bwas\s)(?<!\bwere\s)\bup\s+for\s+(?:re-?)?election"
    r"|\b(?:is|are)\s+(?:running|standing)\s+(?:again\s+)?for\s+(?:re-?election|office))"
    r"\s+(?:(?:later|sometime|some\s+time|again|back|only)\s+)?"
    # "slated for completion in 2014", "scheduled for release by 2014": the planned event, then its time
    r"(?:for\s+(?:(?:its|their|a|the)\s+)?(?:completion|release|delivery|launch|opening|publication|approval|debut"
    r"|construction|sale|retirement|demolition|closure|review|a\s+vote)\s+)?"
    r"(?:for|in|by|until|before|to\s+(?:\w+\s+){1,2}(?:in|by|until|before))\s+"
    r"(?:(?:early|late|mid-?|the\s+end\s+of|the\s+(?:spring|summer|fall|autumn|winter)\s+of)\s*)?$"
)


# "The next election is in 2015", "the upcoming summit is set for March 2015": what is named as
# the next one is still to come
_NEXT_ONE_IS = re.compile(
    r"(?i)\b(?P<cue>next|upcoming|forthcoming)\s+(?:[a-z-]+\s+){1,2}(?:is|are|will\s+be)\s+"
    r"(?:(?:due|set|scheduled|slated|planned)\s+)?(?:in|on|for)\s+(?:(?:early|late|mid-?)\s*)?$"
)


def future_cue(doc, dates, e, story, left: int, right: int) -> tuple[tuple[str, int] | None, bool]:
    """The wording that tells the event dated ``e`` as still to come, in the clause
    ``left:right``: (the words, their offset) or None, and whether it is reported speech
    ("said the plant would open in 2012")."""
    cue = _strong_future_cue(doc.prose, left, right, e)
    if cue is None:
        near = _FUTURE_BEFORE_YEAR.search(_prose_before(doc, e, 50))
        if near is not None and not re.search(r"(?i)\b(?:was|were|had|been)\s+$", _prose_before(doc, e, 50)[: near.start()]):
            cue = (" ".join(near.group("cue").split()), e.start - 50 + near.start())
    if cue is None:
        cue = _reported_future_cue(doc, dates, e, story)
        if cue is not None:
            return cue, True
    if cue is None:
        cue = _prospective_contest(doc, dates, e)
    if cue is None:
        cue = _nominal_plan_cue(doc, dates, e, story)
    if cue is None:
        cue = _temporal_clause_cue(doc, dates, e, left, right)
    if cue is None:
        ahead = _NEXT_ONE_IS.search(doc.prose, max(dates.sentence(e.start)[0], e.start - 60), e.start)
        if ahead is not None:
            cue = (ahead.group("cue"), ahead.start("cue"))
    return cue, False


# "As the talks open in 2012, the truce … will be over": a clause of time told in the
# present opens the sentence and the main clause after its comma is told in the future; English
# tells a time to come in the present there, so the year is still to come.
_TEMPORAL_OPENER = re.compile(
    r"(?i)\W*(?:(?:but|and|yet|so)\s+)?(?:as|when|once|after|until|by\s+the\s+time|while)\s+"
)
_TIME_OF_EVENT = re.compile(r"(?i)\b(?:in|by|on)\s+(?:(?:early|late|mid-?)\s*)?$")


def _temporal_clause_cue(doc, dates, e, left: int, right: int) -> tuple[str, int] | None:
    """The future cue of the main clause when the year dates a clause of time told in the
    present that opens the sentence ("as the harvest starts in 2012, … will be"), or None."""
    opener = _TEMPORAL_OPENER.match(doc.prose, left, e.start)
    if opener is None or not _TIME_OF_EVENT.search(doc.prose, opener.end(), e.start):
        return None
    comma = doc.prose.find(",", e.end, right)
    if comma == -1 or doc.prose[e.end : comma].strip():
        return None  # the year must end the clause of time: "… begin in 2012, the …"
    # "as the primaries began in 2012": told in the past, or as a plan of its own; but "once
    # completed in 2012, the tower will …": a participle straight after the opener is no past
    if any(kind != "present" and not (kind == "past" and position == opener.end() and word.lower().endswith("ed"))
           for position, kind, word in clause_cues(doc.prose, opener.end(), comma, e.start, e.end)):
        return None
    for position, kind, word in clause_cues(doc.prose, comma, right):
        word = " ".join(word.split())
        if kind == "future" and _STRONG_FUTURE.match(word) and word.lower() != "until":
            return word, position
    return None
