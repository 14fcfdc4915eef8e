"""Compiled regular expressions kept on disk between runs, so that start-up compiles none.

newslint's rules and analyses compile several hundred regular expressions when they load, and
Python's ``re`` (and the ``regex`` package, for the rule packs) parses and compiles each in
Python code: about a quarter of a one-draft run.
The result of that work (the matcher's code, a list of integers, with the groups) depends
only on the pattern, its flags and the Python version, so it can be kept: ``install`` makes
``re`` look a pattern up in a table loaded from the cache folder before compiling it, and
``save`` writes the table back when a run compiled new patterns. The matcher itself is still
made by ``re``'s own C function, from exactly the arguments ``re`` would have given it;
anything else (a pattern ``re`` cannot parse, a debug flag, a table that does not load) goes
through ``re`` as before.

The table also keeps the code that ``dataclasses`` compiles for each data class's methods
(``__init__``, ``__eq__``, ``__repr__`` …): Python compiles it from source text each time the
class is made, ~10 ms of a one-draft run for the ~25 data classes newslint's modules define.
``install`` gives the ``dataclasses`` module an ``exec`` of its own that looks that text up in
the table before compiling it, and then executes it as ``exec`` does; the same for the
``__new__`` that ``collections.namedtuple`` compiles for each named tuple (its ``eval``) and
the annotations ``typing`` compiles for each field of a ``NamedTuple`` (its ``compile``).

Only the command line installs it: a process of its own, which it leaves when it exits. The
table is trusted as Python trusts its own ``__pycache__``: it is read only when it is the
user's own file, which nobody else may write, and its checksum holds (a damaged matcher code
can crash the interpreter); it holds data (strings, integers, lists) and the code objects of
data-class methods, as a ``.pyc`` holds code, never a pickle.
"""

from __future__ import annotations

import builtins
import dataclasses
import marshal
import mmap
import os
import sys
import time
import zlib
from array import array
from pathlib import Path
from types import CodeType, FunctionType

try:  # Python 3.11+: re._compiler, re._parser
    import re

    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - older Pythons run without the cache
    _compiler = None

# The versions whose re._compiler.compile this module repeats (checked on each new version).
_SUPPORTED = ((3, 11), (3, 12), (3, 13))
# The table's format is part of its name: a new format starts a new file, so that a table an
# older newslint wrote, holding entries this one no longer reads, is not read whole at every
# run until they age out (which they do only when a run writes the table; KEEP_WRITES).
# 2: a matcher's code as bytes (_CODE); data files' entries, word tables' samples, the n-gram
# store's header (datafiles, wordtable, ngrams).
_FORMAT = 2
# and so is this install's folder (as the module bundle's, module_cache): the entries of data
# files (their samples, headers, the tagger's rows) name the files' paths, so that a table
# shared by several installs held each one's, and every run read them all (this machine's, of
# seven installs: 6.3 MB, 1,082 entries, against one install's 3.0 MB, 867; the 1.9 MB draft's
# peak 146-148 MB against 144-145).
_FILE = "patterns-{version}-{magic}-{format}-{where:08x}.table"

# A table that grows past this (patterns made from drafts' own words) keeps only the last run's.
LIMIT = 5000
# An entry that none of this many writes of the table used is dropped: the patterns of an older
# newslint, or of code since changed, would otherwise stay until LIMIT, and every run reads the
# whole table (a table of 1,000 entries, 850 kB, is read in ~2.5 ms; one of 5,000 would cost
# ~15 ms of each cold run). The table keeps, under STAMPS, the number of the last write
# whose run used each entry.
KEEP_WRITES = 20
STAMPS = ("writes of the table that used each entry",)
# Seconds of compiling patterns the table lacked that are worth writing it again for: a few
# cheap ones are built afresh by every run (from a draft's words, or from a set, whose order
# changes from run to run) and are not.
WORTH_SAVING = 0.003

