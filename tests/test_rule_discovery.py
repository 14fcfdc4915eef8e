"""Built-in rules are found in every module of newslint/checks/, subpackages included."""

from collections import Counter

from newslint.engine import builtin_rules


def test_rules_of_a_family_split_into_a_subpackage_are_found():
    by_module = {type(rule).__module__: rule.code for rule in builtin_rules()}
    assert by_module["newslint.checks.dates.weekday"] == "D101"
    assert by_module["newslint.checks.dates.dateline_year"] == "D107"
    assert by_module["newslint.checks.consistency.abbreviations"] == "C105"
    assert by_module["newslint.checks.consistency.surnames"] == "C106"


def test_each_rule_is_registered_once_although_helpers_import_it_elsewhere():
    counts = Counter(rule.code for rule in builtin_rules())
    assert [code for code, n in counts.items() if n > 1] == []
    assert {code for code in counts if code.startswith("D1")} == {f"D10{i}" for i in range(1, 8)}
    assert {code for code in counts if code.startswith("C1")} == {f"C10{i}" for i in range(1, 7)}
