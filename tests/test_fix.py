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
    return Finding("P999", "test", "punctuation", "warning", start, start + len(text), "m", (replacement,), fixable=True)


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
