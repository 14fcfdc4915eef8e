"""One LanguageTool server per user: started on first use, reused by later runs, stopped when idle.

``[tool.newslint.languagetool] server = "local"`` (or ``--languagetool local``) asks for it;
``newslint languagetool start|stop|status`` manage it by hand. The pieces:

- **Where LanguageTool comes from** is a copy already on this machine, never a download: the
  first folder holding ``LanguageTool-VERSION/languagetool-server.jar`` among
  ``$NEWSLINT_LT_HOME``, ``$LTP_PATH``, ``~/.cache/newslint/languagetool-PINNED`` (where
  ``scripts/languagetool-server.sh fetch`` puts it) and ``~/.cache/language_tool_python``
  (language-tool-python's own download folder). None there: one line says how to fetch it.
- **A watchdog** (``ltwatchdog.py``, run as ``python -m newslint.ltserver watch``, in a
  session of its own so that it outlives the run that started it) starts the Java server on a free loopback port, writes
  the state file once the server answers, and stops the server after ``idle`` seconds
  without a request (default 30 minutes, ``$NEWSLINT_LT_IDLE``). A request is seen two
  ways: every newslint run that uses the server touches ``last-use``, and the server's own
  log grows with every check (so an editor talking to the URL directly keeps it up too).
- **State** (``ltstate.py``) in newslint's cache folder (``$NEWSLINT_CACHE_DIR``, else ``~/.cache/newslint``),
  under ``languagetool-server/``: ``state.json`` (the watchdog's and the server's pids, port,
  URL, version, idle time), ``last-use``, ``server.log`` and ``lock``. Starting and stopping
  hold ``lock`` (an exclusive file lock): two runs starting at once end with one server, the
  second waiting for the first and then using its server. A state file whose processes are
  gone (a reboot, a kill -9) is stale: it is removed and a new server started.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

# The state, lock and liveness checks are ltstate.py's, the watchdog process ltwatchdog.py's;
# read_state, state_dir, State and Unavailable are still read from here.
from .ltstate import (
    MARKER,
    State,
    Unavailable,
    alive,
    last_use,
    locked,
    read_state,
    remove,
    state_dir,
    supported,
    touch,
)
from .ltwatchdog import START_TIMEOUT

# The LanguageTool that scripts/languagetool-server.sh fetches (scripts/languagetool/pom.xml).
PINNED_VERSION = "6.8"
DEFAULT_IDLE = 30 * 60  # seconds without a request before the server stops
IDLE_ENV = "NEWSLINT_LT_IDLE"
HOME_ENV = "NEWSLINT_LT_HOME"
FETCH_HINT = (
    "fetch it once with scripts/languagetool-server.sh fetch (Maven), or point LTP_PATH or "
    "NEWSLINT_LT_HOME at a folder holding LanguageTool-X.Y/ (see the README)"
)


# -- where things are ----------------------------------------------------------------------


def idle_seconds() -> float:
    raw = os.environ.get(IDLE_ENV, "").strip()
    if not raw:
        return DEFAULT_IDLE
    try:
        value = float(raw)
    except ValueError:
        raise Unavailable(f"{IDLE_ENV} must be a number of seconds, not {raw!r}") from None
    if value <= 0:
        raise Unavailable(f"{IDLE_ENV} must be a number of seconds above 0")
    return value


def _version_key(name: str) -> tuple:
    parts = name.split("-", 1)[-1].replace("-", ".").split(".")
    return tuple(int(p) if p.isdigit() else -1 for p in parts)


def search_folders() -> list[Path]:
    """Folders that may hold ``LanguageTool-X.Y/``, in the order they are tried."""
    folders = []
    if os.environ.get(HOME_ENV):
        folders.append(Path(os.environ[HOME_ENV]))
    if os.environ.get("LTP_PATH"):
        folders.append(Path(os.environ["LTP_PATH"]))
    home = Path(os.path.expanduser("~"))
    folders.append(home / ".cache" / "newslint" / f"languagetool-{PINNED_VERSION}")
    from .cache import default_dir

    folders.append(default_dir() / f"languagetool-{PINNED_VERSION}")
    folders.append(home / ".cache" / "language_tool_python")
    unique: list[Path] = []
    for folder in folders:
        if folder not in unique:
            unique.append(folder)
    return unique


def find_languagetool() -> Path:
    """The ``languagetool-server.jar`` of the first folder that has one (newest version first)."""
    for folder in search_folders():
        try:
            candidates = sorted(
                (p for p in folder.glob("LanguageTool-*") if (p / "languagetool-server.jar").is_file()),
                key=lambda p: _version_key(p.name),
                reverse=True,
            )
        except OSError:
            continue
        if candidates:
            return candidates[0] / "languagetool-server.jar"
    raise Unavailable(f"LanguageTool is not on this machine: {FETCH_HINT}")


def _java_major(java: str) -> int | None:
    try:
        out = subprocess.run(
            [java, "-XshowSettings:properties", "-version"], capture_output=True, text=True, timeout=30
        ).stderr
    except (OSError, subprocess.SubprocessError):
        return None
    for line in out.splitlines():
        line = line.strip()
        if line.startswith("java.specification.version ="):
            value = line.split("=", 1)[1].strip().removeprefix("1.")
            return int(value) if value.isdigit() else None
    return None


def find_java() -> str:
    """A Java 17 or newer: ``$JAVA_HOME/bin/java``, else ``java`` on the PATH."""
    import shutil

    java = None
    if os.environ.get("JAVA_HOME"):
        candidate = Path(os.environ["JAVA_HOME"]) / "bin" / ("java.exe" if os.name == "nt" else "java")
        if candidate.is_file():
            java = str(candidate)
    java = java or shutil.which("java")
    if java is None:
        raise Unavailable(
            f"cannot start LanguageTool: Java not found (LanguageTool {PINNED_VERSION} needs Java 17 "
            "or newer; install a JDK or set JAVA_HOME)"
        )
    major = _java_major(java)
    if major is None:
        raise Unavailable(f"cannot start LanguageTool: cannot tell the version of Java at {java}")
    if major < 17:
        raise Unavailable(
            f"cannot start LanguageTool: it needs Java 17 or newer, but {java} is Java {major} (set JAVA_HOME)"
        )
    return java


# -- starting, using and stopping ------------------------------------------------------------


def ensure(timeout: float = START_TIMEOUT, on_start=None, idle: float | None = None) -> str:
    """The URL of the user's server, started if it is not running. Raises Unavailable.

    The usual case (a server already up) reads one small file and touches another.
    ``on_start()`` is called before a server is started (a run may say that it waits).
    """
    supported()
    folder = state_dir()
    state = read_state(folder)
    if state is None:
        with locked(folder, timeout + 30):
            state = read_state(folder)  # started by another run while this one waited
            if state is None:
                if on_start is not None:
                    on_start()
                state = _start(folder, timeout, idle)
    touch(folder)
    return state.url


def _start(folder: Path, timeout: float, idle: float | None = None) -> State:
    """Start the watchdog (which starts the server) and wait for the state it writes. Locked."""
    java = find_java()
    jar = find_languagetool()
    idle = idle or idle_seconds()
    for name in ("state.json", "failed"):
        remove(folder / name)
    log = folder / "server.log"
    command = [
        sys.executable, "-m", MARKER, "watch",
        "--folder", str(folder), "--java", java, "--jar", str(jar), "--idle", repr(idle),
    ]
    with open(folder / "watchdog.log", "ab") as out:
        watchdog = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=out,
            close_fds=True,
            start_new_session=True,  # outlives this run; a Ctrl-C meant for the run misses it
            cwd=str(folder),
        )
    deadline = time.monotonic() + timeout
    while True:
        state = read_state(folder)
        if state is not None and state.pid == watchdog.pid:
            return state
        if watchdog.poll() is not None:
            reason = ""
            with contextlib.suppress(OSError):
                reason = (folder / "failed").read_text(encoding="utf-8").strip()
            raise Unavailable(
                f"the LanguageTool server did not start ({reason or 'no reason given'}); log: {log}"
            )
        if time.monotonic() >= deadline:
            _terminate(watchdog.pid)
            raise Unavailable(f"the LanguageTool server did not answer within {timeout:g} s; log: {log}")
        time.sleep(0.2)


def _terminate(pid: int, grace: float = 15.0) -> None:
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and alive(pid):
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(pid, os.WNOHANG)
        time.sleep(0.1)
    if alive(pid):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


def stop(timeout: float = 60.0) -> State | None:
    """Stop the user's server; the state of the one stopped, or None when none was running."""
    supported()
    folder = state_dir()
    with locked(folder, timeout):
        state = read_state(folder)
        if state is None:
            return None
        _terminate(state.pid)
        if alive(state.java_pid, "languagetool"):
            _terminate(state.java_pid)
        remove(folder / "state.json")
        return state


