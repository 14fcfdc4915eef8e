"""The consistency rules (C) beyond their own examples: messages, related places, options."""

from __future__ import annotations

import pytest

from newslint.config import Settings
from newslint.document import Document
from newslint.engine import all_rules, check_document, is_selected
from newslint.errors import NewslintError
from newslint.rule import Context

RULES = {rule.code: rule for rule in all_rules(Settings()) if rule.code.startswith("C")}


def run(code: str, text: str, settings: Settings | None = None, path: str = "story.txt"):
    settings = settings or Settings()
    doc = Document(text, path=path)
    findings = check_document(doc, settings, [RULES[code]], Context(settings))
    return doc, findings


STORY = """Harlow denies resignation report

Maria Harlow has denied reports she told Simon Trent she would step down before the vote.

The memoir, by reporter Helen Carden, said the pair had "deep distrust" of each other.

According to Ms Carden the first minister said: "Stand by me until the spring."

Ms Cardne told BBC News the relationship had soured, and Mr Trent's allies agreed.
"""


def test_name_variant_names_the_usual_spelling_and_its_places():
    doc, findings = run("C101", STORY)
    assert len(findings) == 1
    finding = findings[0]
    assert doc.text[finding.start : finding.end] == "Cardne"
    assert finding.suggestions == ("Carden",)
    assert '"Carden"' in finding.message and "twice" in finding.message
    assert [doc.text[r.start : r.end] for r in finding.related] == ["Carden", "Carden"]
    assert finding.line == 9 and finding.severity == "warning"


def test_name_variant_silent_when_the_story_is_consistent():
    _, findings = run("C101", STORY.replace("Cardne", "Carden"))
    assert findings == []


def test_name_variant_ambiguous_between_two_names_is_silent():
    text = "Headline\n\nMr Bryan met Mr Brian. Mr Bryan spoke. Mr Brian spoke. Mr Brain left."
    _, findings = run("C101", text)
    assert findings == []


def test_mixed_spelling_reports_each_minority_word_with_the_other_form():
    text = (
        "Headline\n\nThe organisation criticised the plan. The colour of the centre was "
        "debated, and the color of the flag was organized by the council."
    )
    doc, findings = run("C102", text)
    assert [doc.text[f.start : f.end] for f in findings] == ["color", "organized"]
    assert [f.suggestions for f in findings] == [("colour",), ("organised",)]
    assert "British" in findings[0].message


def test_mixed_spelling_follows_the_configured_variety():
    text = "Headline\n\nThe organization criticized the plan but the colour stayed."
    _, findings = run("C102", text)
    assert len(findings) == 1
    _, findings = run("C102", text, Settings(spelling="en-GB"))
    assert len(findings) == 2
    assert all("house style" in f.message for f in findings)


def test_mixed_spelling_needs_a_majority():
    _, findings = run("C102", "Headline\n\nThe colour was red at the center.")
    assert findings == []


def test_compound_variants_are_reported_once_with_every_place():
    text = (
        "Headline\n\nThe email came. Another email came. The e-mail went, and an e-mail returned."
    )
    doc, findings = run("C103", text)
    assert len(findings) == 1
    assert "1 more time" in findings[0].message
    assert len(findings[0].related) == 3


def test_open_compound_before_a_noun_is_advice():
    text = "Headline\n\nThe confidence-building measure worked. A confidence building step failed."
    _, findings = run("C103", text)
    assert [f.severity for f in findings] == ["info"]


def test_figure_given_two_ways_points_at_the_earlier_figure():
    text = (
        "Headline\n\nMost of its 80,000 hill farmers left.\n\nOfficials said the 8,000 "
        "hill farmers had gone."
    )
    doc, findings = run("C104", text)
    assert len(findings) == 1
    assert doc.text[findings[0].start : findings[0].end] == "8,000"
    assert findings[0].suggestions == ("80,000",)
    assert findings[0].related[0].line == 3


def test_figures_that_change_over_time_are_not_flagged():
    text = (
        "Headline\n\nThe number of hill farmers rose from 8,000 hill farmers in May "
        "to 80,000 hill farmers."
    )
    assert run("C104", text)[1] == []


def test_abbreviation_options_are_checked():
    settings = Settings(tables=(("consistency", {"known-abbreviationz": ["TUC"]}),))
    with pytest.raises(NewslintError):
        run("C105", "Headline\n\nThe TUC met. The Trades Union Congress (TUC) met.", settings)


