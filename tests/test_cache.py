"""The result cache: same answers, keyed on content, settings, date and version; never fatal."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newslint import cache as cache_module
from newslint.api import Overrides, lint_paths
from newslint.cache import Cache, file_key, settings_key
from newslint.config import ConfigFinder, Settings

STORY = """Council approves bridge

The council will spend TK on the new bridge, the mayor said

Top Stories
"""


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for i in range(3):
        Path(f"story{i}.md").write_text(STORY.replace("bridge", f"bridge {i}"), encoding="utf-8")
    return tmp_path


def _lint(cache, **kwargs):
    return lint_paths(["."], ConfigFinder(), cache=cache, **kwargs)


def test_a_warm_run_answers_from_the_cache_with_the_same_findings(desk):
    store = Cache(desk / "cache")
    cold = _lint(store)
    assert (store.hits, store.misses) == (0, 3)
    warm_store = Cache(desk / "cache")
    warm = _lint(warm_store)
    assert (warm_store.hits, warm_store.misses) == (3, 0)
    assert warm.findings == cold.findings and warm.findings
    assert warm.texts == cold.texts
    assert not store.notices and not warm_store.notices
    # The cache marks itself as one, and keeps out of git.
    assert (desk / "cache" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (desk / "cache" / ".gitignore").read_text().splitlines()[-1] == "*"


def test_an_edited_draft_is_linted_again(desk):
    _lint(Cache(desk / "cache"))
    Path("story1.md").write_text(STORY.replace("TK", "$4 million"), encoding="utf-8")
    store = Cache(desk / "cache")
    result = _lint(store)
    assert (store.hits, store.misses) == (2, 1)
    assert not [f for f in result.findings if f.path.endswith("story1.md") and f.code == "B201"]


def test_settings_date_and_version_are_part_of_the_key(desk, monkeypatch):
    import datetime as dt

    _lint(Cache(desk / "cache"))
    for kwargs in (
        {"overrides": Overrides(select=("B",))},
        {"date": dt.date(2024, 5, 1)},
    ):
        store = Cache(desk / "cache")
        _lint(store, **kwargs)
        assert store.hits == 0, kwargs
    # A configuration file changes the settings too.
    Path("newslint.toml").write_text('ignore = ["B101"]\n', encoding="utf-8")
    store = Cache(desk / "cache")
    result = _lint(store)
    assert store.hits == 0 and "B101" not in {f.code for f in result.findings}
    Path("newslint.toml").unlink()
    # Another newslint (version or code) means another key.
    monkeypatch.setattr(cache_module, "_CODE_STAMP", None)
    monkeypatch.setattr(cache_module, "__version__", "99.0")
    store = Cache(desk / "cache")
    _lint(store)
    assert store.hits == 0


def test_the_settings_key_is_deterministic_for_tables_in_any_order():
    a = Settings(tables=(("languagetool", {"url": "http://127.0.0.1:8081", "level": "picky"}),))
    b = Settings(tables=(("languagetool", {"level": "picky", "url": "http://127.0.0.1:8081"}),))
    c = Settings(tables=(("languagetool", {"level": "default", "url": "http://127.0.0.1:8081"}),))
    assert settings_key(a) == settings_key(b) != settings_key(c)
    assert settings_key(Settings(accept=frozenset({"Aliyev", "Pashinyan"}))) == settings_key(
        Settings(accept=frozenset({"Pashinyan", "Aliyev"}))
    )
    key = settings_key(a)
    assert file_key(key, "a.md", "text") != file_key(key, "b.md", "text") != file_key(key, "a.md", "text ")


def test_no_cache_neither_reads_nor_writes(run_cli, tmp_path):
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    done = run_cli("check", "--no-cache", "--cache-dir", "cache", "story.md")
    assert done.returncode == 1
    assert not (tmp_path / "cache").exists()
    done = run_cli("check", "--cache-dir", "cache", "story.md")
    assert done.returncode == 1 and list((tmp_path / "cache" / "v1").rglob("*.json"))


def test_an_unusable_cache_directory_is_a_notice_not_an_error(run_cli, tmp_path):
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "plain-file").write_text("not a folder\n", encoding="utf-8")
    expected = run_cli("check", "--no-cache", "--format", "json", "story.md").stdout
    for cache_dir in ("plain-file", "plain-file/below"):
        done = run_cli("check", "--cache-dir", cache_dir, "--format", "json", "story.md")
        assert done.returncode == 1, done.stderr  # the findings decide, not the cache
        assert done.stdout == expected
        (notice,) = done.stderr.strip().splitlines()
        assert notice.startswith("newslint: notice: ") and "cache" in notice


def test_an_unwritable_cache_directory_is_a_notice_not_an_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("story.md").write_text(STORY, encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(cache_module, "replace_file", refuse)
    store = Cache(tmp_path / "cache")
    result = lint_paths(["story.md"], cache=store)
    assert {f.code for f in result.findings} >= {"B201", "B101"} and not result.problems
    (notice,) = store.notices
    assert "cannot write the cache" in notice and "Permission denied" in notice


def test_a_corrupt_cache_entry_is_ignored_and_rewritten(tmp_path, monkeypatch):
    # In one process, so that the key cannot change under the test while newslint's own files
    # are being edited (the key includes a stamp of them).
    monkeypatch.chdir(tmp_path)
    Path("story.md").write_text(STORY, encoding="utf-8")
    first = lint_paths(["story.md"], cache=Cache(tmp_path / "cache"))
    (entry,) = (tmp_path / "cache" / "v1").rglob("*.json")
    for garbage in (b"\x00\xff not json", b'{"key": "someone else", "findings": []}', b'{"findings": [{"code": 1}]}'):
        entry.write_bytes(garbage)
        store = Cache(tmp_path / "cache")
        again = lint_paths(["story.md"], cache=store)
        assert again.findings == first.findings and not again.problems
        (notice,) = store.notices
        assert notice.startswith("ignored a corrupt cache entry")
        assert json.loads(entry.read_text(encoding="utf-8"))["findings"]  # rewritten whole
        assert Cache(tmp_path / "cache").get(json.loads(entry.read_text())["key"]) == first.findings


def test_cache_notices_reach_standard_error_once(run_cli, tmp_path):
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    assert run_cli("check", "--cache-dir", "cache", "story.md").returncode == 1
    for entry in (tmp_path / "cache" / "v1").rglob("*.json"):
        entry.write_bytes(b"garbage")
    done = run_cli("check", "--cache-dir", "cache", "--format", "json", "story.md")
    assert done.returncode == 1 and json.loads(done.stdout)
    assert done.stderr.count("newslint: notice: ignored a corrupt cache entry") <= 1


def test_the_default_folder_is_used_when_newslints_other_parts_came_first(tmp_path, monkeypatch):
    # `newslint languagetool start` (or the language server) before any check keeps its state in
    # the default cache folder: the result cache must still take it, with no notice.
    home = tmp_path / "newslint-cache"
    (home / "languagetool-server").mkdir(parents=True)
    (home / "languagetool-server" / "server.log").write_text("started\n", encoding="utf-8")
    (home / "rules").mkdir()
    # `newslint model install`, and G322's paragraph cache (the language server keeps it too)
    (home / "language-model" / "bert-base-uncased").mkdir(parents=True)
    (home / "model" / "g322").mkdir(parents=True)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(home))
    store = Cache()
    assert store.readable and store.notices == []
    # a folder given by hand that holds anything is still refused
    assert Cache(home / "languagetool-server").notices


# -- pruning: the result cache and the backends' paragraph caches beside it ----------------

DAY = 86400


def _age(path: Path, days: float) -> Path:
    then = time.time() - days * DAY
    os.utime(path, (then, then))
    return path


def _file(path: Path, days: float = 0) -> Path:
    """A file at ``path``, last written ``days`` ago."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{}", encoding="utf-8")
    return _age(path, days)


