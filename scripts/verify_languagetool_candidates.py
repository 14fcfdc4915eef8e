"""Verified LanguageTool findings: can newslint's own counts judge the replacements that
LanguageTool's default-off rules propose, and keep only those the counts back? Measured: no.

The idea (issue 11, part 3): a default-off LanguageTool rule that proposes a replacement (a word
put in, left out or changed: ARTICLE_MISSING, agreement, preposition and confusion rules,
MORFOLOGIK's spellings ...) is a candidate generator, and newslint's counts judge each
candidate: the match is kept only when the replaced local text beats the written text by a
margin, one test for every rule, the margin chosen on the TUNE half of the real-error harness.
The judges (``judged``): for one filler word put in, left out or changed (``checks/slips/gaps.py``'s
``FILLERS``), the gap counts' summed log-odds (``data/slip_gaps.bin``, as G313 and S211 weigh);
for any other edit of at most ``MAX_WORDS`` words, the pair counts of ``data/near_words.bin``
(``near_words.fit``'s P(x | left) P(right | x), chained over the edited words) plus the
triples' log-odds where both readings have as many words. ``--kind context`` sets the words'
own frequencies aside (the neighbours' evidence alone), as S212's ``Reading.context`` does.

Two steps:

``--collect OUT --url URL`` runs both halves of ``scripts/eval_real_edits.py``'s harness once:
newslint's own default findings, and every LanguageTool match with every rule on (LanguageTool's
own default-off rules too, through newslint's match filters: ``measure_languagetool_rules.findings_of``)
with its replacements, as JSON (about 4 minutes for 7,721 one-sentence drafts).

``--analyse OUT --url URL`` reads that file (the server only names LanguageTool's default-off
rules) and prints the ceiling and, for each margin, what the test keeps: the errors that
newslint's rules and LanguageTool's rules on by default both miss and a kept default-off match
covers (and of them, those whose first replacement is the annotators' correction), and the
kept matches at words no annotator touched; the held-out half and real-dev as totals only.
Nothing in this script prints a held-out sentence.

Measured on 2026-12-02 (main dd491b6, LanguageTool 6.8)::

    python3 scripts/verify_languagetool_candidates.py --collect cand.json --url URL
    python3 scripts/verify_languagetool_candidates.py --analyse cand.json --url URL \
        --margins 0,1,2,3,4,6,8,10,15 [--kind best|context] [--categories GRAMMAR,CONFUSED_WORDS,MISC,NONSTANDARD_PHRASES]

- THE CEILING is too low to matter. Tune half: 500 agreed errors, newslint 224, with the
  LanguageTool rules on by default 228. A default-off match covers 66 of the 272 missed, 29 of
  them with a word-level replacement (the rest are whole-sentence rules such as
  READABILITY_RULE_DIFFICULT and E_PRIME_LOOSE), and only 8 with a first replacement that IS the
  annotators' correction (CAN_NOT 'can not', MORFOLOGIK 'boyband', a misspelt name, and the
  American spellings 'cosy' and 'paedophile' the annotators preferred; EN_REDUNDANCY_REPLACE,
  THEMSELF, EN_COMPOUNDS_BEST_SELLERS); the other 21 cover the error's place with a wrong
  proposal (ARTICLE_MISSING 'per [a] cent' where the fix is 'percent', BEEN_PART_AGREEMENT
  'spoke' -> 'spoked'). Held-out half (totals): 12 of 522. real-dev: of its cases whose error
  is one of the harness's (odd 86, even 91), a verified default-off match could add 0 (odd) and
  1 (even): the with-LanguageTool target (0.60, 13 more cases) is out of reach this way.
- LanguageTool's picky level (``--collect ... --picky``, at main 6aca2a6: newslint 225 on the tune
  half) finds no more: the same ceiling (8 tune, 12 held out) and more default-off matches with
  a local replacement at untouched words (785 against 689); the margins below read the same.
- THE TEST cannot tell a rare right text from an error: with every category, the kept matches
  at untouched words are names of people and firms (MORFOLOGIK offers a commoner word) and
  plain-English rewrites the counts favour because they are commoner ('a number of' ->
  'several', 'pursuant to' -> 'by'). Tune half, --kind best: margin 0 keeps 14 errors (8 with
  the annotators' correction) against 452 at untouched words, margin 10 keeps 1 against 59;
  --kind context: margin 0, 10 against 215; margin 3, 2 against 55. With only the error
  categories (GRAMMAR, CONFUSED_WORDS, MISC, NONSTANDARD_PHRASES) the tune half has 1 error to
  gain (margin 0, against 25; context: 0 against 17). No margin adds 2 errors at a precision of
  0.5 (the decision rule of data/languagetool_rules.txt), so nothing was built into newslint.
  The same test the other way (the "veto" line), dropping a match of a rule on by default when
  the counts favour the written words (--kind context, margin below 0), would lose one catch newslint misses on the
  tune half (WORTH_WHILE) and drop two of its 9 findings at untouched words, one of them right.
  Held-out half (reported, not tuned on): error categories, --kind context, margin 0: +10 (5 with
  the annotators' correction) against 17 at untouched words; every category, --kind best,
  margin 0: +22 (10) against 435; the veto would lose 3 catches newslint misses and drop 5 of
  20 matches at untouched words.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

REAL_DEV = Path("/work/shared/eval/real-dev/labels.jsonl")
MAX_WORDS = 4  # a match covering more words is not a local replacement


def collect(out: Path, url: str, picky: bool = False) -> None:
    import eval_real_edits as harness
    import measure_languagetool_rules as m

    sentences = harness.build(harness.read_gmeg(harness.GMEG), 4) + harness.build(harness.read_cweb(harness.CWEB), 2)
    harness.assign_halves(sentences, harness.REAL_DEV)
    enable = m.default_off_rules(url)
    with tempfile.TemporaryDirectory() as folder:
        drafts = harness.write_drafts(sentences, Path(folder), harness.SENTENCES_PER_DRAFT)
        by_line = {(s.path, s.line): s for s in sentences}
        for f in harness.lint(harness.default_command(), drafts):
            s = by_line.get((str(Path(f["path"]).resolve()), f["line"])) or by_line.get((f["path"], f["line"]))
            if s is not None:
                s.findings.append(f)
        print(f"own findings: {sum(len(s.findings) for s in sentences)}", file=sys.stderr)
        found = m.findings_of(drafts, url, picky=picky, enable=enable)
    rows = []
    for s in sentences:
        rows.append({
            "id": s.ident, "half": s.half, "text": s.text, "line": s.line,
            "edits": [{"span": list(e.span), "kind": e.kind, "subkind": e.subkind, "correction": e.correction}
                      for e in s.edits],
            "touched": [list(t) for t in s.touched],
            "own": [{"code": f["code"], "line": f["line"], "column": f["column"],
                     "end_line": f.get("end_line", f["line"]), "end_column": f.get("end_column")}
                    for f in s.findings],
            "lt": [{"rule": f["rule"], "category": f["category"], "start": f["column"] - 1,
                    "end": f["end_column"] - 1, "replacements": f["replacements"], "severity": f["severity"]}
                   for f in found.get(Path(s.path), ()) if f["line"] == s.line],
        })
    out.write_text(json.dumps(rows), encoding="utf-8")


# --- analysis ----------------------------------------------------------------------------------

def _hits(cols, span, tol=2):
    return cols[0] < span[1] + tol and cols[1] > span[0] - tol


def _own_cols(f, line):
    if f["line"] != line:
        return None
    a = f["column"] - 1
    b = f["end_column"] - 1 if f.get("end_column") and f.get("end_line", line) == line else a + 1
    b = max(b, a + 1)
    return None if b - a > 40 else (a, b)


TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\w\s]")


def tokens_of(text: str) -> list[str]:
    """Tokens as the counts know them: lower case, every number "0"."""
    return ["0" if t[0].isdigit() else t.lower().replace("’", "'") for t in TOKEN.findall(text)]


def local(text: str, m: dict):
    """(left tokens, written tokens, replacement tokens, right tokens) of a match whose first
    replacement changes at most MAX_WORDS tokens once the tokens both share at the ends are
    set aside; None for anything else (no replacement, a whole sentence, capitals or spacing
    only)."""
    if not m["replacements"] or m["end"] - m["start"] > 60:
        return None
    written = tokens_of(text[m["start"]:m["end"]])
    repl = tokens_of(m["replacements"][0])
    if written == repl:
        return None
    a = 0
    while a < min(len(written), len(repl)) and written[a] == repl[a]:
        a += 1
    b = 0
    while b < min(len(written), len(repl)) - a and written[-1 - b] == repl[-1 - b]:
        b += 1
    mid_w, mid_r = written[a:len(written) - b], repl[a:len(repl) - b]
    if len(mid_w) > MAX_WORDS or len(mid_r) > MAX_WORDS:
        return None
    if not any(t[0].isalpha() for t in mid_w + mid_r):
        return None  # punctuation only
    left = ["<s>", "<s>"] + tokens_of(text[:m["start"]]) + written[:a]
    right = written[len(written) - b:] + tokens_of(text[m["end"]:]) + ["<s>", "<s>"]
    return left, mid_w, mid_r, right


def chain(left: list[str], mid: list[str], right: list[str]) -> float:
    """log P(mid, right[0] | left[-1]) from the pair counts (data/near_words.bin), but for
    the factor every reading shares: the pairs from the last word before to the first word
    after, over each middle word's own count."""
    from newslint.checks.confusables import near_words as nw

    table = nw.counts()
    seq = [left[-1], *mid, right[0]]
    score = sum(math.log(nw.pair_count(table, a, b)) for a, b in zip(seq, seq[1:]))
    return score - sum(math.log(max(table.count(w), 0.5)) for w in mid)


