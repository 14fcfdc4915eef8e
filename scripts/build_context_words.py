#!/usr/bin/env python3
"""Build ``newslint/data/context_words.bin`` (``newslint/context_words.py``): for each content
word of S205's confusion sets, the content words that stand near it (the "context words" of
Golding 1995 and Golding & Roth 1999).

For every occurrence of a word of a set of ``data/confusion_sets.txt`` under S205 but the sets
of function words (``context_words.FUNCTION_SETS``), in lower case and not a name (a capital
inside a sentence is skipped), the distinct content words within ``WINDOW`` words on either
side in the same paragraph are counted once each (``context_words.near``: the two words
just beside it and the words of the sets left out; a content word has three letters or more
and is below ``ZIPF_MAX`` in the lexicon). A word seen more than ``CAP`` times is counted on
its first ``CAP`` occurrences only. Kept: the context words seen at least ``MIN_COUNT`` times
beside a word whose smoothed rate beside it differs from that beside a word of its set by a
factor of at least e^``CUT``; and each word's occurrences counted.

    python3 scripts/build_context_words.py --wiki /work/cache/corpora/wiki

reads the WikiExtractor files (titles and lines of fewer than six words left out, as
``build_ngrams.py`` does) but text_AD_wiki_80-99, which stay held out for measuring
(``scripts/eval_context_words.py``). Counts only, no text; about 5 min CPU. The same files
give the same bytes.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_ngrams import _wikiextractor_paragraphs  # noqa: E402
from eval_slot_words import tokens_of  # noqa: E402
from newslint import confusion, context_words, ngrams, wordtable  # noqa: E402
from newslint.context_words import K, SEP  # noqa: E402

CAP = 200_000
MIN_COUNT = 8
CUT = 0.5
_HELD_OUT = re.compile(r"text_AD_wiki_(8\d|9\d)$")


def members(function_sets: bool = False) -> frozenset[str]:
    """The words whose contexts are counted (with ``function_sets``, those of the sets of
    function words too: for measuring only, ``eval_context_words.py --store``)."""
    return frozenset(w for w in context_words.set_words() if function_sets or w not in context_words.FUNCTION_SETS)


def partners() -> dict[str, set[str]]:
    found = defaultdict(set)
    for (written, meant), code in confusion.pair_codes().items():
        if code == "S205":
            found[written].add(meant)
            found[meant].add(written)
    return found


def count(paths, wanted: frozenset[str]):
    totals: Counter = Counter()
    pairs: dict[str, Counter] = defaultdict(Counter)
    probe = re.compile(r"(?i)(?<![\w'’])(?:" + "|".join(sorted(map(re.escape, wanted), key=len, reverse=True)) + r")(?![\w'’])")
    for n, path in enumerate(paths):
        for paragraph in _wikiextractor_paragraphs(path):
            if not probe.search(paragraph):
                continue
            tokens = tokens_of(paragraph)
            words = None
            for i, (word, _, _, written) in enumerate(tokens):
                if word not in wanted or totals[word] >= CAP:
                    continue
                if written[:1].isupper() and not ngrams.starts_sentence(tokens, i) or len(written) > 1 and written.isupper():
                    continue
                totals[word] += 1
                if words is None:
                    words = context_words.word_places(tokens)
                pairs[word].update(context_words.near(tokens, i, words))
        print(f"{n + 1} files, {sum(totals.values())} occurrences", file=sys.stderr)
    return totals, pairs


def kept(totals, pairs) -> dict[str, bytes]:
    """The store's keys and values (see ``newslint/context_words.py``), pruned."""
    out = {}
    others = partners()
    for word, found in pairs.items():
        out[word + SEP] = totals[word].to_bytes(3, "little")
        nw = totals[word]
        for c, cw in found.items():
            if cw < MIN_COUNT:
                continue
            for other in others[word]:
                nm = totals.get(other, 0)
                if not nm:
                    continue
                cm = pairs.get(other, {}).get(c, 0)
                pooled = (cw + cm) / (nw + nm)
                if abs(math.log((cw + K * pooled) / (nw + K)) - math.log((cm + K * pooled) / (nm + K))) >= CUT:
                    out[word + SEP + c] = min(cw, (1 << 24) - 1).to_bytes(3, "little")
                    break
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wiki", type=Path, required=True, help="folder of WikiExtractor files")
    parser.add_argument("--out", type=Path, default=context_words.STORE)
    parser.add_argument("--function-sets", action="store_true", help="count the sets of function words too (measuring only)")
    args = parser.parse_args(argv)
    paths = [p for p in sorted(args.wiki.rglob("*")) if p.is_file() and not _HELD_OUT.search(p.name)]
    totals, pairs = count(paths, members(args.function_sets))
    values = kept(totals, pairs)
    wordtable.write(args.out, values)
    print(f"{len(totals)} words, {sum(totals.values())} occurrences, {len(values)} keys, {args.out.stat().st_size} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
