"""The rule registry and runner: which rules exist, which run, and what is reported.

Python rules are the ``Rule`` subclasses in the modules of ``newslint.checks``; declarative
rules come from the YAML packs in ``rules/``, from the folders named by ``rule-paths``, and
from the entry point group ``newslint.rules`` (each entry point gives a folder of packs, or a
list of Rule classes or objects).
"""

from __future__ import annotations

import importlib
import itertools
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from . import checks, memos, off_by_default, packs
from .config import Settings
from .document import Document
from .errors import ConfigError, NewslintError
from .findings import SEVERITY_RANK, Finding, Related, rule_crashed
from . import mapped_files
from .mapped_files import release as release_mapped_pages
from .pattern_cache import kept
from .rule import Context, Rule

ENTRY_POINT_GROUP = "newslint.rules"


@lru_cache(maxsize=1)
def builtin_rules() -> tuple[Rule, ...]:
    return _builtin_rules(frozenset())


def _builtin_rules(skipped: frozenset[str]) -> tuple[Rule, ...]:
    """The built-in rules, less those of the rule modules named in ``skipped`` (not imported)."""
    rules: list[Rule] = []
    for name in sorted(rule_modules(checks.__path__[0], f"{checks.__name__}.")):
        if name not in skipped:
            rules.extend(_module_rules(name))
    rules.extend(packs.load_folder(packs.builtin_pack_folder()))
    rules.extend(_entry_point_rules())
    return tuple(rules)


def _module_rules(name: str) -> list[Rule]:
    """The rules the module ``name`` defines, imported and made."""
    module = importlib.import_module(name)
    return [
        value()
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, Rule) and value.__module__ == module.__name__ and value.code
    ]


def rules_by_module() -> dict[str, list[Rule]]:
    """Every built-in rule module's name and the rules it defines, every one imported."""
    return {name: _module_rules(name) for name in rule_modules(checks.__path__[0], f"{checks.__name__}.")}


