"""The gap counts (newslint/data/slip_gaps.bin) and the edits they weigh, on invented sentences."""

from __future__ import annotations

import pytest

from newslint.checks.slips import MissingFunctionWord, gaps, weigh
from newslint.checks.slips.missing import MISSING_MARGIN
from newslint.config import Settings
from newslint.document import Document
from newslint.rule import Context


def paragraph_edits(text: str, kinds=weigh.KINDS):
    doc = Document("Headline\n\n" + text + "\n", path="story.txt")
    tokens = doc.analysis("lexicon").tokens_of(1)
    return [(e.kind, tokens[e.first][3], tokens[e.last][3], e.filler, e.evidence) for e in weigh.edits(tokens, kinds)]


def test_the_file_is_whole():
    table = gaps.table()
    starts = table._starts
    assert starts[0] == 0 and all(starts[b] <= starts[b + 1] for b in range(0, gaps.BUCKETS, 997))
    assert len(table._low) == len(table._values) == starts[gaps.BUCKETS] > 1_000_000


def test_a_context_counts_its_fillers():
    table = gaps.table()
    one = gaps.contexts("is", "one", "the", "largest")  # "is one _ the largest"
    assert table.top(one[0]) == gaps.CODE["of"]
    assert table.count(one[0], gaps.CODE["of"]) > 100 * table.count(one[0], gaps.EMPTY) > 0
    # a context never seen holds nothing, and weighs nothing either way
    never = gaps.contexts("zzqx", "qqzx", "xzqq", "qxzz")
    assert table.count(never[0], gaps.EMPTY) == 0 and table.top(never[0]) is None
    assert gaps.evidence(table, never, gaps.EMPTY, gaps.CODE["of"]) == (0.0, 0.0, 0.0, 0.0)


def test_a_dropped_word_is_weighed_in_its_context():
    found = paragraph_edits("The stadium is one the largest in Europe.", ("missing",))
    best = max(found, key=lambda edit: edit[4])
    assert best[:4] == ("missing", "one", "the", "of") and best[4] > MISSING_MARGIN
    # written whole, no gap favours a word over nothing by the margin
    whole = paragraph_edits("The stadium is one of the largest in Europe.", ("missing",))
    assert all(evidence <= MISSING_MARGIN for *_, evidence in whole)


def test_a_word_too_many_and_a_wrong_preposition_are_weighed():
    extra = paragraph_edits("The stadium is one of the the largest in Europe.", ("extra",))
    assert max(evidence for kind, a, b, f, evidence in extra if f == "the") > 10
    swap = paragraph_edits("She took part at the race.", ("swap",))
    assert [(kind, a, filler) for kind, a, _, filler, evidence in swap if evidence > 5] == [("swap", "at", "in")]
    assert [e for e in paragraph_edits("She took part in the race.", ("swap",)) if e[4] > 0] == []


def test_missing_word_rule_reports_the_gap_counts_finding():
    doc = Document("Headline\n\nMost the residents voted against the plan on Monday.\n", path="story.txt")
    found = [(doc.text[f.start : f.end], f.suggestions) for f in MissingFunctionWord().run(doc, Context(Settings()))]
    assert found == [("Most the", ("Most of the",))]


def test_unusual_preposition_reads_the_gap_counts_away_from_numbers(monkeypatch):
    from newslint.checks import prepositions

    def found(text):
        doc = Document("Headline\n\n" + text + "\n", path="story.txt")
        rule = prepositions.UnusualPreposition()
        return [(doc.text[f.start : f.end], f.suggestions) for f in rule.run(doc, Context(Settings()))]

    assert found("The hall is one on the largest in Europe.") == [("on", ("of",))]
    assert found("The hall is one of the largest in Europe.") == []
    # beside a number the counts see every number as one ("to 52.1 from 54.3" reads like
    # "in 2019"): not judged, even at a margin the counts pass there
    monkeypatch.setattr(prepositions, "SWAP_MARGIN", 5.0)
    weighed = paragraph_edits("Sales fell to 52.1 from 54.3 last year.", ("swap",))
    assert [(a, f) for kind, a, _, f, evidence in weighed if evidence > 5.0] == [("from", "in")]
    assert found("Sales fell to 52.1 from 54.3 last year.") == []


