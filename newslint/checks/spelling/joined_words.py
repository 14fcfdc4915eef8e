"""S105: two words written as one where grammar and the words around them want the two
("they meet everyday.", "for sometime.", "to setup the server", "a goodnight's sleep").

The mirror of S104 (``split_compound``): there two words are one word split by a space; here
one word ("everyday", "awhile", "setup") is a real word, but so are its two halves. Grammar
first says where only the two words can stand (``reading``: a plain verb's place, a
preposition's object, an adjective that describes no noun, a possessive), then the words on
either side, weighed by the counts as S104 weighs them, must favour the two words. The joined words are those of
``data/joined_words.txt`` (``scripts/build_joined_words.py``): a common word of the lexicon
that two words of the lexicon make, which the counts (``near_words``: about 78 million words
of openly licensed English, the Wikipedia files text_AD_wiki_80 to 99 left out) write as two
at least a twentieth as often as they write it as one. The weighing is S104's, turned round.
"""

from __future__ import annotations

from functools import lru_cache

from ...analysis import lexicon as lx
from ...datafiles import DATA, data_lines
from ...rule import Rule, accepted, flagged
from ..confusables import near_words
from ..confusables.base import running_text
from ...english import BE_FORMS, PREPOSITIONS
from .split_compound import _margin, _neighbour

JOINED_FILE = DATA / "joined_words.txt"

# How much better (natural log) the two words must fit their neighbours than the one word.
CONTEXT_MIN = 2.0


@lru_cache(maxsize=1)
def joined_words() -> dict[str, tuple[str, str]]:
    """Joined word -> its two halves, from ``data/joined_words.txt``."""
    found = {}
    for line in data_lines(JOINED_FILE.name):
        joined, a, b = line.split()[:3]
        found[joined] = (a, b)
    return found


# The particles of a phrasal verb ("set up", "break out", "give away"): a noun made of a
# verb and one of these ("setup", "breakout", "giveaway") is no verb itself.
PARTICLES = frozenset("up down out off over away back in on through around".split())
# A determiner that makes, with a noun, an adverb or adjective written as one ("every day":
# "everyday"; "any time": "anytime"; "some time": "sometime"; "a while": "awhile").
_DETERMINERS = frozenset("a any some every no".split())
_NOT = frozenset(("not", "never", "n't"))


def _verb_slot(tokens, i: int) -> bool:
    """Does the grammar want a plain verb at ``i``: after the "to" of an infinitive (not
    one that makes "to" a preposition: "due to", "led to"), after a modal or "do" ("will
    setup", "didn't login"), "not" or "never" between?"""
    from ..verb_slips import DO, MODALS, prepositional_to

    j = i - 1
    if j >= 0 and tokens[j][0] in _NOT:
        j -= 1
    if j < 0:
        return False
    before = tokens[j][0]
    if before == "to":
        return j > 0 and tokens[j - 1][0] not in prepositional_to()
    return before in MODALS or before in DO


def reading(tokens, i: int, word: str, a: str, b: str) -> str | None:
    """Which grammar wants the two words at ``i`` rather than ``word``, if any:
    - "verb": a noun made of a verb and its particle where a plain verb must stand ("to
      setup the server", "will breakup"), no noun after it;
    - "object": an adverb made of a determiner and a noun after a preposition, which takes a
      noun ("for sometime", "in anyway");
    - "adverb": an adjective made of a determiner and a noun that describes no noun ("they
      meet everyday.": "every day");
    - "possessive": a word of no noun class with a possessive ("a goodnight's sleep");
    - "partitive": "everyone" or "anyone" opening its clause before "of" and a determiner or
      an object pronoun ("Everyone of the players was tested": every one); not after a
      verb, whose object it may be ("reminded everyone of the risks");
    - "noun": "a" and a noun as one word before "of", after "be", "become", "feel",
      "remain" or an object pronoun ("is apart of the team": a part)."""
    if word in _PARTITIVE and _partitive(tokens, i):
        return "partitive"
    if a in ("a", "an") and "n" in lx.tags(b) and _noun_before_of(tokens, i):
        return "noun"
    tags, after = lx.tags(word), lx.tags(tokens[i + 1][0]) if i + 1 < len(tokens) else ""
    if b in PARTICLES and "n" in tags and "v" not in tags and "v" in lx.tags(a):
        if _verb_slot(tokens, i) and "n" not in after:  # (not "to startup firms")
            return "verb"
        return None
    if a not in _DETERMINERS or "n" not in lx.tags(b) or "n" in tags or "v" in tags:
        return None
    if "r" in tags and i and tokens[i - 1][0] in PREPOSITIONS:
        return "object"
    if tags == "a" and not set(after) & set("na"):
        return "adverb"
    return None


