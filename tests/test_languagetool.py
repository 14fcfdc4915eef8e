"""LanguageTool as a backend: against a real LanguageTool server (see ``languagetool_url`` in
conftest.py), plus unit tests of what is sent and how matches map back."""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
import unicodedata
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from newslint import languagetool
from newslint.languagetool.cache import valid_matches
from newslint.languagetool.pieces import batches, join_texts, split_matches
from newslint.api import Overrides, lint_paths, lint_text
from newslint.checks.grammar import LanguageToolRule
from newslint.config import ConfigFinder, Settings, settings_from_table
from newslint.document import Document
from newslint.engine import is_selected
from newslint.errors import ConfigError

DRAFT = """---
title: The figures was wrong
date: 2024-08-20
---
# Council approves the budget

The council met on Monday at the [town hall](https://example.org/the-figures-was-wrong).
The figures was released on Tuesday.

```
The figures was wrong.
```

“They was wrong,” said Zoë Müller.

Officials said the plan would effect thousands of people.
"""


def place(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """1-based line and column of the nth occurrence of ``needle`` (for writing expectations)."""
    offset = -1
    for _ in range(nth):
        offset = text.index(needle, offset + 1)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def lt_settings(url: str, **table) -> Settings:
    """LanguageTool alone: newslint's own rules would take over the words they flag too."""
    return Settings(tables=(("languagetool", dict(table, server=url)),), select=("LT",))


def closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


# -- unit tests: what is sent and how it maps back ------------------------------------------


def test_piece_drops_markup_and_maps_every_character_back():
    text = "# Title\n\nSee the [report](https://example.org/x).\nIt   was  **very** late.\n"
    doc = Document(text, path="a.md")
    pieces = [languagetool.piece_of(doc.text, doc.prose, p.start, p.end) for p in doc.paragraphs]
    assert [p.text for p in pieces] == ["Title", "See the report. It was very late."]
    body = pieces[1]
    for index, char in enumerate(body.text):
        if char != " ":
            assert doc.text[body.offsets[index]] == char
    # "late" is on the file's second line of the paragraph.
    at = body.text.index("late")
    assert doc.line_col(body.offsets[at]) == place(text, "late")


def test_piece_keeps_a_space_between_words_that_markup_alone_separated():
    text = "Profits rose<br>sharply."
    doc = Document(text, path="a.md")
    piece = languagetool.piece_of(doc.text, doc.prose, 0, len(text))
    assert piece.text in ("Profits rose sharply.", "Profits rose<br>sharply.")
    assert "rosesharply" not in piece.text


def test_split_returns_matches_to_their_paragraphs_and_drops_those_across_two():
    joined, starts = join_texts(["One two.", "Three four."])
    assert joined == "One two.\n\nThree four."
    found = [
        {"offset": 4, "length": 3, "rule": "A"},
        {"offset": joined.index("four"), "length": 4, "rule": "B"},
        {"offset": 5, "length": 8, "rule": "C"},  # runs into the next paragraph
    ]
    split = split_matches(found, starts, [8, 11])
    assert [[m["rule"] for m in part] for part in split] == [["A"], ["B"]]
    assert split[1][0]["offset"] == "Three four.".index("four")


def test_batches_stay_under_the_request_size():
    items = [(str(i), "x" * (languagetool.BATCH_CHARS // 2 - 10)) for i in range(7)]
    groups = list(batches(items))
    assert [key for batch in groups for key, _ in batch] == [str(i) for i in range(7)]
    assert all(sum(len(text) + 2 for _, text in b) <= languagetool.BATCH_CHARS for b in groups)
    assert len(groups) == 4


@pytest.mark.parametrize(
    "category, family",
    [
        ("TYPOS", "spelling"),
        ("PUNCTUATION", "punctuation"),
        ("TYPOGRAPHY", "punctuation"),
        ("STYLE", "style"),
        ("REDUNDANCY", "style"),
        ("REPETITIONS_STYLE", "style"),
        ("GRAMMAR", "grammar"),
        ("CONFUSED_WORDS", "grammar"),
        ("MISC", "grammar"),
    ],
)
def test_categories_map_to_families(category, family):
    assert languagetool.family_of(category) == family


def test_options_are_validated_with_the_file_and_key_named():
    with pytest.raises(ConfigError, match=r"newslint.toml: unknown key 'languagetool.sever'"):
        settings = settings_from_table({"languagetool": {"sever": "x"}}, Path("."), "newslint.toml")
        languagetool.options(settings)
    for table, problem in [
        ({"server": "localhost:8081"}, "must be an http:// or https:// URL"),
        ({"server": "local", "timeout": 0}, "'languagetool.timeout' must be a number"),
        ({"server": "local", "enable": "EN_A_VS_AN"}, "'languagetool.enable' must be a list"),
        ({"server": "local", "picky": "yes"}, "'languagetool.picky' must be true or false"),
    ]:
        settings = settings_from_table({"languagetool": table}, Path("."), "newslint.toml")
        with pytest.raises(ConfigError, match=problem):
            languagetool.options(settings)


def test_enable_and_disable_change_the_rules_sent_and_kept():
    plain = languagetool.Options(server="local")
    assert "ENGLISH_WORD_REPEAT_RULE" in plain.disabled_rules
    assert plain.switched_off("EN_COMPOUNDS_WAL_MART")  # sub-rule of a default-disabled rule
    assert not plain.switched_off("AFFECT_EFFECT")
    changed = languagetool.Options(server="local", enable=("ENGLISH_WORD_REPEAT_RULE",), disable=("AFFECT_EFFECT",))
    assert "ENGLISH_WORD_REPEAT_RULE" not in changed.disabled_rules
    assert not changed.switched_off("ENGLISH_WORD_REPEAT_RULE")
    assert changed.switched_off("AFFECT_EFFECT")
    assert plain.ruleset_key("en-US") != changed.ruleset_key("en-US")
    assert plain.ruleset_key("en-US") != plain.ruleset_key("en-GB")


def test_rule_is_off_without_a_server_and_follows_select_and_ignore():
    rule = LanguageToolRule()
    assert not is_selected(rule, Settings())
    assert not is_selected(rule, Settings(select=("LT",)))
    on = Settings(tables=(("languagetool", {"server": "http://127.0.0.1:1"}),))
    assert is_selected(rule, on)
    assert not is_selected(rule, on.with_options(ignore=("LT",)))
    assert is_selected(rule, on.with_options(ignore=("LTEN_A_VS_AN",)))
    assert is_selected(rule, on.with_options(select=("LTEN_A_VS_AN",)))
    assert not is_selected(rule, on.with_options(select=("S",)))


def test_language_follows_the_spelling_setting_and_the_story():
    opts = languagetool.Options(server="local")
    uk = Document("The organisation said the colour of the programme was wrong. Mr Brown agreed.")
    assert languagetool.language_for(opts, Settings(spelling="en-US"), uk) == "en-US"
    assert languagetool.language_for(opts, Settings(), uk) == "en-GB"
    assert languagetool.language_for(languagetool.Options(server="local", language="de-DE"), Settings(), uk) == "de-DE"


# -- a counting proxy and a silent server, on loopback ----------------------------------------


class Recorder:
    """A small HTTP proxy in front of the real server that records every request."""

    def __init__(self, target: str | None, delay: float = 0.0):
        self.requests: list[tuple[str, str, str]] = []
        recorder = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _forward(self, method):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                recorder.requests.append((method, self.path, body.decode("utf-8", "replace")))
                if target is None:  # a server that never answers in time
                    time.sleep(delay)
                    return
                request = urllib.request.Request(
                    target + self.path, data=body or None, method=method,
                    headers={"Content-Type": self.headers.get("Content-Type", "application/x-www-form-urlencoded")},
                )
                with urllib.request.urlopen(request, timeout=120) as reply:
                    data = reply.read()
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.headers.get("Content-Type", "application/json"))
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)

            def do_GET(self):
                self._forward("GET")

            def do_POST(self):
                self._forward("POST")

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def checks(self) -> list[str]:
        """The text of every check request."""
        return [
            urllib.parse.parse_qs(body).get("text", [""])[0]
            for method, path, body in self.requests
            if path.endswith("/check")
        ]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def proxy(languagetool_url):
    recorder = Recorder(languagetool_url)
    yield recorder
    recorder.close()


# -- against the real server ------------------------------------------------------------------


def test_grammar_errors_in_a_markdown_draft_are_placed_exactly(tmp_path, run_cli, languagetool_url):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = run_cli(
        "check", "--format", "json", "--no-cache", "--languagetool", languagetool_url, "--select", "LT", "draft.md"
    )
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)
    # Never the front matter, the link target or the code block, which say the same thing.
    got = {(f["code"], f["line"], f["column"], f["end_line"], f["end_column"]) for f in findings}
    expected = set()
    for code, needle, nth in [
        ("LTAGREEMENT_SENT_START", "was released", 1),
        ("LTPERS_PRONOUN_AGREEMENT", "was wrong,”", 1),
        ("LTAFFECT_EFFECT", "effect thousands", 1),
    ]:
        line, column = place(DRAFT, needle, nth)
        expected.add((code, line, column, line, column + len(needle.split()[0].rstrip(",”"))))
    assert got == expected
    by_code = {f["code"]: f for f in findings}
    assert by_code["LTAFFECT_EFFECT"]["family"] == "grammar"
    assert by_code["LTAFFECT_EFFECT"]["severity"] == "warning"
    assert "affect" in by_code["LTAFFECT_EFFECT"]["suggestions"]
    assert by_code["LTAFFECT_EFFECT"]["message"].startswith('"effect": ')
    # The quoted one is the speaker's: reported as quoted, as advice.
    assert by_code["LTPERS_PRONOUN_AGREEMENT"]["quoted"] is True
    assert by_code["LTPERS_PRONOUN_AGREEMENT"]["severity"] == "info"


def test_a_match_on_the_second_line_of_a_wrapped_paragraph(languagetool_url):
    text = "Headline here\n\nThe council met on Monday at the town hall and said the\nplan would effect thousands of people.\n"
    findings = lint_text(text, path="story.txt", settings=lt_settings(languagetool_url))
    effect = [f for f in findings if f.code == "LTAFFECT_EFFECT"]
    assert len(effect) == 1
    assert (effect[0].line, effect[0].column) == place(text, "effect")
    assert text[effect[0].start : effect[0].end] == "effect"


def test_quoted_matches_are_marked_quoted_and_never_fixed(tmp_path, run_cli, languagetool_url):
    text = "Vote\n\n“They was wrong,” said Zoë Müller.\n"
    draft = tmp_path / "q.txt"
    draft.write_text(text, encoding="utf-8")
    findings = lint_text(text, path="q.txt", settings=lt_settings(languagetool_url))
    lt = [f for f in findings if f.code.startswith("LT")]
    assert lt and all(f.quoted and not f.fixable for f in lt)
    result = run_cli("check", "--fix", "--no-cache", "--languagetool", languagetool_url, "q.txt")
    assert draft.read_text(encoding="utf-8") == text, result.stderr


def test_select_ignore_and_the_table_switch_single_languagetool_rules(tmp_path, run_cli, languagetool_url):
    text = "Vote\n\nThe figures was released on Monday. Officials said the plan would effect the the town.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")

    def codes(*args):
        # LanguageTool alone unless a test says otherwise: newslint's own rules would take
        # over the words they flag too.
        select = () if "--select" in args else ("--select", "LT")
        result = run_cli("check", "--format", "json", "--no-cache", "--languagetool", languagetool_url, *select, *args, "a.txt")
        assert result.returncode in (0, 1), result.stderr
        return sorted(f["code"] for f in json.loads(result.stdout) if f["code"].startswith("LT"))

    assert codes() == ["LTAFFECT_EFFECT", "LTAGREEMENT_SENT_START"]
    assert codes("--ignore", "LTAFFECT_EFFECT") == ["LTAGREEMENT_SENT_START"]
    assert codes("--select", "LTAFFECT_EFFECT") == ["LTAFFECT_EFFECT"]
    assert codes("--select", "ALL", "--ignore", "LT") == []
    (tmp_path / "newslint.toml").write_text(
        '[languagetool]\nenable = ["ENGLISH_WORD_REPEAT_RULE"]\ndisable = ["AFFECT_EFFECT"]\n', encoding="utf-8"
    )
    assert codes() == ["LTAGREEMENT_SENT_START", "LTENGLISH_WORD_REPEAT_RULE"]
    # "the the" is newslint's S301 too: LanguageTool's finding on it gives way to newslint's.
    assert codes("--select", "LT,S301") == ["LTAGREEMENT_SENT_START"]
    (tmp_path / "newslint.toml").write_text(
        '[severity]\nLT = "error"\nLTAFFECT_EFFECT = "info"\n', encoding="utf-8"
    )
    result = run_cli("check", "--format", "json", "--no-cache", "--languagetool", languagetool_url, "--select", "LT", "a.txt")
    graded = {f["code"]: f["severity"] for f in json.loads(result.stdout) if f["code"].startswith("LT")}
    assert graded == {"LTAGREEMENT_SENT_START": "error", "LTAFFECT_EFFECT": "info"}


