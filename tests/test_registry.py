"""The rule registry: which modules of newslint.checks it reads (newslint/engine.py)."""

from __future__ import annotations

import pkgutil

from newslint import checks, engine, pattern_cache
from newslint.engine import builtin_rules, rule_modules


def test_the_registry_reads_every_module_walk_packages_finds_in_the_checks():
    walked = sorted(m.name for m in pkgutil.walk_packages(checks.__path__, prefix="newslint.checks."))
    listed = sorted(rule_modules(checks.__path__[0], "newslint.checks."))
    assert listed == walked
    assert "newslint.checks.dates" in listed and "newslint.checks.dates.weekday" in listed


def test_a_subpackage_and_its_modules_are_listed_and_other_files_are_not(tmp_path):
    (tmp_path / "family").mkdir()
    (tmp_path / "family" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "family" / "one_rule.py").write_text("", encoding="utf-8")
    (tmp_path / "plain.py").write_text("", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("", encoding="utf-8")
    (tmp_path / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "data").mkdir()  # a folder that is no package
    (tmp_path / "data" / "table.py").write_text("", encoding="utf-8")
    listed = sorted(rule_modules(str(tmp_path), "pkg."))
    assert listed == ["pkg.family", "pkg.family.one_rule", "pkg.plain"]


def test_every_rule_class_of_the_checks_is_in_the_registry():
    from newslint.rule import Rule

    codes = {rule.code for rule in builtin_rules()}
    classes = {c.code for c in _subclasses(Rule) if c.code and c.__module__.startswith("newslint.checks.")}
    assert classes <= codes


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def test_the_look_for_plugins_is_kept_until_a_folder_of_the_path_changes(tmp_path, monkeypatch):
    """With the command line's table, an earlier run's answer stands while the folders of the
    path are as they were; a distribution installed into one (its folder added) is seen."""
    import os

    site = tmp_path / "site"
    site.mkdir()
    os.utime(site, ns=(10**18, 10**18))  # an earlier moment (the clock's ticks may be coarse)
    monkeypatch.syspath_prepend(str(site))
    pattern_cache.install(tmp_path / "table")
    try:
        before = engine.plugins_may_exist()
        dist = site / "plugin-1.0.dist-info"
        dist.mkdir()
        (dist / "entry_points.txt").write_text("[newslint.rules]\nh = h:F\n", encoding="utf-8")
        assert engine.plugins_may_exist()
        (dist / "entry_points.txt").unlink()
        dist.rmdir()
        os.utime(site, ns=(2 * 10**18, 2 * 10**18))  # a later moment than the install's
        assert engine.plugins_may_exist() == before
    finally:
        pattern_cache.uninstall()


def test_only_a_folder_of_the_path_that_changed_is_looked_at_again(tmp_path, monkeypatch):
    """With the command line's table, each folder's answer stands while the folder is as it
    was: after one folder changes (a busy current folder), only that one is listed again."""
    import os

    quiet, busy = tmp_path / "quiet", tmp_path / "busy"
    for folder in (quiet, busy):
        folder.mkdir()
        os.utime(folder, ns=(10**18, 10**18))
    monkeypatch.syspath_prepend(str(quiet))
    monkeypatch.syspath_prepend(str(busy))
    listed = []
    real_scandir = os.scandir
    monkeypatch.setattr(engine.os, "scandir", lambda folder: listed.append(folder) or real_scandir(folder))
    pattern_cache.install(tmp_path / "table")
    try:
        before = engine.plugins_may_exist()
        assert str(busy) in listed and str(quiet) in listed
        listed.clear()
        assert engine.plugins_may_exist() == before
        assert listed == []  # nothing changed: nothing listed
        (busy / "draft.md").write_text("A draft.\n", encoding="utf-8")
        os.utime(busy, ns=(2 * 10**18, 2 * 10**18))
        assert engine.plugins_may_exist() == before
        assert listed == [str(busy)]
    finally:
        pattern_cache.uninstall()
        monkeypatch.undo()
