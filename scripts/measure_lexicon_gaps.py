#!/usr/bin/env python3
"""Measure the gaps in the word data the spelling and grammar rules read (spelling_words.bin,
spelling_pos.bin, through ``newslint.analysis.lexicon``), from data rather than by example.

    pip install wordfreq            # build-time only, as for scripts/build_spelling_data.py
    apt-get install wordnet-base    # WordNet 3.0 index files, /usr/share/wordnet (optional)
    python3 scripts/measure_lexicon_gaps.py [--top 20000] [--ud DIR] [--wordnet DIR] [--show 40]

Reports, for the ``--top`` commonest alphabetic words of wordfreq's English list:

1. words the lexicon lacks (``is_word`` says no);
2. words it has but with no part of speech (``tags`` is ""), and how many of those WordNet's
   index lists with some part of speech, as a lemma or as a noun's plural, leaving out the
   closed-class words the treebanks tag (a source the POS table could consult);
3. parts of speech missing from a word's tags where an independent source has them:
   WordNet's index (a reading WordNet lists with at least one sense tagged in SemCor), and the
   gold tags of the Universal Dependencies treebanks in ``--ud`` (a reading tagged at least
   three times there);

4. for each source of readings (``pos_readings``: the SPECIALIST table, WordNet, the treebanks'
   training splits) and for the readings newslint ships (their combination): how many of the
   ``--top`` words it gives a reading, and how it agrees with the hand tags of the treebanks'
   dev and test splits (EWT, GUM's CC BY genres), which no source is built from: readings
   the check tags often (TREEBANK_LEAST times and SHARE of the form's tokens) that the source
   lacks, and readings the source gives a form tagged 20 times or more that the check never uses;

and, for the lexicon as a whole, how many two-letter words it accepts and which source each
comes from (a Hunspell dictionary, pyspellchecker's list, SCOWL's size-80 lists, or only
wordfreq's web list, which the build keeps whole for words under three letters).

Reads only; writes nothing. The figures go into the issue, the plan into the build script.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from newslint.analysis import lexicon as lx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pos_readings  # noqa: E402

UD_TAGS = {"NOUN": "n", "VERB": "v", "ADJ": "a", "ADV": "r"}
WORDNET_FILES = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}


def common_words(top: int) -> list[str]:
    import wordfreq

    found = []
    for word in wordfreq.top_n_list("en", top * 2):
        if word.isalpha() and word.isascii():
            found.append(word)
            if len(found) == top:
                break
    return found


def wordnet_readings(folder: Path, tagged_only: bool = True) -> dict[str, set[str]]:
    """{lemma: parts of speech} for the one-word WordNet lemmas (only those with at least one
    SemCor-tagged sense, unless ``tagged_only`` is false)."""
    readings: dict[str, set[str]] = defaultdict(set)
    for name, letter in WORDNET_FILES.items():
        path = folder / f"index.{name}"
        if not path.is_file():
            return {}
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(" "):
                continue  # the licence at the top of the file
            parts = line.split()
            pointers = int(parts[3])
            tagged = int(parts[5 + pointers])
            if (tagged > 0 or not tagged_only) and "_" not in parts[0]:
                readings[parts[0]].add(letter)
    return readings


def ud_readings(folder: Path, least: int = 3) -> dict[str, set[str]]:
    """{lower-case form: parts of speech} tagged at least ``least`` times in the treebanks."""
    counts: Counter = Counter()
    for path in sorted(folder.glob("*.conllu")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                fields = line.split("\t")
                if len(fields) == 10 and fields[0].isdigit() and fields[3] in UD_TAGS:
                    counts[fields[1].lower(), UD_TAGS[fields[3]]] += 1
    readings: dict[str, set[str]] = defaultdict(set)
    for (form, letter), count in counts.items():
        if count >= least:
            readings[form].add(letter)
    return readings


def closed_class(folder: Path) -> set[str]:
    """Forms the treebanks tag three times or more, mostly as no content word (a determiner,
    pronoun, preposition, conjunction, auxiliary: "the", "in", "he", which WordNet lists as
    nouns: "indium", "helium")."""
    total: Counter = Counter()
    content: Counter = Counter()
    for path in sorted(folder.glob("*.conllu")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                fields = line.split("\t")
                if len(fields) == 10 and fields[0].isdigit():
                    form = fields[1].lower()
                    total[form] += 1
                    content[form] += fields[3] in ("NOUN", "VERB", "ADJ", "ADV", "PROPN", "NUM", "INTJ")
    return {form for form, count in total.items() if count >= 3 and content[form] * 2 < count}


def noun_singular(word: str, nouns: dict[str, set[str]], exceptions: dict[str, str]) -> str | None:
    """The WordNet noun ``word`` is the plural of ("insurgents": "insurgent"), if any."""
    if word in exceptions:
        return exceptions[word]
    for ending, stem_end in (("ies", "y"), ("es", ""), ("s", "")):
        stem = word[: -len(ending)] + stem_end
        if word.endswith(ending) and "n" in nouns.get(stem, ()):
            return stem
    return None


def report_untagged_in_wordnet(untagged: list[str], folder: Path, ud: Path, show: int) -> None:
    """How many untagged words a second POS source could tag: WordNet lemmas (any sense) and
    regular or listed plurals of WordNet nouns, leaving out closed-class words."""
    readings = wordnet_readings(folder, tagged_only=False)
    exceptions = {}
    exc = folder / "noun.exc"
    if exc.is_file():
        for line in exc.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                exceptions[parts[0]] = parts[1]
    closed = closed_class(ud) if ud.is_dir() else set()
    open_words = [w for w in untagged if w not in closed]
    lemmas = [w for w in open_words if w in readings]
    plurals = [w for w in open_words if w not in readings and noun_singular(w, readings, exceptions)]
    print(f"   closed-class by the treebanks' gold tags: {len(untagged) - len(open_words)}")
    print(f"   a WordNet lemma (any sense): {len(lemmas)}: {' '.join(lemmas[:show])}")
    print(f"   a plural of a WordNet noun: {len(plurals)}: {' '.join(plurals[:show])}")


def two_letter_sources(dict_dir: Path) -> dict[str, str]:
    """Each two-letter word of the lexicon with the first list that has it."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import build_spelling_data as build

    lists = [
        ("hunspell en_GB", build.hunspell_words()),
        ("hunspell en_US", build.hunspell_words("en_US", build.US_HUNSPELL)),
        ("lemminflect", set(build.build_pos())),
    ]
    path = resources.files("spellchecker") / "resources" / "en.json.gz"
    with gzip.open(str(path), "rt", encoding="utf-8") as fh:
        lists.append(("pyspellchecker", set(json.load(fh))))
    if all((dict_dir / name).is_file() for name in build.SCOWL_LISTS):
        lists.append(("SCOWL size 80", build.scowl_words(dict_dir)))
    found = {}
    for word in lx.words():
        if len(word) == 2 and word.isalpha():
            found[word] = next((name for name, words in lists if word in words), "wordfreq only")
    return found


