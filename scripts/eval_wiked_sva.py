#!/usr/bin/env python3
"""Measure newslint on REAL subject-verb agreement errors that Wikipedia editors corrected.

    python3 scripts/eval_wiked_sva.py [--data DIR] [--cmd "newslint check"] [--limit N]
                                      [--half tune|held-out|both] [--show-misses N]
                                      [--show-others N] [--args "--select G203"]

The corpus is WikEd (Grundkiewicz & Junczys-Dowmunt 2014) as sampled and labelled with ERRANT
by chrisdavis90/ged-syntax-probing: one token and its label a line (``C``, or ``R:VERB:SVA`` at
the word an editor changed), a blank line between sentences. ``train.8xv1`` is the TUNE half,
``dev`` the HELD-OUT half: read and tune on the first only, report the second. To get it:
the repository's ``datasets/wikedits/wiked.tok.r-verb-sva.{train.8xv1,dev}.conll`` (its code is
GPL-3.0; the sentences are Wikipedia text, CC BY-SA) into the ``--data`` folder. For measuring
only: never copy its sentences into newslint, its tests or its examples.

Each sentence is detokenised ("did n't" -> "didn't", no space before "." or "'s") and written
as a paragraph of a temporary draft (a headline line, a blank line, then one sentence a
paragraph, a few hundred a draft); the drafts are linted with ``newslint check --format json
--no-cache`` and deleted. Nothing of the corpus is copied anywhere else.

An error is found when a finding on its line overlaps the labelled word, widened by 2
characters each side (as ``score_real.py`` counts). Reported for each half: recall by any rule,
by G203 and by S207; and the findings at OTHER words of those sentences, by rule (some are
right: a sentence may hold a second slip; labels are noisy too: an editor's choice, British
collectives, tense changes labelled SVA). ``--show-misses`` and ``--show-others`` print them in
context, for the TUNE half only.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DATA = Path("/work/cache/corpora/wiked-sva")
HALVES = {"tune": "wiked.tok.r-verb-sva.train.8xv1.conll", "held-out": "wiked.tok.r-verb-sva.dev.conll"}
ERROR_LABEL = "R:VERB:SVA"
TOLERANCE = 2  # characters each side of the labelled word, as score_real.py widens an error span
MAX_WIDTH = 40  # a wider finding points at no word (score_real.py's limit)
SENTENCES_PER_DRAFT = 300

# Tokens written straight after the one before them, and those the next token follows straight.
_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "...", "..", "'s", "'t", "n't", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}


@dataclass
class Sentence:
    text: str
    errors: list[tuple[int, int]]  # character spans of the labelled words
    path: str = ""
    line: int = 0
    findings: list[dict] = field(default_factory=list)


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """The sentences of a CoNLL file: lists of (token, label)."""
    sentences, current = [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            if current:
                sentences.append(current)
            current = []
            continue
        token, _, label = raw.rpartition("\t")
        current.append((token, label.strip()))
    if current:
        sentences.append(current)
    return sentences


def detokenise(tokens: list[tuple[str, str]]) -> Sentence:
    """The sentence as a writer would type it, with the character spans of its labelled words:
    no space before punctuation and clitics ("did n't", "the city 's"), a lone apostrophe after
    a word in "s" is a plural possessive ("the players ' union")."""
    text, errors = "", []
    previous = ""
    for raw, label in tokens:
        token = html.unescape(raw)
        glued = (
            not text
            or token in _NO_SPACE_BEFORE
            or token == "'" and previous[-1:] in ("s", "S")
            or token.startswith("'") and token[1:].lower() in ("s", "t", "re", "ve", "ll", "d", "m")
            or previous in _NO_SPACE_AFTER
        )
        if not glued:
            text += " "
        start = len(text)
        text += token
        if label == ERROR_LABEL:
            errors.append((start, len(text)))
        previous = token
    return Sentence(text, errors)


def overlaps(finding: dict, sentence: Sentence, span: tuple[int, int]) -> bool:
    """Does the finding cover the word at ``span`` of the sentence, widened by TOLERANCE?
    (JSON columns are 1-based, the end column exclusive.)"""
    if finding["line"] != sentence.line:
        return False
    a = finding["column"] - 1
    b = finding["end_column"] - 1 if finding.get("end_column") and finding.get("end_line", sentence.line) == sentence.line else a + 1
    b = max(b, a + 1)
    if b - a > MAX_WIDTH:
        return False
    return a < span[1] + TOLERANCE and b > span[0] - TOLERANCE


def write_drafts(sentences: list, folder: Path, per_draft: int = SENTENCES_PER_DRAFT) -> list[Path]:
    """Write the sentences (anything with ``text``, ``path`` and ``line``) as paragraphs of
    drafts in ``folder``, ``per_draft`` a draft, noting each one's path and line."""
    paths = []
    for n in range(0, len(sentences), per_draft):
        path = folder / f"draft{n // per_draft:04d}.txt"
        lines = [f"Draft {n // per_draft + 1} of real sentences", ""]
        for sentence in sentences[n : n + per_draft]:
            sentence.path, sentence.line = str(path), len(lines) + 1
            lines += [sentence.text, ""]
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def lint(command: list[str], paths: list[Path]) -> list[dict]:
    run = subprocess.run([*command, "--format", "json", "--no-cache", *map(str, paths)], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"{shlex.join(command)} failed with status {run.returncode}: {run.stderr.strip()[-300:]}")
    return json.loads(run.stdout or "[]")


