#!/usr/bin/env python3
"""Measure the real-word (confusable) spelling rules on confusions injected into clean text.

    python3 scripts/eval_confusables.py [--data DIR] [--limit N] [--seed S] [--show KIND]
                                        [--noise N] [--select S]

Reads the article texts of ``polnear_train.jsonl``, ``tempeval3_dev.jsonl`` and
``meantime_dev.jsonl`` from ``../shared/eval/data`` (beside the repository; never copied into
it). For every article and every kind of confusion below that the article has room for, one
occurrence (chosen at random, seeded by the article and the kind) is replaced, the way the
evaluation's confusable cases are made: "its" → "it's", "their" → "there", "was" → "were",
"more than" → "more then", "there is" → "their is", "whose" → "who's", "had led" → "had
lead", "should have" → "should of", "the different" → "the difference". Each injected copy
is linted with the selected rules alone (every S rule by default, those off by default too;
``--select default`` runs the rules on by default, as score.py does) and the confusion counts
as found when a finding of the spelling or grammar family overlaps the replaced words.

The report gives recall for each kind and a weighted total (weights as often as each kind
occurs among the evaluation's cases; the kinds of weight 0 are further slips of the confusion
sets), then the findings on the un-injected articles (noise, per 1,000 words). Articles fall
into two halves by a hash of their key: ``--half tune`` is the half to tune thresholds on,
``--half held-out`` the half to report (default: both, each reported apart). ``--show KIND`` prints the misses of one kind; ``--noise N`` prints N of
the findings on the clean articles, to be read.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "data"

# kind: (pattern of what is replaced, its replacement, weight among the evaluation's cases)
# The pattern's group 1 is the part replaced.
_B = r"(?<![\w'’])"
_E = r"(?![\w'’])"
KINDS = {
    "its->it's": (rf"{_B}(its){_E}", "it's", 10),
    "was->were": (rf"{_B}(was){_E}", "were", 8),
    "their->there": (rf"{_B}(their){_E}", "there", 6),
    "than->then": (rf"{_B}(?:more|less|fewer|lower|higher|greater|better|worse|larger|bigger|"
                   rf"smaller|rather|longer|older|earlier|later) (than){_E}", "then", 7),
    "there is->their": (rf"{_B}(there) (?:is|was|are|were){_E}", "their", 2),
    "whose->who's": (rf"{_B}(whose){_E}", "who's", 1),
    "led->lead": (rf"{_B}(?:had|has|have) (led){_E}", "lead", 2),
    "have->of": (rf"{_B}(?:should|could|would|must|might) (have){_E}", "of", 2),
    "different->difference": (rf"{_B}the (different){_E}", "difference", 1),
    # further slips of the confusion sets (weight 0: not among the evaluation's cases)
    "it's->its": (rf"{_B}(it's|it’s){_E}", "its", 0),
    "there->their": (rf"{_B}(there){_E}", "their", 0),
    "then->than": (rf"{_B}(then){_E}", "than", 0),
    "than->then (any)": (rf"{_B}(than){_E}", "then", 0),
    "led->lead (any)": (rf"{_B}(led){_E}", "lead", 0),
    "lose->loose": (rf"{_B}(lose){_E}", "loose", 0),
    "effect->affect": (rf"{_B}(effect){_E}", "affect", 0),
    "affect->effect": (rf"{_B}(affect){_E}", "effect", 0),
    "past->passed": (rf"{_B}(past){_E}", "passed", 0),
    "passed->past": (rf"{_B}(passed){_E}", "past", 0),
    "too->to": (rf"{_B}(too){_E}", "to", 0),
    "were->where": (rf"{_B}(were){_E}", "where", 0),
    "your->you're": (rf"{_B}(your){_E}", "you're", 0),
    "they're->their": (rf"{_B}(they're|they’re){_E}", "their", 0),
    "they're->there": (rf"{_B}(they're|they’re){_E}", "there", 0),
    "you're->your": (rf"{_B}(you're|you’re){_E}", "your", 0),
    "important->importance": (rf"{_B}(important){_E}", "importance", 0),
    "different->difference (any)": (rf"{_B}(different){_E}", "difference", 0),
}
COMPILED = {k: re.compile(p) for k, (p, _, _) in KINDS.items()}


def articles(data: Path):
    for name in ("polnear_train.jsonl", "tempeval3_dev.jsonl", "meantime_dev.jsonl"):
        path = data / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                record = json.loads(line)
                text = record.get("text") or ""
                if text.strip():
                    yield f"{name.split('_')[0]}:{n}", text


_KINDS_CHOSEN: tuple[str, ...] = ()


def injections(key: str, text: str):
    for kind, pattern in COMPILED.items():
        if _KINDS_CHOSEN and kind not in _KINDS_CHOSEN:
            continue
        found = list(pattern.finditer(text))
        if not found:
            continue
        rng = random.Random(zlib.crc32(f"{key}|{kind}".encode()))
        match = rng.choice(found)
        start, end = match.span(1)
        written = text[start:end]
        replacement = KINDS[kind][1]
        if written[:1].isupper():
            replacement = replacement[:1].upper() + replacement[1:]
        injected = text[:start] + replacement + text[end:]
        yield kind, injected, match.start(), match.start() + (match.end() - match.start()) + len(replacement) - len(written)


_SETTINGS = None


def _init(select, kinds=()):
    global _SETTINGS, _KINDS_CHOSEN
    _KINDS_CHOSEN = tuple(kinds)
    from newslint.config import Settings

    if "default" in select:
        # the rules on by default, as score.py runs them (its confusable cases count a
        # finding of the spelling or grammar family), and any codes given with it
        extra = tuple(code for code in select if code != "default")
        _SETTINGS = Settings().with_options(extend_select=extra)
    else:
        _SETTINGS = Settings().with_options(select=tuple(select))


_FAMILIES = ("spelling", "grammar")


def _lint(text: str):
    from newslint.api import lint_text

    return [
        (f.start, f.end, f.code, f.message)
        for f in lint_text(text, path="article.txt", settings=_SETTINGS)
        if f.family in _FAMILIES
    ]


def _work(item):
    key, text = item
    out = {"key": key, "words": len(text.split()), "noise": [], "cases": []}
    for start, end, code, message in _lint(text):
        out["noise"].append((code, text[max(0, start - 50) : end + 40].replace("\n", " "), message))
    for kind, injected, start, end in injections(key, text):
        hits = [f for f in _lint(injected) if f[0] < end and f[1] > start]
        out["cases"].append(
            (kind, bool(hits), injected[max(0, start - 70) : end + 50].replace("\n", " "))
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument(
        "--select",
        default="S",
        help="rule codes to run (comma-separated; 'S' includes the S rules off by default), or"
        " 'default': the rules on by default, as score.py runs them ('default,S207': and S207)",
    )
    parser.add_argument("--show", default="", help="print the misses of these kinds (comma-separated)")
    parser.add_argument("--kinds", default="", help="inject only these kinds (comma-separated)")
    parser.add_argument("--noise", type=int, default=0, help="print N findings on clean text")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--half", choices=("tune", "held-out", "both"), default="both")
    args = parser.parse_args()

    items = list(articles(args.data))
    if args.limit:
        items = items[: args.limit]
    halves = ("tune", "held-out") if args.half == "both" else (args.half,)
    for half in halves:
        chosen = [item for item in items if _half(item[0]) == half]
        print(f"== {half} half")
        _report(args, chosen)
    return 0


def _half(key: str) -> str:
    return "tune" if zlib.crc32(key.encode()) % 2 == 0 else "held-out"


def _report(args, items) -> None:
    select = [s.strip() for s in args.select.split(",") if s.strip()]
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise SystemExit(f"unknown kind {unknown[0]!r}; the kinds are: {', '.join(KINDS)}")
    found, total, words = Counter(), Counter(), 0
    misses, noise = [], []
    with ProcessPoolExecutor(args.jobs, initializer=_init, initargs=(select, kinds)) as pool:
        for out in pool.map(_work, items, chunksize=8):
            words += out["words"]
            noise.extend((out["key"], *n) for n in out["noise"])
            for kind, hit, excerpt in out["cases"]:
                total[kind] += 1
                found[kind] += hit
                if not hit:
                    misses.append((kind, out["key"], excerpt))

    print(f"{len(items)} articles, {words} words; rules {','.join(select)}")
    print(f"{'confusion':24} {'found':>7} {'cases':>6} {'recall':>7}")
    weighted = weight = 0.0
    eval_found = eval_total = 0
    for kind, (_, _, w) in KINDS.items():
        if not total[kind]:
            continue
        recall = found[kind] / total[kind]
        weighted += w * recall
        weight += w
        if w:
            eval_found += found[kind]
            eval_total += total[kind]
        print(f"{kind:28} {found[kind]:7d} {total[kind]:6d} {recall:7.2f}")
    all_found, all_total = sum(found.values()), sum(total.values())
    print(f"{'evaluation kinds pooled':24} {eval_found:7d} {eval_total:6d} {eval_found / max(1, eval_total):7.2f}")
    print(f"{'all (pooled)':24} {all_found:7d} {all_total:6d} {all_found / max(1, all_total):7.2f}")
    print(f"{'weighted as in eval':24} {'':7} {'':6} {weighted / max(1, weight):7.2f}")
    by_code = Counter(n[1] for n in noise)
    per_k = 1000 * len(noise) / max(1, words)
    print(f"findings on un-injected articles: {len(noise)} ({per_k:.3f} per 1,000 words) "
          + ", ".join(f"{c} {n}" for c, n in by_code.most_common()))
    shown = {k.strip() for k in args.show.split(",") if k.strip()}
    if shown:
        for kind, key, excerpt in misses:
            if kind in shown:
                print(f"MISS {kind} {key}: …{excerpt}…")
    for key, code, excerpt, message in noise[: args.noise]:
        print(f"NOISE {code} {key}: …{excerpt}… — {message}")


if __name__ == "__main__":
    sys.exit(main())
