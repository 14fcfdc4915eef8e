#!/usr/bin/env python3
"""How many dropped and extra function words G313 and G314 find in text their counts never saw.

    python3 scripts/eval_error_model.py WIKI_DIR [--drafts N] [--show N]
    python3 scripts/eval_error_model.py WIKI_DIR --gaps [--margins M,M...] [--pairs=P,P...] [--table FILE]

``WIKI_DIR`` holds WikiExtractor files of English Wikipedia that ``scripts/build_error_model.py``
did NOT count (the shipped table left out ``text_AD_wiki_80`` to ``_99`` of the corpus named
in ``newslint/data/slip_counts_sources.txt``, for this). Its first ``--drafts`` articles of
at least 150 words become drafts (headline, blank line, paragraphs) in a temporary folder;
``scripts/injection.py`` then splits them into a tune half (even positions) and a held-out
half (odd positions), injects up to four slips a draft and kind (seeded by the draft's
name) and reports per half how many the rule found where it should, and its findings on the
untouched drafts (false alarms, or real slips of the copy) per 1,000 words.

Slips:
- "missing": a function word of ``FUNCTION_WORDS`` between two words is deleted ("a couple
  of controversies" -> "a couple controversies"); found when G313 reports from the first word;
- "extra": a function word is put between two words ("was first presented" -> "was first
  was presented"), one of the words a writer most often leaves in ("the", "a", "of", "to",
  "in", "and", "is", "was", "that", "for", "on", "with", "be", "as"); found when G314
  reports from the first word;
- "swap": a preposition between two words is replaced by another of ``weigh.PREPOSITIONS``
  ("took part in the race" -> "took part at the race"); found when G302 reports the
  preposition (or, with ``--gaps``, when an edit puts another in its place).
- "near" (``--gaps`` only): a filler word of the gap counts (``gaps.NEAR_FILLERS``) between
  two words is replaced by a filler one edit away (``weigh.NEAR``: "more than" -> "more
  that"); found when the near edit there suggests the word that was replaced (S211 reads
  these edits; ``--one-sided``, ``--unseen-only``, ``--after-mark`` and ``--all-pairs``
  measure its choices); "near-mark": the same after a comma, full stop, colon or semicolon
  ("They went" -> "The went", a capital kept), found by the same near edits.

``--gaps`` measures the gap counts (``newslint/checks/slips/gaps.py``) instead of the rules:
each edit ``weigh.edits`` proposes in the untouched drafts and at each injected slip is
scored once, and recall and findings on the untouched drafts (per 1,000 words) are printed
per kind and half for each margin of evidence (``--margins``; and a floor on the evidence of
the narrowest context alone, ``--pairs``), so that a margin can be chosen on the tune half and
read on the held-out half. ``--table`` measures a gap-count file other than the shipped one;
``--kinds`` limits the kinds weighed (``--kinds near``: 13 s for 400 drafts), ``--by-pair M``
prints the near slips per pair of words at margin M (injected, found, findings on the
untouched drafts, each half) and shows findings on the tune half's untouched drafts.

Measured (2026-12-01, /tmp/slips/wikieval: the 20 left-out files, 400 drafts, 121,000 words a
half; tune | held-out):
- G313 as a rule: 0.07 | 0.07 of dropped words found before the gap counts (56 | 58 of 800),
  0.12 | 0.12 with them (95 | 99), its findings on the untouched drafts unchanged (12 | 17);
- G302 on swapped prepositions: 15 | 10 of 800 before the gap counts, 32 | 33 with them
  (no preposition beside a number), findings on the untouched drafts unchanged (0 | 4);
- ``--gaps`` (the shipped table) at G313's margin (10): missing 0.074 | 0.079 with no
  finding on the untouched drafts; at G302's (12) a wrong preposition 0.068 | 0.061 at
  0.02 | 0.00 per 1,000 words (every preposition, beside numbers too); a word too many
  still finds 0.060 | 0.061 at 0.07 | 0.02 per 1,000 words at a margin of 20, 0.019 | 0.021
  at 0.01 | 0.02 at 24. On the dev corpus's news every finding of a word too many or a
  wrong preposition at such margins was wrong (around numbers, which the counts fold into
  one token, and in reported speech): no rule reads a word too many, and G302 reads a
  wrong preposition away from numbers.
- ``--gaps --kinds near`` (2026-12-02, the same 400 drafts, 800 slips a half; found: with
  the right word; findings per 1,000 untouched words in brackets): the four contexts of
  slip_gaps.bin alone (``--one-sided no --unseen-only no --all-pairs``) 0.138 | 0.146 at
  margin 9 (0.00 | 0.02); with the contexts of one side (``--unseen-only no --all-pairs``)
  0.263 | 0.261 (0.03 | 0.09); only where "l1 _ r1" never held the word written (as S211
  runs, ``weigh.UNSEEN_ONLY``) 0.239 | 0.236 (0.00 | 0.01), at 8 0.274 | 0.266 (0.02 |
  0.03), at 10 0.216 | 0.214 (0.00 | 0.01). Weighing words after a mark too (``--kinds
  near,near-mark``, ``weigh.AFTER_MARK``): slips after a mark 0.352 | 0.343 at 9 and 0.315 |
  0.309 at 10, findings on the untouched drafts 1 | 1 at 9 ("1888, or February 1889") and
  0 | 1 at 10. S211 runs at 10.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import injection  # noqa: E402

from newslint.checks.slips import (  # noqa: E402
    ExtraFunctionWord,
    MissingFunctionWord,
    counted_function_words,
    weigh,
)

FUNCTION_WORDS = counted_function_words()

MIN_WORDS = 150
MAX_WORDS = 600  # an article is cut after the paragraph that reaches this (a news story's length)
EXTRA_WORDS = "the a of to in and is was that for on with be as".split()
# a function word with a word on either side (letters, inner apostrophes and hyphens)
_BETWEEN = re.compile(r"(?<=[A-Za-z0-9] )([a-z]+) (?=[A-Za-z0-9])")
_GAP = re.compile(r"(?<=[a-z0-9]) (?=[a-z0-9])")
_PREVIOUS_WORD = re.compile(r"[\w'’-]+ $")
_LOOK_BACK = 64  # characters searched back for the word before a slip, widened for a longer word


def previous_word(text: str, pos: int):
    """The word and space just before ``pos`` (``_PREVIOUS_WORD`` searched in ``text[:pos]``), or
    None. Searched back from ``pos`` in a window, not from the draft's start for every slip
    (quadratic); a match at the window's edge may reach further back, so the window widens."""
    start = max(0, pos - _LOOK_BACK)
    while True:
        match = _PREVIOUS_WORD.search(text, start, pos)
        if match is None or match.start() > start or start == 0:
            return match
        start = max(0, start - _LOOK_BACK)


