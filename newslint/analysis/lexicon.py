"""The English lexicon the spelling rules read, and the story's own vocabulary.

Module functions answer questions about English words, from data newslint ships (built by
``scripts/build_spelling_data.py`` from wordfreq, pyspellchecker, the en_GB Hunspell dictionary
and lemminflect; see that script for sources and licences):

    is_word("neighbouring") is True      is_word("tryinng") is False
    zipf("the") == 7.7                   suggest("tryinng") == ["trying", "trying"…]
    tags("importance") == "n"            adjective_of("importance") == "important"

Both US and UK spellings are words. The lexicon loads once per process, on first use; word
frequencies and parts of speech are looked up lazily.

``doc.analysis("lexicon")`` returns a ``Vocabulary``: the words the story itself uses as
names (capitalised where a sentence does not start), how often each lower-case form occurs,
and which offsets start a sentence.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ..datafiles import data_lines
from ..pattern_cache import kept
from ..prefilter import paragraphs_to_search
from ..tokens import LETTER_RUN
from ..wordtable import WordTable

DATA = Path(__file__).resolve().parent.parent / "data"
WORDS_FILE = DATA / "spelling_words.bin"
POS_FILE = DATA / "spelling_pos.bin"
RUN_TOGETHER_FILE = DATA / "spelling_run_together.txt"

LETTERS = "abcdefghijklmnopqrstuvwxyz"
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


# -- the lexicon ----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _table() -> WordTable:
    """Every accepted lower-case word form (about 290,000), each with its Zipf value times
    ten in one byte; looked up by binary search, without building a set (``wordtable``)."""
    return WordTable.load(WORDS_FILE)


def _bands(floor: float = 0.0) -> tuple[tuple[float, list[str]], ...]:
    """(Zipf, sorted words) per band at or above ``floor``, most frequent first (for
    suggestions and the build scripts)."""
    table = _table()
    bands: dict[int, list[str]] = {}
    for index in table.indexes_with_byte_at_least(math.ceil(round(floor * 10, 6))):
        bands.setdefault(table.value_at(index)[0], []).append(table.word_at(index))
    return tuple((band / 10, sorted(bands[band])) for band in sorted(bands, reverse=True))


def words() -> WordTable:
    """Every accepted lower-case word form (about 290,000): ``word in words()``."""
    return _table()


def load() -> int:
    """Load the lexicon now (for benchmarks); the number of word forms."""
    return len(words())


# The answers given so far, by word: the rules ask about the same words many times (a draft
# has a few hundred distinct words, a run of many drafts a few tens of thousands), and one
# dictionary look-up is several times cheaper than asking the word table again.
_zipf_of: dict[str, float] = {}
_is_word: dict[str, bool] = {}
_tags_of: dict[str, str] = {}


def zipf(word: str) -> float:
    """Frequency on the Zipf scale (7 = one word in ten thousand); 0 for a non-word."""
    found = _zipf_of.get(word)
    if found is None:
        value = _table().get(word)
        found = _zipf_of[word] = 0.0 if value is None else value[0] / 10
    return found


def is_word(word: str) -> bool:
    """Is this lower-case form an English word (US or UK spelling)?"""
    found = _is_word.get(word)
    if found is None:
        found = _is_word[word] = word in _table()
    return found


@lru_cache(maxsize=1)
def _pos_table() -> WordTable:
    return WordTable.load(POS_FILE)


def _pos() -> dict[str, str]:
    """Every form the parts-of-speech table knows, with its tags (for the build scripts)."""
    return {word: value.decode("ascii") for word, value in _pos_table().items()}


def tags(word: str) -> str:
    """Parts of speech a lower-case form can have: n noun, p plural noun, v verb, a adjective,
    r adverb, x auxiliary; "" when the table does not know the word."""
    found = _tags_of.get(word)
    if found is None:
        value = _pos_table().get(word)
        found = _tags_of[word] = "" if value is None else value.decode("ascii")
    return found


def is_noun_only(word: str) -> bool:
    """A word that can only be a noun (not a verb, adjective or adverb)."""
    found = tags(word)
    return bool(found) and set(found) <= {"n", "p"}


def is_plural_noun(word: str) -> bool:
    """A plural noun form ("members", "games"), which may also be a verb ("profits"); a word
    the table lacks counts when it is a listed noun plus "s" ("apps")."""
    found = tags(word)
    if "p" in found:
        return True
    if found or not word.endswith("s") or not is_word(word):
        return False
    stem = tags(word[:-1])
    return "n" in stem or not stem and zipf(word[:-1]) >= 3.0


def is_singular_noun(word: str) -> bool:
    """A noun form that is not plural ("poll", "report", "crisis")."""
    found = tags(word)
    if "n" not in found or "p" in found:
        return False
    return not word.endswith("s") or word.endswith(("ss", "us", "is"))


_NOUN_ADJECTIVE = (("ance", "ant"), ("ence", "ent"), ("ancy", "ant"), ("ency", "ent"))


def adjective_of(noun: str) -> str | None:
    """The adjective a noun in -ance/-ence is made from: importance → important."""
    for noun_end, adjective_end in _NOUN_ADJECTIVE:
        if noun.endswith(noun_end):
            adjective = noun[: -len(noun_end)] + adjective_end
            if "a" in tags(adjective) and "n" in tags(noun):
                return adjective
    return None


_ESCAPED: dict[str, str] = {}  # re.escape of each letter, asked once


def alternation(words) -> str:
    """A regular expression that matches any of ``words`` (literal strings), trying the longest
    first, as ``"|".join(sorted(map(re.escape, words), key=len, reverse=True))`` does, but as a
    tree of their letters ("seek(?:ing|s)?"), which the engine scans many times faster: it
    tries one letter at each branch rather than every word at every position. The command
    line keeps the text made for each set of words in its pattern table (``kept``): a tree of
    1,083 words took ~6 ms of a one-draft run."""
    ordered = tuple(sorted(set(words)))  # the tree depends on the set alone, not its order
    return kept(("alternation", ordered), lambda: _letter_tree(ordered))


def _letter_tree(words) -> str:
    tree: dict = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def escaped(letter: str) -> str:
        found = _ESCAPED.get(letter)
        if found is None:
            found = _ESCAPED[letter] = re.escape(letter)
        return found

    def emit(node: dict) -> str:
        if len(node) == 1:  # most nodes: one letter follows (no sorting, no list)
            ((letter, rest),) = node.items()
            return escaped(letter) + emit(rest) if letter else ""
        branches = [escaped(letter) + emit(node[letter]) for letter in sorted(node) if letter]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here: the longer words first, then this one
            return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + body + ")?"
        return body

    return emit(tree) or "(?!)"


# -- suggestions ----------------------------------------------------------------------------


def edits1(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = set()
    for left, right in splits:
        if right:
            found.add(left + right[1:])
            for c in LETTERS:
                found.add(left + c + right[1:])
        if len(right) > 1:
            found.add(left + right[1] + right[0] + right[2:])
        for c in LETTERS:
            found.add(left + c + right)
    found.discard(word)
    return found


ENDING_BONUS = 1.0  # Zipf units for a correction that keeps the word's grammatical ending
_ENDINGS = ("ly", "ing", "ed", "tion", "sion", "ness", "ment", "able", "ible", "ful", "less")
SPLIT_COST = 1.5  # Zipf units taken from a correction that splits the word in two
SUGGEST_FLOOR = 3.0  # Zipf: rarer words are not offered as corrections at two edits


@lru_cache(maxsize=1)
def _pool() -> dict[tuple[str, int], list[str]]:
    """Words at least as common as SUGGEST_FLOOR, by first letter and length (about 29,000
    words; built in a few milliseconds, the first time a draft has a word to correct)."""
    found: dict[tuple[str, int], list[str]] = {}
    for _, band in _bands(SUGGEST_FLOOR):
        for word in band:
            found.setdefault((word[0], len(word)), []).append(word)
    return found


@lru_cache(maxsize=None)
def _by_tail(size: int) -> dict[str, list[str]]:
    """The common words of one length by all but their first letter ("overnment":
    ["government"]), built the first time a word needs them."""
    found: dict[str, list[str]] = {}
    for (_, length), bucket in _pool().items():
        if length == size:
            for word in bucket:
                found.setdefault(word[1:], []).append(word)
    return found


def _within_two(word: str) -> list[tuple[str, int]]:
    """Common words two edits or fewer from ``word``, with their distance.

    The words compared are those of a length within two that start with the word's first
    letter, or with its second (a letter dropped or added at the front, the first two
    swapped), in RapidFuzz's C++; a wrong first letter with one more slip is found through
    the rest of the word ("gocernmant"). A slip seldom touches the first letter and two more.
    """
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extract

    table = _pool()
    found = {}
    for first in dict.fromkeys(word[:2]):
        for size in range(len(word) - 2, len(word) + 3):
            bucket = table.get((first, size))
            if bucket:
                for candidate, d, _ in extract(
                    word, bucket, scorer=OSA.distance, score_cutoff=2, limit=None
                ):
                    found[candidate] = int(d)
    rest = word[1:]
    tails = edits1(rest) | {rest}
    for size in range(len(word) - 1, len(word) + 2):
        table = _by_tail(size)
        for tail in tails:
            for candidate in table.get(tail, ()):
                if candidate not in found:
                    d = OSA.distance(word, candidate, score_cutoff=2)
                    if d <= 2:
                        found[candidate] = d
    return list(found.items())


def distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions)."""
    from rapidfuzz.distance import OSA

    return OSA.distance(a, b)


