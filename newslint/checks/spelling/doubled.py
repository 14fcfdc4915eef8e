"""S301: a word written twice in a row (``the the``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ...analysis import lexicon as lx
from ...datafiles import data_words
from ...english import ARTICLES, DEMONSTRATIVES, POSSESSIVES, PREPOSITIONS, PRONOUN_SUBJECTS
from ...english import word_set as _words
from ...rule import Context, Rule, accepted, flagged


@lru_cache(maxsize=1)
def _FUNCTION_WORDS() -> frozenset[str]:
    """Words whose doubling is never a name's echo ("The the"): articles, pronouns,
    possessives, prepositions, conjunctions."""
    from ..verbs import function_words

    return function_words() | PREPOSITIONS | POSSESSIVES | ARTICLES | DEMONSTRATIVES | PRONOUN_SUBJECTS


def _in_quote(doc, offset: int) -> bool:
    return doc.analysis("quotes").inside(offset)


@lru_cache(maxsize=1)
def _legit_doubles() -> frozenset[str]:
    """Words that may stand twice in a row ("had had", "bye bye"), from data/legit_doubles.txt."""
    return data_words("legit_doubles.txt")


_DOUBLED = re.compile(r"(?<![\w'’-])([^\W\d_]+)(\s+)(\1)(?![\w'’-])", re.IGNORECASE)
_AFTER_THAT_THAT = re.compile(
    r"\s*(?:the|a|an|he|she|they|we|i|you|his|her|their|our|my|your|its|there|these|those|"
    r"some|this|mr|mrs|ms|dr)\b",
    re.IGNORECASE,
)


_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*$")


_PARTICLES = _words("in on up out off over down")
_NUMBER_BEFORE = re.compile(r"\d\s+$")


@lru_cache(maxsize=1)
def _phrasal_verbs() -> frozenset[str]:
    """Verbs that take a particle ("came in", "sworn in"), so that the particle may stand
    twice: "came in in 1979", from data/phrasal_verbs.txt."""
    return data_words("phrasal_verbs.txt")


_OBJECT_START = re.compile(
    r"\s*(?:\d|[A-Z]|(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|"
    r"time|front|place|part|charge|favour|favor|person|public)\b)"
)


def _after_phrasal_verb(prose: str, paragraph_start: int, match) -> bool:
    """A verb's particle, then the same word as a preposition with its object: "came in in
    1979", "turned on on the council" (but not "moved on on to attack")."""
    before = _WORD_BEFORE.search(prose, max(paragraph_start, match.start() - 30), match.start())
    if not before or before.group(1).lower() not in _phrasal_verbs():
        return False
    return bool(_OBJECT_START.match(prose, match.end()))


def _bad_that_that(prose: str, paragraph_start: int, match) -> bool:
    """ "that that" where it cannot be grammatical: before a subject ("that that the"),
    before a plural noun ("that that people"), or after a preposition ("over that that")."""
    if _AFTER_THAT_THAT.match(prose, match.end()):
        return True
    after = _WORD_AFTER.match(prose, match.end())
    if after and after.group(1).islower() and (
        lx.is_plural_noun(after.group(1)) or after.group(1) in ("people", "police")
    ):
        return True
    before = _WORD_BEFORE.search(prose, max(paragraph_start, match.start() - 30), match.start())
    return bool(before) and before.group(1).lower() in PREPOSITIONS - {"to"}


