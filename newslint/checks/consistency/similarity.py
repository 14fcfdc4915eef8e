"""How alike two spellings of a name are: edit distance, folded and transliterated forms, and
whether one is a single keystroke slip in the other.

C101 reads these to tell a misspelt name from another person's name; C104 uses the edit distance too.

Why two implementations of one edit distance (optimal string alignment), measured 2026-12-01
on this machine: the spelling suggestions (``analysis.corrections``) compare an unknown word
with about 730 words of its length and first letter, where rapidfuzz's C++ takes 0.16 µs a
pair and Python 12 µs (a suggestion search of 1.9 ms against ~17 ms per word), so they need
rapidfuzz. But importing rapidfuzz.distance costs 6.5-7 ms of CPU (48 modules), and only 11
of the 300 dev corpus drafts reach that search at all; a story compares at most 10 pairs of
short names here (about 0.1 ms in Python). So ``osa_distance`` uses rapidfuzz once something
else has loaded it, and until then ``_osa``, which tests/test_speed.py checks gives
rapidfuzz's answer on 9,000 random pairs. One implementation for both would cost either a
one-draft run the 6.5 ms import or every suggestion search ~9 times its time.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

# -- similarity of names ----------------------------------------------------------------------


def osa_distance(a: str, b: str, limit: int = 3) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment), capped at limit+1.

    rapidfuzz's, as ``analysis.corrections.distance`` (spelling suggestions) uses: one measure.
    Until something has imported rapidfuzz, the same measure is worked out here: a story
    compares a few short names (at most 10 pairs in any draft of the dev corpus, 562 in all
    300), and importing rapidfuzz (36 modules) cost ~6 ms of a one-draft run."""
    if "rapidfuzz.distance" in sys.modules:
        from rapidfuzz.distance import OSA

        return OSA.distance(a, b, score_cutoff=limit)
    distance = _osa(a, b)
    return distance if distance <= limit else limit + 1


