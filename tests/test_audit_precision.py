"""scripts/audit_precision.py: WikiExtractor articles become drafts, and precision is read from
judged findings that are still loud (invented text)."""

from __future__ import annotations

import collections
import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location(
    "audit_precision", Path(__file__).resolve().parent.parent / "scripts" / "audit_precision.py"
)
audit = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(audit)

LONG = "The council met on Monday and agreed to repair the old bridge over the river. " * 8


def test_articles_become_drafts_of_long_paragraphs():
    text = (
        '<doc id="7" url="x" title="Bridge">\nBridge\n\n' + LONG + "\nHistory.\n" + LONG + "\n</doc>\n"
        '<doc id="8" url="y" title="Stub">\nStub\n\nToo short to keep here at all.\n</doc>\n'
    )
    found = list(audit.drafts(text))
    assert [doc_id for doc_id, _ in found] == ["7"]
    draft = found[0][1]
    assert draft.startswith("Bridge\n\n")
    assert "History." not in draft  # a section heading: fewer than eight words
    assert draft.count(LONG.strip()) == 2


def test_wiki_numbers():
    assert audit.wiki_numbers("70-72") == [70, 71, 72]
    assert audit.wiki_numbers("95") == [95]


def test_precision_counts_only_judged_findings_still_loud():
    rows = [
        ("wiki AD_70-79", "G101", "AD_70_1.txt:3", "R"),
        ("wiki AD_70-79", "G101", "AD_70_1.txt:9", "W"),
        ("wiki AD_70-79", "G101", "AD_70_2.txt:4", "W"),  # no longer loud
        ("wiki AD_70-79", "S301", "AD_70_2.txt:5", "A"),  # extraction residue: not counted
        ("wiki AD_70-79", "S301", "AD_70_2.txt:6", ""),  # not judged
    ]
    now = collections.Counter(
        [("wiki AD_70-79", "G101", "AD_70_1.txt:3"), ("wiki AD_70-79", "G101", "AD_70_1.txt:9"),
         ("wiki AD_70-79", "S301", "AD_70_2.txt:5"), ("wiki AD_70-79", "S301", "AD_70_2.txt:6")]
    )
    assert audit.precision(rows, now) == {"G101": (1, 2)}
