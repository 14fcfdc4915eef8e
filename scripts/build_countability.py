#!/usr/bin/env python3
"""Count, over tagged English Wikipedia, how often each singular common noun stands bare.

    python3 scripts/build_countability.py count [--wiki DIR] [--files N] [--cache DIR]
    python3 scripts/build_countability.py write [--cache DIR] [--files N] [--add-files M]
    python3 scripts/build_countability.py names [--wiki DIR] [--files N]
    python3 scripts/build_countability.py mass [--wiki DIR] [--files N] [--cache DIR] [--jobs 2]

``count`` tags the first N of the counted Wikipedia files (``counted_files``: every file
but the held-out ones, ``held_out_files``, which the injection harness
``scripts/eval_missing_articles.py`` reads instead) with newslint's tagger and, for every
singular common noun heading its phrase (``missing_words.noun_phrase``, the reading G303
makes of a draft), counts in which *context* it stands and whether a determiner opens its
phrase: the word before the phrase (a preposition, a form of "be", another verb, a comma,
the start of the sentence, anything else), whether "of" follows the noun, whether an
adjective describes it. Per noun and context: times bare, times determined, times with
"a"/"an". One pickle of counts a file goes to the cache folder (default
/work/cache/countability), so a later run adds files without tagging the first ones again.

``write`` sums the cached counts of the same first N files and writes ``newslint/data/noun_countability.txt.gz``: the
nouns seen at least ``MIN_SEEN`` times, with their counts by context (see ``write``), and
the count nouns kept only over the first ``--add-files`` files (default 350), as counted
there (run ``count --files 350`` first).
``names`` reads the same files untagged and writes ``newslint/data/names_with_the.txt``: the
names written with "the" and almost never bare after a preposition ("the United States",
"the British Council"; ``names``). ``mass`` tags the first N files again and writes
``newslint/data/mass_nouns.txt``: G315's own counts of "a" and bare phrases (``mass``).
``count-only`` sums the cached counts of the first ``--add-files`` files and writes
``newslint/data/count_only_nouns.txt``: the nouns the table lacks that are seldom bare after
a preposition, which G202 counts after "a collection of" and the like (``count_only``).
Only counts (facts about words) are shipped; the texts stay outside the repository.
Needs only newslint itself (its tagger); reproduces its data file byte for byte from the
same cache.
"""

from __future__ import annotations

import argparse
import gzip
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from newslint import tagger  # noqa: E402
from newslint.checks import extra_article  # noqa: E402
from newslint.checks.missing_article import countability as countability_rule  # noqa: E402
from newslint.checks.missing_article.frames import context_of  # noqa: E402
from newslint.checks.missing_words import noun_phrase  # noqa: E402

WIKI = Path("/tmp/rw-corpus/wiki")
CACHE = Path("/work/cache/countability")
OUT = ROOT / "newslint" / "data" / "noun_countability.txt.gz"
_ADJECTIVES = frozenset(("JJ", "JJR", "JJS", "VBN", "VBG"))
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])")


def held_out(name: str) -> bool:
    """Files text_AD_wiki_50 to _99 are never counted: the harness injects slips into them."""
    return name.startswith("text_AD_wiki_") and int(name[-2:]) >= 50


def wiki_files(wiki: Path = WIKI) -> list[Path]:
    return sorted(p for p in wiki.iterdir() if p.name.startswith("text_"))


def counted_files(wiki: Path = WIKI) -> list[Path]:
    """The counted files in a fixed spread order (every fourth first), so that the first N
    sample all four folders AA-AD rather than the earliest articles only."""
    files = [p for p in wiki_files(wiki) if not held_out(p.name)]
    return [files[i] for start in range(4) for i in range(start, len(files), 4)]


def held_out_files(wiki: Path = WIKI) -> list[Path]:
    return [p for p in wiki_files(wiki) if held_out(p.name)]


def article_paragraphs(text: str):
    """The paragraphs of a WikiExtractor file: no <doc> lines, titles or lines under six words."""
    for line in text.splitlines():
        if line.startswith("<") or len(line.split()) < 6:
            continue
        yield line


def tagged_sentences(text: str):
    for paragraph in article_paragraphs(text):
        for sentence in _SENTENCE.split(paragraph):
            tokens = tagger.tokenize(sentence, 0, len(sentence))
            words = [t.text for t in tokens]
            if len(words) >= 4:
                yield words, tagger.tag(words)


