"""The noisy-channel test for real-word slips (Mays, Damerau and Mercer 1991; Wilcox-O'Hearn,
Hirst and Budanitsky 2008), over the whole vocabulary.

A writer meant some word ``c`` and typed ``w``; usually ``c == w``. For each word of a
paragraph, the candidates ``c`` are the dictionary words one edit away (a letter dropped,
added, changed or two swapped: "patters" for "patterns", "goo" for "good") that the counts
know well (``MIN_CANDIDATE_COUNT``) and that were seen beside both of the word's neighbours.
Each is weighed by how well it fits between those neighbours, from the word and word-pair
counts of ``word_bigrams``::

    fit(x) = log P(x | left) + log P(right | x)

each pair estimate mixed half and half with the single word's (``INTERPOLATION``), and by how
likely a typist makes that edit (``edit_prior``: a doubled or undoubled letter, a neighbouring
key and two letters swapped are likelier than any other change). The word as written is
suspect when, for some candidate,

    fit(c) + edit_prior(w given c) - fit(w)  >  THRESHOLD

where ``THRESHOLD`` stands for the prior that the word was meant, chosen by
``scripts/eval_noisy_channel.py`` on its tune half of injected slips. A word seen beside both
its neighbours (each pair ``MIN_COUNT`` times or more in the counts) is taken as meant and not
weighed at all: raising that bar to 20 changed no finding above the threshold on the
harness, and it keeps the test cheap on clean copy, where most words sit in known company.

Left out on purpose: a final s lost or added (singular for plural: a word pair rarely tells
them apart, "leafy vegetable (" and "leafy vegetables (" both read well, and the agreement
rules weigh number with the whole noun phrase); a US spelling for its UK twin; words of fewer
than three letters, most of which the lexicon knows only as abbreviations ("oj", "fn").
"""

from __future__ import annotations

import math
from functools import lru_cache

from . import word_bigrams as wb
from .analysis import lexicon as lx
from .analysis import variants

THRESHOLD = 9.5  # log-odds a candidate needs over the word as written (eval_noisy_channel)
ATTESTED = 1  # a word seen at least this often (in the store) beside both neighbours is meant
INTERPOLATION = 0.5  # weight of a pair's estimate against the single word's
MIN_CANDIDATE_COUNT = 50  # a rarer word is not offered as the word meant
CANDIDATE_ZIPF = 2.5  # nor a word the lexicon gives a lower Zipf value (50 in 61M is ~2.9)
MIN_LENGTH = 3  # shorter words are not weighed

# log weights of the kinds of edit, against any letter changed, added or dropped (0). Shares
# of each kind as reported for typists (Damerau 1964, Kukich 1992: letters dropped, added,
# changed and swapped about equally often), spread over the edits of each kind, made a
# dropped letter weigh 3-4 more than a changed one; with those weights the test found fewer
# of the dev corpus's real slips (1 of 11 findings right against 4 of 21), so these stay.
DOUBLING = 1.0  # "ocured" / "occurred": a doubled letter typed once, or a letter doubled
NEAR_KEY = 0.7  # "goof" / "good": the key beside the meant one
TRANSPOSED = 0.5  # "form" / "from": two letters swapped
_KIND_WEIGHT = {
    "double": DOUBLING,
    "near-key": NEAR_KEY,
    "transposed": TRANSPOSED,
    "substituted": 0.0,
    "dropped": 0.0,
    "added": 0.0,
}  # "final-s" and anything that is not one edit: never

_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


@lru_cache(maxsize=1)
def _near_keys() -> dict[str, frozenset[str]]:
    """Each letter's neighbours on a QWERTY keyboard (the row above, its own, the row below)."""
    near = {}
    for r, row in enumerate(_KEY_ROWS):
        for k, letter in enumerate(row):
            found = set()
            for other in _KEY_ROWS[max(0, r - 1) : r + 2]:
                found.update(other[max(0, k - 1) : k + 2])
            found.discard(letter)
            near[letter] = frozenset(found)
    return near


def _single_change(short: str, long: str) -> int:
    """Where a letter was added to ``short`` to make ``long``, or -1."""
    for i in range(len(long)):
        if long[:i] + long[i + 1 :] == short:
            return i
    return -1


def _doubled(word: str, i: int) -> bool:
    return (i > 0 and word[i - 1] == word[i]) or (i + 1 < len(word) and word[i + 1] == word[i])


def edit_kind(typed: str, meant: str) -> str:
    """How ``meant`` became ``typed`` in one edit: "final-s", "double", "dropped", "added",
    "transposed", "near-key", "substituted", or "" when it takes more than one."""
    if len(typed) != len(meant):
        adding = len(typed) > len(meant)
        short, long = (meant, typed) if adding else (typed, meant)
        i = _single_change(short, long) if len(long) == len(short) + 1 else -1
        if i < 0:
            return ""
        if i == len(long) - 1 and long[i] == "s":
            return "final-s"
        if _doubled(long, i):
            return "double"
        return "added" if adding else "dropped"
    diff = [i for i in range(len(typed)) if typed[i] != meant[i]]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and typed[diff[0]] == meant[diff[1]] and typed[diff[1]] == meant[diff[0]]:
        return "transposed"
    if len(diff) == 1:
        i = diff[0]
        return "near-key" if typed[i] in _near_keys().get(meant[i], ()) else "substituted"
    return ""


