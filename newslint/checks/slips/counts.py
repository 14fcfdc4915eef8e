"""The word-pair and triple counts G313 and G314 read (``data/slip_counts.bin``), and the
token tests both share."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ... import memos
from ...datafiles import data_words
from ...english import ARTICLES, DEMONSTRATIVES, POSSESSIVES
from ...wordtable import WordTable
from ..missing_words import headline_style

DATA = Path(__file__).resolve().parents[2] / "data"
TABLE = DATA / "slip_counts.bin"

# The function words G314 judges: those a writer leaves in after an edit that the counts
# tell well from a word that belongs. On injected slips "in", "that", "for", "as" and "to"
# between two common neighbours were as often right as wrong; on news copy a form of "be"
# after a clause that ends without a comma ("the terms they were offered were
# fair", "how old you are is not") was too.
EXTRA_WORDS = frozenset("a an the and of with on".split())
NUMBER = "0"  # every number is counted as this one token
# Keys of the table that are not pairs or words (a tab is never part of a token): the first
# and second words of G313's pairs are listed as FIRST + word and LAST + word; TOTAL holds
# the number of tokens counted.
FIRST = "\t<"
LAST = "\t>"
TOTAL = "\ttotal tokens"
# The first words of the pairs "a ~class" (a word and a kind of word): CLASS_FIRST + word.
CLASS_FIRST = "\t~"

# G313: "a F b" seen at least MISSING_SEEN times and at least MISSING_ODDS times as often as
# "a b" (each count + 1) -> F likely dropped between a and b.
MISSING_SEEN = 20
MISSING_ODDS = 100.0
# ... or, for a word b the pairs do not know well, "a F" + a word of b's kind seen at least
# CLASS_SEEN times and CLASS_ODDS times as often as "a" + a word of that kind ("interested
# expanding": "interested in" + a verb in -ing, 363 to 0). A kind of word is its parts of speech in the lexicon and its ending
# (``word_class``).
CLASS_SEEN = 50
CLASS_ODDS = 100.0
# A noun phrase may open a new clause or a second object after almost any word ("Based on
# the figures the company would", "the middle the better"): before a word that opens one,
# the odds must be higher.
MISSING_ODDS_BEFORE_PHRASE = 300.0
# G314: "a b" seen at least EXTRA_SEEN times and at least EXTRA_ODDS times as often as
# "a F b" (+ 1) -> F likely one too many.
EXTRA_SEEN = 5000
EXTRA_ODDS = 1000.0
# ... and F sits badly beside one of its neighbours: "a F" or "F b" seen at most EXTRA_BESIDE
# times as often as the two words' own frequencies would give by chance ("during of": 0.0002;
# not "closing in on the": "in on" 0.05, "on the" 4.9).
EXTRA_BESIDE = 0.01


@lru_cache(maxsize=1)
def counted_function_words() -> frozenset[str]:
    """The function words counted between two words ("a", "to", "of", "about"), from
    data/slip_function_words.txt; the build script reads the same set."""
    return data_words("slip_function_words.txt")


_ENDINGS = ("ing", "ed", "ly", "s")


def word_class(word: str) -> str | None:
    """The kind of a content word for G313's second chance: its parts of speech in the
    lexicon ("n", "np", "av" …, "?" when it has none) and its ending ("n|s", "v|ed");
    None for a function word, a number or a word with a mark in it."""
    if not word.isalpha() or word in counted_function_words():
        return None
    from ...analysis import lexicon as lx

    ending = next((end for end in _ENDINGS if word.endswith(end) and len(word) > len(end) + 2), "")
    return f"{lx.tags(word) or '?'}|{ending}"


def token_key(lower: str) -> str:
    """A lower-case token as the counts know it: every number is one token."""
    return NUMBER if lower[:1].isdigit() else lower


@lru_cache(maxsize=1)
def table() -> WordTable:
    return WordTable.load(TABLE)


def class_counts(a: str, klass: str) -> tuple[int, str, int]:
    """As ``pair_counts``, for "a" and any word of the kind ``klass`` (see ``word_class``)."""
    return pair_counts(a, "~" + klass)


def pair_counts(a: str, b: str) -> tuple[int, str, int]:
    """(how often "a b" was seen, the function word F most often seen between a and b when
    that triple is far commoner than the pair, how often "a F b" was seen); (0, "", 0) for a
    pair the table does not hold (rare, and no triple far commoner)."""
    value = table().get(f"{a} {b}")
    if value is None:
        return 0, "", 0
    parts = value.decode("ascii").split()
    if len(parts) == 1:
        return int(parts[0]), "", 0
    return int(parts[0]), parts[1], int(parts[2])


def triple_count(a: str, f: str, b: str) -> int | None:
    """How often "a F b" was seen, or None when the table does not hold it (seen less than
    1/1000 as often as its pair "a b", or "a b" itself is not common, or F is not one of
    ``EXTRA_WORDS``)."""
    value = table().get(f"{a} {f} {b}")
    return None if value is None else int(value)


def word_count(word: str) -> int:
    """How often ``word`` was seen, for the words of G314's pairs and its function words."""
    value = table().get(word)
    return 0 if value is None else int(value)


@lru_cache(maxsize=1)
def total() -> int:
    """How many tokens were counted."""
    return int(table().get(TOTAL) or 0)


def beside(a: str, b: str) -> float:
    """How much more often "a b" was seen than the two words' frequencies would give by
    chance (1.0: as often; for the words whose counts the table holds)."""
    na, nb = word_count(a), word_count(b)
    if not na or not nb:
        return 1.0
    return pair_counts(a, b)[0] * total() / (na * nb)


@lru_cache(maxsize=None)
def _in_a_pair(side: str):
    """A test whether a token opens (``side`` FIRST or CLASS_FIRST) or closes (LAST) a
    pair of G313, remembered for each token (a dictionary lookup a token: most tokens of a
    run recur)."""
    known: dict[str, bool] = memos.Memo(16_384)

    def test(token: str) -> bool:
        found = known.get(token)
        if found is None:
            found = known.keep(token, side + token_key(token) in table())
        return found

    return test


@lru_cache(maxsize=20_000)
def _kind_of(word: str) -> str | None:
    return word_class(word)


def _is_word(token) -> bool:
    return token[0][:1].isalnum()


def _paragraph_tokens(doc):
    """(tokens, paragraph) of each paragraph of running prose (not headline style)."""
    vocabulary = doc.analysis("lexicon")
    for index, paragraph in enumerate(doc.paragraphs):
        if headline_style(doc, paragraph):
            continue
        yield vocabulary.tokens_of(index)


def _named(token) -> bool:
    """A word written with a capital inside the sentence: a name, which the counts (in lower
    case) would mix with a common word ("Japan as", "Mark the")."""
    return token[3][:1].isupper()


# Words that open a noun phrase: "gave its members the chance": a plural noun before one of
# them is often a complete first object, however common "of" is between the two.
_OPENS_NOUN_PHRASE = ARTICLES | DEMONSTRATIVES | POSSESSIVES
# Words that open a clause, and words that open a question: "when he came in he sat down",
# "when was the bridge built?" are whole, though "in which he", "when it was" are commoner.
_OPENS_CLAUSE = frozenset("i he she we they you".split())
_ASKS = frozenset("what when where which who why how whether".split())
