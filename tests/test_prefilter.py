"""The look that skips paragraphs a pattern cannot match in (newslint/prefilter.py)."""

from __future__ import annotations

import importlib
import random
import re
from typing import NamedTuple

import pytest

from newslint import prefilter
from newslint.api import lint_text


class Piece(NamedTuple):
    start: int
    end: int


@pytest.mark.parametrize(
    "pattern, strings",
    [
        (r"(?<![\w'])there's(?![\w'])", ["there's"]),
        (r"(?<!\w)(?<!\w')(?:th(?:an|en))(?![\w'])", ["than", "then"]),
        (r"(?<![\w'-])(a|an|the|my)(\s+)(the|a)", ["a", "my", "the"]),  # "an" starts with "a"
        (r"\b(?:could|m(?:ay|ight))\b", ["could", "may", "might"]),
        (r"(?:do|did)(?:[ \t]+not|n't)", ["did", "do"]),
        (r"been", ["been"]),
    ],
)
def test_the_strings_every_match_starts_with(pattern, strings):
    assert prefilter.starting_strings(re.compile(pattern)) == strings


@pytest.mark.parametrize(
    "pattern",
    [
        r"[a-z]+ing",  # a class of letters
        r"(?i)there's",  # ignores case
        r"(?:was|)\s+",  # may start with no text
        r"x?y",  # may start with y
        "|".join(f"w{i:02d}" for i in range(40)),  # too many strings to look for
    ],
)
def test_no_strings_where_a_match_may_start_otherwise(pattern):
    assert prefilter.starting_strings(re.compile(pattern)) == []


def test_the_paragraphs_searched_give_every_match_a_search_of_all_gives(monkeypatch):
    monkeypatch.setattr(prefilter, "_looks", {})
    monkeypatch.setattr(prefilter, "TRIAL", 10**9)  # keep looking, whatever it saves
    words = ["the", "there's", "than", "then", "it's", "its", "been", "seen", "a", "an", "tha",
             "then's", "x", "could", "mayor", "may", ".", ",", "\n"]
    patterns = [
        re.compile(p)
        for p in (
            r"(?<![\w'])there's(?![\w'])",
            r"(?<!\w)(?<!\w')(?:th(?:an|en))(?![\w'])",
            r"(?<![\w'’-])(a|an|the)[ \t]*([,;:!?]|\.)",
            r"(?<![\w'’-])been(?![\w'’-])",
            r"\b(?:could|m(?:ay|ight))\b",
            r"(?<=[a-z] )(?:than|then)",
            r"n t",  # may run across the space between two paragraphs
        )
    ]
    shuffle = random.Random(11)
    for _ in range(300):
        text = " ".join(shuffle.choice(words) for _ in range(shuffle.randint(0, 40)))
        cuts = sorted(shuffle.sample(range(len(text) + 1), min(len(text) + 1, shuffle.randint(1, 8))))
        paragraphs = [Piece(a, b) for a, b in zip(cuts, cuts[1:]) if shuffle.random() < 0.8]
        for pattern in patterns:
            everywhere = [
                (i, m.span()) for i, p in enumerate(paragraphs) for m in pattern.finditer(text, p.start, p.end)
            ]
            looked = [
                (i, m.span())
                for i in prefilter.paragraphs_to_search(pattern, text, paragraphs)
                for m in pattern.finditer(text, paragraphs[i].start, paragraphs[i].end)
            ]
            assert looked == everywhere