def drafts_from_wiki(folder: Path, limit: int, out: Path) -> int:
    """Write the first ``limit`` articles of the WikiExtractor files in ``folder`` as drafts."""
    written = 0
    for path in sorted(folder.iterdir()):
        title, lines = None, []
        for line in path.read_text("utf-8", errors="replace").splitlines():
            if line.startswith("<doc "):
                title, lines = None, []
                continue
            if line.startswith("</doc>"):
                body = []
                for paragraph in (x for x in lines if len(x.split()) >= 6):
                    body.append(paragraph)
                    if sum(len(x.split()) for x in body) >= MAX_WORDS:
                        break
                if title and sum(len(x.split()) for x in body) >= MIN_WORDS:
                    (out / f"{written:05d}.txt").write_text(title + "\n\n" + "\n\n".join(body) + "\n", "utf-8")
                    written += 1
                    if written >= limit:
                        return written
                continue
            if title is None:
                title = line.strip()
            elif line.strip():
                lines.append(line.strip())
    return written


def _body_start(text: str) -> int:
    """Where a draft's body starts: after its title and the blank line below it; at 0 when the
    text has no blank line (no title)."""
    blank = text.find("\n\n")
    return 0 if blank == -1 else blank + 2


def missing_slips(text: str, rng):
    """Each function word between two words, deleted, reported where the word before it starts."""
    body = _body_start(text)
    for match in _BETWEEN.finditer(text, body):
        if match.group(1) not in FUNCTION_WORDS:
            continue
        before = previous_word(text, match.start())
        if before is None:
            continue
        yield injection.Slip(before.start(), match.start(), match.end(), "")


