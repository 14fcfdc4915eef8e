"""G205: an adjective where an adverb belongs, before a participle ("had original planned")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import lexicon as lx
from ..prefilter import guarded_in_time
from ..rule import Context, Rule, accepted, flagged
from .verbs import participle_only, past_only, regular_pasts

_G205 = re.compile(
    r"(?<![\w'’-])(?:have|has|had|is|are|was|were|be|been|being|will|would|can|could|should|may"
    r"|might|must)[ \t]+([a-z]+)[ \t]+([a-z]+)(?![\w'’-])"
)


@lru_cache(maxsize=1)
def _irregular_participles() -> frozenset[str]:
    """The past participles the verb tables know besides the "-ed" ones ("taken", "become")."""
    return frozenset(participle_only()) | frozenset(p for _, p in past_only().values())


def _is_participle(word: str) -> bool:
    """Whether the verb tables know ``word`` as a past participle ("planned", "taken", "become");
    asked of both sets, not of their union (~0.2 ms and ~260 kB of every start)."""
    return word in regular_pasts() or word in _irregular_participles()


def adverb_of(adjective: str) -> str | None:
    """The adverb made from an adjective, when the lexicon has it: "original" ->
    "originally", "easy" -> "easily", "gentle" -> "gently", "basic" -> "basically"."""
    forms = [adjective + "ly"]
    if adjective.endswith("y"):
        forms.append(adjective[:-1] + "ily")
    if adjective.endswith("le"):
        forms.append(adjective[:-1] + "y")
    if adjective.endswith("ic"):
        forms.append(adjective + "ally")
    return next((form for form in forms if "r" in lx.tags(form)), None)


class AdjectiveForAdverb(Rule):
    """An adjective where an adverb belongs, before a participle ("had original planned").

    *What it flags*: a word that can only be an adjective (or a noun) between an auxiliary
    and a past participle, when the lexicon has its adverb: "had original planned", "was
    serious injured", "is private owned" ("originally", "seriously", "privately").

    *Why it matters*: a participle is modified by an adverb; the bare adjective reads as a
    slip of the keyboard or of a rewrite.

    *Flagged*: "The council had original planned to open the bridge in May."

    *Preferred*: "The council had originally planned to open the bridge in May."

    *Options*: none; switch the rule off or re-grade it with ``G205``.

    *Known limits*: words that are adverbs too ("was first elected", "is well known", "was
    hard hit") are never flagged, nor a participle that is an adjective as well ("is
    dead tired"). Direct quotations are not checked.

    *How sure*: advice (info). On Wikipedia text nobody tuned on (AD_90-99), 1 of 6 findings
    was right ("are general formed"): the others were a describing word before a participle
    that describes a noun ("several affiliated centers", "various abandoned hovels") and a
    predicate adjective before "compared" ("are rare compared to").

    Tried and left out (form20, 2026-12-02): an adjective-only word straight after a verb
    the tagger reads, with no noun or adjective after it, where the pair counts
    (``data/near_words.bin``) never have the adjective after that verb form but have its
    "-ly" adverb there at least 10 times ("grew rapid in May": "grew rapidly" 197 times).
    On Wikipedia AD_80-99 and the dev news, 5 findings, all wrong: linking and
    complement verbs ("became severe when", "had become economical", "considered
    extreme", "was officially made exclusive"), whose adverb counts come from "became
    severely ill"; on the real-error harness (``scripts/eval_real_edits.py --half both
    --args "--select G205"``) nothing found in either half (adj-adv 1/6 tune, 0/2 held out,
    as before).
    """

    code = "G205"
    name = "adjective-for-adverb"
    family = "grammar"
    severity = "info"
    needs = ("lexicon", "quotes")
    quotes = "skip"
    examples = (
        accepted(""),
        accepted("The council had originally planned to open the bridge in May."),
        flagged("The council had original planned to open the bridge in May.", "original"),
        flagged("Zoë Müller was serious injured in the crash.", "serious"),
        accepted("“He was serious injured,” said José Álvarez."),
        accepted('"He was serious injured," said José Álvarez.'),
        accepted("He was first elected in 2004; it is well known and was hard hit."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        search = guarded_in_time(_G205, len(doc.paragraphs))  # (the same matches, found faster)
        for match in search.finditer(vocabulary.folded):  # (never crosses a line)
            adjective, participle = match.group(1), match.group(2)
            if not _is_participle(participle):
                continue
            found = set(lx.tags(adjective))
            if "a" not in found or found - {"a", "n"}:
                continue  # "was first elected", "has long been": an adverb too
            if "a" in lx.tags(participle) and participle not in regular_pasts():
                continue  # "is dead tired"
            if doc.text[match.start(1) : match.end(1)] != adjective:
                continue  # a name
            adverb = adverb_of(adjective)
            if adverb is None:
                continue
            yield self.finding(
                doc,
                match.start(1),
                match.end(1),
                f"\"{adjective} {participle}\": a participle takes an adverb; check whether"
                f" \"{adverb}\" is meant.",
                suggestions=[adverb],
            )
