"""The punctuation rules (P) on whole drafts: messages, suggestions and hard-wrapped copy."""

from __future__ import annotations

from newslint.api import lint_text


def findings(text: str, code: str):
    return [f for f in lint_text(text, path="story.txt") if f.code == code]


def test_a_paragraph_ending_with_a_comma_is_never_offered_a_stop_after_it():
    found = findings("Headline\n\nThe minister called the rival a xenophobe,\n", "P101")
    assert len(found) == 1
    assert found[0].suggestions == ("xenophobe.",)
    assert "comma" in found[0].message


def test_a_paragraph_without_its_stop_gets_one():
    found = findings("Headline\n\nThe two councils resumed talks in October in Leeds\n", "P101")
    assert [f.suggestions for f in found] == [("Leeds.",)]


LONG = (
    "The council's engineers said the whole scheme would take at least four years to finish, "
    "longer than planned."
)


def test_lines_of_a_hard_wrapped_paragraph_are_not_paragraphs_without_a_stop():
    text = (
        "Headline\n\n"
        + LONG
        + "\n\nThe mayor, who spoke at length about the plans for the new bridge\n"
        "over the river and its costs, said the work would start soon,\n"
        "and that the contracts had been signed.\n"
    )
    assert findings(text, "P101") == []


def test_a_line_that_ends_its_paragraph_is_still_checked_in_a_long_lined_draft():
    text = "Headline\n\n" + LONG + "\n\nThe mayor said the work on the bridge would start soon\n"
    assert [f.suggestions for f in findings(text, "P101")] == [("soon.",)]
    # the next line starts a new sentence with a capital: the line ends a paragraph of its own
    text = (
        "Headline\n\n" + LONG + "\nThe mayor said the work on the bridge would start soon\n"
        "Residents said they had not been asked.\n"
    )
    assert [f.suggestions for f in findings(text, "P101")] == [("soon.",)]
