"""S209: a real word that is likelier a typing slip for a word one edit away, by the word-pair
counts around it (the noisy-channel test of ``newslint/noisy_channel.py``)."""

from __future__ import annotations

from ...analysis import lexicon as lx
from ...rule import Context, Rule, accepted, flagged


class RealWordSlip(Rule):
    """A real word that its neighbours say is a slip for a word one letter away.

    *What it flags*: a lower-case dictionary word of three letters or more that fits its
    neighbours far worse than a word one typing slip away (a letter dropped, added, changed or
    two swapped): "consumption patters" (patterns), "a goo reputation" (good). The fit is read
    from how often each word stands after the word before it and before the word after it in
    62 million words of Wikipedia; a typist's likelier slips (a doubled letter, a neighbouring
    key, two letters swapped) need less evidence. A word seen beside both its neighbours is
    never weighed.

    *Why it matters*: a spelling checker passes these, since every word is a word; only the
    context shows the slip.

    *Flagged*: "Analysts studied consumption patters across the region."

    *Preferred*: "Analysts studied consumption patterns across the region."

    *Known limits*: off by default (``--select S209`` or ``extend-select``), and advice only:
    on 156,000 words of news copy 3 of its 18 findings were real slips, the rest rare words
    in company the counts never saw ("spates of viruses", "a private email server"). Words
    joined by a hyphen are not weighed ("tongue-lashing"). It sees one word on each side, so a slip whose neighbours fit both words ("he
    spit at them") passes, and so does a word two slips away ("on" for "only"). Singular for
    plural is left to the agreement rules; capitalised words (names) are not weighed.
    """

    code = "S209"
    name = "real-word-slip"
    family = "spelling"
    severity = "info"
    default_on = False
    needs = ("lexicon",)
    examples = (
        flagged("Analysts studied consumption patters across the region.", "patters"),
        flagged("The bakery has built a goo reputation over the years.", "goo"),
        flagged("Some expects believe the fund will run dry.", "expects"),
        accepted(""),
        accepted("Analysts studied consumption patterns across the region."),
        accepted("The bakery has built a good reputation over the years."),
        accepted("Some experts believe the fund will run dry."),
        accepted("The council said the new bridge would open in the spring."),
        accepted("Leafy vegetable prices rose while the vegetables themselves grew scarce."),
    )

    def check(self, doc, context: Context):
        # imported when the rule runs (it is off by default): the model's modules and hashlib
        # are ~5 ms of the start-up of every run that loads the rules
        from ... import noisy_channel

        vocabulary = doc.analysis("lexicon")
        for tokens in vocabulary.tokens:
            for i, meant, _margin in noisy_channel.suspects(tokens):
                _, start, end, written = tokens[i]
                suggestion = lx.recase(meant, written)
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"\"{written}\" may be a slip for \"{suggestion}\".",
                    suggestions=[suggestion],
                )
