#!/usr/bin/env python3
"""Write ``newslint/data/rule_codes.txt``: the codes of the built-in rules, one a line.

``codes.check_settings`` reads the list to accept a configuration's codes without importing
every rule (~60 ms of a cached run). The list only speeds up: a code it lacks sends the check to
the full registry. tests/test_codes.py fails when the list and the rules disagree; run this
script after adding, removing or renaming a rule:

    python3 scripts/build_rule_codes.py
"""

from __future__ import annotations

from newslint.codes import RULE_CODES_FILE
from newslint.engine import builtin_rules


def listed_codes() -> str:
    return "".join(f"{code}\n" for code in sorted({rule.code for rule in builtin_rules()}))


def main() -> None:
    RULE_CODES_FILE.write_text(listed_codes(), encoding="utf-8")
    print(f"wrote {RULE_CODES_FILE}")


if __name__ == "__main__":
    main()