def test_a_pattern_whose_strings_are_everywhere_is_then_searched_everywhere(monkeypatch):
    monkeypatch.setattr(prefilter, "_looks", {})
    pattern = re.compile(r"(?<![\w'])the(?![\w'])")
    text = "the cat\nthe dog\nthe end\nno article"
    paragraphs = [Piece(0, 7), Piece(8, 15), Piece(16, 23), Piece(24, 34)]
    for _ in range(prefilter.TRIAL // len(paragraphs)):
        assert list(prefilter.paragraphs_to_search(pattern, text, paragraphs)) == [0, 1, 2]
    assert list(prefilter.paragraphs_to_search(pattern, text, paragraphs)) == [0, 1, 2, 3]


def test_rules_that_look_first_still_find_in_later_paragraphs(monkeypatch):
    monkeypatch.setattr(prefilter, "_looks", {})
    text = (
        "Storm hits the coast\n\nThe council met on Monday to discuss the plan.\n\n"
        "Officials said there's many reasons for the delay.\n"
    )
    found = [(f.code, f.line, f.column) for f in lint_text(text, path="draft.txt")]
    assert ("G203", 5, 16) in found  # "there's", found by a look for the string "there's"
    assert any(look is not None for _, look, _, _ in prefilter._looks.values())


def test_the_looks_remembered_are_bounded(monkeypatch):
    monkeypatch.setattr(prefilter, "_looks", {})
    monkeypatch.setattr(prefilter, "MOST_PATTERNS", 5)
    paragraphs = [Piece(0, 9)]
    for i in range(12):
        pattern = re.compile(f"word{i}")
        assert list(prefilter.paragraphs_to_search(pattern, "a word3 b", paragraphs)) == ([0] if i == 3 else [])
        assert len(prefilter._looks) <= 5


# -- the look at a match's first character (guarded) -------------------------------------------


@pytest.mark.parametrize(
    "pattern, characters",
    [
        (r"(?<![\w'])(?:is|are|was)(?![\w'])", "aiw"),
        (r"(?i)\b(?:today|last\s+week|\d+\s+days\s+ago)\b", r"\dlt"),  # the guard ignores case too
        (r"(?P<uk>\b(?:Mr|Dr)[ \t]+[A-Z]|£\d)|(?P<us>\bpercent\b)", "DMp£"),
        (r"(?<=[a-z] )(?:at|by|[0-9]+)", "0-9ab"),
    ],
)
def test_the_characters_a_match_starts_with(pattern, characters):
    assert prefilter.first_characters(re.compile(pattern)) == characters


@pytest.mark.parametrize(
    "pattern",
    [
        r"there's\b",  # opens with text: re skips ahead to it already
        r"[a-z]+ing",
        r"\b(?:was|)\s",  # may take no text before the space... or none at all
        r"\b.x",  # any character
        r"\b\w+ing",  # a class too wide to be worth a look
        r"\b(?i:the)",  # flags of its own
    ],
)
def test_no_guard_where_it_cannot_help_or_cannot_be_said(pattern):
    compiled = re.compile(pattern)
    assert prefilter.first_characters(compiled) == ""
    assert prefilter.guarded(compiled) is compiled


def test_a_guarded_pattern_finds_the_same_matches_and_groups():
    words = ["Mr", "Dr.", "Smith", "per", "cent", "percent", "£5m", "$3.5m", "2bn", "US", "U.S.",
             "today", "Today", "last", "week", "three", "days", "ago", "a", "the", "Monday's",
             "12", "March", ".", ",", "(", "\n", "  "]
    patterns = [
        re.compile(r"(?P<uk>\b(?:Mr|Mrs|Dr)[ \t]+[A-Z]|\bper[ \t]cent\b|(?<![\w.])US(?![\w.])"
                   r"|£[ \t]?\d[\d,.]*(?:bn|m)?|\b\d+(?:\.\d+)?bn\b|[$€][ \t]?\d+(?:\.\d+)?m\b)"
                   r"|(?P<us>\b(?:Mr|Mrs|Dr)\.[ \t]+[A-Z]|\bpercent\b)"),
        re.compile(r"(?i)\b(?:(?P<day>today|yesterday)|(?P<which>last|next)\s+(?P<unit>week|month)"
                   r"|(?P<count>\d+|a|three)\s+(?P<count_unit>day|week)s?\s+(?P<direction>ago|later))\b"),
        re.compile(r"\b(?P<weekday>Monday|Friday)(?P<suffix>['’]s|s)?\b"),
    ]
    rng = random.Random(7)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 30)))
        for pattern in patterns:
            guarded = prefilter.guarded(pattern)
            assert guarded is not pattern
            expected = [(m.span(), m.groupdict(), m.lastgroup) for m in pattern.finditer(text, 1)]
            assert [(m.span(), m.groupdict(), m.lastgroup) for m in guarded.finditer(text, 1)] == expected


