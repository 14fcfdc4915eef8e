"""What keeps the start-up of a one-draft run short, checked in the source."""

from __future__ import annotations

import ast
from pathlib import Path

import newslint

PACKAGE = Path(newslint.__file__).parent


def _dataclasses_without_docstring() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            names = [d.func if isinstance(d, ast.Call) else d for d in node.decorator_list]
            if any(getattr(n, "id", getattr(n, "attr", "")) == "dataclass" for n in names) and not ast.get_docstring(node):
                found.append(f"{path.relative_to(PACKAGE)}: {node.name}")
    return found


def test_every_data_class_has_a_docstring():
    """``dataclasses`` writes one for a class without (``inspect.signature``: ~0.07 ms a class,
    a third of making it, paid by every run that imports it)."""
    assert _dataclasses_without_docstring() == []


def test_loading_the_rules_imports_no_module_only_an_off_rule_or_a_rare_case_needs():
    """The date rules import calendar (with locale, ~1 ms) only for February, a 29th or "in
    recent months"."""
    import subprocess
    import sys

    program = (
        "import sys\nfrom newslint.engine import builtin_rules\nbuiltin_rules()\n"
        "print([m for m in ('calendar',) if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=300, check=True)
    assert done.stdout.strip() == "[]"


def _run_python(program: str, cwd=None) -> list[str]:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=300, cwd=cwd)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()


def test_a_one_draft_check_never_imports_inspect(tmp_path):
    (tmp_path / "draft.md").write_text("The council met on Tuesday, and the the vote was close.\n", encoding="utf-8")
    program = (
        "import sys\n"
        "from newslint.__main__ import main\n"
        "try:\n"
        "    main(['check', '--no-cache', '--format', 'json', 'draft.md'])\n"
        "except SystemExit as exc:\n"
        "    print(exc.code, 'inspect' in sys.modules)\n"
    )
    assert _run_python(program, cwd=tmp_path)[-1] == "1 False"


def test_dataclasses_imported_without_inspect_still_gets_it_when_asked():
    """A data class without a docstring (someone else's) is still given one, from the real
    inspect, imported then; and any other import of inspect gets the real module."""
    program = (
        "import sys\n"
        "from newslint.cli_common import import_dataclasses_without_inspect\n"
        "import_dataclasses_without_inspect()\n"
        "print('dataclasses' in sys.modules, 'inspect' in sys.modules)\n"
        "from dataclasses import dataclass\n"
        "@dataclass\n"
        "class Point:\n"
        "    x: int\n"
        "    y: int = 0\n"
        "print(Point.__doc__)\n"
        "import inspect\n"
        "print(inspect.cleandoc('  a\\n  b'), type(inspect).__name__)\n"
    )
    assert _run_python(program) == ["True False", "Point(x: int, y: int = 0)", "a", "b module"]


_DATETIME_NAMES = (
    "import datetime, pickle, sys, tomllib\n"
    "print(sorted(name for name in vars(datetime) if not name.startswith('_')), sorted(datetime.__all__))\n"
    "print(datetime.date.__module__, datetime.__name__, 'datetime' in sys.modules)\n"
    "moment = datetime.datetime(2026, 3, 4, 9, 30, tzinfo=datetime.UTC)\n"
    "print(pickle.loads(pickle.dumps(moment)) == moment, tomllib.loads('at = 2026-03-04T09:30:00Z')['at'] == moment)\n"
)


def test_the_datetime_the_command_line_imports_from_c_has_the_real_modules_names():
    """``import_datetime_from_c`` (Python 3.11) leaves the names the real ``datetime`` leaves,
    and its objects pickle and compare as the real module's do."""
    import sys

    made = _run_python("from newslint.__main__ import import_datetime_from_c\nimport_datetime_from_c()\n" + _DATETIME_NAMES)
    real = _run_python(_DATETIME_NAMES)
    # the real module keeps the ``sys`` it imported (3.11); nothing else differs
    assert made == [line.replace("'sys', ", "") for line in real]
    assert made[-1] == "True True"


def test_a_one_draft_check_does_not_run_pythons_own_datetime_module(tmp_path):
    """On Python 3.11 the command line imports ``datetime`` from ``_datetime`` alone (~1 ms)."""
    import sys

    (tmp_path / "draft.md").write_text("LEEDS, March 4 — The council met on Tuesday.\n", encoding="utf-8")
    program = (
        "import sys\n"
        "from newslint.__main__ import main\n"
        "try:\n"
        "    main(['check', '--no-cache', 'draft.md'])\n"
        "except SystemExit as exc:\n"
        "    print(exc.code, getattr(sys.modules['datetime'], '__file__', 'from C'))\n"
    )
    code, origin = _run_python(program, cwd=tmp_path)[-1].split(" ", 1)
    assert code in ("0", "1")
    assert origin == "from C" if sys.version_info < (3, 12) else origin.endswith("datetime.py")
