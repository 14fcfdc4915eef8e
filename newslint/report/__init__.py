"""Output formats, one module each: ``render(findings, rules, sources, options) -> str``.

``rules`` maps codes to Rule objects (for metadata), ``sources`` maps a path to its text lines
(for formats that show the source line).
"""

from __future__ import annotations

import importlib

FORMATS = ("text", "concise", "json", "github", "sarif", "junit", "rdjson")


def render(format_name: str, findings, rules, sources=None, **options) -> str:
    module = importlib.import_module(f"{__name__}.{format_name}")
    return module.render(findings, rules, sources or {}, **options)
