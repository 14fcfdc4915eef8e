#!/usr/bin/env python3
"""Train newslint's part-of-speech tagger and write its model into newslint/data/.

    pip install lemminflect                       # build time only
    python3 scripts/build_tagger.py [--ewt DIR] [--gum DIR] [--iterations N]
    python3 scripts/build_tagger.py --measure     # figures of the shipped model, no training

Data (build time only; nothing is downloaded at run time):

- Universal Dependencies English EWT (CC BY-SA 4.0): a clone or bare mirror of
  https://github.com/UniversalDependencies/UD_English-EWT. Its ``en_ewt-ud-{train,dev,test}.conllu``
  are read from the working tree or, in a bare repository, from HEAD; a split missing from
  either is rebuilt from ``not-to-release/sources`` in the order of
  ``not-to-release/file-lists/files.<split>``, which is how the treebank assembles it.
- Optionally UD English GUM (https://github.com/UniversalDependencies/UD_English-GUM), whose
  licence depends on the source of each document: only the genres its LICENSE.txt names as
  CC BY (or public domain) are read (``GUM_GENRES``); wikiHow, fiction and the rest
  (CC BY-NC-SA or unnamed) never are. Its train split only.

Each sentence is split by ``newslint.tagger.tokenize`` and the treebank's words are aligned to
those tokens by character offset, so the model learns the tokens newslint will give it: a
hyphenated word ("long-term", the treebank's "long - term") becomes one token with the tag of
its head part; a sentence where the two disagree otherwise is left out (counted).

- lemminflect 0.2.3 (MIT licence, Brad Jascob; its tables come from the NLM SPECIALIST
  Lexicon): the word forms it knows and their possible parts of speech, shipped in the model
  as a lexicon class per word ("figures" -> plural noun or verb -s), a feature that helps
  most with words the treebanks never saw.

The model is an averaged perceptron, greedy left to right (features in newslint/tagger.py),
trained on EWT train (+ GUM), with a tag dictionary for frequent words that (almost) always
take one tag. Weights are averaged, scaled and rounded to integers; zero weights are dropped.
Writes ``newslint/data/tagger_model.bin`` and ``newslint/data/tagger_sources.txt`` and prints
accuracy on EWT dev and test (EWT test is never used for anything else), load time and speed.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from array import array
from collections import Counter, defaultdict
from pathlib import Path
from zlib import crc32

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.tagger import MAGIC, Model  # noqa: E402
from newslint.tagger_features import (  # noqa: E402
    _QUOTES,
    END,
    START,
    _next_finite,
    dynamic_features,
    normalise,
    static_features,
)
from newslint.tokens import tokenize  # noqa: E402

DATA = ROOT / "newslint" / "data"
MIRRORS = Path("/work/.mirror")
EWT = MIRRORS / "UniversalDependencies+UD_English-EWT" / "repo"
GUM = MIRRORS / "UniversalDependencies+UD_English-GUM" / "repo"
# Genres of GUM that its LICENSE.txt puts under CC BY or in the public domain.
GUM_GENRES = ("news", "interview", "bio", "voyage", "textbook", "vlog", "speech", "conversation")
PUNCT_TAGS = {"HYPH", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "NFP"}

# Tag dictionary: a word seen at least FREQ times with one tag at least SHARE of the time.
FREQ, SHARE = 20, 0.97
# Weights are multiplied by SCALE and rounded; features whose weights all round to 0 are dropped.
SCALE = 10


# -- reading the treebanks ------------------------------------------------------------------


def _git_show(repo: Path, path: str) -> str | None:
    done = subprocess.run(
        ["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, text=True
    )
    return done.stdout if done.returncode == 0 else None


def _read(repo: Path, path: str) -> str | None:
    if (repo / path).is_file():
        return (repo / path).read_text(encoding="utf-8")
    return _git_show(repo, path)


def read_split(repo: Path, name: str, split: str, genres: tuple[str, ...] | None = None) -> str:
    """The CoNLL-U text of one split, from its file or rebuilt from the per-document sources."""
    if genres is None:
        whole = _read(repo, f"{name}-ud-{split}.conllu")
        if whole:
            return whole
    listing = _read(repo, f"not-to-release/file-lists/files.{split}")
    if not listing:
        raise SystemExit(f"{repo}: neither {name}-ud-{split}.conllu nor its file list")
    parts = []
    for line in listing.split():
        file = line if line.endswith(".conllu") else line + ".conllu"
        if genres is not None and not any(f"_{g}_" in file for g in genres):
            continue
        text = _read(repo, f"not-to-release/sources/{file}")
        if text is None:
            raise SystemExit(f"{repo}: missing not-to-release/sources/{file}")
        parts.append(text)
    return "\n".join(parts)


def sentences(conllu: str):
    """(text, words) per sentence; a word is [start, end, form, xpos, upos, id, head, mwt]."""
    text, rows = None, []
    for line in conllu.splitlines() + [""]:
        if line.startswith("# text = "):
            text, rows = line[9:], []
        elif line and not line.startswith("#"):
            rows.append(line.split("\t"))
        elif not line and text is not None:
            words = _place(text, rows)
            if words is not None:
                yield text, words
            text = None


def _place(text: str, rows: list[list[str]]):
    """Character offsets of the treebank's words in the sentence text (None if they do not fit)."""
    words, position, mwt_end, mwt = [], 0, 0, None
    for cols in rows:
        ident = cols[0]
        if "." in ident:
            continue
        if "-" in ident:
            first, last = map(int, ident.split("-"))
            mwt_end = last
            start = text.find(cols[1], position)
            if start != position and text[position:start].strip():
                return None
            mwt = [start, start + len(cols[1]), cols[1], []]
            position = mwt[1]
            continue
        number = int(ident)
        word = [0, 0, cols[1], cols[4], cols[3], number, int(cols[6]) if cols[6].isdigit() else 0, None]
        if number <= mwt_end:
            mwt[3].append(word)
            word[7] = id(mwt)
            if number == mwt_end:
                parts = mwt[3]
                if "".join(p[2] for p in parts) == mwt[2]:
                    at = mwt[0]
                    for p in parts:
                        p[0], p[1] = at, at + len(p[2])
                        at = p[1]
                else:
                    for p in parts:
                        p[0], p[1] = mwt[0], mwt[1]
                words.extend(parts)
            continue
        start = text.find(cols[1], position)
        if start < 0 or text[position:start].strip():
            return None
        word[0], word[1] = start, start + len(cols[1])
        position = word[1]
        words.append(word)
    return words


