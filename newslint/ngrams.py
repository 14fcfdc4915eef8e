"""Word-pair counts from openly licensed English text, for deciding between confusable words.

The store (``data/ngrams.pickle.gz``, built by ``scripts/build_ngrams.py``; sources and
licences in ``data/ngrams_sources.txt``) holds only what the confusion sets need:

- for every word of a confusion set: how often it occurs, which words stand just before and
  just after it, and which *kinds* of word do (a context class, see ``context_class``);
- for every context class: which classes stand before and after it (the fallback for a
  confusable word seen too rarely to say much on its own);
- how much frequency (from the lexicon's word list) the words of each class carry, so that
  the chance of a context word within its class can be told.

It loads the first time a rule asks (a few milliseconds), never at import.

A context class is the word itself for the commonest words of the corpus (function words
and the like: "the", "of", "has"), and otherwise the parts of speech the lexicon gives the
word with its ending ("n|s", "v|ed", "a|"), "Cap" for a capitalised word inside a sentence,
"#" for a number, and a mark for punctuation; "<s>" and "</s>" stand for the edges of a
sentence or paragraph.

``Model.score(word, before, after)`` is the log-probability of ``word`` between the two
context tokens: log P(word) + log P(before | word) + log P(after | word), each conditional
smoothed towards its class estimate, which is smoothed in turn towards the estimate for the
word's own class.
"""

from __future__ import annotations

import gzip
import math
import pickle
from functools import lru_cache
from typing import NamedTuple
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
STORE = DATA / "ngrams.pickle.gz"
SETS_FILE = DATA / "confusion_sets.txt"
THRESHOLDS_FILE = DATA / "confusion_thresholds.tsv"

# The margin (natural log of the odds) an alternative needs over the written word when its
# pair has no calibrated threshold, and how far one neighbour may speak for the written word
# while the other carries the change.
THRESHOLD = 6.0
AGAINST = 1.0
# How far past its threshold a finding must be to be a warning (else it is advice, "info"):
# on the tune half's two quarters, calibrating on one, this let through about one false
# warning per 100,000 words of the other.
SURE = 4.0

BOS, EOS = "<s>", "</s>"
_PUNCT_CLASS = {
    ".": ".", "!": ".", "?": ".", ",": ",", ";": ";", ":": ";", "(": "(", ")": ")",
    "[": "(", "]": ")", '"': '"', "“": '"', "”": '"', "'": '"', "‘": '"', "’": '"',
    "-": "-", "–": "-", "—": "-",
}
_SUFFIXES = ("ing", "ed", "ly", "s")

ZIPF_FLOOR = 1.0  # the Zipf value given to a word the lexicon does not know


def starts_sentence(tokens, i) -> bool:
    """Does token ``i`` (tuples whose first item is the lower-case token) start a sentence?"""
    j = i - 1
    while j >= 0 and tokens[j][0] in ('"', "(", "'", "“", "‘"):
        j -= 1
    return j < 0 or tokens[j][0] in (".", "!", "?", ":")


def _suffix(word: str) -> str:
    for end in _SUFFIXES:
        if word.endswith(end) and len(word) > len(end) + 2:
            return end
    return ""


def coarse_class(klass: str, coarse_of) -> str:
    """A class without its ending ("n|s" → "n"); a common word's parts of speech ("big" →
    "a"; ``coarse_of`` maps them); other classes are their own."""
    if "|" in klass:
        return klass.partition("|")[0]
    return coarse_of.get(klass, klass)


def common_coarse(word: str) -> str:
    """The coarse class of a common word: its parts of speech, or the word when it has none
    (function words: "the", "of")."""
    from .analysis import lexicon as lx

    return lx.tags(word) or word