def test_a_second_run_sends_nothing_and_an_edit_sends_only_its_paragraph(tmp_path, run_cli, proxy):
    first = "Vote\n\nThe figures was released on Monday.\n\nOfficials said the plan would effect many.\n"
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(first, encoding="utf-8")
    (tmp_path / "c.md").write_text("Other\n\nHe said the vote went good for the council.\n", encoding="utf-8")
    env = {"NEWSLINT_CACHE_DIR": str(tmp_path / "cache")}
    args = ("check", "--format", "json", "--jobs", "2", "--languagetool", proxy.url, "--select", "LT", "a.md", "b.md", "c.md")
    one = run_cli(*args, env=env)
    assert one.returncode == 1, one.stderr
    # One request for all three drafts and nothing else (no look-up of the languages), each
    # paragraph sent once (b.md's are a.md's), whatever --jobs says.
    assert [path for _, path, _ in proxy.requests] == ["/v2/check"]
    assert sorted(proxy.checks()[0].split("\n\n")) == sorted(
        {"Vote", "The figures was released on Monday.", "Officials said the plan would effect many.",
         "Other", "He said the vote went good for the council."}
    )
    proxy.requests.clear()
    two = run_cli(*args, env=env)
    assert proxy.requests == []
    assert json.loads(two.stdout) == json.loads(one.stdout)
    # Edit one paragraph of a.md: the result cache misses, the paragraph cache does not.
    (tmp_path / "a.md").write_text(first.replace("many.", "many people."), encoding="utf-8")
    three = run_cli(*args, env=env)
    assert proxy.checks() == ["Officials said the plan would effect many people."]
    assert any(f["path"] == "a.md" and f["code"] == "LTAGREEMENT_SENT_START" for f in json.loads(three.stdout))


