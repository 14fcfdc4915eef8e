"""What a rule of a YAML pack may hold (``packs.py``): its keys, kinds and scopes, and the
one-line problem a pack's author is told when a rule breaks them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .findings import FAMILIES, SEVERITIES
from .rule import CODE, SLUG

KINDS = ("existence", "substitution")
SCOPES = ("prose", "outside-quotes", "headings", "body", "paragraph-start", "whole-line")
REQUIRED = ("code", "name", "kind", "family", "message", "docs")
OPTIONAL = (
    "severity", "scope", "ignorecase", "tokens", "patterns", "swap", "exceptions",
    "exception-patterns", "once-per-paragraph",
    "suggest", "examples",
)
EXAMPLE_KEYS = ("flagged", "accepted")


def spec_problem(spec: Any) -> str | None:
    """What is wrong with one rule of a pack, in a few words, or None."""
    if not isinstance(spec, dict):
        return "must be a mapping"
    for key in spec:
        if key not in REQUIRED + OPTIONAL:
            return f"unknown key '{key}'"
    for key in REQUIRED:
        if key not in spec:
            return f"missing key '{key}'"
    if not isinstance(spec["code"], str) or not CODE.fullmatch(spec["code"]):
        return f"code {spec['code']!r} is not a family letter and three digits"
    if not isinstance(spec["name"], str) or not SLUG.fullmatch(spec["name"]):
        return f"name {spec['name']!r} is not kebab-case"
    if spec["kind"] not in KINDS:
        return f"kind {spec['kind']!r} is not one of {', '.join(KINDS)}"
    if spec["family"] not in FAMILIES:
        return f"family {spec['family']!r} is not one of {', '.join(FAMILIES)}"
    if spec.get("severity", "warning") not in SEVERITIES:
        return f"severity {spec['severity']!r} is not one of {', '.join(SEVERITIES)}"
    if spec.get("scope", "prose") not in SCOPES:
        return f"scope {spec['scope']!r} is not one of {', '.join(SCOPES)}"
    if spec["kind"] == "existence":
        if not spec.get("tokens") and not spec.get("patterns"):
            return "an existence rule needs 'tokens' or 'patterns'"
        for key in ("tokens", "patterns", "exceptions", "exception-patterns"):
            value = spec.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                return f"'{key}' must be a list of strings"
    if spec["kind"] == "substitution":
        swap = spec.get("swap")
        if not isinstance(swap, dict) or not swap:
            return "a substitution rule needs 'swap', a mapping of wrong to preferred"
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in swap.items()):
            return "'swap' must map strings to strings"
    examples = spec.get("examples", {})
    if not isinstance(examples, dict) or set(examples) - set(EXAMPLE_KEYS):
        return f"'examples' must be a mapping with keys {', '.join(EXAMPLE_KEYS)}"
    for key in EXAMPLE_KEYS:
        problem = _examples_problem(key, examples.get(key, []))
        if problem:
            return problem
    for key in ("once-per-paragraph", "ignorecase"):
        if not isinstance(spec.get(key, False), bool):
            return f"'{key}' must be true or false, not {spec[key]!r}"
    if not isinstance(spec["message"], str) or not isinstance(spec["docs"], str):
        return "'message' and 'docs' must be text"
    if not isinstance(spec.get("suggest", ""), str):
        return "'suggest' must be text"
    try:
        spec["message"].format(match="", suggestion="")
    except (IndexError, KeyError, ValueError, AttributeError):
        return "'message' may name only {match} and {suggestion} (write {{ and }} for braces)"
    return None


EXAMPLE_FIELDS = ("text", "flags", "path", "date")


def _examples_problem(key: str, entries: Any) -> str | None:
    """What is wrong with the list of ``flagged`` or ``accepted`` examples, if anything."""
    if not isinstance(entries, list):
        return f"'examples.{key}' must be a list"
    for entry in entries:
        if isinstance(entry, str):
            continue
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
            return f"each of 'examples.{key}' is a text or a mapping with 'text'"
        allowed = set(EXAMPLE_FIELDS) - ({"flags"} if key == "accepted" else set())
        unknown = set(entry) - allowed
        if unknown:
            return f"an example of 'examples.{key}' has an unknown key '{sorted(unknown)[0]}'"
        flags = entry.get("flags", [""])
        if not isinstance(flags, list) or not flags or not all(isinstance(f, str) for f in flags):
            return f"'flags' of an example of 'examples.{key}' must be a list of texts"
        if not isinstance(entry.get("path", ""), str) or not isinstance(entry.get("date", ""), (str, dt.date)):
            return f"'path' and 'date' of an example of 'examples.{key}' must be text"
    return None
