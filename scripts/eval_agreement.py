#!/usr/bin/env python3
"""Inject verb-form and agreement errors into clean articles; measure what G201-G203, G206, G310 find.

    python3 scripts/eval_agreement.py [--corpus DIR] [--seed N] [--per-doc N] [--show N]
                                      [--kinds K,K]

Reads the clean articles of ``../shared/eval/dev/corpus/`` beside the repository at run time
(nothing of them is copied into the repository). Each error is injected alone, into its own
copy of an article, at a site found in the clean text:

- ``participle``: a participle after "have/has/had" (adverbs allowed between) becomes the
  simple past: "has become" -> "has became", "had taken" -> "had took" (G201);
- ``homograph``: the same with a past that is another verb's base: "has seen" -> "has saw",
  "had fallen" -> "had fell" (G201);
- ``participle_for_base``: a base after a modal or "to" becomes its participle: "will go" ->
  "will gone", "to take the" -> "to taken the" (G201);
- ``joined_tense``: a regular past straight after "and" or "but", in a sentence with an
  earlier past and no present, becomes its plain form: "were wary, but voted" -> "... but
  vote" (G206);
- ``base_after_aux``: a base form after a modal, "do/does/did" or "to" becomes the simple
  past or the third-person form: "did go" -> "did went", "will decide" -> "will decides";
- ``noun_number``: a plural noun after a number, "several", "many", "these", "those",
  "both", "various", or "one of the" (adjectives allowed between) becomes singular:
  "100 years" -> "100 year", "one of the biggest problems" -> "one of the biggest problem"
  (G202);
- ``subject_verb``: the verb right after a subject of determiner + noun changes number:
  "the council was" -> "the council were", "the results were" -> "the results was",
  "the plan has" -> "the plan have" (G203);
- ``pronoun_verb``: "he decides" -> "he decide", "they decide" -> "they decides" (G203);
- ``there_be``: "there are many" -> "there is many", "there is a" -> "there are a" (G203);
- ``bare_participle``: "was established" -> "was establish" (G201);
- ``missing_be``: "it is possible" -> "it possible" (G310).

The articles are split in two halves by their order in the folder: odd positions (1st, 3rd
…) are the half to tune on, even ones are held out; both halves are reported. A case is
found when a finding of a G2xx rule that the clean copy does not have overlaps the injected
word. Sites inside direct quotations are skipped, since the rules leave quotes alone. False alarms: G2xx findings on the clean articles, per 1,000 words; ``--show`` prints
misses and false alarms of the tuning half only.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.checks import verbs  # noqa: E402
from newslint.config import Settings  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.engine import all_rules, check_document  # noqa: E402
from newslint.rule import Context  # noqa: E402

CODES = ("G201", "G202", "G203", "G206", "G310")
ADVERBS = r"(?:(?:never|not|already|just|also|since|recently|long|ever|finally|now|all|both|only|still|previously) )?"
COUNTERS = (
    r"(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundreds of"
    r"|several|many|these|those|both|various|numerous)|(?<![\d$£€.,])[2-9]\d{0,2}(?![\d.,%-]))"
)
ADJECTIVES = r"(?:(?:new|other|big|small|major|local|young|old|former|key|different|biggest|largest|best|most \w+) )?"


def _participle_sites(text: str):
    past_of = {}
    for past, (base, participle) in verbs.past_only().items():
        past_of.setdefault(participle, past)
    words = "|".join(sorted(past_of, key=len, reverse=True))
    for m in re.finditer(rf"\b(?:has|have|had|'ve) {ADVERBS}({words})\b", text):
        yield m.start(1), m.end(1), past_of[m.group(1)]


def _homograph_sites(text: str):
    """"has seen" -> "has saw", "had fallen" -> "had fell": a past that is another verb's base."""
    past_of = {}
    for past, (base, participles) in verbs.past_base().items():
        for participle in participles:
            past_of.setdefault(participle, past)
    words = "|".join(sorted(past_of, key=len, reverse=True))
    for m in re.finditer(rf"\b(?:has|have|had|'ve) {ADVERBS}({words})\b", text):
        yield m.start(1), m.end(1), past_of[m.group(1)]


def _participle_for_base_sites(text: str):
    """"will go" -> "will gone", "to take" -> "to taken": a participle after a modal or "to"."""
    participle_of = {}
    for participle, base in verbs.participle_only().items():
        participle_of.setdefault(base, participle)
    for m in re.finditer(r"\b(?:will|would|can|could|should|might|must|won't|can't|to) (?:not )?([a-z]+)\b", text):
        if m.group(1) in participle_of:
            yield m.start(1), m.end(1), participle_of[m.group(1)]


