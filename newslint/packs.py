"""Declarative rule packs: YAML files of rules of a few closed kinds.

A pack is a YAML file with a list ``rules``. Each rule has a ``kind``:

- ``existence``: flags any of ``tokens`` (words or phrases) or ``patterns`` (regular
  expressions);
- ``substitution``: flags each key of ``swap`` and suggests its value.

``exceptions`` (words or phrases) and ``exception-patterns`` (regular expressions) name text
that contains a match but must not be flagged. ``once-per-paragraph: true`` reports only the
first match in each paragraph (for a block of residue that matches several times).

and a ``scope``, which says where a match counts:

- ``prose`` (the default): anywhere in the prose;
- ``outside-quotes``: anywhere but inside a direct quotation;
- ``headings``: in headlines and headings only;
- ``body``: in running copy, not headlines or headings;
- ``paragraph-start``: at the start of a paragraph;
- ``whole-line``: the match is the whole paragraph or line, give or take closing punctuation.

A pack with a YAML error, an unknown key or kind, or a bad regular expression is a
ConfigError that names the file, the rule and the problem.

Patterns are run by the ``regex`` package with a time budget per rule and draft
(``PATTERN_BUDGET`` seconds, or the environment's ``NEWSLINT_PATTERN_BUDGET``): a pattern that
backtracks without end (``(a|aa)+$``) stops that rule on that draft with an error, and every
other rule and draft still runs.
"""

from __future__ import annotations

import bisect
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import ConfigError
from .pack_schema import spec_problem
from .pattern_cache import kept, regex_compile
from .rule import Context, Rule, accepted, flagged

_TRAILING = r"[\s.,:;!?|…\-–—]*"

# Seconds the patterns of one rule may take on one draft (a 2 MB draft needs well under one).
PATTERN_BUDGET = 5.0


def pattern_budget() -> float:
    """PATTERN_BUDGET, or NEWSLINT_PATTERN_BUDGET seconds when set (the test of a runaway
    pattern waits one second instead of five)."""
    value = os.environ.get("NEWSLINT_PATTERN_BUDGET")
    if not value:
        return PATTERN_BUDGET
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds < float("inf"):
        raise ConfigError(f"NEWSLINT_PATTERN_BUDGET must be a number of seconds above 0, not {value!r}")
    return seconds


class PatternTimeout(Exception):
    """A rule's patterns ran over their time budget on a draft."""


@dataclass(frozen=True)
class Match:
    """Where a pack rule's pattern matched, the text matched, and its suggestion."""

    start: int
    end: int
    text: str
    suggestion: str | None


