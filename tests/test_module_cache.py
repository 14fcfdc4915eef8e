"""newslint's modules answered from one bundle kept in the cache folder (module_cache.py).

Each test runs the real command line in a process of its own (the finder is for a process's
whole life), with a cache folder of its own and bytecode writing allowed.
"""

from __future__ import annotations

import os
import subprocess
import sys

DRAFT = "The council met on Tuesday, and the the vote was close. It's budget grew.\n"

# A one-draft check, then how each of newslint's modules was loaded.
PROGRAM = """
import sys
sys.argv = ["newslint", "check", "--no-cache", "--format", "json", "--fail-on", "never", sys.argv[1]]
from newslint.__main__ import main
try:
    main()
except SystemExit:
    pass
loaders = {type(m.__spec__.loader).__name__ for n, m in sys.modules.items() if n.startswith("newslint.checks.")}
print("LOADERS", sorted(loaders))
"""


def _check(tmp_path, env_extra=None):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["NEWSLINT_CACHE_DIR"] = str(tmp_path / "cache")
    env.update(env_extra or {})
    done = subprocess.run([sys.executable, "-c", PROGRAM, str(draft)], capture_output=True, text=True,
                          timeout=300, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    findings, _, loaders = done.stdout.rpartition("LOADERS ")
    return findings, loaders.strip()


def _bundles(tmp_path):
    return sorted((tmp_path / "cache" / "patterns").glob("modules-*.bundle"))


def test_the_second_run_loads_the_rules_from_the_bundle_and_finds_the_same(tmp_path):
    first, first_loaders = _check(tmp_path)
    assert first_loaders == "['SourceFileLoader']"
    assert len(_bundles(tmp_path)) == 1
    written = _bundles(tmp_path)[0].stat().st_mtime_ns
    second, second_loaders = _check(tmp_path)
    assert second_loaders == "['_BundledLoader']"
    assert second == first
    assert '"code"' in first
    assert _bundles(tmp_path)[0].stat().st_mtime_ns == written  # nothing new: not written again


def test_a_module_whose_source_changed_is_imported_as_usual(tmp_path):
    _check(tmp_path)
    # the bundle's entries as if every source had changed since: stamps that match no file
    program = (
        "import sys\nfrom pathlib import Path\nfrom newslint import module_cache\n"
        "path = Path(sys.argv[1])\n"
        "bundle = module_cache._read(path)\n"
        "bundle = {k: (v[0], v[1], (0, -1), bytes(v[3]), v[4]) for k, v in bundle.items()}\n"
        "module_cache._write(path, bundle)\n"
    )
    subprocess.run([sys.executable, "-c", program, str(_bundles(tmp_path)[0])], check=True, timeout=60)
    _, loaders = _check(tmp_path)
    assert loaders == "['SourceFileLoader']"
    _, loaders = _check(tmp_path)  # and the bundle has their code again
    assert loaders == "['_BundledLoader']"


def test_a_damaged_bundle_is_ignored(tmp_path):
    first, _ = _check(tmp_path)
    bundle = _bundles(tmp_path)[0]
    bundle.write_bytes(b"\0\0\0\0" + bundle.read_bytes()[4:])  # an index whose checksum does not hold
    os.chmod(bundle, 0o600)
    again, loaders = _check(tmp_path)
    assert loaders == "['SourceFileLoader']"
    assert again == first


def test_no_bundle_when_python_writes_no_bytecode(tmp_path):
    _check(tmp_path, {"PYTHONDONTWRITEBYTECODE": "1"})
    assert _bundles(tmp_path) == []


def test_the_bundle_leaves_the_cache_folder_usable_for_results(tmp_path):
    _check(tmp_path)  # --no-cache: only the pattern table and the bundle are written
    draft = tmp_path / "draft.md"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["NEWSLINT_CACHE_DIR"] = str(tmp_path / "cache")
    done = subprocess.run([sys.executable, "-m", "newslint", "check", str(draft)], capture_output=True,
                          text=True, timeout=300, env=env, cwd=tmp_path)
    assert "notice" not in done.stderr
    assert "S301" in done.stdout


def test_a_module_whose_kept_code_is_damaged_is_read_from_its_own_pyc(tmp_path):
    first, _ = _check(tmp_path)
    bundle = _bundles(tmp_path)[0]
    data = bytearray(bundle.read_bytes())
    data[-200:] = bytes(200)  # the code of the last module or two
    bundle.write_bytes(bytes(data))
    os.chmod(bundle, 0o600)
    again, _ = _check(tmp_path)
    assert again == first


def test_finish_looks_only_at_the_modules_the_bundle_did_not_answer(tmp_path):
    """``finish`` looks for code to add only among the newslint modules the finder left to the
    usual import (not in the bundle, or changed since), not through every module imported."""
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["NEWSLINT_CACHE_DIR"] = str(tmp_path / "cache")
    counted = (
        "import atexit, sys\n"
        "from newslint import module_cache\n"
        "looked = module_cache._newly_imported\n"
        "asked = []\n"
        "def counting(names):\n"
        "    asked.extend(names)\n"
        "    return looked(names)\n"
        "module_cache._newly_imported = counting\n"
        "def show():\n"
        "    for name in asked:\n"
        "        loader = getattr(getattr(sys.modules.get(name), '__spec__', None), 'loader', None)\n"
        "        print('ASKED', name, type(loader).__name__)\n"
        "atexit.register(show)\n"
    )

    def asked() -> dict[str, str]:
        done = subprocess.run([sys.executable, "-c", counted + PROGRAM, str(draft)], capture_output=True,
                              text=True, timeout=300, env=env, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        return dict(line.split()[1:] for line in done.stdout.splitlines() if line.startswith("ASKED "))

    first = asked()  # no bundle yet: every module imported after the finder came
    assert first.get("newslint.checks.spelling.misspelled") == "SourceFileLoader"
    second = asked()
    assert "newslint.checks.spelling.misspelled" not in second
    assert "_BundledLoader" not in second.values()