def context_class(word: str, written: str, starts_sentence: bool, common) -> str:
    """The class of a context token: ``word`` is its lower-case, straight-apostrophe form,
    ``written`` as written, ``common`` the set of words that are their own class."""
    if not word:
        return BOS
    first = word[0]
    if not first.isalnum():
        return _PUNCT_CLASS.get(word, "P")
    if first.isdigit():
        return "#"
    if written[:1].isupper() and not starts_sentence:
        return "Cap"
    if word in common:
        return word
    from .analysis import lexicon as lx

    tags = lx.tags(word)
    if not tags and not lx.is_word(word):
        return "?|" + _suffix(word)
    return (tags or "o") + "|" + _suffix(word)


class Model:
    """Counts and the scores made from them (see the module docstring)."""

    def __init__(self, store: dict):
        self.common: frozenset[str] = frozenset(store["common"])
        self.coarse_of: dict[str, str] = store["coarse_of"]
        self.unigrams: dict[str, int] = store["unigrams"]
        self.class_mass: dict[str, float] = store["class_mass"]
        self.classes: int = store["classes"]
        self.class_share: dict[str, float] = store["class_share"]
        self.coarse_share: dict[str, float] = store["coarse_share"]
        self.left_coarse: dict[str, dict[str, int]] = store["left_coarse"]
        self.right_coarse: dict[str, dict[str, int]] = store["right_coarse"]
        self.left_types: dict[str, int] = store["left_types"]
        self.right_types: dict[str, int] = store["right_types"]
        self.left: dict[str, dict[str, int]] = store["left"]
        self.right: dict[str, dict[str, int]] = store["right"]
        self.left_classes: dict[str, dict[str, int]] = store["left_classes"]
        self.right_classes: dict[str, dict[str, int]] = store["right_classes"]
        self.class_left: dict[str, dict[str, int]] = store["class_left"]
        self.class_right: dict[str, dict[str, int]] = store["class_right"]
        self.own_class: dict[str, str] = store["own_class"]
        self.total: int = store["total"]
        self.left2: dict[str, dict[str, dict[str, int]]] = store["left2"]
        self.right2: dict[str, dict[str, dict[str, int]]] = store["right2"]
        # P(coarse class b | coarse class a next to it), both ways
        after, before = {}, {}
        for pair, count in store["coarse_pairs"].items():
            a, b = pair.split(" ")
            after.setdefault(a, {})[b] = count
            before.setdefault(b, {})[a] = count
        self._after = {a: (d, sum(d.values())) for a, d in after.items()}
        self._before = {b: (d, sum(d.values())) for b, d in before.items()}
        self._own_totals = {k: sum(v.values()) for k, v in self.class_left.items()}

    def count(self, word: str) -> int:
        return self.unigrams.get(word, 0)

    def knows(self, word: str) -> bool:
        return word in self.left

    def _given_class(self, token: str, klass: str) -> float:
        """P(token | its class), from the token's frequency and the class's."""
        if token == klass:
            return 1.0
        from .analysis import lexicon as lx

        mass = self.class_mass.get(klass)
        if not mass:
            return 1.0
        return min(1.0, 10 ** (lx.zipf(token) or ZIPF_FLOOR) / mass)

    def _side(self, word, token, klass, words, classes, coarse, class_table, types) -> float:
        """P(token | word) on one side, Witten-Bell smoothed at each step: the word's own pair
        counts; then the classes it is seen beside; then the coarse classes (parts of speech
        without endings) it is seen beside; then its own class's neighbours (or, for a word
        that is its own class, how common the class is anywhere)."""
        n = self.unigrams.get(word, 0)
        rough = coarse_class(klass, self.coarse_of)
        rough_share = self.coarse_share.get(rough, 0.0) + 1e-6
        own_class = self.own_class.get(word, "")
        if own_class != word and own_class in class_table:
            own = class_table[own_class]
            own_total = self._own_totals.get(own_class, 0)
            own_rough = sum(c for k, c in own.items() if coarse_class(k, self.coarse_of) == rough)
            p_rough_own = (own_rough + 20 * rough_share) / (own_total + 20)
        else:
            p_rough_own = rough_share
        seen_rough = coarse.get(word, {})
        rough_types = len(seen_rough) or 1
        p_rough = (seen_rough.get(rough, 0) + rough_types * p_rough_own) / (n + rough_types)
        within = (self.class_share.get(klass, 0.0) + 1e-6) / rough_share
        seen_classes = classes.get(word, {})
        class_types = len(seen_classes) or 1
        p_class = (seen_classes.get(klass, 0) + class_types * p_rough * within) / (n + class_types)
        p_backoff = p_class * self._given_class(token, klass)
        word_types = types.get(word, 0) or 1
        seen = words.get(word, {})
        return (seen.get(token, 0) + word_types * p_backoff) / (n + word_types)

    def _second(self, word, klass, beyond, table, generic) -> float:
        """log P(coarse class ``beyond`` of the second neighbour | word, class of the first
        neighbour ``klass``), Witten-Bell smoothed towards how often ``beyond`` stands next
        to such a class anywhere."""
        seen, total = generic.get(coarse_class(klass, self.coarse_of), ({}, 0))
        types = len(seen) or 1
        share = self.coarse_share.get(beyond, 0.0) + 1e-6
        p_generic = (seen.get(beyond, 0) + types * share) / (total + types)
        counts = table.get(word, {}).get(klass, {})
        n = sum(counts.values())
        types = len(counts) or 1
        return math.log((counts.get(beyond, 0) + types * p_generic) / (n + types))

    def left2_score(self, word: str, klass: str, beyond: str) -> float:
        return self._second(word, klass, beyond, self.left2, self._before)

    def right2_score(self, word: str, klass: str, beyond: str) -> float:
        return self._second(word, klass, beyond, self.right2, self._after)

    def prior(self, word: str) -> float:
        return math.log((self.unigrams.get(word, 0) + 0.5) / self.total)

    def left_score(self, word: str, token: str, klass: str) -> float:
        """log P(the token before | word)."""
        return math.log(
            self._side(
                word, token, klass, self.left, self.left_classes, self.left_coarse,
                self.class_left, self.left_types,
            )
        )

    def right_score(self, word: str, token: str, klass: str) -> float:
        """log P(the token after | word)."""
        return math.log(
            self._side(
                word, token, klass, self.right, self.right_classes, self.right_coarse,
                self.class_right, self.right_types,
            )
        )


