"""scripts/verify_languagetool_candidates.py's helpers: which LanguageTool matches are local
word edits, whether a proposal is the annotators' correction, and how the counts judge one."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import verify_languagetool_candidates as v  # noqa: E402


def _match(text: str, covered: str, *replacements: str) -> dict:
    start = text.index(covered)
    return {"rule": "X", "category": "GRAMMAR", "start": start, "end": start + len(covered),
            "replacements": list(replacements)}


def test_tokens_are_lower_case_and_numbers_one_token():
    assert v.tokens_of("The Mayor’s 1,200 votes in Ağdam.") == ["the", "mayor's", "0", "votes", "in", "ağdam", "."]


def test_a_word_put_in_is_a_local_edit_with_the_shared_words_set_aside():
    text = "The council bought new bus for the town."
    left, written, proposed, right = v.local(text, _match(text, "new bus", "a new bus"))
    assert (written, proposed) == ([], ["a"])
    assert left[-1] == "bought" and right[:2] == ["new", "bus"]


def test_capitals_punctuation_and_long_rewrites_are_not_local_edits():
    text = "the council met on Tuesday, and the mayor said the vote would come within the next week."
    assert v.local(text, _match(text, "the council", "The council")) is None
    assert v.local(text, _match(text, "Tuesday,", "Tuesday")) is None
    long_span = "the mayor said the vote would come"
    assert v.local(text, _match(text, long_span, "officials expect a decision soon after")) is None
    assert v.local(text, _match(text, "the council")) is None  # no replacement proposed


def test_a_proposal_is_the_correction_only_when_the_sentences_agree():
    text = "The mayor have signed the budget on Monday."
    edit = {"span": [text.index("have"), text.index("have") + 4], "correction": "has"}
    assert v.proposes_fix(text, _match(text, "mayor have", "mayor has"), edit, "mayor has")
    assert not v.proposes_fix(text, _match(text, "have signed", "had signed"), edit, "had signed")


def test_the_gap_counts_favour_than_after_more_and_not_the_reverse():
    text = "The fire destroyed more that 100 homes near the river."
    slip = v.judged(text, _match(text, "that", "than"))
    right = "The fire destroyed more than 100 homes near the river."
    back = v.judged(right, _match(right, "than", "that"))
    assert slip["gap"] > 0 > back["gap"]


def test_the_pair_counts_favour_the_common_reading_of_a_content_word():
    text = "The storm damaged the roof of the public libary on Friday."
    judged = v.judged(text, _match(text, "libary", "library"))
    assert judged["gap"] is None and judged["pair"] > 0
