"""Shared views of a Document that several rules read, each computed once per document.

An analysis named ``NAME`` is the function ``analyse(doc)`` of the module
``newslint.analysis.NAME``; a rule asks for it with ``doc.analysis("NAME")`` and lists it in
its ``needs``. Analyses may use other analyses, never rules.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_NAME = re.compile(r"[a-z_]+")


def compute(name: str, doc) -> Any:
    if not _NAME.fullmatch(name):
        raise ValueError(f"not an analysis name: {name!r}")
    module = importlib.import_module(f"{__name__}.{name}")
    return module.analyse(doc)