def test_no_request_for_a_draft_without_prose(tmp_path, proxy):
    (tmp_path / "empty.md").write_text("---\ntitle: x\n---\n\n```\ncode only\n```\n", encoding="utf-8")
    settings = lt_settings(proxy.url)
    result = lint_paths([str(tmp_path / "empty.md")], ConfigFinder(), Overrides(languagetool=proxy.url))
    assert result.findings == [] and proxy.requests == []
    assert settings  # the same settings shape the command line builds


def test_a_span_both_engines_flag_is_reported_once_as_newslints(languagetool_url):
    text = "Harbour works\n\nIts a busy week for the port, the harbour master said.\nThe cranes was idle on Monday.\n"
    settings = Settings(tables=(("languagetool", {"server": languagetool_url}),))
    findings = lint_text(text, path="port.txt", settings=settings)
    alone = lint_text(text, path="port.txt", settings=lt_settings(languagetool_url))
    # LanguageTool by itself flags both slips; with newslint's rules on, each is one finding, newslint's.
    assert {text[f.start : f.end] for f in alone} >= {"Its", "was"}
    spans = [(f.start, f.end) for f in findings]
    assert len(spans) == len(set(spans))
    flagged = {text[f.start : f.end]: f.code for f in findings}
    assert not flagged["Its"].startswith("LT") and not flagged["was"].startswith("LT")


def test_with_languagetool_on_each_draft_is_read_into_a_document_once(tmp_path, languagetool_url, monkeypatch):
    from newslint import document
    from newslint.run import Run

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Vote {name}\n\nThe figures was released on Monday in Łódź.\n", encoding="utf-8")
    made = []
    original = document.Document.__init__

    def counting(self, text, *args, **kwargs):
        made.append(kwargs.get("path"))
        original(self, text, *args, **kwargs)

    monkeypatch.setattr(document.Document, "__init__", counting)
    run = Run(ConfigFinder(), Overrides(languagetool=languagetool_url))
    result = run.lint([str(tmp_path)])
    assert sorted(f.code for f in result.findings) == ["G203"] * 3  # LanguageTool's "was" defers to newslint's
    assert sorted(made) == sorted(str(tmp_path / f"{name}.txt") for name in "abc")


def test_more_drafts_than_one_group_are_all_checked_in_order(tmp_path, languagetool_url):
    from newslint.run import BACKEND_GROUP, Run

    names = [f"story-{i:03d}.txt" for i in range(BACKEND_GROUP + 6)]
    for i, name in enumerate(names):
        (tmp_path / name).write_text(f"Vote {i}\n\nThe figures was released in Łódź on day {i}.\n", encoding="utf-8")
    overrides = Overrides(select=("LT",), languagetool=languagetool_url)
    result = Run(ConfigFinder(), overrides).lint([str(tmp_path)])
    assert [Path(f.path).name for f in result.findings] == names
    assert {f.code for f in result.findings} == {"LTAGREEMENT_SENT_START"}


def test_the_rule_asks_the_backend_its_context_holds(languagetool_url):
    from newslint.backends import LanguageTool
    from newslint.engine import check_document
    from newslint.rule import Context

    settings = lt_settings(languagetool_url)
    doc = Document("Vote\n\nThe figures was released on Monday.\n", path="v.txt")
    rule = LanguageToolRule()
    backend = LanguageTool()
    found = check_document(doc, settings, [rule], Context(settings, backends={"languagetool": backend}))
    assert [f.code for f in found] == ["LTAGREEMENT_SENT_START"] and backend.session.requests == 1
    # Without its backend (a context made outside a run) the rule has nobody to ask: no findings.
    assert check_document(doc, settings, [rule], Context(settings)) == []


# -- when LanguageTool cannot be used -----------------------------------------------------------


