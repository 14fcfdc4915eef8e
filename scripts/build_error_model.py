#!/usr/bin/env python3
"""Build the counts that G313 (a word missing) and G314 (a word too many) read.

    python3 scripts/build_error_model.py --corpus DIR [--corpus DIR ...]

Needs numpy at build time only (``pip install numpy``); newslint itself never imports it.

Each ``--corpus`` folder is read as ``scripts/build_ngrams.py`` reads it (the same paragraphs
and the same tokens, lower case, every number one token "0"). The corpora are openly licensed
and listed in ``newslint/data/slip_counts_sources.txt``; nothing is downloaded here. Every
word pair "a b" and every triple "a F b" whose middle word F is one of ``FUNCTION_WORDS`` is
counted; the table keeps only what a decision can use:

- "a b" → ``"n F m"``: the pair "a b" seen n times, and the function word F that most often
  stands between a and b, seen m times there; kept when m is at least ``MISSING_MIN`` and
  ``MISSING_RATIO`` times n + 1 (a word likely dropped between a and b: "according the");
  or when n is at least ``PAIR_MIN`` (a common pair, against which an F written between the
  two can be weighed: ``n`` alone, F and m left out when m is not enough);
- "a F b" → ``"m"``: the triple seen m times, for each common pair "a b" whose triple with F
  (one of ``EXTRA_WORDS``) is seen at least n / ``EXTRA_RATIO`` times;
- for the words a and b of the common pairs and the words F: the pairs "a F" and "F b"
  (``"n"`` as above) and each word alone, "a" → ``"count"``, so that G314 can tell whether F
  sits well beside its neighbours ("in on the": "in on" and "on the" are both common);
- "a ~kind" → ``"n F m"``: as for "a b", with any word of b's kind (``word_class``: its
  parts of speech and ending) in place of b, kept at ``CLASS_SEEN`` and ``CLASS_ODDS``, and
  ``CLASS_FIRST`` + a for each such a (G313's second chance, for words it knows too little);
- ``FIRST`` + a and ``LAST`` + b → ``""`` for the first word a and the second word b of
  every pair kept for G313 (most pairs of a draft are then never looked up), and ``TOTAL``
  → the number of tokens counted.

A common pair whose triple is not in the table was seen with F between fewer than
n / ``EXTRA_RATIO`` times: F is likely one too many.

The table is a ``newslint.wordtable`` (sorted keys, binary search over a memory map), written
as ``newslint/data/slip_counts.bin``; the same folders give the same bytes.

    python3 scripts/build_error_model.py --backoff --corpus DIR [...] [--tagged-cache FILE]

writes the backed-off counts instead (``newslint/data/slip_backoff.bin``, read by
``newslint/checks/slips/backoff.py``; ``backoff_table`` says what it holds, ``BACKOFF_LIMITS``
what it keeps): the same corpora are read the same way, and each paragraph is tagged with
newslint's own tagger (about 60,000 tokens a second), so the corpora for it are smaller (see
``newslint/data/slip_counts_sources.txt``). ``--tagged-cache`` keeps the tagged tokens for a
rerun; the same folders give the same bytes.
"""

from __future__ import annotations

import argparse
import sys
from array import array
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_ngrams import paragraphs, tokenize  # noqa: E402

from newslint import wordtable  # noqa: E402
from newslint.checks.slips import (  # noqa: E402
    CLASS_FIRST,
    CLASS_ODDS,
    CLASS_SEEN,
    EXTRA_WORDS,
    FIRST,
    LAST,
    MISSING_ODDS,
    MISSING_SEEN,
    TOTAL,
    counted_function_words,
    token_key,
    word_class,
)

FUNCTION_WORDS = counted_function_words()

