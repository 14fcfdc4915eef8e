#!/usr/bin/env python3
"""How many dropped apostrophes ("this years race", "dont") G102 and G103 find in Wikipedia
text, by class; and what they report on the untouched text.

    python3 scripts/eval_apostrophes.py [--wiki DIR] [--docs N] [--show CLASS] [--show-alarms N]

In each article (the same files, halves and article limit as ``scripts/eval_a_an.py``: tune
on the first half only), the apostrophe of every possessive and contraction is dropped at
once ("the company's" -> "the companys", "the workers' pay" -> "the workers pay", "don't" ->
"dont"); the rules read each word with its neighbours, which keep theirs. A slip counts as
found when G102 or G103 reports a finding that starts at the word that lost its apostrophe.
Findings of the two rules on the untouched text are counted too (each a false alarm or
Wikipedia's own slip).

Classes. Contractions: "n't" and the verbs after a pronoun ("'re", "'ve", "'ll", "'d", "'m",
"'s"), each split by whether the form without the apostrophe is itself a word ("cant",
"wont", "were", "well", "its", "lets": only context can tell) or not ("dont", "theyre").
Possessives: a noun of time ("this year's", "today's"), "each other's"/"one another's", a
plural not in -s ("children's"), an indefinite pronoun ("everyone's"), a name (capitalised),
a common noun whose form without the apostrophe is a word ("the government's" ->
"governments") or is not ("the company's" -> "companys"), and a plural in s' ("the workers'
pay" -> "the workers pay").
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "scripts"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from eval_a_an import WIKI, articles, files, marked  # noqa: E402

from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.checks.apostrophes import (  # noqa: E402
    ContractionWithoutApostrophe,
    PossessiveWithoutApostrophe,
    contractions,
)
from newslint.config import Settings  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.rule import Context  # noqa: E402

CONTEXT = Context(Settings())
RULES = (ContractionWithoutApostrophe(), PossessiveWithoutApostrophe())
# A word, an apostrophe, and what follows it inside the word ("s", "t", "re" ...), or a plural
# in s with the apostrophe after it ("workers'").
_MARKED = re.compile(r"(?<![\w'’])([A-Za-z]+)(['’])([a-z]{1,2})?(?![\w'’])")
_PRONOUNS = frozenset(
    "i you he she it we they who what that there here where how when why let".split()
)
_TIME = frozenset(
    """second minute hour day night week weekend fortnight month quarter season year decade
    century moment morning afternoon evening summer winter spring autumn term semester today
    tonight yesterday tomorrow""".split()
)
_INDEFINITE = frozenset("everyone someone anyone everybody somebody anybody nobody".split())
_IRREGULAR = frozenset("children men women people gentlemen".split())


def classify(host: str, clitic: str | None, before: str) -> str | None:
    """The class of "host'clitic" (None: not a slip the harness makes)."""
    lower = host.lower()
    if clitic == "t" and lower.endswith("n"):
        bare = lower + "t"
        return "n't, no word" if bare in contractions() else "n't, a word (cant, wont)"
    if clitic in ("re", "ve", "ll", "d", "m") or clitic == "s" and lower in _PRONOUNS:
        if lower not in _PRONOUNS:
            return None  # "John'll", "rock'n'roll"
        bare = lower + clitic
        return "pronoun + verb, no word" if bare in contractions() else "pronoun + verb, a word (were, its)"
    if clitic == "s":
        if lower in _TIME:
            return "possessive: time (this year's)"
        if lower == "other" and before in ("each", "one") or lower == "another" and before == "one":
            return "possessive: each other's"
        if lower in _IRREGULAR:
            return "possessive: plural not in -s (children's)"
        if lower in _INDEFINITE:
            return "possessive: indefinite pronoun"
        if host[0].isupper():
            return "possessive: name"
        if lx.is_word(lower + "s"):
            return "possessive: noun, bare form a word"
        return "possessive: noun, bare form no word"
    if clitic is None and lower.endswith("s") and len(lower) > 2:
        return "possessive: plural in s' (workers')"
    return None


def slips(text: str):
    """(start of the word, offset of its apostrophe, class) for every apostrophe dropped."""
    for match in _MARKED.finditer(text):
        host, _, clitic = match.groups()
        before = text[max(0, match.start() - 30) : match.start()].split()
        kind = classify(host, clitic, before[-1].lower() if before else "")
        if kind:
            yield match.start(), match.start(2), kind


def starts(text: str, name: str) -> set[int]:
    doc = Document(text, path=name)
    return {f.start for rule in RULES for f in rule.run(doc, CONTEXT)}


def measure(paths, docs: int, misses, alarms):
    made, found, untouched = Counter(), Counter(), Counter()
    for path in paths:
        for number, text in enumerate(articles(path, docs)):
            name = f"{path.name}-{number}.txt"
            placed = list(slips(text))
            before = starts(text, name)
            for start in sorted(before):
                alarms.append(text[max(0, start - 50) : start + 50].replace("\n", "⏎"))
            untouched["all"] += len(before)
            pieces, last, moved = [], 0, []
            for shift, (start, mark, kind) in enumerate(placed):
                pieces.append(text[last:mark])
                last = mark + 1
                moved.append((start - shift, kind))
            pieces.append(text[last:])
            changed = "".join(pieces)
            after = starts(changed, name)
            for start, kind in moved:
                made[kind] += 1
                if start in after:
                    found[kind] += 1
                else:
                    end = start + len(re.match(r"\w+", changed[start:]).group())
                    misses[kind].append(marked(changed, start, end))
    return made, found, untouched


def report(title: str, made, found, untouched) -> None:
    total, hit = sum(made.values()), sum(found.values())
    print(f"{title}: recall {hit}/{total} = {hit / max(1, total):.3f}; "
          f"G102/G103 findings on the untouched text {untouched['all']}")
    for kind in sorted(made):
        print(f"  {kind:42s} {found[kind]:5d}/{made[kind]:<5d} = {found[kind] / made[kind]:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wiki", type=Path, default=WIKI)
    parser.add_argument("--docs", type=int, default=60, help="articles read from each file")
    parser.add_argument("--show", default="", help="print the tuning half's misses of this class (or 'all')")
    parser.add_argument("--show-alarms", type=int, default=0, help="print up to N findings on the untouched tuning text")
    parser.add_argument("--half", choices=("both", "tune", "held-out"), default="both")
    args = parser.parse_args()
    if not args.wiki.is_dir():
        print(f"no folder {args.wiki}: pass --wiki DIR", file=sys.stderr)
        return 2
    tune, held = files(args.wiki)
    for title, paths in (("tune", tune), ("held-out", held)):
        if args.half not in ("both", title):
            continue
        misses, alarms = defaultdict(list), []
        report(title, *measure(paths, args.docs, misses, alarms))
        if title == "tune":
            for kind, lines in sorted(misses.items()):
                if args.show in (kind, "all"):
                    for line in lines:
                        print(f"    missed [{kind}] …{line}…")
            for line in alarms[: args.show_alarms]:
                print(f"    untouched …{line}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