def report_missing(title: str, words: list[str], readings: dict[str, set[str]], show: int) -> None:
    missing: dict[str, list[str]] = defaultdict(list)
    for word in words:
        tags = set(lx.tags(word))
        if not tags or "x" in tags:
            continue  # no entry at all (counted above) or a function word
        for letter in sorted(readings.get(word, set()) - tags - ({"n"} if "p" in tags else set())):
            missing[letter].append(word)
    for letter, found in sorted(missing.items()):
        print(f"  {title}: reading {letter!r} missing for {len(found)} words: {' '.join(found[:show])}")


FREQUENT = 20  # a form the check tags this often is frequent: a reading it never uses is doubtful
LETTERS = "nvarp"


def source_readings(words: list[str]) -> dict[str, dict[str, set[str]]]:
    """{source name: {form: letters}} for ``words``, each source alone and as shipped."""
    net = pos_readings.wordnet()
    train = pos_readings.treebank(("train",))
    specialist = pos_readings.specialist()
    sources: dict[str, dict[str, set[str]]] = {
        "SPECIALIST (lemminflect)": {w: set(specialist.get(w, ())) for w in words},
        "WordNet": {w: pos_readings.wordnet_readings(w, net) for w in words},
        "treebanks' training splits": {
            w: pos_readings.treebank_readings(w, train) for w in words
        },
        "shipped (combined)": {w: set(lx.tags(w)) for w in words},
    }
    return sources


