"""Every rule's own examples: those that must fire, and those that must not.

For each example the rule runs alone on the example's draft; the number of findings must equal
the number of expected flags, and each finding must cover the text given (an empty string
accepts any text). Each finding's message is written for editors (STYLE.md §5) and its severity
follows confidence (only a rule that is sure reports an error). The pair of sentences a rule's
documentation shows (*Flagged* / *Preferred*) behaves as documented.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from newslint.backends import LanguageModel, LanguageTool
from newslint.config import Settings
from newslint.document import Document
from newslint.engine import all_rules, check_document
from newslint.findings import SEVERITIES
from newslint.rule import Context, Example

RULES = all_rules(Settings())
# A rule that needs a service (LanguageTool's, the language model) runs its examples against it: marked
# ``services``, and only its own examples ask for the server.
CASES = [
    pytest.param(
        rule,
        example,
        id=f"{rule.code}-{'fires' if example.fires else 'silent'}-{i}",
        marks=[pytest.mark.services] if getattr(rule, "service", None) else [],
    )
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
        # The rule needs a real LanguageTool server (see conftest), through its backend.
        url = request.getfixturevalue("languagetool_url")
        settings = settings.with_options(tables=(("languagetool", {"server": url}),))
        context = Context(settings, context.date, context.recurring, {"languagetool": LanguageTool()})
    elif getattr(rule, "service", None) == "model":
        # The rule reads the real language model (see conftest), through its backend.
        request.getfixturevalue("language_model_dir")
        context = Context(settings, context.date, context.recurring, {"model": LanguageModel()})
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
        assert finding.severity in SEVERITIES
        assert finding.severity != "error" or rule.severity == "error", (
            f"{rule.code} is declared {rule.severity} but reports an error: only a sure rule does"
        )
        if not getattr(rule, "service", None):  # a service's own words are its own
            assert not message_problems(finding.message), (
                f"{rule.code}: {finding.message!r}: {', '.join(message_problems(finding.message))}"
            )


# Words for programmers, never in a message for editors (STYLE.md §5).
_PROGRAMMER_WORDS = re.compile(r"\b(?:regexp?|tokens?|parsed?|parser|offsets?|null)\b")


def message_problems(message: str) -> list[str]:
    """What keeps ``message`` from being one plain sentence for an editor."""
    problems = []
    if not message.strip():
        return ["empty"]
    if "\n" in message:
        problems.append("more than one line")
    if "!" in message:
        problems.append("an exclamation mark")
    if not (message[0].isupper() or message[0].isdigit() or message[0] in "\"“‘'"):
        problems.append("not in sentence case")
    if not re.search(r"[.?][\"”’')]*$|\)$", message):
        problems.append("no full stop at the end")
    if _PROGRAMMER_WORDS.search(message):
        problems.append(f"the programmer's word {_PROGRAMMER_WORDS.search(message).group()!r}")
    return problems


def test_message_problems_are_found():
    assert message_problems("\"Tuesday\" does not match Aug. 20, 2024 (a Monday).") == []
    assert message_problems("the regex matched!") == [
        "an exclamation mark", "not in sentence case", "no full stop at the end", "the programmer's word 'regex'",
    ]


_DOCUMENTED = re.compile(r"^\*(Flagged|Preferred)\*:\s*(.*?)(?=\n\s*\n|\n\*|\Z)", re.M | re.S)
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)+)"')


_STORY_DATED = re.compile(r"\((?:in )?(?:a )?story dated ([^)]+)\)")


def documented_pair(rule) -> list[tuple[bool, str, dict]]:
    """(must fire, text, options) for each sentence in quotation marks of the rule's *Flagged*
    and *Preferred* paragraphs (a *Preferred* that says what to do, "delete the line", has
    none). "(in a story dated …)" after the Flagged sentence dates the story of both; a "…"
    that stands for omitted copy is left out."""
    pair = []
    options: dict = {}
    for kind, body in _DOCUMENTED.findall(rule.docs):
        body = " ".join(body.split())
        dated = _STORY_DATED.search(body)
        if dated:
            options = {"date": _story_date(dated.group(1))}
        for text in _QUOTED.findall(body):
            pair.append((kind == "Flagged", text.replace("\\n", "\n").replace(" … ", " "), options))
    return pair


def _story_date(words: str) -> str:
    """An ISO date from "2016" (the middle of the year), "Aug. 20, 2024" or "Wednesday, Aug. 21, 2024"."""
    for form in ("%Y", "%b. %d, %Y", "%A, %b. %d, %Y"):
        try:
            date = dt.datetime.strptime(words.strip(), form).date()
        except ValueError:
            continue
        return (date.replace(month=7) if form == "%Y" else date).isoformat()
    raise ValueError(f"cannot read the story date {words!r}")


# Rules whose documented sentence does not behave as documented, with the reason; each is a
# fix to that rule's docstring or examples, owned by its author. The list may
# only shrink: a rule that starts to pass fails here until it is taken off.
DOCUMENTED_PAIR_GAPS = {
    "B106": "a line is residue only when it recurs across the drafts of a run",
    "D106": "its docs flag a dateline one day after the story's date, which its examples accept",
    "S102": "the documented word is flagged only when the house list (vocabulary.reject) has it",
}


@pytest.mark.parametrize(
    "rule",
    [
        pytest.param(
            r,
            id=r.code,
            marks=[pytest.mark.xfail(strict=True, reason=DOCUMENTED_PAIR_GAPS[r.code])]
            if r.code in DOCUMENTED_PAIR_GAPS
            else [],
        )
        for r in RULES
        if not getattr(r, "service", None)
    ],
)
def test_the_documented_pair_behaves_as_documented(rule):
    pair = documented_pair(rule)
    assert any(fires for fires, _, _ in pair), f"{rule.code}: its docs show no *Flagged* sentence"
    for fires, text, options in pair:
        # A documented sentence is a sentence of a story: under a headline, as in the examples.
        draft = text if "\n" in text else f"Headline\n\n{text}\n"
        example = Example(draft, ("",) if fires else (), options=tuple(options.items()))
        doc, findings = run_example(rule, example)
        assert bool(findings) == fires, (
            f"{rule.code}: the documented {'Flagged' if fires else 'Preferred'} {text!r} "
            f"gives {len(findings)} finding(s)"
        )