class PackRule(Rule):
    """A rule read from a YAML pack."""

    def __init__(self, spec: dict[str, Any], origin: str):
        self.origin = origin
        self.code = spec["code"]
        self.name = spec["name"]
        self.family = spec["family"]
        self.severity = spec.get("severity", "warning")
        self.kind = spec["kind"]
        self.scope = spec.get("scope", "prose")
        self.quotes = "skip" if self.scope == "outside-quotes" else "include"
        self.claims_paragraph = self.scope == "whole-line" and self.family == "boilerplate"
        self.safe_fix = self.claims_paragraph  # a listed phrase alone on its line: delete the line
        self.message = spec["message"]
        self.docs = spec["docs"].strip()
        self.suggest = spec.get("suggest")
        self.once_per_paragraph = bool(spec.get("once-per-paragraph", False))
        flags = 0 if not spec.get("ignorecase", False) else re.IGNORECASE
        alternatives: list[str] = []
        self.swap: dict[str, str] = {}
        if self.kind == "existence":
            alternatives += [_phrase(t) for t in spec.get("tokens", [])]
            alternatives += [f"(?:{p})" for p in spec.get("patterns", [])]
        else:
            self.swap = {k.lower() if flags else k: v for k, v in spec["swap"].items()}
            alternatives += [_phrase(t) for t in spec["swap"]]
        body = "|".join(alternatives)
        if self.scope == "whole-line":
            body = rf"^(?:{body}){_TRAILING}$"
        elif self.scope == "paragraph-start":
            body = rf"^(?:{body})"
        self.pattern = regex_compile(body, flags | re.MULTILINE)
        exceptions = [_phrase(e) for e in spec.get("exceptions", [])]
        exceptions += [f"(?:{p})" for p in spec.get("exception-patterns", [])]
        self.exceptions = regex_compile("|".join(exceptions) or r"(?!x)x", flags)
        examples = spec.get("examples", {})
        self.examples = tuple(
            [_flagged_example(e) for e in examples.get("flagged", [])]
            + [_accepted_example(e) for e in examples.get("accepted", [])]
        )

    def _regions(self, doc) -> Iterable[tuple[int, int]]:
        if self.scope in ("headings",):
            return [(p.start, p.end) for p in doc.paragraphs if p.kind in ("headline", "heading")]
        if self.scope in ("body",):
            return [(p.start, p.end) for p in doc.body]
        return [(p.start, p.end) for p in doc.paragraphs]

    def matches(self, doc) -> Iterator[Match]:
        budget = pattern_budget()
        deadline = time.monotonic() + budget
        try:
            yield from self._matches(doc, deadline)
        except TimeoutError:
            raise PatternTimeout(
                f"its patterns took more than {budget:g} s on this draft; simplify them"
            ) from None

    def _matches(self, doc, deadline: float) -> Iterator[Match]:
        def left() -> float:
            return max(0.001, deadline - time.monotonic())

        held = self._held_strings()
        if held is not None and held.search(_folded(doc.prose) if self.pattern.flags & re.IGNORECASE else doc.prose) is None:
            return  # none of the strings every match holds is in the draft: no match
        for start, end in self._regions(doc):
            segment = doc.prose[start:end]
            inside_exception = None
            for match in self._found_in(segment, left):
                text = match.group().rstrip(" \t.,:;!?|…-–—") if self.scope == "whole-line" else match.group()
                if not text or self.exceptions.fullmatch(text, timeout=left()):
                    continue
                if self.exceptions.pattern != r"(?!x)x":
                    if inside_exception is None:  # the segment's exceptions, found once
                        inside_exception = _Cover(self.exceptions.finditer(segment, timeout=left()))
                    if inside_exception(match.start(), match.end()):
                        continue
                suggestion = self.suggest
                if self.swap:
                    key = text.lower() if self.pattern.flags & re.IGNORECASE else text
                    suggestion = self.swap.get(key, self.swap.get(" ".join(key.split())))
                begin = start + match.start() + (len(match.group()) - len(match.group().lstrip()))
                yield Match(begin, begin + len(text.strip()), text.strip(), suggestion)

    def _held_strings(self) -> re.Pattern | None:
        """A search (``re``, a literal search: much faster than ``regex``'s) for the strings one
        of which every match of the pattern holds (``prefilter.required_strings``), in the
        draft as written or, for a pattern that ignores case, in ``_folded`` form; None when
        there are none. One search of a draft for them costs far less than the pattern's
        search of each of its paragraphs, and most drafts hold none (no "©", no "[[")."""
        try:
            return self._held
        except AttributeError:
            pass
        from .prefilter import required_strings

        folded = bool(self.pattern.flags & re.IGNORECASE)  # (the one flag the packs set that bears on text)
        strings = kept(
            ("pack strings held", 2, self.pattern.pattern, folded),
            lambda: required_strings(self.pattern.pattern, re.IGNORECASE if folded else 0),
        )
        if folded and not all(_folds_plainly(s) for s in strings):
            strings = []
        if folded:
            strings = sorted({s.casefold() for s in strings})
        self._held = re.compile("|".join(re.escape(s) for s in strings)) if strings else None
        return self._held

    def _found_in(self, segment: str, left) -> Iterator:
        """The pattern's matches in ``segment``: those of ``finditer``, in its order.

        A whole-line pattern (``^…$``, multi-line) can match only where a line starts, so it
        is tried there alone rather than at every character (B101 over the dev corpus: 31 ->
        12 ms CPU). Should it match the empty string, the rest of the segment is searched as
        ``finditer`` does, since it may then find a longer match at the same place."""
        if self.scope != "whole-line":
            yield from self.pattern.finditer(segment, timeout=left())
            return
        position = 0  # always where a line starts
        while True:
            match = self.pattern.match(segment, position, timeout=left())
            if match is None:
                resume = position
            elif match.end() == position:
                yield from self.pattern.finditer(segment, position, timeout=left())
                return
            else:
                yield match
                resume = match.end()
                if segment[resume - 1] == "\n":  # the match ends where a line starts
                    position = resume
                    continue
            newline = segment.find("\n", resume)
            if newline < 0:
                return
            position = newline + 1

    def check(self, doc, context: Context):
        reported: set[int] = set()
        for match in self.matches(doc):
            if self.once_per_paragraph:
                paragraph = doc.paragraph_at(match.start)
                if paragraph is not None and paragraph.index in reported:
                    continue
                reported.add(paragraph.index if paragraph is not None else -1)
            message = self.message.format(match=match.text, suggestion=match.suggestion or "")
            suggestions = [match.suggestion] if match.suggestion else []
            yield self.finding(doc, match.start, match.end, message, suggestions)


# What ``regex`` may match, ignoring case, for an ASCII letter besides its two cases: "K"
# (the Kelvin sign) and "ſ" (a long s), which ``casefold`` makes "k" and "s", and "İ" and "ı",
# which this makes "i" (casefold makes "İ" an "i" with a combining dot above).
_DOTTED_I = str.maketrans({"ı": "i", "\u0307": None})


