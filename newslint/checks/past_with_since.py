"""G208: the simple past or present after "Since" and a past point that opens the sentence
("Since 2009, only two new antibiotics were approved": "have been approved"; "Since 2009, he
is the mayor": "has been")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..english import MONTH_WORDS
from ..rule import Context, Rule, accepted, flagged
from .perfect_past_time import past_dates, subject_then_verb
from .verbs import past_base, past_only, regular, same_participle, third_base

# "Since 2009,", "Since May 2012", "Since the 1990s": a time that runs from a past point to now.
_SINCE = re.compile(
    rf"since[ \t]+(?:(?:(?:early|late|mid|mid-)[ \t]*)?(?:(?:{MONTH_WORDS})[ \t]+(?:\d{{1,2}},?[ \t]+)?)?(1[5-9]\d\d|20\d\d)"
    r"|the[ \t]+(1[5-9]\d0|20\d0)s)(?![\w'’-])(?:[ \t]*,)?"
)
# Plural subjects' pronouns: they take "have" ("they have been").
_HAVE_SUBJECTS = frozenset(("they", "we", "you", "i"))


@lru_cache(maxsize=1)
def _irregular_participles() -> dict[str, str]:
    """An irregular verb's base -> its participle: "go" -> "gone", "see" -> "seen"."""
    table: dict[str, str] = {}
    for base, participle in past_only().values():
        table.setdefault(base, participle)
    for base, participles in past_base().values():
        table.setdefault(base, participles[0])
    return table


def _participle_of(base: str) -> str | None:
    """A verb's past participle from its base: "use" -> "used", "go" -> "gone", "hold" ->
    "held"; None when the verb tables do not tell it."""
    found = _irregular_participles().get(base)
    if found:
        return found
    found = same_participle().get(base)
    return found[0] if found else regular().get(base)


def perfect_of_present(present: str, plural: bool) -> str | None:
    """The present perfect for a present: "is" -> "has been", "are" -> "have been", "uses" ->
    "has used", "create" -> "have created"; None when the verb tables do not tell it."""
    if present in ("is", "'s"):
        return "has been"
    if present in ("are", "'re", "am", "'m"):
        return "have been"
    base = third_base(present) if present.endswith("s") else present
    participle = _participle_of(base) if base else None
    if participle is None:
        return None
    return ("have" if plural or not present.endswith("s") else "has") + " " + participle


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
_CLAUSE_ENDS = frozenset(
    (",", ";", ":", "(", "and", "but", "which", "who", "that", "when", "while", "where", "although", "though", "because", "as", "if", "until", "after", "before")
)


def _finite_after(tokens, k: int) -> bool:
    """Is there a finite "has", "is", "was" … or another finite verb in the words after ``k``
    before the clause ends? (Then the word at ``k`` may be a participle describing the
    subject, or a plural noun the tagger read as a verb: "users of networks like Usenet
    created".)"""
    for token in tokens[k : k + 10]:
        word = token.text.lower()
        if word in _CLAUSE_ENDS or token.tag == ".":
            return False
        if word in _FINITE or token.tag in ("VBZ", "VBP", "VBD", "MD"):
            return True
    return False


def _superlative(subject) -> bool:
    """Does the subject hold a superlative ("the highest OPS", "the most common fruit"), which
    "since" may measure ("the highest since 1925")? Not "most" counting ("most of the
    immigrants", "most servers")."""
    for i, token in enumerate(subject):
        word = token.text.lower()
        if word in ("most", "least"):
            if i + 1 < len(subject) and subject[i + 1].tag in ("JJ", "RB", "VBN"):
                return True
        elif token.tag in ("JJS", "RBS"):
            return True
    return False


class PastWithSince(Rule):
    """A simple past or present after "Since" and a past date opening the sentence ("Since 2009, X is").

    *What it flags*: a simple past ("was", "declined", "began") or present ("is", "uses") that
    is the first verb after "Since" and a year, a month and year or a decade opening the
    sentence, with only the subject between: "Since 2009, only two new antibiotics were
    approved" ("have been approved"), "Since 2012, the college began to offer classes online"
    ("has begun"), "Since 2009, John Jorritsma is the King's commissioner" ("has been"), "Since
    1972, the Church uses the name" ("has used"). The present perfect is offered; after a
    past, "had" and the participle too, in a story told in the past.

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
    date opening a sentence, 420 findings: 140 at a past, of 40 read about 36 the slip
    ("Since 1991, CPSU lost all the power", "Since 2006, much efforts were put"; wrong: "two
    robots specially developed with ..."), and 280 at a present, of 40 read all 40 the slip
    ("Since 1999 Szczecin is the capital", "Since 2003, the constitution provides for");
    a subject with a superlative is left alone ("Since 1925, the highest OPS for a
    right-hander is 1.2224": the highest since then). None over the dev corpus's news, its
    docs and clean drafts, nor in the sentences of ``scripts/eval_real_edits.py``.
    """

    code = "G208"
    name = "since-without-perfect"
    family = "grammar"
    severity = "info"
    quotes = "skip"
    needs = ("lexicon", "tags", "dates")
    examples = (
        accepted(""),
        flagged("Since 2009, only two new antibiotics were approved.", "were"),
        flagged("Since 2012, the college began to offer classes online.", "began"),
        flagged("Since the 1990s the town declined.", "declined"),
        flagged("Since 2009, Jorritsma is the mayor, and since 1972 the Church uses the name.", "is"),
        flagged("Since 1972, the Church uses the name, and since 1990 there are two schools.", "uses"),
        accepted("Since 2009, Jorritsma has been the mayor and will stay."),
        accepted("Since 1925, the highest score for a rookie is 92, and since 1979 users of networks like Usenet created games."),
        flagged("Since 2003, most of the immigrants came from Brazil.", "came"),
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
        for match in past_dates(doc, context, _SINCE, (1,), 2):
            found = subject_then_verb(doc, match.end(), ("VBD", "VBZ", "VBP"))
            if found is None:
                continue
            tokens, k, first = found
            verb, subject = tokens[k], tokens[first:k]
            written = verb.text.lower()
            if written in ("had", "has", "have") or not verb.text.islower():
                continue  # "Since 1983, Formula One had been dominated": the past perfect; "the Applied Physics Laboratory"
            if _finite_after(tokens, k + 1):
                continue  # "Since 2008, a people mover called Minimetrò has been": a participle, the verb after it
            if _superlative(subject):
                continue  # "Since 1925, the highest OPS for a right-hander is 1.2224": the highest since then
            plural = subject[-1].tag in ("NNS", "NNPS") or subject[0].text.lower() in _HAVE_SUBJECTS
            present = verb.tag != "VBD"
            perfect = perfect_of_present(written, plural) if present else perfect_of(written, plural)
            dated = doc.text[match.start() : match.end()].rstrip(" \t,")
            yield self.finding(
                doc,
                verb.start,
                verb.end,
                f"\"{verb.text}\" after \"{dated}\": a time counted from a past point takes the present perfect"
                + (f" (\"{perfect}\")" if perfect else "")
                + (".", ", or \"had\" and the participle in a story told in the past; if it happened once, \"In\" is meant.")[not present],
                suggestions=[perfect] if perfect else [],
            )