def phrase_counts(words: list[str], tags: list[str]):
    """(noun, context, before "of"?, described?, opener, word before) for each singular noun
    heading its phrase; opener is "" (bare), "a" (a or an) or "det" (any other determiner);
    the word before the phrase in lower case ("" at the start of a sentence)."""
    for k, tag in enumerate(tags):
        if tag != "NN":
            continue
        reading = noun_phrase(words, tags, k)
        if reading is None:
            continue
        first, determined, before = reading
        noun = words[k]
        of = k + 1 < len(words) and words[k + 1].lower() == "of"
        described = any(tags[i] in _ADJECTIVES for i in range(first, k))
        if not determined:
            opener = ""
        elif any(words[i].lower() in ("a", "an") for i in range(first, k)):
            opener = "a"
        else:
            opener = "det"
        previous = words[before].lower() if before >= 0 else ""
        yield noun.lower(), context_of(words, tags, before, k), of, described, opener, previous


def count_file(path: Path) -> Counter:
    counts = Counter()
    for words, tags in tagged_sentences(path.read_text(encoding="utf-8", errors="replace")):
        for key in phrase_counts(words, tags):
            counts[key] += 1
    return counts


def count(args) -> None:
    args.cache.mkdir(parents=True, exist_ok=True)
    for path in counted_files(args.wiki)[: args.files]:
        out = args.cache / f"{path.name}.pkl"
        if out.exists():
            continue
        out.write_bytes(pickle.dumps(count_file(path)))
        print(path.name, flush=True)


def load_counts(cache: Path = CACHE, wiki: Path = WIKI, files: int = 92) -> tuple[Counter, list[str]]:
    """The summed counts of the first ``files`` counted files (each must be in the cache)."""
    total, names = Counter(), []
    for path in counted_files(wiki)[:files]:
        total.update(pickle.loads((cache / f"{path.name}.pkl").read_bytes()))
        names.append(path.name)
    return total, names


def by_noun(total: Counter) -> dict[str, Counter]:
    """noun -> Counter of (context, of, described, opener) (the word before summed over)."""
    nouns: dict[str, Counter] = {}
    for (noun, *key, _previous), n in total.items():
        nouns.setdefault(noun, Counter())[tuple(key)] += n
    return nouns


def bare_after(total: Counter) -> dict[tuple[str, str], set[str]]:
    """(noun, context) -> the words before the phrase after which the noun was seen bare there
    at least IDIOM_SEEN times (once may be a slip in the counted text), "+of" added to the
    word when "of" followed the noun ("in+of" for "in terms of")."""
    times: Counter = Counter()
    for (noun, context, of, _described, opener, previous), n in total.items():
        if opener == "" and context in READ_CONTEXTS:
            times[noun, context, previous + ("+of" if of else "")] += n
    found: dict[tuple[str, str], set[str]] = {}
    for (noun, context, previous), n in times.items():
        if n >= IDIOM_SEEN:
            found.setdefault((noun, context), set()).add(previous)
    return found


# Only what G303 and G315 can read is written: the contexts G303 reads, and a noun only if
# one of its counts there (narrowed as G303 narrows them) is at least KEEP_SEEN phrases bare
# in at most KEEP_BARE of them, or if "a"/"an" opened at most KEEP_A of at least KEEP_A_SEEN
# of its phrases that had "a"/"an" or nothing, described or not: the rules' own thresholds.
READ_CONTEXTS = countability_rule.COUNTED_CONTEXTS
KEEP_SEEN, KEEP_BARE = countability_rule.MIN_SEEN, countability_rule.MAX_BARE
KEEP_A_SEEN, KEEP_A = extra_article.MIN_SEEN, extra_article.MAX_A
IDIOM_SEEN = 2


def _cells(counts: Counter) -> dict[str, list[int]]:
    """context[+of][+adj] -> [bare, determined, with a/an], over the contexts G303 reads."""
    merged: dict[str, list[int]] = {}
    for (context, of, described, opener), n in counts.items():
        if context not in READ_CONTEXTS:
            continue
        name = context + ("+of" if of else "") + ("+adj" if described else "")
        row = merged.setdefault(name, [0, 0, 0])
        row[0 if opener == "" else 1] += n
        row[2] += n if opener == "a" else 0
    return merged