def report_sources(words: list[str], show: int) -> None:
    check = pos_readings.treebank(("dev", "test"))
    closed = {w for w in words if pos_readings.closed_class(w, check)}
    often: dict[str, set[str]] = {}
    for form, counts in check.letters.items():
        total = check.tokens[form]
        found = {l for l, c in counts.items() if c >= pos_readings.TREEBANK_LEAST and c >= pos_readings.SHARE * total}
        if found:
            often[form] = found
    frequent = [f for f, c in check.tokens.items() if c >= FREQUENT]
    print(f"5. sources of readings; check: the treebanks' dev and test splits ({sum(check.tokens.values())} tokens;"
          f" {len(often)} forms with a reading tagged often, {len(frequent)} forms tagged {FREQUENT} times or more)")
    open_words = [w for w in words if w not in closed]
    for name, readings in source_readings(sorted(set(words) | set(often) | set(frequent))).items():
        covered = sum(1 for w in words if readings.get(w))
        covered_open = sum(1 for w in open_words if readings.get(w))
        lacks = {l: [f for f in sorted(often, key=lambda f: -check.tokens[f]) if l in often[f] and l not in readings.get(f, ())] for l in LETTERS}
        never = {l: [f for f in sorted(frequent, key=lambda f: -check.tokens[f]) if l in readings.get(f, ()) and not check.letters.get(f, {}).get(l)] for l in LETTERS}
        pairs = sum(len(v) for v in often.values())
        lacking = sum(len(v) for v in lacks.values())
        print(f"  {name}: a reading for {covered}/{len(words)} of the commonest words"
              f" ({covered_open}/{len(open_words)} leaving out {len(closed)} closed-class ones);"
              f" lacks {lacking}/{pairs} readings the check tags often; gives {sum(len(v) for v in never.values())}"
              f" readings the check never uses for {len(frequent)} frequent forms")
        for letter in LETTERS:
            if lacks[letter]:
                print(f"    lacks {letter!r} ({len(lacks[letter])}): {' '.join(lacks[letter][:show])}")
        for letter in LETTERS:
            if never[letter]:
                print(f"    never {letter!r} ({len(never[letter])}): {' '.join(never[letter][:show])}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--top", type=int, default=20000)
    parser.add_argument("--show", type=int, default=40, help="examples to print per figure")
    parser.add_argument("--ud", type=Path, default=Path("/work/cache/corpora/ud"))
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--dict-dir", type=Path, default=Path("/usr/share/dict"))
    args = parser.parse_args(argv)

    words = common_words(args.top)
    absent = [w for w in words if not lx.is_word(w)]
    untagged = [w for w in words if lx.is_word(w) and not lx.tags(w)]
    print(f"{len(words)} commonest words of wordfreq's English list")
    print(f"1. not in the lexicon: {len(absent)}: {' '.join(absent[:args.show])}")
    print(f"2. in the lexicon, no part of speech: {len(untagged)}: {' '.join(untagged[:args.show])}")
    wordnet = wordnet_readings(args.wordnet)
    if wordnet:
        known = [w for w in untagged if w in wordnet]
        print(f"   of which WordNet lists (a SemCor-tagged sense): {len(known)}: {' '.join(known[:args.show])}")
        report_untagged_in_wordnet(untagged, args.wordnet, args.ud, args.show)
    print("3. readings missing from the tags of words the POS table has:")
    if wordnet:
        report_missing("WordNet", words, wordnet, args.show)
    if args.ud.is_dir():
        report_missing("UD gold", words, ud_readings(args.ud), args.show)
    report_sources(words, args.show)
    sources = two_letter_sources(args.dict_dir)
    by_source: dict[str, list[str]] = defaultdict(list)
    for word, source in sorted(sources.items()):
        by_source[source].append(word)
    print(f"6. two-letter words accepted: {len(sources)}")
    for source, found in sorted(by_source.items(), key=lambda item: -len(item[1])):
        print(f"  first found in {source}: {len(found)}: {' '.join(found[:args.show * 2])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
