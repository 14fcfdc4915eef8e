#!/usr/bin/env python3
"""Build the gap counts that G313 weighs a missing word with (data/slip_gaps.bin), and those
that S211 weighs a word one slip from another with (data/slip_near.bin).

    python3 scripts/build_slip_gaps.py --corpus DIR [--corpus DIR ...] [--tokens-cache FILE]
        [--counts-cache FILE]
    python3 scripts/build_slip_gaps.py --corpus DIR [--corpus DIR ...] [--tokens-cache FILE]
        --near-out newslint/data/slip_near.bin

``--near-out`` writes, in the same format (``gaps.GapCounts`` reads both), what S211 needs
beyond slip_gaps.bin and leaves that file as it is: the counts of the words of
``gaps.NEAR_EXTRA`` ("your", "only", "one", "then", "where", "it's", "we're", "our"; codes
after those of ``gaps.FILLERS``, ``gaps.NEAR_CODE``) in the four contexts of ``gaps.SHAPES``,
and of every word of ``gaps.NEAR_FILLERS`` in the two contexts of one side
(``gaps.ONE_SIDED``: "l2 l1 _", "_ r1 r2"), each where seen at least ``FLOOR`` times; no count
of an empty gap and no candidate (S211 weighs a written word against its neighbours by one
edit, never against nothing). 20 s from a --tokens-cache, 1.9 MB.

Needs numpy at build time only (``pip install numpy``); newslint itself never imports it.

Each ``--corpus`` folder is read as ``scripts/build_ngrams.py`` reads it (the same paragraphs
and tokens, lower case, every number one token "0"; ``build_error_model.token_ids``). Every
place between two tokens is a *gap*, and what fills it is its *filler*: nothing (the two
tokens side by side) or one of the words of ``newslint.checks.slips.gaps.FILLERS`` ("of",
"to", "the", "he" ...). For each gap the two words on each side give four *contexts*
(``gaps.SHAPES``): "l1 _ r1", "l2 l1 _ r1", "l1 _ r1 r2", "l2 l1 _ r1 r2". Counted: how often
each context holds each filler; so "the use _ telluric currents" is a context, and its count
with "of" is the count of the five-word phrase "the use of telluric currents", its count with
nothing that of "the use telluric currents".

Kept (the rest is dropped, which the rules read as "seen fewer than the floor",
``gaps.FLOOR``, 10):
- a context with a word filler, seen at least ``FLOOR`` times;
- the same context with nothing in the gap, when it has a word filler kept or is seen at
  least ``EMPTY_FLOOR`` times (the evidence against a word written once too often);
- for each context whose commonest word filler is seen at least ``FLOOR`` times and at least
  ``TOP_SHARE`` times as often as the context with nothing, that filler (``gaps.TOP``): the
  candidates G313 weighs.

The floors set the size: 4.1 MB. Everything seen 3 times (8.4 million entries, 25 MB) did
no better on the tune half of ``scripts/eval_error_model.py --gaps`` at the precision G313
runs at (0.089 of injected dropped words found at 0.02 findings per 1,000 untouched words,
against 0.081 at none), and a floor of 6 (7.5 MB) no better either.

Each kept count is stored as one byte (eighths of a doubling: ``gaps.dequantise``), under a
32-bit fingerprint of its context and filler (``gaps.fingerprint``, the same arithmetic here
in numpy and there in plain Python), in 65,536 buckets: 2 bytes of fingerprint and 1 of count
an entry, and a table of where each bucket starts. ``gaps.GapCounts`` reads the file.

The same folders give the same bytes. ``--tokens-cache`` keeps the token numbers (.npz) for a
rerun (reading the corpora takes about a minute of CPU), ``--counts-cache`` the counted
contexts (170 MB; counting takes about 40 s of CPU and 3.3 GB of memory), from which a
change of the floors is rebuilt in seconds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from newslint.checks.slips import gaps  # noqa: E402

OUT = ROOT / "newslint" / "data" / "slip_gaps.bin"
COUNTED_FLOOR = 3  # what is counted at all (and kept in --counts-cache)
FLOOR = gaps.FLOOR  # a context with a filler is kept when seen at least this often
EMPTY_FLOOR = 48  # a context with nothing in the gap and no word filler kept: at least this often
TOP_SHARE = 2.0  # the commonest filler is a candidate when seen at least twice as often as nothing


def load_tokens(folders: list[Path], cache: Path | None):
    import numpy as np

    if cache is not None and cache.exists():
        saved = np.load(cache, allow_pickle=False)
        return saved["tokens"], saved["words"].tolist()
    from build_error_model import token_ids

    stream, words = token_ids(folders)
    tokens = np.frombuffer(stream, dtype=np.uint32)
    if cache is not None:
        np.savez(cache, tokens=tokens, words=np.array(words))
    return tokens, words


def _mix(np, h, value):
    """``gaps.mix`` over arrays: uint64 arithmetic wraps as Python's masked arithmetic does."""
    h = (h ^ value) * np.uint64(gaps.MULTIPLIER)
    return h ^ (h >> np.uint64(gaps.SHIFT))


