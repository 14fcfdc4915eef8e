"""The treebank tokenizer: the words and punctuation of a stretch of text, with exact offsets.

    from newslint.tokens import tokenize
    tokenize(text, start, end)   # [Token(start, end, text), …]; text == text[start:end]

It splits like the Penn Treebank: punctuation apart, clitics apart ("do" "n't", "it" "'s",
"they" "'re", with straight or curly apostrophes; "can" "not"), but keeps numbers ("1,000",
"3.5"), abbreviations ("Mr.", "U.S.") and hyphenated words ("100-year-old", "well-known") whole.
The tagger (``tagger.py``) reads these tokens; rules read them through ``analysis/tags.py``.
``WORD``, ``LETTER_WORD`` and ``LETTER_RUN`` are the plain word patterns rules count words with.

Every pattern that splits prose into words lives here, but for a few fitted to one job. They split
differently on purpose (hyphens, numbers, full stops, clitics, marks), so merging two would
change what the rules reading them see:

- ``tokenize`` (the treebank split): what the tagger was trained on; clitics apart.
- ``DOCUMENT_WORD``: ``Document.words``, what most rules walk; hyphenated words and numbers whole
  ("well-known", "Covid-19", "1,000", "5km"), clitics on their word ("don't").
- ``WORD``, ``LETTER_WORD``, ``LETTER_RUN``: counting and comparing words (see below).
- ``ATTRIBUTION_TOKEN``: the words and marks of a quote's attribution (``analysis/speakers.py``):
  a word keeps its inner and final full stops ("U.S.", "Jr."), and the marks that end a
  speaker's name ("," "—" " - ") are tokens of their own.
- ``NAME_PIECE``: a capitalised piece of a name (``analysis/names.py``): an apostrophe only
  before two more letters ("O'Brien", "D’Souza"), so "Smith's" gives "Smith".

Fitted to one job, and kept beside it:

- ``analysis/vocabulary.py`` ``_TOKEN``: the story vocabulary's tokens over its folded text
  (straight apostrophes only, every mark a token), which the word-class rules read.
- ``furniture.py`` ``_WORD``: page furniture's words, where counters keep their suffix ("1.2k",
  "10+").
- ``analysis/tense.py`` ``_WORDS``: past-tense cues, ASCII words with one lower-case clitic.
- ``checks/missing_article.py`` ``_WORD``, ``checks/missing_be.py`` ``_WORD_OR_MARK``: the last
  few lower-case words (and commas or marks) before a candidate, read from folded text.
- ``lsp/actions.py`` ``_ONE_WORD``: whether a finding's text is one word a user can add to the
  house vocabulary, not a tokenizer.

Where a sentence starts is asked in four ways, each answering a different question:

- ``Vocabulary.starts_sentence(offset)`` (``analysis/vocabulary.py``): does this word follow
  sentence-ending punctuation (``.!?:;``) or open a paragraph? For a capital that proves nothing.
- ``names.is_initial(doc, offset)``: does this word open a sentence of the sentence splitter, a
  paragraph or a quotation ("said: “Tomorrow …", "(Reuters) Officials")? For a name, a capital
  there proves nothing either, so it answers yes more often: on the 65,944 capitalised words of
  the dev docs the two differ on 1,425, which is why they stay two.
- ``ngrams.starts_sentence(tokens, i)``: is this the first word of a tagged sentence, or the
  first after ``.!?:`` in it (opening marks skipped)? For the rules that walk a sentence's
  tokens rather than the story's offsets.
- ``speakers.sentence_start_before(text, start, end)``: where the sentence ending at ``end``
  begins in raw text, abbreviations ("Sen.", "U.S.") not ending it. Unlike the sentence
  splitter (``sentences.py``) it reads the state abbreviations that are words ("Wash.",
  "Miss.") as abbreviations, as attributions write them ("Sen. Patty Murray, D-Wash., said").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .english import abbreviations
from .sentences import BEFORE_NUMBERS

# The word patterns the analyses and rules count and compare words with (no treebank split):
# a word of letters and digits with inner apostrophes ("don't", "O’Brien", "1990s"); the same of
# letters only ("didn't" but not "1990s"); a run of letters (the pieces of "Anglo-Saxon's").
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
LETTER_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
LETTER_RUN = re.compile(r"[^\W\d_]+")
# A word of ``Document.words``: a letter, then letters, digits and inner hyphens, then inner
# apostrophes ("well-known", "Covid-19", "don't"); or a number with its separators and a unit
# stuck to it ("1,000", "10:30", "3.5", "5km"). (The inner hyphens as runs each before more
# word characters, not "[\w\-]*\w", which gave back the word's last character each time:
# the same matches, 7% faster.)
DOCUMENT_WORD = re.compile(r"[^\W\d_]\w*(?:-+\w+)*(?:['’][^\W\d_]+)*|\d+(?:[.,:]\d+)*[^\W\d_]*")
# A word or mark of an attribution ("said Sen. J.R. Smith, D-Wash."): a word keeps inner full
# stops, hyphens and apostrophes and one final full stop; the marks that end a name stand alone.
ATTRIBUTION_TOKEN = re.compile(r"[^\W_]+(?:[’'.\-][^\W_]+)*\.?|[,;:()\[\]—–]|--|\s-\s")
# A capitalised piece of a word: letters, with an inner apostrophe only before two more letters
# ("O'Brien", "D’Souza"), so a possessive ends the piece ("Smith's").
NAME_PIECE = re.compile(r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_]{2}))*")


class Token(NamedTuple):  # a tuple: made in half the time of a dataclass
    start: int
    end: int
    text: str


# A word: letters and digits, joined inside by hyphens, apostrophes, full stops, ampersands,
# slashes between digits, or commas/colons between digits ("1,000", "10:30").
_TOKEN = re.compile(
    r"""
    (?P<word>[^\W_]+(?:(?:[-\u2010\u2011'’.&]|(?<=\d)[,:/](?=\d))[^\W_]+)*)
    | (?P<punct>[.!?]+|(?P<mark>[^\w\s]|_)(?P=mark)*)
    """,
    re.X,
)
# a clitic the treebank splits off its word: "n't", "'s", "'re", "'ve", "'ll", "'d", "'m"
CLITIC = re.compile(r"(?i)(?:n['’]t|['’](?:s|re|ve|ll|d|m))$")
_SPLIT_WORDS = {"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3}


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, each with its offsets into ``text``."""
    if end is None:
        end = len(text)
    tokens: list[Token] = []
    make = tuple.__new__  # a Token made as the tuple it is: a fifth less time
    position = start
    while True:
        match = _TOKEN.search(text, position, end)
        if not match:
            return tokens
        a, b = match.span()
        position = b
        word = match.group()
        if match.lastgroup == "punct":
            tokens.append(make(Token, (a, b, word)))
            continue
        # keep the full stop of an abbreviation or of initials ("Mr.", "U.S.", "J."), as the
        # treebank writes them: the sentence splitter's abbreviations; "No." and the like only
        # before a number
        if b < end and text[b] == "." and (
            word.lower() in abbreviations()
            or ("." in word and len(word) <= 8)
            or (len(word) == 1 and word.isupper())
            or (word.lower() in BEFORE_NUMBERS and text[b + 1 : b + 3].strip()[:1].isdigit())
        ):
            position = b + 1
            tokens.append(make(Token, (a, b + 1, text[a : b + 1])))
            continue
        clitic = CLITIC.search(word) if "'" in word or "’" in word else None  # (every clitic has one)
        cut = a + clitic.start() if clitic and clitic.start() > 0 else None
        if cut is None and word.lower() in _SPLIT_WORDS:
            cut = a + _SPLIT_WORDS[word.lower()]
        if cut is None:
            tokens.append(make(Token, (a, b, word)))
        else:
            tokens.append(make(Token, (a, cut, text[a:cut])))
            tokens.append(make(Token, (cut, b, text[cut:b])))
