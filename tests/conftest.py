import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

DIRTY_DRAFT = """Council approves bridge

The council approved the new bridge on Tuesday at a cost of TK

Top Stories
"""
CLEAN_DRAFT = """Council approves bridge

The council approved the new bridge on Tuesday.
"""


@pytest.fixture
def run_cli(tmp_path):
    """Run the installed ``newslint`` command as a user would, in ``tmp_path``."""

    def run(*args, input=None, cwd=None, env=None):
        environment = dict(os.environ, **(env or {}))
        return subprocess.run(
            [sys.executable, "-m", "newslint.cli", *args],
            capture_output=True,
            text=True,
            input=input,
            cwd=cwd or tmp_path,
            env=environment,
        )

    return run
