"""The guards of D103 (past_event.py): what tells a past event dated after the story from a
plan, a deadline, a fiscal year, a contest ahead or a year used as a name.

``past_after_guard(doc, dates, e, story, tense)`` says why a later year is not taken as a past
event ("" when it is), with the help of ``_told.py`` (which verb the year is told by);
``in_page_furniture`` finds dates under a scraped widget or slideshow.
"""

from __future__ import annotations

import re

from ...analysis.dates import clause_cues
from ._common import (
    _FUTURE_EVENT_NOUN,
    _NAME_OF_BEFORE,
    _WORD_REST,
    _YEAR_AS_NAME,
    _prose_after,
    _prose_before,
)
from ._told import (
    _REPORTING,
    _WHEN_AFTER,
    _opens_reported_sentence,
    _told_by_when_clause,
    _told_of_the_year,
)

# -- tense against the story's date --------------------------------------------------------

# Words anywhere in the clause that make a later year a plan, a forecast or a deadline.
_PLAN_CLAUSE = re.compile(
    r"(?i)\b(?:scheduled|schedules?|due|matur\w*|funding|puttable|callable|redeemable|convertible"
    r"|notes|debentures|bonds|appropriat\w*|expect\w*|forecast\w*|project(?:ed|ion|ions)"
    r"|targets?\s+(?:of|for|date|year)|goal|deadline|(?<!-)budget\w*|fiscal(?=\s+(?:years?|quarters?|first|second|third|fourth|half|\d))|FY|(?-i:will)|shall|set\s+to|going\s+to|plans?\s+to"
    r"|planned|planning|aims?\s+to|aimed\s+to|intend\w*|estimat\w*|predict\w*|anticipat\w*"
    r"|slated|poised|likely|prospects?|by\s+the\s+end\s+of(?=\s+(?:(?:the|this|that|next|its|their)\s+)?(?:\d|[A-Z][a-z]+\s+\d|year|month|week|decade|century|quarter|season|term|summer|spring|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)\b)|timetable|timeline|outlook|guidance|projections?"
    r"|(?:until|till)(?=\s+(?:(?:at\s+least|about|around|roughly)\s+)?(?:(?:the\s+)?(?:end|middle|start|beginning|close)\s+of\s+)?(?:(?:early|late|mid-?)\s*)?"
    r"(?-i:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d|\s+(?:further|then|now|recently|today|this|next)\b)"
    r"|beyond|onwards?|ahead|to\s+be|forthcoming|upcoming|(?<=the\s)coming(?!\s+of\s+age))\b|['’]ll\b"
)
# "estimated" as an adjective ("an estimated 4,000", "the estimated population", "(estimated)")
# or a verb reporting a finding ("estimated in 1977 that"): a count made, not a forecast
_ESTIMATE_OF_FACT = re.compile(r"(?i)estimated(?:\)|\s+(?:\d|population|number|total|cost|in\s+\S+\s+that\b))")
# Words between the past-tense verb and the year (or just before the year) that make the
# year a plan, a span or a term: "agreed to cut emissions by 2030", "a lease that ran to 2019".
_PLAN_NEAR = re.compile(
    r"(?i)\b(?:would(?!\s+have)|could(?!\s+have)|might(?!\s+have)|(?-i:may)(?!\s+have)|should(?!\s+have)"
    r"|must(?!\s+have)|(?:through|thru)(?=\s+(?:(?:the\s+)?(?:end|middle|start|beginning|close)\s+of\s+)?"
    r"(?:(?:early|late|mid-?)\s*)?(?-i:[A-Z][a-z]+\.?\s+)?$)|next"
    r"|(?:agree\w*|plan\w*|aim\w*|promis\w*|pledg\w*|vow\w*|decid\w*|vot(?:e|es|ed|ing)|want\w*"
    r"|hop(?:e|es|ed|ing)|expect\w*|intend\w*|seek\w*|sought|propos\w*|set|wish\w*|prepar\w*"
    r"|urg\w*|ask\w*|call(?:s|ed)?|need\w*|sign(?:s|ed)?|chose|choose\w*|elected|hired|appointed"
    r"|scheduled|slated|due|poised|ready|willing|(?<!was\s)(?<!were\s)able)\s+(?:\w+\s+)?to\s+"
    r"(?!(?:the|a|an|his|her|its|their)\b)[a-z]+"
    r"|contract(?:s|ed|ing|ual)?|lease\w*|licen[cs]e\w*|expir(?:e|es|ing|y|ation)|valid|season|model|edition|host(?:s|ing)?"
    r"|commit(?:s|ted|ment)?\s+to|mandate\w*|phase(?!d\s+out\b)\w*|call(?:s|ed)?\s+for|vintage|reelection"
    r"|re-election|(?<!\bhis\s)(?<!\bher\s)(?<!\bown\s)(?<!['’]s\s)run\s+for|(?<!\bwhile\s)running\s+for|nominat(?!ed\b)\w*"
    r"|class\s+of|(?<!into\s)effect|rather\s+than)\b"
)