def triples(left, mid, right) -> list[tuple[str, str, str]]:
    seq = [left[-2], left[-1], *mid, right[0], right[1]]
    return [tuple(seq[i:i + 3]) for i in range(len(seq) - 2)]


def triple_score(left, mid, right) -> float:
    from newslint.checks.confusables import near_words as nw

    table = nw.counts()
    return sum(math.log(table.count(*t) + nw.TRIGRAM_FLOOR) for t in triples(left, mid, right))


def gap_evidence(left, mid_w, mid_r, right) -> float | None:
    """The gap counts' summed log-odds (checks/slips/gaps.py) for a one-word edit of the
    fillers: one filler put in, left out or changed for another; None for any other edit."""
    from newslint.checks.slips import gaps

    if len(mid_w) > 1 or len(mid_r) > 1:
        return None
    w = mid_w[0] if mid_w else ""
    r = mid_r[0] if mid_r else ""
    if (w and w not in gaps.CODE) or (r and r not in gaps.CODE):
        return None
    hashes = gaps.contexts(left[-2], left[-1], right[0], right[1])
    return sum(gaps.evidence(gaps.table(), hashes, gaps.CODE.get(w, 0), gaps.CODE.get(r, 0)))


def proposes_fix(text: str, m: dict, edit: dict, replacement: str) -> bool:
    """Whether ``replacement`` for the match gives the sentence the annotators' correction of
    ``edit`` (the two corrected sentences have the same tokens)."""
    parts = local(text, {**m, "replacements": [replacement]})
    if parts is None:
        return False
    left, _, r, right = parts
    a, b = edit["span"]
    return tokens_of(text[:a] + " " + edit["correction"] + " " + text[b:]) == left[2:] + r + right[:-2]


