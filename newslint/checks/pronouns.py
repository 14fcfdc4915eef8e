"""Pronoun case (G204): "between you and I", "for my wife and I", "Me and my brother went".

A preposition takes the object form of every pronoun it governs, however many are joined by
"and"; the subject of a verb takes the subject form. The slip comes in pairs, when a writer
reaches for "I" because "you and I" sounds right as a subject.
"""

from __future__ import annotations

import re

from ..analysis import lexicon as lx
from ..rule import Context, Rule, accepted, flagged
from .verb_slips import BE, DO, HAVE, MODALS
from .verbs import bases, pasts

# Prepositions that never open a clause ("after you and I spoke" is a clause: "after",
# "before", "since", "until", "as", "than" are left out).
_PREPOSITIONS = (
    "between|for|with|to|from|about|like|of|among|against|by|except|without|behind|toward"
    "|towards|beside|besides|upon|on|at|into|onto|near|via"
)
# "between you and I", "for my wife and I": the preposition, up to three words, "and I";
# found from each "and I" (``_AND_I``), looking back at the words before it.
_AND_I = re.compile(r"(?<![\w'’-])and[ \t]+(I)(?![\w'’-])")
_OBJECT_BEFORE = re.compile(
    rf"(?<![\w'’-])({_PREPOSITIONS})[ \t]+((?:[\w'’-]+[ \t]+){{1,3}}?)\Z",
    re.IGNORECASE,
)
# "Me and my brother went", "Him and his wife left": an object pronoun and "and" opening a
# sentence; "Him is", "Them are": one straight before a verb.
_SUBJECT_ME = re.compile(r"(?<![\w'’-])(Me|Him|Her|Us|Them)[ \t]+and[ \t]+")
_OBJECT_SUBJECT = re.compile(r"(?<![\w'’-])(Me|Him|Us|Them)[ \t]+(?=[a-z])")
_SUBJECT_FORM = {"me": "I", "him": "He", "her": "She", "us": "We", "them": "They"}
# "to he and his wife", "between she and the mayor": a subject form straight after a
# preposition that never opens a clause, before "and" or "or".
_SUBJECT_AFTER_PREPOSITION = re.compile(
    rf"(?<![\w'’-])({_PREPOSITIONS})[ \t]+(he|she|they|we)[ \t]+(?:and|or)[ \t]+(?=[\w])", re.IGNORECASE
)
_OBJECT_FORM = {"he": "him", "she": "her", "they": "them", "we": "us"}
# "a composer, whom had worked with him": "whom" straight before a verb with a tense, where
# it is the verb's subject.
_WHOM_VERB = re.compile(r"(?<![\w'’-])(whom|Whom)[ \t]+(?=[a-z])")
# Words before "whom" that make it an object: a preposition ("many of whom were", "after
# whom is named") or a word that governs one left out ("amongst").
_WHOM_GOVERNORS = frozenset(
    "of in on at for with to from by about into over under against during after before among amongst"
    " around through upon between behind beside without within toward towards like than near".split()
)
# Words after an auxiliary that show a question's inversion ("Whom is the letter from?",
# "Whom did you see?"): the subject follows the auxiliary.
_INVERTED_SUBJECT_TAGS = frozenset(("PRP", "DT", "PRP$", "NNP", "NNPS", "CD", "EX"))
_AUXILIARY_VERBS = BE | HAVE | DO | MODALS
# "The mayor and myself attended": a reflexive as the second of two subjects, before the verb.
_AND_MYSELF = re.compile(r"(?<![\w'’-])and[ \t]+(myself)[ \t]+(?=[a-z])")
# "Us reporters were": "us" before a plural noun, opening the sentence before its verb.
_US_BEFORE_NOUN = re.compile(r"(?<![\w'’-])(Us)[ \t]+([a-z]+s)[ \t]+(?=[a-z])")
_FINITE = frozenset(("VBD", "VBP", "VBZ", "MD"))


def _tensed_verb(token) -> bool:
    """A token the tagger reads as a verb with a tense and the word list knows as a verb."""
    return token is not None and token.tag in _FINITE and bool({"v", "x"} & set(lx.tags(token.text.lower())))


