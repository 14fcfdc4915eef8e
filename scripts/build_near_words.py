#!/usr/bin/env python3
"""Build the word and word-pair counts that S212 weighs a real word against its neighbours
with (data/near_words.bin).

    python3 scripts/build_near_words.py --corpus DIR [--corpus DIR ...] [--tokens-cache FILE]

Needs numpy at build time only (``pip install numpy``); newslint itself never imports it.

Each ``--corpus`` folder is read as ``scripts/build_ngrams.py`` reads it (the same paragraphs
and tokens, lower case, every number one token "0", "<s>" at each paragraph's edges;
``build_slip_gaps.load_tokens``). Counted, and kept when seen at least ``FLOOR`` times:
- every token alone (``near_words.UNIGRAM``);
- every pair of tokens side by side "a b" where a or b is a *slip word*
  (``near_words.BIGRAM``): a word of lower-case letters of at least
  ``near_words.MIN_LENGTH`` letters seen at least ``SLIP_SEEN`` times, the words S212 judges
  and offers;
- every triple "a b c" whose middle b is a slip word (``near_words.TRIGRAM``), kept when seen
  at least ``TRIGRAM_FLOOR`` times.
The words S212 may offer, the slip words that the lexicon holds as content words, are written
to ``data/near_words.txt`` (``candidate_words``). Each count is one byte (eighths of a doubling, ``gaps.dequantise``) under a 32-bit fingerprint
of its words (``near_words.key``), in the file format of the gap counts (``gaps.GapCounts``
reads it; ``build_slip_gaps.encode`` writes it).

The same folders give the same bytes. ``--tokens-cache`` keeps the token numbers (.npz) for a
rerun (reading the corpora takes a few minutes of CPU).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_slip_gaps import _fingerprints, _mix, encode, load_tokens  # noqa: E402

from newslint.checks.confusables import near_words  # noqa: E402
from newslint.checks.slips import gaps  # noqa: E402

OUT = ROOT / "newslint" / "data" / "near_words.bin"
WORDS_OUT = near_words.CANDIDATES_FILE
FLOOR = near_words.FLOOR  # a word or pair is kept when seen at least this often
TRIGRAM_FLOOR = near_words.TRIGRAM_FLOOR
SLIP_SEEN = near_words.SLIP_SEEN


def _counted(np, keys, floor):
    keys.sort()
    bounds = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1], [True])))
    counts = np.diff(bounds)
    seen = counts >= floor
    return keys[bounds[:-1][seen]], counts[seen]


def entries(np, tokens, words):
    """(fingerprints, bytes) of every kept word, pair and triple (module docstring)."""
    n_words = len(words)
    assert n_words < (1 << 21), "token numbers must fit in 21 bits"
    hashes = np.array([gaps.word_hash(w) for w in words], dtype=np.uint64)
    unigram = np.bincount(tokens, minlength=n_words)
    slip = np.array(
        [len(w) >= near_words.MIN_LENGTH and w.isascii() and w.isalpha() for w in words], dtype=bool
    ) & (unigram >= SLIP_SEEN)
    print(f"{int(slip.sum()):,} slip words", file=sys.stderr)
    fps, values = [], []

    def store(keys_hash, counts, kind):
        key = (keys_hash & np.uint64(gaps.CONTEXT_MASK)) | np.uint64(kind)
        fps.append(_fingerprints(np, key))
        values.append(np.minimum(254, np.rint(8 * np.log2(counts))).astype(np.uint8))

    # words
    ids = np.flatnonzero(unigram >= FLOOR)
    h = _mix(np, np.full(len(ids), np.uint64(near_words.seed(near_words.UNIGRAM)), dtype=np.uint64), hashes[ids])
    store(h, unigram[ids], near_words.UNIGRAM)
    total = np.array([near_words.key(near_words.TOTAL)], dtype=np.uint64)
    store(total, np.array([len(tokens)]), near_words.UNIGRAM)
    print(f"{len(ids):,} words", file=sys.stderr)
    # pairs
    a, b = tokens[:-1].astype(np.uint64), tokens[1:].astype(np.uint64)
    keep = slip[tokens[:-1]] | slip[tokens[1:]]
    pairs, counts = _counted(np, (a[keep] << np.uint64(21)) | b[keep], FLOOR)
    del a, b, keep
    first, second = pairs >> np.uint64(21), pairs & np.uint64((1 << 21) - 1)
    h = np.full(len(pairs), np.uint64(near_words.seed(near_words.BIGRAM)), dtype=np.uint64)
    h = _mix(np, _mix(np, h, hashes[first]), hashes[second])
    store(h, counts, near_words.BIGRAM)
    print(f"{len(pairs):,} pairs", file=sys.stderr)
    del pairs, first, second, h
    compound_entries(np, tokens, words, slip, store)
    # triples around a slip word
    mid = np.flatnonzero(slip[tokens[1:-1]]) + 1
    t = tokens.astype(np.uint64)
    keys = (t[mid - 1] << np.uint64(42)) | (t[mid] << np.uint64(21)) | t[mid + 1]
    del t, mid
    triples, counts = _counted(np, keys, TRIGRAM_FLOOR)
    mask = np.uint64((1 << 21) - 1)
    h = np.full(len(triples), np.uint64(near_words.seed(near_words.TRIGRAM)), dtype=np.uint64)
    for shift in (42, 21, 0):
        h = _mix(np, h, hashes[(triples >> np.uint64(shift)) & mask])
    store(h, counts, near_words.TRIGRAM)
    print(f"{len(triples):,} triples", file=sys.stderr)
    return np.concatenate(fps), np.concatenate(values)


def compound_entries(np, tokens, words, slip, store) -> None:
    """The two words of a compound joined by a hyphen ("full-blown"), each with the hyphen on
    its side ("full-" beside "blown", "full" beside "-blown"), as pairs and as words
    (``near_words.joined``): S212 judges a part of a compound by the other part."""
    number = {w: i for i, w in enumerate(words)}
    hyphen = number.get(near_words.HYPHEN)
    if hyphen is None:
        return
    at = np.flatnonzero(tokens[1:-1] == hyphen) + 1
    before, after = tokens[at - 1], tokens[at + 1]
    real = (before != 0) & (after != 0) & (before != hyphen) & (after != hyphen)
    before, after = before[real], after[real]
    left_joined = np.array([gaps.word_hash(near_words.joined(w, "left")) for w in words], dtype=np.uint64)
    right_joined = np.array([gaps.word_hash(near_words.joined(w, "right")) for w in words], dtype=np.uint64)
    hashes = np.array([gaps.word_hash(w) for w in words], dtype=np.uint64)
    bigram, unigram = near_words.seed(near_words.BIGRAM), near_words.seed(near_words.UNIGRAM)
    for first, second, first_hash, second_hash, alone, alone_hash in (
        (before, after, left_joined, hashes, before, left_joined),  # "full-" "blown"
        (before, after, hashes, right_joined, after, right_joined),  # "full" "-blown"
    ):
        keep = slip[first] | slip[second]
        pairs, counts = _counted(np, (first[keep].astype(np.uint64) << np.uint64(21)) | second[keep], FLOOR)
        a, b = pairs >> np.uint64(21), pairs & np.uint64((1 << 21) - 1)
        h = np.full(len(pairs), np.uint64(bigram), dtype=np.uint64)
        store(_mix(np, _mix(np, h, first_hash[a]), second_hash[b]), counts, near_words.BIGRAM)
        seen = np.bincount(alone, minlength=len(words))
        ids = np.flatnonzero(seen >= FLOOR)
        h = _mix(np, np.full(len(ids), np.uint64(unigram), dtype=np.uint64), alone_hash[ids])
        store(h, seen[ids], near_words.UNIGRAM)
        print(f"{len(pairs):,} pairs across a hyphen, {len(ids):,} words beside one", file=sys.stderr)


def candidate_words(np, tokens, words) -> list[str]:
    """The words S212 may offer: slip words (module docstring) that the lexicon holds as a
    content word (``near_words.is_content_word``), sorted."""
    from newslint.analysis import lexicon as lx

    unigram = np.bincount(tokens, minlength=len(words))
    return sorted(
        w
        for w, n in zip(words, unigram.tolist())
        if n >= SLIP_SEEN and len(w) >= near_words.MIN_LENGTH and w.isascii() and w.isalpha()
        and lx.is_word(w) and near_words.is_content_word(w)
    )


def main() -> int:
    import numpy as np

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", default=[])
    parser.add_argument("--tokens-cache", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--words-out", type=Path, default=WORDS_OUT)
    args = parser.parse_args()
    tokens, words = load_tokens(args.corpus, args.tokens_cache)
    print(f"{len(tokens):,} tokens, {len(words):,} words", file=sys.stderr)
    fps, values = entries(np, tokens, words)
    args.out.write_bytes(encode(np, fps, values))
    print(f"{len(fps):,} entries, {args.out.stat().st_size:,} bytes -> {args.out}", file=sys.stderr)
    offered = candidate_words(np, tokens, words)
    # one word a line and nothing else, read with one split (near_words_sources.txt says what it is)
    args.words_out.write_text("".join(w + "\n" for w in offered), encoding="utf-8")
    print(f"{len(offered):,} words -> {args.words_out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
