"""Pronoun case (G204): "between you and I", "for my wife and I", "Me and my brother went".

A preposition takes the object form of every pronoun it governs, however many are joined by
"and"; the subject of a verb takes the subject form. The slip comes in pairs, when a writer
reaches for "I" because "you and I" sounds right as a subject.
"""

from __future__ import annotations

import re

from ..analysis import lexicon as lx
from ..rule import Context, Rule, accepted, flagged
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
# "Me and my brother went": "Me and" opening a sentence.
_SUBJECT_ME = re.compile(r"(?<![\w'’-])(Me)[ \t]+and[ \t]+")
_FINITE = frozenset(("VBD", "VBP", "VBZ", "MD"))


def _verb_after_i(word: str) -> bool:
    """A word after "I" that makes "I" the subject of a new clause ("to her and I said")."""
    if word in ("am", "was", "have", "had", "do", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must"):
        return True
    found = lx.tags(word)
    return bool({"v", "x", "r"} & set(found)) or word in pasts() or word in bases()


class PronounCase(Rule):
    """A pronoun in the wrong case: "between you and I", "Me and my brother went".

    *What it flags*: "I" as the last of two or more people after a preposition ("between
    you and I", "for my wife and I", "with him and I": the object is "me"), and "Me and …"
    opening a sentence as the subject of its verb ("Me and my brother went": "My brother and
    I went").

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
        flagged("The deal was between the mayor and I.", "I"),
        flagged("It was a big day for my wife and I, Zoë Müller said.", "I"),
        flagged("Me and my brother went to the match.", "Me"),
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
        for match in _SUBJECT_ME.finditer(text) if "Me and" in text else ():
            vocabulary = vocabulary or doc.analysis("lexicon")
            if not vocabulary.starts_sentence(match.start(1)):
                continue
            if not self._subject(doc, match.end()):
                continue
            yield self.finding(
                doc,
                match.start(1),
                match.end(1),
                "\"Me and …\" is the subject here: write \"… and I\".",
                suggestions=["I"],
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