@lru_cache(maxsize=1)
def model() -> Model:
    """The count store, loaded on first use."""
    return Model(pickle.loads(gzip.decompress(STORE.read_bytes())))


@lru_cache(maxsize=1)
def confusion_sets() -> dict[str, tuple[str, tuple[str, ...]]]:
    """word → (rule code, the words it may be confused with), from ``confusion_sets.txt``."""
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    for line in SETS_FILE.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("gloss"):
            continue
        code, _, words = line.partition("\t")
        members = words.split()
        direction = "->" in members
        if direction:  # "importance -> important": only the first is written by mistake
            members.remove("->")
            found[members[0]] = (code, tuple(members[1:]))
            continue
        for word in members:
            others = tuple(w for w in members if w != word)
            code_before, alternatives = found.get(word, (code, ()))
            found[word] = (code_before, alternatives + tuple(o for o in others if o not in alternatives))
    return found


@lru_cache(maxsize=1)
def glosses() -> dict[str, str]:
    """word → a short gloss for messages ("led" → "past tense")."""
    found = {}
    for line in SETS_FILE.read_text("utf-8").splitlines():
        if line.startswith("gloss\t"):
            _, word, gloss = line.split("\t", 2)
            found[word] = gloss.strip()
    return found


def _is_word(token) -> bool:
    return token[0][:1].isalpha()


