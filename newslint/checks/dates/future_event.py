"""D104: a future-tense event dated before the story's own date.

The mirror image of D103 (past_event.py); the year cues both read live in _common.py, the
wording that tells an event as still to come in _future_cues.py.
"""

from __future__ import annotations

import re

from ...analysis.dates import clause_cues, relative_clause_tense
from ...prefilter import guarded_in_time
from ...rule import accepted, flagged
from ._against_story import YearAgainstStory
from ._common import (
    _DECADE_TEXT,
    _FOREIGN_CONTEXT,
    _FUTURE_EVENT_NOUN,
    _NAME_OF_BEFORE,
    _PRESIDENTIAL_NOUN,
    _US_CONTEXT,
    _WORD_REST,
    _YEAR_AS_NAME,
    _about,
    _in_dateline,
    _prose_after,
    _prose_before,
    _year_expressions,
)
from ._future_cues import _SUBJECT_GAP, future_cue

# A vote named by its year ("the 2010 vote will decide the seat"): a contest still to come, as
# _FUTURE_EVENT_NOUN's are; D104's only, since D103 reads "the 2017 vote was close" as over
_VOTE_AFTER = re.compile(
    r"(?i)^\s*(?:(?:presidential|general|national|local|state|party|leadership|parliamentary|"
    r"congressional|popular|final|first|second|runoff|run-off)\s+)?"
    r"(?:votes?|runoffs?|run-offs?|by-elections?|plebiscites?)\b"
)

_PAST_FORM_GUARD = re.compile(
    r"(?i)\b(?:since|compared|ago|last\s+(?:\w+\s+)?(?:years?|months?|weeks?|decades?|quarters?|days?|time|"
    r"spring|summer|fall|autumn|winter)(?<!for the last time)"
    r"|previous|previously|earlier|(?<!\bto\s)(?<!\bwill\s)(?-i:record|history|historic)|"
    r"first\s+time(?<!for the first time)|(?<!\bearly\s)(?<!\blate\s)(?<!\bsoon\s)as\s+(?:in|of)"
    r"|(?:levels?|dollars|prices)(?=\s+(?:of|in|seen|last)\b)|was|were|had|did|been)\b"
)
# The guard's "record", "history" and "historic" are the noun and the adjective in lower case
# ("a record high since 2004"), not the verb ("is expected to record") nor a name ("National
# Historic Landmark"); "levels", "dollars" and "prices" those the year measures ("levels of
# 2004"; "2004 levels" is _YEAR_AS_NAME's), not "regain pre-1989 levels by June 2004".
# "since 2004", "higher than in 2004", "up from 2004": a year compared with, not a time to come
_COMPARED_BEFORE = re.compile(
    r"(?i)\b(?:since|(?<!\bno\slater\s)(?<!\bno\ssooner\s)than|from|compared\s+with|like|unlike|record)"
    r"\s+(?:the\s+|in\s+)?$"
)
# "will take effect from 2015", "From 2015, the ban will apply": where a period to come starts
_PERIOD_START = re.compile(
    r"(?i)\b(?:effect|force|apply|applies|valid|available)\s+from\s+(?:\d{1,2}\s+\S+\s+|\S+\s+\d{1,2},?\s+)?\S+$|(?:^|[.!?]\s+|\n)From\s+(?:\S+\s+)?\S+,$"
)
# "the same as in 2004" compares with a past year; ", the same time as …" after it does not
_SAME_BEFORE = re.compile(r"(?i)\bsame\b(?!\s+name\b)")
# "will pay for the spill in 2012", "will examine the crash in 2012": a known event of the past,
# which nothing plans, dated by the year
_KNOWN_PAST_EVENT_BEFORE = re.compile(
    r"(?i)\b(?:the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}"
    r"(?:attacks?|bombings?|shootings?|massacre|crash|crisis|recession|earthquake|hurricane|tsunami|"
    r"coup|uprising|assassination|killings?|murders?|death|collapse|meltdown|bailout|scandal|riots?|"
    r"slayings?|explosion|disaster|genocide|spill|fire|flood|floods|outbreak|accident)"
    r"\s+(?:in|of|on)\s+(?:(?:early|late|mid-?)\s*)?$"
)
# "results for 2015": a year "for" names the period something covers, unless a word of timing
# stands before it ("set for 2015", "scheduled for", "planned for", "due for")
_PERIOD_FOR = re.compile(
    r"(?i)(?<!\bset\s)(?<!\bscheduled\s)(?<!\bslated\s)(?<!\bplanned\s)(?<!\bdue\s)(?<!\btimed\s)"
    r"(?<!\bpencilled\s)(?<!\bpenciled\s)(?<!\bbooked\s)\bfor\s+(?:(?:fiscal|financial|calendar)\s+)?$"
)
# "will follow the plans it has made for 2008": what a plan is for is its time
_PLAN_NOUN = re.compile(r"(?i)\b(?:plans?|goals?|targets?|hopes?|ambitions?|agenda|strategy|priorities)\b")
_BACKWARD_SPAN = re.compile(
    r"(?i)\b(?:from|between)\s+(?P<first>(?:19|20)\d\d)\s+(?:to|and|through|until)\s+(?P<second>(?:19|20)\d\d)(?![\d%])"
)
# "The 2012 Olympics will be remembered for …": what is still to come is the memory or the
# judgement of a thing named by its year, not the thing
_LOOKING_BACK = re.compile(
    r"(?i)^\s*(?:(?:always|long|forever|still)\s+)?(?:be\s+|go\s+)?(?:(?:best|long|always)\s+)?"
    r"(?:remembered|recalled|known|seen\s+as|viewed|regarded|judged|studied|celebrated|commemorated|"
    r"mourned|down\s+in\s+history|remember|recall|haunt|linger|live\s+on|echo|overshadow)\b"
)
_FUTURE_IN_SENTENCE = re.compile(
    r"(?i)\b(?:(?-i:will)|won['’]t|shall|going\s+to|(?:is|are)\s+(?:expected|scheduled|due|set|slated|poised)\s+to|"
    r"upcoming|next)\b|['’]ll\b"
)
# "is planned for 2014 release", "set for 2015 completion": the year times the thing named after it
_TIMED_FOR = re.compile(
    r"(?i)\b(?:scheduled|slated|planned|set|due|timed|pencill?ed|earmarked|targeted)\s+for\s+$"
)
_MEASURE_AFTER = re.compile(r"(?i)\s*(?:levels?|dollars|prices|rates|terms|figures|budget|targets?|goals?)\b")
# "will revert to the old format from 2013 onwards", "will serve from 2003 until 2007": a period
# to come that the year starts (a span only when it ends before the story too: "will run from
# 2013 to 2019" in 2016 is under way)
_PERIOD_FROM_ON = re.compile(
    r"(?i)\s*(?:onwards?|forward|on\b|(?:to|until|till|through|[-–])\s*(?:\d{1,2}\s+)?(?:(?-i:[A-Z][a-z]+)\.?\s+)?"
    r"(?:\d{1,2},?\s+)?(?P<end>(?:19|20)\d\d)(?![\d%]))"
)