# "the agency proposed a 2016 mandate", "approved its 2017 budget": a thing drawn up for that
# year, not an event in it
_PLAN_FOR_YEAR = re.compile(
    r"(?i)\b(?:propos|approv|adopt|unveil|draft|submitt|pass|set|outlin|sign|issu|releas|present)\w*"
    r"\s+(?:a|an|the|its|their|his|her|our)\s+$"
)


# What the year is for, where a span ends, or what it may bring: "set aside $5 million for
# 2018", "tickets for the 2018 tour" (not "For 2018, the firm earned …"), "a term ending in 2018", "left open the possibility of
# running in 2020", "kept the door open for talks in 2018"
_PERIOD_OR_PROSPECT = re.compile(
    r"(?i)(?:\b(?:aside|earmarked|allocated|budgeted|reserved|booked|sale|tickets|forecasts?|estimates?|"
    r"targets?|plans?|preparations?)\s+(?:\S+\s+){0,3}?for\s+(?:(?:the|its|their|his|her|our)\s+)?"
    r"|\b(?:ending|expiring|lasting)\s+(?:in|until|through)\s+"
    r"|\b(?:possibility|prospect|chance|option|threat|risk|likelihood)\s+(?:of|that)\s+(?:[\w’'-]+\s+){0,4}(?:in|by)\s+"
    r"|\bopen\s+(?:for|to)\s+(?:[\w’'-]+\s+){0,3}(?:in|by)\s+)$"
)
_LOOKS_BACK_TO = re.compile(
    r"(?i)\b(?:back|contrast|compared|comparison|similar|relative|dat(?:es|ed|ing))\s+to\s+$"
)
_MONTH_BEFORE_AND = re.compile(
    r"(?i)\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?:and|or|to)\s+$"
)


_YEAR_BEFORE_GUARD = re.compile(
    r"(?i)(?:\b(?:from|like|unlike|as\s+in|record|rather\s+than|"
    r"fiscal|FY|class\s+of|by|until|till|through|before|ahead\s+of|in\s+time\s+for|"
    r"no\s+later\s+than|beyond|between|summer|spring|winter|autumn|fall)\s*"
    r"|(?<!\d\s)(?<!\d)\b(?:and|or|to)\s*|(?<!\bmid)(?<!\bearly)(?<!\blate)[-–/]\s*)$"
)


# "his unsuccessful 1999 campaign", "the failed 2017 bid": a contest whose outcome is known
_OUTCOME_BEFORE = re.compile(
    r"(?i)\b(?:unsuccessful|successful|failed|losing|winning|victorious|disastrous|doomed|"
    r"ill-fated|abortive|aborted|botched|triumphant)\s+$"
)




# "a poster from 2001": an origin, unless the year starts something ("from 2019 on", "starting from")
_FROM_ORIGIN = re.compile(r"(?i)\b(?:a|an|the|one|two|three|photos?|photographs?|video|footage|letters?|notes?|"
                          r"e-?mails?|memos?|records?|documents?|data|figures|poster|interview|speech|tape)\s+(?:\w+\s+){0,2}from\s+$")
# "… from 2018, in which Trump called himself …": the year of something told right after it
_TOLD_AFTER = re.compile(r"(?i)^\s*,\s*(?:when|in\s+which|where|during\s+which)\b")
_FROM_START = re.compile(r"(?i)^\s*(?:[-–]|to\b|through\b|thru\b|until\b|till\b|on\b|onwards?\b|forward\b|and\b)")


_FROM_THEN_ON = r"(?:\s+(?:on|onwards?|forward))"


_COUNTER = re.compile(r"^\W*(?:\d{1,3}|of|[a-z]{1,3})\W*$")


def _in_page_furniture(doc, offset: int) -> bool:
    """Whether the text at ``offset`` follows a scraped widget or slideshow ("1.", "of.",
    "23." on lines of their own): such blocks are updated after the story is published, so
    their dates do not follow the story's date."""
    line_start = doc.text.rfind("\n", 0, offset) + 1
    lines = [line.strip() for line in doc.text[max(0, line_start - 400) : line_start].split("\n")]
    earlier = [line for line in lines if line][-5:]
    return sum(1 for line in earlier if _COUNTER.match(line)) >= 2


_AHEAD_AS_LEAD = re.compile(
    r"(?i)\b(?:was|were|stayed|remained|finished|ran|been)\s+(?:well\s+|far\s+|narrowly\s+|comfortably\s+)?ahead(?!\s+of\b)"
)
_AHEAD_OF_SOMEONE = re.compile(r"\s+of\s+(?:[A-Z]|the\s+[a-z]+\s+(?:in|by|on)\b)")
_TIME_AFTER = re.compile(
    r"\s+(?:(?:the\s+)?(?:end|middle|start|close)\s+of\s+|(?:early|late|mid-?)\s*)?"
    r"(?:\d|next|this|that|then|[A-Z][a-z]+\s+\d)"
)