def test_a_pattern_is_guarded_once_enough_paragraphs_were_searched_with_it(monkeypatch):
    monkeypatch.setattr(prefilter, "_searched", {})
    monkeypatch.setattr(prefilter, "GUARD_FROM", 10)
    pattern = re.compile(r"(?<![\w'])(?:has|have|had)(?![\w'])")
    assert prefilter.guarded_in_time(pattern, 4) is pattern  # a short draft: no second matcher
    assert prefilter.guarded_in_time(pattern, 4) is pattern
    assert prefilter.guarded_in_time(pattern, 4) is prefilter.guarded(pattern) is not pattern
    again = re.compile(r"(?<![\w'])(?:has|have|had)(?![\w'])", re.IGNORECASE)  # another pattern
    assert prefilter.guarded_in_time(again, 4) is again


def test_patterns_are_remembered_by_identity_and_each_keeps_its_own(monkeypatch):
    monkeypatch.setattr(prefilter, "_looks", {})
    paragraphs = [Piece(0, 14)]
    first = re.compile("there's")
    assert list(prefilter.paragraphs_to_search(first, "so there's one", paragraphs)) == [0]
    (entry,) = prefilter._looks.values()
    assert entry[0] is first  # kept, so its id is not another pattern's while remembered
    second = re.compile("they're")  # a new pattern: its own entry, whatever id it is given
    assert list(prefilter.paragraphs_to_search(second, "so there's one", paragraphs)) == []


def test_the_lexicons_searches_find_the_same_with_and_without_the_guard(monkeypatch):
    from newslint.document import Document

    text = "\n\n".join(
        f"Paragraph {i}: the council has approved it, and they're sure it had been worth it; "
        f"residents have said it's had its day, but there's more to do."
        for i in range(6)
    )
    pattern = re.compile(r"(?<![\w'])(?:has|have|had|there's|it's)(?![\w'])")
    found = {}
    for guard_from in (10**9, 0):
        monkeypatch.setattr(prefilter, "_searched", {})
        monkeypatch.setattr(prefilter, "GUARD_FROM", guard_from)
        lexicon = Document(text, path="a.txt").analysis("lexicon")
        found[guard_from] = (
            [(i, m.span(), m.group()) for i, m in lexicon.matches(pattern)],
            [(i, position) for i, _, position in lexicon.token_hits(pattern)],
        )
    assert prefilter.guarded(pattern) is not pattern  # (a guard there is to use)
    assert found[0] == found[10**9] and len(found[0][0]) == 36  # six a paragraph


