"""The command line as a user runs it: exit codes, errors, formats, stdin, suppressions."""

import json

from conftest import CLEAN_DRAFT, DIRTY_DRAFT


def write(tmp_path, name, text):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_clean_draft_exits_zero(tmp_path, run_cli):
    write(tmp_path, "clean.txt", CLEAN_DRAFT)
    result = run_cli("check", "clean.txt")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems in 1 file" in result.stdout


def test_findings_exit_one_with_location_source_and_caret(tmp_path, run_cli):
    write(tmp_path, "dirty.txt", DIRTY_DRAFT)
    result = run_cli("check", "dirty.txt")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "dirty.txt:3:61: B201" in result.stdout
    at = next(i for i, line in enumerate(lines) if line.startswith("dirty.txt:3:61: B201"))
    assert lines[at + 2].index("^") == lines[at + 1].index("TK")
    assert "dirty.txt:5:1: B101" in result.stdout
    assert result.stdout.strip().splitlines()[-1].startswith("Found 3 problems in 1 file")


def test_fail_on_controls_the_exit_status(tmp_path, run_cli):
    write(tmp_path, "p.txt", "Bridge\n\nThe council approved the new bridge on Tuesday at last\n")
    assert run_cli("check", "p.txt").returncode == 1  # a warning fails by default
    assert run_cli("check", "p.txt", "--fail-on", "error").returncode == 0
    assert run_cli("check", "p.txt", "--fail-on", "never").returncode == 0


def test_select_and_ignore_on_the_command_line(tmp_path, run_cli):
    write(tmp_path, "dirty.txt", DIRTY_DRAFT)
    out = json.loads(run_cli("check", "dirty.txt", "--format", "json", "--select", "B2").stdout)
    assert [f["code"] for f in out] == ["B201"]
    out = json.loads(run_cli("check", "dirty.txt", "--format", "json", "--ignore", "B").stdout)
    assert [f["code"] for f in out] == ["P101"]


def test_json_fields(tmp_path, run_cli):
    write(tmp_path, "dirty.txt", DIRTY_DRAFT)
    out = json.loads(run_cli("check", "dirty.txt", "--format", "json").stdout)
    first = out[0]
    for key in ("path", "line", "column", "end_line", "end_column", "code", "family", "severity", "message", "suggestions"):
        assert key in first
    assert (first["line"], first["column"], first["end_column"], first["family"]) == (3, 61, 63, "boilerplate")


def test_unreadable_file_is_reported_and_others_still_linted(tmp_path, run_cli):
    write(tmp_path, "dirty.txt", DIRTY_DRAFT)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 society\n".encode("latin-1"))
    result = run_cli("check", "latin1.txt", "dirty.txt", "missing.md", "--format", "json")
    assert result.returncode == 2
    out = json.loads(result.stdout)
    assert {f["path"] for f in out if f["code"] == "E902"} == {"latin1.txt", "missing.md"}
    assert any(f["code"] == "B201" for f in out)
    assert "latin1.txt: not valid UTF-8 at byte offset 3" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_configuration_is_one_line_and_exit_two(tmp_path, run_cli):
    write(tmp_path, "newslint.toml", 'selekt = ["B"]\n')
    write(tmp_path, "clean.txt", CLEAN_DRAFT)
    result = run_cli("check", "clean.txt")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "unknown key 'selekt'" in result.stderr


def test_bad_rule_pack_names_file_rule_and_problem(tmp_path, run_cli):
    write(tmp_path, "packs/house.yml", "rules:\n  - code: S901\n    name: bad-regex\n    kind: existence\n    family: style\n    message: m\n    docs: d\n    patterns: ['(unclosed']\n")
    write(tmp_path, "newslint.toml", 'rule-paths = ["packs"]\n')
    write(tmp_path, "clean.txt", CLEAN_DRAFT)
    result = run_cli("check", "clean.txt")
    assert result.returncode == 2
    assert "house.yml: rule S901: invalid regular expression" in result.stderr
    assert "Traceback" not in result.stderr


