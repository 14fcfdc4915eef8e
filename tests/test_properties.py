"""Properties that hold on any input (issue 17): nothing raises, every span is right, --fix
changes only what it reports, and the same input gives the same findings.

Bounded for CI by the ``ci`` profile of tests/conftest.py (a few seconds a test). The long run:

    pytest -m fuzz --hypothesis-profile long tests/test_properties.py
"""

import json

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

from newslint.cache import Cache
from newslint.cli import main
from newslint.config import Settings
from newslint.document import Document, split_lines
from newslint.engine import all_rules, check_document
from newslint.errors import ConfigError, InputError
from newslint.fixes import plan_fixes
from newslint.rule import Context

pytestmark = pytest.mark.fuzz

RULES = [r for r in all_rules(Settings(select=("ALL",))) if not r.code.startswith("LT")]
PIECES = st.sampled_from(
    [
        "the", "The", " ", "\n", "\n\n", "\r\n", "\r", "\t", ".", ",", "“", "”", '"', "'", "’", "(", ")",
        "[", "]", "#", "> ", "- ", "*", "`", "```", "``", "''", "---\n", "<!--", "-->", "TK", "XX",
        "Monday", "Aug. 20", "2016", "April 31", "said", "Zoë", "Müller", "ﬁ", "é", "said.", "Top Stories",
        "<!-- newslint-disable -->", "http://x.y/z", "[a](b)", "1,000", "$5m", "Putin", "the the", "12\"",
        "6'2\"", "\x0b", "\x0c", "\x85", "\u2028", "\ufeff", "\u200b", "|", " , ", " .", "per cent",
        "---\ndate: 2021-02-30\n---\n", "---\ntitle: x\n---\n", "Mr.", "U.S.", "he said", ":",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=60).map("".join))
SLOW = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _document(text: str, markdown: bool) -> Document | None:
    try:
        return Document(text, path="draft.md" if markdown else "draft.txt")
    except InputError:  # only a clear input error is allowed
        return None


def _linted(text: str, markdown: bool):
    """The document and every rule's findings, or (None, []) for a clear input error."""
    doc = _document(text, markdown)
    if doc is None:
        return None, []
    return doc, check_document(doc, Settings(select=("ALL",)), RULES, Context(Settings()))


@SLOW
@given(text=TEXTS, markdown=st.booleans())
def test_the_document_model_holds_exact_offsets(text, markdown):
    doc = _document(text, markdown)
    if doc is None:
        return
    assert len(doc.prose) == len(doc.text)
    lines = split_lines(text)
    assert len(doc.line_starts) in (len(lines), len(lines) + 1)
    previous = 0
    for paragraph in doc.paragraphs:
        assert previous <= paragraph.start < paragraph.end <= len(text)
        previous = paragraph.end
    for sentence in doc.sentences:
        assert doc.paragraph_at(sentence.start) is not None
        assert 0 <= sentence.start < sentence.end <= len(text)
    for word in doc.words:
        assert doc.text[word.start : word.end] == word.text
        line, column = doc.line_col(word.start)
        assert lines[line - 1][column - 1] == word.text[0]


@SLOW
@given(text=TEXTS, markdown=st.booleans())
def test_rules_never_raise_spans_fit_and_results_repeat(text, markdown):
    doc, findings = _linted(text, markdown)
    assert not [f for f in findings if f.code == "E903"], "a rule crashed"
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(doc.text)
        assert (finding.line, finding.column) == doc.line_col(finding.start)
        assert (finding.end_line, finding.end_column) == doc.line_col(finding.end)
        for related in finding.related:
            assert 0 <= related.start <= related.end <= len(doc.text)
    assert _linted(text, markdown)[1] == findings