# Words after which "a" and a noun before "of" is a predicate or an object ("is apart of the
# team", "made them apart of"): a form of "be", "become", "feel" or "remain", an object
# pronoun. Not after a noun or a verb's "-ing" form, whose own phrase "apart of" may
# continue ("the breaking apart of", "the distance apart of").
_PREDICATE_BEFORE = BE_FORMS | frozenset(
    "am become becomes became becoming feel feels felt remain remains remained them him her us me it".split()
)

_BETWEEN = frozenset("not never also now still all both".split())


def _noun_before_of(tokens, i: int) -> bool:
    """A word of "a" and a noun ("apart") between a word of ``_PREDICATE_BEFORE`` and "of":
    the phrase is "a part of" ("is apart of the team")."""
    if not 0 < i or i + 1 >= len(tokens) or tokens[i + 1][0] != "of":
        return False
    k = i - 1
    while k > 0 and tokens[k][0] in _BETWEEN:
        k -= 1  # "is not apart of", "are also apart of"
    return tokens[k][0] in _PREDICATE_BEFORE


_PARTITIVE = frozenset(("everyone", "anyone"))
_OF_WHAT = frozenset("the them us these those his her their its our my your".split())
# What may stand before a subject that opens its clause.
_CLAUSE_OPENERS = frozenset((".", "!", "?", ";", ":", ",", "“", '"', "and", "but", "because", "when", "if", "although", "since", "while"))


def _partitive(tokens, i: int) -> bool:
    return (
        i + 2 < len(tokens)
        and tokens[i + 1][0] == "of"
        and tokens[i + 2][0] in _OF_WHAT
        and (i == 0 or tokens[i - 1][0] in _CLAUSE_OPENERS)
    )


def joins(tokens, prose: str, context_min: float = CONTEXT_MIN):
    """(position, "a b", margin) of each word of a paragraph's tokens that grammar and the
    counts say is two words written as one."""
    if not running_text(tokens):
        return
    table = near_words.counts()
    words = joined_words()
    for i, (word, start, end, written) in enumerate(tokens):
        own = ""
        if word.endswith("'s") and word[:-2] in words:
            word, own = word[:-2], "'s"  # "a goodnight's sleep": the counts write "night's" whole
        halves = words.get(word)
        if halves is None or not (written.islower() or word in _PARTITIVE and written.istitle() and (i == 0 or tokens[i - 1][0] in ".!?“\"")):
            continue  # (a capital only where "Everyone" opens a sentence)
        if prose[end : end + 1] == "-" or (start and prose[start - 1] == "-"):
            continue  # a part of a compound: "a setup-time", "post-breakup"
        a, b = halves
        if own:  # a possessive: of a noun, so an adjective and a noun ("good night's")
            if lx.tags(word) or "a" not in lx.tags(a) or "n" not in lx.tags(b):
                continue
            why = "possessive"
        else:
            why = reading(tokens, i, word, a, b)
            if why is None:
                continue
        left, right = _neighbour(tokens, i - 1), _neighbour(tokens, i + 1)
        if left is None or right is None:
            continue
        margin = -_margin(table, left, a, b + own, right, word + own)
        if margin >= context_min:
            yield i, f"{a} {b}{own}", margin, why