@pytest.mark.parametrize(
    "code, module, name",
    [
        ("G201", "verb_form", "_ARTICLE_VERB_NOUN"),
        ("G205", "adjective_for_adverb", "_G205"),
        ("G206", "agreement.joined_tense", "_CANDIDATE"),
        ("G310", "missing_be", "_G310"),
        ("G315", "extra_article", "_ARTICLE"),
        ("C104", "consistency.figures", "_COUNT"),
    ],
)
def test_rules_that_scan_the_prose_themselves_find_the_same_with_and_without_the_guard(code, module, name, monkeypatch):
    """G201, G205, G206, G310, G315 and C104 search the prose with patterns of their own that
    open with a look-behind, guarded once enough paragraphs were searched: the findings on
    their own examples (each a paragraph of one draft) are the same either way."""
    from newslint.engine import builtin_rules

    (rule,) = [r for r in builtin_rules() if r.code == code]
    plain = [e.text for e in rule.examples if not e.options and e.path == "example.txt"]
    text = "\n\n".join(plain)
    found = {}
    for guard_from in (10**9, 0):
        monkeypatch.setattr(prefilter, "_searched", {})
        monkeypatch.setattr(prefilter, "GUARD_FROM", guard_from)
        found[guard_from] = [(f.code, f.line, f.column, f.severity) for f in lint_text(text, path="draft.txt")
                             if f.code == code]
    assert any(f[0] == code for f in found[0])
    assert found[0] == found[10**9]
    pattern = getattr(importlib.import_module(f"newslint.checks.{module}"), name)
    assert prefilter._entry(prefilter._searched, pattern)  # (searched through guarded_in_time)
    assert prefilter.guarded(pattern) is not pattern  # (with a guard to use)


def test_the_quote_marks_analysis_pairs_the_same_marks_with_and_without_the_guard(monkeypatch):
    """analysis/quote_marks.py skips "'n'" ("rock 'n' roll") with a guarded pattern: the
    quotes and unbalanced marks are the same either way."""
    from newslint.analysis import quote_marks
    from newslint.document import Document

    text = "\n\n".join(
        [
            "It was rock 'n' roll, she said, and 'fish ’n’ chips' after.",
            "“We danced to rock ’n’ roll,” said the mayor, 'all night.",
            "The band's 'N' Sync tribute played on; \"it was loud,\" he said.",
        ]
        * 3
    )
    found = {}
    for guard_from in (10**9, 0):
        monkeypatch.setattr(prefilter, "_searched", {})
        monkeypatch.setattr(prefilter, "GUARD_FROM", guard_from)
        quotes = Document(text, path="a.txt").analysis("quotes")
        found[guard_from] = ([(q.start, q.end) for q in quotes], [(u.start, u.end) for u in quotes.unbalanced])
    assert found[0] == found[10**9] and found[0][0]
    assert prefilter._entry(prefilter._searched, quote_marks._ROCK_N)
    assert prefilter.guarded(quote_marks._ROCK_N) is not quote_marks._ROCK_N


def test_the_people_the_lexicon_names_are_the_same_with_and_without_the_guard(monkeypatch):
    """Vocabulary.people reads titles, ages, "X said he" and surnames used alone with patterns
    of its own, guarded in time: the same people either way."""
    from newslint.analysis import vocabulary
    from newslint.document import Document

    text = "\n\n".join(
        [
            "Senator Maria Kelly said she would vote. Kelly's aides, Tom Brandt, 44, and "
            "Ana Ruiz, who runs the office, agreed; Dr. Lee Park told reporters he was pleased.",
            "In Manchester, Manchester United fans met Mr Osei. Osei said that he was there; "
            "the Boston Celtics and Celtics staff went home.",
        ]
        * 3
    )
    found = {}
    for guard_from in (10**9, 0):
        monkeypatch.setattr(prefilter, "_searched", {})
        monkeypatch.setattr(prefilter, "GUARD_FROM", guard_from)
        found[guard_from] = sorted(Document(text, path="a.txt").analysis("lexicon").people)
    assert found[0] == found[10**9] and {"kelly", "osei", "park"} <= set(found[0])
    for name in ("_TITLED", "_PERSON_CUE", "_SAID_HE", "_CAPITALISED_RUN"):
        pattern = getattr(vocabulary, name)
        assert prefilter._entry(prefilter._searched, pattern)
        assert prefilter.guarded(pattern) is not pattern