@dataclass(frozen=True)
class Candidate:
    word: str
    distance: int
    zipf: float


@lru_cache(maxsize=2048)
def candidates(word: str) -> tuple[Candidate, ...]:
    """Likely corrections of a lower-case non-word, best first."""
    found = [Candidate(c, 1, zipf(c)) for c in edits1(word) & words() if len(c) > 1]
    if not any(c.zipf >= 3.0 for c in found) and 3 < len(word) < 25:
        seen = {c.word for c in found}
        for c, d in _within_two(word):
            if c not in seen:
                found.append(Candidate(c, d, zipf(c)))
        found.extend(_splits(word))  # like two edits: only when no common word is one away
    # One edit beats two; among equals, the commoner word wins. A slip seldom drops the
    # ending that makes the word an adverb, a participle or an abstract noun: "accidently"
    # is "accidentally" rather than "accident".
    ending = next((e for e in _ENDINGS if word.endswith(e)), None)
    found.sort(
        key=lambda c: (
            -(c.zipf - 1.5 * (c.distance - 1) + ENDING_BONUS * bool(ending and c.word.endswith(ending))),
            " " not in c.word,
            c.word,
        )
    )
    return tuple(found)


def _splits(word: str) -> list[Candidate]:
    """The word as two common words with the space put back ("coffeetable": "coffee table",
    "alot": "a lot"): one edit away, and scored as the rarer of the two less SPLIT_COST (most
    pairs of words are not a phrase; a one-letter slip of one word is likelier)."""
    found = []
    for i in range(1, len(word) - 1):
        first, second = word[:i], word[i:]
        if len(first) == 1 and first != "a":
            continue
        value = min(zipf(first), zipf(second))
        if value >= SUGGEST_FLOOR:
            found.append(Candidate(f"{first} {second}", 1, value - SPLIT_COST))
    return found