def _fingerprints(np, keys):
    """``gaps.fingerprint`` over an array of ``gaps.entry_key`` values."""
    return _mix(np, keys, np.uint64(gaps.SALT)) >> np.uint64(32)


def context_counts(np, tokens, words: list[str]):
    """For each shape of ``gaps.SHAPES``: (``gaps.entry_key`` of a context and filler, count) of
    every context and filler seen at least ``COUNTED_FLOOR`` times (arrays, sorted by key)."""
    word_hash = np.array([gaps.word_hash(w) for w in words], dtype=np.uint64)
    slot = np.zeros(len(words), dtype=np.uint8)  # filler code of each word, 0 for none
    number = {w: i for i, w in enumerate(words)}
    for code, filler in enumerate(gaps.FILLERS, start=1):
        if filler in number:
            slot[number[filler]] = code
    n = len(tokens)
    # every gap between two tokens (filler 0) and every filler word standing in one: the
    # position of the token before the gap and the gap's width (1: nothing, 2: a word)
    i = np.arange(1, n - 2, dtype=np.int64)
    i = i[(tokens[i] != 0) & (tokens[i + 1] != 0)]
    j = np.arange(1, n - 3, dtype=np.int64)
    j = j[(slot[tokens[j + 1]] > 0) & (tokens[j] != 0) & (tokens[j + 2] != 0)]
    where = np.concatenate([i, j]).astype(np.uint32)
    width = np.concatenate([np.ones(len(i), dtype=np.uint8), np.full(len(j), 2, dtype=np.uint8)])
    filler = np.concatenate([np.zeros(len(i), dtype=np.uint8), slot[tokens[j + 1]]])
    del i, j
    print(f"{len(filler):,} gaps", file=sys.stderr)
    offsets = {"l2": -1, "l1": 0, "r1": 1, "r2": 2}  # r1 and r2 also move by the gap's width - 1
    chunk = 1 << 23
    shapes = []
    for shape, parts in enumerate(gaps.SHAPES):
        keys = np.empty(len(filler), dtype=np.uint64)
        for start in range(0, len(filler), chunk):
            at = where[start : start + chunk].astype(np.int64)
            wide = width[start : start + chunk].astype(np.int64) - 1
            h = np.full(len(at), np.uint64(gaps.shape_seed(shape)), dtype=np.uint64)
            for part in parts:
                index = at + offsets[part] + (wide if part[0] == "r" else 0)
                h = _mix(np, h, word_hash[tokens[index]])
            keys[start : start + chunk] = (h & np.uint64(gaps.CONTEXT_MASK)) | filler[start : start + chunk]
        keys.sort()
        bounds = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1], [True])))
        counts = np.diff(bounds)
        seen = counts >= COUNTED_FLOOR
        shapes.append((keys[bounds[:-1][seen]], counts[seen].astype(np.uint32)))
        del keys, bounds, counts
        print(f"shape {' '.join(parts)}: {int(seen.sum()):,} contexts and fillers", file=sys.stderr)
    return shapes


