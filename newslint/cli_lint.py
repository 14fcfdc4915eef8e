"""What 'newslint check' does once its options are read: lint the drafts, apply the fixes,
report the findings, and exit with the status they call for.

No click here: click reads the options of ``cli_check.check``, and ``cli_fast.py`` reads the
common calls without loading it (~8 ms of a one-draft run); both call ``lint_drafts``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from .cli_common import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    backend_outcome,
    default_jobs,
    echo,
    fail,
    parse_codes,
    read_stdin,
    result_cache,
    terminal_width,
    warn_no_drafts,
)
from .document import split_lines
from .errors import ConfigError, NewslintError


def lint_drafts(paths, format_name, select, ignore, extend_select, fail_on, config_path, story_date, stdin_filename, quiet, statistics, no_color, fix, unsafe_fixes, dry_run, baseline_file, force_exclude, diff_ref, languagetool_url, jobs, no_cache, cache_dir):
    """Lint drafts: files, folders (searched for .md, .markdown and .txt) or '-' for stdin."""
    from .config import ConfigFinder, Overrides
    from .gate import Gate
    from .report import render
    from .run import Run

    paths = paths or (".",)
    fix = fix or dry_run
    if unsafe_fixes and not fix:
        fail("--unsafe-fixes applies fixes: use it with --fix (or --dry-run to see them)")
    try:
        finder = ConfigFinder(config_path)
        overrides = Overrides(parse_codes(select), parse_codes(ignore) or (), parse_codes(extend_select) or (), fail_on, languagetool_url)
        cache = result_cache(no_cache, cache_dir)
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
        run = Run(finder, overrides, story_date, gate, cache=cache, jobs=jobs or default_jobs(), force_exclude=force_exclude)
        stdin_text, stdin_bom, stdin_size = None, False, None
        if "-" in paths:  # read at most its settings' max-draft-size (and count the rest)
            stdin_text, stdin_bom, stdin_size = read_stdin(run.settings_for(stdin_filename).max_draft_size)
        with _Progress(show_progress) as progress:
            result = run.lint(paths, stdin_text, stdin_filename, progress=progress.update if show_progress else None, stdin_size=stdin_size)
        if not result.files:
            warn_no_drafts(paths, run.settings_for(paths[0]), force_exclude)
        if fix:
            from .fixes import residue_codes

            residue = residue_codes(run.rule_catalogue().values())
            fixed_stdin, changed, unwritten = _fix(result, stdin_filename if "-" in paths else None, unsafe_fixes, dry_run, residue)
            if fixed_stdin is not None:
                # The draft as it is: echo would strip what looks like a terminal escape.
                echo(("\ufeff" if stdin_bom else "") + fixed_stdin, nl=False, color=True)
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
        fail(str(exc))
    for notice in cache.notices if cache is not None else ():
        echo(f"newslint: notice: {notice}", err=True)
    sources = _SourceLines(result.texts)
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
        width=terminal_width(),
    )
    echo(output, nl=False)
    if stale:
        _report_stale(baseline_file, stale)
    for problem in result.problems:
        echo(f"newslint: {problem}", err=True)
    if backend_outcome(run, languagetool_url is not None) or result.problems:
        sys.exit(EXIT_ERROR)
    # Each draft's own fail-on decides, never the first path's.
    sys.exit(EXIT_FINDINGS if run.fails(result) else EXIT_CLEAN)


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
                echo(unified_diff(path, text, fixed), nl=False)
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
    echo(f"newslint: {verb} {fixed_count} problem{'s' if fixed_count != 1 else ''} in {len(changed)} file{'s' if len(changed) != 1 else ''}{more}", err=True)
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


class _SourceLines(Mapping):
    """Each draft's lines as the Document counts them, by path, for the reports that show a
    finding's line: split when a report asks for a draft's, the last draft's kept (reports
    read the findings sorted by path). Splitting every draft up front held each draft twice
    at the end of a long run (3,000 drafts: ~8 MB more at the peak)."""

    def __init__(self, texts: dict[str, str]):
        self._texts = texts
        self._path: str | None = None
        self._lines: list[str] = []

    def __getitem__(self, path: str) -> list[str]:
        if path != self._path:
            self._lines = split_lines(self._texts[path])
            self._path = path
        return self._lines

    def __iter__(self):
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


def _report_stale(baseline_file, stale, shown: int = 20) -> None:
    noun = "entry no longer matches" if len(stale) == 1 else "entries no longer match"
    echo(
        f"newslint: baseline {baseline_file}: {len(stale)} {noun} (fixed, edited or removed); "
        f"'newslint baseline {baseline_file}' records it afresh",
        err=True,
    )
    for entry in stale[:shown]:
        echo(f"  stale: {entry.path}:{entry.line}: {entry.code} {entry.message}", err=True)
    if len(stale) > shown:
        echo(f"  … and {len(stale) - shown} more", err=True)


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
