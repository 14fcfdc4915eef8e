"""Hostile and broken input (issue 17): no traceback, no hang, no damaged file.

Each test holds the smallest input that showed the problem.
"""

import os

import pytest

from newslint.document import Document
from newslint.errors import InputError


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# -- front matter ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "front, reason",
    [
        ("date: 2021-02-30", "impossible value"),
        ("date: 2021-13-01", "impossible value"),
        ("x: " + "[" * 5000, "nested too deeply"),
    ],
)
def test_broken_front_matter_is_an_input_error(front, reason):
    with pytest.raises(InputError, match=reason):
        Document(f"---\n{front}\n---\nThe council met.\n", path="draft.md")


def test_impossible_front_matter_date_is_one_line_and_the_next_file_still_runs(tmp_path, run_cli):
    write(tmp_path, "a.md", "---\ndate: 2021-02-30\n---\nThe council met.\n")
    write(tmp_path, "b.md", "The council met TK.\n")
    result = run_cli("check", "a.md", "b.md")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "newslint: a.md: front matter has an impossible value" in result.stderr
    assert "b.md:1:17: B201" in result.stdout


# -- Markdown inline pass ----------------------------------------------------------------------


def test_code_spans_pair_runs_of_equal_length():
    from newslint.markdown import code_spans

    text = "Run `ls` or ``a ` b`` but not ```x`` nor `a\n\nb` nor ``TeX''."
    assert [text[s:e] for s, e in code_spans(text)] == ["`ls`", "``a ` b``"]


def test_a_long_run_of_backticks_is_linted_at_once(tmp_path, run_cli):
    # 60 backticks, x, 30 backticks took 12.6 s at 79 characters and over 120 s at 91
    write(tmp_path, "ticks.md", "`" * 60 + "x" + "`" * 30 + "\n")
    result = run_cli("check", "ticks.md", timeout=60)
    assert result.returncode in (0, 1), result.stderr


# -- the quote scan is linear --------------------------------------------------------------


