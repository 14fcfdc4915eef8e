"""scripts/eval_future_wiki.py: which sentences make future_before cases, on invented paragraphs."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import eval_future_wiki as harness  # noqa: E402


def _years(paragraph: str) -> list[int]:
    return [year for _, _, year in harness.plan_cases(paragraph)]


def test_plan_cases_take_years_the_future_wording_governs():
    assert _years("The new bridge over the river will open in 2012, the council says.") == [2012]
    assert _years("The museum is scheduled to reopen in the spring of 2011.") == [2011]


def test_plan_cases_leave_causes_plans_of_the_past_and_spans():
    assert _years("The match was cancelled due to heavy rain in 2005 and never replayed.") == []
    assert _years("The bridge was expected to open in 2012 but the work stalled.") == []
    assert _years("The agency plans to fund the network from 2013 to 2019 with new money.") == []


def test_made_cases_turn_the_verb_before_the_year_into_the_future():
    paragraph = "The old railway station in the town was rebuilt in 1998 by a local firm."
    made = list(harness.made_cases(paragraph, random.Random(1)))
    assert len(made) == 1
    text, start, end, year, note = made[0]
    assert year == 1998 and text[start:end] == "1998"
    assert "was rebuilt" not in text and "rebuilt in 1998" in text
    assert note.startswith("passive:")


def test_made_cases_use_the_base_of_a_regular_past():
    made = list(harness.made_cases("The company opened its first shop in the city in 1987.", random.Random(3)))
    text, start, end, year, note = made[0]
    assert year == 1987 and text[start:end] == "1987"
    assert any(form in text for form in ("will open", "is due to open", "is expected to open"))


def test_made_cases_skip_sentences_told_as_to_come():
    assert list(harness.made_cases("The company will open its first shop in the city in 1987.", random.Random(1))) == []
