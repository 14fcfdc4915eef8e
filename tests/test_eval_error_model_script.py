"""scripts/eval_error_model.py's helpers: the word before a slip, found by searching back from
the slip (not from the draft's start), and where a draft's body starts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import eval_error_model as eem  # noqa: E402

TEXT = (
    "Harbour notes\n\nThe ferry left the quay at dawn while a "
    + "x" * 150
    + " gull circled and the crew's mate-of-watch waved to us. "
)


def _from_start(text: str, pos: int):
    return eem._PREVIOUS_WORD.search(text, 0, pos)


@pytest.mark.parametrize("pos", range(len(TEXT) + 1))
def test_previous_word_matches_a_search_from_the_start(pos):
    expected, found = _from_start(TEXT, pos), eem.previous_word(TEXT, pos)
    assert (expected and expected.span()) == (found and found.span())


def test_previous_word_reaches_back_past_the_window_for_a_long_word():
    pos = TEXT.index(" gull") + 1
    found = eem.previous_word(TEXT, pos)
    assert found.group() == "x" * 150 + " "


def test_previous_word_keeps_apostrophes_and_hyphens():
    pos = TEXT.index("waved")
    assert eem.previous_word(TEXT, pos).group() == "mate-of-watch "
    assert eem.previous_word(TEXT, TEXT.index("mate")).group() == "crew's "


def test_body_starts_after_the_title_and_blank_line():
    assert eem._body_start("Title\n\nBody text here.") == len("Title\n\n")


def test_body_starts_at_zero_without_a_blank_line():
    assert eem._body_start("One paragraph, no title line.") == 0
