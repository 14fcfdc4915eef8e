"""The state of the user's local LanguageTool server, shared by the runs that use it and the
watchdog that keeps it: the state file, the last use, the lock, and whether a process still runs.

``ltserver.py`` starts and stops the server; ``ltwatchdog.py`` is the process that keeps it up.
Both read and write what is here, in newslint's cache folder under ``languagetool-server/``.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

MARKER = "newslint.ltserver"  # in the watchdog's command line: tells our process from a recycled pid


class Unavailable(Exception):
    """The local server cannot be used; the message is one line for the user."""


def state_dir() -> Path:
    from .cache import default_dir

    return default_dir() / "languagetool-server"


@dataclass(frozen=True)
class State:
    """The recorded state of the local LanguageTool server: its processes, port, version and idle limit."""

    pid: int  # the watchdog
    java_pid: int
    port: int
    version: str
    idle: float
    started: float

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def alive(pid: int, needle: str | None = None) -> bool:
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


def supported() -> None:
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
        remove(path)
        return None
    if alive(state.pid, MARKER) and alive(state.java_pid, "languagetool"):
        return state
    # Stale: its watchdog is gone (a reboot, a kill -9). A server it left behind goes too.
    if alive(state.java_pid, f"--port\0{state.port}"):
        with contextlib.suppress(OSError):
            os.kill(state.java_pid, signal.SIGTERM)
    remove(path)
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


def remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


@contextlib.contextmanager
def locked(folder: Path, timeout: float):
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


def answers(url: str, timeout: float = 2.0) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(f"{url}/v2/languages", timeout=timeout) as reply:
            return reply.status == 200
    except Exception:
        return False
