"""C103: a compound written two ways in one story ("e-mail" and "email")."""

from __future__ import annotations

import re
from array import array
from functools import lru_cache
from itertools import compress

from ...datafiles import data_words
from ...packed import PackedRows, offsets
from ...rule import Context, Rule, accepted, flagged
from ._common import _function_word


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many




@lru_cache(maxsize=1)
def _different_words() -> frozenset[str]:
    """Both forms of each pair whose closed and hyphenated forms are different words."""
    return data_words("different_compounds.txt")


_PARTICLES = frozenset("up down out off in on over back away about through around along by".split())
_COMPOUND_PART = re.compile(r"^(?:[a-z]+|\d+)$")


class CompoundWrittenTwoWays(Rule):
    """A compound written two ways in one story: "e-mail" and "email".

    *What it flags*: "e-mail" and "email", "co-operation" and "cooperation",
    "confidence-building measure" and "confidence building measure": a word written with a hyphen in one place and closed up or as two
    words in another. A hyphenated and a closed-up form always count; a hyphenated and an
    open form count when both are used the same way, before a noun ("confidence-building
    measures", "confidence building steps"); that is advice (info), since many house styles
    hyphenate only before a noun. The finding is on the first use of the form the story uses
    less (on a tie, the later one) and names the other places. Direct quotations are left
    out: their wording is the speaker's or the document's.

    *Why it matters*: house style picks one form and keeps to it; two forms in one story
    look careless and make readers wonder whether two things are meant.

    *Flagged*: "The e-mail was sent on Monday. He deleted the email later."

    *Preferred*: "The email was sent on Monday. He deleted the email later."

    *Known limits*: a hyphenated noun and an open verb ("the build-up", "tensions build
    up"; "a well-known actor", "he is well known") are correct style and are not flagged.
    Pairs that are different words ("re-sign" / "resign", "re-form" / "reform") are left
    alone.
    """

    code = "C103"
    name = "compound-written-two-ways"
    family = "consistency"
    severity = "warning"
    needs = ("quotes",)
    examples = (
        flagged("The e-mail was sent on Monday. He deleted the email later.", "email"),
        flagged("Email is fast. He deleted the email later. The e-mail was lost.", "e-mail"),
        flagged(
            "Talks\n\nCooperation is vital, Zoë Müller said. Cooperation grew. The "
            "co-operation ended.",
            "co-operation",
        ),
        flagged(
            "Officials praised the confidence-building measures. Other confidence "
            "building measures followed, and the confidence-building steps worked.",
            "confidence building",
        ),
        flagged("Headline\n\nSend an email, he said. The e-mail was lost, she replied", "e-mail"),
        accepted('Headline\n\n"Send an email," he said. “The e-mail is lost,” she replied.'),
        accepted('Headline\n\n"Send an email," he said. The e-mail was lost.'),
        accepted(""),
        accepted("The e-mail was sent on Monday. He deleted the e-mail later."),
        accepted("The build-up to the war was long. Tensions build up slowly."),
        accepted("She is a well-known actor. She is well known in Baku."),
        accepted("The minister will re-sign the deal. He will not resign."),
        accepted("Nagorno-Karabakh is disputed. Nagorno Karabakh residents fled."),
    )

    def check(self, doc, context: Context):
        quotes = doc.analysis("quotes")
        words = _unquoted(doc.words, quotes)
        hyphenated: dict[str, list[int]] = {}
        for i, word in enumerate(words):
            text = word.text
            if "-" not in text or text != text.lower():
                continue
            parts = text.split("-")
            if len(parts) != 2 or not all(_COMPOUND_PART.match(p) for p in parts):
                continue
            if parts[0].isdigit() and parts[1].isdigit():
                continue
            hyphenated.setdefault(text, []).append(i)
        closed = _places(words, {key for text in hyphenated for key in _closed_and_first(text)})
        for text, places in hyphenated.items():
            first, second = text.split("-")
            if text in _different_words() or first + second in _different_words():
                continue
            others = [i for i in closed.get(first + second, ()) if words[i].text[1:].islower()]
            kind = "closed"
            if not others and second not in _PARTICLES and not first.isdigit():
                others = [
                    i
                    for i in closed.get(first, ())
                    if i + 1 < len(words)
                    and words[i + 1].text.lower() == second
                    and words[i].text == first
                    and doc.prose[words[i].end : words[i + 1].start] == " "
                    and _attributive(doc, words, i + 1)
                ]
                if others and not all(_attributive(doc, words, i) for i in places):
                    others = []
                kind = "open"
            if not others:
                continue
            yield self._report(doc, words, text, places, others, kind)

    def _report(self, doc, words, text, places, others, kind):
        def span(i):
            if kind == "open" and i in others:
                return words[i].start, words[i + 1].end
            return words[i].start, words[i].end

        ones = [span(i) for i in places]
        twos = [span(i) for i in others]
        if len(ones) > len(twos) or (len(ones) == len(twos) and ones[0][0] < twos[0][0]):
            usual, odd = ones, twos
        else:
            usual, odd = twos, ones
        usual_text = doc.text[usual[0][0] : usual[0][1]]
        start, end = odd[0]
        form = doc.text[start:end]
        also = (
            f" (and {len(odd) - 1} more {_plural(len(odd) - 1, 'time', 'times')})"
            if len(odd) > 1
            else ""
        )
        return self.finding(
            doc,
            start,
            end,
            f'"{form}"{also} is written "{usual_text}" elsewhere in this story; '
            + (
                "use one form throughout."
                if kind == "closed"
                else "check whether one form is meant."
            ),
            suggestions=[_match_case(usual_text, form)],
            related=[(s, e, f'"{usual_text}" here') for s, e in usual]
            + [(s, e, f'"{form}" here too') for s, e in odd[1:]],
            # a hyphen before a noun and none elsewhere is often house style: advice only
            severity="info" if kind == "open" else None,
        )


