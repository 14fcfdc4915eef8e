#!/usr/bin/env python3
"""Inject date errors into clean dated articles and measure what the date rules (D) find.

    python3 scripts/eval_date_injections.py [--data DIR] [--seed N] [--per-doc N] [--show N]
                                            [--kinds K,K] [--variants]

Reads ``tempeval3_dev.jsonl``, ``meantime_dev.jsonl`` (``dct``) and ``polnear_train.jsonl``
(``publication_date``) from ``../shared/eval/data`` beside the repository, at run time; nothing
of them is copied into the repository. Each article becomes a draft with its creation date in
the front matter (and its title as a heading), the way the labelled cases are made. Errors are
injected one at a time, each into its own copy:

- ``weekday``: a wrong weekday inserted before a written date: "Sunday, June 14, 2016",
  "NICOSIA, Sunday, August 8" (the date's year, or the year nearest the story's date);
- ``impossible_date``: the day of a "Month D" date set to one past the end of its month
  (June 31, Dec. 32, Feb. 30);
- ``past_after_dateline``: a year in a sentence told in the past tense, at most the story's
  year, moved 1-3 years after the story's year;
- ``future_before_dateline``: a year in a sentence told as to come ("will", "expected to" …),
  at least the story's year, moved 2-4 years before it;
- ``future_reported_before``: the same in reported speech ("said the plant would open in
  2017", "was expected to").

A year is moved only where the move makes an error an editor would flag: not a year glued to
letters, half of a range or year-month ("1948-2016", "2010-11"), a post's timestamp, the end
of a name ("Act of 1980"), a bound that stays true ("before 2018" in the past), nor a year in a
past sentence that looks forward ("would", "was expected to"); in a past sentence, not the end
of a term a past act set ("barred him until April 2013", "through 2018"), a cohort ("class of
2018") nor a contest or season arranged before it comes ("the 2018 campaign", "the 2019 GOP
frontrunner", "the 2018 field" of candidates), which a past sentence may name ahead; in reported speech, only a year after the
"would" ("said in 2016 that it would …" dates the saying); in a sentence told as to come, not a
year with a past-tense verb of its own nearer to it than the future wording ("will play the
side that beat them in 2012", "The plant, which opened in 2016, will close"). A sentence is past when it holds a
finite past verb (the forms listed in ``PAST`` and the irregular pasts newslint derives from its
verb data, ``past_forms.txt``): not a participle of a present passive ("is based on", "are
blocked"), a base after "to" or a modal ("to put"), part of a compound ("long-shot",
"coal-fired"; not "re-elected"), "compared with", nor a capitalised "-ed" name ("United
States"); and the year's own clause
must hold one: the tense is judged in the clause the year stands in, cut as the date rules cut
it (``clause_bounds``, ``own_clause``: semicolons, dashes, "but", ", and" before a new subject,
a relative clause of ", which" / ", who" to its comma; a clause that a subordinating word
and its subject open after the year, "votes that they received", when the words before it hold
a present-tense "is", "are" or "has" and no past verb), and a reporting tag ("…, he said",
"Bloomberg found") dates the saying, not the event, since a year in a present clause of a
past sentence ("the deal, which runs to 2019, was signed") makes no past-tense error when it
moves. ``no_error_to_make``, ``told_in_past`` and ``own_clause_in_past`` hold the filter; it is
the same for both halves.

With ``--variants`` the weekday is also written in other shapes: "Sunday June 14" (no comma),
"Sunday, June 14th", "(Sunday, June 14)", "Sunday 14 June".

The articles are shuffled with a fixed seed (``--split-seed``) and split in two halves: the
first is the half to tune on, the second is held out; recall (by kind, and by source under each
kind) and false alarms are reported for each, and ``--show`` lists the misses and false alarms
of the tuning half only. Rules tuned long on one ``--seed`` fit its tune cases; another seed
(``--seed 14``) picks other years in the same tune articles: fresh cases, still in the tune half.

A case is found when a date finding that the un-injected copy does not have (compared by code
and line) lies on the injected line, as the shared scorer counts. False alarms: error/warning
date findings on the un-injected drafts, per 1,000 words; ``--show`` prints them and the misses.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.analysis.dates import clause_bounds  # noqa: E402
from newslint.analysis.tense import clause_cues, own_clause  # noqa: E402
from newslint.api import lint_text  # noqa: E402
from newslint.config import Settings  # noqa: E402
from newslint.datafiles import data_words  # noqa: E402

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "sep.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.) ?(\d{1,2})(st|nd|rd|th)?\b"
    r"(?:,? (\d{4})\b)?"
)
YEAR = re.compile(r"(?<![\d$£€.,:/])(19[5-9]\d|20[0-4]\d)(?![\d%])(?!\s*(?:percent|per cent))")
SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+(?=\s|$)|\n|$)")
PAST = re.compile(
    r"(?i)\b(?:was|were|had|did|said|told|took|made|came|went|gave|got|won|lost|ran|began|became"
    r"|left|led|met|paid|put|saw|sent|spent|stood|wrote|held|brought|bought|fell|rose|grew|hit"
    r"|knew|thought|found|built|chose|drew|drove|fought|flew|kept|let|meant|sold|set|shot|spoke"
    r"|(?<!-)(?-i:[a-z]{2,}ed))\b"
)
# The irregular pasts newslint derives from its verb data ("oversaw", "underwent", "foresaw";
# scripts/build_past_forms.py): past forms the list above does not spell out.
PAST_FORMS = data_words("past_forms.txt")
LOWER_WORD = re.compile(r"\b[a-z]+\b")
# An "-ed" word joined to the word before it ("fossil-fired", "state-owned") is an adjective
# (any past form so joined is part of a compound: see VERB_PREFIX).
# A past form that is no past tense: a participle after a present "be" or "get" ("is based on",
# "are blocked in the courts"), or one that works as a preposition ("compared with 2014").
PARTICIPLE = re.compile(
    r"(?i)(?:\b(?:is|are|am|be|being|get|gets|getting)\s+(?:\w+ly\s+|not\s+)?$)"
)
# After "to" or a modal a verb is its base ("to put", "will set"), whatever it looks like.
BASE_AFTER = re.compile(r"(?i)\b(?:to|will|would|shall|should|can|could|may|might|must|did|does|do|n['’]t)\s+$")
# A word joined by a hyphen to the word before is part of a compound ("long-shot",
# "coal-fired"), unless what stands before is a prefix ("re-elected", "co-founded").
VERB_PREFIX = re.compile(r"(?i)(?<![\w-])(?:re|co|pre|un|de|mis|dis|out|over|under|counter|cross)-$")
NOT_A_VERB_AFTER = re.compile(r"(?i)^\s+(?:with|to|on)\b")
NOT_A_VERB = {"compared", "based"}
# "will" in lower case only: "George Will", "Will Smith" are names, not the future; "due to" with
# a verb after it ("due to open"), not a cause ("due to the rain", "due to rising costs")
FUTURE = re.compile(
    r"(?i)\b(?:(?-i:will)|shall|going to|expected to|expects to|plans? to|planned for|scheduled"
    r"|intends? to|set to|due to(?!\s+(?:the|a|an|his|her|its|their|our|this|that|these|those|[a-z]+ing|lack|"
    r"concerns?|fears?|high|low|poor|bad|heavy|strong|weak|increased|reduced)\b)|is due|are due|slated|upcoming)\b|['’]ll\b"
)
# Future told from the past, in reported speech: "said the plant would open in 2017".
REPORTED_FUTURE = re.compile(
    r"(?i)\b(?:said|says|told|announced|added|predicted|confirmed)\b.*\b(?:would|(?:was|were)\s+"
    r"(?:expected|scheduled|due|set|slated)\s+to)\b"
)


def told_in_past(sentence: str) -> bool:
    """Whether the sentence holds a verb in the past tense (a past form that is no participle
    of a present passive, nor "compared with", "based on"; a capitalised "-ed" word is a
    name: "United States", "Deferred Action")."""
    found = [*PAST.finditer(sentence), *(m for m in LOWER_WORD.finditer(sentence) if m.group() in PAST_FORMS)]
    for m in sorted(found, key=lambda m: m.start()):
        if PARTICIPLE.search(sentence[: m.start()]) or BASE_AFTER.search(sentence[: m.start()]):
            continue
        if sentence[m.start() - 1 : m.start()] == "-" and not VERB_PREFIX.search(sentence[: m.start()]):
            continue
        if m.group().lower() in NOT_A_VERB and NOT_A_VERB_AFTER.match(sentence[m.end() :]):
            continue
        return True
    return False


# A reporting tag dates the saying, not the event told: "…, Bloomberg found.", "…,'' he said.",
# "The ad, said Kelli Conlin, is …"; its verb does not make the year's clause past.
REPORTING_VERB = r"(?:said|says|found|told|added|wrote|reported|noted|explained)"
REPORTING_TAG = re.compile(
    r"(?:,|''|[\"”])\s*(?:he|she|they|it|we|I|the\s+\w+|(?:[A-Z][\w.’'-]*\s+){1,5})\s*"
    + REPORTING_VERB + r"\s*[.!?]?\s*$"
    r"|,\s*" + REPORTING_VERB + r"\s+[^,]{1,60},"
)


def own_clause_in_past(sentence: str, start: int, end: int) -> bool:
    """Whether the clause the year at ``start:end`` stands in holds a past-tense verb (cut as
    the date rules cut it: at semicolons, dashes, "but", ", and" before a new subject, and a
    relative clause of ", which" / ", who" to its comma; a reporting tag such as ", he said" left
    out); a past form the rules know counts too.
    "The deal, which runs to 2019, was
    signed": the year stands in "which runs to 2019", told in the present, and moving it makes
    no past-tense error though the sentence is told in the past."""
    left, right = clause_bounds(sentence, 0, len(sentence), start, end)
    clause = REPORTING_TAG.sub(" ", own_clause(sentence, left, right, start, end))
    at = clause.find(sentence[start:end])
    opener = SUBORDINATE.search(clause, at + (end - start)) if at >= 0 else None
    if opener and PRESENT_VERB.search(clause[: opener.start()]) and not in_past(clause[: opener.start()]):
        return False  # "Democrats in 2016 are getting half the votes that they received": the year's verb is "are"
    return in_past(clause)


def in_past(clause: str) -> bool:
    # the harness's own past forms, or those the rules know ("oversaw", "didn't", "has had")
    return told_in_past(clause) or any(
        kind == "past" and clause[at - 1 : at] != "-" for at, kind, _ in clause_cues(clause, 0, len(clause))
    )


# A clause opened after the year by a subordinating word and a subject ("that they received",
# "where it was") is not the year's own: when the words before it hold a present-tense verb
# ("is", "are", "has") and no past one, the year is that verb's.
SUBORDINATE = re.compile(
    r"(?i)\b(?:that|which|who|where|when|because|since|after|before|while|until|if)\s+"
    r"(?=(?:I|we|you|they|he|she|it|there|the|a|an|his|her|its|their|our)\b)"
)
PRESENT_VERB = re.compile(r"\b(?:is|are|am|has|have|does|isn['’]t|aren['’]t|hasn['’]t|haven['’]t|doesn['’]t)\b")


def past_verb_nearer(sentence: str, start: int, end: int) -> bool:
    """Whether a past-tense verb stands between the year at ``start:end`` and the nearest
    future wording ("will play the side that beat them in 2012", "The plant, which opened in
    2016, will close"): the year is that verb's, and moving it earlier makes no error."""
    cues = [m for m in FUTURE.finditer(sentence)]
    if not cues:
        return False
    nearest = min(cues, key=lambda m: start - m.end() if m.end() <= start else m.start() - end)
    stretch = sentence[nearest.end() : start] if nearest.end() <= start else sentence[end : nearest.start()]
    return told_in_past(stretch)


WEEKDAY_WORD = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")


def load(data: Path):
    docs = []
    for name, key in (("tempeval3_dev.jsonl", "dct"), ("meantime_dev.jsonl", "dct"),
                      ("polnear_train.jsonl", "publication_date")):
        path = data / name
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            d = json.loads(line)
            try:
                date = dt.date.fromisoformat(str(d.get(key))[:10])
            except ValueError:
                continue
            title = d.get("title")
            title = None if title in (None, "None", "") else " ".join(str(title).split())
            text = d["text"]
            lines = text.split("\n")
            # MEANTIME texts open with their title and dateline lines: the drafts do not
            if title and lines and lines[0].strip() == title:
                lines = lines[1:]
                if lines and d.get("dateline") and lines[0].strip() == d["dateline"]:
                    lines = lines[1:]
                text = "\n".join(lines)
            docs.append((name.split("_")[0], d.get("doc_id") or d.get("filename"), date, title, text))
    return docs


def draft(date: dt.date, title: str | None, text: str) -> tuple[str, int]:
    head = "---\n"
    if title:
        head += 'title: "' + title.replace('"', "'") + '"\n'
    head += f"date: {date.isoformat()}\n---\n\n"
    if title:
        head += f"# {title}\n\n"
    return head + text, len(head)


def nearest_year(month: int, day: int, ref: dt.date) -> int:
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
        except ValueError:
            continue
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
    return best.year


def in_markup(text: str, offset: int) -> bool:
    """Inside an HTML/XML tag (a tweet's ``tweet-date="…"`` attribute): not prose."""
    return text.rfind("<", 0, offset) > text.rfind(">", 0, offset)


def month_dates(text: str):
    for m in MONTH_DATE.finditer(text):
        if in_markup(text, m.start()):
            continue
        month = MONTHS.get(m.group(1).lower())
        day = int(m.group(2))
        if month is None or not 1 <= day <= calendar.monthrange(2001, month)[1]:
            continue
        yield m, month, day


# -- injections -----------------------------------------------------------------------------
# each returns (kind, new_text, start, end, note) or None


def inject_weekday(text, date, rng, shape="comma"):
    choices = []
    for m, month, day in month_dates(text):
        if WEEKDAY_WORD.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        year = int(m.group(4)) if m.group(4) else nearest_year(month, day, date)
        if not 1900 < year < 2100:
            continue
        try:
            real = dt.date(year, month, day).weekday()
        except ValueError:
            continue
        if shape == "dayfirst" and m.group(4):
            continue
        # a date without a year may belong to the year before or after: a weekday that any
        # year within eight months of the story makes right is not an error
        right = {real}
        if not m.group(4):
            for y in (date.year - 1, date.year, date.year + 1):
                if abs((dt.date(y, month, day) - date).days) <= 240:
                    right.add(dt.date(y, month, day).weekday())
        choices.append((m, month, day, real, right))
    if not choices:
        return None
    m, month, day, real, right = rng.choice(choices)
    wrong = rng.choice([w for i, w in enumerate(WEEKDAYS) if i not in right])
    written = m.group(0)
    if shape == "comma":
        new = f"{wrong}, {written}"
    elif shape == "nocomma":
        new = f"{wrong} {written}"
    elif shape == "ordinal":
        suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        new = f"{wrong}, {m.group(1)} {day}{suffix}" + (written[m.end(3) - m.start() :] if m.group(3) else written[m.end(2) - m.start() :])
    elif shape == "paren":
        new = f"({wrong}, {written})"
    elif shape == "dayfirst":
        new = f"{wrong} {day} {calendar.month_name[month]}"
    else:
        raise ValueError(shape)
    out = text[: m.start()] + new + text[m.end() :]
    return out, m.start(), m.start() + len(new), f"{new!r} for {written!r} ({WEEKDAYS[real]})"


def inject_impossible(text, date, rng):
    choices = [(m, month, day) for m, month, day in month_dates(text)]
    if not choices:
        return None
    m, month, day = rng.choice(choices)
    bad = 30 if month == 2 else calendar.monthrange(2001, month)[1] + 1
    out = text[: m.start(2)] + str(bad) + text[m.end(2) :]
    return out, m.start(), m.end() + len(str(bad)) - len(m.group(2)), f"{m.group(0)!r} -> day {bad}"


# -- which years an injection may move ---------------------------------------------------------
# A moved year must make an error an editor would flag. These shapes make none, or none for
# certain, so no year in them is moved (the same filter for both halves):
# - a year glued to letters ("ilduce2016", a handle or a code) is no year;
# - a year joined to another number by a dash or slash ("1948-2016", "2004-05", "2010-11"):
#   half a range or a year-month, which a moved year turns into a garbled figure, not a date
#   of the wrong side;
# - a year "BC" ("2000 BC"), which no move makes later than the story;
# - a date stamped with a time of day ("February 6, 2016 8:38PM"): a post's timestamp,
#   page furniture rather than a sentence of the story;
# - a year that ends a capitalised name ("Refugee Act of 1980", "Class of 2010"): a name,
#   which the story may not re-date;
# - a bound that stays true when the year moves away from the story: a past event "before"
#   or "prior to" a later year, a coming one "after" or "beyond" an earlier year;
# - a year in a sentence that looks forward from the past ("would", "was expected to") is
#   no past event: moved later it may be right ("said he would run in 2020").
GLUED = re.compile(r"[A-Za-z]$")
JOINED_BEFORE = re.compile(r"\d\s?[-–—/]\s?$")
JOINED_AFTER = re.compile(r"^\s?[-–—/]\s?\d")
BEFORE_CHRIST = re.compile(r"^\s*(?:BCE?|B\.C\.)")  # "3000 BC to 2000 BC": no year of our era
TIME_OF_DAY = re.compile(r"^,?\s*(?:at\s+)?\d{1,2}:\d{2}")
NAME_OF = re.compile(r"\b(?:[A-Z][a-z]+|class) of\s+$")
# The month's slot is case-sensitive (a capital), the rest not: under a global (?i) the month
# slot read any word ("until some 2015").
TERM_END = re.compile(r"(?i:\b(?:until|till|through|thru)\s+(?:(?:the\s+)?(?:end|middle|start)\s+of\s+|(?:early|late|mid-?)\s*)?)(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?$")
# A contest or season arranged before it comes, named by its year: "the 2018 campaign",
# "her 2018 Senate race", "the 2019 GOP frontrunner", "campaign 2018"
SCHEDULED_NOUN = (
    r"(?:elections?|campaigns?|races?|primar(?:y|ies)|caucus(?:es)?|conventions?|contests?|cycle|"
    r"nominations?|nominees?|candidates?|candidacy|front-?runners?|hopefuls?|ticket|field|players|"
    r"olympics|games|world\s+cup|championships?|tournament|season|summit|census|budget|fiscal\s+year)"
)
SCHEDULED_AFTER = re.compile(
    r"(?i)^\s+(?:(?:presidential|general|midterm|mid-term|primary|gubernatorial|congressional|"
    r"parliamentary|senate|house|gop|democratic|republican|national|state|local|big-money|"
    r"white\s+house|(?-i:[A-Z][a-z]+))\s+){0,2}" + SCHEDULED_NOUN + r"\b"
)
SCHEDULED_BEFORE = re.compile(r"(?i)\b(?:campaign|election|race|class|cycle|season)\s+$")
UPPER_BOUND = re.compile(r"(?i)\b(?:before|prior to|earlier than)\s+$")
LOWER_BOUND = re.compile(r"(?i)\b(?:after|beyond|later than)\s+$")
LOOKS_FORWARD = re.compile(r"(?i)\bwould\b|['’]d\b|\b(?:was|were)\s+(?:expected|scheduled|due|set|slated)\s+to\b")


def no_error_to_make(text: str, start: int, end: int, want_past: bool) -> bool:
    """True when moving the year at ``text[start:end]`` would not make an error an editor would
    flag (the shapes listed above)."""
    before, after = text[max(0, start - 40) : start], text[end : end + 20]
    if GLUED.search(before) or (after[:1].isalpha()):
        return True
    if JOINED_BEFORE.search(before) or JOINED_AFTER.search(after):
        return True
    if TIME_OF_DAY.search(after) or NAME_OF.search(before) or BEFORE_CHRIST.match(after):
        return True
    if want_past and (TERM_END.search(before) or SCHEDULED_AFTER.match(text[end : end + 60]) or SCHEDULED_BEFORE.search(before)):
        return True
    return bool((UPPER_BOUND if want_past else LOWER_BOUND).search(before))


def _year_candidates(text, want_past: bool, date: dt.date, reported: bool = False):
    for s in SENTENCE.finditer(text):
        sentence = s.group(0)
        if len(sentence) < 20:
            continue
        past, future = told_in_past(sentence), FUTURE.search(sentence)
        if reported:
            future = REPORTED_FUTURE.search(sentence)
        if want_past and (not past or future or LOOKS_FORWARD.search(sentence)):
            continue
        if not want_past and not future:
            continue
        for y in YEAR.finditer(sentence):
            if in_markup(text, s.start() + y.start()):
                continue
            if reported and y.start() < future.end():
                continue  # "said in 2016 that it would …": the year dates the saying, not the plan
            if want_past and not own_clause_in_past(sentence, y.start(), y.end()):
                continue  # "the deal, which runs to 2019, was signed": the year's own clause is not past
            if not want_past and not reported and past_verb_nearer(sentence, y.start(), y.end()):
                continue  # "will play the side that beat them in 2012": the year's own verb is past
            if no_error_to_make(text, s.start() + y.start(), s.start() + y.end(), want_past):
                continue
            year = int(y.group(1))
            if want_past and year > date.year:
                continue
            if not want_past and year < date.year:
                continue
            yield s.start() + y.start(), s.start() + y.end(), year


def inject_year(text, date, rng, past: bool, reported: bool = False):
    choices = list(_year_candidates(text, past, date, reported))
    if not choices:
        return None
    start, end, year = rng.choice(choices)
    new = date.year + rng.randint(1, 3) if past else date.year - rng.randint(2, 4)
    out = text[:start] + str(new) + text[end:]
    return out, start, end, f"{year} -> {new}"


KINDS = {
    "weekday": lambda t, d, r: inject_weekday(t, d, r, "comma"),
    "impossible_date": inject_impossible,
    "past_after_dateline": lambda t, d, r: inject_year(t, d, r, True),
    "future_before_dateline": lambda t, d, r: inject_year(t, d, r, False),
    "future_reported_before": lambda t, d, r: inject_year(t, d, r, False, reported=True),
}
VARIANTS = {
    "weekday_nocomma": lambda t, d, r: inject_weekday(t, d, r, "nocomma"),
    "weekday_ordinal": lambda t, d, r: inject_weekday(t, d, r, "ordinal"),
    "weekday_paren": lambda t, d, r: inject_weekday(t, d, r, "paren"),
    "weekday_dayfirst": lambda t, d, r: inject_weekday(t, d, r, "dayfirst"),
}


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/eval/data"))
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--per-doc", type=int, default=1, help="injections of each kind per article")
    parser.add_argument("--show", type=int, default=0, help="print up to N misses and false alarms")
    parser.add_argument("--kinds", default="", help="comma-separated kinds (default: all)")
    parser.add_argument("--variants", action="store_true", help="also other weekday shapes")
    parser.add_argument("--split-seed", type=int, default=12, help="seed of the tune/held-out split")
    args = parser.parse_args()

    docs = load(args.data)
    if not docs:
        print(f"no data in {args.data}", file=sys.stderr)
        return 2
    kinds = dict(KINDS)
    if args.variants:
        kinds.update(VARIANTS)
    if args.kinds:
        kinds = {k: v for k, v in {**KINDS, **VARIANTS}.items() if k in args.kinds.split(",")}
    settings = Settings().with_options(select=("D",))
    order = sorted(range(len(docs)), key=lambda i: (docs[i][0], str(docs[i][1])))
    random.Random(args.split_seed).shuffle(order)
    half_of = {index: ("tune" if rank < len(docs) // 2 else "held-out") for rank, index in enumerate(order)}
    t0 = time.perf_counter()
    words = Counter()
    loud_clean = defaultdict(list)
    found, total = Counter(), Counter()
    misses = defaultdict(list)
    for number, (source, doc_id, date, title, text) in enumerate(docs):
        half = half_of[number]
        clean, offset = draft(date, title, text)
        words[half] += len(text.split())
        base = lint_text(clean, path="draft.md", settings=settings)
        for f in base:
            if f.severity in ("error", "warning"):
                loud_clean[half].append((source, doc_id, f.code, clean[f.start : f.end], f.message))
        base_keys = {(f.code, f.line) for f in base}
        rng = random.Random(f"{args.seed}:{doc_id}")
        for kind, make in kinds.items():
            for _ in range(args.per_doc):
                made = make(text, date, rng)
                if made is None:
                    continue
                new_text, start, end, note = made
                body, _ = draft(date, title, new_text)
                line = line_of(body, offset + start)
                findings = lint_text(body, path="draft.md", settings=settings)
                hit = any(
                    f.family == "date" and (f.code, f.line) not in base_keys and f.line == line
                    for f in findings
                )
                total[half, kind] += 1
                total[half, kind, source] += 1
                if hit:
                    found[half, kind] += 1
                    found[half, kind, source] += 1
                elif half == "tune":
                    lo = body.rfind("\n", 0, offset + start) + 1
                    s = max(lo, offset + start - 160)
                    misses[kind].append(
                        f"{source}/{doc_id} ({date}) {note}: …{body[s : offset + end + 80]}…".replace("\n", " ")
                    )
    seconds = time.perf_counter() - t0
    print(f"{len(docs)} articles, {sum(words.values())} words, {seconds:.1f}s")
    print(f"{'kind':<26}{'tune':<18}held-out")
    for kind in kinds:
        cells = []
        for half in ("tune", "held-out"):
            n, hit = total[half, kind], found[half, kind]
            cells.append(f"{hit / max(n, 1):.2f}  ({hit}/{n})".ljust(18))
        print(f"{kind:<26}{''.join(cells)}")
        for source in sorted({k[2] for k in total if len(k) == 3 and k[1] == kind}):
            cells = []
            for half in ("tune", "held-out"):
                n, hit = total[half, kind, source], found[half, kind, source]
                cells.append(f"{hit / max(n, 1):.2f}  ({hit}/{n})".ljust(18))
            print(f"  {source:<24}{''.join(cells)}")
    for half in ("tune", "held-out"):
        loud = loud_clean[half]
        print(
            f"\nfalse alarms on the un-injected drafts ({half}): {len(loud)} error/warning date "
            f"findings, {1000 * len(loud) / max(words[half], 1):.3f} per 1,000 words"
        )
        by_code = Counter(code for _, _, code, _, _ in loud)
        if by_code:
            print("  " + ", ".join(f"{c}: {n}" for c, n in sorted(by_code.items())))
    loud_clean = loud_clean["tune"]
    if args.show:
        for kind in kinds:
            if misses[kind]:
                print(f"\nmissed {kind}:")
                for m in misses[kind][: args.show]:
                    print("  " + m[:420])
        if loud_clean:
            print("\nfindings on un-injected drafts:")
            for source, doc_id, code, text, message in loud_clean[: args.show]:
                print(f"  {source}/{doc_id} {code} {text!r}: {message[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