def test_unreachable_server_on_the_command_line_is_one_line_exit_2_and_the_other_findings(tmp_path, run_cli):
    (tmp_path / "a.txt").write_text("Vote\n\nThe council met at a cost of TK\n", encoding="utf-8")
    url = f"http://127.0.0.1:{closed_port()}"
    result = run_cli("check", "--format", "json", "--no-cache", "--languagetool", url, "a.txt")
    assert result.returncode == 2
    # The other rules' findings are reported all the same.
    assert "B201" in {f["code"] for f in json.loads(result.stdout)}
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newslint: error:") and url in lines[0]


def test_unreachable_server_from_configuration_is_a_notice_and_the_rest_runs(tmp_path, run_cli):
    url = f"http://127.0.0.1:{closed_port()}"
    (tmp_path / "newslint.toml").write_text(f'[languagetool]\nserver = "{url}"\n', encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Vote\n\nThe council met at a cost of TK\n", encoding="utf-8")
    result = run_cli("check", "--format", "json", "a.txt", "b.txt", env={"NEWSLINT_CACHE_DIR": str(tmp_path / "cache")})
    assert result.returncode == 1, result.stderr
    assert {f["path"] for f in json.loads(result.stdout)} == {"a.txt", "b.txt"}
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newslint: notice:") and url in lines[0]
    # Results made without LanguageTool are not cached: a run with the server up checks again.
    assert not any((tmp_path / "cache").glob("v1/*/*.json"))


def test_a_server_that_does_not_answer_in_time(tmp_path, run_cli):
    silent = Recorder(None, delay=5)
    try:
        (tmp_path / "newslint.toml").write_text(
            f'[languagetool]\nserver = "{silent.url}"\ntimeout = 1\n', encoding="utf-8"
        )
        (tmp_path / "a.txt").write_text("Vote\n\nThe council met at a cost of TK\n", encoding="utf-8")
        started = time.monotonic()
        result = run_cli("check", "--no-cache", "a.txt")
        assert time.monotonic() - started < 15
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "did not answer within 1 s" in lines[0]
    finally:
        silent.close()


def test_local_server_without_java_is_one_line(tmp_path, run_cli):
    (tmp_path / "a.txt").write_text("Vote\n\nThe council met.\n", encoding="utf-8")
    # A cache folder of its own: the suite's local server (in the suite's folder) is not this one.
    env = {"PATH": str(tmp_path / "no-java"), "JAVA_HOME": str(tmp_path / "no-java"),
           "NEWSLINT_CACHE_DIR": str(tmp_path / "cache")}
    result = run_cli("check", "--no-cache", "--languagetool", "local", "a.txt", env=env)
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Java" in lines[0]


def test_the_readme_lists_every_rule_and_category_off_by_default():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Grammar with LanguageTool", 1)[1].split("\n## ", 1)[0]
    names = (
        list(languagetool.DEFAULT_DISABLED)
        + list(languagetool.DEFAULT_DISABLED_CATEGORIES)
        + list(languagetool.DEFAULT_DISABLED_PARTS)
        + sorted(languagetool.GUESSES)
    )
    for name in names:
        assert f"`{name}`" in section, name


@pytest.mark.parametrize(
    "category, issue, rule_id, severity",
    [
        ("GRAMMAR", "grammar", "AGREEMENT_SENT_START", "warning"),
        ("CONFUSED_WORDS", "misspelling", "AFFECT_EFFECT", "warning"),
        ("GRAMMAR", "grammar", "CD_NN", "info"),  # a guess
        ("GRAMMAR", "grammar", "FIGURE_HYPHEN", "info"),  # hyphenation is house style
        ("STYLE", "style", "GONNA", "info"),
        ("PUNCTUATION", "uncategorized", "COMMA_TAG_QUESTION", "info"),
        ("AMERICAN_ENGLISH", "locale-violation", "ANYMORE", "info"),
    ],
)
def test_severity_follows_confidence(category, issue, rule_id, severity):
    assert languagetool.severity_of(category, issue, rule_id) == severity


def test_a_or_an_is_left_to_newslints_own_rule(languagetool_url):
    # G101 goes by the next word's sound; LanguageTool's EN_A_VS_AN, off by default, would add
    # its misreadings of ordinals and prefixes.
    text = "Birthday\n\nAn 80th birthday party was held at a Intel plant near a unimolecular lab.\n"
    settings = Overrides(languagetool=languagetool_url).apply(Settings())
    findings = [f for f in lint_text(text, path="b.txt", settings=settings) if f.code in ("G101", "LTEN_A_VS_AN")]
    assert [(f.code, f.start) for f in findings] == [("G101", text.index("a Intel"))]
    assert languagetool.Options(server="local").switched_off("EN_A_VS_AN")


def test_a_or_an_before_an_amount_of_money_is_left_alone(languagetool_url):
    text = "Fraud\n\nShe is charged with running an $8bn scheme at a Intel plant.\n"
    settings = lt_settings(languagetool_url, enable=["EN_A_VS_AN"])
    findings = [f for f in lint_text(text, path="m.txt", settings=settings) if f.code == "LTEN_A_VS_AN"]
    assert [text[f.start : f.end] for f in findings] == ["a"]
    assert findings[0].start == text.index("a Intel")


def test_offsets_stay_exact_after_characters_outside_the_basic_plane(languagetool_url):
    # LanguageTool counts in UTF-16: an emoji is two of its characters and one of Python's.
    text = "Vote 🗳️\n\nZoë 🙂🙂 Müller said the plan would\r\neffect thousands of people 🙂.\r\n"
    findings = [f for f in lint_text(text, path="e.txt", settings=lt_settings(languagetool_url)) if f.code == "LTAFFECT_EFFECT"]
    assert len(findings) == 1
    assert text[findings[0].start : findings[0].end] == "effect"
    assert (findings[0].line, findings[0].column) == (4, 1)


def test_explain_a_languagetool_code(run_cli):
    result = run_cli("explain", "LTEN_A_VS_AN")
    assert result.returncode == 0
    assert result.stdout.startswith("LT (languagetool) · grammar")


def test_the_result_cache_key_includes_the_languagetool_settings():
    from newslint.cache import settings_key

    plain = Settings()
    on = Overrides(languagetool="http://127.0.0.1:8081").apply(plain)
    other = Overrides(languagetool="http://127.0.0.1:8082").apply(plain)
    disabled = on.with_options(tables=(("languagetool", {"server": "http://127.0.0.1:8081", "disable": ["EN_A_VS_AN"]}),))
    keys = {settings_key(s) for s in (plain, on, other, disabled)}
    assert len(keys) == 4


def test_a_capitalised_word_inside_a_sentence_is_a_name_not_a_slip(languagetool_url):
    text = "Primary\n\nIt was the first win since Lena Hart beat Omar Diallo. Hart said she would loose.\n"
    findings = [f for f in lint_text(text, path="n.txt", settings=lt_settings(languagetool_url)) if f.code.startswith("LT")]
    by_text = {text[f.start : f.end]: f.severity for f in findings}
    assert "Hart" not in by_text
    assert by_text.get("loose") == "warning"


def test_advice_and_guesses_are_off_unless_enabled():
    plain = languagetool.Options(server="local")
    for rule_id in ("CD_NN", "FIGURE_HYPHEN", "EN_COMPOUNDS_WAL_MART", "FOR_VB", "COLLECTIVE_NOUN_VERB_AGREEMENT_VBP"):
        assert plain.switched_off(rule_id), rule_id
    assert "STYLE" in plain.disabled_categories and "PUNCTUATION" in plain.disabled_categories
    for rule_id in ("A_MY", "AGREEMENT_SENT_START", "AFFECT_EFFECT", "IT_IS"):
        assert not plain.switched_off(rule_id), rule_id
    again = languagetool.Options(server="local", enable=("CD_NN", "FIGURE_HYPHEN", "STYLE"))
    assert not again.switched_off("CD_NN") and not again.switched_off("FIGURE_HYPHEN")
    assert "STYLE" not in again.disabled_categories
    assert languagetool.severity_of("GRAMMAR", "grammar", "CD_NN") == "info"  # a guess, when enabled


# -- servers that misbehave (issue 17): real sockets on loopback, each answering one way --------


class Misbehaving:
    """A small HTTP server on loopback that reads each request and answers with ``reply(text)``,
    a function of the text sent that returns the raw bytes to send (an iterable of pieces, with
    ``pause`` seconds between them)."""

    def __init__(self, reply, pause: float = 0.0):
        import socketserver

        self.request_lines: list[str] = []
        request_lines = self.request_lines

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                length = 0
                request_lines.append(self.rfile.readline().decode("latin-1").strip())
                while (line := self.rfile.readline()) not in (b"\r\n", b"\n", b""):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                body = self.rfile.read(length).decode("utf-8")
                text = urllib.parse.parse_qs(body).get("text", [""])[0]
                try:
                    for piece in reply(text):
                        self.wfile.write(piece)
                        self.wfile.flush()
                        if pause:
                            time.sleep(pause)
                except OSError:  # the client hung up: what a client that gives up does
                    pass

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def http_reply(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    return head.encode("ascii") + body


@pytest.fixture
def misbehaving():
    servers = []

    def make(reply, pause: float = 0.0) -> Misbehaving:
        servers.append(Misbehaving(reply, pause))
        return servers[-1]

    yield make
    for server in servers:
        server.close()


TK_DRAFT = "Vote\n\nThe council met at a cost of TK\n"


def test_a_server_sending_a_byte_a_second_is_stopped_by_the_total_timeout(tmp_path, run_cli, misbehaving):
    # Every read gets a byte in time, so a timeout per read would wait for ever (issue 17:
    # past 200 s with timeout = 2). The whole request has `timeout` seconds.
    reply = http_reply("200 OK", b'{"matches": []}' + b" " * 10_000)
    server = misbehaving(lambda text: (reply[i : i + 1] for i in range(len(reply))), pause=0.5)
    (tmp_path / "newslint.toml").write_text(f'[languagetool]\nserver = "{server.url}"\ntimeout = 1\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(TK_DRAFT, encoding="utf-8")
    started = time.monotonic()
    result = run_cli("check", "--format", "json", "--no-cache", "a.txt")
    assert time.monotonic() - started < 20  # bounded: without the total timeout, hours
    assert result.returncode == 1  # configured, not asked for: a notice; B201 still fails the run
    assert "B201" in {f["code"] for f in json.loads(result.stdout)}
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "did not answer within 1 s" in lines[0], lines


def test_post_gives_up_at_its_deadline_however_slowly_the_headers_come(misbehaving):
    reply = http_reply("200 OK", b'{"matches": []}')
    server = misbehaving(lambda text: (reply[i : i + 1] for i in range(len(reply))), pause=0.3)
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        languagetool.post(server.url + "/v2/check", {"text": "x"}, timeout=1.0)
    assert time.monotonic() - started < 5


def endless(text):
    yield b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
    yield b'{"matches": ['
    while True:
        yield b" " * 65536


def test_an_endless_reply_is_refused_at_the_size_limit(misbehaving):
    server = misbehaving(endless)
    with pytest.raises(ValueError, match="larger than 1 MB"):
        languagetool.post(server.url + "/v2/check", {"text": "x"}, timeout=60, limit=1024 * 1024)


def test_an_endless_reply_ends_the_run_in_one_line_without_eating_memory(tmp_path, run_cli, misbehaving):
    import resource

    server = misbehaving(endless)
    (tmp_path / "a.txt").write_text(TK_DRAFT, encoding="utf-8")
    # A process of its own (a hang guard makes run_cli start one), so that its memory is measured.
    result = run_cli("check", "--format", "json", "--no-cache", "--languagetool", server.url, "a.txt", timeout=120)
    assert result.returncode == 2
    assert "B201" in {f["code"] for f in json.loads(result.stdout)}
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "reply was larger than 16 MB" in lines[0], lines
    # The largest child this test process has waited for (issue 17: 3 GB in 13 s).
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 600 * 1024


def test_an_http_500_is_a_failure_never_no_problems_and_never_cached(tmp_path, run_cli, misbehaving):
    server = misbehaving(lambda text: [http_reply("500 Internal Server Error", b'{"matches": []}')])
    (tmp_path / "a.txt").write_text(TK_DRAFT, encoding="utf-8")
    cache = tmp_path / "cache"
    args = ("check", "--format", "json", "--cache-dir", str(cache), "--languagetool", server.url, "a.txt")
    result = run_cli(*args)
    assert result.returncode == 2
    assert "B201" in {f["code"] for f in json.loads(result.stdout)}
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newslint: error:") and "HTTP 500" in lines[0], lines
    assert [p for p in cache.rglob("*.json")] == []  # neither the paragraph nor the draft cached
    again = run_cli(*args)
    assert again.returncode == 2 and "HTTP 500" in again.stderr


def test_a_reply_that_is_not_a_check_reply_is_a_failure(misbehaving, tmp_path, run_cli):
    server = misbehaving(lambda text: [http_reply("200 OK", b"<html>Service Unavailable</html>")])
    (tmp_path / "a.txt").write_text(TK_DRAFT, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--languagetool", server.url, "a.txt")
    assert result.returncode == 2
    assert "unexpected reply" in result.stderr and "B201" in result.stdout


HOSTILE = "bad\n::error file=a.txt,line=1::owned\r\n\x1b[2J\x1b]0;title\x07 \u202eevil\x85::warning::x"


def hostile_reply(text: str) -> list[bytes]:
    at = text.index("council")
    match = {
        "offset": at, "length": len("council"), "message": HOSTILE,
        "replacements": [{"value": HOSTILE}, {"value": "\n::error::two"}, {"value": "committee"}],
        "rule": {"id": "EN_HOSTILE", "issueType": "grammar\n::error::x", "category": {"id": "GRAMMAR"}},
        "context": {"text": text, "offset": at, "length": 7},
    }
    bad_id = dict(match, rule={"id": "X\n::error::id", "issueType": "grammar", "category": {"id": "GRAMMAR"}})
    not_a_match = ["::error::list"]
    return [http_reply("200 OK", json.dumps({"matches": [match, bad_id, not_a_match, {"offset": -1}]}).encode())]


@pytest.mark.parametrize("format_name", ["github", "text", "json", "sarif"])
def test_text_from_the_server_cannot_inject_commands_or_control_characters(tmp_path, run_cli, misbehaving, format_name):
    server = misbehaving(hostile_reply)
    (tmp_path / "a.txt").write_text("Vote\n\nThe council met on Monday.\n", encoding="utf-8")
    result = run_cli(
        "check", "--format", format_name, "--no-cache", "--select", "LT", "--fail-on", "info",
        "--languagetool", server.url, "a.txt",
    )
    assert result.returncode == 1, result.stderr
    out = result.stdout
    assert "EN_HOSTILE" in out  # the sound match is reported, cleaned
    assert not any(ord(c) < 32 and c not in "\n" for c in out), repr(out)
    assert not any(c in out for c in "\x7f\x85\u202e\u2028")
    assert "::error" not in out and "::warning" not in out  # not even where a report wraps a line
    lines = out.splitlines()
    if format_name == "github":
        # One workflow command, the finding's own; nothing from the server starts a line.
        assert len(lines) == 1 and lines[0].startswith("::notice file=a.txt,")
    else:
        assert not any(line.lstrip().startswith("::") for line in lines)
    if format_name == "json":
        (finding,) = json.loads(out)
        assert finding["code"] == "LTEN_HOSTILE"
        assert "\n" not in finding["message"] and all("\n" not in s for s in finding["suggestions"])
        assert finding["suggestions"][-1] == "committee"


def test_drafts_with_different_rule_sets_are_each_checked_with_their_own(tmp_path, run_cli, proxy):
    # One client per server and timeout; each request carries its own drafts' rule set.
    for folder, table in (("a", ""), ("b", 'enable = ["PHRASE_REPETITION"]\ndisable = ["IT_IS"]\n')):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "newslint.toml").write_text(f'[languagetool]\nserver = "{proxy.url}"\n{table}', encoding="utf-8")
        (tmp_path / folder / "d.txt").write_text(f"Vote {folder}\n\nHe said the plan would effect many.\n", encoding="utf-8")
    result = run_cli("check", "--format", "json", "--no-cache", "--select", "LT", "a/d.txt", "b/d.txt")
    assert result.returncode == 1, result.stderr
    sent = {
        urllib.parse.parse_qs(body)["text"][0].split("\n\n")[0]: urllib.parse.parse_qs(body)
        for _, path, body in proxy.requests
        if path == "/v2/check"
    }
    assert set(sent) == {"Vote a", "Vote b"}
    assert "enabledRules" not in sent["Vote a"] and "IT_IS" not in sent["Vote a"]["disabledRules"][0].split(",")
    assert sent["Vote b"]["enabledRules"] == ["PHRASE_REPETITION"]
    assert "IT_IS" in sent["Vote b"]["disabledRules"][0].split(",")


# -- replies as untrusted data: any JSON, never an exception or a bad span ------------------------


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**6) | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
_MATCH = st.fixed_dictionaries(
    {
        "offset": st.integers(-2, 40) | _JSON,
        "length": st.integers(-2, 40) | _JSON,
        "message": st.text(max_size=40) | _JSON,
        "replacements": st.lists(st.fixed_dictionaries({"value": st.text(max_size=20) | _JSON}) | _JSON, max_size=3) | _JSON,
        "rule": st.fixed_dictionaries(
            {"id": st.from_regex(r"[A-Z_]{1,12}", fullmatch=True) | st.text(max_size=12) | _JSON,
             "issueType": st.text(max_size=10) | _JSON,
             "category": st.fixed_dictionaries({"id": st.text(max_size=10) | _JSON}) | _JSON}
        ) | _JSON,
    }
)


@pytest.mark.fuzz  # the profile's examples: 100 in the test run, 10,000 in the long fuzz run
@hypothesis_settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=30), matches=st.lists(_MATCH | _JSON, max_size=5))
def test_any_reply_gives_matches_inside_the_text_with_clean_strings(text, matches):
    found = languagetool.parse_matches({"matches": matches}, text)
    for match in found:
        assert 0 <= match["offset"] < match["offset"] + match["length"] <= len(text)
        for value in (match["rule"], match["message"], match["category"], match["issue"], *match["replacements"]):
            assert value == languagetool.clean(value, 500)
    assert valid_matches(found)  # what the cache stores, it reads back


