"""The injection harnesses (scripts/injection.py, scripts/eval_typos.py) given a corpus folder
that does not exist: one line on stderr and exit status 2, not a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


@pytest.mark.parametrize("script", ["eval_typos.py", "eval_articles.py"])
def test_missing_corpus_is_one_line_and_status_2(script, tmp_path):
    missing = tmp_path / "no-such-corpus"
    run = subprocess.run(
        [sys.executable, str(SCRIPTS / script), str(missing)], capture_output=True, text=True, cwd=tmp_path
    )
    assert run.returncode == 2
    assert run.stderr.strip() == f"no folder {missing}: pass the corpus folder (CORPUS_DIR)"
    assert "Traceback" not in run.stderr and run.stdout == ""
