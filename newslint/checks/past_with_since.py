"""G208: the simple past after "Since" and a past point that opens the sentence ("Since 2009,
only two new antibiotics were approved": "have been approved")."""

from __future__ import annotations

import re

from ..english import MONTH_NAMES
from ..rule import Context, Rule, accepted, flagged
from .perfect_past_time import past_openings, subject_then_verb
from .verbs import past_only

_MONTHS = "|".join(name.lower() for name in MONTH_NAMES[1:])
# "Since 2009,", "Since May 2012", "Since the 1990s": a time that runs from a past point to now.
_SINCE = re.compile(
    rf"since[ \t]+(?:(?:(?:early|late|mid|mid-)[ \t]*)?(?:(?:{_MONTHS})[ \t]+(?:\d{{1,2}},?[ \t]+)?)?(1[5-9]\d\d|20\d\d)"
    r"|the[ \t]+(1[5-9]\d0|20\d0)s)(?![\w'’-])(?:[ \t]*,)?"
)
# Plural subjects' pronouns: they take "have" ("they have been").
_HAVE_SUBJECTS = frozenset(("they", "we", "you", "i"))


def perfect_of(past: str, plural: bool) -> str | None:
    """The present perfect for a simple past: "declined" -> "has declined", "were" -> "have
    been", "began" -> "has begun"; None when the verb tables do not tell the participle."""
    have = "have" if plural else "has"
    if past in ("was", "were"):
        return ("have" if past == "were" or plural else "has") + " been"
    found = past_only().get(past)
    if found:
        return f"{have} {found[1]}"
    if past.endswith("ed"):
        return f"{have} {past}"
    return None


# Verbs that show that a past form before them was a participle describing the subject
# ("a people mover called Minimetrò has been", "the church sponsored initiative has").
_FINITE = frozenset("has have had is are was were".split())
_CLAUSE_ENDS = frozenset((",", ";", ":", "(", "and", "but", "which", "who", "that", "when", "while", "where"))


def _finite_after(tokens, k: int) -> bool:
    """Is there a finite "has", "is", "was" … or a present-tense verb in the words after ``k``
    before the clause ends?"""
    for token in tokens[k : k + 10]:
        word = token.text.lower()
        if word in _CLAUSE_ENDS or token.tag == ".":
            return False
        if word in _FINITE or token.tag in ("VBZ", "VBP", "MD"):
            return True
    return False


class PastWithSince(Rule):
    """The simple past after "Since" and a past date opening the sentence ("Since 2009, X won").

    *What it flags*: a simple past ("was", "declined", "began") that is the first verb after
    "Since" and a year, a month and year or a decade opening the sentence, with only the
    subject between: "Since 2009, only two new antibiotics were approved" ("have been
    approved"), "Since 2012, the college began to offer classes online" ("has begun"). The
    present perfect is offered; "had" and the participle, in a story told in the past.

    *Why it matters*: "since" counts from a past point up to a later one, now or the time of
    the story; the simple past tells of a time over and done, and the two do not meet. Where
    the event happened once ("Since 2004, the colón stopped circulating"), "In" is meant.

    *Flagged*: "Since 2009, only two new antibiotics were approved."

    *Preferred*: "Since 2009, only two new antibiotics have been approved."

    *Options*: none; switch the rule off or re-grade it with ``G208`` in the configuration.

    *Known limits*: only "Since" and a date that open the sentence, and only the first verb
    after them, with no comma, relative word or other verb between and no "and" straight
    before it ("Since 2002, when the war ended, the nation has" is left alone); "had" and a
    participle (the past perfect) are right and never flagged, and so is a past form that a
    finite "has", "is", "was" … follows in its clause, a participle describing the subject
    ("Since 2008, a people mover called Minimetrò has run"). Headlines and direct quotations
    are skipped.
    Measured (2026-12-07): over all 3,786 lines of 410 MB of Wikipedia with "Since" and a
    date opening a sentence, 143 findings; of 40 read, about 36 the slip ("Since 1991, CPSU
    lost all the power", "Since 2006, much efforts were put"), one a participle read as a
    past ("two robots specially developed with ..."); none over the dev corpus's news, its
    docs and clean drafts, nor in the sentences of ``scripts/eval_real_edits.py``.
    """

    code = "G208"
    name = "past-with-since"
    family = "grammar"
    severity = "info"
    quotes = "skip"
    needs = ("lexicon", "tags", "dates")
    examples = (
        accepted(""),
        flagged("Since 2009, only two new antibiotics were approved.", "were"),
        flagged("Since 2012, the college began to offer classes online.", "began"),
        flagged("Since the 1990s the town declined.", "declined"),
        accepted("Since 2009, only two new antibiotics have been approved."),
        accepted("Since 1983, Formula One had been dominated by two teams."),
        accepted("Since 2002, when the war ended, the nation has grown."),
        accepted("Since May 2012 the mayor, who was elected in 2010, has cut taxes."),
        accepted("In 2009, only two new antibiotics were approved."),
        accepted("---\ndate: 2013-06-01\n---\n\nSince 2013, the council approved two plans.", path="example.md"),
        accepted("Since 2009, only two new antibiotics were approved"),
        accepted("Since 2008, a people mover called Minimetrò has run, and the Applied Physics Laboratory has grown."),
        accepted("“Since 2009, only two new antibiotics were approved,” said José Álvarez."),
    )

    def check(self, doc, context: Context):
        for match in past_openings(doc, context, _SINCE, (1,), 2):
            found = subject_then_verb(doc, match.end(), ("VBD",))
            if found is None:
                continue
            tokens, k, first = found
            verb, subject = tokens[k], tokens[first:k]
            written = verb.text.lower()
            if written == "had" or not verb.text.islower():
                continue  # "Since 1983, Formula One had been dominated": the past perfect; "the Applied Physics Laboratory"
            if _finite_after(tokens, k + 1):
                continue  # "Since 2008, a people mover called Minimetrò has been": a participle, the verb after it
            plural = subject[-1].tag in ("NNS", "NNPS") or subject[0].text.lower() in _HAVE_SUBJECTS
            perfect = perfect_of(written, plural)
            dated = doc.text[match.start() : match.end()].rstrip(" \t,")
            yield self.finding(
                doc,
                verb.start,
                verb.end,
                f"\"{verb.text}\" after \"{dated}\": a time counted from a past point takes the present perfect"
                + (f" (\"{perfect}\")" if perfect else "")
                + ", or \"had\" and the participle in a story told in the past; if it happened once, \"In\" is meant.",
                suggestions=[perfect] if perfect else [],
            )
