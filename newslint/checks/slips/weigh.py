"""The edits the gap counts (``gaps.py``) can weigh in a paragraph, each with its evidence.

Three kinds, one question (which filler does the gap's context favour, and by how much):
- "missing": a word put between two words ("most _ the residents": "of");
- "extra": a short word taken out ("the bridge was first was opened": "was");
- "swap": a preposition replaced by another ("took part at the race": "in").

A fourth kind, "near", is asked of a filler word as written: does the context favour a filler one
edit away from it ("more that 100": "than"; ``near_edits``)? It reads slip_near.bin too (eight
more words, and the contexts of one side: ``gaps.near_table``). S211 reads it.

G313 reads the first kind, G302 the third (away from numbers). A word too many is measured by
``scripts/eval_error_model.py --gaps`` and read by no rule: on news, every finding it made at
a margin that kept it quiet on Wikipedia was wrong.

Only gaps with a candidate are weighed: a word filler the counts list as common in one of the
gap's contexts (``GapCounts.top``; for a dropped word, in the narrowest context "l1 _ r1",
which costs a fifth of weighing every gap and found 0.074 of the injected slips that every
context found 0.081 of), or a filler word written there (for a swap, only where "l1 _ r1"
lists another preposition: half the cost, 0.068 of injected swaps found against 0.083). Tokens are those of the
lexicon analysis (lower case, as the counts know them: every number "0").
"""

from __future__ import annotations

import math
import os
from functools import lru_cache
from typing import NamedTuple

from ... import pattern_cache
from . import gaps
from .counts import NUMBER, _named, _paragraph_tokens, token_key

# The fillers a preposition is weighed against, and weighed at all: those a writer confuses
# with one another ("at the race" / "in the race", "depend of" / "depend on").
PREPOSITIONS = frozenset("at on in of for to with from by about into over".split())
_SWAP_CODES = frozenset(gaps.CODE[p] for p in PREPOSITIONS)
# Never put in: a dropped "not" turns a sentence round, and both are English ("they did want
# to stay"), which counts cannot tell apart.
_NEVER_MISSING = frozenset((gaps.CODE["not"],))


class Edit(NamedTuple):
    kind: str  # "missing", "extra" or "swap"
    first: int  # index of the first token the finding covers
    last: int  # index of the last token it covers
    filler: str  # the word to put in ("missing", "swap") or take out ("extra")
    evidence: float  # log-odds of the edit against the text as written, summed over the contexts
    pair: float  # the same in the narrowest context alone: the two words around the gap


def _is_word(token) -> bool:
    return token[0][:1].isalnum()


KINDS = frozenset(("missing", "extra", "swap"))


def edits(tokens, kinds=KINDS, counts=None):
    """The weighed edits of ``kinds`` in one paragraph's tokens (``Vocabulary.tokens_of``),
    the best one at each gap and each filler word."""
    counts = counts or gaps.table()
    extra, swap = "extra" in kinds, "swap" in kinds
    n = len(tokens)
    if "missing" in kinds or extra:
        keys = [token_key(t[0]) for t in tokens]
        places = range(1, n - 1)
    else:
        # a swap alone is weighed only where a preposition stands (one token in ten), so the
        # keys are read only around those: the same edits, without keying every token
        keys = _Keys(tokens)
        places = [j for j in range(1, n - 1) if tokens[j][0] in PREPOSITIONS]
    edge = gaps.key_hash(gaps.EDGE)

    def hashed(i):
        return gaps.key_hash(keys[i]) if 0 <= i < n else edge

    if "missing" in kinds:
        for i in range(n - 1):
            if _is_word(tokens[i]) and _is_word(tokens[i + 1]):
                yield from _missing(counts, i, hashed)
    if not (extra or swap):
        return
    # a filler word between two words, weighed as a word too many and as the wrong one
    for j in places:
        code = gaps.CODE.get(keys[j])
        if code is None or not (extra or code in _SWAP_CODES):
            continue
        if not (_is_word(tokens[j - 1]) and _is_word(tokens[j + 1])):
            continue
        if not extra and _pair_top(keys[j - 1], keys[j + 1]) in (None, code):
            continue  # no other preposition listed where the two words stand around one
        pair = gaps.pair_context(hashed(j - 1), hashed(j + 1))
        hashes = (pair, *gaps.wider_contexts(hashed(j - 2), hashed(j - 1), hashed(j + 1), hashed(j + 2)))
        if extra:
            terms = gaps.evidence(counts, hashes, code, gaps.EMPTY)
            yield Edit("extra", j - 1, j, keys[j], sum(terms), terms[0])
        if swap and code in _SWAP_CODES:
            yield from _swap(counts, hashes, j, code)


