"""One LanguageTool server per user: started on first use, reused by later runs, stopped when idle.

``[tool.newslint.languagetool] server = "local"`` (or ``--languagetool local``) asks for it;
``newslint languagetool start|stop|status`` manage it by hand. The pieces:

- **Where LanguageTool comes from** is a copy already on this machine, never a download: the
  first folder holding ``LanguageTool-VERSION/languagetool-server.jar`` among
  ``$NEWSLINT_LT_HOME``, ``$LTP_PATH``, ``~/.cache/newslint/languagetool-PINNED`` (where
  ``scripts/languagetool-server.sh fetch`` puts it) and ``~/.cache/language_tool_python``
  (language-tool-python's own download folder). None there: one line says how to fetch it.
- **A watchdog** (``python -m newslint.ltserver watch``, in a session of its own so that it
  outlives the run that started it) starts the Java server on a free loopback port, writes
  the state file once the server answers, and stops the server after ``idle`` seconds
  without a request (default 30 minutes, ``$NEWSLINT_LT_IDLE``). A request is seen two
  ways: every newslint run that uses the server touches ``last-use``, and the server's own
  log grows with every check (so an editor talking to the URL directly keeps it up too).
- **State** in newslint's cache folder (``$NEWSLINT_CACHE_DIR``, else ``~/.cache/newslint``),
  under ``languagetool-server/``: ``state.json`` (the watchdog's and the server's pids, port,
  URL, version, idle time), ``last-use``, ``server.log`` and ``lock``. Starting and stopping
  hold ``lock`` (an exclusive file lock): two runs starting at once end with one server, the
  second waiting for the first and then using its server. A state file whose processes are
  gone (a reboot, a kill -9) is stale: it is removed and a new server started.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

# The LanguageTool that scripts/languagetool-server.sh fetches (scripts/languagetool/pom.xml).
PINNED_VERSION = "6.8"
DEFAULT_IDLE = 30 * 60  # seconds without a request before the server stops
IDLE_ENV = "NEWSLINT_LT_IDLE"
HOME_ENV = "NEWSLINT_LT_HOME"
XMX_ENV = "NEWSLINT_LT_XMX"
START_TIMEOUT = 180.0  # seconds for the server to answer its first request
MARKER = "newslint.ltserver"  # in the watchdog's command line: tells our process from a recycled pid
FETCH_HINT = (
    "fetch it once with scripts/languagetool-server.sh fetch (Maven), or point LTP_PATH or "
    "NEWSLINT_LT_HOME at a folder holding LanguageTool-X.Y/ (see the README)"
)


class Unavailable(Exception):
    """The local server cannot be used; the message is one line for the user."""


# -- where things are ----------------------------------------------------------------------


def state_dir() -> Path:
    from .cache import default_dir

    return default_dir() / "languagetool-server"


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


# -- state ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class State:
    pid: int  # the watchdog
    java_pid: int
    port: int
    version: str
    idle: float
    started: float

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def _alive(pid: int, needle: str | None = None) -> bool:
    """Whether ``pid`` runs (and, where /proc tells, whether its command line holds ``needle``)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: not ours
        return False
    except OSError:
        return False
    if needle is not None:
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return True  # no /proc here: trust the pid
        return needle.encode() in cmdline
    return True


def _supported() -> None:
    # os.kill(pid, 0) ends a process on Windows rather than probing it: no local server there.
    if os.name == "nt":
        raise Unavailable(
            "newslint's local LanguageTool server does not run on Windows yet: start LanguageTool's "
            "HTTP server yourself and give its URL (server = \"http://127.0.0.1:8081\")"
        )


def read_state(folder: Path | None = None) -> State | None:
    """The running server's state; None (and the stale file removed) when it is not running."""
    if os.name == "nt":
        return None
    folder = folder or state_dir()
    path = folder / "state.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        state = State(
            pid=int(data["pid"]), java_pid=int(data["java_pid"]), port=int(data["port"]),
            version=str(data["version"]), idle=float(data["idle"]), started=float(data["started"]),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        _remove(path)
        return None
    if _alive(state.pid, MARKER) and _alive(state.java_pid, "languagetool"):
        return state
    # Stale: its watchdog is gone (a reboot, a kill -9). A server it left behind goes too.
    if _alive(state.java_pid, f"--port\0{state.port}"):
        with contextlib.suppress(OSError):
            os.kill(state.java_pid, signal.SIGTERM)
    _remove(path)
    return None


def last_use(folder: Path | None = None) -> float | None:
    folder = folder or state_dir()
    times = []
    for name in ("last-use", "server.log"):
        with contextlib.suppress(OSError):
            times.append((folder / name).stat().st_mtime)
    return max(times) if times else None


def touch(folder: Path | None = None) -> None:
    """Record a use, so that the watchdog keeps the server up."""
    folder = folder or state_dir()
    path = folder / "last-use"
    try:
        os.utime(path)
    except FileNotFoundError:
        with contextlib.suppress(OSError):
            path.touch()
    except OSError:
        pass


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


