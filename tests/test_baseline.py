"""Baselines: record today's findings, then report only new ones; stale entries are named."""

from __future__ import annotations

import json

STORY = """Council approves bridge

The council will spend TK on the new bridge, the mayor said.

Top Stories
"""


def _check(run_cli, cwd, *args):
    return run_cli("check", "--no-cache", "--format", "json", *args, cwd=cwd)


def test_baseline_records_findings_and_check_reports_only_new_ones(run_cli, tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "story.md").write_text(STORY, encoding="utf-8")
    done = run_cli("baseline", "--no-cache", "newslint-baseline.json", "drafts", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Recorded 2 findings in 1 of 1 file" in done.stdout
    data = json.loads((tmp_path / "newslint-baseline.json").read_text(encoding="utf-8"))
    assert [e["code"] for e in data["entries"]] == ["B201", "B101"]
    assert all(e["path"] == "drafts/story.md" for e in data["entries"])

    # Nothing new: clean exit, nothing reported, nothing stale.
    done = _check(run_cli, tmp_path, "--baseline", "newslint-baseline.json", "drafts")
    assert done.returncode == 0 and json.loads(done.stdout) == []
    assert "stale" not in done.stderr

    # Lines added above the recorded findings, and a new problem: only the new one is reported.
    (drafts / "story.md").write_text(
        "Kicker\n\nA new paragraph with XX in it.\n\n" + STORY, encoding="utf-8"
    )
    done = _check(run_cli, tmp_path, "--baseline", "newslint-baseline.json", "drafts")
    reported = json.loads(done.stdout)
    assert done.returncode == 1
    assert [(f["code"], f["line"]) for f in reported] == [("B202", 3)], reported
    assert "TK" not in json.dumps(reported)


def test_baseline_matches_whatever_the_working_folder_or_path_spelling(run_cli, tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "story.md").write_text(STORY, encoding="utf-8")
    assert run_cli("baseline", "--no-cache", "base.json", "./drafts/story.md", cwd=tmp_path).returncode == 0
    done = _check(run_cli, drafts, "--baseline", "../base.json", "story.md")
    assert done.returncode == 0 and json.loads(done.stdout) == [], done.stderr


def test_entries_that_no_longer_match_are_reported_as_stale(run_cli, tmp_path):
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "gone.md").write_text("Web copy.\n\nTop Stories\n", encoding="utf-8")
    assert run_cli("baseline", "--no-cache", "base.json", cwd=tmp_path).returncode == 0
    (tmp_path / "story.md").write_text(STORY.replace("TK", "$4 million"), encoding="utf-8")
    (tmp_path / "gone.md").unlink()
    done = run_cli("check", "--no-cache", "--baseline", "base.json", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 entries no longer match" in done.stderr
    assert "stale: story.md:3: B201" in done.stderr
    assert "stale: gone.md:3: B101" in done.stderr
    assert "stale" not in done.stdout


def test_entries_for_drafts_outside_the_run_are_not_stale(run_cli, tmp_path):
    (tmp_path / "a.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.md").write_text(STORY, encoding="utf-8")
    assert run_cli("baseline", "--no-cache", "base.json", cwd=tmp_path).returncode == 0
    done = _check(run_cli, tmp_path, "--baseline", "base.json", "a.md")
    assert done.returncode == 0 and "stale" not in done.stderr


def test_identical_findings_are_counted_not_merged(run_cli, tmp_path):
    story = tmp_path / "story.md"
    story.write_text("One TK here.\n", encoding="utf-8")
    assert run_cli("baseline", "--no-cache", "base.json", cwd=tmp_path).returncode == 0
    # The same line a second time is a new finding, not covered by the first one's entry.
    story.write_text("One TK here.\n\nOne TK here.\n", encoding="utf-8")
    reported = json.loads(_check(run_cli, tmp_path, "--baseline", "base.json").stdout)
    assert [f["code"] for f in reported] == ["B201"]


def test_a_baseline_is_never_a_draft_and_bad_baselines_are_one_line_errors(run_cli, tmp_path):
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    done = run_cli("baseline", "base.md", cwd=tmp_path)
    assert done.returncode == 2 and "must not have a draft's name" in done.stderr
    assert not (tmp_path / "base.md").exists()

    done = run_cli("check", "--baseline", "missing.json", cwd=tmp_path)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    assert "baseline not found" in done.stderr

    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    done = run_cli("check", "--baseline", "broken.json", cwd=tmp_path)
    assert done.returncode == 2 and "not a newslint baseline" in done.stderr
    assert "Traceback" not in done.stderr


def test_entries_of_rules_that_did_not_run_are_not_stale(run_cli, tmp_path):
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    assert run_cli("baseline", "--no-cache", "base.json", cwd=tmp_path).returncode == 0
    done = _check(run_cli, tmp_path, "--baseline", "base.json", "--select", "B201")
    assert done.returncode == 0 and json.loads(done.stdout) == []
    assert "stale" not in done.stderr  # the B101 entry was not checked, so it is not stale
    (tmp_path / "story.md").write_text(STORY.replace("Top Stories", "More copy."), encoding="utf-8")
    done = _check(run_cli, tmp_path, "--baseline", "base.json", "--ignore", "B201")
    assert "1 entry no longer matches" in done.stderr and "B101" in done.stderr
