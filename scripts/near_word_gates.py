#!/usr/bin/env python3
"""newslint's ``check`` with S212's two gates set from the command line: what S212 would find
if its margins were lower, the ceiling of any better judge (such as a wide context) that
re-ranks the readings those lower gates let through.

    python3 scripts/near_word_gates.py --margin M --context-min C check ARGS...

It sets ``near_word.MARGIN`` and ``near_word.CONTEXT_MIN`` and runs newslint's command line
with the rest (``-j1`` is not needed: workers are forked and keep the values). Use it as the
command of a harness, with ``--no-cache`` among the check's arguments, e.g.

    python3 scripts/eval_real_edits.py --half both \\
        --cmd "python3 scripts/near_word_gates.py --margin 6 --context-min 0 check" \\
        --args "--select S212 --no-cache"

The figures it gave (2026-12-02) are in ``newslint/checks/confusables/near_word.py``, beside
``CONTEXT_MIN``.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    from newslint.checks.confusables import near_word

    rest = list(argv)
    for option, name in (("--margin", "MARGIN"), ("--context-min", "CONTEXT_MIN")):
        if option in rest:
            at = rest.index(option)
            setattr(near_word, name, float(rest[at + 1]))
            del rest[at : at + 2]
    # ``slips`` takes its gates as defaults bound at import: pass the new ones through
    original = near_word.slips

    def slips(tokens, margin=None, context_min=None, **kwargs):
        return original(
            tokens,
            margin=near_word.MARGIN if margin is None else margin,
            context_min=near_word.CONTEXT_MIN if context_min is None else context_min,
            **kwargs,
        )

    near_word.slips = slips
    from newslint.__main__ import entry

    sys.argv = ["newslint", *rest]
    return entry()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