def _verb_after_i(word: str) -> bool:
    """A word after "I" that makes "I" the subject of a new clause ("to her and I said")."""
    if word in ("am", "was", "have", "had", "do", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must"):
        return True
    if word.endswith(("n't", "n’t")):
        return True  # "on their journey and I don't know": a negated auxiliary
    found = lx.tags(word)
    return bool({"v", "x", "r"} & set(found)) or word in pasts() or word in bases()


class PronounCase(Rule):
    """A pronoun in the wrong case: "between you and I", "Me and my brother went".

    *What it flags*: "I" as the last of two or more people after a preposition ("between
    you and I", "for my wife and I", "with him and I": the object is "me"), and "Me and …"
    opening a sentence as the subject of its verb ("Me and my brother went": "My brother and
    I went"), and so "Him and …", "Her and …", "Us and …", "Them and …" ("Him and his wife
    left": "He and his wife"), and "Me", "Him", "Us" or "Them" opening a sentence straight
    before a verb with a tense ("Him is tall": "He"). Measured (2026-12-05): over the clean
    copy (Wikipedia text_AD_wiki_80-99, the dev corpus and its clean drafts, web text) no
    new finding; over Wikipedia text_AA, AB and AC (300 files) one, right ("Me and my friends
    talk about this").
    Also "he", "she", "they" or "we" straight after such a preposition and before "and" or
    "or" ("given to he and his wife": him), unless a verb with a tense follows, which makes
    the pronouns a clause's subject ("From then on he and Jones were", "feel like he or she
    has"); and "Us" before a plural noun opening a sentence before its verb ("Us reporters
    were": We). Measured (2026-12-07): over the 7 sentences of all 400 Wikipedia files and
    the PolNeAR articles with a preposition, a subject pronoun and "and"/"or", 3 findings,
    all right ("for he and his co-host making", "arranged for he and Germaine to return",
    "with he and his staff regularly devising"); "Us" so was written nowhere there. And
    "and myself" before a verb with a tense ("The mayor and myself attended": I). And "whom"
    straight before a verb with a tense, not after a preposition ("many of whom were") nor
    in a question's inversion ("Whom did you see?"): "Jerry Goldsmith, whom had worked with
    Bradbury" (who). Over the 5,081 sentences of Wikipedia text_AA-AC with "whom" and a
    word, 36 findings, 35 right (wrong: "those whom increased fuel prices affect", whose
    "increased" the tagger read as a verb); over the 1,787 of text_AD and the PolNeAR
    articles, 4, all right ("neighbors whom were not fans").

    *Why it matters*: a preposition takes "me", a verb's subject "I"; the slip is common
    because "you and I" sounds right as a subject, and readers who know the rule notice it.

    *Flagged*: "The deal was between the mayor and I."

    *Preferred*: "The deal was between the mayor and me."

    *Options*: none; switch the rule off or re-grade it with ``G204``.

    *Known limits*: "I" that opens a new clause after "and" ("she spoke to him and I left")
    is left alone, and so are conjunctions that are prepositions too ("after you and I
    spoke"). Direct quotations are not checked: the quote is what was said.
    """

    code = "G204"
    name = "pronoun-case"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon", "quotes", "tags")
    quotes = "skip"
    examples = (
        accepted(""),
        accepted("The deal was between the mayor and me."),
        flagged("The award was given to he and his wife. Us reporters were kept out.", "he", "Us"),
        flagged("The mayor and myself attended the meeting.", "myself"),
        flagged("The award went to the composer, whom had worked with him for years.", "whom"),
        accepted("Many of whom were there; Whom did you see? The man whom police arrested left."),
        accepted("The mayor thanked the staff and myself, and my wife and I left."),
        accepted("After he and his wife left, the award went to him and her; let us reporters in."),
        accepted("I do not know where they are on their journey and I don't have a clear picture."),
        flagged("The deal was between the mayor and I.", "I"),
        flagged("It was a big day for my wife and I, Zoë Müller said.", "I"),
        flagged("Me and my brother went to the match.", "Me"),
        flagged("Him and his wife left early. Them are the best, said Zoë Müller.", "Him", "Them"),
        accepted("Us and Them is a song. Him, she said, was tall; Me too. Her car is red."),
        accepted("“It was between you and I,” said José Álvarez."),
        accepted('"It was between you and I," said José Álvarez.'),
        accepted("She spoke to him and I left; after you and I spoke, we ate."),
        accepted("My brother and I went. Give it to me and my brother."),
    )

    def check(self, doc, context: Context):
        text = doc.prose
        for pronoun in _AND_I.finditer(text) if "and I" in text else ():
            start = max(0, pronoun.start() - 80)
            match = _OBJECT_BEFORE.search(text, start, pronoun.start())
            if match is None:
                continue
            between = [w.lower() for w in match.group(2).split()]
            if any(w in ("and", "or", "i") or w in _CLAUSE_WORDS or lx.tags(w) == "v" or w in pasts() for w in between):
                continue  # "to go and I", "with what he said and I": no noun phrase
            after = re.match(r"[ \t]*([\w'’]+|[^\w\s])?", text[pronoun.end(1) : pronoun.end(1) + 40])
            following = (after.group(1) or "") if after else ""
            if match.group(1).lower() != "between" and following[:1].isalpha() and _verb_after_i(following.lower()):
                continue  # "spoke to her and I said": "I" opens a clause
            yield self.finding(
                doc,
                pronoun.start(1),
                pronoun.end(1),
                f"\"{match.group(1)} {match.group(2)}and I\": after a preposition the pronoun is \"me\".",
                suggestions=["me"],
            )
        vocabulary = None
        for match in _SUBJECT_ME.finditer(text) if " and " in text else ():
            vocabulary = vocabulary or doc.analysis("lexicon")
            if not vocabulary.starts_sentence(match.start(1)):
                continue
            if not self._subject(doc, match.end()):
                continue
            written = match.group(1)
            if text[match.end() : match.end() + 4].lower() in ("them", "us") and written in ("Us", "Them"):
                continue  # "Us and Them": a set phrase, the title of songs and books
            right = _SUBJECT_FORM[written.lower()]
            where = "write \"… and I\"" if written == "Me" else f"write \"{right} and …\""
            yield self.finding(
                doc,
                match.start(1),
                match.end(1),
                f"\"{written} and …\" is the subject here: {where}.",
                suggestions=[right],
            )
        for match in _OBJECT_SUBJECT.finditer(text):
            vocabulary = vocabulary or doc.analysis("lexicon")
            if not vocabulary.starts_sentence(match.start(1)):
                continue
            verb = doc.analysis("tags").token_at(match.end())
            if not _tensed_verb(verb):
                continue  # (a word the word list has as no verb: "Me dignam fecit", Latin)
            right = _SUBJECT_FORM[match.group(1).lower()]
            yield self.finding(
                doc,
                match.start(1),
                match.end(1),
                f"\"{match.group(1)} {verb.text}\": the subject of a verb is \"{right}\".",
                suggestions=[right],
            )

        for match in _SUBJECT_AFTER_PREPOSITION.finditer(text) if " and " in text or " or " in text else ():
            pronoun = match.group(2)
            if self._subject(doc, match.end()):
                continue  # "From then on he and Jones were", "feel like he or she has": a clause
            right = lx.recase(_OBJECT_FORM[pronoun.lower()], pronoun)
            yield self.finding(
                doc,
                match.start(2),
                match.end(2),
                f"\"{match.group(1)} {pronoun} and …\": after a preposition the pronoun is \"{right}\".",
                suggestions=[right],
            )
        for match in _WHOM_VERB.finditer(text) if "hom " in text else ():
            finding = self._whom_subject(doc, match)
            if finding is not None:
                yield finding
        for match in _AND_MYSELF.finditer(text) if "myself" in text else ():
            verb = doc.analysis("tags").token_at(match.end())
            if not _tensed_verb(verb):
                continue
            yield self.finding(
                doc,
                match.start(1),
                match.end(1),
                f"\"and myself {verb.text}\": the subject of a verb is \"I\", not \"myself\".",
                suggestions=["I"],
            )
        for match in _US_BEFORE_NOUN.finditer(text):
            vocabulary = vocabulary or doc.analysis("lexicon")
            if not vocabulary.starts_sentence(match.start(1)):
                continue
            noun = doc.analysis("tags").token_at(match.start(2))
            verb = doc.analysis("tags").token_at(match.end())
            if noun is None or noun.tag != "NNS" or verb is None or verb.tag not in _FINITE:
                continue
            yield self.finding(
                doc,
                match.start(1),
                match.end(1),
                f"\"Us {match.group(2)}\" is the subject here: write \"We {match.group(2)}\".",
                suggestions=["We"],
            )

    def _whom_subject(self, doc, match):
        """The finding for "whom" as the subject of the verb after it, or None."""
        tags = doc.analysis("tags")
        located = tags.locate(match.start(1))
        if located is None:
            return None
        sentence, k = located
        toks = sentence.tokens
        if k + 1 >= len(toks) or k and toks[k - 1].text.lower() in _WHOM_GOVERNORS:
            return None
        verb = toks[k + 1]
        if not _tensed_verb(verb):
            return None
        if k + 2 < len(toks) and toks[k + 2].tag in _INVERTED_SUBJECT_TAGS and verb.text.lower() in _AUXILIARY_VERBS:
            return None  # "Whom did you see?", "whom is the letter for": a question's subject follows
        written = match.group(1)
        right = lx.recase("who", written)
        return self.finding(
            doc,
            match.start(1),
            match.end(1),
            f"\"{written} {verb.text}\": the subject of a verb is \"{right}\", not \"{written}\".",
            suggestions=[right],
        )

    @staticmethod
    def _subject(doc, offset: int) -> bool:
        """A finite verb follows the phrase that starts at ``offset`` within four words, with
        no punctuation between: "Me and my brother went"."""
        located = doc.analysis("tags").locate(offset)
        if located is None:
            return False
        sentence, k = located
        for token in sentence.tokens[k : k + 5]:
            if token.tag in _FINITE:
                return True
            if not token.text[:1].isalnum():
                return False
        return False


# Words that open a clause or belong to a verb: a match running over one is no noun phrase.
_CLAUSE_WORDS = frozenset(
    "is are was were be been has have had do does did will would can could said says told"
    " when while if because but so then".split()
)
