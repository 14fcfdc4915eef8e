"""Configuration discovery, validation and rule selection."""

import pytest

from newslint.api import lint_text
from newslint.config import ConfigFinder, Settings, read_config_file
from newslint.engine import all_rules, is_selected
from newslint.errors import ConfigError

DRAFT = "Bridge\n\nThe council will spend TK on the bridge at a cost of XX\n"


def codes(findings):
    return sorted(f.code for f in findings)


def test_nearest_config_wins(tmp_path):
    (tmp_path / "newslint.toml").write_text('ignore = ["B201"]\n')
    sub = tmp_path / "desk"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[tool.newslint]\nignore = ["P101"]\n')
    other = tmp_path / "other"
    other.mkdir()
    (other / "pyproject.toml").write_text('[project]\nname = "x"\n')
    finder = ConfigFinder()
    assert finder.for_path(sub / "a.md").ignore == ("P101",)
    assert finder.for_path(tmp_path / "a.md").ignore == ("B201",)
    # a pyproject.toml without [tool.newslint] does not stop the search
    assert finder.for_path(other / "a.md").ignore == ("B201",)


@pytest.mark.parametrize(
    "content, message",
    [
        ('selct = ["B"]\n', "unknown key 'selct'"),
        ('select = "B"\n', "'select' must be a list of strings"),
        ('fail-on = "sometimes"\n', "'fail-on' must be one of"),
        ('severity = { B201 = "loud" }\n', "'severity.B201' must be one of"),
        ('vocabulary = { accepted = ["Aliyev"] }\n', "unknown key 'vocabulary.accepted'"),
        ("select = [\n", "not valid TOML"),
        ('spelling = "en-AU"\n', "'spelling' must be one of"),
    ],
)
def test_bad_configuration_names_the_key(tmp_path, content, message):
    path = tmp_path / "newslint.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message) as info:
        read_config_file(path)
    assert str(path) in str(info.value)


def test_vocabulary_lists_and_files(tmp_path):
    (tmp_path / "accept.txt").write_text("# names\nAliyev\nPashinyan\n")
    (tmp_path / "newslint.toml").write_text(
        'vocabulary = { accept = ["Xinhua"], accept-files = ["accept.txt"], reject = ["irregardless"] }\n'
    )
    settings = read_config_file(tmp_path / "newslint.toml")
    assert settings.accept == {"Xinhua", "Aliyev", "Pashinyan"}
    assert settings.reject == {"irregardless"}


def test_select_ignore_and_prefixes():
    rule = {r.code: r for r in all_rules(Settings())}
    assert is_selected(rule["B201"], Settings())
    assert not is_selected(rule["B201"], Settings(select=("P",)))
    assert is_selected(rule["B201"], Settings(select=("P",), extend_select=("B2",)))
    assert not is_selected(rule["B201"], Settings(ignore=("B",)))
    # the more specific entry wins
    assert is_selected(rule["B201"], Settings(select=("B201",), ignore=("B",)))
    assert not is_selected(rule["B201"], Settings(select=("B",), ignore=("B201",)))
    assert is_selected(rule["P101"], Settings(select=("ALL",)))


def test_severity_override_and_off():
    findings = lint_text(DRAFT, path="a.txt", settings=Settings(severity=(("B201", "info"),)))
    assert {f.code: f.severity for f in findings}["B201"] == "info"
    findings = lint_text(DRAFT, path="a.txt", settings=Settings(severity=(("B201", "off"),)))
    assert "B201" not in codes(findings)


def test_per_file_ignores(tmp_path):
    (tmp_path / "newslint.toml").write_text('[per-file-ignores]\n"archive/*.txt" = ["B2"]\n')
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "old.txt").write_text(DRAFT)
    (tmp_path / "new.txt").write_text(DRAFT)
    from newslint.api import lint_paths

    result = lint_paths([str(tmp_path)])
    by_file = {}
    for f in result.findings:
        by_file.setdefault(f.path.split("/")[-1], []).append(f.code)
    assert "B201" in by_file["new.txt"] and "B202" in by_file["new.txt"]
    assert not any(c.startswith("B2") for c in by_file["old.txt"])
    assert "P101" in by_file["old.txt"]


def test_include_exclude_and_hidden_folders(tmp_path):
    (tmp_path / "newslint.toml").write_text('exclude = ["drafts-old"]\ninclude = ["*.md"]\n')
    for folder in ("news", "drafts-old", ".hidden"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.md").write_text(DRAFT)
        (tmp_path / folder / "b.txt").write_text(DRAFT)
    from newslint.api import discover

    found = discover([str(tmp_path)], ConfigFinder())
    assert [p.split(str(tmp_path))[1] for p in found] == ["/news/a.md"]


def test_force_exclude_applies_to_files_named_on_the_command_line(tmp_path, run_cli):
    (tmp_path / "newslint.toml").write_text('exclude = ["archive", "*.draft.md"]\n')
    (tmp_path / "archive").mkdir()
    for name in ("archive/old.md", "new.md", "notes.draft.md"):
        (tmp_path / name).write_text(DRAFT)
    named = ["archive/old.md", "new.md", "notes.draft.md"]
    from newslint.api import discover

    finder = ConfigFinder()
    assert discover([str(tmp_path / n) for n in named], finder) == [str(tmp_path / n) for n in named]
    kept = discover([str(tmp_path / n) for n in named], finder, force_exclude=True)
    assert kept == [str(tmp_path / "new.md")]
    result = run_cli("check", "--force-exclude", "--format", "json", *named)
    assert {f["path"] for f in __import__("json").loads(result.stdout)} == {"new.md"}
