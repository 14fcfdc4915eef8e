"""What the speed work added: time per rule for the benchmark, one process linting many drafts
with its loaded data frozen, the tagger's packed scores, and untagged sentence tokens."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from newslint import engine, tagger, tagger_features, workers
from newslint.api import lint_text
from newslint.document import Document
from newslint.run import Run

ROOT = Path(__file__).resolve().parents[1]


def test_timings_count_each_rule_and_analysis_only_when_asked(monkeypatch):
    text = "The results of the inquiry was published on Monday, the the mayor said.\n"
    plain = lint_text(text, path="draft.txt")
    monkeypatch.setattr(engine, "TIMINGS", Counter())
    timed = lint_text(text, path="draft.txt")
    assert [f.code for f in timed] == [f.code for f in plain]  # the same findings either way
    assert {"G203", "S301"} <= set(engine.TIMINGS)
    assert "analysis tags" in engine.TIMINGS and "analysis lexicon" in engine.TIMINGS
    assert all(seconds >= 0 for seconds in engine.TIMINGS.values())


def test_lint_in_this_process_freezes_what_the_first_draft_loaded_then_thaws():
    seen = []

    def lint_here(items):
        seen.append((list(items), gc.get_freeze_count() > 0))

    before = gc.get_freeze_count()
    workers.lint_in_this_process(["a", "b", "c"], lint_here)
    assert seen == [(["a"], before > 0), (["b", "c"], True)]
    assert gc.get_freeze_count() == before
    seen.clear()
    workers.lint_in_this_process(["a"], lint_here)  # one draft: nothing to freeze for
    assert seen == [(["a"], before > 0)]


def test_many_drafts_in_one_process_give_what_each_gives_alone(tmp_path):
    drafts = {
        "a.txt": "Council backs plan\n\nThe council have approve the budget on Tuesday.\n",
        "b.txt": "Storm hits coast\n\nThey was told to leave, and there is many reasons.\n",
        "c.md": "# Mayor speaks\n\nThe mayor said the the road will reopen tommorow.\n",
    }
    for name, text in drafts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    together = Run(jobs=1, backends=()).lint([str(tmp_path)]).findings
    alone = [f for name in sorted(drafts) for f in Run(jobs=1, backends=()).lint([str(tmp_path / name)]).findings]
    assert together and [(f.path, f.code, f.line, f.column) for f in together] == [
        (f.path, f.code, f.line, f.column) for f in alone
    ]


def _reference_tags(model: tagger.Model, words: list[str]) -> list[str]:
    """The perceptron as written out: every feature's (tag, weight) pairs summed tag by tag."""
    forms = [w.translate(tagger._QUOTES) for w in words]
    norms = [tagger.normalise(w) for w in words]
    kinds = [model.word_class(n) for n in norms]
    padded = tagger_features._padded(words, norms, kinds)
    following = norms[1:] + [tagger.END[0]]
    prev, prev2 = tagger.START
    finite, found = False, []
    for i, form in enumerate(forms):
        guess = model.tagdict.get(form)
        if guess is None:
            features = tagger.tag_features(prev, prev2) + tagger.word_features(form, kinds[i])
            features += tagger_features._context_at(i, norms[i], *padded)
            features += tagger.tag_word_features(prev, norms[i], kinds[i], following[i], finite)
            scores = [0] * len(model.tags)
            for feature in features:
                for index, weight in model.weights(feature):
                    scores[index] += weight
            guess = model.tags[scores.index(max(scores))]
        found.append(guess)
        prev2, prev = prev, guess
        finite = tagger._next_finite(finite, guess)
    return found


def test_packed_scores_tag_as_the_plain_sums_do():
    model = tagger.Model.load()
    sentences = [
        "The figures were released on Monday after the council's vote.",
        "Zoë Ångström-Nyberg, 34, said they’re gonna cut 1,000 jobs (3.5%) by 2026.",
        "Residents who lives near the plant complained; the expand section was closed.",
        "If he were elected, officials would review the 12 contracts signed in 1998.",
        "Resigned.",
        "Crowds gathered",
        "“Never again,” she wrote — and the mayor’s aides re-drafted it twice.",
    ]
    for sentence in sentences:
        words = [t.text for t in tagger.tokenize(sentence)]
        assert model.tag(words) == _reference_tags(model, words)


