"""Which rule modules a run may leave unimported: those whose every rule is off by default
(``default_on = False``, or a backend's rule that decides for itself) and which the run's
settings do not select, and those that define no rule at all (a rule's helpers, such as
``dates/_past_guards.py``: imported by the rule modules that use them, when they do).

A default ``newslint check`` never runs C106, G302, G313, G316 nor LanguageTool, yet
importing their modules and making their rules cost ~1.6 ms of a ~100 ms one-draft run. To
skip them the registry must know, without importing a module, which codes it defines and
whether they are on by default. This module keeps that record in the command line's table
(``pattern_cache.kept``): for each rule module whose rules are all off by default, each rule's
code, its origin and, for a rule that decides itself (``selected_by``), its ``service``; and
the size and modification time of every source file those rules' classes are written in (the
module, and the modules of their base classes: ``rule.py`` among them). The record also
names every module of the checks that defines no rule, with its file's size and time (a
helper that gains a rule is a changed file). A record whose files changed since is built
afresh, by importing every rule module (~60 ms, that run only).

What a run then skips: a recorded module none of whose codes the settings select
(``engine.code_selected`` with the default off: ``--select``, ``--extend-select``, a
configuration's ``select``/``extend-select``, severities), and, for a backend's rule, none
whose service has a table in the settings. The registry does not import a module that defines
no rule either: a default run of one draft imports ~10 helpers fewer when the rules that use
them import them only when a draft needs them (``subject_verb.py`` its ``disagreement``,
``past_event.py`` its guards), ~1 ms of ~100 (LanguageTool's rule is off without a
``[languagetool]`` table; ``--languagetool`` makes one; tests/test_off_by_default.py holds
every such rule to that). A module imported by another one is imported all the same, only its
rules are not made (so the ``slips`` package imports G313's ``slips.missing`` only when asked
for ``MissingFunctionWord``). A new rule
module, not in the record, is imported as usual.

Only where the table is installed (the command line, its own process): the API, the editor
server and the tests without it import every module as before, and ``newslint rules``,
``explain`` and the catalogue always see every rule (``engine.all_rules``). A rule's code and
default must be written in its class (or a base class), not computed from another module.
"""

from __future__ import annotations

import os
import sys

from . import pattern_cache

_KEY = ("rule modules off by default", 2)
_HERE = os.path.dirname(os.path.abspath(__file__))

_record: dict | None = None  # the record this run read or built


def unselected(settings, code_selected, rules_by_module) -> list[str]:
    """The rule modules whose rules ``settings`` cannot select, and the modules of the checks
    that define no rule (empty without the table).

    ``code_selected`` and ``rules_by_module`` are the engine's (``engine.code_selected``; every
    rule module's name and its rules, every module imported), handed in: the engine imports
    this module."""
    global _record
    if not pattern_cache.installed():
        return []
    _record = pattern_cache.kept(_KEY, lambda: _build(rules_by_module()), _still_valid)
    return [
        name
        for name, rules in _record["modules"].items()
        if not any(
            settings.table(service) if service else code_selected(code, settings, (), False)
            for code, origin, service in rules
        )
    ] + _record["without rules"]


def codes(modules) -> list[tuple[str, str]]:
    """The codes, each with its rule's origin, of the recorded ``modules``."""
    found = (_record or {}).get("modules", {})
    return [(code, origin) for name in modules for code, origin, _ in found.get(name, ())]


def _build(rules_by_module: dict) -> dict:
    """The record, from every rule module's rules (``engine.rules_by_module``)."""
    modules, files, without_rules = {}, set(), []
    for name, rules in sorted(rules_by_module.items()):
        if not rules:
            without_rules.append(name)
            files.add(os.path.relpath(os.path.abspath(sys.modules[name].__file__), _HERE))
            continue
        entries = []
        for rule in rules:
            if hasattr(rule, "selected_by"):
                service = getattr(rule, "service", None)
                if not isinstance(service, str) or not service:
                    break  # decides for itself, by no table: never skipped
                entries.append([rule.code, rule.origin, service])
            elif getattr(rule, "default_on", True):
                break
            else:
                entries.append([rule.code, rule.origin, ""])
        else:
            if not entries:
                continue
            modules[name] = entries
            for rule in rules:
                for cls in type(rule).__mro__:
                    source = getattr(sys.modules.get(cls.__module__), "__file__", None)
                    if cls.__module__.startswith("newslint.") and source:
                        files.add(os.path.relpath(os.path.abspath(source), _HERE))
    return {
        "modules": modules,
        "without rules": without_rules,
        "stamps": [[path, *_stamp(path)] for path in sorted(files)],
    }


def _stamp(path: str) -> list[int]:
    status = os.stat(os.path.join(_HERE, path))
    return [status.st_mtime_ns, status.st_size]


def _still_valid(record) -> bool:
    """Whether every file of the record is as it was when the record was made."""
    try:
        return (
            all(_stamp(path) == [mtime, size] for path, mtime, size in record["stamps"])
            and isinstance(record["modules"], dict)
            and isinstance(record["without rules"], list)
        )
    except (OSError, KeyError, TypeError, ValueError):
        return False
