"""What the commands of the command line share: option parsers, the shared options, the one
line on standard error, and the pieces of a run every linting command sets up.

The commands are ``cli.py`` (the group, and the commands that lint besides 'check'),
``cli_check.py`` ('check', whose work is ``cli_lint.py``) and ``cli_languagetool.py``
('languagetool start|stop|status'). This module imports click only where an option is declared
or a bad value is told: 'newslint check' read by ``cli_fast.py`` runs without it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

# What click.echo strips from text for a stream that is no terminal (click._compat._ansi_re).
_ANSI = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")


def echo(message: str, err: bool = False, nl: bool = True, color: bool | None = None) -> None:
    """Print ``message`` as ``click.echo`` does: to standard output (``err``: standard error),
    with a newline unless ``nl`` is False, without terminal escapes when the stream is no
    terminal (``color``: keep them, or strip them, whatever the stream), then flushed.

    Under click (every command but the fast 'check' of ``cli_fast.py``) click's own echo does
    it; without click loaded, the few lines here do the same for the text streams the fast
    path accepts (UTF-8, present)."""
    click = sys.modules.get("click")
    if click is not None:
        click.echo(message, err=err, nl=nl, color=color)
    else:
        echo_to(sys.stderr if err else sys.stdout, message, nl, color)


def echo_to(stream, message: str, nl: bool = True, color: bool | None = None) -> None:
    """``click.echo(message, file=stream, nl=nl, color=color)`` for text, without click."""
    out = message + "\n" if nl else message
    if out:
        if (not _isatty(stream)) if color is None else not color:
            out = _ANSI.sub("", out)
        stream.write(out)
    stream.flush()


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except Exception:
        return False


def parse_codes(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(c.strip().upper() if c.strip() != "ALL" else "ALL" for c in value.split(",") if c.strip())


def parse_date(ctx, param, value):
    """The ``--date`` option's callback: the date, or click's error for a bad one."""
    date, problem = read_date(value)
    if problem:
        import click

        raise click.BadParameter(problem)
    return date


def read_date(value: str | None) -> tuple[dt.date | None, str | None]:
    """``--date YYYY-MM-DD``: the date and None, or None and what is wrong with the value."""
    if value is None:
        return None, None
    import calendar

    shape = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not shape:
        return None, f"{value!r} is not a date in the form YYYY-MM-DD"
    year, month, day = map(int, shape.groups())
    if not 1 <= month <= 12:
        return None, f"{value!r} does not exist: there is no month {month}"
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return None, f"{value!r} does not exist: {calendar.month_name[month]} {year} has {days} days"
    return dt.date(year, month, day), None


def parse_languagetool_url(ctx, param, value):
    """The ``--languagetool`` option's callback: the URL or 'local', or click's error."""
    url, problem = read_languagetool_url(value)
    if problem:
        import click

        raise click.BadParameter(problem)
    return url


def read_languagetool_url(value: str | None) -> tuple[str | None, str | None]:
    """``--languagetool URL``: the URL (or 'local') and None, or None and what is wrong."""
    if value is None:
        return None, None
    value = value.strip()
    if value != "local" and not value.startswith(("http://", "https://")):
        return None, f"{value!r} is not an http:// or https:// URL, nor 'local'"
    return value, None


def backend_outcome(run, languagetool_asked: bool) -> bool:
    """After a run and its report: one line for each backend (LanguageTool, the language
    model) that failed, an error (True: exit status 2) when it is LanguageTool and
    ``--languagetool`` asked for it, else a notice. The other rules' findings have been
    reported either way."""
    failed = [b for b in run.backends if b.failure]
    errors = False
    for backend in failed:
        error = languagetool_asked and backend.name == "languagetool"
        errors |= error
        kind = "error" if error else "notice"
        echo(f"newslint: {kind}: {backend.failure}; the {backend.title} rules were skipped", err=True)
    return errors


def fail(message: str) -> None:
    echo(f"newslint: {message}", err=True)
    sys.exit(EXIT_ERROR)


def run_options(command):
    """Options of every command that lints: processes and the result cache."""
    import click

    command = click.option("--cache-dir", type=click.Path(), help="Where to keep the result cache [default: $NEWSLINT_CACHE_DIR, else ~/.cache/newslint].")(command)
    command = click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")(command)
    command = click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, help="Files linted at once, in separate processes [default: the number of processors].")(command)
    return command


def selection_options(command):
    """Options of the commands that lint besides 'check': which rules, which configuration, the date."""
    import click

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
    echo(f"newslint: warning: no drafts found in {where} ({looked})", err=True)


def terminal_width() -> int:
    """``COLUMNS``, else the terminal's width, else 80 (output to a file or a pipe): the
    columns of ``shutil.get_terminal_size((80, 24))``, worked out as it does, without
    importing shutil (and with it bz2 and lzma: ~2 ms of every run's start-up)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        size = os.get_terminal_size(sys.__stdout__.fileno())
    except (AttributeError, ValueError, OSError):  # no stdout, or not a terminal
        return 80
    return size.columns or 80


def default_jobs() -> int:
    """The number of processes a run uses when ``--jobs`` is not given."""
    from . import workers

    return workers.default_jobs()


def result_cache(no_cache: bool, cache_dir):
    if no_cache:
        return None
    from .cache import Cache

    return Cache(cache_dir)


_BOM = b"\xef\xbb\xbf"


def read_stdin(limit: int | None = None) -> tuple[str, bool, int]:
    """The text on stdin, whether it began with a byte order mark (--fix gives it back), and
    its size in bytes (without the mark, as a file's text is measured).

    A draft of more than ``limit`` bytes is not kept, nor decoded: the rest is read in
    pieces and counted only, so that the refusal still gives its true size, and a 50 MB
    draft on stdin costs no 50 MB (and its text 100-200 MB more) before it is refused. Its
    text is then "" and its size over ``limit``.
    """
    stream = sys.stdin.buffer
    data = stream.read() if limit is None else stream.read(limit + len(_BOM) + 1)
    bom = data.startswith(_BOM)
    size = len(data) - (len(_BOM) if bom else 0)
    if limit is not None and size > limit:
        del data
        while piece := stream.read(1 << 20):
            size += len(piece)
        return "", bom, size
    from .document import decode

    return decode(data, "<stdin>"), bom, size


def fewer_collections() -> None:
    """Run the cycle collector less often than Python's default (every 700 allocations).

    A run keeps large tables for its whole length (the lexicon, the tagger's and the word-pair
    models, per-word caches), and each collection of the older generations walks all of them:
    at the default this cost about a tenth of the time of a draft and of a run over many. The
    rules make little cyclic garbage, so collecting every 10,000 allocations costs no memory
    worth having.
    """
    import gc

    gc.set_threshold(10_000, 10, 10)


def import_dataclasses_without_inspect() -> None:
    """Import ``dataclasses`` without importing ``inspect`` (with ``ast``, ``dis`` and
    ``tokenize``: ~3.5 ms of a one-draft run of ~110 ms).

    ``dataclasses`` imports ``inspect`` only to write a docstring for a data class that has
    none (``inspect.signature``), and newslint's data classes all have theirs
    (tests/test_cold_start.py). While ``dataclasses`` is imported, ``inspect`` in
    ``sys.modules`` is a stand-in that imports the real module the first time anything is
    asked of it; once ``dataclasses`` holds it, the stand-in leaves ``sys.modules``, so that
    any other ``import inspect`` gets the real module. Nothing happens when either module is
    imported already. (Python 3.12's ``dataclasses`` reads every class's annotations through
    ``inspect``: there the real module is imported at the first data class, as before.)"""
    if "dataclasses" in sys.modules or "inspect" in sys.modules:
        return
    stand_in = _Inspect("inspect")
    sys.modules["inspect"] = stand_in
    try:
        import dataclasses  # noqa: F401
    finally:
        if sys.modules.get("inspect") is stand_in:
            del sys.modules["inspect"]


class _Inspect(type(sys)):
    """``inspect`` for ``dataclasses``: the real module, imported when first used."""

    def __getattr__(self, name: str):
        import importlib

        return getattr(importlib.import_module("inspect"), name)


def keep_compiled_patterns() -> None:
    """Answer the regular expressions the rules compile from the table of the last run
    (``pattern_cache``): a quarter of a one-draft run is compiling them. The command gives
    ``re`` its own compile back, and writes the table, with ``pattern_cache.finish`` when it
    ends."""
    from . import pattern_cache
    from .cache_folder import default_dir

    pattern_cache.install(default_dir() / "patterns")


def leave_at_once(command) -> None:
    """Run ``command()``, then leave the process at once.

    Python's own exit frees every object one by one (word tables, models, compiled patterns):
    ~25 ms of a one-draft run of ~190 ms, for memory the system takes back anyway. Everything
    an exit must do is still done first: the command's own clean-up (click closes its context
    before it exits), the ``atexit`` handlers, and flushing the output. When anything else may
    still be running (a thread that is not a daemon, a worker process) or the output cannot be
    flushed (a closed pipe), Python exits as usual.
    """
    try:
        command()
    except SystemExit as exc:
        code = 0 if exc.code is None else exc.code
        if not isinstance(code, int) or not _nothing_left_running():
            raise
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):
            raise exc from None
        import atexit

        atexit._run_exitfuncs()
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _nothing_left_running() -> bool:
    """No thread but daemons and the main one, no child process: nothing an exit waits for."""
    threading = sys.modules.get("threading")
    if threading is not None and any(
        t.is_alive() and not t.daemon and t is not threading.main_thread() for t in threading.enumerate()
    ):
        return False
    multiprocessing = sys.modules.get("multiprocessing")
    return multiprocessing is None or not multiprocessing.active_children()