def _narrowings(cells: dict[str, list[int]], only: str | None = None):
    """(bare, seen) of every count G303 may ask: a context it reads, with or without
    "+of"/"+adj", and "+of" in every context counted (``countability.rarely_bare``)."""
    def summed(contexts, of, described):
        bare = seen = 0
        for name, (b, d, _) in cells.items():
            parts = name.split("+")
            if parts[0] in contexts and (of is None or ("of" in parts) == of) and (
                described is None or ("adj" in parts) == described
            ):
                bare, seen = bare + b, seen + b + d
        return bare, seen

    for context in sorted(countability_rule.READ_CONTEXTS) if only is None else (only,):
        for of in (True, False, None):
            for described in (True, False, None):
                yield summed((context,), of, described)
    yield summed(READ_CONTEXTS, True, None)


def _with_a(counts: Counter, described: bool) -> tuple[int, int]:
    """(times "a"/"an" opened the noun's phrase, times it was bare), every context."""
    a = bare = 0
    for (_, _, d, opener), n in counts.items():
        if d == described:
            a, bare = a + n * (opener == "a"), bare + n * (opener == "")
    return a, bare


def _rows(total: Counter, mass: bool = True) -> dict[str, str]:
    """noun -> its line of the table, for the nouns kept (``write``): those almost never bare
    in some context (G303's), and with ``mass`` those almost never after "a" (G315's)."""
    exceptions = bare_after(total)
    rows = {}
    for noun, counts in sorted(by_noun(total).items()):
        cells = _cells(counts)
        plain, described = _with_a(counts, False), _with_a(counts, True)
        determined = any(seen >= KEEP_SEEN and bare <= KEEP_BARE * seen for bare, seen in _narrowings(cells))
        takes_no_a = mass and any(a + bare >= KEEP_A_SEEN and a <= KEEP_A * (a + bare) for a, bare in (plain, described))
        if not (determined or takes_no_a) or not noun.isalpha():
            continue
        cells_text = " ".join(f"{name}:{b}/{d}/{a}" for name, (b, d, a) in sorted(cells.items()))
        rare = set()
        for context in sorted(countability_rule.READ_CONTEXTS):
            if any(seen >= KEEP_SEEN and bare <= KEEP_BARE * seen for bare, seen in _narrowings(cells, context)):
                rare |= exceptions.get((noun, context), set())
        words = " ".join(sorted(w for w in rare if w.replace("+of", "") and " " not in w))
        rows[noun] = f"{noun}\t{plain[0]}/{plain[1]}\t{described[0]}/{described[1]}\t{cells_text}\t{words}\n"
    return rows


def write(args) -> None:
    """One line a noun: ``noun<TAB>a/bare<TAB>a/bare<TAB>cells<TAB>words``: times "a"/"an"
    opened its phrase and times it was bare (every context), with no adjective, then with
    one; then a cell ``CONTEXT[+of][+adj]:bare/det/a`` for each context G303 reads where it
    was seen (bare: no determiner; det: any determiner; a: "a" or "an"); then the words
    ("+of" added when "of" followed the noun) before the phrase where it was seen bare in a context where some count of it (narrowed
    as G303 narrows) is bare at most KEEP_BARE of the time ("under" for "way": "under
    way"), which G303 leaves alone."""
    total, _ = load_counts(args.cache, args.wiki, args.files)
    rows = _rows(total)
    added = 0
    if args.add_files > args.files:
        # count nouns the first files saw too seldom, counted over more of them: their rows
        # are added, the others' rows stay as the first files counted them. (Not nouns kept
        # only as taking no "a": over Wikipedia text_AD_wiki_80..99 G315 was then right on 3
        # of 12 new findings, "a loneliness brought on by deafness", "a discretion to be
        # exercised")
        more, _ = load_counts(args.cache, args.wiki, args.add_files)
        for noun, line in _rows(more, mass=False).items():
            if noun not in rows:
                rows[noun], added = line, added + 1
    lines = [rows[noun] for noun in sorted(rows)]
    header = (
        "# singular common nouns heading their phrase in tagged English Wikipedia: times 'a'/'an'\n"
        "# opened the phrase/times bare, without and with an adjective; then per context (the word\n"
        "# before the phrase; +of: 'of' follows; +adj: an adjective describes it) times bare/with a\n"
        "# determiner/with 'a' or 'an'. Built by scripts/build_countability.py from\n"
        f"# {args.files} files (noun_countability_sources.txt)"
        + (f", and {added} nouns more from {args.add_files} files" if added else "")
        + "\n"
    )
    OUT.write_bytes(gzip.compress((header + "".join(lines)).encode("utf-8"), mtime=0))
    print(f"{len(lines)} nouns ({added} added from {args.add_files} files) from {args.files} files -> {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes)")


