"""The user's own LanguageTool server (``server = "local"``, ``newslint languagetool ...``).

Start, status, reuse and stop run against the suite's real server (``languagetool_url`` in
conftest.py starts it with ``newslint languagetool start``; the last test here stops it).
Races, stale state and the idle stop run against a stand-in for Java that answers as
LanguageTool's HTTP server does, so that they start no second LanguageTool.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newslint import ltserver
from newslint.engine import _not_flagged_already
from newslint.findings import Finding

EFFECT = "Vote\n\nOfficials said the plan would effect thousands of people.\n"


@pytest.fixture(scope="module")
def local_url(languagetool_url):
    """The URL of the suite's local server (started here if NEWSLINT_LANGUAGETOOL_URL gave another)."""
    if ltserver.read_state() is None:
        started = subprocess.run(
            [sys.executable, "-m", "newslint.cli", "languagetool", "start"], capture_output=True, text=True
        )
        assert started.returncode == 0, started.stderr
    return ltserver.read_state().url


def lt_codes(result) -> list[str]:
    return sorted(f["code"] for f in json.loads(result.stdout) if f["code"].startswith("LT"))


# -- the real server ----------------------------------------------------------------------------


def test_start_finds_the_running_server_and_status_reports_it(run_cli, local_url):
    before = ltserver.read_state()
    started = run_cli("languagetool", "start")
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == local_url
    assert ltserver.read_state() == before  # the same server: nothing new started
    status = run_cli("languagetool", "status")
    assert status.returncode == 0
    assert status.stdout.startswith(f"running at {local_url} (LanguageTool ")
    assert "stops after 30 min idle" in status.stdout
    assert run_cli("languagetool", "status", "--url").stdout == f"{local_url}\n"


def test_two_runs_reuse_the_one_server_and_record_their_use(tmp_path, run_cli, local_url):
    (tmp_path / "a.txt").write_text(EFFECT, encoding="utf-8")
    before = ltserver.read_state()
    last_use = ltserver.state_dir() / "last-use"
    os.utime(last_use, (1, 1))
    for _ in range(2):
        result = run_cli("check", "--format", "json", "--no-cache", "--languagetool", "local", "--select", "LT", "a.txt")
        assert result.returncode == 1, result.stderr
        assert lt_codes(result) == ["LTAFFECT_EFFECT"]
        assert result.stderr == ""
        assert ltserver.read_state() == before
    assert last_use.stat().st_mtime > time.time() - 120


