"""Clear one-line messages for the small mistakes a new user makes."""

import subprocess

import pytest

from conftest import REPO

DRAFT = "Harbour vote\n\nThe council said the harbour plan would cost TK\n"


@pytest.mark.parametrize(
    "value, said",
    [
        ("2024-02-30", "'2024-02-30' does not exist: February 2024 has 29 days"),
        ("2025-02-29", "'2025-02-29' does not exist: February 2025 has 28 days"),
        ("2024-13-01", "'2024-13-01' does not exist: there is no month 13"),
        ("24-1-1", "'24-1-1' is not a date in the form YYYY-MM-DD"),
    ],
)
def test_a_date_that_does_not_exist_is_told_so(tmp_path, run_cli, value, said):
    (tmp_path / "a.txt").write_text(DRAFT, encoding="utf-8")
    result = run_cli("check", "--date", value, "a.txt")
    assert result.returncode == 2 and said in result.stderr and "Traceback" not in result.stderr
    assert run_cli("check", "--date", "2024-02-29", "a.txt").returncode == 1


def test_a_toml_error_gives_its_line_and_column(tmp_path, run_cli):
    (tmp_path / "a.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "newslint.toml").write_text('fail-on = "error"\nselect = [B\n', encoding="utf-8")
    result = run_cli("check", "a.txt")
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("newslint: ") and "newslint.toml: not valid TOML: " in line
    assert line.endswith("at line 2, column 11")


def _git(*args, cwd):
    subprocess.run(["git", "-c", "user.name=Desk", "-c", "user.email=desk@example.org", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def repository(tmp_path):
    repo = tmp_path / "newsroom"
    repo.mkdir()
    _git("init", "-q", "-b", "main", cwd=repo)
    (repo / "a.txt").write_text("Harbour vote\n\nThe council met.\n\nThe plan passed.\n", encoding="utf-8")
    _git("add", "a.txt", cwd=repo)
    _git("commit", "-q", "-m", "first draft", cwd=repo)
    (repo / "a.txt").write_text("Harbour vote\n\nThe council met TK\n\nThe plan passed.\n", encoding="utf-8")
    return repo


def test_diff_works_from_outside_the_repository(repository, tmp_path, run_cli):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    result = run_cli("check", "--format", "concise", "--no-cache", "--diff", "HEAD", str(repository / "a.txt"), cwd=outside)
    assert result.returncode == 1, result.stderr
    assert f"{repository / 'a.txt'}:3:17: B201" in result.stdout


def test_a_bad_revision_and_a_folder_outside_git_read_clearly(repository, tmp_path, run_cli):
    bad = run_cli("check", "--diff", "no-such-branch", "a.txt", cwd=repository)
    assert bad.returncode == 2
    assert bad.stderr.strip() == f"newslint: --diff: 'no-such-branch' is not a revision of the git repository at {repository.resolve()}"
    (tmp_path / "loose").mkdir()
    (tmp_path / "loose" / "b.txt").write_text(DRAFT, encoding="utf-8")
    outside = run_cli("check", "--diff", "HEAD", "loose/b.txt")
    assert outside.returncode == 2 and "is not inside a git repository" in outside.stderr


def test_explain_renders_the_markdown_for_a_terminal(run_cli):
    result = run_cli("explain", "S301", env={"COLUMNS": "60"})
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "S301 (doubled-word) · spelling · warning"
    assert any(line.startswith("What it flags: a word followed") for line in lines)
    assert "*" not in result.stdout and "``" not in result.stdout
    assert max(len(line) for line in lines if not line.startswith("  ")) <= 60
    unknown = run_cli("explain", "S3O1")
    assert unknown.returncode == 2 and "did you mean S301" in unknown.stderr


def test_markdown_lists_headings_links_and_bold():
    from newslint.report.explain import markdown

    text = "# Options\n\nSet `max` with **care**; see [the guide](https://example.org/guide).\n\n- one item that is long enough to wrap around the width\n- two"
    lines = markdown(text, width=30)
    assert lines[:2] == ["Options", ""]
    assert "Set max with care; see the" in lines[2]
    assert "(https://example.org/guide)." in " ".join(lines)
    assert lines[-3].startswith("- one item") and lines[-2].startswith("  ") and lines[-1] == "- two"
    assert "\x1b[1mcare\x1b[0m" in " ".join(markdown(text, width=80, color=True))


def test_the_readme_says_why_its_first_command_exits_one(run_cli):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first = readme.index("newslint check examples/")
    assert "exits with\nstatus 1" in readme[first : first + 600]
    result = run_cli("check", "--no-cache", str(REPO / "examples"))
    assert result.returncode == 1
    clean = run_cli("check", "--no-cache", str(REPO / "examples" / "clean-story.md"))
    assert clean.returncode == 0, clean.stdout
