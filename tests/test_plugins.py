"""Third-party rules arrive through the ``newslint.rules`` entry point group."""

import sys
import textwrap

from newslint import engine
from newslint.api import lint_text
from newslint.config import Settings

PACK = """
rules:
  - code: S951
    name: house-per-cent
    kind: substitution
    family: style
    message: 'Use "{suggestion}", not "{match}".'
    docs: House style writes percent as one word.
    swap: {per cent: percent}
    examples:
      flagged: ["Rates rose 5 per cent."]
      accepted: ["Rates rose 5 percent."]
"""


def test_entry_point_folder_of_packs(tmp_path, monkeypatch):
    package = tmp_path / "house_rules"
    (package / "packs").mkdir(parents=True)
    (package / "packs" / "house.yml").write_text(PACK)
    (package / "__init__.py").write_text(
        "from pathlib import Path\nFOLDER = Path(__file__).parent / 'packs'\n"
    )
    dist = tmp_path / "house_rules-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: house-rules\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(
        textwrap.dedent(
            """
            [newslint.rules]
            house = house_rules:FOLDER
            """
        )
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    engine.builtin_rules.cache_clear()
    try:
        findings = lint_text("Rates\n\nRates rose 5 per cent in May.\n", path="a.txt", settings=Settings(select=("S951",)))
        assert [(f.code, f.suggestions) for f in findings] == [("S951", ("percent",))]
    finally:
        sys.modules.pop("house_rules", None)
        monkeypatch.undo()
        engine.builtin_rules.cache_clear()


def test_cheap_look_for_plugins_sees_a_declared_group(tmp_path, monkeypatch):
    """engine.plugins_may_exist spares the importlib.metadata scan only when no distribution
    on the path declares the group; a folder that does makes it answer True."""
    monkeypatch.syspath_prepend(str(tmp_path))
    dist = tmp_path / "other-2.0.dist-info"
    dist.mkdir()
    (dist / "entry_points.txt").write_text("[console_scripts]\nother = other:main\n")
    before = engine.plugins_may_exist()
    (dist / "entry_points.txt").write_text("[console_scripts]\nother = other:main\n\n[newslint.rules]\nh = h:F\n")
    assert engine.plugins_may_exist()
    if not before:  # nothing else installed declares the group: the full scan agrees
        from importlib.metadata import entry_points

        (dist / "entry_points.txt").write_text("[console_scripts]\nother = other:main\n")
        assert not list(entry_points(group=engine.ENTRY_POINT_GROUP))
        assert engine.plugin_entry_points() == []
