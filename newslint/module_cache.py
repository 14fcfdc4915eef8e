"""newslint's own modules' compiled code kept in one file, read once at start-up.

A one-draft run imports ~140 of newslint's modules. Python finds each (a search of its
folder), checks its ``.pyc`` against the source and opens and reads it: ~4 ms of the run
besides unmarshalling the code. ``install`` puts a finder first on ``sys.meta_path`` that
answers newslint's modules from one file kept beside the pattern table (``patterns`` in the
cache folder): the code of each, marshalled as in its ``.pyc`` and unmarshalled only when the
module is imported (a run answered from the result cache imports ~60 of the ~170 modules:
unmarshalling them all would cost it ~5 ms), with the size and modification time its source
had (what a ``.pyc`` is checked by). A module is answered from the file only while its source
still has them (one ``stat``); any other module, or one whose source changed, is imported as
usual, and ``finish`` adds its code for the next run. Modules keep their ``__file__``,
``__spec__`` and source (a ``SourceFileLoader``), so tracebacks and ``inspect`` read them as
before. Nothing is kept when Python is told to write no bytecode (``PYTHONDONTWRITEBYTECODE``).

Only the command line installs it, for its own process. The file is trusted as the pattern
table is (``pattern_cache.read_table``: the user's own, unwritable by others) and is mapped,
not read: its index and each module's code carry a checksum, checked when used (a module whose
code fails it is read from its own ``.pyc``). It holds marshalled code, as a ``.pyc`` does,
never a pickle, and is only ever replaced whole.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from importlib.machinery import SourceFileLoader
from importlib.util import MAGIC_NUMBER, spec_from_file_location
from pathlib import Path

from .pattern_cache import replace_whole, trusted_bytes

_PACKAGE = "newslint"
_HERE = os.path.dirname(os.path.abspath(__file__))

_path: Path | None = None
_bundle: dict | None = None
_finder = None
_left_over: dict | None = None
_missed: set[str] = set()  # the newslint modules the finder left to the usual import (``finish``)


class _BundledLoader(SourceFileLoader):
    """A module's loader that hands out the code kept in the bundle instead of reading its .pyc."""

    def __init__(self, fullname: str, path: str, code) -> None:
        super().__init__(fullname, path)
        self._code = code

    def get_code(self, fullname):
        (code, checksum), self._code = self._code, (None, None)
        if code is not None and zlib.crc32(code) == checksum:
            return marshal.loads(code)
        return super().get_code(fullname)  # a damaged entry: the module's own .pyc, as usual


class _Finder:
    """Finds newslint's modules in the bundle, while their sources are unchanged."""

    @staticmethod
    def find_spec(fullname, path=None, target=None):
        if _bundle is None or not fullname.startswith(_PACKAGE + "."):
            return None
        entry = _bundle.get(fullname)
        if type(entry) is not tuple or len(entry) != 5:
            _missed.add(fullname)
            return None
        relative, is_package, stamp, code, checksum = entry
        source = os.path.join(_HERE, relative)
        try:
            status = os.stat(source)
        except OSError:
            _missed.add(fullname)
            return None
        if (status.st_mtime_ns, status.st_size) != stamp:
            _missed.add(fullname)
            return None
        return spec_from_file_location(
            fullname,
            source,
            loader=_BundledLoader(fullname, source, (code, checksum)),
            submodule_search_locations=[os.path.dirname(source)] if is_package else None,
        )


def _file_name() -> str:
    """The bundle's name: this Python's bytecode and optimisation level, and this install's folder."""
    where = zlib.crc32(_HERE.encode("utf-8", "surrogateescape"))
    return f"modules-{MAGIC_NUMBER.hex()}-{sys.flags.optimize}-{where:08x}.bundle"


