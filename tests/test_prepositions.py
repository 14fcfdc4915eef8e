"""G302 (unusual preposition after a word) on invented sentences, and its table."""

from __future__ import annotations

import pytest

from newslint.checks import prepositions
from newslint.checks.prepositions import UnusualPreposition, to_is_preposition, unusual
from newslint.config import Settings
from newslint.document import Document
from newslint.rule import Context


def flags(text: str) -> list[tuple[str, tuple[str, ...]]]:
    doc = Document("Headline\n\n" + text, path="story.txt")
    return [(doc.text[f.start : f.end], f.suggestions) for f in UnusualPreposition().run(doc, Context(Settings()))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The council said the levy would depend of the weather.", [("of", ("on",))]),
        ("Few voters were interested for the plan.", [("for", ("in",))]),
        ("Depend of nothing, the mayor said; the plan is relevant on the inquiry.", [("on", ("to",))]),
        ("“We were never interested for his money,” said Zoë Müller.", [("for", ("in",))]),
        ('"We were never interested for his money," said Søren.', [("for", ("in",))]),
        ("The result will depend of", []),  # the preposition ends the draft: nothing follows
        ("The result will depend of the vote", [("of", ("on",))]),
    ],
)
def test_flags_a_preposition_the_word_never_takes(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The council said the levy would depend on the weather.",
        "Depending on whether it rains, the fair may close.",
        "The levy became relevant on Monday and was relevant in 2019.",  # phrases of time
        "The ruling was relevant on Nov. 1, when the court met.",  # an abbreviated date
        "Few voters were interested to hear the details.",  # an infinitive, not a preposition
        "The findings were relevant to the inquiry and relevant for the courts.",
        "The deal was signed in Paris and replaced at noon by a new one.",  # after 'by' words
        "Leads among women and the road ahead for the party were discussed.",  # nouns, adverbs
    ],
)
def test_leaves_usual_and_free_standing_phrases_alone(text):
    assert flags(text) == []


def test_table_is_skewed_and_judges_only_well_counted_words():
    assert prepositions.governed("depend").usual[0] == "on"
    assert unusual("depend", "of") == "on"
    assert unusual("depend", "upon") is None  # a usual alternative
    assert unusual("depend", "between") is None  # not one of the prepositions reported
    assert unusual("zzzq", "of") is None
    for word in prepositions.table().rows:
        governed = prepositions.governed(word)
        assert governed.total >= 100 and governed.usual[1] * 2 >= governed.total  # pairs seen once are not kept


def test_to_before_a_verb_is_an_infinitive():
    assert to_is_preposition("the", "the")
    assert to_is_preposition("#", "2019")
    assert to_is_preposition("paris", "Paris")
    assert not to_is_preposition("hear", "hear")


def test_table_is_loaded_on_first_use_only():
    import subprocess
    import sys

    code = (
        "import newslint.checks.prepositions as p, newslint.engine as e; e.builtin_rules();"
        " print(p.table.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"


def test_build_counts_prepositions_after_words_and_clause_openers(tmp_path):
    import sys
    from pathlib import Path

    scripts = str(Path(__file__).resolve().parent.parent / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    import build_preposition_data as build

    (tmp_path / "story.txt").write_text(
        "The report was relevant to the inquiry and the mayor was keen to hear more about it.\n\n"
        "On Monday, the council met in 2019 style; the vote will depend on the weather today.\n",
        encoding="utf-8",
    )
    words, governed, phrases, openers = build.count([tmp_path])
    assert governed["relevant", "to"] == 1
    assert governed["keen", "to"] == 0  # "to hear": an infinitive
    assert governed["depend", "on"] == 1
    assert governed["met", "in"] == 1
    assert openers["on monday"] == 1 and phrases["on monday"] == 1
    assert phrases["in #"] == 1 and openers["in #"] == 0
    assert words["relevant"] == 1


def test_the_words_lines_come_before_the_phrases_lines():
    """table() reads the words' lines up to the first phrase's ("@") line."""
    from newslint.datafiles import data_text

    lines = [line for line in data_text(prepositions.DATA_FILE.name).splitlines() if line and not line.startswith("#")]
    first = next(i for i, line in enumerate(lines) if line.startswith("@\t"))
    assert first > 100 and all(line.startswith("@\t") for line in lines[first:])
    rows = dict(line.split("\t", 1) for line in lines[:first])
    assert prepositions.table().rows == rows


def test_openers_are_found_on_any_line_the_first_too():
    openers = prepositions.Openers("@\ton monday\t0.9\nwords\t3\n@\tin #\t0.8\n@\tin\t0.1")
    for phrase in ("on monday", "in #", "in"):
        assert phrase in openers
    for phrase in ("on", "monday", "words", "in #\t0.8", "", "n monday"):
        assert phrase not in openers