def align(text: str, words) -> tuple[list[str], list[str], list[str]] | None:
    """newslint's tokens of the sentence and the treebank's XPOS and UPOS tag for each, or None
    if they disagree."""
    tokens = tokenize(text)
    tags, upos = [], []
    for token in tokens:
        covered = []
        for word in words:
            if word[0] >= token.start and word[1] <= token.end:
                covered.append(word)
            elif word[0] < token.end and word[1] > token.start:
                return None  # the treebank's word and the token only overlap
        if not covered:
            return None
        if len(covered) == 1:
            head = covered[0]
        elif covered[0][7] is not None and all(w[7] == covered[0][7] for w in covered):
            head = covered[0]  # a contraction the tokenizer keeps whole ("dont")
        else:
            ids = {w[5] for w in covered}
            heads = [w for w in covered if w[6] not in ids and w[3] not in PUNCT_TAGS]
            if not heads:
                heads = [w for w in covered if w[3] not in PUNCT_TAGS] or covered
            head = heads[-1]
        tags.append(head[3])
        upos.append(head[4])
    return [t.text for t in tokens], tags, upos


def load(conllu: str, stats: Counter):
    found = []
    for text, words in sentences(conllu):
        aligned = align(text, words)
        stats["sentences"] += 1
        if aligned is None:
            stats["left out"] += 1
            continue
        found.append(aligned)
    return found


# -- the averaged perceptron -------------------------------------------------------------------


