"""Findings: what a rule reports, as offsets into the draft's text."""

from __future__ import annotations

from dataclasses import dataclass, replace

FAMILIES = (
    "spelling",
    "grammar",
    "date",
    "quote",
    "consistency",
    "boilerplate",
    "punctuation",
    "style",
)
SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}


@dataclass(frozen=True)
class Related:
    """Another place a finding points to, such as the other side of a contradiction."""

    start: int
    end: int
    note: str
    line: int = 0
    column: int = 0


@dataclass(frozen=True)
class Finding:
    """One problem a rule found: its rule, severity, span of the text, message and suggestions."""

    code: str
    name: str
    family: str
    severity: str
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    related: tuple[Related, ...] = ()
    quoted: bool = False
    fixable: bool = False
    # A safe fix is applied by --fix; an unsafe one (it may change meaning) only with
    # --unsafe-fixes. Fixes are never applied inside a direct quotation either way.
    safe_fix: bool = False
    path: str = ""
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0

    def with_(self, **changes) -> "Finding":
        return replace(self, **changes)

    @property
    def display_message(self) -> str:
        """The message as reports show it: a finding inside a direct quote says so."""
        if self.quoted and self.family != "quote":
            return f"{self.message} (in a direct quote)"
        return self.message

    @property
    def sort_key(self):
        return (self.path, self.line, self.column, self.code, self.message)


FILE_PROBLEM_CODE = "E902"
RULE_CRASH_CODE = "E903"


def file_problem(path: str, message: str, line: int = 1, column: int = 1) -> Finding:
    """A draft that could not be read.

    It is reported like a finding (family "file", outside the eight rule families) so that
    every output format carries it and the other files are still linted.
    """
    return Finding(
        code=FILE_PROBLEM_CODE,
        name="unreadable-file",
        family="file",
        severity="error",
        start=0,
        end=0,
        message=message,
        path=path,
        line=line,
        column=column,
        end_line=line,
        end_column=column,
    )


def rule_crashed(path: str, code: str, name: str, exc: BaseException) -> Finding:
    """A rule that raised on a draft: an error of that file (family "file"), naming the rule.

    The other rules' findings of the draft are still reported; the run exits with status 2.
    """
    problem = file_problem(path, f"rule {code} ({name}) crashed: {type(exc).__name__}: {exc}")
    return problem.with_(code=RULE_CRASH_CODE, name="rule-crashed")


def fingerprints(findings, sources) -> list[str]:
    """Stable identities for findings, unchanged when lines are added above them.

    Built from the file, the rule, the text of the finding's line and how many identical
    findings come before it; line numbers play no part. ``sources`` maps a path to its lines.
    """
    import hashlib

    seen: dict[str, int] = {}
    prints = []
    for f in findings:
        lines = sources.get(f.path) or []
        line_text = lines[f.line - 1].strip() if 0 < f.line <= len(lines) else ""
        key = "\x1f".join((f.path, f.code, line_text, f.message))
        seen[key] = seen.get(key, 0) + 1
        digest = hashlib.sha256(f"{key}\x1f{seen[key]}".encode("utf-8")).hexdigest()
        prints.append(digest[:32])
    return prints
