"""Which common word belongs between two neighbours: decisions read from counts of the words
seen between them (``data/ngrams_slots.bin``, built by ``scripts/build_slot_ngrams.py`` from
the corpora of ``data/ngrams_sources.txt``).

The sets are pairs of common words one typist's slip apart ("of"/"off", "the"/"they",
"you"/"your"; ``data/confusion_slots.txt``). For frequent words the two neighbours together,
(word before, word after), are well attested in tens of millions of words, so the store keeps
only the outcome: for a written word Y between A and B, the word X of its set that the counts
prefer, and by how much (the margin, log((c(A X B) + 0.5) / (c(A Y B) + 0.5))). Contexts
where nothing is preferred strongly are not stored at all, so most slots cost one lookup that
finds nothing.

Where the exact context is rare, a second level stands each neighbour that is not a common
word for its class ("is your <noun>"); a class decision is vetoed (an entry with no
alternative) in every exact context where Y itself was seen.

The file is a count store of ``ngrams`` (``ngrams.encode_store``): its header holds the set's
words, and each key (``key``) maps to the index of the preferred word (``VETO``: none) times
256 plus the margin in eighths.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from . import memos, ngrams
from .analysis import lexicon as lx

STORE = ngrams.DATA / "ngrams_slots.bin"
SETS_FILE = ngrams.DATA / "confusion_slots.txt"
BOS, EOS = ngrams.BOS, ngrams.EOS
ENDERS = frozenset(".!?:")
WORD, CLASS = "", "\x1e"  # the two levels' key prefixes
SEP = ngrams.SEP
VETO = 0xFFFF
STEP = 8  # margins are stored in eighths of a natural log


def word_token(word: str, written: str = "", mid_sentence: bool = False) -> str:
    """The token that stands for a neighbour in the counts: its lower-case form; a year
    ("1999", "2024") is "#y" and any other number "#"; a capitalised word inside a sentence
    keeps its capital ("United" of "the United States" is not the verb "united")."""
    if word[:1].isdigit():
        return "#y" if len(word) == 4 and word[:2] in ("19", "20") and word.isdigit() else "#"
    if mid_sentence and written[:1].isupper():
        return written if written.lower() == word else word[0].upper() + word[1:]
    return word


def neighbour_class(word: str, written: str, mid_sentence: bool, keep) -> str:
    """The class of a neighbour at the backoff level: a mark, "#", or a word of ``keep`` (the
    common words) stands for itself; a capitalised word inside a sentence is "Cap"; any
    other word its parts of speech and ending (as ``ngrams.context_class``)."""
    if word in (BOS, EOS) or not word[:1].isalnum() or word[0] == "#":
        return word
    if mid_sentence and written[:1].isupper():
        return "Cap"
    if word in keep:
        return word
    tags = lx.tags(word)
    if not tags and not lx.is_word(word):
        return "?|" + ngrams._suffix(word)
    return (tags or "o") + "|" + ngrams._suffix(word)


def key(before: str, written: str, after: str, level: str = WORD) -> str:
    return f"{level}{before}{SEP}{written}{SEP}{after}"


class Decision(NamedTuple):
    """The word the counts prefer to the one written, by how much (natural log), and whether
    the exact neighbours decided it or only their classes."""

    meant: str
    margin: float
    by_class: bool


class SlotModel:
    def __init__(self, header: dict, table):
        self.words: list[str] = header["words"]
        self.keep: frozenset[str] = frozenset(header["keep"])
        self.members: frozenset[str] = frozenset(self.words)
        # written word → the tokens (classes) after it in any stored key of its: a slot whose
        # neighbour after is in neither is passed over without a lookup (most are)
        self.afters = {w: frozenset(a) for w, a in header["afters"].items()}
        self.class_afters = {w: frozenset(a) for w, a in header["class_afters"].items()}
        self.table = table
        self._neighbours: dict[tuple, tuple[str, str]] = memos.Memo(100_000)

    def neighbour(self, lower: str, written: str, mid_sentence: bool) -> tuple[str, str]:
        """A neighbour's token (``word_token``) and class (``neighbour_class``), kept: the
        same few thousand words recur."""
        capital = mid_sentence and written[:1].isupper()
        key = (lower, written if capital else None)
        found = self._neighbours.get(key)
        if found is None:
            plain = word_token(lower)
            found = self._neighbours.keep(key, (
                word_token(lower, written, mid_sentence),
                neighbour_class(plain, written, mid_sentence, self.keep),
            ))
        return found

    def _get(self, k: str):
        value = self.table.get(k)
        if value is None:
            return None
        number = int.from_bytes(value, "little")
        return number >> 8, (number & 0xFF) / STEP

    def decide(self, before, written, after, before_class, after_class) -> Decision | None:
        """What the counts say of ``written`` between ``before`` and ``after`` (tokens as
        ``word_token`` makes them; their classes as ``neighbour_class``): the word they
        prefer, or None."""
        found = self._get(key(before, written, after))
        if found is not None:
            meant, margin = found
            return None if meant == VETO else Decision(self.words[meant], margin, False)
        if before_class == before and after_class == after:
            return None
        found = self._get(key(before_class, written, after_class, CLASS))
        if found is None:
            return None
        meant, margin = found
        return None if meant == VETO else Decision(self.words[meant], margin, True)


@lru_cache(maxsize=1)
def model() -> SlotModel:
    header, table = ngrams.read_store(STORE)
    return SlotModel(header, table)


def encode(words: list[str], keep, entries: dict) -> bytes:
    """The store's bytes: ``entries`` maps a key to (index of the preferred word or None for
    a veto, margin)."""
    counts = {}
    afters = {CLASS: {}, WORD: {}}
    for k, (meant, margin) in sorted(entries.items()):
        quantised = max(0, min(255, int(margin * STEP)))  # rounded down: never stronger
        counts[k] = ((VETO if meant is None else meant) << 8) | quantised
        level = CLASS if k.startswith(CLASS) else WORD
        _, written, after = k[len(level):].split(SEP)
        afters[level].setdefault(written, set()).add(after)
    header = {
        "words": list(words),
        "keep": sorted(keep),
        "afters": {w: sorted(a) for w, a in sorted(afters[WORD].items())},
        "class_afters": {w: sorted(a) for w, a in sorted(afters[CLASS].items())},
    }
    return ngrams.encode_store(header, counts)
