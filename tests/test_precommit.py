"""The pre-commit hook, run by the real ``pre-commit`` tool (``pre-commit try-repo``).

The hook repository is a fresh git repository holding this working tree's package and
``.pre-commit-hooks.yaml`` (try-repo needs the hook files committed), and the drafts live in
another temporary git repository, as in a newsroom's editorial repository. pre-commit builds
its own virtualenv and installs newslint into it, as it would for a user.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

ERRORS = """Council approves bridge

The council will spend TK on the new bridge, the mayor said.
"""
WARNING_ONLY = """Council approves bridge

The council approved the new bridge on Tuesday
"""
CLEAN = """Council approves bridge

The council approved the new bridge on Tuesday, the mayor said.
"""


def _git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=_env_for_git())


def _env_for_git(extra=None):
    env = dict(os.environ)
    env.update(
        GIT_AUTHOR_NAME="Test Desk",
        GIT_AUTHOR_EMAIL="desk@example.com",
        GIT_COMMITTER_NAME="Test Desk",
        GIT_COMMITTER_EMAIL="desk@example.com",
        GIT_CONFIG_NOSYSTEM="1",
    )
    env.update(extra or {})
    return env


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory):
    """A committed copy of the package as it is in the working tree, with the hook file."""
    root = tmp_path_factory.mktemp("hook-repo")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml"):
        if (REPO / name).exists():
            shutil.copy2(REPO / name, root / name)
    for folder in ("newslint", "rules"):
        shutil.copytree(REPO / folder, root / folder, ignore=ignore)
    _git("init", "-q", "-b", "main", cwd=root)
    _git("add", ".", cwd=root)
    _git("commit", "-q", "-m", "hook repository for the test", cwd=root)
    return root


@pytest.fixture(scope="module")
def precommit_home(tmp_path_factory):
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def drafts(tmp_path):
    repo = tmp_path / "desk"
    repo.mkdir()
    _git("init", "-q", "-b", "main", cwd=repo)
    return repo


def _try_repo(hook_repo, precommit_home, drafts, *files, args=()):
    for name, text in files:
        (drafts / name).write_text(text, encoding="utf-8")
    _git("add", *[name for name, _ in files], cwd=drafts)
    env = _env_for_git(
        {
            "PRE_COMMIT_HOME": str(precommit_home),
            "NEWSLINT_CACHE_DIR": str(drafts.parent / "cache"),
            "PIP_DISABLE_PIP_VERSION_CHECK": "1",
            "NO_COLOR": "1",
        }
    )
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "newslint", *args]
    return subprocess.run(
        [*command, "--color", "never", "--files", *[name for name, _ in files]],
        cwd=drafts,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )


def test_hook_file_declares_the_newslint_hook():
    import yaml

    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "newslint"
    assert set(hook["types_or"]) == {"markdown", "plain-text"}


def test_a_draft_with_errors_fails_the_hook_and_shows_the_findings(hook_repo, precommit_home, drafts):
    done = _try_repo(hook_repo, precommit_home, drafts, ("story.md", ERRORS))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "newslint" in done.stdout and "Failed" in done.stdout
    assert 'story.md:3:24: B201 "TK" is a placeholder' in done.stdout


def test_a_clean_draft_passes(hook_repo, precommit_home, drafts):
    done = _try_repo(hook_repo, precommit_home, drafts, ("story.md", CLEAN), ("notes.txt", CLEAN))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "newslint" in done.stdout and "Passed" in done.stdout


def test_warnings_do_not_pass_silently(hook_repo, precommit_home, drafts):
    done = _try_repo(hook_repo, precommit_home, drafts, ("story.txt", WARNING_ONLY))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "story.txt:3:" in done.stdout and "P101" in done.stdout


def test_only_drafts_are_handed_to_the_hook(hook_repo, precommit_home, drafts):
    # A Python file full of "TK" is not a draft: the hook skips it.
    done = _try_repo(hook_repo, precommit_home, drafts, ("tool.py", 'print("TK")\n'))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Skipped" in done.stdout or "no files to check" in done.stdout
