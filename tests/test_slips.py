"""G313 (a function word dropped) and G314 (one too many), on invented sentences, with the
shipped counts (newslint/data/slip_counts.bin)."""

from __future__ import annotations

from newslint.checks.determiners import TwoDeterminers
from newslint.checks.missing_article import MissingArticle
from newslint.checks.missing_infinitive_to import MissingInfinitiveTo
from newslint.checks.slips import (
    ExtraFunctionWord,
    MissingFunctionWord,
    backoff,
    class_counts,
    pair_counts,
    token_key,
    triple_count,
    word_class,
)
from newslint.config import Settings
from newslint.document import Document
from newslint.engine import check_document
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


def engine_codes(rules, text: str) -> list[tuple[str, str]]:
    """(code, text covered) of each finding the engine reports with ``rules`` selected."""
    doc = Document(text, path="story.txt")
    return [(f.code, doc.text[f.start : f.end]) for f in check_document(doc, Settings(), rules, Context(Settings()))]


def test_gives_way_to_the_missing_word_rules():
    text = "Headline\n\nThe mayor is going be late, as result of the storm.\n"
    assert [t for t, _, _ in findings(MissingFunctionWord(), text)] == ["going be", "as result"]
    # alone it reports both; beside G312 and G303 (as by default) the engine keeps theirs
    assert engine_codes([MissingFunctionWord()], text) == [("G313", "going be"), ("G313", "as result")]
    theirs = [MissingInfinitiveTo(), MissingArticle()]
    assert engine_codes([MissingFunctionWord(), *theirs], text) == [("G312", "going be"), ("G303", "result")]
    assert engine_codes([*theirs, MissingFunctionWord()], text) == [("G312", "going be"), ("G303", "result")]


def test_gives_way_only_on_the_other_rules_span():
    text = "Headline\n\nThe mayor is going be late. The hall is one the largest.\n"
    assert engine_codes([MissingFunctionWord(), MissingInfinitiveTo()], text) == [
        ("G312", "going be"),
        ("G313", "one the"),
    ]


def test_headings_and_names_are_not_judged():
    text = "# One the best\n\nThe fans of Arsenal The club sang. He is one the best.\n"
    assert [t for t, _, _ in findings(MissingFunctionWord(), text, path="story.md")] == ["one the"]


def test_extra_word_between_common_neighbours():
    found = findings(ExtraFunctionWord(), "Headline\n\nCrowds gathered during of the parade and sang in the rain.\n")
    assert [(t, s) for t, _, s in found] == [("during of", ("during",))]


def test_extra_word_gives_way_to_two_determiners():
    text = "Headline\n\nShe gave one of a her books to a friend.\n"
    assert engine_codes([ExtraFunctionWord()], text) == [("G314", "of a")]
    assert engine_codes([ExtraFunctionWord(), TwoDeterminers()], text) == [("G301", "a her")]


def test_clean_copy_is_silent():
    text = (
        "Headline\n\nThe council met on Tuesday to discuss the budget. Members of the public were"
        " invited to speak, and several residents said the cuts would hurt the town's libraries."
        " The leader of the council, Zoë Müller, said no decision had been made and that a vote"
        " would take place next month.\n"
    )
    assert findings(MissingFunctionWord(), text) == []
    assert findings(ExtraFunctionWord(), text) == []


def test_backed_off_counts_judge_a_pair_the_word_counts_do_not_know():
    # "use" (a noun) + an adjective: hardly ever; "use of" + an adjective: often
    f, m, n = backoff.missing_left("use", "N", "J")
    assert f == "of" and m >= 30 * (n + 1)
    assert pair_counts("use", "telluric") == (0, "", 0)  # the word counts know nothing of it
    assert backoff.coarse("VBD") == "VD" and backoff.coarse("JJR") == "J" and backoff.coarse(",") == "."
    assert backoff.key_word("Today’s") == "today's" and backoff.key_word("1990") == "0"
    text = "Headline\n\nEngineers studied the use telluric currents for the survey.\n"
    assert [(t, s) for t, _, s in findings(MissingFunctionWord(), text)] == [
        ("use telluric", ("use of telluric",))
    ]


def test_backed_off_counts_leave_phrases_of_time_clefts_and_articles_after_prepositions():
    text = (
        "Headline\n\nAll we can do is wait. Ferries ran from island to island every week,"
        " and the firm made a new connection every ten seconds.\n"
    )
    assert findings(MissingFunctionWord(), text) == []
