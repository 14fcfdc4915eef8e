#!/usr/bin/env python3
"""Train newslint's part-of-speech tagger and write its model into newslint/data/.

    python3 scripts/build_tagger.py [--ewt DIR] [--gum DIR] [--iterations N]

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

The model is an averaged perceptron, greedy left to right (features in newslint/tagger.py),
trained on EWT train (+ GUM), with a tag dictionary for frequent words that (almost) always
take one tag. Weights are averaged, scaled, rounded to integers, and the small ones pruned.
Writes ``newslint/data/tagger_model.bin`` and ``newslint/data/tagger_sources.txt`` and prints
accuracy on EWT dev and test.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.tagger import (  # noqa: E402
    _QUOTES,
    START,
    Model,
    dynamic_features,
    normalise,
    static_features,
    tokenize,
    write_model,
)

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


def align(text: str, words) -> tuple[list[str], list[str]] | None:
    """newslint's tokens of the sentence and a treebank tag for each, or None if they disagree."""
    tokens = tokenize(text)
    tags = []
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
            tags.append(covered[0][3])
            continue
        if covered[0][7] is not None and all(w[7] == covered[0][7] for w in covered):
            tags.append(covered[0][3])  # a contraction the tokenizer keeps whole ("dont")
            continue
        ids = {w[5] for w in covered}
        heads = [w for w in covered if w[6] not in ids and w[3] not in PUNCT_TAGS]
        if not heads:
            heads = [w for w in covered if w[3] not in PUNCT_TAGS] or covered
        tags.append(heads[-1][3])
    return [t.text for t in tokens], tags


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
        return max(self.classes, key=lambda label: (scores[label], label))

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


def make_tagdict(data) -> dict[str, str]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for words, tags in data:
        for word, tag in zip(words, tags):
            counts[word.translate(_QUOTES)][tag] += 1
    found = {}
    for word, tags in counts.items():
        tag, n = tags.most_common(1)[0]
        total = sum(tags.values())
        if total >= FREQ and n / total >= SHARE:
            found[word] = tag
    return found


def train(data, iterations: int, seed: int = 1) -> tuple[Perceptron, dict[str, str]]:
    tagdict = make_tagdict(data)
    classes = sorted({t for _, tags in data for t in tags})
    model = Perceptron(classes)
    prepared = [
        (words, tags, static_features(words), [normalise(w) for w in words]) for words, tags in data
    ]
    rng = random.Random(seed)
    for iteration in range(iterations):
        began = time.time()
        right = total = 0
        for words, tags, statics, norms in prepared:
            prev, prev2 = START
            for i, word in enumerate(words):
                guess = tagdict.get(word.translate(_QUOTES))
                if guess is None:
                    features = statics[i] + dynamic_features(prev, prev2, norms[i])
                    guess = model.predict(features)
                    model.update(tags[i], guess, features)
                prev2, prev = prev, guess
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


def accuracy(model: Model, data) -> float:
    right = total = 0
    for words, tags in data:
        for guess, truth in zip(model.tag(words), tags):
            right += guess == truth
            total += 1
    return right / total


SOURCES = """Sources and licence of newslint's part-of-speech tagger model
=============================================================

tagger_model.bin is an averaged-perceptron part-of-speech model (Penn Treebank tags) built by
scripts/build_tagger.py from:

{sources}

The model's weights and tag dictionary are derived from these treebanks and are shared under
the licences above (CC BY-SA 4.0 for EWT{gum_licence}), which allow shipping them with
newslint (GPL-3.0-or-later).{gum_note}

Accuracy (tokens as newslint splits them): EWT dev {dev:.2%}, EWT test {test:.2%}.
"""


GUM_NOTE = f"""
Only the GUM genres the treebank's LICENSE.txt names as CC BY or public domain were used
({", ".join(GUM_GENRES)}); its wikiHow, fiction and other non-commercial or unnamed
documents were not."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ewt", type=Path, default=EWT)
    parser.add_argument("--gum", type=Path, default=GUM, help="'' to leave GUM out")
    parser.add_argument("--iterations", type=int, default=8)
    parser.add_argument("--scale", type=int, default=SCALE)
    parser.add_argument("--out", type=Path, default=DATA / "tagger_model.bin")
    args = parser.parse_args()

    stats: Counter = Counter()
    train_data = load(read_split(args.ewt, "en_ewt", "train"), stats)
    sources = [
        "- Universal Dependencies English Web Treebank (UD_English-EWT), train split;\n"
        "  https://github.com/UniversalDependencies/UD_English-EWT, commit "
        + _commit(args.ewt)
        + ".\n  Silveira et al. (2014), A Gold Standard Dependency Corpus for English; CC BY-SA 4.0."
    ]
    if str(args.gum) not in ("", ".") and (
        (args.gum / "HEAD").exists() or (args.gum / ".git").exists()
    ):
        gum = load(read_split(args.gum, "en_gum", "train", GUM_GENRES), stats)
        print(f"GUM: {len(gum)} sentences", file=sys.stderr)
        train_data += gum
        sources.append(
            "- Universal Dependencies English GUM (UD_English-GUM), train split, genres "
            + ", ".join(GUM_GENRES)
            + ";\n  https://github.com/UniversalDependencies/UD_English-GUM, commit "
            + _commit(args.gum)
            + ".\n  Zeldes (2017), The GUM Corpus; these documents are CC BY (Wikinews, Wikivoyage,\n"
            "  OpenStax, YouTube CC vlogs, Santa Barbara Corpus) or public domain (speeches)."
        )
    print(
        f"training on {len(train_data)} sentences "
        f"({stats['left out']} of {stats['sentences']} left out: tokens disagree)",
        file=sys.stderr,
    )
    perceptron, tagdict = train(train_data, args.iterations)
    table = compact(perceptron, args.scale)
    write_model(args.out, perceptron.classes, tagdict, table, args.scale)
    model = Model.load(args.out)
    held: Counter = Counter()
    dev = load(read_split(args.ewt, "en_ewt", "dev"), held)
    test = load(read_split(args.ewt, "en_ewt", "test"), held)
    dev_acc, test_acc = accuracy(model, dev), accuracy(model, test)
    print(
        f"{args.out}: {args.out.stat().st_size / 1e6:.2f} MB, {len(table)} features, "
        f"{len(tagdict)} words in the tag dictionary\n"
        f"accuracy: EWT dev {dev_acc:.4f}, EWT test {test_acc:.4f} "
        f"({held['left out']} of {held['sentences']} held-out sentences left out)",
        file=sys.stderr,
    )
    if args.out == DATA / "tagger_model.bin":
        (DATA / "tagger_sources.txt").write_text(
            SOURCES.format(
                sources="\n".join(sources),
                gum_licence="; CC BY for the GUM documents used" if len(sources) > 1 else "",
                gum_note=GUM_NOTE if len(sources) > 1 else "",
                dev=dev_acc,
                test=test_acc,
            ),
            encoding="utf-8",
        )


def _commit(repo: Path) -> str:
    done = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


if __name__ == "__main__":
    main()
