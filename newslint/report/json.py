"""``--format json``: one JSON array of findings, the shape DESIGN.md describes."""

from __future__ import annotations

import json


def finding_dict(f) -> dict:
    return {
        "path": f.path,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "code": f.code,
        "name": f.name,
        "family": f.family,
        "severity": f.severity,
        "message": f.message,
        "suggestions": list(f.suggestions),
        "quoted": f.quoted,
        "related": [
            {"line": r.line, "column": r.column, "message": r.note} for r in f.related
        ],
    }


def render(findings, rules, sources, **options) -> str:
    return json.dumps([finding_dict(f) for f in findings], indent=1, ensure_ascii=False) + "\n"