class Perceptron:
    def __init__(self, classes: list[str]):
        self.classes = classes
        self.weights: dict[str, dict[str, float]] = {}
        self._totals: dict[tuple[str, str], float] = defaultdict(float)
        self._stamps: dict[tuple[str, str], int] = defaultdict(int)
        self.instances = 0

    def predict(self, features: list[str]) -> str:
        scores: dict[str, float] = defaultdict(float)
        weights = self.weights
        for feature in features:
            row = weights.get(feature)
            if row:
                for label, weight in row.items():
                    scores[label] += weight
        # the first of the best in the order of the tags, as newslint.tagger.Model.tag picks
        return max(self.classes, key=lambda label: scores[label])

    def update(self, truth: str, guess: str, features: list[str]) -> None:
        self.instances += 1
        if truth == guess:
            return
        for feature in features:
            row = self.weights.setdefault(feature, {})
            for label, change in ((truth, 1.0), (guess, -1.0)):
                key = (feature, label)
                weight = row.get(label, 0.0)
                self._totals[key] += (self.instances - self._stamps[key]) * weight
                self._stamps[key] = self.instances
                row[label] = weight + change

    def average(self) -> None:
        for feature, row in self.weights.items():
            for label, weight in list(row.items()):
                key = (feature, label)
                total = self._totals[key] + (self.instances - self._stamps[key]) * weight
                row[label] = total / self.instances


# Parts of speech of the lexicon's classes (one letter each).
COARSE = {
    "NN": "N", "NNS": "S", "VB": "V", "VBP": "V", "VBD": "D", "VBN": "D", "VBZ": "Z",
    "VBG": "G", "JJ": "J", "JJR": "J", "JJS": "J", "RB": "R", "RBR": "R", "RBS": "R",
}  # fmt: skip