def rule_modules(folder: str, prefix: str) -> list[str]:
    """The modules of the package in ``folder``: its ``.py`` files and its subpackages (a rule
    family split into a folder, checks/dates/ and the like), theirs too, as
    ``pkgutil.walk_packages`` names them, in a listing of the folders (~0.2 ms, against ~2 ms
    for pkgutil's import and walk)."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            if name.endswith(".py") and name != "__init__.py" and name[:-3].isidentifier():
                found.append(prefix + name[:-3])
            elif name.isidentifier() and entry.is_dir() and os.path.isfile(os.path.join(entry.path, "__init__.py")):
                found.append(prefix + name)
                found.extend(rule_modules(entry.path, f"{prefix}{name}."))
    return found


def plugins_may_exist() -> bool:
    """Whether some installed distribution may declare the ``newslint.rules`` group.

    A cheap look before ``importlib.metadata`` (whose import and scan cost ~20 ms of a one-draft
    run): the ``entry_points.txt`` of every ``*.dist-info``/``*.egg-info`` folder on ``sys.path``.
    Anything this look cannot see through (a zip or egg file on the path, a finder of its own
    that lists distributions) answers True, and the full scan decides.
    """
    from importlib.machinery import PathFinder

    if any(hasattr(f, "find_distributions") and f is not PathFinder for f in sys.meta_path):
        return True
    # Each folder's answer from an earlier run (the command line's table, ``pattern_cache.kept``),
    # while that folder has not changed since: installing or removing a distribution adds or
    # removes its folder there, as pip does. Only a folder that changed is looked at again, so
    # that a busy folder on the path (the current one, under ``python -m newslint``) costs a
    # listing of itself, not of every site-packages (~1.5 ms of a one-draft run, each run).
    for folder in sys.path:
        where = folder if os.path.isabs(folder) else os.path.abspath(folder or ".")  # ("": the current folder)
        try:
            stamp = os.stat(where).st_mtime_ns
        except OSError:
            continue  # no such folder: nothing declared there
        if kept(("plugins in folder", ENTRY_POINT_GROUP, where, stamp), lambda: _declared_in(where)):
            return True
    return False


def _declared_in(folder: str) -> bool:
    """Whether a distribution in ``folder`` (a folder of ``sys.path``) may declare the group."""
    try:
        entries = os.scandir(folder)
    except NotADirectoryError:
        return True  # a zip file on the path
    except OSError:
        return False
    with entries:
        for entry in entries:
            name = entry.name
            if name.endswith(".egg") or name.endswith(".egg-link"):
                return True
            if not (name.endswith(".dist-info") or name.endswith(".egg-info")):
                continue
            try:
                with open(os.path.join(entry.path, "entry_points.txt"), encoding="utf-8", errors="replace") as f:
                    if ENTRY_POINT_GROUP in f.read():
                        return True
            except OSError:
                continue
    return False


def plugin_entry_points() -> list:
    """The installed entry points of the ``newslint.rules`` group."""
    if not plugins_may_exist():
        return []
    from importlib.metadata import entry_points

    return list(entry_points(group=ENTRY_POINT_GROUP))


def _entry_point_rules() -> list[Rule]:
    rules: list[Rule] = []
    for entry in plugin_entry_points():
        try:
            provided = entry.load()
            provided = provided() if callable(provided) and not isinstance(provided, type) else provided
        except Exception as exc:  # a plug-in's own failure, reported as configuration
            raise ConfigError(f"rule plug-in '{entry.name}' failed to load: {exc}") from None
        if isinstance(provided, (str, Path)):
            rules.extend(packs.load_folder(Path(provided)))
            continue
        for item in provided:
            rules.append(item() if isinstance(item, type) else item)
    return rules


@lru_cache(maxsize=32)
def _rules_from_paths(paths: tuple[Path, ...]) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for folder in paths:
        rules.extend(packs.load_folder(folder))
    return tuple(rules)


def all_rules(settings: Settings) -> list[Rule]:
    rules = list(builtin_rules()) + list(_rules_from_paths(settings.rule_paths))
    _no_code_twice(rules)
    return sorted(rules, key=lambda r: r.code)


def _no_code_twice(rules: Iterable[Rule], skipped_codes: Iterable[tuple[str, str]] = ()) -> None:
    """A ConfigError when two rules have one code (``skipped_codes``: the built-in rules of the
    modules a run did not import, ``off_by_default``, each with its origin: they still take their codes)."""
    seen: dict[str, str] = dict(skipped_codes)
    for rule in rules:
        if rule.code in seen:
            raise ConfigError(f"rule code {rule.code} is defined twice ({seen[rule.code]} and {rule.origin})")
        seen[rule.code] = rule.origin


def _longest(code: str, prefixes: Iterable[str]) -> int:
    best = -1
    for prefix in prefixes:
        if prefix == "ALL":
            best = max(best, 0)
        elif code.startswith(prefix):
            best = max(best, len(prefix))
    return best


def is_selected(rule: Rule, settings: Settings, extra_ignore: Iterable[str] = ()) -> bool:
    """ruff's selection: the most specific matching select or ignore entry wins.

    A rule that reports many codes (LanguageTool's ``LT…``) decides for itself, through its
    ``selected_by(settings, extra_ignore)``, and then filters its findings with ``code_selected``.
    """
    hook = getattr(rule, "selected_by", None)
    if hook is not None:
        return hook(settings, extra_ignore)
    return code_selected(rule.code, settings, extra_ignore, getattr(rule, "default_on", True))


def code_selected(
    code: str, settings: Settings, extra_ignore: Iterable[str] = (), default_on: bool = True
) -> bool:
    """Whether findings with ``code`` are wanted, by the select/ignore/severity settings."""
    severity = dict(settings.severity)
    if severity.get(code) == "off":
        return False
    if settings.select is None:
        chosen_len = 0 if default_on else -1
    else:
        chosen_len = _longest(code, settings.select)
    chosen_len = max(chosen_len, _longest(code, settings.extend_select))
    ignored_len = _longest(code, tuple(settings.ignore) + tuple(extra_ignore))
    return chosen_len >= 0 and chosen_len >= ignored_len


def selected_rules(settings: Settings) -> list[Rule]:
    """The rules ``settings`` select, by code. Under the command line the modules of rules off
    by default that ``settings`` do not select are not imported (``off_by_default``)."""
    skipped = off_by_default.unselected(settings, code_selected, rules_by_module)
    if not skipped:
        return [rule for rule in all_rules(settings) if is_selected(rule, settings)]
    rules = _rules_without(frozenset(skipped)) + _rules_from_paths(settings.rule_paths)
    _no_code_twice(rules, off_by_default.codes(skipped))
    return [rule for rule in sorted(rules, key=lambda r: r.code) if is_selected(rule, settings)]


@lru_cache(maxsize=2)
def _rules_without(skipped: frozenset[str]) -> tuple[Rule, ...]:
    """The built-in rules but those of the modules in ``skipped`` (``off_by_default``)."""
    return _builtin_rules(skipped)


def check_options(rules: Iterable[Rule], settings: Settings) -> None:
    """Let each rule check its own options in ``settings`` before any draft is read.

    A rule with options of its own (a table such as ``[consistency]``) defines
    ``check_settings(settings)``, raising a ConfigError; the error names the configuration file.
    """
    for rule in rules:
        hook = getattr(rule, "check_settings", None)
        if hook is None:
            continue
        try:
            hook(settings)
        except ConfigError as exc:
            message = str(exc)
            if not message.startswith(settings.source):
                message = f"{settings.source}: {message}"
            raise ConfigError(message) from None


def needs_of(rule: Rule) -> tuple[str, ...]:
    """The analyses a rule reads: its ``needs``, and the quotes when it skips quoted text.

    The runner builds them before the rule runs; a rule reads no other (tests/test_needs.py).
    """
    if rule.quotes == "skip" and "quotes" not in rule.needs:
        return tuple(rule.needs) + ("quotes",)
    return tuple(rule.needs)


def _last_readers(rules: list[Rule]) -> dict[int, list[str]]:
    """The analyses each rule of ``rules`` is the last to read, by its position; not the
    quotes, which ``check_document`` reads after the rules."""
    last = {name: position for position, rule in enumerate(rules) for name in needs_of(rule)}
    found: dict[int, list[str]] = {}
    for name, position in last.items():
        if name != "quotes":
            found.setdefault(position, []).append(name)
    return found


def active_rules(rules: list[Rule], settings: Settings, path: str) -> list[Rule]:
    """The rules of ``rules`` that run on the draft at ``path`` (``per-file-ignores``)."""
    per_file = settings.ignored_for(path)
    if not per_file:
        return rules
    return [r for r in rules if is_selected(r, settings, per_file)]


# -- running -------------------------------------------------------------------------------


def check_document(doc: Document, settings: Settings, rules: list[Rule], context: Context) -> list[Finding]:
    """Run ``rules`` on one document: their findings, positioned, one per code and span.

    Each rule's analyses (``needs_of``) are built just before it runs, once per document.
    A rule that raises (or whose analysis raises) is reported as a finding of the draft (``E903``, naming the rule) and
    the other rules' findings still stand. Where rules' findings overlap, this decides which is the one problem reported (page
    residue claims its paragraph; a rule gives way to the codes it names in ``gives_way_to``;
    a second opinion defers to newslint's own rules). What is
    then reported (selection, severity, disable comments, baseline, --diff) is decided by
    ``gate.Gate``, in one place.
    """
    findings: list[Finding] = []
    claimed: list[tuple[int, int]] = []
    deferring: list[Finding] = []
    giving_way: list[tuple[Rule, list[Finding]]] = []
    crashed: list[Finding] = []
    # A large draft's rules read most of the mapped data files, each its own part: their pages
    # are handed back after each rule, so that they do not all count in the peak at once.
    large = doc.word_copies is not None
    # Second opinions (LanguageTool) last: their answers arrive while newslint's own rules run.
    ordered = sorted(rules, key=lambda r: r.defers_to_own_rules)
    # and a large draft's analyses are dropped once the last rule that reads one has run
    last_reader = _last_readers(ordered) if large else {}
    # and its word tables read their files apart from their maps (mapped_files.reading_apart),
    # as the largest files are in a long run of small drafts (_apart_from)
    apart = _apart_from(large)
    mapped_files.reading_apart, mapped_files.apart_from = apart is not None, apart or 0
    try:
        _run_rules(doc, ordered, context, large, last_reader, findings, claimed, deferring, giving_way, crashed)
    finally:
        mapped_files.reading_apart, mapped_files.apart_from = False, 0
    for rule, found in _yielded_to_first(giving_way):
        theirs = [f for f in findings if f.code in rule.gives_way_to]
        findings.extend(_not_flagged_already(found, theirs) if theirs else found)
    if deferring:
        findings.extend(_not_flagged_already(deferring, findings))
    if claimed:
        findings = [f for f in findings if f.code.startswith("B") or not _within(f.start, claimed)]
    quotes = doc.analysis("quotes") if findings else None
    placed: dict[tuple, Finding] = {}
    for finding in findings:
        line, column = doc.line_col(finding.start)
        end_line, end_column = doc.line_col(finding.end)
        finding = finding.with_(
            path=doc.path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            quoted=finding.quoted or quotes.inside(finding.start),
            related=tuple(
                Related(r.start, r.end, r.note, *doc.line_col(r.start)) for r in finding.related
            ),
        )
        placed.setdefault((finding.code, finding.start, finding.end), finding)
    return crashed + sorted(placed.values(), key=lambda f: f.sort_key)


# From this many drafts checked in one process (a folder, an editor's session), the largest
# data files are read apart from their maps (mapped_files.APART_FROM): draft after draft the
# n-gram store (24.7 MB) and S212's counts (13.9 MB) were mapped whole. A run of one draft (a
# hook, a save) keeps reading through the maps, which costs it no system calls.
LONG_RUN = 5
_checked = 0


def _apart_from(large: bool) -> int | None:
    """The size of file from which the tables read their files apart while this draft's rules
    run (mapped_files.apart_from): 0, all, for a large draft; None, none, for the first drafts
    of a run; then APART_FROM. At the switch, the pages the first drafts mapped are let go."""
    global _checked
    _checked += 1
    if large:
        return 0
    if _checked < LONG_RUN:
        return None
    if _checked == LONG_RUN:
        release_mapped_pages()
    return mapped_files.APART_FROM


def _run_rules(doc, ordered, context, large, last_reader, findings, claimed, deferring, giving_way, crashed) -> None:
    """``check_document``'s loop over its rules in order, each one's findings put in the list
    it belongs to (``findings``, ``deferring``, ``giving_way``, ``crashed``)."""
    for position, rule in enumerate(ordered):
        if large:
            release_mapped_pages()
            memos.forget()  # each rule fills its own memos: one rule's at a time count in the peak
            for name in last_reader.pop(position - 1, ()):
                doc.drop_analysis(name)
        try:
            if TIMINGS is not None:
                found = _timed(doc, rule, context)
            else:
                for name in needs_of(rule):  # built once per document, before the rule reads it
                    doc.analysis(name)
                found = _at_most(rule, rule.run(doc, context))
        except NewslintError:  # a rule's options that are wrong: the configuration's error
            raise
        except Exception as exc:  # one rule's bug: reported for this draft, the others still run
            crashed.append(rule_crashed(doc.path, rule.code, rule.name, exc))
            continue
        if rule.defers_to_own_rules:
            deferring.extend(found)
            continue
        if rule.gives_way_to:
            giving_way.append((rule, found))
            continue
        if rule.claims_paragraph:
            # one report a line of residue: a paragraph an earlier rule claimed is not claimed twice
            found = [f for f in found if not _within(f.start, claimed)] if claimed else found
            claimed += _paragraphs_of(doc, found)
        findings.extend(found)


# CPU seconds per rule code and per "analysis NAME", summed over the documents checked, when
# set to a Counter (``scripts/bench.py --rules``); None, the default, costs nothing. An
# analysis a rule builds lazily while it runs (a sentence's tags) counts as the rule's.
TIMINGS = None


def _timed(doc: Document, rule: Rule, context: Context) -> list[Finding]:
    import time

    clock = time.process_time
    for name in needs_of(rule):  # (one already built costs nothing)
        started = clock()
        doc.analysis(name)
        TIMINGS["analysis " + name] += clock() - started
    started = clock()
    try:
        return _at_most(rule, rule.run(doc, context))
    finally:
        TIMINGS[rule.code] += clock() - started


# A rule that finds more than this in one draft is reporting a draft of noise (2 MB of
# brackets or quotation marks gave two million findings, minutes and gigabytes): it stops there
# and its last finding says so, so that a run stays bounded in time and memory.
MAX_FINDINGS_PER_RULE = 1000


def _at_most(rule, found) -> list[Finding]:
    kept = list(itertools.islice(found, MAX_FINDINGS_PER_RULE + 1))
    if len(kept) <= MAX_FINDINGS_PER_RULE:
        return kept
    last = kept[MAX_FINDINGS_PER_RULE - 1]
    note = f" ({rule.code} stopped here: more than {MAX_FINDINGS_PER_RULE:,} findings in this draft)"
    return kept[: MAX_FINDINGS_PER_RULE - 1] + [last.with_(message=last.message + note)]


# A finding of newslint's own that is wider than this points at a sentence or a paragraph, not
# at the words a second opinion flags (as the scorers count a finding as pointing at a word).
_WORD_SPAN = 40


def _yielded_to_first(giving_way: list[tuple[Rule, list[Finding]]]) -> list[tuple[Rule, list[Finding]]]:
    """The rules that give way, each after the ones it gives way to that give way themselves
    (S212 gives way to S210, which gives way to S211): their findings must be in place before
    its own are weighed against them."""
    pending, ordered = list(giving_way), []
    while pending:
        codes = {rule.code for rule, _ in pending}
        ready = [entry for entry in pending if not codes & set(entry[0].gives_way_to)] or pending[:1]
        ordered += ready
        pending = [entry for entry in pending if all(entry is not done for done in ready)]
    return ordered


def _not_flagged_already(deferring: list[Finding], own: list[Finding]) -> list[Finding]:
    """The findings of deferring rules on words that no finding of ``own`` covers.

    One problem, one report: where LanguageTool and one of newslint's rules flag overlapping
    words ("a" of "a apple", "it's" of "it's home ground"), newslint's finding stays and
    LanguageTool's goes; so too a rule's finding where a rule it gives way to reports.
    """
    import bisect

    spans = sorted(
        (f.start, max(f.end, f.start + 1)) for f in own if f.end - f.start <= _WORD_SPAN
    )
    if not spans:
        return deferring
    starts = [s for s, _ in spans]
    longest = max(e - s for s, e in spans)
    kept = []
    for finding in deferring:
        start, end = finding.start, max(finding.end, finding.start + 1)
        # Candidates begin before ``end`` and no earlier than ``start - longest``.
        low = bisect.bisect_left(starts, start - longest)
        high = bisect.bisect_left(starts, end)
        if not any(s < end and start < e for s, e in spans[low:high]):
            kept.append(finding)
    return kept


def _paragraphs_of(doc: Document, findings: list[Finding]) -> list[tuple[int, int]]:
    spans = []
    for finding in findings:
        paragraph = doc.paragraph_at(finding.start)
        spans.append((paragraph.start, paragraph.end) if paragraph else (finding.start, finding.end))
    return spans


def _within(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def at_or_above(findings: Iterable[Finding], floor: str) -> bool:
    if floor == "never":
        return False
    return any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[floor] for f in findings if f.severity in SEVERITY_RANK)
