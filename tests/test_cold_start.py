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
