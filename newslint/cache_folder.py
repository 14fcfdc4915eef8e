"""Where newslint keeps what it caches: the result cache, compiled patterns, LanguageTool's
state and download. A module of its own so that finding the folder imports nothing else (the
result cache's module brings hashing and JSON, which a run with ``--no-cache`` never needs)."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DIR = "NEWSLINT_CACHE_DIR"


def default_dir() -> Path:
    """``$NEWSLINT_CACHE_DIR``, else the user's cache folder: never beside the drafts."""
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "newslint" / "Cache"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newslint"
