#!/usr/bin/env python3
"""Build the counts of frequent words between their two neighbours, and the sets they decide.

    python3 scripts/build_slot_ngrams.py count --corpus DIR [--corpus DIR ...] --out COUNTS.pkl
    python3 scripts/build_slot_ngrams.py store COUNTS.pkl

The sets (``choose_sets``) are every pair of words that are both common (Zipf >= ``ZIPF``
in the lexicon, at least two characters, letters and apostrophes only) and one typist's slip
apart: a letter dropped, added, doubled or changed, two letters swapped, an apostrophe added
or dropped ("of"/"off", "the"/"they", "form"/"from", "you"/"your", "than"/"that"). Pairs that
a hand-picked set of ``build_ngrams.py`` already decides (its/it's, to/too ...) are left to it,
and so are two forms of one word ("book"/"books": agreement) and two spellings of one
("center"/"centre": house style).

``count`` reads the corpora (as ``build_ngrams.py`` does: same paragraphs, same tokens) and
counts, for every word of a set, each (word before, word after) it stands between, and the
same with each neighbour replaced by its class when it is not itself a common word (the
backoff for a context seen too rarely: "is your <noun>"). It writes the raw counts to a pickle
outside the repository (tens of megabytes), so that ``store`` can be re-run without reading
the corpora again.

``store`` turns the counts into decisions and writes ``newslint/data/ngrams_slots.bin``
(read by ``newslint/slot_ngrams.py``) and ``newslint/data/confusion_slots.txt`` (the sets).
For a word Y written between A and B and a word X of its set, the margin is
log((c(A X B) + K) / (c(A Y B) + K)); a decision (A, Y, B) -> X is kept when X was seen at
least ``MIN_SEEN`` times there and the margin is at least ``MIN_MARGIN``. The class level
is kept the same way, and a class decision is vetoed for every word context inside it where
Y itself was seen (so that "the pick" seen in the corpus is never overruled by its class).
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from array import array
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_ngrams import SETS, paragraphs, tokenize  # noqa: E402
from newslint import slot_ngrams  # noqa: E402
from newslint.analysis import lexicon as lx  # noqa: E402

OUT = ROOT / "newslint" / "data"
ZIPF = 5.0
LETTERS = "abcdefghijklmnopqrstuvwxyz'"
K = 0.5
MIN_SEEN = 5  # times X must be seen in the context for a decision (4 times that for classes)
# The least margin (natural log) a decision is kept with, a little under the rule's
# thresholds (slot_word.THRESHOLD, CLASS_THRESHOLD), which calibration may lower to these.
MIN_MARGIN = 7.0
MIN_CLASS_MARGIN = 8.0
# Neighbours that stand for too much to decide by: every number is "#" ("off 101 balls" and
# "of 101 members"; "If 2004 has been" and "In 2004"); at the class level, every name too.
BROAD = frozenset(("#", "#y"))
CLASS_BROAD = BROAD | {"Cap"}
ID_BITS = 24
MEMBER_BITS = 11


def lexicon_words(zipf: float = ZIPF) -> list[str]:
    """The lexicon's words at Zipf ``zipf`` or more: the neighbours that stand for
    themselves at the class level ("a", "i", "the")."""
    found = []
    for value, band in lx._bands():
        if value < zipf:
            break
        found += band if isinstance(band, list) else band.split()
    return found


def common_words(zipf: float = ZIPF) -> list[str]:
    """The words that may be in a set: as ``lexicon_words``, of two characters or more,
    letters and apostrophes only."""
    return [w for w in lexicon_words(zipf) if len(w) >= 2 and all(c in LETTERS for c in w) and w[0] != "'"]


def slips(word: str):
    """Every string one typist's slip from ``word``."""
    for i in range(len(word) + 1):
        for c in LETTERS:
            yield word[:i] + c + word[i:]  # added (or doubled)
        if i < len(word):
            yield word[:i] + word[i + 1 :]  # dropped
            for c in LETTERS:
                if c != word[i]:
                    yield word[:i] + c + word[i + 1 :]  # changed
        if i + 1 < len(word):
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]  # swapped


def forms_of_one_word(a: str, b: str) -> bool:
    """Two forms of one word ("book"/"books", "change"/"changed") or one word's two
    spellings ("center"/"centre"): an agreement or house-style matter, not a slip."""
    short, long = sorted((a, b), key=len)
    ending = long[len(short):] if long.startswith(short) else None
    if ending in ("s", "es", "ed") and len(short) >= 3 or ending == "d" and short.endswith("e"):
        return True  # (not "an"/"and", "be"/"bed")
    return len(a) == len(b) > 3 and a[:-2] == b[:-2] and {a[-2:], b[-2:]} == {"er", "re"}