# A name (one to four capitalised words, the longest run: "British Council", "UK") written
# with "the" before it at least NAMES_MIN_SEEN times, counting the times it stood straight
# after a preposition, and bare in at most NAMES_MAX_BARE of them ("the United States", never
# "in United States"). A name that starts with "The" is left out ("The Beatles"), and so is
# a use of initials where a word that may be a noun or an adjective follows them ("in US
# dollars", "the UK government"): there they describe a noun, and G303 leaves them alone
# too. Read as letters, initials take "the" ("the UK", "the FBI"), but such uses were so
# many that they hid it: "UK", "FBI", "CIA", "RAF" and 14 more were counted only so
# (2026-12-07). Not for names in words: without those uses the counts let in adjectives
# and places named like others ("as Mediterranean", "of Carboniferous dolerite", "in
# Atlantic, Iowa": 8 of 20 new G303 findings over Wikipedia AD_80-99, PolNeAR and the dev
# corpus were wrong) and G315 read "the California sheephead", "the England squad". The
# names written without "the" (names_without_the.txt, G315) are counted over every use:
# without those uses of initials it took in "DDT" ("the DDT" of a team's name).
NAMES_OUT = ROOT / "newslint" / "data" / "names_with_the.txt"
NAMES_MIN_SEEN = 20
NAMES_MAX_BARE = 0.02
# ... and a name seen straight after a preposition at least BARE_NAMES_MIN_SEEN times, counting
# its uses after "the", and after "the" in at most BARE_NAMES_MAX_THE of them ("in France",
# never "the France"): names_without_the.txt, for G315.
BARE_NAMES_OUT = ROOT / "newslint" / "data" / "names_without_the.txt"
BARE_NAMES_MIN_SEEN = 50
BARE_NAMES_MAX_THE = 0.005
_CAPITALISED = r"(?:[A-Z][a-z]+|[A-Z]{2,})"
_NAME_AFTER = re.compile(
    rf"(?<![\w'’-])([A-Za-z]+) ({_CAPITALISED}(?: {_CAPITALISED}){{0,3}})(?![\w'’-]| [A-Z])"
)


def names(args) -> None:
    """Count each name after "the" and straight after a preposition in the counted files;
    write ``names_with_the.txt``: name, times after "the", times bare after a preposition."""
    from newslint.checks.missing_article.names import describes_a_noun_after
    from newslint.checks.missing_words import counted_prepositions

    prepositions = counted_prepositions()
    with_the, bare = Counter(), Counter()  # every use: names_without_the.txt
    heading_with_the, heading_bare = Counter(), Counter()  # initials heading their phrase only
    files = counted_files(args.wiki)[: args.files]
    for path in files:
        for paragraph in article_paragraphs(path.read_text(encoding="utf-8", errors="replace")):
            for match in _NAME_AFTER.finditer(paragraph):
                word, name = match.groups()
                if name.startswith("The ") or word != "the" and word not in prepositions:
                    continue
                (with_the if word == "the" else bare)[name] += 1
                if not (name.isupper() and describes_a_noun_after(paragraph, match.end())):
                    # ("in US dollars", "the UK government": initials that describe a noun,
                    # left alone by G303 too)
                    (heading_with_the if word == "the" else heading_bare)[name] += 1
    _write_names(
        NAMES_OUT,
        "# names written with 'the' and almost never bare after a preposition in English Wikipedia:\n"
        "# name, times after 'the', times straight after a preposition; built by\n"
        f"# scripts/build_countability.py names from {len(files)} files (noun_countability_sources.txt)\n",
        heading_with_the, heading_bare, NAMES_MIN_SEEN, NAMES_MAX_BARE,
    )
    _write_names(
        BARE_NAMES_OUT,
        "# names almost never written with 'the' in English Wikipedia: name, times straight after a\n"
        "# preposition, times after 'the'; built by scripts/build_countability.py names from\n"
        f"# {len(files)} files (noun_countability_sources.txt)\n",
        bare, with_the, BARE_NAMES_MIN_SEEN, BARE_NAMES_MAX_THE,
    )