def _joined_tense_sites(text: str):
    """"were wary at first, but voted for" -> "... but vote for": a regular past straight
    after "and" or "but" becomes its plain form when a simple past stands earlier in the same
    sentence, with no comma-free subject between (G206)."""
    base_of = {past: base for base, past in verbs.regular().items()}
    for m in re.finditer(r"([^.!?;:]*?)\b(?:and|but),? ([a-z]+ed)\b", text):
        before, word = m.group(1), m.group(2)
        if word in base_of and re.search(r"\b(?:was|were|[a-z]+ed)\b", before) and not re.search(r"\b(?:is|are|has|have|to)\b", before):
            yield m.start(2), m.end(2), base_of[word]


def _base_sites(text: str):
    past_of = {base: past for past, (base, participle) in verbs.past_only().items() if base != participle}
    for m in re.finditer(r"\b(?:will|would|can|could|should|might|must|did|does|didn't|doesn't|won't|can't|to) (?:not )?([a-z]+)\b", text):
        word = m.group(1)
        if word in past_of:
            yield m.start(1), m.end(1), past_of[word]
        elif word in verbs.regular() and word + "s" in verbs._thirds()[0] and not word.endswith("s"):
            yield m.start(1), m.end(1), word + "s"


def _singular_of() -> dict[str, str]:
    table = {}
    for singular in verbs.count_nouns():
        plural = verbs.plural_of(singular)
        if plural and plural != singular:
            table[plural] = singular
    return table


def _noun_sites(text: str, singulars):
    pattern = rf"(?:{COUNTERS}|\bone of the) {ADJECTIVES}([a-z]+)\b(?![-'’])"
    for m in re.finditer(pattern, text):
        word = m.group(1)
        if word in singulars:
            after = text[m.end(1) : m.end(1) + 12]
            if re.match(r"\s+[a-z]+s\b", after):
                continue  # "two years olds"? a plural noun after: a compound, leave it
            yield m.start(1), m.end(1), singulars[word]


_VERB_SWAP = {"is": "are", "are": "is", "was": "were", "were": "was", "has": "have", "have": "has"}


def _subject_sites(text: str, singulars):
    counts = verbs.count_nouns()
    pattern = r"(?:^|[.!?]\s+|,\s+)(?:The|the|This|this|That|that|These|these|Its|its|His|his|Her|her|Their|their) ([a-z]+) (is|are|was|were|has|have)\b"
    for m in re.finditer(pattern, text, re.M):
        noun, verb = m.group(1), m.group(2)
        plural = noun in singulars and verb in ("are", "were", "have")
        singular = noun in counts and verb in ("is", "was", "has")
        if plural or singular:
            yield m.start(2), m.end(2), _VERB_SWAP[verb]


def _pronoun_sites(text: str):
    """"he goes" -> "he go", "they say" -> "they says" (G203)."""
    thirds = verbs._thirds()[0]
    for m in re.finditer(r"\b(?:he|she|it|He|She|It) ([a-z]+)\b", text):
        word = m.group(1)
        base = verbs.third_base(word) if word in thirds else None
        if base and base in verbs.regular():
            yield m.start(1), m.end(1), base
    for m in re.finditer(r"\b(?:they|we|They|We) ([a-z]+)\b", text):
        word = m.group(1)
        if word in verbs.regular() and word + "s" in thirds and not word.endswith("s"):
            yield m.start(1), m.end(1), word + "s"


def _there_sites(text: str):
    """"there are many" -> "there is many", "there is a" -> "there are a" (G203)."""
    swap = {"are": "is", "were": "was", "is": "are", "was": "were"}
    for m in re.finditer(r"\b(?:there|There) (are|were) (?:many |several |\d+ |no |some |two |three )?[a-z]+s\b", text):
        yield m.start(1), m.end(1), swap[m.group(1)]
    for m in re.finditer(r"\b(?:there|There) (is|was) an? [a-z]+\b", text):
        yield m.start(1), m.end(1), swap[m.group(1)]


def _bare_participle_sites(text: str):
    """"was established" -> "was establish" (G201)."""
    participles = {participle: base for base, participle in verbs.regular().items()}
    for m in re.finditer(r"\b(?:is|are|was|were|been|be|has|have|had) ([a-z]+ed)\b", text):
        base = participles.get(m.group(1))
        if base:
            yield m.start(1), m.end(1), base