def _generated_sentences(count: int, seed: int = 14) -> list[str]:
    """Invented news sentences, put together at random from a few pools of words: every
    shape the tagger reads (names, numbers, years, hyphens, curly quotes, clitics)."""
    import random

    pick = random.Random(seed).choice
    subjects = ["The council", "Mayor Ana Ruiz", "Officials", "The firm’s chief", "Police in Leeds",
                "Two teenagers", "The 12-member board", "Residents", "Sen. J.R. Holt", "Nobody"]
    verbs = ["said", "has approved", "were told", "will review", "didn’t sign", "is expected to cut",
             "rejected", "had been warned about", "plans to reopen", "could’ve delayed", "votes on"]
    objects = ["the budget", "1,000 jobs", "a $3.5m deal", "the bridge’s re-opening", "plans for 2026",
               "“never again”", "the well-known clinic", "its 10:30 meeting", "17 of the 40 seats",
               "a cross-party report", "the U.S. tariffs", "what they’re owed"]
    tails = ["on Monday", "after the vote", "in 1998", "because costs rose", "", "last year",
             "— and then left", "(about 3%)", "despite protests", "near the old mill"]
    ends = [".", ".", "?", "!", ";", ""]
    return [" ".join(filter(None, [pick(subjects), pick(verbs), pick(objects), pick(tails)])) + pick(ends)
            for _ in range(count)]


def test_packed_scores_tag_a_long_generated_text_as_the_plain_sums_do(monkeypatch):
    # 400 sentences (3,000 words), through caches small enough to be emptied many times over
    monkeypatch.setattr(tagger, "_CACHE_LIMIT", 50)
    model = tagger.Model.load()
    for sentence in _generated_sentences(400):
        words = [t.text for t in tagger.tokenize(sentence)]
        assert model.tag(words) == _reference_tags(model, words), sentence


def test_plain_tokens_are_the_tagged_tokens_without_tags():
    doc = Document("The vote was close. Mr. Patel’s shop didn’t open.", path="a.txt")
    tags = doc.analysis("tags")
    second = tags.sentences[1]
    sentence, i = tags.position(doc.text.index("shop"))
    assert sentence is second and second.plain[i].text == "shop"
    assert second._tokens is None  # nothing tagged yet
    assert [(t.start, t.end, t.text) for t in second.plain] == [
        (t.start, t.end, t.text) for t in second.tokens
    ]
    assert tags.position(doc.text.index(" shop")) is None  # white space


def test_bench_rules_prints_time_per_rule(tmp_path):
    (tmp_path / "a.txt").write_text("Council meets\n\nThe the council met on Monday.\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--rules", str(tmp_path)],
        capture_output=True, text=True, check=True,
    ).stdout
    assert "1 drafts" in out and "S301" in out and "the rest" in out


def test_bench_rules_cold_prints_where_one_cold_draft_goes(tmp_path):
    (tmp_path / "a.txt").write_text("Council meets\n\nThe the council met on Monday.\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--rules", "--cold", "--repeat", "1", str(tmp_path)],
        capture_output=True, text=True, check=True,
    ).stdout
    assert "One cold draft, a.txt" in out
    for phase in ("start-up (interpreter", "importing the command line", "rule registry", "the rest"):
        assert phase in out
    shares = [float(line.rsplit(None, 1)[-1].rstrip("%")) for line in out.splitlines()[1:]]
    assert 90 <= sum(shares) <= 100.5  # the phases make up the run (less those under 0.5 ms)


def test_tokens_are_tagged_left_to_right_only_as_far_as_read():
    text = "Officials said the results of the long inquiry was published on Monday in Zoë’s town."
    whole = [(t.text, t.tag) for t in Document(text, path="a.txt").analysis("tags").sentences[0].tokens]
    sentence = Document(text, path="a.txt").analysis("tags").sentences[0]
    tokens = sentence.tokens
    assert len(tokens) == len(whole) and tokens._done == []  # nothing tagged for the length
    assert (tokens[4].text, tokens[4].tag) == whole[4]
    assert len(tokens._done) == 5  # the words after the one read are not tagged
    assert [(t.text, t.tag) for t in tokens[2:7]] == whole[2:7]
    assert (tokens[-1].text, tokens[-1].tag) == whole[-1]
    assert [(t.text, t.tag) for t in tokens] == whole and tokens == list(tokens)
    assert tokens[9:2:-2] == [tokens[i] for i in (9, 7, 5, 3)]
    assert sentence.tags == [tag for _, tag in whole]


