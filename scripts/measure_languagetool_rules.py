#!/usr/bin/env python3
"""Measure each LanguageTool rule on real copy: what it catches and how often it cries wolf.

    python3 scripts/measure_languagetool_rules.py --url http://127.0.0.1:8081 \\
        --real ../shared/eval/real-dev --half odd --corpus ../shared/eval/dev/corpus \\
        --wikitext CORPORA/wikitext/wiki.test.tokens CORPORA/wikitext/wiki.valid.tokens --out rules.json \\
        --markdown docs/languagetool-rules.md

Every LanguageTool rule is switched on (newslint's default list is ignored), every draft is
sent as newslint sends it (prose only, the story's own US/UK variety) and every match is placed
as the LT rule places it. Per LanguageTool rule id:

- ``hits``: errors of ``--real`` (``cases/NNNN.txt`` with ``labels.jsonl``) whose span the
  rule's finding overlaps (as ``score_real.py`` counts: same line, 2 characters of slack);
- ``new``: those of its hits that newslint's own default rules miss (``--own DIR``: the
  results folder of a ``score_real.py`` run of newslint without LanguageTool), the only hits
  that raise recall when LanguageTool is switched on;
- ``wrong_other``: its other findings on those erroneous drafts;
- ``fixed``: its findings on the corrected drafts (``NNNN.fixed.txt``): false alarms;
- ``corpus``: its findings on the clean articles of ``--corpus``, and per 1,000 words;
- ``web``: its findings on web text (``--web``: a folder of drafts, such as ``--conllu-to``
  writes from the English Web Treebank and GUM: blogs, reviews, e-mail, questions and
  conversation, the kind of text of real-dev's CWEB half), and per 1,000 words. Web text is
  unedited: many of these findings are right, so read them;
- ``*_docs``: in how many documents of each material the rule fired;
- ``wiki``: its findings on Wikipedia articles (``--wikitext``: WikiText-103 ``*.tokens``
  files, their tokenization undone, up to ``--wiki-words`` words; WikiText's ``<unk>``, a rare
  word it left out, reads as the name "Unk", and a finding within 40 characters of one is
  not counted), and per 1,000 words.

**The threshold** (``to_read`` and ``THRESHOLD``): a rule on by default is read when its
findings on the corrected drafts, on clean copy (news, Wikipedia, web text) and at untouched
words of the harness (``--edits``) number at least 2, in 2 documents or more, and outnumber its
catches on real-dev and on the harness. Reading each finding decides
(real copy has real errors): the rule goes off when the findings read as wrong are at least 2,
in 2 documents or more, and outnumber its catches plus the findings read as right (precision
below 0.5); with fewer than 2 wrong findings it stays as LanguageTool ships it (never off, or
on, because of one case). A rule off by default goes on only when it adds at least 2 catches
that newslint's own rules miss (``new`` and ``edits_new``) at a precision of 0.5 or more. The reasons in
``newslint/data/languagetool_rules.txt`` record what reading showed.

``--markdown`` writes every rule that fired as a table: its figures, whether newslint leaves
it on or off by default, and why (``newslint/data/languagetool_rules.txt``), after a table by
category; ``--render OUT --markdown PAGE`` writes it again from an earlier run's ``--out``
(after the list changed) without asking LanguageTool. Clean copy has a few real
errors of its own: read a rule's findings (``--out``) before calling them false alarms.

``--edits`` also measures every rule on the TUNE half of ``scripts/eval_real_edits.py``'s
harness (about 500 errors that at least two annotators corrected in GMEG-wiki's and CWEB's dev
sentences; its held-out half is never read here, per rule or otherwise): ``edits``, the agreed
errors a rule's finding covers; ``edits_new``, those newslint's own default rules (run on the
same drafts) miss; ``untouched``, its findings at words no annotator touched (an upper bound on
false alarms: annotators leave some errors alone, so read them), and per 1,000 words. Findings
at words an annotator changed without an agreed error of a counted kind count neither way.

``--conllu-to FOLDER --conllu FILES`` writes the documents of Universal Dependencies files
(the English Web Treebank: web text like real-dev's CWEB half) as drafts for ``--corpus``.

``--half odd`` keeps the odd case numbers (the half one may tune on), ``even`` the other half.
``--held-out`` (with ``--half odd`` and ``--own``) also counts the ceiling on the even half: how
many of its errors newslint's own rules, the rules on by default and every rule that fired
catch, as totals only (never per rule: that half is not read, nor tuned on).
``--picky`` asks for LanguageTool's picky level; ``--default-off`` also switches on the rules
LanguageTool itself leaves off (its ``/v2/configinfo``), to see whether any is worth having.
Prints a table, worst first, and writes the figures (and the matched text of each finding) as
JSON. Needs a running LanguageTool server; sends nothing anywhere else.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newslint import languagetool  # noqa: E402
from newslint.checks.grammar import LanguageToolRule  # noqa: E402
from newslint.config import Settings  # noqa: E402
from newslint.document import Document, read_text  # noqa: E402

TOL = 2
MAX_WIDTH = 40
# The threshold (see the module's docstring): at least this many findings, in at least this
# many documents, before a rule is read for switching off or on.
AT_LEAST = 2
THRESHOLD = (
    "a rule on by default goes off when, of its findings on the corrected drafts, on clean copy "
    "(news, Wikipedia, web text) and at words no annotator touched in the real-error harness, at least 2, "
    "in 2 documents or more, were read as wrong and those outnumber its catches on real-dev and on the "
    "harness plus its findings read as right (precision below 0.5); with fewer, "
    "it stays as LanguageTool ships it. A rule off by default goes on only when it adds at least 2 "
    "catches newslint's own rules miss at a precision of 0.5 or more"
)
# What scripts/verify_languagetool_candidates.py measured (its docstring has the figures): the page
# says it, since no rule's row shows it.
VERIFIED = """**Verified matches** (`scripts/verify_languagetool_candidates.py`, measured on 2026-12-02 at
main dd491b6): a default-off rule's proposed replacement, kept only when newslint's own counts (the gap
counts, the pair and triple counts of `data/near_words.bin`) favour it over the written words by a
margin, adds nothing worth having. On the harness's tune half only 8 of the 272 errors that newslint
and the rules on by default miss have a default-off match whose replacement is the annotators'
correction (12 of 522 held out; of the real-dev cases that are harness errors, 0 odd and 1 even), and no margin keeps 2 of them at
a precision of 0.5: the counts favour what is common, so the kept matches at untouched words are
names and plain-English rewrites ('a number of' -> 'several')."""
MATERIALS = ("fixed", "corpus", "web", "wiki", "untouched")
# What WikiText's <unk> becomes; a finding within 40 characters of it is not counted.
PLACEHOLDER = "Unk"


class EveryRule(languagetool.Options):
    """Options that switch every LanguageTool rule and category on."""

    @property
    def disabled_rules(self):
        return ()

    @property
    def disabled_categories(self):
        return ()

    def switched_off(self, rule_id):
        return False

    def named(self, rule_id, category):
        """A rule off by default is on only when ``enable`` names it: measured as named."""
        return status_of(rule_id, category)[0] == "off"


def default_off_rules(url: str) -> tuple[str, ...]:
    """The ids of the rules LanguageTool itself leaves off (its /v2/configinfo)."""
    import urllib.request

    with urllib.request.urlopen(f"{url}/v2/configinfo?language=en-US", timeout=60) as reply:
        rules = json.loads(reply.read())["rules"]
    return tuple(sorted({r["ruleId"] for r in rules if r.get("isDefaultOff")}))


def drafts_in(folder: Path) -> tuple[list[Path], int]:
    """The drafts (.txt, .md) of ``folder``, sorted, and how many words they hold."""
    drafts = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md"))
    return drafts, sum(len(p.read_text(encoding="utf-8").split()) for p in drafts)


def findings_of(paths: list[Path], url: str, picky: bool = False, enable: tuple[str, ...] = ()) -> dict[Path, list[dict]]:
    opts = EveryRule(server=url, timeout=600, picky=picky, enable=enable)
    settings = Settings(tables=(("languagetool", {"server": url}),))
    session = languagetool.Session()
    session.begin(None)
    docs = {path: Document(read_text(str(path)), path=str(path)) for path in paths}
    rule = LanguageToolRule()
    out: dict[Path, list[dict]] = {}
    # Send the drafts in groups, so that a long run shows progress.
    items = list(docs.items())
    for start in range(0, len(items), 50):
        group = items[start : start + 50]
        by_language = defaultdict(list)
        for path, doc in group:
            by_language[languagetool.language_for(opts, settings, doc)].append((path, doc))
        for language, members in by_language.items():
            pieces = [(path, doc, languagetool.pieces_of(doc)) for path, doc in members]
            flat = [p for _, _, ps in pieces for p in ps]
            results = session.matches(opts, language, flat)
            if results is None:
                sys.exit(f"LanguageTool failed: {session.failure}")
            index = 0
            for path, doc, ps in pieces:
                quotes = doc.analysis("quotes")
                found = []
                for piece in ps:
                    for match in results[index]:
                        finding = rule._finding(doc, piece, match, opts, quotes)
                        if finding is None:
                            continue
                        line, column = doc.line_col(finding.start)
                        end_line, end_column = doc.line_col(finding.end)
                        found.append(
                            {
                                "rule": finding.code[2:],
                                "line": line,
                                "column": column,
                                "end_column": end_column if end_line == line else column + 1,
                                "text": doc.text[finding.start : finding.end],
                                "context": " ".join(doc.text[max(0, finding.start - 40) : finding.end + 40].split()),
                                "severity": finding.severity,
                                "quoted": finding.quoted,
                                "category": match.get("category", ""),
                                "replacements": list(finding.suggestions),
                            }
                        )
                    index += 1
                out[path] = found
        print(f"  {min(start + 50, len(items))}/{len(items)} drafts", file=sys.stderr)
    return out


def wikitext_articles(paths: list[Path], folder: Path, words: int) -> list[Path]:
    """Wikipedia articles of WikiText-103 tokens files as drafts in ``folder`` (a headline,
    then the article's paragraphs), their tokenization undone, up to ``words`` words.
    WikiText's ``<unk>`` (a rare word it left out, mostly a name) becomes the name "Unk"."""
    import re

    text = "\n".join(path.read_text(encoding="utf-8") for path in paths)
    text = text.replace("<unk>", PLACEHOLDER)
    text = text.replace(" @-@ ", "-").replace(" @,@ ", ",").replace(" @.@ ", ".")
    text = re.sub(r" ([.,;:!?)%'])", r"\1", text).replace("( ", "(").replace(" n't", "n't")
    text = re.sub(r'" (.*?) "', r'"\1"', text)
    articles = re.split(r"^ = (?!=)(.*?) = $", text, flags=re.M)
    out, total = [], 0
    for title, body in zip(articles[1::2], articles[2::2]):
        paragraphs = [p.strip() for p in body.splitlines() if p.strip() and not p.startswith(" =")]
        if not paragraphs:
            continue
        draft = folder / f"wiki-{len(out):04d}.txt"
        draft.write_text(title.strip() + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        out.append(draft)
        total += sum(len(p.split()) for p in paragraphs)
        if total >= words:
            break
    return out


def extracted_articles(paths: list[Path], folder: Path, words: int) -> list[Path]:
    """Wikipedia articles of WikiExtractor files (``<doc ... title="...">`` blocks) as drafts in
    ``folder`` (a headline, then the article's paragraphs), up to ``words`` words."""
    import re

    out, total = [], 0
    for path in paths:
        for body in re.findall(r"<doc [^>]*>\n(.*?)</doc>", path.read_text(encoding="utf-8"), flags=re.DOTALL):
            lines = [line.strip() for line in body.splitlines() if line.strip()]
            if len(lines) < 2:
                continue
            draft = folder / f"wiki-{len(out):04d}.txt"
            draft.write_text(lines[0] + "\n\n" + "\n\n".join(lines[1:]) + "\n", encoding="utf-8")
            out.append(draft)
            total += sum(len(line.split()) for line in lines[1:])
            if total >= words:
                return out
    return out


def conllu_drafts(paths: list[Path], folder: Path) -> list[Path]:
    """The documents of Universal Dependencies ``.conllu`` files (``# newdoc``, paragraphs by
    ``# newpar``, sentences by ``# text =``) as drafts in ``folder``, under the headline "Web
    text": how the English Web Treebank's blogs, reviews, e-mail and questions are measured."""
    docs: list[list[list[str]]] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# newdoc") or not docs:
                docs.append([[]])
            if line.startswith("# newpar") and docs[-1][-1]:
                docs[-1].append([])
            elif line.startswith("# text ="):
                docs[-1][-1].append(line.split("=", 1)[1].strip())
    out = []
    for paragraphs in docs:
        text = [" ".join(p) for p in paragraphs if p]
        if text:
            draft = folder / f"web-{len(out):04d}.txt"
            draft.write_text("Web text\n\n" + "\n\n".join(text) + "\n", encoding="utf-8")
            out.append(draft)
    return out


def _harness():
    """scripts/eval_real_edits.py, the real-error harness, as a module."""
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)
    import eval_real_edits

    return eval_real_edits


def harness_drafts(folder: Path, half: str = "tune"):
    """The sentences of one half of ``scripts/eval_real_edits.py``'s harness, written as its
    drafts into ``folder`` (200 sentences each, one a paragraph), with newslint's own default
    findings attached to each sentence: (sentences, drafts)."""
    harness = _harness()
    sentences = harness.build(harness.read_gmeg(harness.GMEG), 4) + harness.build(harness.read_cweb(harness.CWEB), 2)
    harness.assign_halves(sentences, harness.REAL_DEV)
    chosen = [s for s in sentences if s.half == half]
    drafts = harness.write_drafts(chosen, folder)
    by_line = {(s.path, s.line): s for s in chosen}
    for f in harness.lint(harness.default_command(), drafts):
        s = by_line.get((str(Path(f["path"]).resolve()), f["line"])) or by_line.get((f["path"], f["line"]))
        if s is not None:
            s.findings.append(f)
    return chosen, drafts


def tally_edits(sentences, found: dict[str, list[dict]]) -> tuple[dict[str, Counter], dict[str, list[str]], dict]:
    """Each LanguageTool rule on the harness's sentences: ``edits`` (agreed errors its findings
    cover), ``edits_new`` (those newslint's own findings, ``sentence.findings``, miss),
    ``untouched`` (findings at words no annotator touched) and ``untouched_docs`` (in how many
    sentences). ``found`` maps a draft's path to its LanguageTool findings (``findings_of``).
    Returns the counts, examples (``FOUND``/``NEW``/``OTHER`` lines) and the ceiling."""
    columns, hits = _harness().columns, _harness().hits
    counts: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    by_line: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for path, findings in found.items():
        for f in findings:
            by_line[(str(path), f["line"])].append(f)
    errors, own_ids = 0, set()
    caught_by: dict[str, set[int]] = defaultdict(set)
    for s in sentences:
        lt = by_line.get((s.path, s.line), [])
        for edit in s.edits:
            errors += 1
            mine = any(hits(columns(f, s.line), edit.span) for f in s.findings)
            if mine:
                own_ids.add(id(edit))
            rules = {f["rule"] for f in lt if hits(columns(f, s.line), edit.span)}
            for rule in rules:
                counts[rule]["edits"] += 1
                caught_by[rule].add(id(edit))
                if not mine:
                    counts[rule]["edits_new"] += 1
                tag = "FOUND" if mine else "NEW"
                examples[rule].append(f"{tag} {edit.kind}/{edit.subkind} -> {edit.correction!r}: "
                                      f"{_marked(s.text, *edit.span)}")
        fired = set()
        for f in lt:
            cols = columns(f, s.line)
            if cols is None or any(hits(cols, e.span) for e in s.edits) or any(hits(cols, t) for t in s.touched):
                continue
            counts[f["rule"]]["untouched"] += 1
            fired.add(f["rule"])
            examples[f["rule"]].append(f"OTHER: {_marked(s.text, *cols)}")
        for rule in fired:
            counts[rule]["untouched_docs"] += 1
    return counts, examples, {"errors": errors, "own_ids": own_ids, "caught_by": caught_by}


def _marked(text: str, a: int, b: int) -> str:
    return f"{text[max(0, a - 70):a]}[[{text[a:b]}]]{text[b:b + 70]}"


def status_of(rule: str, category: str) -> tuple[str, str]:
    """("on" or "off", why) for a LanguageTool rule under newslint's defaults."""
    from newslint.languagetool import rules as defaults

    plain = languagetool.Options(server="local")
    if category in defaults.DEFAULT_DISABLED_CATEGORIES:
        return "off", f"category {category}: {defaults.DEFAULT_DISABLED_CATEGORIES[category]}"
    for part, why in defaults.DEFAULT_DISABLED_PARTS.items():
        if part in rule:
            return "off", why
    for entry, why in defaults.DEFAULT_DISABLED.items():
        if rule == entry or rule.startswith(entry + "_"):
            return "off", why
    if plain.switched_off(rule):
        return "off", defaults.GUESSES_REASON
    return "on", ""


def ceiling(cases: set[str], own_found: set[str], caught_by: dict[str, set[str]], status: dict[str, str]) -> dict:
    """How many of ``cases`` (real errors, by file) newslint's default rules catch, and how many
    newslint and LanguageTool catch together: with the LanguageTool rules on by default
    (``status`` "on"), and with every LanguageTool rule that fired, which no choice of rules
    can better."""
    own = cases & own_found
    every = set().union(*caught_by.values()) if caught_by else set()
    on = set().union(*(found for rule, found in caught_by.items() if status.get(rule) == "on"))
    return {"cases": len(cases), "own": len(own), "on_by_default": len(own | (on & cases)),
            "every_rule": len(own | (every & cases))}


def alarms_of_every_rule(rows: list[dict], fixed_words: int, corpus_words: int) -> dict:
    """What every rule that fired costs together: its findings on the corrected drafts and
    on ``--corpus``, and per 1,000 words of each (the price of the ceiling)."""
    fixed = sum(r.get("fixed", 0) for r in rows)
    corpus = sum(r.get("corpus", 0) for r in rows)
    return {"fixed": fixed, "fixed_per_1k": round(1000 * fixed / fixed_words, 2) if fixed_words else 0.0,
            "corpus": corpus, "corpus_per_1k": round(1000 * corpus / corpus_words, 2) if corpus_words else 0.0}


def markdown(rows: list[dict], totals: dict, command: str, reach: dict | None = None,
             held_out: dict | None = None, harness: dict | None = None) -> str:
    """Every rule that fired, with its figures and newslint's default, as a Markdown page."""
    lines = [
        "# LanguageTool rules: what each catches and how often it cries wolf",
        "",
        f"Written by `{command}` (LanguageTool 6.8, every rule",
        "and category switched on, the default level). Material: "
        + "; ".join(f"{name}: {value}" for name, value in totals.items())
        + ".",
        "",
        "- *caught*: real errors of the odd half of `real-dev` whose place the rule's finding covers;",
        "  *new*: those newslint's own default rules miss (what switching LanguageTool on adds);",
        "  *precision on real-dev*: caught / (caught + its findings on the corrected drafts);",
        "- *corrected drafts*: findings on the corrected drafts (false alarms);",
        "- *news*, *Wikipedia*: findings on clean copy, and per 1,000 words. Clean copy has a few",
        "  real errors of its own: the reasons say what reading the findings showed;",
        "- *web*: findings on web text, and per 1,000 words; web text is unedited, and many of them are right;",
        "- *harness*: agreed errors of the tune half of `scripts/eval_real_edits.py` (GMEG-wiki and CWEB dev",
        "  sentences) the rule's finding covers; *h. new*: those newslint's own default rules miss;",
        "  *untouched*: its findings there at words no annotator touched (an upper bound on false alarms), per 1,000 words;",
        "- *default*: whether newslint asks LanguageTool for the rule when `enable` does not name it;",
        "- *read*: whether the threshold asks for the rule's findings to be read. The threshold: " + THRESHOLD + ".",
        "",
        "URL is a LanguageTool 6.8 server (`newslint languagetool start`); DIR is the results folder of",
        "`score_real.py` run with newslint's default rules (no LanguageTool) on the same commit.",
        "",
    ]
    if reach:
        lines += [
            f"**The ceiling.** Of the {reach['cases']} real errors, newslint's default rules catch {reach['own']}; with",
            f"the LanguageTool rules on by default, {reach['on_by_default']}; with every LanguageTool rule that fired,",
            f"{reach['every_rule']} ({reach['every_rule'] / reach['cases']:.2f}), which no choice of rules can better; those rules",
            f"together make {reach['fixed']} findings on the corrected drafts ({reach['fixed_per_1k']:.2f} per 1,000 words) and",
            f"{reach['corpus']} on the clean news ({reach['corpus_per_1k']:.2f} per 1,000 words; the *every rule* row below).",
            "",
        ]
    if harness:
        lines += [
            f"**The harness** (tune half): of its {harness['errors']} agreed errors newslint's default rules catch "
            f"{harness['own']}; with the LanguageTool rules on by default, {harness['on_by_default']} (at the price of "
            f"{harness['untouched_on']} findings at untouched words, {1000 * harness['untouched_on'] / harness['words']:.2f} per 1,000 words); "
            f"with every LanguageTool rule that fired, {harness['every_rule']} ({harness['untouched_every']} findings at untouched words).",
            "",
        ]
    if held_out:
        lines += [
            f"**The held-out half** (the even case numbers, counted the same way, never read): of its {held_out['cases']} real",
            f"errors newslint's default rules catch {held_out['own']}; with the LanguageTool rules on by default,",
            f"{held_out['on_by_default']}; with every LanguageTool rule that fired, {held_out['every_rule']} "
            f"({held_out['every_rule'] / held_out['cases']:.2f}).",
            "",
        ]
    lines += [*VERIFIED.splitlines(), ""]
    lines += [
        "By category (every rule that fired; *on*: how many of them newslint leaves on), the",
        "rules on by default together, and every rule that fired:",
        "",
        "| category | rules | on | caught | new | harness | h. new | untouched | corrected drafts | news | web | Wikipedia |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    by_category: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        for group in (f"`{r['category'] or '?'}`", "**every rule**", *(["**on by default**"] if r["status"] == "on" else [])):
            c = by_category[group]
            c["rules"] += 1
            c["on"] += r["status"] == "on"
            for key in ("hits", "new", "edits", "edits_new", "untouched", "fixed", "corpus", "web", "wiki"):
                c[key] += r.get(key, 0)
    for group, c in sorted(by_category.items(), key=lambda item: (item[0].startswith("**"), -item[1]["hits"], item[0])):
        lines.append(
            f"| {group} | {c['rules']} | {c['on']} | {c['hits']} | {c['new']} | {c['edits']} | {c['edits_new']} | {c['untouched']} | "
            f"{c['fixed']} | {c['corpus']} | {c['web']} | {c['wiki']} |"
        )
    lines += [
        "",
        "Every rule that fired:",
        "",
        "| rule | category | caught | new | corrected drafts | precision on real-dev | harness | h. new | untouched | /1k | news | /1k | web | /1k | Wikipedia | /1k | default | read | why off |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in sorted(rows, key=lambda r: (-r.get("hits", 0) - r.get("edits", 0), r["status"] != "on",
                                         -sum(r.get(m, 0) for m in MATERIALS), r["rule"])):
        hits, fixed = r.get("hits", 0), r.get("fixed", 0)
        precision = f"{hits / (hits + fixed):.2f}" if hits + fixed else "–"
        why = r["why"].replace("|", "/")
        lines.append(
            f"| `{r['rule']}` | {r['category']} | {hits} | {r.get('new', 0)} | {fixed} | {precision} | {r.get('edits', 0)} | "
            f"{r.get('edits_new', 0)} | {r.get('untouched', 0)} | {r.get('untouched_per_1k', 0.0):.2f} | {r.get('corpus', 0)} | "
            f"{r['corpus_per_1k']:.2f} | {r.get('web', 0)} | {r.get('web_per_1k', 0.0):.2f} | {r.get('wiki', 0)} | {r['wiki_per_1k']:.2f} | "
            f"{r['status']} | {'yes' if to_read(r) else ''} | {why} |"
        )
    return "\n".join(lines) + "\n"


def overlaps(f: dict, line: int, c0: int, c1: int) -> bool:
    if f["line"] != line:
        return False
    a, b = f["column"], max(f["end_column"], f["column"] + 1)
    return b - a <= MAX_WIDTH and a < c1 + TOL and b > c0 - TOL


def to_read(row: dict) -> bool:
    """Whether the threshold asks for a rule's findings to be read: on by default, at least
    AT_LEAST findings on the corrected drafts and clean copy, in AT_LEAST documents or more,
    and more of them than its catches; or off by default and adding AT_LEAST catches."""
    if row["status"] != "on":
        return row.get("new", 0) + row.get("edits_new", 0) >= AT_LEAST
    clean = sum(row.get(m, 0) for m in MATERIALS)
    documents = sum(row.get(f"{m}_docs", 0) for m in MATERIALS)
    return clean >= AT_LEAST and documents >= AT_LEAST and clean > row.get("hits", 0) + row.get("edits", 0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--url", help="the LanguageTool server (needed unless --render or --conllu-to)")
    ap.add_argument("--real", type=Path)
    ap.add_argument("--half", choices=("odd", "even", "all"), default="odd")
    ap.add_argument("--held-out", action="store_true",
                    help="with --half odd and --own: the ceiling on the even half too, as totals only")
    ap.add_argument("--own", type=Path, help="a score_real.py results folder of newslint's default rules")
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--web", type=Path, help="a folder of web-text drafts (see --conllu-to), measured like --corpus")
    ap.add_argument("--wikitext", type=Path, nargs="+", help="WikiText-103 *.tokens files (Wikipedia articles)")
    ap.add_argument("--wiki-extracted", type=Path, nargs="+", help="WikiExtractor files (Wikipedia articles), instead of --wikitext")
    ap.add_argument("--wiki-words", type=int, default=500_000, help="words of --wikitext to use")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--markdown", type=Path, help="write every rule's figures as a Markdown table")
    ap.add_argument("--edits", action="store_true",
                    help="also the TUNE half of scripts/eval_real_edits.py's real-error harness")
    ap.add_argument("--picky", action="store_true", help="LanguageTool's picky level (more rules)")
    ap.add_argument("--default-off", action="store_true", help="also the rules LanguageTool itself leaves off")
    ap.add_argument("--conllu-to", type=Path, metavar="FOLDER",
                    help="write the documents of --conllu files as drafts into FOLDER (for --corpus), and stop")
    ap.add_argument("--conllu", type=Path, nargs="+", help="Universal Dependencies .conllu files (English Web Treebank)")
    ap.add_argument("--render", type=Path, help="write --markdown from an --out file of an earlier run, asking nothing")
    a = ap.parse_args()
    if a.conllu_to:
        a.conllu_to.mkdir(parents=True, exist_ok=True)
        drafts = conllu_drafts(a.conllu, a.conllu_to)
        print(f"{len(drafts)} drafts in {a.conllu_to}", file=sys.stderr)
        return
    if a.render:
        saved = json.loads(a.render.read_text(encoding="utf-8"))
        rows = [dict(r, **dict(zip(("status", "why"), status_of(r["rule"], r["category"])))) for r in saved["rules"]]
        for row in rows:
            if row.get("default_off"):
                row["status"], row["why"] = "off", "LanguageTool itself leaves it off"
        reach = saved.get("ceiling")
        if reach:
            reach.update(alarms_of_every_rule(rows, saved["fixed_words"], saved["corpus_words"]))
        a.markdown.write_text(markdown(rows, saved["totals"], saved["command"], reach, saved.get("held_out"),
                                       saved.get("harness")), encoding="utf-8")
        return
    if not a.url:
        ap.error("--url is needed to measure")
    enable = default_off_rules(a.url) if a.default_off else ()
    stats: dict[str, Counter] = defaultdict(Counter)
    category: dict[str, str] = {}
    examples: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    # The real errors each LanguageTool rule catches, and those newslint's own rules catch.
    caught_by: dict[str, set[str]] = defaultdict(set)
    # In which documents of each material a rule fired.
    documents: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    own_found: set[str] = set()
    corpus_words = fixed_words = wiki_words = web_words = edits_words = 0
    edits_reach = None
    totals: dict[str, str] = {}

    def tally(found, paths, material: str, skip=lambda f: False) -> None:
        """Count each rule's findings on the clean copy of ``material`` (corrected drafts,
        news, web text, Wikipedia): how many, in which documents, with examples."""
        for path in paths:
            for f in found[path]:
                if skip(f):
                    continue
                category[f["rule"]] = f["category"]
                stats[f["rule"]][material] += 1
                documents[f["rule"]][material].add(path.name)
                examples[f["rule"]][material].append(f"{path.name}: [{f['text']}] {f['context']}")

    if a.real:
        labels = [json.loads(x) for x in (a.real / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x]

        def keep(label):
            number = int(Path(label["file"]).stem)
            return a.half == "all" or (number % 2 == 1) == (a.half == "odd")

        labels = [lab for lab in labels if keep(lab)]
        if a.own:
            for row in (a.own / "cases.jsonl").read_text(encoding="utf-8").splitlines():
                case = json.loads(row)
                if any(case["found"].values()):
                    own_found.add(case["file"])
        wrong = [a.real / lab["file"] for lab in labels]
        fixed = [a.real / lab["file"].replace(".txt", ".fixed.txt") for lab in labels]
        fixed_words = sum(len(p.read_text(encoding="utf-8").split()) for p in fixed)
        print(f"real: {len(labels)} cases", file=sys.stderr)
        found = findings_of(wrong + fixed, a.url, a.picky, enable)
        for lab, path in zip(labels, wrong):
            for f in found[path]:
                category[f["rule"]] = f["category"]
                if overlaps(f, lab["line"], lab["col_start"], lab["col_end"]):
                    caught_by[f["rule"]].add(lab["file"])
                    stats[f["rule"]]["hits"] += 1
                    new = a.own is not None and lab["file"] not in own_found
                    stats[f["rule"]]["new"] += new
                    mark = " [new]" if new else ""
                    examples[f["rule"]]["hits"].append(f"{lab['file']} {lab['kind']}/{lab['subkind']}{mark}: {f['context']}")
                else:
                    stats[f["rule"]]["wrong_other"] += 1
        tally(found, fixed, "fixed")
    if a.corpus:
        articles, corpus_words = drafts_in(a.corpus)
        print(f"corpus: {len(articles)} articles, {corpus_words} words", file=sys.stderr)
        tally(findings_of(articles, a.url, a.picky, enable), articles, "corpus")
        totals["news"] = f"{len(articles)} clean articles of `{a.corpus.name}`, {corpus_words:,} words"
    if a.web:
        pages, web_words = drafts_in(a.web)
        print(f"web: {len(pages)} documents, {web_words} words", file=sys.stderr)
        tally(findings_of(pages, a.url, a.picky, enable), pages, "web")
        totals["web"] = f"{len(pages)} documents of web text (`{a.web.name}`), {web_words:,} words"
    if a.wikitext or a.wiki_extracted:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            if a.wiki_extracted:
                articles = extracted_articles(a.wiki_extracted, Path(folder), a.wiki_words)
            else:
                articles = wikitext_articles(a.wikitext, Path(folder), a.wiki_words)
            wiki_words = sum(len(p.read_text(encoding="utf-8").split()) for p in articles)
            print(f"wikitext: {len(articles)} articles, {wiki_words} words", file=sys.stderr)
            # (a finding about a word WikiText left out, "a Unk", "Unk Unk", is not counted)
            tally(findings_of(articles, a.url, a.picky, enable), articles, "wiki",
                  skip=lambda f: PLACEHOLDER in f["context"])
        names = " and ".join(f"`{p.name}`" for p in a.wiki_extracted or a.wikitext)
        source = "English Wikipedia (WikiExtractor" if a.wiki_extracted else "WikiText-103 ("
        totals["Wikipedia"] = f"{len(articles)} articles of {source}{names}), {wiki_words:,} words"
    if a.edits:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            sentences, drafts = harness_drafts(Path(folder))
            edits_words = sum(len(s.text.split()) for s in sentences)
            print(f"harness (tune half): {len(sentences)} sentences, {edits_words} words", file=sys.stderr)
            found = findings_of(drafts, a.url, a.picky, enable)
            counts, edit_examples, edits_reach = tally_edits(sentences, found)
        for findings in found.values():
            for f in findings:
                category.setdefault(f["rule"], f["category"])
        for rule, c in counts.items():
            stats[rule].update(c)
            examples[rule]["edits"] = edit_examples[rule]
        totals["harness"] = (f"the tune half of `scripts/eval_real_edits.py` (GMEG-wiki and CWEB dev sentences), "
                             f"{len(sentences):,} sentences, {edits_reach['errors']} agreed errors, {edits_words:,} words")
    rows = []
    for rule, c in stats.items():
        c["default_off"] = int(rule in enable)
        for material, names in documents[rule].items():
            c[f"{material}_docs"] = len(names)
        per_k = 1000 * c["corpus"] / corpus_words if corpus_words else 0.0
        status, why = status_of(rule, category.get(rule, ""))
        if c["default_off"]:
            status, why = "off", "LanguageTool itself leaves it off"
        rows.append({"rule": rule, "category": category.get(rule, ""), **c, "corpus_per_1k": round(per_k, 3),
                     "wiki_per_1k": round(1000 * c["wiki"] / wiki_words, 3) if wiki_words else 0.0,
                     "fixed_per_1k": round(1000 * c["fixed"] / fixed_words, 3) if fixed_words else 0.0,
                     "web_per_1k": round(1000 * c["web"] / web_words, 3) if web_words else 0.0,
                     "untouched_per_1k": round(1000 * c["untouched"] / edits_words, 3) if edits_words else 0.0,
                     "status": status, "why": why})
    for row in rows:
        row["read"] = to_read(row)
    rows.sort(key=lambda r: (-(r.get("fixed", 0) + r["corpus_per_1k"]), r["rule"]))
    print(f"{'rule':48} {'hits':>5} {'new':>4} {'edits':>5} {'e_new':>5} {'untch':>5} {'fixed':>6} {'corpus':>7} {'/1k':>6} "
          f"{'web':>5} {'wiki':>6} {'/1k':>6} default read")
    for r in rows:
        print(f"{r['rule']:48} {r.get('hits', 0):5} {r.get('new', 0):4} {r.get('edits', 0):5} {r.get('edits_new', 0):5} "
              f"{r.get('untouched', 0):5} {r.get('fixed', 0):6} {r.get('corpus', 0):7} {r['corpus_per_1k']:6.2f} "
              f"{r.get('web', 0):5} {r.get('wiki', 0):6} {r['wiki_per_1k']:6.2f} {r['status']:7} {'yes' if r['read'] else ''}")
    reach = None
    if a.real and a.own:
        status = {r["rule"]: r["status"] for r in rows}
        reach = ceiling({lab["file"] for lab in labels}, own_found, caught_by, status)
        reach.update(alarms_of_every_rule(rows, fixed_words, corpus_words))
        print(
            f"ceiling on the {a.half} half: newslint's default rules {reach['own']}/{reach['cases']}, with the "
            f"LanguageTool rules on by default {reach['on_by_default']}, with every rule that fired {reach['every_rule']} "
            f"({reach['every_rule'] / reach['cases']:.3f})",
            file=sys.stderr,
        )
    if edits_reach:
        status = {r["rule"]: r["status"] for r in rows}
        own_ids, caught_by = edits_reach.pop("own_ids"), edits_reach.pop("caught_by")
        on = set().union(*(ids for rule, ids in caught_by.items() if status.get(rule) == "on"))
        every = set().union(*caught_by.values()) if caught_by else set()
        edits_reach.update(own=len(own_ids), on_by_default=len(own_ids | on), every_rule=len(own_ids | every),
                           untouched_on=sum(r.get("untouched", 0) for r in rows if r["status"] == "on"),
                           untouched_every=sum(r.get("untouched", 0) for r in rows), words=edits_words)
        print(f"harness, tune half: newslint's default rules {edits_reach['own']}/{edits_reach['errors']}, with the "
              f"LanguageTool rules on by default {edits_reach['on_by_default']} ({edits_reach['untouched_on']} findings at "
              f"untouched words), with every rule that fired {edits_reach['every_rule']} ({edits_reach['untouched_every']})",
              file=sys.stderr)
    held_out = None
    if a.real and a.own and a.held_out and a.half == "odd":
        # The even half: which of its errors a rule's finding covers, as totals only.
        others = [json.loads(x) for x in (a.real / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x]
        others = [lab for lab in others if int(Path(lab["file"]).stem) % 2 == 0]
        found = findings_of([a.real / lab["file"] for lab in others], a.url, a.picky, enable)
        caught_there: dict[str, set[str]] = defaultdict(set)
        status = {r["rule"]: r["status"] for r in rows}
        for lab in others:
            for f in found[a.real / lab["file"]]:
                if overlaps(f, lab["line"], lab["col_start"], lab["col_end"]):
                    caught_there[f["rule"]].add(lab["file"])
                    status.setdefault(f["rule"], status_of(f["rule"], f["category"])[0])  # fired only there
        held_out = ceiling({lab["file"] for lab in others}, own_found, caught_there, status)
        print(f"ceiling on the even half: newslint's default rules {held_out['own']}/{held_out['cases']}, with the "
              f"LanguageTool rules on by default {held_out['on_by_default']}, with every rule that fired "
              f"{held_out['every_rule']}", file=sys.stderr)
    if a.real:
        totals = {"real-dev": f"the {a.half} half of `{a.real.name}`, {len(labels)} real errors and their corrected drafts ({fixed_words:,} words)", **totals}
    # The command, for the page: the server's address as URL, the folder of --own as DIR.
    shown = {a.url: "URL", str(a.own): "DIR"}
    command = " ".join(["python3 scripts/measure_languagetool_rules.py", *(
        shown.get(arg) or (Path(arg).name if Path(arg).is_absolute() else arg) for arg in sys.argv[1:])])
    if a.markdown:
        a.markdown.write_text(markdown(rows, totals, command, reach, held_out, edits_reach), encoding="utf-8")
    if a.out:
        a.out.write_text(
            json.dumps({"fixed_words": fixed_words, "corpus_words": corpus_words, "wiki_words": wiki_words,
                        "web_words": web_words, "edits_words": edits_words, "harness": edits_reach, "threshold": THRESHOLD, "held_out": held_out, "rules": rows,
                        "totals": totals, "command": command, "ceiling": reach, "examples": examples},
                       indent=1, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