def _write_names(out: Path, header: str, usual: Counter, other: Counter, least: int, share: float) -> None:
    """Write ``out``: the names seen ``usual``'s way at least ``least`` times in all, and
    ``other``'s way in at most ``share`` of them; a line each: name, both counts."""
    kept = sorted(
        name for name, n in usual.items()
        if n + other[name] >= least and other[name] <= share * (n + other[name])
    )
    out.write_text(header + "".join(f"{n}\t{usual[n]}\t{other[n]}\n" for n in kept), encoding="utf-8")
    print(f"{len(kept)} names -> {out.relative_to(ROOT)} ({out.stat().st_size} bytes)")

# G315's own counts: a noun's phrases as G315 reads them in a draft, "a"/"an" and words that
# describe the noun (``extra_article.ADJECTIVE_TAGS``), or no determiner at all, and nothing
# after the noun that continues or restricts it (``extra_article.stands_alone``: "a research
# vessel", "a research and development centre", "a knowledge of Greek" are not counted). The
# counts of ``count`` take every phrase the noun heads, so a noun often written before another
# looked as though it took "a" (Wikipedia's "research": 1.7% of its phrases there, 0.4% as
# G315 reads it). Every noun whose share with "a" is at most MASS_WRITE_SHARE of at least
# MASS_WRITE_SEEN is written, so that the rule's bar (``extra_article.MAX_A``) may be set
# without a rebuild.
MASS_CACHE = Path("/work/cache/mass-nouns")
MASS_FILES = 350
MASS_OUT = ROOT / "newslint" / "data" / "mass_nouns.txt"
MASS_WRITE_SEEN = 50
MASS_WRITE_SHARE = 0.02


def mass_phrases(words: list[str], tags: list[str]):
    """(noun, described?, with "a"?) for each singular noun heading a phrase G315 would read:
    opened by "a"/"an" and describing words only, or by nothing at all."""
    for k, tag in enumerate(tags):
        if tag != "NN":
            continue
        reading = noun_phrase(words, tags, k)
        if reading is None or not extra_article.stands_alone(words, tags, k):
            continue
        first, determined, _ = reading
        described = any(tags[i] in _ADJECTIVES for i in range(first, k))
        if not determined:
            yield words[k].lower(), described, False
        elif words[first].lower() in ("a", "an") and all(t in extra_article.ADJECTIVE_TAGS for t in tags[first + 1 : k]):
            yield words[k].lower(), described, True


def _mass_count_file(path: Path) -> Counter:
    counts = Counter()
    for words, tags in tagged_sentences(path.read_text(encoding="utf-8", errors="replace")):
        counts.update(mass_phrases(words, tags))
    return counts


def _mass_cached(path: Path, cache: Path) -> Path:
    out = cache / f"{path.name}.pkl"
    if not out.exists():
        out.write_bytes(pickle.dumps(_mass_count_file(path)))
    return out


def mass(args) -> None:
    """Count (``--jobs`` processes, one pickle a file in ``--cache``, default
    /work/cache/mass-nouns) and write ``mass_nouns.txt``: per noun, times "a"/"an" opened its
    phrase and times it was bare, without an adjective and with one, as G315 reads them."""
    from concurrent.futures import ProcessPoolExecutor

    cache = args.cache or MASS_CACHE
    cache.mkdir(parents=True, exist_ok=True)
    files = counted_files(args.wiki)[: args.files or MASS_FILES]
    with ProcessPoolExecutor(args.jobs) as pool:
        outs = list(pool.map(_mass_cached, files, [cache] * len(files)))
    total = Counter()
    for out in outs:
        total.update(pickle.loads(out.read_bytes()))
    rows = []
    for noun in sorted({noun for noun, _, _ in total}):
        counts = [(total[noun, d, True], total[noun, d, False]) for d in (False, True)]
        if noun.isalpha() and any(a + bare >= MASS_WRITE_SEEN and a <= MASS_WRITE_SHARE * (a + bare) for a, bare in counts):
            rows.append(f"{noun}\t{counts[0][0]}/{counts[0][1]}\t{counts[1][0]}/{counts[1][1]}\n")
    header = (
        "# singular common nouns almost never written with 'a'/'an' in tagged English Wikipedia, as G315\n"
        "# reads a phrase (nothing after the noun that continues or restricts it): times 'a'/'an'\n"
        "# opened the phrase/times bare, without an adjective, then with one. Built by\n"
        f"# scripts/build_countability.py mass from {len(files)} files (noun_countability_sources.txt)\n"
    )
    MASS_OUT.write_text(header + "".join(rows), encoding="utf-8")
    print(f"{len(rows)} nouns from {len(files)} files -> {MASS_OUT.relative_to(ROOT)} ({MASS_OUT.stat().st_size} bytes)")


