"""Compiled regular expressions kept between runs (newslint/pattern_cache.py)."""

from __future__ import annotations

import re
from re import _compiler

import pytest

from newslint import pattern_cache

PATTERNS = [
    (r"(?P<day>Mon|Tues|Wednes)day,?\s+(?P<month>[A-Z][a-z]{2})\.?\s+(\d{1,2})", 0),
    (r"\b(?:per cent|percent)\b", re.IGNORECASE),
    (r"^(?:Leave a Comment|Top Stories)[\s.]*$", re.MULTILINE | re.IGNORECASE),
    (r"(?<![\w'’-])(?:a(?:n(?:d|y)?)?)(?![\w'-])", 0),
    (rb"[\x00-\x08]+", 0),
]
TEXT = "On Tuesday, Aug. 20 the mayor said 40 percent.\nLeave a comment\nTop Stories\nan andy any"


def _results(pattern: re.Pattern, text):
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def _compile_all():
    re.purge()  # past re's own cache of compiled patterns, to the compiler itself
    return [re.compile(p, f) for p, f in PATTERNS]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(pattern_cache, "WORTH_SAVING", 0)  # these few patterns are worth a write
    yield tmp_path
    pattern_cache.uninstall()
    re.purge()


def test_patterns_answered_from_the_table_match_as_re_compiles_them(folder):
    expected = [_results(p, TEXT.encode() if isinstance(p.pattern, bytes) else TEXT) for p in _compile_all()]
    pattern_cache.install(folder)
    first = _compile_all()
    assert pattern_cache._added == len(PATTERNS)
    pattern_cache.finish()
    assert _compiler.compile is not pattern_cache._compile  # re has its own compile back

    pattern_cache.install(folder)  # a later run: every pattern from the table written above
    again = _compile_all()
    assert pattern_cache._added == 0
    for patterns in (first, again):
        got = [_results(p, TEXT.encode() if isinstance(p.pattern, bytes) else TEXT) for p in patterns]
        assert got == expected
        assert [(p.pattern, p.flags, p.groups, p.groupindex) for p in patterns] == [
            (p.pattern, p.flags, p.groups, p.groupindex) for p in _uncached()
        ]


def _uncached():
    saved = _compiler.compile
    _compiler.compile = pattern_cache._original or saved
    try:
        return _compile_all()
    finally:
        _compiler.compile = saved


def test_a_pattern_re_cannot_read_is_still_its_error(folder):
    pattern_cache.install(folder)
    re.purge()
    with pytest.raises(re.error, match="missing \\)"):
        re.compile(r"(?:Leave a")
    assert not any(key[0] == r"(?:Leave a" for key in pattern_cache._table)


def test_a_damaged_or_foreign_table_is_ignored_and_rewritten(folder):
    pattern_cache.install(folder)
    path = pattern_cache._path
    pattern_cache.uninstall()
    for junk in (b"", b"not marshal at all", b"\xe9" * 40):
        path.write_bytes(junk)
        pattern_cache.install(folder)
        assert [_results(p, TEXT) for p in _compile_all()[:4]] == [_results(p, TEXT) for p in _uncached()[:4]]
        pattern_cache.finish()
    pattern_cache.install(folder)
    _compile_all()
    assert pattern_cache._added == 0  # the last run rewrote it


def test_a_folder_that_cannot_be_written_costs_nothing_but_the_table(folder):
    blocked = folder / "file"
    blocked.write_text("not a folder")
    pattern_cache.install(blocked / "patterns")
    _compile_all()
    pattern_cache.finish()  # no error
    assert not (blocked / "patterns").exists()


def test_the_command_line_keeps_its_patterns_in_the_cache_folder(run_cli, tmp_path):
    """A process of its own each time, as a user runs it: the table the first run wrote holds
    the rules' patterns, and the second run, answered from it, finds the same."""
    import marshal

    draft = tmp_path / "draft.md"
    draft.write_text("The council met on Tuesday, Aug. 20, 2024.\n", encoding="utf-8")
    env = {"NEWSLINT_CACHE_DIR": str(tmp_path / "cache")}
    first = run_cli("check", "--no-cache", "--format", "json", str(draft), env=env)
    tables = list((tmp_path / "cache" / "patterns").glob("patterns-*.table"))
    assert len(tables) == 1
    kept = marshal.loads(tables[0].read_bytes()[4:])
    assert len(kept) > 100 and any(key[0] == "regex" for key in kept)  # re's and the packs'
    second = run_cli("check", "--no-cache", "--format", "json", str(draft), env=env)
    assert (first.returncode, first.stdout) == (second.returncode, second.stdout)
    assert set(kept) <= set(marshal.loads(tables[0].read_bytes()[4:]))
    assert run_cli("check", "--no-cache", str(tmp_path / "cache"), env=env).returncode == 0