def _not_a_plan(prose: str, m: re.Match) -> bool:
    """Plan words that here say nothing of a plan: "60 points ahead of Sanders", "appeal
    beyond their bases"."""
    word = m.group().lower()
    if word == "ahead" and (_AHEAD_OF_SOMEONE.match(prose, m.end()) or _AHEAD_AS_LEAD.search(prose, max(0, m.start() - 30), m.end() + 4)):
        return True  # a lead, not a plan: "60 points ahead of Sanders", "was ahead for most of 2018"
    if word in ("beyond", "onward", "onwards") and not _TIME_AFTER.match(prose, m.end()):
        return True  # "beyond their bases": not "beyond 2020"
    return False


# The guards below are pattern text, compiled by re's own cache when first read: they are read
# only for a year after the story's date, so start-up need not pay for them.
# "During the 2018 election, he ran on …", "worked for Obama in the 2018 primary": an event a
# past-tense clause was told inside of
_DURING_BEFORE = (
    r"(?:\b(?i:during|throughout|after|in))\s+(?:the|his|her|its|their|[A-Z][\w.’'-]*['’]s)\s+(?:[a-z][\w’'-]*\s+)?$"
)
_FULL_STOP = re.compile(r"[.!?](?=\s+(?:``|[\"“]?[A-Z]))")
_RELATIVE_OPENER = re.compile(r",\s+(?:who|which)\b")


# "added to his courses", "continued to be": the verb is no report
_NOT_A_REPORT = re.compile(r"\s+to\b")


_FISCAL_YEAR_AFTER = r"(?i)\s+(?:fiscal|financial)\s+year\b|\s+FY\b"


def _fiscal_year_ahead(doc, e, m, story, before=False) -> bool:
    """ "fell in the 2018 fiscal year", "fiscal 2018" in a story of 2016: a fiscal year begins
    at most a year before the year it is named for, so one two or more years after the
    story's cannot have anything in it told in the past."""
    if m.group().strip().lower() not in ("fiscal", "fy") or e.year < story.year + 2:
        return False
    if before:
        return True  # "fiscal 2018", "FY 2018": the word stands right before the year
    return bool(re.match(_FISCAL_YEAR_AFTER, doc.prose[e.end : e.end + 30])) or (
        m.end() <= e.start and not doc.prose[m.end() : e.start].strip()
    )


def _contest_ahead(doc, e, story, tense=None) -> bool:
    """Whether a contest named by its year ("the 2016 race") may be one the story looks
    ahead to even in a past-tense clause ("the attacks reframed the 2016 race"): next
    year's; or the next even year's (most elections fall in even years) or one of the next
    presidential cycle, when the past-tense verb is one that starts or readies something
    ("launched her 2020 campaign", "chose Denver for its 2020 convention"), not one that
    tells of the contest as over ("managed the 2018 campaign", "loans to his 2018 campaign")."""
    ahead = e.year - story.year
    if re.match(_FISCAL_YEAR_AFTER, doc.prose[e.end : e.end + 30]):
        return ahead <= 1  # a fiscal year begins at most a year before its name
    if ahead <= 1:
        return True
    if not (ahead == 2 and e.year % 2 == 0 or ahead <= 4 and e.year % 4 == 0):
        return False
    return tense is None or bool(_READYING_VERB.match(tense.cue))


# Past-tense verbs that start, ready or shape something still to come
_READYING_VERB = re.compile(
    r"(?i)^(?:launch|announc|enter|join|ch[oe]s|pick|select|prepar|plan|set|eye|target|declar|form|"
    r"fil|kick|start|beg[au]n|open|refram|shap|position|rais|buil|hir|ramp|gear|consider|weigh|hint|"
    r"signal|confirm|rul|commit|endors|back|register|qualif|sought|vow|pledg|promis|unveil|outlin|"
    r"book|reserv|schedul|award|won\s+the\s+right|g[oa]t|made|took|put|look|turn|focus|said|told)\w*"
)


# "in 2016", "In a 2016 speech": the year (or the event it dates) is when something happened
_BARE_IN_YEAR = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Dd]uring)\s+(?:an?\s+|the\s+|(?:early|late|mid-?)\s*|the\s+(?:first|second)\s+half\s+of\s+"
    r"|the\s+(?:spring|summer|autumn|fall|winter)\s+of\s+)?$"
    r"|\b[Ii]n\s+(?:(?:19|20)\d\d,?\s+)+(?:and|or)\s+$"  # "in 2011 and 2016": the second year of the pair too
)


# "was to open", "were not to be", "was never to return": a plan as it stood then (not "was to blame")
_FUTURE_IN_THE_PAST = re.compile(r"\b(?:was|were)\s+(?:(?:not|never|later|soon|then|originally|once)\s+)?to\s+(?!blame\b)(?=[a-z]+\b)")


