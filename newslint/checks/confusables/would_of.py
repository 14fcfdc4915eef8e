"""S204: "would of", "could of" … written for "would have"."""

from __future__ import annotations

from ... import ngrams
from ...analysis import lexicon as lx
from ...rule import accepted, flagged
from .base import ContextRule
from .words import DETERMINERS

_MODALS_OF = frozenset("would could should must might may".split())


class WouldOf(ContextRule):
    """"would of", "could of", "should of" written for "would have" and the like.

    *What it flags*: "would of", "could of", "should of", "must of", "might of", "may of"
    (but not "would, of course", "must of necessity", "May of next year", "force and might
    of the army").

    *Why it matters*: the spoken "would've" is written "would have"; "would of" is a mistake
    even inside a quotation, where it is best written "would have" or "would've".

    *Flagged*: "The minister said he could of stopped the strike."

    *Preferred*: "The minister said he could have stopped the strike."

    *Known limits*: before a number or a capitalised word "of" is taken as meant ("in may of
    2009", "destroyed as much as they could of Odessa harbour"), so "could of Been" is missed.
    """

    code = "S204"
    name = "would-of"
    triggers = _MODALS_OF
    examples = (
        flagged("The minister said he could of stopped the strike.", "could of"),
        flagged("Should of known, said Zoë Müller.", "Should of"),
        flagged("“We would of won,” he said.", "would of"),
        flagged("\"We must of lost,\" he said.", "must of"),
        flagged("He said they might of", "might of"),
        accepted(""),
        accepted("The minister said he could have stopped the strike."),
        accepted("It would of course be a delay, and the change may of itself help."),
        accepted("She wrote of the naval might of the Dutch Republic."),
        accepted("“We would, of course,” said Zoë Müller."),
        accepted("The plant opened in may of 2009; they destroyed what they could of Odessa harbour."),
    )

    def at(self, tokens, i, token, vocabulary=None):
        if token[0] in _MODALS_OF and i + 1 < len(tokens) and tokens[i + 1][0] == "of":
            if token[0] in ("might", "must", "may") and i and (
                tokens[i - 1][0] in DETERMINERS or "a" in lx.tags(tokens[i - 1][0])
            ):
                return None  # "the naval might of the Dutch Republic": a noun
            after = tokens[i + 2][0] if i + 2 < len(tokens) else ""
            if after in ("course", "itself", "themselves", "himself", "herself", "which"):
                return None
            if lx.is_noun_only(after):
                return None  # "must of necessity": "have" cannot take a bare noun there
            if after[:1].isdigit() or i + 2 < len(tokens) and tokens[i + 2][3][:1].isupper():
                return None  # "in may of 2009", "as much as they could of Odessa harbour": no perfect
            if token[0] in ("might", "must", "may") and i and tokens[i - 1][0] in ("and", "or"):
                return None  # "the full force and might of the army": a noun
            if token[3] == "May" and not ngrams.starts_sentence(tokens, i):
                return None  # "May of next year": the month
            return (i, i + 1, f"{token[0]} of", f"{token[0]} have", "")
        return None
