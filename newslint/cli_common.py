"""What the commands of the command line share: option parsers, the shared options, the one
line on standard error, and the pieces of a run every linting command sets up.

The commands are ``cli.py`` (the group, and the commands that lint besides 'check'),
``cli_check.py`` ('check') and ``cli_languagetool.py`` ('languagetool start|stop|status').
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def parse_codes(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(c.strip().upper() if c.strip() != "ALL" else "ALL" for c in value.split(",") if c.strip())


def parse_date(ctx, param, value):
    if value is None:
        return None
    import calendar
    import re

    shape = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not shape:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD")
    year, month, day = map(int, shape.groups())
    if not 1 <= month <= 12:
        raise click.BadParameter(f"{value!r} does not exist: there is no month {month}")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise click.BadParameter(
            f"{value!r} does not exist: {calendar.month_name[month]} {year} has {days} days"
        )
    return dt.date(year, month, day)


def parse_languagetool_url(ctx, param, value):
    if value is None:
        return None
    value = value.strip()
    if value != "local" and not value.startswith(("http://", "https://")):
        raise click.BadParameter(f"{value!r} is not an http:// or https:// URL, nor 'local'")
    return value


def backend_outcome(run, asked_on_command_line: bool) -> bool:
    """After a run and its report: one line for each backend (LanguageTool) that failed, an
    error (True: exit status 2) when ``--languagetool`` asked for it, else a notice. The other
    rules' findings have been reported either way."""
    failed = [b for b in run.backends if b.failure]
    kind = "error" if asked_on_command_line else "notice"
    for backend in failed:
        click.echo(f"newslint: {kind}: {backend.failure}; the {backend.title} rules were skipped", err=True)
    return bool(failed) and asked_on_command_line


def fail(message: str) -> None:
    click.echo(f"newslint: {message}", err=True)
    sys.exit(EXIT_ERROR)


def run_options(command):
    """Options of every command that lints: processes and the result cache."""
    command = click.option("--cache-dir", type=click.Path(), help="Where to keep the result cache [default: $NEWSLINT_CACHE_DIR, else ~/.cache/newslint].")(command)
    command = click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")(command)
    command = click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, help="Files linted at once, in separate processes [default: the number of processors].")(command)
    return command


def selection_options(command):
    """Options of the commands that lint besides 'check': which rules, which configuration, the date."""
    command = click.option("--date", "story_date", callback=parse_date, help="The story's date (YYYY-MM-DD), for date rules.")(command)
    command = click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), help="Configuration file to use instead of the nearest one.")(command)
    command = click.option("--extend-select", help="Rule codes or prefixes to run as well as the configured set.")(command)
    command = click.option("--ignore", help="Rule codes or prefixes to skip, comma-separated.")(command)
    command = click.option("--select", help="Rule codes or prefixes to run, comma-separated (replaces the configured set).")(command)
    return command


def warn_no_drafts(paths, settings, force_exclude: bool) -> None:
    """Linting nothing is no clean run: say where newslint looked and for what."""
    where = ", ".join(f"'{p}'" for p in paths)
    looked = f"looked for {', '.join(settings.include)}"
    if settings.exclude:
        looked += f", excluding {', '.join(settings.exclude)}{' (--force-exclude)' if force_exclude else ''}"
    click.echo(f"newslint: warning: no drafts found in {where} ({looked})", err=True)


def terminal_width() -> int:
    """``COLUMNS``, else the terminal's width, else 80 (output to a file or a pipe)."""
    import shutil

    return shutil.get_terminal_size((80, 24)).columns


def default_jobs() -> int:
    """The number of processes a run uses when ``--jobs`` is not given."""
    from . import workers

    return workers.default_jobs()


def result_cache(no_cache: bool, cache_dir):
    if no_cache:
        return None
    from .cache import Cache

    return Cache(cache_dir)


def read_stdin() -> tuple[str, bool]:
    """The text on stdin, and whether it began with a byte order mark (--fix gives it back)."""
    data = sys.stdin.buffer.read()
    from .document import decode

    return decode(data, "<stdin>"), data.startswith(b"\xef\xbb\xbf")