def _future_in_the_past(doc, start: int, end: int, to_the_year: bool = True) -> bool:
    """Whether "was to" or "were to" and a verb (tagged VB: "was to open", not "his marriage
    was to an artist") stand between ``start`` and ``end`` (the year's: with no comma after them)."""
    for m in _FUTURE_IN_THE_PAST.finditer(doc.prose, start, end):
        if to_the_year and re.search(r"[,.;:]", doc.prose[m.end() : end]):
            continue
        token = doc.analysis("tags").token_at(m.end())
        if token is not None and token.tag == "VB":
            return True
    return False
# "If the bridge opened in 2019, …", "Had it opened in 2019, …", "Unless …": a condition, not an event
_CONDITION_BEFORE = r"(?:^\W*|,\s+|\b)(?i:if|unless|even\s+if|as\s+if|supposing)\s+[^,;:]*$|^\W*Had\s+[^,;:]*$"


# verbs of report, proof or seeming before "to be": "were reported to be", "turned out to be"
_SEEMS_TO = (
    r"(?i)\b(?:reported|said|believed|thought|known|found|shown|considered|deemed|alleged|rumou?red|"
    r"understood|revealed|proved|proven|seemed|appeared|turned\s+out|happened|continued|came|began|"
    r"ceased|used|claimed|confirmed)\s+(?:[a-z]+ly\s+)?$"
)
# right after the year, the clause a report or a question holds: "said in 2018 that …",
# "asked in 2018 whether …"
_REPORT_THEN_CONTENT = r"(?i)(?:\s+(?:interview|speech|statement|letter|post|tweet|memo|e-?mail|column|broadcast|debate)\b(?:\s+[\w’'-]+){0,3}?)?\s*,?\s*(?:that|whether|if)\b"
# an ordinal or superlative and its noun before "to be": "the first woman to be elected"
_FIRST_TO = r"(?i)\b(?:first|last|only|second|third|fourth|fifth|next|latest|earliest|[a-z]{3,}est)\s+(?:[\w’'-]+\s+){0,3}$"
# "later than planned", "more than expected", "as forecast": the plan an outcome is measured against
_AGAINST_THE_PLAN = r"(?i)\b(?:than|as)\s+(?:(?:had\s+been|was|were|first|originally|initially|previously|once|widely)\s+)?$"
# the purpose a past event was given, right after its year: "…, with the goal of raising",
# "demonstrations in 2001 intended to shut down"
_PURPOSE_OF_THE_EVENT = r"(?i)\s*,?\s*(?:with\s+(?:the|an?)\s+(?:stated\s+|declared\s+|explicit\s+)?(?:goal|aim)|intended|aimed\s+to)"


# "not", "never", "nothing", "no one": "until" after them tells when the thing at last happened
_NEGATION = re.compile(r"(?i)\bnot\b|n['’]t\b|\bnever\b|\bnothing\b|\bnobody\b|\bno\s+one\b")
# "had closed", "had already fallen", "had sold", "had won": the past perfect (not "had to",
# "had hoped to")
# and no plan ("had promised cuts by 2019", "had agreed to")
_PAST_PERFECT = re.compile(
    r"(?i)\bhad\s+(?:(?:already|largely|all|not|never)\s+)?"
    r"(?!to\b|(?:promis|pledg|vow|agre|plan|aim|expect|hop|schedul|target|commit|set|propos|forecast"
    r"|predict|project|budget|estimat|intend|want|decid|vot|sign|order|requir)\w*)"
    r"[a-z]+(?:ed|en|wn|ne|lt|ght|ft|st|ld|id|de|on|ung|unk|et|ut|it)\b"
    r"(?!\s+to\s+(?!(?:the|a|an|its|their|his|her|about|nearly|more|over|under|almost|around)\b)[a-z])"
)


# Verbs that set a deadline in the past ("was ordered to leave by 2019", "had to repay it by 2019")
_DEADLINE_VERB = re.compile(
    r"(?i)^(?:had|ordered|directed|required|told|asked|instructed|mandated|obliged|forced|gave|set|"
    r"demanded|urged|needed|expected|wanted|agreed|promised|pledged|vowed|planned|aimed|hoped|decided)$"
)


_HAD_TO = re.compile(r"\s+(?:(?:yet|still|already|first|just)\s+)?to\b|\s+\w+ed\b|\s+(?:been|hoped|wanted|planned)\b")


# Verbs of a change along a scale, whose "to" names the level reached ("rose to 30%", "fell to
# third place"), not an infinitive
_LEVEL_VERB = re.compile(
    r"(?i)^(?:rose|fell|grew|climbed|dropped|jumped|soared|surged|slipped|slid|sank|shrank|swelled|"
    r"plunged|plummeted|tumbled|declined|increased|decreased|edged|rebounded|recovered|dipped|crept)$"
)


