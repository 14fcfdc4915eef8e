"""scripts/read_confusable_margins.py: the rule's answer and the evidence at each occurrence."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "read_confusable_margins.py"


def test_clean_mode_reads_every_occurrence_with_the_rule_and_the_evidence(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "The airline will double it’s fleet of small planes by 2030.\n\nShe said it's raining.\n",
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "clean", "it's", "its", str(draft)],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    assert len(out) == 2
    first, second = out
    assert first.startswith("CLEAN HIT ") and "double it’s fleet" in first
    assert float(first.split()[2]) >= 11.0  # the margin the rule asks before a noun phrase
    assert second.startswith("CLEAN miss ") and "raining" in second
