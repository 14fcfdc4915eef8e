"""Mistakes are told: unknown rule codes anywhere, and a run that finds no drafts."""

from pathlib import Path

import pytest

from newslint import codes
from newslint.config import Overrides, Settings
from newslint.errors import ConfigError

DRAFT = "Harbour vote\n\nThe council said the the harbour plan was ready.\n"


@pytest.fixture
def draft(tmp_path):
    (tmp_path / "a.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "option, code, near",
    [("--select", "XYZ", None), ("--ignore", "S3O1", "S301"), ("--extend-select", "B1O1", "B101")],
)
def test_an_unknown_code_on_the_command_line_is_an_error(draft, run_cli, option, code, near):
    result = run_cli("check", option, code, "a.txt")
    assert result.returncode == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert f"{option}: unknown rule code or prefix '{code}'" in line
    assert (f"did you mean {near}" in line) if near else "'newslint rules' lists them" in line


def test_codes_prefixes_all_and_languagetool_ids_are_known(draft, run_cli):
    for option, value in [("--select", "S3"), ("--select", "ALL"), ("--ignore", "LTEN_A_VS_AN"), ("--select", "s301")]:
        result = run_cli("check", option, value, "a.txt")
        assert result.returncode in (0, 1), (value, result.stderr)


@pytest.mark.parametrize(
    "config, key, code",
    [
        ('ignore = ["P10Z"]\n', "ignore", "P10Z"),
        ('select = ["B", "Q9"]\n', "select", "Q9"),
        ('[per-file-ignores]\n"*.txt" = ["B1O1"]\n', "per-file-ignores", "B1O1"),
        ('[severity]\nS3O1 = "info"\n', "severity", "S3O1"),
    ],
)
def test_an_unknown_code_in_the_configuration_names_the_file_and_key(draft, run_cli, config, key, code):
    (draft / "newslint.toml").write_text(config, encoding="utf-8")
    result = run_cli("check", "a.txt")
    assert result.returncode == 2
    assert f"newslint.toml: '{key}': unknown rule code or prefix '{code}'" in result.stderr


def test_a_severity_is_given_to_a_rule_not_a_prefix(draft, run_cli):
    (draft / "newslint.toml").write_text('[severity]\nB = "off"\n', encoding="utf-8")
    result = run_cli("check", "a.txt")
    assert result.returncode == 2 and "'B' is a prefix, not a rule code" in result.stderr


def test_an_unknown_code_in_a_disable_comment_is_an_error_of_that_draft(tmp_path, run_cli):
    text = "# Harbour vote\n\n<!-- newslint-disable-next-line S3O1 -->\nThe the harbour plan was ready.\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Vote\n\n<!-- newslint-disable-next-line S301 -->\nThe the plan.\n", encoding="utf-8")
    result = run_cli("check", "--format", "concise", "--no-cache", "a.md", "b.md")
    assert result.returncode == 2
    assert "a.md:3:33: E904 disable comment: unknown rule code or prefix 'S3O1'; did you mean S301" in result.stdout
    assert "a.md:4:1: S301" in result.stdout  # the comment disabled nothing; the others still run
    assert "b.md" not in result.stdout


def test_no_drafts_is_a_warning_naming_the_paths_and_patterns(tmp_path, run_cli):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "draft.docx").write_bytes(b"not a draft")
    result = run_cli("check", "notes")
    assert result.returncode == 0
    assert "newslint: warning: no drafts found in 'notes' (looked for *.md, *.markdown, *.txt)" in result.stderr


def test_disable_comments_in_a_text_draft_are_obeyed_and_not_read_as_prose(tmp_path, run_cli):
    text = "Harbour vote\n\n<!-- newslint-disable-next-line B201 -->\nThe plan would cost TK.\n\nThe vote passed.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = run_cli("check", "--no-cache", "a.txt")
    assert result.returncode == 0, result.stdout  # no "newslint" misspelled, no TK


def test_a_directive_that_does_not_exist_is_named(tmp_path, run_cli):
    text = "Harbour vote\n\nThe plan would cost TK. <!-- newslint-disable-line B201 -->\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "concise", "a.txt")
    assert result.returncode == 2
    assert "a.txt:3:46: E904 disable comment: 'newslint-disable-line' is not a directive; use newslint-disable-next-line" in result.stdout