def _state_reached_by(doc, e, tense, left: int) -> bool:
    """ "By 2019 the country became the largest exporter", "sales rose to 30% by 2019": a simple
    past told of what was reached by the year, not a deadline: no verb of deadline or plan
    governs it and no infinitive stands in the clause (from ``left``) before the year."""
    if tense.tense != "past" or not re.fullmatch(r"[a-z]+", tense.cue):
        return False
    if _DEADLINE_VERB.match(tense.cue) and (tense.cue != "had" or _HAD_TO.match(doc.prose, tense.cue_start + 3)):
        return False  # "was ordered to leave by 2019", "had to repay it by 2019" (not "the island had a diameter of …")  # ("would have been delivered by 2011": a perfect after a modal is no simple past)
    if tense.cue_start < e.start:
        if _LEVEL_VERB.match(tense.cue):
            return True  # "climbed in the surveys, to double digits by 2011": "to" names the level reached
        # an infinitive before the verb belongs to another verb ("began to spread and he rose …")
        return not re.search(r"(?i)\bto\s+(?!(?:the|a|an|\d|\$|about|nearly|more|over|under|almost|around|just)\b)[a-z]+\b",
                             doc.prose[max(left, tense.cue_start) : e.start])
    # "By 2019, it was …" opens the sentence, "…; by 2019, it was …", "…, and by 2019 it was …" a clause
    return bool(re.search(_BY_OPENS_CLAUSE, _prose_before(doc, e, 20)))


_BY_OPENS_CLAUSE = r"(?:(?:^|[.!?]\s+|\n)\W*By|(?:[;:]|,\s+(?:and|but|so|yet|then))\s+by)\s+$"


# "from 2010 to", "between July 5, 1989, and ", "from June 2014 until ": the start of a span
_SPAN_START = re.compile(
    r"(?i)\b(?:from|between)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?"
    r"(?P<year>(?:19|20)\d\d),?\s+(?:to|until|till|through|thru|and|[-–])\s*"
    r"(?:(?:the\s+)?(?:end|middle|start|beginning|close)\s+of\s+)?(?:(?:early|late|mid-?)\s*)?$"
)


def _completed_span(doc, e, story, tense, left: int) -> bool:
    """ "served as mayor from 2010 to 2018", "ran from July 5, 1989, to May 14, 2016": a span that
    began by the story's date, told whole in the simple past by a verb before it that sets no
    term ("barred him until 2019") and with no infinitive between ("agreed to serve from 2014
    to 2018")."""
    start = _SPAN_START.search(_prose_before(doc, e, 50))
    if not start or int(start.group("year")) > story.year or not (left <= tense.cue_start < e.start):
        return False
    if _DEADLINE_VERB.match(tense.cue) or not re.fullmatch(r"[a-z]+", tense.cue):
        return False
    return not re.search(r"\bto\s+(?!(?:the|a|an|\d)\b)[a-z]+\b", doc.prose[tense.cue_start : e.start - len(start.group())])


def _done_before_the_year(doc, dates, e) -> bool:
    """ "he had worked for Okafor during his 2016 bid": a past perfect before the year in its
    clause, with no infinitive between ("had agreed to run in 2016" is a plan), tells what was
    over by a time already past, and the year with it."""
    left = dates.clause(e.start, e.end)[0]
    done = None
    for done in _PAST_PERFECT.finditer(doc.prose, left, e.start):
        pass
    return done is not None and not re.search(r"\bto\s+(?!(?:the|a|an|his|her|its|their|\d)\b)[a-z]+\b", doc.prose[done.end() : e.start])


# Nouns of a term ("a contract through 2019", "the lease", "the 2018 season", "the 2019 model"):
# near a year they make it the term's, unless an "in 2016" phrase dates an event instead
_TERM_NOUN = re.compile(r"(?:contract|lease|licen[cs]e|season|model|edition)")
_EVENT_TIME_BEFORE = re.compile(
    r"(?i)\b(?:in|on|during|around)\s+(?:(?:early|late|mid-?)\s*)?(?-i:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?$"
)
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|its|their|\d)\b)[a-z]+\b")


_WON_BEFORE = re.compile(r"(?i)\b(?:won|lost|secured|clinched|cruised\s+to|coasted\s+to)\s+(?:(?:the|a|his|her|their|its|[A-Z]\w+)\s+){0,2}$")


def _dates_an_event(doc, e, after_noun: int) -> bool:
    """ "signed a recording contract with A&M in 2016", "played its first season in 2012": the
    year stands in a phrase of time ("in", "on", "during", "around") with no infinitive between
    the term's noun and it ("signed a contract to play in 2019" is a plan), so it dates the
    past verb's event, not the term."""
    return bool(_EVENT_TIME_BEFORE.search(_prose_before(doc, e))) and not _INFINITIVE.search(
        doc.prose, after_noun, e.start
    )


# After "from 2019": an end that is itself told as past ("until his death", "until he resigned",
# "to 800 BC", "to the 1980s"), which makes the whole span a past one
_SPAN_END_TOLD_AS_PAST = re.compile(
    r"(?i)^\s*,?\s*(?:until|till|to)\s+(?:(?:his|her|their)\s+(?:death|retirement|resignation|dismissal|ouster|defeat)\b"
    r"|\d+\s*(?:BCE?|B\.C\.)|the\s+(?:19|20)?\d0s\b)"
)
_SPAN_END_CLAUSE = re.compile(r"(?i)^\s*,?\s*(?:until|till)\s+(?:he|she|they|it|we|I)\s+")


