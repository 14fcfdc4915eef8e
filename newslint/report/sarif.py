"""``--format sarif``: SARIF 2.1.0 for code scanning, with rule metadata and fingerprints."""

from __future__ import annotations

import json
from pathlib import Path

from .. import __version__
from ..findings import FILE_PROBLEM_CODE, fingerprints

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FILE_RULE = {
    "id": FILE_PROBLEM_CODE,
    "name": "unreadable-file",
    "shortDescription": {"text": "A draft that could not be read or decoded."},
    "defaultConfiguration": {"level": "error"},
}


def _descriptor(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.docs},
        "help": {"text": rule.docs, "markdown": rule.docs},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"family": rule.family, "tags": [rule.family]},
    }


def _uri(path: str) -> str:
    p = Path(path)
    return p.as_posix() if not p.is_absolute() else p.as_uri()


def _region(line: int, column: int, end_line: int | None = None, end_column: int | None = None) -> dict:
    region = {"startLine": max(line, 1), "startColumn": max(column, 1)}
    if end_line:
        region["endLine"] = max(end_line, region["startLine"])
        region["endColumn"] = max(end_column or 1, 1)
        if region["endLine"] == region["startLine"] and region["endColumn"] < region["startColumn"]:
            region["endColumn"] = region["startColumn"]
    return region


def render(findings, rules, sources, **options) -> str:
    used = sorted({f.code for f in findings})
    descriptors = [_descriptor(rules[c]) for c in sorted(rules)]
    known = set(rules)
    for code in used:
        # A backend rule (LanguageTool's "LT") reports many codes of its own: one descriptor each.
        parent = next((rules[c] for c in rules if code.startswith(c) and c != code), None)
        if code not in known and parent is not None:
            name = next(f.name for f in findings if f.code == code)
            descriptors.append(dict(_descriptor(parent), id=code, name=name))
    if FILE_PROBLEM_CODE in used:
        descriptors.append(FILE_RULE)
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    results = []
    notifications = []
    for f, print_ in zip(findings, fingerprints(findings, sources)):
        location = {
            "physicalLocation": {
                "artifactLocation": {"uri": _uri(f.path)},
                "region": _region(f.line, f.column, f.end_line, f.end_column),
            }
        }
        result = {
            "ruleId": f.code,
            "ruleIndex": index.get(f.code, 0),
            "level": LEVEL.get(f.severity, "warning"),
            "message": {"text": f.display_message},
            "locations": [location],
            "partialFingerprints": {"newslintFinding/v1": print_},
            "properties": {"family": f.family, "quoted": f.quoted},
        }
        if f.suggestions:
            result["properties"]["suggestions"] = list(f.suggestions)
        if f.related:
            result["relatedLocations"] = [
                {
                    "id": i,
                    "message": {"text": r.note},
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(f.path)},
                        "region": _region(r.line, r.column),
                    },
                }
                for i, r in enumerate(f.related)
            ]
        results.append(result)
        if f.code == FILE_PROBLEM_CODE:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": f.message},
                    "locations": [location],
                }
            )
    run = {
        "tool": {
            "driver": {
                "name": "newslint",
                "version": __version__,
                "informationUri": "https://pypi.org/project/newslint/",
                "rules": descriptors,
            }
        },
        "invocations": [
            {
                "executionSuccessful": not notifications,
                "toolExecutionNotifications": notifications,
            }
        ],
        "results": results,
        "columnKind": "unicodeCodePoints",
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, indent=1, ensure_ascii=False) + "\n"