def test_a_draft_given_to_lint_one_keeps_its_analyses_and_a_released_one_rebuilds_them():
    from newslint.config import Settings
    from newslint.engine import selected_rules

    settings = Settings()
    doc = Document("Officials said the the plan was ready.\n", path="a.txt")
    kind, findings = workers.lint_one("a.txt", doc.text, settings, selected_rules(settings), None, {}, doc=doc)
    assert kind == "ok" and any(f.code == "S301" for f in findings)
    quotes = doc.analysis("quotes")
    assert doc.analysis("quotes") is quotes  # the caller's document is left as it was
    doc.release()
    assert doc.analysis("quotes") is not quotes  # built again on demand after release


def _whole_line_rule(patterns: list[str]):
    from newslint.packs import PackRule

    spec = {
        "code": "B999", "name": "test-furniture", "kind": "existence", "family": "boilerplate",
        "scope": "whole-line", "ignorecase": True, "message": "{match}", "docs": "Test.",
        "patterns": patterns,
    }
    return PackRule(spec, "test")


def test_a_whole_line_pattern_tried_where_lines_start_finds_what_a_search_finds():
    import random

    import regex

    lines = ["Read more", "read more here.", "Share this", "The council met.", "", "  ",
             "more from the desk", "Share\nthis", "x", "Read more:"]
    rules = [
        _whole_line_rule(["read more(?: here)?", "share\\s+this", "more from [\\w ]{1,20}"]),
        _whole_line_rule(["(?:x)?", "read more"]),  # can match an empty line
    ]
    shuffle = random.Random(14)
    for _ in range(400):
        segment = "\n".join(shuffle.choice(lines) for _ in range(shuffle.randint(1, 6)))
        for rule in rules:
            expected = [m.span() for m in rule.pattern.finditer(segment)]
            assert [m.span() for m in rule._found_in(segment, lambda: 5.0)] == expected
            assert isinstance(rule.pattern, regex.Pattern)