def extra_slips(text: str, rng):
    """A function word put between two lower-case words, reported where the word before starts."""
    body = _body_start(text)
    for match in _GAP.finditer(text, body):
        before = previous_word(text, match.end())
        if before is None:
            continue
        word = rng.choice(EXTRA_WORDS)
        yield injection.Slip(before.start(), match.end(), match.end(), word + " ")


def swap_slips(text: str, rng):
    """A preposition between two words replaced by another, reported where it starts."""
    body = _body_start(text)
    choices = sorted(weigh.PREPOSITIONS)
    for match in _BETWEEN.finditer(text, body):
        word = match.group(1)
        if word not in weigh.PREPOSITIONS:
            continue
        other = rng.choice([p for p in choices if p != word])
        yield injection.Slip(match.start(), match.start(), match.end(1), other)


def near_slips(text: str, rng):
    """A filler word between two words (``gaps.FILLERS``) replaced by a filler one edit away
    (``weigh.NEAR``: "than" -> "that", "they" -> "the"), reported where it starts."""
    body = _body_start(text)
    for match in _BETWEEN.finditer(text, body):
        others = weigh.NEAR.get(match.group(1))
        if others:
            yield injection.Slip(match.start(), match.start(), match.end(1), rng.choice(others))


def near2_slips(text: str, rng):
    """As ``near_slips``, by a filler two slips away with the first letter kept
    (``weigh.near_fillers2``: "only" -> "on", "one" -> "only")."""
    body = _body_start(text)
    near2 = weigh.near_fillers2(weigh.gaps.NEAR_FILLERS)
    for match in _BETWEEN.finditer(text, body):
        others = near2.get(match.group(1))
        if others:
            yield injection.Slip(match.start(), match.start(), match.end(1), rng.choice(others))


_AFTER_MARK = re.compile(r"(?<=[,.;:] )([A-Za-z]+) (?=[A-Za-z0-9])")


def near_mark_slips(text: str, rng):
    """As ``near_slips``, for a filler word after a comma, full stop, colon or semicolon
    ("They went" -> "The went"; a capital kept), reported where it starts."""
    body = _body_start(text)
    for match in _AFTER_MARK.finditer(text, body):
        word = match.group(1)
        if word[1:] != word[1:].lower() or word[0].isupper() and text[match.start() - 2] != ".":
            continue  # a name, or a capital after a comma
        others = weigh.NEAR.get(word.lower())
        if others:
            other = rng.choice(others)
            yield injection.Slip(match.start(), match.start(), match.end(1), other.capitalize() if word[0].isupper() else other)


GAP_KINDS = (
    ("missing", missing_slips), ("extra", extra_slips), ("swap", swap_slips), ("near", near_slips),
    ("near-mark", near_mark_slips), ("near2", near2_slips),
)


def _edit_scores(doc, index: int | None = None, kinds=None) -> dict[tuple[str, int], tuple[float, float, str]]:
    """(kind, where the finding would start) -> (the best evidence there, its evidence in the
    narrowest context, "written>suggested" for a near edit), over the paragraphs of running
    prose of ``doc`` (or only paragraph ``index``), for ``kinds`` (all by default)."""
    from newslint.checks.missing_words import headline_style

    kinds = sorted(kinds or ALL_KINDS)
    vocabulary = doc.analysis("lexicon")
    scores: dict[tuple[str, int], tuple[float, float, str]] = {}
    indexes = range(len(doc.paragraphs)) if index is None else (index,)
    for i in indexes:
        if headline_style(doc, doc.paragraphs[i]):
            continue
        tokens = vocabulary.tokens_of(i)
        found = [e for kind in kinds if kind != "near" for e in weigh.edits(tokens, (kind,))]
        if "near" in kinds:
            found.extend(weigh.near_edits(tokens))
        for edit in found:
            at = tokens[edit.first][1]
            key = (edit.kind, at)
            label = f"{tokens[edit.first][0]}>{edit.filler}" if edit.kind == "near" else ""
            scores[key] = max(scores.get(key, NONE), (edit.evidence, edit.pair, label))
    return scores


