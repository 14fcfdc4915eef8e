#!/usr/bin/env python3
"""How many articles deleted from (or put into) clean copy the article rules find, and what
they say on the copy left untouched.

    python3 scripts/eval_missing_articles.py [--codes G303,...] [--words N] [--show N] [--show-clean]

Sources (read at run time, never copied): English Wikipedia articles of the files that
``scripts/build_countability.py`` keeps out of its counts (``held_out_files``), and the
Universal Dependencies treebanks English-EWT (web text, CC BY-SA 4.0) and English-GUM (only
the CC BY genres news, interview, bio, voyage, speech, textbook) under
/work/cache/corpora/ud. Never ../shared/eval: that is for score.py alone.

Every document goes to the *tune* half or the *held-out* half by a fixed seed (``half``);
tune on the first only. In each document the tagger reads every singular noun phrase
(``missing_words.noun_phrase``, the reading G303 makes) and, chosen at random (seeded by
the document's name), up to ``PER_DOC`` slips of each kind are made, one at a time, each in
a copy of its paragraph alone:

- *missing*: a phrase opened by "a", "an" or "the" loses it ("as a way to" -> "as way to");
  counted by the word before the phrase (a preposition, "be", another verb, a comma, other);
- *missing*, context "name": "the" before a run of capitalised words straight after a
  preposition goes ("in the United States" -> "in United States"); drawn from the same
  pool as the other deletions;
- *extra*, context "name": "the" goes before a run of capitalised words straight after a
  preposition ("to France" -> "to the France"); many names do take "the", so a floor too;
- *extra*: "a" or "an" goes before a phrase with no determiner ("gave him advice" -> "gave
  him an advice"), not before "something", "anyone" or "nobody" (pronouns) nor a word of one or two
  letters ("h" in a formula). Many such insertions are still English ("by a car"), so its recall is a
  floor; what it measures is whether an extra-article rule finds the ones that are not.

A slip counts as found when a finding of one of ``--codes`` starts where the article was
(missing) or at the inserted article (extra). Findings on the untouched documents are
counted too, per 1,000 words: each is a false alarm or a real slip of the copy (read them
with --show-clean). "precision" is found / (found + findings on untouched copy).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_countability import held_out_files  # noqa: E402

from newslint.checks.missing_article import national_adjectives_lowered  # noqa: E402
from newslint.checks.missing_article import learned  # noqa: E402
from newslint.checks.missing_article.frames import context_of  # noqa: E402
from newslint.checks.missing_article.names import describes_a_noun_after  # noqa: E402
from newslint.checks.missing_words import counted_prepositions, noun_phrase  # noqa: E402
from newslint.config import Settings  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.engine import builtin_rules  # noqa: E402
from newslint.rule import Context  # noqa: E402

SEED = "articles-2026-12-01"
PER_DOC = 4
CONTEXT = Context(Settings())
UD = Path("/work/cache/corpora/ud")
GUM_OPEN = frozenset("news interview bio voyage speech textbook".split())
ARTICLES = ("a", "an", "the")
TITLE = "Report\n\n"
# "something", "anyone", "nobody": pronouns the tagger reads as nouns; no "a" goes before them
_PRONOUNS = frozenset(f"{q}{e}" for q in ("some", "any", "no", "every") for e in ("thing", "one", "body"))


def half(name: str) -> str:
    return "tune" if random.Random(f"{SEED}:{name}").random() < 0.5 else "held-out"


def wiki_documents(limit_words: int, paths=None):
    """(name, paragraphs) of the articles of Wikipedia files ``paths`` (the held-out files by
    default), up to ``limit_words``."""
    seen = 0
    for path in held_out_files() if paths is None else paths:
        title, paragraphs = None, []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("<doc"):
                title, paragraphs = re.search(r'title="([^"]*)"', line).group(1), []
            elif line.startswith("</doc"):
                words = sum(len(p.split()) for p in paragraphs)
                if words >= 100:
                    yield f"wiki:{title}", paragraphs
                    seen += words
                    if seen >= limit_words:
                        return
            elif len(line.split()) >= 6 and line.rstrip()[-1:] in ".!?\"”":
                paragraphs.append(line)


def ud_documents():
    """(name, paragraphs) of EWT's documents and GUM's CC BY news-like ones."""
    for path in sorted(UD.glob("en_*.conllu")):
        if not path.name.startswith(("en_ewt", "en_gum")):
            continue
        name, paragraphs, keep = None, [], False
        for line in path.read_text(encoding="utf-8").splitlines() + ["# newdoc id = end"]:
            if line.startswith("# newdoc id = "):
                if name and keep and paragraphs:
                    yield f"ud:{name}", [p for p in paragraphs if p]
                name, paragraphs = line.split("= ", 1)[1], [""]
                keep = not name.startswith("GUM_") or name.split("_")[1] in GUM_OPEN
            elif line.startswith("# newpar"):
                paragraphs.append("")
            elif line.startswith("# text = "):
                paragraphs[-1] = (paragraphs[-1] + " " + line[9:]).strip()


def the_rules(codes: list[str]):
    return [rule for rule in builtin_rules() if rule.code in codes]


def findings(rules, text: str) -> list:
    doc = Document(text, path="draft.txt")
    return [f for rule in rules for f in rule.run(doc, CONTEXT)]


def article_slips(text: str):
    """(kind, offset, the paragraph with the slip made, context) for each article that could
    be deleted and each bare phrase that could take one, in a paragraph's text."""
    doc = Document(TITLE + text, path="draft.txt")
    shift = len(TITLE)
    for sentence in doc.analysis("tags").sentences:
        tokens = sentence.tokens
        words = [t.text for t in tokens]
        tags = [t.tag for t in tokens]
        for k in range(len(words)):
            reading = noun_phrase(words, tags, k) or noun_phrase(*national_adjectives_lowered(words, tags, k), k)
            if reading is None:
                continue
            start, determined, before = reading
            if start == 0:
                continue
            context = context_of(words, tags, before, k)
            first = tokens[start]
            at = first.start - shift
            if determined and words[start] in ARTICLES:
                if text[first.end - shift : first.end - shift + 1] == " ":
                    yield "missing", at, text[:at] + text[first.end - shift + 1 :], context
            elif not determined and words[k].lower() not in _PRONOUNS and len(words[k]) > 2:
                article = "an" if words[start][:1].lower() in "aeiou" else "a"
                yield "extra", at, text[:at] + article + " " + text[at:], context


