"""The command line leaves unimported the modules of rules off by default that a run does not
select (newslint/off_by_default.py), and still runs them when the settings select them."""

from __future__ import annotations

import json
import marshal

from newslint import off_by_default, pattern_cache
from newslint.config import Settings
from newslint.engine import (
    all_rules,
    builtin_rules,
    code_selected,
    is_selected,
    rules_by_module,
    selected_rules,
)

DRAFT = "LEEDS, March 4 — Smith said the plan would fail. Later in the day John Smith, the mayor, resigned.\n"


def _codes(result) -> set[str]:
    return {finding["code"] for finding in json.loads(result.stdout)}


def test_an_off_rule_selected_in_a_config_file_runs_after_a_default_run_filled_the_cache(run_cli, tmp_path):
    plain, configured = tmp_path / "plain", tmp_path / "configured"
    for folder in (plain, configured):
        folder.mkdir()
        (folder / "draft.md").write_text(DRAFT, encoding="utf-8")
    (configured / "newslint.toml").write_text('extend-select = ["C106"]\n', encoding="utf-8")
    env = {"NEWSLINT_CACHE_DIR": str(tmp_path / "cache")}

    default = run_cli("check", "--no-cache", "--format", "json", "draft.md", cwd=plain, env=env)
    assert default.returncode in (0, 1), default.stderr
    (table,) = (tmp_path / "cache" / "patterns").glob("patterns-*.table")
    record = marshal.loads(table.read_bytes()[4:])[("rule modules off by default", 2)]
    recorded = {code for rules in record["modules"].values() for code, _, _ in rules}
    assert {"C106", "G316", "LT"} <= recorded
    assert "S210" not in recorded  # on by default
    assert "C106" not in _codes(default)

    again = run_cli("check", "--no-cache", "--format", "json", "draft.md", cwd=plain, env=env)
    assert (again.returncode, again.stdout) == (default.returncode, default.stdout)

    selected = run_cli("check", "--no-cache", "--format", "json", "draft.md", cwd=configured, env=env)
    assert "C106" in _codes(selected), selected.stderr
    assert _codes(selected) - {"C106"} == _codes(default)
    on_the_line = run_cli("check", "--no-cache", "--format", "json", "--extend-select", "C106", "draft.md", cwd=plain, env=env)
    assert on_the_line.stdout == selected.stdout.replace("configured", "plain")


def test_a_default_run_does_not_import_the_module_of_g313_which_the_slips_package_holds(run_cli, tmp_path):
    """G313 (off by default) lives in the ``slips`` package beside G314 (on): the package imports
    its module only when asked for ``MissingFunctionWord``, so a default run, whose record the
    first run filled, leaves it unimported."""
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    env = {"NEWSLINT_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPROFILEIMPORTTIME": "1"}
    run_cli("check", "--no-cache", "draft.md", env=env)
    second = run_cli("check", "--no-cache", "draft.md", env=env)
    imported = {line.rsplit("|", 1)[-1].strip() for line in second.stderr.splitlines() if line.startswith("import time:")}
    assert "newslint.checks.slips.extra" in imported, second.stderr[-2000:]
    assert "newslint.checks.slips.missing" not in imported
    assert "newslint.checks.confusables.slot_word" not in imported


def test_a_default_run_leaves_unimported_the_helpers_no_rule_asked_for(run_cli, tmp_path):
    """A module of the checks that defines no rule is not imported by the registry: the record
    names it, and the rule modules import it when a draft needs it (D103's guards only for a
    year after the story's date; G313's backoff only with G313)."""
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    later = tmp_path / "later.md"
    later.write_text("LEEDS, March 4, 2015 — The bridge opened in 2019, officials said.\n", encoding="utf-8")
    env = {"NEWSLINT_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPROFILEIMPORTTIME": "1"}
    run_cli("check", "--no-cache", "draft.md", env=env)
    (table,) = (tmp_path / "cache" / "patterns").glob("patterns-*.table")
    record = marshal.loads(table.read_bytes()[4:])[("rule modules off by default", 2)]
    assert {"newslint.checks.dates._past_guards", "newslint.checks.slips.backoff"} <= set(record["without rules"])
    assert "newslint.checks.dates.past_event" not in record["without rules"]

    def imported(result):
        # (what import statements import: the registry's importlib.import_module goes unlisted)
        return {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}

    plain = imported(run_cli("check", "--no-cache", "draft.md", env=env))
    assert "newslint.checks.dates._impossible_years" in plain  # past_event.py's, at its top
    assert "newslint.checks.dates._past_guards" not in plain
    assert "newslint.checks.slips.backoff" not in plain
    dated = run_cli("check", "--no-cache", "--format", "json", "later.md", env=env)
    assert "newslint.checks.dates._past_guards" in imported(dated)
    assert "D103" in _codes(dated)


def test_a_backend_rule_that_decides_for_itself_is_off_without_its_service_table():
    """What off_by_default assumes of a rule with ``selected_by``: no table for its service, no run."""
    deciders = [rule for rule in builtin_rules() if hasattr(rule, "selected_by")]
    assert deciders
    for rule in deciders:
        assert isinstance(rule.service, str) and rule.service
        assert not rule.selected_by(Settings(select=("ALL",), extend_select=(rule.code,)))


def _unselected(settings):
    return off_by_default.unselected(settings, code_selected, rules_by_module)


def test_with_the_table_a_run_skips_what_it_does_not_select_and_a_changed_module_is_read_again(tmp_path, monkeypatch):
    pattern_cache.install(tmp_path)
    try:
        default = Settings()
        skipped = _unselected(default)
        assert "newslint.checks.consistency.surnames" in skipped
        assert "newslint.checks.confusables.slot_word" not in skipped  # S210 is on by default
        assert "newslint.checks.consistency.surnames" not in _unselected(Settings(extend_select=("C1",)))
        assert selected_rules(default) and [r.code for r in selected_rules(default)] == [
            r.code for r in all_rules(default) if is_selected(r, default)
        ]
        assert {r.code for r in all_rules(default)} >= {"S207", "S210", "C106", "G316", "LT"}

        built = []
        monkeypatch.setattr(off_by_default, "_build", lambda rules, real=off_by_default._build: built.append(1) or real(rules))
        _unselected(default)
        assert built == []  # answered from the table
        real_stamp = off_by_default._stamp
        monkeypatch.setattr(off_by_default, "_stamp", lambda path: [v + 1 for v in real_stamp(path)])
        assert _unselected(default) == skipped
        assert built == [1]  # a source changed: the record was made again
    finally:
        pattern_cache.uninstall()