def _span_ends_in_the_past(doc, dates, e) -> bool:
    """ "He was a member of the faculty from 1997 until his death", "was the case with Schröder
    from 2009 until he resigned", "stretching from 2011 to 800 BC": a span whose end is told
    as past (a death, a past-tense clause, an earlier time) was over by the story's date, so
    its start is a past event too."""
    after = doc.prose[e.end : e.end + 60]
    if _SPAN_END_TOLD_AS_PAST.match(after):
        return True
    end = re.match(r"\s*,?\s*(?:until|till|to)\s+(?:(?:early|late|mid-?)\s*)?(?P<year>(?:19|20)\d\d)\b", after)
    if end and int(end.group("year")) < e.year:
        return True  # "from 2019 to 2005": it runs backwards, ending before it began
    clause = _SPAN_END_CLAUSE.match(after)
    if clause:
        s_end = dates.sentence(e.start)[1]
        cues = clause_cues(doc.prose, e.end + clause.end(), min(s_end, e.end + clause.end() + 30))
        return bool(cues) and cues[0][1] == "past"
    return False


# a participle with its agent ("shortages of materials caused by the war"): a noun's modifier,
# not the verb of the clause, so the words before it still speak for the year
_AGENT_AFTER = re.compile(
    r"\s+by\s+(?!\d|[$£€]|(?:about|nearly|almost|around|roughly|some|over|under|more|less|a\s+(?:third|quarter|half|factor|margin))\b)"
)


