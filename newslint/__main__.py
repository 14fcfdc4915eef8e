"""newslint's console script: ``newslint …``, and ``python -m newslint …``.

'newslint check' as hooks, editors and CI call it is read without click (``cli_fast.py``);
every other call goes to the click command line (``cli.py``), which reads, runs or refuses it.
"""

from __future__ import annotations

import sys


def main(args: list[str] | None = None) -> None:
    """Run the command of ``args`` (default: the command line's)."""
    from .cli_fast import check_options

    options = check_options(sys.argv[1:] if args is None else list(args))
    if options is None:
        from .cli import main as click_main

        click_main(args)
        return
    from .cli_fast import run_check

    run_check(options)


def entry() -> None:
    """The console script: run the command, then leave the process at once (``leave_at_once``)."""
    from .cli_common import leave_at_once

    leave_at_once(main)


if __name__ == "__main__":
    entry()
