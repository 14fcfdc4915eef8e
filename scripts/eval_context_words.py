#!/usr/bin/env python3
"""Measure wide context (content words within ten words of the slot, Golding 1995;
``newslint/context_words.py``) as evidence added to S205's word-pair decision, on Wikipedia
text the context counts never saw.

    python3 scripts/build_context_words.py --wiki WIKI [--function-sets --out STORE]
    python3 scripts/eval_context_words.py WIKI/text_AD_wiki_{80..99} [--store STORE] [--show 20]

For every word of S205's live pairs (``confusion.live_sets("S205")``) in the files given
(text_AD_wiki_80-99: the context counts leave them out; the word-pair counts did not), lower
case and not a name:

- untouched: is the other word of a pair preferred? (a finding at a word as written: an upper
  bound on false findings, since real text holds real slips; ``--show`` prints them, tune
  half only, to read);
- injected: the word replaced by each other word of its live pairs, is the word written
  preferred again? (recall on injected slips).

The word-pair evidence is ``confusion.judge`` (the margin, with the pair's calibrated
threshold ``needed``); S205's evidence pass reports where margin >= needed + confusion.SURE.
The wide score is ``context_words.score``. Rules compared: "pairs" (the pass without wide
context); "pairs+wide L, D" (margin + L * wide >= needed + SURE where the margin alone is
within D of it and the wide score is positive; the rule uses L=1, D=``context_words.REACH``).
The sets of content words and of function words (``context_words.FUNCTION_SETS``: stored only
by ``build_context_words.py --function-sets``) are reported apart. The files are split into
halves by name (sorted: first half tune, second held out).

``--end-to-end`` runs the rule itself instead (``newslint`` with ``--select S205`` on each
file's paragraphs, with the wide context and without it) and prints the findings it adds and
drops (their text on the tune half only, counts on both).
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_ngrams import _wikiextractor_paragraphs  # noqa: E402
from eval_slot_words import tokens_of  # noqa: E402
from newslint import confusion, context_words, ngrams  # noqa: E402

FUNCTION = context_words.FUNCTION_SETS
GRID = ((0.0, 0.0), (0.5, 2.0), (0.5, 4.0), (1.0, 2.0), (1.0, 4.0), (1.0, 8.0), (2.0, 4.0), (2.0, 8.0))
SHOWN = (1.0, context_words.REACH)  # the rule's own setting: its new findings are printed


def evidence(tokens, i, meant):
    """(margin, needed) of ``meant`` at ``tokens[i]`` by the word pairs, or None when a
    neighbour speaks against it (``confusion.decides``) or the pair is off."""
    needed = confusion.thresholds().get((tokens[i][0], meant), confusion.THRESHOLD)
    if needed == math.inf:
        return None
    found = confusion.judge(tokens, i, (meant,), threshold=-math.inf, thresholds={})
    if found is None:
        return None
    return found.margin, needed


def decide(margin, needed, wide, weight, reach) -> bool:
    goal = needed + confusion.SURE
    if margin >= goal:
        return True
    if weight == 0 or wide <= 0 or margin < goal - reach:
        return False
    return margin + weight * wide >= goal


def _tally(found, wide: float, counts: Counter, group: str, pair: Counter | None = None) -> bool:
    """Count the decision of every rule of the grid; whether the wide context (at the rule's
    setting) made the finding."""
    for rule in GRID:
        if decide(*found, wide, *rule):
            counts[group, rule] += 1
            if pair is not None:
                pair[rule] += 1
    return not decide(*found, wide, 0, 0) and decide(*found, wide, *SHOWN)


def run(files, show: int, seed: int):
    sets = confusion.live_sets("S205")
    rng = random.Random(seed)
    words = 0
    clean = Counter()  # (group, rule) -> findings at words as written
    injected = Counter()  # (group, rule) -> injected slips found
    injected_total = Counter()  # group -> injected slips
    per_pair = defaultdict(Counter)
    shown_clean, shown_found = [], []
    for path in files:
        for paragraph in _wikiextractor_paragraphs(path):
            tokens = tokens_of(paragraph)
            words += sum(1 for t in tokens if t[0][:1].isalnum())
            for i, (word, start, end, written) in enumerate(tokens):
                if word not in sets:
                    continue
                first = ngrams.starts_sentence(tokens, i)
                if written[:1].isupper() and not first or len(written) > 1 and written.isupper():
                    continue
                context = None
                # untouched: the other words of the set
                for meant in sets[word]:
                    group = "function" if word in FUNCTION else "content"
                    found = evidence(tokens, i, meant)
                    if found is None:
                        continue
                    if context is None:
                        context = context_words.near(tokens, i)
                    w = context_words.score(context, word, meant)
                    if _tally(found, w, clean, group):
                        shown_clean.append((paragraph[max(0, start - 80) : end + 60], word, meant, found, w))
                # injected: this word written for each word whose live pairs hold it
                for slip in confusion.confusion_sets().get(word, (None, ()))[1]:
                    if word not in sets.get(slip, ()):
                        continue
                    altered = list(tokens)
                    altered[i] = (slip, start, end, slip if written.islower() else written[:1] + slip[1:])
                    found = evidence(altered, i, word)
                    group = "function" if word in FUNCTION else "content"
                    injected_total[group] += 1
                    per_pair[(slip, word)]["n"] += 1
                    if found is None:
                        continue
                    if context is None:
                        context = context_words.near(tokens, i)
                    w = context_words.score(context, slip, word)
                    if _tally(found, w, injected, group, per_pair[(slip, word)]) and group == "content":
                        shown_found.append((paragraph[max(0, start - 80) : end + 60], slip, word, found, w))
    print(f"  {words} words; injected slips: {dict(injected_total)}")
    for group in ("content", "function"):
        print(f"  {group} words' sets:")
        for rule in GRID:
            label = "pairs" if rule == GRID[0] else f"pairs+wide L={rule[0]:g} D={rule[1]:g}"
            found, flagged = injected[group, rule], clean[group, rule]
            print(
                f"    {label:26} injected found {found:5} = {found / max(1, injected_total[group]):.3f};"
                f" findings at words as written {flagged:4} ({flagged * 100_000 / max(1, words):.2f} per 100k words)"
            )
    gained = Counter()
    for pair, found in per_pair.items():
        gained[pair] = found[SHOWN] - found[GRID[0]]
    print("  pairs gaining most (the rule's setting):", ", ".join(f"{a}->{b} +{n} of {per_pair[(a, b)]['n']}" for (a, b), n in gained.most_common(12) if n))
    if show:
        rng.shuffle(shown_found)
        print("  every new finding at words as written (the rule's setting):")
        for text, word, meant, found, w in shown_clean:
            print(f"    {word}->{meant} margin {found[0]:.1f} needed {found[1]:.1f} wide {w:.1f}: {' '.join(text.split())}")
        print("  injected slips of the content words' sets found only with wide context (the rule's setting), a sample:")
        for text, slip, word, found, w in shown_found[:show]:
            print(f"    {slip}->{word} margin {found[0]:.1f} needed {found[1]:.1f} wide {w:.1f}: {' '.join(text.split())}")


def end_to_end(files, show: bool):
    from newslint.api import lint_text
    from newslint.config import Settings

    settings = Settings().with_options(select=("S205",))
    stored = context_words.stored
    added = dropped = 0
    for path in files:
        text = "\n\n".join(_wikiextractor_paragraphs(path)) + "\n"
        found = {}
        for wide in (True, False):
            context_words.stored = stored if wide else (lambda word: False)
            found[wide] = {(f.line, f.column, f.message) for f in lint_text(text, path="wiki.txt", settings=settings)}
        context_words.stored = stored
        new, lost = found[True] - found[False], found[False] - found[True]
        added, dropped = added + len(new), dropped + len(lost)
        print(f"  {path.name}: {len(found[False])} -> {len(found[True])} findings")
        if show:
            lines = text.splitlines()
            for line, column, message in sorted(new | lost):
                mark = "added" if (line, column, message) in new else "dropped"
                context = lines[line - 1][max(0, column - 80) : column + 60]
                print(f"    {mark}: {message} | {context}")
    print(f"  added {added}, dropped {dropped}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--show", type=int, default=0, help="print this many of each kind (tune half only)")
    parser.add_argument("--store", type=Path, default=context_words.STORE)
    parser.add_argument("--end-to-end", action="store_true", help="run the rule itself, with and without the wide context")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--half", choices=("tune", "held-out", "both"), default="both")
    args = parser.parse_args(argv)
    context_words.STORE = args.store
    context_words.table.cache_clear()
    files = sorted(args.files, key=lambda p: p.name)
    half = len(files) // 2
    halves = {"tune": files[:half], "held-out": files[half:]}
    for name in ("tune", "held-out"):
        if args.half in (name, "both"):
            print(f"{name}: {', '.join(p.name for p in halves[name])}")
            if args.end_to_end:
                end_to_end(halves[name], name == "tune")
            else:
                run(halves[name], args.show if name == "tune" else 0, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
