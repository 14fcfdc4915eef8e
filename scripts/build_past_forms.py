#!/usr/bin/env python3
"""Build ``newslint/data/past_forms.txt``: the irregular simple-past forms the date rules read
as the past tense, derived from newslint's own verb and word data rather than listed by hand.

    python3 scripts/build_past_forms.py          # writes the file
    python3 scripts/build_past_forms.py --check  # exit 1 if the shipped file differs

A form is kept when newslint's verb table (``verb_forms.txt.gz``, from lemminflect's table of
the NLM SPECIALIST lexicon) lists it as a simple past, it does not end in "-ed" (those the tense
analysis reads by their ending), it is no base form of any verb ("read", "put", "found" are
the present too) and no third-person form, and newslint's lexicon (``spelling_pos.bin``) reads
it only as a verb: "bit", "dove", "stove", "bent", "staid" and "left" are nouns or adjectives as
well. Prefixed and rarer forms the hand list in ``past_tense_verbs.txt`` lacks ("oversaw",
"underwent", "foresaw", "outgrew") come in this way. Needs nothing beyond newslint itself.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.analysis import dictionary  # noqa: E402
from newslint.checks import verbs  # noqa: E402

OUT = ROOT / "newslint" / "data" / "past_forms.txt"
HEADER = """\
# Irregular simple-past forms that are no base, no third-person form and only a verb in
# newslint's lexicon, derived from verb_forms.txt.gz (lemminflect, NLM SPECIALIST lexicon, MIT
# License; see agreement_sources.txt) and spelling_pos.bin (see spelling_sources.txt) by
# scripts/build_past_forms.py. Read by newslint/analysis/tense.py with past_tense_verbs.txt.
"""


def past_forms() -> list[str]:
    bases, thirds = verbs.bases(), verbs.thirds()
    return sorted(
        form
        for form in verbs.pasts()
        if not form.endswith("ed") and form not in bases and form not in thirds and dictionary.tags(form) == "v"
    )


def render(forms: list[str], width: int = 92) -> str:
    lines, line = [], ""
    for form in forms:
        if line and len(line) + 1 + len(form) > width:
            lines.append(line)
            line = form
        else:
            line = f"{line} {form}" if line else form
    if line:
        lines.append(line)
    return HEADER + "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    args = parser.parse_args()
    text = render(past_forms())
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("past_forms.txt is up to date" if same else "past_forms.txt differs: rebuild it")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(text.splitlines()) - HEADER.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
