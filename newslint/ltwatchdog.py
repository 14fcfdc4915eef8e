"""The watchdog: the process that runs the user's LanguageTool server and stops it when idle.

Started by ``ltserver.py`` as ``python -m newslint.ltserver watch`` (that module name in its
command line is how a run tells the watchdog from a recycled pid), in a session of its own so
that it outlives the run that started it.
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
from pathlib import Path

from .ltstate import Unavailable, answers, last_use, locked, touch

XMX_ENV = "NEWSLINT_LT_XMX"
START_TIMEOUT = 180.0  # seconds for the server to answer its first request


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
            with locked(folder, 5):
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
