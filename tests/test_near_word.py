"""S212 and its data: a word one edit from a commoner word that fits its neighbours far better
(newslint/checks/confusables/near_word.py, near_words.py)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.checks.confusables import near_word, near_words
from newslint.config import Settings


def findings(text):
    return [(text[f.start : f.end], f.suggestions) for f in lint_text(text, settings=Settings()) if f.code == "S212"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("The new bridge opened to traffic at the end of the year.", []),
        ("The new bridge opened to traffic at the send of the year.", [("send", ("end",))]),
        # a rare word whose neighbours alone favour the other word by less than CONTEXT_MIN
        ("The study looked at traffic patters in older towns.", []),
        # at the very start and the very end of the draft
        ("Some expects believe the plan would cost a billion.", [("expects", ("experts",))]),
        ("The new bridge, which took a decade to build, opened at the send of the year.", [("send", ("end",))]),
        # a capital inside the sentence is a name; words in capitals are left alone
        ("Mr. Send said the new bridge would open to traffic next year.", []),
        ("The new bridge opened to traffic at the SEND of the year.", []),
        # inside a direct quote, straight and curly: the speaker's words are left alone
        ('"We opened the bridge at the send of the year," said Zoë Brontë.', []),
        ("“We opened the bridge at the send of the year,” said Zoë Brontë.", []),
        ("Zoë Brontë said the new bridge opened to traffic at the send of the year.", [("send", ("end",))]),
        # a headline (no full stop) and a word the draft uses twice are left alone
        ("New bridge opened to traffic at the send of the year", []),
        (
            "The tine is long and sharp on the left. The second tine of the fork is short, the third long.",
            [],
        ),
        # a part of a compound is judged by the other part ("long-" beside "term"), and not
        # against its own plural; a prefix is no part ("long-tern member": the neighbours alone
        # favour "term" by 6.9, less than CONTEXT_MIN)
        ("She is a long-tern member of the council and its chairwoman since May.", []),
        ("The council approved a long-tern lease for the harbour.", [("tern", ("term",))]),
        ("She is a long-term member of the council and its chairwoman since May.", []),
        ("The park has rides for thrill seekers and roller-coasters like the big one.", []),
        ("The party wants to re-energise the sluggish economy before the vote.", []),
        # a word's US or UK spelling is never offered
        ("The colour of the new flag was chosen by the council after a long vote.", []),
    ],
)
def test_cases(text, expected):
    assert findings(text) == expected


def test_candidates_are_one_edit_commoner_content_words():
    found = near_words.candidates("patters", 1.0)
    assert "patterns" in found and "matters" in found
    assert all(near_words.counts().count(w) >= near_words.counts().count("patters") for w in found)
    assert "colour" not in near_words.candidates("color", 0.0) and "color" not in near_words.candidates("colour", 0.0)
    # function words are the function-word rules' ("form" for "from")
    assert "from" not in near_words.candidates("form", 0.0)
    assert near_words.is_inflection("rule", "rules") and near_words.is_inflection("lived", "live")
    assert not near_words.is_inflection("patters", "patterns")
    # a form in -d is a verb's: "goo" and "good" are two words
    assert not near_words.is_inflection("goo", "good") and not near_words.is_inflection("bran", "brand")
    # a verb's form in -s and its form in -d are one verb's ("legalizes", "legalized")
    assert near_words.is_inflection("legalizes", "legalized") and near_words.is_inflection("died", "dies")
    assert not near_words.is_inflection("lens", "tend") and not near_words.is_inflection("dies", "dies")


def test_counts_read_pairs_and_triples():
    counts = near_words.counts()
    # the parts of a compound, each with the hyphen on its side
    assert counts.count(near_words.joined("full", "left"), "blown") > 10
    assert counts.count("full", near_words.joined("blown", "right")) > 10
    assert counts.total > 70_000_000
    assert counts.count("consumption", "patterns") > counts.count("consumption", "patters")
    assert counts.count("of", "the", "year") > 1000
    reading = near_words.weigh("some", "expects", "believe", 1.0)
    assert reading.meant == "experts" and reading.margin >= near_word.MARGIN
    assert reading.context >= near_word.CONTEXT_MIN
    # a rare word loses to a common one on frequency, not on its neighbours
    reading = near_words.weigh("policy", "wonks", "are", 1.0)
    assert reading is None or reading.context < near_word.CONTEXT_MIN


def test_the_store_is_not_loaded_at_import():
    import subprocess
    import sys

    code = (
        "import newslint.checks.confusables.near_word as r; from newslint.checks.confusables import near_words;"
        " print(near_words.counts.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