def _paragraph_caches(folder: Path) -> list:
    """The backends' paragraph caches in ``folder``, each where a run puts it (``DIR/NAME``)."""
    from newslint.backends import LanguageModel
    from newslint.languagetool.cache import ParagraphCache as LanguageToolCache

    model = LanguageModel()
    model.begin(folder / model.name)
    return [LanguageToolCache(folder / "languagetool"), model.cache]


def _written(cache, text: str) -> Path:
    """The file of a paragraph entry, written as the backend writes it."""
    key = cache.key("rule set", text)
    cache.put(key, [])
    return cache._path(key)


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def _owned_folder(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "CACHEDIR.TAG").write_text(cache_module.CACHEDIR_TAG, encoding="utf-8")
    return folder


def _prune_now(folder: Path) -> None:
    """What the next run that caches a result does first (when the last prune is a day old)."""
    store = Cache(folder)
    store.put(hashlib.sha256(b"another draft").hexdigest(), [])
    assert store.writable and not store.notices


def test_old_paragraph_entries_are_pruned_with_the_result_caches_and_nothing_else(tmp_path):
    folder = _owned_folder(tmp_path / "cache")
    limit = cache_module.PRUNE_AFTER_DAYS
    old, fresh = [], []
    for number, paragraphs in enumerate(_paragraph_caches(folder)):
        old += [_age(_written(paragraphs, f"old {i}"), limit + 1 + i) for i in range(3)]
        fresh += [_written(paragraphs, "fresh"), _age(_written(paragraphs, "recent"), limit - 1)]
        # a temporary file of a newslint killed mid-write, and one of a newslint still writing
        beside = fresh[-1].parent
        old.append(_file(beside / f".{fresh[-1].name}.newslint-{_dead_pid()}-x{number}.tmp"))
        fresh.append(_file(beside / f".{fresh[-1].name}.newslint-{os.getpid()}-y{number}.tmp"))
    # an entry of an earlier form of LanguageTool's cache, never rewritten now, and a result
    old.append(_file(folder / "languagetool" / "lt1" / "ab" / f"{'ab' * 32}.json", limit + 1))
    old.append(_file(folder / "v1" / "cd" / f"{'cd' * 32}.json", limit + 1))
    # What is not a paragraph or result entry stays, however old: newslint's other folders, a
    # file of another name, and whatever a symbolic link leads to.
    outside = tmp_path / "elsewhere"
    foreign = [_file(outside / f"{'ef' * 32}.json", 400)]
    for place in ("languagetool-server", "languagetool-6.8", "language-model/bert", "rules", "patterns", "."):
        foreign.append(_file(folder / place / f"{'ef' * 32}.json", 400))
    foreign += [_file(folder / "model" / "notes.txt", 400), _file(folder / "languagetool" / "lt2" / "README", 400)]
    (folder / "model" / "g322" / "linked").symlink_to(outside, target_is_directory=True)

    _prune_now(folder)
    assert [p for p in old if p.exists()] == []
    assert [p for p in fresh + foreign if not p.exists()] == []
    # At most once a day, as the result cache: an entry that turns old today waits for tomorrow.
    aged = _age(fresh[0], limit + 1)
    _prune_now(folder)
    assert aged.exists()
    _age(folder / "last-pruned", 1.01)
    _prune_now(folder)
    assert not aged.exists() and all(p.exists() for p in foreign)


