#!/usr/bin/env python3
"""Build ``newslint/data/realword_bigrams.bin``: hashed, quantised counts of every word and
every pair of adjacent tokens in the Wikipedia files set aside for counts (see
``newslint/word_bigrams.py`` for the format).

    python3 scripts/build_word_bigrams.py [--wiki DIR] [--min-count N] [--out FILE]

Needs numpy (build time only). The Wikipedia files (``/tmp/rw-corpus/wiki``, see
``newslint/data/ngrams_sources.txt``) are taken in sorted order; ``part_of`` gives the first
eight of every ten to the counts and keeps the last two for the real-word harness
(``scripts/eval_noisy_channel.py``), so that the harness never measures on text the counts
have seen. Paragraphs are read as ``build_ngrams`` reads them (titles and lines of fewer than
six words left out) and tokenised as newslint tokenises a draft. The same files give the same
bytes.
"""

from __future__ import annotations

import argparse
import sys
from array import array
from pathlib import Path

try:
    import numpy as np  # the counting needs it; the harness reads only the split of the files
except ImportError:  # pragma: no cover
    np = None

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from newslint import word_bigrams as wb  # noqa: E402
from newslint.analysis.lexicon import _TOKEN, APOSTROPHES  # noqa: E402

WIKI = Path("/tmp/rw-corpus/wiki")
MIN_COUNT = 4


def part_of(index: int) -> str:
    """The use of the ``index``-th Wikipedia file in sorted order: counts (8 in 10) or the
    real-word harness (2 in 10)."""
    return "harness" if index % 10 >= 8 else "counts"


def files(wiki: Path, part: str) -> list[Path]:
    return [path for k, path in enumerate(sorted(wiki.iterdir())) if part_of(k) == part]


def paragraphs(path: Path):
    from build_ngrams import _wikiextractor_paragraphs

    yield from _wikiextractor_paragraphs(path)


def tokens(paragraph: str) -> list[str]:
    return [wb.token(m.group()) for m in _TOKEN.finditer(paragraph.translate(APOSTROPHES).lower())]


def count(wiki: Path):
    """Token ids of every counted paragraph, each between ``<s>`` and ``</s>``, and the
    vocabulary (id → token)."""
    vocab = {wb.BOS: 0, wb.EOS: 1}
    ids = array("i")
    for path in files(wiki, "counts"):
        for paragraph in paragraphs(path):
            ids.append(0)
            ids.extend(vocab.setdefault(t, len(vocab)) for t in tokens(paragraph))
            ids.append(1)
        print(f"{path.name}: {len(ids):,} tokens, {len(vocab):,} types", file=sys.stderr)
    words = [None] * len(vocab)
    for word, k in vocab.items():
        words[k] = word
    return np.frombuffer(ids, dtype=np.int32), words


def np_mix(x):
    """``word_bigrams.mix`` over a numpy array of unsigned 64-bit hashes (the same bits)."""
    x = x ^ (x >> np.uint64(33))
    x = x * np.uint64(0xFF51AFD7ED558CCD)
    x = x ^ (x >> np.uint64(33))
    x = x * np.uint64(0xC4CEB9FE1A85EC53)
    return x ^ (x >> np.uint64(33))


def keyed_counts(ids, words, min_count: int):
    """(hash keys, counts) of every word and pair seen at least ``min_count`` times."""
    hashes = np.array([wb.word_hash(w) for w in words], dtype=np.uint64)
    multiplier = np.uint64(wb.PAIR_MULTIPLIER)
    unigrams = np.bincount(ids, minlength=len(words))
    keep = np.nonzero(unigrams >= min_count)[0]
    uni_keys = np_mix(hashes[keep] * multiplier + np.uint64(wb.UNIGRAM_SALT))
    uni_counts = unigrams[keep]
    first, second = ids[:-1].astype(np.int64), ids[1:].astype(np.int64)
    inside = first != 1  # no pair across a paragraph's end
    pairs = first[inside] * len(words) + second[inside]
    del first, second, inside
    pairs, pair_counts = np.unique(pairs, return_counts=True)
    kept = pair_counts >= min_count
    pairs, pair_counts = pairs[kept], pair_counts[kept]
    print(f"{len(keep):,} words and {len(pairs):,} pairs seen {min_count}+ times", file=sys.stderr)
    pair_keys = np_mix(hashes[pairs // len(words)] * multiplier + hashes[pairs % len(words)])
    return np.concatenate([uni_keys, pair_keys]), np.concatenate([uni_counts, pair_counts])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wiki", type=Path, default=WIKI)
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    parser.add_argument("--out", type=Path, default=wb.STORE)
    args = parser.parse_args(argv)
    if np is None:
        parser.error("numpy is needed to build the counts (pip install numpy)")
    ids, words = count(args.wiki)
    keys, counts = keyed_counts(ids, words, args.min_count)
    data = wb.encode(zip(keys.tolist(), counts.tolist()), int(np.count_nonzero(ids > 1)))
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data):,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