@hypothesis_settings(max_examples=300, deadline=None)
@given(st.text())
def test_cleaned_text_is_one_line_without_control_characters_or_commands(text):
    cleaned = languagetool.clean(text)
    assert cleaned == cleaned.strip() and "::" not in cleaned
    assert not any(c.isspace() and c != " " for c in cleaned)
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs", "Cn") for c in cleaned)


def one_match(text: str) -> list[bytes]:
    at = text.index("council")
    match = {"offset": at, "length": 7, "message": "Check this word.", "replacements": [{"value": "committee"}],
             "rule": {"id": "EN_TEST", "issueType": "grammar", "category": {"id": "GRAMMAR"}}}
    return [http_reply("200 OK", json.dumps({"matches": [match]}).encode())]


def test_a_proxy_from_the_environment_carries_requests_to_a_remote_server(tmp_path, run_cli, misbehaving):
    proxy = misbehaving(one_match)  # it answers for the server itself
    (tmp_path / "a.txt").write_text("Vote\n\nThe council met on Monday.\n", encoding="utf-8")
    env = {"http_proxy": proxy.url, "HTTP_PROXY": proxy.url, "no_proxy": "", "NO_PROXY": ""}
    result = run_cli(
        "check", "--format", "json", "--no-cache", "--select", "LT",
        "--languagetool", "http://languagetool.invalid:8081", "a.txt", env=env,
    )
    assert result.returncode == 1, result.stderr
    assert [f["code"] for f in json.loads(result.stdout)] == ["LTEN_TEST"]
    assert proxy.request_lines == ["POST http://languagetool.invalid:8081/v2/check HTTP/1.1"]


