#!/usr/bin/env python3
"""newslint's ``check`` with S211's pair-count reading (``weigh.near_pair_edits``) extended to
more closed-class words than the 75 of the gap counts: what S211 would find if "if", "him",
"them", "these", "what" ... were weighed against the words one edit from them.

    python3 scripts/closed_word_slips.py [--words "if him them ..."] check ARGS...
    python3 scripts/closed_word_slips.py --first-words check ARGS...

With ``--first-words`` alone, the 75 fillers only, but a paragraph's first word weighed too
(``weigh.FIRST_WORDS``: its left neighbour the paragraph's edge, as the counts hold it);
with both options, both.

The default words are the closed class of the Universal Dependencies English treebanks (EWT
dev and test, GUM dev and test, PUD: ``/work/cache/corpora/ud``, measuring only): lower-case
words of letters seen at least 30 times, tagged ADP, AUX, CCONJ, SCONJ, DET, PRON or PART at
least nine times in ten, less those already among ``gaps.NEAR_FILLERS`` and the clitic pieces
"ca", "na", "s" (``--derive`` prints them again from the treebank files). Only the pairs with
at least one new word are added, at S211's margin (``PAIR_MARGIN``), weighed by the pair
counts only (the gap counts hold the 75 words alone). Use it as a harness's command, e.g.

    python3 scripts/eval_real_edits.py --half both \\
        --cmd "python3 scripts/closed_word_slips.py check" --args "--select S211 --no-cache"

The figures it gave (2026-12-02) are in ``newslint/checks/slips/weigh.py``, beside
``SHORT_WORDS``.
"""

from __future__ import annotations

import collections
import sys
from functools import lru_cache
from pathlib import Path

UD = Path("/work/cache/corpora/ud")
CLOSED_TAGS = frozenset(("ADP", "AUX", "CCONJ", "SCONJ", "DET", "PRON", "PART"))
WORDS = (
    "another any anyone anything because both could each every everything him if me might must my"
    " nothing should since some someone something them these those until what whether"
).split()


def derive(folder: Path = UD, seen: int = 30, share: float = 0.9) -> list[str]:
    """The closed-class words of the treebanks in ``folder`` not among the 75 fillers."""
    from newslint.checks.slips import gaps

    total, closed = collections.Counter(), collections.Counter()
    for path in sorted(folder.glob("*.conllu")):
        for line in path.open(encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                word = cols[1].lower()
                total[word] += 1
                closed[word] += cols[3] in CLOSED_TAGS
    return sorted(
        w for w in total
        if total[w] >= seen and closed[w] / total[w] >= share and w.isalpha()
        and w not in gaps.NEAR_CODE and w not in ("ca", "na", "s")
    )


def install(words: list[str]) -> None:
    """Make ``weigh.near_pair_edits`` weigh the pairs one edit apart with a word of ``words``."""
    from newslint.checks.slips import gaps, weigh

    @lru_cache(maxsize=1)
    def closed_pairs():
        every = tuple(dict.fromkeys(gaps.NEAR_FILLERS + tuple(words)))
        near = weigh.near_fillers(every)
        new = set(words) - set(gaps.NEAR_FILLERS)
        return {w: tuple(o for o in others if w in new or o in new) for w, others in near.items()}

    original = weigh._weighed_pairs

    def weighed_pairs(two_edits, cost, dropped):
        merged = dict(original(two_edits, cost, dropped))
        for w, others in closed_pairs().items():
            if others:
                merged[w] = tuple(merged.get(w, ())) + tuple((o, 0.0) for o in others)
        return merged

    # only the pair-count reading sees the new pairs (the gap counts' reading, ``near_edits``,
    # knows the 75 fillers alone): swapped in while it runs, its edits listed at once
    pair_edits = weigh.near_pair_edits

    def near_pair_edits(*args, **kwargs):
        weigh._weighed_pairs = weighed_pairs
        try:
            found = list(pair_edits(*args, **kwargs))
        finally:
            weigh._weighed_pairs = original
        yield from found

    weigh.near_pair_edits = near_pair_edits


def main(argv: list[str]) -> int:
    rest = list(argv)
    if "--derive" in rest:
        print(" ".join(derive()))
        return 0
    if "--first-words" in rest:
        from newslint.checks.slips import weigh

        weigh.FIRST_WORDS = True
        rest.remove("--first-words")
        if "--words" not in rest:
            return _run(rest)
    words = WORDS
    if "--words" in rest:
        at = rest.index("--words")
        words = rest[at + 1].split()
        del rest[at : at + 2]
    install(words)
    return _run(rest)


def _run(rest: list[str]) -> int:
    from newslint.__main__ import entry

    sys.argv = ["newslint", *rest]
    return entry()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
