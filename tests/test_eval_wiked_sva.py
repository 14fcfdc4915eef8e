"""scripts/eval_wiked_sva.py: its detokeniser and scoring on invented lines, and a missing
corpus folder (one line, status 2). The tests never read the corpus."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))

import eval_wiked_sva as harness  # noqa: E402


def _tokens(line: str, wrong: str = ""):
    return [(t, harness.ERROR_LABEL if t == wrong else "C") for t in line.split()]


def test_detokenise_glues_punctuation_and_clitics():
    sentence = harness.detokenise(_tokens("The mayor &apos;s dogs did n&apos;t bark , and the players &apos; union were angry .", "were"))
    assert sentence.text == "The mayor's dogs didn't bark, and the players' union were angry."
    (start, end), = sentence.errors
    assert sentence.text[start:end] == "were"


def test_detokenise_splits_clitic_tokens_written_apart():
    assert harness.detokenise(_tokens("They did n&apos;t know ; it wasn &apos;t so")).text == "They didn't know; it wasn't so"


def _scored(findings):
    sentence = harness.detokenise(_tokens("The owls of the barn was loud .", "was"))
    sentence.line = 3
    sentence.findings = findings
    return harness.score([sentence])


def test_a_finding_on_the_labelled_word_counts_and_one_elsewhere_does_not():
    # "was" is characters 21-24 of the line: JSON columns 22 to 25 (end exclusive)
    hit = {"line": 3, "column": 22, "end_column": 25, "code": "G203"}
    near = {"line": 3, "column": 26, "end_column": 30, "code": "S101"}  # "loud", a space on: widened by 2, counts
    beyond = {"line": 3, "column": 28, "end_column": 30, "code": "S103"}  # 3 characters on: another word
    far = {"line": 3, "column": 5, "end_column": 9, "code": "S101"}  # "owls"
    result = _scored([hit, near, beyond, far])
    assert result.errors == 1 and result.found["any"] == 1 and result.found["G203"] == 1 and result.found["S101"] == 1
    assert result.others == {"S101": 1, "S103": 1} and not result.misses
    missed = _scored([far, {"line": 4, "column": 22, "end_column": 25, "code": "G203"}])
    assert missed.found["any"] == 0 and len(missed.misses) == 1


def test_missing_corpus_is_one_line_and_status_2(tmp_path):
    run = subprocess.run(
        [sys.executable, str(SCRIPTS / "eval_wiked_sva.py"), "--data", str(tmp_path / "none")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert run.stderr.strip().startswith("no WikEd SVA file") and len(run.stderr.strip().splitlines()) == 1
