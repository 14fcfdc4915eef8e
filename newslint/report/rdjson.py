"""``--format rdjson``: reviewdog's Diagnostic Format (one ``DiagnosticResult`` object).

reviewdog reads it with ``reviewdog -f=rdjson`` and posts the findings on a pull request.
Its positions are 1-based lines and 1-based columns counted in UTF-8 bytes, with the end
exclusive; newslint's columns count characters, so they are converted with the draft's own
line. A suggestion is offered as a replacement of the finding's span, never inside a direct
quote.
"""

from __future__ import annotations

import json

SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
SOURCE = {"name": "newslint", "url": "https://pypi.org/project/newslint/"}


def _byte_column(lines, line: int, column: int) -> int:
    """The 1-based UTF-8 byte column of a 1-based character column."""
    if not lines or not 0 < line <= len(lines):
        return max(column, 1)
    text = lines[line - 1]
    return len(text[: max(column, 1) - 1].encode("utf-8", "surrogatepass")) + 1


def _position(lines, line: int, column: int) -> dict:
    return {"line": max(line, 1), "column": _byte_column(lines, line, column)}


def render(findings, rules, sources, **options) -> str:
    diagnostics = []
    for f in findings:
        lines = sources.get(f.path)
        span = {
            "start": _position(lines, f.line, f.column),
            "end": _position(lines, f.end_line or f.line, f.end_column or f.column),
        }
        message = f.display_message
        for related in f.related:
            message += f"\nSee line {related.line}: {related.note}"
        diagnostic = {
            "message": message,
            "location": {"path": f.path, "range": span},
            "severity": SEVERITY.get(f.severity, "WARNING"),
            "source": SOURCE,
            "code": {"value": f.code},
            "original_output": f"{f.path}:{f.line}:{f.column}: {f.code} {f.message}",
        }
        if f.suggestions and not f.quoted and f.end_line:
            diagnostic["suggestions"] = [{"range": span, "text": f.suggestions[0]}]
        diagnostics.append(diagnostic)
    return json.dumps({"source": SOURCE, "diagnostics": diagnostics}, indent=1, ensure_ascii=False) + "\n"
