"""``check --diff REF``: whole files linted, only findings on lines changed since REF reported.

Run against real git repositories.
"""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from newslint.gitdiff import parse_diff

STORY = """Council approves bridge

The council will spend TK on the new bridge, the mayor said.

Top Stories
"""


def _git(repo, *args):
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="Desk", GIT_AUTHOR_EMAIL="desk@example.com",
        GIT_COMMITTER_NAME="Desk", GIT_COMMITTER_EMAIL="desk@example.com",
        GIT_CONFIG_NOSYSTEM="1",
    )
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True, env=env).stdout


@pytest.fixture
def repo(tmp_path):
    _git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    _git(tmp_path, "add", "story.md")
    _git(tmp_path, "commit", "-q", "-m", "first draft")
    return tmp_path


def _reported(run_cli, repo, *args):
    done = run_cli("check", "--no-cache", "--format", "json", *args, cwd=repo)
    assert done.returncode in (0, 1), done.stderr
    return [(os.path.normpath(f["path"]), f["line"], f["code"]) for f in json.loads(done.stdout)]


def test_only_findings_on_changed_lines_are_reported(run_cli, repo):
    assert _reported(run_cli, repo, "--diff", "HEAD") == []
    text = STORY.replace("Top Stories\n", "A late paragraph with XX in it.\n\nTop Stories\n")
    (repo / "story.md").write_text(text, encoding="utf-8")
    assert _reported(run_cli, repo, "--diff", "HEAD") == [("story.md", 5, "B202")]
    # Without --diff, everything.
    assert {c for _, _, c in _reported(run_cli, repo)} == {"B201", "B202", "B101"}
    # Committed, the change is still "since HEAD~1"; since HEAD it is not.
    _git(repo, "commit", "-q", "-am", "late paragraph")
    assert _reported(run_cli, repo, "--diff", "HEAD~1") == [("story.md", 5, "B202")]
    assert _reported(run_cli, repo, "--diff", "HEAD") == []


def test_story_wide_rules_still_see_the_whole_story(run_cli, repo):
    story = repo / "story.md"
    story.write_text("Robert Peston wrote the book.\n\nMr Pestno said so.\n", encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "names")
    assert _reported(run_cli, repo, "--diff", "HEAD") == []
    # A new line makes the old misspelling the odd one out: the finding sits on an unchanged
    # line but points to the changed one, so it is reported.
    story.write_text(story.read_text(encoding="utf-8") + "\nMr Peston agreed with the plan.\n", encoding="utf-8")
    assert ("story.md", 3, "C101") in _reported(run_cli, repo, "--diff", "HEAD")


def test_untracked_drafts_count_as_wholly_changed(run_cli, repo):
    (repo / "new.txt").write_text("Fresh copy with TK in it.\n", encoding="utf-8")
    assert _reported(run_cli, repo, "--diff", "HEAD") == [("new.txt", 1, "B201")]


def test_paths_git_quotes_and_runs_from_a_subfolder(run_cli, repo):
    folder = repo / "desk" / "politics"
    folder.mkdir(parents=True)
    odd = folder / 'Zoë "quoted"\tstory.txt'
    odd.write_text("Clean copy.\n", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "odd name")
    odd.write_text("Clean copy.\n\nNow with TK.\n", encoding="utf-8")
    reported = _reported(run_cli, folder, "--diff", "HEAD", ".")
    assert [(line, code) for _, line, code in reported] == [(3, "B201")]


def test_diff_errors_are_one_line(run_cli, repo, tmp_path_factory):
    done = run_cli("check", "--diff", "no-such-revision", cwd=repo)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    assert "--diff" in done.stderr and "Traceback" not in done.stderr
    done = run_cli("check", "--diff", "--output=x", cwd=repo)
    assert done.returncode == 2 and "not a git revision" in done.stderr
    outside = tmp_path_factory.mktemp("not-a-repo")
    (outside / "a.md").write_text(STORY, encoding="utf-8")
    done = run_cli("check", "--diff", "HEAD", cwd=outside)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1


def test_parse_diff_reads_hunks_of_the_new_side(tmp_path):
    diff = (
        "diff --git a/a.md b/a.md\n--- a/a.md\n+++ b/a.md\n"
        "@@ -3 +3,2 @@\n-old\n+new\n+newer\n"
        "@@ -10,2 +11,0 @@\n-gone\n-gone\n"
        "@@ -20 +20 @@\n-x\n+y\n"
        "diff --git a/b.md b/b.md\ndeleted file mode 100644\n--- a/b.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-bye\n"
        'diff --git "a/\\303\\251t\\303\\251.md" "b/\\303\\251t\\303\\251.md"\n'
        '--- "a/\\303\\251t\\303\\251.md"\n+++ "b/\\303\\251t\\303\\251.md"\n@@ -0,0 +1 @@\n+hi\n'
    )
    lines = parse_diff(diff, str(tmp_path))
    assert lines == {
        os.path.realpath(tmp_path / "a.md"): {3, 4, 20},
        os.path.realpath(tmp_path / "été.md"): {1},
    }