def test_fillers_one_edit_apart_are_found_by_the_edit_alone():
    assert weigh.one_edit("that", "than") and weigh.one_edit("the", "they") and weigh.one_edit("it", "ti")
    assert weigh.one_edit("its", "it") and weigh.one_edit("form", "from")
    assert not weigh.one_edit("the", "the") and not weigh.one_edit("their", "there")
    assert not weigh.one_edit("on", "only") and not weigh.one_edit("to", "the")
    near = weigh.near_fillers(("of", "or", "on", "the", "they", "a"))
    assert near == {"of": ("or", "on"), "or": ("of", "on"), "on": ("of", "or"), "the": ("they",), "they": ("the",), "a": ()}
    # the pairs are symmetric over the whole table
    assert all(word in weigh.NEAR[other] for word, others in weigh.NEAR.items() for other in others)
    # and are those of one_edit over every two words (the table's, and made-up ones)
    words = ("ab", "ba", "abc", "acb", "a", "b", "aa", "aab", "aba", "baa", "abab", "abba", "ti", "it", "its")
    for table in (gaps.NEAR_FILLERS, words):
        assert weigh.near_fillers(table) == {f: tuple(g for g in table if weigh.one_edit(f, g)) for f in table}


def test_fillers_two_slips_apart_keep_the_first_letter_and_cost_evidence(monkeypatch):
    from newslint.checks.slips.near import NEAR_MARGIN

    assert weigh.two_edits("on", "only") and weigh.two_edits("only", "one") and weigh.two_edits("the", "their")
    assert not weigh.two_edits("the", "they")  # one slip: weigh.NEAR's
    assert not weigh.two_edits("an", "in") and not weigh.two_edits("only", "only")
    assert not weigh.two_edits("to", "of")  # two slips, but the first letter changed
    near2 = weigh.near_fillers2(gaps.NEAR_FILLERS)
    assert "one" in near2["only"] and "only" in near2["on"] and "they" not in near2["the"]
    # no pair is both one and two slips apart, and the pairs are symmetric
    assert not any(set(near2[f]) & set(weigh.NEAR[f]) for f in gaps.NEAR_FILLERS)
    assert all(word in near2[other] for word, others in near2.items() for other in others)
    # the distance is that of corrections.distance (rapidfuzz's), on every two of the words
    from newslint.analysis.corrections import distance

    words = (*gaps.NEAR_FILLERS, "ab", "ba", "abab", "abba", "acb", "abc")
    for a in words:
        for b in words:
            assert weigh.two_edits(a, b) == (a[:1] == b[:1] and distance(a, b) == 2), (a, b)

    def near(text):
        doc = Document("Headline\n\n" + text + "\n", path="story.txt")
        tokens = doc.analysis("lexicon").tokens_of(1)
        return {(tokens[e.first][3], e.filler): e.evidence for e in weigh.near_edits(tokens)}

    text = "She said it was only of the best films she had seen this year."
    weighed, cost = near(text)[("only", "one")], weigh.TWO_EDIT_COST
    assert cost > 0 and weighed > NEAR_MARGIN
    monkeypatch.setattr(weigh, "TWO_EDIT_COST", 0.0)
    assert near(text)[("only", "one")] == pytest.approx(weighed + cost)  # the cost is taken off the evidence
    monkeypatch.setattr(weigh, "TWO_EDITS", False)
    assert ("only", "one") not in near(text)  # and without two slips, "one" is not weighed