def choose_sets(zipf: float = ZIPF) -> list[tuple[str, str]]:
    """The pairs (sorted, each once) of the rule in the module docstring."""
    words = set(common_words(zipf))
    decided = set()
    for _, members in SETS:
        group = [w for w in members.split() if w != "->"]
        decided.update((a, b) for a in group for b in group if a != b)
    pairs = set()
    for w in sorted(words):
        for other in set(slips(w)) & words:
            if other != w and (w, other) not in decided and not forms_of_one_word(w, other):
                pairs.add(tuple(sorted((w, other))))
    return sorted(pairs)


def neighbour_class(word: str, written: str, mid_sentence: bool, keep) -> str:
    """The class that stands for a neighbour at the backoff level: the word itself when it is
    a mark or common (``keep``), "#" for a number, "Cap" for a capitalised word inside a
    sentence, else its parts of speech and ending (as ``ngrams.context_class``)."""
    return slot_ngrams.neighbour_class(word, written, mid_sentence, keep)


def count(args) -> int:
    pairs = choose_sets()
    members = sorted({w for p in pairs for w in p})
    index = {w: i for i, w in enumerate(members)}
    keep = frozenset(lexicon_words())
    ids: dict[str, int] = {}
    word_keys, class_keys = array("q"), array("q")
    unigrams = Counter()
    classes: dict[tuple[str, str, bool], str] = {}
    shift_a = ID_BITS + MEMBER_BITS

    def id_of(token):
        found = ids.get(token)
        if found is None:
            found = ids[token] = len(ids)
        return found

    def class_id(lower, written, mid_sentence):
        key = (slot_ngrams.word_token(lower), written, mid_sentence)
        found = classes.get(key)
        if found is None:
            found = classes[key] = slot_ngrams.neighbour_class(*key, keep)
        return id_of(found)

    bos, eos = id_of(slot_ngrams.BOS), id_of(slot_ngrams.EOS)
    for folder in args.corpus:
        for paragraph in paragraphs(folder):
            tokens = tokenize(paragraph)
            lower = [w for w, _ in tokens]
            words = [
                slot_ngrams.word_token(w, written, i > 0 and lower[i - 1] not in slot_ngrams.ENDERS)
                for i, (w, written) in enumerate(tokens)
            ]
            unigrams.update(w for w in lower if w in index)
            n = len(words)
            for i, w in enumerate(lower):
                m = index.get(w)
                if m is None:
                    continue
                if i and tokens[i][1][:1].isupper() and lower[i - 1] not in slot_ngrams.ENDERS:
                    continue  # a capitalised member inside a sentence: a name ("Then", "Off")
                a = ids.get(words[i - 1]) if i else bos
                if a is None:
                    a = id_of(words[i - 1])
                b = ids.get(words[i + 1]) if i + 1 < n else eos
                if b is None:
                    b = id_of(words[i + 1])
                word_keys.append((a << shift_a) | (b << MEMBER_BITS) | m)
                if i:
                    ca = class_id(lower[i - 1], tokens[i - 1][1], i > 1 and lower[i - 2] not in slot_ngrams.ENDERS)
                else:
                    ca = bos
                cb = class_id(lower[i + 1], tokens[i + 1][1], True) if i + 1 < n else eos
                class_keys.append((ca << shift_a) | (cb << MEMBER_BITS) | m)
                if len(classes) > 2_000_000:
                    classes.clear()
    assert len(ids) < 1 << ID_BITS and len(members) < 1 << MEMBER_BITS
    tokens_by_id = [None] * len(ids)
    for t, i in ids.items():
        tokens_by_id[i] = t
    with open(args.out, "wb") as handle:
        pickle.dump(
            {
                "pairs": pairs,
                "members": members,
                "tokens": tokens_by_id,
                "word_keys": word_keys.tobytes(),
                "class_keys": class_keys.tobytes(),
                "unigrams": dict(unigrams),
                "corpus": [str(c) for c in args.corpus],
            },
            handle,
            protocol=4,
        )
    print(f"{len(pairs)} pairs, {len(members)} words, {len(word_keys)} slots, {len(ids)} tokens")
    return 0


