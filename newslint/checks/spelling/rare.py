"""S103: a real but rare word that may be a slip for a common one (the spelling walk's
"rare" verdicts, ``analysis/spelling.py``)."""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...rule import Context, Rule, accepted, flagged


class RareWordOrSlip(Rule):
    """A rare word that is also one slip from a common word: check which was meant.

    *What it flags*: a lower-case word that the larger dictionaries list (SCOWL's size-80
    American and British lists) but that is rare and lies a slip or two from a common
    word: "improv" beside "improve", "uniter" beside "united", "tenge" beside "tense". The
    word may be meant (a comedy club's improv nights, Kazakhstan's tenge) or a slip; only the
    writer knows, so it is reported at "info" level, for a check, with the common word as
    the suggestion. S101 reports the words no dictionary has; the words S101 leaves alone
    (names, coinages the story uses twice, foreign passages and phrases, abbreviations it
    spells out) are left alone here too.

    *Why it matters*: a slip that makes a rare word passes every spell checker that knows
    the rare word, and one that does not know it calls the right word a typo. An editor
    glancing at the sentence tells the two apart in a second.

    *Flagged*: "The council will improv the roads next year."

    *Preferred*: "The council will improve the roads next year."

    *Options*: ``vocabulary.accept`` (words never flagged) in the configuration; the code can
    be re-graded or switched off apart from S101 (``[severity]``, ``ignore``).

    *Known limits*: many of these words are meant ("yuca", "tenge"), which is why the rule
    only asks; a slip that makes a common word ("form" for "from") is the real-word rules'
    business, and a capitalised word is taken for a name.
    """

    code = "S103"
    name = "rare-word-or-slip"
    family = "spelling"
    severity = "info"
    needs = ("lexicon", "names", "quotes", "spelling")
    examples = (
        flagged("The council will improv the roads next year.", "improv"),
        flagged("“We will improv the roads,” the mayor said.", "improv"),
        flagged("The council will improv", "improv"),
        accepted(""),
        accepted("The council will improve the roads next year."),
        accepted("The council will tryinng the roads next year."),
        accepted("Zoë Müller runs the improv night.", accept=frozenset({"improv"})),
        accepted("Improv nights drew crowds, said Zoë Müller."),
        accepted("The merger was a fait accompli, she said sotto voce."),
    )

    def check(self, doc, context: Context):
        # The words S101's walk sorts as real but rare (``analysis/spelling.py``).
        for verdict in doc.analysis("spelling").verdicts(context.settings):
            if verdict.kind == "rare":
                yield self._rare_finding(doc, verdict.text, verdict.start)

    def _rare_finding(self, doc, part, start):
        best = next((c.word for c in lx.candidates(part.lower()) if " " not in c.word), None)
        if best is None:
            message = f"\"{part}\" is a rare word; check the spelling."
        else:
            message = f"\"{part}\" is a rare word; check whether \"{lx.recase(best, part)}\" was meant."
        return self.finding(doc, start, start + len(part), message, suggestions=lx.suggest(part))
