"""G313 and G314: a short function word dropped between two words, or written once too often,
judged by how often openly licensed text writes the words with it and without it.

"one the largest", "can used", "during of the parade": writers drop "of", "to", "the", "be"
between two words, and leave one in where it does not belong. A hand-written pattern per word
pair does not reach far; counts do. ``scripts/build_error_model.py`` counts, over 78 million
tokens of openly licensed English (``data/slip_counts_sources.txt``), every word pair "a b"
and every triple "a F b" whose middle is a function word F of ``FUNCTION_WORDS``, and keeps
the pairs that are rare against a triple ("can used": 6 times, "can be used": 4,070 times)
and the common pairs with the triples seen beside them. The odds against the words as written
decide (``MISSING_ODDS``, ``EXTRA_ODDS``, ``EXTRA_BESIDE``), chosen on the tune half of
``scripts/eval_error_model.py`` (Wikipedia text the counts never saw, with function words
deleted and inserted) and checked on news copy (the dev corpus and the real-dev corrected
drafts: no finding on a corrected draft). Both rules are info: on the dev corpus about half
their findings are real slips ("They can done by anyone", "take them up the to the centre").

The table (``data/slip_counts.bin``, a ``newslint.wordtable``, 0.2 MB) is mapped into memory
on first use and searched by bisection, only for pairs whose two words both occur in a pair
of G313 (most pairs never are looked up).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..rule import Context, Rule, accepted, flagged
from ..wordtable import WordTable
from .missing_words import headline_style

DATA = Path(__file__).resolve().parent.parent / "data"
TABLE = DATA / "slip_counts.bin"

# The function words counted between two words; the build script reads this list.
FUNCTION_WORDS = frozenset(
    "a an the to of is are was were be been being that for in on at with and have has had by"
    " from as it this will would can not its their his her there which who than or but into"
    " about after up out".split()
)
# The function words G314 judges: those a writer leaves in after an edit that the counts
# tell well from a word that belongs. On injected slips "in", "that", "for", "as" and "to"
# between two common neighbours were as often right as wrong; on news copy a form of "be"
# after a clause that ends without a comma ("the results they were presented with were
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


_ENDINGS = ("ing", "ed", "ly", "s")


def word_class(word: str) -> str | None:
    """The kind of a content word for G313's second chance: its parts of speech in the
    lexicon ("n", "np", "av" …, "?" when it has none) and its ending ("n|s", "v|ed");
    None for a function word, a number or a word with a mark in it."""
    if not word.isalpha() or word in FUNCTION_WORDS:
        return None
    from ..analysis import lexicon as lx

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
    known: dict[str, bool] = {}

    def test(token: str) -> bool:
        found = known.get(token)
        if found is None:
            found = known[token] = side + token_key(token) in table()
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
_OPENS_NOUN_PHRASE = frozenset("the a an his her its their this that these those my our your".split())
# Words that open a clause, and words that open a question: "when he came in he sat down",
# "when was the bridge built?" are whole, though "in which he", "when it was" are commoner.
_OPENS_CLAUSE = frozenset("i he she we they you".split())
_ASKS = frozenset("what when where which who why how whether".split())


def _rules_given_way_to():
    """The missing-word rules G313 gives way to: each finds one kind of dropped word by its own
    reading of the sentence, and says which word; G313 does not report their spans again."""
    from .missing_article import MissingArticle
    from .missing_be import MissingBe
    from .missing_infinitive_to import MissingInfinitiveTo
    from .missing_preposition import MissingPreposition
    from .missing_to import MissingTo
    from .missing_verb import MissingVerb
    from .ordinal_without_the import OrdinalWithoutThe
    from .superlative_without_the import SuperlativeWithoutThe

    return (
        MissingArticle(), MissingBe(), MissingInfinitiveTo(), MissingPreposition(), MissingTo(),
        MissingVerb(), OrdinalWithoutThe(), SuperlativeWithoutThe(),
    )


class MissingFunctionWord(Rule):
    """A short function word likely dropped between two words ("one the largest", "can used").

    *What it flags*: two words that English text almost never writes side by side, but very
    often with one function word between them ("of", "to", "the", "is" …): "one the largest"
    (with "of": far commoner), "can used" (with "be"). How often each is written was counted
    over about 78 million words of openly licensed English; the finding needs the words with
    the function word seen at least 20 times and at least 100 times as often as the pair as
    written (+ 1). For a second word the counts know too little, its kind stands in (its
    parts of speech and ending): "interested expanding" ("interested in" + a word in -ing: 363
    times; "interested" + one: never), needing 50 sightings and odds of 100.
    Where another missing-word rule (G303-G312) reports the same words, this one gives way.

    *Why it matters*: a dropped word is a slip of fast typing and editing that no spell
    checker sees.

    *Flagged*: "The stadium is one the largest in Europe."

    *Preferred*: "The stadium is one of the largest in Europe."

    *Options*: off by default; switch it on with ``extend-select = ["G313"]``. Measured
    (2026-12-01): it caught none of the 265 real-dev errors, found 0.03 of injected dropped
    words, was right on 2 of 5 findings over 156,000 words of dev-corpus news, and cost about
    5% of a default run; a rule that weak is offered, not run on every save.

    *Known limits*: only one word is looked for, the commonest between the two; the counts
    are of word pairs, so a pair seen too rarely ("a couple controversies") says nothing, and
    a pair at the edge of two phrases may be read as one ("stay there no matter what"). Before
    a word that opens a noun phrase ("the", "his" …) the odds must be 300 to 1, since a new
    clause or a second object may start there. A word with a capital inside a sentence (a
    name) is not judged, nor are a plural noun before "the" ("gave its members the chance"),
    a pronoun that opens a clause, a question word, a number, a part of a hyphenated
    compound, nor headlines, headings and lists, which drop such words by style.
    """

    code = "G313"
    name = "missing-function-word"
    family = "grammar"
    severity = "info"
    default_on = False
    needs = ("lexicon", "quotes", "tags")  # with those of the rules it gives way to
    examples = (
        accepted(""),
        accepted("The centre has had a couple of controversies over the years."),
        flagged("The stadium is one the largest in Europe.", "one the"),
        flagged("“The hall can used for weddings,” said Zoë Müller.", "can used"),
        flagged("The firm is interested expanding abroad.", "interested expanding"),
        accepted("The firm is interested in expanding abroad."),
        accepted("The stadium is one of the largest in Europe, and the hall can be used for weddings."),
        accepted("Rents rose by a third, according the council."),  # G304's
        accepted("The council gave its members the chance to vote."),
        accepted("When he came in he sat down. When was the bridge built?"),
        accepted("Zoë Müller said the couple met in Leeds."),
    )

    def check(self, doc, context: Context):
        found = list(self._candidates(doc))
        if not found:
            return
        # the other missing-word rules' spans, worked out only for a draft with a candidate
        theirs = [(f.start, f.end) for rule in _rules_given_way_to() for f in rule.check(doc, context)]
        for start, end, message, suggestion in found:
            if any(a < end and start < b for a, b in theirs):
                continue
            yield self.finding(doc, start, end, message, suggestions=[suggestion])

    def _candidates(self, doc):
        opens, closes, opens_kind = _in_a_pair(FIRST), _in_a_pair(LAST), _in_a_pair(CLASS_FIRST)
        for tokens in _paragraph_tokens(doc):
            for i in range(len(tokens) - 1):
                first, second = tokens[i], tokens[i + 1]
                words = opens(first[0]) and closes(second[0])
                if not (words or opens_kind(first[0])):
                    continue  # no pair of G313 starts or ends so (nearly every pair)
                if _named(second) and i > 0 or not _is_word(second):
                    continue
                a, b = token_key(first[0]), token_key(second[0])
                if a == b:
                    continue  # a doubled word is S301's
                n, f, m = pair_counts(a, b) if words else (0, "", 0)
                evidence = f"{m:,} to {n:,} in the counted text"
                if not f or m < MISSING_SEEN or m < MISSING_ODDS * (n + 1):
                    klass = _kind_of(b)
                    if klass is None:
                        continue
                    n, f, m = class_counts(a, klass)
                    if not f or m < CLASS_SEEN or m < CLASS_ODDS * (n + 1):
                        continue
                    evidence = f'"{first[0]} {f}" before a word of its kind: {m:,} to {n:,} in the counted text'
                if b in _OPENS_NOUN_PHRASE and (m < MISSING_ODDS_BEFORE_PHRASE * (n + 1) or f == "of" and a.endswith("s")):
                    continue
                if b in _OPENS_CLAUSE or a in _ASKS or b == NUMBER:
                    continue  # "when he came in he sat", "up from 60 percent 20 years ago"
                if i > 0 and tokens[i - 1][0] == "-" or i + 2 < len(tokens) and tokens[i + 2][0] == "-":
                    continue  # a part of a compound: "than year-ago levels"
                start, end = first[1], second[2]
                written_a, written_b = first[3], second[3]
                yield (
                    start,
                    end,
                    (
                        f'"{written_a} {written_b}": check whether "{f}" is missing'
                        f' ("{written_a} {f} {written_b}"; {evidence}).'
                    ),
                    f"{written_a} {f} {written_b}",
                )


class ExtraFunctionWord(Rule):
    """A short function word likely written once too often ("during of the parade").

    *What it flags*: a function word ("the", "a", "an", "of", "with", "on", "and") between two
    words that English text writes side by side very often and almost never with that word
    between them: "during of the parade" ("during the": very common; "during of the": hardly
    ever). How often each is written was counted over about 78 million words of openly
    licensed English; the pair must be seen at least 5,000 times, and at least 1,000 times
    as often as the words with the function word between them, and the function word must
    sit badly beside one of its neighbours ("during of": hardly ever written, though "during"
    and "of" are common words; not "closing in on the"). Where G301 reports two
    determiners in a row ("a her"), this rule gives way.

    *Why it matters*: a word left over from an edit is a slip no spell checker sees.

    *Flagged*: "Crowds gathered during of the parade."

    *Preferred*: "Crowds gathered during the parade."

    *Options*: off by default, like G313 (same measurements); switch it on with
    ``extend-select = ["G314"]``.

    *Known limits*: only the word between two very common neighbours is judged, so most
    extra words ("first was presented") pass; "in", "that", "for", "as", "to" and the forms
    of "be" are not judged, since between two common neighbours they were as often right as
    wrong. A word
    with a capital inside a sentence (a name) is not judged, nor are headlines, headings
    and lists.
    """

    code = "G314"
    name = "extra-function-word"
    family = "grammar"
    severity = "info"
    default_on = False
    needs = ("lexicon", "tags")  # with those of G301, which it gives way to
    examples = (
        accepted(""),
        flagged("Crowds gathered during of the parade.", "during of"),
        flagged("“We met during of the parade,” said José Álvarez.", "during of"),
        accepted("Crowds gathered during the parade, and some of the crowd sang."),
        accepted("Zoë Müller gave one of a her books to a friend."),  # G301 reports "a her"
    )

    def check(self, doc, context: Context):
        found = list(self._candidates(doc))
        if not found:
            return
        from .determiners import TwoDeterminers

        # G301 says which of two determiners is left over ("a her"): G314 gives way to it
        theirs = [(f.start, f.end) for f in TwoDeterminers().check(doc, context)]
        for start, end, message, suggestion in found:
            if any(a < end and start < b for a, b in theirs):
                continue
            yield self.finding(doc, start, end, message, suggestions=[suggestion])

    def _candidates(self, doc):
        for tokens in _paragraph_tokens(doc):
            for i in range(1, len(tokens) - 1):
                middle = tokens[i]
                f = middle[0]
                if f not in EXTRA_WORDS:
                    continue
                first, second = tokens[i - 1], tokens[i + 1]
                if not (_is_word(first) and _is_word(second)) or _named(second) or _named(first) and i > 1:
                    continue
                a, b = token_key(first[0]), token_key(second[0])
                if a == f or b == f:
                    continue  # a doubled word is S301's
                n, _, _ = pair_counts(a, b)
                if n < EXTRA_SEEN:
                    continue
                m = triple_count(a, f, b) or 0
                if n < EXTRA_ODDS * (m + 1):
                    continue
                if min(beside(a, f), beside(f, b)) > EXTRA_BESIDE:
                    continue  # F sits well beside both neighbours: "closing in on the"
                written = middle[3]
                yield (
                    first[1],
                    middle[2],
                    (
                        f'"{written}" may be one word too many: "{first[3]} {second[3]}" is far commoner'
                        f' than "{first[3]} {written} {second[3]}" ({n:,} to {m:,} in the counted text).'
                    ),
                    first[3],
                )