def make_lexicon() -> dict[str, str]:
    """Each word form lemminflect knows (lower case) and the letters of its possible tags:
    N noun, S plural noun, V base verb, D past tense or participle, Z verb -s, G verb -ing,
    J adjective, R adverb ("figures" -> "SZ", "released" -> "D", "lead" -> "NSV")."""
    try:
        import lemminflect
    except ImportError:
        raise SystemExit("pip install lemminflect (build time only)") from None
    import gzip
    import os

    resources = Path(os.path.dirname(lemminflect.__file__)) / "resources"
    found: dict[str, set[str]] = defaultdict(set)
    with gzip.open(resources / "infl_lu.csv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            lemma, upos, _ = line.rstrip("\n").split(",", 2)
            for tag, forms in lemminflect.getAllInflections(lemma, upos=upos.upper()).items():
                if tag in COARSE:
                    for form in forms:
                        found[normalise(form)].add(COARSE[tag])
    with gzip.open(resources / "lemma_lu.csv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            form, upos, _ = line.rstrip("\n").split(",", 2)
            if upos in ("adj", "adv"):
                found[normalise(form)].add("J" if upos == "adj" else "R")
    return {word: "".join(sorted(kinds)) for word, kinds in found.items() if word[:1] != "!"}


def make_upos(data) -> tuple[dict[str, str], dict[str, str]]:
    """The universal tag of each XPOS tag, and of the words (lower case) whose usual universal
    tag with one XPOS tag differs ("has VBZ" -> AUX, "that IN" -> SCONJ)."""
    by_tag: dict[str, Counter] = defaultdict(Counter)
    by_word: dict[str, Counter] = defaultdict(Counter)
    for words, tags, upos in data:
        for word, tag, universal in zip(words, tags, upos):
            by_tag[tag][universal] += 1
            by_word[f"{normalise(word)} {tag}"][universal] += 1
    default = {tag: counts.most_common(1)[0][0] for tag, counts in by_tag.items()}
    words = {}
    for key, counts in by_word.items():
        universal, n = counts.most_common(1)[0]
        if n >= 3 and universal != default[key.rsplit(" ", 1)[1]]:
            words[key] = universal
    return default, dict(sorted(words.items()))


def make_tagdict(data) -> dict[str, str]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for words, tags, *_ in data:
        for word, tag in zip(words, tags):
            counts[word.translate(_QUOTES)][tag] += 1
    found = {}
    for word, tags in counts.items():
        tag, n = tags.most_common(1)[0]
        total = sum(tags.values())
        if total >= FREQ and n / total >= SHARE:
            found[word] = tag
    return found


def train(data, iterations: int, lexicon: dict[str, str], seed: int = 1):
    tagdict = make_tagdict(data)
    classes = sorted({t for _, tags, *_ in data for t in tags})
    model = Perceptron(classes)
    prepared = []
    for words, tags, *_ in data:
        norms = [normalise(w) for w in words]
        kinds = [lexicon.get(n, "") for n in norms]
        statics = static_features(words, kinds)
        prepared.append((words, tags, statics, norms, kinds, norms[1:] + [END[0]]))
    rng = random.Random(seed)
    for iteration in range(iterations):
        began = time.time()
        right = total = 0
        for words, tags, statics, norms, kinds, following in prepared:
            prev, prev2 = START
            finite = False
            for i, word in enumerate(words):
                guess = tagdict.get(word.translate(_QUOTES))
                if guess is None:
                    features = statics[i] + dynamic_features(
                        prev, prev2, norms[i], kinds[i], following[i], finite
                    )
                    guess = model.predict(features)
                    model.update(tags[i], guess, features)
                prev2, prev = prev, guess
                finite = _next_finite(finite, guess)
                right += guess == tags[i]
                total += 1
        rng.shuffle(prepared)
        print(
            f"iteration {iteration + 1}: {right / total:.4f} on training data, "
            f"{time.time() - began:.0f} s",
            file=sys.stderr,
        )
    model.average()
    return model, tagdict


def compact(model: Perceptron, scale: int) -> dict[str, dict[int, int]]:
    """Averaged weights times ``scale``, rounded; zero weights and empty features dropped."""
    index = {t: i for i, t in enumerate(model.classes)}
    table = {}
    for feature, row in model.weights.items():
        kept = {index[label]: round(weight * scale) for label, weight in row.items()}
        kept = {i: w for i, w in kept.items() if w}
        if kept:
            table[feature] = kept
    return table


GRAMMAR_TAGS = {"NN", "NNS", "NNP", "NNPS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"}


def accuracy(model: Model, data) -> tuple[float, float, float, float]:
    """Accuracy on all tokens, on nouns and verbs (the tags agreement rules read), of the
    universal tags, and the number of tokens tagged per second."""
    right = total = grammar_right = grammar_total = upos_right = 0
    began = time.process_time()
    for words, tags, upos in data:
        for word, guess, truth, universal in zip(words, model.tag(words), tags, upos):
            right += guess == truth
            total += 1
            if truth in GRAMMAR_TAGS:
                grammar_right += guess == truth
                grammar_total += 1
            upos_right += model.upos(word, guess) == universal
    speed = total / (time.process_time() - began)
    return right / total, grammar_right / grammar_total, upos_right / total, speed


def measure(path: Path, ewt: Path, gum: Path | None = None) -> tuple[float, float]:
    """Print the figures of a model: size, load time, accuracy, speed. Returns dev, test."""
    loads = []
    for _ in range(5):
        code = (
            "import time; from pathlib import Path; from newslint.tagger import Model; "
            "began = time.perf_counter(); Model.load(Path(%r)); "
            "print((time.perf_counter() - began) * 1000)" % str(path)
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
        )
        loads.append(float(done.stdout))
    model = Model.load(path)
    held: Counter = Counter()
    dev = load(read_split(ewt, "en_ewt", "dev"), held)
    test = load(read_split(ewt, "en_ewt", "test"), held)
    dev_acc, dev_grammar, dev_upos, _ = accuracy(model, dev)
    fresh = Model.load(path)
    began = time.process_time()
    for words, *_ in test:
        fresh.tag(words)
    cold = sum(len(words) for words, *_ in test) / (time.process_time() - began)
    test_acc, test_grammar, test_upos, warm = accuracy(model, test)
    print(
        f"{path}: {path.stat().st_size / 1e6:.2f} MB; "
        f"load {sorted(loads)[2]:.1f} ms (median of 5 fresh processes)\n"
        f"accuracy: EWT dev {dev_acc:.4f} (nouns and verbs {dev_grammar:.4f}, UPOS "
        f"{dev_upos:.4f}), EWT test {test_acc:.4f} (nouns and verbs {test_grammar:.4f}, UPOS "
        f"{test_upos:.4f}); "
        f"{held['left out']} of {held['sentences']} held-out sentences left out\n"
        f"speed on EWT test: {cold:.0f} words per CPU second from a fresh model, {warm:.0f} "
        "warm (the second pass, its caches full)",
        file=sys.stderr,
    )
    if gum is not None:
        for genres in (("news",), GUM_GENRES):
            data = load(read_split(gum, "en_gum", "test", genres), Counter())
            acc, grammar, _, _ = accuracy(model, data)
            words = sum(len(w) for w, *_ in data)
            print(
                f"accuracy on GUM test, {'+'.join(genres)} ({words} tokens): {acc:.4f} "
                f"(nouns and verbs {grammar:.4f}); meaningful only if GUM test was not trained on",
                file=sys.stderr,
            )
    return dev_acc, test_acc


SOURCES = """Sources and licence of newslint's part-of-speech tagger model
=============================================================

tagger_model.bin is an averaged-perceptron part-of-speech model (Penn Treebank tags) built by
scripts/build_tagger.py from:

{sources}
- lemminflect {lemminflect} (Brad Jascob; MIT licence), whose inflection and lemma tables are
  built from the NLM SPECIALIST Lexicon: the word forms it knows, each with the parts of
  speech it can have, are stored in the model as a lexicon class per word (a hash of the word
  and a class number); spelling_pos.bin is derived from the same tables.

The model's weights and tag dictionary are derived from these treebanks and are shared
under the licences above (CC BY-SA 4.0 for EWT{gum_licence}),
which allow shipping them with newslint (GPL-3.0-or-later).{gum_note}

Accuracy (tokens as newslint splits them): EWT dev {dev:.2%}, EWT test {test:.2%}.
"""


GUM_NOTE = f"""
Only the GUM genres the treebank's LICENSE.txt names as CC BY or public domain were used:
{", ".join(GUM_GENRES)};
its wikiHow, fiction and other non-commercial or unnamed documents were not."""


def write_model(
    path: Path,
    tags: list[str],
    tagdict: dict[str, str],
    table: dict,
    scale: int,
    lexicon: dict[str, str],
    upos: tuple[dict[str, str], dict[str, str]],
):
    """Write a model in the format ``newslint.tagger.Model.load`` reads (``MAGIC``): ``table`` maps a feature to {tag index: integer weight}, ``lexicon`` a
    normalised word to its class."""
    merged: dict[int, dict[int, int]] = {}
    for feature, row in table.items():
        slot = merged.setdefault(crc32(feature.encode("utf-8")), {})
        for index, weight in row.items():
            slot[index] = slot.get(index, 0) + weight
    hashes, starts, labels, weights = array("I"), array("I", [0]), array("B"), array("h")
    for key in sorted(merged):
        row = {i: max(-32767, min(32767, w)) for i, w in merged[key].items() if w}
        if not row:
            continue
        hashes.append(key)
        for index in sorted(row):
            labels.append(index)
            weights.append(row[index])
        starts.append(len(labels))
    classes = sorted(set(lexicon.values()))
    by_hash: dict[int, int] = {}
    for word, kind in lexicon.items():
        by_hash[crc32(word.encode("utf-8"))] = classes.index(kind)
    words = array("I", sorted(by_hash))
    kinds = array("B", [by_hash[key] for key in words])
    header = {
        "tags": tags,
        "classes": classes,
        "upos": upos[0],
        "upos_words": upos[1],
        "tagdict": dict(sorted(tagdict.items())),
        "scale": scale,
        "features": len(hashes),
        "pairs": len(labels),
        "words": len(words),
    }
    blob = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    parts = [MAGIC, len(blob).to_bytes(4, "little"), blob]
    for values in (hashes, starts, labels, weights, words, kinds):
        if sys.byteorder == "big":
            values = array(values.typecode, values)
            values.byteswap()
        parts.append(values.tobytes())
    path.write_bytes(b"".join(parts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ewt", type=Path, default=EWT)
    parser.add_argument("--gum", type=Path, default=GUM, help="'' to leave GUM out")
    parser.add_argument("--gum-splits", default="train", help="GUM splits to train on")
    parser.add_argument("--iterations", type=int, default=8)
    parser.add_argument("--scale", type=int, default=SCALE)
    parser.add_argument("--out", type=Path, default=DATA / "tagger_model.bin")
    parser.add_argument(
        "--measure", action="store_true", help="only measure the model at --out (no training)"
    )
    args = parser.parse_args()
    use_gum = str(args.gum) not in ("", ".") and (
        (args.gum / "HEAD").exists() or (args.gum / ".git").exists()
    )
    if args.measure:
        measure(args.out, args.ewt, args.gum if use_gum else None)
        return

    stats: Counter = Counter()
    train_data = load(read_split(args.ewt, "en_ewt", "train"), stats)
    sources = [
        "- Universal Dependencies English Web Treebank (UD_English-EWT), train split;\n"
        "  https://github.com/UniversalDependencies/UD_English-EWT, commit "
        + _commit(args.ewt)
        + ".\n  Silveira et al. (2014), A Gold Standard Dependency Corpus for English; CC BY-SA 4.0."
    ]
    if use_gum:
        gum = []
        for split in args.gum_splits.split(","):
            gum += load(read_split(args.gum, "en_gum", split, GUM_GENRES), stats)
        print(f"GUM: {len(gum)} sentences", file=sys.stderr)
        train_data += gum
        sources.append(
            f"- Universal Dependencies English GUM (UD_English-GUM), splits {args.gum_splits}, genres\n  "
            + ", ".join(GUM_GENRES)
            + ";\n  https://github.com/UniversalDependencies/UD_English-GUM, commit "
            + _commit(args.gum)
            + ".\n  Zeldes (2017), The GUM Corpus. GUM's LICENSE.txt puts these documents under CC BY\n"
            "  (Wikinews with its interviews and bios, Wikivoyage, OpenStax, YouTube CC vlogs, the\n"
            "  Santa Barbara Corpus) or in the public domain (speeches); Wikivoyage and Wikipedia\n"
            "  texts are CC BY-SA at their source, which this model's licence already is."
        )
    print(
        f"training on {len(train_data)} sentences "
        f"({stats['left out']} of {stats['sentences']} left out: tokens disagree)",
        file=sys.stderr,
    )
    lexicon = make_lexicon()
    perceptron, tagdict = train(train_data, args.iterations, lexicon)
    table = compact(perceptron, args.scale)
    upos = make_upos(train_data)
    write_model(args.out, perceptron.classes, tagdict, table, args.scale, lexicon, upos)
    print(
        f"{len(table)} features, {len(tagdict)} words in the tag dictionary, "
        f"{len(lexicon)} in the lexicon",
        file=sys.stderr,
    )
    held_out_gum = use_gum and "test" not in args.gum_splits.split(",")
    dev_acc, test_acc = measure(args.out, args.ewt, args.gum if held_out_gum else None)
    if args.out == DATA / "tagger_model.bin":
        (DATA / "tagger_sources.txt").write_text(
            SOURCES.format(
                sources="\n".join(sources),
                gum_licence="; CC BY for the GUM documents used" if len(sources) > 1 else "",
                gum_note=GUM_NOTE if len(sources) > 1 else "",
                lemminflect=_version("lemminflect"),
                dev=dev_acc,
                test=test_acc,
            ),
            encoding="utf-8",
        )


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def _commit(repo: Path) -> str:
    done = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


if __name__ == "__main__":
    main()