@SLOW
@given(text=TEXTS, markdown=st.booleans())
def test_fixes_touch_only_what_they_report_and_never_a_quotation(text, markdown):
    doc, findings = _linted(text, markdown)
    if doc is None:
        return
    edits = plan_fixes(doc, findings, unsafe=True)
    quotes = doc.analysis("quotes")
    last = -1
    for edit in edits:
        assert last <= edit.start <= edit.end <= len(text)
        last = edit.end
        assert not quotes.at(edit.start)
        # within the finding it fixes (a line of page residue may take its line breaks too)
        assert any(
            f.start <= edit.start and edit.end <= f.end
            or doc.line_col(f.start)[0] == doc.line_col(min(edit.start + 1, len(text)))[0]
            or doc.line_col(f.start)[0] == doc.line_col(edit.start)[0]
            for f in findings
        )


def _cli(args, input=None):
    result = CliRunner().invoke(main, args, input=input, catch_exceptions=True)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1, 2)
    assert "Traceback" not in result.output
    return result


@SLOW
@given(text=TEXTS, markdown=st.booleans())
def test_the_command_line_on_stdin_a_file_and_fix_agrees(tmp_path_factory, text, markdown):
    folder = tmp_path_factory.mktemp("draft")
    name = "draft.md" if markdown else "draft.txt"
    data = text.encode("utf-8", "surrogatepass")
    (folder / name).write_bytes(data)
    common = ["check", "--no-cache", "--jobs", "1", "--format", "json", "--fail-on", "never"]
    piped = _cli(common + ["--stdin-filename", str(folder / name), "-"], input=data)
    filed = _cli(common + [str(folder / name)])
    assert piped.exit_code == filed.exit_code
    if filed.exit_code == 0:
        assert json.loads(piped.stdout) == json.loads(filed.stdout)
    fixed_stdin = _cli(["check", "--no-cache", "--fix", "--stdin-filename", str(folder / name), "-"], input=data)
    fixed_file = _cli(["check", "--no-cache", "--jobs", "1", "--fix", "--fail-on", "never", str(folder / name)])
    if fixed_stdin.exit_code == 0 and fixed_file.exit_code == 0:
        assert (folder / name).read_bytes() == fixed_stdin.stdout_bytes
    assert sorted(p.name for p in folder.iterdir()) == [name]  # no temporary file left


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=30,
)
FINDING_KEYS = ["code", "name", "family", "severity", "start", "end", "message", "suggestions", "related",
                "quoted", "fixable", "safe_fix", "path", "line", "column", "end_line", "end_column"]
FINDINGS = st.lists(st.dictionaries(st.sampled_from(FINDING_KEYS), JSON, max_size=17), max_size=3)


@SLOW
@given(entries=st.one_of(JSON, st.lists(st.dictionaries(
    st.sampled_from(["path", "code", "fingerprint", "line", "message"]), JSON), max_size=3)))
def test_any_baseline_is_read_or_refused_in_one_line(tmp_path_factory, entries):
    from newslint import baseline

    path = tmp_path_factory.mktemp("base") / "base.json"
    path.write_text(json.dumps({"format": "newslint-baseline", "version": 1, "entries": entries}))
    try:
        read = baseline.read(path)
    except ConfigError as exc:
        assert "\n" not in str(exc)
        return
    assert all(isinstance(e.line, int) and isinstance(e.path, str) for e in read)


@SLOW
@given(findings=st.one_of(JSON, FINDINGS))
def test_any_cache_entry_is_used_whole_or_ignored(tmp_path_factory, findings):
    folder = tmp_path_factory.mktemp("cache")
    key = "ab" * 32
    entry = folder / "v1" / key[:2] / f"{key}.json"
    entry.parent.mkdir(parents=True)
    entry.write_text(json.dumps({"key": key, "findings": findings}))
    got = Cache(folder).get(key, "draft.txt", 40)
    if got is not None:
        for finding in got:
            assert finding.path == "draft.txt" and 0 <= finding.start <= finding.end <= 40
            assert isinstance(finding.line, int) and all(isinstance(s, str) for s in finding.suggestions)