# The end of a span with no "from" before it ("the report will cover 2008 to 2010"): what the
# thing covers
_BARE_SPAN_END = re.compile(r"(?i)(?<!\bfrom\s)(?<!\bbetween\s)\b(?:19|20)\d\d\s*(?:to|through|[-–])\s*$")


# What makes "from" a comparison when the year ends its clause: an amount or a word of change
# or difference between the future wording and "from" ("will rise 5 percent from 2015.",
# "will be different from 2012."), not "will be delivered from 2013."
_CHANGE_BEFORE_FROM = re.compile(
    r"(?i)\d|%|\b(?:percent|per\s+cent|rises?|fall|falls|grows?|increases?|decreases?|drops?|climbs?|jumps?|"
    r"double|triple|halve|up|down|higher|lower|more|less|fewer|different|differ|distinct|apart|away|far|"
    r"recover|learn|lessons?|emerge|move|shift|switch|change|borrow\w*|take|took)\b"
)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;]|,\s|$)")


def _period_starts(before: str, after: str, lead: str, year: int, story) -> bool:
    """Whether ``year`` after "from" starts a period to come rather than a point compared with:
    "from 2013 onwards", a span, or a year that ends its clause with no amount nor word of
    change in ``lead`` (the words from the future wording to the year). A span must end before
    the story and not run backwards ("from 2013 to 2012" is ``_impossible``'s)."""
    if not before.rstrip().lower().endswith("from"):
        return False
    period = _PERIOD_FROM_ON.match(after)
    if not period:
        return bool(lead) and bool(_CLAUSE_END_AFTER.match(after)) and not _CHANGE_BEFORE_FROM.search(lead)
    if period.group("end") is None:
        return True
    return year <= int(period.group("end")) < story.year


# "Following a November 2009 referendum, …", "After Bonn in 2011, …": a phrase without a verb
# that opens the clause names what comes before the event told, not the event
_AFTER_OPENER = re.compile(r"(?i)\W*(?:(?:but|and)\s+)?(?:after|following)\s+")


