"""S105: two words written as one (newslint/checks/spelling/joined_words.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newslint.analysis import lexicon as lx
from newslint.api import lint_text
from newslint.checks.spelling import joined_words
from newslint.config import Settings

SELECTED = Settings(select=("S105",))
ROOT = Path(__file__).resolve().parents[1]


def findings(text, settings=SELECTED):
    return [(text[f.start : f.end], list(f.suggestions)) for f in lint_text(text, settings=settings) if f.code == "S105"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("The council wants to set up a new office in the town, the mayor said.", []),
        # a noun of a verb and its particle where a plain verb must stand
        ("The council wants to setup a new office in the town, the mayor said.", [("setup", ["set up"])]),
        ("The firm will shutdown the plant in May, its chief said.", [("shutdown", ["shut down"])]),
        # ... not where the noun is meant: after an article, before a noun, after "due to"
        ("The setup of the new office took weeks, the mayor said.", []),
        ("Officials said grants will go to startup firms in the city.", []),
        ("The plant closed due to shutdown costs last year, its chief said.", []),
        # an adjective of a determiner and a noun that describes no noun: at the very end too
        ("The mayor said she walks to the office everyday, rain or shine.", [("everyday", ["every day"])]),
        ("The mayor said she walks to her office everyday.", [("everyday", ["every day"])]),
        ("It is an everyday problem for the town, the mayor said.", []),
        # an adverb of a determiner and a noun as a preposition's object
        ("Zoë Müller said the bridge had been closed for sometime.", [("sometime", ["some time"])]),
        ("The bridge will reopen sometime next week, Zoë Müller said.", []),
        # a possessive of a word with no noun class
        ("He had not had a goodnight's sleep in weeks, the coach said.", [("goodnight's", ["good night's"])]),
        # "a" and a noun meet the grammar, and the counts keep them quiet
        ("Residents returned from abroad in March, officials said.", []),
        ("Guards were asleep when the fire started, police said.", []),
        # inside a direct quote, straight and curly; a capital; a part of a compound
        ("“We want to setup a new office,” the mayor said to reporters.", []),
        ('"We want to setup a new office," the mayor said to reporters.', []),
        ("Setup of the new office took weeks, the mayor said to reporters.", []),
        ("The council wants to setup-test a new office in the town, the mayor said.", []),
    ],
)
def test_joined_words(text, expected):
    assert findings(text) == expected


def test_every_listed_word_is_two_words_of_the_lexicon():
    listed = joined_words.joined_words()
    assert len(listed) > 500
    for word, (first, second) in listed.items():
        assert first + second == word and lx.is_word(word), word
        assert lx.table_zipf(first) and lx.table_zipf(second), word
    assert listed["everyday"] == ("every", "day") and listed["setup"] == ("set", "up")


def test_the_list_is_what_the_build_script_writes(tmp_path):
    out = tmp_path / "joined_words.txt"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_joined_words.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_text(encoding="utf-8") == joined_words.JOINED_FILE.read_text(encoding="utf-8")
