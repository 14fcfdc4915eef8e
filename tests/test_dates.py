"""The dates analysis: time expressions, the story's reference date, resolution and tense."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.analysis.dates import (
    clause_bounds,
    clause_cues,
    nearest_year,
    relative_clause_tense,
)
from newslint.analysis.tense import own_clause
from newslint.config import Settings
from newslint.document import Document
from newslint.engine import all_rules, check_document
from newslint.rule import Context


def dates_of(text: str, path: str = "story.txt"):
    doc = Document(text, path=path)
    return doc, doc.analysis("dates")


def expression(text: str, surface: str, path: str = "story.txt"):
    doc, dates = dates_of(text, path)
    found = [e for e in dates.expressions if doc.text[e.start : e.end] == surface]
    assert found, f"{surface!r} not found in {[e.text for e in dates.expressions]}"
    return doc, dates, found[0]


# -- finding expressions, with exact offsets ----------------------------------------------


@pytest.mark.parametrize(
    "text, surface, fields",
    [
        ("Talks resumed on Aug. 20 in Baku.", "Aug. 20", dict(kind="date", month=8, day=20, year=None)),
        ("Talks resumed on Aug 20 in Baku.", "Aug 20", dict(kind="date", month=8, day=20)),
        ("Schools open on Sept. 3, officials said.", "Sept. 3", dict(month=9, day=3)),
        ("The summit opened on 20 August 2024.", "20 August 2024", dict(month=8, day=20, year=2024)),
        ("The summit opened on 2024-08-20.", "2024-08-20", dict(month=8, day=20, year=2024)),
        ("The attacks of Sept.11, 2001 changed that.", "Sept.11, 2001", dict(month=9, day=11, year=2001)),
        ("The party is on July 19th this year.", "July 19th", dict(month=7, day=19)),
        ("The poll ran March 17-20 by telephone.", "March 17-20", dict(month=3, day=17, day2=20)),
        ("It happened on Feb. 8, 2016, in Concord.", "Feb. 8, 2016", dict(year=2016, month=2, day=8)),
        ("The offensive in September 2023 ended it.", "September 2023", dict(kind="month", year=2023, month=9)),
        ("Prices rose in the 1990s.", "1990s", dict(kind="decade", year=1990)),
        ("The plant closed in 2019.", "2019", dict(kind="year", year=2019)),
        ("Prices rose in the summer of 2017.", "summer of 2017", dict(kind="season", year=2017)),
    ],
)
def test_dates_are_found_where_they_are(text, surface, fields):
    doc, _, e = expression(text, surface)
    assert doc.text[e.start : e.end] == surface
    for name, value in fields.items():
        assert getattr(e, name) == value, name


def test_a_weekday_written_with_its_date_is_one_expression():
    doc, _, e = expression("The rally was held on Friday, Feb. 8, 2016, in Concord.", "Friday, Feb. 8, 2016")
    assert (e.weekday, e.year, e.month, e.day) == (4, 2016, 2, 8)
    assert doc.text[e.weekday_start : e.weekday_end] == "Friday"
    assert doc.text[e.date_start : e.date_end] == "Feb. 8, 2016"


def test_a_weekday_with_a_bracketed_day_month_date():
    _, _, e = expression("Talks resumed on Tuesday (20 August) in Baku.", "Tuesday (20 August)")
    assert (e.weekday, e.month, e.day) == (1, 8, 20)


def test_a_date_followed_by_its_weekday():
    _, _, e = expression("The vote was on Feb. 8, 2016, a Monday.", "Feb. 8, 2016, a Monday")
    assert e.weekday == 0


@pytest.mark.parametrize(
    "text, surface, qualifier",
    [
        ("Putin spoke on Monday in Baku.", "Monday", None),
        ("Monday's talks ended early.", "Monday", None),
        ("The vote came late Tuesday.", "Tuesday", None),
        ("He left last Tuesday.", "last Tuesday", "last"),
        ("He leaves next Friday.", "next Friday", "next"),
    ],
)
def test_weekdays(text, surface, qualifier):
    _, _, e = expression(text, surface)
    assert e.kind == "weekday" and e.qualifier == qualifier


def test_weekdays_in_the_plural_are_habits_not_days():
    _, dates = dates_of("The market opens on Mondays.")
    assert not [e for e in dates.expressions if e.kind == "weekday"]


@pytest.mark.parametrize(
    "text, surface, relative",
    [
        ("The talks ended yesterday.", "yesterday", "yesterday"),
        ("Prices fell last week.", "last week", "last week"),
        ("Sales rose this month.", "this month", "this month"),
        ("He spoke earlier this year.", "earlier this year", "earlier this year"),
        ("Three days later he resigned.", "Three days later", "3 day later"),
        ("The plant closed a year ago.", "a year ago", "1 year ago"),
        ("Talks stalled in recent months.", "in recent months", "in recent months"),
    ],
)
def test_relative_wording(text, surface, relative):
    _, _, e = expression(text, surface)
    assert e.kind == "relative" and e.relative == relative


@pytest.mark.parametrize(
    "text",
    [
        "The party won 2019 votes in the ward.",
        "They may 31 times have tried.",
        "He paid $2019 for it.",
        "Shares closed at 1,999.5 points.",
    ],
)
def test_numbers_that_are_not_dates(text):
    _, dates = dates_of(text)
    assert not [e for e in dates.expressions if e.kind in ("date", "year")], [e.text for e in dates.expressions]


def test_impossible_dates_are_found_and_marked():
    _, _, april = expression("It ended on April 31.", "April 31")
    _, _, feb = expression("It ended on Feb. 29, 2023.", "Feb. 29, 2023")
    _, _, leap = expression("It ended on Feb. 29, 2024.", "Feb. 29, 2024")
    assert not april.exists and not feb.exists and leap.exists


# -- the reference date -------------------------------------------------------------------

STORY = (
    "Minister hails port deal\n\n"
    "Valletta, Aug 20 (Wire): Malta's prime minister spoke after meeting his Tunisian counterpart "
    "on Monday.\n\n"
    "The storm in September 2023 closed the harbour for three weeks.\n\n"
    "The two governments reopened their talks towards the end of October 2023 in Rome.\n"
)


def test_the_dateline_is_found():
    doc, dates = dates_of(STORY)
    assert dates.dateline is not None
    assert doc.text[dates.dateline.date.start : dates.dateline.date.end] == "Aug 20"


def test_a_year_less_dateline_takes_its_year_from_the_past_tense():
    _, dates = dates_of(STORY)
    reference = dates.reference()
    assert reference.date == dt.date(2024, 8, 20)
    assert reference.source == "dateline" and reference.year_assumed
    assert "October 2023" in reference.evidence


def test_an_assumed_dateline_year_knows_the_latest_past_event():
    text = "Headline\n\nBAKU, Aug. 20 (IANS) - The plant opened in March 2014, officials said.\n"
    _, dates = dates_of(text)
    reference = dates.reference()
    assert reference.year_assumed and reference.date == dt.date(2014, 8, 20)
    assert reference.earliest == dt.date(2014, 3, 1)


def test_a_stated_date_has_no_earliest_bound():
    _, dates = dates_of("---\ndate: 2016-03-07\n---\n\nThe plant opened in 2014.\n", "story.md")
    assert dates.reference().earliest is None


def test_monday_before_a_tuesday_dateline_is_the_day_before():
    _, dates, monday = expression(STORY, "Monday")
    assert dates.resolve(monday, dates.reference()).date == dt.date(2024, 8, 19)


def test_weekday_evidence_chooses_the_year():
    text = (
        "Headline\n\nLONDON, Aug. 20 (Reuters) - The minister, who took office in 2019, "
        "met his counterpart on Friday, Aug. 16.\n"
    )
    _, dates = dates_of(text)
    reference = dates.reference()
    # 2019 is told as past; Aug. 16 was a Friday in 2019 itself
    assert reference.date.year == 2019 and reference.year_assumed


def test_no_year_to_infer_means_no_reference():
    _, dates = dates_of("Headline\n\nBaku, Aug 20 (IANS): Talks resumed in the capital.\n")
    assert dates.dateline is not None
    assert dates.reference() is None


def test_the_command_line_date_comes_first():
    text = "---\ndate: 2016-03-07\n---\nHeadline\n\nLONDON, Aug. 20, 2015 (Reuters) - Talks.\n"
    _, dates = dates_of(text, "story.md")
    assert dates.reference(dt.date(2020, 1, 2)).date == dt.date(2020, 1, 2)
    assert dates.reference(dt.date(2020, 1, 2)).source == "option"


def test_front_matter_comes_before_the_dateline():
    text = "---\ndate: 2016-03-07\n---\n# Headline\n\nLONDON, Aug. 20, 2015 (Reuters) - Talks.\n"
    doc, dates = dates_of(text, "story.md")
    reference = dates.reference()
    assert reference.date == dt.date(2016, 3, 7) and reference.source == "front_matter"
    assert doc.text[reference.start : reference.end] == "date: 2016-03-07"


def test_front_matter_date_as_a_string():
    text = "---\ndate: \"March 01, 2008\"\n---\n# Headline\n\nText.\n"
    _, dates = dates_of(text, "story.md")
    assert dates.reference().date == dt.date(2008, 3, 1)


def test_a_dateline_with_its_year():
    _, dates = dates_of("Headline\n\nNEW YORK, Nov. 19, 2015 (UPI) — Talks resumed.\n")
    assert dates.reference() .date == dt.date(2015, 11, 19)


def test_a_date_on_its_own_line_under_the_headline():
    _, dates = dates_of("Airbus wins contract\nMarch 01, 2008\nThe company won.\n")
    assert dates.reference().date == dt.date(2008, 3, 1)


def test_no_date_at_all_means_no_reference():
    _, dates = dates_of("Headline\n\nWASHINGTON (AP) — Talks resumed on Monday.\n")
    assert dates.dateline is not None and dates.dateline.date is None
    assert dates.reference() is None


# -- resolution ---------------------------------------------------------------------------


def resolve(text: str, surface: str, story: dt.date) -> str:
    _, dates, e = expression(text, surface)
    return dates.resolve(e, dates.reference(story)).value


@pytest.mark.parametrize(
    "text, surface, story, value",
    [
        ("Putin spoke on Monday.", "Monday", dt.date(2024, 8, 20), "2024-08-19"),
        ("The vote will be held on Monday.", "Monday", dt.date(2024, 8, 20), "2024-08-26"),
        ("He said Friday that he would appeal.", "Friday", dt.date(2000, 1, 15), "2000-01-14"),
        ("He left last Tuesday.", "last Tuesday", dt.date(2024, 8, 20), "2024-08-13"),
        ("Officials met Nov. 17.", "Nov. 17", dt.date(1989, 10, 26), "1989-11-17"),
        ("Sales for the year ended March 31 fell.", "March 31", dt.date(1989, 11, 1), "1989-03-31"),
        ("Talks resume Jan. 3.", "Jan. 3", dt.date(2015, 12, 30), "2016-01-03"),
        ("The talks ended yesterday.", "yesterday", dt.date(2024, 8, 20), "2024-08-19"),
        ("Prices fell last month.", "last month", dt.date(2024, 1, 20), "2023-12"),
        ("The plant closed a year ago.", "a year ago", dt.date(2024, 1, 20), "2023"),
        ("Sales rose earlier this year.", "earlier this year", dt.date(2024, 8, 20), "2024"),
        ("It happened on Feb. 8, 2016.", "Feb. 8, 2016", dt.date(2024, 8, 20), "2016-02-08"),
    ],
)
def test_resolution(text, surface, story, value):
    assert resolve(text, surface, story) == value


def test_nearest_year():
    assert nearest_year(12, 30, dt.date(2016, 1, 4)) == 2015
    assert nearest_year(1, 3, dt.date(2015, 12, 30)) == 2016
    assert nearest_year(6, 1, dt.date(2015, 6, 3)) == 2015


# -- tense --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, tense",
    [
        ("Ada Finch, who retired in 2003, saw that.", "2003", "past"),
        ("The first ferries will be launched in 2004.", "2004", "future"),
        ("The company is expected to finish in 2018.", "2018", "future"),
        ("In 2019 the factory closed its doors.", "2019", "past"),
        ("Spending has increased since 2010.", "2010", "past"),
        ("The plant in 2019.", "2019", "unknown"),
        # a word in -ed after a preposition describes a noun; it is no past-tense verb
        ("The plan to open by 2019 would put Zürich in uncharted territory.", "2019", "future"),
        # ", and" before a new subject, perhaps after a phrase of time, opens a clause of its own
        ("In 2019 the mill in Zürich will close, and in 2012 it opened.", "2012", "past"),
        ("In 2019 the mill in Zürich will close, and in 2012 it opened.", "2019", "future"),
        ("The mill will close, and she left in 2012.", "2012", "past"),
        ("In 2011, the mill closed, and in 2012, the Zürich bank sold it.", "2012", "past"),
        # "left" before its object's determiner is a verb, before a noun an adjective
        ("The ruling left the 2012 law in place.", "2012", "past"),
        ("The left wing of the 2012 party.", "2012", "unknown"),
        # what someone is accused or praised for is something done
        ("Zoë is accused of plotting two attacks in 2012.", "2012", "past"),
        ("Zoë is accused of plotting to attack the base in 2012.", "2012", "present"),
        # irregular pasts derived from the verb data, prefixed ones too
        ("The Zürich board oversaw the sale in 2012.", "2012", "past"),
        ("The mill underwent repairs in 2012.", "2012", "past"),
        ("Few foresaw the crash of 2012.", "2012", "past"),
        # a plan set against what happened is no past-tense verb: the verb that happened is
        ("Sales in Zürich rose more than expected in 2012.", "2012", "past"),
        ("In 2012, a year later than planned, the Zürich mill opened.", "2012", "past"),
        # "as opposed to" is no plan set against an outcome: its "opposed" stays a past cue
        ("One in five in Zürich, as opposed to one in three in 2012.", "2012", "past"),
    ],
)
def test_tense(text, surface, tense):
    _, dates, e = expression(text, surface)
    assert dates.tense(e.start, e.end).tense == tense


@pytest.mark.parametrize(
    "text, tense",
    [
        ("will play the side that beat them in 2012", "past"),  # the subject of "beat" is "that"
        ("will say that sales in Zürich fell in 2012", "past"),
        ("will buy the plant that will open in 2012", "future"),
        ("will close that plant in 2012", None),  # "that" before a noun: no clause, no verb
        ("will close the plant in 2012", None),
    ],
)
def test_the_tense_of_a_relative_or_that_clause(text, tense):
    own = relative_clause_tense(text, 0, text.index("2012"))
    assert (own.tense if own else None) == tense


@pytest.mark.parametrize(
    "text, clause",
    [
        # a year inside a relative clause belongs to it alone
        ("The lease, which lapses in 2031, was sold on Monday.", ", which lapses in 2031"),
        # a year outside it belongs to the clause with the relative clause left out
        ("The mill, which shut in 2009, will reopen in 2031.", "The mill , will reopen in 2031."),
        # ", and" before a new subject and a semicolon end a clause
        ("Prices fell, and they will rise again in 2031.", "they will rise again in 2031."),
        ("The vote was held; the count comes in 2031.", " the count comes in 2031."),
        ("Sales rose in 2031 and profits fell.", "Sales rose in 2031 and profits fell."),
        # a comma before the relative clause's verb sets off a phrase inside it
        ("Zoë, who in 2031, after a long fight, won the seat, is a minister.",
         ", who in 2031, after a long fight, won the seat"),
    ],
)
def test_the_own_clause_of_a_year(text, clause):
    start = text.index("2031")
    left, right = clause_bounds(text, 0, len(text), start, start + 4)
    assert own_clause(text, left, right, start, start + 4) == clause


def test_the_derived_past_forms_are_simple_pasts_the_verb_data_lists_and_only_verbs():
    from newslint.datafiles import data_words

    forms = data_words("past_forms.txt")
    assert {"oversaw", "underwent", "foresaw", "outgrew", "withdrew", "overtook"} <= forms
    # bases ("read", "put"), nouns or adjectives as well ("bit", "dove", "left") are out
    assert not forms & {"read", "put", "found", "bit", "dove", "left", "stove"}


def test_the_build_script_reproduces_the_shipped_past_forms():
    import sys
    from pathlib import Path

    scripts = Path(__file__).resolve().parent.parent / "scripts"
    sys.path.insert(0, str(scripts))
    try:
        from build_past_forms import OUT, past_forms, render
    finally:
        sys.path.remove(str(scripts))
    assert OUT.read_text(encoding="utf-8") == render(past_forms())


def test_a_word_in_ed_after_a_preposition_is_no_past_tense_cue():
    text = "Talks in uncharted territory with limited time ended."
    assert [word for _, kind, word in clause_cues(text, 0, len(text)) if kind == "past"] == ["ended"]


# -- robustness ---------------------------------------------------------------------------

DATE_RULES = [r for r in all_rules(Settings()) if r.family == "date"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list("abc ,.()-:—\n\"“”'0123456789")
            + ["Aug. ", "May ", "Feb ", "Monday", "Tuesday ", "2016", "29", "31", "in ", "will ",
               "was ", "yesterday", "days later", "Baku, ", "(AP) ", "recent months", "\n\n"]
        ),
        max_size=60,
    ).map("".join),
    st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))),
)
def test_no_rule_or_analysis_raises_and_spans_stay_inside(text, story):
    doc = Document(text, path="story.txt")
    dates = doc.analysis("dates")
    for e in dates.expressions:
        assert 0 <= e.start < e.end <= len(text)
        dates.resolve(e, dates.reference(story))
    findings = check_document(doc, Settings(), DATE_RULES, Context(Settings(), story))
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(text)


@pytest.mark.parametrize(
    "text, surface",
    [
        ("She ran a failed 1999 bid for the mayoralty.", "1999"),
        ("Manafort worked the GOP's contested 2016 convention.", "2016"),
        ("She was the Republican 2012 nominee for the seat.", "2012"),
        # "both", "either" and "neither" stand before years as prepositions do
        ("Zoë carried the county in both 2012 and 2008.", "2012"),
        ("The mill in Zürich closed in either 2012 or 2013.", "2012"),
    ],
)
def test_a_year_before_an_election_or_event_noun_is_a_year(text, surface):
    expressions = Document(text).analysis("dates").expressions
    assert [e.text for e in expressions if e.kind == "year"][:1] == [surface]


@pytest.mark.parametrize(
    "text",
    ["The party won 1999 seats in the last vote.", "Police made 2016 arrests during the campaign."],
)
def test_a_count_before_a_noun_is_still_not_a_year(text):
    expressions = Document(text).analysis("dates").expressions
    assert not [e for e in expressions if e.kind == "year"]