OUT = ROOT / "newslint" / "data" / "slip_counts.bin"
MISSING_MIN = MISSING_SEEN  # a triple "a F b" seen at least this often ...
MISSING_RATIO = MISSING_ODDS  # ... and this many times as often as "a b" (+ 1) is kept for G313
PAIR_MIN = 5000  # a pair "a b" seen this often is kept, for G314 to weigh an F between them
EXTRA_RATIO = 1000.0  # a triple seen at least 1/EXTRA_RATIO as often as its pair is kept
EDGE = "<s>"  # stands before and after each paragraph
BACKOFF_OUT = ROOT / "newslint" / "data" / "slip_backoff.bin"
# what the backed-off table keeps (``backoff_table``): no looser than the rules read it
BACKOFF_LIMITS = {"missing_seen": 20, "missing_odds": 30.0}


def token_ids(folders: list[Path]):
    """Every token of the corpora as a number (an array), and the words by number."""
    ids: dict[str, int] = {EDGE: 0}
    stream = array("I")
    edge = 0
    for folder in folders:
        for paragraph in paragraphs(folder):
            stream.append(edge)
            for lower, _written in tokenize(paragraph):
                key = token_key(lower)
                number = ids.get(key)
                if number is None:
                    number = ids[key] = len(ids)
                stream.append(number)
        print(f"{folder}: {len(stream):,} tokens so far", file=sys.stderr)
    stream.append(edge)
    words = [""] * len(ids)
    for word, number in ids.items():
        words[number] = word
    return stream, words


def tagged_ids(folders: list[Path], cache: Path | None = None):
    """Every token of the corpora as a number, its part-of-speech tag (newslint's tagger, run on
    each paragraph as written) as a number, and the words and tags by number; kept in
    ``cache`` (a .npz) when given, since tagging 78 million tokens takes about 20 minutes."""
    import numpy as np

    from newslint import tagger

    if cache is not None and cache.exists():
        saved = np.load(cache, allow_pickle=False)
        return saved["tokens"], saved["tags"], saved["words"].tolist(), saved["tag_names"].tolist()
    ids: dict[str, int] = {EDGE: 0}
    tag_ids: dict[str, int] = {EDGE: 0}
    stream, tag_stream = array("I"), array("B")
    for folder in folders:
        for paragraph in paragraphs(folder):
            stream.append(0)
            tag_stream.append(0)
            tokens = tokenize(paragraph)
            for (lower, _), tag in zip(tokens, tagger.tag([written for _, written in tokens])):
                key = token_key(lower)
                number = ids.get(key)
                if number is None:
                    number = ids[key] = len(ids)
                stream.append(number)
                tag_stream.append(tag_ids.setdefault(tag, len(tag_ids)))
        print(f"{folder}: {len(stream):,} tokens tagged so far", file=sys.stderr)
    stream.append(0)
    tag_stream.append(0)
    tokens = np.frombuffer(stream, dtype=np.uint32).astype(np.int64)
    tags = np.frombuffer(tag_stream, dtype=np.uint8).astype(np.int64)
    words = sorted(ids, key=ids.get)
    tag_names = sorted(tag_ids, key=tag_ids.get)
    if cache is not None:
        np.savez(cache, tokens=tokens, tags=tags, words=np.array(words), tag_names=np.array(tag_names))
    return tokens, tags, words, tag_names


