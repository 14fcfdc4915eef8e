"""Names in a story: the capitalised words it uses as names of people, places and organisations.

``doc.analysis("names")`` returns a ``Names`` index. A *name token* is one capitalised word
("Peston", "Nagorno", "Karabakh", "Xinhua"): hyphenated words are split into their parts, the
possessive is dropped ("Brown's" → "Brown"), and words in capitals (acronyms such as "IANS")
are not name tokens. A capitalised word that starts a sentence, a paragraph or a quotation
counts as a name only when the story also uses it capitalised elsewhere, or when it is not a
common English word and the story never writes it in lower case; common words ("The",
"However") and the like are never names.

The interface, for any rule (the spelling rules read it to leave names alone)::

    names = doc.analysis("names")
    names.is_name("Peston")           # True: the story uses "Peston" as a name
    names.count("Peston")             # how many times
    names.occurrences("Peston")       # the NameToken of each, in order
    names.at(offset)                  # the NameToken covering an offset, or None
    names.forms                       # {form: [NameToken, …]}
    for token in names: ...           # every name token, in order

A ``NameToken`` has ``start``, ``end`` (offsets into ``doc.text``), ``text`` (the form, without
its possessive), ``initial`` (it starts a sentence, paragraph or quotation), and ``before`` /
``after``: the capitalised word right before and after it in the same name ("Andy" before
"Hayman" in "Andy Hayman"; "Mr" before "Peston"; the particle "de" before "Blasio" in "Bill
de Blasio"), or "".

The known names and letter trigrams are tables in ``newslint/data/`` built by
``scripts/build_names_data.py`` (sources and licences: ``names_sources.txt``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..datafiles import data_words
from ..english import titles
from ..tokens import NAME_PIECE
from ..wordtable import WordTable

DATA = Path(__file__).resolve().parent.parent / "data"
STOPWORDS = DATA / "name_stopwords.txt"
KNOWN_NAMES = DATA / "known_names.bin"  # a newslint.wordtable; sources in names_sources.txt
TRIGRAMS = DATA / "letter_trigrams.bin"  # a newslint.wordtable of counts (ASCII digits)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case English words that are capitalised only to start a sentence."""
    return frozenset(word.lower() for word in data_words("name_stopwords.txt"))


@lru_cache(maxsize=1)
def _known_names() -> WordTable:
    """The known names, looked up where they lie in the file (no set of 18,700 names built)."""
    return WordTable.load(KNOWN_NAMES)


def known_name(form: str) -> bool:
    """Whether ``form`` is a common English first name, surname or place ("Walker", "Maine").

    The list is SCOWL's capitalised words and the 1990 US Census first names (see
    ``newslint/data/names_sources.txt``).
    Two such names one letter apart (Walker / Walter, Iran / Iraq) are different names.
    """
    return form in _known_names()


@lru_cache(maxsize=1)
def _trigrams() -> WordTable:
    """How many distinct words have each letter trigram ("^^a", "ing", "ng$"), and each
    two-letter start of a trigram in all ("^^", "in"), as ASCII digits."""
    return WordTable.load(TRIGRAMS)


def _count(table: WordTable, key: str) -> int:
    value = table.get(key)
    return int(value) if value else 0


def letter_scores(word: str) -> list[float]:
    """Log-probability of each letter of ``word`` given the two before it, in English words.

    A typo makes letter sequences that English spelling rarely has ("Quonr", "Heahrow"): the
    lowest of these scores, and their sum, tell a slip of the keyboard from a real name.
    Letters outside a–z count as unknown. The model is built from SCOWL's word lists.
    """
    import math

    counts = _trigrams()
    padded = "^^" + fold_ascii(word) + "$"
    return [
        math.log((_count(counts, padded[i : i + 3]) + 0.5) / (_count(counts, padded[i : i + 2]) + 14.0))
        for i in range(len(padded) - 2)
    ]


def fold_ascii(word: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class NameToken:
    """A capitalised word that may be (part of) a name: where it is, whether it opens a
    sentence or a headline (``initial``), and the name pieces beside it. (In slots: a large
    draft has tens of thousands; a 1 MB draft's names took 0.7 MB more with a dictionary
    apiece.)"""

    start: int
    end: int
    text: str
    initial: bool
    before: str = ""
    after: str = ""


class Names:
    def __init__(self, tokens: list[NameToken]):
        self.tokens = tuple(tokens)
        self._starts = [t.start for t in self.tokens]
        self.forms: dict[str, list[NameToken]] = {}
        for token in self.tokens:
            self.forms.setdefault(token.text, []).append(token)

    def __iter__(self):
        return iter(self.tokens)

    def __len__(self):
        return len(self.tokens)

    def is_name(self, word: str) -> bool:
        """Whether the story uses ``word`` (possessive allowed) as a name."""
        return _strip_possessive(word) in self.forms

    def count(self, form: str) -> int:
        return len(self.forms.get(_strip_possessive(form), ()))

    def occurrences(self, form: str) -> list[NameToken]:
        return list(self.forms.get(_strip_possessive(form), ()))

    def at(self, offset: int) -> NameToken | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.tokens[index].end:
            return self.tokens[index]
        return None


_POSSESSIVE = re.compile(r"(?:['’]s?)$")


def _strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word)


