"""``--format concise``: one line per finding, ``path:line:col: CODE message``, then the summary."""

from __future__ import annotations

from .text import footer, location, printable


def render(findings, rules, sources, color: bool = False, quiet: bool = False, statistics: bool = False, files: int = 0, **options) -> str:
    out = [f"{location(f, color)} {printable(f.display_message)}" for f in findings]
    out.extend(footer(findings, files, color, quiet, statistics))
    return "".join(line + "\n" for line in out)
