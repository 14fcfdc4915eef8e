"""``newslint report``: one self-contained HTML page of a run, for an editor to read.

Each draft's text with its findings highlighted in place (coloured by family; message and
suggestion on hover and listed beside the text), the other places of a contradiction marked
and linked both ways, a summary by family and by rule, and filters by family and severity.
The page fetches nothing (its Content-Security-Policy forbids it) and every character of a
draft is escaped: a draft holding ``<script>`` shows it as text.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from ..findings import FAMILIES, SEVERITIES

COLOURS = {
    "spelling": "#f4a6a6",
    "grammar": "#f7c47a",
    "date": "#c9a7f0",
    "quote": "#9cc8f5",
    "consistency": "#8fd9c8",
    "boilerplate": "#c8c8c8",
    "punctuation": "#e3c39d",
    "style": "#b5e0a0",
    "file": "#ff8080",
}

CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:12px 20px;background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0;z-index:2}
h1{font-size:20px;margin:0 0 6px}
main{padding:0 20px 40px}
.filters label{margin-right:12px;white-space:nowrap}
.summary{display:flex;gap:32px;flex-wrap:wrap}
.summary table{border-collapse:collapse;font-size:13px}
.summary td,.summary th{padding:1px 8px;text-align:left}
section.draft{background:#fff;border:1px solid #ddd;margin:16px 0;padding:8px 14px;content-visibility:auto;contain-intrinsic-size:auto 600px}
section.draft h2{font-size:15px;margin:4px 0;font-family:monospace}
.body{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px}
pre.text{white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.55 Georgia,serif;margin:0}
mark{border-radius:2px;padding:0 1px;color:inherit}
mark.related{background:transparent!important;outline:2px dashed #888}
mark.empty::after{content:"\\25C6";color:#c00}
ol.findings{font-size:13px;margin:0;padding-left:20px}
ol.findings li{margin-bottom:6px;border-left:4px solid #ddd;padding-left:6px}
.code{font-family:monospace;font-weight:bold}
.sev{font-size:11px;text-transform:uppercase;color:#666}
.suggestion{color:#075}
:target{outline:3px solid #36f}
pre.text a{color:inherit;text-decoration:none}
"""

SCRIPT = """
document.querySelectorAll('.filters input').forEach(function (box) {
  box.addEventListener('change', function () {
    document.body.classList.toggle('hide-' + box.value, !box.checked);
  });
});
"""


def render(findings, rules, sources, texts=None, files: int = 0, title: str = "newslint report", **options) -> str:
    """The page for ``findings`` over ``texts`` (path → the draft's text, as linted)."""
    texts = texts or {}
    by_path: dict[str, list] = {}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    paths = list(texts) + [p for p in by_path if p not in texts]
    families = [f for f in FAMILIES + ("file",) if any(x.family == f for x in findings)]
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<title>{escape(title)}</title><style>{CSS}{_family_css(families)}</style></head><body>",
        _header(findings, families, len(paths), title),
        "<main>",
    ]
    for number, path in enumerate(paths):
        parts.append(_draft(number, path, texts.get(path, ""), by_path.get(path, [])))
    parts.append(f"</main><script>{SCRIPT}</script></body></html>\n")
    return "".join(parts)


def _family_css(families) -> str:
    rules = [f"mark.fam-{f}{{background:{COLOURS.get(f, '#ddd')}}} li.fam-{f}{{border-left-color:{COLOURS.get(f, '#ddd')}}}" for f in families]
    for name in [f"fam-{f}" for f in families] + [f"sev-{s}" for s in SEVERITIES]:
        rules.append(f"body.hide-{name} li.{name}{{display:none}}")
        rules.append(f"body.hide-{name} mark.{name}{{background:transparent;outline:none}}")
    return "".join(rules)