def test_a_server_on_this_machine_is_never_reached_through_a_proxy(tmp_path, run_cli, misbehaving):
    server = misbehaving(one_match)
    unused = f"http://127.0.0.1:{closed_port()}"
    (tmp_path / "a.txt").write_text("Vote\n\nThe council met on Monday.\n", encoding="utf-8")
    env = {"http_proxy": unused, "HTTP_PROXY": unused, "no_proxy": "", "NO_PROXY": ""}
    result = run_cli("check", "--format", "json", "--no-cache", "--select", "LT", "--languagetool", server.url, "a.txt", env=env)
    assert result.returncode == 1, result.stderr
    assert server.request_lines == ["POST /v2/check HTTP/1.1"]


def test_every_rule_off_by_default_has_a_reason_in_the_data_file():
    from newslint.datafiles import data_sections
    from newslint.languagetool.client import RULE_ID

    table = data_sections("languagetool_rules.txt")
    assert set(table) == {"off", "off-parts", "off-categories", "guesses"}
    seen = set()
    for section in ("off", "off-parts", "off-categories"):
        for line in table[section]:
            entry, _, why = line.partition("\t")
            assert RULE_ID.fullmatch(entry) and entry.upper() == entry, line
            assert len(why.split()) >= 3, line  # a reason, not a placeholder
            assert entry not in seen, entry
            seen.add(entry)
    assert not seen & languagetool.GUESSES
    # The rules that repeat newslint's own are off: a/an (G101), contractions (G102).
    plain = languagetool.Options(server="local")
    assert plain.switched_off("EN_A_VS_AN") and plain.switched_off("EN_CONTRACTION_SPELLING")


