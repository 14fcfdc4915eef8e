#!/usr/bin/env python3
"""Inject number-agreement errors into clean news copy by structure; measure G202 and G203.

    python3 scripts/inject_agreement.py [--docs N] [--per-doc N] [--seed N] [--show N]
                                        [--kinds K,K] [--half tune|held-out|both]
                                        [--codes G202,G203,...]

Reads clean articles beside the repository at run time (nothing of them is copied into the
repository): ``../shared/eval/dev/corpus/`` (BBC, PolNeAR, TimeBank articles), the PolNeAR
articles of ``../shared/eval/data/polnear_train.jsonl`` and the Wikinews articles of
``meantime_dev.jsonl``. The articles are shuffled with a fixed seed and split in two halves:
tune on the first, report the second (held out) beside it; ``--show`` prints misses and
false alarms of the tuning half only.

Sites are found from newslint's own part-of-speech tags of the clean sentence, by the
structure of the subject (what the error is made of, not one phrase):

- ``near``: a verb straight after the noun phrase that opens a clause changes number:
  "the plans were" -> "the plans was", "the plan calls" -> "the plan call";
- ``far``: the same when one or more prepositional phrases stand between the subject's
  head and its verb: "the membership of the bands was" -> "... were";
- ``head``: the head noun of such a subject changes number instead, the verb stays:
  "the results of the inquiry were" -> "the result of the inquiry were";
- ``relative``: the verb after "who", "that" or "which" standing for the noun before it:
  "residents who live" -> "residents who lives";
- ``counted``: a plural noun after a number or a counting word becomes singular:
  "100 years" -> "100 year", "several members" -> "several member" (G202);
- ``joined``: the plural verb after two noun phrases joined by "and" becomes singular:
  "the mayor and the council are" -> "the mayor and the council is";
- ``after_and``: the verb of a clause joined by "and" to one that ends in a verb, adverb or
  adjective: "prices rose and the plan was" -> "... the plan were".
- ``across``: the main verb after a relative clause on the subject that opens the clause:
  "the officer who was injured is" -> "... are", "the letters that the mayor sent were" ->
  "... was";
- ``participle``: the same after a participle's phrase on the subject: "the man injured in
  the crash was" -> "... were".

Collective nouns and names are left out (either number may be right with them). Each error
is injected alone into its own copy of the paragraph, which is linted by itself with G202
and G203; a case is found when a finding the clean paragraph does not have overlaps the
words from the changed one to the verb. False alarms: G202/G203 findings on the clean
articles, per 1,000 words.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.checks.agreement.nouns import collectives, singular_of  # noqa: E402
from newslint.checks.agreement.subject import third_of  # noqa: E402
from newslint.checks.verbs import count_nouns, plural_of, third_base  # noqa: E402
from newslint.config import Settings  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.engine import all_rules, check_document  # noqa: E402
from newslint.rule import Context  # noqa: E402

CODES = ("G202", "G203")
EVAL = ROOT.parent / "shared" / "eval"
KINDS = ("near", "far", "head", "relative", "counted", "joined", "after_and", "across", "participle")
LATER_KINDS = ("across", "participle")
BE_SWAP = {"is": "are", "are": "is", "was": "were", "were": "was", "has": "have", "have": "has"}
OPENERS = {",", ";", ":", "that", "because", "when", "while", "if", "but", "although", "since", "said", "says"}
PREPOSITIONS = {"of", "in", "on", "at", "for", "from", "with", "about", "between", "among", "over", "under", "near", "by", "across", "against"}
COUNTERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "thirty", "fifty", "several", "many", "these", "those", "both", "various", "numerous"}


def articles(limit: int) -> list[tuple[str, str]]:
    """(name, text) of the clean articles, dev corpus first, then PolNeAR and MEANTIME."""
    eval_dir = EVAL if EVAL.is_dir() else Path("/work/shared/eval")
    found = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((eval_dir / "dev" / "corpus").iterdir())]
    for name, key in (("polnear_train.jsonl", "filename"), ("meantime_dev.jsonl", "doc_name")):
        with open(eval_dir / "data" / name, encoding="utf-8") as rows:
            for line in rows:
                row = json.loads(line)
                found.append((row[key], row["text"]))
    # the dev corpus holds some PolNeAR articles too: each article once, or a tuning article
    # could stand in the held-out half as well
    seen, unique = set(), []
    for name, text in found:
        key = max(text.split("\n"), key=len).strip()
        if key not in seen:
            seen.add(key)
            unique.append((name, text))
    return unique[:limit] if limit else unique


def verb_swap(token) -> str | None:
    word = token.text
    if word in BE_SWAP:
        wanted = {"is": "VBZ", "has": "VBZ", "are": "VBP", "have": "VBP", "was": "VBD", "were": "VBD"}[word]
        return BE_SWAP[word] if token.tag == wanted else None
    if token.tag == "VBZ" and word.islower():
        return third_base(word)
    if token.tag == "VBP" and word.islower():
        return third_of(word)
    return None


def noun_swap(word: str) -> str | None:
    if word in collectives() or not word.isalpha() or not word.islower():
        return None
    singular = singular_of(word)
    if singular:
        return singular
    if word in count_nouns():
        plural = plural_of(word)
        return plural if plural and plural != word else None
    return None


def _np(toks, k: int) -> int | None:
    """The end (index after the head) of a plain noun phrase starting with a determiner at k."""
    if k >= len(toks) or toks[k].tag not in ("DT", "PRP$") or toks[k].text.lower() in ("that", "this", "all", "some", "any", "no", "each", "every", "both"):
        return None
    m = k + 1
    while m < len(toks) and toks[m].tag in ("JJ", "JJR", "JJS", "VBN"):
        m += 1
    if m < len(toks) and toks[m].tag in ("NN", "NNS") and noun_swap(toks[m].text):
        if m + 1 < len(toks) and toks[m + 1].tag in ("NN", "NNS", "NNP", "POS", "HYPH"):
            return None  # a compound or an owner: the head is elsewhere
        return m + 1
    return None


def _inner_np(toks, k: int) -> int | None:
    """The end of the noun phrase of a prepositional phrase at k: "the bands", "Virginia",
    "contaminated sites", "the National Executive Committee"."""
    m = k
    if m < len(toks) and toks[m].tag in ("DT", "PRP$", "CD"):
        m += 1
    while m < len(toks) and toks[m].tag in ("JJ", "JJR", "JJS", "VBN", "NN", "NNS", "NNP", "NNPS", "HYPH"):
        m += 1
    if m == k or toks[m - 1].tag not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    return m


def subject_sites(toks):
    """(kind, start, end, replacement, target start, target end) for each subject found."""
    for s in range(len(toks)):
        after_and = s >= 2 and toks[s - 1].text == "and" and toks[s - 2].tag in ("VBD", "VBN", "VBZ", "VBP", "RB", "JJ")
        if s and toks[s - 1].text.lower() not in OPENERS and not after_and:
            continue
        end = _np(toks, s)
        if end is None:
            continue
        head = end - 1
        m, pps = end, 0
        while m + 1 < len(toks) and toks[m].text.lower() in PREPOSITIONS and toks[m].tag == "IN":
            inner = _inner_np(toks, m + 1)
            if inner is None:
                break
            m, pps = inner, pps + 1
        if m >= len(toks) or toks[m].tag not in ("VBZ", "VBP", "VBD"):
            continue
        verb = toks[m]
        swapped = verb_swap(verb)
        if not swapped:
            continue
        # the verb must agree with the head as written (a clean site)
        head_plural = singular_of(toks[head].text) is not None
        verb_plural = verb.text in ("are", "were", "have") or verb.tag == "VBP"
        if head_plural != verb_plural:
            continue
        if after_and:
            yield "after_and", verb.start, verb.end, swapped, verb.start, verb.end
        elif pps:
            yield "far", verb.start, verb.end, swapped, toks[head].start, verb.end
            yield "head", toks[head].start, toks[head].end, noun_swap(toks[head].text), toks[head].start, verb.end
        else:
            yield "near", verb.start, verb.end, swapped, verb.start, verb.end


def joined_sites(toks):
    """"the mayor and the council are" -> "... is": two noun phrases joined by "and"."""
    for s in range(len(toks)):
        if s and toks[s - 1].text.lower() not in OPENERS:
            continue
        first = _np(toks, s)
        if first is None or first >= len(toks) or toks[first].text != "and":
            continue
        second = _np(toks, first + 1) if first + 1 < len(toks) and toks[first + 1].tag != "CD" else None
        if second is None or second >= len(toks):
            continue
        verb = toks[second]
        if verb.text in ("are", "were", "have") and verb_swap(verb):
            yield "joined", verb.start, verb.end, verb_swap(verb), verb.start, verb.end


def relative_sites(toks):
    for r in range(1, len(toks) - 1):
        if toks[r].text not in ("who", "that", "which") or toks[r - 1].tag not in ("NN", "NNS"):
            continue
        if not noun_swap(toks[r - 1].text) or r >= 2 and toks[r - 2].tag in ("NN", "NNS", "NNP"):
            continue
        verb = toks[r + 1]
        swapped = verb_swap(verb)
        if not swapped or verb.tag == "VBD" and verb.text not in ("was", "were"):
            continue
        head_plural = singular_of(toks[r - 1].text) is not None
        if head_plural != (verb.text in ("are", "were", "have") or verb.tag == "VBP"):
            continue
        yield "relative", verb.start, verb.end, swapped, verb.start, verb.end


_INNER_STOPS = {",", ";", ":", "(", ")", "and", "or", "but", "who", "that", "which", "whom", "whose", "where", "when", "while", "because", "if", "as", "than", ".", "!", "?"}


def across_sites(toks):
    """"the officer who was injured is" -> "... are": the main verb after a relative clause
    on the subject that opens the clause ("who", "that" or "which" straight after its noun
    phrase, one finite verb inside it, no comma or conjunction before the main verb, and no
    noun or pronoun straight before the main verb, which could be its own subject)."""
    for s in range(len(toks)):
        if s and toks[s - 1].text.lower() not in OPENERS - {"that", "said", "says"}:
            continue
        end = _np(toks, s)
        if end is None or end + 3 >= len(toks) or toks[end].text.lower() not in ("who", "that", "which"):
            continue
        head = end - 1
        finite = [m for m in range(end + 1, min(len(toks), end + 11)) if toks[m].tag in ("VBZ", "VBP", "VBD", "MD")
                  and toks[m - 1].text.lower() not in ("is", "are", "was", "were", "be", "been", "has", "have", "had")]
        stops = [m for m in range(end + 1, min(len(toks), end + 11)) if toks[m].text.lower() in _INNER_STOPS]
        if len(finite) < 2 or (stops and stops[0] < finite[1]):
            continue
        verb = toks[finite[1]]
        if toks[finite[1] - 1].tag in ("NN", "NNS", "NNP", "NNPS", "PRP", "CD", "DT", "EX"):
            continue
        swapped = _agreeing_swap(verb, toks[head].text)
        if swapped:
            yield "across", verb.start, verb.end, swapped, verb.start, verb.end


def participle_sites(toks):
    """"the man injured in the crash was" -> "... were": the verb after a participle's phrase
    on the subject that opens the clause (a participle, one preposition and its noun phrase)."""
    for s in range(len(toks)):
        if s and toks[s - 1].text.lower() not in OPENERS - {"that", "said", "says"}:
            continue
        end = _np(toks, s)
        if end is None or end + 3 >= len(toks) or toks[end].tag not in ("VBN", "VBD") or not toks[end].text.endswith(("ed", "en", "t", "n")):
            continue
        if toks[end + 1].tag not in ("IN", "TO") or toks[end + 1].text.lower() not in PREPOSITIONS | {"to", "into", "during", "after"}:
            continue
        inner = _inner_np(toks, end + 2)
        if inner is None or inner >= len(toks) or toks[inner].tag not in ("VBZ", "VBP", "VBD"):
            continue
        verb = toks[inner]
        swapped = _agreeing_swap(verb, toks[end - 1].text)
        if swapped:
            yield "participle", verb.start, verb.end, swapped, verb.start, verb.end


def _agreeing_swap(verb, head: str) -> str | None:
    """The verb in the other number, when it shows its number and agrees with the noun
    ``head`` as written (a clean site), else None."""
    swapped = verb_swap(verb)
    if not swapped or verb.tag == "VBD" and verb.text not in ("was", "were"):
        return None
    head_plural = singular_of(head) is not None
    return swapped if head_plural == (verb.text in ("are", "were", "have") or verb.tag == "VBP") else None


def counted_sites(toks):
    for c in range(len(toks) - 1):
        word = toks[c].text.lower()
        if word not in COUNTERS and not (toks[c].tag == "CD" and toks[c].text.isdigit() and 2 <= int(toks[c].text) < 1000):
            continue
        m = c + 1
        if m < len(toks) and toks[m].tag == "JJ":
            m += 1
        if m >= len(toks) or toks[m].tag != "NNS" or not toks[m].text.islower():
            continue
        if m + 1 < len(toks) and toks[m + 1].tag in ("NN", "NNS", "HYPH", "POS"):
            continue
        singular = singular_of(toks[m].text)
        if singular and toks[m].text not in collectives():
            yield "counted", toks[m].start, toks[m].end, singular, toks[m].start, toks[m].end


def lint(rules, settings, text: str):
    doc = Document(text, path="story.txt")
    codes = {r.code for r in rules}
    return [f for f in check_document(doc, settings, rules, Context(settings, None)) if f.code in codes]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=0, help="use only the first N articles (0: all)")
    parser.add_argument("--per-doc", type=int, default=1, help="sites of each kind per article")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--half", default="both", choices=("tune", "held-out", "both"))
    parser.add_argument("--codes", default=",".join(CODES), help="the rules to run (default G202,G203)")
    args = parser.parse_args()
    settings = Settings()
    codes = args.codes.split(",")
    rules = [r for r in all_rules(settings) if r.code in codes]
    kinds = args.kinds.split(",")
    docs = articles(args.docs)
    random.Random(args.seed).shuffle(docs)
    halves = {"tune": docs[: len(docs) // 2], "held-out": docs[len(docs) // 2 :]}
    for half, chosen in halves.items():
        if args.half not in ("both", half):
            continue
        # each half samples from its own generator, so that its sites are the same whichever
        # halves are run and whether misses are shown
        rng = random.Random(f"{args.seed}-{half}")
        # kinds added later draw from generators of their own, so that the older kinds keep
        # the sites they had
        later = {kind: random.Random(f"{args.seed}-{half}-{kind}") for kind in LATER_KINDS}
        found, total, words, alarms = Counter(), Counter(), 0, []
        misses = []
        for name, text in chosen:
            words += len(text.split())
            clean = lint(rules, settings, text)
            alarms += [(name, text, f) for f in clean]
            doc = Document(text, path="story.txt")
            quotes = doc.analysis("quotes")
            tags = doc.analysis("tags")
            by_kind: dict[str, list] = {}
            for sentence in tags.sentences:
                toks = sentence.tokens
                for site in (*subject_sites(toks), *relative_sites(toks), *counted_sites(toks), *joined_sites(toks), *across_sites(toks), *participle_sites(toks)):
                    if site[0] in kinds and site[3] and not quotes.inside(site[1]):
                        by_kind.setdefault(site[0], []).append(site)
            for kind, sites in sorted(by_kind.items()):
                for kind, start, end, wrong, t_start, t_end in later.get(kind, rng).sample(sites, min(args.per_doc, len(sites))):
                    p_start = text.rfind("\n\n", 0, start) + 1
                    p_end = text.find("\n\n", end)
                    p_end = len(text) if p_end < 0 else p_end
                    paragraph = text[p_start:p_end]
                    offset = start - p_start
                    injected = paragraph[:offset] + wrong + paragraph[offset + end - start :]
                    shift = len(wrong) - (end - start)
                    lo = t_start - p_start
                    hi = t_end - p_start + (shift if t_end > start else 0)
                    before = {(f.code, f.start, f.end) for f in lint(rules, settings, paragraph)}
                    hits = [
                        f for f in lint(rules, settings, injected)
                        if f.start < hi and f.end > lo and (f.code, f.start - (shift if f.start > start else 0), f.end - (shift if f.start > start else 0)) not in before
                    ]
                    total[kind] += 1
                    if hits:
                        found[kind] += 1
                    elif half == "tune":
                        a, b = max(0, offset - 70), offset + len(wrong) + 40
                        misses.append((kind, name, injected[a:offset] + "[[" + wrong + "]]" + injected[offset + len(wrong) : b]))
        row = "  ".join(f"{k} {found[k]}/{total[k]}" for k in kinds)
        n, t = sum(found.values()), sum(total.values())
        print(f"{half:9s} all {n}/{t} = {n / max(1, t):.2f} | {row} | false alarms {len(alarms)} = {1000 * len(alarms) / max(1, words):.3f}/1k words ({words} words)")
        if half == "tune" and args.show:
            for kind, name, context in random.Random(args.seed).sample(misses, min(args.show, len(misses))):
                print(f"  miss {kind} {name}: {context!r}".replace("\\n", " "))
            for name, text, f in alarms[: args.show]:
                print(f"  alarm {f.code} {name}: {text[max(0, f.start - 70) : f.start]}[[{text[f.start:f.end]}]]{text[f.end : f.end + 40]}".replace("\n", " "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
