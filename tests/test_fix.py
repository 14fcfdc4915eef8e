"""--fix: safe fixes applied atomically, never inside a direct quotation."""

import os

from newslint.document import Document
from newslint.findings import Finding
from newslint.fixes import apply_fixes, write_atomically

DRAFT = "Talks\n\nThe minister said , however, that talks would go on .\n\n“We will go on , always,” she said.\n"


def test_fix_rewrites_the_file_and_reports_what_remains(tmp_path, run_cli):
    path = tmp_path / "a.txt"
    path.write_text(DRAFT, encoding="utf-8")
    result = run_cli("check", "--fix", "--select", "P103", "a.txt")
    assert path.read_text(encoding="utf-8") == DRAFT.replace("said , however", "said, however").replace("go on .", "go on.")
    assert "fixed 2 problems in 1 file" in result.stderr
    assert result.returncode == 0, result.stdout


def test_fix_keeps_a_bom_and_the_file_mode(tmp_path, run_cli):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + DRAFT.encode("utf-8"))
    os.chmod(path, 0o640)
    run_cli("check", "--fix", "--select", "P103", "a.txt")
    assert path.read_bytes().startswith(b"\xef\xbb\xbfTalks")
    assert oct(path.stat().st_mode & 0o777) == oct(0o640)
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_fix_from_stdin_prints_the_fixed_text(run_cli):
    result = run_cli("check", "--fix", "--select", "P103", "-", input=DRAFT)
    assert result.stdout == DRAFT.replace("said , however", "said, however").replace("go on .", "go on.")


def _fixable(doc, text, replacement):
    start = doc.text.index(text)
    return Finding("P999", "test", "punctuation", "warning", start, start + len(text), "m", (replacement,), fixable=True, safe_fix=True)


def test_fixes_never_touch_a_direct_quotation():
    doc = Document(DRAFT, path="a.txt")
    inside = _fixable(doc, "on , always", "on, always")
    outside = _fixable(doc, "said , however", "said, however")
    text, count = apply_fixes(doc, [inside, outside])
    assert count == 1
    assert "“We will go on , always,”" in text and "said, however" in text


def test_overlapping_fixes_apply_once():
    doc = Document(DRAFT, path="a.txt")
    first = _fixable(doc, "said , however", "said, however")
    second = _fixable(doc, ", however", ", but")
    text, count = apply_fixes(doc, [first, second])
    assert count == 1 and "said, however" in text