def _in_opening_after_phrase(doc, e, left: int, cue_start: int) -> bool:
    opener = _AFTER_OPENER.match(doc.prose, left, e.start)
    if opener is None or cue_start < e.end:
        return False
    comma = doc.prose.find(",", e.end, cue_start)
    if comma == -1 or "," in doc.prose[opener.end() : e.start]:
        return False
    return not clause_cues(doc.prose, opener.end(), comma, e.start, e.end)


def _election_year_is_wrong(doc, dates, e) -> str:
    """ "the 2014 presidential primary" in a U.S. story that tells it as still to come."""
    if e.kind not in ("year", "month") or e.year2 is not None:
        return ""
    s_start, s_end = dates.sentence(e.start)
    if not _FUTURE_IN_SENTENCE.search(doc.prose, s_start, s_end):
        return ""
    around = doc.prose[max(0, s_start - 400) : s_end + 200]
    if not _US_CONTEXT.search(around) or _FOREIGN_CONTEXT.search(doc.prose, s_start, s_end):
        return ""
    after = _prose_after(doc, e, 60)
    if e.year % 4 and _PRESIDENTIAL_NOUN.match(after):
        return f"no U.S. presidential election falls in {e.year}"
    return ""


def _looks_back_on_named_thing(doc, e, cue) -> bool:
    """ "The 2012 Olympics will be remembered for the rain": the year names the subject (a
    determiner or possessive before it, no verb between it and the cue) and the verb after the
    cue looks back on the thing."""
    if not re.search(r"(?i)(?:\bthe|['’]s|\bhis|\bher|\bits|\btheir|\bour|\bthis|\bthat)\s+$", _prose_before(doc, e)):
        return False
    between = doc.prose[e.end : cue[1]]
    if not re.fullmatch(r"(?:\s+[^\W\d_][\w.’'-]*){1,4}\s+", between):
        return False  # the year must modify the noun the cue follows
    return bool(_LOOKING_BACK.match(doc.prose[cue[1] + len(cue[0]) : cue[1] + len(cue[0]) + 60]))