ALL_KINDS = (*sorted(weigh.KINDS), "near")
NONE = (-1e9, -1e9, "")  # no edit of the kind where the slip was made


def measure_gaps(
    folder: str, margins: list[float], pairs: list[float], show: int, kinds=None, by_pair: float | None = None
) -> int:
    """Score every edit once; print recall and untouched findings per kind, half and margin
    (and, with ``by_pair``, for near slips at that margin, per pair of words written and
    suggested: injected found with the right word, and findings on the untouched drafts)."""
    import random

    from newslint.document import Document

    kinds = kinds or (*ALL_KINDS, "near-mark")
    paths = sorted(p for p in Path(folder).iterdir() if p.suffix == ".txt")
    found: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    untouched: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    words = {"tune": 0, "held-out": 0}
    shown = []
    for position, path in enumerate(paths):
        half = "tune" if position % 2 == 0 else "held-out"
        text = path.read_text("utf-8")
        words[half] += len(text.split())
        clean = _edit_scores(Document(text, path=path.name), kinds=[k for k in kinds if k not in ("near-mark", "near2")] or ["near"])
        for (kind, at), score in clean.items():
            untouched.setdefault((kind, half), []).append(score)
            if kind == "near" and half == "tune" and by_pair is not None and score[0] > by_pair and len(shown) < show:
                shown.append(f"untouched {score[2]} {score[0]:6.2f} …{text[max(0, at - 50) : at + 40]}…".replace("\n", " "))
        for kind, slips in GAP_KINDS:
            if kind not in kinds:
                continue
            rng = random.Random(f"{path.name}:{kind}")
            candidates = list(slips(text, rng))
            for slip in rng.sample(candidates, min(injection.PER_DRAFT, len(candidates))):
                changed = slip.apply(text)
                doc = Document(changed, path=path.name)
                paragraph = doc.paragraph_at(slip.at)
                index = doc.paragraphs.index(paragraph) if paragraph is not None else None
                weighed = "near" if kind in ("near-mark", "near2") else kind
                score = _edit_scores(doc, index, (weighed,)).get((weighed, slip.at), NONE) if index is not None else NONE
                if weighed == "near":  # found only with the word the slip replaced
                    meant = text[slip.at : slip.end].lower()
                    if score[2] != f"{slip.new.lower()}>{meant}":
                        score = (NONE[0], NONE[1], f"{slip.new.lower()}>{meant}")
                found.setdefault((kind, half), []).append(score)
                if half == "tune" and len(shown) < show and by_pair is None:
                    shown.append(f"{kind} {score[0]:6.2f} {score[1]:6.2f} …{changed[max(0, slip.at - 40) : slip.at + 40]}…".replace("\n", " "))
    print(f"{len(paths)} drafts; words: tune {words['tune']:,}, held-out {words['held-out']:,}")
    if by_pair is not None:
        _print_by_pair(found, untouched, by_pair)
    for kind, _ in GAP_KINDS:
        if kind not in kinds:
            continue
        for margin, pair in ((m, p) for p in pairs for m in margins):
            row = []
            for half in ("tune", "held-out"):
                scores = found.get((kind, half), [])
                k = sum(s > margin and p > pair for s, p, *_ in scores)
                u = sum(s > margin and p > pair for s, p, *_ in untouched.get((kind, half), []))
                row.append(
                    f"{half} {k}/{len(scores)} = {k / max(1, len(scores)):.3f},"
                    f" {u} on untouched ({1000 * u / max(1, words[half]):.2f}/1k)"
                )
            print(f"{kind} margin {margin:5.1f} pair {pair:4.1f}: " + " | ".join(row))
    for line in shown:
        print("  ", line)
    return 0


