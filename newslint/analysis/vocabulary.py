"""What the story itself tells about its words: ``doc.analysis("lexicon")``.

A ``Vocabulary`` holds the words the story uses as names (capitalised where a sentence does
not start), the people it names, the abbreviations it spells out, how often each lower-case
form occurs, which offsets start a sentence, and each paragraph's tokens.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections import Counter
from collections.abc import Sequence
from functools import cached_property

from ..packed import PackedRows, offsets
from ..prefilter import guarded_in_time, paragraphs_to_search
from ..tokens import LETTER_RUN
from . import dictionary as lx
from .dictionary import APOSTROPHES

# How many paragraphs' tokens a large draft keeps unpacked at a time (``Vocabulary.tokens_of``).
_UNPACKED_KEPT = 8

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
        search = guarded_in_time(pattern, len(paragraphs))  # (the same matches, found faster)
        for index in paragraphs_to_search(pattern, folded, paragraphs):  # (those it may match in)
            paragraph = paragraphs[index]
            for match in search.finditer(folded, paragraph.start, paragraph.end):
                yield index, match

    def tokens_of(self, index: int) -> list[tuple[str, int, int, str]]:
        """The tokens of paragraph ``index``: (lower-case text, start, end, text as written).
        Words keep their inner apostrophes (made straight); every other mark is a token.

        A large draft (``Document.word_copies``) keeps every paragraph's tokens packed in one
        table (``_packed``: a 1 MB draft's tokens in 5 MB, not 27) and unpacks the lists of
        the last few paragraphs read: the rules read the tokens one rule at a time, paragraph
        after paragraph, and a list reads faster than packed rows."""
        if self._doc.word_copies is None:
            tokens = self._token_cache.get(index)
            if tokens is None:
                tokens = self._token_cache[index] = self._tokenize(index)
            return tokens
        unpacked = self._unpacked
        found = unpacked.get(index)
        if found is None:
            if len(unpacked) >= _UNPACKED_KEPT:
                del unpacked[next(iter(unpacked))]  # the paragraph read longest ago
            rows, bounds = self._packed
            found = unpacked[index] = rows[bounds[index] : bounds[index + 1]]
        return found

    def _tokenize(self, index: int) -> list[tuple[str, int, int, str]]:
        paragraph = self._doc.paragraphs[index]
        folded, prose = self.folded, self._doc.prose
        return [
            (m.group(), a, b, prose[a:b])
            for m in _TOKEN.finditer(folded, paragraph.start, paragraph.end)
            for a, b in (m.span(),)
        ]

    @cached_property
    def _packed(self) -> tuple[PackedRows, array]:
        """A large draft's tokens (see ``tokens_of``), every paragraph's one after another,
        each text one copy (``Document.word_copies``); and where each paragraph's begin:
        paragraph ``i``'s are rows ``bounds[i]`` to ``bounds[i + 1]``."""
        folded, prose, one_copy = self.folded, self._doc.prose, self._doc.word_copies.setdefault
        texts, starts, ends, written, bounds = [], offsets(), offsets(), [], offsets([0])
        for paragraph in self._doc.paragraphs:
            spans = [m.span() for m in _TOKEN.finditer(folded, paragraph.start, paragraph.end)]
            texts += [one_copy(text, text) for a, b in spans for text in (folded[a:b],)]
            starts.extend(a for a, _ in spans)
            ends.extend(b for _, b in spans)
            written += [one_copy(text, text) for a, b in spans for text in (prose[a:b],)]
            bounds.append(len(texts))
        return PackedRows(tuple, texts, starts, ends, written), bounds

    def token_hits(self, pattern: re.Pattern):
        """(paragraph index, its tokens, position) of each match of ``pattern`` that starts a
        token (see ``tokens_of``)."""
        # (``matches`` written out, a paragraph's tokens looked up once: the rules ask for
        # some 80,000 hits over the dev corpus)
        folded, paragraphs = self.folded, self._doc.paragraphs
        search = guarded_in_time(pattern, len(paragraphs))  # (the same matches, found faster)
        for index in paragraphs_to_search(pattern, folded, paragraphs):
            paragraph = paragraphs[index]
            tokens = starts = None
            for match in search.finditer(folded, paragraph.start, paragraph.end):
                if tokens is None:
                    tokens = self.tokens_of(index)
                    starts, low, high = self._starts_of(index)
                offset = match.start()
                i = bisect.bisect_left(starts, offset, low, high) - low
                if i < len(tokens) and tokens[i][1] == offset:
                    yield index, tokens, i

    def token_index(self, index: int, offset: int) -> int:
        """The position in ``tokens_of(index)`` of the token that starts at ``offset``."""
        starts, low, high = self._starts_of(index)
        return bisect.bisect_left(starts, offset, low, high) - low

    def _starts_of(self, index: int) -> tuple[Sequence[int], int, int]:
        """Where each token of ``tokens_of(index)`` starts: ``starts[low:high]`` of the
        (starts, low, high) returned (in a large draft, a part of the whole draft's)."""
        if self._doc.word_copies is not None:
            rows, bounds = self._packed
            return rows.columns[1], bounds[index], bounds[index + 1]
        starts = self._starts_cache.get(index)
        if starts is None:
            starts = self._starts_cache[index] = [t[1] for t in self.tokens_of(index)]
        return starts, 0, len(starts)

    @cached_property
    def _token_cache(self) -> dict[int, list]:
        return {}

    @cached_property
    def _starts_cache(self) -> dict[int, list[int]]:
        return {}

    @cached_property
    def _unpacked(self) -> dict[int, list]:
        """The lists of the paragraphs last read (see ``tokens_of``), the oldest first."""
        return {}

    @property
    def tokens(self) -> Sequence[list[tuple[str, int, int, str]]]:
        """Every paragraph's tokens (see ``tokens_of``), each read when it is asked for."""
        return _EveryParagraph(self)

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
        """Lower-cased words the story writes capitalised where no sentence starts (nor
        after an initial or a title's full stop, which ends no sentence: "Jeffrey D.
        Feltman", "Mr. Kerry")."""
        found: set[str] = set()
        start_set = set(self._sentence_starts)
        prose = self._doc.prose
        for word in self._doc.words:
            text = word.text
            if text[:1].isupper() and (word.start not in start_set or after_initial_or_title(prose, word.start)):
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
        paragraphs = len(self._doc.paragraphs)  # (each pattern guarded in time: the same matches, found faster)
        for match in guarded_in_time(_TITLED, paragraphs).finditer(self._doc.prose):
            found.update(w.lower() for w in LETTER_RUN.findall(match.group(1)))
        for match in guarded_in_time(_PERSON_CUE, paragraphs).finditer(self._doc.prose):
            if not lx.is_plural_noun(match.group(1).lower()):  # "the Don Cossacks, who"
                found.add(match.group(1).lower())
        for match in guarded_in_time(_SAID_HE, paragraphs).finditer(self._doc.prose):
            found.add(match.group(1).lower())
        found.update(self._surnames_used_alone())
        from .names import common_words

        return found - common_words()  # "They said he", "There": no people

    def _surnames_used_alone(self) -> set[str]:
        """Lower-cased surnames the story gives first after a first name ("Maria Kelly") and
        then alone ("Kelly said"), the way a story names a person; a possessive counts ("Maria
        Kelly's", "Kelly's"). The first name is a known
        name (``names.known_name``), the two are never written after "the" ("the Boston
        Celtics", "the Al Sabah"), they are no adjective and plural ("Russian
        Cossacks"), and neither follows a preposition of place ("Manchester
        United ... in Manchester", "Northern Italy ... in Italy")."""
        from .names import common_words, known_name

        prose, common = self._doc.prose, common_words()
        pairs, families, alone, placed = set(), set(), set(), set()
        runs = guarded_in_time(_CAPITALISED_RUN, len(self._doc.paragraphs))  # (the same matches, found faster)
        for m in runs.finditer(prose):
            words = m.group(1).split()  # "Donald Trump’s stance" names Donald Trump
            before = prose[max(0, m.start() - 8) : m.start()].split()[-1:]
            while words and words[0].lower() in common:  # "In Italy", "The Kellys"
                before = [words.pop(0)]
            if not words:
                continue
            before = before[0].lower() if before else ""
            if before in _PLACE_PREPOSITIONS:
                placed.add(words[0])
            if len(words) == 1:
                alone.add(words[0])
            elif len(words) == 2:
                (families if before == "the" else pairs).add((words[0], words[1]))
        # a first name the list lacks counts when its surname, alone, says something ("Megyn
        # Kelly ... Kelly said"): teams and places ("Hove Albion ... Albion were") do not say
        return {
            last.lower()
            for first, last in pairs - families
            if last in alone
            and not {first, last} & placed
            and (known_name(first) or _unlisted_first_name(first) and last in self._speakers)
            # "Russian Cossacks": an adjective before a plural noun describes a people
            and not (lx.tags(first.lower()) == "a" and last.endswith("s") and not last.endswith("ss"))
        }

    @cached_property
    def _speakers(self) -> set[str]:
        """Capitalised words the story has say or tell something ("Kelly said"), read only
        when a first name the names list lacks asks for them."""
        return {m.group(1) for m in guarded_in_time(_SPEAKER, len(self._doc.paragraphs)).finditer(self._doc.prose)}

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


class _EveryParagraph(Sequence):
    """Every paragraph's tokens (``Vocabulary.tokens``): ``tokens_of`` of each index, read
    when it is asked for, so that a large draft's are not all unpacked at once."""

    def __init__(self, vocabulary: Vocabulary):
        self._vocabulary = vocabulary

    def __len__(self) -> int:
        return len(self._vocabulary._doc.paragraphs)

    def __getitem__(self, index: int) -> list[tuple[str, int, int, str]]:
        if not -len(self) <= index < len(self):
            raise IndexError("paragraph index out of range")
        return self._vocabulary.tokens_of(index % len(self))


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


# A capitalised word that says or tells something: "Kelly said", "Bush told reporters".
_SPEAKER = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+(?:said|says|told|asked|added|insisted|argued|claimed|admitted"
    r"|explained|wrote|tweeted|replied|recalled|acknowledged)\b"
)


# A run of capitalised words, possessive or not: "Maria Kelly", "Kelly", "New York Times",
# "Donald Trump’s" (group 1: the run without its "'s").
_CAPITALISED_RUN = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*)(?:['’]s)?(?![\w'’-])")


_PLACE_PREPOSITIONS = frozenset("in near throughout".split())


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

_INITIAL_OR_TITLE = re.compile(r"(?<![\w.])([A-Z][a-z]*)\.[ \t]+$")


def after_initial_or_title(prose: str, start: int) -> bool:
    """Does the word at ``start`` follow an initial ("D.") or a title ("Mr.", "Sen.")?"""
    match = _INITIAL_OR_TITLE.search(prose, max(0, start - 12), start)
    if match is None:
        return False
    from ..english import titles

    before = match.group(1)
    return len(before) == 1 or before in titles()


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word


def _unlisted_first_name(word: str) -> bool:
    """A capitalised word the names list lacks that has no part of speech in the word list
    and is written as a name ("Megyn", "Jeb", "Reince"): first names given after 1990, which
    the list (1990 US Census) never saw; a surname the story then gives alone still names
    one person when it says something (``_surnames_used_alone``)."""
    return len(word) >= 3 and word.isalpha() and word[0].isupper() and word[1:].islower() and not lx.tags(word.lower())
