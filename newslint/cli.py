"""The command line. Thin: parse options, call the API, print, exit.

Exit status: 0 when nothing at or above ``--fail-on`` was found, 1 when something was, 2 for a
usage, configuration or input problem (one line on standard error, never a traceback).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Mapping
from pathlib import Path

import click

from . import __version__
from .document import split_lines
from .errors import ConfigError, NewslintError
from .report import FORMATS

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _codes(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(c.strip().upper() if c.strip() != "ALL" else "ALL" for c in value.split(",") if c.strip())


def _date(ctx, param, value):
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


def _languagetool_url(ctx, param, value):
    if value is None:
        return None
    value = value.strip()
    if value != "local" and not value.startswith(("http://", "https://")):
        raise click.BadParameter(f"{value!r} is not an http:// or https:// URL, nor 'local'")
    return value


def _backend_outcome(run, asked_on_command_line: bool) -> bool:
    """After a run and its report: one line for each backend (LanguageTool) that failed, an
    error (True: exit status 2) when ``--languagetool`` asked for it, else a notice. The other
    rules' findings have been reported either way."""
    failed = [b for b in run.backends if b.failure]
    kind = "error" if asked_on_command_line else "notice"
    for backend in failed:
        click.echo(f"newslint: {kind}: {backend.failure}; the {backend.title} rules were skipped", err=True)
    return bool(failed) and asked_on_command_line


def _fail(message: str) -> None:
    click.echo(f"newslint: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def main() -> None:
    """newslint: an editorial consistency linter for news drafts."""
    _fewer_collections()
    _keep_compiled_patterns()


def _fewer_collections() -> None:
    """Run the cycle collector less often than Python's default (every 700 allocations).

    A run keeps large tables for its whole length (the lexicon, the tagger's and the word-pair
    models, per-word caches), and each collection of the older generations walks all of them:
    at the default this cost about a tenth of the time of a draft and of a run over many. The
    rules make little cyclic garbage, so collecting every 10,000 allocations costs no memory
    worth having.
    """
    import gc

    gc.set_threshold(10_000, 10, 10)


def _keep_compiled_patterns() -> None:
    """Answer the regular expressions the rules compile from the table of the last run
    (``pattern_cache``), and write it back when this command ends: a quarter of a one-draft
    run is compiling them. Given back to ``re`` when the command ends."""
    from . import pattern_cache
    from .cache_folder import default_dir

    pattern_cache.install(default_dir() / "patterns")
    click.get_current_context().call_on_close(pattern_cache.finish)


def _run_options(command):
    """Options of every command that lints: processes and the result cache."""
    command = click.option("--cache-dir", type=click.Path(), help="Where to keep the result cache [default: $NEWSLINT_CACHE_DIR, else ~/.cache/newslint].")(command)
    command = click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")(command)
    command = click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, help="Files linted at once, in separate processes [default: the number of processors].")(command)
    return command


