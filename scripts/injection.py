"""The harness that scripts/eval_articles.py and scripts/eval_determiners.py share.

Each script names its kinds of slip: a label, the rule that should find it, and a function
``slips(text, rng)`` that yields ``(start, changed_text)`` for every place the slip could be
made, ``start`` being where the rule should report it. ``measure`` then reads the drafts of a
folder, splits them in two halves by their position in the sorted folder (even positions tune,
odd positions are held out), injects up to ``PER_DRAFT`` slips a draft and kind (chosen at
random, seeded by the draft's name), and prints per kind how many the rule found, with the
findings on the untouched copy (each a false alarm or a real slip in the copy).
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newslint.config import Settings  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.rule import Context  # noqa: E402

PER_DRAFT = 4  # slips injected per draft and kind, at most (chosen at random, seeded)
CONTEXT = Context(Settings())
DEFAULT_CORPUS = ROOT.parent / "shared/eval/dev/corpus"


def finding_starts(rule, text: str, path: str) -> set[int]:
    """Where ``rule`` reports something in ``text``."""
    doc = Document(text, path=path)
    return {f.start for f in rule.run(doc, CONTEXT)}


def measure(kinds, corpus: str, show: int = 0, seed_per_kind: bool = False) -> int:
    """Inject each kind's slips into the drafts of ``corpus``, print what was found; exit status.

    ``seed_per_kind``: one random generator per draft and kind (seeded "name:label") rather than
    one per draft shared by the kinds in turn. Kinds that share a rule share its count of
    findings on the untouched copy, counted once a draft.
    """
    paths = sorted(p for p in Path(corpus).iterdir() if p.suffix in (".txt", ".md"))
    if not paths:
        print(f"no drafts in {corpus}", file=sys.stderr)
        return 2
    injected, found, untouched = Counter(), Counter(), Counter()
    misses = []
    words = Counter()
    for position, path in enumerate(paths):
        half = "tune" if position % 2 == 0 else "held-out"
        text = path.read_text(encoding="utf-8")
        words[half] += len(text.split())
        draft_rng = random.Random(f"{path.name}")
        counted = set()
        for label, rule, slips in kinds:
            rng = random.Random(f"{path.name}:{label}") if seed_per_kind else draft_rng
            before = finding_starts(rule, text, path.name)
            if rule.code not in counted:
                counted.add(rule.code)
                untouched[rule.code, half] += len(before)
            candidates = [s for s in slips(text, rng) if s[0] not in before]
            for start, changed in rng.sample(candidates, min(PER_DRAFT, len(candidates))):
                injected[label, half] += 1
                if start in finding_starts(rule, changed, path.name):
                    found[label, half] += 1
                elif half == "tune":
                    line = changed[max(0, start - 40) : start + 40].replace("\n", " ")
                    misses.append(f"{label} {path.name}: …{line}…")
    for label, rule, _ in kinds:
        row = []
        for half in ("tune", "held-out"):
            n, k = injected[label, half], found[label, half]
            rate = f"{k / n:.2f}" if n else "-"
            u = untouched[rule.code, half]
            row.append(
                f"{half} {k}/{n} = {rate}, {u} findings on the untouched copy"
                f" ({1000 * u / max(1, words[half]):.2f}/1k words)"
            )
        print(f"{label}: " + " | ".join(row))
    for line in misses[:show]:
        print("  missed", line)
    return 0


def main(kinds, description: str, seed_per_kind: bool = False) -> int:
    """The command line both scripts offer: ``[CORPUS_DIR] [--show N]``."""
    import argparse

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    return measure(kinds, args.corpus, args.show, seed_per_kind)