def judge(tokens, i, alternatives, threshold=None, thresholds=None):
    """The alternative to ``tokens[i]`` that its context prefers strongly and consistently
    (see ``decides``), as ``Evidence``; None when the written word holds. The margin needed is
    the pair's calibrated threshold (``confusion_thresholds.tsv``), else ``threshold``, else
    ``THRESHOLD``; ``thresholds={}`` ignores the calibrated ones.

    ``tokens`` are (lower-case text, start, end, text as written) with straight apostrophes,
    as the lexicon analysis makes them. A capitalised word inside a sentence (a name: "Lead
    Belly"), a word in capitals and a word joined by a hyphen ("then-president") are left alone.
    """
    word, start, end, written = tokens[i]
    first = starts_sentence(tokens, i)
    if written[:1].isupper() and not first or len(written) > 1 and written.isupper():
        return None
    n = len(tokens)
    if i and tokens[i - 1][0] in "-–—/" and tokens[i - 1][2] == start:
        return None
    if i + 1 < n and tokens[i + 1][0] in "-–—/" and tokens[i + 1][1] == end:
        return None
    m = model()
    if i:
        before = tokens[i - 1]
        b_token = before[0]
        b_class = context_class(b_token, before[3], starts_sentence(tokens, i - 1), m.common)
    else:
        b_token = b_class = BOS
    if i + 1 < n:
        after = tokens[i + 1]
        a_token = after[0]
        a_class = context_class(a_token, after[3], False, m.common)
    else:
        a_token = a_class = EOS
    if i >= 2:
        t = tokens[i - 2]
        b2 = coarse_class(context_class(t[0], t[3], starts_sentence(tokens, i - 2), m.common), m.coarse_of)
    else:
        b2 = BOS
    if i + 2 < n:
        t = tokens[i + 2]
        a2 = coarse_class(context_class(t[0], t[3], False, m.common), m.coarse_of)
    else:
        a2 = EOS

    def parts(w):
        return (
            m.prior(w),
            m.left_score(w, b_token, b_class) + (m.left2_score(w, b_class, b2) if i else 0.0),
            m.right_score(w, a_token, a_class)
            + (m.right2_score(w, a_class, a2) if i + 1 < n else 0.0),
            m.left.get(w, {}).get(b_token, 0),
            m.right.get(w, {}).get(a_token, 0),
        )

    mine = parts(word)
    best = None
    table = globals()["thresholds"]() if thresholds is None else thresholds
    default = THRESHOLD if threshold is None else threshold
    for alternative in alternatives:
        if not m.count(alternative):
            continue
        needed = table.get((word, alternative), default)
        theirs = parts(alternative)
        evidence = Evidence(
            alternative,
            theirs[0] - mine[0],
            theirs[1] - mine[1],
            theirs[2] - mine[2],
            theirs[3],
            theirs[4],
            mine[3],
            mine[4],
            needed,
        )
        if decides(evidence, needed) and (best is None or evidence.margin > best.margin):
            best = evidence
    return best


class Evidence(NamedTuple):
    """How much likelier (natural logs) an alternative is than the word written: by its
    frequency, by the word before and by the word after; and the pairs seen in the corpus."""

    alternative: str
    prior: float
    left: float
    right: float
    alternative_left_pairs: int
    alternative_right_pairs: int
    written_left_pairs: int
    written_right_pairs: int
    needed: float = THRESHOLD  # the margin the pair needs

    @property
    def sure(self) -> bool:
        """Far past the pair's threshold: a warning rather than advice."""
        return self.margin >= self.needed + SURE

    @property
    def context(self) -> float:
        return self.left + self.right

    @property
    def margin(self) -> float:
        return self.prior + self.left + self.right


def decides(evidence: Evidence, threshold: float) -> bool:
    """The alternative is strongly and consistently preferred: its context and frequency
    together beat the written word by ``threshold``, and neither neighbour speaks for the
    written word by more than ``AGAINST``."""
    return (
        evidence.margin > threshold
        and evidence.left >= -AGAINST
        and evidence.right >= -AGAINST
    )


@lru_cache(maxsize=1)
def thresholds() -> dict[tuple[str, str], float]:
    """(written, meant) → the margin the pair needs, from ``confusion_thresholds.tsv``."""
    found = {}
    if THRESHOLDS_FILE.exists():
        for line in THRESHOLDS_FILE.read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                written, meant, value = line.split("\t")
                found[(written, meant)] = float(value)
    return found
