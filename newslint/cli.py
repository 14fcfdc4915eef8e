"""The command line. Thin: parse options, call the API, print, exit.

Exit status: 0 when nothing at or above ``--fail-on`` was found, 1 when something was, 2 for a
usage, configuration or input problem (one line on standard error, never a traceback).

This module holds the group, the console script and the small commands; 'check' is in
``cli_check.py``, 'languagetool' in ``cli_languagetool.py``, 'model' in ``cli_model.py``, and
what they share in ``cli_common.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .cli_check import check
from .cli_common import (
    EXIT_CLEAN,
    EXIT_ERROR,
    backend_outcome,
    default_jobs,
    fail,
    fewer_collections,
    keep_compiled_patterns,
    leave_at_once,
    parse_codes,
    result_cache,
    run_options,
    selection_options,
    terminal_width,
    warn_no_drafts,
)
from .cli_languagetool import languagetool_group
from .cli_model import model_group
from .errors import NewslintError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def main() -> None:
    """newslint: an editorial consistency linter for news drafts."""
    from . import module_cache, pattern_cache
    from .cache_folder import default_dir

    fewer_collections()
    module_cache.install(default_dir() / "patterns")  # as cli_fast.run_check does
    keep_compiled_patterns()
    context = click.get_current_context()
    context.call_on_close(pattern_cache.finish)
    context.call_on_close(module_cache.finish)


main.add_command(check)
main.add_command(languagetool_group)
main.add_command(model_group)


@main.command("baseline")
@click.argument("file", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1)
@selection_options
@run_options
def baseline_command(file, paths, select, ignore, extend_select, config_path, story_date, jobs, no_cache, cache_dir):
    """Record today's findings in FILE, so 'check --baseline FILE' reports only new ones.

    Lints PATHS (default: the current folder) as 'check' does and writes every finding to FILE
    (JSON, kept outside the drafts). Findings are matched by the text of their line, not its
    number, so they stay recorded when lines are added above them.
    """
    from . import baseline
    from .config import ConfigFinder, Overrides
    from .findings import FILE_PROBLEM_CODE
    from .run import Run

    paths = paths or (".",)
    try:
        baseline.check_location(file)
        if "-" in paths:
            raise click.UsageError("a baseline records files, not standard input")
        finder = ConfigFinder(config_path)
        overrides = Overrides(parse_codes(select), parse_codes(ignore) or (), parse_codes(extend_select) or ())
        cache = result_cache(no_cache, cache_dir)
        run = Run(finder, overrides, story_date, cache=cache, jobs=jobs or default_jobs())
        result = run.lint(paths)
        backend_outcome(run, False)
        recorded = [f for f in result.findings if f.code != FILE_PROBLEM_CODE]
        count = baseline.write(file, recorded, result.texts)
    except NewslintError as exc:
        fail(str(exc))
    for notice in cache.notices if cache is not None else ():
        click.echo(f"newslint: notice: {notice}", err=True)
    files = len({f.path for f in recorded})
    click.echo(
        f"Recorded {count} finding{'s' if count != 1 else ''} in {files} of {result.files} "
        f"file{'s' if result.files != 1 else ''} to {file}."
    )
    for problem in result.problems:
        click.echo(f"newslint: {problem}", err=True)
    sys.exit(EXIT_ERROR if result.problems else EXIT_CLEAN)


@main.command("furniture")
@click.argument("paths", nargs=-1)
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), help="Configuration file to use instead of the nearest one.")
def furniture_command(paths, config_path):
    """Print the lines that recur as page furniture across the drafts at PATHS.

    Save the output as .newslint-furniture beside the configuration, and rule B106 flags
    those lines in every run, a pre-commit hook's included.
    """
    from .config import ConfigFinder
    from .discovery import discover
    from .document import read_text
    from .furniture import record_text, recurring_lines

    try:
        drafts = discover(paths or (".",), ConfigFinder(config_path))
        click.echo(record_text(recurring_lines(read_text(d) for d in drafts)), nl=False)
    except NewslintError as exc:
        fail(str(exc))


@main.command("report")
@click.argument("paths", nargs=-1)
@click.option("--output", "-o", "output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The HTML file to write.")
@selection_options
@run_options
def report_command(paths, output, select, ignore, extend_select, config_path, story_date, jobs, no_cache, cache_dir):
    """Write one HTML page of the drafts at PATHS with their findings highlighted in place.

    The page is self-contained (it fetches nothing and works from a file): each draft's text
    with its findings coloured by family, message and suggestion on hover and beside the
    text, both places of a contradiction linked, a summary by family and rule, and filters by
    family and severity.
    """
    from .config import ConfigFinder, Overrides
    from .report.html import render
    from .run import Run

    paths = paths or (".",)
    try:
        if "-" in paths:
            raise click.UsageError("a report is written from files, not standard input")
        overrides = Overrides(parse_codes(select), parse_codes(ignore) or (), parse_codes(extend_select) or ())
        cache = result_cache(no_cache, cache_dir)
        run = Run(ConfigFinder(config_path), overrides, story_date, cache=cache, jobs=jobs or default_jobs())
        result = run.lint(paths)
        if not result.files:
            warn_no_drafts(paths, run.settings_for(paths[0]), False)
        page = render(result.findings, {}, {}, texts=result.texts, files=result.files)
        output.write_text(page, encoding="utf-8")
    except NewslintError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{output}: cannot write the report ({exc.strerror or exc})")
    backend_outcome(run, False)
    for problem in result.problems:
        click.echo(f"newslint: {problem}", err=True)
    count = len(result.findings)
    click.echo(f"Wrote {output}: {count} finding{'s' if count != 1 else ''} in {result.files} file{'s' if result.files != 1 else ''}.")
    sys.exit(EXIT_ERROR if result.problems else EXIT_CLEAN)


@main.command("rules")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), help="Configuration file to use instead of the nearest one.")
@click.option("--markdown", is_flag=True, help="Print a Markdown table (the README's rule list).")
def rules_command(config_path, markdown):
    """List the rules: code, name, family, severity, and whether each is on."""
    from .config import ConfigFinder
    from .engine import all_rules, is_selected

    try:
        settings = ConfigFinder(config_path).for_path(".")
        rules = all_rules(settings)
    except NewslintError as exc:
        fail(str(exc))
    severity = dict(settings.severity)
    if markdown:
        click.echo("| code | name | family | severity | on | what it flags |")
        click.echo("|---|---|---|---|---|---|")
    for rule in rules:
        on = "on" if is_selected(rule, settings) else "off"
        level = severity.get(rule.code, rule.severity)
        if markdown:
            summary = rule.summary.replace("|", "\\|")
            click.echo(f"| `{rule.code}` | {rule.name} | {rule.family} | {level} | {on} | {summary} |")
        else:
            click.echo(f"{rule.code:6} {rule.name:32} {rule.family:12} {level:8} {on:4} {rule.summary}")


@main.command()
@click.argument("code")
def explain(code):
    """Explain one rule: what it flags, why, examples and known limits."""
    from .config import Settings
    from .engine import all_rules

    try:
        rules = {r.code: r for r in all_rules(Settings())}
    except NewslintError as exc:
        fail(str(exc))
    rule = rules.get(code.upper())
    if rule is None and code.upper().startswith("LT"):
        rule = rules.get("LT")  # one LanguageTool rule (LTEN_A_VS_AN): the LT rule explains it
    if rule is None:
        from .codes import RETIRED, unknown

        if code.upper() in RETIRED:
            click.echo(f"{code.upper()}: {RETIRED[code.upper()]}")
            return
        fail(unknown(code.upper(), frozenset(rules), "explain", "no rule with code"))
    from .report.explain import render

    color = "NO_COLOR" not in os.environ and sys.stdout.isatty()
    click.echo(render(rule, width=min(terminal_width(), 100), color=color), nl=False)


@main.command()
def lsp():
    """Run the language server for editors (stdio); see docs/editors.md."""
    try:
        import pygls  # noqa: F401
    except ImportError:
        fail("the language server needs pygls: pip install 'newslint[lsp]'")
    from .lsp import serve

    serve()


def entry() -> None:
    """The console script of the click command line (``newslint.__main__.entry`` is the one
    installed: it reads the common 'check' without click and sends the rest here)."""
    leave_at_once(main)


if __name__ == "__main__":  # pragma: no cover
    entry()