def _unquoted(words, quotes):
    """The words of ``words`` (``doc.words``) outside direct quotations, held as they are:
    a large draft's packed (``PackedRows``; a list of a 1.9 MB draft's ~300,000 words as
    tuples took ~35 MB of its peak)."""
    if not isinstance(words, PackedRows):
        return [w for w in words if not quotes.inside(w.start)]
    kept = [not quotes.inside(start) for start in words.columns[0]]
    return PackedRows(
        words.kind,
        *(offsets(compress(c, kept)) if isinstance(c, array) else list(compress(c, kept)) for c in words.columns),
    )


def _closed_and_first(hyphenated: str) -> tuple[str, str]:
    """"e-mail" -> ("email", "e"): the forms ``check`` looks for beside a hyphenated one."""
    first, _, second = hyphenated.partition("-")
    return first + second, first


def _places(words, wanted: set[str]) -> dict[str, list[int]]:
    """Where each of ``wanted`` is written in ``words``, in any case: lower-cased text -> the
    indexes of its words (only the forms asked for: all of a large draft's cost ~20 MB)."""
    places: dict[str, list[int]] = {}
    if wanted:
        for i, word in enumerate(words):
            text = word.text.lower()
            if text in wanted:
                places.setdefault(text, []).append(i)
    return places


def _match_case(word: str, template: str) -> str:
    """``word`` with the first letter's case of ``template`` ("Email", "e-mail" → "email")."""
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word[:1].lower() + word[1:] if word[1:2].islower() or len(word) == 1 else word


def _attributive(doc, words, i) -> bool:
    """Whether words[i] is followed, in its sentence, by a content word (a noun it modifies)."""
    if i + 1 >= len(words):
        return False
    gap = doc.prose[words[i].end : words[i + 1].start]
    following = words[i + 1].text
    return gap == " " and following.islower() and not _function_word(following)
