#!/usr/bin/env python3
"""Measure newslint on every error that real writers made and annotators corrected in the *dev*
sentences of GMEG-wiki and CWEB: the sets real-dev samples 265 cases from, here in full.

    python3 scripts/eval_real_edits.py [--half tune|held-out|both] [--cmd "newslint check"]
                                       [--args "--select G303"] [--show-misses KIND:N]
                                       [--show-others CODE:N] [--sources gmeg,cweb]

Sources, read from their git snapshots (the ``fetch`` tool: github:grammarly/GMEG and
github:SimonHFL/CWEB; ``--gmeg``/``--cweb`` name other git folders):

- GMEG (Napoles, Nadejde & Tetreault, TACL 2019), ``data/dev/wiki``: 992 tokenised Wikipedia
  sentences (WikEd) with four corrections each; the edits are the word differences between the
  source and each correction.
- CWEB (Flachs et al., EMNLP 2020, CC BY-NC-SA 4.0), ``data/m2/CWEB-{G,S}.dev.m2``: web
  sentences with two annotators' ERRANT edits; the text is the untokenised ``data/raw`` line.
- With ``--sources fce`` (not by default): GMEG's ``data/dev/fce``, learners' essays (FCE),
  four corrections each: more errors of every kind, but learners' errors, not native writers'.
- With ``--sources locness`` (not by default): the BEA-2019 shared task's ``N.dev.gold.bea19.m2``,
  988 sentences of essays by native English students (LOCNESS, annotated by W&I's annotators),
  and with ``--sources wi-c``, ``C.dev`` and ``C.train`` of the same release (advanced
  learners, CEFR C). One annotator each, so an error is any edit of that annotator. Licence:
  non-commercial research only (LOCNESS, CECL Louvain; W&I, Cambridge): for measuring only,
  never copied anywhere. Read from the git snapshot of
  github:stephen-cheng/grammar_correction_with_bert (``--bea``) at commit ab18364, the last
  that holds ``data/wi+locness/m2/``. None of these sentences is in real-dev, so both halves are
  blocks of 20 sentences, and a change tuned on GMEG and CWEB can be checked here on errors
  it never saw.

Their *test* sentences are what the unseen real-error set is made of: never read them. The dev
sentences are for measuring only: never copy them into newslint, its tests or its data.

An error is an edit of at most two words each side that at least two annotators made (the same
span and the same correction, ignoring case), as real-dev's cases are. Its kind and subkind are
given by ``classify`` (typo, real-word, agreement, grammar/missing-article …, as real-dev names
them); punctuation, case and longer rewrites are left out. It is found when a finding overlaps
its span widened by 2 characters (real-dev's rule): the wrong word, or for a missing word the
words either side, for an extra word the word before it and the extra one.

A finding that overlaps no edit of any annotator (of any kind, punctuation included) is an
"other" finding: an upper bound on false alarms (annotators leave some errors alone). Findings
of the rules that read a sentence's neighbours (``NEIGHBOUR_RULES``) are counted apart: each
sentence is linted alone, as a paragraph of its own, so a quote or a bracket that opens, closes
or is attributed in a neighbouring sentence looks unbalanced or unattributed here, and a
heading or caption looks like a paragraph without its full stop, though none is so in its
document.

Halves: sentences go in blocks of 20 (neighbouring CWEB lines come from one web page); odd
blocks are TUNE, even blocks HELD-OUT, and a sentence that is a real-dev case goes to the half
real-dev's case number gives it (odd tune, even held-out), so tuning here never reads a real-dev
held-out case. ``--show-misses`` and ``--show-others`` print the TUNE half only.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import shlex
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_wiked_sva import default_command, detokenise, lint, write_drafts  # noqa: E402

GMEG = Path("/work/.mirror/grammarly+GMEG/repo")
CWEB = Path("/work/.mirror/SimonHFL+CWEB/repo")
BEA = Path("/work/.mirror/stephen-cheng+grammar_correction_with_bert/repo")
BEA_COMMIT = "ab1836434c42ad04ff90a610eb192be7ae458b16"  # later commits dropped the m2 files
BEA_FILES = {"locness": ("N.dev",), "wi-c": ("C.dev", "C.train")}
REAL_DEV = Path("/work/shared/eval/real-dev/labels.jsonl")
TOLERANCE = 2
MAX_WIDTH = 40
BLOCK = 20
SENTENCES_PER_DRAFT = 1
# Rules that read a sentence's neighbours or its paragraph, which a sentence linted alone lacks:
# unbalanced and unattributed quotes, a paragraph's last stop, unbalanced brackets.
NEIGHBOUR_RULES = frozenset({"Q101", "Q102", "P101", "P102"})

ARTICLES = {"a", "an", "the"}
DETERMINERS = ARTICLES | {"this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their",
                          "some", "any", "no", "each", "every", "all", "both", "another", "other", "much", "many"}
PREPOSITIONS = {"of", "in", "on", "at", "to", "for", "with", "by", "from", "about", "into", "onto", "over",
                "under", "through", "during", "after", "before", "between", "among", "against", "within",
                "without", "upon", "towards", "toward", "across", "around", "since", "until", "as", "like"}
AGREEING = {frozenset(p) for p in (("is", "are"), ("was", "were"), ("has", "have"), ("does", "do"), ("am", "are"))}
APOSTROPHE_CONFUSABLES = {frozenset(p) for p in (("its", "it's"), ("your", "you're"), ("their", "they're"),
                                                 ("there", "they're"), ("whose", "who's"), ("lets", "let's"))}


@dataclass
class Edit:
    start: int  # source token span [start, end)
    end: int
    correction: str
    kind: str = ""
    subkind: str = ""
    span: tuple[int, int] = (0, 0)  # characters of the source text
    support: int = 0
    found_by: set = field(default_factory=set)


@dataclass
class Sentence:
    ident: str
    text: str
    tokens: list[str]
    token_spans: list[tuple[int, int]]
    annotators: int
    edits: list[Edit]  # agreed edits of a known kind
    touched: list[tuple[int, int]]  # character spans any annotator edited
    half: str = ""
    path: str = ""
    line: int = 0
    findings: list[dict] = field(default_factory=list)


def git_show(repo: Path, path: str, commit: str = "HEAD") -> str:
    return subprocess.run(["git", "--git-dir", str(repo), "show", f"{commit}:{path}"], capture_output=True,
                          text=True, check=True).stdout


# --- reading the sources ---------------------------------------------------------------------

def token_edits(source: list[str], corrected: list[str]) -> list[tuple[int, int, str]]:
    """The word edits that turn ``source`` into ``corrected``; a replacement of n words by n words
    is n one-word edits."""
    edits = []
    for op, a0, a1, b0, b1 in SequenceMatcher(None, source, corrected, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if op == "replace" and a1 - a0 == b1 - b0 > 1:
            edits += [(a0 + k, a0 + k + 1, corrected[b0 + k]) for k in range(a1 - a0)]
        else:
            edits.append((a0, a1, " ".join(corrected[b0:b1])))
    return edits


def read_gmeg(repo: Path, domain: str = "wiki") -> list[tuple[str, list[str], str | None, list[list[tuple[int, int, str]]]]]:
    sources = git_show(repo, f"data/dev/{domain}/source").splitlines()
    refs = [git_show(repo, f"data/dev/{domain}/ref{k}").splitlines() for k in range(4)]
    out = []
    for n, line in enumerate(sources, 1):
        tokens = line.split()
        per_annotator = [token_edits(tokens, ref[n - 1].split()) for ref in refs]
        out.append((f"GMEG-{domain}:gmeg-{domain}-dev-{n}", tokens, None, per_annotator))
    return out


def read_m2(text: str, ident: str, annotators: int) -> list:
    """The sentences of an m2 file: (id, tokens, no raw text, each annotator's edits)."""
    out = []
    for n, block in enumerate(text.strip().split("\n\n"), 1):
        lines = block.splitlines()
        tokens = lines[0][2:].split()
        per_annotator: list[list] = [[] for _ in range(annotators)]
        for a in lines[1:]:
            fields = a[2:].split("|||")
            start, end = map(int, fields[0].split())
            if start < 0 or fields[1] == "noop":
                continue
            per_annotator[int(fields[-1])].append((start, end, fields[2]))
        out.append((f"{ident}-{n}", tokens, None, per_annotator))
    return out


def read_cweb(repo: Path) -> list[tuple[str, list[str], str | None, list[list[tuple[int, int, str]]]]]:
    out = []
    for part in ("G", "S"):
        raw = git_show(repo, f"data/raw/CWEB-{part}.dev.source").splitlines()
        entries = read_m2(git_show(repo, f"data/m2/CWEB-{part}.dev.m2"), f"CWEB:cweb-{part}-dev", 2)
        out += [(ident, tokens, text, edits) for (ident, tokens, _, edits), text in zip(entries, raw)]
    return out


def align(tokens: list[str], raw: str) -> list[tuple[int, int]] | None:
    """The character span of each token in the untokenised line, or None when they do not match."""
    spans, at = [], 0
    for token in tokens:
        while at < len(raw) and raw[at].isspace():
            at += 1
        if raw.startswith(token, at):
            spans.append((at, at + len(token)))
            at += len(token)
        else:
            return None
    return spans


def detokenised(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The text as typed (eval_wiked_sva's rules) and each token's span in it."""
    text, spans, at = detokenise([(t, "C") for t in tokens]).text, [], 0
    for token in tokens:
        token = html.unescape(token)
        at = text.index(token, at)
        spans.append((at, at + len(token)))
        at += len(token)
    return text, spans


# --- classifying an edit ---------------------------------------------------------------------

def _is_word(word: str) -> bool:
    from newslint.analysis.dictionary import is_word
    return is_word(word.lower())


def _plural_pair(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if len(a) > len(b):
        a, b = b, a
    return b in (a + "s", a + "es") or (a.endswith("y") and b == a[:-1] + "ies")


def _adverb_pair(a: str, b: str) -> bool:
    """An adjective and its adverb in -ly ("excellent", "excellently"; "easy", "easily")."""
    short, long = sorted((a, b), key=len)
    forms = {short + "ly"}
    if short.endswith("y"):
        forms.add(short[:-1] + "ily")
    if short.endswith("le"):
        forms.add(short[:-2] + "ly")
    if short.endswith(("e", "l")):
        forms.add(short[:-1] + "ly")
    if short.endswith("ic"):
        forms.add(short + "ally")
    return len(short) >= 3 and long in forms


_IRREGULAR_PLURALS = {("man", "men"), ("woman", "women"), ("child", "children"), ("person", "people"),
                      ("foot", "feet"), ("tooth", "teeth"), ("mouse", "mice"), ("criterion", "criteria"),
                      ("phenomenon", "phenomena"), ("medium", "media"), ("datum", "data"), ("life", "lives"),
                      ("wife", "wives"), ("knife", "knives"), ("half", "halves"), ("leaf", "leaves")}


def _same_stem(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    stem = lambda w: re.sub(r"(ing|ed|en|es|s|e|d)$", "", w)
    return stem(a) == stem(b) and len(stem(a)) >= 3


def _bare(words: list[str]) -> str:
    return " ".join(re.sub(r"[^\w'\- ]|\xad", "", w) for w in words).strip(" '-").lower()


_VARIANTS = [("our", "or"), ("re", "er"), ("ise", "ize"), ("ised", "ized"), ("ising", "izing"), ("isation", "ization"),
             ("yse", "yze"), ("lled", "led"), ("lling", "ling"), ("ogue", "og"), ("ence", "ense"), ("mme", "m")]


def _spelling_variant(a: str, b: str) -> bool:
    for uk, us in _VARIANTS:
        for x, y in ((a, b), (b, a)):
            if uk in x and x.replace(uk, us) == y:
                return True
    return False


def _words(text: str) -> list[str]:
    return text.split()


def classify(source: list[str], edit: tuple[int, int, str]) -> tuple[str, str]:
    """real-dev's kind and subkind for an edit, or ("", "") for one it does not count."""
    start, end, correction = edit
    wrong, right = source[start:end], _words(correction)
    if len(wrong) > 2 or len(right) > 2 or not (wrong or right):
        return "", ""
    if any(not re.search(r"[A-Za-z0-9]", w) for w in wrong + right) or _bare(wrong) == _bare(right):
        return "", ""  # punctuation, case, a soft hyphen
    if any(re.search(r"[0-9]", w) for w in wrong + right):
        return "", ""  # how a number is written
    if len(wrong) == len(right) == 1 and _spelling_variant(_bare(wrong), _bare(right)):
        return "", ""  # US and UK spelling: a house style, not an error
    if "'" in "".join(wrong + right) and _bare(wrong).replace("'", "").replace(" ", "") == _bare(right).replace("'", "").replace(" ", ""):
        pair = frozenset(_bare([w]).replace(" ", "") for w in (" ".join(wrong), " ".join(right)))
        if pair in APOSTROPHE_CONFUSABLES:
            return "real-word", "apostrophe-confusable"  # "its" -> "it 's"
        return "grammar", "apostrophe"  # "RV 's" -> "RVs"
    wrong, right = [_bare([w]) or w for w in wrong], [_bare([w]) or w for w in right]
    if not wrong:  # a word is missing
        return ("grammar", "missing-article") if right[0].lower() in ARTICLES and len(right) == 1 else ("grammar", "missing-word")
    if not right:  # a word too many
        before = source[start - 1].lower() if start else ""
        after = source[end].lower() if end < len(source) else ""
        if len(wrong) == 1 and wrong[0].lower() in (before, after):
            return "doubled-word", "doubled"
        return "grammar", "extra-word"
    if len(wrong) == 2 and len(right) == 1 and "".join(wrong).lower() == right[0].lower():
        return "typo", "split-word"
    if len(wrong) == 1 and len(right) == 2 and wrong[0].lower() == "".join(right).lower():
        return "typo", "run-together"
    if len(wrong) != 1 or len(right) != 1:
        return "", ""
    w, r = wrong[0], right[0]
    lw, lr = w.lower(), r.lower()
    if {lw, lr} == {"a", "an"}:
        return "grammar", "a-an"
    if lw.replace("'", "") == lr.replace("'", ""):
        if frozenset((lw, lr)) in APOSTROPHE_CONFUSABLES:
            return "real-word", "apostrophe-confusable"
        return "grammar", "apostrophe"
    if not _is_word(lw) and re.fullmatch(r"[a-z'-]+", lw):
        return "typo", "non-word"
    if frozenset((lw, lr)) in AGREEING:
        return "agreement", "agreement"
    if _plural_pair(lw, lr) or (lw, lr) in _IRREGULAR_PLURALS or (lr, lw) in _IRREGULAR_PLURALS:
        return "agreement", "number"
    if lw in PREPOSITIONS and lr in PREPOSITIONS:
        return "grammar", "preposition"
    if lw in DETERMINERS and lr in DETERMINERS:
        return "grammar", "determiner"
    if _adverb_pair(lw, lr):
        return "grammar", "adj-adv"
    if _same_stem(lw, lr):
        return "grammar", "verb-form"
    return "real-word", "real-word"


def char_span(start: int, end: int, spans: list[tuple[int, int]], subkind: str) -> tuple[int, int]:
    """Where real-dev would mark the edit: the wrong words; for a missing word the words either
    side; for an extra or doubled word, the word before it as well."""
    if start == end:
        a = spans[start - 1][0] if start else spans[0][0]
        return a, spans[min(start, len(spans) - 1)][1]
    if subkind in ("extra-word", "doubled") and start:
        return spans[start - 1][0], spans[end - 1][1]
    return spans[start][0], spans[end - 1][1]


def build(entries, annotators_of, agreed: int = 2) -> list[Sentence]:
    sentences = []
    for ident, tokens, raw, per_annotator in entries:
        spans = align(tokens, raw) if raw is not None else None
        if spans is None:
            text, spans = detokenised(tokens)
        else:
            text = raw
        votes: Counter = Counter()
        touched = []
        for edits in per_annotator:
            for start, end, correction in set(edits):
                votes[(start, end, correction.lower())] += 1
                if start < len(spans) or start == end:
                    touched.append(char_span(start, end, spans, "extra-word"))
        edits = []
        for (start, end, correction), support in votes.items():
            kind, subkind = classify(tokens, (start, end, correction)) if support >= agreed else ("", "")
            if kind:
                span = char_span(start, end, spans, subkind)
                edits.append(Edit(start, end, correction, kind, subkind, span, support))
        sentences.append(Sentence(ident, text, tokens, spans, annotators_of, edits, touched))
    return sentences


def assign_halves(sentences: list[Sentence], real_dev: Path) -> None:
    forced = {}
    if real_dev.exists():
        for line in real_dev.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            number = int(Path(case["file"]).name[:4])
            forced[case["source"]] = "tune" if number % 2 else "held-out"
    for k, sentence in enumerate(sentences):
        sentence.half = forced.get(sentence.ident) or ("tune" if (k // BLOCK) % 2 else "held-out")


# --- linting and scoring ---------------------------------------------------------------------

def columns(finding: dict, line: int) -> tuple[int, int] | None:
    if finding["line"] != line:
        return None
    a = finding["column"] - 1
    same_line = finding.get("end_column") and finding.get("end_line", line) == line
    b = max(finding["end_column"] - 1 if same_line else a + 1, a + 1)
    return None if b - a > MAX_WIDTH else (a, b)


def hits(cols: tuple[int, int] | None, span: tuple[int, int]) -> bool:
    return cols is not None and cols[0] < span[1] + TOLERANCE and cols[1] > span[0] - TOLERANCE


def score(sentences: list[Sentence]) -> dict:
    found, total = Counter(), Counter()
    by_rule, others, alone = Counter(), Counter(), Counter()
    words = 0
    for s in sentences:
        words += len(s.text.split())
        for edit in s.edits:
            codes = {f["code"] for f in s.findings if hits(columns(f, s.line), edit.span)}
            edit.found_by = codes
            for key in ("ALL", edit.kind, f"{edit.kind}/{edit.subkind}"):
                total[key] += 1
                found[key] += bool(codes)
            by_rule.update(codes)
        for f in s.findings:
            cols = columns(f, s.line)
            if not any(hits(cols, e.span) for e in s.edits) and not any(hits(cols, t) for t in s.touched):
                (alone if f["code"] in NEIGHBOUR_RULES else others)[f["code"]] += 1
    return {"found": found, "total": total, "by_rule": by_rule, "others": others, "alone": alone,
            "words": words, "sentences": len(sentences)}


def report(name: str, result: dict) -> None:
    found, total = result["found"], result["total"]
    print(f"{name}: {result['sentences']} sentences, {result['words']} words, {total['ALL']} agreed errors, "
          f"found {found['ALL']} = {found['ALL'] / max(1, total['ALL']):.3f}")
    for key in sorted(k for k in total if k != "ALL"):
        print(f"   {key:34} {found[key]:4}/{total[key]:<4} {found[key] / total[key]:.2f}")
    print("   found by rule: " + ", ".join(f"{c} {k}" for c, k in result["by_rule"].most_common()))
    n_others = sum(result["others"].values())
    print(f"   other findings: {n_others} ({1000 * n_others / max(1, result['words']):.2f}/1k words): "
          + ", ".join(f"{c} {k}" for c, k in result["others"].most_common()))
    if result["alone"]:
        print("   findings of rules that read a sentence's neighbours, not judged (sentences are linted alone): "
              + ", ".join(f"{c} {k}" for c, k in result["alone"].most_common()))


def missed_errors(found_json: Path) -> set[tuple[str, str, str]]:
    """(sentence id, wrong text, correction in small letters) of each error that no rule found,
    from this script's ``--json``: what a probe finds beyond newslint."""
    missed = set()
    for row in map(json.loads, found_json.read_text(encoding="utf-8").splitlines()):
        if not row["found_by"]:
            missed.add((row["id"], row["wrong"], row["right"].lower()))
    return missed


def marked(text: str, a: int, b: int) -> str:
    return f"{text[max(0, a - 90):a]}[[{text[a:b]}]]{text[b:b + 90]}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gmeg", type=Path, default=GMEG, help="git folder of grammarly/GMEG")
    parser.add_argument("--cweb", type=Path, default=CWEB, help="git folder of SimonHFL/CWEB")
    parser.add_argument("--sources", default="gmeg,cweb", help="gmeg (Wikipedia), cweb (web pages), fce (GMEG's "
                        "learner essays: other errors than native writers make; not in real-dev)")
    parser.add_argument("--bea", type=Path, default=BEA, help="git folder of stephen-cheng/grammar_correction_with_bert")
    parser.add_argument("--real-dev", type=Path, default=REAL_DEV, help="real-dev's labels.jsonl (for the halves)")
    parser.add_argument("--half", choices=("tune", "held-out", "both"), default="both")
    parser.add_argument("--cmd", default=None, help='default: the newslint beside this Python, "check"')
    parser.add_argument("--args", default="", help="more arguments for the check command")
    parser.add_argument("--show-misses", default="", help="KIND[/SUBKIND]:N, tune half only")
    parser.add_argument("--show-others", default="", help="CODE:N, tune half only")
    parser.add_argument("--show-found", default="", help="CODE:N, tune half only")
    parser.add_argument("--json", type=Path, help="write every error with its half and what found it")
    args = parser.parse_args(argv)

    sentences = []
    if "gmeg" in args.sources:
        sentences += build(read_gmeg(args.gmeg), 4)
    if "fce" in args.sources:
        sentences += build(read_gmeg(args.gmeg, "fce"), 4)
    if "cweb" in args.sources:
        sentences += build(read_cweb(args.cweb), 2)
    for source, names in BEA_FILES.items():
        if source in args.sources.split(","):
            for name in names:
                text = git_show(args.bea, f"data/wi+locness/m2/{name}.gold.bea19.m2", BEA_COMMIT)
                sentences += build(read_m2(text, f"BEA:{name}", 1), 1, agreed=1)
    assign_halves(sentences, args.real_dev)
    halves = ("tune", "held-out") if args.half == "both" else (args.half,)
    chosen = [s for s in sentences if s.half in halves]

    command = shlex.split(args.cmd) if args.cmd else default_command()
    command += shlex.split(args.args)
    with tempfile.TemporaryDirectory(prefix="real-edits-") as tmp:
        paths = write_drafts(chosen, Path(tmp), SENTENCES_PER_DRAFT)
        by_line = {(s.path, s.line): s for s in chosen}
        for f in lint(command, paths):
            s = by_line.get((str(Path(f["path"]).resolve()), f["line"])) or by_line.get((f["path"], f["line"]))
            if s is not None:
                s.findings.append(f)

    for half in halves:
        report(half, score([s for s in chosen if s.half == half]))

    tune = [s for s in chosen if s.half == "tune"]
    if args.show_misses:
        what, _, n = args.show_misses.rpartition(":")
        misses = [(s, e) for s in tune for e in s.edits if not e.found_by
                  and what in (e.kind, f"{e.kind}/{e.subkind}")]
        random.Random(0).shuffle(misses)
        for s, e in misses[: int(n)]:
            print(f"MISS {e.kind}/{e.subkind} -> {e.correction!r}: {marked(s.text, *e.span)}")
    for option, label in ((args.show_others, "OTHER"), (args.show_found, "FOUND")):
        if not option:
            continue
        code, _, n = option.rpartition(":")
        shown = []
        for s in tune:
            for f in s.findings:
                if f["code"] != code:
                    continue
                cols = columns(f, s.line)
                on_edit = any(hits(cols, e.span) for e in s.edits)
                touched = on_edit or any(hits(cols, t) for t in s.touched)
                if (label == "FOUND") == on_edit and (label == "FOUND" or not touched) and cols:
                    shown.append((s, f, cols))
        random.Random(0).shuffle(shown)
        for s, f, cols in shown[: int(n)]:
            print(f"{label} {code}: {f['message'][:90]} | {marked(s.text, *cols)}")
    if args.json:
        with args.json.open("w", encoding="utf-8") as out:
            for s in chosen:
                for e in s.edits:
                    out.write(json.dumps({"id": s.ident, "half": s.half, "kind": e.kind, "subkind": e.subkind,
                                          "wrong": s.text[e.span[0]:e.span[1]], "right": e.correction,
                                          "found_by": sorted(e.found_by)}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
