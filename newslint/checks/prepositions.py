"""G302: a preposition the word before it essentially never takes ("relevant on", "depend of")."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..analysis import lexicon as lx
from ..datafiles import data_lines, data_text
from ..english import ARTICLES, DEMONSTRATIVES, POSSESSIVES, word_set
from ..rule import Context, Rule, accepted, flagged

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "governed_prepositions.txt.gz"
NUMBER = "#"
PREPOSITIONS = frozenset(
    "about against among at between by for from in into of on onto over through to toward towards"
    " under upon with within without".split()
)
# Skipped before the word that says what a prepositional phrase is about ("on the Monday").
SKIPPED_DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVES | word_set("some any")

# The prepositions reported as the wrong one: those that complete a word ("relevant to",
# "interested in"). "among", "between", "within", "without", "against", "over", "through",
# "under", "by" ... open phrases of their own after almost any word ("leads among women",
# "returned against their will", "leads by a wide margin").
REPORTED = frozenset("in on at for of to with from about into".split())
# After a verb, these open a phrase of purpose, topic or destination as readily as they complete
# it ("found for the industry", "added about the rival", "added into the mix"): reported after
# adjectives only ("interested for", "interested about").
AFTER_ADJECTIVES_ONLY = frozenset("for about into".split())

# The gap counts (checks/slips/gaps.py): a preposition is reported when the four contexts of
# its place (one and two words each side) favour another preposition by more than this
# (summed log-odds), chosen on the tune half of scripts/eval_error_model.py --gaps: 0.07 of
# injected swaps found at 0.02 findings per 1,000 untouched words (held out: 0.06 at 0.00).
SWAP_MARGIN = 12.0

_OBJECT_WORDS = frozenset("him her them me us it you whom which what whose each every all both".split())


def to_is_preposition(word: str, written: str) -> bool:
    """Is "to" before ``word`` (lower case, a number as NUMBER; ``written`` as in the text) surely
    a preposition, not an infinitive's ("to the inquiry", "to 2019", "to Paris"; not "to work")?"""
    if word == NUMBER or written[:1].isupper() or word in SKIPPED_DETERMINERS or word in _OBJECT_WORDS:
        return True
    tags = lx.tags(word)
    return bool(tags) and "v" not in tags and "x" not in tags


# A word is judged when its commonest preposition takes at least TOP_SHARE of the prepositions
# seen after it and follows at least GOVERNS of all its uses (a word that mostly stands without
# a preposition takes any phrase of time or place after it: "members on the board"); a
# preposition is reported when it takes at most RARE_SHARE of the prepositions after the word.
TOP_SHARE = 0.7
GOVERNS = 0.2
RARE_SHARE = 0.01
# A phrase ("on monday", "in #") that opens a clause in at least this share of its uses in the
# counted text is read as a phrase of its own, not the complement of the word before it (the
# build keeps only those).
OPENER_SHARE = 0.05

_PREPOSITION_AFTER_WORD = re.compile(
    r"(?<=[a-z] )(?:" + "|".join(sorted(PREPOSITIONS, key=lambda p: (-len(p), p))) + r")(?![\w'’-])"
)


class Governed(NamedTuple):
    """How often one word is written in the counted text, and each preposition after it."""

    uses: int
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def usual(self) -> tuple[str, int]:
        return max(self.counts.items(), key=lambda item: item[1])


class Table(NamedTuple):
    rows: dict[str, str]  # word -> "uses<TAB>prep:count ...", read into a Governed on first use
    openers: "Openers"  # "on monday", "in #": phrases that open a clause of their own


class Openers:
    """The phrases of the file's "@" lines, asked about by searching its text: a phrase is
    asked about only once a preposition looks wrong, and a set of the 11,000 phrases cost
    ~2.5 ms of a one-draft run."""

    def __init__(self, text: str):
        self._text = text  # the file's text: "...\n@<TAB>phrase<TAB>share ..."

    def __contains__(self, phrase) -> bool:
        if not isinstance(phrase, str) or "\t" in phrase or "\n" in phrase:
            return False
        text, key = self._text, "\n@\t" + phrase
        if text.startswith(key[1:]) and self._ends_field(len(key) - 1):  # on the first line
            return True
        at = text.find(key)
        while at >= 0:
            if self._ends_field(at + len(key)):
                return True
            at = text.find(key, at + len(key))
        return False

    def _ends_field(self, at: int) -> bool:
        return at == len(self._text) or self._text[at] in "\t\n"


