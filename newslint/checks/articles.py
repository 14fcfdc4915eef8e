"""Article rules (G101): "a" or "an" by the sound of the next word."""

from __future__ import annotations

from itertools import islice

from .. import pronunciation
from ..analysis import lexicon as lx
from ..rule import Context, Rule, accepted, flagged

_HEADING_KINDS = ("headline", "heading", "table")
# What may stand between the article and its word: space, opening quotation marks, the
# Markdown marks of emphasis (the word itself is what is read).
_GAP = frozenset(" \t\r\n\u00a0\"'“‘*_")
_CURRENCY = frozenset("$£€¥")
# What may stand before the article: the start of a paragraph, space, opening marks.
_BEFORE = frozenset(" \t\r\n\u00a0\"'“‘([—–-*_")


_NUMBER_WORDS = frozenset(("one", "two", "six", "ten"))


def _takes_no_article(word: str) -> bool:
    """A word that is only a verb or an auxiliary by the part-of-speech table ("is",
    "was"): no article stands before it, and "an" was probably "and"."""
    from ..analysis import lexicon as lx

    if not word[:1].islower() or "-" in word:
        return False
    kinds = set(lx.tags(word))
    return bool(kinds) and kinds <= set("vx")


class ArticleBeforeSound(Rule):
    """"a" or "an" that does not match the next word's sound ("a hour", "an European").

    *What it flags*: "a" or "an" that does not match the sound of the word after it: "a"
    goes before a consonant sound ("a one-off", "a European", "a university", "a US
    envoy", "a NATO summit", "a 1,000-seat hall"), "an" before a vowel sound ("an hour",
    "an honest", "an MP", "an FBI agent", "an 8-year-old", "an 11-point lead", "an 18th-century
    house"). Pronunciations come from the CMU Pronouncing Dictionary; words in capitals are
    read letter by letter unless the dictionary says them as a word; numbers are read as
    they are said; a hyphenated word by its first part.

    *Why it matters*: the wrong article is a slip every reader hears, and one a spell
    checker never catches.

    *Flagged*: "The minister spoke for a hour about an European plan."

    *Preferred*: "The minister spoke for an hour about a European plan."

    *Options*: none; switch the rule off or re-grade it with ``G101`` in the configuration.

    *Known limits*: a word the dictionary lacks is decided by its spelling only where the
    spelling settles the sound (a name beginning with "U", "Eu" or "H" may be left alone); a
    word said either way ("an historic", "a herb", "an herb") and an abbreviation that some
    say as a word and others spell out ("a RAF base", "an RAF base") are accepted both ways.
    A capital "A" inside a sentence is taken to be a letter or a label ("Plan A", "type A"),
    "a." and "A." as initials or "a.m."; a short word that takes no article ("an der",
    "vitamin a in") is a foreign phrase or a missing word and left alone, as is a lower-case
    word no dictionary knows. An abbreviation said as a word that the dictionary lacks
    ("FTSE", said "footsie") is read letter by letter. Before a verb ("an became") the
    message asks whether "and" was meant. In a direct quotation the finding is reported as
    quoted (the words are the speaker's, transcribed by the reporter).
    """

    code = "G101"
    name = "a-an"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon",)
    examples = (
        flagged("The minister spoke for a hour about an European plan.", "a", "an"),
        flagged("A hour later the talks resumed.", "A"),
        flagged("An European envoy arrived.", "An"),
        flagged("She is a MP for the city and an university governor.", "a", "an"),
        flagged("He was a FBI agent at an NATO summit.", "a", "an"),
        flagged("A 8-year-old and a 11-point lead in a 18th-century house.", "A", "a", "a"),
        flagged("Zoë Müller said it was “a honest mistake”.", "a"),
        flagged('Zoë Müller said it was "a honest mistake".', "a"),
        flagged("The council said the delay was a honour", "a"),
        accepted(""),
        accepted("The minister spoke for an hour about a European plan."),
        accepted("An hour later, an honest broker, an heir and a one-off deal."),
        accepted("An MP, an FBI agent, an NHS trust, a UN envoy and a US senator met."),
        accepted("A NATO summit, a NASA launch and an 8-year-old in a 1,000-seat hall."),
        accepted("An 11-point lead, an 18th-century house, an 80-page report, a 100-day plan."),
        accepted("Plan A and type A blood; A. Smith left at 9 a.m. with an A-level."),
        accepted("“It was an honest mistake,” said Zoë Müller of Ağdam."),
        accepted('"It was a one-off," said José Álvarez.'),
        accepted("The minister has written an historic letter about a herb."),
        accepted("Frankfurt an der Oder lies on the border."),
        accepted("She said it would take a\n\nhour."),
        accepted("A university, a European, a unique chance"),
    )

    def check(self, doc, context: Context):
        words = doc.words
        prose, text = doc.prose, doc.text
        vocabulary = None
        for index, word in enumerate(islice(words, max(len(words) - 1, 0))):  # no copy of the words
            written = word.text
            if written not in ("a", "an", "A", "An"):
                continue
            if word.start > 0 and prose[word.start - 1] not in _BEFORE:
                continue  # "Jean-a", "'a": part of something else
            after = prose[word.end : word.end + 1]
            if not after or not after.isspace():
                continue  # "A.", "a.m.", "a/b", "A-"
            if vocabulary is None:
                vocabulary = doc.analysis("lexicon")
            if written[0] == "A" and not vocabulary.starts_sentence(word.start):
                continue  # "Plan A", "type A", "Li An": a letter, a label or a name
            following = words[index + 1]
            paragraph = doc.paragraph_at(word.start)
            if paragraph is None or following.start >= paragraph.end:
                continue
            gap = text[word.end : following.start]
            reading = following.text
            if gap and gap[-1] in _CURRENCY and following.text[:1].isdigit():
                gap = gap[:-1]  # "an $8m deal" is read "an eight-million-dollar deal"
            if not gap or any(c not in _GAP for c in gap):
                continue  # code, links and anything else between the two
            if "\n" in gap and paragraph.kind in _HEADING_KINDS:
                continue  # the article ends a line of a heading
            if not self._readable(reading, written.lower()):
                continue
            right = pronunciation.article_for(reading)
            if right is None or right == written.lower():
                continue
            suggestion = lx.recase(right, written)
            sound = "a vowel" if right == "an" else "a consonant"
            if written.lower() == "an" and _takes_no_article(reading):
                # "an thus": no article stands before an adverb; "and" was probably meant.
                yield self.finding(
                    doc,
                    word.start,
                    word.end,
                    f"\"{written} {reading}\": check whether \"{lx.recase('and', written)}\""
                    f" was meant (\"{suggestion}\" goes before {sound} sound).",
                    suggestions=[lx.recase("and", written), suggestion],
                )
                continue
            yield self.finding(
                doc,
                word.start,
                word.end,
                f"\"{written} {reading}\": use \"{suggestion}\" before {sound} sound.",
                suggestions=[suggestion],
            )

    @staticmethod
    def _readable(word: str, article: str) -> bool:
        """A word the rule can read aloud: a number, capitals, or an English word or name
        (a lower-case word no dictionary knows is taken to be foreign)."""
        first = word.split("-")[0]
        if not first or first[0].isdigit() or not first[0].isalpha():
            return bool(first) and first[0].isdigit()
        if first[0].isupper():
            return True
        from ..analysis import lexicon as lx

        lower = first.lower().replace("’", "'")
        if lower.endswith("'s"):
            lower = lower[:-2]  # "an friend's party"
        if not lx.is_word(lower):
            # A compound of two English words ("passcard") is English.
            return any(
                lx.is_word(lower[:i]) and lx.is_word(lower[i:]) for i in range(3, len(lower) - 2)
            )
        # A short particle ("a in", "an up") is a missing word, not a wrong article.
        kinds = set(lx.tags(lower))
        if len(lower) <= 3 and "-" not in word and kinds and kinds <= set("rvx") and kinds & set("rx"):
            return lower in _NUMBER_WORDS
        # A short word with no part of speech is a function word ("the", "his"), English
        # or foreign ("an der"): no article stands before it. "a ad", "a app" are English.
        if len(lower) <= 3 and "-" not in word and not lx.tags(lower):
            if lower in _NUMBER_WORDS:
                return True
            return article == "a" and lower[0] in "aeio" and lx.zipf(lower) < 5.5
        return True
