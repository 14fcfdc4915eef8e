"""G304: a word that needs its preposition ("according the report", "a couple controversies")."""

from __future__ import annotations

import re

from ..analysis import lexicon as lx
from ..rule import Context, Rule, accepted, flagged

# Words that never stand before a noun phrase without their preposition: "according to",
# "regardless of", "irrespective of", "in spite of", "in front of".
_NEEDS_PREPOSITION = {"according": "to", "regardless": "of", "irrespective": "of", "in spite": "of", "in front": "of"}
# Determiners that open a noun phrase and are nothing else ("that" and "this" may be
# pronouns or open a clause: "in front that sloped down").
_PHRASE_DETERMINERS = frozenset("the a an his their our my your every each".split())
# Quantity nouns that take "of" before a plural ("a number of people"): none of them stands
# straight before a plural noun that is nothing else ("a lot people") in the 3.3 million
# words of the counting texts (missing_words_sources.txt), PolNeAR and the dev corpus.
_QUANTITIES = (
    "lot|number|handful|bunch|variety|series|range|majority|host|array|multitude|pair|group"
    "|total|percentage|portion|share"
)
_G304 = re.compile(
    r"(?<![\w'’-])(according|regardless|irrespective|in spite|in front|a couple"
    rf"|a (?:{_QUANTITIES}))[ \t\u00a0]+"
    r"([\"“‘']?)([a-z][\w'’-]*)"
)


class MissingPreposition(Rule):
    """A word that needs its preposition, written without it ("according the report").

    *What it flags*: "according" not followed by "to" ("according the minister", "according
    “The Economist”"); "regardless", "irrespective", "in spite" and "in front" followed at
    once by a determiner ("regardless the cost", "in front the town hall"); "a lot", "a
    number", "a handful", "a variety", "a series", "a range", "a majority" and other quantity
    nouns straight before a plural noun ("a number people"); and, as advice, "a couple"
    before a plural noun ("a couple weeks", for "a couple of weeks").

    *Why it matters*: these words only join a noun through their preposition; without it
    the sentence reads as a slip, and a spell checker passes it.

    *Flagged*: "The vote was delayed, according the minister."

    *Preferred*: "The vote was delayed, according to the minister."

    *Options*: none; switch the rule off or re-grade it with ``G304`` in the configuration.

    *Known limits*: "according as" and "regardless," (an adverb) are left alone, as are
    "Regardless" opening a sentence (an adverb short of its comma), "regardless whether",
    "in front" with no article after it or after a comma or "and" ("behind, the sea; in
    front, the harbour" written without its commas), and "according" before an adverb ("according well",
    to agree). "A couple" before a plural
    is informal rather than wrong in American use, so it is reported as advice (info).
    Direct quotations are checked: the missing word cannot be heard.
    """

    code = "G304"
    name = "missing-preposition"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon",)
    examples = (
        accepted(""),
        accepted("The vote was delayed, according to the minister."),
        flagged("The vote was delayed, according the minister.", "according"),
        flagged("According “The Times”, Zoë Müller won.", "According"),
        flagged('"It went ahead regardless the cost," said José Álvarez.', "regardless"),
        flagged("They met in front the town hall a couple weeks ago.", "in front", "a couple"),
        flagged("The plan went ahead in spite the protests", "in spite"),
        flagged("A number residents objected, and a handful councillors left.", "A number", "a handful"),
        accepted("A number of residents objected; a majority vote and a series finale followed."),
        accepted("Regardless, the vote went ahead in front of the town hall, as planned."),
        accepted("He sat in front. A couple of weeks later, a couple married; according as they said."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        folded = vocabulary.folded
        for _, match in vocabulary.matches(_G304):
            offset = match.start()
            words, mark, following = match.group(1), match.group(2), match.group(3)
            written = doc.text[match.start(1) : match.end(1)]
            if words.startswith("a "):
                if mark or not _is_plural_noun(following) or following == "of":
                    continue
                if written.startswith("A") and not vocabulary.starts_sentence(match.start(1)):
                    continue
                yield self.finding(
                    doc,
                    match.start(1),
                    match.end(1),
                    f"\"{written} {doc.text[match.start(3) : match.end(3)]}\": check whether"
                    f" \"{written} of\" was meant.",
                    suggestions=[f"{written} of"],
                    severity="info" if words == "a couple" else None,
                )
                continue
            preposition = _NEEDS_PREPOSITION[words]
            if following == preposition or words == "according" and following == "as":
                continue
            if words == "according" and not mark and "r" in lx.tags(following):
                continue  # "according well": the verb "accord", with an adverb
            if words != "according" and (mark or following not in _PHRASE_DETERMINERS):
                continue  # "regardless whether", "in front" at the end of a clause
            if words == "in front" and re.search(r"(?:[,;:]|\band|\bbut)\s*$", folded[max(0, offset - 8) : offset]):
                continue  # "behind me the sea, in front the anchorage": a verbless contrast
            if words in ("regardless", "irrespective") and vocabulary.starts_sentence(match.start(1)):
                continue  # "Regardless the board went ahead": an adverb short of its comma
            yield self.finding(
                doc,
                match.start(1),
                match.end(1),
                f"\"{written}\" needs \"{preposition}\" before what follows:"
                f" \"{written} {preposition}\".",
                suggestions=[f"{written} {preposition}"],
            )


def _is_plural_noun(word: str) -> bool:
    """Is ``word`` a plural noun that is nothing else ("weeks", "members"; not "means", "times"
    the verb)? Asked of the one word after "a couple" and the like, not worked out for every
    plural in advance (that took ~40 ms on the first draft with a candidate)."""
    from .determiners import plurals, singular_plurals

    return word in plurals() and word not in singular_plurals() and "v" not in lx.tags(word)