def test_an_unknown_code_in_a_draft_with_crlf_or_lone_cr_lines_is_placed_on_its_line(tmp_path, run_cli):
    text = "Harbour vote\n\nThe plan would cost less. <!-- newslint-disable-next-line S3O1 -->\nThe vote passed.\n"
    for name, ending in (("crlf.txt", "\r\n"), ("cr.txt", "\r")):
        (tmp_path / name).write_text(text.replace("\n", ending), encoding="utf-8", newline="")
        result = run_cli("check", "--no-cache", "--format", "concise", name)
        assert f"{name}:3:59: E904" in result.stdout, result.stdout


def test_the_listed_rule_codes_are_the_registry_s():
    """newslint/data/rule_codes.txt (scripts/build_rule_codes.py) lists exactly the built-in rules."""
    from newslint.engine import builtin_rules

    listed = set(codes.RULE_CODES_FILE.read_text(encoding="utf-8").split())
    assert listed == {rule.code for rule in builtin_rules()}, "run python3 scripts/build_rule_codes.py"


def test_configured_codes_are_accepted_from_the_list_and_doubts_go_to_the_registry():
    none = Overrides()
    assert codes._all_listed(Settings(ignore=("S3",), select=("ALL",)), {"--select": ("S301",)})
    assert codes._all_listed(Settings(severity=(("S301", "error"),)), {})
    assert not codes._all_listed(Settings(severity=(("S3", "error"),)), {})  # a prefix: the full check says why
    assert not codes._all_listed(Settings(ignore=("S3O1",)), {})
    assert not codes._all_listed(Settings(ignore=("S301",), rule_paths=(Path("house"),)), {})
    with pytest.raises(ConfigError, match="unknown rule code or prefix 'S3O1'; did you mean S301"):
        codes.check_settings(Settings(ignore=("S3O1",)), none)
    codes.check_settings(Settings(ignore=("S301", "LTXYZ")), none)


def test_disable_comments_are_checked_against_the_list_then_the_registry():
    text = "Harbour vote\n\n<!-- newslint-disable S301, G1 -->\nThe the plan.\n<!-- newslint-disable S3O1 -->\n"
    found = codes.check_comments("a.md", text, Settings())
    assert [(f.code, f.line) for f in found] == [("E904", 5)]
    assert "did you mean S301" in found[0].message


def test_a_retired_code_still_names_its_rule_everywhere_and_explain_says_why(draft, run_cli):
    """Codes are permanent: a configuration written while S208 lived keeps working."""
    (draft / "newslint.toml").write_text('ignore = ["S208"]\n[per-file-ignores]\n"*.txt" = ["S208"]\n', encoding="utf-8")
    (draft / "b.md").write_text("Talks\n\n<!-- newslint-disable-next-line S208 -->\nThe council met.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--extend-select", "S208", "a.txt", "b.md")
    assert result.returncode == 1, result.stderr  # the doubled "the the" in a.txt, nothing else
    assert "E904" not in result.stdout and "S208" not in result.stdout and "S301" in result.stdout
    explained = run_cli("explain", "S208")
    assert explained.returncode == 0 and explained.stdout.startswith("S208: likely-slip, retired on")
    unknown = run_cli("check", "--ignore", "S299", "a.txt")
    assert unknown.returncode == 2 and "S208" not in unknown.stderr  # never suggested
    assert codes.RETIRED.keys().isdisjoint(Path(codes.RULE_CODES_FILE).read_text().split())


def test_s209_retired_with_its_word_pair_counts_still_names_its_rule(draft, run_cli):
    """S209 was off by default; a configuration that switched it on keeps working."""
    result = run_cli("check", "--no-cache", "--extend-select", "S209", "a.txt")
    assert result.returncode == 1, result.stderr  # the doubled "the the", nothing else
    assert "E904" not in result.stdout and "S209" not in result.stdout
    explained = run_cli("explain", "S209")
    assert explained.returncode == 0 and explained.stdout.startswith("S209: real-word-slip, retired on")
