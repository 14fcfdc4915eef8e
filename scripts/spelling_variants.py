"""Run ``newslint`` with one of the spelling variants that typo20 measured and did not keep.

Usage (a drop-in for the ``newslint`` command, so the harnesses can run it)::

    python3 scripts/spelling_variants.py VARIANT check -j1 --no-cache [options] PATHS
    python3 scripts/eval_real_edits.py --half both \\
        --cmd "python3 scripts/spelling_variants.py VARIANT check" --args "-j1 --no-cache --select S101"

VARIANT is one of

- ``titled``: a capitalised word inside a sentence that no dictionary or name list has and
  the counts' text never writes, one edit from a word of Zipf ``CAPITALISED_FLOOR`` or more,
  beside a capitalised common word that opens no sentence and is no name ("High Engergy
  Physics": title case, so the capital is no sign of a name), reported as S101's
  capitalised slip;
- ``inner-run-together``: a capitalised word inside a sentence, no name, never written in the
  counts' text, that two words of three letters or more make, written side by side at Zipf
  ``INNER_FLOOR`` or more ("a Jewishhomeland"), reported as two words run together;
- ``cannot``: S104 asks about "can not" before a lower-case word other than "only",
  "merely", "simply", "just" ("can not be crossed": "cannot").

Each variant is a patch of the installed package for this process only (run with ``-j1``:
worker processes would not have it). Measured figures are in the docstrings of
``analysis/spelling._taken_for_name`` and ``checks/spelling/split_compound.SplitCompound``.
"""

from __future__ import annotations

import sys

INNER_FLOOR = 2.0


def _mid_sentence(doc, start: int) -> bool:
    return not doc.analysis("lexicon").starts_sentence(start)


def _titled(spelling) -> None:
    from newslint.analysis import lexicon as lx
    from newslint.analysis.names import known_name
    from newslint.checks.confusables import near_words

    original = spelling._taken_for_name

    def slip(doc, part, position) -> bool:
        if "-" in doc.words[position].text or len(part) < 4 or not part[1:].islower() or known_name(part):
            return False
        lower = part.lower()
        best = lx.candidates(lower)[:1]
        if not best or best[0].distance > 1 or best[0].zipf < spelling.CAPITALISED_FLOOR or " " in best[0].word:
            return False
        if near_words.counts().count(lower) > 0:
            return False
        words, prose = doc.words, doc.prose
        for n in (position - 1, position + 1):
            if not 0 <= n < len(words):
                continue
            other = words[n]
            a, b = (other, words[position]) if n < position else (words[position], other)
            text = other.text
            if prose[a.end : b.start] != " " or not (text[:1].isupper() and text[1:].islower() and text.isalpha()):
                continue
            if _mid_sentence(doc, other.start) and not known_name(text) and lx.tags(text.lower()):
                return True
        return False

    def taken_for_name(doc, vocabulary, part, start, index, position, heading_spans, capitals):
        if not index and _mid_sentence(doc, start) and capitals.count(part) <= 1 and slip(doc, part, position):
            return False
        return original(doc, vocabulary, part, start, index, position, heading_spans, capitals)

    def capitalised_verdict(doc, part, start, _original=spelling._capitalised_verdict):
        if _mid_sentence(doc, start):
            return spelling.Verdict("capitalised", start, start + len(part), part)
        return _original(doc, part, start)

    spelling._taken_for_name = taken_for_name
    spelling._capitalised_verdict = capitalised_verdict


def _inner_run_together(spelling) -> None:
    from newslint.analysis import lexicon as lx
    from newslint.analysis.names import known_name
    from newslint.checks.confusables import near_words

    def verdict(doc, part, start, position):
        if "-" in doc.words[position].text or not part[1:].islower() or known_name(part):
            return None
        lower = part.lower()
        split = spelling.counted_split(lower)
        if split is None or split[1] < INNER_FLOOR:
            return None
        first, second = split[0].split(" ")
        if len(first) < 3 or len(second) < 3:
            return None
        table = near_words.counts()
        if table.count(lower) > spelling.NAME_RATIO * 10 ** (split[1] - 9) * table.total:
            return None
        return spelling.Verdict("run_together", start, start + len(part), part, joined=lx.recase(split[0], part))

    original = spelling._taken_for_name

    def taken_for_name(doc, vocabulary, part, start, index, position, heading_spans, capitals):
        if not index and _mid_sentence(doc, start) and verdict(doc, part, start, position) is not None:
            return False
        return original(doc, vocabulary, part, start, index, position, heading_spans, capitals)

    def capitalised_verdict(doc, part, start, _original=spelling._capitalised_verdict):
        if _mid_sentence(doc, start):
            import bisect

            position = bisect.bisect_left(doc.words, start, key=lambda w: w.start)
            return verdict(doc, part, start, position)
        return _original(doc, part, start)

    spelling._taken_for_name = taken_for_name
    spelling._capitalised_verdict = capitalised_verdict


def _cannot() -> None:
    from newslint.checks.spelling import split_compound

    original = split_compound.splits
    not_only = frozenset(("only", "merely", "simply", "just"))

    def splits(tokens, prose, *args, **kwargs):
        yield from original(tokens, prose, *args, **kwargs)
        for i in range(len(tokens) - 2):
            (a, _, a_end, _), (b, b_start, b_end, _), (c, c_start, _, c_written) = tokens[i : i + 3]
            if a != "can" or b != "not" or prose[a_end:b_start] != " " or prose[b_end:c_start] != " ":
                continue
            if c_written.isalpha() and c_written.islower() and c not in not_only:
                yield i, "cannot", 0.0, 0.0

    split_compound.splits = splits


def main() -> None:
    variant, args = sys.argv[1], sys.argv[2:]
    from newslint.analysis import spelling

    if variant == "titled":
        _titled(spelling)
    elif variant == "inner-run-together":
        _inner_run_together(spelling)
    elif variant == "cannot":
        _cannot()
    else:
        raise SystemExit(f"unknown variant {variant!r}: titled, inner-run-together or cannot")
    from newslint.__main__ import main as newslint_main

    newslint_main(args)


if __name__ == "__main__":
    main()
