#!/usr/bin/env python3
"""Flip the number of a noun after a word that fixes it; measure what G202 finds.

    python3 scripts/eval_noun_number.py [--source wiki|news] [--sentences N] [--show N]
                                        [--clean] [--kinds K,K]

A determiner or a quantifier fixes the number of the noun its phrase ends in; a slip changes
that noun (or the determiner) and leaves the other. Sites are found from newslint's own
part-of-speech tags of a clean sentence, by the structure of the noun phrase: the counting
word, up to three describing words (adjectives, participles, nouns that modify), and the head
noun, which the next word does not continue (no noun, possessive or "of" of a name after it).

- ``to_singular``: the plural head after a word of many becomes singular: "several members"
  -> "several member", "these new rules" -> "these new rule", "100 years" -> "100 year";
- ``of_the``: the plural head after "one of the", "each of the", "two of the" and the like
  becomes singular: "one of the biggest problems" -> "one of the biggest problem";
- ``quantity``: the plural head after a noun of quantity and "of" becomes singular: "a
  number of students" -> "a number of student", "dozens of the players" -> "dozens of the
  player";
- ``to_plural``: the singular head after a word of one thing becomes plural: "a student"
  -> "a students", "every member" -> "every members", "this report" -> "this reports";
- ``kind_of``: "these kinds of", "all sorts of" -> "these kind of", "all sort of".
- ``collection``: the plural head after a noun for a collection, a determiner before it and
  none after "of", becomes singular: "a list of names" -> "a list of name", "the series of
  events" -> "the series of event".

Names (a capital inside the sentence), mass and collective nouns and irregular nouns the
tables cannot turn are left out. Sources, read at run time and never copied into the
repository: ``--source wiki`` (default) reads the Wikipedia files no build counts
(/tmp/rw-corpus/wiki/text_AD_wiki_80-89 tune, 90-99 held out); ``--source news`` the dev
corpus's articles (``../shared/eval/dev/corpus``), split by article with a fixed seed. Each
slip is injected alone into its own copy of one sentence, which is linted with G202 alone; it
is found when a G202 finding the clean sentence does not have overlaps the changed words.
Clean findings: G202 findings on the clean sentences, per 1,000 words (``--clean`` prints
those of both halves to read). ``--show`` prints misses of the tuning half only.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_grammar_injections import EVAL, SEED, sentences, wiki_halves  # noqa: E402

from newslint import tagger  # noqa: E402
from newslint.checks.agreement.nouns import collectives, mass_noun, singular_of  # noqa: E402
from newslint.checks.verbs import count_nouns, plural_of  # noqa: E402
from newslint.config import Settings  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.engine import selected_rules  # noqa: E402
from newslint.rule import Context  # noqa: E402

MANY = {"these", "those", "many", "several", "both", "various", "numerous", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "fifty", "hundred"}
ONE = {"a", "an", "each", "every", "this", "that", "another"}
OF_COUNTERS = {"one", "each", "both", "many", "several", "some", "any", "none", "all", "most", "two", "three",
               "four", "five", "ten"}
QUANTITY = {"number", "couple", "dozens", "hundreds", "thousands"}
OF_DETERMINERS = {"the", "these", "those", "his", "her", "their", "its", "our", "my", "your"}
KIND_NOUNS = {"kinds": "kind", "sorts": "sort", "types": "type"}
MODIFIER_TAGS = {"JJ", "JJR", "JJS", "VBN", "VBG", "NN", "HYPH", "RB"}
KINDS = ("to_singular", "of_the", "quantity", "to_plural", "kind_of", "collection")
COLLECTION = {"list", "series", "collection", "set", "pair", "group"}


def _head(tags, low, j: int) -> int | None:
    """The head noun of a phrase whose words start at ``j``: the last of a run of describing
    words and nouns (at most three before it), when the word after it does not continue it."""
    k = j
    while k < len(tags) and k < j + 4 and tags[k] in MODIFIER_TAGS:
        k += 1
    if k >= len(tags) or tags[k] not in ("NN", "NNS"):
        # the run ended in a singular noun: it is the head when nothing continues it
        k -= 1
        if k < j or tags[k] != "NN":
            return None
    else:
        if k + 1 < len(tags) and tags[k + 1] in ("NN", "NNS", "NNP", "POS", "CD", "HYPH"):
            return None
    if k + 1 < len(tags) and tags[k + 1] in ("NN", "NNS", "NNP", "POS", "CD", "HYPH"):
        return None
    return k


def _plain(word: str) -> bool:
    return word.isalpha() and word.islower()


def sites(sentence: str, kind: str):
    """(changed sentence, start, end of the change in it) for every site of ``kind``."""
    tokens = tagger.tokenize(sentence)
    words = [t.text for t in tokens]
    low = [w.lower() for w in words]
    tags = tagger.tag(words)
    n = len(tokens)
    for i in range(n - 1):
        w = low[i]
        if kind == "kind_of" and w in ("these", "those", "all", "many", "several", "various") and i + 2 < n and low[i + 1] in KIND_NOUNS and low[i + 2] == "of":
            yield _swap(sentence, tokens[i + 1], KIND_NOUNS[low[i + 1]])
            continue
        if kind == "to_singular" and (w in MANY or w.isdecimal() and w.isascii() and int(w) >= 2 and len(w) < 4) and tags[i] in ("DT", "JJ", "CD", "PDT"):
            if i > 0 and (tags[i - 1] in ("DT", "PRP$", "POS") or low[i - 1] in ("-", "$", "no", "number")):
                continue  # "the two", "a few", labels and money
            k = _head(tags, low, i + 1)
            if k is not None and tags[k] == "NNS" and _plain(words[k]):
                single = singular_of(low[k])
                if single and single in count_nouns() and single not in collectives() and not mass_noun(single):
                    yield _swap(sentence, tokens[k], single)
        elif kind == "of_the" and w in OF_COUNTERS and i + 2 < n and low[i + 1] == "of" and low[i + 2] in OF_DETERMINERS:
            if w in ("some", "any", "none", "all", "most"):
                continue  # these take a mass noun too ("some of the money")
            k = _head(tags, low, i + 3)
            if k is not None and tags[k] == "NNS" and _plain(words[k]):
                single = singular_of(low[k])
                if single and single in count_nouns() and single not in collectives() and not mass_noun(single):
                    yield _swap(sentence, tokens[k], single)
        elif kind == "quantity" and w in QUANTITY and i + 2 < n and low[i + 1] == "of" and words[i].islower():
            if w in ("number", "couple") and (i == 0 or low[i - 1] not in ("a", "the")):
                continue
            j = i + 3 if low[i + 2] in OF_DETERMINERS else i + 2
            k = _head(tags, low, j)
            if k is not None and tags[k] == "NNS" and _plain(words[k]):
                single = singular_of(low[k])
                if single and single in count_nouns() and single not in collectives() and not mass_noun(single):
                    yield _swap(sentence, tokens[k], single)
        elif kind == "collection" and w in COLLECTION and 0 < i and i + 2 < n and low[i - 1] in ("a", "the", "this", "another") and low[i + 1] == "of":
            if low[i + 2] in OF_DETERMINERS or low[i + 2] in ("a", "an", "the"):
                continue  # "the set of the film": another sense, left alone by G202 too
            k = _head(tags, low, i + 2)
            if k is not None and tags[k] == "NNS" and _plain(words[k]):
                single = singular_of(low[k])
                if single and single in count_nouns() and single not in collectives() and not mass_noun(single):
                    yield _swap(sentence, tokens[k], single)
        elif kind == "to_plural" and w in ONE and tags[i] == "DT":
            if i > 0 and low[i - 1] in ("such", "what", "quite", "many", "half"):
                continue
            k = _head(tags, low, i + 1)
            if k is not None and tags[k] == "NN" and _plain(words[k]) and low[k] in count_nouns():
                plural = plural_of(low[k])
                if plural and low[k] not in collectives() and not mass_noun(low[k]):
                    yield _swap(sentence, tokens[k], plural)


def _swap(sentence: str, token, new: str):
    a, b = token.start, token.end
    return sentence[:a] + new + sentence[b:], a, a + len(new)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", choices=("wiki", "news"), default="wiki")
    parser.add_argument("--sentences", type=int, default=4000, help="sentences per half")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--clean", action="store_true", help="print G202 findings on the clean sentences")
    parser.add_argument("--kinds", default=",".join(KINDS))
    args = parser.parse_args()
    kinds = args.kinds.split(",")
    settings = Settings()
    rule = next(r for r in selected_rules(settings) if r.code == "G202")
    context = Context(settings, None)

    def findings(text: str):
        doc = Document(text + "\n", path="injected.txt")
        return [(f.start, f.end, f.severity, f.message) for f in rule.run(doc, context)]

    if args.source == "wiki":
        halves = wiki_halves()
    else:
        rng = random.Random(SEED)
        halves = {"tune": [], "held-out": []}
        for path in sorted((EVAL / "dev" / "corpus").iterdir()):
            if path.suffix in (".txt", ".md"):
                halves["tune" if rng.random() < 0.5 else "held-out"].append(path.read_text(encoding="utf-8"))
    injected, found, warned, alarms, words = Counter(), Counter(), Counter(), Counter(), Counter()
    misses = []
    for half, texts in halves.items():
        pool = [s for text in texts for s in sentences(text)]
        random.Random(SEED + len(half)).shuffle(pool)
        for sentence in pool[: args.sentences]:
            words[half] += len(sentence.split())
            clean = findings(sentence)
            alarms[half] += len(clean)
            if args.clean:
                for start, end, severity, message in clean:
                    print(f"clean {half} {severity}: …{sentence[max(0, start - 60):end + 40]}…  [{sentence[start:end]}]")
            before = {s for s, _, _, _ in clean}
            for kind in kinds:
                candidates = list(sites(sentence, kind))
                if not candidates:
                    continue
                changed, a, b = random.Random(sentence + kind).choice(candidates)
                injected[kind, half] += 1
                new = [f for f in findings(changed) if f[0] not in before and f[0] < b and f[1] > a]
                if new:
                    found[kind, half] += 1
                    warned[kind, half] += any(f[2] != "info" for f in new)
                elif half == "tune":
                    misses.append(f"{kind}: …{changed[max(0, a - 60):b + 30]}…  [{changed[a:b]}]")
    for half in halves:
        row = "  ".join(f"{k} {found[k, half]}/{injected[k, half]}" for k in kinds if injected[k, half])
        total = sum(injected[k, half] for k in kinds)
        hits = sum(found[k, half] for k in kinds)
        warn = sum(warned[k, half] for k in kinds)
        print(f"{half:9s} all {hits}/{total} = {hits / max(1, total):.2f} (warnings {warn}) | {row} | "
              f"clean findings {alarms[half]} = {1000 * alarms[half] / max(1, words[half]):.2f}/1k words")
    for line in random.Random(SEED).sample(misses, min(args.show, len(misses))):
        print("  missed", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
