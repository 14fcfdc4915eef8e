"""The language model G322 reads: which words fit a place in a sentence.

BERT-base, uncased, with its masked-word head (Google Research, Apache-2.0), is too large to
ship in the package (440 MB): ``newslint model install`` puts it into newslint's cache folder
(``install.py``), and numpy (``pip install 'newslint[model]'``) runs it, with ONNX Runtime
computing the encoder's states when it is installed (``onnx_encoder.py``: the same numbers,
twice as fast). Nothing is loaded or imported unless a run selects G322.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

ENV_DIR = "NEWSLINT_MODEL_DIR"
FILES = ("variables.index", "variables.data-00000-of-00001", "vocab.txt")
NEEDS_NUMPY = "the language model needs numpy: pip install 'newslint[model]'"


class Unavailable(Exception):
    """The model cannot be used; the message says why and what to do, in one line."""


def folder() -> Path:
    """``$NEWSLINT_MODEL_DIR``, else ``language-model/bert-base-uncased`` in newslint's cache."""
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    from ..cache_folder import default_dir

    return default_dir() / "language-model" / "bert-base-uncased"


def installed(where: Path | None = None) -> bool:
    where = where or folder()
    return all((where / name).is_file() for name in FILES)


def load(where: Path | None = None):
    """(MaskedModel, WordPieces) from the installed model; Unavailable when it cannot be."""
    return _load(where or folder())


@lru_cache(maxsize=2)
def _load(where: Path):
    if not installed(where):
        raise Unavailable(f"the language model is not installed in {where}: run `newslint model install`")
    try:
        import numpy  # noqa: F401
    except ImportError:
        raise Unavailable(NEEDS_NUMPY) from None
    from .bert import MaskedModel
    from .onnx_encoder import encoder
    from .wordpiece import WordPieces

    try:
        return MaskedModel(where / "variables", encoder(where)), WordPieces(where / "vocab.txt")
    except (OSError, ValueError, KeyError) as exc:
        raise Unavailable(f"the language model in {where} cannot be read ({exc}): run `newslint model install` again") from exc
