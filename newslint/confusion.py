"""Confusion sets, the margins calibrated for their pairs, and the judgement of a written word
against the other words of its sets by the word-pair counts of ``newslint.ngrams``.

The sets (``data/confusion_sets.txt``) and thresholds (``data/confusion_thresholds.tsv``) are
written by ``scripts/build_ngrams.py`` and ``scripts/calibrate_confusables.py``; both are read
the first time a rule asks. ``judge`` weighs the written word against each alternative: how
much likelier the alternative is by its frequency, by the word before, by the word after and
by the two together, and ``decides`` whether that is strong and consistent enough.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import NamedTuple

from . import ngrams

SETS_FILE = ngrams.DATA / "confusion_sets.txt"
THRESHOLDS_FILE = ngrams.DATA / "confusion_thresholds.tsv"

# The margin (natural log of the odds) an alternative needs over the written word when its
# pair has no calibrated threshold, and how far one neighbour may speak for the written word
# while the other carries the change.
THRESHOLD = 6.0
AGAINST = 1.0
# How far past its threshold a finding must be to be a warning (else it is advice, "info"):
# on the tune half's two quarters, calibrating on one, this let through about one false
# warning per 100,000 words of the other.
SURE = 4.0


@lru_cache(maxsize=1)
def pair_codes() -> dict[tuple[str, str], str]:
    """(written, meant) → the code of the rule that reports the slip, from
    ``confusion_sets.txt``; a pair in two sets keeps the first."""
    found: dict[tuple[str, str], str] = {}
    for line in SETS_FILE.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("gloss"):
            continue
        code, _, words = line.partition("\t")
        members = words.split()
        if "->" in members:  # "importance -> important": only the first is written by mistake
            members.remove("->")
            pairs = [(members[0], meant) for meant in members[1:]]
        else:
            pairs = [(a, b) for a in members for b in members if a != b]
        for pair in pairs:
            found.setdefault(pair, code)
    return found


@lru_cache(maxsize=1)
def confusion_sets() -> dict[str, tuple[str, tuple[str, ...]]]:
    """word → (the code of its first set, every word it may be confused with)."""
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    for (written, meant), code in pair_codes().items():
        first, alternatives = found.get(written, (code, ()))
        found[written] = (first, alternatives + (meant,))
    return found


@lru_cache(maxsize=None)
def live_sets(code: str) -> dict[str, tuple[str, ...]]:
    """The pairs of rule ``code`` that calibration did not switch off (threshold infinite):
    word → the words it may still be taken for; words with none left out."""
    table = thresholds()
    found: dict[str, tuple[str, ...]] = {}
    for (written, meant), pair_code in pair_codes().items():
        if pair_code == code and table.get((written, meant), THRESHOLD) != math.inf:
            found[written] = found.get(written, ()) + (meant,)
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
    first = ngrams.starts_sentence(tokens, i)
    if written[:1].isupper() and not first or len(written) > 1 and written.isupper():
        return None
    n = len(tokens)
    if i and tokens[i - 1][0] in "-–—/" and tokens[i - 1][2] == start:
        return None
    if i + 1 < n and tokens[i + 1][0] in "-–—/" and tokens[i + 1][1] == end:
        return None
    m = ngrams.model()
    if i:
        before = tokens[i - 1]
        b_token = before[0]
        b_class = ngrams.context_class(b_token, before[3], ngrams.starts_sentence(tokens, i - 1), m.common)
    else:
        b_token = b_class = ngrams.BOS
    if i + 1 < n:
        after = tokens[i + 1]
        a_token = after[0]
        a_class = ngrams.context_class(a_token, after[3], False, m.common)
    else:
        a_token = a_class = ngrams.EOS
    if i >= 2:
        t = tokens[i - 2]
        b2 = ngrams.coarse_class(ngrams.context_class(t[0], t[3], ngrams.starts_sentence(tokens, i - 2), m.common), m.coarse_of)
    else:
        b2 = ngrams.BOS
    if i + 2 < n:
        t = tokens[i + 2]
        a2 = ngrams.coarse_class(ngrams.context_class(t[0], t[3], False, m.common), m.coarse_of)
    else:
        a2 = ngrams.EOS

    # The scores of each side, then of the two neighbours together, are worked out only as
    # far as ``decides`` needs them: an alternative that the word before speaks against by
    # more than AGAINST cannot win (most do not), whatever the rest says.
    def left_of(w):
        return m.side(w, "<", b_token, b_class) + (m.second_side(w, "<", b_class, b2) if i else 0.0)

    def right_of(w):
        return m.side(w, ">", a_token, a_class) + (m.second_side(w, ">", a_class, a2) if i + 1 < n else 0.0)

    def both_of(w):
        left = m.side(w, "<", b_token, b_class)
        right = m.side(w, ">", a_token, a_class)
        return m.both(w, b_token, a_token, left + right) - left - right

    mine_left = left_of(word)
    mine_right = mine_both = None
    mine_pairs = None  # the written word's pair counts, looked up once an alternative wins
    best = None
    table = globals()["thresholds"]() if thresholds is None else thresholds
    default = THRESHOLD if threshold is None else threshold
    for alternative in alternatives:
        if not m.count(alternative):
            continue
        needed = table.get((word, alternative), default)
        left = left_of(alternative) - mine_left
        if left < -AGAINST:
            continue  # (``decides`` says no)
        if mine_right is None:
            mine_right = right_of(word)
        right = right_of(alternative) - mine_right
        if right < -AGAINST:
            continue  # (``decides`` says no)
        if mine_both is None:
            mine_both = both_of(word)
        evidence = Evidence(
            alternative,
            m.prior(alternative) - m.prior(word),
            left,
            right,
            0,
            0,
            0,
            0,
            needed,
            both_of(alternative) - mine_both,
        )
        if decides(evidence, needed) and (best is None or evidence.margin > best.margin):
            if mine_pairs is None:
                mine_pairs = (m.pair_count(word, "<", b_token), m.pair_count(word, ">", a_token))
            best = evidence._replace(
                alternative_left_pairs=m.pair_count(alternative, "<", b_token),
                alternative_right_pairs=m.pair_count(alternative, ">", a_token),
                written_left_pairs=mine_pairs[0],
                written_right_pairs=mine_pairs[1],
            )
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
    both: float = 0.0  # how much likelier by the two neighbours seen together with it

    @property
    def sure(self) -> bool:
        """Far past the pair's threshold: a warning rather than advice."""
        return self.margin >= self.needed + SURE

    @property
    def context(self) -> float:
        return self.left + self.right

    @property
    def margin(self) -> float:
        return self.prior + self.left + self.right + self.both


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