@lru_cache(maxsize=1)
def table() -> Table:
    """The counts of data/governed_prepositions.txt.gz (scripts/build_preposition_data.py),
    read on first use; a word's counts are parsed only when it is looked up."""
    text = data_text(DATA_FILE.name)
    # the words' lines come before the phrases' ("@"; the build script writes them so, and
    # tests/test_prepositions.py checks the file): only they are read into a dictionary, by
    # ``re`` in C (a loop over all 11,000 lines in Python cost ~4 ms of a one-draft run).
    # (Counting the lines after them to check that at every start cost ~1.3 ms, and a copy of
    # the text after a newline ~0.2 ms and ~450 kB.)
    cut = text.find("\n@\t")
    return Table(dict(_ROW.findall(text if cut < 0 else text[:cut])), Openers(text))


# a word's line: "word<TAB>uses<TAB>prep:count ..."
_ROW = re.compile(r"^([^@#\t\n][^\t\n]*|@[^\t\n]+)\t([^\n]*)$", re.MULTILINE)


@lru_cache(maxsize=4096)
def governed(word: str) -> Governed | None:
    """How often ``word`` is written and each preposition after it; None when not counted."""
    row = table().rows.get(word)
    if row is None:
        return None
    uses, counts = row.split("\t")
    return Governed(int(uses), {p: int(n) for p, n in (item.split(":") for item in counts.split())})


def unusual(word: str, preposition: str) -> str | None:
    """The preposition ``word`` overwhelmingly takes when it essentially never takes
    ``preposition``; None when the counts do not say so."""
    if preposition not in REPORTED:
        return None
    if preposition in AFTER_ADJECTIVES_ONLY and "a" not in lx.tags(word):
        return None
    counted = governed(word)
    if counted is None or not judged(word, counted):
        return None
    usual = counted.usual[0]
    if usual == preposition or counted.counts.get(preposition, 0) > RARE_SHARE * counted.total:
        return None
    return usual


def judged(word: str, counted: Governed) -> bool:
    """Does one preposition follow ``word`` in most of its uses, enough to judge another?"""
    usual, count = counted.usual
    if usual == "by" or not _judged_word(word, usual):
        return False  # "replaced by": the doer of a passive, after which any phrase may follow
    return count >= TOP_SHARE * counted.total and count >= GOVERNS * counted.uses


def _judged_word(word: str, usual: str) -> bool:
    """An adjective or verb that is not also a plural noun, a verb in -s or an adverb ("leads",
    "ahead", "due"), nor a noun unless an adjective too ("married") whose preposition is not
    "of" ("a majority of"): nouns and adverbs take phrases of time, place and manner after them
    ("a response about health care", "the road ahead for the party", "due on Monday")."""
    tags = lx.tags(word)
    if not set(tags) & set("av") or "p" in tags or "r" in tags:
        return False
    return "n" not in tags or "a" in tags and usual != "of"


def _abbreviated(tokens, i: int) -> bool:
    """Does the word the preposition at ``tokens[i]`` introduces end in a full stop straight
    after it ("on Nov. 1", "at St. Mary's"): an abbreviation, perhaps of a date or a name."""
    j = i + 2 if tokens[i + 1][0] in SKIPPED_DETERMINERS else i + 1
    return j + 1 < len(tokens) and tokens[j + 1][0] == "." and tokens[j + 1][1] == tokens[j][2]


def _phrase_word(tokens, i: int) -> tuple[str, str] | None:
    """The word a preposition at ``tokens[i]`` introduces (a determiner skipped), lower case and
    as written; None when the preposition ends its clause."""
    j = i + 1
    if j < len(tokens) and tokens[j][0] in SKIPPED_DETERMINERS:
        j += 1
    if j >= len(tokens) or not tokens[j][0][0].isalnum():
        return None
    word, written = tokens[j][0], tokens[j][3]
    return (NUMBER if word[0].isdigit() else word), written