def test_the_near_counts_hold_the_added_words_and_the_contexts_of_one_side():
    near, key = gaps.near_table(), gaps.key_hash
    assert len(near._low) == len(near._values) == near._starts[gaps.BUCKETS] > 500_000
    # "he is one of the": the added words in the contexts of both sides ...
    both = gaps.contexts("he", "is", "of", "the")
    assert near.count(both[0], gaps.NEAR_CODE["one"]) > 1000
    assert gaps.table().count(both[0], gaps.CODE["on"]) == 0
    # ... and every word in the contexts of one side: "_ ever before" holds "than", not "that"
    left, right = gaps.one_sided_contexts(key("more"), key("profitable"), key("ever"), key("before"))
    assert near.count(right, gaps.NEAR_CODE["than"]) > 100 and near.count(right, gaps.NEAR_CODE["that"]) == 0
    # the codes of the 67 fillers are the same in both files
    assert all(gaps.NEAR_CODE[word] == code for word, code in gaps.CODE.items())


def test_a_filler_one_edit_from_the_one_meant_is_weighed_in_its_context():
    from newslint.checks.slips.near import NEAR_MARGIN, NearFunctionWord

    def near(text, **options):
        doc = Document("Headline\n\n" + text + "\n", path="story.txt")
        tokens = doc.analysis("lexicon").tokens_of(1)
        return [(tokens[e.first][3], e.filler, e.evidence) for e in weigh.near_edits(tokens, **options)]

    def found(text):
        doc = Document("Headline\n\n" + text + "\n", path="story.txt")
        return [(doc.text[f.start : f.end], f.suggestions) for f in NearFunctionWord().run(doc, Context(Settings()))]

    best = max(near("The bridge cost more that 100 million euros."), key=lambda e: e[2])
    assert best[:2] == ("that", "than") and best[2] > NEAR_MARGIN
    assert all(evidence <= NEAR_MARGIN for *_, evidence in near("The bridge cost more than 100 million euros."))
    # each side alone speaks too ("more than", "than 0 million")
    one_side = near("The bridge cost more that 100 million euros.")
    two_sides = near("The bridge cost more that 100 million euros.", one_sided=False)
    assert one_side[0][:2] == two_sides[0][:2] == ("that", "than") and one_side[0][2] > two_sides[0][2] + 2
    # a word is weighed only where the words around it hold the other word and never it
    assert near("Sales were higher that ever before.") == []
    assert found("The bridge cost more that 100 million euros.") == [("that", ("than",))]
    assert found("That bridge cost more than 100 million euros.") == []
    # a name (a capital inside the sentence) is not judged; a sentence's first word is
    assert found("The bridge cost more That 100 million euros.") == []
    # after a comma or a full stop too (the counts hold the marks), a capital kept at a sentence's start
    assert found("Prices rose. Its is not clear why.") == [("Its", ("It",))]
    assert found("Prices rose, and its is not clear why.") == [("its", ("it",))]
    assert found("Prices rose. It is not clear why.") == []
    # a pair left out (weigh.NEAR_DROPPED) is never weighed
    assert all((word.lower(), other) not in weigh.NEAR_DROPPED for word, other, _ in near("He came as new rules began."))


def test_a_filler_slip_the_gap_counts_never_saw_is_read_by_the_pair_counts():
    from newslint.checks.slips.near import NEAR_MARGIN, PAIR_MARGIN, NearFunctionWord

    def tokens_of(text):
        doc = Document("Headline\n\n" + text + "\n", path="story.txt")
        return doc.analysis("lexicon").tokens_of(1)

    def pairs(text):
        tokens = tokens_of(text)
        return {(tokens[e.first][3], e.filler): e.evidence for e in weigh.near_pair_edits(tokens)}

    def found(text):
        doc = Document("Headline\n\n" + text + "\n", path="story.txt")
        return [(doc.text[f.start : f.end], f.suggestions) for f in NearFunctionWord().run(doc, Context(Settings()))]

    slip = "Sales more that doubled in the second half of the year."
    # the gap counts never saw "more than doubled" ten times: no evidence there
    assert all(e.evidence <= NEAR_MARGIN for e in weigh.near_edits(tokens_of(slip)))
    # the pairs did ("more than", "than doubled")
    assert pairs(slip)[("that", "than")] > PAIR_MARGIN
    assert found(slip) == [("that", ("than",))]
    assert found("Sales more than doubled in the second half of the year.") == []
    # beside a number the pairs are not read: every number is one token of the counts
    assert ("then", "the") not in pairs("The ship was by then 37 years old.")
    # nor where a pair of two short words stands ("in he": never counted, not rare)
    assert ("he", "the") not in pairs("The rat came in he back of the yard.")