def test_a_paragraph_cache_that_is_a_symbolic_link_is_not_pruned(tmp_path):
    folder = _owned_folder(tmp_path / "cache")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for name in cache_module.PARAGRAPH_CACHES:
        (folder / name).symlink_to(elsewhere, target_is_directory=True)
    kept = _age(_written(_paragraph_caches(folder)[1], "old"), 400)
    assert kept.resolve().is_relative_to(elsewhere.resolve())
    _prune_now(folder)
    assert kept.exists()


def test_entries_vanishing_during_a_prune_are_passed_over(tmp_path, monkeypatch):
    # Another newslint prunes (or rewrites) the same folders at the same time.
    folder = _owned_folder(tmp_path / "cache")
    entries = [_age(_written(p, f"old {i}"), 400) for p in _paragraph_caches(folder) for i in range(40)]
    walk = os.walk

    def racing_walk(top, *args, **kwargs):
        for root, dirs, files in walk(top, *args, **kwargs):
            for name in files:
                if name[0] in "01234567":  # half the entries: gone before they are looked at
                    os.unlink(os.path.join(root, name))
            for name in dirs[:1]:
                shutil.rmtree(os.path.join(root, name))  # a folder gone before it is walked
            yield root, dirs, files

    monkeypatch.setattr(cache_module.os, "walk", racing_walk)
    _prune_now(folder)
    assert not [p for p in entries if p.exists()]