class _Keys:
    """``token_key`` of each token's text, worked out when it is read."""

    __slots__ = ("_tokens",)

    def __init__(self, tokens):
        self._tokens = tokens

    def __getitem__(self, i: int) -> str:
        return token_key(self._tokens[i][0])


@lru_cache(maxsize=1 << 16)
def _pair_top(l1: str, r1: str) -> int | None:
    """``GapCounts.top`` of the context "l1 _ r1", remembered: most pairs of a run recur
    ("of _ the")."""
    return gaps.table().top(gaps.pair_context(gaps.key_hash(l1), gaps.key_hash(r1)))


def _missing(counts, i: int, hashed):
    """The best word to put between tokens i and i + 1, if any is a candidate. Only a gap
    whose narrowest context ("l1 _ r1") lists a candidate is weighed further."""
    pair = gaps.pair_context(hashed(i), hashed(i + 1))
    first = counts.top(pair)
    if first is None:
        return
    hashes = (pair, *gaps.wider_contexts(hashed(i - 1), hashed(i), hashed(i + 1), hashed(i + 2)))
    best = None
    for code in {first, *(counts.top(h) for h in hashes[1:])}:
        if code is None or not 0 < code <= len(gaps.FILLERS) or code in _NEVER_MISSING:
            continue
        terms = gaps.evidence(counts, hashes, gaps.EMPTY, code)
        if best is None or sum(terms) > best.evidence:
            best = Edit("missing", i, i + 1, gaps.FILLERS[code - 1], sum(terms), terms[0])
    if best is not None:
        yield best


def _swap(counts, hashes, j: int, code: int):
    """The best preposition in place of the one at token j, if another is a candidate."""
    best = None
    for other in {counts.top(h) for h in hashes}:
        if other is None or other == code or other not in _SWAP_CODES:
            continue
        terms = gaps.evidence(counts, hashes, code, other)
        if best is None or sum(terms) > best.evidence:
            best = Edit("swap", j, j, gaps.FILLERS[other - 1], sum(terms), terms[0])
    if best is not None:
        yield best


_SENTENCE_ENDS = frozenset(".!?:;\"“”'‘’()")


def _starts_sentence(tokens, i: int) -> bool:
    return i == 0 or tokens[i - 1][0] in _SENTENCE_ENDS


def in_context(doc, kind: str, margin: float):
    """(tokens, edit) for each edit of ``kind`` (``weigh.edits``) in the running prose of
    ``doc`` whose evidence beats ``margin``, between words that are not names (a capital
    inside a sentence) nor parts of a hyphenated compound."""
    for tokens in _paragraph_tokens(doc):
        for edit in edits(tokens, (kind,)):
            if edit.evidence <= margin:
                continue
            first, last = edit.first, edit.last + (kind == "extra")
            if any(_named(tokens[k]) and not _starts_sentence(tokens, k) for k in range(first, last + 1)):
                continue
            if first > 0 and tokens[first - 1][0] == "-" or last + 1 < len(tokens) and tokens[last + 1][0] == "-":
                continue  # a part of a compound: "than year-ago levels"
            yield tokens, edit


