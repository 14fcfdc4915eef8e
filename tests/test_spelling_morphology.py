"""Word formation for the spelling rule: coinages from parts the dictionary has are words,
slips that look like them are not; and the story's own abbreviations and names."""

from __future__ import annotations

import pytest

from newslint.analysis import lexicon as lx
from newslint.checks.spelling import morphology
from newslint.config import Settings
from newslint.document import Document
from newslint.engine import all_rules, check_document
from newslint.rule import Context

# S101 and S103 between them report the words no lexicon has (S103 the real but rare ones).
NON_WORD_RULES = [rule for rule in all_rules(Settings()) if rule.code in ("S101", "S103")]


def flagged_words(text: str) -> list[str]:
    """The words S101 reports and the rare words the walk hands S103 (which asks about one
    only where its neighbours want the common word: ``rare.slip_in_context``)."""
    doc = Document(text, path="draft.txt")
    found = {(f.start, f.end) for f in check_document(doc, Settings(), NON_WORD_RULES, Context(Settings()))}
    found |= {(v.start, v.end) for v in doc.analysis("spelling").verdicts(Settings()) if v.kind == "rare"}
    return [doc.text[start:end] for start, end in sorted(found)]


@pytest.mark.parametrize(
    "word, parse",
    [
        ("interclan", "inter+clan"),
        ("nonregistered", "non+registered"),
        ("ultrawealthy", "ultra+wealthy"),
        ("telecentre", "tele+centre"),
        ("monarchian", "monarch+ian"),
        ("monarchianism", "monarch+ian+ism"),
        ("phenylboronic", "phenyl+boronic"),
    ],
)
def test_coinages_from_a_prefix_suffix_or_chemical_parts(word, parse):
    assert not lx.is_word(word)  # else the test shows nothing
    assert morphology.formed(word) == parse


@pytest.mark.parametrize(
    "slip",
    [
        "outweight",  # out + weight, but one slip from "outweigh"
        "desing",  # de + sing, one slip from "design"
        "despit",  # de + spit, one slip from "despite"
        "refrom",  # re + from: a function word takes no prefix
        "retory",  # re + tory: "re" goes on verbs, "tory" is a noun
        "puppetser",  # a suffix goes on the singular
        "underwriteer",  # write + er is "writer"
        "tricolourr",  # a number alone makes no chemical name
    ],
)
def test_slips_that_look_like_parts_are_not_formed_words(slip):
    assert not lx.is_word(slip)
    assert morphology.formed(slip) is None


def test_a_story_that_writes_a_coinage_twice_means_it():
    # "defund" is one slip from "defend": alone it is checked, written twice it is meant.
    assert morphology.formed("defund") is None
    assert morphology.formed("defund", guarded=False) == "de+fund"
    assert flagged_words("Talks resume\n\nThe bill would defund the agency.\n") == ["defund"]
    text = "Talks resume\n\nThe bill would defund the agency. Defunding it saves money, and defunding is popular.\n"
    assert flagged_words(text) == []
    # A word and its slip are no two forms of one coinage ("un" + "till" is one slip from "until").
    assert flagged_words("Talks resume\n\nThe shop stays open until six, the bar untill late.\n") == ["untill"]


def test_coinages_in_a_draft_are_not_flagged_but_slips_are():
    text = (
        "Talks resume\n\n"
        "“Interclan feuds and ultrawealthy donors,” said Zoë Müller, “worry nonregistered voters.”\n\n"
        "The benefits outweight the costs, and the tyring work goes on.\n"
    )
    assert flagged_words(text) == ["outweight", "tyring"]


def test_an_abbreviation_spelled_out_before_its_brackets():
    text = "Talks resume\n\nThe field pumps 40,000 barrels per day (bpd). It will pump 55,000 bpd.\n"
    assert flagged_words(text) == []
    # Brackets after words whose initials do not fit are no definition.
    assert flagged_words("Talks resume\n\nOutput rose sharply (bpd) last year.\n") == ["bpd"]


def test_initials_must_end_with_the_last_word():
    fits = lx._initials_fit
    assert fits("mpg", ["miles", "per", "gallon"])
    assert fits("bpd", ["barrels", "of", "oil", "per", "day"])
    assert not fits("bpd", ["barrels", "per", "day", "rose"])
    assert not fits("abc", ["a", "b"])


def test_a_word_said_twice_over_is_no_slip():
    assert flagged_words("Talks resume\n\nThe neighbours went tsk tsk at the noise.\n") == []
    assert flagged_words("Talks resume\n\nThe neighbours went tsk at the noise.\n") == ["tsk"]


def test_the_first_word_of_a_name_opening_a_sentence():
    assert flagged_words("Talks resume\n\nAgian spoke first.\n") == ["Agian"]
    assert flagged_words("Talks resume\n\nAgian Brandauer, its chairman, spoke first.\n") == []
    # One slip from "again", but a name the counts' Wikipedia text writes often.
    assert flagged_words("Talks resume\n\nAlain spoke first.\n") == []
    assert flagged_words("Talks resume\n\nTeh President spoke first.\n") == ["Teh"]


def test_a_plural_in_ies_of_a_common_word():
    assert flagged_words("Talks resume\n\nBoth hereditaries and appointees kept their seats.\n") == []


def test_hyphenated_coinages_and_slips():
    # two parts no dictionary has, or a suffix written apart: a coinage
    assert flagged_words("Talks resume\n\nHis debate-itis bored the okey-dokeying aides.\n") == []
    # one slip beside a word, even beside a suffix that is a word
    text = "Talks resume\n\nThe anti-goverment bloc and goverment-like bodies met.\n"
    assert flagged_words(text) == ["goverment", "goverment"]


def test_a_passage_in_another_language_but_not_three_slips():
    assert flagged_words("Talks resume\n\n“Non tutte le ciambelle riescono col buco,” she said.\n") == []
    text = "Talks resume\n\nThe goverment and the minstry met the offical team.\n"
    assert flagged_words(text) == ["goverment", "minstry", "offical"]


def test_a_dropped_g_and_letters_left_out():
    assert flagged_words("Talks resume\n\nHe was talkin' fast, and called the rival a p–sy.\n") == []
    assert flagged_words("Talks resume\n\nHe was talkin fast.\n") == ["talkin"]


def test_three_slips_close_together_are_no_foreign_passage():
    text = "Talks resume\n\nIn the new millenium they harrass people, he said publically.\n"
    assert flagged_words(text) == ["millenium", "harrass", "publically"]