def test_a_span_flagged_by_both_engines_is_reported_once(tmp_path, run_cli, languagetool_url):
    """newslint's own finding wins: it knows the story's names and quotes."""
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "house.yml").write_text(
        "rules:\n"
        "  - code: Z901\n"
        "    name: effect-as-verb\n"
        "    kind: existence\n"
        "    family: grammar\n"
        "    severity: warning\n"
        "    message: 'Check whether \"{match}\" should be \"affect\".'\n"
        "    docs: A house rule for the test.\n"
        "    tokens: [effect]\n",
        encoding="utf-8",
    )
    (tmp_path / "newslint.toml").write_text('rule-paths = ["house"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(EFFECT + "\nThe figures was released on Monday.\n", encoding="utf-8")
    # LanguageTool and the house rule only: newslint's built-in rules may flag these words too.
    args = ("check", "--format", "json", "--no-cache", "--languagetool", languagetool_url, "--select", "LT,Z901")
    both = run_cli(*args, "a.txt")
    assert both.returncode == 1, both.stderr
    codes = sorted(f["code"] for f in json.loads(both.stdout) if f["code"] in ("Z901",) or f["code"].startswith("LT"))
    assert codes == ["LTAGREEMENT_SENT_START", "Z901"]
    alone = run_cli(*args[:-1], "LT", "a.txt")
    assert lt_codes(alone) == ["LTAFFECT_EFFECT", "LTAGREEMENT_SENT_START"]


def test_local_server_without_java_is_one_notice_and_the_other_rules_run(tmp_path, run_cli):
    (tmp_path / "newslint.toml").write_text('[languagetool]\nserver = "local"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Vote\n\nThe council met at a cost of TK\n", encoding="utf-8")
    env = {
        "PATH": str(tmp_path / "no-java"),
        "JAVA_HOME": "",
        "NEWSLINT_CACHE_DIR": str(tmp_path / "cache"),  # no server of the suite's here
    }
    result = run_cli("check", "--format", "json", "a.txt", env=env)
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)  # the built-in rules ran
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("newslint: notice: cannot start LanguageTool: Java not found")
    assert not (tmp_path / "cache" / "languagetool-server" / "state.json").exists()


def test_local_server_without_languagetool_says_how_to_fetch_it(tmp_path, run_cli):
    (tmp_path / "a.txt").write_text("Vote\n\nThe council met.\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    env = {
        "HOME": str(tmp_path / "home"),
        "LTP_PATH": str(tmp_path / "empty"),
        "NEWSLINT_LT_HOME": str(tmp_path / "empty"),
        "NEWSLINT_CACHE_DIR": str(tmp_path / "cache"),
    }
    result = run_cli("check", "--no-cache", "--languagetool", "local", "a.txt", env=env)
    assert result.returncode == 2  # asked for on the command line: an error
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "LanguageTool is not on this machine" in lines[0] and "scripts/languagetool-server.sh fetch" in lines[0]
    status = run_cli("languagetool", "status", env=env)
    assert status.returncode == 1 and status.stdout.startswith("not running; LanguageTool is not on this machine")


def test_the_pinned_version_is_the_one_the_script_fetches():
    pom = (Path(__file__).resolve().parents[1] / "scripts" / "languagetool" / "pom.xml").read_text(encoding="utf-8")
    assert f"<languagetool.version>{ltserver.PINNED_VERSION}</languagetool.version>" in pom


# -- one report per span (no server) ------------------------------------------------------------


def finding(code: str, start: int, end: int) -> Finding:
    return Finding(code=code, name=code.lower(), family="grammar", severity="warning", start=start, end=end, message="m")


def test_a_deferring_finding_goes_where_an_own_finding_overlaps_it():
    own = [finding("G101", 10, 11), finding("S201", 30, 34), finding("L101", 0, 400)]
    lt = [finding("LTA", 10, 11), finding("LTB", 28, 40), finding("LTC", 12, 20), finding("LTD", 50, 55)]
    kept = _not_flagged_already(lt, own)
    # LTA and LTB overlap own words; LTC and LTD do not; the 400-character finding points at
    # no word, so it takes nothing away.
    assert [f.code for f in kept] == ["LTC", "LTD"]
    assert _not_flagged_already(lt, []) == lt


# -- a stand-in for Java: races, stale state, idle stop ------------------------------------------

STAND_IN = '''#!{python}
import http.server, json, sys
if "-version" in sys.argv:
    print("    java.specification.version = 17", file=sys.stderr)
    sys.exit(0)
port = int(sys.argv[sys.argv.index("--port") + 1])

class Handler(http.server.BaseHTTPRequestHandler):
    def reply(self, data):
        body = json.dumps(data).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        print(self.command, self.path, flush=True)

    def do_GET(self):
        self.reply([{{"name": "English (US)", "code": "en", "longCode": "en-US"}}])

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.reply({{"matches": []}})

    def log_message(self, *args):
        pass

http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
'''


@pytest.fixture
def stand_in(tmp_path):
    """Environment for a run whose 'java' is the stand-in and whose LanguageTool is a dummy jar."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    java = bin_dir / "java"
    java.write_text(STAND_IN.format(python=sys.executable), encoding="utf-8")
    java.chmod(0o755)
    home = tmp_path / "lt"
    (home / "LanguageTool-9.9").mkdir(parents=True)
    (home / "LanguageTool-9.9" / "languagetool-server.jar").write_bytes(b"")
    env = {
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "JAVA_HOME": "",
        "NEWSLINT_LT_HOME": str(home),
        "NEWSLINT_CACHE_DIR": str(tmp_path / "cache"),
    }
    folder = tmp_path / "cache" / "languagetool-server"
    yield env, folder
    # Whatever a test left running goes.
    state = folder / "state.json"
    if state.exists():
        data = json.loads(state.read_text())
        for pid in (data["pid"], data["java_pid"]):
            try:
                os.kill(pid, 15)
            except OSError:
                pass


def processes_of(folder_part: str, needle: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if folder_part in cmdline and needle in cmdline:
            found.append(int(entry.name))
    return found


needs_proc = pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="counts processes through /proc")


@needs_proc
def test_two_runs_starting_at_once_end_with_one_server(tmp_path, stand_in):
    env, folder = stand_in
    command = [sys.executable, "-m", "newslint.cli", "languagetool", "start"]
    runs = [
        subprocess.Popen(command, env=dict(os.environ, **env), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    urls = {run.communicate(timeout=120)[0].strip() for run in runs}
    assert all(run.returncode == 0 for run in runs)
    assert len(urls) == 1
    assert len(processes_of(str(tmp_path / "lt"), "HTTPServer")) == 1
    stopped = subprocess.run(
        [sys.executable, "-m", "newslint.cli", "languagetool", "stop"], env=dict(os.environ, **env),
        capture_output=True, text=True,
    )
    assert stopped.stdout.startswith("stopped the local LanguageTool server at ")
    assert processes_of(str(tmp_path / "lt"), "HTTPServer") == []
    assert not (folder / "state.json").exists()


def test_a_stale_state_file_is_noticed_and_replaced(tmp_path, stand_in, run_cli):
    env, folder = stand_in
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    folder.mkdir(parents=True)
    stale = {"pid": gone.pid, "java_pid": gone.pid, "port": 9, "version": "9.9", "idle": 60, "started": 0}
    (folder / "state.json").write_text(json.dumps(stale), encoding="utf-8")
    status = run_cli("languagetool", "status", env=env)
    assert status.returncode == 1 and status.stdout.startswith("not running; LanguageTool found at ")
    assert not (folder / "state.json").exists()
    (folder / "state.json").write_text(json.dumps(stale), encoding="utf-8")
    started = run_cli("languagetool", "start", env=env)
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() != "http://127.0.0.1:9"
    assert json.loads((folder / "state.json").read_text())["pid"] != gone.pid
    assert run_cli("languagetool", "stop", env=env).returncode == 0


@needs_proc
def test_the_server_stops_after_its_idle_time(tmp_path, stand_in, run_cli):
    env, folder = stand_in
    env = dict(env, NEWSLINT_LT_IDLE="3")
    started = run_cli("languagetool", "start", env=env)
    assert started.returncode == 0, started.stderr
    state = json.loads((folder / "state.json").read_text())
    assert state["idle"] == 3
    deadline = time.monotonic() + 30
    while (folder / "state.json").exists() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not (folder / "state.json").exists()
    time.sleep(1)
    assert processes_of(str(tmp_path / "lt"), "HTTPServer") == []
    assert run_cli("languagetool", "status", env=env).returncode == 1


# -- last of the session: stop the suite's server ------------------------------------------------


@pytest.mark.languagetool_last
def test_stop_stops_the_server(run_cli, local_url):
    state = ltserver.read_state()
    stopped = run_cli("languagetool", "stop")
    assert stopped.returncode == 0
    assert stopped.stdout.strip() == f"stopped the local LanguageTool server at {local_url} (pid {state.java_pid})"
    assert ltserver.read_state() is None
    time.sleep(0.5)
    assert not Path(f"/proc/{state.java_pid}").exists() or b"languagetool" not in Path(f"/proc/{state.java_pid}/cmdline").read_bytes()
    again = run_cli("languagetool", "stop")
    assert again.returncode == 0 and again.stdout.strip() == "no local LanguageTool server was running"
    assert run_cli("languagetool", "status").returncode == 1