def test_a_gap_counts_finding_the_pair_counts_do_not_favour_is_dropped(monkeypatch):
    from newslint.checks.slips.near import NEAR_MARGIN, NearFunctionWord

    text = "Voters can change the results or the timing of the count."
    doc = Document("Headline\n\n" + text + "\n", path="story.txt")
    tokens = doc.analysis("lexicon").tokens_of(1)
    j = [t[3] for t in tokens].index("or")
    # the gap counts favour "of" ("results of the") past S211's margin ...
    assert any(e.first == j and e.filler == "of" and e.evidence > NEAR_MARGIN for e in weigh.near_edits(tokens))
    # ... the pairs, which can tell here, far less
    assert weigh.pair_evidence(tokens, j, "of") < weigh.PAIR_AGREEMENT

    def found():
        return [f.suggestions for f in NearFunctionWord().run(doc, Context(Settings()))]

    assert found() == []
    monkeypatch.setattr(weigh, "PAIR_AGREEMENT", None)
    assert found() == [("of",)]
    # beside a number the pairs cannot tell
    number = Document("Headline\n\nThe show closed in the spring or 2004 after a fire.\n", path="story.txt")
    tokens = number.analysis("lexicon").tokens_of(1)
    assert weigh.pair_evidence(tokens, [t[3] for t in tokens].index("or"), "of") is None


def test_the_weighed_pairs_a_later_run_reads_from_the_table_are_those_built_afresh(tmp_path, monkeypatch):
    """S211's pairs (``weigh._weighed_pairs``) are kept in the command line's table (keyed by
    weigh.py's stamp): the next run reads them, built by no one, equal to those built afresh."""
    from newslint import pattern_cache

    args = (weigh.TWO_EDITS, weigh.TWO_EDIT_COST, frozenset(weigh.NEAR_DROPPED))
    weigh._weighed_pairs.cache_clear()
    fresh = weigh._weighed_pairs(*args)  # no table: built
    monkeypatch.setattr(pattern_cache, "WORTH_SAVING", 0)  # written however fast the build was
    built = []
    real = weigh.near_fillers2
    monkeypatch.setattr(weigh, "near_fillers2", lambda fillers: built.append(1) or real(fillers))
    try:
        for _ in range(2):  # two runs of the command line
            pattern_cache.install(tmp_path)
            weigh._weighed_pairs.cache_clear()
            pairs = weigh._weighed_pairs(*args)
            assert pairs == fresh and list(pairs) == list(fresh)  # the same pairs in the same order
            assert weigh._kept("near_fillers", lambda: weigh.near_fillers(gaps.NEAR_FILLERS)) == weigh.NEAR
            pattern_cache.finish()
        assert built == [1]  # built by the first run only
        assert any(weigh.two_edits(word, other) for word, others in fresh.items() for other, _ in others)
    finally:
        pattern_cache.uninstall()
        weigh._weighed_pairs.cache_clear()


