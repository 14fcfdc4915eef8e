#!/usr/bin/env python3
"""Build ``newslint/data/tag_slots.txt``: which tags the tagger reads just before and just after
each word of the slot pairs (``data/confusion_slots.txt``) in running text, for
``newslint/tag_slots.py``.

    python3 scripts/build_tag_slots.py CORPUS_FILE ... [--min-count 300] [--out FILE]

Each paragraph of the corpus files (``build_ngrams.paragraphs``: WikiExtractor files, plain
text, .conllu ``# text`` lines) is split into the lexicon's tokens, as a draft is, and tagged
whole by newslint's own tagger. For every word of a pair (lower case as written), the file
keeps how often it was seen and the tags of its neighbours (``^`` and ``$`` for the paragraph's
edges). A pair is kept when both its words were seen at least ``--min-count`` times and the
tag each is most often read with differs ("the" DT, "they" PRP; "of" IN, "off" RP): a slip
between two such words leaves the tagger with a sequence one of them rarely stands in. Pairs
of the same part of speech ("in"/"on", both IN) are left to the word counts of S210.

The shipped file was built from sixty WikiExtractor files of English Wikipedia
(``text_AA_wiki_00`` .. ``59``; see ``data/tag_slots_sources.txt``) with
``--min-count 300``; the same input gives the same file, byte for byte.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_slot_words import paragraphs_of, tokens_of  # noqa: E402
from newslint import tagger  # noqa: E402
from newslint.tag_slots import EDGE_AFTER, EDGE_BEFORE, FILE  # noqa: E402

SETS = ROOT / "newslint" / "data" / "confusion_slots.txt"


def pairs() -> list[tuple[str, str]]:
    lines = SETS.read_text("utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]


def count(paths, words: set[str]):
    seen, own, before, after = Counter(), defaultdict(Counter), defaultdict(Counter), defaultdict(Counter)
    for path in paths:
        for paragraph in paragraphs_of(path):
            tokens = tokens_of(paragraph)
            hits = [i for i, t in enumerate(tokens) if t[3] in words]
            if not hits:
                continue
            tags = tagger.tag([t[3] for t in tokens])
            for i in hits:
                word = tokens[i][3]
                seen[word] += 1
                own[word][tags[i]] += 1
                before[word][tags[i - 1] if i else EDGE_BEFORE] += 1
                after[word][tags[i + 1] if i + 1 < len(tokens) else EDGE_AFTER] += 1
    return seen, own, before, after


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", type=Path, nargs="+")
    parser.add_argument("--min-count", type=int, default=300)
    parser.add_argument("--out", type=Path, default=FILE)
    args = parser.parse_args()
    all_pairs = pairs()
    seen, own, before, after = count(args.sources, {w for pair in all_pairs for w in pair})

    def differ(a, b):
        return min(seen[a], seen[b]) >= args.min_count and own[a].most_common(1)[0][0] != own[b].most_common(1)[0][0]

    kept = [pair for pair in all_pairs if differ(*pair)]
    words = sorted({w for pair in kept for w in pair})
    lines = [
        "# Tags read before and after the words of slot pairs whose parts of speech differ;",
        "# written by scripts/build_tag_slots.py (sources: tag_slots_sources.txt).",
        "# pair<TAB>word<TAB>word, then word<TAB>count<TAB>before TAG:count ...<TAB>after TAG:count ...",
    ]
    lines += [f"pair\t{a}\t{b}" for a, b in kept]
    for word in words:
        sides = ["  ".join(f"{tag}:{n}" for tag, n in sorted(side[word].items())) for side in (before, after)]
        lines.append(f"{word}\t{seen[word]}\t{sides[0]}\t{sides[1]}")
    args.out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(kept)} pairs of {len(all_pairs)}, {len(words)} words -> {args.out}")
    for a, b in kept:
        print(f"  {a} ({own[a].most_common(1)[0][0]}) / {b} ({own[b].most_common(1)[0][0]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