def _selection_options(command):
    """Options of the commands that lint besides 'check': which rules, which configuration, the date."""
    command = click.option("--date", "story_date", callback=_date, help="The story's date (YYYY-MM-DD), for date rules.")(command)
    command = click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), help="Configuration file to use instead of the nearest one.")(command)
    command = click.option("--extend-select", help="Rule codes or prefixes to run as well as the configured set.")(command)
    command = click.option("--ignore", help="Rule codes or prefixes to skip, comma-separated.")(command)
    command = click.option("--select", help="Rule codes or prefixes to run, comma-separated (replaces the configured set).")(command)
    return command


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
@click.option("--quiet", "-q", is_flag=True, help="Findings only, one line each: no source lines and no summary.")
@click.option("--statistics", is_flag=True, help="Count findings by rule.")
@click.option("--no-color", is_flag=True, help="Never colour the output.")
@click.option("--fix", is_flag=True, help="Apply safe fixes (never inside direct quotations); with '-', print the fixed text.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix: apply the fixes that may change meaning too ('that that', 'for for').")
@click.option("--dry-run", "--show-fixes", "dry_run", is_flag=True, help="Print the fixes as a unified diff and change no file (implies --fix).")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), help="Report only findings not recorded in this baseline (see 'newslint baseline').")
@click.option("--force-exclude", is_flag=True, help="Apply 'exclude' to files named on the command line too (for hooks).")
@click.option("--diff", "diff_ref", metavar="REF", help="Report only findings on lines changed since the git revision REF (files are still linted whole).")
@click.option("--languagetool", "languagetool_url", metavar="URL", callback=_languagetool_url, help="Check grammar with the LanguageTool server at URL ('local': your own local server, started if it is not running).")
@_run_options
def check(paths, format_name, select, ignore, extend_select, fail_on, config_path, story_date, stdin_filename, quiet, statistics, no_color, fix, unsafe_fixes, dry_run, baseline_file, force_exclude, diff_ref, languagetool_url, jobs, no_cache, cache_dir):
    """Lint drafts: files, folders (searched for .md, .markdown and .txt) or '-' for stdin."""
    from .config import ConfigFinder, Overrides
    from .gate import Gate
    from .report import render
    from .run import Run

    paths = paths or (".",)
    fix = fix or dry_run
    if unsafe_fixes and not fix:
        _fail("--unsafe-fixes applies fixes: use it with --fix (or --dry-run to see them)")
    try:
        finder = ConfigFinder(config_path)
        stdin_text, stdin_bom = None, False
        if "-" in paths:
            stdin_text, stdin_bom = _read_stdin()
        overrides = Overrides(_codes(select), _codes(ignore) or (), _codes(extend_select) or (), fail_on, languagetool_url)
        cache = _cache(no_cache, cache_dir)
        show_progress = format_name == "text" and not quiet and sys.stderr.isatty() and sys.stdout.isatty()
        gate = Gate()
        if baseline_file:  # before linting, as --diff: a missing or broken baseline fails at once
            from .baseline import Baseline

            gate.baseline = Baseline(baseline_file)
        if os.environ.get("NEWSLINT_PATTERN_BUDGET"):  # a bad value fails at once, not per rule
            from .packs import pattern_budget

            pattern_budget()
        if diff_ref is not None and not diff_ref.strip():
            raise ConfigError("--diff needs a git revision such as main or HEAD~1, not an empty one")
        if diff_ref:  # before linting: a bad revision or a folder outside git fails at once
            from .gitdiff import changes_since

            gate.changes = changes_since(diff_ref, paths=paths)
        run = Run(finder, overrides, story_date, gate, cache=cache, jobs=jobs or _default_jobs(), force_exclude=force_exclude)
        with _Progress(show_progress) as progress:
            result = run.lint(paths, stdin_text, stdin_filename, progress=progress.update if show_progress else None)
        if not result.files:
            _warn_no_drafts(paths, run.settings_for(paths[0]), force_exclude)
        if fix:
            from .fixes import residue_codes

            residue = residue_codes(run.rule_catalogue().values())
            fixed_stdin, changed, unwritten = _fix(result, stdin_filename if "-" in paths else None, unsafe_fixes, dry_run, residue)
            if fixed_stdin is not None:
                # The draft as it is: click would strip what looks like a terminal escape.
                click.echo(("\ufeff" if stdin_bom else "") + fixed_stdin, nl=False, color=True)
                sys.exit(EXIT_CLEAN)
            if dry_run:  # as ruff: 1 when there is something to fix
                sys.exit(EXIT_FINDINGS if changed else EXIT_CLEAN)
            result = run.refresh(result, changed)  # only the drafts a fix changed are linted again
            result.problems.extend(unwritten)
        rules = _LazyRules(run)
        if format_name not in _FORMATS_WITHOUT_RULES:
            rules.load()  # here, so that a rule that cannot load is a one-line error
        stale = gate.baseline.stale() if gate.baseline is not None else []
    except NewslintError as exc:
        _fail(str(exc))
    for notice in cache.notices if cache is not None else ():
        click.echo(f"newslint: notice: {notice}", err=True)
    sources = {path: split_lines(text) for path, text in result.texts.items()}  # lines as the Document counts them
    color = format_name in ("text", "concise") and not no_color and "NO_COLOR" not in os.environ and sys.stdout.isatty()
    output = render(
        format_name,
        result.findings,
        rules,
        sources,
        color=color,
        quiet=quiet,
        statistics=statistics,
        files=result.files,
        width=_terminal_width(),
    )
    click.echo(output, nl=False)
    if stale:
        _report_stale(baseline_file, stale)
    for problem in result.problems:
        click.echo(f"newslint: {problem}", err=True)
    if _backend_outcome(run, languagetool_url is not None) or result.problems:
        sys.exit(EXIT_ERROR)
    # Each draft's own fail-on decides, never the first path's.
    sys.exit(EXIT_FINDINGS if run.fails(result) else EXIT_CLEAN)


def _warn_no_drafts(paths, settings, force_exclude: bool) -> None:
    """Linting nothing is no clean run: say where newslint looked and for what."""
    where = ", ".join(f"'{p}'" for p in paths)
    looked = f"looked for {', '.join(settings.include)}"
    if settings.exclude:
        looked += f", excluding {', '.join(settings.exclude)}{' (--force-exclude)' if force_exclude else ''}"
    click.echo(f"newslint: warning: no drafts found in {where} ({looked})", err=True)


def _terminal_width() -> int:
    """``COLUMNS``, else the terminal's width, else 80 (output to a file or a pipe)."""
    import shutil

    return shutil.get_terminal_size((80, 24)).columns


