"""One run: each draft's own settings, one gate, and --fix without linting twice."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import rule_plugin

from newslint import run as run_module
from newslint import workers
from newslint.cli import main
from newslint.config import ConfigFinder, Overrides
from newslint.rule import Rule
from newslint.run import Run

# P101 (a paragraph without its full stop) is a warning; B201 (a TK left in) is an error.
WARNING_ONLY = "Bridge\n\nThe council approved the new bridge on Tuesday at last\n"
CLEAN = "Bridge\n\nThe council approved the new bridge on Tuesday.\n"


@pytest.fixture
def desks(tmp_path):
    """Two real folders: ``strict`` (the default fail-on, warning) and ``lenient`` (errors only)."""
    for name, config in (("strict", 'select = ["ALL"]\n'), ("lenient", 'fail-on = "error"\n')):
        (tmp_path / name).mkdir()
        (tmp_path / name / "newslint.toml").write_text(config, encoding="utf-8")
    return tmp_path


def _exit(run_cli, cwd, *paths):
    done = run_cli("check", "--no-cache", "--format", "json", *paths, cwd=cwd)
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)


def test_each_draft_is_judged_by_its_own_fail_on_whatever_the_order(desks, run_cli):
    (desks / "strict" / "a.txt").write_text(CLEAN, encoding="utf-8")
    (desks / "lenient" / "b.txt").write_text(WARNING_ONLY, encoding="utf-8")
    # The lenient draft's warning is reported, but its own configuration fails only on errors.
    for order in (("strict", "lenient"), ("lenient", "strict")):
        status, findings = _exit(run_cli, desks, *order)
        assert [f["code"] for f in findings] == ["P101"], order
        assert status == 0, order

    # The same warning in the strict folder fails the run, in either order.
    (desks / "strict" / "a.txt").write_text(WARNING_ONLY, encoding="utf-8")
    for order in (("strict", "lenient"), ("lenient", "strict")):
        status, findings = _exit(run_cli, desks, *order)
        assert sorted(f["path"] for f in findings) == ["lenient/b.txt", "strict/a.txt"]
        assert status == 1, order


def test_fail_on_given_on_the_command_line_is_every_drafts(desks, run_cli):
    (desks / "lenient" / "b.txt").write_text(WARNING_ONLY, encoding="utf-8")
    done = run_cli("check", "--no-cache", "--fail-on", "warning", "lenient", cwd=desks)
    assert done.returncode == 1, done.stdout + done.stderr


def test_the_run_keeps_each_drafts_settings(desks, monkeypatch):
    (desks / "strict" / "a.txt").write_text(CLEAN, encoding="utf-8")
    (desks / "lenient" / "b.txt").write_text(CLEAN, encoding="utf-8")
    monkeypatch.chdir(desks)
    result = Run(ConfigFinder(), Overrides(ignore=("S",))).lint(["strict", "lenient"])
    by_path = {path.split("/")[0]: settings for path, settings in result.settings.items()}
    assert by_path["strict"].select == ("ALL",) and by_path["strict"].fail_on == "warning"
    assert by_path["lenient"].select is None and by_path["lenient"].fail_on == "error"
    assert all(s.ignore == ("S",) for s in by_path.values())  # the command line over both


DOUBLE_SPACE = "Talks\n\nThe minister said , however, that talks would go on .\n"


def test_fix_lints_again_only_the_drafts_it_changed(tmp_path, monkeypatch):
    (tmp_path / "fixable.txt").write_text(DOUBLE_SPACE, encoding="utf-8")
    (tmp_path / "other.txt").write_text(WARNING_ONLY, encoding="utf-8")
    linted = []
    real = workers.check_document

    def counting(doc, *args):
        linted.append(doc.path)
        return real(doc, *args)

    monkeypatch.setattr(workers, "check_document", counting)
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(main, ["check", "--no-cache", "--jobs", "1", "--fix", "--format", "json", "--select", "P"])
    assert done.exit_code == 1, done.output
    assert sorted(linted) == ["./fixable.txt", "./fixable.txt", "./other.txt"]
    assert (tmp_path / "fixable.txt").read_text(encoding="utf-8") == DOUBLE_SPACE.replace(" ,", ",").replace(" .", ".")
    # What remains: the other draft's finding, reused, and nothing of the fixed draft.
    reported = json.loads(done.stdout)
    assert [(f["path"], f["code"], f["line"]) for f in reported] == [("./other.txt", "P101", 3)]


# A rule plug-in, shipped through the entry point group as a third party would, with a bug.
BROKEN_PLUGIN = '''
from newslint.rule import Rule

class Broken(Rule):
    """Flags nothing; raises on every draft (test plug-in)."""
    code = "X902"
    name = "broken-test-rule"
    family = "style"

    def check(self, doc, context):
        yield self.finding(doc, 0, 1, "never reported")
        raise KeyError("lede")

RULES = [Broken]
'''


def test_a_rule_that_crashes_is_an_error_of_its_draft_and_the_others_still_report(tmp_path, run_cli):
    env = rule_plugin(tmp_path / "plugins", "broken_rules", BROKEN_PLUGIN)
    (tmp_path / "story.txt").write_text("Bridge\n\nThe council will spend TK on the bridge.\n", encoding="utf-8")
    for jobs in ("1", "2"):
        done = run_cli("check", "--jobs", jobs, "--format", "json", "story.txt", env=env)
        assert done.returncode == 2, done.stderr
        reported = [(f["code"], f["line"], f["family"], f["severity"]) for f in json.loads(done.stdout)]
        assert reported == [("E903", 1, "file", "error"), ("B201", 3, "boilerplate", "error")]
        assert done.stderr.splitlines() == [
            "newslint: story.txt: rule X902 (broken-test-rule) crashed: KeyError: 'lede'"
        ]
    # A crash is not cached: the draft is linted again, and crashes again, next time.
    again = run_cli("check", "--format", "json", "story.txt", env=env)
    assert again.returncode == 2 and "X902" in again.stderr


class RecordingBackend:
    """A backend (backends.Backend) that notes what the run asks of it; fails when told to."""

    name = "recorder"
    title = "Recorder"

    def __init__(self, fail: bool):
        self.fail = fail
        self.began: list = []
        self.drafts: list[str] = []
        self.failure = None

    def wanted(self, settings) -> bool:
        return True

    def begin(self, cache_folder) -> None:
        self.began.append(cache_folder)
        self.failure = None

    def prefetch(self, drafts) -> None:
        self.drafts.extend(doc.path for doc, _ in drafts)
        if self.fail:
            self.failure = "the recorder went away"


class AskingRule(Rule):
    """Flags nothing; its answers would come from the recorder (test rule)."""

    code = "X903"
    name = "asking-test-rule"
    family = "style"
    service = "recorder"

    def check(self, doc, context):
        return ()


def test_the_run_holds_its_backends_and_caches_nothing_a_failing_backend_touched(tmp_path, monkeypatch):
    from newslint.cache import Cache

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(CLEAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(run_module, "selected_rules", lambda settings: [AskingRule()])
    cache = Cache(tmp_path / "cache")

    failing = RecordingBackend(fail=True)
    run = Run(cache=cache, jobs=2, backends=[failing])
    run.lint(["a.txt", "b.txt"])
    assert failing.began == [tmp_path / "cache" / "recorder"]
    assert failing.drafts == ["a.txt", "b.txt"]  # every draft its rule checks, before the rules run
    assert run.failures() == ["the recorder went away"]

    # Nothing was cached: the next run asks again, and caches what a working backend gave.
    working = RecordingBackend(fail=False)
    run = Run(cache=cache, backends=[working])
    run.lint(["a.txt", "b.txt"])
    assert working.drafts == ["a.txt", "b.txt"] and run.failures() == []
    again = RecordingBackend(fail=False)
    Run(cache=cache, backends=[again]).lint(["a.txt", "b.txt"])
    assert again.drafts == []


def test_newslint_failing_on_one_draft_names_it_and_the_others_are_still_linted(tmp_path, monkeypatch):
    """A bug in reading one draft (here: the Document raising on it) is that draft's problem."""
    (tmp_path / "a.txt").write_text("Bridge\n\nThe council will spend TK on the bridge.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("POISON\n", encoding="utf-8")
    real = workers.Document

    def document(text, path="<stdin>", **kwargs):
        if "POISON" in text:
            raise IndexError("list index out of range")
        return real(text, path=path, **kwargs)

    monkeypatch.setattr(workers, "Document", document)
    monkeypatch.chdir(tmp_path)
    result = Run(jobs=1).lint(["a.txt", "b.txt"])
    assert result.problems == ["b.txt: newslint failed on this draft (IndexError: list index out of range); please report it"]
    assert [(f.path, f.code) for f in result.findings] == [("a.txt", "B201"), ("b.txt", "E902")]


def test_a_rules_own_options_are_checked_once_before_the_drafts_and_name_the_file(tmp_path, run_cli):
    (tmp_path / "newslint.toml").write_text('[consistency]\nknown-abbreviationz = ["TUC"]\n', encoding="utf-8")
    for i in range(3):
        (tmp_path / f"story{i}.txt").write_text(CLEAN, encoding="utf-8")  # no abbreviation in them
    done = run_cli("check", "--no-cache", "--jobs", "2")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"newslint: {tmp_path / 'newslint.toml'}: unknown key 'consistency.known-abbreviationz' "
        "(known: known-abbreviations)"
    ]
