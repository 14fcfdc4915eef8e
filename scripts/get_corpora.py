#!/usr/bin/env python3
"""Gather the openly licensed corpora that newslint's data files are counted from.

    python3 scripts/get_corpora.py OUT [--only FOLDER ...] [--git-base TEMPLATE]

Every file comes from a public git repository at a fixed commit, as listed in
``scripts/corpora.tsv`` (folder, repository, commit, path, the name it is written as, and
its SHA-256 where it was checked). Each file is written to ``OUT/<folder>/``; a ``.zip`` is
unpacked there instead. A file whose SHA-256 differs from the list is an error, so the
build scripts count the very text the shipped data was counted from. Licences and
attributions are in ``newslint/data/*_sources.txt``.

The build scripts then read the folders, for example::

    python3 scripts/build_ngrams.py --corpus OUT/gutenberg --corpus OUT/state_union \\
        --corpus OUT/inaugural --corpus OUT/ud --corpus OUT/ewt --corpus OUT/wikitext \\
        --corpus OUT/wiki

``--git-base`` says where a repository is found: ``{repo}`` is replaced by ``owner/name``
and ``{owner}``/``{name}`` by its parts (default ``https://github.com/{repo}.git``). When
the result is a local git directory it is read in place; otherwise the one commit is
fetched into ``OUT/.git/<owner>+<name>`` (shallow and partial: only the
files listed are downloaded). Needs git; nothing else.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import subprocess
import sys
import zipfile
from pathlib import Path

LIST = Path(__file__).resolve().parent / "corpora.tsv"
GITHUB = "https://github.com/{repo}.git"


def sources(listing: Path, folders: set[str] | None):
    for line in listing.read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        folder, repo, commit, path, name, sha = (line.split("\t") + [""])[:6]
        if folders is None or folder in folders:
            yield folder, repo, commit, path, name, sha


def git(*args: str) -> bytes:
    done = subprocess.run(["git", *args], capture_output=True)
    if done.returncode:
        raise SystemExit(f"git {' '.join(args)}: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout


def git_dir(repo: str, commit: str, template: str, out: Path) -> str:
    """A git directory holding ``commit`` of ``repo``: local, or fetched into OUT/.git/."""
    owner, name = repo.split("/", 1)
    where = template.format(repo=repo, owner=owner, name=name)
    if Path(where, ".git").is_dir():  # a clone with a work tree
        return str(Path(where, ".git"))
    if Path(where).is_dir():
        return where
    cache = out / ".git" / f"{owner}+{name}"
    if not cache.is_dir():
        # A partial clone: the commit's trees now, each blob only when it is read.
        git("init", "-q", "--bare", str(cache))
        git(f"--git-dir={cache}", "remote", "add", "origin", where)
        git(f"--git-dir={cache}", "config", "remote.origin.promisor", "true")
        git(f"--git-dir={cache}", "config", "remote.origin.partialclonefilter", "blob:none")
    shallow = cache / "shallow"  # the commits fetched so far (asking git would fetch lazily)
    if commit not in (shallow.read_text() if shallow.exists() else ""):
        print(f"fetching {repo} at {commit[:7]}", file=sys.stderr)
        git(f"--git-dir={cache}", "fetch", "-q", "--depth", "1", "--filter=blob:none",
            "origin", commit)
    return str(cache)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", action="append", help="a folder of the list (repeatable)")
    parser.add_argument("--git-base", default=GITHUB)
    parser.add_argument("--list", type=Path, default=LIST, help="the list of files to gather")
    args = parser.parse_args()
    folders = set(args.only) if args.only else None
    written = 0
    for folder, repo, commit, path, name, sha in sources(args.list, folders):
        data = git(f"--git-dir={git_dir(repo, commit, args.git_base, args.out)}",
                   "cat-file", "blob", f"{commit}:{path}")
        if sha and hashlib.sha256(data).hexdigest() != sha:
            raise SystemExit(f"{repo}@{commit[:7]}:{path}: not the file the data was built from")
        target = args.out / folder
        target.mkdir(parents=True, exist_ok=True)
        if name == "*.zip":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for member in archive.infolist():
                    inside = Path(member.filename)
                    if member.is_dir() or ".." in inside.parts or inside.is_absolute():
                        continue
                    (target / inside.name).write_bytes(archive.read(member))
                    written += 1
        else:
            (target / name).write_bytes(data)
            written += 1
    print(f"{written} files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
