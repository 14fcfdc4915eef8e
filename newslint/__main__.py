"""newslint's console script: ``newslint …``, and ``python -m newslint …``.

'newslint check' as hooks, editors and CI call it is read without click (``cli_fast.py``);
every other call goes to the click command line (``cli.py``), which reads, runs or refuses it.
"""

from __future__ import annotations

import sys


def import_datetime_from_c() -> None:
    """Import ``datetime`` as the module its C implementation ``_datetime`` makes (~1 ms of a
    one-draft run of ~100 ms, on Python 3.11).

    Python 3.11's ``datetime.py`` first builds every class in Python, then replaces them all by
    ``_datetime``'s (``from _datetime import *``) and deletes its own helpers: what it leaves is
    ``_datetime``'s names and ``__all__``. Python 3.12 moved the Python version to
    ``_pydatetime``, so there ``datetime`` costs nothing and is imported as usual, as it is when
    anything imported it already or there is no ``_datetime``."""
    if sys.version_info >= (3, 12) or "datetime" in sys.modules:
        return
    try:
        import _datetime
    except ImportError:  # pragma: no cover - a Python without the C module
        return
    from importlib.machinery import ModuleSpec

    module = type(sys)("datetime")
    module.__spec__ = ModuleSpec("datetime", None, origin=_datetime.__spec__.origin)
    module.__dict__.update((name, value) for name, value in vars(_datetime).items() if not name.startswith("__"))
    module.__doc__ = _datetime.__doc__
    module.__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")
    sys.modules["datetime"] = module


def main(args: list[str] | None = None) -> None:
    """Run the command of ``args`` (default: the command line's)."""
    import_datetime_from_c()  # before the command line's modules import it
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
    import_datetime_from_c()  # before cli_common imports it
    from .cli_common import leave_at_once

    leave_at_once(main)


if __name__ == "__main__":
    entry()
