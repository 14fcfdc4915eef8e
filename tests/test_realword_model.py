"""The learned model of real-word slips among common words (scripts/realword_model.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import build_realword_model as build  # noqa: E402
import realword_model as learned  # noqa: E402
import eval_realword as harness  # noqa: E402


def test_count_codes_are_exact_for_small_counts_and_close_for_large():
    for count in range(7):
        assert learned.decode_count(learned.encode_count(count)) == count
    for count in (10, 99, 1234, 98765, 5_000_000):
        back = learned.decode_count(learned.encode_count(count))
        assert abs(back - count) / count < 0.05
    assert learned.encode_count(10**12) == 255


def test_hashed_counts_find_what_was_stored_and_nothing_else():
    store = learned.HashedCounts(learned.encode_counts({"T\x1fof\x1fthe\x1fcity": 40, "1\x1fthe": 3}))
    assert store.get("1\x1fthe") == 3
    assert abs(store.get("T\x1fof\x1fthe\x1fcity") - 40) <= 2
    assert store.get("1\x1fthey") == 0


def test_hashed_counts_reject_another_file():
    with pytest.raises(ValueError):
        learned.HashedCounts(b"NLWT2\0\0\0" + bytes(8))


def test_edit_kinds():
    assert learned.edit_kind("the", "they") == "insert"
    assert learned.edit_kind("and", "an") == "delete"
    assert learned.edit_kind("that", "than") == "substitute"
    assert learned.edit_kind("form", "from") == "swap"


def test_candidates_are_one_edit_apart_and_never_inflections():
    assert "they" in build.one_edit("the")
    assert "from" in build.one_edit("form")
    assert build.inflected("year", "years")
    assert build.inflected("use", "used")
    assert not build.inflected("the", "they")


def test_the_harness_slips_words_and_records_where(monkeypatch):
    import random

    monkeypatch.setattr(harness, "RATE", 1.0)
    text = "The mayor said that the plan would go ahead in the spring."
    new, made = harness.slipped(text, random.Random(5), {"the": ["they"], "that": ["than"]})
    assert new == "The mayor said than they plan would go ahead in they spring."
    for start, written, meant in made:
        assert new[start : start + len(written)] == written
    assert [(w, m) for _, w, m in made] == [("than", "that"), ("they", "the"), ("they", "the")]


CLEAN = (
    "The mayor said they would schedule an appointment with the council next week.",
    "Residents asked the council to schedule an appointment with the mayor.",
    "Parents can schedule an appointment with a teacher at any time.",
    "The firm said its profits were higher than ever before, and its shares rose.",
    "Prices are lower than ever before, the report said.",
    "They said the plan would work, and they would vote for it.",
)


def tiny_model(tmp_path, weights: dict[str, float], threshold: float) -> learned.Model:
    """A model whose counts come from the invented sentences above, each seen 20 times."""
    from collections import Counter

    words = {"an", "and", "than", "that", "the", "they"}
    counts: Counter = Counter()
    for _ in range(20):
        for text in CLEAN:
            build.count_paragraph(text, words, counts, tag=False)
    candidates = {"and": ("an",), "an": ("and",), "that": ("than",), "than": ("that",)}
    vector = [weights.get(name, 0.0) for name in learned.NAMES]
    store = tmp_path / "counts.bin"
    store.write_bytes(build.write_counts(counts))
    text = build.model_text(candidates, ["DT", "CC"], vector, -1.0, threshold)
    return learned.Model(learned.HashedCounts(store.read_bytes()), text)


WEIGHTS = {"ratio_T": 1.0, "ratio_B": 1.0, "ratio_A": 1.0}


def _judged(model, text: str):
    tokens = harness.tokenize(text)
    return [(t[0], v[0]) for i, t in enumerate(tokens) if (v := model.judge(tokens, i))]


def test_a_slip_between_words_seen_with_the_other_word_is_flagged(tmp_path):
    model = tiny_model(tmp_path, WEIGHTS, 2.0)
    assert _judged(model, "Voters can schedule and appointment with the clerk.") == [("and", "an")]
    assert _judged(model, "Rents are higher that ever before.") == [("that", "than")]


def test_words_as_written_in_contexts_seen_with_them_are_left_alone(tmp_path):
    model = tiny_model(tmp_path, WEIGHTS, 2.0)
    assert _judged(model, "Voters can schedule an appointment with the clerk.") == []
    assert _judged(model, "They said the plan would work, and they would vote for it.") == []


def test_a_higher_threshold_asks_for_more_evidence(tmp_path):
    model = tiny_model(tmp_path, WEIGHTS, 2.0)
    tokens = harness.tokenize("Voters can schedule and appointment with the clerk.")
    i = [t[0] for t in tokens].index("and")
    score = model.judge(tokens, i)[1]
    assert model.judge(tokens, i, threshold=score + 0.1) is None


def test_the_part_of_speech_feature_is_asked_for_only_when_it_could_decide(tmp_path):
    model = tiny_model(tmp_path, {**WEIGHTS, "pos": 0.1}, 2.0)
    asked = []
    tokens = harness.tokenize("They said the plan would work, and they would vote for it.")
    for i in range(len(tokens)):
        model.judge(tokens, i, lambda: asked.append(i) or ("DT", "NN"))
    assert asked == []  # no word of this clean sentence comes near the threshold


def test_logistic_regression_learns_the_direction_that_separates():
    data = [([1.0, 0.0], 1)] * 50 + [([-1.0, 0.0], 0)] * 50 + [([0.0, 1.0], 1), ([0.0, 1.0], 0)] * 20
    weights, _ = build.fit(data)
    assert weights[0] > 1.0
    assert abs(weights[1]) < weights[0] / 2


def test_a_built_model_loads_from_its_folder(tmp_path):
    built = tiny_model(tmp_path, WEIGHTS, 2.0)
    (tmp_path / learned.COUNTS).write_bytes((tmp_path / "counts.bin").read_bytes())
    (tmp_path / learned.MODEL).write_text(
        build.model_text(built.candidates, built.tagset, built.vector, built.bias, built.threshold), "utf-8"
    )
    model = learned.load(tmp_path)
    assert model.candidates == built.candidates and model.threshold == 2.0
    assert _judged(model, "Voters can schedule and appointment with the clerk.") == [("and", "an")]
