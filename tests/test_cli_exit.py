"""The console script leaves at once after the command, with the same output and exit status."""

import subprocess
import sys

# The console script's entry point, run as installed scripts run it; an atexit handler shows
# that the handlers still run before the quick exit.
_SCRIPT = """
import atexit, sys
from newslint.cli import entry
atexit.register(lambda: print("handler ran", file=sys.stderr))
sys.argv = ["newslint", *sys.argv[1:]]
entry()
"""


def run(*args, stdin=""):
    return subprocess.run(
        [sys.executable, "-c", _SCRIPT, *args], input=stdin, capture_output=True, text=True, timeout=120
    )


def test_findings_exit_one_with_the_whole_report_and_the_handlers_run():
    done = run("check", "--no-cache", "--format", "json", "-", stdin="The the council met on Monday.\n")
    assert done.returncode == 1
    assert '"code": "S301"' in done.stdout and done.stdout.rstrip().endswith("]")
    assert done.stderr.strip().endswith("handler ran")


def test_clean_copy_exits_zero_and_a_missing_file_two(tmp_path):
    assert run("check", "--no-cache", "-", stdin="The council met on Monday.\n").returncode == 0
    missing = run("check", "--no-cache", str(tmp_path / "missing.md"))
    assert missing.returncode == 2
    assert "cannot read" in missing.stderr


def test_a_usage_error_exits_two_with_its_message():
    done = run("check", "--format", "nope")
    assert done.returncode == 2
    assert "Invalid value for '--format'" in done.stderr