# A matcher's code is kept as the bytes of an array of the numbers re's engine reads
# (``_sre.CODESIZE`` bytes each), not as a list of ints: the ~150,000 numbers of a table
# unmarshal in ~0.1 ms instead of ~1 ms and take ~0.6 MB instead of ~1.9 MB; a run makes
# the list of each pattern it compiles when it compiles it (~0.6 ms for them all), and
# ``_sre.compile`` copies it and drops it.
_CODE = next((t for t in "IL" if _compiler is not None and array(t).itemsize == _sre.CODESIZE), None)

# What a regex entry may hold (its pattern, flags, code, groups and the like): data, never code.
_PLAIN = (str, int, bytes, dict, list, tuple)

_table: dict | None = None
_used: set = set()
_added = 0  # patterns compiled that the table lacked
_spent = 0.0  # seconds spent compiling them
_grown = 0  # entries added this run to the caches a run adds to (``growing``)
# Entries added to those caches that are worth writing the table again for (a few hundred
# of the tagger's rows: ~10 M instructions of a later cold draft; the write ~5 ms once).
GROWN_WORTH_SAVING = 200
_path: Path | None = None
_original = None
_original_re_compile = None


def _compile(p, flags=0):
    """``re._compiler.compile``, answered from the table when it knows the pattern."""
    global _added, _spent
    if type(p) not in (str, bytes) or flags & _compiler.SRE_FLAG_DEBUG:
        return _original(p, flags)
    key = (p, int(flags))
    _used.add(key)
    found = _table.get(key)
    if found is not None and not _is_re_entry(found):
        found = None
    if found is None:
        # what re._compiler.compile does, keeping the arguments of the last step
        began = time.perf_counter()
        parsed = _parser.parse(p, flags)
        try:
            code = array(_CODE, _compiler._code(parsed, flags)).tobytes()
        except OverflowError:  # a pattern too large for re's engine: re says so
            return _original(p, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        found = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        _table[key] = found
        _added += 1
        _spent += time.perf_counter() - began
    final_flags, code, *groups = found
    return _sre.compile(p, final_flags, array(_CODE, code).tolist(), *groups)


def _exec(source, globals=None, locals=None):
    """``exec`` as the ``dataclasses`` module calls it: source text is compiled once and its
    code kept in the table, keyed by the text (compiled as ``exec`` compiles it: no future
    features of the caller, ``dataclasses`` has none)."""
    if type(source) is not str or _table is None:
        return builtins.exec(source, globals, locals)
    return builtins.exec(_kept_code("dataclass code", source, "exec"), globals, locals)


def _eval(source, globals=None, locals=None):
    """``eval`` as ``collections.namedtuple`` calls it for each named tuple's ``__new__`` (a
    ``typing.NamedTuple`` class too), as ``_exec`` (``collections`` has no future features)."""
    if type(source) is not str or _table is None:
        return builtins.eval(source, globals, locals)
    return builtins.eval(_kept_code("named tuple code", source, "eval"), globals, locals)


def _compile_source(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **more):
    """``compile`` as ``typing`` calls it for a forward reference (an annotation kept as text,
    as every annotation of a module with ``from __future__ import annotations`` is:
    ``compile(text, "<string>", "eval")``), as ``_exec`` (``typing`` has no future features).
    The ~40 of a one-draft run's named tuples' fields and their ~10 ``__new__`` cost ~1 ms."""
    plain = (filename, mode, flags, optimize, more) == ("<string>", "eval", 0, -1, {})
    if type(source) is not str or not plain or _table is None:
        return builtins.compile(source, filename, mode, flags, dont_inherit, optimize, **more)
    return _kept_code("forward reference code", source, "eval")


def _stand_ins() -> tuple:
    """The modules given a built-in of their own while the table is installed: (module, name,
    stand-in)."""
    import collections
    import typing

    return ((dataclasses, "exec", _exec), (collections, "eval", _eval), (typing, "compile", _compile_source))


def _kept_code(kind: str, source: str, mode: str) -> CodeType:
    """The code of ``source`` compiled in ``mode`` ("exec", "eval") with no future features,
    from the table or compiled and kept there under ``(kind, source)``."""
    global _added, _spent
    key = (kind, source)
    _used.add(key)
    code = _table.get(key)
    if type(code) is not CodeType or code.co_filename != "<string>":
        began = time.perf_counter()
        code = compile(source, "<string>", mode, dont_inherit=True)
        _table[key] = code
        _added += 1
        _spent += time.perf_counter() - began
    return code


def kept(key: tuple, build, still_valid=None):
    """``build()``, or what the table kept for ``key`` from an earlier run: for data that is
    slow to make and plain (strings, bytes, numbers, lists, mappings: a rule pack as its YAML
    parser reads it). A value of another kind (a date) is not kept. ``still_valid(value)``:
    whether a kept value may be used, else it is built afresh and replaced."""
    global _added, _spent
    if _table is None:
        return build()
    _used.add(key)
    found = _table.get(key)
    if found is not None and _plain(found) and (still_valid is None or still_valid(found)):
        return found
    began = time.perf_counter()
    value = build()
    if _plain(value):
        _table[key] = value
        _added += 1
        _spent += time.perf_counter() - began
    return value


def file_stamp(status: os.stat_result) -> tuple:
    """What names a file's version in a key of the table: its size, modification and change
    times and inode (as a ``.pyc`` is checked against its source's; a rewritten or reinstalled
    file, whatever its times, has a new change time)."""
    return (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)


def growing(key: tuple) -> dict | None:
    """A cache that runs add to: the dict kept in the table under ``key`` (empty the first
    time), to which this run may add entries (``grew`` counts them; plain values only); the
    table is written again when a run added ``GROWN_WORTH_SAVING`` of them. The caller bounds
    its size. None without the table (outside the command line): nothing is kept.

    Its values are not checked one by one as ``kept``'s are (a cache of thousands): the key
    must name what they depend on (a data file's size, times and inode), and only the caller's
    code writes under it."""
    if _table is None:
        return None
    _used.add(key)
    found = _table.get(key)
    if type(found) is not dict:
        found = _table[key] = {}
    return found


def grew(count: int = 1) -> None:
    """Count ``count`` entries added to a cache of ``growing``."""
    global _grown
    _grown += count


def installed() -> bool:
    """Whether this process answers from a table (the command line's): ``kept`` then keeps."""
    return _table is not None


def _plain(value, depth: int = 0) -> bool:
    if type(value) in (str, bytes, int, float, bool) or value is None:
        return True
    if depth > 50:
        return False
    if type(value) in (list, tuple):
        return all(_plain(v, depth + 1) for v in value)
    if type(value) is dict:
        return all(type(k) is str and _plain(v, depth + 1) for k, v in value.items())
    return False


def _is_re_entry(found) -> bool:
    return (
        type(found) is tuple
        and len(found) == 5
        and type(found[0]) is int
        and type(found[1]) is bytes
        and len(found[1]) % _sre.CODESIZE == 0
        and type(found[2]) is int
        and type(found[3]) is dict
        and type(found[4]) is tuple
    )


def regex_compile(pattern: str, flags: int = 0):
    """``regex.compile`` (the package the rule packs use, for its time limits), answered from
    the table when it knows the pattern. A compiled ``regex`` pattern is kept as the arguments
    of its C constructor (``Pattern._pickled_data``, what pickling it keeps; never a pickle,
    which could run code), and made again by that constructor, as unpickling does.

    An answer from the table needs only that constructor, the package's C module: the package
    itself (its pattern parser, ~6 ms of a one-draft run) is imported only to compile a pattern
    the table lacks."""
    global _added, _spent
    if _table is None or type(pattern) is not str:
        import regex

        return regex.compile(pattern, flags)
    engine = _regex_engine()
    key = ("regex", engine[1] if engine else None, pattern, int(flags))
    _used.add(key)
    found = _table.get(key) if engine else None
    if type(found) is tuple and found and found[0] == pattern and all(type(v) in _PLAIN for v in found):
        try:
            return engine[0].compile(*found)
        except Exception:  # an entry of another shape: compiled afresh below
            pass
    import regex

    began = time.perf_counter()
    compiled = regex.compile(pattern, flags)
    data = tuple(int(v) if isinstance(v, int) else v for v in compiled._pickled_data)
    if engine and all(type(v) in _PLAIN for v in data):
        _table[key] = data
        _added += 1
    _spent += time.perf_counter() - began
    return compiled


_engine: tuple | None = None


def _regex_engine() -> tuple | None:
    """The ``regex`` package's C module (``regex._regex``), loaded without the package, and a
    stamp of it for the table's keys: its file's name, size and time, and its MAGIC (the code
    a compiled pattern holds is what that module reads; a new install is a new stamp, as a
    changed source is for a ``.pyc``). None when it cannot be found so: the package compiles."""
    global _engine
    if _engine is not None:
        return _engine or None
    _engine = ()
    try:
        module = sys.modules.get("regex._regex")
        if module is None:
            from importlib.machinery import EXTENSION_SUFFIXES, PathFinder
            from importlib.util import module_from_spec, spec_from_file_location

            package = PathFinder.find_spec("regex")
            folders = list(package.submodule_search_locations or ()) if package else []
            paths = [os.path.join(f, "_regex" + s) for f in folders for s in EXTENSION_SUFFIXES]
            path = next(p for p in paths if os.path.isfile(p))
            spec = spec_from_file_location("regex._regex", path)
            module = module_from_spec(spec)
            spec.loader.exec_module(module)
            # the package, when it is imported, finds its C module here and uses this one
            sys.modules.setdefault("regex._regex", module)
            module = sys.modules["regex._regex"]
        status = os.stat(module.__file__)
        stamp = (os.path.basename(module.__file__), status.st_size, status.st_mtime_ns, module.MAGIC)
        _engine = (module, stamp)
    except Exception:  # anything unusual (a zipped install, no C module): the package decides
        return None
    return _engine


def install(folder: Path) -> None:
    """Answer ``re``'s compilations from the table kept in ``folder`` (once per process)."""
    global _table, _path, _original
    if _CODE is None or sys.version_info[:2] not in _SUPPORTED or _original is not None:
        return
    where = zlib.crc32(os.path.dirname(os.path.abspath(__file__)).encode("utf-8", "surrogateescape"))
    _path = Path(folder) / _FILE.format(version=sys.hexversion, magic=_sre.MAGIC, format=_FORMAT, where=where)
    _table = read_table(_path)
    _original = _compiler.compile
    _compiler.compile = _compile
    _install_int_flags()
    for module, name, stand_in in _stand_ins():
        if name not in vars(module):  # (a name of its own shadows the built-in there)
            setattr(module, name, stand_in)


def _install_int_flags() -> None:
    """Make ``re._compile`` (what ``re.compile``, ``re.match`` … call) a copy of itself that
    reads the flags it tests each new pattern's against, ``T`` and ``DEBUG``, as plain
    integers. As ``re.RegexFlag``s each test (``flags & T``, ``flags & DEBUG``) makes a flag
    in ``enum``'s Python code, ~2.3 us: ~1.5 ms of the ~330 patterns a one-draft run compiles.
    The copy does exactly what ``re._compile`` does (it turns a ``RegexFlag`` argument into
    an integer before anything else), over the same caches; ``uninstall`` puts it back."""
    global _original_re_compile
    function = re._compile
    names = dict(function.__globals__)
    flags = [name for name in ("T", "DEBUG") if isinstance(names.get(name), re.RegexFlag)]
    if not flags or _original_re_compile is not None:
        return
    for name in flags:
        names[name] = int(names[name])
    _original_re_compile = function
    re._compile = FunctionType(function.__code__, names, function.__name__, function.__defaults__, function.__closure__)


def trusted_bytes(path: Path, minimum: int):
    """The file in ``path``, mapped (read, on a file system that cannot map files); None when
    it is shorter than ``minimum`` bytes or is not this user's own file, unwritable by others
    (as Python trusts a .pyc). An OSError when it cannot be opened.

    A file last modified more than a day ago is given the time of this read: the result
    cache's daily prune (``cache._AGED``) removes the tables and bundles not used for a month,
    and one that every run reads but none writes again (it holds all they need) is in use."""
    with open(path, "rb") as handle:
        status = os.fstat(handle.fileno())
        if hasattr(os, "getuid") and (status.st_uid != os.getuid() or status.st_mode & 0o022):
            return None
        if status.st_size < minimum:
            return None
        if time.time() - status.st_mtime > 86400:
            try:
                os.utime(path)
            except OSError:  # a read-only file system: the table is read all the same
                pass
        try:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except OSError:  # a file system that cannot map files
            return handle.read()


def read_table(path: Path) -> dict:
    """The table in ``path``; empty when there is none, when it is damaged (its checksum), or
    when it is not this user's own file, unwritable by others (``trusted_bytes``).

    The file is mapped, not read: the checksum and marshal read the system's cached pages in
    place, never a copy in a buffer of this process (a 1.9 MB table: 5.9 -> 4.4 ms). Nothing
    unmarshalled refers to the map, which is closed at once; a table is only ever replaced
    whole (``save``), never written in place."""
    try:
        data = trusted_bytes(path, 4)
        if data is None:
            return {}
        try:
            with memoryview(data)[4:] as payload:
                if zlib.crc32(payload).to_bytes(4, "little") != data[:4]:
                    return {}
                table = marshal.loads(payload)
        finally:
            if isinstance(data, mmap.mmap):
                data.close()
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def finish() -> None:
    """Write the table back when it grew, and give ``re`` its own compile back."""
    save()
    uninstall()


# The table of the last run, kept until the process ends (or the next run's uninstall):
# freeing its ~4 MB of objects one by one (~1 ms of a one-draft run) is work the command
# line's process, which leaves at once (``cli_common.leave_at_once``), need not do.
_left_over: dict | None = None


def uninstall() -> None:
    """Give ``re`` its own compile back."""
    global _table, _original, _added, _spent, _left_over, _original_re_compile, _grown
    if _original is not None:
        _compiler.compile = _original
    if _original_re_compile is not None:
        re._compile, _original_re_compile = _original_re_compile, None
    for module, name, stand_in in _stand_ins():
        if vars(module).get(name) is stand_in:
            delattr(module, name)
    _left_over = _table
    _table, _original, _added, _spent = None, None, 0, 0.0
    _grown = 0
    _used.clear()


def _aged(table: dict, used: set) -> dict:
    """``table`` with this write's number on the entries ``used`` (entries of a table written
    before there were numbers count as used), less those no write used for KEEP_WRITES."""
    stamps = table.get(STAMPS)
    if type(stamps) is not dict:
        stamps = {}
    now = max((v for v in stamps.values() if type(v) is int), default=0) + 1
    fresh = {}
    numbers = {}
    for key, value in table.items():
        if key == STAMPS:
            continue
        stamp = now if key in used or key not in stamps else stamps[key]
        if type(stamp) is int and stamp > now - KEEP_WRITES:
            fresh[key] = value
            numbers[key] = stamp
    fresh[STAMPS] = numbers
    return fresh


def save() -> None:
    """Write the table back when this run spent a while compiling patterns it did not know,
    or added enough to the caches runs add to (``growing``); never fails."""
    global _added, _spent, _table, _grown
    if (_spent < WORTH_SAVING and _grown < GROWN_WORTH_SAVING) or _path is None or _table is None:
        return
    if len(_table) > LIMIT:
        _table = {key: _table[key] for key in _used if key in _table}
    _table = _aged(_table, _used)
    try:
        write_table(_path, _table)
        _added, _spent, _grown = 0, 0.0, 0
    except (OSError, ValueError):
        pass


def replace_whole(path: Path, chunks, prefix: str) -> None:
    """Replace the file ``path`` with ``chunks`` (bytes), whole: written to a temporary file
    beside it (named from ``prefix``) and moved into place, never a half-written file."""
    import tempfile  # only to write (~3 ms of a run's start-up, where nothing else needs it)

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=prefix)
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def write_table(path: Path, table: dict) -> None:
    """Replace the file ``path`` with ``table`` as ``read_table`` reads it (its checksum, then
    the table marshalled), whole: never a half-written file."""
    payload = marshal.dumps(table)
    replace_whole(path, (zlib.crc32(payload).to_bytes(4, "little"), payload), f".{path.name.split('-')[0]}-")