def install(folder) -> None:
    """Answer newslint's imports from the bundle kept in ``folder`` (once per process)."""
    global _path, _bundle, _finder
    if _finder is not None or sys.flags.dont_write_bytecode:
        return
    _path = Path(folder) / _file_name()
    _bundle = _read(_path)
    _finder = _Finder()
    sys.meta_path.insert(0, _finder)


def finish() -> None:
    """Add the code of the newslint modules this run imported without the bundle, write the
    bundle when it gained any (never fails), and take the finder away. Only the modules the
    finder left to the usual import are looked at, not the ~160 a run imports (~0.3 ms of a
    one-draft run); those imported before the finder was installed (the command line's own)
    are never answered from the bundle."""
    global _path, _bundle, _finder, _left_over
    if _finder is None:
        return
    try:
        sys.meta_path.remove(_finder)
    except ValueError:
        pass
    try:
        added = _newly_imported(_missed)
        if added and _path is not None:
            _write(_path, {**(_bundle or {}), **added})
    except Exception:  # a source that no longer compiles, a folder that cannot be written …
        pass
    _left_over = _bundle  # kept, not freed and unmapped: as pattern_cache._left_over
    _path, _bundle, _finder = None, None, None
    _missed.clear()


def _newly_imported(names) -> dict:
    """The bundle's entries for the modules of ``names`` imported as usual (from their sources)."""
    added = {}
    for name in sorted(names):
        module = sys.modules.get(name)
        if not name.startswith(_PACKAGE + ".") or module is None:
            continue
        loader = getattr(getattr(module, "__spec__", None), "loader", None)
        if type(loader) is not SourceFileLoader:
            continue
        source = os.path.abspath(loader.path)
        if not source.startswith(_HERE + os.sep):
            continue
        status = os.stat(source)
        stamp = (status.st_mtime_ns, status.st_size)
        kept = (_bundle or {}).get(name)
        if type(kept) is tuple and len(kept) == 5 and kept[2] == stamp:
            continue  # in the bundle as it is
        is_package = os.path.basename(source) == "__init__.py"
        code = marshal.dumps(loader.get_code(name))
        added[name] = (os.path.relpath(source, _HERE), is_package, stamp, code, zlib.crc32(code))
    return added


# The file: the checksum and length of its index (4 bytes each, little-endian), the index
# (marshalled: each module's name, source, whether a package, stamp, where its code starts
# after the index and its length, and the code's checksum), then the modules' code, each
# marshalled as in a .pyc.
_HEADER = 8


def _read(path: Path) -> dict:
    """The bundle's entries, each module's code a view of the mapped file (read by the system
    only when the module is imported); empty when there is none, when its index is damaged, or
    when it is not this user's own file, unwritable by others (``pattern_cache.trusted_bytes``)."""
    try:
        mapped = trusted_bytes(path, _HEADER)
        if mapped is None:
            return {}
        data = memoryview(mapped)
        checksum, length = int.from_bytes(data[:4], "little"), int.from_bytes(data[4:8], "little")
        index = data[_HEADER : _HEADER + length]
        if len(index) != length or zlib.crc32(index) != checksum:
            return {}
        entries = marshal.loads(index)
        codes = data[_HEADER + length :]
        return {
            name: (relative, is_package, stamp, codes[start : start + size], code_checksum)
            for name, (relative, is_package, stamp, start, size, code_checksum) in entries.items()
            if start + size <= len(codes)
        }
    except (OSError, EOFError, ValueError, TypeError):
        return {}


def _write(path: Path, bundle: dict) -> None:
    """Replace the bundle in ``path`` with ``bundle``, whole: never a half-written file."""
    index, codes, start = {}, [], 0
    for name, (relative, is_package, stamp, code, checksum) in bundle.items():
        index[name] = (relative, is_package, stamp, start, len(code), checksum)
        codes.append(code)
        start += len(code)
    head = marshal.dumps(index)
    header = zlib.crc32(head).to_bytes(4, "little") + len(head).to_bytes(4, "little") + head
    replace_whole(path, [header, *codes], ".modules-")