class UnusualPreposition(Rule):
    """A preposition the word before it essentially never takes ("relevant on").

    *What it flags*: an adjective or verb followed by a preposition that the counted text (66
    million words of Wikipedia, public-domain books and speeches) almost never puts after it,
    when one other preposition follows it in most of its uses: "relevant on" for "relevant
    to", "depend of" for "depend on", "interested for" for "interested in". Reported as advice.
    Also a preposition the words around it hardly ever hold when they very often hold another
    ("one on the largest": "of"), judged by the gap counts of G313 (``checks/slips/gaps.py``:
    one and two words each side, about 78 million words counted), whose summed log-odds must
    pass 12 (``SWAP_MARGIN``).

    *Why it matters*: the preposition a word governs is fixed by usage, not by logic; a wrong
    one is a slip a reader notices and a spell checker passes.

    *Flagged*: "The findings are relevant on the inquiry."

    *Preferred*: "The findings are relevant to the inquiry."

    *Options*: off by default; switch it on with ``extend-select = ["G302"]``. Measured on real
    copy (2026-12-02), it was right about one time in 25: on every agreed error of GMEG-wiki's
    and CWEB's dev sentences (``scripts/eval_real_edits.py``, both halves, 153,000 words) it
    found 1 of 39 wrong prepositions ("relevant on dependency theory") against 10 findings at
    words no annotator touched or touched for something else ("dependent for our provisions",
    "searching on the two types", "a plaque ... for your greeting"); over 625,000
    words of PolNeAR's political news it made 12 findings, none of them a slip ("rooted for
    the Eagles", "spent $80,000 combined on mailers", "involved on a weekly basis", "ranged
    from skeptical to hostile"), and over the dev corpus's news one ("has to be found of
    harvesting"). The share a preposition takes after a word cannot tell them apart: the
    one right finding's preposition took 0.9% of those after its word, the wrong ones 0.1%
    to 0.8%. The gap counts' part found nothing on that real copy, right or wrong; weighed
    with the contexts of one side too ("the study _", "_ the fourth night", as S211 weighs a
    slip; ``scripts/eval_real_gaps.py``, swap+sides), every other preposition tried, they
    put 5 | 7 of the 14 | 25 wrong prepositions (tune | held out) above a margin of 2, but
    with about 500 findings a half at words nobody touched; above 8, 0 | 1 against 13 | 11.
    Two more count models, measured and not shipped (2026-12-02,
    ``scripts/eval_preposition_counts.py`` as the check command of
    ``scripts/eval_real_edits.py``; counts of 380 Wikipedia files, text_AD_wiki_80..99 left
    out; every figure agreed errors found | findings at untouched words, tune half then
    held-out half). The word before with what follows the preposition (a determiner's kind
    and the class of the word after: "relevant on [noun]"), any word, nouns too, reported
    when the word and that class were seen with another preposition at least 300 times and
    with the written one at most once: 0 | 1 and 0 | 2, and 118 findings on text_AD_wiki_80..99
    (3.2 million words), about one in six right ("resulted with strong sales"); at 50 times,
    twice and no share asked of the word, 2 | 44 and 3 | 45 (wrong prepositions 1 of 14 and
    2 of 25); at 30, 6 | 94 and 10 | 94. The phrase "P (determiner) noun P2" ("at the cost
    of", "in hopes of"), each preposition weighed as naive Bayes of the word before it and
    the rest of the phrase (for P2: the phrase before it and the class after): log-odds
    above 2.5, 7 | 56 and 3 | 58; above 6, 0 | 2 and 1 | 2, with 46 findings on
    text_AD_wiki_80..99, about one in twelve right ("in honor to"); P read only where
    nothing before it can govern it (a mark, "and", "but", a sentence's start), 2 | 2 and
    0 | 0, with 81 findings on text_AD_wiki_80..99, none right in a sample of twelve
    ("in the time of", "with the export of"). A noun's preposition is as often an adjunct
    ("members with P2 connections", "focused with mirrors") as its complement, and the
    word that governs a preposition is often further left than one word ("the effect of the
    environment on the forms of"): neither the word before nor the phrase after decides.

    *Known limits*: the preposition may open a phrase of its own rather than complete the word
    before it ("relevant on Monday", "interested in 2019 for"): a phrase that opens a clause
    in at least 5% of its uses in the counted text ("on Monday", "in 2019", "for example"), an
    abbreviation after the preposition ("on Nov. 1") and a preposition that ends its clause are
    left alone. Nouns, adverbs, words in -s and the "by" of a passive ("replaced by") are not
    judged, nor "among", "between", "over", "by" and the like as the wrong word: phrases of
    time, place and manner follow them freely. On 886,000 words of published news it still
    finds about one phrase in 60,000 words that is right ("rooted for the Eagles", "ranged to
    national security"), hence advice (info), never a fix. The gap counts judge no preposition
    beside a number (they fold every number into one: "by 2022" and "in 2022" look alike
    there, and news is full of them) nor one that opens a paragraph. On injected swaps in
    held-out Wikipedia (``scripts/eval_error_model.py``, 2026-12-01) they raised the share
    found from 15 to 32 of 800 (tune) and 10 to 33 of 800 (held out), with no more findings
    on the untouched drafts; over the dev corpus and the odd real-dev drafts they added none.
    """

    code = "G302"
    name = "unusual-preposition"
    family = "grammar"
    severity = "info"
    default_on = False
    needs = ("lexicon",)
    examples = (
        accepted(""),
        accepted("The findings are relevant to the inquiry."),
        flagged("The findings are relevant on the inquiry.", "on"),
        flagged("Relevant, said Zoë Müller, is a word; the result will depend of the weather.", "of"),
        flagged("\u201cIt is relevant on dependency theory,\u201d said José Álvarez.", "on"),
        flagged('"It is relevant on dependency theory," she said.', "on"),
        accepted("The ruling became relevant on Monday, when the court met in 2019."),
        accepted("The price will depend on the weather, depending on whether it rains."),
        accepted("Nobody knew which law was relevant in."),
        accepted("Es ist relevant on"),
        flagged("The hall is one on the largest in Europe.", "on"),
        accepted("The hall is one of the largest in Europe, and rents rose 4% on the year."),
    )

    def check(self, doc, context: Context):
        reported = set()
        for finding in self._governed(doc):
            reported.add(finding.start)
            yield finding
        for finding in self._in_context(doc):
            if finding.start not in reported:
                yield finding

    def _in_context(self, doc):
        """A preposition the words around it hardly ever hold, when they very often hold
        another (``checks/slips/weigh.py``): "took part at the race" ("in")."""
        from .slips import weigh  # here, not at the top: a cold run need not load the counts

        for tokens, edit in weigh.in_context(doc, "swap", SWAP_MARGIN):
            j = edit.first
            if any(token[0][:1].isdigit() for token in tokens[max(0, j - 2) : j + 3]):
                continue  # the counts fold every number into one: "by 2022", "in 2022"
            written = tokens[j][3]
            usual = edit.filler.capitalize() if written[:1].isupper() else edit.filler
            before = f"{tokens[j - 1][3]} " if j > 0 and tokens[j - 1][0][:1].isalnum() else ""
            yield self.finding(
                doc,
                tokens[j][1],
                tokens[j][2],
                f'"{before}{written}": check whether "{usual}" was meant (the words around it'
                f' hold "{edit.filler}" far more often than "{tokens[j][0]}" in the counted text).',
                suggestions=[usual],
            )

    def _governed(self, doc):
        vocabulary = doc.analysis("lexicon")
        openers = table().openers
        for _, tokens, i in vocabulary.token_hits(_PREPOSITION_AFTER_WORD):
            preposition = tokens[i][0]
            head, _, head_end, head_written = tokens[i - 1]
            if head_written != head or not head.isalpha() or head_end + 1 != tokens[i][1]:
                continue
            usual = unusual(head, preposition)
            if usual is None:
                continue
            following = _phrase_word(tokens, i)
            if following is None:
                continue  # "which law was relevant in.": the preposition ends its clause
            word, written = following
            if preposition == "to" and not to_is_preposition(word, written):
                continue  # "interested to hear": an infinitive
            if f"{preposition} {word}" in openers or written[:1].isupper() and _abbreviated(tokens, i):
                continue  # "relevant on Monday", "interested in 2019": a phrase of its own
            shown = tokens[i][3]
            yield self.finding(
                doc,
                tokens[i][1],
                tokens[i][2],
                f"\"{head_written} {shown}\": \"{head_written}\" is almost always followed by"
                f" \"{usual}\"; check whether \"{head_written} {usual}\" was meant.",
                suggestions=[usual],
            )