def _quotes_of_file(tmp_path, text, markdown=False):
    """The quote analysis of ``text`` in a child process, with a hang guard (the quadratic scan
    took hours on these inputs; the linear one takes a second or two)."""
    import subprocess
    import sys

    path = write(tmp_path, "long.md" if markdown else "long.txt", text)
    code = (
        "import sys; from newslint.document import load; "
        "doc = load(sys.argv[1]); print(len(doc.analysis('quotes')), len(doc.paragraphs))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return [int(n) for n in done.stdout.split()]


@pytest.mark.parametrize(
    "unit",
    [
        '1" ',  # every closing mark looked back over the paragraph for a number (a 12" screen)
        '"Go. ',  # every reopened quote looked back over the paragraph for the writer's words
    ],
)
def test_quote_scan_of_a_long_one_line_draft_is_linear(tmp_path, unit):
    count = 250_000 // len(unit)
    quotes, paragraphs = _quotes_of_file(tmp_path, "The council met. " + unit * count + "\n")
    assert paragraphs == 1 and quotes <= count


@pytest.mark.parametrize("unit", ["<!-- ", "[a](", "![a](", "''"])
def test_markdown_openings_that_never_close_are_read_in_linear_time(tmp_path, unit):
    # each unclosed comment, link target or image looked to the end of the draft or its line;
    # each '' (a double mark) looked back over every ' before it
    quotes, paragraphs = _quotes_of_file(tmp_path, unit * (300_000 // len(unit)) + "\n", markdown=True)
    assert paragraphs <= 1  # a run of comment openings is an HTML block, not prose


def test_inline_markers_are_masked_as_before():
    from newslint.markdown import comments, images, link_marks

    text = "See <!-- x --> ![a](b.png) [c](d) and [e][f] but not [g](h\n) nor <!-- y"
    assert [text[s:e] for s, e in comments(text)] == ["<!-- x -->"]
    assert [text[s:e] for s, e in images(text)] == ["![a](b.png)"]
    assert [text[s:e] for s, e in link_marks(text)] == ["[", "](b.png)", "[", "](d)", "[", "][f]"]


def test_quote_scan_of_a_hard_wrapped_draft_without_blank_lines_is_linear(tmp_path):
    line = 'He said "Go. The mayor said 12" was "right. '
    quotes, paragraphs = _quotes_of_file(tmp_path, (line + "\n") * 6000)
    assert paragraphs == 1 and quotes > 0


def test_a_paragraph_of_inline_list_labels_is_read_in_linear_time():
    # each ")" that closed nothing looked back over the whole paragraph for a label ("b)"):
    # 50,000 labels took 76 s
    from newslint.api import lint_text
    from newslint.config import Settings

    text = "Choose one: " + "b) " * 50_000 + "or c)"
    found = lint_text(text, path="draft.txt", settings=Settings(select=("P102",)))
    assert [(f.code, f.column) for f in found] == [("P102", len(text))]


def test_a_label_is_found_before_a_bracket_as_a_search_of_the_whole_paragraph_finds_it():
    import random
    import re

    from newslint.checks.punctuation import _labels_before

    def whole(text, index):  # the search as it was, over the paragraph up to the bracket
        match = re.search(r"(?:^|[\s;,])(?:[a-z]|\d{1,2})$", text[:index])
        return match.group() if match and index + 1 < len(text) and text[index + 1] == " " else ""

    rng = random.Random(3)
    pieces = ["a", "b", "1", "12", "123", "x", " ", ",", ";", "\n", ")", "(", "Z", "-"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        for index in range(len(text)):
            assert bool(_labels_before(text, index)) == bool(whole(text, index)), (text, index)


def test_capitalised_contractions_are_checked_against_names_in_one_pass():
    # each capitalised "Dont" looked over every word of the draft for a name it belongs to:
    # 30,000 sentences took 10 s
    from newslint.api import lint_text
    from newslint.config import Settings

    def written(text):
        return [text[f.start : f.end] for f in lint_text(text, path="draft.txt", settings=Settings(select=("G102",)))]

    assert written("Jony Ive spoke. Ive been told. Dont go.") == ["Dont"]  # "Ive": the name "Jony Ive"
    found = written("Dont go. " * 5_000)
    assert len(found) >= 1_000 and set(found) == {"Dont"}


# -- the maximum draft size ------------------------------------------------------------------


def test_a_draft_over_the_maximum_size_is_refused_in_one_line(tmp_path, run_cli):
    write(tmp_path, "newslint.toml", "max-draft-size = 40\n")
    write(tmp_path, "big.txt", "The council met on Tuesday to approve it.\n")  # 42 bytes
    write(tmp_path, "small.txt", "The council met TK.\n")
    result = run_cli("check", "big.txt", "small.txt")
    assert result.returncode == 2
    assert "newslint: big.txt: 42 bytes, over the maximum draft size of 40 (max-draft-size)" in result.stderr
    assert "small.txt:1:17: B201" in result.stdout
    piped = run_cli("check", "-", input="The council met on Tuesday to approve it.\n")
    assert piped.returncode == 2 and "over the maximum draft size of 40" in piped.stderr


def test_a_draft_on_stdin_over_the_maximum_is_counted_to_its_end_not_kept(tmp_path, run_cli):
    # read_stdin keeps at most the maximum (and a byte) and counts the rest in pieces of 1 MB:
    # the size told is all of it, less the byte order mark, as for a file.
    write(tmp_path, "newslint.toml", "max-draft-size = 40\n")
    write(tmp_path, "small.txt", "The council met TK.\n")
    line = "The council met on Tuesday to approve it.\n"  # 42 bytes
    piped = run_cli("check", "-", "small.txt", input="\ufeff" + line * 60_000, timeout=60)
    assert piped.returncode == 2
    assert piped.stderr.strip() == "newslint: <stdin>: 2,520,000 bytes, over the maximum draft size of 40 (max-draft-size)"
    assert "small.txt:1:17: B201" in piped.stdout
    exact = run_cli("check", "-", input="\ufeff" + line[2:], timeout=60)  # 40 bytes after the mark
    assert exact.returncode == 0 and exact.stderr == ""


def test_the_default_maximum_refuses_50_mb_at_once(tmp_path, run_cli):
    with open(tmp_path / "huge.md", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # a sparse file: no 50 MB written to the test disk
    result = run_cli("check", "huge.md", timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "newslint: huge.md: 52,428,800 bytes, over the maximum draft size of 2,000,000 (max-draft-size)"
    )


@pytest.mark.parametrize("value", ['"2MB"', "0", "true"])
def test_max_draft_size_must_be_a_number_of_bytes(tmp_path, run_cli, value):
    write(tmp_path, "newslint.toml", f"max-draft-size = {value}\n")
    write(tmp_path, "a.txt", "The council met.\n")
    result = run_cli("check", "a.txt")
    assert result.returncode == 2
    assert "'max-draft-size' must be a number of bytes" in result.stderr


# -- a pack pattern that backtracks without end ----------------------------------------------

RUNAWAY_PACK = """rules:
  - code: S901
    name: runs-of-a
    kind: existence
    family: style
    message: 'Check "{match}".'
    docs: Runs of a.
    patterns: ['(a|aa)+$']
"""


def test_a_runaway_pack_pattern_stops_that_rule_on_that_draft_only(tmp_path, run_cli):
    (tmp_path / "packs").mkdir()
    write(tmp_path / "packs", "house.yml", RUNAWAY_PACK)
    write(tmp_path, "newslint.toml", 'rule-paths = ["packs"]\n')
    write(tmp_path, "slow.txt", "The cry was " + "a" * 40 + "!\n")  # 2**40 ways to fail
    write(tmp_path, "ok.txt", "The cry was aaa\n")
    write(tmp_path, "ok2.txt", "The council met TK.\n")
    budget = {"NEWSLINT_PATTERN_BUDGET": "1"}  # seconds; the default 5 s only makes the test slow
    result = run_cli("check", "--no-cache", "-j", "2", "slow.txt", "ok.txt", "ok2.txt", env=budget, timeout=120)
    assert result.returncode == 2
    assert "slow.txt: rule S901 (runs-of-a)" in result.stderr
    assert "took more than 1 s on this draft" in result.stderr
    assert "Traceback" not in result.stderr
    assert "ok.txt:1:13: S901" in result.stdout and "ok2.txt:1:17: B201" in result.stdout



@pytest.mark.parametrize("value", ["soon", "0", "-1", "nan", "inf"])
def test_a_pattern_budget_that_is_no_time_is_one_line_and_status_2(tmp_path, run_cli, value):
    write(tmp_path, "ok.txt", "The council met TK.\n")
    result = run_cli("check", "--no-cache", "ok.txt", env={"NEWSLINT_PATTERN_BUDGET": value})
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"newslint: NEWSLINT_PATTERN_BUDGET must be a number of seconds above 0, not '{value}'"
    )
    assert result.stdout == ""

# -- --fix respects the file it writes -------------------------------------------------------

SPACED = "Talks\n\nThe minister said , however, that talks would go on.\n"
FIXED = SPACED.replace("said ,", "said,")


def fix(run_cli, *names):
    return run_cli("check", "--no-cache", "--fix", "--select", "P103", *names)


def test_fix_through_a_symlink_fixes_its_target_and_keeps_the_link(tmp_path, run_cli):
    target = write(tmp_path, "real.txt", SPACED)
    (tmp_path / "link.txt").symlink_to("real.txt")
    result = fix(run_cli, "link.txt")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "link.txt").is_symlink()
    assert target.read_text(encoding="utf-8") == FIXED


def test_fix_refuses_to_split_hard_links(tmp_path, run_cli):
    first = write(tmp_path, "a.txt", SPACED)
    os.link(first, tmp_path / "b.txt")
    result = fix(run_cli, "a.txt")
    assert result.returncode == 2
    assert result.stderr.count("newslint: a.txt: not fixed: the file has 2 hard links") == 1
    assert os.stat(first).st_nlink == 2 and first.read_text(encoding="utf-8") == SPACED


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another owner")
def test_fix_keeps_the_owner(tmp_path, run_cli):
    path = write(tmp_path, "a.txt", SPACED)
    os.chown(path, 4321, 4322)
    assert fix(run_cli, "a.txt").returncode == 0
    st = os.stat(path)
    assert (st.st_uid, st.st_gid) == (4321, 4322) and path.read_text(encoding="utf-8") == FIXED


def test_fix_reports_every_unwritable_draft_and_fixes_the_rest(tmp_path, run_cli):
    locked = [write(tmp_path, name, SPACED) for name in ("a.txt", "b.txt")]
    for path in locked:
        path.chmod(0o444)
    free = write(tmp_path, "c.txt", SPACED)
    result = fix(run_cli, "a.txt", "b.txt", "c.txt")
    assert result.returncode == 2
    assert "newslint: a.txt: not fixed: the file is read-only" in result.stderr
    assert "newslint: b.txt: not fixed: the file is read-only" in result.stderr
    assert "Traceback" not in result.stderr
    assert [p.read_text(encoding="utf-8") for p in locked] == [SPACED, SPACED]
    assert free.read_text(encoding="utf-8") == FIXED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "c.txt"]


def test_a_temporary_file_left_by_a_killed_fix_is_removed_by_the_next(tmp_path, run_cli):
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    path = write(tmp_path, "a.txt", SPACED)
    stale = write(tmp_path, f".a.txt.newslint-{dead.stdout.strip()}-x1y2.tmp", "half")
    alive = write(tmp_path, f".a.txt.newslint-{os.getpid()}-x1y2.tmp", "another run's")
    assert fix(run_cli, "a.txt").returncode == 0
    assert path.read_text(encoding="utf-8") == FIXED
    assert not stale.exists() and alive.exists()


# -- untrusted data: baseline and cache --------------------------------------------------------

BASELINE_HEAD = '{"format": "newslint-baseline", "version": 1, "entries": '
ENTRY = '{"path": "a.txt", "code": "B201", "fingerprint": "x", "line": %s}'


@pytest.mark.parametrize(
    "content, reason",
    [
        (BASELINE_HEAD + "5}", "'entries' must be a list"),
        ("null", "not a newslint baseline"),
        (BASELINE_HEAD + "[" + ENTRY % "1e400" + "]}", "baseline entry 1 is malformed"),
        (BASELINE_HEAD + "[" + ENTRY % '"7"' + "]}", "baseline entry 1 is malformed"),
        (BASELINE_HEAD + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
    ],
)
def test_a_corrupt_baseline_is_one_line(tmp_path, run_cli, content, reason):
    write(tmp_path, "a.txt", "The council met TK.\n")
    write(tmp_path, "base.json", content)
    result = run_cli("check", "--no-cache", "--baseline", "base.json", "a.txt")
    assert result.returncode == 2
    assert result.stderr.startswith("newslint: base.json: ") and result.stderr.count("\n") == 1
    assert reason in result.stderr


def _cached_run(tmp_path, run_cli, *names):
    return run_cli("check", "--format", "json", "--cache-dir", "store", *names)


def _entries(tmp_path):
    return sorted((tmp_path / "store" / "v1").glob("*/*.json"))


@pytest.mark.parametrize(
    "edit",
    [
        lambda data: data["findings"][0].update(line="7"),
        lambda data: data["findings"][0].update(path="b.txt"),
        lambda data: data["findings"][0].update(end=10**6),
        lambda data: data.update(findings=[[[[]]]]),
    ],
)
def test_an_edited_cache_entry_is_ignored_with_a_notice(tmp_path, run_cli, edit):
    import json

    write(tmp_path, "a.txt", "The council met TK.\n")
    write(tmp_path, "b.txt", "The council met.\n")
    first = _cached_run(tmp_path, run_cli, "a.txt", "b.txt")
    [entry] = [e for e in _entries(tmp_path) if '"a.txt"' in e.read_text(encoding="utf-8")]
    data = json.loads(entry.read_text(encoding="utf-8"))
    edit(data)
    entry.write_text(json.dumps(data), encoding="utf-8")
    again = _cached_run(tmp_path, run_cli, "a.txt", "b.txt")
    assert json.loads(again.stdout) == json.loads(first.stdout)
    assert "newslint: notice: ignored a corrupt cache entry" in again.stderr
    assert "Traceback" not in again.stderr


def test_a_deeply_nested_cache_entry_is_ignored(tmp_path, run_cli):
    write(tmp_path, "a.txt", "The council met TK.\n")
    first = _cached_run(tmp_path, run_cli, "a.txt")
    [entry] = _entries(tmp_path)
    entry.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    again = _cached_run(tmp_path, run_cli, "a.txt")
    assert again.stdout == first.stdout and "ignored a corrupt cache entry" in again.stderr


def test_the_cache_never_takes_over_a_folder_of_drafts(tmp_path, run_cli):
    (tmp_path / "v1").mkdir()
    old = write(tmp_path / "v1", "notes.txt", "kept\n")  # a tracked file where entries would go
    os.utime(old, (1, 1))  # older than any pruning age
    write(tmp_path, "a.txt", "The council met TK.\n")
    result = run_cli("check", "--cache-dir", ".", "a.txt")
    assert result.returncode == 1 and "a.txt:1:17: B201" in result.stdout
    assert "holds files newslint did not create" in result.stderr
    assert old.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "v1"]


def test_an_unreadable_cache_folder_is_one_notice(tmp_path, monkeypatch):
    # As root (the test machine) no folder is unreadable: the refusal the kernel gives any
    # other user inside a folder it cannot search is stood in for here.
    from newslint.cache import Cache

    locked = str(tmp_path / "locked")
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        if str(path).startswith(locked + os.sep):
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    store = Cache(tmp_path / "locked" / "inner")
    assert store.get("ab" * 32, "a.txt", 10) is None
    store.put("ab" * 32, [])
    assert store.notices == [
        f"cannot use the cache directory {locked}/inner (Permission denied); running without the cache"
    ]


# -- what the path walk meets ------------------------------------------------------------------


def test_a_named_pipe_in_a_folder_is_one_line_and_never_blocks(tmp_path, run_cli):
    (tmp_path / "desk").mkdir()
    os.mkfifo(tmp_path / "desk" / "pipe.txt")
    write(tmp_path / "desk", "a.txt", "The council met TK.\n")
    result = run_cli("check", "--no-cache", "desk", timeout=60)
    assert result.returncode == 2
    assert result.stderr == "newslint: desk/pipe.txt: not a regular file (a named pipe, socket or device); not read\n"
    assert "desk/a.txt:1:17: B201" in result.stdout


def test_a_symlink_loop_on_the_command_line_is_one_line(tmp_path, run_cli):
    (tmp_path / "loop1").symlink_to("loop2")
    (tmp_path / "loop2").symlink_to("loop1")
    write(tmp_path, "a.txt", "The council met TK.\n")
    result = run_cli("check", "--no-cache", "loop1", "a.txt", timeout=60)
    assert result.returncode == 2
    assert result.stderr == "newslint: loop1: cannot read (Too many levels of symbolic links)\n"
    assert "a.txt:1:17: B201" in result.stdout


# -- what a line is ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["cr.txt", "cr.md"])
def test_a_file_of_lone_carriage_returns_reports_real_lines(tmp_path, run_cli, name):
    import json

    (tmp_path / name).write_bytes(b"Council\r\rThe council met TK.\rIt was late.\r")
    [finding] = json.loads(run_cli("check", "--no-cache", "--format", "json", name).stdout)
    assert (finding["code"], finding["line"], finding["column"]) == ("B201", 3, 17)


def test_every_format_counts_lines_as_the_document_does(tmp_path, run_cli):
    import json

    # vertical tab, NEL, U+2028 and form feed are characters of a line, not line breaks
    write(tmp_path, "a.txt", "Council\n\nThe\x0bcouncil\x85 met\u2028 on\x0c the TK day.\n")
    [finding] = json.loads(run_cli("check", "--no-cache", "--format", "json", "a.txt").stdout)
    assert (finding["line"], finding["column"]) == (3, 27)
    text = run_cli("check", "--no-cache", "a.txt").stdout.split("\n")
    assert text[0].startswith("a.txt:3:27: B201")
    assert text[1].endswith("the TK day.") and text[2].index("^") == text[1].index("TK")
    rdjson = json.loads(run_cli("check", "--no-cache", "--format", "rdjson", "a.txt").stdout)
    # rdjson counts columns in UTF-8 bytes: NEL takes two, U+2028 three
    assert rdjson["diagnostics"][0]["location"]["range"]["start"] == {"line": 3, "column": 30}


def test_a_second_byte_order_mark_is_a_character_and_fix_keeps_it(tmp_path, run_cli):
    import json

    bom = b"\xef\xbb\xbf"
    path = tmp_path / "a.txt"
    path.write_bytes(bom * 2 + "The council met on Monday , then left.\n".encode())
    found = json.loads(run_cli("check", "--no-cache", "--format", "json", "--select", "P103", "a.txt").stdout)
    assert [(f["line"], f["column"]) for f in found] == [(1, 27)]
    assert fix(run_cli, "a.txt").returncode == 0
    assert path.read_bytes() == bom * 2 + b"The council met on Monday, then left.\n"


# -- rule packs --------------------------------------------------------------------------------

PACK = """rules:
  - code: S901
    name: per-cent
    kind: substitution
    family: style
    message: 'Use "{suggestion}", not "{match}".'
    docs: House style writes percent as one word.
    swap: {per cent: percent}
"""


@pytest.mark.parametrize(
    "extra, problem",
    [
        ('    ignorecase: "no"\n', "'ignorecase' must be true or false, not 'no'"),
        ("    examples: {flagged: 'Rates rose 5 per cent.'}\n", "'examples.flagged' must be a list"),
        ("    examples: {flagged: [{text: 'Rates rose 5 per cent.', flag: ['per cent']}]}\n",
         "an example of 'examples.flagged' has an unknown key 'flag'"),
        ("    examples: {accepted: [{text: 'Rates rose.', flags: ['x']}]}\n",
         "an example of 'examples.accepted' has an unknown key 'flags'"),
        ("    examples: {flagged: [5]}\n", "each of 'examples.flagged' is a text or a mapping with 'text'"),
        ("    examples: {flagged: [{text: 'Rates rose 5 per cent.', flags: 'per cent'}]}\n",
         "'flags' of an example of 'examples.flagged' must be a list of texts"),
        ("    suggest: [percent]\n", "'suggest' must be text"),
    ],
)
def test_a_pack_rule_with_a_bad_value_is_one_line(tmp_path, run_cli, extra, problem):
    (tmp_path / "packs").mkdir()
    write(tmp_path / "packs", "house.yml", PACK + extra)
    write(tmp_path, "newslint.toml", 'rule-paths = ["packs"]\n')
    write(tmp_path, "a.txt", "Rates rose 5 per cent.\n")
    result = run_cli("check", "--no-cache", "a.txt")
    assert result.returncode == 2
    assert result.stderr == f"newslint: {tmp_path / 'packs' / 'house.yml'}: rule S901: {problem}\n"


def test_a_pack_message_with_a_numbered_field_is_refused_at_load(tmp_path, run_cli):
    (tmp_path / "packs").mkdir()
    write(tmp_path / "packs", "house.yml", PACK.replace("'Use \"{suggestion}\", not \"{match}\".'", "'Bad {0}'"))
    write(tmp_path, "newslint.toml", 'rule-paths = ["packs"]\n')
    write(tmp_path, "a.txt", "Rates rose 5 per cent.\n")
    result = run_cli("check", "--no-cache", "a.txt")
    assert result.returncode == 2
    assert "rule S901: 'message' may name only {match} and {suggestion}" in result.stderr


@pytest.mark.parametrize(
    "config",
    [
        'rule-paths = ["../elsewhere"]\n',
        '[vocabulary]\naccept-files = ["../elsewhere/words.txt"]\n',
    ],
)
def test_rule_and_vocabulary_paths_stay_inside_the_configuration_folder(tmp_path, run_cli, config):
    (tmp_path / "elsewhere").mkdir()
    write(tmp_path / "elsewhere", "words.txt", "Pashinyan\n")
    write(tmp_path / "elsewhere", "house.yml", PACK)
    desk = tmp_path / "desk"
    desk.mkdir()
    write(desk, "newslint.toml", config)
    write(desk, "a.txt", "Rates rose 5 per cent.\n")
    result = run_cli("check", "--no-cache", "a.txt", cwd=desk)
    assert result.returncode == 2
    assert "lies outside the configuration's folder" in result.stderr and result.stderr.count("\n") == 1


def test_an_empty_diff_revision_is_a_usage_error(tmp_path, run_cli):
    write(tmp_path, "a.txt", "The council met.\n")
    result = run_cli("check", "--no-cache", "--diff", "", "a.txt")
    assert result.returncode == 2
    assert result.stderr == "newslint: --diff needs a git revision such as main or HEAD~1, not an empty one\n"


def test_a_rule_stops_at_a_thousand_findings_in_one_draft_and_says_so():
    from newslint.api import lint_text
    from newslint.engine import MAX_FINDINGS_PER_RULE

    findings = [f for f in lint_text("(" * 1500 + "\n") if f.code == "P102"]
    assert len(findings) == MAX_FINDINGS_PER_RULE == 1000
    assert findings[-1].message.endswith("(P102 stopped here: more than 1,000 findings in this draft)")
    assert [f for f in lint_text("(" * 999 + "\n") if f.code == "P102"][-1].message == findings[0].message


def test_fix_on_stdin_gives_back_escape_sequences_of_the_draft(run_cli):
    # found by the fuzz run: click stripped "\x1b[A" from the fixed draft printed to a pipe
    result = run_cli("check", "--no-cache", "--fix", "-", input="\x1b[AThe council met.\n")
    assert result.stdout == "\x1b[AThe council met.\n"