def _fix(result, stdin_name: str | None, unsafe: bool = False, dry_run: bool = False, residue_codes=None) -> tuple[str | None, list[str], list[str]]:
    """Apply the fixes of the reported findings (safe ones, or all with ``unsafe``), or print
    them as a unified diff with ``dry_run``. Returns the fixed text when linting stdin, the
    drafts that were (or would be) changed, and why others were not: a draft that cannot be
    written, or that changed since it was read, is named and left alone; the rest are fixed."""
    from .document import Document
    from .fixes import apply_fixes, unified_diff, write_atomically

    by_path: dict[str, list] = {}
    for finding in result.findings:
        by_path.setdefault(finding.path, []).append(finding)
    changed: list[str] = []
    unwritten: list[str] = []
    fixed_count = hidden = 0
    for path, text in result.texts.items():
        findings = by_path.get(path, [])
        if path != stdin_name and not findings:
            continue
        doc = Document(text, path=path)
        fixed, count = apply_fixes(doc, findings, unsafe, residue_codes)
        if not unsafe and findings:  # as ruff, say how many fixes --unsafe-fixes would add
            hidden += apply_fixes(doc, findings, True, residue_codes)[1] - count
        if dry_run:
            if count:
                click.echo(unified_diff(path, text, fixed), nl=False)
        elif path == stdin_name:
            return fixed, [], []
        elif count:
            try:
                had_bom = Path(path).read_bytes()[:3] == b"\xef\xbb\xbf"
                write_atomically(path, fixed, had_bom, expected=text)
            except OSError as exc:
                unwritten.append(f"{path}: cannot write the fixed draft ({exc.strerror or exc})")
                continue
            except NewslintError as exc:  # every draft that cannot be written is named; the rest are fixed
                unwritten.append(str(exc))
                continue
        if count:
            changed.append(path)
            fixed_count += count
    verb = "would fix" if dry_run else "fixed"
    more = f"; {hidden} more with --unsafe-fixes" if hidden > 0 else ""
    click.echo(f"newslint: {verb} {fixed_count} problem{'s' if fixed_count != 1 else ''} in {len(changed)} file{'s' if len(changed) != 1 else ''}{more}", err=True)
    return None, changed, unwritten


# Reports that read nothing from the rules but the findings themselves.
_FORMATS_WITHOUT_RULES = ("text", "concise", "json", "github", "junit", "rdjson")


class _LazyRules(Mapping):
    """Rule metadata by code for the reports, loaded only if a report asks for it (SARIF does):
    a run answered from the cache need not load a single rule."""

    def __init__(self, run):
        self._run = run
        self._rules = None

    def load(self) -> dict:
        if self._rules is None:
            self._rules = self._run.rule_catalogue()
        return self._rules

    def __getitem__(self, code):
        return self.load()[code]

    def __iter__(self):
        return iter(self.load())

    def __len__(self):
        return len(self.load())


def _report_stale(baseline_file, stale, shown: int = 20) -> None:
    noun = "entry no longer matches" if len(stale) == 1 else "entries no longer match"
    click.echo(
        f"newslint: baseline {baseline_file}: {len(stale)} {noun} (fixed, edited or removed); "
        f"'newslint baseline {baseline_file}' records it afresh",
        err=True,
    )
    for entry in stale[:shown]:
        click.echo(f"  stale: {entry.path}:{entry.line}: {entry.code} {entry.message}", err=True)
    if len(stale) > shown:
        click.echo(f"  … and {len(stale) - shown} more", err=True)


def _default_jobs() -> int:
    from .workers import default_jobs

    return default_jobs()


def _cache(no_cache: bool, cache_dir):
    if no_cache:
        return None
    from .cache import Cache

    return Cache(cache_dir)


class _Progress:
    """A one-line progress display on standard error, for long runs on a terminal only."""

    DELAY = 0.5  # seconds before it shows: short runs never flicker

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.shown = False
        self.last = 0.0

    def __enter__(self):
        import time

        self.started = time.monotonic()
        return self

    def update(self, done: int, total: int) -> None:
        import time

        now = time.monotonic()
        if not self.enabled or now - self.started < self.DELAY or (now - self.last < 0.1 and done < total):
            return
        self.last = now
        self.shown = True
        sys.stderr.write(f"\r\x1b[Knewslint: checked {done}/{total} files ({100 * done // max(total, 1)}%)")
        sys.stderr.flush()

    def __exit__(self, *exc):
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
        return False


def _read_stdin() -> tuple[str, bool]:
    """The text on stdin, and whether it began with a byte order mark (--fix gives it back)."""
    data = sys.stdin.buffer.read()
    from .document import decode

    return decode(data, "<stdin>"), data.startswith(b"\xef\xbb\xbf")