def warm_up(url: str, timeout: float = 120.0) -> None:
    """One small check, which makes LanguageTool load its English rules (a few seconds)."""
    import urllib.parse
    import urllib.request

    data = urllib.parse.urlencode({"language": "en-US", "text": "He go to school yesterday."}).encode()
    with urllib.request.urlopen(f"{url}/v2/check", data=data, timeout=timeout) as reply:
        reply.read()


def describe() -> str:
    """One line: whether the user's server runs, where, and for how long yet."""
    state = read_state()
    if state is None:
        try:
            where = f"LanguageTool found at {find_languagetool().parent}"
        except Unavailable as exc:
            where = str(exc)
        return f"not running; {where}"
    idle_for = max(0.0, time.time() - (last_use() or state.started))
    return (
        f"running at {state.url} (LanguageTool {state.version}, pid {state.java_pid}); "
        f"idle for {idle_for / 60:.0f} min, stops after {state.idle / 60:g} min idle"
    )


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog=f"python -m {MARKER}")
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("watch", help="run the server and stop it when idle (started by newslint)")
    w.add_argument("--folder", type=Path, required=True)
    w.add_argument("--java", required=True)
    w.add_argument("--jar", type=Path, required=True)
    w.add_argument("--idle", type=float, default=DEFAULT_IDLE)
    args = parser.parse_args(argv)
    from .ltwatchdog import watch

    return watch(args.folder, args.java, args.jar, args.idle)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
