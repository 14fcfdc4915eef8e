"""The date rules (D) on whole drafts: messages, suggestions, reference dates and silence."""

from __future__ import annotations

import datetime as dt

from newslint.config import Settings
from newslint.document import Document
from newslint.engine import all_rules, check_document
from newslint.rule import Context

DATE_RULES = [r for r in all_rules(Settings()) if r.family == "date"]


def check(text: str, path: str = "story.txt", date: dt.date | None = None):
    doc = Document(text, path=path)
    findings = check_document(doc, Settings(), DATE_RULES, Context(Settings(), date))
    return doc, findings


DRAFT = (
    "Minister hails port deal after storm\n\n"
    "Valletta, Aug 20 (Wire): Malta's prime minister spoke after meeting his Tunisian counterpart "
    "on Monday, his office said.\n\n"
    "The storm in September 2023 closed the harbour for three weeks and ended a decade of growth "
    "in the region.\n\n"
    "Progress had slowed in recent months. The two governments reopened their talks towards the "
    "end of October 2023 in Rome.\n"
)


def test_a_year_less_dateline_is_resolved_and_said_so_as_info():
    doc, findings = check(DRAFT)
    # D105: "had slowed in recent months" came before talks resumed in October 2023, ten
    # months before Aug. 20, 2024 (the earliest the story can be)
    assert [f.code for f in findings] == ["D107", "D105"]
    assert doc.text[findings[1].start : findings[1].end] == "in recent months"
    assert "earliest year the story allows" in findings[1].message
    finding = findings[0]
    assert finding.severity == "info"
    assert doc.text[finding.start : finding.end] == "Aug 20"
    assert "2024 was assumed" in finding.message and "October 2023" in finding.message
    assert finding.suggestions == ("Aug 20, 2024",)


def test_the_command_line_date_silences_the_assumed_year():
    _, findings = check(DRAFT, date=dt.date(2024, 8, 20))
    assert [f.code for f in findings] == ["D105"]
    assert "earliest year" not in findings[0].message


def test_weekday_mismatch_gives_the_evidence_and_both_readings_without_a_fix():
    doc, findings = check("Headline\n\nThe rally was held on Friday, Feb. 8, 2016, in Concord.\n")
    assert [f.code for f in findings] == ["D101"]
    finding = findings[0]
    assert finding.severity == "error"
    assert "Feb. 8, 2016 was a Monday" in finding.message
    assert finding.suggestions == ("Monday, Feb. 8, 2016", "Friday, Feb. 5, 2016")
    assert not finding.fixable


def test_a_year_less_weekday_date_needs_the_story_date():
    text = "Headline\n\nVoters go to the polls on Sunday, June 14.\n"
    assert check(text)[1] == []
    _, findings = check(text, date=dt.date(2016, 6, 17))
    assert [f.code for f in findings] == ["D101"]
    assert "June 14, 2016 was a Tuesday" in findings[0].message


def test_front_matter_gives_the_story_date():
    text = "---\ndate: 2016-03-07\n---\n# Finch\n\nAda Finch, who retired in 2018, saw that.\n"
    doc, findings = check(text, path="story.md")
    assert [f.code for f in findings] == ["D103"]
    assert doc.text[findings[0].start : findings[0].end] == "2018"
    assert "March 7, 2016" in findings[0].message
    # the finding points to where the story's date is written
    related = findings[0].related[0]
    assert doc.text[related.start : related.end] == "date: 2016-03-07"


def test_front_matter_date_as_text():
    text = "---\ndate: \"2016-03-07\"\n---\n# Finch\n\nAda Finch, who retired in 2018, saw that.\n"
    _, findings = check(text, path="story.md")
    assert [f.code for f in findings] == ["D103"]


def test_no_story_date_means_the_tense_rules_stay_silent():
    text = "Headline\n\nAda Finch, who retired in 2018, saw that. The ferries will arrive in 2004.\n"
    assert check(text)[1] == []