def _header(findings, families, drafts: int, title: str) -> str:
    by_family = Counter(f.family for f in findings)
    by_rule = Counter((f.code, f.name) for f in findings)
    by_severity = Counter(f.severity for f in findings)
    boxes = [f'<label><input type="checkbox" value="fam-{f}" checked> <mark class="fam-{f}">{f}</mark> {by_family[f]}</label>' for f in families]
    boxes += [f'<label><input type="checkbox" value="sev-{s}" checked> {s} {by_severity[s]}</label>' for s in SEVERITIES if by_severity[s]]
    family_rows = "".join(f"<tr><td>{f}</td><td>{by_family[f]}</td></tr>" for f in families)
    rule_rows = "".join(
        f"<tr><td class=\"code\">{escape(code)}</td><td>{escape(name)}</td><td>{count}</td></tr>"
        for (code, name), count in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    noun = "draft" if drafts == 1 else "drafts"
    return (
        f"<header><h1>{escape(title)}</h1>"
        f"<p>{len(findings)} finding{'s' * (len(findings) != 1)} in {drafts} {noun}.</p>"
        f"<div class=\"filters\">Show: {''.join(boxes)}</div>"
        "<details><summary>Summary by family and rule</summary><div class=\"summary\">"
        f"<table><tr><th>family</th><th>findings</th></tr>{family_rows}</table>"
        f"<table><tr><th>rule</th><th>name</th><th>findings</th></tr>{rule_rows}</table>"
        "</div></details></header>"
    )


def _draft(number: int, path: str, text: str, findings) -> str:
    ident = f"d{number}"
    items = []
    for k, f in enumerate(findings):
        places = "".join(
            f' · <a href="#{ident}-f{k}-r{j}">{escape(r.note)} (line {r.line})</a>' for j, r in enumerate(f.related)
        )
        suggestion = f' <span class="suggestion">→ {escape(" | ".join(f.suggestions[:3]))}</span>' if f.suggestions else ""
        items.append(
            f'<li id="{ident}-l{k}" class="fam-{f.family} sev-{f.severity}">'
            f'<a href="#{ident}-f{k}">{f.line}:{f.column}</a> <span class="code">{escape(f.code)}</span> '
            f'<span class="sev">{f.severity}</span> {escape(f.display_message)}{suggestion}{places}</li>'
        )
    listing = f'<ol class="findings">{"".join(items)}</ol>' if items else "<p>No problems.</p>"
    count = f"{len(findings)} finding{'s' * (len(findings) != 1)}"
    return (
        f'<section class="draft" id="{ident}"><h2>{escape(path)} <span class="sev">{count}</span></h2>'
        f'<div class="body"><pre class="text">{_highlighted(ident, text, findings)}</pre>{listing}</div></section>\n'
    )


def _highlighted(ident: str, text: str, findings) -> str:
    """The draft's text, escaped, with each finding and each other place it names marked."""
    if text.startswith("\ufeff"):  # the offsets are those of the draft as the Document holds it
        from ..document import Document

        text = Document(text).text
    spans = []  # (start, end, finding number, related number or -1)
    for k, f in enumerate(findings):
        spans.append((f.start, f.end, k, -1))
        spans.extend((r.start, r.end, k, j) for j, r in enumerate(f.related))
    cuts = sorted({0, len(text)} | {min(max(s, 0), len(text)) for s, e, _, _ in spans} | {min(max(e, 0), len(text)) for s, e, _, _ in spans})
    anchors: dict[int, list[str]] = {}
    for start, end, k, j in spans:
        name = f"{ident}-f{k}" + (f"-r{j}" if j >= 0 else "")
        empty = " empty" if end <= start and j < 0 else ""
        cls = f"fam-{findings[k].family} sev-{findings[k].severity}{empty}"
        anchors.setdefault(min(max(start, 0), len(text)), []).append(
            f'<mark id="{name}" class="{cls}" title="{escape(_tip(findings[k]))}"></mark>' if empty else f'<span id="{name}"></span>'
        )
    out = []
    for a, b in zip(cuts, cuts[1:] + [len(text)]):
        out.extend(anchors.pop(a, ()))
        if b <= a:
            continue
        covering = [(e - s, j >= 0, k, j) for s, e, k, j in spans if s <= a and b <= e and e > s]
        piece = escape(text[a:b])
        if not covering:
            out.append(piece)
            continue
        _, related, k, j = min(covering)
        f = findings[k]
        tip = "\n".join(
            _tip(findings[kk]) if jj < 0 else f"Other place of: {_tip(findings[kk])}" for _, _, kk, jj in sorted(covering)
        )
        cls = f"fam-{f.family} sev-{f.severity}" + (" related" if related else "")
        out.append(f'<a href="#{ident}-l{k}"><mark class="{cls}" title="{escape(tip)}">{piece}</mark></a>')
    return "".join(out)


def _tip(f) -> str:
    suggestion = f" Suggestion: {' | '.join(f.suggestions[:3])}" if f.suggestions else ""
    return f"{f.code} ({f.severity}) {f.display_message}{suggestion}"
