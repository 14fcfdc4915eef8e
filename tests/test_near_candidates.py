"""The compiled candidates of S212 (data/near_candidates.*) say what computing them says."""

from __future__ import annotations

import sys
from pathlib import Path

from newslint.analysis.dictionary import _table
from newslint.api import lint_text
from newslint.checks.confusables import near_word, near_words
from newslint.config import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from build_near_candidates import judged  # noqa: E402


def _computed(word: str) -> tuple[str, ...]:
    return near_words.candidates(word, near_word.RATIO, near_word.INFLECTIONS)


def test_the_compiled_lists_match_the_computed_ones_on_a_sample_of_the_lexicon():
    # every 97th word of the lexicon that S212 judges: about 1,300 words, some with candidates
    sample = [word for word in list(_table())[::97] if judged(word)]
    assert len(sample) > 1000
    with_candidates = 0
    for word in sample:
        assert near_words.offered(word) == _computed(word), (
            f"{word}: data/near_candidates.* are out of date; run scripts/build_near_candidates.py"
        )
        with_candidates += bool(_computed(word))
    assert with_candidates > 100  # the sample reaches the words the table lists, not only its gaps


def test_known_slips_and_words_s212_does_not_judge():
    assert "patterns" in near_words.offered("patters")
    assert near_words.offered("patterns") == _computed("patterns")
    for word in ("the", "of", "Patters", "zzzzq", "", "3,000", "well-being"):
        assert near_words.offered(word) == ()


def test_the_rule_finds_the_same_with_compiled_and_computed_candidates(monkeypatch):
    text = (
        "Headline\n\nThe study looked at traffic patters in older towns. Some expects"
        " believe the fund will grow, and at the lower send of the market costs fell. The council"
        " approved a long-tern lease for the harbour and the roller-coasters of the park.\n"
    )
    settings = Settings(select=("S212",))
    compiled = [(f.line, f.column, f.suggestions) for f in lint_text(text, path="a.txt", settings=settings)]
    assert len(compiled) >= 3  # "long-tern" too: a compound, its part weighed without inflections
    monkeypatch.setattr(near_words, "offered", _computed)
    computed = [(f.line, f.column, f.suggestions) for f in lint_text(text, path="a.txt", settings=settings)]
    assert compiled == computed