def test_failed_write_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(DRAFT, encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    import pytest

    from newslint.errors import InputError

    with pytest.raises(InputError, match="cannot write the fixed draft"):
        write_atomically(path, "new text")
    assert path.read_text(encoding="utf-8") == DRAFT
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


# -- safe and unsafe fixes -------------------------------------------------------------------

REPEATS = """Harbour vote

The council said the the harbour plan was ready , after of the of of it.

Residents had been waiting for for years, and he said that that the plan failed.

“We will go to to Lisbon,” said Zoë Müller.

Top Stories

They did him in in the end.
"""


def test_fix_applies_only_safe_fixes_and_unsafe_fixes_the_rest(tmp_path, run_cli):
    path = tmp_path / "a.txt"
    path.write_text(REPEATS, encoding="utf-8")
    result = run_cli("check", "--fix", "--no-cache", "--select", "S301,P103,B101", "a.txt")
    safe = (
        REPEATS.replace("the the harbour", "the harbour")
        .replace("ready , after", "ready, after")
        .replace("of the of of it", "of the of it")
        .replace("Top Stories\n\n", "")
    )
    assert path.read_text(encoding="utf-8") == safe
    assert "fixed 4 problems in 1 file; 2 more with --unsafe-fixes" in result.stderr
    assert "for for" in result.stdout and "that that" in result.stdout  # what remains is reported
    assert result.returncode == 1
    run_cli("check", "--fix", "--unsafe-fixes", "--no-cache", "--select", "S301,P103,B101", "a.txt")
    assert path.read_text(encoding="utf-8") == safe.replace("for for", "for").replace("that that", "that")


def test_dry_run_prints_a_diff_and_changes_nothing(tmp_path, run_cli):
    path = tmp_path / "a.txt"
    path.write_text(REPEATS, encoding="utf-8")
    result = run_cli("check", "--dry-run", "--no-cache", "--select", "S301", "a.txt")
    assert path.read_text(encoding="utf-8") == REPEATS
    assert result.returncode == 1
    assert result.stdout.startswith("--- a/a.txt\n+++ b/a.txt\n")
    assert "-The council said the the harbour" in result.stdout
    assert "+The council said the harbour" in result.stdout
    assert "for for" not in result.stdout.split("+Residents")[-1].split("\n")[0]
    assert "would fix 2 problems in 1 file" in result.stderr
    clean = run_cli("check", "--show-fixes", "--no-cache", "--select", "S301", "-", input="Harbour\n\nThe plan is ready.\n")
    assert clean.returncode == 0 and clean.stdout == ""


def test_unsafe_fixes_without_fix_is_a_usage_error(tmp_path, run_cli):
    (tmp_path / "a.txt").write_text(REPEATS, encoding="utf-8")
    result = run_cli("check", "--unsafe-fixes", "a.txt")
    assert result.returncode == 2 and "use it with --fix" in result.stderr


MARKUP_BETWEEN = """# Harbour vote

The mayor read the **the** report.

See the https://example.org/x the report.

| the | the |
|-----|-----|
| one | two |

The <!-- newslint-disable S101 --> the plan.

The `the` the plan.
"""


def test_a_doubled_word_fix_never_deletes_what_lies_between(tmp_path, run_cli):
    path = tmp_path / "a.md"
    path.write_text(MARKUP_BETWEEN, encoding="utf-8")
    result = run_cli("check", "--fix", "--unsafe-fixes", "--no-cache", "--select", "S301", "a.md")
    assert path.read_text(encoding="utf-8") == MARKUP_BETWEEN
    assert [line.split(": ")[1].split()[0] for line in result.stdout.splitlines() if line.startswith("a.md:")] == ["S301"]
    assert "a.md:3:16: S301" in result.stdout  # "the **the**" is doubled on the page, but not fixed


def test_dates_and_quotations_are_never_fixed():
    doc = Document("Vote\n\nThe vote is on Friday, June 14, 2024.\n\n“It is is done,” she said.\n", path="a.txt")
    start = doc.text.index("Friday")
    date = Finding("D101", "weekday-date-mismatch", "date", "error", start, start + 6, "m", ("Friday",), fixable=True, safe_fix=True)
    quoted = _fixable(doc, "is is", "is")
    text, count = apply_fixes(doc, [date, quoted], unsafe=True)
    assert count == 0 and text == doc.text


def test_residue_is_deleted_safely_only_when_it_is_the_whole_line():
    text = "Vote\n\nThe plan passed.\n\nRead more:\n\nThe end came. Share this article\n\nTop Stories"
    doc = Document(text, path="a.txt")

    def residue(words):
        start = text.index(words)
        return Finding("B101", "web-residue", "boilerplate", "warning", start, start + len(words), "m")

    found = [residue("Read more"), residue("Share this article"), residue("Top Stories")]
    fixed, count = apply_fixes(doc, found, residue_codes={"B101": True})
    assert (fixed, count) == ("Vote\n\nThe plan passed.\n\nThe end came. Share this article", 2)
    fixed, count = apply_fixes(doc, found, unsafe=True, residue_codes={"B101": True})
    assert fixed == "Vote\n\nThe plan passed.\n\nThe end came." and count == 3


def test_a_draft_changed_since_it_was_read_is_not_written(tmp_path):
    import pytest

    from newslint.errors import InputError

    path = tmp_path / "a.txt"
    path.write_text("edited by someone else\n", encoding="utf-8")
    with pytest.raises(InputError, match="changed since it was read"):
        write_atomically(path, "fixed text\n", expected=DRAFT)
    assert path.read_text(encoding="utf-8") == "edited by someone else\n"


def test_repeats_that_may_be_meant_are_advice_and_never_fixed_safely(tmp_path, run_cli):
    text = "Harbour\n\nAdd to this this new law, the mayor said. This this is wrong.\n\nThey did him in in the end.\n"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    import json

    found = json.loads(run_cli("check", "--format", "json", "--no-cache", "--select", "S301", "a.txt").stdout)
    assert [(f["column"], f["severity"]) for f in found] == [(8, "info"), (43, "warning")]
    assert found[0]["message"] == 'Check whether "this" is repeated by mistake.'
    run_cli("check", "--fix", "--no-cache", "--select", "S301", "a.txt")
    assert path.read_text(encoding="utf-8") == text


def test_residue_lines_one_after_another_to_the_end_all_go():
    text = "Vote\n\nThe plan passed.\n\nShare this article\n\nLeave a Comment\n"
    doc = Document(text, path="a.txt")

    def residue(words):
        start = text.index(words)
        return Finding("B101", "web-residue", "boilerplate", "warning", start, start + len(words), "m")

    fixed, count = apply_fixes(doc, [residue("Share this article"), residue("Leave a Comment")], residue_codes={"B101": True})
    assert fixed == "Vote\n\nThe plan passed.\n" and count == 2


def test_residue_found_by_its_shape_alone_is_deleted_only_as_an_unsafe_fix():
    text = "Vote\n\nThe plan passed.\n\nShow 12 replies\n"
    doc = Document(text, path="a.txt")
    start = text.index("Show")
    guess = Finding("B105", "furniture-by-shape", "boilerplate", "error", start, start + 15, "m")
    assert apply_fixes(doc, [guess], residue_codes={"B105": False}) == (text, 0)
    assert apply_fixes(doc, [guess], unsafe=True, residue_codes={"B105": False}) == ("Vote\n\nThe plan passed.\n", 1)
