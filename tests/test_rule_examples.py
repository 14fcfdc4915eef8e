"""Every rule's own examples: those that must fire, and those that must not.

For each example the rule runs alone on the example's draft; the number of findings must equal
the number of expected flags, and each finding must cover the text given (an empty string
accepts any text).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newslint.config import Settings
from newslint.document import Document
from newslint.engine import all_rules, check_document
from newslint.rule import Context

RULES = all_rules(Settings())
CASES = [
    pytest.param(rule, example, id=f"{rule.code}-{'fires' if example.fires else 'silent'}-{i}")
    for rule in RULES
    for i, example in enumerate(rule.examples)
]


def example_context(example) -> Context:
    """The settings, story date and recurring lines an example's options give."""
    options = dict(example.options)
    date = options.pop("date", None)
    # the lines that recur across the drafts of a run, as the engine finds them
    recurring = options.pop("recurring", {})
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    settings = Settings(**options) if options else Settings()
    return Context(settings, date, recurring)


def run_example(rule, example, request=None):
    context = example_context(example)
    settings = context.settings
    if getattr(rule, "service", None) == "languagetool":
        # The rule needs a real LanguageTool server: the session's (see conftest).
        url = request.getfixturevalue("languagetool_url")
        settings = settings.with_options(tables=(("languagetool", {"server": url}),))
        context = Context(settings, context.date, context.recurring)
    doc = Document(example.text, path=example.path)
    return doc, check_document(doc, settings, [rule], context)


@pytest.mark.parametrize("rule, example", CASES)
def test_rule_example(rule, example, request):
    doc, findings = run_example(rule, example, request)
    covered = [doc.text[f.start : f.end] for f in findings]
    assert len(findings) == len(example.flags), (
        f"{rule.code} on {example.text!r}: expected {list(example.flags)}, got {covered}"
    )
    for expected, finding, text in zip(example.flags, findings, covered):
        # A rule with many codes (LT…) reports codes that start with its own.
        assert finding.code == rule.code or (getattr(rule, "service", None) and finding.code.startswith(rule.code))
        if expected:
            assert text == expected, f"{rule.code}: expected to cover {expected!r}, covered {text!r}"