def test_a_look_up_finds_the_entry_of_the_contexts_fingerprint():
    """``GapCounts._get`` works the fingerprint out inline: the entry it finds is the one of
    ``fingerprint(entry_key(context, filler))``, found by bisecting its bucket, for contexts
    the file holds and contexts it does not."""
    import random
    from bisect import bisect_left

    table = gaps.table()

    def looked_up(context, filler):
        fp = gaps.fingerprint(gaps.entry_key(context, filler))
        start, end = table._starts[fp >> 16], table._starts[(fp >> 16) + 1]
        at = bisect_left(table._low, fp & 0xFFFF, start, end)
        return table._values[at] if at < end and table._low[at] == fp & 0xFFFF else None

    rng = random.Random(14)
    words = ("of", "the", "most", "residents", "said", "that", "0", gaps.EDGE, "than", "more")
    contexts = [gaps.contexts(*rng.sample(words, 4))[k] for k in range(4) for _ in range(50)]
    contexts += [rng.getrandbits(64) for _ in range(200)]
    found = 0
    for context in contexts:
        for filler in (gaps.EMPTY, gaps.TOP, *range(1, len(gaps.FILLERS) + 1)):
            assert table._get(context, filler) == looked_up(context, filler)
            found += table._get(context, filler) is not None
    assert found > 100  # contexts the file holds, not only absent ones


def test_a_short_token_one_edit_from_a_filler_is_read_by_the_pair_counts(monkeypatch):
    def pairs(text):
        doc = Document("Headline\n\n" + text + "\n", path="story.txt")
        tokens = doc.analysis("lexicon").tokens_of(1)
        return {(tokens[e.first][3], e.filler) for e in weigh.near_pair_edits(tokens) if e.evidence > 11}

    assert ("o", "to") in pairs("The team was unable o finish the race after the crash.")
    # a word of three letters one edit from a filler is not weighed ("toe", "the")
    assert not {w for w, _ in pairs("She stubbed her toe on the stairs at home.")}
    # nor a two-letter word between two short words: those pairs are not counted
    assert pairs("I am at the office.") == set()
    monkeypatch.setattr(weigh, "SHORT_WORDS", False)
    assert pairs("The team was unable o finish the race after the crash.") == set()


def test_a_two_letter_non_word_between_short_words_is_read_by_the_gap_counts(monkeypatch):
    from newslint.checks.slips.near import SHORT_GAP_MARGIN

    def found(text):
        doc = Document("Headline\n\n" + text + "\n", path="story.txt")
        tokens = doc.analysis("lexicon").tokens_of(1)
        return {(tokens[e.first][3], e.filler) for e in weigh.short_gap_edits(tokens) if e.evidence > SHORT_GAP_MARGIN}

    # "is un": a pair of two short words, which the pair counts cannot weigh
    assert found("The mayor is un the habit of walking to work.") == {("un", "in")}
    # a foreign phrase: the counts never saw the words around it
    assert found("The café served pollo con un poco de sal to its guests.") == set()
    # a word of the lexicon, a capital, a number beside it, or a name beside it: not weighed
    assert found("The mayor is de facto in charge.") == set()
    assert found("The mayor is Un the habit of walking.") == set()
    assert found("The mayor met un 2019 the council.") == set()
    assert found("The mayor is un The Habit of walking.") == set()
    monkeypatch.setattr(weigh, "SHORT_GAPS", False)
    assert found("The mayor is un the habit of walking to work.") == set()


def test_that_after_an_unfinished_comparison_is_read_by_the_words_after_it():
    def odds(text, word="that"):
        doc = Document("Headline\n\n" + text + "\n", path="story.txt")
        tokens = doc.analysis("lexicon").tokens_of(1)
        j = [t[0] for t in tokens].index(word)
        return weigh.right_context_odds(tokens, j, "than")

    assert odds("The new stadium drew bigger crowds that ever before.") > 2.0
    assert odds("It is more important that the new stadium opens on time.") < 0
    # a number or the end of the paragraph after it: not read
    assert odds("Prices rose more that 20 percent.") is None
    assert odds("It was bigger than that") is None