def _print_by_pair(found, untouched, margin: float) -> None:
    """Near slips per pair "written>meant" at ``margin``: found/injected and untouched findings
    ("written>suggested"), each half."""
    rows: dict[str, list[int]] = {}
    for h, half in enumerate(("tune", "held-out")):
        for score in found.get(("near", half), []):
            row = rows.setdefault(score[2], [0] * 6)
            row[3 * h] += 1
            row[3 * h + 1] += score[0] > margin
        for score in untouched.get(("near", half), []):
            if score[0] > margin:
                rows.setdefault(score[2], [0] * 6)[3 * h + 2] += 1
    print(f"near slips by pair at margin {margin} (injected, found, on untouched: tune | held-out)")
    for label, row in sorted(rows.items(), key=lambda item: -item[1][0]):
        print(f"  {label:12} {row[0]:4} {row[1]:4} {row[2]:4} | {row[3]:4} {row[4]:4} {row[5]:4}")


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wiki", type=Path)
    parser.add_argument("--drafts", type=int, default=400)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--gaps", action="store_true", help="measure the gap counts across margins")
    parser.add_argument("--margins", default="6,8,9,10,12,14,16,20")
    parser.add_argument("--pairs", default="-99,0,2,3", help="floors for the evidence in the narrowest context")
    parser.add_argument("--table", type=Path, help="a gap-count file other than the shipped one")
    parser.add_argument("--kinds", help="with --gaps: the kinds measured (missing,extra,swap,near; all by default)")
    parser.add_argument("--by-pair", type=float, help="with --gaps: near slips per pair of words at this margin")
    parser.add_argument(
        "--unseen-only", choices=("yes", "no"), help="with --gaps: near edits only where l1 _ r1 never held the word (weigh.UNSEEN_ONLY)"
    )
    parser.add_argument("--after-mark", choices=("yes", "no"), help="with --gaps: near edits after a mark too (weigh.AFTER_MARK)")
    parser.add_argument("--all-pairs", action="store_true", help="with --gaps: near edits of weigh.NEAR_DROPPED's pairs too")
    parser.add_argument(
        "--one-sided", choices=("yes", "no"), help="with --gaps: near edits weigh the contexts of one side too (weigh.ONE_SIDED)"
    )
    parser.add_argument(
        "--two-edit-cost", type=float, help="with --gaps: near edits two slips apart cost this much evidence (weigh.TWO_EDIT_COST; a huge cost turns them off)"
    )
    args = parser.parse_args()
    if args.two_edit_cost is not None:
        weigh.TWO_EDIT_COST = args.two_edit_cost
    if args.table:
        weigh.gaps.TABLE = args.table
    if args.one_sided:
        weigh.ONE_SIDED = args.one_sided == "yes"
    if args.after_mark:
        weigh.AFTER_MARK = args.after_mark == "yes"
    if args.unseen_only:
        weigh.UNSEEN_ONLY = args.unseen_only == "yes"
    if args.all_pairs:
        weigh.NEAR_DROPPED = frozenset()
    with tempfile.TemporaryDirectory() as folder:
        count = drafts_from_wiki(args.wiki, args.drafts, Path(folder))
        print(f"{count} drafts from {args.wiki}")
        if args.gaps:
            margins = [float(m) for m in args.margins.split(",")]
            kinds = tuple(args.kinds.split(",")) if args.kinds else None
            return measure_gaps(
                folder, margins, [float(p) for p in args.pairs.split(",")], args.show, kinds, args.by_pair
            )
        from newslint.checks.prepositions import UnusualPreposition

        kinds = [
            ("missing", MissingFunctionWord(), missing_slips),
            ("extra", ExtraFunctionWord(), extra_slips),
            ("swap", UnusualPreposition(), swap_slips),
        ]
        return injection.measure(kinds, folder, args.show, seed_per_kind=True)


if __name__ == "__main__":
    raise SystemExit(main())
