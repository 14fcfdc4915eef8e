"""What a rule is: its metadata, its documentation, its examples, and its check.

A Python rule subclasses ``Rule``; a YAML rule pack builds ``Rule`` objects from data. Either
way the rule's docstring (or a YAML rule's ``docs``) is the only prose about it: its first line
says what is flagged, and ``newslint explain`` prints it whole.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, NamedTuple

from .findings import FAMILIES, SEVERITIES, Finding, Related

if TYPE_CHECKING:
    from .config import Settings
    from .document import Document

CODE = re.compile(r"(?:[A-Z]{1,3}\d{3}|LT[A-Z0-9_]*)")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class Example(NamedTuple):
    """A draft that a rule must flag (``flags`` = the text of each finding) or must not.

    A tuple: the rules make about 850 of them when they load, in a third of a frozen
    dataclass's time."""

    text: str
    flags: tuple[str, ...] = ()
    path: str = "example.txt"
    options: tuple[tuple[str, Any], ...] = ()

    @property
    def fires(self) -> bool:
        return bool(self.flags)


# Example's fields in order, made as tuple() makes them: NamedTuple's own __new__ is a Python
# function of its own, and the rules make ~1,200 examples as their modules load.
_example = tuple.__new__


def flagged(text: str, *flags: str, path: str = "example.txt", **options) -> Example:
    """An example that must fire once for each text in ``flags`` (the text each finding covers)."""
    if not flags:
        raise ValueError("a flagged example names the text of at least one finding")
    return _example(Example, (text, flags, path, tuple(sorted(options.items())) if options else ()))


def accepted(text: str, path: str = "example.txt", **options) -> Example:
    """An example on which the rule must stay silent."""
    return _example(Example, (text, (), path, tuple(sorted(options.items())) if options else ()))


@dataclass(frozen=True)
class Context:
    """What a rule may know besides the document: the settings, the story's date, the
    lines that recur across the drafts of the run (``newslint.furniture.recurring_lines``)
    and the run's backends by name (``newslint.backends``; a rule with a ``service`` asks
    its own, and finds nothing when the run has none)."""

    settings: "Settings"
    date: dt.date | None = None
    recurring: Mapping[str, int] = field(default_factory=dict)
    backends: Mapping[str, Any] = field(default_factory=dict)


class Rule:
    code: str = ""
    name: str = ""
    family: str = ""
    severity: str = "warning"
    # Analyses the rule reads (``doc.analysis(name)``), built once per document.
    needs: tuple[str, ...] = ()
    # "include": quoted text is checked like the rest; "skip": quoted text is not checked.
    # Fixes are never applied inside a direct quote, whatever this says.
    quotes: str = "include"
    examples: tuple[Example, ...] = ()
    # True when a finding means "this whole paragraph is not copy" (page residue): the other
    # rules' findings in that paragraph are then dropped, since the fix is to delete it.
    claims_paragraph: bool = False
    # True for a second opinion (LanguageTool): a finding of it on a span that one of
    # newslint's own rules flags too is dropped, since newslint's knows the story's names
    # and quotes. The engine does this, in one place.
    defers_to_own_rules: bool = False
    # The codes of the rules this one gives way to: a finding of it on a span that a finding of
    # one of those codes overlaps is dropped, since that rule says more exactly what is wrong
    # ("according the": G304 names the missing "to", G313 only that a word is missing). The
    # engine does this, in one place, among the rules that run: a rule selected without the
    # rules it gives way to reports all it finds.
    gives_way_to: tuple[str, ...] = ()
    # Whether the rule's fixes are safe (applied by --fix) or may change meaning (applied only
    # with --unsafe-fixes); ``finding(..., safe_fix=…)`` decides for one finding.
    safe_fix: bool = False
    # Where the rule comes from, for messages about it ("newslint", a pack's file …).
    origin: str = "newslint"
    _docs: str | None = None

    def __init__(self) -> None:
        pass

    @property
    def docs(self) -> str:
        """The rule's documentation: a YAML rule's ``docs``, a Python rule's docstring, made
        when first asked for (a run that reports no rule's description never needs it)."""
        if self._docs is None:
            import inspect  # here only: ~3.5 ms of start-up (cli_common.import_dataclasses_without_inspect)

            self._docs = inspect.cleandoc(type(self).__doc__ or "")
        return self._docs

    @docs.setter
    def docs(self, text: str) -> None:
        self._docs = text

    @property
    def summary(self) -> str:
        return self.docs.strip().splitlines()[0] if self.docs.strip() else ""

    def check(self, doc: "Document", context: Context) -> Iterable[Finding]:
        raise NotImplementedError

    def run(self, doc: "Document", context: Context) -> Iterator[Finding]:
        """Check ``doc``, dropping quoted findings when the rule skips quotes."""
        findings = self.check(doc, context)
        if self.quotes == "skip":
            quotes = doc.analysis("quotes")
            findings = (f for f in findings if not quotes.inside(f.start))
        yield from findings

    def finding(
        self,
        doc: "Document",
        start: int,
        end: int,
        message: str,
        suggestions: Iterable[str] = (),
        related: Iterable[tuple[int, int, str]] = (),
        fixable: bool = False,
        severity: str | None = None,
        safe_fix: bool | None = None,
    ) -> Finding:
        return Finding(
            code=self.code,
            name=self.name,
            family=self.family,
            severity=severity or self.severity,
            start=start,
            end=end,
            message=message,
            suggestions=tuple(suggestions),
            related=tuple(Related(s, e, note) for s, e, note in related),
            fixable=fixable,
            safe_fix=fixable and (self.safe_fix if safe_fix is None else safe_fix),
        )

    def problems(self) -> list[str]:
        """What is wrong with this rule's declaration (the catalogue test reads this)."""
        found = []
        if not CODE.fullmatch(self.code or ""):
            found.append(f"code {self.code!r} is not a family letter and three digits")
        if not SLUG.fullmatch(self.name or ""):
            found.append(f"name {self.name!r} is not kebab-case")
        if self.family not in FAMILIES:
            found.append(f"family {self.family!r} is not one of {', '.join(FAMILIES)}")
        if self.severity not in SEVERITIES:
            found.append(f"severity {self.severity!r} is not one of {', '.join(SEVERITIES)}")
        if self.quotes not in ("include", "skip"):
            found.append(f"quotes {self.quotes!r} is not include or skip")
        if not self.summary:
            found.append("no documentation")
        if not any(e.fires for e in self.examples):
            found.append("no example that must fire")
        if not any(not e.fires for e in self.examples):
            found.append("no example that must not fire")
        return found

    def __repr__(self) -> str:
        return f"<Rule {self.code} {self.name}>"
