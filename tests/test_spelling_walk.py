"""The spelling walk (``doc.analysis("spelling")``): each word sorted once, read by S101 and S103."""

from __future__ import annotations

from newslint.config import Settings
from newslint.document import Document
from newslint.engine import all_rules, check_document
from newslint.rule import Context


def kinds(text: str, settings: Settings | None = None):
    doc = Document(text, path="draft.txt")
    return [(v.kind, doc.text[v.start : v.end]) for v in doc.analysis("spelling").verdicts(settings or Settings())]


def test_each_word_is_sorted_as_misspelled_rare_split_or_run_together():
    text = "The mayor was tryinng to improv the roads upto the bridge an d the river."
    assert kinds(text) == [
        ("misspelled", "tryinng"),
        ("rare", "improv"),
        ("run_together", "upto"),
        ("split", "an d"),
    ]


def test_a_capitalised_slip_opening_a_sentence_is_its_own_kind():
    assert kinds("Talks resume\n\nTeh minister spoke.") == [("capitalised", "Teh")]


def test_the_accept_and_reject_lists_change_the_verdicts():
    text = "The mayor was tryinng to improv the roads."
    accepting = Settings(accept=frozenset({"tryinng", "improv"}))
    assert kinds(text, accepting) == []
    assert kinds(text, Settings(reject=frozenset({"tryinng"}))) == [("rare", "improv")]
    assert kinds(text) == [("misspelled", "tryinng"), ("rare", "improv")]


def test_the_walk_runs_once_for_both_rules(monkeypatch):
    from newslint.analysis import spelling

    walks = []
    real_walk = spelling._walk
    monkeypatch.setattr(spelling, "_walk", lambda *args: walks.append(args) or real_walk(*args))
    settings = Settings()
    rules = [rule for rule in all_rules(settings) if rule.code in ("S101", "S103")]
    doc = Document("The mayor was tryinng to improv the roads.", path="draft.txt")
    findings = check_document(doc, settings, rules, Context(settings))
    assert sorted(f.code for f in findings) == ["S101", "S103"]
    assert len(walks) == 1


# -- evidence that a word no dictionary has is meant ------------------------------------------


def test_a_listed_compound_written_solid_is_a_word_two_words_run_together_are_not():
    from newslint.checks.spelling.coinages import solid_compound

    assert solid_compound("cleareyed")  # "clear-eyed"
    assert not solid_compound("alot")
    assert not solid_compound("infact")
    assert not solid_compound("selfdeprecating")  # "self-" keeps its hyphen


def test_an_inflected_compound_written_with_a_hyphen_or_a_space():
    from newslint.checks.spelling.coinages import inflected_compound

    assert inflected_compound(["high", "fiving"])  # "highfive" + -ing
    assert not inflected_compound(["what", "thes"])  # "the" is no inflected word
    assert not inflected_compound(["high", "fivng"])


def test_compound_slang_and_coinage_make_no_verdict():
    text = (
        "Aides were high-fiving and high fiving; her cleareyed aide, the contraster-in-chief,"
        " said “for realz”."
    )
    assert kinds(text) == []


def test_a_slip_inside_a_compound_is_still_misspelled():
    assert kinds("The anti-goverment march was cleareyde.") == [
        ("misspelled", "goverment"),
        ("misspelled", "cleareyde"),
    ]


def test_a_surname_after_an_initial_is_a_name_of_the_story():
    text = "“It's jeff pellworth,” she said, meaning Jeffrey T. Pellworth."
    assert kinds(text) == []
    assert kinds("“It's jeff pellworth,” she said.") == [("misspelled", "pellworth")]


def test_a_word_written_three_times_is_meant_unless_a_slip_of_a_common_word():
    meant = "The zentrafic pump failed. A zentrafic valve and a zentrafic seal were fitted."
    assert kinds(meant) == []
    twice = "The zentrafic pump failed. A zentrafic valve was fitted."
    assert kinds(twice) == [("misspelled", "zentrafic"), ("misspelled", "zentrafic")]
    slips = "The goverment met. The goverment spoke. The goverment left."
    assert [k for k, _ in kinds(slips)] == ["misspelled"] * 3


# -- how sure S101 is -------------------------------------------------------------------------


def severities(text: str):
    settings = Settings()
    rules = [rule for rule in all_rules(settings) if rule.code == "S101"]
    doc = Document(text, path="draft.txt")
    return [(doc.text[f.start : f.end], f.severity) for f in check_document(doc, settings, rules, Context(settings))]


def test_a_quoted_term_the_text_names_is_only_for_a_check():
    assert severities('The stew, known as "zarpella", is served cold.') == [("zarpella", "info")]
    assert severities("It comes from the Latin word 'vorbum' meaning speech.") == [("vorbum", "info")]
    assert severities('The stew "zarpella" (a fish soup) is served cold.') == [("zarpella", "info")]
    assert severities('The mayor said the plan was "unaceptable" to voters.') == [("unaceptable", "warning")]
    assert severities("The mayor said the plan was unaceptable.") == [("unaceptable", "warning")]


def test_the_second_part_of_a_species_name_is_only_for_a_check():
    assert severities("The fly Musca agnda was found.") == [("agnda", "info")]
    assert severities("The fly M. agnda was found.") == [("agnda", "info")]
    assert severities("Ministers set the agnda.") == [("agnda", "warning")]
    assert severities("Agnda items were set.") == []  # (a capitalised word: a name)


def test_an_address_a_mail_archive_shortened_is_no_word():
    assert severities("Write to davidr...@example.net or presid...@example.gov today.") == []


def test_borrowed_phrases_of_the_kitchen():
    assert severities("Bon appetit, said the chef, serving foie gras cooked sous vide.") == []


def test_a_word_beside_letters_english_spells_without_is_only_for_a_check():
    # "dédiée" itself is another language's word (a letter English spells without): not reported.
    assert severities("The choir sang « nevr dédiée » at the end.") == [("nevr", "info")]
    assert severities("The choir sang the « Messe für Chor » and a hymn in Greek, « βίος ».") == []
    assert severities("The choir sang nevr at the end.") == [("nevr", "warning")]
    assert severities("Zoë Müller said the goverment was wrong.") == [("goverment", "warning")]


def test_a_link_scheme_and_web_slang_are_no_slips():
    assert severities("Write (mailto:desk@example.net) or call tel:+44 20 7946 0000.") == []
    assert severities("“Thanx, hehe,” she wrote; the resons:they gave were weak.") == [("resons", "warning")]
