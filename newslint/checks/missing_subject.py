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

_CONJUNCTIONS = "because|although|though|unless|whereas|if|while|since"
_AUXILIARIES = (
    "is|are|was|were|has|have|had|does|did|do|can|could|will|would|shall|should|may|might|must"
)
_PATTERN = re.compile(
    rf"(?<![\w'’-])({_CONJUNCTIONS})[ \t]+({_AUXILIARIES})(?![\w'’-])"
)
# Words before "since" that make it an adverb ("long since have", "the years since have").
_SINCE_AS_ADVERB = re.compile(
    r"(?:long|ever|years|decades|months|weeks|days|centuries|ages|shortly|soon)[ \t]+\Z"
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

    *What it flags*: "because", "although", "though", "unless", "whereas", "if", "while" or
    "since" followed straight by an auxiliary or a modal: "the plant closed because was too
    old", "the plan stands unless will change". The subject of the clause, usually a
    pronoun, is missing ("because it was").

    *Why it matters*: a dropped pronoun is a slip of editing a sentence in place; the clause
    cannot be read without it.

    *Flagged*: "The plant closed because was too old to repair."

    *Preferred*: "The plant closed because it was too old to repair."

    *Options*: none; switch the rule off or re-grade it with ``G311``.

    *Known limits*: "since" as an adverb ("long since have", "the years since have seen") and
    "while" as a noun ("a while") are left alone; a subject-less clause after other words
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
        accepted("The mill had long since have been closed, and the years since have seen growth."),
        accepted("It took a while was the verdict; if so, the plan stands, as if it were new."),
        accepted("Prices rose at the fastest rate since May, while Will Smith and Zoë Müller left."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        folded = vocabulary.folded
        for _, match in vocabulary.matches(_PATTERN):
            conjunction = match.group(1)
            start = match.start(1)
            before = folded[max(0, start - 20) : start]
            if conjunction == "since" and _SINCE_AS_ADVERB.search(before):
                continue
            if conjunction == "while" and _WHILE_AS_NOUN.search(before):
                continue
            paragraph = doc.paragraph_at(start)
            if paragraph is None or headline_style(doc, paragraph):
                continue
            written = doc.text[start : match.end(1)]
            verb = doc.text[match.start(2) : match.end(2)]
            if not verb.islower():
                continue  # a name: "since May", "While Will acknowledges"
            subjects = _SUBJECTS.get(match.group(2), ("it", "they"))
            yield self.finding(
                doc,
                start,
                match.end(2),
                f"\"{written} {verb}\": the clause has no subject; check whether a word such as"
                f" \"{subjects[0]}\" is missing.",
                suggestions=[f"{written} {subject} {verb}" for subject in subjects],
            )