def one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one typing slip apart: one letter put in, left out, replaced, or two
    neighbouring letters swapped ("the"/"they", "that"/"than", "of"/"or", "it"/"ti")?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def near_fillers(fillers=None) -> dict[str, tuple[str, ...]]:
    """Each filler and the fillers one edit away from it (``one_edit``), by that rule alone:
    found through the words less one letter (two words one letter put in, left out or replaced
    apart share such a form, the same letter left out of both for a replaced one) and the
    words with two neighbouring letters swapped, ~0.3 ms for the 75 words against ~8 ms for
    ``one_edit`` over every two of them (S211 runs on every draft)."""
    fillers = gaps.FILLERS if fillers is None else fillers
    forms: dict[str, list[tuple[str, int]]] = {}
    for word in fillers:
        forms.setdefault(word, []).append((word, -1))
        for k in range(len(word)):
            forms.setdefault(word[:k] + word[k + 1 :], []).append((word, k))
    pairs = set()
    for items in forms.values():
        for a, i in items:
            for b, k in items:
                if a != b and (i == -1 or k == -1 or i == k):
                    pairs.add((a, b))
    known = set(fillers)
    for word in fillers:
        for k in range(len(word) - 1):
            swapped = word[:k] + word[k + 1] + word[k] + word[k + 2 :]
            if swapped != word and swapped in known:
                pairs.add((word, swapped))
    return {f: tuple(g for g in fillers if (f, g) in pairs) for f in fillers}


def _kept(name: str, build, *inputs):
    """``build()``, or what the command line's table (``pattern_cache.kept``) kept of it from an
    earlier run of this very file: keyed by this file's size, times and inode (a changed
    file, its pairs built afresh), ``gaps.NEAR_FILLERS`` and ``inputs``. The pairs of the 75
    words are a pure function of them, and building them costs a one-draft run ~50 M
    instructions (``near_fillers2``'s distances, ~9% of it; ``near_fillers`` ~3 M)."""
    try:
        stamp = pattern_cache.file_stamp(os.stat(__file__))
    except OSError:
        return build()
    return pattern_cache.kept(("slip pairs", name, __file__, stamp, gaps.NEAR_FILLERS, *inputs), build)


NEAR = _kept("near_fillers", lambda: near_fillers(gaps.NEAR_FILLERS))


