"""'newslint check' read without click (newslint/cli_fast.py, newslint/__main__.py): the same
options as click reads, the same output and exit status, and click left unloaded."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from newslint.cli_check import check
from newslint.cli_common import echo_to
from newslint.cli_fast import check_options

DRAFT = "The council meet on Tuesday.\n\nShe said the the vote was close.\n"


def _click_options(args: list[str]) -> dict:
    with check.make_context("check", list(args)) as ctx:
        return dict(ctx.params)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "newslint.toml").write_text("", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    return tmp_path


READ_ALIKE = [
    [],
    ["draft.md"],
    ["draft.md", "drafts", "-"],
    ["--format", "json", "draft.md"],
    ["--format=sarif", "-q", "draft.md"],
    ["draft.md", "--quiet", "--statistics", "--no-color", "--no-cache", "--force-exclude"],
    ["--fix", "--unsafe-fixes", "draft.md"],
    ["--dry-run", "draft.md"],
    ["--show-fixes", "draft.md"],
    ["--select", "S1,G2", "--ignore=S301", "--extend-select", "D", "draft.md"],
    ["--select="],
    ["--fail-on", "never", "--fail-on=error"][:2] + ["draft.md"],
    ["--config", "newslint.toml", "draft.md"],
    ["--config=missing.toml"],
    ["--date", "2024-02-29", "draft.md"],
    ["--stdin-filename", "story.md", "-"],
    ["--baseline", "base.json", "--diff", "HEAD~1", "draft.md"],
    ["--languagetool", " local ", "draft.md"],
    ["--languagetool=http://localhost:8081/v2", "draft.md"],
    ["-j", "2", "draft.md"],
    ["--jobs=0", "--cache-dir", "cache", "draft.md"],
    ["--jobs", "007", "draft.md"],
    ["", "draft.md"],
]


@pytest.mark.parametrize("args", READ_ALIKE, ids=lambda a: " ".join(a) or "(none)")
def test_the_fast_reading_is_clicks(folder, args):
    assert check_options(["check", *args]) == _click_options(args)


LEFT_TO_CLICK = [
    ["--help"],
    ["-h"],
    ["--format", "yaml", "draft.md"],  # not a format: click says so
    ["--format"],
    ["--date", "2023-02-29"],
    ["--date=yesterday"],
    ["--languagetool", "ftp://x"],
    ["-j", "many"],
    ["-j", "-1"],
    ["-j2"],
    ["-j=2"],
    ["-qj", "2"],
    ["--quiet=yes"],
    ["--select", "S1", "--select", "G2"],  # twice: click says which counts
    ["--config", "drafts"],  # a folder: click refuses it
    ["--baseline=drafts"],
    ["--no-such-option", "draft.md"],
    ["--", "draft.md"],
    ["--select", "-q"],
    ["--formats", "json"],
]


@pytest.mark.parametrize("args", LEFT_TO_CLICK, ids=" ".join)
def test_what_the_fast_reading_is_unsure_of_goes_to_click(folder, args):
    assert check_options(["check", *args]) is None


def test_other_commands_and_the_group_options_go_to_click():
    for args in (["rules"], ["explain", "S301"], ["--version"], ["--help"], [], ["languagetool", "status"]):
        assert check_options(args) is None


def test_the_values_are_of_clicks_types(folder):
    options = check_options(["check", "--config", "newslint.toml", "--date", "2024-02-29", "-j", "3", "draft.md"])
    assert options["config_path"] == Path("newslint.toml") and options["story_date"] == dt.date(2024, 2, 29)
    assert options["jobs"] == 3 and options["paths"] == ("draft.md",)


@pytest.mark.parametrize("color", [None, True, False])
@pytest.mark.parametrize("tty", [False, True])
@pytest.mark.parametrize("nl", [True, False])
def test_echo_without_click_writes_what_click_echo_writes(color, tty, nl):
    message = "draft.md:1:5: \x1b[1;31mS301\x1b[0m doubled word \x1b[?25l“the the”"

    class Stream(io.StringIO):
        def isatty(self):
            return tty

    ours, clicks = Stream(), Stream()
    echo_to(ours, message, nl=nl, color=color)
    click.echo(message, file=clicks, nl=nl, color=color)
    assert ours.getvalue() == clicks.getvalue()


def _run(module: str, args: list[str], cwd: Path, stdin: str | None = None):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR",)}
    env["NEWSLINT_CACHE_DIR"] = str(cwd / "cache-folder")
    return subprocess.run(
        [sys.executable, "-m", module, *args], capture_output=True, text=True, cwd=cwd, input=stdin, env=env, timeout=300
    )


END_TO_END = [
    (["check", "draft.md"], None),
    (["check", "--format", "json", "--fail-on", "never", "draft.md"], None),
    (["check", "-q", "--statistics", "draft.md", "missing.md"], None),
    (["check", "--fix", "--stdin-filename", "piped.md", "-"], DRAFT),
    (["check", "--date", "2023-02-29", "draft.md"], None),  # click's error, either way
]


@pytest.mark.parametrize("args, stdin", END_TO_END, ids=lambda a: " ".join(a) if isinstance(a, list) else "")
def test_the_console_script_answers_as_the_click_command_line(folder, args, stdin):
    """``python -m newslint`` (the console script's code) against ``python -m newslint.cli``
    (click alone): the same output, errors and exit status."""
    (folder / "draft.md").write_text(DRAFT + "A line with an escape \x1b[1mhere\x1b[0m.\n", encoding="utf-8")
    fast = _run("newslint", args, folder, stdin)
    clicks = _run("newslint.cli", args, folder, stdin)
    told = clicks.stderr.replace("python -m newslint.cli", "python -m newslint")  # click's name for the program
    assert (fast.returncode, fast.stdout, fast.stderr) == (clicks.returncode, clicks.stdout, told)
    assert fast.returncode in (0, 1, 2) and (fast.stdout or fast.stderr)


def test_the_fast_check_never_loads_click(folder):
    program = (
        "import sys\n"
        "from newslint.__main__ import main\n"
        "try:\n"
        "    main(['check', '--format', 'json', 'draft.md'])\n"
        "except SystemExit as exc:\n"
        "    print('exit', exc.code, 'click' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=folder, timeout=300)
    assert done.stderr.strip().splitlines()[-1] == "exit 1 False"
    assert '"code": "S301"' in done.stdout


def test_a_run_over_a_few_small_files_leaves_the_collector_off(folder):
    from newslint.cli_fast import SMALL_RUN_BYTES, few_small_files

    assert few_small_files(["draft.md"]) and few_small_files(["draft.md", "newslint.toml"])
    assert not few_small_files(["drafts"]) and not few_small_files([]) and not few_small_files(["-"])
    assert not few_small_files(["missing.md"])
    (folder / "long.md").write_text("The council met. " * (SMALL_RUN_BYTES // 17 + 1), encoding="utf-8")
    assert not few_small_files(["long.md"])
    program = (
        "import gc, sys\n"
        "from newslint.__main__ import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit:\n"
        "    print(gc.isenabled(), file=sys.stderr)\n"
    )
    for args, enabled in ((["draft.md"], "False"), (["drafts", "draft.md"], "True")):
        done = subprocess.run([sys.executable, "-c", program, "check", *args], capture_output=True, text=True, cwd=folder, timeout=300)
        assert done.stderr.strip().splitlines()[-1] == enabled


def test_streams_click_would_wrap_go_to_click(folder, monkeypatch):
    """Another encoding than UTF-8, no stream, or Windows (its console): click's echo decides."""
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
    assert check_options(["check", "draft.md"]) is None
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    assert check_options(["check", "draft.md"]) is not None
    monkeypatch.setattr(sys, "stderr", None)
    assert check_options(["check", "draft.md"]) is None
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    monkeypatch.setattr(sys, "platform", "win32")
    assert check_options(["check", "draft.md"]) is None


@pytest.mark.parametrize("columns", [None, "", "120", "0", "-5", "wide", "40"])
def test_terminal_width_is_the_columns_shutil_gives(monkeypatch, columns):
    """cli_common.terminal_width works out shutil.get_terminal_size's columns without
    importing shutil (and bz2 and lzma with it)."""
    import shutil

    from newslint.cli_common import terminal_width

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert terminal_width() == shutil.get_terminal_size((80, 24)).columns


def test_a_check_run_does_not_import_shutil(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    code = (
        "import os, sys\n"
        "leave = os._exit\n"
        "def report(status):\n"
        "    print('shutil' in sys.modules, flush=True)\n"
        "    leave(status)\n"
        "os._exit = report\n"
        "from newslint.__main__ import entry\n"
        f"sys.argv = ['newslint', 'check', '--no-cache', '--fail-on', 'never', {str(draft)!r}]\n"
        "entry()\n"
    )
    # The first run in a fresh cache folder writes the compiled patterns (tempfile, which
    # imports shutil, once per version); the runs after it are the ones every save pays for.
    # A later run writes the table again when it spent over 3 ms (wall time) on something the
    # table lacked, such as a look at a folder of sys.path that another process changed
    # meanwhile; on a busy machine a preempted look can cross that line. So the claim is that
    # some run of three after the first leaves shutil alone, not every one.
    subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    answers = []
    for _ in range(3):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
        answers.append(done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr)
        if answers[-1] == "False":
            break
    assert answers[-1] == "False", answers