def test_the_measurement_reads_wikipedia_articles_as_drafts(tmp_path):
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "measure_languagetool_rules.py"
    spec = importlib.util.spec_from_file_location("measure_languagetool_rules", script)
    measure = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(measure)
    dump = tmp_path / "wiki_00"
    dump.write_text(
        '<doc id="1" url="u" title="Harbour">\nHarbour\n\nThe harbour opened in 1902.\n'
        "Boats still moor there in winter.\n</doc>\n"
        '<doc id="2" url="u" title="Empty">\nEmpty\n</doc>\n'
        '<doc id="3" url="u" title="Mill">\nMill\n\nThe mill ground corn for the village.\n</doc>\n',
        encoding="utf-8",
    )
    drafts = measure.extracted_articles([dump], tmp_path, words=5)
    assert [d.read_text(encoding="utf-8") for d in drafts] == [
        "Harbour\n\nThe harbour opened in 1902.\n\nBoats still moor there in winter.\n"
    ]
    both = measure.extracted_articles([dump], tmp_path, words=1000)
    assert [d.read_text(encoding="utf-8").split("\n")[0] for d in both] == ["Harbour", "Mill"]


def test_the_measurement_reads_web_treebank_documents_as_drafts(tmp_path):
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "measure_languagetool_rules.py"
    spec = importlib.util.spec_from_file_location("measure_languagetool_rules", script)
    measure = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(measure)
    treebank = tmp_path / "web.conllu"
    treebank.write_text(
        "# newdoc id = a\n# newpar id = a-p1\n# sent_id = 1\n# text = The shop opens at nine.\n1\tThe\n\n"
        "# sent_id = 2\n# text = Staff were friendly.\n1\tStaff\n\n"
        "# newpar id = a-p2\n# sent_id = 3\n# text = Parking is easy.\n1\tParking\n\n"
        "# newdoc id = b\n# sent_id = 4\n# text = Any tips for Lisbon?\n1\tAny\n\n",
        encoding="utf-8",
    )
    drafts = measure.conllu_drafts([treebank], tmp_path)
    assert [d.read_text(encoding="utf-8") for d in drafts] == [
        "Web text\n\nThe shop opens at nine. Staff were friendly.\n\nParking is easy.\n",
        "Web text\n\nAny tips for Lisbon?\n",
    ]


@pytest.mark.parametrize(
    ("covered", "suggestions", "dropped"),
    [
        ("side-effect", ("side effect",), True),  # unhyphenated: house style
        ("duty free", ("duty-free",), True),  # hyphenated: house style
        ("1990–91", ("1990-91",), True),  # one dash for another
        ("alot", ("a lot", "lot"), False),  # a gap closed in a misspelling: an error
        ("everyday", ("every day",), False),  # one word for two: a different word
        ("Week End", ("Weekend",), False),
        ("side-effect", (), False),  # nothing suggested: nothing to compare
        ("its", ("it's",), False),
    ],
)
def test_a_suggestion_that_only_changes_hyphens_is_house_style(covered, suggestions, dropped):
    from newslint.checks.grammar import _only_hyphenation

    assert _only_hyphenation(covered, suggestions) is dropped