class JoinedWords(Rule):
    """Two words written as one: "to setup an office", "walks there everyday", "for sometime".

    *What it flags*: a word that is also two words side by side, where grammar wants the two
    and, in about 78 million words of openly licensed English, the two words fit the words on
    either side far better than the one does (by S104's weighing, turned round). Grammar
    wants the two in six places: a noun made of a verb and its particle where a plain verb
    must stand, after the "to" of an infinitive, a modal or "do" ("wants to setup a new
    office", "will shutdown the plant": "set up", "shut down"); an adverb made of a
    determiner and a noun as a preposition's object ("waited for sometime.", "not in anyway
    to blame"); an
    adjective made of a determiner and a noun that describes no noun ("walks to the office
    everyday": "every day"); a word of no noun class with a possessive ("a goodnight's
    sleep": "good night's"); and "everyone" or "anyone" opening its clause before "of" and
    a determiner or an object pronoun ("Everyone of the players was tested": "Every one";
    not after a verb, whose object it may be: "reminded everyone of the risks"); and "a" and
    a noun as one word before "of" after "be", "become", "feel", "remain" or an object
    pronoun ("is not apart of the team": "a part"; not "the breaking apart of": over the 17
    lines with "apart of" of all 400 Wikipedia files, PolNeAR and the dev corpus, 5
    findings, all right). Over the
    9 sentences of all 400 Wikipedia files and the PolNeAR articles with "everyone/anyone of
    the/them/...", 2 findings, both right ("Everyone of the men buried in the cemetery",
    "Everyone of them, including").

    *Why it matters*: a spell checker passes the joined word; the reader stumbles on a noun
    used as a verb or an adjective used as an adverb, and a copy editor splits it.

    *Flagged*: "The council wants to setup a new office in the town, the mayor said."

    *Preferred*: "The council wants to set up a new office in the town, the mayor said."

    *Options*: the code can be re-graded or switched off (``[severity]``, ``ignore``).

    *Known limits*: the joined word used as it should be is left alone ("the setup of the
    office", "an everyday problem", "grants to startup firms": a noun after it), and so are
    words inside direct quotes, capitalised words (but "Everyone" opening a sentence), parts of a hyphenated compound and joined
    words the counts write as two less than once for every twenty times they write them as
    one (``data/joined_words.txt``, 683 words). The joined word as a noun after a name
    ("a reference to the U.S. everyday") is read as an adverb. "a" and a noun ("abroad",
    "asleep", "along") meet all the grammar above, and only the counts keep them quiet.

    *How sure*: advice (info), on by default. Read on real copy (typo19, 2026-12-02): the dev
    corpus's news (156,000 words), no finding; Wikipedia AD_80-99 (3.2 million words the
    counts never saw), 6 findings, 5 right ("to cleanup the waste", "to getaway and enjoy",
    "to breakout of", "everyday" after a verb's object twice; wrong: "the U.S. everyday";
    "to startup firms" went with the test for a noun after it). Real writers' errors (``scripts/eval_real_edits.py
    --args "--select S105"``): tune 2 of 500 ("led you to breakup originally", "a goodnight's
    sleep", the two misses the classes were read from), held-out 0 of 522, no finding at an
    untouched word on either half. Every word that two words make, weighed by the counts
    alone, was tried first and not kept: 107 findings on AD_80-99 and news, most of them
    closed compounds and words with a prefix ("healthcare", "freshwater", "insignificant").
    """

    code = "S105"
    name = "joined-words"
    family = "spelling"
    severity = "info"
    default_on = True
    needs = ("lexicon",)
    quotes = "skip"
    examples = (
        flagged("The council wants to setup a new office in the town, the mayor said.", "setup"),
        flagged("The mayor said she walks to the office everyday, rain or shine.", "everyday"),
        flagged("He had not had a goodnight's sleep in weeks, the coach said.", "goodnight's"),
        flagged("The firm will shutdown the plant in May, its chief said.", "shutdown"),
        flagged("Everyone of the players was tested, and anyone of them could play.", "Everyone", "anyone"),
        flagged("The coach said on Monday that the striker is not apart of the team this season.", "apart"),
        accepted("The breaking apart of the empire began in the north, and the two towns lie far apart of late."),
        accepted("The coach reminded everyone of the risks; everyone on the team agreed."),
        accepted(""),
        accepted("The council wants to set up a new office in the town, the mayor said."),
        accepted("The setup of the new office took weeks, the mayor said."),
        accepted("It is an everyday problem for the town, the mayor said."),
        accepted("Residents returned from abroad in March, officials said."),
        accepted("Officials said grants will go to startup firms in the city."),
        accepted("Guards were asleep when the fire started, police said."),
        accepted("“We want to setup a new office,” the mayor said to reporters."),
        accepted("\"We want to setup a new office,\" the mayor said to reporters."),
    )

    def check(self, doc, context):
        vocabulary = doc.analysis("lexicon")
        prose = doc.prose
        for index in range(len(doc.paragraphs)):
            tokens = vocabulary.tokens_of(index)
            for i, pair, _, _ in joins(tokens, prose):
                start, end, written = tokens[i][1], tokens[i][2], tokens[i][3]
                suggestion = lx.recase(pair, written)
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"Check whether \"{written}\" should be two words, \"{suggestion}\".",
                    suggestions=[suggestion],
                )