def test_the_date_rules_find_the_same_impossible_years_with_and_without_the_guard(monkeypatch):
    """D103 and D104 search the whole prose for backward spans ("from 2016 to 2014") and
    decades that are no decade ("the early 2024s"), guarded in time: the same findings."""
    import datetime as dt

    from newslint.checks.dates import _impossible_years, future_event

    text = "\n\n".join(
        [
            "Prices rose steadily from 2016 to 2014, the council said on Monday.",
            "The band will tour again in the late 2015s, its manager said.",
            "Critics said the city had grown fast in the early 2024s.",
            "Rents climbed from 2017 to 2013 in the north of the county, officials said.",
        ]
    )
    found = {}
    for guard_from in (10**9, 0):
        monkeypatch.setattr(prefilter, "_searched", {})
        monkeypatch.setattr(prefilter, "GUARD_FROM", guard_from)
        found[guard_from] = [
            (f.code, f.line, f.column)
            for f in lint_text(text, path="draft.txt", date=dt.date(2020, 6, 1))
            if f.code in ("D103", "D104")
        ]
    assert found[0] == found[10**9]
    assert {code for code, _, _ in found[0]} == {"D103", "D104"} and len(found[0]) == 4
    for pattern in (future_event._BACKWARD_SPAN, future_event._DECADE_TEXT, _impossible_years._DECADE_TEXT):
        assert prefilter._entry(prefilter._searched, pattern)
        assert prefilter.guarded(pattern) is not pattern


# -- strings every match holds (the rule packs' look, packs.PackRule._held_strings) ----------


@pytest.mark.parametrize(
    "pattern, flags, strings",
    [
        (r"please (?:write|enter) your (?:real|full) name", re.I,
         ["please enter your full name", "please enter your real name",
          "please write your full name", "please write your real name"]),
        (r"(?:©|\(c\)|copyright ©?)\s*(?:19|20)\d\d\b", re.I, ["(c)", "copyright ", "©"]),  # not "19"/"20"
        (r"(?<![\w'’-])(?:return(?:s|ed)?|revert) +back(?![\w'’-])", re.I, ["turn", "vert"]),
        (r"\[\[[^\[\]\n]{0,80}\]\]|\?{3,}", 0, ["?", "[["]),
        (r"(?:a|ab)c", 0, ["ac", "abc"]),
        (r"(?:foo)?bar|baz?", 0, ["ba"]),  # "bar" holds "ba": it adds nothing
    ],
)
def test_the_strings_every_match_holds(pattern, flags, strings):
    assert prefilter.required_strings(pattern, flags) == sorted(strings)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+\d",  # no literal text
        r"(?:foo){e<=1}",  # a fuzzy match (regex): "{e<=1}" is no text
        r"[[:alpha:]]+x",  # a POSIX class (regex)
        r"(?i:abc)d?",  # a part with flags of its own
        r"a(",  # no pattern at all
    ],
)
def test_no_strings_held_where_that_cannot_be_said(pattern):
    assert prefilter.required_strings(pattern) == []


def test_a_pack_rule_finds_the_same_with_and_without_its_look():
    """Every match of each shipped pack rule holds one of its strings (random drafts made of
    its own examples, the strings in every case, and filler), so the look skips no draft
    with a match; and drafts without the strings are skipped."""
    from newslint.engine import builtin_rules
    from newslint.packs import PackRule, _folded

    rng = random.Random(7)
    rules = [r for r in builtin_rules() if isinstance(r, PackRule)]
    assert any(r._held_strings() is not None for r in rules)
    filler = ["The council met on Monday.", "ſtill", "KİNDLY", "ıt", "“Quote,” she said.", "X", "\n\n"]
    for rule in rules:
        look = rule._held_strings()
        texts = [e.text for e in rule.examples] + filler
        for _ in range(60):
            text = " ".join(rng.choice(texts) for _ in range(rng.randint(1, 6)))
            for variant in (text, text.upper(), text.lower(), text.swapcase()):
                matched = rule.pattern.search(variant) is not None
                seen = look is None or look.search(_folded(variant) if rule.pattern.flags & re.I else variant)
                assert seen or not matched, (rule.code, variant)
