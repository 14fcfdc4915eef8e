"""``--format junit``: JUnit XML, the test report most CI systems read (GitLab, Jenkins, Azure …).

One ``<testsuite>`` per draft; each finding is a failed ``<testcase>`` (a draft that could not
be read is an ``<error>``), and a clean draft is one passing test case, so a CI dashboard shows
the drafts that were checked as well as those that failed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import PurePath

from .. import __version__
from ..findings import FILE_PROBLEM_CODE

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _classname(path: str) -> str:
    return _clean(str(PurePath(path).with_suffix("")) if PurePath(path).suffix else path)


def _body(f, lines) -> str:
    out = [f"{f.path}:{f.line}:{f.column}: {f.code} {f.display_message}"]
    if lines and 0 < f.line <= len(lines):
        out.append(f"  {lines[f.line - 1].rstrip()}")
    for related in f.related:
        out.append(f"  note: {f.path}:{related.line}:{related.column}: {related.note}")
    if f.suggestions:
        out.append(f"  suggestion: {' | '.join(f.suggestions[:3])}")
    return _clean("\n".join(out))


def render(findings, rules, sources, **options) -> str:
    by_path: dict[str, list] = {path: [] for path in sources}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    root = ET.Element("testsuites", name="newslint")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for path in sorted(by_path):
        found = by_path[path]
        suite = ET.SubElement(root, "testsuite", name=_clean(path))
        counts = {"tests": 0, "failures": 0, "errors": 0}
        if not found:
            ET.SubElement(
                suite, "testcase", name="newslint", classname=_classname(path), file=_clean(path), time="0"
            )
            counts["tests"] = 1
        for f in found:
            case = ET.SubElement(
                suite,
                "testcase",
                name=_clean(f"{f.code} {f.name} ({f.line}:{f.column})"),
                classname=_classname(path),
                file=_clean(path),
                line=str(f.line),
                time="0",
            )
            kind = "error" if f.code == FILE_PROBLEM_CODE else "failure"
            outcome = ET.SubElement(case, kind, message=_clean(f.display_message), type=f.severity)
            outcome.text = _body(f, sources.get(path))
            counts["tests"] += 1
            counts["errors" if kind == "error" else "failures"] += 1
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("skipped", "0")
        suite.set("time", "0")
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("time", "0")
    ET.indent(root, space=" ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- newslint {__version__} -->\n{body}\n'