class DoubledWord(Rule):
    """The same word twice in a row ("the the"), across a line break too.

    *What it flags*: a word followed, after nothing but spaces or a line break, by the same
    word.

    *Why it matters*: doubled words survive editing because the eye skips the second one,
    especially across the end of a line; readers notice them.

    *Flagged*: "The minister said the the talks would resume."

    *Preferred*: "The minister said the talks would resume."

    *Known limits*: grammatical and idiomatic repeats are left alone ("had had", "gave her
    her", "bye bye", "very very"), as are repeated capitalised words (names such as "Boutros
    Boutros-Ghali", "Walla Walla"), words the dictionary does not know, which S101 reports if
    they are misspelled (a reduplicated name: "mbira nyunga nyunga"), and single letters ("the
    unit circle z z = 1"). A doubled word of content (not an article, pronoun, possessive,
    preposition or conjunction) is only advice (info): on Wikipedia text nobody tuned on
    (prec12 audit) such doubles were as often meant as not ("Pipa pipa", "Oklahoma City city
    limits", "south south east", "rhubarb rhubarb", "the middle middle class"; but "lane
    lane", "married married"), while doubled function words were slips ("in in prison", "the
    the"). "in in" after a number is inches, then the preposition ("a shell of 36 in in
    diameter"); "that that" is flagged only where it cannot be grammatical: before a subject
    or a plural noun ("that that the", "that that people") or after a preposition ("over that
    that time"); "this this" after a word is only advice (info: "add to this this new law" is
    meant); "is is" is left alone after "what" ("what it is is"), as are three or more in a
    row ("no no no no") and a particle after its verb's object ("did him in in the end").
    Words with anything but a space or emphasis between them (a link, code, a table cell) are
    not doubled.

    *Fix*: deletes the second word and the space before it; safe (``--fix``) for a doubled
    article and for a doubled preposition that cannot end a clause ("of the of of"); other
    repeats ("that that", "this this", "for for", which "waiting for for years" means) only
    with ``--unsafe-fixes``; never inside a direct quotation or across markup.
    """

    code = "S301"
    name = "doubled-word"
    family = "spelling"
    severity = "warning"
    needs = ("quotes",)
    examples = (
        flagged("The minister said the the talks would resume.", "the the"),
        flagged("The minister said the\nthe talks would resume.", "the\nthe"),
        flagged("The the minister spoke.", "The the"),
        flagged("He said that that the talks had failed.", "that that"),
        flagged("“We will go to to Baku,” said Zoë Müller.", "to to"),
        flagged("\"We will go to to Baku,\" said Zoë Müller.", "to to"),
        flagged("He said it was over over", "over over"),
        accepted(""),
        accepted("The minister said the talks would resume."),
        accepted("She had had enough; he said that that was wrong."),
        accepted("Boutros Boutros-Ghali flew to Walla Walla."),
        accepted("The mbira nyunga nyunga is 12 in in diameter; the win gave her her first title."),
        accepted("The unit circle is z z = 1."),
        accepted("It was a very very long night, and she waved bye bye."),
        accepted("The the-ness of it."),
        accepted("They did him in in the end, said Zoë Müller."),
        accepted("“No no no no no,” the coach shouted."),
        accepted("See the [report](https://example.org/the) the council wrote.", path="example.md"),
        accepted("| the | the |\n|---|---|\n| a | b |", path="example.md"),
        accepted("The `the` the council chose.", path="example.md"),
        flagged("The mayor read the **the** report.", "the **the", path="example.md"),
        flagged("The report of the\u00a0the council was late.", "the\u00a0the"),
        flagged("Add to this this new law, the mayor said.", "this this"),
    )

    def check(self, doc, context: Context):
        prose = doc.prose
        for paragraph in doc.paragraphs:
            for match in _DOUBLED.finditer(prose, paragraph.start, paragraph.end):
                first, second = match.group(1), match.group(3)
                lower = first.lower()
                if lower in _legit_doubles():
                    continue
                if second[0].isupper():  # names: Boutros Boutros, Walla Walla
                    continue
                if not lx.is_word(lower):
                    continue  # a reduplicated word or name the dictionary lacks: "mbira nyunga nyunga"
                if len(lower) == 1 and lower not in ("a", "i"):
                    continue  # a letter standing for something: "the unit circle z z = 1"
                # a word of content may be meant twice: a name and its echo ("Pipa pipa",
                # "Oklahoma City city limits"), an idiom ("south south east", "rhubarb rhubarb",
                # "the middle middle class"): advice; a doubled function word is a slip
                echo = lower not in _FUNCTION_WORDS()
                between = doc.text[match.end(1) : match.start(3)]
                if not _SPACE_OR_EMPHASIS.fullmatch(between):
                    continue  # a link, code, a table cell or a comment stands between them
                before = _WORD_BEFORE.search(prose, max(paragraph.start, match.start() - 30), match.start())
                previous = before.group(1).lower() if before else ""
                if previous == lower or _same_word_after(prose, match, paragraph.end):
                    continue  # three or more in a row are meant: "no no no no"
                if lower == "that" and not _bad_that_that(prose, paragraph.start, match):
                    continue
                number_before = _NUMBER_BEFORE.search(prose, max(paragraph.start, match.start() - 12), match.start())
                if lower == "in" and number_before:
                    continue  # inches, then the preposition: "a shell of 36 in in diameter"
                if lower in _PARTICLES and (
                    previous in _OBJECT_PRONOUNS or _after_phrasal_verb(prose, paragraph.start, match)
                ):
                    continue  # "came in in 1979", "turned on on Monday", "did him in in the end"
                if lower == "is":
                    context_before = prose[max(paragraph.start, match.start() - 40) : match.start()]
                    if re.search(r"\bwhat\b|\bis\b", context_before, re.IGNORECASE):
                        continue
                meant = lower in _DEMONSTRATIVES and before is not None and previous not in _ARTICLES or echo
                yield self.finding(
                    doc,
                    match.start(),
                    match.end(),
                    # "add to this this new law": a pronoun, then the same word before its noun
                    f"Check whether \"{first}\" is repeated by mistake." if meant else f"\"{first}\" is repeated.",
                    severity="info" if meant else None,
                    suggestions=[first],
                    fixable=not between.strip() and not _in_quote(doc, match.start()),
                    safe_fix=_safe_to_delete(lower, previous, before is None),
                )


# Emphasis marks may stand between the two words ("the **the**"): they are still doubled on
# the page, but deleting the second word would break the markup, so only a bare space is fixed.
_SPACE_OR_EMPHASIS = re.compile(r"[\s*_~]*")
_OBJECT_PRONOUNS = _words("him her them it us me you")
_ARTICLES = _words("a an the")
_DEMONSTRATIVES = _words("this these those")
# Words before a preposition that can never leave it stranded at the end of a clause (as
# "waiting for | for years", "the town she lived in | in 1990" do).
_NO_STRANDING = _ARTICLES | PREPOSITIONS | POSSESSIVES | _words("and or but nor this these those")


def _same_word_after(prose: str, match, end: int) -> bool:
    after = _WORD_AFTER.match(prose, match.end(), end)
    return bool(after) and after.group(1).lower() == match.group(1).lower()


def _safe_to_delete(word: str, previous: str, starts_clause: bool) -> bool:
    """Whether deleting the second word can only mend the sentence: a doubled article ("the
    the") never reads right, and a doubled preposition cannot after a word that leaves no
    preposition stranded ("of the of of"); "that that", "had had", "in in" may be meant."""
    if word in _ARTICLES:
        return True
    return word in PREPOSITIONS and (starts_clause or previous in _NO_STRANDING)