def test_tables_bundles_and_rule_pages_not_used_for_a_month_are_pruned_and_those_in_use_kept(tmp_path):
    # Each Python version and install names its pattern table and module bundle for itself and
    # leaves the old ones behind; so do the language server's pages of rules since removed.
    from newslint import module_cache, pattern_cache

    folder = _owned_folder(tmp_path / "cache")
    limit = cache_module.PRUNE_AFTER_DAYS
    patterns, rules = folder / "patterns", folder / "rules"
    old = [
        _file(patterns / "patterns-51054320-20221023-2-0badcafe.table", limit + 1),
        _file(patterns / "modules-cb0d0d0a-0-0badcafe.bundle", limit + 1),
        _file(patterns / ".patterns-k3j2h1", limit + 1),  # the write of a newslint killed mid-way
        _file(rules / "G999.md", limit + 1),
    ]
    fresh = [
        _file(patterns / "patterns-51054320-20221023-2-12345678.table", limit - 1),
        _file(patterns / ".modules-a1b2c3"),  # a newslint writing its bundle now
        _file(rules / "C103.md", limit - 1),
    ]
    # A table and a bundle that every run reads and none writes again (they hold all it needs):
    # as old, but in use.
    table, bundle = patterns / "patterns-in-use.table", patterns / module_cache._file_name()
    pattern_cache.write_table(table, {("data file", "verbs.txt.gz", 10, 0): "past\twent"})
    module_cache._write(bundle, {})
    in_use = [_age(table, limit + 1), _age(bundle, limit + 1)]
    assert pattern_cache.read_table(table) and module_cache._read(bundle) == {}  # what a run does first

    _prune_now(folder)
    assert [p for p in old if p.exists()] == []
    assert [p for p in fresh + in_use if not p.exists()] == []


def test_a_cache_kept_for_days_prunes_once_a_day_as_each_new_run_does(tmp_path, monkeypatch):
    # The language server keeps one Cache while it runs, which may be for weeks.
    folder = _owned_folder(tmp_path / "cache")
    store = Cache(folder)
    store.put(hashlib.sha256(b"a draft").hexdigest(), [])
    old = _file(folder / "v1" / "cd" / f"{'cd' * 32}.json", cache_module.PRUNE_AFTER_DAYS + 1)
    _age(folder / "last-pruned", 1.01)
    store.put(hashlib.sha256(b"another draft").hexdigest(), [])
    assert old.exists()  # this Cache looked at the gate less than a day ago
    a_day_later = time.monotonic() + DAY
    monkeypatch.setattr(time, "monotonic", lambda: a_day_later)
    store.put(hashlib.sha256(b"a third draft").hexdigest(), [])
    assert not old.exists() and store.writable and not store.notices


def test_every_backends_paragraph_cache_is_pruned():
    from newslint.backends import default_backends

    assert {backend.name for backend in default_backends()} == set(cache_module.PARAGRAPH_CACHES)
