"""'newslint check' as hooks, editors and CI call it, read without click.

Loading click and building the command line's commands is ~8 ms of a one-draft run of ~130 ms.
``check_options`` reads the common calls of 'check' (its options written out, ``--opt value``
or ``--opt=value``, ``-q``, ``-j N``, and paths) into the very values click would hand the
command (tests/test_cli_fast.py compares them with click's, option by option), and answers
None for anything else: help, the version, another command, an option or a form it does not
know, a value click would refuse (click then reads it again and says what is wrong). Output
goes through ``cli_common.echo``, which does what click.echo does.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from pathlib import Path

from .cli_common import read_date, read_languagetool_url

FLAGS = {
    "--quiet": "quiet",
    "-q": "quiet",
    "--statistics": "statistics",
    "--no-color": "no_color",
    "--fix": "fix",
    "--unsafe-fixes": "unsafe_fixes",
    "--dry-run": "dry_run",
    "--show-fixes": "dry_run",
    "--force-exclude": "force_exclude",
    "--no-cache": "no_cache",
}
VALUES = {
    "--format": "format_name",
    "--select": "select",
    "--ignore": "ignore",
    "--extend-select": "extend_select",
    "--fail-on": "fail_on",
    "--config": "config_path",
    "--date": "story_date",
    "--stdin-filename": "stdin_filename",
    "--baseline": "baseline_file",
    "--diff": "diff_ref",
    "--languagetool": "languagetool_url",
    "--jobs": "jobs",
    "-j": "jobs",
    "--cache-dir": "cache_dir",
}
DEFAULTS = {
    "paths": (),
    "format_name": "text",
    "stdin_filename": "<stdin>",
    "jobs": 0,
    **{name: False for name in FLAGS.values()},
    **{name: None for name in ("select", "ignore", "extend_select", "fail_on", "config_path", "story_date")},
    **{name: None for name in ("baseline_file", "diff_ref", "languagetool_url", "cache_dir")},
}
FAIL_ON = ("error", "warning", "info", "never")


def check_options(args: list[str]) -> dict | None:
    """The options of ``newslint check …`` (``args`` without the program's name) as click
    would give them to the command, or None when this reading is not sure (click reads those)."""
    if len(args) < 1 or args[0] != "check" or not _plain_streams():
        return None
    options = dict(DEFAULTS)
    seen: set[str] = set()
    paths: list[str] = []
    rest = iter(args[1:])
    for arg in rest:
        if arg == "-" or not arg.startswith("-"):
            paths.append(arg)
            continue
        name, equals, value = arg.partition("=")
        if name in FLAGS and not equals:
            key = FLAGS[name]
        elif name in VALUES and name.startswith("--") or (name == "-j" and not equals):
            key = VALUES[name]
            if not equals:
                value = next(rest, None)
                if value is None or value.startswith("-"):
                    return None  # click's to tell, or to read as it reads it
        else:
            return None  # --help, --version, -qj2, an unknown option …
        if key in seen:
            return None  # given twice: click says which counts
        seen.add(key)
        if key not in FLAGS.values():
            value = _value(key, value)
            if value is _REFUSED:
                return None
            options[key] = value
        else:
            options[key] = True
    options["paths"] = tuple(paths)
    return options


_REFUSED = object()


def _value(key: str, value: str):
    """The value of an option as click's type and callback make it, or _REFUSED."""
    if key == "format_name":
        from .report import FORMATS

        return value if value in FORMATS else _REFUSED
    if key == "fail_on":
        return value if value in FAIL_ON else _REFUSED
    if key == "jobs":
        return int(value) if value.isascii() and value.isdigit() else _REFUSED
    if key in ("config_path", "baseline_file", "cache_dir"):  # click.Path: readable, if it exists
        if os.path.exists(value) and (not os.access(value, os.R_OK) or (key != "cache_dir" and os.path.isdir(value))):
            return _REFUSED  # click.Path(dir_okay=False) takes no folder
        return Path(value) if key == "config_path" else value
    if key == "story_date":
        date, problem = read_date(value)
        return _REFUSED if problem else date
    if key == "languagetool_url":
        url, problem = read_languagetool_url(value)
        return _REFUSED if problem else url
    return value


def _plain_streams() -> bool:
    """Standard output and error present and UTF-8: click.echo writes to them as they are
    (to another encoding click would write through a stream of its own; on Windows, to a
    console of its own, translating terminal escapes)."""
    if sys.platform == "win32":
        return False
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        try:
            if stream is None or codecs.lookup(encoding or "ascii").name != "utf-8":
                return False
        except LookupError:
            return False
    return True


def run_check(options: dict) -> None:
    """Run 'check' with ``options`` as the click command line runs it: the same set-up (fewer
    garbage collections, the pattern table) and clean-up, and click's answers to an interrupt
    ("Aborted!", status 1) and to a closed pipe (status 1, no complaint at exit)."""
    from .cache_folder import default_dir
    from .cli_common import echo, fewer_collections, import_dataclasses_without_inspect, keep_compiled_patterns

    fewer_collections()  # before the imports, which would collect every 700 allocations
    if few_small_files(options["paths"]):
        import gc

        gc.disable()
    import_dataclasses_without_inspect()  # before anything imports it
    from . import module_cache, pattern_cache

    module_cache.install(default_dir() / "patterns")  # beside the pattern table; before the command's modules
    keep_compiled_patterns()  # before the command's modules, which compile patterns as they load
    from .cli_lint import lint_drafts

    try:
        try:
            lint_drafts(**options)
        finally:
            pattern_cache.finish()
            module_cache.finish()
    except (EOFError, KeyboardInterrupt):
        echo("", err=True)
        echo("Aborted!", err=True)
        sys.exit(1)
    except OSError as exc:
        import errno

        if exc.errno != errno.EPIPE:
            raise
        sys.stdout = _QuietFlush(sys.stdout)
        sys.stderr = _QuietFlush(sys.stderr)
        sys.exit(1)


# The drafts a run may read in all with the garbage collector off (``few_small_files``).
SMALL_RUN_BYTES = 1_000_000


def few_small_files(paths) -> bool:
    """Whether the run is a hook's or an editor's: every path a file, ``SMALL_RUN_BYTES`` in all.

    Such a run makes little cyclic garbage, and each collection would walk the tables the
    start-up and the first draft load (~4 ms of a one-draft run of ~120 ms), so the collector
    stays off until the process ends (a 0.95 MB draft peaks at 231 MB either way). A folder,
    standard input or more text keeps it on (``fewer_collections``; the run freezes what the
    first draft loaded, see ``workers.lint_in_this_process``)."""
    total = 0
    for path in paths or ("",):
        try:
            status = os.stat(path)
        except (OSError, ValueError):
            return False
        if not stat.S_ISREG(status.st_mode):
            return False
        total += status.st_size
    return total <= SMALL_RUN_BYTES


class _QuietFlush:
    """A stream whose flush says nothing of a closed pipe (click's PacifyFlushWrapper)."""

    def __init__(self, wrapped):
        self.wrapped = wrapped

    def flush(self) -> None:
        try:
            self.wrapped.flush()
        except OSError as exc:
            import errno

            if exc.errno != errno.EPIPE:
                raise

    def __getattr__(self, name):
        return getattr(self.wrapped, name)