def test_future_and_past_guards():
    story = dt.date(2016, 3, 7)
    quiet = [
        "The company said it expected to finish the plant in 2018.",
        "The plant is scheduled to open in 2018.",
        "Sales in fiscal 2017 rose 5 percent, the company said.",
        "Republicans looked ahead to the 2020 election.",
        "Ministers agreed to cut emissions by 2030.",
        "The lease ran until 2019.",
        "He said in 2012 that the jets would be late.",
        "Congress will repeal the 2010 law.",
        "Sales will be the highest since 2004.",
    ]
    for sentence in quiet:
        _, findings = check("Headline\n\n" + sentence + "\n", date=story)
        assert findings == [], (sentence, [f.message for f in findings])


def test_impossible_date_message():
    _, findings = check("Headline\n\nThe figures came out on April 31.\n")
    assert [f.code for f in findings] == ["D102"]
    assert findings[0].message == "\"April 31\" is not a date: April has 30 days."
    assert findings[0].suggestions == ("April 30",)


def test_impossible_february_counts_the_days_of_its_year_and_keeps_the_date_style():
    _, findings = check("Headline\n\nThe board met on 30 February 2025 in Leeds.\n")
    assert [f.code for f in findings] == ["D102"]
    assert "February has 28 days" in findings[0].message
    assert "29 days" not in findings[0].message
    assert findings[0].suggestions == ("28 February 2025",)
    _, findings = check("Headline\n\nThe board met on Feb. 30, 2024, in Ohio.\n")
    assert "2024 is a leap year, so February has 29 days" in findings[0].message
    assert findings[0].suggestions == ("Feb. 29, 2024",)
    _, findings = check("Headline\n\nThe board met on the 31st of April.\n")
    assert [f.suggestions for f in findings] == [("30th of April",)]


def test_dateline_after_the_front_matter_date():
    text = "---\ndate: 2024-08-20\n---\n# Talks\n\nLONDON, Aug. 25 (Reuters) - Talks resumed.\n"
    doc, findings = check(text, path="story.md")
    assert [f.code for f in findings] == ["D106"]
    assert doc.text[findings[0].start : findings[0].end] == "Aug. 25"


def test_yesterday_against_a_named_weekday():
    _, findings = check("Headline\n\nThe talks ended yesterday (Monday).\n", date=dt.date(2024, 8, 21))
    assert [f.code for f in findings] == ["D105"]
    assert "Tuesday" in findings[0].message


def test_a_later_year_that_cannot_be_right_says_why():
    story = dt.date(2016, 3, 7)
    cases = {
        "Bush entered the 2017 presidential race, Republicans said.": "no U.S. presidential election falls in 2017",
        "Assange has been held since December 2019.": "\"since\" can only look back",
        "Ostrova was mayor of Tallinn from 2019 to 2005.": "runs backwards",
        "Tariffs were lower in the early 2018s.": "not a decade",
        "Officials investigated the 2017 attack on the compound.": "\"attack\" can only be past",
    }
    for text, reason in cases.items():
        doc, findings = check(text, date=story)
        assert [f.code for f in findings] == ["D103"], text
        assert reason in findings[0].message, findings[0].message
        assert findings[0].severity == "warning"


def test_a_later_year_is_left_alone_when_the_words_allow_it():
    story = dt.date(2016, 3, 7)
    for text in (
        "Bush is preparing for the 2020 presidential race, Republicans said.",
        "Le Pen entered the 2017 French presidential race.",
        "Officials fear a 2017 attack could follow.",
        "The plan runs from 2015 to 2019.",
        "Tariffs were lower in the early 1990s.",
    ):
        _, findings = check(text, date=story)
        assert findings == [], text


def test_future_wording_right_before_an_earlier_year():
    _, findings = check("The final payment on the bonds is due in 2012.", date=dt.date(2015, 12, 1))
    assert [f.code for f in findings] == ["D104"]
    assert "(\"is due\")" in findings[0].message
    _, findings = check("The final payment on the bonds was due in 2012.", date=dt.date(2015, 12, 1))
    assert findings == []


def test_dates_under_a_scraped_widget_follow_no_story_date():
    text = (
        "Declared Candidates.\n\n2.\n\nof.\n\n17.\n\n"
        "Sen. Ed Lamb (D-Ohio) - Announced March 23, 2015\nLamb left the race May 3, 2016.\n"
    )
    _, findings = check(text, date=dt.date(2016, 2, 24))
    assert findings == []
    _, findings = check("Lamb left the race May 3, 2016.\n", date=dt.date(2016, 2, 24))
    assert [f.code for f in findings] == ["D103"]
