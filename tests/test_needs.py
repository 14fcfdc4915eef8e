"""A rule's ``needs`` is the truth: it reads only the analyses it declares, the runner builds
them before it runs, and each is built once per document."""

from __future__ import annotations

import importlib

import pytest
from test_rule_examples import example_context

from newslint.config import Settings
from newslint.document import Document
from newslint.engine import all_rules, check_document, needs_of
from newslint.rule import Context

RULES = [r for r in all_rules(Settings()) if not getattr(r, "service", None)]


class RecordingDocument(Document):
    """A Document that notes the analyses asked for from outside another analysis."""

    def __init__(self, *args, **kwargs):
        self.asked: list[str] = []
        self.built: list[str] = []
        self._depth = 0
        super().__init__(*args, **kwargs)

    def analysis(self, name):
        if self._depth == 0:
            self.asked.append(name)
        if name not in self._analyses:
            self.built.append(name)
        self._depth += 1
        try:
            return super().analysis(name)
        finally:
            self._depth -= 1


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_a_rule_reads_only_the_analyses_it_declares(rule):
    for example in rule.examples:
        doc = RecordingDocument(example.text, path=example.path)
        list(rule.run(doc, example_context(example)))
        undeclared = set(doc.asked) - set(needs_of(rule))
        assert not undeclared, f"{rule.code} reads {sorted(undeclared)} without declaring it in needs"


def test_every_declared_analysis_exists():
    for rule in RULES:
        for name in needs_of(rule):
            module = importlib.import_module(f"newslint.analysis.{name}")
            assert callable(getattr(module, "analyse", None)), f"{rule.code} needs {name!r}, which is no analysis"


def test_the_runner_builds_each_analysis_once_before_the_rules_that_need_it():
    text = 'Bridge\n\nThe council approved the bridge on Tuesday, Aug. 20, 2024. "It is good," the mayor said.\n'
    doc = RecordingDocument(text, path="story.txt")
    settings = Settings(select=("ALL",))
    check_document(doc, settings, RULES, Context(settings))
    needed = {name for rule in RULES for name in needs_of(rule)}
    assert set(doc.built) == needed
    assert len(doc.built) == len(set(doc.built))  # once each


def test_a_rule_without_needs_gets_no_analysis_built():
    quiet = next(r for r in RULES if not needs_of(r))
    doc = RecordingDocument("Bridge\n\nThe council approved the bridge.\n", path="story.txt")
    check_document(doc, Settings(), [quiet], Context(Settings()))
    assert doc.built == []  # no findings: not even the quotes for placing them
