#!/usr/bin/env python3
"""Build the list of plural forms that are singular nouns too ("a means", "a crossroads"), for G202.

    pip install lemminflect       # build-time only; newslint does not need it to run
    python3 scripts/build_determiner_data.py

G202 flags a plural noun after "a", "each" or "every" ("a women", "each members"). The plural
forms come from newslint's own ``noun_forms.txt.gz`` (count nouns and their plurals, see
``scripts/build_verb_data.py``). Some of those plurals are also singular nouns of their own
("a means", "a crossroads", "a sports car", "a goods train", "an innings", "a glasses case"):
lemminflect lists the form among its own noun lemmas. Those forms are written to
``newslint/data/singular_plurals.txt``, one a line; G202 leaves them alone. Sources and
licences: ``newslint/data/determiners_sources.txt``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newslint" / "data" / "singular_plurals.txt"


def main() -> int:
    import lemminflect

    sys.path.insert(0, str(ROOT))
    from newslint.checks.determiners import plurals

    found = sorted(
        plural
        for plural in plurals()
        if plural in lemminflect.getAllLemmas(plural, "NOUN").get("NOUN", ())
    )
    header = (
        "# plural forms that are singular nouns too ('means', 'crossroads'), one a line;\n"
        "# built by scripts/build_determiner_data.py from lemminflect (MIT licence)\n"
    )
    OUT.write_text(header + "\n".join(found) + "\n", encoding="utf-8")
    print(f"{len(found)} forms -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
