"""The parts of speech the grammar rules read: the SPECIALIST table's readings, with those
WordNet and the treebanks' hand tags add (scripts/pos_readings.py, spelling_pos.bin)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from newslint.analysis import lexicon as lx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pos_readings  # noqa: E402


@pytest.mark.parametrize(
    "word, letters",
    [
        ("website", "n"),  # no SPECIALIST entry: WordNet's noun
        ("websites", "np"),
        ("insurgents", "np"),
        ("blog", "n"),  # the treebanks' noun (WordNet 3.0 has no such word)
        ("american", "a"),
        ("earmarked", "v"),
    ],
)
def test_words_the_specialist_table_lacks_get_their_readings(word, letters):
    assert set(letters) <= set(lx.tags(word))


@pytest.mark.parametrize("word", ["act", "bar", "log", "complete", "members", "running"])
def test_a_word_the_specialist_table_tags_keeps_its_readings(word):
    assert lx.tags(word) == lx.specialist_tags(word) != ""


@pytest.mark.parametrize("word", ["the", "three", "john", "london", "because", "whose"])
def test_closed_class_words_and_names_get_no_reading(word):
    assert lx.tags(word) == ""


@pytest.mark.parametrize("word, never", [("thinking", "n"), ("polices", "p")])
def test_no_gerund_noun_and_no_plural_another_source_denies(word, never):
    assert never not in lx.tags(word)


def test_specialist_tags_are_the_tables_own_readings_only():
    assert lx.specialist_tags("website") == "" and lx.specialist_tags("act") == "v"
    assert lx.specialist_tags("members") == lx.tags("members")
    for word in ("act", "bar", "websites", "importance", "running"):
        assert set(lx.specialist_tags(word)) <= set(lx.tags(word))


def test_build_scripts_see_only_the_specialist_readings():
    table = lx._pos()
    assert "website" not in table and table["act"] == "v"


# -- the policy, on invented data -------------------------------------------------------------


def _wordnet() -> pos_readings.WordNet:
    net = pos_readings.WordNet()
    net.lemmas = {"n": {"gadget", "blorp", "quib", "data", "datum"}, "v": {"blorp", "quib"}, "a": {"quib"}, "r": set()}
    net.exceptions = {"n": {"data": {"datum"}}, "v": {}, "a": {}, "r": {}}
    net.semcor = Counter({("blorp", "n"): 8, ("blorp", "v"): 2, ("quib", "v"): 50, ("quib", "a"): 1, ("data", "n"): 40, ("datum", "n"): 3})
    return net


def _treebank(text: str) -> pos_readings.Treebank:
    bank = pos_readings.Treebank()
    lines = []
    for i, pair in enumerate(text.split(), 1):
        form, tag = pair.split("/")
        feats = "Number=Plur" if tag == "NOUNS" else "_"
        lines.append("\t".join([str(i), form, "_", tag.rstrip("S"), "_", feats, "0", "_", "_", "_"]))
    bank.add("\n".join(lines))
    return bank


def test_wordnet_readings_follow_morphy():
    net = _wordnet()
    assert net.readings("gadgets") == {"n": 0, "p": 0}
    assert net.readings("blorped") == {"v": 2}
    assert net.readings("data") == {"n": 43, "p": 3}


def test_only_words_without_a_specialist_reading_get_wordnets(monkeypatch):
    monkeypatch.setattr(pos_readings, "specialist", lambda: {"blorp": frozenset("v")})
    monkeypatch.setattr(pos_readings, "is_plural_of", lambda form, lemma: True)
    values = pos_readings.combined(["blorp", "quib", "gadget", "gadgets", "data", "in"], _wordnet(), _treebank("x/DET"))
    assert values["blorp"] == "v"  # tagged: kept as it was, though WordNet has a noun
    assert values["quib"] == "ANV"  # every reading, in upper case
    assert values["gadget"] == "N" and values["gadgets"] == "NP"
    assert values["data"] == "N"  # a lemma of its own far commoner than the plural of "datum"
    assert "in" not in values  # a function word


def test_a_plural_lemminflect_denies_is_no_plural(monkeypatch):
    monkeypatch.setattr(pos_readings, "specialist", lambda: {})
    monkeypatch.setattr(pos_readings, "is_plural_of", lambda form, lemma: lemma != "gadget")
    values = pos_readings.combined(["gadgets"], _wordnet(), _treebank("x/DET"))
    assert "gadgets" not in values  # "gadget" has no plural of its own ("police")


def test_closed_class_words_by_the_treebank_get_nothing(monkeypatch):
    monkeypatch.setattr(pos_readings, "specialist", lambda: {})
    bank = _treebank("gadget/PROPN gadget/PROPN gadget/PROPN gadget/NOUN blorp/NOUN blorp/NOUN blorp/NOUN")
    values = pos_readings.combined(["gadget", "blorp"], _wordnet(), bank)
    assert "gadget" not in values
    assert values["blorp"] == "NV"


def test_the_treebank_fills_gaps_with_readings_it_tags_often(monkeypatch):
    monkeypatch.setattr(pos_readings, "specialist", lambda: {})
    bank = _treebank("zonks/NOUNS zonks/NOUNS zonks/NOUNS zonk/VERB zonk/VERB zonk/VERB zonk/ADJ")
    values = pos_readings.combined(["zonk", "zonks", "zonking"], _wordnet(), bank)
    assert values["zonks"] == "NP"
    assert values["zonk"] == "V"  # one adjective use is too few
    assert "zonking" not in values  # the treebank never saw it, WordNet lacks it


def test_a_lemma_of_its_own_is_read_through_another_only_where_semcor_has_it():
    net = _wordnet()
    net.lemmas["n"] |= {"zib", "glass", "glasses"}
    net.lemmas["r"] = {"zibs"}
    net.semcor.update({("glass", "n"): 5, ("glasses", "n"): 4})
    assert net.readings("zibs") == {"r": 0}  # "alas": no plural of "ala", a wing
    assert net.readings("glasses") == {"n": 9, "p": 5}
