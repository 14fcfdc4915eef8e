#!/usr/bin/env python3
"""Inject missing-word, extra-word and preposition slips into clean sentences; measure what
newslint's grammar rules find.

    python3 scripts/eval_grammar_injections.py [--per-sentence N] [--show N] [--kinds K,K]
                                               [--sentences N] [--clean]

Sources, read at run time and never copied into the repository: the sentences of the 300
clean articles of ``../shared/eval/dev/corpus/`` and of the 840 PolNeAR articles in
``../shared/eval/data/polnear_train.jsonl``. A sentence of 6 to 50 words with no quotation
mark is a candidate; each slip is injected alone into its own copy of one sentence, at a site
found by the tagger in the clean text:

- ``drop_to``: the "to" of an infinitive ("plans to build" -> "plans build");
- ``drop_of``: "of" between a noun and what follows ("a number of people" -> "a number people");
- ``drop_be``: a form of "be" before an adjective, participle or -ing verb
  ("it is possible" -> "it possible", "were arrested" -> "arrested" after a noun);
- ``drop_have``: "has/have/had" before a participle ("has become" -> "become");
- ``drop_subject``: a subject pronoun after a subordinator ("because it is" -> "because is");
- ``drop_prep``: a preposition before a determiner ("in the city" -> "the city");
- ``drop_verb_prep``: a preposition ("to", "of" and "as" too) between a verb and a determiner or
  possessive ("peaked at a level" -> "peaked a level");
- ``extra_to``: "to" before a finite verb ("he said" -> "he to said");
- ``extra_be``: "be" inserted after a modal's base verb or a finite verb ("will go" -> "will be go");
- ``extra_det``: "the" before a possessive determiner ("their plan" -> "the their plan");
- ``extra_prep``: "of", "about" or "to" between a transitive verb and its object
  ("discussed the plan" -> "discussed about the plan");
- ``swap_prep``: a preposition after a verb, noun or adjective changes to another
  ("interested in" -> "interested on").

Sources are split in two halves by a fixed seed (by article): tune on the first, report the
second as held out. ``--source wiki`` reads the Wikipedia files no build counts instead
(/tmp/rw-corpus/wiki/text_AD_wiki_80-89 tune, 90-99 held out); ``--codes`` runs only the
rules named. A slip counts as found when a finding of a G or S3 rule that the clean
sentence does not have starts or ends within 12 characters of the slip. False alarms: such findings on the
clean sentences, per 1,000 words (read them with ``--clean``). ``--show`` prints misses of the
tuning half only.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = next(p / "shared" / "eval" for p in ROOT.parents if (p / "shared" / "eval").is_dir())
sys.path.insert(0, str(ROOT))

from newslint import tagger  # noqa: E402
from newslint.config import Settings  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.engine import check_document, selected_rules  # noqa: E402
from newslint.rule import Context  # noqa: E402
from newslint.sentences import split_sentences  # noqa: E402

SEED = 20261201
QUOTE_MARKS = set('"“”‘’\'')
SUBORDINATORS = {"because", "that", "when", "if", "although", "while", "since", "after", "before", "so"}
SUBJECTS = {"he", "she", "it", "they", "we", "i", "you"}
BE = {"is", "are", "was", "were"}
HAVE = {"has", "have", "had"}
PREPOSITIONS = {"in", "on", "at", "for", "with", "from", "by", "about", "into", "to", "of"}
SWAPS = ("in", "on", "at", "for", "with", "of", "to", "from", "about", "by")
EXTRA_PREPOSITIONS = ("of", "about", "to")
POSSESSIVES = {"his", "her", "their", "its", "our", "my", "your"}
VERB_PREPOSITIONS = PREPOSITIONS | {"as", "through", "over", "under", "against", "upon", "towards", "toward", "onto"}
FRAME_OPENERS = {"the", "a", "an", "this", "these", "those", "his", "their", "its", "our", "my", "your", "every", "each"}


def articles() -> list[tuple[str, str]]:
    """(name, text) of every source article."""
    found = []
    for path in sorted((EVAL / "dev" / "corpus").iterdir()):
        if path.suffix in (".txt", ".md"):
            found.append((path.name, path.read_text(encoding="utf-8")))
    with open(EVAL / "data" / "polnear_train.jsonl", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            found.append((record["filename"], record["text"]))
    return found


WIKI = Path("/tmp/rw-corpus/wiki")


def wiki_halves() -> dict[str, list[str]]:
    """The held-out Wikipedia files (never counted by a build): text_AD_wiki_80-89 tune,
    text_AD_wiki_90-99 held out; each file's paragraphs without <doc> lines, titles and
    lines of fewer than six words."""
    halves = {"tune": [], "held-out": []}
    for number in range(80, 100):
        text = (WIKI / f"text_AD_wiki_{number}").read_text(encoding="utf-8", errors="replace")
        kept = [line for line in text.splitlines() if not line.startswith("<") and len(line.split()) >= 6]
        halves["tune" if number < 90 else "held-out"].append("\n".join(kept))
    return halves


def sentences(text: str):
    """The candidate sentences of an article (one paragraph at a time)."""
    position = 0
    for paragraph in text.split("\n"):
        start, position = position, position + len(paragraph) + 1
        if not paragraph.strip():
            continue
        for span in split_sentences(text, start, start + len(paragraph)):
            sentence = text[span.start : span.end].strip()
            words = sentence.split()
            if 6 <= len(words) <= 50 and not QUOTE_MARKS & set(sentence) and sentence[-1:] in ".?!":
                yield sentence


def _delete(sentence: str, tokens, i: int):
    """The sentence without token ``i`` and the offset where it was."""
    a = tokens[i].start
    b = tokens[i + 1].start if i + 1 < len(tokens) else tokens[i].end
    return sentence[:a] + sentence[b:], a


def _insert(sentence: str, tokens, i: int, word: str):
    """The sentence with ``word`` inserted before token ``i``."""
    a = tokens[i].start
    return sentence[:a] + word + " " + sentence[a:], a


def sites(sentence: str, kind: str):
    """(changed sentence, offset of the slip) for every site of ``kind`` in ``sentence``."""
    tokens = tagger.tokenize(sentence)
    words = [t.text for t in tokens]
    low = [w.lower() for w in words]
    tags = tagger.tag(words)
    n = len(tokens)
    for i in range(1, n - 1):
        w, t, nt, pt = low[i], tags[i], tags[i + 1], tags[i - 1]
        if kind == "drop_to" and t == "TO" and nt == "VB" and pt.startswith(("VB", "NN", "JJ")):
            yield _delete(sentence, tokens, i)
        elif kind == "drop_of" and w == "of" and pt in ("NN", "NNS") and nt in ("DT", "NNS", "NN", "JJ", "PRP$", "CD"):
            yield _delete(sentence, tokens, i)
        elif kind == "drop_be" and w in BE and nt in ("JJ", "VBN", "VBG") and pt in ("PRP", "NN", "NNS", "NNP"):
            yield _delete(sentence, tokens, i)
        elif kind == "drop_have" and w in HAVE and nt == "VBN" and pt in ("PRP", "NN", "NNS", "NNP"):
            yield _delete(sentence, tokens, i)
        elif kind == "drop_subject" and w in SUBJECTS and pt == "IN" and low[i - 1] in SUBORDINATORS and nt.startswith(("VB", "MD")):
            yield _delete(sentence, tokens, i)
        elif kind == "drop_verb_prep" and t in ("IN", "TO") and w in VERB_PREPOSITIONS and pt.startswith("VB") and (
            low[i + 1] in FRAME_OPENERS or nt == "PRP$"
        ):
            yield _delete(sentence, tokens, i)
        elif kind == "drop_prep" and w in PREPOSITIONS - {"to", "of"} and t == "IN" and nt in ("DT", "PRP$") and pt.startswith(("VB", "NN")):
            yield _delete(sentence, tokens, i)
        elif kind == "extra_to" and t in ("VBD", "VBZ") and pt in ("PRP", "NN", "NNS", "NNP"):
            yield _insert(sentence, tokens, i, "to")
        elif kind == "extra_be" and t == "VB" and pt == "MD":
            yield _insert(sentence, tokens, i, "be")
        elif kind == "extra_det" and w in POSSESSIVES and t == "PRP$" and pt in ("VB", "VBD", "VBZ", "VBP", "IN"):
            yield _insert(sentence, tokens, i, "the")
        elif kind == "extra_prep" and t == "DT" and pt in ("VBD", "VBZ", "VBP") and low[i - 1] not in BE | HAVE:
            word = EXTRA_PREPOSITIONS[(i + len(sentence)) % len(EXTRA_PREPOSITIONS)]
            yield _insert(sentence, tokens, i, word)
        elif kind == "swap_prep" and w in SWAPS and t == "IN" and pt.startswith(("VB", "NN", "JJ")) and nt in ("DT", "PRP$", "NNS", "NNP", "CD", "PRP"):
            other = [p for p in SWAPS if p != w]
            new = other[(i + len(sentence)) % len(other)]
            a, b = tokens[i].start, tokens[i].end
            yield sentence[:a] + new + sentence[b:], a


KINDS = ("drop_to", "drop_of", "drop_be", "drop_have", "drop_subject", "drop_prep", "drop_verb_prep",
         "extra_to", "extra_be", "extra_det", "extra_prep", "swap_prep")


def counted(code: str) -> bool:
    return code.startswith("G") or code.startswith("S3")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-sentence", type=int, default=1)
    parser.add_argument("--sentences", type=int, default=3000, help="sentences per half")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--clean", action="store_true", help="print findings on the clean sentences")
    parser.add_argument("--source", choices=("news", "wiki"), default="news",
                        help="news: the dev corpus and PolNeAR; wiki: held-out Wikipedia (AD_wiki_80-99)")
    parser.add_argument("--codes", default="", help="only these rule codes (comma-separated)")
    args = parser.parse_args()
    kinds = args.kinds.split(",")
    settings = Settings()
    codes = set(filter(None, args.codes.split(",")))
    rules = [r for r in selected_rules(settings) if counted(r.code) and (not codes or r.code in codes)]
    context = Context(settings, None)

    def findings(text: str):
        doc = Document(text + "\n", path="injected.txt")
        return [(f.start, f.end, f.code, f.message) for f in check_document(doc, settings, rules, context) if counted(f.code)]

    if args.source == "wiki":
        halves = wiki_halves()
    else:
        rng = random.Random(SEED)
        halves = {"tune": [], "held-out": []}
        for name, text in articles():
            halves["tune" if rng.random() < 0.5 else "held-out"].append(text)
    injected, found, alarms, words = Counter(), Counter(), Counter(), Counter()
    misses = []
    for half, texts in halves.items():
        pool = [s for text in texts for s in sentences(text)]
        random.Random(SEED + len(half)).shuffle(pool)
        pool = pool[: args.sentences]
        for sentence in pool:
            words[half] += len(sentence.split())
            clean = findings(sentence)
            alarms[half] += len(clean)
            if args.clean and clean and half == "tune":
                for start, end, code, message in clean:
                    print(f"clean {code}: …{sentence[max(0, start - 50):end + 30]}…  {message}")
            before = {(c, s) for s, _, c, _ in clean}
            for kind in kinds:
                candidates = list(sites(sentence, kind))
                if not candidates:
                    continue
                for changed, at in random.Random(sentence + kind).sample(candidates, min(args.per_sentence, len(candidates))):
                    injected[kind, half] += 1
                    new = [f for f in findings(changed) if (f[2], f[0]) not in before]
                    hit = any(start <= at + 12 and end >= at - 12 for start, end, _, _ in new)
                    if hit:
                        found[kind, half] += 1
                    elif half == "tune":
                        misses.append(f"{kind}: …{changed[max(0, at - 50):at + 40]}…")
    for half in halves:
        row = "  ".join(
            f"{k} {found[k, half]}/{injected[k, half]}" for k in kinds if injected[k, half]
        )
        total = sum(injected[k, half] for k in kinds)
        hits = sum(found[k, half] for k in kinds)
        print(f"{half:9s} all {hits}/{total} = {hits / max(1, total):.2f} | {row} | "
              f"clean findings {alarms[half]} = {1000 * alarms[half] / max(1, words[half]):.2f}/1k words")
    for line in random.Random(SEED).sample(misses, min(args.show, len(misses))):
        print("  missed", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