def backoff_table(np, tokens, tags, words: list[str], tag_names: list[str], limits: dict) -> dict[str, bytes]:
    """The backed-off counts of ``newslint/checks/slips/backoff.py`` (its keys and values):

    - "m1 a_T U" -> ``"F m n"``: "a" tagged T, then F, then a word tagged U, seen m times, and
      "a" (T) then a word tagged U seen n times, for the commonest F, kept when m is at least
      ``limits["missing_seen"]`` and ``limits["missing_odds"]`` times n + 1;
    - "v a b" -> ``"n"``: the words "a b" seen n times (at least twice) side by side where
      their "m1" entry is kept;
    """
    from newslint.checks.slips.backoff import coarse

    names = sorted({coarse(t) for t in tag_names[1:]}) + [EDGE]
    tag_map = np.array([len(names) - 1] + [names.index(coarse(t)) for t in tag_names[1:]], dtype=np.int64)
    ct = tag_map[tags]
    nt = np.int64(len(names))
    wt = tokens * nt + ct  # a word with its tag
    function = sorted(FUNCTION_WORDS)
    nf = np.int64(len(function))
    slot = np.full(len(words), -1, dtype=np.int64)
    number = {w: i for i, w in enumerate(words)}
    for i, f in enumerate(function):
        if f in number:
            slot[number[f]] = i
    is_word = np.array([w[:1].isalnum() for w in words], dtype=bool)
    middle = slot[tokens[1:-1]]
    keep = middle >= 0

    def word_tag(code: int) -> str:
        word, tag = divmod(code, int(nt))
        return f"{words[word]}_{names[tag]}"

    values: dict[str, bytes] = {}
    # "a_T U": a pair's code is wt(a) * nt + t(b), a triple's (wt(a) * nf + f) * nt + t(b).
    # (The other side, "T b_U", was measured and left out: see backoff.py.)
    left_key = wt[:-1] * nt + ct[1:]
    pair_codes, pair_counts = np.unique(left_key, return_counts=True)
    triple_codes, triple_counts = np.unique((wt[:-2][keep] * nf + middle[keep]) * nt + ct[2:][keep], return_counts=True)
    t_pair = (triple_codes // (nf * nt)) * nt + triple_codes % nt
    t_f = (triple_codes // nt) % nf
    at = np.minimum(np.searchsorted(pair_codes, t_pair), len(pair_codes) - 1)
    without = np.where(pair_codes[at] == t_pair, pair_counts[at], 0)
    strong = (triple_counts >= limits["missing_seen"]) & (triple_counts >= limits["missing_odds"] * (without + 1))
    best: dict[int, tuple[int, int, int]] = {}
    for code, fi, m, n in zip(t_pair[strong].tolist(), t_f[strong].tolist(),
                              triple_counts[strong].tolist(), without[strong].tolist()):
        a_tag, b_tag = divmod(code, int(nt))
        if is_word[a_tag // int(nt)] and (code not in best or m > best[code][1]):
            best[code] = (fi, m, n)
    for code, (fi, m, n) in best.items():
        a_tag, b_tag = divmod(code, int(nt))
        values[f"m1 {word_tag(a_tag)} {names[b_tag]}"] = f"{function[fi]} {m} {n}".encode("ascii")
    # the words side by side where the evidence says one is missing between them
    flagged = np.isin(left_key, np.array(sorted(best), dtype=np.int64))
    nv = np.int64(len(words))
    pair_codes, pair_counts = np.unique(tokens[:-1][flagged] * nv + tokens[1:][flagged], return_counts=True)
    for code, n in zip(pair_codes[pair_counts >= 2].tolist(), pair_counts[pair_counts >= 2].tolist()):
        a, b = divmod(code, int(nv))
        values[f"v {words[a]} {words[b]}"] = str(n).encode("ascii")
    return values


def class_pairs(np, tokens, words: list[str], function: list[str], slot) -> dict[str, bytes]:
    """ "a ~kind" -> ``"n F m"``: "a" + a word of the kind (``word_class``) seen n times, and
    the commonest F in "a F" + a word of the kind, seen m times; kept when m is at least
    ``CLASS_SEEN`` and ``CLASS_ODDS`` times n + 1. Words seen fewer than three times are
    given no kind (the lexicon is not asked about millions of rare tokens)."""
    counts = np.bincount(tokens, minlength=len(words))
    kinds: dict[str, int] = {}
    names = [""]
    kind_of = np.zeros(len(words), dtype=np.int64)  # 0: no kind
    for number, word in enumerate(words):
        if counts[number] < 3:
            continue
        kind = word_class(word)
        if kind is None:
            continue
        if kind not in kinds:
            kinds[kind] = len(names)
            names.append(kind)
        kind_of[number] = kinds[kind]
    nk, nf = np.int64(len(names)), np.int64(len(function))
    after = kind_of[tokens[1:]]
    known = after > 0
    pair_codes, pair_counts = np.unique(tokens[:-1][known] * nk + after[known], return_counts=True)
    middle, after = slot[tokens[1:-1]], kind_of[tokens[2:]]
    known = (middle >= 0) & (after > 0)
    codes, with_f = np.unique((tokens[:-2][known] * nf + middle[known]) * nk + after[known], return_counts=True)
    a, f, k = codes // (nf * nk), (codes // nk) % nf, codes % nk
    pair = a * nk + k
    at = np.minimum(np.searchsorted(pair_codes, pair), len(pair_codes) - 1)
    without = np.where(pair_codes[at] == pair, pair_counts[at], 0)
    strong = (with_f >= CLASS_SEEN) & (with_f >= CLASS_ODDS * (without + 1))
    best: dict[tuple[int, int], tuple[int, int, int]] = {}
    for ai, fi, ki, m, n in zip(a[strong].tolist(), f[strong].tolist(), k[strong].tolist(),
                                with_f[strong].tolist(), without[strong].tolist()):
        if not words[ai][:1].isalnum():
            continue
        if (ai, ki) not in best or m > best[ai, ki][1]:
            best[ai, ki] = (fi, m, n)
    return {
        f"{words[ai]} ~{names[ki]}": f"{n} {function[fi]} {m}".encode("ascii")
        for (ai, ki), (fi, m, n) in best.items()
    }


def main() -> int:
    import numpy as np

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", required=True)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--backoff", action="store_true", help="write the backed-off counts (slip_backoff.bin)")
    parser.add_argument("--tagged-cache", type=Path, help="keep the tagged corpora here (.npz) for a rerun")
    args = parser.parse_args()
    if args.backoff:
        tokens, tags, words, tag_names = tagged_ids(args.corpus, args.tagged_cache)
        out = args.out or BACKOFF_OUT
        values = backoff_table(np, tokens, tags, words, tag_names, BACKOFF_LIMITS)
        wordtable.write(out, values)
        print(f"{len(values):,} entries, {out.stat().st_size:,} bytes → {out}", file=sys.stderr)
        return 0
    args.out = args.out or OUT

    stream, words = token_ids(args.corpus)
    tokens = np.frombuffer(stream, dtype=np.uint32).astype(np.int64)
    size = np.int64(len(words))
    function = sorted(FUNCTION_WORDS)
    function_ids = np.array([words.index(f) if f in words else -1 for f in function], dtype=np.int64)
    # neither side of a kept pair may be the paragraph's edge or a mark: the rules judge words
    not_word = np.array([not w[:1].isalnum() for w in words], dtype=bool)
    extra = np.array([f in EXTRA_WORDS for f in function], dtype=bool)

    # pairs "a b": code a * size + b
    first, second = tokens[:-1], tokens[1:]
    pair_codes, pair_counts = np.unique(first * size + second, return_counts=True)
    print(f"{len(pair_codes):,} distinct pairs", file=sys.stderr)

    # triples "a F b": code (a * nf + f) * size + b, for the triples whose middle is a function word
    slot = np.full(len(words), -1, dtype=np.int64)
    for index, number in enumerate(function_ids):
        if number >= 0:
            slot[number] = index
    middle = slot[tokens[1:-1]]
    keep = middle >= 0
    nf = np.int64(len(function))
    a, f, b = tokens[:-2][keep], middle[keep], tokens[2:][keep]
    triple_codes, triple_counts = np.unique((a * nf + f) * size + b, return_counts=True)
    print(f"{len(triple_codes):,} distinct triples with a function word in the middle", file=sys.stderr)

    def pair_count(codes):
        at = np.searchsorted(pair_codes, codes)
        at = np.minimum(at, len(pair_codes) - 1)
        return np.where(pair_codes[at] == codes, pair_counts[at], 0)

    values: dict[str, bytes] = {}

    # G313: the commonest F between a and b, where it is common and "a b" is not
    t_a = triple_codes // (nf * size)
    t_f = (triple_codes // size) % nf
    t_b = triple_codes % size
    t_pair = t_a * size + t_b
    t_without = pair_count(t_pair)
    strong = (triple_counts >= MISSING_MIN) & (triple_counts >= MISSING_RATIO * (t_without + 1))
    strong &= ~not_word[t_a] & ~not_word[t_b]
    best: dict[int, tuple[int, int, int]] = {}
    for code, fi, with_f, without in zip(
        t_pair[strong].tolist(), t_f[strong].tolist(), triple_counts[strong].tolist(), t_without[strong].tolist()
    ):
        if code not in best or with_f > best[code][1]:
            best[code] = (fi, with_f, without)

    firsts = {code // int(size) for code in best}

    # G313's second chance: "a F" + a word of b's kind against "a" + a word of that kind
    for key, value in class_pairs(np, tokens, words, function, slot).items():
        values[key] = value
        values[CLASS_FIRST + key.partition(" ")[0]] = b""
    lasts = {code % int(size) for code in best}

    # G314: common pairs, and the triples with F between them that are not rare beside them
    common = pair_counts >= PAIR_MIN
    common_codes = pair_codes[common]
    common_counts = pair_counts[common]
    for code, n in zip(common_codes.tolist(), common_counts.tolist()):
        pa, pb = divmod(code, int(size))
        if not_word[pa] or not_word[pb]:
            continue
        key = f"{words[pa]} {words[pb]}"
        found = best.pop(code, None)
        values[key] = (f"{n} {function[found[0]]} {found[1]}" if found else str(n)).encode("ascii")
    for code, (fi, with_f, without) in best.items():
        pa, pb = divmod(code, int(size))
        values[f"{words[pa]} {words[pb]}"] = f"{without} {function[fi]} {with_f}".encode("ascii")
    # the first and second words of the pairs G313 may report, so that it looks up only their pairs
    for number in firsts:
        values[FIRST + words[number]] = b""
    for number in lasts:
        values[LAST + words[number]] = b""
    # the pairs "a F" and "F b" and the words alone, for the words of the common pairs
    counts = np.bincount(tokens, minlength=len(words))
    sides_a = {int(code) // int(size) for code in common_codes.tolist()}
    sides_b = {int(code) % int(size) for code in common_codes.tolist()}
    extra_ids = {int(function_ids[i]) for i in range(len(function)) if extra[i] and function_ids[i] >= 0}
    for code, n in zip(pair_codes.tolist(), pair_counts.tolist()):
        pa, pb = divmod(code, int(size))
        if (pa in sides_a and pb in extra_ids) or (pa in extra_ids and pb in sides_b):
            if not_word[pa] or not_word[pb]:
                continue
            key = f"{words[pa]} {words[pb]}"
            if key not in values:
                found = best.get(code)
                values[key] = (f"{n} {function[found[0]]} {found[1]}" if found else str(n)).encode("ascii")
    for number in sorted(sides_a | sides_b | extra_ids):
        if not not_word[number]:
            values[words[number]] = str(int(counts[number])).encode("ascii")
    values[TOTAL] = str(len(tokens)).encode("ascii")
    in_common = pair_count(t_pair) >= PAIR_MIN
    plausible = in_common & (triple_counts * EXTRA_RATIO >= t_without) & extra[t_f]
    for ta, tf, tb, m in zip(
        t_a[plausible].tolist(), t_f[plausible].tolist(), t_b[plausible].tolist(), triple_counts[plausible].tolist()
    ):
        if not_word[ta] or not_word[tb]:
            continue
        values[f"{words[ta]} {function[tf]} {words[tb]}"] = str(m).encode("ascii")
    wordtable.write(args.out, values)
    print(f"{len(values):,} entries, {args.out.stat().st_size:,} bytes → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
