"""Non-words a writer means: a particle inside a name ("Daniel arap Moi"), a passage in
another language or a foreign phrase ("fait accompli"), a hyphenated coinage, a word said
twice over ("tsk tsk") or written again."""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

from ...analysis import lexicon as lx
from ...datafiles import data_entries, data_lines, data_words
from . import morphology

_NAME_BEFORE = re.compile(r"[A-Z][^\W\d_]*[ \t]+$")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")


def between_names(doc, word, vocabulary) -> bool:
    """A short lower-case word between two capitalised words, the first of which the story
    uses as a name: "Daniel arap Moi" (but not "The lifelnog Republican")."""
    prose = doc.prose
    before = _NAME_BEFORE.search(prose, max(0, word.start - 40), word.start)
    if not before or not _NAME_AFTER.match(prose, word.end):
        return False
    return before.group().strip().lower() in vocabulary.names


FOREIGN_REACH = 5  # words either side
FOREIGN_SLIP_FLOOR = 3.0  # Zipf: a word one edit from a word this common may be a slip
FOREIGN_RUN = 4  # words no dictionary has, this close together, are another language


def among_foreign_words(doc, start: int) -> bool:
    """Is the word one of FOREIGN_RUN words no dictionary has within FOREIGN_REACH words
    either side on the same line, or one of three of which two are no single slip of a word?
    Then the passage is in another language ("non tutte le ciambelle riescono col buco");
    three slips that close together ("the goverment and the minstry met the offical team",
    "the new millenium; they harrass people") are each one edit from a word."""
    words = doc.words
    index = bisect.bisect_left(words, start, key=lambda w: w.start)
    lo, hi = max(0, index - FOREIGN_REACH), min(len(words), index + FOREIGN_REACH + 1)
    unknown = [words[index].text.lower()] if index < len(words) else []
    for position in range(lo, hi):
        other = words[position]
        if position == index or "\n" in doc.prose[min(other.start, start) : max(other.end, start)]:
            continue
        text = other.text
        if len(text) > 1 and text.isalpha() and text.islower() and not lx.is_word(text):
            unknown.append(text)
    if len(unknown) >= FOREIGN_RUN:
        return True
    return len(unknown) >= 3 and sum(not slip_of_a_word(w) for w in unknown) >= 2


def slip_of_a_word(word: str) -> bool:
    """Is the word one edit from a word at least FOREIGN_SLIP_FLOOR common?"""
    return any(c.distance == 1 and c.zipf >= FOREIGN_SLIP_FLOOR and " " not in c.word for c in lx.candidates(word))


def coined_compound(word: str) -> bool:
    """A hyphenated word that is a coinage, not a slip: two or more parts no dictionary has
    ("mau-mauers", "tsk-tsking"; a slip seldom strikes twice), or a part that is a suffix
    written apart ("candidate-itis")."""
    parts = [p.lower() for p in word.split("-") if p]
    if any(p in morphology.suffixes() and not lx.is_word(p) for p in parts[1:]):
        return True  # (not "goverment-like": "like" is a word, and the part before is checked)
    unknown = [p for p in parts if p.isalpha() and not lx.is_word(p)]
    return len(unknown) >= 2


def said_twice(prose: str, start: int, part: str) -> bool:
    """Is the word said twice over ("tsk tsk", "tut-tut")? A slip is seldom repeated."""
    end = start + len(part)
    after = prose[end + 1 : end + 1 + len(part)]
    before = prose[max(0, start - len(part) - 1) : max(0, start - 1)]
    return (
        prose[end : end + 1] in (" ", "-") and after.lower() == part.lower()
        or prose[start - 1 : start] in (" ", "-") and before.lower() == part.lower()
    )


_ENDINGS = ("s", "es", "d", "ed", "ing", "er", "ers")


def written_again(vocabulary, lower: str) -> bool:
    """Does the story write the word more than once, or another form of it that is no
    dictionary word either ("defund", "defunding")? A coinage the story means, not a slip,
    which is seldom made twice ("until" and "untill" are a word and its slip)."""
    counts = vocabulary.counts
    if counts.get(lower, 0) > 1:
        return True
    forms = {lower + e for e in _ENDINGS} | {lower[: -len(e)] for e in _ENDINGS if lower.endswith(e)}
    return any(form in counts and not lx.is_word(form) for form in forms if form != lower)


def _folded(text: str) -> str:
    """Lower case without accents ("Bête" → "bete")."""
    if text.isascii():
        return text.lower()  # (nothing to take off: most words, and most of the phrases)
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _phrase_text() -> str:
    """The phrases of data/spelling_foreign_phrases.txt (written by hand) and of
    data/spelling_phrases.txt (WordNet's phrases with a word the lexicon lacks: "lis
    pendens", "cantus firmus", "Musca domestica"), folded (``_folded``), one a line (its words
    one space apart, as the files write them), between newlines. Searched as text: a
    dictionary of their ~7,700 phrases by word cost ~15 ms of every run that met a word the
    lexicon lacks, for the few such words a draft has."""
    text = data_entries("spelling_foreign_phrases.txt") + "\n" + data_entries("spelling_phrases.txt")
    if not text.isascii():
        text = "\n".join(_folded(line) for line in text.split("\n"))
    return "\n" + text.lower() + "\n"


