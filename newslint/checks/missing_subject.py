"""A clause with no subject after a subordinator (G311): "because is", "although was".

A subordinating conjunction opens a clause, and a clause opens with its subject; an auxiliary
or modal straight after the conjunction ("it closed because was too old", "unless will
change") has lost its subject, most often a pronoun dropped in editing. In the UD English
treebanks (EWT, GUM, PUD; 180,000 words) no "because", "although", "though", "unless",
"whereas", "if" or "while" stands before an auxiliary or modal; "since" does only as an
adverb ("long since have", "the decades since have"), which the rule leaves alone.
"""

from __future__ import annotations

import re

from ..rule import Context, Rule, accepted, flagged
from .missing_words import headline_style
from .verbs import past_only

_CONJUNCTIONS = "because|although|though|unless|whereas|if|while|since|until"
_AUXILIARIES = (
    "is|are|was|were|has|have|had|does|did|do|can|could|will|would|shall|should|may|might|must"
)
_PATTERN = re.compile(
    rf"(?<![\w'’-])({_CONJUNCTIONS})[ \t]+({_AUXILIARIES})(?![\w'’-])"
)
# Conjunctions read before a simple past that is no participle: besides those above, "when",
# "whenever", "before" and "after", which may stand before an auxiliary in a question or an
# inversion ("asked when is the best time") but never before such a verb ("when went").
_FINITE_CONJUNCTIONS = _CONJUNCTIONS + "|when|whenever|before|after"
_FINITE_PATTERN = re.compile(rf"(?<![\w'’-])({_FINITE_CONJUNCTIONS})[ \t]+([a-z]+)(?![\w'’-])")
# Words before "since", "before" or "after" that make it an adverb ("long since have", "the
# years since have", "soon after became", "the year before saw", "and since became").
_AS_ADVERB = re.compile(
    r"(?:long|ever|soon|shortly|just|right|immediately|year|years|decade|decades|month|months"
    r"|week|weeks|day|days|night|time|moments|hours|minutes|centuries|ages|and|but|or)[ \t]+\Z"
)
# Words before "while" that make it a noun ("a while", "for some while").
_WHILE_AS_NOUN = re.compile(r"(?:a|the|some|little|short|long|good)[ \t]+\Z")
# Subjects that agree with the verb, for the suggestions (both for a modal or "had").
_SUBJECTS = {
    "is": ("it",), "was": ("it",), "has": ("it",), "does": ("it",),
    "are": ("they",), "were": ("they",), "have": ("they",), "do": ("they",),
}
# "as if", "even if", "even though" are conjunctions too; "what if", "only if" as well. A
# question ("Why, if is it …") is not a concern in news copy; "as though" also opens a clause.


class MissingSubject(Rule):
    """A clause opened by "because", "although", "if" … with no subject before its verb.

    *What it flags*: "because", "although", "though", "unless", "whereas", "if", "while",
    "since" or "until" followed straight by an auxiliary or a modal: "the plant closed
    because was too old", "the plan stands unless will change", "used it until was granted
    its own arms" ("until" added 2026-12-06: over text_AD_wiki_80..99, the wide copy, the
    dev corpus and the real-error dev sentences of GMEG and CWEB one such phrase, that slip).
    The subject of the clause, usually a pronoun, is missing ("because it was"). And those
    words, "when", "whenever", "before" or "after", followed straight by a simple past that
    is never a participle ("although undertook", "until became", "when went"): a past
    participle may follow them
    in a clause cut short ("when asked", "if needed"), a simple past only with its subject.
    Measured (2026-12-06) over 4.8 million words of Wikipedia no count was built from
    (text_AD_wiki_80..99, text_AB_wiki_00..09), the dev corpus with its clean drafts, and the
    UD English treebanks' sentences: one finding more, a slip ("never forgave Belgian society
    ..., although hid this from his public persona"); over 1,159 more Wikipedia articles one,
    a slip ("they were more right-wing although undertook nationalization"). A form in -s
    after them ("because seems") is not read: the word lists miss plural nouns that are verbs
    too ("while reloads tend", "after writes to"), which made 3 wrong findings there.

    *Why it matters*: a dropped pronoun is a slip of editing a sentence in place; the clause
    cannot be read without it.

    *Flagged*: "The plant closed because was too old to repair."

    *Preferred*: "The plant closed because it was too old to repair."

    *Options*: none; switch the rule off or re-grade it with ``G311``.

    *Known limits*: "since", "before" and "after" as adverbs ("long since have", "the years
    since have seen", "soon after became", "and since became") and "while" as a noun ("a
    while") are left alone; a regular past ("when scored") may be a participle and is not
    read; a subject-less clause after other words
    ("said that had lost") is not looked for, since "that" also opens a relative clause.
    Headlines are skipped. Direct quotations are checked.
    """

    code = "G311"
    name = "missing-subject"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon",)
    examples = (
        accepted(""),
        accepted("The plant closed because it was too old to repair."),
        flagged("The plant closed because was too old to repair.", "because was"),
        flagged("Zoë Müller said the plan stands unless will change.", "unless will"),
        flagged("“We left although were not tired,” said José Álvarez.", "although were"),
        flagged('"We left although were not tired," said José Álvarez.', "although were"),
        flagged("If is ready, the plan goes ahead.", "If is"),
        flagged("Zoë Müller backed the bill, although took a different view in 2019.", "although took"),
        flagged("José Álvarez stayed in the post until became too ill to serve.", "until became"),
        flagged("The council used the old arms until was granted its own, Zoë Müller said.", "until was"),
        accepted("José Álvarez stayed until he became ill; when asked, he said so, soon after became law."),
        accepted("She recovered and since became an advocate; the year before saw record profits."),
        accepted("The mill had long since have been closed, and the years since have seen growth."),
        accepted("It took a while was the verdict; if so, the plan stands, as if it were new."),
        accepted("Prices rose at the fastest rate since May, while Will Smith and Zoë Müller left."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        for _, match in vocabulary.matches(_PATTERN):
            yield from self._clause_without_subject(doc, vocabulary.folded, match, _SUBJECTS.get(match.group(2), ("it", "they")))
        for _, match in vocabulary.matches(_FINITE_PATTERN):
            subjects = _finite_subjects(match.group(2))
            if subjects:
                yield from self._clause_without_subject(doc, vocabulary.folded, match, subjects)

    def _clause_without_subject(self, doc, folded: str, match, subjects):
        conjunction = match.group(1).lower()
        start = match.start(1)
        before = folded[max(0, start - 20) : start]
        if conjunction in ("since", "before", "after") and _AS_ADVERB.search(before):
            return
        if conjunction == "while" and _WHILE_AS_NOUN.search(before):
            return
        paragraph = doc.paragraph_at(start)
        if paragraph is None or headline_style(doc, paragraph):
            return
        written = doc.text[start : match.end(1)]
        verb = doc.text[match.start(2) : match.end(2)]
        if not verb.islower():
            return  # a name: "since May", "While Will acknowledges"
        yield self.finding(
            doc,
            start,
            match.end(2),
            f"\"{written} {verb}\": the clause has no subject; check whether a word such as"
            f" \"{subjects[0]}\" is missing.",
            suggestions=[f"{written} {subject} {verb}" for subject in subjects],
        )


def _finite_subjects(word: str) -> tuple[str, ...]:
    """The subjects to offer before ``word`` when it can only be a simple past, never a
    participle ("became", "went", "undertook"); none for any other word. (A form in -s is
    left alone: the word lists miss many plural nouns that are verbs too, "while reloads
    tend", "after writes to".)"""
    return ("he", "she", "they") if word in past_only() else ()