@contextlib.contextmanager
def _locked(folder: Path, timeout: float):
    """An exclusive lock on ``folder/lock`` (waits up to ``timeout`` seconds)."""
    folder.mkdir(parents=True, exist_ok=True)
    handle = open(folder / "lock", "a+")
    try:
        try:
            import fcntl
        except ImportError:  # no fcntl (Windows): no lock; a race may start a second server
            yield
            return
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    raise Unavailable(
                        f"another newslint is starting or stopping LanguageTool and did not finish "
                        f"within {timeout:g} s ({folder / 'lock'})"
                    ) from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    finally:
        handle.close()


# -- starting, using and stopping ------------------------------------------------------------


def answers(url: str, timeout: float = 2.0) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(f"{url}/v2/languages", timeout=timeout) as reply:
            return reply.status == 200
    except Exception:
        return False


def ensure(timeout: float = START_TIMEOUT, on_start=None, idle: float | None = None) -> str:
    """The URL of the user's server, started if it is not running. Raises Unavailable.

    The usual case (a server already up) reads one small file and touches another.
    ``on_start()`` is called before a server is started (a run may say that it waits).
    """
    _supported()
    folder = state_dir()
    state = read_state(folder)
    if state is None:
        with _locked(folder, timeout + 30):
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
        _remove(folder / name)
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
    while time.monotonic() < deadline and _alive(pid):
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(pid, os.WNOHANG)
        time.sleep(0.1)
    if _alive(pid):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


def stop(timeout: float = 60.0) -> State | None:
    """Stop the user's server; the state of the one stopped, or None when none was running."""
    _supported()
    folder = state_dir()
    with _locked(folder, timeout):
        state = read_state(folder)
        if state is None:
            return None
        _terminate(state.pid)
        if _alive(state.java_pid, "languagetool"):
            _terminate(state.java_pid)
        _remove(folder / "state.json")
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


# -- the watchdog ----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def watch(folder: Path, java: str, jar: Path, idle: float, poll: float | None = None) -> int:
    """Run the server until it has been idle for ``idle`` seconds or this process is told to stop."""
    from .atomic import replace_file

    poll = poll or max(1.0, min(30.0, idle / 10))
    port = _free_port()
    xmx = os.environ.get(XMX_ENV, "512m")
    version = jar.parent.name.removeprefix("LanguageTool-")
    with open(folder / "server.log", "wb") as log:  # one server's log: it starts afresh
        server = subprocess.Popen(
            [java, f"-Xmx{xmx}", "-Dfile.encoding=UTF-8", "-cp", str(jar),
             "org.languagetool.server.HTTPServer", "--port", str(port)],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log, close_fds=True,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
    stopping = False

    def on_signal(signum, frame):
        nonlocal stopping
        stopping = True

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):  # SIGHUP: not on Windows
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), on_signal)
    state_path = folder / "state.json"

    def finish(code: int, reason: str = "") -> int:
        forget()
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        if reason:
            with contextlib.suppress(OSError):
                (folder / "failed").write_text(reason + "\n", encoding="utf-8")
        return code

    def forget() -> None:
        with contextlib.suppress(OSError, ValueError):
            if json.loads(state_path.read_text(encoding="utf-8")).get("pid") == os.getpid():
                state_path.unlink()

    def idle_now() -> bool:
        """Idle, checked again under the lock; then the state goes, so no new run picks this server."""
        if time.time() - (last_use(folder) or state["started"]) < idle:
            return False
        try:
            with _locked(folder, 5):
                if time.time() - (last_use(folder) or state["started"]) < idle:
                    return False
                forget()
                return True
        except Unavailable:  # a run is starting or stopping the server: look again later
            return False

    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT
    while not answers(url, timeout=1.0):
        if stopping:
            return finish(1, "stopped while starting")
        if server.poll() is not None:
            return finish(1, f"Java exited with status {server.returncode}; {_log_reason(folder / 'server.log')}")
        if time.monotonic() >= deadline:
            return finish(1, f"no answer within {START_TIMEOUT:g} s")
        time.sleep(0.25)
    state = {
        "pid": os.getpid(), "java_pid": server.pid, "port": port, "version": version,
        "idle": idle, "started": time.time(), "jar": str(jar),
    }
    touch(folder)
    replace_file(state_path, (json.dumps(state) + "\n").encode("utf-8"), durable=False)
    while not stopping:
        slept = 0.0
        while slept < poll and not stopping:
            time.sleep(min(0.5, poll - slept))
            slept += 0.5
        if stopping:
            break
        if server.poll() is not None:
            return finish(1, f"Java exited with status {server.returncode}")
        if idle_now():
            return finish(0)
    return finish(0)


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: the server gets SIGTERM when the watchdog dies, even by SIGKILL."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass


def _log_reason(log: Path) -> str:
    try:
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return "no log"
    for line in lines:
        if "Exception" in line or "Error" in line:
            return line.strip()[:200]
    return (lines[-1].strip()[:200] if lines else "nothing logged")


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
    return watch(args.folder, args.java, args.jar, args.idle)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