@lru_cache(maxsize=4096)
def _phrases_with(word: str) -> tuple[tuple[str, ...], ...]:
    """The phrases (of ``_phrase_text``) that hold the folded ``word``."""
    text = _phrase_text()
    found: dict[tuple[str, ...], None] = {}
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if text[at - 1] in " \n" and text[end] in " \n":
            found[tuple(text[text.rfind("\n", 0, at) + 1 : text.find("\n", end)].split())] = None
        at = text.find(word, at + 1)
    return tuple(found)


def in_foreign_phrase(prose: str, words, position: int) -> bool:
    """Is the word at ``position`` one of a foreign phrase English borrows whole, written
    with its partners, a space or a hyphen apart ("fait accompli", "sotto voce", "vox-pop")?"""
    text = _folded(words[position].text)
    if "-" in text:
        parts = tuple(text.split("-"))
        return bool(parts[0]) and parts in _phrases_with(parts[0])
    if not text or text.isspace():
        return False
    for phrase in _phrases_with(text):
        for k, part in enumerate(phrase):
            first, last = position - k, position - k + len(phrase) - 1
            if part != text or first < 0 or last >= len(words):
                continue
            if all(_folded(words[first + j].text) == phrase[j] for j in range(len(phrase))) and all(
                prose[words[i].end : words[i + 1].start] in (" ", "-") for i in range(first, last)
            ):
                return True
    return False


ACCENTED_FLOOR = 2.2  # Zipf: a borrowed word English uses ("soirée"), not a foreign name ("Loïc")
_ACCENTED = {
    "a": "àáâäãå", "e": "éèêë", "i": "íìîï", "o": "óòôöõ", "u": "úùûü", "c": "ç", "n": "ñ",
}


def accents_dropped(lower: str) -> str | None:
    """The borrowed word this one is without its accents, as English copy often writes them
    ("attache": "attaché", "protege": "protégé"), when English text uses it (Zipf at least
    ACCENTED_FLOOR: the lists carry foreign names too, "Loïc"); else None. One letter given
    any accent, or two given an acute ("résumé"). The forms tried are looked up uncached."""
    for i, letter in enumerate(lower):
        for accented in _ACCENTED.get(letter, ""):
            form = lower[:i] + accented + lower[i + 1 :]
            if lx.table_zipf(form) >= ACCENTED_FLOOR:
                return form
    places = [i for i, letter in enumerate(lower) if letter == "e"]
    for i, j in ((i, j) for n, i in enumerate(places) for j in places[n + 1 :]):
        form = lower[:i] + "é" + lower[i + 1 : j] + "é" + lower[j + 1 :]
        if lx.table_zipf(form) >= ACCENTED_FLOOR:
            return form
    return None


@lru_cache(maxsize=1)
def _compounds() -> frozenset[str]:
    """Compounds English writes with a hyphen ("clear-eyed"), from data/spelling_compounds.txt."""
    return frozenset(data_lines("spelling_compounds.txt"))


@lru_cache(maxsize=1)
def informal_words() -> frozenset[str]:
    """Slang and interjections spelled as meant ("realz", "hella", "naw"),
    from data/spelling_informal.txt: no dictionary has them, each a slip from a common word."""
    return data_words("spelling_informal.txt")


def _base_forms(word: str):
    """The word, and what an inflection or "-er" may have been put on ("fiving": "five")."""
    yield word
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            yield from morphology.stems(word[: -len(ending)], ending)


SOLID_PART = 4  # letters: each part of a compound written solid ("low-cal" solid is "local" slipped)


def solid_compound(lower: str) -> bool:
    """A compound English writes with a hyphen, written solid ("cleareyed": "clear-eyed"), as
    some house styles close compounds; each part SOLID_PART letters or more, and not
    inflected ("lowcal", "closeset", "earliker" are slips of "local", "closest", "earlier").
    Two words a slip runs together ("alot", "infact") are no listed compound."""
    compounds = _compounds()
    return any(f"{lower[:i]}-{lower[i:]}" in compounds for i in range(SOLID_PART, len(lower) - SOLID_PART + 1))


def inflected_compound(parts: list[str]) -> bool:
    """Do the parts of a compound ("high" "fiving", written with a hyphen or a space) make an
    inflected form of a word or listed compound ("highfive", "high-five")? Then each part is
    meant, though the inflected part alone is no word. The last part must be an inflected
    word of four letters or more ("fiving": "five"), not a short function word ("what thes")."""
    last = parts[-1].lower()
    if not any(form != last and len(form) >= 4 and lx.is_word(form) for form in _base_forms(last)):
        return False
    joined = "".join(parts).lower()
    hyphened = "-".join(parts).lower()
    if any(form != joined and lx.is_word(form) for form in _base_forms(joined)):
        return True
    return any(form in _compounds() for form in _base_forms(hyphened))


def near_foreign_letters(doc, start: int) -> bool:
    """Is the word, or one within FOREIGN_REACH words of it on its line, a lower-case word with
    a letter English spells without ("destinée", "røde", "für") that no dictionary has? Then
    it is likely a passage or a term in another language ("l'assemblée nationale"); a
    capitalised name ("Zoë Müller") is no sign of one."""
    words = doc.words
    index = bisect.bisect_left(words, start, key=lambda w: w.start)
    lo, hi = max(0, index - FOREIGN_REACH), min(len(words), index + FOREIGN_REACH + 1)
    for position in range(lo, hi):
        other = words[position]
        text = other.text
        if not text[:1].islower() or text.isascii():
            continue
        if "\n" in doc.prose[min(other.start, start) : max(other.end, start)]:
            continue
        if any(not c.isascii() and c.isalpha() for c in text) and not lx.is_word(text.lower()):
            return True
    return False
