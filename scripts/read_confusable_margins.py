#!/usr/bin/env python3
"""Print, at every occurrence of a confusable word, what the rule says and how strongly the
evidence of the words around it prefers the other word: the reading behind the margins of
the real-word rules (S201 ``ITS_BY_EVIDENCE``, S202 ``THEIR_BY_EVIDENCE`` ...).

    python3 scripts/read_confusable_margins.py clean  WRITTEN MEANT FILE...
    python3 scripts/read_confusable_margins.py inject WRITTEN MEANT [--half tune] [--data DIR]

``clean`` reads every ``WRITTEN`` ("it's") in the files, taken as right: a finding there is a
false alarm unless the word really is a slip. ``inject`` replaces every ``MEANT`` ("its") of
the injection articles of ``scripts/eval_confusables.py`` (one half of them) with
``WRITTEN``, one at a time: a finding there is a catch. Each line: HIT or miss (the rule's
own contexts, ``at``), the evidence (``confusion.judge``; natural logs: margin, prior, left,
right, both; "veto" when a neighbour speaks for the word written by more than
``confusion.AGAINST``), and the words around it. Sort by the margin to choose a rule's bar:
the highest margin of a right word it must stay below.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_confusables as ev  # noqa: E402
from newslint import confusion  # noqa: E402
from newslint.checks.confusables.confused_word import ConfusedWord  # noqa: E402
from newslint.checks.confusables.its import ItsConfusion  # noqa: E402
from newslint.checks.confusables.than_then import ThanThen  # noqa: E402
from newslint.checks.confusables.their_there import TheirThere  # noqa: E402
from newslint.document import Document  # noqa: E402

# (as calibrate_confusables.py finds them from a worktree beside the shared folder's parent)
DEFAULT_DATA = ev.DEFAULT_DATA if ev.DEFAULT_DATA.exists() else Path("/work/shared/eval/data")
RULES = {"its": ItsConfusion, "it's": ItsConfusion, "their": TheirThere, "there": TheirThere, "then": ThanThen}


def _pattern(word: str, ignore_case: bool) -> re.Pattern:
    body = re.escape(word).replace("'", "['’]")
    return re.compile(rf"{'(?i)' if ignore_case else ''}(?<![\w'’])({body})(?![\w'’])")


def occurrences(text: str, pattern: re.Pattern):
    """(tokens, position) of each match of ``pattern`` in ``text``, as the rules see them."""
    doc = Document(text)
    vocabulary = doc.analysis("lexicon")
    for p, paragraph in enumerate(doc.paragraphs):
        tokens = starts = None
        for match in pattern.finditer(text, paragraph.start, paragraph.end):
            if tokens is None:
                tokens = vocabulary.tokens_of(p)
                starts = {t[1]: i for i, t in enumerate(tokens)}
            i = starts.get(match.start(1))
            if i is not None:
                yield tokens, i, vocabulary


def line(rule, tokens, i, vocabulary, meant: str, tag: str) -> str:
    found = rule.at(tokens, i, tokens[i], vocabulary)
    evidence = confusion.judge(tokens, i, (meant,), threshold=-1e9, thresholds={})
    if evidence:
        e = evidence
        numbers = f"{e.margin:.1f} {e.prior:.1f} {e.left:.1f} {e.right:.1f} {e.both:.1f}"
    else:
        numbers = "veto - - - -"
    context = " ".join(t[3] for t in tokens[max(0, i - 6) : i + 6])
    return f"{tag} {'HIT' if found else 'miss'} {numbers} | {context}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("clean", "inject"))
    parser.add_argument("written")
    parser.add_argument("meant")
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--half", choices=("tune", "held-out"), default="tune")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    rule = RULES.get(args.meant, RULES.get(args.written, ConfusedWord))()
    if args.mode == "clean":
        pattern = _pattern(args.written, ignore_case=True)
        for path in args.files:
            text = path.read_text("utf-8", errors="replace")
            for tokens, i, vocabulary in occurrences(text, pattern):
                print(line(rule, tokens, i, vocabulary, args.meant, "CLEAN"))
        return 0
    if not args.data.exists():
        parser.error(f"no injection articles in {args.data}")
    meant = _pattern(args.meant, ignore_case=False)
    for key, text in ev.articles(args.data):
        if ev._half(key) != args.half:
            continue
        for match in meant.finditer(text):
            start, end = match.span(1)
            injected = text[:start] + args.written + text[end:]
            for tokens, i, vocabulary in occurrences(injected, _pattern(args.written, ignore_case=False)):
                if tokens[i][1] == start:
                    print(line(rule, tokens, i, vocabulary, args.meant, "INJ"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
