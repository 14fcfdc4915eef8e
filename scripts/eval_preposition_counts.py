#!/usr/bin/env python3
"""Measure two count-based detectors of a wrong preposition that newslint does not ship (G302's
docstring gives the figures): run as the check command of ``scripts/eval_real_edits.py``.

    mkdir -p /tmp/governed-wiki && for f in /work/cache/corpora/wiki/*; do
        case $(basename $f) in text_AD_wiki_8?|text_AD_wiki_9?) ;; *) ln -sf $f /tmp/governed-wiki/;; esac
    done
    python3 scripts/eval_preposition_counts.py count --corpus /tmp/governed-wiki --counts /tmp/prep-counts.pkl
    python3 scripts/eval_real_edits.py --half both \
        --cmd "python3 scripts/eval_preposition_counts.py check --counts /tmp/prep-counts.pkl --model governor"

``count`` reads the WikiExtractor files (text_AD_wiki_80..99 left out, to measure on) and keeps,
for every lower-case word written straight before a preposition, how often each preposition
follows it and with what after the preposition (``after_class``: a determiner's kind and the
class of the word after it, "the+n", "Cap", "#", "ing" ...); and for every phrase "preposition
(determiner) noun preposition" ("at the cost of", "in hopes of"), how often it was written.

``check`` (files as newslint check takes them; prints newslint's JSON, code X302) judges each
preposition after a lower-case word with one of two models:

- ``governor``: the word before and what follows. The preposition is reported when the word
  and the class after it were seen with another preposition at least ``--min`` times and with
  the written one at most ``--rare`` times, that other preposition takes at least ``--top`` of
  all the prepositions after the word, and the word stands before a preposition in at least
  ``--governs`` of its uses.
- ``frame``: the phrase "P (determiner) noun P2", both places weighed as naive Bayes of two
  independent contexts (for the first: the word before it and the rest of the phrase; for the
  second: the phrase before it and the class after it), reported when another preposition's
  log-odds pass ``--margin``; ``--opens`` reads the first only where nothing before it can
  govern it (a sentence's start, a mark, "and", "but", "or" ...).

Measuring only: nothing here is shipped, and the texts of the evaluation sets are never read.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import re
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
for folder in (ROOT, SCRIPTS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from build_ngrams import paragraphs  # noqa: E402

from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.checks.prepositions import PREPOSITIONS, REPORTED  # noqa: E402
from newslint.english import DEMONSTRATIVES, POSSESSIVES  # noqa: E402

DETERMINERS = {"the": "the", "a": "a", "an": "a"}
DETERMINERS.update({w: "poss" for w in POSSESSIVES if w not in DETERMINERS})
DETERMINERS.update({w: "dem" for w in DEMONSTRATIVES if w not in DETERMINERS})
DETERMINERS.update({w: "q" for w in "some any each every all no".split()})
OBJECTS = frozenset("him her them me us it you whom which what whose".split())
OPENERS = frozenset("and but or while then yet so".split())
_TRAILING = ",.;:!?)]}\"'”’"


@lru_cache(maxsize=200_000)
def word_class(token: str) -> str:
    """The class of a word after a preposition: "#", "Cap", "pro", "ing", or the lexicon's first
    of noun, adjective, verb, adverb ("n", "a", "v", "r"), "f" for another known word."""
    word = token.rstrip(_TRAILING).lstrip("(\"'“‘")
    if not word:
        return "."
    if word[0].isdigit():
        return "#"
    if word[0].isupper():
        return "Cap"
    word = word.lower()
    if word in OBJECTS:
        return "pro"
    if not word.isalpha():
        return "?"
    tags = lx.tags(word)
    if not tags:
        return "unk"
    if word.endswith("ing") and "v" in tags:
        return "ing"
    return next((t for t in "navr" if t in tags), "f")


def after_class(tokens: list[str], i: int) -> str:
    """What follows the preposition at ``tokens[i]``: a determiner's kind and the class after it."""
    if i + 1 >= len(tokens):
        return "$"
    kind = DETERMINERS.get(tokens[i + 1].lower())
    if kind:
        return kind + "+" + (word_class(tokens[i + 2]) if i + 2 < len(tokens) else "$")
    return word_class(tokens[i + 1])


def frames(tokens: list[str]):
    """(index of P, P, determiner kind, noun, P2, index of P2) for each "P (det) noun P2"."""
    for i in range(len(tokens) - 2):
        first = tokens[i]
        if first not in PREPOSITIONS:
            continue
        j = i + 1
        kind = DETERMINERS.get(tokens[j], "") if tokens[j].islower() else ""
        if kind:
            j += 1
        if j + 1 < len(tokens) and tokens[j + 1] in PREPOSITIONS and tokens[j].isalpha() and tokens[j].islower():
            yield i, first, kind, tokens[j], tokens[j + 1], j + 1


def count(corpora: list[Path]) -> dict:
    uses, governed, by_class, phrases = Counter(), Counter(), Counter(), Counter()
    for folder in corpora:
        for paragraph in paragraphs(folder):
            tokens = paragraph.replace("’", "'").split()
            uses.update(t for t in tokens if t.isalpha() and t.islower())
            for i in range(1, len(tokens)):
                preposition, word = tokens[i], tokens[i - 1]
                if preposition in PREPOSITIONS and word.isalpha() and word.islower():
                    governed[word, preposition] += 1
                    by_class[word, preposition, after_class(tokens, i)] += 1
            for _, first, kind, noun, second, _ in frames(tokens):
                phrases[first, kind, noun, second] += 1
    return {"uses": uses, "governed": governed, "by_class": by_class, "phrases": phrases}


