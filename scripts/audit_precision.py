#!/usr/bin/env python3
"""Precision audit on real clean copy: findings per rule per 1,000 words, and the loud
findings to read and judge.

    python3 scripts/audit_precision.py [--wiki 70-79] [--folder DIR ...] [--out DIR]
                                       [--judged TSV] [--codes G,S]

Sets: the WikiExtractor files ``text_AD_wiki_NN`` of ``--wiki-dir`` (default
/work/cache/corpora/wiki; ``--wiki 70-79`` takes AD_70 to AD_79), one draft per article (the
title, a blank line, the paragraphs of eight words or more), written to a temporary folder and
deleted; and any ``--folder`` of drafts as they are (e.g. ../shared/eval/dev/corpus). Each set
is linted with ``newslint check --format json --no-cache --fail-on never`` (the ``newslint``
on PATH). For measuring only: nothing of the corpora is copied into newslint.

Prints, for every rule whose code starts with one of ``--codes``, its findings per 1,000 words
by severity and set. Writes ``audit.tsv`` into ``--out`` (default: the current folder), one
row a loud (error or warning) finding: set, code, article and line, the finding in context
``[[...]]``, its message, and an empty verdict column to fill in (R right, W wrong, A residue
of the extraction, such as "documents of the ." where a link was cut). ``--judged`` reads such a
file filled in (from this run or an earlier one) and prints each rule's precision over the
judged findings that are still loud now, matched by set, code, article and line.

The Wikipedia files were counted into newslint's n-gram tables (see README), but no rule was
tuned on their findings; keep the files you judge apart from those you tune on, and say which.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

WIKI = Path("/work/cache/corpora/wiki")
_DOC = re.compile(r'<doc id="(\d+)"[^>]*title="([^"]*)">\n(.*?)</doc>', re.S)
LOUD = ("error", "warning")


def drafts(text: str, min_words: int = 8, min_article: int = 80):
    """(id, draft) for each article of a WikiExtractor file: its title, a blank line, then its
    paragraphs of ``min_words`` words or more; articles shorter than ``min_article`` words
    left out."""
    for match in _DOC.finditer(text):
        lines = match.group(3).split("\n")[1:]  # the first line repeats the title
        paragraphs = [line.strip() for line in lines if len(line.split()) >= min_words]
        if sum(len(p.split()) for p in paragraphs) >= min_article:
            yield match.group(1), match.group(2) + "\n\n" + "\n\n".join(paragraphs) + "\n"


def wiki_numbers(spec: str) -> list[int]:
    """"70-79" -> 70..79; "95" -> [95]."""
    first, _, last = spec.partition("-")
    return list(range(int(first), int(last or first) + 1))


def lint(folder: Path) -> list[dict]:
    out = subprocess.run(
        ["newslint", "check", "--format", "json", "--no-cache", "--fail-on", "never", str(folder)],
        capture_output=True, text=True, check=False,
    )
    if out.returncode not in (0, 1):
        sys.exit(f"newslint failed on {folder}: {out.stderr.strip()[:300]}")
    return json.loads(out.stdout or "[]")


def context(path: str, finding: dict, width: int = 90) -> str:
    lines = Path(path).read_text(encoding="utf-8").split("\n")
    line = lines[finding["line"] - 1]
    start = finding["column"] - 1
    end = finding["end_column"] - 1 if finding.get("end_line", finding["line"]) == finding["line"] else len(line)
    return (line[max(0, start - width) : start] + "[[" + line[start:end] + "]]" + line[end : end + width // 2]).replace("\t", " ")


def precision(judged_rows, loud_now) -> dict[str, tuple[int, int]]:
    """Per rule, (right, judged) over the judged rows (set, code, place, verdict) whose finding
    is still loud now (``loud_now``: a Counter of (set, code, place))."""
    left = collections.Counter(loud_now)
    result: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for setname, code, place, verdict in judged_rows:
        if verdict not in ("R", "W") or not left[(setname, code, place)]:
            continue
        left[(setname, code, place)] -= 1
        result[code][1] += 1
        result[code][0] += verdict == "R"
    return {code: (r, n) for code, (r, n) in result.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wiki", action="append", default=[], help="WikiExtractor AD files, e.g. 70-79")
    parser.add_argument("--wiki-dir", type=Path, default=WIKI)
    parser.add_argument("--folder", action="append", type=Path, default=[], help="a folder of drafts")
    parser.add_argument("--out", type=Path, default=Path("."))
    parser.add_argument("--judged", type=Path, help="an audit.tsv with its verdict column filled in")
    parser.add_argument("--codes", default="G,S", help="rule code prefixes to report")
    args = parser.parse_args()
    prefixes = tuple(args.codes.split(","))

    found: dict[str, list[dict]] = {}
    words: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="audit-precision-") as tmp:
        for spec in args.wiki:
            setname = f"wiki AD_{spec}"
            folder = Path(tmp) / spec
            folder.mkdir()
            for number in wiki_numbers(spec):
                text = (args.wiki_dir / f"text_AD_wiki_{number}").read_text(encoding="utf-8", errors="replace")
                for doc_id, draft in drafts(text):
                    (folder / f"AD_{number}_{doc_id}.txt").write_text(draft, encoding="utf-8")
            words[setname] = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))
            everything = lint(folder)
            found[setname + " (all)"] = everything
            found[setname] = [dict(f, context=context(f["path"], f)) for f in everything if f["severity"] in LOUD]
        for folder in args.folder:
            setname = folder.name
            words[setname] = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.iterdir() if p.is_file())
            everything = lint(folder)
            found[setname + " (all)"] = everything
            found[setname] = [dict(f, context=context(f["path"], f)) for f in everything if f["severity"] in LOUD]

    sets = [name for name in found if not name.endswith(" (all)")]
    counts = collections.Counter()
    for name in sets:
        for f in found[name + " (all)"]:
            if f["code"].startswith(prefixes):
                counts[(f["code"], f["severity"], name)] += 1
    print("words: " + ", ".join(f"{name} {words[name]}" for name in sets))
    print("findings per 1,000 words (count):")
    for code, severity in sorted({(c, s) for c, s, _ in counts}):
        cells = "  ".join(f"{name}: {1000 * counts[(code, severity, name)] / words[name]:.3f} ({counts[(code, severity, name)]})" for name in sets)
        print(f"  {code} {severity:8s} {cells}")

    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "audit.tsv", "w", encoding="utf-8") as out:
        out.write("set\tcode\tplace\tcontext\tmessage\tverdict\n")
        for name in sets:
            for f in found[name]:
                if f["code"].startswith(prefixes):
                    place = f"{Path(f['path']).name}:{f['line']}"
                    out.write(f"{name}\t{f['code']}\t{place}\t{f['context']}\t{f['message']}\t\n")
    print(f"loud findings to judge: {args.out / 'audit.tsv'}")

    if args.judged:
        rows = []
        for line in args.judged.read_text(encoding="utf-8").splitlines()[1:]:
            cells = line.split("\t")
            if len(cells) >= 6:
                rows.append((cells[0], cells[1], cells[2], cells[5].strip()[:1]))
        now = collections.Counter(
            (name, f["code"], f"{Path(f['path']).name}:{f['line']}") for name in sets for f in found[name]
        )
        print("precision of judged findings still loud now:")
        judged_now = precision(rows, now)
        for code, (right, judged) in sorted(judged_now.items()):
            print(f"  {code} {right}/{judged} = {right / judged:.2f}")
        if not judged_now:
            print("  (no judged finding right or wrong is loud now)")


if __name__ == "__main__":
    main()