def test_a_match_on_capitalised_words_is_a_title_or_a_name():
    from newslint.checks.grammar import _title_words

    text = "Critics praised Week End, and The A cars ran late. The figures was wrong. Its a deal."
    assert _title_words(text, text.index("Week End"), len("Week End"))
    assert _title_words(text, text.index("The A"), len("The A"))
    assert not _title_words(text, text.index("The figures"), len("The figures"))  # one capital, then a noun
    assert not _title_words(text, text.index("Its"), len("Its"))  # one word: the sentence's first


def test_the_measurement_reports_the_ceiling_of_every_rule_together():
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "measure_languagetool_rules.py"
    spec = importlib.util.spec_from_file_location("measure_languagetool_rules", script)
    measure = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(measure)
    cases = {"cases/0001.txt", "cases/0003.txt", "cases/0005.txt", "cases/0007.txt"}
    own = {"cases/0001.txt", "cases/0002.txt"}  # 0002 is of the other half: not counted
    caught = {"A_RULE": {"cases/0001.txt", "cases/0003.txt"}, "OFF_RULE": {"cases/0005.txt", "cases/0009.txt"}}
    reach = measure.ceiling(cases, own, caught, {"A_RULE": "on", "OFF_RULE": "off"})
    assert reach == {"cases": 4, "own": 1, "on_by_default": 2, "every_rule": 3}


def test_a_hyphenation_only_match_is_dropped_unless_enable_names_its_rule(languagetool_url):
    text = "Closure\n\nOne side-effect of the closure was a rise in traffic.\n"

    def found(**table):
        settings = lt_settings(languagetool_url, **table)
        return [text[f.start : f.end] for f in lint_text(text, path="n.txt", settings=settings)]

    assert found() == []
    assert found(enable=["AFFECT_EFFECT"]) == ["side-effect"]


def test_the_measurement_reads_a_rule_only_on_evidence_from_two_documents():
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "measure_languagetool_rules.py"
    spec = importlib.util.spec_from_file_location("measure_languagetool_rules", script)
    measure = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(measure)
    on = {"status": "on"}
    # Two findings on clean copy, in two documents, and no catch: read.
    assert measure.to_read({**on, "wiki": 1, "wiki_docs": 1, "web": 1, "web_docs": 1})
    # Two findings in one document: one case, not evidence enough.
    assert not measure.to_read({**on, "wiki": 2, "wiki_docs": 1})
    # As many catches on real-dev as findings on clean copy: kept unread.
    assert not measure.to_read({**on, "hits": 2, "corpus": 2, "corpus_docs": 2})
    # A finding on a corrected draft counts as one on clean copy.
    assert measure.to_read({**on, "fixed": 1, "fixed_docs": 1, "corpus": 1, "corpus_docs": 1})
    # A rule off by default is read when it adds two catches newslint's own rules miss.
    assert measure.to_read({"status": "off", "new": 2, "corpus": 50, "corpus_docs": 40})
    assert not measure.to_read({"status": "off", "new": 1, "hits": 30})


def test_the_measurement_page_states_the_held_out_ceiling_as_totals():
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "measure_languagetool_rules.py"
    spec = importlib.util.spec_from_file_location("measure_languagetool_rules", script)
    measure = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(measure)
    held_out = {"cases": 132, "own": 55, "on_by_default": 57, "every_rule": 60}
    page = measure.markdown([], {}, "cmd", None, held_out)
    assert "**The held-out half**" in page
    assert "catch 55; with the LanguageTool rules on by default,\n57; with every LanguageTool rule that fired, 60 (0.45)" in page
    assert "held-out" not in measure.markdown([], {}, "cmd", None, None)


def test_the_measurement_counts_each_rule_on_the_real_error_harness():
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "measure_languagetool_rules.py"
    spec = importlib.util.spec_from_file_location("measure_languagetool_rules", script)
    measure = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(measure)
    harness = measure._harness()
    text = "The council have approve the plan on Monday and it were late."
    tokens = text.split()
    spans, at = [], 0
    for token in tokens:
        at = text.index(token, at)
        spans.append((at, at + len(token)))
        at += len(token)
    # Two agreed errors: "approve" (-> "approved") and "were" (-> "was"); someone also touched "on".
    approve, were = text.index("approve"), text.index("were")
    edits = [harness.Edit(3, 4, "approved", "grammar", "verb-form", (approve, approve + 7), 2),
             harness.Edit(10, 11, "was", "agreement", "agreement", (were, were + 4), 2)]
    on = text.index(" on ") + 1
    sentence = harness.Sentence("x", text, tokens, spans, 2, edits, [(on, on + 2)], "tune", "d.txt", 3)
    # newslint's own rules catch "were"; LanguageTool findings (1-based columns, as findings_of gives them):
    sentence.findings = [{"code": "G201", "line": 3, "column": were + 1, "end_column": were + 5}]

    def at_word(rule, word):
        start = text.index(word)
        return {"rule": rule, "line": 3, "column": start + 1, "end_column": start + 1 + len(word)}

    found = {"d.txt": [at_word("VERB_FORM", "approve"), at_word("AGREE", "were"), at_word("AGREE", "council"),
                       at_word("PREP", "on"), {**at_word("AGREE", "approve"), "line": 5}]}
    counts, examples, reach = measure.tally_edits([sentence], found)
    assert counts["VERB_FORM"] == {"edits": 1, "edits_new": 1}  # newslint missed "approve"
    assert counts["AGREE"] == {"edits": 1, "untouched": 1, "untouched_docs": 1}  # "council": no annotator touched it
    assert counts["PREP"] == {}  # an annotator touched "on": counted neither way
    assert reach["errors"] == 2 and len(reach["own_ids"]) == 1
    assert {rule: len(ids) for rule, ids in reach["caught_by"].items()} == {"VERB_FORM": 1, "AGREE": 1}
    assert examples["AGREE"][-1].startswith("OTHER: ") and "[[council]]" in examples["AGREE"][-1]
    # The threshold reads a rule on by default whose harness findings at untouched words outnumber its catches.
    assert measure.to_read({"status": "on", "edits": 1, "untouched": 2, "untouched_docs": 2})
    assert not measure.to_read({"status": "on", "edits": 2, "untouched": 2, "untouched_docs": 2})
    assert measure.to_read({"status": "off", "new": 1, "edits_new": 1})
