"""The learned article model (newslint/article_model.py) on invented sentences."""

from __future__ import annotations

import sys
from array import array
from collections import Counter
from pathlib import Path

import pytest

from newslint import article_model, tagger
from newslint.checks.missing_article.learned import EXTRA_BELOW, MISSING_BELOW


def tagged(sentence: str) -> tuple[list[str], list[str]]:
    words = [t.text for t in tagger.tokenize(sentence, 0, len(sentence))]
    return words, tagger.tag(words)


def reading_of(sentence: str, head: str):
    words, tags = tagged(sentence)
    return article_model.phrase_at(words, tags, words.index(head))


def test_label_is_the_article_as_written():
    assert reading_of("The council shut a depot in the north.", "depot").label == "a"
    assert reading_of("The council shut an old depot in the north.", "depot").label == "a"
    assert reading_of("The council shut the depot in the north.", "depot").label == "the"
    assert reading_of("The council shut depot after depot in the north.", "north").label == "the"
    assert reading_of("She went to school by car on Monday.", "car").label == "none"


def test_features_are_read_without_the_article():
    """A phrase with its article and the same phrase without give the same features: the
    model weighs the context, never the choice it is asked about."""
    with_article = reading_of("The mayor spoke as a way to calm the crowd.", "way")
    without = reading_of("The mayor spoke as way to calm the crowd.", "way")
    assert with_article.features == without.features
    assert with_article.article >= 0 and without.article == -1


@pytest.mark.parametrize(
    "sentence, head",
    [
        ("The council shut his depot in the north.", "depot"),  # a possessive: no choice of article
        ("The council shut this depot in the north.", "depot"),
        ("The firm pleaded guilty to fraud last year.", "year"),  # a time noun "last" determines
        ("The council shut two depot buildings.", "depot"),  # a noun describing a later one
    ],
)
def test_no_choice_of_article_is_no_reading(sentence, head):
    assert reading_of(sentence, head) is None


def test_model_file_round_trip(tmp_path):
    path = tmp_path / "model.bin"
    hashed = {article_model.feature_hash("bias"): (100, -50, -50), article_model.feature_hash("h=way"): (-3000, 2000, 1000)}
    article_model.Model.write(path, hashed, 1000.0, ["way", "depot"], ["equipment"])
    loaded = article_model.Model.load(path)
    assert loaded.count_nouns == {"way", "depot"} and loaded.mass_nouns == {"equipment"}
    assert loaded.scores(["bias", "h=way", "h=unknown"]) == pytest.approx([-2.9, 1.95, 0.95])
    assert loaded.scores(["h=unknown"]) == [0.0, 0.0, 0.0]


def test_a_file_that_is_no_model_is_refused(tmp_path):
    path = tmp_path / "model.bin"
    path.write_bytes(b"not a model")
    with pytest.raises(ValueError):
        article_model.Model.load(path)


@pytest.mark.parametrize(
    "sentence, head",
    [
        ("The club signed contract with the striker on Friday.", "contract"),
        ("The plant stands at site of the former steel works.", "site"),
        ("The move was part of plan to cut costs.", "plan"),
    ],
)
def test_trained_model_doubts_a_bare_count_noun(sentence, head):
    reading = reading_of(sentence, head)
    assert reading.label == "none"
    assert article_model.probabilities(reading.features)["none"] < MISSING_BELOW


@pytest.mark.parametrize(
    "sentence, head",
    [
        ("She went to school by car on Monday.", "car"),
        ("The driver was taken to hospital after the crash.", "hospital"),
        ("He served as chairman of the board for a decade.", "chairman"),
        ("The bank said inflation would stay low.", "inflation"),
    ],
)
def test_trained_model_accepts_a_bare_noun_that_is_right(sentence, head):
    reading = reading_of(sentence, head)
    assert reading.label == "none"
    assert article_model.probabilities(reading.features)["none"] > 0.2


def test_trained_model_doubts_a_before_a_mass_noun_and_not_before_a_count_noun():
    wrong = reading_of("The council gave a permission to build the road.", "permission")
    right = reading_of("The charity gave each family a tractor for the harvest.", "tractor")
    assert article_model.probabilities(wrong.features)["a"] < EXTRA_BELOW
    assert article_model.probabilities(right.features)["a"] > 0.2


def test_training_learns_the_writers_choice(tmp_path):
    """scripts/build_article_model.py, end to end on a few invented sentences: the labels are
    the writers' own articles, and the trained file says what they chose."""
    scripts = Path(__file__).resolve().parents[1] / "scripts"
    sys.path.insert(0, str(scripts))
    try:
        import build_article_model as build
    finally:
        sys.path.remove(str(scripts))
    written = [
        "Commuters travelled to work by car in the storm.",
        "The nurse came to the ward by bus on Monday.",
        "Farmers bought a tractor at the show.",
        "The club bought a minibus for the team.",
    ]
    labels, rows, heads = array("B"), [], Counter()
    for sentence in written * 5:
        for label, row, head in build.sentence_examples(*tagged(sentence)):
            labels.append(label)
            rows.append(row)
            heads[head, label] += 1
    assert heads["car", 0] == 5 and heads["tractor", 1] == 5 and heads["show", 2] == 5
    weights = build.train(labels, rows, epochs=5, rate=0.1, decay=0.0, min_count=1)
    path = tmp_path / "model.bin"
    article_model.Model.write(path, build.quantised(weights, 0.0), build.SCALE, *build.noun_lists(heads, 1))
    model = article_model.Model.load(path)
    bare = reading_of("Commuters travelled to work by car in the storm.", "car")
    with_a = reading_of("Farmers bought a tractor at the show.", "tractor")
    assert max(range(3), key=model.scores(bare.features).__getitem__) == 0  # none
    assert max(range(3), key=model.scores(with_a.features).__getitem__) == 1  # a
    assert "tractor" in model.count_nouns and "car" not in model.count_nouns  # bare every time
