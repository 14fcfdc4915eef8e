"""The harness that scripts/eval_articles.py and scripts/eval_determiners.py share.

Each script names its kinds of slip: a label, the rule that should find it, and a function
``slips(text, rng)`` that yields a ``Slip(at, start, end, new)`` for every place the slip
could be made: ``text[start:end]`` becomes ``new``, and ``at`` is where the rule should report
it. (The older form, ``(at, changed_text)``, still works, but it builds a whole copy of the
draft for every place, which is quadratic in the draft's length.) ``measure`` then reads the
drafts of a folder, splits them in two halves by their position in the sorted folder (even
positions tune, odd positions are held out), injects up to ``PER_DRAFT`` slips a draft and kind
(chosen at random, seeded by the draft's name) and builds only those copies, and prints per
kind how many the rule found, with the findings on the untouched copy (each a false alarm or a
real slip in the copy). No slip is made inside a draft's front matter: it is no prose.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newslint.config import Settings  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.rule import Context  # noqa: E402

PER_DRAFT = 4  # slips injected per draft and kind, at most (chosen at random, seeded)
CONTEXT = Context(Settings())
DEFAULT_CORPUS = ROOT.parent / "shared/eval/dev/corpus"


class Slip(NamedTuple):
    """One slip: ``text[start:end]`` becomes ``new``; the rule should report it at ``at``."""

    at: int
    start: int
    end: int
    new: str

    def apply(self, text: str) -> str:
        return text[: self.start] + self.new + text[self.end :]


def _as_change(slip) -> tuple[int, int, object]:
    """(where the rule should report it, where the text first changes, the slip) for both forms
    a slips function may yield; the older ``(at, changed_text)`` changes at ``at``."""
    if isinstance(slip, Slip):
        return slip.at, min(slip.at, slip.start), slip
    return slip[0], slip[0], slip


def _changed(text: str, slip) -> str:
    return slip.apply(text) if isinstance(slip, Slip) else slip[1]


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
    if not Path(corpus).is_dir():
        print(f"no folder {corpus}: pass the corpus folder (CORPUS_DIR)", file=sys.stderr)
        return 2
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
        prose_start = Document(text, path=path.name).front_matter_span.end
        draft_rng = random.Random(f"{path.name}")
        counted = set()
        for label, rule, slips in kinds:
            rng = random.Random(f"{path.name}:{label}") if seed_per_kind else draft_rng
            before = finding_starts(rule, text, path.name)
            if rule.code not in counted:
                counted.add(rule.code)
                untouched[rule.code, half] += len(before)
            candidates = []
            for slip in slips(text, rng):
                start, first_change, slip = _as_change(slip)
                if start not in before and first_change >= prose_start:
                    candidates.append((start, slip))
            for start, slip in rng.sample(candidates, min(PER_DRAFT, len(candidates))):
                changed = _changed(text, slip)
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