def gap_entries(np, shapes):
    """(fingerprints, bytes): one byte for every kept context and filler (a count) and
    candidate (a filler code); see the module docstring for what is kept."""
    fps, values = [], []
    for parts, (keys, counts) in zip(gaps.SHAPES, shapes):
        ctx = keys & np.uint64(gaps.CONTEXT_MASK)
        fill = (keys & np.uint64(0xFF)).astype(np.int64)
        word = fill > 0
        kept_word = word & (counts >= FLOOR)
        with_word = np.unique(ctx[kept_word])
        blank = ~word
        blank_ctx, blank_counts = ctx[blank], counts[blank]
        order = np.argsort(blank_ctx, kind="stable")
        blank_ctx, blank_counts = blank_ctx[order], blank_counts[order]
        keep_blank = (blank_counts >= EMPTY_FLOOR) | (blank_counts >= FLOOR) & np.isin(blank_ctx, with_word)
        # the commonest word filler of each context
        wc, wf, wn = ctx[kept_word], fill[kept_word], counts[kept_word]
        order = np.lexsort((wf, -wn.astype(np.int64), wc))
        wc, wf, wn = wc[order], wf[order], wn[order]
        head = np.ones(len(wc), dtype=bool)
        head[1:] = wc[1:] != wc[:-1]
        tc, tf, tn = wc[head], wf[head], wn[head]
        at = np.minimum(np.searchsorted(blank_ctx, tc), max(len(blank_ctx) - 1, 0))
        without = np.where(blank_ctx[at] == tc, blank_counts[at], 0)
        top = tn >= TOP_SHARE * without
        stored = [
            (ctx[kept_word] | fill[kept_word].astype(np.uint64), counts[kept_word]),
            (blank_ctx[keep_blank], blank_counts[keep_blank]),
        ]
        for codes, counted in stored:
            fps.append(_fingerprints(np, codes))
            values.append(np.minimum(254, np.rint(8 * np.log2(counted))).astype(np.uint8))
        fps.append(_fingerprints(np, tc[top] | np.uint64(gaps.TOP)))
        values.append(tf[top].astype(np.uint8))
        print(
            f"shape {' '.join(parts)}: {int(kept_word.sum()):,} filled, {int(keep_blank.sum()):,} empty,"
            f" {int(top.sum()):,} candidates",
            file=sys.stderr,
        )
    return np.concatenate(fps), np.concatenate(values)


def encode(np, fps, values) -> bytes:
    """The file ``gaps.GapCounts`` reads (its docstring); of two entries with one fingerprint
    (a chance of about one in a thousand for each), the one stored first is kept."""
    fps, first = np.unique(fps, return_index=True)
    values = values[first]
    starts = np.zeros(gaps.BUCKETS + 1, dtype=np.uint32)
    starts[1:] = np.cumsum(np.bincount((fps >> np.uint64(16)).astype(np.int64), minlength=gaps.BUCKETS))
    low = (fps & np.uint64(0xFFFF)).astype("<u2")
    return gaps.MAGIC + starts.astype("<u4").tobytes() + low.tobytes() + values.tobytes()


NEAR_FLOOR = FLOOR  # a context of one side (gaps.ONE_SIDED) with a word filler: at least this often