@lru_cache(maxsize=1)
def run_together_forms() -> dict[str, str]:
    """Every form ``run_together`` knows, with its two words."""
    found = {}
    for line in data_lines(RUN_TOGETHER_FILE.name):
        form, _, pair = line.partition("\t")
        found[form] = pair
    return found


def run_together(word: str) -> str | None:
    """The two words a lower-case form runs together, when the word lists carry it but no
    dictionary does and one part is a function word: "upto" → "up to", "otherhand" →
    "other hand" (built by ``scripts/build_spelling_data.py``); else None."""
    return run_together_forms().get(word)


def suggest(word: str, limit: int = 3) -> list[str]:
    """Up to ``limit`` corrections for ``word``, in the word's own capitalisation."""
    lower = word.lower()
    found = [c.word for c in candidates(lower)[:limit]]
    if word[:1].isupper():
        found = [w[:1].upper() + w[1:] for w in found]
    return found


def recase(word: str, written: str, capitals: bool = False) -> str:
    """``word`` in the case of ``written``: a capital first letter when it has one; all in
    capitals when ``capitals`` is set and ``written`` is a word in capitals ("DONT" → "DON'T")."""
    if capitals and len(written) > 1 and written.isupper():
        return word.upper()
    if written[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


# -- the story's own vocabulary -------------------------------------------------------------

_OPENERS = set("\"'“‘([{«—–-•*#>")
_ENDERS = set(".!?:;")


class Vocabulary:
    """What the story itself tells about its words. Each part is worked out on first use."""

    def __init__(self, doc):
        self._doc = doc

    @cached_property
    def folded(self) -> str:
        """The prose in lower case with apostrophes made straight, offset for offset."""
        prose = self._doc.prose.translate(APOSTROPHES)
        lowered = prose.lower()
        if len(lowered) != len(prose):  # a letter whose lower case is longer ("İ")
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in prose)
        return lowered

    def matches(self, pattern: re.Pattern):
        """(paragraph index, match) of each match of ``pattern`` in the folded prose, a
        paragraph at a time (a match never runs into the next paragraph)."""
        folded, paragraphs = self.folded, self._doc.paragraphs
        for index in paragraphs_to_search(pattern, folded, paragraphs):  # (those it may match in)
            paragraph = paragraphs[index]
            for match in pattern.finditer(folded, paragraph.start, paragraph.end):
                yield index, match

    def hits(self, pattern: re.Pattern):
        """(paragraph index, offset) of each match of ``pattern`` in the folded prose."""
        for index, match in self.matches(pattern):
            yield index, match.start()

    def tokens_of(self, index: int) -> list[tuple[str, int, int, str]]:
        """The tokens of paragraph ``index``: (lower-case text, start, end, text as written).
        Words keep their inner apostrophes (made straight); every other mark is a token."""
        cache = self._token_cache
        if index not in cache:
            paragraph = self._doc.paragraphs[index]
            folded, prose = self.folded, self._doc.prose
            cache[index] = [
                (m.group(), a, b, prose[a:b])
                for m in _TOKEN.finditer(folded, paragraph.start, paragraph.end)
                for a, b in (m.span(),)
            ]
        return cache[index]

    def token_hits(self, pattern: re.Pattern):
        """(paragraph index, its tokens, position) of each match of ``pattern`` that starts a
        token (see ``tokens_of``)."""
        for index, offset in self.hits(pattern):
            tokens = self.tokens_of(index)
            i = self.token_index(index, offset)
            if i < len(tokens) and tokens[i][1] == offset:
                yield index, tokens, i

    def token_index(self, index: int, offset: int) -> int:
        """The position in ``tokens_of(index)`` of the token that starts at ``offset``."""
        starts = self._starts_cache.get(index)
        if starts is None:
            starts = self._starts_cache[index] = [t[1] for t in self.tokens_of(index)]
        return bisect.bisect_left(starts, offset)

    @cached_property
    def _token_cache(self) -> dict[int, list]:
        return {}

    @cached_property
    def _starts_cache(self) -> dict[int, list[int]]:
        return {}

    @property
    def tokens(self) -> list[list[tuple[str, int, int, str]]]:
        """Every paragraph's tokens (see ``tokens_of``)."""
        return [self.tokens_of(i) for i in range(len(self._doc.paragraphs))]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return _first_word_offsets(self._doc)

    def starts_sentence(self, offset: int) -> bool:
        """Is the word at ``offset`` the first of a sentence, heading or list item?"""
        starts = self._sentence_starts
        index = bisect.bisect_left(starts, offset)
        return index < len(starts) and starts[index] == offset

    @cached_property
    def names(self) -> set[str]:
        """Lower-cased words the story writes capitalised where no sentence starts."""
        found: set[str] = set()
        start_set = set(self._sentence_starts)
        for word in self._doc.words:
            text = word.text
            if text[:1].isupper() and word.start not in start_set:
                for part in text.translate(APOSTROPHES).split("-"):
                    if part[:1].isupper():
                        found.add(_strip_possessive(part.lower()))
        return found

    @cached_property
    def people(self) -> set[str]:
        """Lower-cased names the story gives after a personal title ("President Obama",
        "Mrs. Clinton", "Sen. Bernie Sanders"), with an age ("Kunin, 82,"), before ", who"
        after a first name ("Whit Ayres, who") or saying something of "he" or "she" ("Trump
        said he would"): people, not teams or firms."""
        found: set[str] = set()
        for match in _TITLED.finditer(self._doc.prose):
            found.update(w.lower() for w in re.findall(r"[^\W\d_]+", match.group(1)))
        for match in _PERSON_CUE.finditer(self._doc.prose):
            found.add(match.group(1).lower())
        for match in _SAID_HE.finditer(self._doc.prose):
            found.add(match.group(1).lower())
        return found

    @cached_property
    def abbreviations(self) -> set[str]:
        """Lower-case abbreviations the story spells out before it gives them in brackets:
        "barrels of oil per day (bpd)", "miles per gallon (mpg)"; each letter is the first
        of one of the words before the brackets, in order, the last one's included."""
        found: set[str] = set()
        prose = self._doc.prose
        for match in _BRACKETED.finditer(prose):
            short = match.group(1).lower()
            before = LETTER_RUN.findall(prose, max(0, match.start() - 120), match.start())
            if _initials_fit(short, [w.lower() for w in before[-(len(short) + 3) :]]):
                found.add(short)
        return found

    @cached_property
    def counts(self) -> Counter:
        """How often each lower-case form (as written, apostrophes normalised) occurs."""
        return Counter(
            w.text.translate(APOSTROPHES) for w in self._doc.words if not w.text[:1].isupper()
        )