def test_abbreviation_spelled_out_with_inner_capitals_and_linking_words():
    text = "Headline\n\nThe ORPS said so. The Office of the Regional Planning Secretary (ORPS) agreed."
    doc, findings = run("C105", text)
    assert [doc.text[f.start : f.end] for f in findings] == ["ORPS"]
    assert findings[0].severity == "info"


def test_surname_rule_is_off_by_default_and_can_be_selected():
    rule = RULES["C106"]
    assert not is_selected(rule, Settings())
    assert is_selected(rule, Settings(extend_select=("C106",)))


def test_consistency_rules_are_quiet_on_a_consistent_story():
    text = (
        "Ferris pledges support\n\nValletta, Aug 20 (Wire): Maltese Prime Minister Anton Ferris met "
        "Tunisian President Samir Belhadj in Valletta.\n\nFerris stressed the renewal of "
        "ties between Tunisia and Libya. Most of its 40,000 migrant workers returned "
        "to neighbouring Libya.\n\nThe talks were hosted by the UN, Italy and France, "
        "and Libyan Prime Minister Omar Sallah welcomed the trust-building "
        "measure.\n"
    )
    for code in RULES:
        assert run(code, text)[1] == [], code


def test_keystroke_slip_between_two_names_used_once():
    from newslint.checks.consistency.similarity import edit_kind, keystroke_slip

    assert edit_kind("kestrelfrod", "kestrelford") == "swap"
    assert edit_kind("hallinngbury", "hallingbury") == "double"
    assert edit_kind("hallingbury", "hallinngbury") == "drop"
    assert edit_kind("marsdon", "marsden") == "replace"
    assert edit_kind("marsden", "marsden") is None
    assert edit_kind("abcd", "dcba") is None
    # only the odder of the two spellings is the slip
    assert keystroke_slip("Kestrelfrod", "Kestrelford") and not keystroke_slip("Kestrelford", "Kestrelfrod")
    assert keystroke_slip("Hallinngbury", "Hallingbury") and not keystroke_slip("Hallingbury", "Hallinngbury")
    # an English word is no slip, and a changed letter needs a clear difference
    assert not keystroke_slip("Slate", "State")
    assert not keystroke_slip("Taleban", "Taliban") and not keystroke_slip("Taliban", "Taleban")


def test_slip_flags_one_spelling_of_two_used_once():
    text = "Talks\n\nKestrelford Homes owns the land. The founder of Kestrelfrod Homes agreed."
    doc, findings = run("C101", text)
    assert [doc.text[f.start : f.end] for f in findings] == ["Kestrelfrod"]
    assert findings[0].suggestions == ("Kestrelford",)
    # the other way round, the later spelling is the one flagged, whichever reads more like
    # English: a story slips at a later use (the finding shows both places)
    text = "Talks\n\nKestrelfrod Homes owns the land. The founder of Kestrelford Homes agreed."
    doc, findings = run("C101", text)
    assert [doc.text[f.start : f.end] for f in findings] == ["Kestrelford"]
    assert [doc.text[r.start : r.end] for r in findings[0].related] == ["Kestrelfrod"]
    # a later spelling that is a word is no slip: the odder spelling by its letters is flagged
    text = "Talks\n\nThe Quonr hunt met. A member of the Quorn hunt said so."
    doc, findings = run("C101", text)
    assert [doc.text[f.start : f.end] for f in findings] == ["Quonr"]


def test_bare_surname_after_a_full_name():
    text = "Talks\n\nThe plan came from Halvard Tromsbakken. Later, Tromsbaken said it had failed."
    doc, findings = run("C101", text)
    assert [doc.text[f.start : f.end] for f in findings] == ["Tromsbaken"]
    assert "at first reference" in findings[0].message
    # a first name alone is no reference back to a surname: Jolanta Kerr, then Jolana is a
    # later slip at most, not a later reference to the full name
    doc, findings = run("C101", "Talks\n\nJolanta Kerr spoke. Jolana said nothing.")
    assert "at first reference" not in " ".join(f.message for f in findings)
    # the bare form first, the full name later: no reference back to flag the bare form by
    text = "Talks\n\nTromsbaken spoke first. Then Halvard Tromsbakken said it had failed."
    doc, findings = run("C101", text)
    assert "Tromsbaken" not in [doc.text[f.start : f.end] for f in findings]
    # a name marked [sic] is neither flagged nor taken as the usual spelling
    text = "Talks\n\nHe sued Maren Brenninger [sic] last year. Maren Breninger said it was unfair."
    assert run("C101", text)[1] == []
    assert len(run("C101", text.replace(" [sic]", ""))[1]) == 1