def test_third_party_pack_from_rule_paths(tmp_path, run_cli):
    write(tmp_path, "packs/house.yml", """rules:
  - code: S901
    name: per-cent
    kind: substitution
    family: style
    severity: warning
    message: 'Use "{suggestion}", not "{match}".'
    docs: House style writes percent as one word.
    swap: {per cent: percent}
""")
    write(tmp_path, "newslint.toml", 'rule-paths = ["packs"]\n')
    write(tmp_path, "a.txt", "Rates\n\nRates rose 5 per cent in May.\n")
    out = json.loads(run_cli("check", "a.txt", "--format", "json").stdout)
    assert [(f["code"], f["suggestions"]) for f in out] == [("S901", ["percent"])]


def test_bad_date_option_is_a_usage_error(tmp_path, run_cli):
    write(tmp_path, "clean.txt", CLEAN_DRAFT)
    result = run_cli("check", "clean.txt", "--date", "20 August")
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr


def test_stdin_with_filename(tmp_path, run_cli):
    result = run_cli("check", "-", "--stdin-filename", "desk/story.txt", "--format", "json", input=DIRTY_DRAFT)
    out = json.loads(result.stdout)
    assert {f["path"] for f in out} == {"desk/story.txt"}
    assert result.returncode == 1


def test_folders_are_searched(tmp_path, run_cli):
    write(tmp_path, "news/a.md", DIRTY_DRAFT)
    write(tmp_path, "news/b.txt", CLEAN_DRAFT)
    write(tmp_path, "news/notes.docx", DIRTY_DRAFT)
    out = json.loads(run_cli("check", "news", "--format", "json").stdout)
    assert {f["path"].split("/")[-1] for f in out} == {"a.md"}


def test_no_color_when_not_a_terminal_or_no_color_set(tmp_path, run_cli):
    write(tmp_path, "dirty.txt", DIRTY_DRAFT)
    result = run_cli("check", "dirty.txt", env={"NO_COLOR": "1"})
    assert "\x1b[" not in result.stdout


def test_inline_suppression_comments(tmp_path, run_cli):
    write(tmp_path, "a.md", """# Bridge

<!-- newslint-disable-next-line B201 -->
The council will spend TK on the bridge.

<!-- newslint-disable B202 -->
It will cost XX and take XXX days.
<!-- newslint-enable B202 -->

It will cost XX in all, TK.
""")
    out = json.loads(run_cli("check", "a.md", "--format", "json").stdout)
    assert sorted((f["code"], f["line"]) for f in out) == [("B201", 10), ("B202", 10)]


def test_two_rules_on_one_problem_report_it_once(tmp_path, run_cli):
    # G203 and S207 both read "Pagliano were" as one person and both suggest "was"
    write(tmp_path, "a.txt", "Server\n\nBryan Pagliano set up the server. Pagliano were granted immunity.\n")
    each = {code: json.loads(run_cli("check", "a.txt", "--format", "json", "--select", code).stdout) for code in ("G203", "S207")}
    assert [(f["column"], f["suggestions"]) for f in each["G203"]] == [(44, ["was"])]
    assert [(f["column"], f["suggestions"]) for f in each["S207"]] == [(44, ["was"])]
    both = json.loads(run_cli("check", "a.txt", "--format", "json", "--select", "G203,S207").stdout)
    assert [(f["code"], f["column"]) for f in both] == [("G203", 44)]
    # a disable comment for the one reported leaves the other to report the problem
    write(tmp_path, "b.md", "# Server\n\n<!-- newslint-disable-next-line G203 -->\nBryan Pagliano set up the server. Pagliano were granted immunity.\n")
    left = json.loads(run_cli("check", "b.md", "--format", "json", "--select", "G203,S207").stdout)
    assert [f["code"] for f in left] == ["S207"]


def test_rules_and_explain(tmp_path, run_cli):
    listing = run_cli("rules").stdout
    assert "B201" in listing and "tk-placeholder" in listing and "boilerplate" in listing
    explained = run_cli("explain", "p101")
    assert explained.returncode == 0
    assert "Why it matters:" in explained.stdout and "missing-full-stop" in explained.stdout
    unknown = run_cli("explain", "Z999")
    assert unknown.returncode == 2 and "no rule with code" in unknown.stderr
