"""G313 (a function word dropped) and G314 (one too many), on invented sentences, with the
shipped counts (newslint/data/slip_counts.bin)."""

from __future__ import annotations

from newslint.checks.missing_preposition import MissingPreposition
from newslint.checks.slips import (
    ExtraFunctionWord,
    MissingFunctionWord,
    class_counts,
    pair_counts,
    token_key,
    triple_count,
    word_class,
)
from newslint.config import Settings
from newslint.document import Document
from newslint.rule import Context


def findings(rule, text: str, path: str = "story.txt"):
    doc = Document(text, path=path)
    return [(doc.text[f.start : f.end], f.severity, f.suggestions) for f in rule.run(doc, Context(Settings()))]


def test_counts_say_which_word_is_missing():
    n, word, m = pair_counts("one", "the")
    assert word == "of" and m >= 100 * (n + 1)
    assert pair_counts("of", "the")[1] == ""  # a common pair with no word missing
    assert pair_counts("zzqx", "the") == (0, "", 0)
    assert triple_count("during", "of", "the") is None  # hardly ever written
    assert (triple_count("in", "the", token_key("1990s")) or 0) > 1000  # "in the 1990s"
    assert token_key("1998") == token_key("12,000") == "0"


def test_missing_word_is_reported_with_its_suggestion():
    found = findings(MissingFunctionWord(), "Headline\n\nThe hall is one the largest in Leeds, and it can used for weddings.\n")
    assert [(text, suggestions) for text, _, suggestions in found] == [
        ("one the", ("one of the",)),
        ("can used", ("can be used",)),
    ]
    assert {severity for _, severity, _ in found} == {"info"}


def test_a_word_known_too_little_is_judged_by_its_kind():
    # "interested" + a verb in -ing is hardly ever written; with "in" between, often
    assert word_class("expanding") == "v|ing" and word_class("the") is None
    n, word, m = class_counts("interested", "v|ing")
    assert word == "in" and m >= 100 * (n + 1)
    found = findings(MissingFunctionWord(), "Headline\n\nThe firm is interested expanding abroad.\n")
    assert [(t, s) for t, _, s in found] == [("interested expanding", ("interested in expanding",))]
    assert findings(MissingFunctionWord(), "Headline\n\nThe firm is interested in expanding abroad.\n") == []


def test_gives_way_to_the_missing_preposition_rule():
    text = "Headline\n\nTurnout rose by a third, according the council.\n"
    assert [t for t, _, _ in findings(MissingPreposition(), text)] == ["according"]
    assert findings(MissingFunctionWord(), text) == []


def test_headings_and_names_are_not_judged():
    text = "# One the best\n\nThe fans of Arsenal The club sang. He is one the best.\n"
    assert [t for t, _, _ in findings(MissingFunctionWord(), text, path="story.md")] == ["one the"]


def test_extra_word_between_common_neighbours():
    found = findings(ExtraFunctionWord(), "Headline\n\nCrowds gathered during of the parade and sang in the rain.\n")
    assert [(t, s) for t, _, s in found] == [("during of", ("during",))]


def test_extra_word_gives_way_to_two_determiners():
    text = "Headline\n\nShe gave one of a her books to a friend.\n"
    assert findings(ExtraFunctionWord(), text) == []


def test_clean_copy_is_silent():
    text = (
        "Headline\n\nThe council met on Tuesday to discuss the budget. Members of the public were"
        " invited to speak, and several residents said the cuts would hurt the town's libraries."
        " The leader of the council, Zoë Müller, said no decision had been made and that a vote"
        " would take place next month.\n"
    )
    assert findings(MissingFunctionWord(), text) == []
    assert findings(ExtraFunctionWord(), text) == []
