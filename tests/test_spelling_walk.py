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
