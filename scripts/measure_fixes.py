"""Measure what ``newslint check --fix`` changes on a folder of drafts (never in the test suite).

    python3 scripts/measure_fixes.py ../shared/eval/dev --bin /work/venv/desk/bin [--unsafe]

Copies ``FOLDER/docs`` to a temporary folder, runs ``--fix`` there once, and sorts every changed
stretch of every draft: a doubled word deleted (which word, and whether ``labels.jsonl`` says a
word was doubled there), a space deleted before punctuation, a line of page residue deleted, or
anything else. It counts changes inside a direct quotation (there must be none) and doubled
words deleted where no doubling was injected (legitimate repeats, which must not change).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

from newslint.document import Document


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--bin", type=Path, required=True)
    parser.add_argument("--unsafe", action="store_true")
    args = parser.parse_args()
    labels = {}
    for line in (args.folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        labels.setdefault(label["file"], []).append(label)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "docs"
        shutil.copytree(args.folder / "docs", copy)
        for path in copy.iterdir():  # the corpus is read-only, and --fix leaves read-only drafts alone
            path.chmod(0o644)
        command = [str(args.bin / "newslint"), "check", "--fix", "--no-cache", str(copy)]
        if args.unsafe:
            command.insert(3, "--unsafe-fixes")
        run = subprocess.run(command, capture_output=True, text=True)
        print(run.stderr.strip().splitlines()[0] if run.stderr.strip() else "(nothing on stderr)")
        kinds: Counter = Counter()
        problems = []
        for path in sorted((args.folder / "docs").iterdir()):
            before = path.read_text(encoding="utf-8")
            after = (copy / path.name).read_text(encoding="utf-8")
            if before == after:
                continue
            doc = Document(before, path=path.name)
            quotes = doc.analysis("quotes")
            # compared word by word (and space by space), then turned back into offsets
            old_tokens, new_tokens = _TOKEN.findall(before), _TOKEN.findall(after)
            old_at, new_at = _offsets(old_tokens), _offsets(new_tokens)
            matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
            for op, i0, i1, j0, j1 in matcher.get_opcodes():
                if op == "equal":
                    continue
                a0, a1, b0, b1 = old_at[i0], old_at[i1], new_at[j0], new_at[j1]
                kind = _kind(before, a0, a1, after[b0:b1], labels.get(path.name, []), doc)
                kinds[kind] += 1
                if any(quotes.inside(i) for i in range(a0, max(a1, a0 + 1))):
                    problems.append(f"{path.name}: changed inside a quotation: {before[a0 - 20:a1 + 20]!r}")
                if kind in ("other", "doubled word, not injected", "residue line, not injected"):
                    problems.append(f"{path.name}: {kind}: {before[max(0, a0 - 30):a1 + 30]!r} -> {after[b0:b1]!r}")
        for kind, count in kinds.most_common():
            print(f"{count:5}  {kind}")
        inside = sum("inside a quotation" in p for p in problems)
        print(f"{inside} change(s) inside a quotation; {len(problems) - inside} change(s) to read by hand:")
        for problem in problems:
            print("  " + problem)


_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def _offsets(tokens: list[str]) -> list[int]:
    at = [0]
    for token in tokens:
        at.append(at[-1] + len(token))
    return at


def _kind(before: str, start: int, end: int, inserted: str, labels, doc) -> str:
    deleted = before[start:end]
    if inserted:
        return "other"
    if not deleted.strip():
        return "space before punctuation" if before[end : end + 1] in ",.;:!?" else "other"
    word = re.fullmatch(r"\s+([^\W\d_]+)|([^\W\d_]+)\s+", deleted)
    word = word and (word.group(1) or word.group(2)).lower()
    if word and (
        before[:start].lower().rstrip("*_~ \t\n").endswith(word)
        or before[end:].lower().lstrip("*_~ \t\n").startswith(word)
    ):
        line, _ = doc.line_col(start)
        injected = any(l["kind"] == "doubled" and l["line"] == line for l in labels)
        return "doubled word, injected" if injected else "doubled word, not injected"
    if "\n" in deleted or start == 0 or before[start - 1] == "\n":
        injected = any(l["kind"] == "boilerplate" for l in labels)
        return "residue line, injected" if injected else "residue line, not injected"
    return "other"


if __name__ == "__main__":
    main()