class FutureEventBeforeStoryDate(YearAgainstStory):
    """A future-tense event dated before the story's own date.

    *What it flags*: "the first ferries will be launched in 2004" in a story dated 2007: the
    clause tells as still to come something dated before the story was written.

    *Why it matters*: the year is usually a slip, or a sentence carried over from an older
    story without being updated.

    *Flagged*: "The first ferries will be launched in 2004." (in a story dated 2007)

    *Preferred*: "The first ferries will be launched in 2009."

    *Options*: none; give the story's date with ``--date`` or ``date:`` in the front matter.
    Under a dateline without a year, only what is dated before the latest event the story
    tells in the past tense is flagged: the story cannot be older than that.

    A clause of time told in the present that opens the sentence counts when the main clause
    is told in the future ("As the harvest starts in 2012, the cover … will be lost"); a
    year inside a quotation is judged by the quoted words alone.

    Future wording right before the year counts too ("is due in 2012", "expected in late
    2003", "is not expected to happen until 2012", "up for re-election in 2013"), and so does a
    year that is the subject of future wording ("that 2014 is going to be …"); a span that runs
    backwards to a year before the story's ("from 2013 to 2012") is flagged whatever the tense
    (D103 flags those after it), and, in a sentence that looks ahead, a decade that does not
    begin a decade ("by the 2014s") before the story's year; in a story about the United States
    that tells the sentence as to come, a presidential contest in a year that has none ("the
    2014 presidential primary").

    A period to come that the year starts counts ("will serve from 2003 until 2007", "from
    2013 onwards"), not a point compared with ("will rise 5 percent from 2015") nor a span
    that reaches the story ("will run from 2013 to 2019" in 2016); so does a clause of time
    opened by a participle ("Once completed in 2012, the tower will …").

    *Known limits*: only clear future wording ("will", "is expected to", "is due to", "plans
    to", "hopes to", "expects the plant to", "is scheduled", "set for", "due out", "is likely
    to", "is on track to") counts; the present for a time to come ("the line opens in 2012",
    "is holding a vote on May 3, 2012") is left alone, since the present with a past year is
    also the present of captions and chronologies;
    "would" and "could" are often reported speech about the past and are left alone, unless
    the sentence reports them and nothing dates the saying back ("said talks would resume on
    March 5, 2015"). That is a decision from the structure: "would" is the future seen from
    the saying, right whenever the saying is dated before the year ("said in 2010 that the
    bridge would open in 2012", "at the time", "originally", a second year in the sentence) or
    the plan is undone ("…, but it was delayed", "if"); undated, the saying reads as recent,
    so a year up to five years before the story is a plan still pending that has passed.
    A year used as a name ("will repeal the 2010 law") is not flagged.
    """

    code = "D104"
    name = "future-event-before-story-date"
    family = "date"
    severity = "warning"
    needs = ("dates", "quotes")
    examples = (
        flagged("The first ferries will be launched in 2004.", "2004", date="2007-06-10"),
        flagged("2004 will see the first deliveries.", "2004", date="2007-06-10"),
        flagged("She is expected to stand for a second term in 2014", "2014", date="2016-08-03"),
        flagged("“The jets will arrive in 2004,” said Zoë Ćosić.", "2004", date="2007-06-10"),
        flagged("\"The jets will arrive in 2004,\" said Zoë Ćosić.", "2004", date="2007-06-10"),
        accepted(""),
        accepted("The first ferries will be launched in 2009.", date="2007-06-10"),
        accepted("The first ferries will be launched in 2004."),
        accepted("The first jets, ordered in 2004, will be delivered next year.", date="2007-06-10"),
        accepted("Congress will repeal the 2010 law.", date="2016-06-10"),
        accepted("Sales will be the highest since 2004.", date="2007-06-10"),
        accepted("He said in 2004 that the jets would be late.", date="2007-06-10"),
        flagged("The final payment on the bonds is due in 2012.", "2012", date="2015-12-01"),
        flagged("Payments go on; the last one is due in 2012.", "2012", date="2015-12-01"),
        flagged("The bridge is to be opened in 2012, the mayor said.", "2012", date="2016-01-10"),
        flagged("The mayor of Łódź said the bridge would open in 2012.", "2012", date="2016-01-10"),
        flagged("The bridge was expected to open in 2012, the council said on Tuesday.", "2012",
                date="2016-01-10"),
        accepted("In 2010 the mayor said the bridge would open in 2012.", date="2016-01-10"),
        accepted("The bridge was expected to open in 2012 but was delayed, the council said.",
                 date="2016-01-10"),
        accepted("The mayor said then that the bridge would open in 2012.", date="2016-01-10"),
        flagged("Voters in Łódź are preparing for the 2012 election.", "2012", date="2016-01-10"),
        flagged("He is the favourite for the 2013 nomination.", "2013", date="2016-01-10"),
        accepted("Voters prepared for the 2012 election.", date="2016-01-10"),
        accepted("He is still bitter about the 2012 election.", date="2016-01-10"),
        accepted("He is the first to run for the 2012 seat since it was created.", date="2016-01-10"),
        accepted("The mayor said the bridge would have opened in 2012.", date="2016-01-10"),
        accepted("He says he would release his tax returns for 2014 on Friday.", date="2016-04-14"),
        accepted("The report on the last three months of 2015 will be out soon.", date="2016-01-05"),
        accepted("The final payment on the bonds was due in 2012.", date="2015-12-01"),
        flagged("Voters will turn to the 2014 presidential primary, Republicans say.", "2014", date="2016-02-17"),
        accepted("Voters recalled the 2014 presidential primary, Republicans said.", date="2016-02-17"),
        accepted("The speech will bookend his contentious 2008 primary battle.", date="2016-07-27"),
        flagged("Ana Ñúñez said that 2014 “is going to be a security election”.", "2014", date="2016-06-22"),
        flagged("Jobs announced that the software would be released in 2001, the same time as its rival.",
                "2001", date="2005-06-06"),
        flagged("Tester, himself up for reelection in 2013, said he voted against it.", "2013", date="2016-06-22"),
        accepted("Tester, who was up for reelection in 2012, said he voted against it.", date="2016-06-22"),
        flagged("The shift will need wide use of heat pumps by the 2014s.", "2014s", date="2016-04-23"),
        flagged("India will triple coal output from 2013 to 2012, officials say.", "2012", date="2016-08-31"),
        flagged("Output fell from 2013 to 2012, the company said.", "2012", date="2016-08-31"),
        accepted("Output fell from 2012 to 2013, the company said.", date="2016-08-31"),
        accepted("The output will be the same as in 2012.", date="2016-04-23"),
        flagged("Widely expected to be the top donor in the November 2011 election, Ana Ñúñez said "
                "she would wait.", "November 2011", date="2015-12-20"),
        accepted("Romney was widely expected to win the 2012 nomination.", date="2015-12-20"),
        flagged("The county's plan to raise the wage to $15 an hour by 2013 would put Łódź in "
                "uncharted territory.", "2013", date="2016-03-29"),
        flagged("Ana Ñúñez backs the party's goal of cutting debt in 2014.", "2014", date="2016-03-29"),
        accepted("The county's plan to raise the wage to $15 an hour by 2013 failed.", date="2016-03-29"),
        accepted("The county's plan to raise the wage by 2013 was dropped.", date="2016-03-29"),
        accepted("Under its first plan to raise the wage by 2013, which lapsed, pay stalled.", date="2016-03-29"),
        accepted("The county's plan to raise the wage by 2013 is now three years late.", date="2016-03-29"),
        accepted("The county's plan to raise the wage by 2018 would put it ahead.", date="2016-03-29"),
        flagged("The company hopes to finish the plant in Łódź in 2015.", "2015", date="2016-03-29"),
        flagged("Officials said they expect the plant to open in 2015.", "2015", date="2016-03-29"),
        flagged("The report is due out in 2015.", "2015", date="2016-03-29"),
        flagged("Officials said the talks, set for March 5, 2015, will be held in Geneva.", "March 5, 2015",
                date="2016-03-29"),
        flagged("The minister said talks would resume on March 5, 2015.", "March 5, 2015", date="2016-03-29"),
        accepted("The minister said talks would resume on March 5, 2015, after a break in 2014.",
                 date="2016-03-29"),
        accepted("She expects prices to return to 2015 levels.", date="2016-03-29"),
        accepted("He hopes to repeat his 2015 success.", date="2016-03-29"),
        accepted("The record set for 2015 still stands.", date="2016-03-29"),
        flagged("The court is to rule on the case in January 2016.", "January 2016", date="2016-03-29"),
        accepted("The court is to rule on the case in March 2016.", date="2016-03-29"),
        accepted("The court is to rule on the case in April 2016.", date="2016-03-29"),
        flagged("The plant in Łódź will open no later than 2015.", "2015", date="2016-03-29"),
        flagged("The ban will take effect from 2015.", "2015", date="2016-03-29"),
        flagged("From January 2015, the ban will apply to all cars.", "January 2015", date="2016-03-29"),
        flagged("The next election is in 2015.", "2015", date="2016-03-29"),
        flagged("The upcoming summit is set for March 2015.", "March 2015", date="2016-03-29"),
        accepted("Sales will rise 5 percent from 2015.", date="2016-03-29"),
        accepted("Sales will be higher than in 2015.", date="2016-03-29"),
        accepted("Two years ago the next election was in 2015.", date="2016-03-29"),
        accepted("The next election is in 2020.", date="2016-03-29"),
        flagged("Plant to grow\n\nBAKU, Aug. 20 (IANS) - The plant opened in 2014, officials said. "
                "It will be expanded in 2012, the minister said.\n", "2012"),
        accepted("Plant to grow\n\nBAKU, Aug. 20 (IANS) - The plant opened in 2014, officials said. "
                 "It will be expanded in 2015, the minister said.\n"),
        flagged("The company said the plant in Łódź would be finished by 2014.", "2014", date="2016-03-29"),
        flagged("Officials said the bridge would reopen in the spring of 2014.", "spring of 2014",
                date="2016-03-29"),
        accepted("By then, officials said, the bridge would reopen in 2014.", date="2016-03-29"),
        accepted("Officials said the bridge would reopen for the 2014 season.", date="2016-03-29"),
        flagged("But as the harvest starts in 2012, the cover that cheap loans gave will be lost.",
                "2012", date="2015-12-16"),
        flagged("When the plant in Łódź opens in 2012, the town will need new roads.", "2012",
                date="2015-12-16"),
        accepted("When the plant in Łódź opened in 2012, the town said it will need new roads.",
                 date="2015-12-16"),
        accepted("As the harvest starts in 2016, the cover that cheap loans gave will be lost.",
                 date="2015-12-16"),
        flagged("The council is planning to open the terminal in Łódź in 2014.", "2014", date="2016-03-29"),
        accepted("The council was planning to open the terminal in Łódź in 2014.", date="2016-03-29"),
        flagged("The opening, planned for 2014, will bring jobs to Łódź.", "2014", date="2016-03-29"),
        accepted("The opening, planned for 2014, was delayed.", date="2016-03-29"),
        flagged("Ana Ñúñez is running for re-election in 2014.", "2014", date="2016-03-29"),
        accepted("Ana Ñúñez was running for re-election in 2014.", date="2016-03-29"),
        flagged("The terminal would be finished by 2014, according to a plan approved by the council.",
                "2014", date="2016-03-29"),
        accepted("By then, the minister said, the terminal would be finished in 2014.", date="2016-03-29"),
        flagged("The company said last week it would open the plant in Łódź in 2014.", "2014",
                date="2016-03-29"),
        accepted("The company said last year it would open the plant in Łódź in 2014.", date="2016-03-29"),
        flagged("Smith, the former mayor, said the first flights would begin in 2014.", "2014",
                date="2016-03-29"),
        accepted("The company first said in 2010 it would open the plant in 2014.", date="2016-03-29"),
        flagged("Zoë Ćosić said she would release the papers in 2014, after the primaries.", "2014",
                date="2016-03-29"),
        accepted("The company said the plant would open in 2014, but it was delayed.", date="2016-03-29"),
        accepted("The company said it would open the plant in 2014 if sales hold up.", date="2016-03-29"),
        flagged("The report said prices would rise by 5 percent in 2014.", "2014", date="2016-03-29"),
        accepted("The plant in Łódź that closed in 2014 will reopen next year.", date="2016-03-29"),
        accepted("The company will repay loans taken out in 2014.", date="2016-03-29"),
        accepted("The company will release results for 2015 next week.", date="2016-03-29"),
        flagged("The company will release results for 2012 next week.", "2012", date="2016-03-29"),
        flagged("The team will carry out the plans we have in place for 2015.", "2015", date="2016-03-29"),
        accepted("The team will wear shirts like the ones worn in 2014.", date="2016-03-29"),
        accepted("The company will pay damages for the spill in 2014.", date="2016-03-29"),
        accepted("Investigators will examine the crash in 2014 that killed 40 people.", date="2016-03-29"),
        flagged("The army will launch an attack in 2014, the general said.", "2014", date="2016-03-29"),
        accepted("He will return to the club in Łódź he left in 2014.", date="2016-03-29"),
        accepted("Officials must decide whether the plant that closed in 2014 should reopen.",
                 date="2016-03-29"),
        flagged("The terminal in Łódź should open in 2014.", "2014", date="2016-03-29"),
        flagged("The next general election must be held by 2014.", "2014", date="2016-03-29"),
        accepted("The terminal in Łódź should have opened in 2014.", date="2016-03-29"),
        flagged("As Zoë Ćosić noted in December, “In the days before the 2012 summit, "
                "members will have several chances to amend it.”", "2012", date="2016-02-24"),
        accepted("As Zoë Ćosić noted in December, “In the days before the 2012 summit, "
                 "members had several chances to amend it.”", date="2016-02-24"),
        accepted("The 2012 Olympics in Łódź will be remembered for the rain.", date="2016-03-07"),
        flagged("The 2012 Olympics in Łódź will open in July.", "2012", date="2016-03-07"),
        accepted("The team will play the side that beat them in 2012.", date="2016-03-07"),
        accepted("The board will say that sales in Łódź fell in 2012.", date="2016-03-07"),
        flagged("The firm will buy the plant that will open in 2012.", "2012", date="2016-03-07"),
        flagged("The council will close that plant in 2012.", "2012", date="2016-03-07"),
        accepted("In 2019 the plant will close, and in 2012 it opened.", date="2016-03-07"),
        flagged("In 2012 the plant will close, and in 2010 it opened.", "2012", date="2016-03-07"),
        # plans that are the object of a past verb are plans of the past
        accepted("In 2007, the firm announced plans to sell its sugar-based drinks in Łódź by 2009.",
                 date="2010-01-10"),
        flagged("The firm unveils plans to sell its sugar-based drinks in Łódź by 2009.", "2009",
                date="2010-01-10"),
        # an adverb between the timing word and the year; a period the year starts; a thing timed
        flagged("The ferry and its crew are due later in 2015.", "2015", date="2017-05-01"),
        flagged("Work on the bridge in Łódź is not expected to end before 2010.", "2010", date="2012-05-01"),
        flagged("The league will return to the old format from 2013 onwards.", "2013", date="2014-05-01"),
        accepted("Fares in Łódź will rise 5 percent from 2013.", date="2014-05-01"),
        flagged("Zoë Ćosić will host the show for the last time on May 20, 2015.", "May 20, 2015",
                date="2017-05-01"),
        accepted("The show will be longer than the last time, in May 2015.", date="2017-05-01"),
        flagged("Her second novel is planned for 2014 release.", "2014", date="2017-05-01"),
        accepted("Rents are set for 2014 levels until the review.", date="2017-05-01"),
        flagged("This will be followed by a vote in Łódź in 2009.", "2009", date="2012-05-01"),
        flagged("It is a ferry that is scheduled to be launched by the yard in May 2009.", "May 2009",
                date="2012-05-01"),
        accepted("The yard sold the ferry that was launched in May 2009.", date="2012-05-01"),
        flagged("Ana Ñúñez is due to be re-elected in 2009.", "2009", date="2012-05-01"),
        flagged("The mill is due to be declared a National Historic Landmark in 2009.", "2009",
                date="2012-05-01"),
        accepted("Sales will reach a record, the highest since 2009.", date="2012-05-01"),
        flagged("The choir is expected to record the mass in Łódź in 2009.", "2009", date="2012-05-01"),
        flagged("Output is expected to regain pre-crisis levels by June 2009.", "June 2009",
                date="2012-05-01"),
        flagged("She is expected to serve as mayor from 2003 until 2007.", "2003", "2007", date="2012-05-01"),
        accepted("The scheme will run from 2010 to 2014.", date="2012-05-01"),
        accepted("The report on Łódź will cover 2008 to 2010.", date="2012-05-01"),
        flagged("The new trams will be delivered from 2010.", "2010", date="2012-05-01"),
        flagged("The idea will be tried in Łódź in 2010 as an entry level for new staff.", "2010",
                date="2012-05-01"),
        flagged("Her novel is expected to be made into a film of the same name in 2010.", "2010",
                date="2012-05-01"),
        accepted("Prices will return to 2010 levels.", date="2012-05-01"),
        accepted("Sales will be the same as in 2010.", date="2012-05-01"),
        accepted("Fares will be different from 2010.", date="2012-05-01"),
        accepted("Following a November 2009 referendum, seven members will be elected by district.",
                 date="2012-05-01"),
        accepted("After Łódź in 2010, Poznań is going to be the next city to host the fair.", date="2012-05-01"),
        flagged("After the fair in Łódź, Poznań is going to host it in 2010.", "2010", date="2012-05-01"),
        flagged("The club will play in the top league for the first time in 2010.", "2010", date="2012-05-01"),
        accepted("It will be the club's best season, the first time since 2010.", date="2012-05-01"),
        flagged("The new code will be in force from 1 July 2010.", "1 July 2010", date="2012-05-01"),
        flagged("The squad in Łódź is preparing for the upcoming 2010 season.", "2010", date="2012-05-01"),
        flagged("The tower in Łódź is likely to be finished in 2010.", "2010", date="2012-05-01"),
        accepted("The tower in Łódź was likely to be finished in 2010.", date="2012-05-01"),
        flagged("The tower in Łódź is on track to be finished in 2010.", "2010", date="2012-05-01"),
        flagged("Once completed in 2010, the tower will be the tallest in Łódź.", "2010", date="2012-05-01"),
        accepted("Once opened in 2010, the tower became the tallest in Łódź.", date="2012-05-01"),
        accepted("2010's second album would be their last; the next one will come out in May.",
                 date="2012-05-01"),
        # a vote named by its year is a contest still to come, as an election is
        accepted("A bill will build on the Family Support Act of 2008.", date="2012-05-01"),
        flagged("The stadium in Łódź is slated for completion in 2010.", "2010", date="2012-05-01"),
        accepted("The stadium in Łódź was slated for completion in 2010.", date="2012-05-01"),
        flagged("The plant in Łódź will close no later than 2010.", "2010", date="2012-05-01"),
        flagged("The plant will close in January of 2010.", "2010", date="2012-05-01"),
        flagged("The 2010 vote in Łódź will decide the seat.", "2010", date="2012-05-01"),
        flagged("Ana Ñúñez will stand in the 2010 runoff.", "2010", date="2012-05-01"),
        accepted("The 2010 vote in Łódź will be remembered as a landslide.", date="2012-05-01"),
        accepted("The 2010 votes were counted again.", date="2012-05-01"),
    )

    after = False

    def _story(self, reference):
        # a dateline year assumed from the past-tense events is no later than the story's:
        # what is dated before the latest of those events is before the story too
        return reference.date if reference.firm else reference.earliest

    def _expressions(self, dates):
        return _year_expressions(dates)

    def _judge(self, doc, dates, e, reference, story):
        if e.year < story.year - 15:
            return None
        about = _about(reference) + ("" if reference.firm else " (the earliest year the story allows)")
        wrong = _election_year_is_wrong(doc, dates, e)
        if wrong:
            return (
                f"\"{e.text}\" is before {about}, and {wrong}, though the "
                f"event is told as still to come"
            )
        left, right = dates.clause(e.start, e.end)
        quote = doc.analysis("quotes").at(e.start)
        if quote is not None:
            # the quoted words are a sentence of their own: "X noted in December,
            # “In the days before the 2012 summit, members will …”"
            left, right = max(left, quote.content_start), min(right, quote.content_end)
        cue, reported = future_cue(doc, dates, e, story, left, right)
        if cue is None:
            return None
        cue_text = cue[0]
        before, after = _prose_before(doc, e), _prose_after(doc, e)
        if cue[1] < e.start:
            own = relative_clause_tense(doc.prose, cue[1] + len(cue_text), e.start)
            if own is not None and own.tense == "past":
                return None  # "will play the side that beat them in 2012": the year's own clause
        elif _looks_back_on_named_thing(doc, e, cue):
            return None
        window_start = max(left, min(cue[1], e.start - 40))
        if reported:
            window_start = cue[1] + len(cue_text)  # "was expected to" is the cue, not a past form
        window_end = min(right, _WORD_REST.match(doc.prose, min(right, e.end + 25)).end())  # not "Was|hington"
        if _PAST_FORM_GUARD.search(doc.prose, window_start, window_end):
            return None
        if e.kind == "year" and _NAME_OF_BEFORE.search(before):
            return None  # "will build on the Family Support Act of 1988": the year ends a name
        if _YEAR_AS_NAME.match(after) and not (_TIMED_FOR.search(before) and not _MEASURE_AFTER.match(after)):
            return None  # "will repeal the 2010 version"; not "is planned for 2014 release"
        if _SAME_BEFORE.search(doc.prose, window_start, e.start) or _KNOWN_PAST_EVENT_BEFORE.search(before):
            return None
        if _PERIOD_FOR.search(before) and not _PLAN_NOUN.search(before) and e.year >= story.year - 1:
            return None  # "will release results for 2015" in 2016: the last period, which they cover
        if _in_opening_after_phrase(doc, e, left, cue[1]):
            return None  # "Following a November 2009 referendum, members will be elected …"
        if _BARE_SPAN_END.search(before):
            return None  # "will cover 2008 to 2010": the years a thing covers, not when it comes
        if _COMPARED_BEFORE.search(before) and not _PERIOD_START.search(doc.prose, max(0, e.start - 40), e.end + 1) and not _period_starts(
            before, after, doc.prose[cue[1] + len(cue_text) : e.start] if cue[1] < e.start else "", e.year, story
        ):
            return None
        attributive = re.search(r"(?i)(?:\bthe|['’]s|\bhis|\bher|\bits|\btheir|\bour|\bthis|\bthat|\ba|\ban)\s+$", before)
        if attributive and e.kind == "year" and not _FUTURE_EVENT_NOUN.match(after) and not _VOTE_AFTER.match(after) and not (
            attributive.group().strip().lower() == "that" and _SUBJECT_GAP.match(doc.prose, e.end, cue[1])
        ):
            return None
        if e.kind == "year" and re.search(r"(?i)\b(?:his|her|their)\s+[a-z-]+\s+$", before):
            return None  # "his contentious 2008 primary battle": a thing of his past
        return f"\"{e.text}\" is before {about}, but the event is told as still to come (\"{cue_text}\")"

    def _impossible(self, doc, dates, reference):
        """Before the story's year: a span that runs backwards ("from 2013 to 2012"), and a
        decade that does not begin a decade told as to come ("by the 2014s")."""
        story = reference.date
        paragraphs = len(doc.paragraphs)  # (each pattern guarded in time: the same matches, found faster)
        for m in guarded_in_time(_BACKWARD_SPAN, paragraphs).finditer(doc.prose):
            first, second = int(m.group("first")), int(m.group("second"))
            if second < first and story.year - 15 < second < story.year and first <= story.year:
                # a span cannot run backwards whatever the tense (D103 takes those after the story)
                yield self._year_finding(
                    doc, m.start("second"), m.end("second"),
                    f"\"{m.group()}\" runs backwards, from {first} to the earlier {second}",
                    reference,
                )
        for m in guarded_in_time(_DECADE_TEXT, paragraphs).finditer(doc.prose):
            year = int(m.group("year"))
            if re.search(r"['’]s$", m.group()):
                continue  # "1987's “Gaudi” would be …": a year's possessive, no decade
            if year % 10 and story.year - 10 <= year < story.year and _FUTURE_IN_SENTENCE.search(
                doc.prose, *dates.sentence(m.start())
            ):
                if _in_dateline(dates, m.start()):
                    continue
                yield self._year_finding(
                    doc, m.start(), m.end(),
                    f"\"{m.group()}\" is not a decade, and {year} is before {_about(reference)} "
                    "though the sentence looks ahead",
                    reference,
                )
