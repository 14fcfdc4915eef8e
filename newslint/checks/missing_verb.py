"""G306: no verb after "does not" ("does not national rules")."""

from __future__ import annotations

import re

from ..analysis import lexicon as lx
from ..rule import Context, Rule, accepted, flagged
from .missing_words import DETERMINER_WORDS, tokens_at
from .verbs import function_words

_PRONOUNS = frozenset(
    "nothing something anything everything nobody somebody anybody everybody none other others"
    " no-one someone anyone everyone".split()
)
_G306 = re.compile(r"(?<![\w'’-])(do|does|did)(?:[ \t]+not|n't)[ \t]+([a-z]+)(?![\w'’-])")


class MissingVerb(Rule):
    """No verb after "do not", "does not" or "did not" ("does not national rules").

    *What it flags*: "do not", "does not", "did not" (and "don't", "doesn't", "didn't")
    followed by a word that can be no verb and no adverb by the lexicon: "The school does
    not regional sports teams" (a verb such as "have" is missing). After "not" the tagger
    expects a verb, so its tag is no evidence here; the lexicon decides.

    *Why it matters*: a dropped verb leaves a sentence without its meaning; the reader has to
    guess the missing word.

    *Flagged*: "The school does not regional sports teams."

    *Preferred*: "The school does not have regional sports teams."

    *Options*: none; switch the rule off or re-grade it with ``G306`` in the configuration.

    *Known limits*: a word the lexicon does not know, a capitalised word and any word that
    may be a verb or an adverb ("did not even", "does not necessarily", "did not all") are
    left alone, so a missing verb before such a word is missed, as are pronouns that may
    open a new clause ("if you don't nothing changes", short of its comma). Dialect in
    quotations ("don't flight him") may be flagged. Direct quotations are checked.

    *How sure*: advice (info) since the prec12 precision audit: on Wikipedia text (AD_80-89)
    neither of its two warnings was right ("Did not great Julius bleed", "insurers that did not
    community rate").
    """

    code = "G306"
    name = "missing-verb"
    family = "grammar"
    severity = "info"
    needs = ("lexicon", "tags")
    examples = (
        accepted(""),
        accepted("The school does not have regional sports teams."),
        flagged("The school does not regional sports teams.", "regional"),
        flagged("“We did not national work,” said José Álvarez.", "national"),
        flagged('"We did not national work," said José Álvarez.', "national"),
        flagged("Zoë Müller's firm doesn't annual reports", "annual"),
        accepted("It did not even matter; he does not necessarily agree, and they did not all go."),
        accepted("Do not Google it; they did not RSVP."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        for _, match in vocabulary.matches(_G306):
            word = match.group(2)
            written = doc.text[match.start(2) : match.end(2)]
            if written != word:
                continue  # a name or a capitalised word
            found = lx.tags(word)
            if not found or set(found) & set("vrx") or word in function_words() or word in DETERMINER_WORDS:
                continue
            if word in _PRONOUNS:
                continue  # "if you don't nothing will change": a new clause after an ellipsis
            tokens = tokens_at(doc, match.start(2))
            if tokens is None:
                continue
            sentence, k = tokens
            if sentence[k].tag in ("RB", "MD", "NNP"):
                continue  # (after "not" the tagger expects a verb: its "VB" is no evidence)
            auxiliary = doc.text[match.start(1) : match.start(2)].rstrip()
            yield self.finding(
                doc,
                match.start(2),
                match.end(2),
                f"\"{auxiliary} {written}\": a verb seems to be missing after \"{auxiliary}\";"
                " check the sentence.",
                suggestions=[f"{auxiliary} have {written}", f"{auxiliary} be {written}"],
            )
