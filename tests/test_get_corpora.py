"""scripts/get_corpora.py against a real git repository made here (no network)."""

import hashlib
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "get_corpora.py"


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True)
    return done.stdout.strip()


@pytest.fixture
def source(tmp_path):
    """A repository 'owner/texts' with a text file and a zip of two texts, one commit."""
    repo = tmp_path / "mirror" / "owner+texts"
    repo.mkdir(parents=True)
    git(repo, "init", "-q")
    (repo / "book.txt").write_text("It was a dark and stormy night.\n", "utf-8")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("speeches/", "")
        z.writestr("speeches/1901-One.txt", "Fellow citizens.\n")
        z.writestr("speeches/1905-Two.txt", "My friends.\n")
    (repo / "speeches.zip").write_bytes(archive.getvalue())
    git(repo, "add", ".")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "texts")
    return repo, git(repo, "rev-parse", "HEAD")


def run(tmp_path, rows, *extra):
    listing = tmp_path / "list.tsv"
    listing.write_text("# header\n" + "".join("\t".join(r) + "\n" for r in rows), "utf-8")
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "out"), "--list", str(listing),
         "--git-base", str(tmp_path / "mirror" / "{owner}+{name}"), *extra],
        capture_output=True, text=True,
    )


def test_files_are_written_and_zips_unpacked(tmp_path, source):
    repo, commit = source
    sha = hashlib.sha256((repo / "book.txt").read_bytes()).hexdigest()
    done = run(tmp_path, [("novels", "owner/texts", commit, "book.txt", "Book_1.txt", sha),
                          ("speeches", "owner/texts", commit, "speeches.zip", "*.zip", "")])
    assert done.returncode == 0, done.stderr
    out = tmp_path / "out"
    assert (out / "novels" / "Book_1.txt").read_text("utf-8") == "It was a dark and stormy night.\n"
    assert sorted(p.name for p in (out / "speeches").iterdir()) == ["1901-One.txt", "1905-Two.txt"]


def test_a_file_that_changed_is_refused(tmp_path, source):
    _, commit = source
    done = run(tmp_path, [("novels", "owner/texts", commit, "book.txt", "Book_1.txt", "0" * 64)])
    assert done.returncode == 1
    assert "not the file the data was built from" in done.stderr
    assert not (tmp_path / "out" / "novels" / "Book_1.txt").exists()


def test_only_the_folders_asked_for(tmp_path, source):
    _, commit = source
    done = run(tmp_path, [("novels", "owner/texts", commit, "book.txt", "Book_1.txt", ""),
                          ("speeches", "owner/texts", commit, "speeches.zip", "*.zip", "")],
               "--only", "speeches")
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "out" / "novels").exists()
    assert (tmp_path / "out" / "speeches" / "1905-Two.txt").exists()


def test_the_shipped_list_names_a_commit_and_file_for_every_row():
    rows = [line.split("\t") for line in (SCRIPT.parent / "corpora.tsv").read_text("utf-8").splitlines()
            if line and not line.startswith("#")]
    assert len(rows) > 400
    for folder, repo, commit, path, name, sha in rows:
        assert folder and "/" in repo and len(commit) == 40 and path and name
        assert sha == "" or len(sha) == 64


def test_a_remote_repository_is_fetched_once_and_partially(tmp_path, source):
    repo, commit = source
    git(repo, "config", "uploadpack.allowFilter", "true")
    git(repo, "config", "uploadpack.allowAnySHA1InWant", "true")
    rows = [("novels", "owner/texts", commit, "book.txt", "Book_1.txt", "")]
    listing = tmp_path / "list.tsv"
    listing.write_text("\t".join(rows[0]) + "\n", "utf-8")
    command = [sys.executable, str(SCRIPT), str(tmp_path / "out"), "--list", str(listing),
               "--git-base", f"file://{tmp_path}/mirror/{{owner}}+{{name}}"]
    first = subprocess.run(command, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert "fetching owner/texts" in first.stderr
    assert (tmp_path / "out" / "novels" / "Book_1.txt").read_text("utf-8").startswith("It was")
    again = subprocess.run(command, capture_output=True, text=True)
    assert again.returncode == 0 and "fetching" not in again.stderr
