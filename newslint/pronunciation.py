"""How a word starts when it is read aloud: the article it takes ("a hour" → "an hour").

``article_for(word)`` is "a" or "an" for the word as written in running copy, or None when
that cannot be told with confidence (a name the data does not know, a word some say either
way). It reads the data file ``data/articles.txt``, built by
``scripts/build_articles_data.py`` from the CMU Pronouncing Dictionary (see
``data/articles_sources.txt``), the first time it is needed:

    article_for("hour") == "an"          article_for("European") == "a"
    article_for("FBI") == "an"           article_for("NATO") == "a"
    article_for("8") == "an"             article_for("1,000") == "a"
    article_for("one-off") == "a"        article_for("historic") is None   (either)

Numbers are read as they are said: "8", "80", "800", "8,000", "11", "18", "11,000" and
"18th" start with a vowel sound; "1,000" ("a thousand") and "100" do not; a four-digit
number starting 11 or 18 ("1800": "eighteen hundred" or "one thousand eight hundred") is
left open. A word in capitals is read letter by letter ("an MP", "an NHS trust") unless
the dictionary says it as a word ("a NATO summit"); an unknown one that could be said as a
word ("UEFA") is decided only when both readings take the same article.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from .datafiles import data_section_spans, data_sections
from .sorted_words import SortedLine, SortedWords

DATA_FILE = Path(__file__).resolve().parent / "data" / "articles.txt"
USAGE_FILE = Path(__file__).resolve().parent / "data" / "article_usage.txt"

# Letters whose names start with a vowel sound: "an F-16", "an MP", "an X-ray", "an S&P".
VOWEL_NAMED = frozenset("aefhilmnorsx")
# Letters whose sound the spelling does not settle (the data's prefix table decides).
_UNSETTLED = frozenset("hueoyx")

_NUMBER = re.compile(r"(\d+(?:,\d{3})*)(?:[.:](\d+))?([^\W\d_]*)")
_CAPITALS = re.compile(r"([A-Z]+)(?:[0-9&]*)(?:s|['’]s)?")
_LETTER_DIGITS = re.compile(r"([A-Z])[0-9]+[A-Za-z]*")


class _Data:
    """The sections of the data file. The words and capitals are read where the file lists
    them, one sorted line a section (``scripts/build_articles_data.py``), and looked up by
    bisection: a dictionary of their ~11,400 words cost ~1 ms of every start, and lists of
    them ~0.7 MB, for the few words a draft asks about."""

    def __init__(self, text: str, spans: dict[str, tuple[int, int]]):
        def line(key: str) -> SortedLine:
            return SortedLine(text, *spans[key]) if key in spans else SortedLine("")

        def words(key: str) -> list[str]:
            return text[slice(*spans[key])].split() if key in spans else []

        self.words = _Listed([(line(key), value) for key, value in (("a", "a"), ("an", "an"), ("either", None))])
        self.caps = _Listed(
            [(line(key), value) for key, value in (("caps-a", "a"), ("caps-an", "an"), ("caps-either", None))]
        )
        self.onsets = frozenset(words("onsets"))
        self.prefixes: dict[str, str] = {}
        for key in ("a", "an"):
            self.prefixes.update(dict.fromkeys(words(f"prefix-{key}"), key))


class _Listed:
    """Word -> the article of the section that lists it (None: either), over sorted sections."""

    def __init__(self, sections: list[tuple[SortedLine, str | None]]):
        self._sections = [(SortedWords(words), article) for words, article in sections]

    def __len__(self) -> int:
        return sum(len(words) for words, _ in self._sections)

    def lookup(self, word: str) -> tuple[bool, str | None]:
        """(whether a section lists ``word``, its article)."""
        for words, article in self._sections:
            if word in words:
                return True, article
        return False, None


@lru_cache(maxsize=1)
def _data() -> _Data:
    return _Data(*data_section_spans(DATA_FILE.name))


def load() -> int:
    """Load the data now (for benchmarks); the number of words it lists."""
    return len(_data().words)


def _letter(letter: str) -> str:
    return "an" if letter.lower() in VOWEL_NAMED else "a"


def number_article(text: str) -> str | None:
    """The article before a number as it is read: "an 8", "an 11", "a 100", "a 1,000"."""
    match = _NUMBER.match(text)
    if not match:
        return None
    whole, _, suffix = match.groups()
    groups = whole.split(",")
    if len(groups) > 1:
        lead = groups[0]
    elif len(whole) >= 5:
        lead = whole[: len(whole) % 3 or 3]
    elif len(whole) == 4:
        if whole[0] == "8":
            return "an"
        if whole[:2] in ("11", "18"):
            # "1842" is read "eighteen forty-two" (a year, or said so); "1800s" are the
            # eighteen hundreds; "1800" and "1150" ("eleven fifty", "one thousand one
            # hundred and fifty") may be read either way.
            return "an" if suffix == "s" or whole[:2] == "18" and whole[2:] != "00" else None
        return "a"
    else:
        lead = whole
    if lead.startswith("0"):
        return None  # "0.5": nought, zero or oh
    return "an" if lead[0] == "8" or lead in ("11", "18") else "a"


def english_onset(word: str) -> bool:
    """Do the consonant letters that start ``word`` (lower case) start English words too
    ("str", "pl"; not "mb", "ng")? A word with no such letters has none to doubt."""
    onset = re.match(r"[^aeiouy]*", word).group()
    return not onset or onset in _data().onsets


def _pronounceable(word: str) -> bool:
    if len(word) <= 2 or not re.search(r"[aeiouy]", word):
        return False
    return english_onset(word)


def capitals_article(letters: str) -> str | None:
    """A word in capitals ("FBI", "NATO"): the dictionary's reading, else letter by letter
    when it cannot be said as a word, else only when both readings agree."""
    lower = letters.lower()
    listed, article = _data().caps.lookup(lower)
    spelt = _letter(lower[0])
    if listed:
        if article != spelt and not re.search(r"[aeiouy]", lower):
            # no vowel: the dictionary's word ("SR", senior; "MR", mister) or the letters
            # ("an SR-71", "an MR scan"), which capitals in running text usually are
            return None
        return article
    if not _pronounceable(lower):
        return spelt
    as_word = "a" if lower[0] == "u" else _spelling_article(lower)
    return spelt if as_word == spelt else None


def _spelling_article(lower: str) -> str | None:
    first = lower[0]
    if first in _UNSETTLED:
        prefixes = _data().prefixes
        for size in range(min(4, len(lower)), 0, -1):
            found = prefixes.get(lower[:size])
            if found:
                return found
        return None
    if first in "ai":
        return "an"
    if "a" <= first <= "z":
        return "a"
    return None


def word_article(word: str) -> str | None:
    """The article before an ordinary word ("hour", "European", "Ohio"), by its sound."""
    lower = word.lower().replace("’", "'")
    listed, article = _data().words.lookup(lower)
    if listed:
        return article
    for form in _listed_forms(lower):
        # "an historian's duties", "an Honours degree": the word the dictionary lists, read
        # without the possessive, the plural or the British spelling, sounds the same
        listed, article = _data().words.lookup(form)
        if listed:
            return article
    return _spelling_article(lower)


def _listed_forms(lower: str):
    """Forms of an unlisted word that begin with the same sound: without a possessive "'s"
    or "'", a plural's "s" or "es", and the American spelling of a British one."""
    from .analysis.variants import uk_to_us

    stem = re.sub(r"'s?$", "", lower)
    forms = [stem] if stem != lower else []
    if stem.endswith("es"):
        forms.append(stem[:-2])
    if stem.endswith("s"):
        forms.append(stem[:-1])
    for form in list(forms) + [lower]:
        american = uk_to_us(form)
        if american:
            forms.append(american)
    return [form for form in forms if form]


