"""scripts/same_findings.py: two installs' findings compared byte for byte."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _newslint() -> str:
    beside = Path(sys.executable).with_name("newslint")
    return str(beside) if beside.exists() else shutil.which("newslint")


def _compare(tmp_path, before: str, after: str):
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "same_findings.py"), before, after, str(tmp_path / "drafts")],
        capture_output=True, text=True,
    )


def test_one_install_against_itself_is_identical_and_another_answer_is_not(tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "a.txt").write_text("Council meets\n\nThe the council met on Monday.\n", encoding="utf-8")
    same = _compare(tmp_path, _newslint(), str(Path(_newslint()).parent))
    assert same.returncode == 0, same.stdout + same.stderr
    assert "identical" in same.stdout
    other = tmp_path / "other-newslint"
    other.write_text("#!/bin/sh\necho '[]'\n", encoding="utf-8")  # an install that finds nothing
    other.chmod(0o755)
    differ = _compare(tmp_path, _newslint(), str(other))
    assert differ.returncode == 1
    assert "DIFFERENT, line 1: '[' / '[]'" in differ.stdout