def judged(text, m):
    """(kind, margin) of a match's first replacement against the written words: "gap" (the
    gap counts) or "pairs" (the pair counts, with the triples); None when not local."""
    parts = local(text, m)
    if parts is None:
        return None
    left, w, r, right = parts
    g = gap_evidence(left, w, r, right)
    pair = chain(left, r, right) - chain(left, w, right)
    tri = triple_score(left, r, right) - triple_score(left, w, right) if len(w) == len(r) else 0.0
    prior = _prior(r) - _prior(w)
    return {"gap": g, "pair": pair, "triple": tri, "prior": prior, "w": " ".join(w), "r": " ".join(r)}


def _prior(words: list[str]) -> float:
    """log of the words' own frequencies (the part of ``chain`` that is no context)."""
    from newslint.checks.confusables import near_words as nw

    table = nw.counts()
    return sum(math.log(max(table.count(w), 0.5) / table.total) for w in words)


def analyse(path: Path, margins: list[float], show: int, url: str | None, kind: str, categories: frozenset) -> None:
    import measure_languagetool_rules as mlr
    from newslint.languagetool.options import Options
    from newslint.languagetool.rules import DEFAULT_DISABLED_CATEGORIES

    rows = json.loads(path.read_text(encoding="utf-8"))
    lt_off = set(mlr.default_off_rules(url)) if url else set()
    plain = Options(server="x")

    def on_by_default(m):
        return not (m["rule"] in lt_off or plain.switched_off(m["rule"]) or m["category"] in DEFAULT_DISABLED_CATEGORIES)

    def margin_of(j):
        if j is None:
            return None
        if kind == "pair":
            return j["pair"]
        if kind == "pair+triple":
            return j["pair"] + j["triple"]
        if kind == "gap":
            return j["gap"]
        if kind == "context":  # the neighbours' evidence alone, the words' own frequencies set aside
            return j["gap"] if j["gap"] is not None else j["pair"] + j["triple"] - j["prior"]
        return j["gap"] if j["gap"] is not None else j["pair"] + j["triple"]  # "best"

    real_dev(rows, on_by_default, REAL_DEV)
    for half in ("tune", "held-out"):
        errors = own = 0
        cover = defaultdict(list)  # error -> [(rule, margin or None, on)]
        others = []  # (rule, margin, on, row, m): matches at untouched words
        for r in rows:
            if r["half"] != half:
                continue
            ms = [(m, judged(r["text"], m) if on_by_default(m) or not categories or m["category"] in categories else None)
                  for m in r["lt"] if m["end"] - m["start"] <= 40]
            for k, e in enumerate(r["edits"]):
                errors += 1
                mine = any((c := _own_cols(f, r["line"])) and _hits(c, e["span"]) for f in r["own"])
                own += mine
                for m, j in ms:
                    if _hits((m["start"], m["end"]), e["span"]):
                        fix = proposes_fix(r["text"], m, e, m["replacements"][0]) if m["replacements"] else False
                        cover[(r["id"], k, mine)].append((m["rule"], margin_of(j), on_by_default(m), j, r, m, e, fix))
            for m, j in ms:
                span = (m["start"], m["end"])
                if any(_hits(span, e["span"]) for e in r["edits"]) or any(_hits(span, t) for t in r["touched"]):
                    continue
                others.append((m["rule"], margin_of(j), on_by_default(m), j, r, m))
        vetoed = {key for key, v in cover.items() if any(x[2] and x[1] is not None and x[1] < 0 for x in v)}
        print(f"  veto: matches of rules on by default that the counts disfavour (margin below 0) cover "
              f"{len(vetoed)} errors ({sum(1 for key in vetoed if not key[2])} that newslint misses), and "
              f"{sum(1 for o in others if o[2] and o[1] is not None and o[1] < 0)} of "
              f"{sum(1 for o in others if o[2])} such matches are at untouched words")
        on_catch = {key for key, v in cover.items() if not key[2] and any(on for _, _, on, *_ in v)}
        base = own + len(on_catch)
        print(f"== {half}: {errors} errors; newslint's own rules {own}; with LanguageTool's rules on by default {base}")
        new_off = {key: v for key, v in cover.items() if not key[2] and key not in on_catch}
        fixes = {key: v for key, v in new_off.items() if any(x[1] is not None and x[7] for x in v)}
        print(f"  missed by both, covered by a default-off match: {len(new_off)}; "
              f"by one with a local replacement: {sum(1 for v in new_off.values() if any(mg is not None for _, mg, *_ in v))}; "
              f"by one whose first replacement is the annotators' correction (the CEILING): {len(fixes)}")
        if half == "tune":
            for v in fixes.values():
                x = next(x for x in v if x[1] is not None and x[7])
                print(f"    FIX {x[0]} ({x[5]['category']}) {x[3]['w']!r}->{x[3]['r']!r} margin {x[1]:.1f}: "
                      f"{_marked(x[4]['text'], x[5]['start'], x[5]['end'])}")
        if half == "tune":
            by_rule = Counter()
            for v in new_off.values():
                for rule in {x[0] for x in v if x[1] is not None}:
                    by_rule[rule] += 1
            print("  local catches by rule:", ", ".join(f"{k} {n}" for k, n in by_rule.most_common(25)))
        off_others = [o for o in others if not o[2] and o[1] is not None]
        print(f"  default-off local matches at untouched words: {len(off_others)}")
        for margin in margins:
            caught = sum(1 for v in new_off.values() if any(x[1] is not None and x[1] > margin for x in v))
            right = sum(1 for v in new_off.values() if any(x[1] is not None and x[1] > margin and x[7] for x in v))
            alarms = [o for o in off_others if o[1] > margin]
            print(f"  margin {margin:5}: +{caught} errors ({base + caught}/{errors}; {right} with the annotators' "
                  f"correction), {len(alarms)} at untouched words")
        if half == "tune" and show:
            print("  -- tune: kept catches (margin > first) --")
            for key, v in list(new_off.items()):
                for rule, mg, on, j, r, m, e, fix in v:
                    if mg is not None and mg > margins[0]:
                        print(f"  NEW {rule} {mg:.1f} {j['w']!r}->{j['r']!r} ({e['kind']}/{e['subkind']} -> {e['correction']!r}): "
                              f"{_marked(r['text'], m['start'], m['end'])}")
            print("  -- tune: kept at untouched words --")
            for rule, mg, on, j, r, m in sorted(off_others, key=lambda o: -o[1])[:show]:
                if mg > margins[0]:
                    print(f"  OTHER {rule} {mg:.1f} {j['w']!r}->{j['r']!r}: {_marked(r['text'], m['start'], m['end'])}")


