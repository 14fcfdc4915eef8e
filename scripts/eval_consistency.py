"""Measure the name and US/UK spelling consistency rules (C101, C102) on injected errors.

Reads clean news text at run time (nothing is copied into the repository):

- ``--corpus`` folder of untouched articles (``.txt``: headline, blank line, body; ``.md`` with
  front matter), by default /work/shared/eval/dev/corpus;
- ``--data`` JSON-lines files with a ``text`` field, by default
  /work/shared/eval/data/{polnear_train,tempeval3_dev,meantime_dev}.jsonl.

Errors are injected one per copy, the way newsroom slips happen:

- name_variant: a capitalised name of five letters or more that the story uses at least
  twice (not a word or proper noun of the system dictionary) gets one of its later uses
  changed by one keystroke inside the word (never the first letter; only a swap touches the
  last): two neighbouring letters swapped, a letter dropped, a letter doubled, or a vowel
  replaced by another vowel.
- us_in_uk: in a story that uses at least one UK-only spelling (and no US-only one), one use
  of a UK spelling is replaced by its US form ("centre" → "center"), when the story stays
  British by its own evidence after the change (``still_british``: the UK spellings left and
  British habits such as "7 February", "per cent", "Mr Lee", "£" outnumber American habits
  such as "February 7", "percent", "Mr. Lee"). A story whose one UK spelling was the one
  changed and which writes American dates is American throughout: nothing to flag.

The texts are shuffled with a fixed seed (``--split-seed``) and split in two halves: the
first is the half to tune on, the second is held out; both are reported, each apart.

Recall counts an injection as found when a C101 (names) or C102 (us_in_uk) finding overlaps
it. False alarms are the findings of those rules on the un-injected texts, per 1,000 words,
listed with ``--show N``.

    python3 scripts/eval_consistency.py --copies 2 --show 20
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

CORPUS = Path("/work/shared/eval/dev/corpus")
DATA = [
    Path("/work/shared/eval/data") / name
    for name in ("polnear_train.jsonl", "tempeval3_dev.jsonl", "meantime_dev.jsonl")
]
VOWELS = "aeiou"
LETTERS = "abcdefghijklmnopqrstuvwxyz"
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
CAPITALISED = re.compile(r"\b[A-Z][a-z]{4,}\b")


def load(corpus: Path | None, data: list[Path]) -> list[tuple[str, str, str]]:
    """(name, source, text) for each clean article."""
    texts = []
    if corpus and corpus.is_dir():
        for path in sorted(corpus.iterdir()):
            if path.suffix in (".txt", ".md"):
                source = path.name.split("-")[0]
                texts.append((path.name, source, path.read_text(encoding="utf-8")))
    for path in data:
        if not path.exists():
            continue
        source = path.stem.split("_")[0]
        with open(path, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                record = json.loads(line)
                text = record.get("text") or ""
                if text.strip():
                    texts.append((f"{path.stem}#{i}.txt", source, text))
    return texts


def typo(word: str, rng: random.Random, replace_any: bool = False) -> str | None:
    """One keystroke slip inside the word: never the first letter, and only a swap with its
    neighbour touches the last one. A replaced letter is a vowel changed to another vowel,
    or with ``replace_any`` any inner letter changed to any other ("Conwy" -> "Cynwy")."""
    inner = range(1, len(word) - 1)
    kinds = ["swap", "drop", "double", "replace"]
    rng.shuffle(kinds)
    for kind in kinds:
        if kind == "swap":
            spots = [i for i in inner if word[i] != word[i + 1]]
            if spots:
                i = rng.choice(spots)
                return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif kind == "drop":
            spots = [i for i in inner if word[i] != word[i - 1] and word[i] != word[i + 1]]
            if spots:
                i = rng.choice(spots)
                return word[:i] + word[i + 1 :]
        elif kind == "double":
            if inner:
                i = rng.choice(inner)
                return word[: i + 1] + word[i] + word[i + 1 :]
        else:
            letters = LETTERS if replace_any else VOWELS
            spots = [i for i in inner if word[i] in letters]
            if spots:
                i = rng.choice(spots)
                return word[:i] + rng.choice([v for v in letters if v != word[i]]) + word[i + 1 :]
    return None


def dictionary() -> frozenset[str]:
    """Dictionary words, proper nouns too (the system word lists, for the harness only)."""
    words: set[str] = set()
    for name in ("american-english-large", "british-english-large", "words"):
        path = Path("/usr/share/dict") / name
        if path.exists():
            words.update(path.read_text(encoding="utf-8", errors="replace").split("\n"))
    if not words:
        # without them every capitalised word ("Police", "Federal") is taken for a name and the
        # injections stop being the dev set's (name_variant read 0.82 instead of 0.98)
        sys.exit("no word list in /usr/share/dict: install wamerican-large and wbritish-large (Debian)")
    return frozenset(w for w in words if w)


def name_candidates(text: str, common: frozenset[str]) -> dict[str, list[int]]:
    places: dict[str, list[int]] = defaultdict(list)
    for match in CAPITALISED.finditer(text):
        places[match.group()].append(match.start())
    out = {}
    for name, offsets in places.items():
        if len(offsets) < 2 or name.lower() in common or name in common:
            continue
        out[name] = offsets
    return out


def inject_name(text: str, rng: random.Random, common: frozenset[str], replace_any: bool = False):
    names = name_candidates(text, common)
    if not names:
        return None
    name = rng.choice(sorted(names))
    offset = rng.choice(names[name][1:])
    for _ in range(5):
        wrong = typo(name, rng, replace_any)
        if wrong and wrong.lower() not in common and not re.search(rf"\b{wrong}\b", text):
            return (
                text[:offset] + wrong + text[offset + len(name) :],
                offset,
                offset + len(wrong),
                f"{name} -> {wrong}",
            )
    return None


def uk_places(text: str, uk_us: dict[str, str], us_uk: dict[str, str], shared) -> tuple:
    uk, us = [], []
    for match in WORD.finditer(text):
        word = match.group()
        if word[0].isupper():
            continue
        if word in uk_us and word not in shared:
            uk.append((match.start(), word))
        elif word in us_uk:
            us.append((match.start(), word))
    return uk, us


# Habits of the two varieties besides spelling, each counted once when the story shows it.
MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\."
)
BRITISH_HABITS = (
    re.compile(rf"\b\d{{1,2}} (?:{MONTH_NAMES})\b"),  # 7 February
    re.compile(r"\bper cent\b"),
    re.compile(r"\b(?:Mr|Mrs|Dr) [A-Z]"),
    re.compile(r"£"),
)
AMERICAN_HABITS = (
    re.compile(rf"\b(?:{MONTH_NAMES}) \d{{1,2}}\b(?! (?:{MONTH_NAMES}))"),  # February 7
    re.compile(r"\bpercent\b"),
    re.compile(r"\b(?:Mr|Mrs|Dr)\. [A-Z]"),
)


def still_british(text: str, uk_left: int) -> bool:
    """After one UK spelling is changed to its US form, is the story still British by its own
    evidence? The UK spellings left and the British habits it shows ("7 February", "per cent",
    "Mr Lee" without a stop, "£") must outnumber its American habits ("February 7",
    "percent", "Mr. Lee"), and there must be at least one. Otherwise the changed spelling may
    leave a story that is American throughout, and there is nothing to flag."""
    british = uk_left + sum(1 for habit in BRITISH_HABITS if habit.search(text))
    american = sum(1 for habit in AMERICAN_HABITS if habit.search(text))
    return british >= 1 and british > american


def inject_us(text: str, rng: random.Random, table):
    """One UK spelling of a British story changed to its US form (see ``still_british``)."""
    uk_us, us_uk, shared = table
    uk, us = uk_places(text, uk_us, us_uk, shared)
    if not uk or us or not still_british(text, len(uk) - 1):
        return None
    offset, word = rng.choice(uk)
    wrong = uk_us[word]
    return (
        text[:offset] + wrong + text[offset + len(word) :],
        offset,
        offset + len(wrong),
        f"{word} -> {wrong}",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--data", type=Path, nargs="*", default=DATA)
    parser.add_argument("--copies", type=int, default=2, help="injections per article and kind")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--split-seed", type=int, default=12, help="seed of the tune/held-out split")
    parser.add_argument("--show", type=int, default=10, help="misses and false alarms of the tuning half to list")
    parser.add_argument("--kinds", default="name_variant,us_in_uk", help="kinds to inject, comma-separated")
    parser.add_argument(
        "--replace-any",
        action="store_true",
        help="name_variant: a replaced letter may be any letter, not only a vowel for a vowel",
    )
    parser.add_argument(
        "--misses",
        type=Path,
        help="write each miss of the tuning half as a JSON line (kind, article, injection, "
        "the changed text and the injected span) to this file, to sort the misses by cause",
    )
    args = parser.parse_args(argv)

    from newslint.analysis.names import common_words
    from newslint.analysis.variants import _table
    from newslint.api import lint_text
    from newslint.config import Settings

    settings = Settings().with_options(select=("C101", "C102"))
    common = common_words() | dictionary()
    table = _table()
    rng = random.Random(args.seed)
    texts = load(args.corpus, args.data)
    order = list(range(len(texts)))
    random.Random(args.split_seed).shuffle(order)
    half_of = {index: ("tune" if rank < len(texts) // 2 else "held-out") for rank, index in enumerate(order)}
    kinds = set(args.kinds.split(","))
    started = time.perf_counter()

    def findings(text: str, name: str):
        return lint_text(text, path=name, settings=settings)

    words = 0
    alarms: list[tuple[str, str, str]] = []
    alarm_count: Counter = Counter()
    words_by_source: Counter = Counter()
    found: Counter = Counter()
    total: Counter = Counter()
    misses: list[str] = []
    missed: list[dict] = []
    for number, (name, source, text) in enumerate(texts):
        half = half_of[number]
        source = f"{half}/{source}"
        count = len(text.split())
        words += count
        words_by_source[source] += count
        for f in findings(text, name):
            alarm_count[(f.code, source)] += 1
            around = text[max(0, f.start - 60) : f.end + 60].replace("\n", " ")
            if half == "tune":
                alarms.append((name, f.code, f"{f.message} | {around}"))
        for kind, code, injector in (
            ("name_variant", "C101", lambda t: inject_name(t, rng, common, args.replace_any)),
            ("us_in_uk", "C102", lambda t: inject_us(t, rng, table)),
        ):
            if kind not in kinds:
                continue
            for _ in range(args.copies):
                made = injector(text)
                if not made:
                    break
                changed, start, end, note = made
                key = (kind, source)
                total[key] += 1
                hit = any(
                    f.code == code and f.start < end and start < max(f.end, f.start + 1)
                    for f in findings(changed, name)
                )
                if hit:
                    found[key] += 1
                elif half == "tune":
                    around = changed[max(0, start - 50) : end + 50].replace("\n", " ")
                    misses.append(f"{kind} {name}: {note} | {around}")
                    if args.misses:
                        missed.append(
                            {"kind": kind, "article": name, "injection": note,
                             "text": changed, "start": start, "end": end}
                        )

    print("recall by kind, half and source")
    for kind in ("name_variant", "us_in_uk"):
        for half in ("tune", "held-out"):
            keys = sorted(k for k in total if k[0] == kind and k[1].startswith(half + "/"))
            n = sum(total[k] for k in keys)
            hit = sum(found[k] for k in keys)
            print(f"  {kind:14s} {half:9s} {hit / max(1, n):.2f}  ({hit}/{n})")
            for key in keys:
                print(f"    {key[1]:24s} {found[key] / total[key]:.2f}  ({found[key]}/{total[key]})")
    print(f"false alarms on {len(texts)} un-injected texts ({words} words):")
    for code in ("C101", "C102"):
        n = sum(v for (c, _), v in alarm_count.items() if c == code)
        print(f"  {code} {n}  ({1000 * n / max(1, words):.3f} per 1,000 words)")
        for source in sorted(words_by_source):
            m = alarm_count[(code, source)]
            if m:
                print(f"    {source:10s} {m}  ({1000 * m / words_by_source[source]:.3f} per 1,000)")
    print(f"time {time.perf_counter() - started:.1f}s")
    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as out:
            for record in missed:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if args.show:
        print("\nmisses:")
        for line in misses[: args.show]:
            print("  " + line)
        print("\nfindings on un-injected texts:")
        for name, code, message in alarms[: args.show]:
            print(f"  {name} {code}: {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
