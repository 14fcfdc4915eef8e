"""Replacing a file in one step, so that a crash leaves the old file or the new, never half.

The new content goes to a temporary file beside the one it replaces, then is renamed over it.
A temporary file is named ``.NAME.newslint-PID-RANDOM.tmp``: one left by a process that was
killed (``kill -9``) is removed by the next write to ``NAME``; nothing else is ever removed.

``replace_draft`` adds what a writer of someone's draft owes them: a symbolic link is followed
(its target is fixed, the link stays), and a draft whose hard links would be split, whose owner
would change, or that is read-only is refused with one line instead of being replaced.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path

from .errors import InputError

_TEMPORARY = re.compile(r"\.(?P<name>.+)\.newslint-(?P<pid>\d+)-[^.]+\.tmp")


def replace_file(path: str | Path, data: bytes, mode: int | None = None, durable: bool = True,
                 owner: tuple[int, int] | None = None) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    ``durable`` flushes the data to disk before the rename (a draft); a cache entry skips that.
    ``mode`` and ``owner`` (uid, gid) are given to the new file. Raises OSError; the temporary
    file never outlives a failure.
    """
    path = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.newslint-{os.getpid()}-", suffix=".tmp", dir=path.parent
    )
    try:
        with os.fdopen(handle, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        if owner is not None:
            os.chown(temporary, *owner)
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def remove_stale_temporaries(path: Path) -> None:
    """Remove the temporary files of ``path`` left by newslint processes that no longer run."""
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    for name in names:
        if is_stale_temporary(name, path.name):
            try:
                os.unlink(path.parent / name)
            except OSError:
                pass


def is_stale_temporary(name: str, of: str | None = None) -> bool:
    """Whether ``name`` is a temporary file of newslint's (of the file ``of``, if given) whose
    process no longer runs."""
    found = _TEMPORARY.fullmatch(name)
    return bool(found) and (of is None or found["name"] == of) and not _running(int(found["pid"]))


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def replace_draft(path: str | Path, data: bytes) -> None:
    """Replace a draft's content as ``replace_file`` does, keeping what belongs to the file:
    a symbolic link's target is written; hard links, owner and read-only files are respected.
    Any reason not to write is an InputError naming the draft."""
    shown = str(path)
    target = Path(os.path.realpath(path))
    try:
        st = os.stat(target)
    except OSError as exc:
        raise InputError(f"{shown}: cannot write the fixed draft ({exc.strerror or exc})") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{shown}: not fixed: not a regular file")
    if not st.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise InputError(f"{shown}: not fixed: the file is read-only")
    if st.st_nlink > 1:
        raise InputError(
            f"{shown}: not fixed: the file has {st.st_nlink} hard links, which a safe rewrite would split"
        )
    owner = None
    if hasattr(os, "geteuid") and (st.st_uid, st.st_gid) != (os.geteuid(), os.getegid()):
        owner = (st.st_uid, st.st_gid)  # (POSIX only: Windows files have no owner ids here)
    remove_stale_temporaries(target)
    try:
        replace_file(target, data, mode=stat.S_IMODE(st.st_mode), owner=owner)
    except PermissionError as exc:
        if owner is not None:
            raise InputError(f"{shown}: not fixed: a rewrite would change the file's owner") from None
        raise InputError(f"{shown}: cannot write the fixed draft ({exc.strerror or exc})") from None
    except OSError as exc:
        raise InputError(f"{shown}: cannot write the fixed draft ({exc.strerror or exc})") from None
