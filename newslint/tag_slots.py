"""Which word of a slot pair the tagger's reading of its neighbours calls for.

The pairs are common words one typist's slip apart whose parts of speech differ ("the"/"they",
"you"/"your", "of"/"off", "form"/"from"; ``data/tag_slots.txt``, built by
``scripts/build_tag_slots.py`` from ``data/confusion_slots.txt`` and tagged Wikipedia). For
each word the file keeps how often the tagger, on running text, reads each tag just before it
and just after it.

A slip between two such words leaves a sequence the written word hardly ever stands in: "is
you guarantee" puts "you" after a finite verb and before a noun. The decision tags a short
window twice, with the written word and with the other word in its place (the tagger reads the
neighbours anew each time: "guarantee" is a verb after "you", a noun after "your"), and
compares how often each word is seen between the tags it got.

By itself this cries wolf (about one finding per 3,000 words of clean Wikipedia at its
loosest, mostly the tagger's misreadings of rare constructions); it is the second, independent
line of evidence of S210, beside the word counts of ``slot_ngrams``, which cry wolf in other
places (a context rare in Wikipedia is not a wrong one). ``confirms`` is what S210 asks;
``read`` (the best other word by the tags alone) is for ``scripts/eval_slot_words.py``.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

FILE = Path(__file__).resolve().parent / "data" / "tag_slots.txt"
EDGE_BEFORE, EDGE_AFTER = "^", "$"
MIN_ZIPF = 3.0
OPENERS = frozenset(",.!?;:")  # marks a word may follow and still be read by its tags
# Added to each count: a share never seen in n readings is below 3/n with 95% confidence (the
# rule of three), so a rare context is called rare only where the word was read often enough
# to say so ("care", read 377 times, cannot show a share below 1 in 1,000).
PRIOR = 3


class Profile(NamedTuple):
    """How often a word was seen, and the tags before and after it."""

    seen: int
    before: dict[str, int]
    after: dict[str, int]

    def fit(self, before: str, after: str) -> float:
        """The natural log of the smaller of the two shares: how well the word fits between
        ``before`` and ``after`` by its worse side (each side's count plus ``PRIOR``, over the
        word's count)."""
        worse = min(self.before.get(before, 0), self.after.get(after, 0))
        return math.log((worse + PRIOR) / self.seen)


class TagSlots(NamedTuple):
    partners: dict[str, tuple[str, ...]]
    profiles: dict[str, Profile]


def _counts(field: str) -> dict[str, int]:
    return {tag: int(n) for tag, _, n in (item.rpartition(":") for item in field.split())}


@lru_cache(maxsize=1)
def data() -> TagSlots:
    """The shipped pairs and the words' profiles (read on first use)."""
    return load(FILE)


def load(path: Path) -> TagSlots:
    partners: dict[str, list[str]] = {}
    profiles = {}
    for line in path.read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields[0] == "pair":
            a, b = fields[1], fields[2]
            partners.setdefault(a, []).append(b)
            partners.setdefault(b, []).append(a)
        else:
            profiles[fields[0]] = Profile(int(fields[1]), _counts(fields[2]), _counts(fields[3]))
    return TagSlots({w: tuple(p) for w, p in partners.items()}, profiles)


class Reading(NamedTuple):
    meant: str
    written_fit: float  # log share of the written word's worse side, as the tagger read it
    meant_fit: float  # the same for the other word, tagged in its place


def _fit(tokens, i, word: str, profile: Profile) -> float:
    """How well ``word``, put in place of ``tokens[i]``, fits the tags the tagger then reads
    for the words on either side (``PossessiveReading``: a short window, tagged in context)."""
    from .checks.confusables.phrases import PossessiveReading

    reading = PossessiveReading(tokens, i + 1, word)
    before = reading.tag(i - 1) if i else EDGE_BEFORE
    after = reading.tag(i + 1) if i + 1 < len(tokens) else EDGE_AFTER
    return profile.fit(before, after)


def _plain_word(token) -> bool:
    """A neighbour the tagger reads as a draft's tokenizer split it: a word in lower case,
    with no apostrophe (the lexicon keeps "heart's" whole, the tagger's treebank splits it)
    and not rare (the tagger guesses an unknown word's tag from its shape)."""
    from .analysis import lexicon as lx

    text, _, _, written = token
    return text.isalpha() and written.islower() and lx.zipf(text) >= MIN_ZIPF


def confirms(tokens, i, meant: str, written_below: float, meant_from: float) -> bool:
    """Does the tagger's reading say that ``meant``, not the written word, belongs at
    ``tokens[i]``: the written word fits worse than ``written_below`` and ``meant``, in its
    place, at least ``meant_from``? The tagger reads ``meant`` only where the written word
    fits badly."""
    profiles = data().profiles
    if not _profiled(tokens, i, meant, profiles):
        return False
    if _fit(tokens, i, tokens[i][3], profiles[tokens[i][3]]) >= written_below:
        return False
    return _fit(tokens, i, meant, profiles[meant]) >= meant_from


def fits(tokens, i, meant: str) -> tuple[float, float] | None:
    """How well the written word at ``tokens[i]`` fits there, and how well ``meant`` would
    (``Profile.fit``); None when either has no profile or the neighbours are not plain
    (``_plain_neighbours``)."""
    word = tokens[i][3]
    profiles = data().profiles
    if not _profiled(tokens, i, meant, profiles):
        return None
    return _fit(tokens, i, word, profiles[word]), _fit(tokens, i, meant, profiles[meant])


def _profiled(tokens, i, meant: str, profiles) -> bool:
    return tokens[i][3] in profiles and meant in profiles and _plain_neighbours(tokens, i)


def _plain_neighbours(tokens, i) -> bool:
    """The word after is a plain word (``_plain_word``), the word before one too or a comma
    or the start of a sentence, and neither is part of a hyphened compound."""
    if i + 1 >= len(tokens) or not _plain_word(tokens[i + 1]) or _hyphened(tokens, i + 1):
        return False
    return not i or tokens[i - 1][0] in OPENERS or _plain_word(tokens[i - 1]) and not _hyphened(tokens, i - 1)


def _hyphened(tokens, k) -> bool:
    """Is ``tokens[k]`` part of a hyphened compound ("would-be")? The tagger reads a compound
    as one word; a draft's tokens split it."""
    for a, b in ((k - 1, k), (k, k + 1)):
        if 0 <= a and b < len(tokens) and tokens[a][2] == tokens[b][1] and "-" in (tokens[a][0], tokens[b][0]):
            return True
    return False


def read(tokens, i, written_below: float) -> Reading | None:
    """The other word of its pairs that fits best at ``tokens[i]`` (lower-case text, start,
    end, as written), when the written word fits worse than ``written_below``; else None.
    The neighbours must be plain words (``_plain_neighbours``): a name or a compound beside
    a word says little of which word it is, and in copy "the ." is a word left out, not a
    slip."""
    word = tokens[i][3]
    found = data()
    partners = found.partners.get(word)
    if not partners or not _plain_neighbours(tokens, i):
        return None
    profiles = found.profiles
    written_fit = _fit(tokens, i, word, profiles[word])
    if written_fit >= written_below:
        return None
    best = max((_fit(tokens, i, other, profiles[other]), other) for other in partners)
    return Reading(best[1], written_fit, best[0])