def test_rule_pack_patterns_of_the_regex_package_are_kept_as_their_constructor_arguments(folder):
    import regex

    source = r"^(?:Leave a (?:comment|reply)|Top\s+Stories|\p{Lu}{2,} only)[\s.]*$"
    text = "x\nLEAVE A Comment.\nTop  stories\nÉTÉ only"
    expected = [m.span() for m in regex.compile(source, re.IGNORECASE | re.MULTILINE).finditer(text)]
    assert len(expected) == 3
    pattern_cache.install(folder)
    first = pattern_cache.regex_compile(source, re.IGNORECASE | re.MULTILINE)
    pattern_cache.finish()
    pattern_cache.install(folder)
    again = pattern_cache.regex_compile(source, re.IGNORECASE | re.MULTILINE)
    assert pattern_cache._added == 0
    for pattern in (first, again):
        assert [m.span() for m in pattern.finditer(text, timeout=1.0)] == expected
        assert (pattern.pattern, pattern.flags) == (first.pattern, first.flags)
    with pytest.raises(regex.error):
        pattern_cache.regex_compile(r"(?:Leave a")


def test_a_pack_pattern_answered_from_the_table_needs_only_the_regex_c_module(tmp_path):
    """A process of its own, as a one-draft run is: the pattern from the table matches with its
    time limit, and the ``regex`` package (its pattern parser) is never imported."""
    import subprocess
    import sys

    program = """
import re, sys
from pathlib import Path
from newslint import pattern_cache
pattern_cache.WORTH_SAVING = 0
source = r"^(?:Leave a (?:comment|reply)|Top\\s+Stories|\\p{Lu}{2,} only)[\\s.]*$"
pattern_cache.install(Path(sys.argv[1]))
pattern = pattern_cache.regex_compile(source, re.IGNORECASE | re.MULTILINE)
pattern_cache.finish()
print([m.span() for m in pattern.finditer("x\\nLEAVE A Comment.\\nTop  stories\\nÉTÉ only", timeout=1.0)])
print("regex" in sys.modules)
"""
    runs = [
        subprocess.run([sys.executable, "-c", program, str(tmp_path)], capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    assert runs[0].stdout.splitlines() == ["[(2, 18), (19, 31), (32, 40)]", "True"]  # compiled, kept
    assert runs[1].stdout.splitlines() == ["[(2, 18), (19, 31), (32, 40)]", "False"]  # from the table


def test_a_table_someone_else_may_write_or_with_a_wrong_checksum_is_not_read(folder):
    pattern_cache.install(folder)
    _compile_all()
    path = pattern_cache._path
    pattern_cache.finish()
    assert pattern_cache.read_table(path)
    path.chmod(0o666)
    assert pattern_cache.read_table(path) == {}
    path.chmod(0o600)
    raw = bytearray(path.read_bytes())
    raw[-10] ^= 0xFF  # one flipped byte: a matcher that could crash the interpreter
    path.write_bytes(bytes(raw))
    assert pattern_cache.read_table(path) == {}


def test_a_table_file_too_short_for_its_checksum_or_empty_is_no_table(folder):
    path = folder / "patterns.table"
    for content in (b"", b"abc", b"\0\0\0\0"):  # the last: the checksum of no bytes, then nothing
        path.write_bytes(content)
        path.chmod(0o600)
        assert pattern_cache.read_table(path) == {}


def test_a_table_read_is_the_table_written(folder):
    pattern_cache.install(folder)
    _compile_all()
    path = pattern_cache._path
    written = dict(pattern_cache._table)
    pattern_cache.finish()
    read = pattern_cache.read_table(path)
    assert {k: v for k, v in read.items() if k != pattern_cache.STAMPS} == written


def test_plain_data_is_kept_and_a_date_is_not(folder):
    import datetime as dt

    calls = []

    def build(value):
        def make():
            calls.append(value)
            return value

        return make

    pack = {"rules": [{"code": "B901", "tokens": ["Leave a comment"], "ignorecase": True, "n": 1.5}]}
    pattern_cache.install(folder)
    assert pattern_cache.kept(("pack", "text one"), build(pack)) == pack
    dated = {"rules": [{"examples": {"accepted": [{"text": "x", "date": dt.date(2024, 8, 20)}]}}]}
    assert pattern_cache.kept(("pack", "text two"), build(dated)) == dated
    pattern_cache.finish()
    pattern_cache.install(folder)
    assert pattern_cache.kept(("pack", "text one"), build(pack)) == pack
    assert pattern_cache.kept(("pack", "text two"), build(dated)) == dated
    assert len(calls) == 3  # the pack once, the dated data each time


def test_the_shipped_packs_read_from_the_table_are_the_packs_read_from_yaml(folder):
    from newslint import packs

    def described(rules):
        return [(r.code, r.name, r.severity, r.scope, r.message, r.docs, r.examples, r.pattern.pattern) for r in rules]

    plain = described(packs.load_folder(packs.builtin_pack_folder()))
    pattern_cache.install(folder)
    packs.load_folder(packs.builtin_pack_folder())
    pattern_cache.finish()
    pattern_cache.install(folder)
    assert described(packs.load_folder(packs.builtin_pack_folder())) == plain
    assert pattern_cache._added == 0


def _make_classes():
    """Two data classes, made afresh (as importing a module makes them)."""
    import dataclasses

    @dataclasses.dataclass(frozen=True)
    class Span:
        start: int
        end: int = 0
        tags: tuple = dataclasses.field(default_factory=tuple)

    @dataclasses.dataclass(order=True)
    class Mark:
        offset: int
        note: str = "?"

    return Span, Mark


def _behaviour(span_class, mark_class):
    import dataclasses

    span = span_class(3, 5)
    try:
        span.start = 4
        frozen = False
    except dataclasses.FrozenInstanceError:
        frozen = True
    marks = sorted([mark_class(9, "b"), mark_class(2)])
    return (repr(span), span == span_class(3, 5), hash(span) == hash(span_class(3, 5)), frozen,
            repr(marks), mark_class(1) < mark_class(2), span_class.__init__.__name__)


def test_data_class_methods_compiled_in_one_run_are_the_next_runs_code(folder):
    import dataclasses

    expected = _behaviour(*_make_classes())  # compiled by Python itself
    pattern_cache.install(folder)
    assert vars(dataclasses).get("exec") is pattern_cache._exec
    first = _behaviour(*_make_classes())
    assert any(key[0] == "dataclass code" for key in pattern_cache._table)
    pattern_cache.finish()
    assert "exec" not in vars(dataclasses)  # the built-in exec again

    pattern_cache.install(folder)  # the next run: the methods' code comes from the table
    kept = {k for k in pattern_cache._table if k[0] == "dataclass code"}
    assert kept
    pattern_cache._added = 0
    second = _behaviour(*_make_classes())
    assert pattern_cache._added == 0  # nothing compiled afresh
    assert expected == first == second


def _make_named_tuples():
    """A ``typing.NamedTuple`` whose annotations are text (as under ``from __future__ import
    annotations``) and a ``collections.namedtuple``, made afresh."""
    import collections
    import typing

    Quote = typing.NamedTuple("Quote", [("speaker", "str"), ("start", "int"), ("words", "tuple[str, ...]")])
    Span = collections.namedtuple("Span", "start end", defaults=[0])
    return Quote, Span


def _tuple_behaviour(quote_class, span_class):
    import typing

    quote = quote_class("Ana Ruiz", 4, ("rates", "rose"))
    return (repr(quote), quote._fields, quote_class.__annotations__, repr(span_class(3)), span_class(1, 2) == (1, 2),
            typing.get_type_hints(quote_class), quote_class.__new__.__code__.co_varnames)


def test_named_tuples_compiled_in_one_run_are_the_next_runs_code(folder):
    import collections
    import typing

    expected = _tuple_behaviour(*_make_named_tuples())
    pattern_cache.install(folder)
    assert vars(collections).get("eval") is pattern_cache._eval
    assert vars(typing).get("compile") is pattern_cache._compile_source
    first = _tuple_behaviour(*_make_named_tuples())
    assert {"named tuple code", "forward reference code"} <= {key[0] for key in pattern_cache._table}
    pattern_cache.finish()
    assert "eval" not in vars(collections) and "compile" not in vars(typing)

    pattern_cache.install(folder)  # the next run: the code comes from the table
    pattern_cache._added = 0
    second = _tuple_behaviour(*_make_named_tuples())
    assert pattern_cache._added == 0
    assert expected == first == second
    assert typing.ForwardRef("int").__forward_code__ == compile("int", "<string>", "eval", dont_inherit=True)


def test_a_letter_tree_is_the_same_in_any_order_and_kept_for_the_next_run(folder):
    import random

    from newslint.analysis import lexicon as lx

    words = ["seek", "seeking", "seeks", "sought", "a.b", "c+", "é", "seek"]
    tree = lx.alternation(words)
    pattern = re.compile(rf"(?<!\w)(?:{tree})(?!\w)")
    for word in set(words):
        assert pattern.fullmatch(word)
    assert not pattern.fullmatch("seekin") and not pattern.fullmatch("axb")
    shuffle = random.Random(3)
    for _ in range(20):
        shuffle.shuffle(words)
        assert lx.alternation(words) == tree

    pattern_cache.install(folder)
    assert lx.alternation(reversed(words)) == tree
    pattern_cache.finish()
    pattern_cache.install(folder)  # the next run finds the text in the table
    assert pattern_cache._table.get(("alternation", tuple(sorted(set(words))))) == tree
    assert lx.alternation(words) == tree


def test_an_entry_no_write_used_for_a_while_is_dropped(folder):
    """Patterns of older code leave the table, which every run reads whole; the patterns a run
    uses stay, and so, at first, does every entry of a table written before there were numbers."""
    pattern_cache.install(folder)
    _compile_all()
    pattern_cache.finish()
    old_table = pattern_cache.read_table(pattern_cache._path)
    del old_table[pattern_cache.STAMPS]  # as an older newslint wrote it
    stale = ("(?:an old rule's pattern)", 0)
    old_table[stale] = old_table[(PATTERNS[0][0], PATTERNS[0][1])]
    used = {(PATTERNS[1][0], int(PATTERNS[1][1]))}
    for write in range(pattern_cache.KEEP_WRITES + 1):
        old_table = pattern_cache._aged(old_table, used)
        if write < pattern_cache.KEEP_WRITES - 1:
            assert stale in old_table  # unused, but not for long enough
    assert stale not in old_table
    assert (PATTERNS[1][0], int(PATTERNS[1][1])) in old_table  # used at every write
    assert set(old_table[pattern_cache.STAMPS]) == set(old_table) - {pattern_cache.STAMPS}


def test_the_table_written_keeps_its_numbers_and_answers_as_before(folder):
    pattern_cache.install(folder)
    first = _compile_all()
    pattern_cache.finish()
    table = pattern_cache.read_table(pattern_cache._path)
    assert set(table[pattern_cache.STAMPS].values()) == {1}
    pattern_cache.install(folder)
    again = _compile_all()
    assert pattern_cache._added == 0
    assert [_results(p, TEXT) for p in again[:4]] == [_results(p, TEXT) for p in first[:4]]


def test_an_n_gram_stores_header_is_kept_marshalled_and_read_as_unpickled(folder, monkeypatch):
    from newslint import ngrams

    header = {"common": ["a", "the"], "words": {"harbour": (12, "n|")}, "share": {"v|ed": 0.1 / 3}, "total": 2**40}
    store = folder / "store.bin"
    store.write_bytes(ngrams.encode_store(header, {"harbour\x1f<\x1fthe": 7}))
    plain, counts = ngrams.read_store(store)  # no table: unpickled
    assert plain == header and counts.get("harbour\x1f<\x1fthe") == b"\x07"
    for run in range(2):
        pattern_cache.install(folder / "cache")
        try:
            if run == 1:
                monkeypatch.setattr(ngrams, "_unpickled", None)  # from the table, not unpickled
            kept, counts = ngrams.read_store(store)
            assert kept == header and type(kept["words"]["harbour"]) is tuple
            assert counts.get("harbour\x1f<\x1fthe") == b"\x07"
        finally:
            pattern_cache.finish()
    monkeypatch.undo()
    store.write_bytes(ngrams.encode_store({**header, "total": 3}, {}))  # a changed store: read afresh
    pattern_cache.install(folder / "cache")
    try:
        assert ngrams.read_store(store)[0]["total"] == 3
    finally:
        pattern_cache.finish()


def test_the_command_line_keeps_the_data_its_rules_read_and_a_later_run_finds_the_same(run_cli, tmp_path):
    """Data files' entries (datafiles), the word tables' samples (wordtable) and the n-gram
    store's header (ngrams) are kept in the table by the first run and read from it by the
    next, which reports exactly what the first did."""
    import json
    import marshal

    draft = tmp_path / "draft.md"
    draft.write_text(
        "HALIFAX, Nov. 3 (Wire) — The harbour comission said on Tuesday it's budget would rise, "
        "and the the mayor said the plan were more cheaper then last year.\n",
        encoding="utf-8",
    )
    env = {"NEWSLINT_CACHE_DIR": str(tmp_path / "cache")}
    first = run_cli("check", "--no-cache", "--format", "json", str(draft), env=env)
    (path,) = (tmp_path / "cache" / "patterns").glob("patterns-*.table")
    kinds = {key[0] for key in marshal.loads(path.read_bytes()[4:]) if type(key[0]) is str}
    assert {"data entries", "word table sample", "n-gram store header"} <= kinds
    second = run_cli("check", "--no-cache", "--format", "json", str(draft), env=env)
    assert (first.returncode, first.stdout, first.stderr) == (second.returncode, second.stdout, second.stderr)
    assert {"S101", "S201", "S203", "G203"} <= {finding["code"] for finding in json.loads(first.stdout)}


def test_a_table_an_older_newslint_wrote_under_the_name_of_its_format_is_not_read(folder):
    import _sre
    import sys

    old = folder / f"patterns-{sys.hexversion}-{_sre.MAGIC}.table"  # format 1's name
    pattern_cache.write_table(old, {("data file", "verbs.txt.gz", 10, 0): "past\twent"})
    pattern_cache.install(folder)
    assert pattern_cache._path != old and f"-{pattern_cache._FORMAT}-" in pattern_cache._path.name
    assert ("data file", "verbs.txt.gz", 10, 0) not in pattern_cache._table


def test_each_install_reads_a_table_of_its_own_not_one_every_install_wrote_to(folder):
    import _sre
    import os
    import sys
    import zlib

    # format 2's name before: one table for every install, each run reading every install's entries
    shared = folder / f"patterns-{sys.hexversion}-{_sre.MAGIC}-{pattern_cache._FORMAT}.table"
    pattern_cache.write_table(shared, {("data file", "/elsewhere/verbs.txt.gz", 10, 0): "past\twent"})
    pattern_cache.install(folder)
    where = zlib.crc32(os.path.dirname(os.path.abspath(pattern_cache.__file__)).encode())
    assert pattern_cache._path.name == f"patterns-{sys.hexversion}-{_sre.MAGIC}-{pattern_cache._FORMAT}-{where:08x}.table"
    assert ("data file", "/elsewhere/verbs.txt.gz", 10, 0) not in pattern_cache._table


def test_re_tests_new_patterns_flags_as_integers_while_installed_and_has_its_own_back(folder):
    own = re._compile
    pattern_cache.install(folder)
    assert re._compile is not own and re._compile.__code__ is own.__code__
    assert type(re._compile.__globals__["DEBUG"]) is int and isinstance(re.DEBUG, re.RegexFlag)
    re.purge()
    assert re.compile("per cent", re.IGNORECASE).search("40 PER CENT") and re.compile(b"a+", 0).match(b"aa")
    assert re.compile(r"\bcut\b", re.I | re.M).flags == re.compile(r"\bcut\b", int(re.I | re.M)).flags
    assert re.compile(re.compile("x")).pattern == "x" and re._compile("y", re.VERBOSE).pattern == "y"
    with pytest.raises(ValueError):
        re.compile(re.compile("x"), re.I)  # as re says: flags with a compiled pattern
    pattern_cache.uninstall()
    assert re._compile is own