def _folded(text: str) -> str:
    """``text`` case-folded so that whatever a pattern that ignores case matches of an ASCII or
    caseless string ``s`` shows there as ``s.casefold()`` (for ``PackRule._held_strings``)."""
    folded = text.casefold()
    return folded.translate(_DOTTED_I) if "ı" in folded or "\u0307" in folded else folded


def _folds_plainly(text: str) -> bool:
    """Whether every character of ``text`` is ASCII or has no case ("©", "—"), so that
    ``_folded`` shows what a pattern that ignores case matches of it."""
    return all(c.isascii() or c.lower() == c.upper() == c.casefold() == c for c in text)


class _Cover:
    """Whether a span lies inside one of the spans of ``matches`` (found in order of start)."""

    def __init__(self, matches):
        self.starts: list[int] = []
        self.reach: list[int] = []  # the furthest end of the spans up to each start
        for match in matches:
            self.starts.append(match.start())
            self.reach.append(max(match.end(), self.reach[-1] if self.reach else 0))

    def __call__(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self.starts, start) - 1
        return index >= 0 and self.reach[index] >= end


def _phrase(words: str) -> str:
    """A word or phrase as a pattern: whole words, any run of spaces between them, and not
    the start of a word joined by a hyphen after it ("fought a dual" is not read in "fought
    a dual-fuel fire"; a look-ahead, cheap after a match, where a look-behind before each
    phrase made the scan of a long draft time out)."""
    parts = [re.escape(w) for w in words.split()]
    body = r"\s+".join(parts)
    lead = r"\b" if re.match(r"\w", words) else ""
    tail = r"\b(?!-\w)" if re.search(r"\w$", words) else ""
    return f"{lead}{body}{tail}"


def _flagged_example(entry: Any):
    """``"text"`` (one finding) or ``{text: …, flags: [text of each finding], path: …}``."""
    if isinstance(entry, str):
        return flagged(entry, "")
    entry = dict(entry)
    return flagged(entry.pop("text"), *entry.pop("flags", [""]), **entry)


def _accepted_example(entry: Any):
    if isinstance(entry, str):
        return accepted(entry)
    entry = dict(entry)
    return accepted(entry.pop("text"), **entry)


# -- loading -------------------------------------------------------------------------------


def load_pack(path: Path) -> list[Rule]:
    origin = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{origin}: cannot read rule pack ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{origin}: rule pack is not UTF-8") from None
    # the pack as read last time, when the command line keeps its table (no YAML parser then)
    data = kept(("pack", text), lambda: _parsed(text, origin))
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise ConfigError(f"{origin}: a rule pack is a mapping with a list 'rules'")
    unknown = set(data) - {"rules", "pack", "docs"}
    if unknown:
        raise ConfigError(f"{origin}: unknown key '{sorted(unknown)[0]}' at the top of the pack")
    rules = []
    for index, spec in enumerate(data["rules"]):
        label = spec.get("code", f"#{index + 1}") if isinstance(spec, dict) else f"#{index + 1}"
        problem = spec_problem(spec)
        if problem:
            raise ConfigError(f"{origin}: rule {label}: {problem}")
        try:
            rules.append(PackRule(spec, origin))
        except Exception as exc:
            if _is_pattern_error(exc):
                raise ConfigError(f"{origin}: rule {label}: invalid regular expression ({exc})") from None
            if isinstance(exc, (TypeError, KeyError, ValueError)):
                raise ConfigError(f"{origin}: rule {label}: invalid example ({exc})") from None
            raise
    return rules


def _is_pattern_error(exc: Exception) -> bool:
    """Whether ``exc`` is ``re``'s or the ``regex`` package's error for a bad pattern (the
    package is imported only to compile a pattern the table of compiled patterns lacks)."""
    regex = sys.modules.get("regex")
    return isinstance(exc, re.error) or (regex is not None and isinstance(exc, regex.error))


def _parsed(text: str, origin: str) -> Any:
    import yaml

    try:
        # libyaml's loader when PyYAML was built with it: the same data, parsed several times faster
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{origin}: rule pack is not valid YAML{where}") from None
    except (ValueError, OverflowError, RecursionError) as exc:  # a date that does not exist, deep nesting
        raise ConfigError(f"{origin}: rule pack has an impossible value ({type(exc).__name__})") from None


def builtin_pack_folder() -> Path:
    here = Path(__file__).parent
    shipped = here / "_rules"
    return shipped if shipped.is_dir() else here.parent / "rules"


def load_folder(folder: Path) -> list[Rule]:
    if not folder.is_dir():
        raise ConfigError(f"{folder}: rule folder does not exist")
    rules: list[Rule] = []
    for path in sorted(folder.glob("*.y*ml")):
        rules.extend(load_pack(path))
    return rules
