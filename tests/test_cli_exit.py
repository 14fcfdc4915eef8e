"""The console script leaves at once after the command, with the same output and exit status."""

import subprocess
import sys

import pytest

# The console script's entry point, run as installed scripts run it; an atexit handler shows
# that the handlers still run before the quick exit. The installed one is newslint.__main__'s
# (the common 'check' read without click); newslint.cli's is the click command line's.
_SCRIPT = """
import atexit, sys
from MODULE import entry
atexit.register(lambda: print("handler ran", file=sys.stderr))
sys.argv = ["newslint", *sys.argv[1:]]
entry()
"""


@pytest.fixture(params=["newslint.__main__", "newslint.cli"])
def run(request):
    def run(*args, stdin=""):
        script = _SCRIPT.replace("MODULE", request.param)
        return subprocess.run([sys.executable, "-c", script, *args], input=stdin, capture_output=True, text=True, timeout=120)

    return run


def test_findings_exit_one_with_the_whole_report_and_the_handlers_run(run):
    done = run("check", "--no-cache", "--format", "json", "-", stdin="The the council met on Monday.\n")
    assert done.returncode == 1
    assert '"code": "S301"' in done.stdout and done.stdout.rstrip().endswith("]")
    assert done.stderr.strip().endswith("handler ran")


def test_clean_copy_exits_zero_and_a_missing_file_two(run, tmp_path):
    assert run("check", "--no-cache", "-", stdin="The council met on Monday.\n").returncode == 0
    missing = run("check", "--no-cache", str(tmp_path / "missing.md"))
    assert missing.returncode == 2
    assert "cannot read" in missing.stderr


def test_a_usage_error_exits_two_with_its_message(run):
    done = run("check", "--format", "nope")
    assert done.returncode == 2
    assert "Invalid value for '--format'" in done.stderr