@main.command("baseline")
@click.argument("file", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1)
@_selection_options
@_run_options
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
        overrides = Overrides(_codes(select), _codes(ignore) or (), _codes(extend_select) or ())
        cache = _cache(no_cache, cache_dir)
        run = Run(finder, overrides, story_date, cache=cache, jobs=jobs or _default_jobs())
        result = run.lint(paths)
        _backend_outcome(run, False)
        recorded = [f for f in result.findings if f.code != FILE_PROBLEM_CODE]
        count = baseline.write(file, recorded, result.texts)
    except NewslintError as exc:
        _fail(str(exc))
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
        _fail(str(exc))


@main.command("report")
@click.argument("paths", nargs=-1)
@click.option("--output", "-o", "output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The HTML file to write.")
@_selection_options
@_run_options
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
        overrides = Overrides(_codes(select), _codes(ignore) or (), _codes(extend_select) or ())
        cache = _cache(no_cache, cache_dir)
        run = Run(ConfigFinder(config_path), overrides, story_date, cache=cache, jobs=jobs or _default_jobs())
        result = run.lint(paths)
        if not result.files:
            _warn_no_drafts(paths, run.settings_for(paths[0]), False)
        page = render(result.findings, {}, {}, texts=result.texts, files=result.files)
        output.write_text(page, encoding="utf-8")
    except NewslintError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{output}: cannot write the report ({exc.strerror or exc})")
    _backend_outcome(run, False)
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
        _fail(str(exc))
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


@main.group("languagetool")
def languagetool_group() -> None:
    """The local LanguageTool server that 'server = "local"' uses.

    One server per user: the first run that needs it starts it, later runs reuse it, and it
    stops after 30 minutes without a request ($NEWSLINT_LT_IDLE seconds). LanguageTool comes
    from a copy already on this machine (see the README); nothing is downloaded.
    """


@languagetool_group.command("start")
@click.option("--idle", type=click.FloatRange(min=0, min_open=True), metavar="MINUTES", help="Minutes without a request before a server started now stops [default: 30, or $NEWSLINT_LT_IDLE seconds].")
def languagetool_start(idle):
    """Start the server, or find the running one; print its URL."""
    from . import ltserver

    try:
        running = ltserver.read_state()
        url = ltserver.ensure(idle=idle * 60 if idle else None)
        if running is None:
            ltserver.warm_up(url)  # loads the English rules, so that the first check is quick
    except ltserver.Unavailable as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"the local LanguageTool server did not answer a first check: {exc}")
    click.echo(url)


@languagetool_group.command("stop")
def languagetool_stop():
    """Stop the server."""
    from . import ltserver

    try:
        state = ltserver.stop()
    except ltserver.Unavailable as exc:
        _fail(str(exc))
    if state is None:
        click.echo("no local LanguageTool server was running")
    else:
        click.echo(f"stopped the local LanguageTool server at {state.url} (pid {state.java_pid})")


@languagetool_group.command("status")
@click.option("--url", "url_only", is_flag=True, help="Print only the URL of the running server.")
def languagetool_status(url_only):
    """Say whether the server runs (exit status 0) or not (1), and where LanguageTool is."""
    from . import ltserver

    state = ltserver.read_state()
    if url_only:
        if state is not None:
            click.echo(state.url)
    else:
        click.echo(ltserver.describe())
    sys.exit(EXIT_CLEAN if state is not None else EXIT_FINDINGS)


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
    if rule is None and code.upper().startswith("LT"):
        rule = rules.get("LT")  # one LanguageTool rule (LTEN_A_VS_AN): the LT rule explains it
    if rule is None:
        from .codes import RETIRED, unknown

        if code.upper() in RETIRED:
            click.echo(f"{code.upper()}: {RETIRED[code.upper()]}")
            return
        _fail(unknown(code.upper(), frozenset(rules), "explain", "no rule with code"))
    from .report.explain import render

    color = "NO_COLOR" not in os.environ and sys.stdout.isatty()
    click.echo(render(rule, width=min(_terminal_width(), 100), color=color), nl=False)


@main.command()
def lsp():
    """Run the language server for editors (stdio); see docs/editors.md."""
    try:
        import pygls  # noqa: F401
    except ImportError:
        _fail("the language server needs pygls: pip install 'newslint[lsp]'")
    from .lsp import serve

    serve()


def entry() -> None:
    """The console script: run the command, then leave the process at once.

    Python's own exit frees every object one by one (word tables, models, compiled patterns):
    ~25 ms of a one-draft run of ~190 ms, for memory the system takes back anyway. Everything
    an exit must do is still done first: the command's own clean-up (click closes its context
    before it exits), the ``atexit`` handlers, and flushing the output. When anything else may
    still be running (a thread that is not a daemon, a worker process) or the output cannot be
    flushed (a closed pipe), Python exits as usual.
    """
    try:
        main()
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


if __name__ == "__main__":  # pragma: no cover
    entry()