def _missing_be_sites(text: str):
    """"it is possible" -> "it possible" (G310): the verb is dropped."""
    from newslint.analysis import lexicon

    for m in re.finditer(r"\b(?:he|she|it|they|we|He|She|It|They|We)( (?:is|are|was|were)) ([a-z]+)\b", text):
        if lexicon.tags(m.group(2)) == "a":
            yield m.start(1), m.end(1), ""


KINDS = ("participle", "homograph", "participle_for_base", "joined_tense", "base_after_aux", "noun_number", "subject_verb", "pronoun_verb", "there_be", "bare_participle", "missing_be")


def sites(text: str, kind: str, singulars):
    if kind == "participle":
        return list(_participle_sites(text))
    if kind == "joined_tense":
        return list(_joined_tense_sites(text))
    if kind == "homograph":
        return list(_homograph_sites(text))
    if kind == "participle_for_base":
        return list(_participle_for_base_sites(text))
    if kind == "base_after_aux":
        return list(_base_sites(text))
    if kind == "noun_number":
        return list(_noun_sites(text, singulars))
    if kind == "pronoun_verb":
        return list(_pronoun_sites(text))
    if kind == "there_be":
        return list(_there_sites(text))
    if kind == "bare_participle":
        return list(_bare_participle_sites(text))
    if kind == "missing_be":
        return list(_missing_be_sites(text))
    return list(_subject_sites(text, singulars))


def run(rules, settings, text: str, path: str):
    doc = Document(text, path=path)
    return [f for f in check_document(doc, settings, rules, Context(settings, None)) if f.code in CODES]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "eval" / "dev" / "corpus"))
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--per-doc", type=int, default=2)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--kinds", default=",".join(KINDS))
    args = parser.parse_args()
    if not Path(args.corpus).is_dir():
        args.corpus = "/work/shared/eval/dev/corpus"
    settings = Settings()
    rules = [r for r in all_rules(settings) if r.code in CODES]
    files = sorted(Path(args.corpus).iterdir())
    singulars = _singular_of()
    rng = random.Random(args.seed)
    kinds = args.kinds.split(",")
    found: dict[str, Counter] = {"tune": Counter(), "held-out": Counter()}
    total: dict[str, Counter] = {"tune": Counter(), "held-out": Counter()}
    alarms = {"tune": 0, "held-out": 0}
    words = {"tune": 0, "held-out": 0}
    misses, false_alarms = [], []
    for position, path in enumerate(files):
        half = "tune" if position % 2 == 0 else "held-out"  # 1st, 3rd … article: tuning half
        text = path.read_text(encoding="utf-8")
        words[half] += len(text.split())
        clean = run(rules, settings, text, path.name)
        alarms[half] += len(clean)
        if half == "tune":
            false_alarms += [(path.name, f, text) for f in clean]
        before = {(f.code, f.start, f.end) for f in clean}
        quotes = Document(text, path=path.name).analysis("quotes")
        for kind in kinds:
            # the rules leave direct quotations alone: errors are injected outside them
            candidates = [c for c in sites(text, kind, singulars) if not quotes.inside(c[0])]
            for start, end, wrong in rng.sample(candidates, min(args.per_doc, len(candidates))):
                injected = text[:start] + wrong + text[end:]
                total[half][kind] += 1
                hits = [
                    f
                    for f in run(rules, settings, injected, path.name)
                    if f.start < start + max(1, len(wrong)) and f.end > start and (f.code, f.start, f.end) not in before
                ]
                if hits:
                    found[half][kind] += 1
                elif half == "tune":
                    misses.append((kind, path.name, injected[max(0, start - 60) : start] + "[[" + wrong + "]]" + injected[start + len(wrong) : start + len(wrong) + 40]))
    for half in ("tune", "held-out"):
        row = "  ".join(
            f"{kind} {found[half][kind]}/{total[half][kind]} = {found[half][kind] / max(1, total[half][kind]):.2f}"
            for kind in kinds
        )
        all_found, all_total = sum(found[half].values()), sum(total[half].values())
        print(
            f"{half:9s} all {all_found}/{all_total} = {all_found / max(1, all_total):.2f} | {row} | "
            f"false alarms {alarms[half]} = {1000 * alarms[half] / max(1, words[half]):.2f}/1k words"
        )
    for kind, name, context in misses[: args.show]:
        print(f"miss {kind} {name}: {context!r}".replace("\\n", " "))
    for name, finding, text in false_alarms[: args.show]:
        print(f"alarm {finding.code} {name}: {text[max(0, finding.start - 60) : finding.end + 40]!r}".replace("\\n", " "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
