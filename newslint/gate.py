"""The one gate every finding passes before it is reported.

The rules say what they found (``engine.check_document``); the gate decides what of it is
reported, for one draft at a time, with that draft's own settings, in this order:

1. selection: a code switched off by ``select``/``ignore``/``per-file-ignores`` or by
   ``severity = "off"`` is dropped (a rule that reports many codes, LanguageTool's, is
   filtered code by code here);
2. severity: ``[severity]`` re-grades a code;
3. disable comments in the draft (``<!-- newslint-disable-next-line CODE -->`` …);
4. one problem, one report: findings of two rules on the same words with the same first
   suggestion ("Pagliano were": G203 and S207 both say "was") are reported once, by the
   finding of higher severity (of the two of one severity, the lower code);
5. the baseline (``--baseline FILE``): findings recorded there are dropped;
6. ``--diff REF``: only findings on lines changed since REF are kept.

A finding about the file itself (it could not be read, ``E902``; a rule crashed on it,
``E903``: family "file") always passes. Nothing else filters findings: the command line,
``--fix``, the reports and the language server all see what the gate lets through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .config import Settings
from .document import DISABLE_COMMENT as _DIRECTIVE
from .engine import code_selected
from .findings import SEVERITY_RANK, Finding


@dataclass
class Gate:
    """What a run filters by, besides each draft's settings: a baseline and a git diff."""

    baseline: object | None = None  # a ``baseline.Baseline``
    changes: object | None = None  # a ``gitdiff.Changes``

    def keep(self, path: str, text: str, findings: list[Finding], settings: Settings) -> list[Finding]:
        """The findings of one draft that are reported, re-graded by its settings."""
        problems = [f for f in findings if f.family == "file"]
        findings = [f for f in findings if f.family != "file"]
        per_file = settings.ignored_for(path)
        findings = [f for f in findings if code_selected(f.code, settings, per_file)]
        severity = dict(settings.severity)
        if severity:
            findings = [f.with_(severity=severity.get(f.code, f.severity)) for f in findings]
        ranges = suppressions(text)
        if ranges:
            findings = [f for f in findings if not _suppressed(f, ranges)]
        findings = one_report_per_problem(findings)
        if self.baseline is not None:
            findings = self.baseline.drop_recorded(
                path, text, findings, lambda code: code_selected(code, settings, per_file)
            )
        if self.changes is not None:
            findings = [f for f in findings if self.changes.touches(f)]
        return problems + findings


def one_report_per_problem(findings: list[Finding]) -> list[Finding]:
    """The findings with those that repeat another's span and first suggestion left out."""
    kept: dict[tuple, Finding] = {}
    for finding in findings:
        if not finding.suggestions:
            continue
        key = (finding.start, finding.end, finding.suggestions[0])
        other = kept.get(key)
        if other is None or _rank(finding) < _rank(other):
            kept[key] = finding
    if len(kept) == sum(1 for f in findings if f.suggestions):
        return findings
    chosen = {id(f) for f in kept.values()}
    return [f for f in findings if not f.suggestions or id(f) in chosen]


def _rank(finding: Finding) -> tuple[int, str]:
    return -SEVERITY_RANK.get(finding.severity, 0), finding.code


def suppressions(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Ranges of offsets where codes are switched off by comments in the draft.

    An empty set of codes means every rule.
    """
    ranges: list[tuple[int, int, frozenset[str]]] = []
    if "newslint-" not in text:
        return ranges
    open_at: dict[str, int] = {}
    for match in _DIRECTIVE.finditer(text):
        action = match.group(1).lower()
        codes = frozenset(c.upper() for c in re.split(r"[\s,]+", match.group(2).strip()) if c)
        if action == "disable-next-line":
            # The line after the one the comment ends on, without its line break.
            start = text.find("\n", match.end())
            if start >= 0:
                start += 1
                end = text.find("\n", start)
                end = len(text) if end < 0 else end
                if end > start and text[end - 1] == "\r":
                    end -= 1
                ranges.append((start, end, codes))
        elif action == "disable":
            for code in codes or {""}:
                open_at.setdefault(code, match.end())
        else:
            for code in codes or list(open_at):
                if code in open_at:
                    start = open_at.pop(code)
                    ranges.append((start, match.start(), frozenset({code} - {""})))
    for code, start in open_at.items():
        ranges.append((start, len(text), frozenset({code} - {""})))
    return ranges


def _suppressed(finding: Finding, ranges) -> bool:
    for start, end, codes in ranges:
        if start <= finding.start < end and (
            not codes or any(finding.code.startswith(c) for c in codes)
        ):
            return True
    return False
