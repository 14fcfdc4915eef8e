""""to" missing after "be" and an adjective or participle (G312): "is likely be", "are going get".

After a form of "be" (or "seem", "appear") and an adjective or participle, a plain verb can
only stand with "to": "is likely to be", "was reported to be", "are going to get", "is able to
pay". In the UD English treebanks (EWT, GUM, PUD; 180,000 words, gold tags) the sequence
"be" + adverbs + adjective or participle + plain verb occurs once, in a run-on sentence
("since the site is new send me your suggestions"). The plain verb must be a verb and nothing
else by the lexicon ("get", "be", "pay" is also a noun and is left alone), so that
"is worth price" or a tagging slip cannot fire.
"""

from __future__ import annotations

import re

from ..analysis import lexicon as lx
from ..rule import Context, Rule, accepted, flagged
from .missing_to import to_verbs, verb_only
from .missing_words import headline_style

_LINKS = "is|are|was|were|be|been|being|am|'s|'re|'m|seems?|seemed|appears?|appeared"
# The link, an adverb in -ly perhaps, then the two words; "is likely be" matches with
# "likely" as the adverb and is read again with it as the first word.
_PATTERN = re.compile(
    rf"(?<![\w'’-])(?:{_LINKS})[ \t]+(?:([a-z]+ly)[ \t]+)?([a-z]+)[ \t]+([a-z]+)?"
)
_MIDDLE_TAGS = ("JJ", "VBN", "VBG")
# A bare verb after these is idiom: "was let go", "are helping organise", "making do", and
# "first come, first served" (an order, not an adjective that takes "to").
_BARE_AFTER = frozenset("let help helps helped helping making first".split())


class MissingInfinitiveTo(Rule):
    """"to" missing after "be" and an adjective or participle ("is likely be").

    *What it flags*: a form of "be", "seem" or "appear", then an adjective or participle, then
    straight the plain form of a verb: "the bridge is likely be closed", "the chip is
    reported be faster", "we are going get it done". Only "to" can join them ("is likely to
    be").

    *Why it matters*: a dropped "to" is a slip of fast typing that a spell checker passes.

    *Flagged*: "The bridge is likely be closed next week."

    *Preferred*: "The bridge is likely to be closed next week."

    *Options*: none; switch the rule off or re-grade it with ``G312``.

    *Known limits*: the plain verb must be a verb and nothing else ("pay", "help" and "fund"
    are nouns too and are left alone); verbs that take "to" themselves ("expected be",
    "seeking become") are G305's; "was let go" is idiom. Headlines are skipped. Direct
    quotations are checked.

    *How sure*: advice (info) since the prec12 precision audit: on Wikipedia text (AD_70-89)
    neither of its two warnings was right ("construction was near complete", "when they were
    first put to use").
    """

    code = "G312"
    name = "missing-infinitive-to"
    family = "grammar"
    severity = "info"
    needs = ("lexicon", "tags")
    examples = (
        accepted(""),
        accepted("The bridge is likely to be closed next week."),
        flagged("The bridge is likely be closed next week.", "likely be"),
        flagged("Zoë Müller said they are going get it done.", "going get"),
        flagged("“It was reported be faster,” said José Álvarez.", "reported be"),
        flagged('"It was reported be faster," said José Álvarez.', "reported be"),
        flagged("Officials say the chip is likely be.", "likely be"),
        accepted("The plan will likely be approved; the worker was let go and is paid well."),
        accepted("Tickets are first come, first served, and the shop is open seven days."),
        accepted("The vote is expected to pass; the shop is open seven days."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        tags = doc.analysis("tags")
        for _, match in vocabulary.matches(_PATTERN):
            if match.group(1) and verb_only(match.group(2)):
                pair = 1  # "is likely be": the -ly word is the first of the two
            elif match.group(3) and verb_only(match.group(3)):
                pair = 2
            else:
                continue
            middle, verb = match.group(pair), match.group(pair + 1)
            if middle in _BARE_AFTER or middle in to_verbs():
                continue
            if "v" not in lx.tags(middle) and "a" not in lx.tags(middle):
                continue  # "was to become", a noun the tagger may read as an adjective
            if not self._frame(tags, match.start(pair), match.start(pair + 1), verb):
                continue
            paragraph = doc.paragraph_at(match.start())
            if paragraph is None or headline_style(doc, paragraph):
                continue
            first = doc.text[match.start(pair) : match.end(pair)]
            second = doc.text[match.start(pair + 1) : match.end(pair + 1)]
            yield self.finding(
                doc,
                match.start(pair),
                match.end(pair + 1),
                f"\"{first} {second}\": check whether \"to\" is missing (\"{first} to {second}\").",
                suggestions=[f"{first} to {second}"],
            )

    @staticmethod
    def _frame(tags, first: int, second: int, verb: str) -> bool:
        """The tagger reads the first word as an adjective or participle ("likely" as an
        adverb too) and the second as a plain verb. After a participle only "be" is taken:
        a plain verb there may be the main verb after a relative clause ("the times it was
        done require an inquiry")."""
        located = tags.locate(first)
        if located is None:
            return False
        sentence, i = located
        tokens = sentence.tokens
        if tokens[i].start != first or i + 1 >= len(tokens) or tokens[i + 1].start != second:
            return False
        tag = tokens[i].tag
        if tag not in _MIDDLE_TAGS and not (tag == "RB" and "a" in lx.tags(tokens[i].text.lower())):
            return False
        if tag == "VBN" and verb != "be":
            return False
        return tokens[i + 1].tag == "VB"