def near_counts(np, tokens, words: list[str]):
    """For S211 (``gaps.NEAR_TABLE``): (``gaps.entry_key``, count) of each word filler of
    ``gaps.NEAR_FILLERS`` (codes ``gaps.NEAR_CODE``) standing between two tokens, seen at least
    ``FLOOR`` times, in the contexts of ``gaps.SHAPES`` for the words of ``gaps.NEAR_EXTRA``
    only (the others are in ``slip_gaps.bin``), and ``NEAR_FLOOR`` times in the contexts of one
    side (``gaps.ONE_SIDED``, shapes 4 and 5) for every word filler."""
    word_hash = np.array([gaps.word_hash(w) for w in words], dtype=np.uint64)
    slot = np.zeros(len(words), dtype=np.uint8)
    number = {w: i for i, w in enumerate(words)}
    for filler, code in gaps.NEAR_CODE.items():
        if filler in number:
            slot[number[filler]] = code
    n = len(tokens)
    # the token before each word filler that stands between two tokens: "l2 l1 F r1 r2" is
    # tokens[j - 1], tokens[j], tokens[j + 1], tokens[j + 2], tokens[j + 3]
    j = np.arange(1, n - 3, dtype=np.int64)
    j = j[(slot[tokens[j + 1]] > 0) & (tokens[j] != 0) & (tokens[j + 2] != 0)]
    filler = slot[tokens[j + 1]]
    extra = filler > len(gaps.FILLERS)
    print(f"{len(j):,} word fillers, {int(extra.sum()):,} of them new", file=sys.stderr)
    offsets = {"l2": -1, "l1": 0, "r1": 2, "r2": 3}
    shapes = [(s, parts) for s, parts in enumerate(gaps.SHAPES)] + [
        (len(gaps.SHAPES) + k, parts) for k, parts in enumerate(gaps.ONE_SIDED)
    ]
    keys_out, counts_out = [], []
    for shape, parts in shapes:
        at = j if shape >= len(gaps.SHAPES) else j[extra]
        fill = filler if shape >= len(gaps.SHAPES) else filler[extra]
        h = np.full(len(at), np.uint64(gaps.shape_seed(shape)), dtype=np.uint64)
        for part in parts:
            h = _mix(np, h, word_hash[tokens[at + offsets[part]]])
        keys = np.sort((h & np.uint64(gaps.CONTEXT_MASK)) | fill.astype(np.uint64))
        del h
        bounds = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1], [True])))
        counts = np.diff(bounds)
        kept = counts >= (NEAR_FLOOR if shape >= len(gaps.SHAPES) else FLOOR)
        keys_out.append(keys[bounds[:-1][kept]])
        counts_out.append(counts[kept])
        print(f"shape {' '.join(parts)}: {int(kept.sum()):,} contexts and fillers kept", file=sys.stderr)
        del keys, bounds, counts
    keys, counts = np.concatenate(keys_out), np.concatenate(counts_out)
    values = np.minimum(254, np.rint(8 * np.log2(counts))).astype(np.uint8)
    return _fingerprints(np, keys), values


def main() -> int:
    import numpy as np

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", default=[])
    parser.add_argument("--tokens-cache", type=Path)
    parser.add_argument("--counts-cache", type=Path, help="keep the counted contexts (.npz) for a rerun")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--near-out", type=Path, help="write the counts S211 reads (slip_near.bin) here instead of slip_gaps.bin"
    )
    args = parser.parse_args()
    if args.near_out is not None:
        tokens, words = load_tokens(args.corpus, args.tokens_cache)
        print(f"{len(tokens):,} tokens, {len(words):,} words", file=sys.stderr)
        fps, values = near_counts(np, tokens, words)
        args.near_out.write_bytes(encode(np, fps, values))
        print(f"{len(fps):,} entries, {args.near_out.stat().st_size:,} bytes -> {args.near_out}", file=sys.stderr)
        return 0
    if args.counts_cache is not None and args.counts_cache.exists():
        saved = np.load(args.counts_cache)
        shapes = [(saved[f"k{s}"], saved[f"n{s}"]) for s in range(len(gaps.SHAPES))]
    else:
        tokens, words = load_tokens(args.corpus, args.tokens_cache)
        print(f"{len(tokens):,} tokens, {len(words):,} words", file=sys.stderr)
        shapes = context_counts(np, tokens, words)
        del tokens
        if args.counts_cache is not None:
            arrays = {}
            for s, (k, n) in enumerate(shapes):
                arrays.update({f"k{s}": k, f"n{s}": n})
            np.savez(args.counts_cache, **arrays)
    fps, values = gap_entries(np, shapes)
    args.out.write_bytes(encode(np, fps, values))
    print(f"{len(fps):,} entries, {args.out.stat().st_size:,} bytes -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
