"""S211: a short function word written for another one typing slip away ("more that 100")."""

from __future__ import annotations

from ...rule import Context, Rule, accepted, flagged
from .counts import _named, _paragraph_tokens

# The gap counts (checks/slips/gaps.py): a filler word is reported when the four contexts of
# its place (one and two words each side) favour a filler one edit away by more than this
# (summed log-odds), chosen on the tune half of scripts/eval_error_model.py --gaps --kinds near.
NEAR_MARGIN = 8.0


class NearFunctionWord(Rule):
    """A short function word written for another one typing slip away ("more that 100").

    *What it flags*: one of the short words of the gap counts (``checks/slips/gaps.py``: "the",
    "of", "on", "is", "has", "that" ...) where the words around it, one and two on each side,
    hold another such word one letter away (a letter put in, left out, replaced, or two
    swapped: "that"/"than", "of"/"or", "he"/"the", "it"/"its") far more often than the word
    as written, over about 78 million words of openly licensed English: "more that 100"
    ("than"), "one or the largest" ("of"), "derives it name" ("its"). The summed log-odds of
    the four contexts must pass 8 (``NEAR_MARGIN``). Reported as advice, with the word the
    counts favour.

    *Why it matters*: a slip that makes another real word passes every spell checker, and a
    reader stumbles on it.

    *Flagged*: "The bridge cost more that 100 million euros."

    *Preferred*: "The bridge cost more than 100 million euros."

    *Options*: none; switch the rule off or re-grade it with ``S211`` in the configuration.

    *Known limits*: the counts see two words each side, no further, and fold every number into
    one; a rare but right construction whose neighbours usually hold the other word is
    flagged. Every context holds the word on each side of the gap, so a slip whose evidence
    lies on one side only ("schools that ever before": "than ever before", but "schools than
    ever" is rare too) is not seen. Words with a capital inside a sentence (names), parts of
    hyphenated compounds, a word at the start of a paragraph or beside a mark, and headlines
    are left alone. The pairs are every two of the 67 counted words one edit apart (90
    ordered pairs); none was dropped: at the margin the tune half gave one finding on
    untouched text ("is"/"in"). Measured (2026-12-02, ``scripts/eval_error_model.py
    WIKI --gaps --kinds near``, the 20 Wikipedia files the counts left out, 400 drafts,
    121,000 words a half; tune | held out): injected slips found with the right word 0.168
    | 0.151, at 0.01 | 0.03 findings per 1,000 untouched words (margin 6: 0.229 | 0.207 at
    0.06 | 0.11). On the dev corpus's news (77,000 words) no finding (at margin 6, four, all
    wrong: "it has the", "at very early"); on real-dev neither a finding on a corrected
    draft nor an error found, in either half: real writers' slips there are mostly between
    words the table does not count ("you"/"your", "on"/"only").
    """

    code = "S211"
    name = "function-word-slip"
    family = "spelling"
    severity = "info"
    needs = ("lexicon",)
    # the rules that say more exactly what is wrong on the same word: a/an by sound (G101), the
    # slips S205 reads with the tagger, the preposition a word governs (G302)
    gives_way_to = ("G101", "G302", "S205")
    examples = (
        accepted(""),
        accepted("The bridge cost more than 100 million euros."),
        flagged("The bridge cost more that 100 million euros.", "that"),
        flagged("“It cost more that 100 million euros,” said Zoë Müller.", "that"),
        accepted("“It cost more than 100 million euros,” said José Álvarez."),
        accepted("That is more than enough."),
    )

    def check(self, doc, context: Context):
        from . import weigh  # here, not at the top: a cold run need not load the counts

        for tokens in _paragraph_tokens(doc):
            for edit in weigh.near_edits(tokens):
                if edit.evidence <= NEAR_MARGIN:
                    continue
                j = edit.first
                written = tokens[j][3]
                if _named(tokens[j]) and not _starts_sentence(tokens, j) or written.isupper() and len(written) > 1:
                    continue  # a name or a heading's capitals ("IS", "Plan A")
                if tokens[j - 1][0] == "-" or j + 1 < len(tokens) and tokens[j + 1][0] == "-":
                    continue  # a part of a compound
                meant = edit.filler.capitalize() if written[:1].isupper() else edit.filler
                before = tokens[j - 1][3] if tokens[j - 1][0][:1].isalnum() else ""
                after = tokens[j + 1][3]
                shown = " ".join(x for x in (before, written, after) if x)
                yield self.finding(
                    doc,
                    tokens[j][1],
                    tokens[j][2],
                    f'"{shown}": check whether "{meant}" was meant (the words around it hold'
                    f' "{edit.filler}" far more often than "{tokens[j][0]}" in the counted text).',
                    suggestions=[meant],
                )


_SENTENCE_ENDS = frozenset(".!?:;\"“”'‘’()")


def _starts_sentence(tokens, i: int) -> bool:
    return i == 0 or tokens[i - 1][0] in _SENTENCE_ENDS