def two_edits(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` two typing slips apart with the first letter kept ("on"/"only",
    "only"/"one", "the"/"their")? Writers seldom slip on a word's first letter (Pollock and
    Zamora 1983). Optimal string alignment distance, as ``corrections.distance``, computed
    here for these short words so that S211 need not load rapidfuzz."""
    if a[:1] != b[:1] or a == b or abs(len(a) - len(b)) > 2:
        return False
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1] == 2


def near_fillers2(fillers=None) -> dict[str, tuple[str, ...]]:
    """Each filler and the fillers two slips from it (``two_edits``): a closed set of 75
    words, so every two of them are tried (about 6,000 pairs, once, at the first draft)."""
    fillers = gaps.FILLERS if fillers is None else fillers
    return {f: tuple(g for g in fillers if two_edits(f, g)) for f in fillers}


# Fillers two slips apart are weighed too, their evidence less TWO_EDIT_COST (log-odds: a
# second slip in one short word is that much rarer), chosen on the tune half of
# scripts/eval_error_model.py --gaps --kinds near,near2.
TWO_EDITS = True
TWO_EDIT_COST = 12.0
# Chosen on the tune half of scripts/eval_error_model.py --gaps --kinds near (S211's docstring
# has the figures): the contexts of one side are weighed too ("_ ever before": 0.263 of
# injected slips found at margin 9 against 0.138 without, at 0.03 findings per 1,000 untouched
# words against 0.00), and a word is weighed only where the two words around it were never
# counted around it ("l1 _ r1" below the floor): that kept 0.240 of 0.263 and left no finding
# on the untouched drafts, where there were 4. (At 9, before words after a mark were weighed.)
ONE_SIDED = True
UNSEEN_ONLY = True
# A word after a comma, full stop, colon or semicolon is weighed too (". The went home"): the
# counts hold the marks as tokens. On the tune half (``--kinds near,near-mark``) it found 0.315
# of slips injected there at margin 10, and added one finding on the untouched drafts at 9
# ("1888, or February 1889"), none at 10.
AFTER_MARK = True
# A paragraph's first word is not weighed. Tried (2026-12-02, rw20; ``FIRST_WORDS``, measured
# with ``scripts/closed_word_slips.py --first-words``): its left neighbour read as the
# paragraph's edge, which the counts hold ("<s> they even say"). scripts/eval_real_edits.py
# --args "--select S211" (each sentence a paragraph of its own; tune | held out): real-word
# errors found 8/68 | 4/112, unchanged, findings at untouched words 2 | 3 -> 3 | 3 (added:
# "Were the killings racially motivated?", "where"); over Wikipedia text_AD_wiki_80-99 and
# the dev corpus 62 -> 67 findings, the 5 new ones all wrong (a question, "Where are bullets
# most often used?"; "where is" opening a line after a formula; "They next arrive"). A
# paragraph's first word has half the context of any other, and questions open with the
# words that the counts read as slips.
FIRST_WORDS = False
_MARKS = frozenset(",.;:")
# Pairs (written, suggested) left out: those whose findings on untouched copy at S211's margin
# (the tune half's untouched drafts, the dev corpus's news, real-dev's corrected drafts) were
# at least as many as the injected slips they found on the tune half. "as" -> "a": 1 found
# (of 10), 1 wrong on news ("and as new social uses"), at 9 and at 10. (No other pair was
# wrong as often: "at" -> "a" found 5 of 14, wrong on news twice at 9, once at 10; no pair was
# wrong on Wikipedia or real-dev.)
NEAR_DROPPED = frozenset({("as", "a")})


# At most 16,384 answers (65,536 held 13 MB of a long run's peak): over 1,200 Wikipedia
# drafts, 326,000 calls for 129,000 contexts; 146,500 look-ups kept at most 16,384, 132,700
# at 65,536.
@lru_cache(maxsize=1 << 14)
def _seen_between(l1: str, word: str, r1: str) -> bool:
    """Was "l1 word r1" counted (seen at least ``gaps.FLOOR`` times)? Remembered: the commonest
    ("one of the") recur in every draft."""
    code = gaps.NEAR_CODE[word]
    table = gaps.table() if code <= len(gaps.FILLERS) else gaps.near_table()
    return bool(table.count(gaps.pair_context(gaps.key_hash(l1), gaps.key_hash(r1)), code))


@lru_cache(maxsize=4)
def _weighed_pairs(two_edits: bool, cost: float, dropped: frozenset) -> dict[str, tuple[tuple[str, float], ...]]:
    """Each filler -> (other filler, cost of the slip) of the pairs ``near_edits`` weighs: one
    slip apart (``NEAR``) at no cost, and with ``two_edits`` two apart (``near_fillers2``)
    at ``cost``; the pairs (written, other) of ``dropped`` left out."""

    def build():
        near2 = near_fillers2(gaps.NEAR_FILLERS) if two_edits else {}
        return {
            word: tuple(
                (other, c)
                for other, c in [(o, 0.0) for o in NEAR[word]] + [(o, cost) for o in near2.get(word, ())]
                if (word, other) not in dropped
            )
            for word in NEAR
        }

    return _kept("weighed pairs", build, two_edits, cost, tuple(sorted(dropped)))


def near_edits(tokens, dropped=None, counts=None, near=None, one_sided=None):
    """For each filler word written between two words (``tokens``: one paragraph's, as
    ``edits``), the filler one edit away (``NEAR``, bar the pairs (written, other) of
    ``dropped``: ``NEAR_DROPPED`` by default) that the gap's contexts favour most over it: an Edit "near" whose
    ``filler`` is that word, ``first`` and ``last`` the written word. The contexts are the four
    of ``gaps.SHAPES`` (counts of the 67 fillers from ``slip_gaps.bin``, of the words of
    ``gaps.NEAR_EXTRA`` from ``slip_near.bin``) and, with ``one_sided``, the two of
    ``gaps.ONE_SIDED`` (``slip_near.bin``); ``pair`` is the evidence of "l1 _ r1" alone."""
    counts = counts or gaps.table()
    near = near or gaps.near_table()
    one_sided = ONE_SIDED if one_sided is None else one_sided
    dropped = NEAR_DROPPED if dropped is None else dropped
    pairs = _weighed_pairs(TWO_EDITS, TWO_EDIT_COST, frozenset(dropped))
    first_extra = len(gaps.FILLERS)
    n = len(tokens)
    edge = gaps.key_hash(gaps.EDGE)

    def hashed(i):
        return gaps.key_hash(token_key(tokens[i][0])) if 0 <= i < n else edge

    def count(h: int, code: int, two_sided: bool) -> float:
        return (counts if two_sided and code <= first_extra else near).count(h, code)

    for j in range(0 if FIRST_WORDS else 1, n - 1):
        word = tokens[j][0]
        others = pairs.get(word)
        if not others or not _is_word(tokens[j + 1]):
            continue
        if j and not (_is_word(tokens[j - 1]) or AFTER_MARK and tokens[j - 1][0] in _MARKS):
            continue
        if UNSEEN_ONLY and _seen_between(token_key(tokens[j - 1][0]), word, token_key(tokens[j + 1][0])):
            continue  # the two words around it are written around it often enough to be counted
        code = gaps.NEAR_CODE[word]
        l1, r1 = hashed(j - 1), hashed(j + 1)
        pair = gaps.pair_context(l1, r1)
        # a wider context is seen no more often than "l1 _ r1" (it is a part of its count):
        # a word below the floor there is below it in all three, and is not looked up there;
        # the other word must be counted there ("l1 other r1" at least ten times). The wider
        # contexts and the written word's counts are worked out at the first other word that
        # is (at one gap in thirty over the dev corpus), not at every gap
        wider = None
        written = None
        best = None
        for other, cost in others:
            other_code = gaps.NEAR_CODE[other]
            a = count(pair, other_code, True)
            if not a:
                continue  # nor around the other word: no finding passed S211's margin without it
            if wider is None:
                h = [hashed(j - 2), l1, r1, hashed(j + 2)]
                wider = gaps.wider_contexts(*h)
                sides = gaps.one_sided_contexts(*h) if one_sided else ()
            found = [a, *(count(c, other_code, True) for c in wider)]
            found.extend(near.count(c, other_code) for c in sides)
            if written is None:
                first = count(pair, code, True)
                written = [first, *((count(c, code, True) for c in wider) if first else (0.0, 0.0, 0.0))]
                written.extend(near.count(c, code) for c in sides)
            terms = [math.log((x + gaps.FLOOR) / (y + gaps.FLOOR)) if x or y else 0.0 for x, y in zip(found, written)]
            if best is None or sum(terms) - cost > best.evidence:
                best = Edit("near", j, j, other, sum(terms) - cost, terms[0] - cost)
        if best is not None:
            yield best


# The same question asked of the pair counts S212 weighs with (``confusables/near_words.py``,
# near_words.bin: every two words side by side of which one is a "slip word", three letters or
# more, kept from three sightings; every three words around one): "more that quadrupled" was
# never counted in any context of the gap counts (their floor is ten), but "more than" was
# seen 19,484 times to "more that"'s 54. The reading of a place is the noisy channel of S212,
# P(x | left) P(right | x) with the triple "left x right" (``near_words.fit``), weighed only
# where all four pairs (left and right of the word written and of the other) hold a slip word,
# so that a pair not in the file was seen fewer than three times and is no gap in the counts
# ("in he" and "in the" are not counted: two short words). Chosen on the tune half of
# scripts/eval_real_edits.py (S211's docstring has the figures).
PAIR_EVIDENCE = True
# ... for the fillers one edit away only: two slips apart (at ``TWO_EDIT_COST``) the pairs
# found 0 | 2 more injected slips of 800 a half (scripts/eval_error_model.py --kinds near2)
# at twice the cost (over the dev corpus's news, 1.5 s of CPU against 0.8 s).
PAIR_TWO_EDITS = False


def _counted_pair(table, a: str, b: str) -> bool:
    """Does near_words.bin count the pair "a b": is one of the two a slip word?"""
    from ..confusables import near_words

    return near_words.is_slip_word(a) or near_words.is_slip_word(b)


def near_pair_edits(tokens, dropped=None, floor: float | None = None):
    """For each filler word (or, with ``SHORT_WORDS``, a token of one or two letters one edit
    from a filler) written between two words (as ``near_edits``: after a word, or
    after a comma, full stop, colon or semicolon), the filler one edit away (two, at
    ``TWO_EDIT_COST``) that the pair counts favour most over it: an Edit "near" whose
    ``evidence`` is the log-odds of ``near_words.fit`` and the triple, less the cost, and
    ``pair`` the part the pairs give. Only where the counts can tell (``PAIR_EVIDENCE``'s
    note), away from numbers, and where the two words around the word were not counted
    around it (``_seen_between``). On the dev corpus, beside a number the pairs of the number
    token misled: "by then 41" ("the"), "they 2005 looks" ("the"; "then" was meant).
    With ``floor``, an other word whose evidence cannot pass it (its pairs' part and the most
    its triple could add) is not weighed further: the edits above ``floor`` are the same, at
    about half the look-ups (S211 passes its margin)."""
    from ..confusables import near_words

    table = near_words.counts()
    slip = near_words.is_slip_word
    dropped = NEAR_DROPPED if dropped is None else dropped
    pairs = _weighed_pairs(PAIR_TWO_EDITS, TWO_EDIT_COST, frozenset(dropped))
    short = _short_words_near_fillers() if SHORT_WORDS else {}
    n = len(tokens)
    for j in range(0 if FIRST_WORDS else 1, n - 1):
        word = tokens[j][0]
        others = pairs.get(word) or short.get(word)
        if not others or not _is_word(tokens[j + 1]):
            continue
        if j and not (_is_word(tokens[j - 1]) or AFTER_MARK and tokens[j - 1][0] in _MARKS):
            continue
        left, right = token_key(tokens[j - 1][0]) if j else gaps.EDGE, token_key(tokens[j + 1][0])
        if NUMBER in (left, right):
            continue  # every number is one token of the counts: "the 0" stands for "the 1990s" too
        if word in gaps.NEAR_CODE and _seen_between(left, word, right):
            continue  # (first: remembered, and true of most places, "of the", "in a")
        # (``_counted_pair`` of the four pairs written out, the two words around asked once)
        left_slip, right_slip = slip(left), slip(right)
        if not ((left_slip or slip(word)) and (right_slip or slip(word))):
            continue
        written_fit = None
        best = None
        for other, cost in others:
            if not ((left_slip or slip(other)) and (right_slip or slip(other))):
                continue
            lo, o_r = table.count(left, other), table.count(other, right)
            if not (lo or o_r):
                continue  # no evidence for the other word
            if written_fit is None:
                written_fit = near_words.fit(table, left, word, right, table.count(left, word), table.count(word, right))
                written_triple = None
            pair = near_words.fit(table, left, other, right, lo, o_r) - written_fit
            if floor is not None:
                # the triple is seen no more often than either of its pairs (counts are kept to
                # a twelfth of a doubling: a tenth more allowed)
                most = pair + math.log((1.1 * min(lo, o_r) + near_words.TRIGRAM_FLOOR) / near_words.TRIGRAM_FLOOR) - cost
                if most <= floor:
                    continue
            if written_triple is None:
                written_triple = table.count(left, word, right)
            t = table.count(left, other, right)
            triple = near_words.triple_odds(t, written_triple)
            evidence = pair + triple - cost
            if best is None or evidence > best.evidence:
                best = Edit("near", j, j, other, evidence, pair - cost)
        if best is not None:
            yield best


# The gap counts' reading must not be contradicted by the pair counts': where the pair counts
# can tell (``near_pair_edits``: all four pairs hold a word of three letters or more, no
# number beside the word), their evidence for the same other word must reach this, or the
# gap counts' finding is dropped ("the product or the dealers": "of", pairs 5.3). Chosen on the
# tune half of scripts/eval_real_edits.py (S211's docstring has the figures).
PAIR_AGREEMENT = 7.0


def pair_evidence(tokens, j: int, other: str, cost: float = 0.0) -> float | None:
    """The pair counts' log-odds of ``other`` against the word at ``tokens[j]`` (less
    ``cost``), or None where they cannot tell (see ``near_pair_edits``)."""
    from ..confusables import near_words

    table = near_words.counts()
    word = tokens[j][0]
    left, right = token_key(tokens[j - 1][0]) if j else gaps.EDGE, token_key(tokens[j + 1][0])
    if NUMBER in (left, right):
        return None
    if not all(_counted_pair(table, a, b) for a, b in ((left, word), (word, right), (left, other), (other, right))):
        return None
    pair = near_words.fit(table, left, other, right) - near_words.fit(table, left, word, right)
    t, w = table.count(left, other, right), table.count(left, word, right)
    triple = near_words.triple_odds(t, w)
    return pair + triple - cost


# A token of one or two letters that is no filler but one edit from one ("o" for "to", "s"
# for "is") is read by the pair counts too: a finger that slipped off a short word leaves such
# a token, and the gap counts hold fillers only. Words of three letters or more one edit from
# a filler were tried (2026-12-02) and left out: on the tune half of scripts/eval_real_edits.py
# they found 1 slip ("unable o play", which this finds) and added 3 findings at untouched
# words, all wrong ("reducing toe change": "the", "dealt that foe a": "for", "and wash the":
# "was"). With one or two letters: that slip found, no other finding on that half, on the
# held-out half, on the untouched Wikipedia drafts of scripts/eval_error_model.py, on the dev
# corpus or on real-dev. A two-letter word beside another short word ("i am") is never weighed:
# the pairs of two short words are not counted.
# More closed-class words were tried too (2026-12-02, rw20; ``scripts/closed_word_slips.py``):
# the 28 words the Universal Dependencies English treebanks tag as closed-class nine times in
# ten and the fillers leave out ("if", "him", "them", "these", "what", "could", "my" ...), their
# pairs one edit apart weighed by the pair counts alone at ``PAIR_MARGIN`` ("if"/"of",
# "him"/"his", "them"/"the", "these"/"those", "what"/"that"). scripts/eval_real_edits.py
# --args "--select S211" unchanged in both halves (real-word errors 8/68 | 4/112, 2 | 3 at
# untouched words: "front if the" reads 7.3); over Wikipedia text_AD_wiki_80-99 (3.2 million
# words the pair counts never saw) and the dev corpus, 62 -> 76 findings, the 14 new ones 1
# right ("may allow then to travel") and 13 wrong, 10 of them "them" read as "the" where it
# ends a phrase ("many of them armed", "between them two light carriers"), with "what the
# Americans wanted" and "Those include". Left out.
SHORT_WORDS = True


@lru_cache(maxsize=1)
def _short_words_near_fillers() -> dict[str, tuple[tuple[str, float], ...]]:
    """Each string of one or two letters, not a filler, one edit (``lexicon.edits1``) from
    fillers of ``gaps.NEAR_FILLERS`` -> those fillers, at no cost."""
    from ...analysis import lexicon as lx

    found: dict[str, set[str]] = {}
    # (an edit changes a word's length by one letter at most: a filler of four letters or more
    # has no string of one or two letters one edit away, and its ~250 strings are not made)
    for filler in (f for f in gaps.NEAR_FILLERS if len(f) <= 3):
        for word in lx.edits1(filler):
            if len(word) <= 2 and word not in gaps.NEAR_CODE and word.isalpha():
                found.setdefault(word, set()).add(filler)
    return {word: tuple((f, 0.0) for f in sorted(fs)) for word, fs in found.items()}


# A token of two lower-case letters that is no word of the lexicon and one edit from a
# filler ("is un the habit": "in"; "went ot the": "to") is weighed by the gap counts as well:
# the pair counts cannot tell where a neighbour has two letters too ("is un"), and the
# spelling rules leave two-letter tokens alone. The token itself is never counted (it is no
# filler), so each context's evidence is the filler's count against the floor below which
# counts were dropped (``gaps.FLOOR``): what the counts would give a written word seen there
# fewer than ten times. Neighbours must be words in lower case (or a sentence's first word):
# beside a name or in a foreign phrase ("Procurador un vecino") the counts say nothing.
# Measured over Wikipedia text_AD_wiki_80-99 and the dev corpus: see S211's docstring.
SHORT_GAPS = True


def short_gap_edits(tokens):
    """For each token of two letters, lower case, no word of the lexicon, one edit from a
    filler of the gap counts, between two words: the filler the gap counts favour most there,
    an Edit "near" whose ``evidence`` is summed over the four contexts (``gaps.SHAPES``) as
    ``gaps.evidence`` sums it, the written token read as seen fewer than ``gaps.FLOOR`` times."""
    from ...analysis import lexicon as lx

    if not SHORT_GAPS:
        return
    short = _short_words_near_fillers()
    counts = gaps.table()
    n = len(tokens)
    for j in range(1, n - 1):
        word, _, _, written = tokens[j]
        if len(word) != 2 or word not in short or not written.islower() or lx.is_word(word):
            continue
        if not all(_is_word(tokens[k]) and not _named(tokens[k]) for k in (j - 1, j + 1)):
            continue
        keys = [token_key(tokens[k][0]) if 0 <= k < n and _is_word(tokens[k]) else "" for k in (j - 2, j - 1, j + 1, j + 2)]
        if NUMBER in keys:
            continue
        hashes = gaps.contexts(*keys)
        best = None
        for other, _ in short[word]:
            code = gaps.CODE.get(other)
            if code is None:
                continue
            terms = [math.log((counts.count(h, code) + gaps.FLOOR) / gaps.FLOOR) for h in hashes]
            if best is None or sum(terms) > best.evidence:
                best = Edit("near", j, j, other, sum(terms), terms[0])
        if best is not None:
            yield best


def right_context_odds(tokens, j: int, other: str) -> float | None:
    """The log-odds by which the two words after ``tokens[j]`` ("_ r1 r2", the one-sided
    context of ``gaps.near_table``) hold ``other`` rather than the word written, each count
    raised by ``gaps.FLOOR``; None where a number or the paragraph's end is among them, or
    neither word was counted there."""
    n = len(tokens)
    if j + 2 >= n or not (_is_word(tokens[j + 1]) and _is_word(tokens[j + 2])):
        return None
    r1, r2 = token_key(tokens[j + 1][0]), token_key(tokens[j + 2][0])
    if NUMBER in (r1, r2):
        return None
    written, instead = gaps.NEAR_CODE.get(tokens[j][0]), gaps.NEAR_CODE.get(other)
    if written is None or instead is None:
        return None
    edge = gaps.key_hash(gaps.EDGE)
    _, right = gaps.one_sided_contexts(edge, edge, gaps.key_hash(r1), gaps.key_hash(r2))
    table = gaps.near_table()
    a, b = table.count(right, instead), table.count(right, written)
    if not (a or b):
        return None
    return math.log((a + gaps.FLOOR) / (b + gaps.FLOOR))