@lru_cache(maxsize=1)
def _usage() -> dict[str, str]:
    """Word of two capitals or more -> the article edited copy writes before it, where the
    rules below would decide otherwise or not at all (``data/article_usage.txt``, built by
    ``scripts/build_article_usage.py``): "a MIDI file", "a NaN"; and a word said either way,
    in lower case, where edited copy is all but unanimous: "a hotel"."""
    return {word: article for article, lines in data_sections(USAGE_FILE.name).items() if article for word in " ".join(lines).split()}


def _usage_article(first: str) -> str | None:
    if sum(c.isupper() for c in first) < 2:
        return None
    first = re.sub(r"'s$", "", first)
    if first.endswith("s") and first[:-1].isupper():
        first = first[:-1]  # "MIDIs"
    return _usage().get(first)


def article_for(token: str, usage: bool = True) -> str | None:
    """The article before ``token`` (a word as written), or None when unsure. ``usage``:
    read the article edited copy writes before abbreviations (see ``_usage``)."""
    if not token:
        return None
    token = token.replace("’", "'")  # "an official’s car"
    first = token.split("-")[0] if not token[0].isdigit() else token
    if not first:
        return None
    if first[0].isdigit():
        return number_article(first)
    if usage:
        used = _usage_article(first)
        if used:
            return used
    if len(first) == 1:
        # A letter: "an X-ray", "a U-turn", "an A-level", "an F grade".
        if first.isupper() or "-" in token:
            return _letter(first) if first.isascii() and first.isalpha() else None
        return None
    if _LETTER_DIGITS.fullmatch(first):
        return _letter(first[0])  # "a G7 summit", "an F1 driver"
    capitals = _CAPITALS.fullmatch(first)
    if capitals and len(capitals.group(1)) >= 2:
        return capitals_article(capitals.group(1))
    if re.fullmatch(r"[A-Z]['’][A-Z][a-z]+", first):
        return _letter(first[0])  # "an O'Brien", "a D'Souza"
    if re.fullmatch(r"[a-z][A-Z][A-Za-z]*", first):
        return _letter(first[0])  # "an iPod", "an eBay seller"
    if re.fullmatch(r"[A-Z][a-z]?[A-Z]|[A-Z]{2}[a-z]", first):
        return _letter(first[0])  # "a PhD", "an MoD spokesman", "an MSc": letters
    if re.fullmatch(r"Mc[A-Z][A-Za-z'’]*", first):
        return "a"  # "a McDonald's", "a McLeod gauge": "Mc" is said "mac"
    lower_camel = re.fullmatch(r"([a-z]{2,})[A-Z][A-Za-z]*", first)
    if lower_camel:
        return word_article(lower_camel.group(1))  # "a microATX board", "an inDuna"
    camel = re.fullmatch(r"([A-Z][a-z]{2,})[A-Z][A-Za-z]*", first)
    if camel:
        return word_article(camel.group(1))  # "a WikiLeaks activist", "a YouTube video"
    if any(c.isupper() for c in first[1:]):
        return None  # anything else in mixed capitals is left alone
    if not first.isascii():
        # "a César award", "a Göktürk khanate": a name with accents is read by its letters
        # without them, where the first letter settles the sound ("an Émile" stays open)
        plain = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()
        if not first[0].isupper() or len(plain) != len(first) or not plain.isalpha():
            return None
        return _spelling_article(plain.lower()) if plain[0].lower() not in "aeiou" else None
    if first.islower() and not re.search(r"[aeiouy]", first):
        return _letter(first[0])  # "an mph limit", "a pdf": read as letters
    if not re.search(r"[aeiouy]", first.lower()):
        # A capital and no vowel: the word it shortens ("a Mr Smith", "a Dr", "a Hz") or its
        # letters ("an Rh factor", "an Mg atom"); read only where the two agree
        spelt = _letter(first[0].lower())
        return spelt if word_article(first) == spelt else None
    article = word_article(first)
    if article is None and usage:
        # A word said either way that edited copy all but always writes with one article
        # ("a hotel", "a Hungarian"; "an historic" stays accepted)
        return _usage().get(re.sub(r"'s?$", "", first.lower().replace("’", "'")))
    return article