def _past_after_guard(doc, dates, e, story, tense) -> str:
    """Why a year after the story's date is not taken as a past event ("" when it is)."""
    if e.kind != "date" and e.year == story.year + 1 and story.month == 12 and story.day >= 15:
        if _OUTCOME_BEFORE.search(_prose_before(doc, e)):
            pass  # "her failed 2016 run": its outcome is known, so it is over
        elif _done_before_the_year(doc, dates, e):
            pass  # "she had worked for him during his 2016 run": done, so the run is over
        elif (
            (e.kind != "month" and not _BARE_IN_YEAR.search(_prose_before(doc, e)))
            or _FUTURE_EVENT_NOUN.match(_prose_after(doc, e))
            or not _told_of_the_year(doc, dates, e, tense)
        ):
            return "late December"  # "for 2016", "the 2016 race" in a story of late December 2015
        # "he hosted in 2016", "In a 2016 speech, he declared": a time of its own, already past
    if tense.tense != "past":
        return f"tense {tense.tense}"
    s_start, s_end = dates.sentence(e.start)
    if _future_in_the_past(doc, s_start, e.start) or tense.cue_start > e.end and _future_in_the_past(
        doc, tense.cue_start, min(s_end, tense.cue_start + 30), to_the_year=False
    ):
        return "future in the past"  # "the bridge was to open in 2019": a plan as it stood then
    if re.search(_CONDITION_BEFORE, doc.prose[s_start : e.start]) and re.search(
        r"\b(?:would|could|might)\b", doc.prose[s_start:s_end]
    ):
        return "a condition"  # "If the bridge opened in 2019, traffic would ease"
    if re.match(r"\s+(?:[a-z]+\s+)?anniversary\b", _prose_after(doc, e)) or re.search(
        r"(?i)\banniversary\s+(?:in|of)\s+$", _prose_before(doc, e)
    ):
        return "an anniversary"  # "the 2019 anniversary of its founding" falls when the years come round
    if (
        tense.cue_start > e.start
        and _REPORTING.match(tense.cue)
        and not _NOT_A_REPORT.match(doc.prose, tense.cue_start + len(tense.cue))
        and not _opens_reported_sentence(doc, dates, e, tense)
    ):
        return "reporting verb after"  # the year is in what someone said
    if _told_by_when_clause(doc, dates, e) is not None:
        return ""  # "could not keep pace with 2019, when 236,000 Iowans took part": the "when" clause dates it
    left, right = dates.clause(e.start, e.end)
    stop = min(right, _WORD_REST.match(doc.prose, e.end + 30).end(), dates.sentence(e.start)[1])  # not "bonds|men"
    full_stop = _FULL_STOP.search(doc.prose, e.end, stop)
    if full_stop:
        stop = full_stop.start()  # a sentence the splitter ran on into the next (``quotes)
    relative_after = _RELATIVE_OPENER.search(doc.prose, e.end, stop)
    if relative_after:
        stop = relative_after.start()  # "… in 2015, which turned out to be …": another clause's words
    # words before the past-tense verb that governs the year belong to another verb
    floor = left
    if left <= tense.cue_start < e.start and not _REPORTING.match(tense.cue) and not re.search(
        r"(?i)\b(?:be|been|being|have|has|had)\s+(?:\w+ly\s+)?$",
        doc.prose[max(0, tense.cue_start - 30) : tense.cue_start],
    ) and not _AGENT_AFTER.match(doc.prose, tense.cue_start + len(tense.cue)):
        floor = tense.cue_start
    relative = None
    for relative in _RELATIVE_OPENER.finditer(doc.prose, floor, e.start):
        pass
    if relative:
        floor = relative.start()  # "Trump, known to be bullish, who in 2016 added": the year's own clause
    for m in _PLAN_CLAUSE.finditer(doc.prose, left, stop):
        if m.end() <= floor:
            continue
        if _not_a_plan(doc.prose, m):
            continue
        if m.group().lower().startswith("estimat") and _ESTIMATE_OF_FACT.match(doc.prose, m.start()):
            continue  # "an estimated 4,000 people died in 2015", "estimated in 1977 that …": a count, no forecast
        if m.group()[0].isupper() and m.start() > left and not m.group().isupper():
            continue  # "Planned Parenthood", "the Congressional Budget Office": a name
        if m.group().lower().startswith("to") and re.search(_SEEMS_TO, doc.prose[max(left, m.start() - 30) : m.start()]):
            continue  # "were reported to be", "was found to be", "turned out to be": what was so, no plan
        if m.group().lower().startswith("to") and re.search(_FIRST_TO, doc.prose[max(left, m.start() - 40) : m.start()]):
            continue  # "the first woman to be elected in 2019", "the last plant to be built": who or what did it
        if re.search(_AGAINST_THE_PLAN, doc.prose[max(left, m.start() - 30) : m.start()]):
            continue  # "a year later than planned", "rose more than expected": what happened, set against the plan
        if m.start() >= e.end and tense.cue_start < e.start and re.fullmatch(_PURPOSE_OF_THE_EVENT, doc.prose[e.end : m.end()]):
            continue  # "started a campaign in 2015, with the goal of …", "rallies in 2001 intended to …": the past event's purpose
        if m.start() >= e.end and tense.cue_start < e.start and re.search(r",\s+(?:and|but)\s", doc.prose[e.end : m.start()]):
            continue  # "adopted the format in 2008, and both claim to be the first": another clause's words
        if m.group().lower() in ("until", "till") and _NEGATION.search(doc.prose, left, m.start()):
            continue  # "it was not until 2018 that …", "did not learn of it until 2018" tell a past event
        if m.group().lower() in ("until", "till") and _completed_span(doc, e, story, tense, left) and not re.search(
            r"(?i)\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", doc.prose[max(0, tense.cue_start - 20) : tense.cue_start]
        ):
            # "served as governor from 2011 until 2018": the span is told whole, as "to 2018" is;
            # not a passive ("was barred from office from 2014 until 2019"), a term someone set
            continue
        if m.group().lower() in ("until", "till") and _told_by_when_clause(doc, dates, e):
            continue  # "… until 20 August 2019, when its tenure ended": the end came, in the past
        if m.group().lower().startswith("by the end of") and _PAST_PERFECT.search(doc.prose, left, right):
            continue  # "By the end of 2018, the bill had failed": done by then
        if _fiscal_year_ahead(doc, e, m, story):
            continue
        return "plan clause: " + m.group()
    # the words from the past-tense verb to the year, and just before the year
    near_start = min(tense.cue_start, max(left, e.start - 30))
    for near in _PLAN_NEAR.finditer(doc.prose, near_start, e.start):
        word = near.group().lower()
        if word in ("through", "thru") and _completed_span(doc, e, story, tense, left):
            continue  # "spanned months from 2009 through the beginning of 2017": a span told whole
        if (word in ("reelection", "re-election") or word.startswith("nominat")) and _WON_BEFORE.search(
            doc.prose, near_start, near.start()
        ):
            continue  # "won re-election in 2018", "won the Republican nomination": the contest's outcome, so it is over
        if word == "run for" and (
            _OUTCOME_BEFORE.search(doc.prose, near_start, near.start())
            or re.search(r"(?i)(?:\b(?:his|her|their|its)|['’]s)\s+[a-z]+\s+$", doc.prose[max(0, near.start() - 30) : near.start()])
        ):
            # "made an unsuccessful run for governor in 2018": its outcome is known, so it is over;
            # "his first run for office, in 2018", as "his run for" already
            continue
        if _TERM_NOUN.match(word) and _dates_an_event(doc, e, near.end()):
            continue  # "signed a recording contract in 2016", "played its first season in 2012"
        return "plan near: " + near.group()
    if _YEAR_AS_NAME.match(_prose_after(doc, e)):
        return "year as name"
    if e.kind == "year" and _NAME_OF_BEFORE.search(_prose_before(doc, e)):
        return "the end of a name"  # "under the Reorganization Act of 2018"
    if e.kind == "year" and _PLAN_FOR_YEAR.search(_prose_before(doc, e)):
        return "a plan for the year"
    if _PERIOD_OR_PROSPECT.search(_prose_before(doc, e, 60)):
        return "a period or prospect: " + _PERIOD_OR_PROSPECT.search(_prose_before(doc, e, 60)).group()
    # "by the year 2000" is "by 2000"
    guard = _YEAR_BEFORE_GUARD.search(re.sub(r"(?i)\bthe\s+year\s+$", "", _prose_before(doc, e)))
    if guard and e.kind == "month" and _MONTH_BEFORE_AND.search(_prose_before(doc, e)):
        guard = None  # "in January and February 2019": two months of one year, no span of years
    if guard and guard.group().strip().lower() in ("until", "till") and (
        _NEGATION.search(doc.prose, left, e.start) or _told_by_when_clause(doc, dates, e)
    ):
        guard = None  # "it was not until 2018 that …", "until 2018, when its term ended" tell a past event
    if guard and guard.group().strip().lower() == "from" and (
        _FROM_ORIGIN.search(_prose_before(doc, e, 60)) or _TOLD_AFTER.match(_prose_after(doc, e))
    ) and not _FROM_START.match(_prose_after(doc, e)):
        guard = None  # "a poster from 2001, when …": where something comes from
    if guard and guard.group().strip().lower() in ("to", "until", "till", "through", "and", "-", "–") and _completed_span(
        doc, e, story, tense, left
    ):
        guard = None  # "served as mayor from 2010 to 2018": the whole span is told as past
    if guard and guard.group().strip().lower() == "from" and re.search(
        r"(?:[,;]\s+(?:and\s+|but\s+|then\s+)?|\band\s+)from\s+$", _prose_before(doc, e)
    ) and not re.match(r"\s*(?:[-–]|to\b|through\b|thru\b|until\b|till\b)", _prose_after(doc, e)):
        told = [kind for _, kind, _ in clause_cues(doc.prose, e.end, min(stop, e.end + 40), e.start, e.end)]
        if told[:1] == ["past"]:
            guard = None  # "…, and from 2004 trained heavily": the phrase opens the clause its past verb tells
    if guard and guard.group().strip().lower() == "from" and tense.cue_start > e.end and (
        re.match(r"^\W*From\s+$", doc.prose[dates.sentence(e.start)[0] : e.start])
        or re.search(r",\s+from\s+$", _prose_before(doc, e)) and re.match(_FROM_THEN_ON + r"?\s*,", _prose_after(doc, e))
    ):
        # "From 2016, he was increasingly hurt", "From 1984 on he lived in Paris", "Later digs, from
        # 2006 onwards, helped date it": what held from then on, told as past
        guard = None
    if guard and guard.group().strip().lower() == "from" and tense.cue_start < e.start and _span_ends_in_the_past(doc, dates, e):
        guard = None  # "was a member of the faculty from 1997 until his death": the span is over
    if guard and guard.group().strip().lower() in ("and", "or") and not re.search(
        r"(?i)\bbetween\b", doc.prose[max(left, e.start - 60) : e.start]
    ):
        guard = None  # "in November 1965, and January 1980", "in 1963 by Brook and 2009 by Hook": a list of times, no span's end
    if guard and _fiscal_year_ahead(doc, e, guard, story, before=True):
        guard = None
    if guard and guard.group().strip().lower() == "to" and _LOOKS_BACK_TO.search(_prose_before(doc, e)):
        guard = None  # "elections going back to 2019", "in contrast to 2018, when …": no span's end
    if guard and guard.group().strip().lower() == "by" and (
        _PAST_PERFECT.search(doc.prose, left, right) or _state_reached_by(doc, e, tense, left)
    ):
        guard = None  # "the plant had closed by 2019", "by 2019 it was the largest": done by then
    if guard:
        return "before guard: " + guard.group()
    if (
        _FUTURE_EVENT_NOUN.match(_prose_after(doc, e))
        and _contest_ahead(doc, e, story, tense)
        and not _OUTCOME_BEFORE.search(_prose_before(doc, e))
        and not re.search(_DURING_BEFORE, doc.prose[dates.sentence(e.start)[0] : e.start])
    ):
        return "future event noun"
    quotes = doc.analysis("quotes")
    year_quote = quotes.at(e.start)
    if tense.cue_start > e.end and _WHEN_AFTER.match(doc.prose, e.end):
        return ""  # "… in 2017, when he devoted his candidacy to it": the "when" clause dates it
    for position, kind, word in clause_cues(doc.prose, left, stop, e.start, e.end):
        if kind != "future" or position < floor:
            continue
        if quotes.at(position) is not None and quotes.at(position) is not year_quote:
            continue  # "may" in the quotation the year is said of, not in the year's clause
        if position > e.end and re.search(r"(?i)(?:,|\band\b|\bbut\b)", doc.prose[e.end : position]):
            continue  # "... lost in 2019, and would be ...": another clause
        if position > e.end and tense.cue_start < e.start and re.match(_REPORT_THEN_CONTENT, doc.prose[e.end : position]):
            continue  # "said in 2018 that he would run": the year dates the saying, "would" what was said
        return "future cue: " + word
    return ""