def test_a_word_table_searched_by_blocks_finds_what_a_whole_search_finds():
    import random

    from newslint import wordtable

    shuffle = random.Random(7)
    letters = "abcdeéz'-"
    words = {"".join(shuffle.choice(letters) for _ in range(shuffle.randint(1, 7))) for _ in range(20000)}
    table = wordtable.WordTable(wordtable.encode({w: b"x" for w in words}))
    position = {word: i for i, word in enumerate(table.words())}
    probes = sorted(words) + [w + "a" for w in list(words)[:3000]] + ["", "\uffff", "a", "zzzzzzzz"]
    shuffle.shuffle(probes)
    for word in probes:  # the first searches whole, the rest by blocks once the sample is made
        found = table.index(word)
        assert found == position.get(word, -1)
    assert table._sample is not None and len(table._sample) == -(-len(words) // wordtable._BLOCK)


def test_spans_read_in_a_paragraph_answer_overlaps_as_a_scan_of_them_all():
    """The dates analysis asks, for each candidate, whether a span already read overlaps it;
    the buckets answer as the scan of every span did (which was quadratic on one long line)."""
    import random

    from newslint.analysis.date_expressions import _Spans

    rng = random.Random(7)
    for _ in range(200):
        spans, read = [], _Spans()
        for _ in range(rng.randint(0, 40)):
            start = rng.randint(0, 400)
            end = start + rng.choice((0, 1, 3, 10, 30, 70, 200))
            asked = rng.randint(0, 450)
            question = (asked, asked + rng.choice((0, 1, 5, 20, 90)))
            assert read.overlaps(*question) == any(s < question[1] and question[0] < e for s, e in spans)
            spans.append((start, end))
            read.add(start, end)


def test_dates_of_one_long_line_are_those_of_its_pieces():
    """A one-line draft of many dates (the analysis was quadratic there) reads each piece as
    the piece alone reads: weekdays joined to their dates, qualifiers, relative days."""
    from newslint.analysis.date_expressions import find_expressions

    piece = "On Friday, Feb. 8, 2019, and Aug. 20 (Tuesday), last Monday, spring 2020 and next week; "
    alone = [(e.start, e.end, e.kind, e.weekday) for e in find_expressions(piece, [(0, len(piece))])]
    assert [kind for _, _, kind, _ in alone] == ["date", "date", "weekday", "season", "relative"]
    text = piece * 400
    found = [(e.start, e.end, e.kind, e.weekday) for e in find_expressions(text, [(0, len(text))])]
    assert found == [(s + k * len(piece), e + k * len(piece), kind, day) for k in range(400) for s, e, kind, day in alone]


def test_headline_style_reads_the_last_character_as_a_copy_of_the_paragraph_did():
    import random

    from newslint.checks.missing_words import headline_style
    from newslint.document import Paragraph

    rng = random.Random(5)
    for _ in range(500):
        text = "".join(rng.choice("ab .!?\"”\t\n\u00a0\u2003") for _ in range(rng.randint(0, 12)))
        doc = Document(text)
        for kind in ("headline", "paragraph", "heading"):
            start = rng.randint(0, len(text))
            paragraph = Paragraph(start, rng.randint(start, len(text)), kind, 0)
            was = kind == "heading" or kind == "headline" and text[paragraph.start : paragraph.end].rstrip()[-1:] not in ".!?\"”"
            assert headline_style(doc, paragraph) == was


def test_a_quote_without_its_own_attribution_takes_the_nearest_one_before_else_after():
    """In a paragraph of many quotes (attribution found each quote's neighbours by listing all
    those before and after it: quadratic on a one-line draft)."""
    text = "“Yes,” she said. “No.” “Maybe.” “Later,” Mr Brown said. “Never.”\n"
    speakers = [
        None if q.attribution is None else text[slice(*q.attribution.speaker)]
        for q in Document(text, path="a.txt").analysis("quotes").quotes
    ]
    assert speakers == ["she", "she", "she", "Mr Brown", "Mr Brown"]


def test_a_word_after_only_quotation_marks_and_brackets_opens_its_sentence():
    """``names.is_initial`` reads the start of the sentence in place (a copy of the sentence up
    to each capitalised word was quadratic in a long sentence)."""
    from newslint.analysis.names import is_initial

    text = "The vote was close. “(Smith said no.” And Jones — Lee agreed.\n"
    doc = Document(text)
    assert is_initial(doc, text.index("Smith"))  # only “( before it in its sentence
    assert not is_initial(doc, text.index("Jones"))
    assert is_initial(doc, text.index("Lee"))  # after a dash
    assert is_initial(doc, text.index("The")) and is_initial(doc, text.index("And"))


def test_the_word_before_a_place_is_found_from_its_own_start_as_from_the_paragraphs():
    """C105 reads the words before "(DUP)" backwards; each is searched from the start of its
    own run of word characters, not from the paragraph's (quadratic on a one-line draft)."""
    import random

    from newslint.checks.consistency.abbreviations import _NAME_WORD, _last_word_from

    rng = random.Random(3)
    for _ in range(20_000):
        text = "".join(rng.choice("aZ9_’'&- \t\n.,(é") for _ in range(rng.randint(0, 14)))
        limit = rng.randint(0, len(text))
        position = rng.randint(limit, len(text))
        whole = _NAME_WORD.search(text, limit, position)
        near = _NAME_WORD.search(text, _last_word_from(text, limit, position), position)
        assert (whole and (whole.span(), whole.group(1))) == (near and (near.span(), near.group(1)))


def test_a_sentence_start_read_from_near_its_end_is_the_one_read_from_the_paragraphs_start():
    """``speakers.sentence_start_before`` reads back from the sentence's end in growing steps;
    the answer is that of a reading of every sentence end from the paragraph's start."""
    import random

    from newslint.analysis.speakers import _last_sentence_end, sentence_start_before

    pieces = ["He", "said", "Mr.", "U.S.", "J.", "Calif.", "No.", "went.", "Yes!", "Why?", "Well…",
              "“Go.”", "(Fine.)", "9.", "the", '"', ")", ".", "!?", "\n", "\t", "x" * 60]
    rng = random.Random(11)
    for _ in range(100):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 200)))
        for _ in range(5):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            whole = _last_sentence_end(text, start, start, end)
            assert sentence_start_before(text, start, end) == (start if whole is None else whole)


