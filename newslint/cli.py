"""The command line. Thin: parse options, call the API, print, exit.

Exit status: 0 when nothing at or above ``--fail-on`` was found, 1 when something was, 2 for a
usage, configuration or input problem (one line on standard error, never a traceback).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import NewslintError
from .report import FORMATS

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _codes(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(c.strip().upper() if c.strip() != "ALL" else "ALL" for c in value.split(",") if c.strip())


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _fail(message: str) -> None:
    click.echo(f"newslint: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def main() -> None:
    """newslint: an editorial consistency linter for news drafts."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "format_name", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("--select", help="Rule codes or prefixes to run, comma-separated (replaces the configured set).")
@click.option("--ignore", help="Rule codes or prefixes to skip, comma-separated.")
@click.option("--extend-select", help="Rule codes or prefixes to run as well as the configured set.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), help="Lowest severity that makes the exit status 1 [default: warning].")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), help="Configuration file to use instead of the nearest one.")
@click.option("--date", "story_date", callback=_date, help="The story's date (YYYY-MM-DD), for date rules.")
@click.option("--stdin-filename", default="<stdin>", help="Name to report for text read from standard input ('-').")
@click.option("--quiet", "-q", is_flag=True, help="Findings only: no source lines and no summary details.")
@click.option("--statistics", is_flag=True, help="Count findings by rule.")
@click.option("--no-color", is_flag=True, help="Never colour the output.")
@click.option("--fix", is_flag=True, help="Apply safe fixes (never inside direct quotations); with '-', print the fixed text.")
def check(paths, format_name, select, ignore, extend_select, fail_on, config_path, story_date, stdin_filename, quiet, statistics, no_color, fix):
    """Lint drafts: files, folders (searched for .md, .markdown and .txt) or '-' for stdin."""
    from .api import Overrides, lint_paths
    from .config import ConfigFinder
    from .engine import at_or_above, all_rules
    from .report import render

    paths = paths or (".",)
    try:
        finder = ConfigFinder(config_path)
        stdin_text = None
        if "-" in paths:
            stdin_text = _read_stdin()
        overrides = Overrides(_codes(select), _codes(ignore) or (), _codes(extend_select) or (), fail_on)
        def run():
            return lint_paths(
                paths,
                finder,
                overrides,
                date=story_date,
                keep_documents=fix or format_name in ("text", "sarif"),
                stdin_text=stdin_text,
                stdin_filename=stdin_filename,
            )

        result = run()
        if fix:
            fixed_stdin = _fix(result, stdin_filename if "-" in paths else None)
            if fixed_stdin is not None:
                click.echo(fixed_stdin, nl=False)
                sys.exit(EXIT_CLEAN)
            result = run()
        settings = overrides.apply(finder.for_path(paths[0] if paths[0] != "-" else "."))
        rules = {r.code: r for r in all_rules(settings)}
    except NewslintError as exc:
        _fail(str(exc))
    sources = {path: doc.text.splitlines() for path, doc in result.documents.items()}
    color = format_name == "text" and not no_color and "NO_COLOR" not in os.environ and sys.stdout.isatty()
    output = render(
        format_name,
        result.findings,
        rules,
        sources,
        color=color,
        quiet=quiet,
        statistics=statistics,
        files=result.files,
    )
    click.echo(output, nl=False)
    for problem in result.problems:
        click.echo(f"newslint: {problem}", err=True)
    if result.problems:
        sys.exit(EXIT_ERROR)
    floor = overrides.fail_on or settings.fail_on
    sys.exit(EXIT_FINDINGS if at_or_above(result.findings, floor) else EXIT_CLEAN)


def _fix(result, stdin_name: str | None) -> str | None:
    """Apply safe fixes to the linted files; return the fixed text when linting stdin."""
    from .fixes import apply_fixes, write_atomically

    fixed_files = fixed_count = 0
    for path, doc in result.documents.items():
        text, count = apply_fixes(doc, [f for f in result.findings if f.path == path])
        if path == stdin_name:
            return text
        if count:
            had_bom = Path(path).read_bytes()[:3] == b"\xef\xbb\xbf"
            write_atomically(path, text, had_bom)
            fixed_files += 1
            fixed_count += count
    click.echo(f"newslint: fixed {fixed_count} problem{'s' if fixed_count != 1 else ''} in {fixed_files} file{'s' if fixed_files != 1 else ''}", err=True)
    return None


def _read_stdin() -> str:
    data = sys.stdin.buffer.read()
    from .document import decode

    return decode(data, "<stdin>")


@main.command("rules")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), help="Configuration file to use instead of the nearest one.")
def rules_command(config_path):
    """List the rules: code, name, family, severity, and whether each is on."""
    from .config import ConfigFinder
    from .engine import all_rules, is_selected

    try:
        settings = ConfigFinder(config_path).for_path(".")
        rules = all_rules(settings)
    except NewslintError as exc:
        _fail(str(exc))
    severity = dict(settings.severity)
    for rule in rules:
        on = is_selected(rule, settings)
        level = severity.get(rule.code, rule.severity)
        click.echo(f"{rule.code:6} {rule.name:32} {rule.family:12} {level:8} {'on' if on else 'off':4} {rule.summary}")


@main.command()
@click.argument("code")
def explain(code):
    """Explain one rule: what it flags, why, examples and known limits."""
    from .config import Settings
    from .engine import all_rules

    try:
        rules = {r.code: r for r in all_rules(Settings())}
    except NewslintError as exc:
        _fail(str(exc))
    rule = rules.get(code.upper())
    if rule is None:
        _fail(f"no rule with code {code!r}; 'newslint rules' lists them")
    click.echo(f"{rule.code} ({rule.name}) · {rule.family} · {rule.severity}\n")
    click.echo(rule.docs)
    click.echo()
    flagged = [e for e in rule.examples if e.fires]
    accepted = [e for e in rule.examples if not e.fires and e.text]
    if flagged:
        click.echo("Examples it flags:")
        for e in flagged[:3]:
            click.echo(f"  ✗ {e.text!r}")
    if accepted:
        click.echo("Examples it accepts:")
        for e in accepted[:3]:
            click.echo(f"  ✓ {e.text!r}")


if __name__ == "__main__":  # pragma: no cover
    main()