def edit_prior(typed: str, meant: str) -> float:
    """log weight of typing ``typed`` for ``meant`` (-inf: the test never proposes it)."""
    return _KIND_WEIGHT.get(edit_kind(typed, meant), -math.inf)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The lexicon's words at least as common as ``CANDIDATE_ZIPF`` (built once, in a few
    milliseconds): a set look-up turns away most of the ~400 strings one edit from a word
    before the store is asked about any."""
    return frozenset(word for _, band in lx._bands(CANDIDATE_ZIPF) for word in band)


@lru_cache(maxsize=20000)
def candidates(word: str) -> tuple[str, ...]:
    """Dictionary words one edit from ``word`` that the counts know well enough, leaving out
    its other spelling ("randomised" is no slip for "randomized")."""
    store = wb.store()
    common = _common_words()
    twins = (variants.uk_to_us(word), variants.us_to_uk(word))
    found = []
    for other in lx.edits1(word):
        if other not in common or len(other) < 2 or other in twins:
            continue
        if edit_prior(word, other) > -math.inf and store.count(other) >= MIN_CANDIDATE_COUNT:
            found.append(other)
    return tuple(sorted(found))


def _share(pair: float, single: float) -> float:
    """A pair's count as a share of its first word's: 0 when that word is unknown, and never
    above 1 (a fingerprint shared with another pair can read high)."""
    return min(pair, single) / single if single else 0.0


def store_share(store, word: str) -> float:
    """A word's share of the words the store counted (half a count when it has none)."""
    return max(store.count(word), 0.5) / store.total


def fit(store, left: str, word: str, right: str, single=store_share) -> float:
    """log P(word | left) + log P(right | word), each pair's estimate mixed with the single
    word's (``INTERPOLATION``), which ``single(store, word)`` gives
    (``scripts/diagnose_noisy_channel.py`` tries another source)."""
    mix = INTERPOLATION
    p_word = single(store, word)
    p_right = single(store, right)
    before = mix * _share(store.pair(left, word), store.count(left)) + (1 - mix) * p_word
    after = mix * _share(store.pair(word, right), store.count(word)) + (1 - mix) * p_right
    return math.log(before) + math.log(after)


def weigh(store, left: str, word: str, right: str):
    """(margin, candidate) of the best candidate for ``word`` between ``left`` and ``right``
    (store tokens), or None when the word is attested there or has no candidate."""
    if store.pair(left, word) >= ATTESTED and store.pair(word, right) >= ATTESTED:
        return None
    best = None
    own = None
    for other in candidates(word):
        if not (store.pair(left, other) and store.pair(other, right)):
            continue  # the meant word must have been seen beside both neighbours
        if own is None:
            own = fit(store, left, word, right)
        margin = fit(store, left, other, right) + edit_prior(word, other) - own
        if best is None or margin > best[0]:
            best = (margin, other)
    return best


def eligible(token) -> bool:
    """Is this token (lower case, start, end, as written) a word the test weighs: a
    dictionary word of letters only, in lower case as written (a capitalised word may be a
    name), ``MIN_LENGTH`` letters or more?"""
    word, _, _, written = token
    return len(word) >= MIN_LENGTH and word.isalpha() and written.islower() and lx.is_word(word)


def _in_compound(tokens, i) -> bool:
    """Is token ``i`` joined by a hyphen to the word before or after it ("tongue-lashing",
    "hiss-free")? Inside a compound its neighbour is the hyphen, which says little."""
    before = i > 0 and tokens[i - 1][0] == "-" and tokens[i - 1][2] == tokens[i][1]
    after = i + 1 < len(tokens) and tokens[i + 1][0] == "-" and tokens[i + 1][1] == tokens[i][2]
    return before or after


def weighed(tokens):
    """(index, (margin, candidate)) for each token of a paragraph (``Vocabulary`` tokens:
    lower case, start, end, as written) that the test weighs and finds a candidate for."""
    store = wb.store()
    if store is None:
        return
    forms = [wb.token(t[0]) for t in tokens]
    last = len(tokens) - 1
    for i, token in enumerate(tokens):
        if not eligible(token) or _in_compound(tokens, i):
            continue
        left = forms[i - 1] if i else wb.BOS
        right = forms[i + 1] if i < last else wb.EOS
        found = weigh(store, left, forms[i], right)
        if found:
            yield i, found


def suspects(tokens, threshold: float = THRESHOLD):
    """(index, meant word, margin) for each token of a paragraph that is likelier a slip for
    a word one edit away. Nothing when the store is missing."""
    for i, (margin, meant) in weighed(tokens):
        if margin > threshold:
            yield i, meant, margin
