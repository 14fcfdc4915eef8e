"""Files linted in parallel: the same output in the same order whatever ``--jobs`` says, file
problems reported while the other files still run, and a progress display only on a terminal.
"""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys

import pytest
from conftest import rule_plugin

from newslint.api import lint_paths

# A rule plug-in (through the entry point group, as a third party would ship one) that sleeps a
# little longer for earlier files, so that drafts finish out of order, and that crashes on a
# draft saying SELF-DESTRUCT.
PLUGIN = '''
import time, zlib
from newslint.rule import Rule

class Slow(Rule):
    """Flags nothing; takes its time (test plug-in)."""
    code = "X901"
    name = "slow-test-rule"
    family = "style"

    def check(self, doc, context):
        number = int("".join(c for c in doc.path if c.isdigit()) or 0)
        time.sleep(max(0.0, 0.03 - number * 0.001))
        if "SELF-DESTRUCT" in doc.text:
            raise RuntimeError("boom")
        return ()

RULES = [Slow]
'''


def _draft(i: int) -> str:
    lines = [f"Council approves bridge number {i}", ""]
    lines.append(f"The council approved bridge {i} on Tuesday, the mayor said.")
    if i % 3 == 0:
        lines += ["", f"It will cost TK, according to draft {i}."]
    if i % 4 == 0:
        lines += ["", "Top Stories"]
    if i % 5 == 0:
        lines += ["", f"The clerk (who spoke for the {i} members said"]
    return "\n".join(lines) + "\n"


@pytest.fixture
def desk(tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for i in range(40):
        (drafts / f"story{i:02}.md").write_text(_draft(i), encoding="utf-8")
    (drafts / "story07.md").write_text("SELF-DESTRUCT\n", encoding="utf-8")
    (drafts / "story13.txt").write_bytes(b"Bad \xff byte\n")
    (drafts / "story21.md").write_text("---\ntitle: [unclosed\n---\nCopy.\n", encoding="utf-8")
    rule_plugin(tmp_path / "plugins", "slow_rules", PLUGIN)
    return tmp_path


def _env(desk):
    return {"PYTHONPATH": os.pathsep.join([str(desk / "plugins"), os.environ.get("PYTHONPATH", "")])}


def test_output_is_the_same_whatever_the_number_of_jobs(run_cli, desk):
    runs = {}
    for fmt in ("json", "text"):
        for jobs in ("1", "3"):  # one process, and more workers than cores (drafts split unevenly)
            done = run_cli("check", "--no-cache", "--jobs", jobs, "--format", fmt, "drafts", cwd=desk, env=_env(desk))
            runs[fmt, jobs] = (done.returncode, done.stdout, done.stderr)
    for fmt in ("json", "text"):
        assert runs[fmt, "1"] == runs[fmt, "3"]
    code, out, err = runs["json", "3"]
    assert code == 2  # the unreadable draft, the bad front matter and the crash are input errors
    findings = json.loads(out)
    assert len({f["path"] for f in findings}) > 20  # the other drafts were all linted
    assert [(f["path"], f["line"], f["column"]) for f in findings] == sorted(
        (f["path"], f["line"], f["column"]) for f in findings
    )
    problems = err.strip().splitlines()
    assert len(problems) == 3 and all(p.startswith("newslint: ") for p in problems)
    assert "story07.md: rule X901" in problems[0] and "crashed" in problems[0]
    assert "story13.txt: not valid UTF-8" in problems[1]
    assert "story21.md: front matter is not valid YAML" in problems[2]


def test_lint_paths_gives_the_same_result_in_one_process_or_several(desk, monkeypatch):
    monkeypatch.chdir(desk)
    (desk / "drafts" / "story07.md").write_text(_draft(7), encoding="utf-8")
    one = lint_paths(["drafts"], jobs=1)
    two = lint_paths(["drafts"], jobs=2)
    assert one.findings == two.findings and one.findings
    assert one.problems == two.problems and one.texts == two.texts and one.files == two.files == 41


def test_default_jobs_is_the_number_of_processors():
    from newslint.api import default_jobs

    expected = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert default_jobs() == expected


def _run_on_terminal(args, cwd, env, stdout_tty=True):
    """Run the command with standard error (and standard output, if asked) on a terminal."""
    err_master, err_slave = pty.openpty()
    if stdout_tty:
        out_master, out_slave = pty.openpty()
    else:
        out_master, out_slave = None, subprocess.PIPE
    proc = subprocess.Popen(
        [sys.executable, "-m", "newslint.cli", *args],
        cwd=cwd, env={**os.environ, **env}, stdout=out_slave, stderr=err_slave, stdin=subprocess.DEVNULL,
    )
    os.close(err_slave)
    if stdout_tty:
        os.close(out_slave)
    streams = {err_master: b""}
    if stdout_tty:
        streams[out_master] = b""
    else:
        streams[proc.stdout.fileno()] = b""
    open_fds = set(streams)
    while open_fds:
        ready, _, _ = select.select(list(open_fds), [], [], 60)
        if not ready:
            break
        for fd in ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                open_fds.discard(fd)
            else:
                streams[fd] += chunk
    proc.wait(timeout=60)
    out = streams[out_master] if stdout_tty else streams[proc.stdout.fileno()]
    return proc.returncode, out.decode("utf-8", "replace"), streams[err_master].decode("utf-8", "replace")


def test_progress_shows_on_a_terminal_for_long_runs_only_in_text_format(desk):
    (desk / "drafts" / "story07.md").write_text(_draft(7), encoding="utf-8")
    (desk / "drafts" / "story13.txt").write_text(_draft(13), encoding="utf-8")
    (desk / "drafts" / "story21.md").write_text(_draft(21), encoding="utf-8")
    for i in range(40, 120):  # enough drafts for a run of more than half a second
        (desk / "drafts" / f"story{i:03}.md").write_text(_draft(i), encoding="utf-8")
    env = _env(desk)
    code, out, err = _run_on_terminal(["check", "--no-cache", "--jobs", "1", "drafts"], desk, env)
    assert code == 1
    assert "newslint: checked" in err and "/121 files" in err
    assert err.rstrip().endswith("\x1b[K")  # the line is cleared at the end
    assert "checked" not in out and "Found" in out

    # Never in a machine format, nor when the output is not a terminal.
    code, out, err = _run_on_terminal(["check", "--no-cache", "--jobs", "1", "--format", "json", "drafts"], desk, env)
    assert "checked" not in err and json.loads(out)
    code, out, err = _run_on_terminal(["check", "--no-cache", "--jobs", "1", "drafts"], desk, env, stdout_tty=False)
    assert "checked" not in err and "Found" in out
    done = subprocess.run(
        [sys.executable, "-m", "newslint.cli", "check", "--no-cache", "--jobs", "1", "drafts"],
        cwd=desk, env={**os.environ, **env}, capture_output=True, text=True,
    )
    assert done.stderr == ""


def test_the_workers_batches_hold_every_draft_once_the_longest_first_and_end_one_at_a_time():
    from newslint.workers import _batches

    todo = [(i, f"d{i}.md", "word " * ((i * 37) % 101 + 1), 0) for i in range(300)]
    batches = _batches(todo, 2)
    flat = [item for batch in batches for item in batch]
    assert sorted(flat) == sorted(todo)
    assert [len(item[2]) for item in flat] == sorted((len(item[2]) for item in todo), reverse=True)
    sizes = [len(batch) for batch in batches]
    assert sizes[0] == 16 and sizes == sorted(sizes, reverse=True) and sizes[-8:] == [1] * 8
    assert [len(b) for b in _batches(todo[:3], 2)] == [1, 1, 1]