class Counts:
    def __init__(self, counted: dict):
        self.uses, self.governed = counted["uses"], counted["governed"]
        self.after_word = defaultdict(Counter)  # word -> preposition -> n
        self.by_class = defaultdict(Counter)  # (word, class) -> preposition -> n
        self.prior = Counter()
        for (word, preposition), n in self.governed.items():
            self.after_word[word][preposition] += n
            self.prior[preposition] += n
        for (word, preposition, kind), n in counted["by_class"].items():
            self.by_class[word, kind][preposition] += n
        self.after_class = defaultdict(Counter)  # class -> preposition -> n
        for (word, kind), found in self.by_class.items():
            self.after_class[kind].update(found)
        self.first = defaultdict(Counter)  # (det, noun, P2) -> P -> n
        self.second = defaultdict(Counter)  # (P, det, noun) -> P2 -> n
        for (first, kind, noun, second), n in counted["phrases"].items():
            self.first[kind, noun, second][first] += n
            self.second[first, kind, noun][second] += n
        self.total = sum(self.prior.values())

    def governor(self, word: str, preposition: str, kind: str, args):
        found = self.by_class.get((word, kind))
        if not found or preposition not in REPORTED:
            return None
        usual, n = found.most_common(1)[0]
        if usual == preposition or usual not in REPORTED or n < args.min or found.get(preposition, 0) > args.rare:
            return None
        after = self.after_word[word]
        total = sum(after.values())
        if after[usual] < args.top * total or total < args.governs * self.uses.get(word, 1):
            return None
        return usual, f"{n}:{found.get(preposition, 0)}"

    def odds(self, preposition: str, contexts):
        """The other reported preposition with the best log-odds over ``preposition``."""
        best = None
        for other in REPORTED:
            if other == preposition:
                continue
            score = math.log(self.prior[preposition] / self.prior[other])
            for context in contexts:
                total = sum(context.values())
                score += math.log(self._p(context, other, total) / self._p(context, preposition, total))
            if best is None or score > best[1]:
                best = (other, score)
        return best

    def _p(self, context: Counter, preposition: str, total: int) -> float:
        return (context.get(preposition, 0) + 10 * self.prior[preposition] / self.total) / (total + 10)


def check(paths: list[str], counts: Counts, args) -> list[dict]:
    out = []
    for path in paths:
        for number, line in enumerate(Path(path).read_text("utf-8").split("\n"), 1):
            spans = list(re.finditer(r"\S+", line.replace("’", "'")))
            tokens = [m.group() for m in spans]
            found = []
            if args.model == "governor":
                for i in range(1, len(tokens)):
                    preposition, word = tokens[i], tokens[i - 1]
                    if preposition in PREPOSITIONS and word.isalpha() and word.islower():
                        verdict = counts.governor(word, preposition, after_class(tokens, i), args)
                        if verdict:
                            found.append((i, verdict))
            else:
                for i, first, kind, noun, second, k in frames(tokens):
                    word = tokens[i - 1] if i else ""
                    right = counts.first[kind, noun, second]
                    opens = i == 0 or word[-1:] in ",;:(" or word.lower() in OPENERS
                    if first in REPORTED and sum(right.values()) >= args.min and (opens or not args.opens):
                        contexts = [right]
                        if word.isalpha() and word.islower() and sum(counts.after_word[word].values()) >= args.min:
                            contexts.append(counts.after_word[word])
                        best = counts.odds(first, contexts)
                        if best and best[1] >= args.margin:
                            found.append((i, (best[0], f"{best[1]:.1f}")))
                    left = counts.second[first, kind, noun]
                    if not args.opens and second in REPORTED and sum(left.values()) >= args.min:
                        best = counts.odds(second, [left, counts.after_class[after_class(tokens, k)]])
                        if best and best[1] >= args.margin:
                            found.append((k, (best[0], f"{best[1]:.1f}")))
            for i, (usual, evidence) in found:
                out.append({
                    "path": path, "line": number, "column": spans[i].start() + 1, "end_line": number,
                    "end_column": spans[i].end() + 1, "code": "X302", "family": "grammar", "severity": "info",
                    "message": f'"{tokens[i]}": "{usual}" ({args.model} {evidence})', "suggestions": [usual],
                })
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("count", "check"))
    parser.add_argument("--corpus", type=Path, action="append")
    parser.add_argument("--counts", type=Path, required=True)
    parser.add_argument("--model", choices=("governor", "frame"), default="governor")
    parser.add_argument("--min", type=int, default=300)
    parser.add_argument("--rare", type=int, default=1)
    parser.add_argument("--top", type=float, default=0.6)
    parser.add_argument("--governs", type=float, default=0.2)
    parser.add_argument("--margin", type=float, default=2.5)
    parser.add_argument("--opens", action="store_true")
    parser.add_argument("--format")  # what eval_real_edits.py passes to newslint check
    parser.add_argument("--no-cache", action="store_true")
    args, paths = parser.parse_known_args()
    if args.what == "count":
        with args.counts.open("wb") as out:
            pickle.dump(count(args.corpus), out)
        return 0
    with args.counts.open("rb") as handle:
        counts = Counts(pickle.load(handle))
    found = check(paths, counts, args)
    print(json.dumps(found))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
