"""``--format text``: ``path:line:col: CODE message``, the source line and a caret marker."""

from __future__ import annotations

from collections import Counter

STYLES = {"error": ("red", True), "warning": ("yellow", True), "info": ("blue", False)}


def _style(text: str, color: bool, fg: str | None = None, bold: bool = False, dim: bool = False) -> str:
    if not color:
        return text
    import click

    return click.style(text, fg=fg, bold=bold, dim=dim)


def render(findings, rules, sources, color: bool = False, quiet: bool = False, statistics: bool = False, files: int = 0, **options) -> str:
    out: list[str] = []
    for f in findings:
        fg, bold = STYLES.get(f.severity, ("magenta", True))
        where = _style(f"{f.path}:{f.line}:{f.column}:", color, bold=True)
        code = _style(f.code, color, fg=fg, bold=bold)
        out.append(f"{where} {code} {f.display_message}")
        if quiet:
            continue
        lines = sources.get(f.path)
        if lines and 0 < f.line <= len(lines):
            source = lines[f.line - 1].rstrip("\r\n").expandtabs(1)
            width = max(1, (f.end_column - f.column) if f.end_line == f.line else len(source) - f.column + 1)
            out.append(f"  {source}")
            out.append("  " + " " * (f.column - 1) + _style("^" * width, color, fg=fg))
        for related in f.related:
            out.append(f"  {_style('note:', color, dim=True)} {f.path}:{related.line}:{related.column}: {related.note}")
        if f.suggestions:
            out.append(f"  {_style('suggestion:', color, dim=True)} {' | '.join(f.suggestions[:3])}")
    if statistics and findings:
        counts = Counter((f.code, f.name) for f in findings)
        out.append("")
        for (code, name), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"{count:5}  {code}  {name}")
    by_level = Counter(f.severity for f in findings)
    if findings:
        parts = [f"{by_level[s]} {s}{'s' if by_level[s] != 1 else ''}" for s in ("error", "warning", "info") if by_level[s]]
        noun = "file" if files == 1 else "files"
        summary = f"Found {len(findings)} problem{'s' if len(findings) != 1 else ''} in {files} {noun} ({', '.join(parts)})."
    else:
        summary = f"All clear: no problems in {files} {'file' if files == 1 else 'files'}."
    out.append(_style(summary, color, bold=True))
    return "\n".join(out) + "\n"