_CAPITALISED = r"(?:[A-Z][a-z]+|[A-Z]{2,})"
_THE_NAME = re.compile(rf"(?<![\w'’-])([a-z]+) (the )({_CAPITALISED}(?: {_CAPITALISED}){{0,3}})(?![\w'’-]| [A-Z0-9])")


def name_slips(text: str):
    """("missing", offset, the paragraph without "the", "name") for each "the" before a run of
    capitalised words straight after a preposition, heading its phrase ("in the United
    States" -> "in United States"; not "in the United States federal courts")."""
    for match in _THE_NAME.finditer(text):
        if match.group(1) in counted_prepositions() and not match.group(3).startswith("The ") and not describes_a_noun_after(text, match.end(3)):
            at = match.start(2)
            yield "missing", at, text[:at] + text[match.end(2) :], "name"


_BARE_NAME = re.compile(rf"(?<![\w'’-])([a-z]+) ({_CAPITALISED}(?: {_CAPITALISED}){{0,3}})(?![\w'’-]| [A-Z0-9])")


def extra_name_slips(text: str):
    """("extra", offset, the paragraph with "the", "name") for each run of capitalised words
    straight after a preposition with no "the", heading its phrase ("to France" -> "to the
    France"); many such names do take "the" ("to the Pentagon"), so its recall is a floor."""
    for match in _BARE_NAME.finditer(text):
        if match.group(1) in counted_prepositions() and not describes_a_noun_after(text, match.end(2)):
            at = match.start(2)
            yield "extra", at, text[:at] + "the " + text[at:], "name"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codes", default="G303", help="comma-separated rule codes counted as finding a slip")
    parser.add_argument("--words", type=int, default=150_000, help="words of Wikipedia to read")
    parser.add_argument("--show", type=int, default=0, help="misses of the tuning half to print")
    parser.add_argument("--show-found", action="store_true", help="print what was found in the tuning half")
    parser.add_argument("--show-clean", action="store_true", help="print findings on untouched tuning copy")
    parser.add_argument("--halves", default="tune,held-out")
    parser.add_argument("--model-below", type=float, help="G316's thresholds (missing_article/learned.py)")
    args = parser.parse_args()
    if args.model_below is not None:
        learned.MISSING_BELOW = learned.EXTRA_BELOW = args.model_below
    rules = the_rules(args.codes.split(","))
    halves = args.halves.split(",")
    injected, found, clean, words = Counter(), Counter(), Counter(), Counter()
    misses = []
    sources = [*wiki_documents(args.words), *ud_documents()]
    for name, paragraphs in sources:
        part = half(name)
        if part not in halves:
            continue
        source = name.split(":")[0]
        text = "\n\n".join(paragraphs)
        words[part, source] += len(text.split())
        before = findings(rules, TITLE + text)
        clean[part, source] += len(before)
        if args.show_clean and part == "tune":
            full = TITLE + text
            for f in before:
                print(f"  clean {f.code} {name}: …{full[max(0, f.start - 60) : f.end + 30]}…".replace("\n", " "))
        candidates = [
            (p, slip)
            for p, paragraph in enumerate(paragraphs)
            for slip in (*article_slips(paragraph), *name_slips(paragraph), *extra_name_slips(paragraph))
        ]
        rng = random.Random(f"{SEED}:{name}")
        for kind in ("missing", "extra"):
            mine = [c for c in candidates if c[1][0] == kind]
            for p, (_, at, changed, context) in rng.sample(mine, min(PER_DOC, len(mine))):
                group = f"{kind}/{context}" if context == "name" or kind == "missing" else kind
                injected[part, source, group] += 1
                got = {f.start - len(TITLE) for f in findings(rules, TITLE + changed)}
                shown = f"{name}: …{changed[max(0, at - 50) : at + 40]}…".replace("\n", " ")
                if at in got:
                    found[part, source, group] += 1
                    if args.show_found and part == "tune":
                        print(f"  found {group} {shown}")
                elif part == "tune":
                    misses.append(f"{group} {shown}")
    groups = sorted({g for (_, _, g) in injected})
    for part in halves:
        for source in ("wiki", "ud"):
            n_words = words[part, source]
            print(f"{part} {source}: {n_words} words, {clean[part, source]} findings on untouched copy"
                  f" ({1000 * clean[part, source] / max(1, n_words):.2f}/1k words)")
            for group in groups:
                n, k = injected[part, source, group], found[part, source, group]
                print(f"  {group:18s} {k:4d}/{n:<4d} = {k / max(1, n):.3f}")
        k_all = sum(v for (p, _, _), v in found.items() if p == part)
        n_clean = clean[part, "wiki"] + clean[part, "ud"]
        print(f"{part}: found {k_all}, clean findings {n_clean}, precision {k_all / max(1, k_all + n_clean):.3f}")
    for line in misses[: args.show]:
        print("  missed", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