_LEADING = " \"“‘'([—–-"
_OPENER = re.compile(r"(?:[.!?:;]['\"’”)\]]*|[\"“‘(\[—–]|\s-)\s*$")


def sentence_starts(doc) -> list[int]:
    """Offsets of the first character of every sentence, sorted."""
    return sorted(s.start for s in doc.sentences)


def is_initial(doc, offset: int, starts: list[int] | None = None) -> bool:
    """Whether the word at ``offset`` starts a sentence, a paragraph or a quotation."""
    starts = sentence_starts(doc) if starts is None else starts
    index = bisect.bisect_left(starts, offset)
    if index < len(starts) and starts[index] == offset:
        return True
    sentence_start = starts[index - 1] if index > 0 else 0
    prose, at = doc.prose, sentence_start
    while at < offset and prose[at] in _LEADING:  # (read in place: a copy of the sentence up
        at += 1  # to each capitalised word was quadratic in a long sentence)
    if at >= offset:
        return True  # only quotation marks or brackets before it in its sentence
    return bool(_OPENER.search(doc.prose[max(sentence_start, offset - 4) : offset]))


def analyse(doc) -> Names:
    starts = sentence_starts(doc)
    headline_ends = [p.end for p in doc.paragraphs if p.kind in ("headline", "heading")]
    headline_starts = [p.start for p in doc.paragraphs if p.kind in ("headline", "heading")]
    lower_words: set[str] = set()
    raw: list[tuple[int, int, str, bool]] = []
    for word in doc.words:
        text = word.text
        if not text[:1].isalpha():
            continue
        if text[0].islower() and "-" not in text:
            lower_words.add(text)
            continue
        for match in NAME_PIECE.finditer(text):
            piece = match.group()
            start = word.start + match.start()
            if match.start() > 0 and text[match.start() - 1] in "'’":
                continue
            if piece[0].islower():
                lower_words.add(piece)
                continue
            if not piece[0].isupper() or piece.isupper() or len(piece) < 2:
                continue
            initial = (match.start() == 0 and is_initial(doc, start, starts)) or _in(
                headline_starts, headline_ends, start
            )
            raw.append((start, start + len(piece), piece, initial))
    common = common_words()
    mid: set[str] = {piece for _, _, piece, initial in raw if not initial}
    kept: list[tuple[int, int, str, bool]] = []
    for start, end, piece, initial in raw:
        lower = piece.lower()
        if lower in common or piece in titles():
            continue
        if initial and piece not in mid and lower in lower_words:
            continue
        kept.append((start, end, piece, initial))
    tokens: list[NameToken] = []
    sentence_set = set(starts)
    for i, (start, end, piece, initial) in enumerate(kept):
        before = _neighbour(doc, kept, i, -1, sentence_set)
        after = _neighbour(doc, kept, i, 1, sentence_set)
        tokens.append(NameToken(start, end, piece, initial, before, after))
    return Names(tokens)


def _in(starts: list[int], ends: list[int], offset: int) -> bool:
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and offset < ends[index]


_JOIN = re.compile(r"[ \t]+")
_TITLE_BEFORE = re.compile(r"([A-Z][a-z]{1,11})\.?[ \t]+$")
# Particles of surnames: "de" in "Bill de Blasio", "bin" in "Osama bin Laden".
PARTICLES = frozenset("de da di del della van von der den bin ibn al el le la du dos das".split())
_PARTICLE_BEFORE = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(PARTICLES, key=lambda w: (-len(w), w))) + r")[ \t-]$"
)


def _neighbour(doc, kept, i: int, step: int, starts: set[int]) -> str:
    """The capitalised word (or title) right next to kept[i] in the same name, or "" (``starts``:
    the offsets at which sentences start)."""
    start, end, _, _ = kept[i]
    j = i + step
    if 0 <= j < len(kept):
        gap = doc.prose[kept[j][1] : start] if step < 0 else doc.prose[end : kept[j][0]]
        later = start if step < 0 else kept[j][0]
        if _JOIN.fullmatch(gap) and later not in starts:
            return kept[j][2]
    if step < 0:
        match = _TITLE_BEFORE.search(doc.prose, max(0, start - 16), start)
        if match and match.group(1) in titles():
            return match.group(1)
        match = _PARTICLE_BEFORE.search(doc.prose, max(0, start - 8), start)
        if match:
            return match.group(1)
    return ""
