"""Changed lines only: which lines of which files changed since a git revision.

``newslint check --diff REF`` still lints whole files, so rules that read the whole story
(a name spelled two ways, a date contradicted later) see all of it, and then keeps only the
findings on lines added or changed since REF: what ``git diff REF`` shows, the working tree
against REF (committed, staged and unstaged changes alike). A file that git does not track yet
is new, so all of its lines count as changed.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field

from .errors import ConfigError
from .findings import FILE_PROBLEM_CODE, Finding

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\", '"': '"'}


@dataclass
class Changes:
    """Lines added or changed since a revision, by real (absolute) path of the file."""

    lines: dict[str, set[int]] = field(default_factory=dict)
    whole: set[str] = field(default_factory=set)  # untracked files: every line is new

    def changed(self, path: str, line: int) -> bool:
        real = os.path.realpath(path)
        return real in self.whole or line in self.lines.get(real, ())

    def touches(self, finding: Finding) -> bool:
        """Whether any line of the finding, or of a place it points to, changed.

        A file that could not be read is always reported.
        """
        if finding.code == FILE_PROBLEM_CODE:
            return True
        lines = set(range(finding.line, max(finding.line, finding.end_line) + 1))
        lines |= {r.line for r in finding.related}
        return any(self.changed(finding.path, line) for line in lines)


def _git(args: list[str], cwd: str) -> str:
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=cwd,
            capture_output=True,
            check=False,
            env={**os.environ, "LC_ALL": "C"},
        )
    except FileNotFoundError:
        raise ConfigError("--diff needs git, and git is not installed") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        command = next((a for a in args if not a.startswith("-") and "=" not in a), args[0])
        raise ConfigError(f"--diff: git {command} failed: {reason[0] if reason else 'no reason given'}")
    return done.stdout.decode("utf-8", "surrogateescape")


def _unquote(name: str) -> str:
    """A path as git prints it in a diff header (C-quoted when it has unusual characters)."""
    if not (name.startswith('"') and name.endswith('"')):
        return name
    body = name[1:-1]
    out = bytearray()
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            if re.fullmatch(r"[0-7]{3}", body[i + 1 : i + 4]):
                out.append(int(body[i + 1 : i + 4], 8))
                i += 4
                continue
            out.extend(_ESCAPES.get(nxt, nxt).encode("utf-8"))
            i += 2
            continue
        out.extend(ch.encode("utf-8", "surrogateescape"))
        i += 1
    return out.decode("utf-8", "surrogateescape")


def parse_diff(diff: str, top: str) -> dict[str, set[int]]:
    """Added or changed line numbers (new side) per file, from ``git diff --unified=0``."""
    lines: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            name = line[4:].rstrip("\t")
            if name == "/dev/null":
                current = None
                continue
            name = _unquote(name)
            if name.startswith("b/"):
                name = name[2:]
            current = lines.setdefault(os.path.realpath(os.path.join(top, name)), set())
            continue
        match = _HUNK.match(line)
        if match and current is not None:
            start = int(match.group(1))
            count = int(match.group(2)) if match.group(2) is not None else 1
            current.update(range(start, start + count))
    return lines


def changes_since(ref: str, cwd: str = ".", paths=()) -> Changes:
    """What changed since ``ref`` in the git repositories that hold ``paths`` (else the one
    around ``cwd``): newslint may be run from outside the repository."""
    if not ref or ref.startswith("-"):
        raise ConfigError(f"--diff: {ref!r} is not a git revision")
    folders = {_folder_of(p) for p in paths if p != "-"} or {os.path.abspath(cwd)}
    changes = Changes()
    for top in sorted({_toplevel(folder) for folder in folders}):
        try:
            _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top)
        except ConfigError:
            raise ConfigError(f"--diff: {ref!r} is not a revision of the git repository at {top}") from None
        diff = _git(
            [
                "-c", "core.quotepath=off",
                "diff", "--no-color", "--no-ext-diff", "--no-textconv", "--unified=0",
                "--src-prefix=a/", "--dst-prefix=b/", ref, "--",
            ],
            top,
        )
        changes.lines.update(parse_diff(diff, top))
        untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], top)
        changes.whole |= {os.path.realpath(os.path.join(top, n)) for n in untracked.split("\0") if n}
    return changes


def _folder_of(path: str) -> str:
    """The nearest existing folder of ``path`` (the file's, or the folder itself)."""
    folder = os.path.abspath(path)
    while not os.path.isdir(folder) and os.path.dirname(folder) != folder:
        folder = os.path.dirname(folder)
    return folder


def _toplevel(folder: str) -> str:
    try:
        top = _git(["rev-parse", "--show-toplevel"], folder).strip()
    except ConfigError:
        top = ""
    if not top:
        raise ConfigError(f"--diff: {folder} is not inside a git repository")
    return os.path.realpath(top)
