"""The tagger's reading of a slot word's neighbours (newslint/tag_slots.py), its data and its
build (scripts/build_tag_slots.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newslint import slot_ngrams, tag_slots
from newslint.analysis.dictionary import APOSTROPHES
from newslint.analysis.vocabulary import _TOKEN
from newslint.checks.confusables.slot_word import TAG_MEANT_FROM, TAG_WRITTEN_BELOW

ROOT = Path(__file__).resolve().parent.parent


def tokens_of(text: str):
    folded = text.translate(APOSTROPHES).lower()
    return [(m.group(), m.start(), m.end(), text[m.start() : m.end()]) for m in _TOKEN.finditer(folded)]


def at(text: str, word: str):
    tokens = tokens_of(text)
    return tokens, [k for k, t in enumerate(tokens) if t[3] == word][-1]


def slot_pairs() -> set[tuple[str, str]]:
    lines = slot_ngrams.SETS_FILE.read_text("utf-8").splitlines()
    return {tuple(line.split("\t")) for line in lines if line and not line.startswith("#")}


def test_every_pair_is_a_slot_pair_and_every_word_has_its_tags_counted():
    found = tag_slots.data()
    listed = slot_pairs()
    assert found.partners
    for word, partners in found.partners.items():
        profile = found.profiles[word]
        # every reading has one tag before it and one after it
        assert sum(profile.before.values()) == profile.seen == sum(profile.after.values())
        for other in partners:
            assert (word, other) in listed or (other, word) in listed
    # a pair of one part of speech is not there: the tags cannot tell "in" from "on"
    assert "on" not in found.partners.get("in", ())
    assert "it" in found.partners["its"]


def test_a_word_between_tags_it_never_stands_between_gives_way_to_the_other_word():
    tokens, i = at("The school is well regarded. In particular, its is ranked first in the region.", "its")
    assert tag_slots.confirms(tokens, i, "it", TAG_WRITTEN_BELOW, TAG_MEANT_FROM)
    reading = tag_slots.read(tokens, i, TAG_WRITTEN_BELOW)
    assert reading is not None and reading.meant == "it"
    assert reading.written_fit < TAG_WRITTEN_BELOW and reading.meant_fit >= TAG_MEANT_FROM


@pytest.mark.parametrize(
    "text, word, meant",
    [
        ("The school is well regarded. In particular, it is ranked first in the region.", "it", "its"),
        ("The council said its budget was ranked first in the region.", "its", "it"),
        ("The council admitted that it would be unable to pay the bill.", "it", "is"),
    ],
)
def test_the_right_word_is_left_alone(text, word, meant):
    tokens, i = at(text, word)
    assert not tag_slots.confirms(tokens, i, meant, TAG_WRITTEN_BELOW, TAG_MEANT_FROM)


def test_names_compounds_and_marks_after_the_word_say_nothing():
    # the tagger reads a hyphened compound as one word, a draft's tokens split it
    tokens, i = at("She saw at once that her would-be partner had left the firm.", "her")
    assert not tag_slots.confirms(tokens, i, "he", TAG_WRITTEN_BELOW, TAG_MEANT_FROM)
    tokens, i = at("The files were handed over to the .", "the")  # a word left out
    assert tag_slots.read(tokens, i, 0.0) is None


def test_the_build_counts_the_tags_around_each_word_and_keeps_pairs_whose_tags_differ(tmp_path):
    paragraphs = [
        "They went home early and the rain kept falling over the hills all night long.",
        "The market opened late, and they said the prices would rise again by noon.",
        "When the match ended the players walked off the field as they cheered loudly.",
    ]
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("\n\n".join(paragraphs), "utf-8")
    the = sum(p.split().count("the") for p in paragraphs)
    out = tmp_path / "tag_slots.txt"
    run = [sys.executable, str(ROOT / "scripts" / "build_tag_slots.py"), str(corpus), "--min-count", "2", "--out", str(out)]
    subprocess.run(run, check=True, capture_output=True)
    first = out.read_bytes()
    built = tag_slots.load(out)
    assert ("they" in built.partners.get("the", ())) and built.profiles["the"].seen == the
    assert built.profiles["they"].after.get("VBD", 0) >= 1
    subprocess.run(run, check=True, capture_output=True)
    assert out.read_bytes() == first  # the same input gives the same bytes
