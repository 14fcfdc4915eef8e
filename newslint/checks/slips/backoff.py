"""Backed-off counts for G313: a word with its part of speech beside the part of
speech of its neighbour (``data/slip_backoff.bin``).

The word-pair counts (``counts.py``) know "according the" and "one the", but most slips are
between words whose pair was never counted: "peaked a level" (was "peaked at a level"),
"the use telluric currents" ("the use of"), "currently with supplying". Those are judged on
what the words' neighbours are, not what they are: "peaked" (a past-tense verb) is followed
by a determiner hardly ever and by "at" and then a determiner often; "use" (a noun) is
followed by an adjective hardly ever and by "of" and then an adjective often: the word
before the gap with its tag, against the tag of the word after it ("m1 peaked_VD D").

The same from the other side (the tag of the word before against the word after with its
tag: "a past tense + 'to build'") was measured and left out: on the tune half of
scripts/eval_error_model.py it added 0.007 of recall for a third more findings on untouched
text, and on news it flagged "helped build".

The same evidence for a word too many (G314: "currently with supplying", an adverb + "with"
+ an -ing form) was measured and left out: on the dev corpus 1 of 14 findings was right.

``scripts/build_error_model.py --backoff`` counts these over part of the corpora of
``slip_counts_sources.txt``, tagged by newslint's own tagger (``newslint.tagger``), so that
the tags at run time are read as they were counted. The tags are coarse (``coarse``): the
number of a noun and the form of a verb are kept, the degree of an adjective is not.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...wordtable import WordTable
from .counts import NUMBER

TABLE = Path(__file__).resolve().parents[2] / "data" / "slip_backoff.bin"

# The coarse tags of the table's keys. A map of the tagger's tag set, not a word list, so it
# stays in code: scripts/build_error_model.py builds data/slip_backoff.bin through coarse().
_COARSE = {
    "NN": "N", "NNS": "NS", "NNP": "NP", "NNPS": "NP", "JJ": "J", "JJR": "J", "JJS": "J",
    "RB": "R", "RBR": "R", "RBS": "R", "VB": "V", "VBP": "V", "VBZ": "VZ", "VBD": "VD",
    "VBN": "VN", "VBG": "VG", "DT": "D", "PDT": "D", "PRP": "P", "PRP$": "PS", "WP$": "PS",
    "CD": "CD", "IN": "IN", "TO": "TO", "MD": "MD", "CC": "CC", "WDT": "W", "WP": "W",
    "WRB": "W", "RP": "RP", "POS": "POS", "EX": "EX",
}  # fmt: skip

# what a coarse tag is called in a message
TAG_NAMES = {
    "N": "a noun", "NS": "a plural noun", "J": "an adjective", "R": "an adverb", "V": "a verb",
    "VZ": "a verb", "VD": "a past tense", "VN": "a participle", "VG": "a verb in -ing",
    "D": "a determiner", "P": "a pronoun", "PS": "a possessive", "CD": "a number",
    "IN": "a preposition",
}  # fmt: skip


def coarse(tag: str) -> str:
    """A Penn Treebank tag as the backed-off counts know it ("VBP" -> "V", "JJR" -> "J",
    a mark -> ".")."""
    return _COARSE.get(tag, "X" if tag[:1].isalpha() else ".")


def key_word(text: str) -> str:
    """A token's text as the counts know it: lower case, curly apostrophes straight, every
    number one token."""
    lower = text.lower().replace("’", "'")
    return NUMBER if lower[:1].isdigit() else lower


@lru_cache(maxsize=1)
def table() -> WordTable:
    return WordTable.load(TABLE)


def _missing(key: str) -> tuple[str, int, int] | None:
    value = table().get(key)
    if value is None:
        return None
    f, m, n = value.decode("ascii").split()
    return f, int(m), int(n)


def missing_left(a: str, tag_a: str, tag_b: str) -> tuple[str, int, int] | None:
    """(F, how often "a F" + a word tagged ``tag_b`` was seen, how often "a" + such a word)
    for the function word F most often between them, when the first is far commoner."""
    return _missing(f"m1 {a}_{tag_a} {tag_b}")


def pair_seen(a: str, b: str) -> int:
    """How often the words "a b" were seen side by side, for the pairs whose evidence says a
    word is missing between them (0 for any other pair)."""
    value = table().get(f"v {a} {b}")
    return 0 if value is None else int(value)

