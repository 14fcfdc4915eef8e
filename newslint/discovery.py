"""Which drafts a run lints: files as named, folders searched for the included files."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Sequence

from .config import DEFAULT_EXCLUDE, ConfigFinder, Settings, relative_to_root


def discover(paths: Sequence[str], finder: ConfigFinder, force_exclude: bool = False) -> list[str]:
    """The drafts named by ``paths``: files as given, folders searched for included files.

    ``force_exclude`` applies ``exclude`` to files named on the command line too, as a hook
    that passes every changed file by name needs.
    """
    found: list[str] = []
    for name in paths:
        path = Path(name)
        if not path.is_dir():
            if not (force_exclude and _excluded_anywhere(name, finder.for_path(name))):
                found.append(name)
            continue
        settings = finder.for_path(path)
        for folder, subfolders, files in os.walk(path):
            subfolders[:] = sorted(
                d for d in subfolders if not d.startswith(".") and not _excluded(d, settings)
            )
            for file in sorted(files):
                full = os.path.join(folder, file)
                if _included(file, settings) and not _excluded(full, settings):
                    found.append(full)
    return found


def _excluded_anywhere(path: str, settings: Settings) -> bool:
    """The file, or a folder on its way from the configuration's folder, is excluded."""
    parts = Path(relative_to_root(path, settings.root)).parts
    return any(_excluded(os.path.join(*parts[: i + 1]), settings) for i in range(len(parts)))


def _included(name: str, settings: Settings) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in settings.include)


def _excluded(path: str, settings: Settings) -> bool:
    name = os.path.basename(path)
    return any(
        fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(path, pattern)
        for pattern in tuple(settings.exclude) + DEFAULT_EXCLUDE
    )