_TITLED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Senator|Rep|Gov|Governor|President|Secretary|Judge|Gen|General"
    r"|Prof|Professor|Rev|Sir|Lord|Lady|Dame|Mayor|Minister|Chancellor|Pope|King|Queen|Prince"
    r"|Princess|Justice|Speaker|Chairman|Chairwoman|Sheikh|Ayatollah|Archbishop|Bishop)\.?"
    r"[ \t]+((?:[A-Z][^\W\d_]+[ \t]+){0,2}[A-Z][^\W\d_]+)"
)


_PERSON_CUE = re.compile(
    r"\b[A-Z][^\W\d_]+[ \t]+([A-Z][^\W\d_]+),[ \t]+(?:who\b|\d{1,3},)"
)


# A single capitalised name that says or tells, then "he" or "she": "Trump said he would",
# "Clinton told reporters she was" (a firm or a team says "it" or "we").
_SAID_HE = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+(?:said|says|told[ \t]+\w+|added|insisted|argued|claimed"
    r"|admitted|explained|wrote|tweeted)[ \t]+(?:that[ \t]+)?(?:he|she)\b"
)


_BRACKETED = re.compile(r"\(([^\W\d_]{2,6})\)")


def _initials_fit(short: str, words: list[str]) -> bool:
    """Are the letters of ``short`` the initials of some of ``words``, in order, the last
    word's among them ("bpd": "barrels of oil per day")?"""
    if not words or words[-1][0] != short[-1]:
        return False
    position = len(short) - 1
    for word in reversed(words):
        if position >= 0 and word[0] == short[position]:
            position -= 1
    return position < 0


def _first_word_offsets(doc) -> list[int]:
    """Offsets of words that open a paragraph or follow sentence-ending punctuation."""
    starts = []
    prose = doc.prose
    paragraph_starts = {p.start for p in doc.paragraphs}
    for word in doc.words:
        i = word.start - 1
        if i > 0 and prose[i] == " " and prose[i - 1].isalnum() and word.start not in paragraph_starts:
            continue  # most words: after a space after a letter or digit, inside a sentence
        while i >= 0 and (prose[i].isspace() or prose[i] in _OPENERS):
            i -= 1
        if i < 0 or prose[i] in _ENDERS or word.start in paragraph_starts:
            starts.append(word.start)
            continue
        # The paragraph's first word, after any opening marks.
        j = word.start - 1
        while j >= 0 and prose[j] in _OPENERS:
            j -= 1
        if j + 1 in paragraph_starts:
            starts.append(word.start)
    return starts


_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*[^\W_]*|[^\W_]+(?:'[^\W_]+)*|[^\w\s]")


def analyse(doc) -> Vocabulary:
    return Vocabulary(doc)


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word