def test_name_distances_before_rapidfuzz_is_loaded_are_rapidfuzzs():
    """C101 and C104 compare a few short names per story; until something loads rapidfuzz
    (36 modules, ~6 ms of a one-draft run) the same distance is worked out in Python."""
    import random

    from rapidfuzz.distance import OSA

    from newslint.checks.consistency.similarity import _osa, osa_distance

    rng = random.Random(2)
    for alphabet in ("ab", "abc", "Zoë’-x"):
        for _ in range(3000):
            a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
            b = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
            assert _osa(a, b) == OSA.distance(a, b)
            for limit in (0, 1, 3):
                assert osa_distance(a, b, limit) == OSA.distance(a, b, score_cutoff=limit)


def test_a_one_draft_run_that_compares_names_does_not_load_rapidfuzz(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Maria Kowalczyk chaired the meeting. Ms Kowalczyk said the budget was tight. "
        "Ms Kowalcyzk left early.\n",
        encoding="utf-8",
    )
    probe = (
        "import sys; from newslint.api import lint_text; "
        f"found = lint_text(open({str(draft)!r}).read(), path='draft.txt'); "
        "print(sorted({f.code for f in found}), any(m.startswith('rapidfuzz') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert "'C101'" in out and out.strip().endswith("False")  # the names compared, without it


def test_a_sentences_tags_read_as_a_sequence_tag_only_as_far_as_read():
    doc = Document("The council approved the new budget on Tuesday after a long debate.", path="a.txt")
    tokens = doc.analysis("tags").sentences[0].tokens
    assert tokens.texts[:4] == ["The", "council", "approved", "the"]
    tags = tokens.tags
    assert len(tokens._done) == 0  # the texts and the view tag nothing
    assert tags[1] == "NN" and tags[2] == "VBD"
    assert len(tokens._done) == 3  # up to the word read, not the sentence
    assert tags[1:3] == ["NN", "VBD"] and tags[-1] == "."
    assert list(tags) == [t.tag for t in tokens] and len(tags) == len(tokens)


def test_document_words_are_those_of_the_pattern_that_gave_back_a_character():
    import random
    import re

    from newslint.tokens import DOCUMENT_WORD

    before = re.compile(r"[^\W\d_](?:[\w\-]*\w)?(?:['’][^\W\d_]+)*|\d+(?:[.,:]\d+)*[^\W\d_]*")
    pieces = ["well", "-", "--", "known", "Covid", "19", "don", "'", "’", "t", "_", "é", "Ü", "5km",
              "1,000", "10:30", " ", "\n", ".", "x", "a-", "-b", "O", "ne", "il"]
    pick = random.Random(11).choice
    texts = ["a- ab--cd- x_y-z_ 9a- é-ü-- don't-stop o’neil-’s a-'b __a- a-1 1-a ---a-b- "]
    texts += ["".join(pick(pieces) for _ in range(40)) for _ in range(2000)]
    texts += [" ".join(_generated_sentences(50))]
    for text in texts:
        assert [m.span() for m in DOCUMENT_WORD.finditer(text)] == [m.span() for m in before.finditer(text)], text


def test_bench_instruction_probe_names_each_phase_of_a_cold_run_in_order(tmp_path):
    """--rules --cold --instructions: the probe that callgrind runs ends each phase with a call
    callgrind writes its counts at, and names the phases in that order (run here without
    valgrind: the calls are then only calls)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import bench
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    draft = tmp_path / "a.txt"
    draft.write_text("Council meets\n\nThe the council met on Monday.\n", encoding="utf-8")
    phases = tmp_path / "phases"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(NEWSLINT_BENCH_PHASES=str(phases), NEWSLINT_CACHE_DIR=str(tmp_path / "cache"))
    subprocess.run([sys.executable, "-c", bench._INSTRUCTION_PROBE, str(draft)], check=True, env=env, capture_output=True)
    names = [line.rpartition("\t")[0] for line in phases.read_text().split("\n")]
    assert names[:2] == ["start-up (interpreter, site)", "importing the command line"]
    assert "reading the compiled patterns (pattern_cache)" in names and "rule registry (importing the rules)" in names
    assert names.index("rule registry (importing the rules)") < names.index("S301") < len(names) - 1
    assert names[-1].startswith("the rest")
    counts = tmp_path / "counts.1"
    counts.write_text("# callgrind format\nevents: Ir\nsummary: 1234567\ntotals: 1234567\n", encoding="utf-8")
    assert bench._callgrind_total(counts) == 1234567


def test_tagger_rows_kept_between_runs_give_the_tags_computed_afresh(tmp_path, monkeypatch):
    """Under the command line's table the tagger keeps the rows a run computed
    (``pattern_cache.growing``) and a later run starts from them: the same tags, and every
    kept row the one computed afresh."""
    from newslint import pattern_cache

    words = [t.text for t in tagger.tokenize(
        "Zoë Müller said the council would vote on Tuesday to close three libraries and a pool, "
        "while residents who had campaigned for months vowed to keep fighting the cuts."
    )]
    afresh = tagger.Model.load()
    expected = afresh.tag(words)
    monkeypatch.setattr(pattern_cache, "GROWN_WORTH_SAVING", 1)
    pattern_cache.install(tmp_path / "patterns")
    try:
        first = tagger.Model.load()
        assert first.tag(words) == expected
        assert first._kept_rows  # the rows this run computed, to be kept
    finally:
        pattern_cache.finish()  # writes the table
    pattern_cache.install(tmp_path / "patterns")
    try:
        later = tagger.Model.load()
        kept = dict(later._kept_rows)
        assert kept and all(later._rows[feature] == row for feature, row in kept.items())
        assert later.tag(words) == expected
        assert pattern_cache._grown == 0  # nothing new to keep: the table is not written again
    finally:
        pattern_cache.uninstall()
    assert all(afresh._row(feature) == row for feature, row in kept.items())


def test_bench_jobs_prints_where_a_parallel_run_goes(tmp_path):
    for name, town in (("a.txt", "Tartu"), ("b.md", "Narva"), ("c.txt", "Pärnu")):
        (tmp_path / name).write_text(f"Council meets\n\nThe council of {town} met on Monday.\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_jobs.py"), "--repeat", "1", str(tmp_path)],
        capture_output=True, text=True, check=True,
    ).stdout
    assert "-j1 over 3 drafts" in out
    for part in ("parent CPU before the workers start", "workers' CPU", "imbalance", "allowed by these parts"):
        assert part in out


def test_source_lines_split_a_draft_when_a_report_asks_for_it_as_split_lines_does():
    from newslint.cli_lint import _SourceLines
    from newslint.document import split_lines

    texts = {"a.md": "---\ntitle: Vote\n---\nOne.\r\nTwo.\n\nThree", "b.txt": "Zoë Müller said\u2028yes.\n", "c.txt": ""}
    lines = _SourceLines(texts)
    assert list(lines) == ["a.md", "b.txt", "c.txt"] and len(lines) == 3
    for path in ("a.md", "b.txt", "a.md", "c.txt"):  # asked again after another draft's
        assert lines[path] == split_lines(texts[path])
    assert lines.get("d.md") is None and "d.md" not in lines and "b.txt" in lines


def test_the_text_report_of_many_drafts_is_each_drafts_report_one_after_another(tmp_path):
    drafts = {
        "a.txt": "Council meets\n\nThe the council met on Monday, Feb. 30, 2015.\n",
        "b.md": "# Vote\n\nThe committe said it would meet again.\n",
        "c.txt": "Tartu news\n\nAll is well in Tartu.\n",
    }
    for name, text in drafts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")

    def report(*paths):
        done = subprocess.run(
            [sys.executable, "-m", "newslint.cli", "check", "--no-cache", "--format", "text", "--fail-on", "never", *paths],
            capture_output=True, text=True, cwd=tmp_path,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines(keepends=True)

    together = report(*drafts)
    alone = [line for name in drafts for line in report(name)[:-1]]  # each without its summary
    assert together[:-1] == alone and len(alone) > 6
    assert together[-1].startswith("Found ") and "in 3 files" in together[-1]


def test_bench_memory_measures_each_count_and_format_on_generated_drafts(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import bench_memory
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    bench_memory.generate(tmp_path / "one", 40)
    bench_memory.generate(tmp_path / "two", 40)
    drafts = bench_memory.drafts_in(tmp_path / "one")
    assert len(drafts) == 40 and {p.suffix for p in drafts} == {".md", ".txt"}
    assert [p.read_text() for p in drafts] == [p.read_text() for p in bench_memory.drafts_in(tmp_path / "two")]
    words = [set(p.read_text().lower().split()) for p in drafts]
    assert len(set().union(*words[:20], *words[20:])) > 1.5 * len(set().union(*words[:20]))  # new words keep coming
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_memory.py"), "--counts", "1,2", "--formats", "text,json", str(tmp_path / "one")],
        capture_output=True, text=True, check=True,
    ).stdout
    rows = [line for line in out.splitlines() if " drafts " in line and " MB " in line]
    assert [row.split()[1] for row in rows] == ["text", "text", "json", "json"]
    assert [row.split()[2] for row in rows] == ["1", "2", "1", "2"]


def test_a_long_run_forgets_its_memos_every_so_many_drafts_and_finds_what_each_draft_finds_alone(tmp_path, monkeypatch):
    from newslint import memos

    drafts = {
        "a.txt": "Council backs plan\n\nThe council have approve the budget on Tuesday.\n",
        "b.txt": "Storm hits coast\n\nThey was told to leave, and there is many reasons.\n",
        "c.md": "# Mayor speaks\n\nThe mayor said the the road will reopen tommorow.\n",
        "d.txt": "Zoë Müller wins\n\nMüller, who was born in Tartu, beat Zoe Muller in the final.\n",
        "e.md": "# Bridge opens\n\nAn bridge over the river opened on Friday, Feb. 30, 2015.\n",
        "f.txt": "Port reopens\n\nThe port, its been said, will reopen their gates on Monday.\n",
    }
    for name, text in drafts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    alone = [f for name in sorted(drafts) for f in Run(jobs=1, backends=()).lint([str(tmp_path / name)]).findings]
    forgotten = []
    forget = memos.forget
    monkeypatch.setattr(memos, "FORGET_EVERY", 2)
    monkeypatch.setattr(memos, "forget", lambda: forgotten.append(len(forgotten)) or forget())
    together = Run(jobs=1, backends=()).lint([str(tmp_path)]).findings
    assert forgotten == [0, 1]  # drafts 1, 2-3, 4-5, 6: forgotten before drafts 4 and 6
    assert len(together) > 6 and [(f.path, f.code, f.line, f.column, f.message) for f in together] == [
        (f.path, f.code, f.line, f.column, f.message) for f in alone
    ]


def test_forget_empties_the_memos_and_the_word_tables_answers_and_keeps_the_loaded_data():
    from newslint import memos
    from newslint.analysis import dictionary

    lint_text("The council met on Tuesday in Tartu and approved the budget for the new bridge.")
    caches = list(memos.memo_caches())
    assert caches and any(c.cache_info().currsize for c in caches)
    assert all(c.cache_info().maxsize >= 1024 for c in caches)
    assert dictionary._zipf_of or dictionary._tags_of
    from newslint.wordtable import WordTable

    tables = [dictionary._table(), dictionary._pos_table()]
    assert all(isinstance(table, WordTable) for table in tables)
    assert any(table._found for table in tables) and tagger.model()._rows
    loaded = dictionary._table()
    memos.forget()
    assert all(c.cache_info().currsize == 0 for c in caches)
    assert not dictionary._zipf_of and not dictionary._tags_of and not dictionary._is_word
    assert not any(table._found for table in tables) and not tagger.model()._rows
    assert dictionary._table() is loaded  # a loader's cache is kept


def test_a_memo_empties_itself_when_full_and_forget_empties_every_memo_alive():
    from newslint import memos

    answers, seen = memos.Memo(2), memos.MemoSet(2)
    assert answers.keep("a", 1) == 1 and answers.keep("b", 2) == 2 and answers == {"a": 1, "b": 2}
    answers.keep("c", 3)  # full: the two before are forgotten
    assert answers == {"c": 3} and answers.get("a") is None
    for word in ("x", "y", "z"):
        seen.keep(word)
    assert seen == {"z"}
    memos.forget()
    assert not answers and not seen
    answers.keep("d", 4)
    assert answers == {"d": 4}  # still in use after forgetting
    alive = len(memos._MEMOS)
    del answers, seen
    memos.forget()
    assert len(memos._MEMOS) == alive - 2  # a memo no longer used is not kept alive by the list


