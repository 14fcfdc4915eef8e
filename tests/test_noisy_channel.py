"""The noisy-channel real-word test (newslint/noisy_channel.py), its hashed bigram store
(newslint/word_bigrams.py) and the rule that reports it (S209, off by default).

Every sentence here is invented."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

from newslint import noisy_channel as nc
from newslint import word_bigrams as wb
from newslint.analysis.lexicon import _TOKEN, APOSTROPHES
from newslint.api import lint_text
from newslint.config import Settings


def tokens(text: str):
    folded = text.translate(APOSTROPHES).lower()
    return [(m.group(), m.start(), m.end(), text[m.start() : m.end()]) for m in _TOKEN.finditer(folded)]


def suspected(text: str):
    found = tokens(text)
    return [(found[i][3], meant) for i, meant, _ in nc.suspects(found)]


def lint(text: str, codes=("S209",)):
    settings = Settings().with_options(select=tuple(codes))
    return lint_text("Headline\n\n" + text + "\n", path="story.txt", settings=settings)


# --- the store -----------------------------------------------------------------------------


def small_store(counts: dict, total: int = 1000) -> wb.Bigrams:
    keyed = []
    for key, count in counts.items():
        keyed.append((wb.bigram_key(*key) if isinstance(key, tuple) else wb.unigram_key(key), count))
    return wb.Bigrams(wb.encode(keyed, total))


def test_a_store_gives_back_its_counts_within_a_quarter_power_of_two():
    store = small_store({"harbour": 40, "ferry": 300, ("harbour", "ferry"): 12, ("the", "harbour"): 7})
    assert store.total == 1000
    for found, count in [
        (store.count("harbour"), 40),
        (store.count("ferry"), 300),
        (store.pair("harbour", "ferry"), 12),
        (store.pair("the", "harbour"), 7),
    ]:
        assert count * 2 ** -0.125 <= found <= count * 2 ** 0.125


def test_what_a_store_never_counted_reads_zero():
    store = small_store({"harbour": 40, ("harbour", "ferry"): 12})
    assert store.count("ferry") == 0
    assert store.pair("ferry", "harbour") == 0  # the order of a pair matters
    assert store.pair("harbour", "harbor") == 0


def test_keys_that_share_a_fingerprint_keep_the_larger_count():
    key = wb.unigram_key("harbour")
    store = wb.Bigrams(wb.encode([(key, 5), (key ^ 0xFF, 900)], 1000))  # same top 40 bits
    assert store.count("harbour") == pytest.approx(900, rel=0.1)


def test_a_store_of_another_format_is_refused():
    with pytest.raises(ValueError, match="not a newslint bigram store"):
        wb.Bigrams(b"NLWT2\0\0\0" + bytes(64))


def test_the_shipped_store_knows_common_pairs_and_not_slips():
    store = wb.store()
    assert store.pair("of", "the") > 100_000
    assert store.pair("a", "good") > 1000
    assert store.pair("a", "goo") == 0
    assert store.count("#") > 0  # numbers fold to one token
    assert wb.token("2024") == "#"


def test_the_store_is_not_opened_at_import():
    code = (
        "import newslint.engine as e, newslint.word_bigrams as w, sys; e.builtin_rules();"
        "sys.exit(w.store.cache_info().currsize)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# --- the error model -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, meant, kind",
    [
        ("patters", "patterns", "dropped"),
        ("goo", "good", "dropped"),
        ("ocur", "occur", "double"),
        ("occurr", "occur", "double"),
        ("goof", "good", "near-key"),
        ("spit", "spat", "substituted"),
        ("form", "from", "transposed"),
        ("boards", "board", "final-s"),
        ("board", "boards", "final-s"),
        ("bloom", "blown", ""),
        ("house", "home", ""),
        ("fomr", "from", ""),  # not a swap of neighbours
    ],
)
def test_edit_kind(typed, meant, kind):
    assert nc.edit_kind(typed, meant) == kind


def test_likelier_slips_weigh_more_and_number_is_never_proposed():
    assert nc.edit_prior("ocur", "occur") > nc.edit_prior("goof", "good") > nc.edit_prior("spit", "spat")
    assert nc.edit_prior("board", "boards") == -math.inf
    assert nc.edit_prior("house", "home") == -math.inf


def test_candidates_leave_out_plurals_and_the_other_spelling():
    found = nc.candidates("realise")
    assert "realize" not in found
    assert "board" not in nc.candidates("boards")
    assert "patterns" in nc.candidates("patters")


# --- the test on real text -------------------------------------------------------------------


def test_slips_that_fit_their_neighbours_badly_are_suspected():
    assert suspected("Analysts studied consumption patters across the region.") == [("patters", "patterns")]
    assert suspected("The bakery has built a goo reputation over the years.") == [("goo", "good")]


def test_clean_sentences_are_not_suspected():
    for text in (
        "Analysts studied consumption patterns across the region.",
        "The council said the new bridge would open in the spring.",
        "Shares in the company fell sharply after the announcement on Tuesday.",
    ):
        assert suspected(text) == []


def test_capitalised_short_and_non_words_are_not_weighed():
    assert not nc.eligible(("goo", 0, 3, "Goo"))  # a name, perhaps
    assert not nc.eligible(("oj", 0, 2, "oj"))
    assert not nc.eligible(("xqzt", 0, 4, "xqzt"))  # the speller's business
    assert nc.eligible(("goo", 0, 3, "goo"))


def test_without_a_store_nothing_is_suspected(monkeypatch):
    monkeypatch.setattr(wb, "store", lambda: None)
    assert suspected("The bakery has built a goo reputation over the years.") == []


# --- the rule ----------------------------------------------------------------------------------


def test_the_rule_reports_the_slip_with_the_word_meant():
    (finding,) = lint("Critics say the firm has a goo reputation for service.")
    assert finding.code == "S209" and finding.severity == "info"
    assert list(finding.suggestions) == ["good"]


def test_the_rule_is_off_unless_selected():
    findings = lint_text(
        "Headline\n\nThe bakery has built a goo reputation over the years.\n",
        path="story.txt",
        settings=Settings(),
    )
    assert "S209" not in {f.code for f in findings}
    assert [f.code for f in lint("The bakery has built a goo reputation over the years.")] == ["S209"]


# --- the harness -------------------------------------------------------------------------------


def load_script(name: str):
    """A module of scripts/, loaded with scripts/ on the path for its own imports."""
    import importlib.util
    from pathlib import Path

    scripts = Path(__file__).resolve().parent.parent / "scripts"
    sys.path.insert(0, str(scripts))
    try:
        spec = importlib.util.spec_from_file_location(name, scripts / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(scripts))
    return module


@pytest.fixture(scope="module")
def harness():
    return load_script("eval_noisy_channel")


def test_the_harness_slips_are_one_edit_and_words_the_test_weighs(harness):
    import random

    rng = random.Random(7)
    made = [(meant, harness.slip(meant, rng)) for meant in ("harbour", "good", "them") for _ in range(300)]
    slips = [(meant, typed) for meant, typed in made if typed]
    assert slips, "some slips make another word"
    for meant, typed in slips:
        assert typed != meant and nc.eligible((typed, 0, 0, typed))
        assert nc.edit_prior(typed, meant) > -math.inf  # one edit the model allows


def test_the_harness_keeps_its_files_out_of_the_counts(harness, tmp_path):
    for k in range(20):
        (tmp_path / f"wiki_{k:02d}").write_text("", encoding="utf-8")
    counts = harness.build.files(tmp_path, "counts")
    held = harness.build.files(tmp_path, "harness")
    assert len(counts) == 16 and len(held) == 4 and not set(counts) & set(held)


def test_a_word_inside_a_hyphenated_compound_is_not_weighed():
    assert suspected("The firm faced a goo-reputation campaign.") == []
    assert suspected("The firm has a goo reputation.") == [("goo", "good")]


# --- the diagnosis script ------------------------------------------------------------------


@pytest.fixture(scope="module")
def diagnosis():
    return load_script("diagnose_noisy_channel")


def test_fit_reads_single_frequencies_from_the_source_it_is_given():
    store = wb.store()
    own = nc.fit(store, "a", "goo", "reputation")
    assert nc.fit(store, "a", "goo", "reputation", nc.store_share) == own
    assert nc.fit(store, "a", "goo", "reputation", lambda s, w: 1e-3) > own


def test_general_use_raises_a_news_word_that_wikipedia_rarely_writes(diagnosis):
    store = wb.store()
    assert diagnosis.general_share(store, "email") > 2 * nc.store_share(store, "email")
    assert diagnosis.general_share(store, "the") == nc.store_share(store, "the")


def test_the_diagnosis_names_a_cause_for_each_finding(diagnosis, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Council buildings\n\nThe bakery has built a goo reputation over the years.\n\n"
        "Staff moved to a private email server last spring.\n",
        encoding="utf-8",
    )
    found = list(diagnosis.findings(diagnosis.draft_paragraphs([draft]), nc.THRESHOLD))
    assert [(f["word"], f["meant"]) for f in found] == [("goo", "good"), ("email", "mail")]
    assert found[1]["cause"] == "counts"  # "email" is common in news, rare in the Wikipedia counts
    assert all(f["cause"] in ("counts", "candidate", "decision", "decision unseen") for f in found)


def test_the_diagnosis_reports_right_and_false_findings_apart(diagnosis, tmp_path, capsys):
    draft = tmp_path / "draft.txt"
    draft.write_text("The bakery has built a goo reputation.\n\nStaff used a private email server.\n", encoding="utf-8")
    right = tmp_path / "right.tsv"
    right.write_text("draft.txt\tgoo\n", encoding="utf-8")
    assert diagnosis.main([str(draft), "--right", str(right)]) == 0
    out = capsys.readouterr().out
    assert "2 findings, 1 right, 1 false" in out
    assert "causes of the false findings: counts 1" in out