def _osa(a: str, b: str) -> int:
    """The optimal string alignment distance: insertions, deletions, substitutions and
    transpositions of two adjacent characters, each 1, no substring edited twice."""
    before, row = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, before[j - 2] + 1)
            current[j] = value
        before, row = row, current
    return row[len(b)]


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """Lower case without diacritics: "Zoë" → "zoe"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Spellings that transliterations from Arabic, Russian, Ukrainian, Persian … trade for each
# other: Gaddafi / Qaddafi / Kadhafi, Zelensky / Zelenskiy / Zelenskyy, Pashinyan / Pashinian,
# Mohammed / Muhammad, Tchaikovsky / Chaikovsky.
_TRANSLIT = [
    ("tch", "ch"),
    ("kh", "k"),
    ("dh", "d"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("ch", "\x01"),
    ("sh", "\x02"),
    ("q", "k"),
    ("c", "k"),
    ("g", "k"),
    ("w", "v"),
    ("ou", "u"),
    ("iy", "y"),
    ("yy", "y"),
    ("ij", "y"),
    ("e", "a"),
    ("o", "a"),
    ("u", "a"),
]
_DOUBLE = re.compile(r"(.)\1+")
_TRIPLE = re.compile(r"([a-z])\1\1")


@lru_cache(maxsize=4096)
def transliteration_key(word: str) -> str:
    """A key equal for spellings of one name in different transliterations."""
    key = fold(word).replace("-", "").replace("'", "").replace("’", "")
    for old, new in _TRANSLIT:
        key = key.replace(old, new)
    return _DOUBLE.sub(r"\1", key)


_FIRST_LETTER_CLASSES = ("gqkc", "iyj", "vw", "ao", "eiy", "ou")


def _same_first_sound(a: str, b: str) -> bool:
    return a[:1] == b[:1] or any(a[:1] in c and b[:1] in c for c in _FIRST_LETTER_CLASSES)


def name_variant(a: str, b: str) -> bool:
    """Whether two name forms look like one name spelled two ways.

    One edit apart (a letter added, dropped, changed or two swapped), except at the first
    letter (Mark / Park) and at the last (Iran / Iraq, Brown / Browne, Clinton / Clintons,
    Armenia / Armenian); or equal but for the letters that transliterations trade
    (Gaddafi / Qaddafi, Zelensky / Zelenskiy). Both forms have at least four letters.
    """
    la, lb = fold(a), fold(b)
    if la == lb or min(len(la), len(lb)) < 4 or max(len(la), len(lb)) < 5:
        return False
    distance = osa_distance(la, lb, 3)
    if distance == 1:
        if (la.startswith(lb) or lb.startswith(la)) and not _TRIPLE.search(la + " " + lb):
            return False  # Clinton / Clintons; but Jowell / Jowelll is a slip
        if len(la) == len(lb) and la[:-1] == lb[:-1]:
            return False
        if la[0] != lb[0]:
            return _same_first_sound(la, lb) and len(la) >= 6 and la[1:] == lb[1:]
        return True
    if distance > 3 or min(len(la), len(lb)) < 6 or not _same_first_sound(la, lb):
        return False
    return transliteration_key(la) == transliteration_key(lb)


# -- one keystroke slip (C101) ---------------------------------------------------------------


def looks_mistyped(form: str, other: str) -> bool:
    """Whether ``form`` has letter sequences English spelling rarely has, and ``other`` not.

    "Quonr" beside "Quorn", "Heahrow" beside "Heathrow": a slip of the keyboard leaves a
    sequence of letters that real names seldom have.
    """
    from ...analysis.names import letter_scores

    mine, theirs = letter_scores(form), letter_scores(other)
    total = sum(theirs) - sum(mine)
    worst = min(theirs) - min(mine)
    return total >= 5.0 or (worst >= 1.9 and total >= -2.5)


def edit_kind(form: str, other: str) -> str | None:
    """How ``form`` is ``other`` with one keystroke slip: "swap", "double", "insert",
    "drop" or "replace"; None when it is not one slip."""
    if len(form) == len(other):
        diff = [i for i in range(len(form)) if form[i] != other[i]]
        if len(diff) == 1:
            return "replace"
        if len(diff) == 2 and diff[1] == diff[0] + 1:
            i = diff[0]
            if form[i] == other[i + 1] and form[i + 1] == other[i]:
                return "swap"
        return None
    if len(form) == len(other) + 1:
        for i in range(len(form)):
            if form[:i] + form[i + 1 :] == other:
                neighbours = form[i - 1 : i] + form[i + 1 : i + 2]
                return "double" if form[i] in neighbours else "insert"
        return None
    if len(form) + 1 == len(other):
        return "drop" if edit_kind(other, form) else None
    return None


def keystroke_slip(form: str, other: str) -> bool:
    """Whether ``form``, used once, reads as a keystroke slip in ``other``, also used once.

    Two letters swapped ("Kestrelfrod" / "Kestrelford"), a letter doubled ("Hallinngbury"), dropped
    or changed, when ``form`` is no English word and its letter sequences are less usual
    than those of ``other`` (so of two names used once each, only the odder one is flagged;
    a changed letter needs a clearer difference: "Taleban" / "Taliban" is not flagged).
    """
    from ...analysis.lexicon import is_word
    from ...analysis.names import letter_scores

    a, b = fold(form), fold(other)
    kind = edit_kind(a, b)
    if kind is None or kind == "insert" or is_word(a.replace("’", "'")):
        return False
    total = sum(letter_scores(other)) - sum(letter_scores(form))
    return total >= 1.0 if kind == "replace" else total > 0


def later_slip(form: str, other: str) -> bool:
    """Whether ``form``, used once after ``other`` (also used once), reads as a keystroke slip
    in it: two letters swapped, one doubled, dropped or changed ("Rubo", "Petreaus",
    "Nisdaq" after "Rubio", "Petraeus", "Nasdaq"), when ``form`` is neither an English word
    nor a known name, and ``other`` neither a known name nor a common word ("Henty" after
    "Henry", "Burdon" after "Burden" are names of their own). A story introduces a name with
    care and slips at a later use; of two such spellings the later one is the odd one,
    whichever reads more like English."""
    from ...analysis.lexicon import is_word
    from ...analysis.names import known_name

    a, b = fold(form), fold(other)
    if not (_LATIN.fullmatch(a) and _LATIN.fullmatch(b)) or _letters(a) == _letters(b):
        return False  # another script ("Ташкент"), or only a mark differs ("Ba’al", "Ba'al")
    return (
        edit_kind(a, b) in ("swap", "double", "drop", "replace")
        and not is_word(a.replace("’", "'"))
        and not known_name(form)
        and not known_name(other)
        and not common_word(other)
    )


def common_word(form: str) -> bool:
    """Whether a capitalised form is a common English word: the dictionary gives it a part of
    speech and it is not rare (Zipf 3 or more: "Board", "Beacon", "Clans"; not "Hakeem",
    which the dictionary also has as a noun)."""
    from ...analysis.lexicon import tags, zipf

    word = fold(form).replace("’", "'")
    return bool(tags(word)) and zipf(word) >= 3.0


_LATIN = re.compile(r"[a-z'’ʿʻ-]+")


def _letters(word: str) -> str:
    return re.sub(r"[^a-z]", "", word)


def near_keys(form: str) -> list[str]:
    folded = fold(form)
    keys = [folded, "\x00" + transliteration_key(form)]
    keys.extend(folded[:i] + folded[i + 1 :] for i in range(len(folded)))
    return keys