# Count-only nouns for G202 (``count_only_nouns.txt``): singular nouns that the shipped table
# (G303's and G315's nouns) lacks, seen after a preposition at least COUNT_ONLY_SEEN times over
# the first ``--add-files`` counted files and bare there (no determiner) in at most
# COUNT_ONLY_BARE of them, and not bare after a verb in more than MASS_AFTER_VERBS of at least
# COUNT_ONLY_SEEN phrases (a mass sense: "make room"), with a plural in use (COUNT_ONLY_PLURALS):
# "farmer", "window" (not "coin", bare after a preposition 12% of the time, "in coin", nor
# "photo", bare after a verb 21%). The same thresholds as G202 applies to the nouns the table
# holds (``counting.count_only``).
# A noun that takes "the" (and so is seldom bare) may have no plural: one is kept only when the
# word-pair counts (newslint/data/near_words.bin) saw its plural at least COUNT_ONLY_PLURALS
# times as often as the noun ("coins" 1.5, "photos" 0.65; not "wilds" 0.01, "norths").
COUNT_ONLY_PLURALS = 0.1
COUNT_ONLY_OUT = ROOT / "newslint" / "data" / "count_only_nouns.txt"


def count_only(args) -> None:
    from newslint.checks.agreement import counting
    from newslint.checks.confusables.near_words import counts as pair_counts
    from newslint.checks.verbs import plural_of

    words = pair_counts()
    total, _ = load_counts(args.cache, args.wiki, args.add_files)
    shipped = set(countability_rule.countability())
    kept = []
    for noun, counts in sorted(by_noun(total).items()):
        if noun in shipped or not noun.isalpha() or not noun.islower():
            continue
        seen = {context: [0, 0] for context in ("prep", "verb")}
        for (context, _of, _described, opener), n in counts.items():
            if context in seen:
                seen[context][0] += n * (opener == "")
                seen[context][1] += n
        prep_bare, prep_seen = seen["prep"]
        verb_bare, verb_seen = seen["verb"]
        if prep_seen < counting.COUNT_ONLY_SEEN or prep_bare > counting.COUNT_ONLY_BARE * prep_seen:
            continue
        if verb_seen >= counting.COUNT_ONLY_SEEN and verb_bare > counting.MASS_AFTER_VERBS * verb_seen:
            continue
        plural = plural_of(noun)
        if not plural or words.count(plural) < COUNT_ONLY_PLURALS * words.count(noun):
            continue  # "north", "discretion", "wild": seldom bare for want of a plural, not a count noun
        kept.append(noun)
    header = (
        "# singular nouns seldom bare after a preposition in tagged English Wikipedia, that\n"
        "# noun_countability.txt.gz lacks (G202: \"a collection of coin\"); built by\n"
        f"# scripts/build_countability.py count-only from {args.add_files} files (noun_countability_sources.txt)\n"
    )
    COUNT_ONLY_OUT.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} nouns from {args.add_files} files -> {COUNT_ONLY_OUT.relative_to(ROOT)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("count", "write", "names", "mass", "count-only"))
    parser.add_argument("--wiki", type=Path, default=WIKI)
    parser.add_argument("--cache", type=Path, default=None, help=f"default {CACHE} ({MASS_CACHE} for mass)")
    parser.add_argument("--files", type=int, default=None, help=f"default 92 ({MASS_FILES} for mass)")
    parser.add_argument("--add-files", type=int, default=350, help="write: nouns kept only over this many files are added")
    parser.add_argument("--jobs", type=int, default=2, help="mass: processes that tag")
    args = parser.parse_args()
    if args.step != "mass":
        args.cache, args.files = args.cache or CACHE, args.files or 92
    {"count": count, "write": write, "names": names, "mass": mass, "count-only": count_only}[args.step](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