def decisions(keys, pairs, members, min_seen=MIN_SEEN, min_margin=MIN_MARGIN):
    """(context key without member, written index, meant index, margin, count of meant,
    count of written) for every context where the margin passes, from slot keys."""
    import numpy as np

    mask = (1 << MEMBER_BITS) - 1
    unique, counts = np.unique(keys, return_counts=True)
    index = {w: i for i, w in enumerate(members)}
    found = []
    for a, b in pairs:
        for x, y in ((index[a], index[b]), (index[b], index[a])):  # x meant, y written
            sel = (unique & mask) == x
            ctx = unique[sel] >> MEMBER_BITS
            cx = counts[sel]
            strong = cx >= min_seen
            ctx, cx = ctx[strong], cx[strong]
            ykeys = (ctx << MEMBER_BITS) | y
            pos = np.searchsorted(unique, ykeys)
            pos[pos >= len(unique)] = 0
            cy = np.where(unique[pos] == ykeys, counts[pos], 0)
            margin = np.log((cx + K) / (cy + K))
            ok = margin >= min_margin
            for c, m, nx, ny in zip(ctx[ok].tolist(), margin[ok].tolist(), cx[ok].tolist(), cy[ok].tolist()):
                found.append((c, y, x, m, nx, ny))
    return found, unique, counts


def store(args) -> int:
    import numpy as np

    with open(args.counts, "rb") as handle:
        data = pickle.load(handle)
    members, tokens = data["members"], data["tokens"]
    pairs = choose_sets()
    missing = {w for p in pairs for w in p} - set(members)
    if missing:
        raise SystemExit(f"the counts lack {sorted(missing)}: count again")
    word_keys = np.frombuffer(data["word_keys"], dtype=np.int64)
    class_keys = np.frombuffer(data["class_keys"], dtype=np.int64)
    id_mask = (1 << ID_BITS) - 1

    def context(c):
        return tokens[c >> ID_BITS], tokens[c & id_mask]

    entries = {}
    word_found, _, _ = decisions(word_keys, pairs, members)
    word_found = [f for f in word_found if not BROAD & set(context(f[0]))]
    for c, y, x, m, nx, ny in word_found:
        a, b = context(c)
        key = slot_ngrams.key(a, members[y], b)
        old = entries.get(key)
        if old is None or old[1] < m:
            entries[key] = (x, m)
    class_found, _, _ = decisions(class_keys, pairs, members, MIN_SEEN * 4, MIN_CLASS_MARGIN)
    # a neighbour that is no word is itself a slip: its class says nothing of the word beside
    # it; nor does the class of a name ("then Vice President", "the Vice President")
    class_found = [
        f for f in class_found
        if not any(t.startswith("?|") for t in context(f[0])) and not CLASS_BROAD & set(context(f[0]))
    ]
    class_entries = {}
    for c, y, x, m, nx, ny in class_found:
        a, b = context(c)
        key = slot_ngrams.key(a, members[y], b, level=slot_ngrams.CLASS)
        old = class_entries.get(key)
        if old is None or old[1] < m:
            class_entries[key] = (x, m)
    # vetoes: word contexts inside a class decision where the written word itself was seen
    decided = np.array(sorted({(c << MEMBER_BITS) | y for c, y, *_ in class_found}), dtype=np.int64)
    vetoes = 0
    if len(decided):
        inside = np.isin(class_keys, decided)
        for k in np.unique(word_keys[inside]).tolist():
            a, b = context(k >> MEMBER_BITS)
            key = slot_ngrams.key(a, members[k & ((1 << MEMBER_BITS) - 1)], b)
            if key not in entries:
                entries[key] = (None, 0.0)
                vetoes += 1
    entries.update(class_entries)
    blob = slot_ngrams.encode(members, lexicon_words(), entries)
    (OUT / slot_ngrams.STORE.name).write_bytes(blob)
    lines = [
        "# Confusion sets of S210 (newslint/checks/confusables/slot_word.py); written by",
        "# scripts/build_slot_ngrams.py: every pair of words both at Zipf >= 5 in the lexicon and",
        "# one typist's slip apart, bar the pairs of the hand-picked sets of confusion_sets.txt.",
        "",
    ] + [f"{a}\t{b}" for a, b in pairs]
    (OUT / "confusion_slots.txt").write_text("\n".join(lines) + "\n", "utf-8")
    print(
        f"{len(word_found)} word decisions, {len(class_entries)} class decisions,"
        f" {vetoes} vetoes; store {len(blob) / 1e6:.2f} MB"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("count")
    c.add_argument("--corpus", type=Path, action="append", required=True)
    c.add_argument("--out", type=Path, required=True)
    s = sub.add_parser("store")
    s.add_argument("counts", type=Path)
    args = parser.parse_args()
    return count(args) if args.command == "count" else store(args)


if __name__ == "__main__":
    sys.exit(main())
