"""The rule catalogue: unique codes and slugs, every rule documented with examples both ways."""

from pathlib import Path

import pytest

from newslint import packs
from newslint.config import Settings
from newslint.engine import all_rules
from newslint.errors import ConfigError

RULES = all_rules(Settings())


def test_codes_and_names_are_unique():
    codes = [r.code for r in RULES]
    names = [r.name for r in RULES]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_declared_completely(rule):
    assert rule.problems() == []
    assert len(rule.summary) <= 100


def test_every_pack_parses():
    folder = packs.builtin_pack_folder()
    files = sorted(folder.glob("*.yml"))
    assert files, "no packs found"
    for path in files:
        assert packs.load_pack(path)


@pytest.mark.parametrize(
    "text, problem",
    [
        ("rules: [", "not valid YAML at line"),
        ("rule: []", "a mapping with a list 'rules'"),
        ("rules:\n  - {code: B901, name: x, kind: existence, family: boilerplate, message: m, docs: d, tokens: [a], colour: red}", "rule B901: unknown key 'colour'"),
        ("rules:\n  - {code: B901, name: x, kind: exist, family: boilerplate, message: m, docs: d}", "kind 'exist' is not one of"),
        ("rules:\n  - {code: B901, name: x, kind: existence, family: boilerplate, message: m, docs: d, patterns: ['a(']}", "rule B901: invalid regular expression"),
        ("rules:\n  - {code: B901, name: Not_Kebab, kind: existence, family: boilerplate, message: m, docs: d, tokens: [a]}", "is not kebab-case"),
        ("rules:\n  - {code: B901, name: x, kind: substitution, family: style, message: m, docs: d}", "needs 'swap'"),
        ("rules:\n  - {code: B901, name: x, kind: existence, family: boilerplate, message: m, tokens: [a]}", "missing key 'docs'"),
    ],
)
def test_bad_pack_is_a_configuration_error(tmp_path, text, problem):
    path = tmp_path / "house.yml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=problem) as info:
        packs.load_pack(path)
    assert str(path) in str(info.value)


def test_readme_rule_table_is_current(run_cli):
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- rules-table")
    start = readme.index("\n", start) + 1
    end = readme.index("<!-- end rules-table -->")
    listed = run_cli("rules", "--markdown").stdout
    assert readme[start:end] == listed, "run: newslint rules --markdown, and paste it into README.md"