def real_dev(rows, on_by_default, labels: Path) -> None:
    """real-dev's cases (sampled from the same sentences) whose error is one of the harness's:
    how many newslint or the LanguageTool rules on by default catch, and how many more a
    default-off match whose first replacement is the annotators' correction could add (the
    ceiling of any verification there). Totals by half only."""
    by_id = {r["id"]: r for r in rows}
    seen = Counter()
    for line in labels.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        half = "odd" if int(Path(case["file"]).name[:4]) % 2 else "even"
        r = by_id.get(case["source"])
        edits = [e for e in (r["edits"] if r else ())
                 if r["text"][e["span"][0]:e["span"][1]].strip() == case["wrong"].strip()
                 and e["correction"].strip().lower() == case["right"].strip().lower()]
        seen[half, "cases"] += 1
        if not edits:
            continue
        e = edits[0]
        seen[half, "in the harness"] += 1
        ms = [m for m in r["lt"] if m["end"] - m["start"] <= 40 and _hits((m["start"], m["end"]), e["span"])]
        if any((c := _own_cols(f, r["line"])) and _hits(c, e["span"]) for f in r["own"]) or any(map(on_by_default, ms)):
            seen[half, "caught"] += 1
        elif any(m["replacements"] and proposes_fix(r["text"], m, e, m["replacements"][0]) for m in ms):
            seen[half, "ceiling of a verified default-off match"] += 1
    for half in ("odd", "even"):
        print(f"real-dev {half}: " + ", ".join(f"{k} {n}" for (h, k), n in seen.items() if h == half))


def _marked(text, a, b):
    return " ".join(f"{text[max(0, a - 60):a]}[[{text[a:b]}]]{text[b:b + 50]}".split())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--collect", type=Path, help="write the harness's findings and matches here")
    ap.add_argument("--url", help="the LanguageTool server (for --collect)")
    ap.add_argument("--picky", action="store_true", help="with --collect: LanguageTool's picky level too")
    ap.add_argument("--analyse", type=Path, help="read a --collect file and print the figures")
    ap.add_argument("--margins", default="0,0.5,1,1.5,2,3")
    ap.add_argument("--show", type=int, default=0, help="print this many tune-half kept matches")
    ap.add_argument("--categories", default="", help="judge only the default-off matches of these LanguageTool categories")
    ap.add_argument("--kind", default="best", choices=("pair", "pair+triple", "gap", "best", "context"))
    a = ap.parse_args(argv)
    if a.collect:
        collect(a.collect, a.url, a.picky)
    if a.analyse:
        analyse(a.analyse, [float(x) for x in a.margins.split(",")], a.show, a.url, a.kind, frozenset(filter(None, a.categories.split(","))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
