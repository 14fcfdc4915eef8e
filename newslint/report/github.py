"""``--format github``: GitHub Actions workflow commands, one annotation per finding."""

from __future__ import annotations

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(findings, rules, sources, **options) -> str:
    lines = []
    for f in findings:
        properties = ",".join(
            f"{key}={_escape_property(str(value))}"
            for key, value in (
                ("file", f.path),
                ("line", f.line),
                ("col", f.column),
                ("endLine", f.end_line),
                ("endColumn", f.end_column),
                ("title", f"{f.code} {f.name}"),
            )
        )
        message = f.display_message
        if f.suggestions:
            message += f" Suggestion: {f.suggestions[0]}"
        lines.append(f"::{LEVEL.get(f.severity, 'warning')} {properties}::{_escape_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
