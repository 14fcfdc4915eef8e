"""Two-letter words: the lexicon keeps those a dictionary has and leaves out the abbreviations
and fragments only wordfreq's web text lists (scripts/build_spelling_data.py)."""

from __future__ import annotations

import pytest

from newslint.analysis import lexicon as lx
from newslint.config import Settings
from newslint.document import Document
from newslint.engine import all_rules, check_document
from newslint.rule import Context


@pytest.mark.parametrize("word", ["cn", "fn", "oj", "bg", "dh"])
def test_web_only_two_letter_strings_are_not_words(word):
    assert not lx.is_word(word)


@pytest.mark.parametrize("word", ["ox", "ad", "ah", "id", "ma", "ok", "by", "eh"])
def test_two_letter_dictionary_words_stay_words(word):
    assert lx.is_word(word)


def s_findings(text: str):
    settings = Settings()
    rules = [rule for rule in all_rules(settings) if rule.code in ("S101", "S103")]
    doc = Document(text, path="draft.txt")
    return [doc.text[f.start : f.end] for f in check_document(doc, settings, rules, Context(settings))]


def test_a_word_split_in_two_is_joined_into_a_word_not_a_web_fragment():
    # "a f" + "ull": the split is "f ull" ("full"), not "a f" ("af", a string only the web lists)
    assert s_findings("The mayor gave a f ull account of the budget on Friday.\n") == ["f ull"]


def test_a_two_letter_dictionary_word_in_a_sentence_is_not_reported():
    assert s_findings("The farmer led the ox along the lane, and the crowd said ah.\n") == []