def attach(sentences: list[Sentence], findings: list[dict]) -> None:
    by_line = {(s.path, s.line): s for s in sentences}
    for f in findings:
        sentence = by_line.get((str(Path(f["path"]).resolve()), f["line"])) or by_line.get((f["path"], f["line"]))
        if sentence is not None:
            sentence.findings.append(f)


@dataclass
class Score:
    errors: int = 0
    found: Counter = field(default_factory=Counter)  # "any" and rule codes -> errors found
    others: Counter = field(default_factory=Counter)  # rule code -> findings at other words
    misses: list = field(default_factory=list)  # (sentence, span)
    other_findings: list = field(default_factory=list)  # (sentence, finding)


def score(sentences: list[Sentence]) -> Score:
    result = Score()
    for sentence in sentences:
        for span in sentence.errors:
            result.errors += 1
            codes = {f["code"] for f in sentence.findings if overlaps(f, sentence, span)}
            result.found.update(codes)
            if codes:
                result.found["any"] += 1
            else:
                result.misses.append((sentence, span))
        for f in sentence.findings:
            if not any(overlaps(f, sentence, span) for span in sentence.errors):
                result.others[f["code"]] += 1
                result.other_findings.append((sentence, f))
    return result


def marked(sentence: Sentence, a: int, b: int) -> str:
    return f"{sentence.text[:a]}[[{sentence.text[a:b]}]]{sentence.text[b:]}"


def report(name: str, result: Score, sentences: int) -> None:
    n = result.errors or 1
    rules = ", ".join(f"{code} {k}" for code, k in result.found.most_common() if code != "any")
    print(f"{name}: {sentences} sentences, {result.errors} labelled errors")
    print(f"  recall any rule {result.found['any']}/{result.errors} = {result.found['any'] / n:.2f}")
    for code in ("G203", "S207"):
        print(f"  recall {code} {result.found[code]}/{result.errors} = {result.found[code] / n:.2f}")
    print(f"  found by rule: {rules or '-'}")
    others = ", ".join(f"{code} {k}" for code, k in result.others.most_common())
    print(f"  findings at other words: {sum(result.others.values())} ({others or '-'})")


def default_command() -> list[str]:
    beside = Path(sys.executable).with_name("newslint")
    found = str(beside) if beside.exists() else shutil.which("newslint")
    if not found:
        sys.exit("no newslint command found: pass --cmd")
    return [found, "check"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the WikEd SVA .conll files")
    parser.add_argument("--cmd", help='the check command (default: "newslint check" beside this Python)')
    parser.add_argument("--args", default="", help='more options for the check command ("--select G203")')
    parser.add_argument("--half", choices=("tune", "held-out", "both"), default="both")
    parser.add_argument("--limit", type=int, default=0, help="a seeded sample of N TUNE sentences")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N", help="print N TUNE misses in context")
    parser.add_argument("--show-others", type=int, default=0, metavar="N", help="print N TUNE findings at other words")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    halves = ("tune", "held-out") if args.half == "both" else (args.half,)
    missing = [args.data / HALVES[h] for h in halves if not (args.data / HALVES[h]).is_file()]
    if missing:
        print(f"no WikEd SVA file {missing[0]}: pass the corpus folder (--data DIR)", file=sys.stderr)
        return 2
    command = (shlex.split(args.cmd) if args.cmd else default_command()) + shlex.split(args.args)
    rng = random.Random(args.seed)
    for half in halves:
        sentences = [detokenise(tokens) for tokens in read_conll(args.data / HALVES[half])]
        if half == "tune" and args.limit:
            sentences = rng.sample(sentences, min(args.limit, len(sentences)))
        with tempfile.TemporaryDirectory(prefix="wiked-sva-") as folder:
            paths = write_drafts(sentences, Path(folder).resolve())
            attach(sentences, lint(command, paths))
        result = score(sentences)
        report(half.upper(), result, len(sentences))
        if half != "tune":
            continue
        for sentence, (a, b) in rng.sample(result.misses, min(args.show_misses, len(result.misses))):
            print(f"MISS  {marked(sentence, a, b)}")
            for f in sentence.findings:
                print(f"      (other: {f['code']} at {sentence.text[f['column'] - 1 : f['end_column'] - 1]!r})")
        shown = rng.sample(result.other_findings, min(args.show_others, len(result.other_findings)))
        for sentence, f in shown:
            a, b = f["column"] - 1, max(f["end_column"] - 1, f["column"])
            print(f"OTHER {f['code']} {f['severity']}: {marked(sentence, a, b)}")
            labelled = "; ".join(sentence.text[x:y] for x, y in sentence.errors)
            print(f"      labelled: {labelled}; {f['message']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
