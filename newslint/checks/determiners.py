"""Determiner rules: G104 "our's", G301 two determiners in a row, G309 an article before a comma.

A noun phrase has at most one *central* determiner: an article (a, an, the), a demonstrative
(this, that, these, those) or a possessive (my, your, his, her, its, our, their). Words that
stand before one ("all the", "both the", "half the", "such a", "what a", "quite a", "many a")
are predeterminers, and words after one ("the same", "this one", "my next") are adjectives
or numbers; neither kind is a central determiner, so G301 never needs a list of them. The
two readings of a pair that are grammatical come from words that are also pronouns: "gave
her the book" (an object), "is this the end" (a subject), "said that the" (a conjunction).
G301 therefore only starts from words that can be nothing but a determiner.

A plural after "a", "each" or "every" ("a women") is G202's (``checks/agreement/``). This module
keeps the table it reads to leave alone plural forms that are singular nouns too ("a means",
"a crossroads", "an innings"): ``singular_plurals.txt``, built by
``scripts/build_determiner_data.py`` from the plurals of ``noun_forms.txt.gz`` (``plurals``),
loaded the first time it is asked.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from ..analysis import lexicon as lx
from ..datafiles import data_lines
from ..rule import Context, Rule, accepted, flagged
from ..sorted_words import SortedWords
from .missing_words import tokens_at
from .verbs import _noun_lines, nouns_by_plural

_HEADING_KINDS = ("headline", "heading", "table")


@lru_cache(maxsize=1)
def plurals() -> "Plurals":
    """Plural -> singular for every count noun of ``noun_forms.txt.gz`` ("women" -> "woman")."""
    return Plurals(_noun_lines(), nouns_by_plural())


class Plurals(Mapping):
    """Plural -> singular, read as a dictionary is. A plural's singular is worked out when it is
    looked up, from the sets of nouns taking "-s", "-es" and "-ies" (a dictionary of every
    plural cost ~5 ms of a one-draft run); iterating builds that dictionary (``_every``).
    A plural that is itself a listed singular ("bases" of "base" and of "basis") is left out."""

    def __init__(self, lines: dict[str, str], by_plural: tuple[SortedWords, SortedWords, SortedWords]):
        """``lines``: ``noun_forms.txt.gz`` by kind; ``by_plural``: its nouns taking "-s",
        "-es" and "-ies" (``verbs.nouns_by_plural``, shared with ``plural_of``)."""
        self._lines = lines
        self._s, self._es, self._ies = by_plural  # the "-ies" nouns all end in "y"
        self._other: dict[str, str] = {}
        for entry in lines["other"].split():
            singular, _, plural = entry.partition(":")
            self._other.setdefault(plural, singular)
        self._other_singulars = frozenset(entry.partition(":")[0] for entry in lines["other"].split())
        self._all: dict[str, str] | None = None

    def get(self, plural, default=None):
        if not isinstance(plural, str) or self._is_singular(plural):
            return default
        # the order the dictionary was once filled in: -s, -es, -ies, then the others
        if plural.endswith("s") and plural[:-1] in self._s:
            return plural[:-1]
        if plural.endswith("es") and plural[:-2] in self._es:
            return plural[:-2]
        if plural.endswith("ies") and plural[:-3] + "y" in self._ies:
            return plural[:-3] + "y"
        found = self._other.get(plural)
        if found is not None:
            return found
        # the prop-word "one" ("the red one", "the red ones") is no count noun of the table
        return "one" if plural == "ones" else default

    def _is_singular(self, word: str) -> bool:
        return word in self._s or word in self._es or word in self._ies or word in self._other_singulars

    def __getitem__(self, plural: str) -> str:
        found = self.get(plural)
        if found is None:
            raise KeyError(plural)
        return found

    def __contains__(self, plural) -> bool:
        return self.get(plural) is not None

    def __iter__(self):
        return iter(self._every())

    def __len__(self) -> int:
        return len(self._every())

    def _every(self) -> dict[str, str]:
        if self._all is None:
            lines, found = self._lines, {}
            for word in lines["s"].split():
                found.setdefault(word + "s", word)
            for word in lines["es"].split():
                found.setdefault(word + "es", word)
            for word in lines["ies"].split():
                found.setdefault(word[:-1] + "ies", word)
            found.update((p, s) for p, s in self._other.items() if p not in found)
            found.setdefault("ones", "one")
            self._all = {p: s for p, s in found.items() if not self._is_singular(p)}
        return self._all


@lru_cache(maxsize=1)
def singular_plurals() -> frozenset[str]:
    """Plural forms that are singular nouns too: "means", "crossroads", "sports"."""
    return frozenset(data_lines("singular_plurals.txt"))


def _plural_only(word: str) -> str | None:
    """The singular of ``word`` when ``word`` can only be a plural noun, else None."""
    singular = plurals().get(word)
    if singular is None or word in singular_plurals():
        return None
    return singular


def _gap_ok(doc, start: int, end: int) -> bool:
    """Only spaces (or one line break of a wrapped paragraph) between two words."""
    gap = doc.text[start:end]
    if not gap or any(not c.isspace() for c in gap):
        return False
    if "\n" in gap:
        if gap.count("\n") > 1:
            return False
        paragraph = doc.paragraph_at(start)
        if paragraph is None or paragraph.kind in _HEADING_KINDS:
            return False
    return True


# -- G104 --------------------------------------------------------------------------------------

_POSSESSIVE_PRONOUNS = {"our": "ours", "your": "yours", "their": "theirs", "her": "hers"}
_G104 = re.compile(r"(?<![\w'’-])(our|your|their|her)'s(?![\w'’-])")


class PossessivePronounApostrophe(Rule):
    """A possessive pronoun written with an apostrophe ("our's", "their's").

    *What it flags*: "our's", "your's", "their's" and "her's", with a straight or a curly
    apostrophe. The possessive pronouns "ours", "yours", "theirs" and "hers" never take one.

    *Why it matters*: an apostrophe in a possessive pronoun is a slip a reader notices at
    once, and a spell checker passes it, since "our" and "her" are words.

    *Flagged*: "The council's plan is cheaper than our's."

    *Preferred*: "The council's plan is cheaper than ours."

    *Options*: none; switch the rule off or re-grade it with ``G104`` in the configuration.

    *Known limits*: "it's" for "its" is left to S201, which decides it from context. Quoted
    words are checked too: an apostrophe is the writer's, not the speaker's.
    """

    code = "G104"
    name = "possessive-pronoun-apostrophe"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon",)
    examples = (
        accepted(""),
        accepted("The council's plan is cheaper than ours, and theirs is dearer."),
        flagged("The council's plan is cheaper than our's.", "our's"),
        flagged("Their's was the first bid, Zoë Müller said.", "Their's"),
        flagged("“The choice is your’s,” said José Álvarez.", "your’s"),
        flagged('"The choice is your\'s," said José Álvarez.', "your's"),
        flagged("The decision was her's", "her's"),
        accepted("It's her story and the team's win; our house is theirs."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        for _, match in vocabulary.matches(_G104):
            written = doc.text[match.start() : match.end()]
            right = lx.recase(_POSSESSIVE_PRONOUNS[match.group(1)], written)
            yield self.finding(
                doc,
                match.start(),
                match.end(),
                f"\"{written}\": the possessive pronoun is written \"{right}\", without an"
                " apostrophe.",
                suggestions=[right],
            )


# -- G301 --------------------------------------------------------------------------------------

# Words that can only be central determiners: the articles and the possessives that never
# stand alone ("my", "our"; "mine", "ours" are the pronouns). "his", "her", "its" and the
# demonstratives are pronouns too ("gave her the book", "is this the end"); "your" and
# "their" stand for "you're" and "they're" in a common slip that S201 reads.
_ONLY_DETERMINERS = ("a", "an", "the", "my", "our")
# Central determiners that may follow: articles, demonstratives but "that" (a conjunction:
# "so that the"), possessives.
_CENTRAL = ("the", "a", "an", "this", "these", "those", "my", "your", "his", "her", "its", "our", "their")
# Personal pronouns, which take no determiner at all: "after the he wins" is a leftover of an
# edit ("after the match he wins"). Not "I" ("the I/O port", "the I SS Panzer Corps") nor "us"
# ("the us-versus-them mood"). Over Wikipedia AD_80-99 and the dev corpus (3.3 million
# words) an article before one of these, in lower case, stood twice, both slips ("the he was
# sent", "the they moved to").
_PERSONAL = ("he", "she", "they", "we", "him", "them")
_G301 = re.compile(
    rf"(?<![\w'’-])({'|'.join(_ONLY_DETERMINERS)})(\s+)({'|'.join(_CENTRAL + _PERSONAL)})(?![\w'’-])"
)
_DETERMINER_TAGS = ("DT", "PRP$", "PRP", "WDT")


class TwoDeterminers(Rule):
    """Two determiners in a row where one is extra ("take the our survey", "a her").

    *What it flags*: an article or "my"/"our" followed at once by another article, a
    demonstrative or a possessive: "the our", "a her", "a the", "the this", "my the". A noun
    has one such determiner; the words that may stand before it ("all the", "both the",
    "half the", "such a", "what a", "quite a", "many a") or after it ("the same", "this
    one", "my next") are other kinds of word and never flagged. Before a determiner, "an"
    is most often "and" ("the hangars an the ships"); the message asks. An article, "my" or
    "our" before a personal pronoun ("after the he wins", "the they moved") is flagged too: a
    pronoun takes no determiner, so a word was dropped or one was left over.

    *Why it matters*: a doubled determiner is usually a leftover of an edit ("the survey"
    became "our survey") and reads as a slip.

    *Flagged*: "Readers can take the our survey online."

    *Preferred*: "Readers can take our survey online."

    *Options*: none; switch the rule off or re-grade it with ``G301`` in the configuration.

    *Known limits*: pairs whose first word may be a pronoun are left alone ("gave her the
    book", "is this the end", "said that the"), as are "your the" and "their the" (usually
    "you're" and "they're", which S201 reads) and the same word twice (a doubled word). A
    capitalised second word is taken to begin a name ("the Our Lady school"), a following word
    with no English part of speech a foreign phrase ("the a cappella choir"), and "Oh my the"
    an exclamation. Direct quotations are checked too: a speaker who corrects himself is
    transcribed with a dash or dots ("the — our survey"), which the rule leaves alone, so two
    determiners side by side are the writer's slip.
    """

    code = "G301"
    name = "two-determiners"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon", "tags")
    examples = (
        accepted(""),
        accepted("Readers can take our survey online."),
        flagged("Readers can take the our survey online.", "the our"),
        flagged("He was praised because of a her calm outlook, Zoë Müller said.", "a her"),
        flagged("A the rule was broken.", "A the"),
        flagged("The rewards came after the he wins the final.", "the he"),
        accepted("It was a he-goat near the I/O port; the us-versus-them mood and The She Wolf."),
        flagged("The hangars an the docks were closed.", "an the"),
        flagged("The board rejected the this", "the this"),
        flagged("“Take the our survey,” said José Álvarez.", "the our"),
        flagged('"Take the our survey," said José Álvarez.', "the our"),
        accepted("“Take the — our survey,” said José Álvarez."),
        accepted("All the men and both the women saw half the city; such a shame, what a day."),
        accepted("He gave her the book. Is this the end? She said that the plan was quite a feat."),
        accepted("The same voters chose this one; all our friends came."),
        accepted("The a cappella choir met the Our Lady school. Oh my the sky!"),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        for _, match in vocabulary.matches(_G301):
            first, second = match.group(1), match.group(3)
            if first == second:
                continue  # "the the": a doubled word
            first_written = doc.text[match.start(1) : match.end(1)]
            second_written = doc.text[match.start(3) : match.end(3)]
            if any(c.isupper() for c in second_written):
                continue  # "the Our Lady school", "THE THE"
            if first_written == "A" and not vocabulary.starts_sentence(match.start(1)):
                continue  # "Plan A the": a letter
            if not _gap_ok(doc, match.end(1), match.start(3)):
                continue
            found = tokens_at(doc, match.start(1))
            if found is None:
                continue
            tokens, i = found
            if i + 1 >= len(tokens) or tokens[i + 1].start != match.start(3):
                continue
            if tokens[i + 1].tag not in _DETERMINER_TAGS:
                continue  # the first word can only be a determiner; the second is read in context
            if first == "my" and i > 0 and tokens[i - 1].text.lower() in ("oh", "o"):
                continue  # "Oh my the sky": an exclamation
            if second in ("a", "an") and not self._english_after(tokens, i + 2):
                continue  # "the a cappella choir": a foreign phrase
            keep_second = lx.recase(second, first_written)
            pair = f"{first_written} {second_written}"
            if second in _PERSONAL:
                yield self.finding(
                    doc,
                    match.start(1),
                    match.end(3),
                    f"\"{pair}\": a pronoun takes no determiner; check whether a word is missing"
                    f" after \"{first_written}\" or \"{first_written}\" is left over from an edit.",
                    suggestions=[keep_second],
                )
                continue
            if first == "an":
                # "the hangars an the ships": "an" before a determiner is most often "and"
                conjunction = lx.recase("and", first_written)
                yield self.finding(
                    doc,
                    match.start(1),
                    match.end(3),
                    f"\"{pair}\": two determiners in a row; check whether \"{conjunction}\""
                    " was meant, or whether one of them is left over from an edit.",
                    suggestions=[f"{conjunction} {second_written}", keep_second, first_written],
                )
                continue
            yield self.finding(
                doc,
                match.start(1),
                match.end(3),
                f"\"{pair}\": two determiners in a row; check whether one is left over from"
                f" an edit (\"{keep_second}\" or \"{first_written}\").",
                suggestions=[keep_second, first_written],
            )

    @staticmethod
    def _english_after(tokens, k: int) -> bool:
        if k >= len(tokens):
            return False
        text = tokens[k].text
        if not text[:1].isalpha():
            return text[:1].isdigit()
        if text[:1].isupper():
            return True
        return bool(lx.tags(text.lower().split("-")[0]))


# -- G309 --------------------------------------------------------------------------------------

_G309 = re.compile(r"(?<![\w'’.\u00ad-])(a|an|the)[ \t]*([,;:!?]|\.(?![.\w]|[ \t]?m\b))")
# An article straight after an opening bracket or quotation mark is a letter or a word named
# ("(a, b)", "words like \"the, a/an\""), as is one next to a single letter ("b a.", "a, i, u").
_G309_OPENS = re.compile(r"[(\[{\"“‘'/][ \t]*$")
_G309_LETTER_BEFORE = re.compile(r"(?<![\w'’.])[^\W\d_][^\S\n]+$")
_G309_LETTER_AFTER = re.compile(r"[^\S\n]*[^\W\d_](?![\w'’.])")


class ArticleBeforePunctuation(Rule):
    """An article with nothing after it but a comma or a full stop ("released in the, 2004").

    *What it flags*: "a", "an" or "the" followed at once by a comma, full stop, semicolon,
    colon, question mark or exclamation mark (not a closing bracket: "(travelling with the)
    wrong crowd" is an editor's insertion): "the company said the,
    figures" or "it was an." An article always stands before its noun, so a word is missing
    after it, or the article is left over from an edit.

    *Why it matters*: a dangling article is a sure sign of a broken sentence, often where a
    name or a figure was cut.

    *Flagged*: "The council approved the, budget on Monday."

    *Preferred*: "The council approved the budget on Monday."

    *Options*: none; switch the rule off or re-grade it with ``G309`` in the configuration.

    *Known limits*: a capital "A" is taken to be a letter ("Plan A.", "W. A. Rogers"), and
    so is an article straight after an opening bracket or quotation mark or next to a single
    letter ("the interval (a, b)", "b a.", "vowels (a, i, u)", "words like \"the, a/an\""), or
    "a." opening a paragraph (a list's letter), and a capitalised "An" or "The" inside a
    sentence (a name: "Prime Minister Xie An."),
    "a.m." and "a. m." abbreviations, a comma that opens an aside of up to three words, the first no noun ("the, alas, long
    wait"), and an article before a dash or dots, or
    inside a quotation said again within three words after a comma, as a speaker breaking
    off ("the ... the plan", "a —", "the, uh, the plan"). Direct quotations are checked.
    """

    code = "G309"
    name = "article-before-punctuation"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon", "quotes")
    examples = (
        accepted(""),
        accepted("The council approved the budget on Monday."),
        flagged("The council approved the, budget on Monday.", "the,"),
        flagged("Zoë Müller said it was an; then she left.", "an;"),
        flagged("“We approved the, budget,” said José Álvarez.", "the,"),
        flagged('"We approved the, budget," said José Álvarez.', "the,"),
        flagged("Report\n\nThe, council met", "The,"),
        flagged("The council approved a.", "a."),
        accepted("Plan A, grade A. He left at 9 a.m. and said “the ... the plan” and “a —”."),
        accepted("W. A. Rogers listed (a) costs at 3 a. m. and said “the, uh, the costs”."),
        accepted("They praised the, alas, short visit and (spoke with the) mayor."),
        accepted("The pair (a, b) equals b a. Words like “the, a/an,” were dropped."),
        accepted("a. The coats were blue with yellow lapels, said Prime Minister Xie An."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        folded = vocabulary.folded
        for _, match in vocabulary.matches(_G309):
            offset = match.start()
            written = doc.text[match.start(1) : match.end(1)]
            if written == "A":
                continue  # "Plan A.", "W. A. Rogers", "A, B and C": a letter
            if written[0].isupper() and not vocabulary.starts_sentence(offset):
                continue  # "Prime Minister Xie An.", "Emperor An,": a name
            aside = re.match(r",[ \t]*([\w'’]+)(?:[ \t]+[\w'’]+){0,2},", folded[match.start(2) : match.start(2) + 40])
            if match.group(2) == "," and aside and not set(lx.tags(aside.group(1))) & set("np"):
                continue  # "the, alas, too": an aside between the article and its noun
            if (
                match.group(2) == ","
                and re.match(rf"[,\s]+(?:\w+[,\s]+){{0,2}}{match.group(1)}\b", folded[match.end(2) : match.end(2) + 40])
                and doc.analysis("quotes").inside(offset)
            ):
                continue  # "the, uh, the ultimates": a speaker starting again
            if written.isupper() and len(written) > 1:
                continue  # "THE," in capitals: a heading or a name
            if match.group(2) == "." and (offset == 0 or folded[offset - 1] == "\n"):
                continue  # "a. The coats were blue": a list's letter opening the paragraph
            if _G309_OPENS.search(folded, max(0, offset - 3), offset) or (
                _G309_LETTER_BEFORE.search(folded, max(0, offset - 4), offset)
                or _G309_LETTER_AFTER.match(folded, match.end(2))
            ):
                continue  # a letter among letters or a word named: "(a, b)", "b a.", "like \"the, a/an\""
            yield self.finding(
                doc,
                match.start(1),
                match.end(2),
                f"\"{doc.text[match.start(1) : match.end(2)]}\": \"{written}\" has no noun after it;"
                " a word is missing or the article is left over.",
                suggestions=[doc.text[match.end(1) : match.end(2)].lstrip()],
            )
