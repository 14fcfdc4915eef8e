"""Each output format over one shared set of findings, a file problem included."""

import json
from pathlib import Path

import pytest

from newslint.api import Overrides, lint_paths
from newslint.config import Settings
from newslint.engine import all_rules
from newslint.report import render

from conftest import sarif_schema

SNAPSHOTS = Path(__file__).parent / "snapshots"
DRAFT = """Council approves bridge

The council will spend TK on the bridge, the mayor (Zoë Müller said

Top Stories
"""


@pytest.fixture
def shared_result(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("story.txt").write_text(DRAFT, encoding="utf-8")
    Path("broken.txt").write_bytes(b"Bad \xff byte")
    # the boilerplate and punctuation rules only, so that new rules elsewhere leave this alone
    result = lint_paths(["story.txt", "broken.txt"], overrides=Overrides(select=("B", "P")), keep_documents=True)
    sources = {p: d.text.splitlines() for p, d in result.documents.items()}
    rules = {r.code: r for r in all_rules(Settings())}
    return result, rules, sources


@pytest.mark.parametrize("name", ["text", "concise", "json", "github"])
def test_format_snapshot(shared_result, name):
    result, rules, sources = shared_result
    output = render(name, result.findings, rules, sources, files=result.files)
    expected = (SNAPSHOTS / f"report.{name}").read_text(encoding="utf-8")
    assert output == expected


def test_sarif_validates_against_the_schema(shared_result):
    jsonschema = pytest.importorskip("jsonschema")
    result, rules, sources = shared_result
    document = json.loads(render("sarif", result.findings, rules, sources))
    jsonschema.validate(document, sarif_schema())
    run = document["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for item in run["results"]:
        assert ids[item["ruleIndex"]] == item["ruleId"]
        assert item["partialFingerprints"]["newslintFinding/v1"]
    assert {"B201", "B101", "P101", "P102", "E902"} <= {r["ruleId"] for r in run["results"]}
    assert run["invocations"][0]["executionSuccessful"] is False


def test_sarif_fingerprints_survive_lines_added_above(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    rules = {r.code: r for r in all_rules(Settings())}

    def prints(text):
        Path("story.txt").write_text(text, encoding="utf-8")
        result = lint_paths(["story.txt"], keep_documents=True)
        sources = {p: d.text.splitlines() for p, d in result.documents.items()}
        run = json.loads(render("sarif", result.findings, rules, sources))["runs"][0]
        return {r["ruleId"]: r["partialFingerprints"]["newslintFinding/v1"] for r in run["results"]}

    before = prints(DRAFT)
    after = prints(DRAFT.replace("Council approves bridge\n", "Council approves bridge\n\nA new first paragraph.\n"))
    assert before == after


def test_sarif_gives_each_languagetool_code_its_own_descriptor(shared_result):
    jsonschema = pytest.importorskip("jsonschema")
    from newslint.findings import Finding

    result, rules, sources = shared_result
    assert "LT" in rules
    grammar = Finding(
        "LTHE_VERB_AGR", "he-verb-agr", "grammar", "warning", 0, 3, "Check the verb.",
        path="story.txt", line=3, column=1, end_line=3, end_column=4,
    )
    document = json.loads(render("sarif", result.findings + [grammar], rules, sources))
    jsonschema.validate(document, sarif_schema())
    run = document["runs"][0]
    descriptors = run["tool"]["driver"]["rules"]
    lt_result = next(r for r in run["results"] if r["ruleId"] == "LTHE_VERB_AGR")
    assert descriptors[lt_result["ruleIndex"]]["id"] == "LTHE_VERB_AGR"
