#!/usr/bin/env python3
"""How many dropped and extra function words G313 and G314 find in text their counts never saw.

    python3 scripts/eval_error_model.py WIKI_DIR [--drafts N] [--show N]

``WIKI_DIR`` holds WikiExtractor files of English Wikipedia that ``scripts/build_error_model.py``
did NOT count (the shipped table left out ``text_AD_wiki_80`` to ``_99`` of the corpus named
in ``newslint/data/slip_counts_sources.txt``, for this). Its first ``--drafts`` articles of
at least 150 words become drafts (headline, blank line, paragraphs) in a temporary folder;
``scripts/injection.py`` then splits them into a tune half (even positions) and a held-out
half (odd positions), injects up to four slips a draft and kind (seeded by the draft's
name) and reports per half how many the rule found where it should, and its findings on the
untouched drafts (false alarms, or real slips of the copy) per 1,000 words.

Slips:
- "missing": a function word of ``FUNCTION_WORDS`` between two words is deleted ("a couple
  of controversies" -> "a couple controversies"); found when G313 reports from the first word;
- "extra": a function word is put between two words ("was first presented" -> "was first
  was presented"), one of the words a writer most often leaves in ("the", "a", "of", "to",
  "in", "and", "is", "was", "that", "for", "on", "with", "be", "as"); found when G314
  reports from the first word.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import injection  # noqa: E402

from newslint.checks.slips import (  # noqa: E402
    ExtraFunctionWord,
    MissingFunctionWord,
    counted_function_words,
)

FUNCTION_WORDS = counted_function_words()

MIN_WORDS = 150
MAX_WORDS = 600  # an article is cut after the paragraph that reaches this (a news story's length)
EXTRA_WORDS = "the a of to in and is was that for on with be as".split()
# a function word with a word on either side (letters, inner apostrophes and hyphens)
_BETWEEN = re.compile(r"(?<=[A-Za-z0-9] )([a-z]+) (?=[A-Za-z0-9])")
_GAP = re.compile(r"(?<=[a-z0-9]) (?=[a-z0-9])")
_PREVIOUS_WORD = re.compile(r"[\w'’-]+ $")


def drafts_from_wiki(folder: Path, limit: int, out: Path) -> int:
    """Write the first ``limit`` articles of the WikiExtractor files in ``folder`` as drafts."""
    written = 0
    for path in sorted(folder.iterdir()):
        title, lines = None, []
        for line in path.read_text("utf-8", errors="replace").splitlines():
            if line.startswith("<doc "):
                title, lines = None, []
                continue
            if line.startswith("</doc>"):
                body = []
                for paragraph in (x for x in lines if len(x.split()) >= 6):
                    body.append(paragraph)
                    if sum(len(x.split()) for x in body) >= MAX_WORDS:
                        break
                if title and sum(len(x.split()) for x in body) >= MIN_WORDS:
                    (out / f"{written:05d}.txt").write_text(title + "\n\n" + "\n\n".join(body) + "\n", "utf-8")
                    written += 1
                    if written >= limit:
                        return written
                continue
            if title is None:
                title = line.strip()
            elif line.strip():
                lines.append(line.strip())
    return written


def _body_start(text: str) -> int:
    return text.find("\n\n") + 2


def missing_slips(text: str, rng):
    """Each function word between two words, deleted, reported where the word before it starts."""
    body = _body_start(text)
    for match in _BETWEEN.finditer(text, body):
        if match.group(1) not in FUNCTION_WORDS:
            continue
        before = _PREVIOUS_WORD.search(text, 0, match.start())
        if before is None:
            continue
        yield injection.Slip(before.start(), match.start(), match.end(), "")


def extra_slips(text: str, rng):
    """A function word put between two lower-case words, reported where the word before starts."""
    body = _body_start(text)
    for match in _GAP.finditer(text, body):
        before = _PREVIOUS_WORD.search(text, 0, match.end())
        if before is None:
            continue
        word = rng.choice(EXTRA_WORDS)
        yield injection.Slip(before.start(), match.end(), match.end(), word + " ")


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wiki", type=Path)
    parser.add_argument("--drafts", type=int, default=400)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        count = drafts_from_wiki(args.wiki, args.drafts, Path(folder))
        print(f"{count} drafts from {args.wiki}")
        kinds = [
            ("missing", MissingFunctionWord(), missing_slips),
            ("extra", ExtraFunctionWord(), extra_slips),
        ]
        return injection.measure(kinds, folder, args.show, seed_per_kind=True)


if __name__ == "__main__":
    raise SystemExit(main())
