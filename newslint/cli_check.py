"""The 'check' command: its options, read by click; what it does is ``cli_lint.lint_drafts``
(``cli_fast.py`` reads the common calls without click and calls that too)."""

from __future__ import annotations

from pathlib import Path

import click

from .cli_common import parse_date, parse_languagetool_url, run_options
from .cli_lint import lint_drafts
from .report import FORMATS


@click.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "format_name", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("--select", help="Rule codes or prefixes to run, comma-separated (replaces the configured set).")
@click.option("--ignore", help="Rule codes or prefixes to skip, comma-separated.")
@click.option("--extend-select", help="Rule codes or prefixes to run as well as the configured set.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), help="Lowest severity that makes the exit status 1 [default: warning].")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), help="Configuration file to use instead of the nearest one.")
@click.option("--date", "story_date", callback=parse_date, help="The story's date (YYYY-MM-DD), for date rules.")
@click.option("--stdin-filename", default="<stdin>", help="Name to report for text read from standard input ('-').")
@click.option("--quiet", "-q", is_flag=True, help="Findings only, one line each: no source lines and no summary.")
@click.option("--statistics", is_flag=True, help="Count findings by rule.")
@click.option("--no-color", is_flag=True, help="Never colour the output.")
@click.option("--fix", is_flag=True, help="Apply safe fixes (never inside direct quotations); with '-', print the fixed text.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix: apply the fixes that may change meaning too ('that that', 'for for').")
@click.option("--dry-run", "--show-fixes", "dry_run", is_flag=True, help="Print the fixes as a unified diff and change no file (implies --fix).")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), help="Report only findings not recorded in this baseline (see 'newslint baseline').")
@click.option("--force-exclude", is_flag=True, help="Apply 'exclude' to files named on the command line too (for hooks).")
@click.option("--diff", "diff_ref", metavar="REF", help="Report only findings on lines changed since the git revision REF (files are still linted whole).")
@click.option("--languagetool", "languagetool_url", metavar="URL", callback=parse_languagetool_url, help="Check grammar with the LanguageTool server at URL ('local': your own local server, started if it is not running).")
@run_options
def check(**options):
    """Lint drafts: files, folders (searched for .md, .markdown and .txt) or '-' for stdin."""
    lint_drafts(**options)
