"""The tense a clause is told in, from the verbs around a place in it.

``tense_of(text, left, right, start, end)`` says whether the event at ``start:end`` is told in
the past, the future or the present, and which word says so; ``clause_cues`` lists every tense
cue of a stretch. The date rules read it through ``Dates.tense`` (``newslint.analysis.dates``),
which first cuts the sentence to the clause around the date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import data_words
from ..prefilter import guarded

# "will" and "may" in lower case only: "May 2019" is a month, "George Will" a name
_FUTURE = re.compile(
    r"(?i)\b(?:(?-i:will)|won['’]t|shall|going\s+to|gonna|(?:is|are|was|were|be|been)\s+(?:expected|scheduled|due|set|slated|poised|planned|supposed|likely|unlikely|projected|forecast|intended|anticipated)\s+to"
    r"|(?:plans?|planning|intends?|aims?|hopes?|wants?|seeks?|vows?|pledges?|promises?|expects?|proposes?|proposed|plans)\s+to"
    r"|expects?\s+(?:[\w'’-]+\s+){1,3}to(?=\s+[a-z])"
    r"|set\s+to|planned\s+to|(?:is|are)\s+to|effective|as\s+soon\s+as"
    r"|(?:widely|generally|largely|broadly)\s+(?:expected|tipped|forecast|predicted)\s+to"
    r"|scheduled|upcoming|can|cannot|can['’]t|(?:would|could|might|(?-i:may)|should|must)(?!\s+(?:not\s+)?have\b))\b|['’]ll\b"
)
_PAST_WORDS = frozenset(
    "was were had did ago wasn't weren't didn't hadn't couldn't".split()
)
_PRESENT_CUE = re.compile(r"\b(?:is|are|am|isn['’]t|aren['’]t|has|have|does|do)\b(?!\s+(?:to|been)\b)")
_PERFECT_CUE = re.compile(
    r"(?i)\b(?:has|have)\s+(?:not\s+|never\s+|already\s+|just\s+|long\s+)?"
    r"(?:been|\w+ed|\w+en|made|said|told|won|lost|seen|done|gone|had|held|led|paid|spent|sold|built)\b"
)
_PRESENT_PERFECT = re.compile(r"(?i)\b(?:has|have|'s|’s)\s+(?:not\s+|never\s+|already\s+|just\s+)?(?:been|\w+ed|\w+en)\b")


@lru_cache(maxsize=1)
def _irregular_past() -> frozenset[str]:
    """Simple past forms, and the participles that differ from them ("loans taken out in
    2014" tells a past event as "loans took" would): the hand lists, and the irregular pasts
    derived from the verb data ("oversaw", "underwent"; ``scripts/build_past_forms.py``)."""
    return data_words("past_tense_verbs.txt") | data_words("past_participles.txt") | data_words("past_forms.txt")


@lru_cache(maxsize=1)
def _not_past_ed() -> frozenset[str]:
    """Words ending in "-ed" that are no past tense ("need", "hundred", "so-called")."""
    return data_words("not_past_ed.txt")



@dataclass(frozen=True)
class Tense:
    """The tense of an event, and the word that says so."""

    tense: str  # past, future, present, unknown
    cue: str = ""  # the word that says so
    cue_start: int = -1


def tense_of(text: str, left: int, right: int, start: int = -1, end: int = -1) -> Tense:
    """The tense of the event at ``start:end``, judged from the verb nearest to it.

    The cue (an auxiliary such as "will", a past-tense verb such as "said") nearest before
    the expression in its clause decides; when none comes before, the nearest one after it.
    """
    cues = _cues(text, left, right, start, end)
    if not cues:
        present = _PRESENT_PERFECT.search(text, left, right)
        if present:
            return Tense("present", present.group(), present.start())
        return Tense("unknown")
    before = [c for c in cues if c[0] < start] if start >= 0 else []
    relative = _last_relative(text, before[-1][0] if before else left, start) if start >= 0 else None
    if relative is not None and any(c[0] >= end for c in cues):
        # "Trump, who in 2016 added to his courses, is …": the year belongs to the verb of
        # the relative clause it stands in, not to the verb before "who"
        before = [c for c in before if c[0] > relative] or [min((c for c in cues if c[0] >= end), key=lambda c: c[0])]
    elif before and start >= 0 and any(c[0] >= end for c in cues) and _THAT_THEN.search(text, before[-1][0], start):
        # "What they know is that in 2018, most officials were …": the year opens the clause
        # that "that" starts, whose own verb follows it
        before = [min((c for c in cues if c[0] >= end), key=lambda c: c[0])]
    if before:
        position, kind, word = before[-1]
    else:
        position, kind, word = cues[0] if start < 0 else min(cues, key=lambda c: c[0] - end)
    return Tense(kind, word, position)


_RELATIVE_PRONOUN = re.compile(r",\s+(?:who|which|whose)\b")
# "that" opening a clause with a phrase of time ("said that in 2018 the plant …"), up to the
# year it dates, with no verb or clause break between
_THAT_THEN = re.compile(r"\bthat\s+(?:in|on|at|during|by|after|before|since)\s+[^,;:]*$")


def _last_relative(text: str, left: int, right: int) -> int | None:
    """Where the last ", who" or ", which" between ``left`` and ``right`` starts, or None."""
    found = None
    for found in _RELATIVE_PRONOUN.finditer(text, left, right):
        pass
    return found.start() if found else None


def own_clause(text: str, left: int, right: int, start: int, end: int) -> str:
    """The words of the clause that ``start:end`` stands in, within the clause ``left:right``.

    A relative clause opened by ", who", ", which" or ", whose" runs to the first comma after
    its verb: a span
    inside one belongs to it alone ("the deal, which runs to 2019, was signed": "runs"), a span
    outside it to the clause with its relative clauses left out ("the plant, which opened in
    2016, will close in 2019": "will close").
    """
    spans = []
    for match in _RELATIVE_PRONOUN.finditer(text, left, right):
        close = text.find(",", match.end(), right)
        # a comma before the relative clause has a verb sets off a phrase inside it ("who in
        # 2012, after a long fight, won the seat"): the clause runs on to the next comma
        piece = match.end()
        while close >= 0 and _PHRASE_FIRST.match(text, piece, close) and not _cues(text, match.end(), close, -1, -1):
            piece, close = close + 1, text.find(",", close + 1, right)
        spans.append((match.start(), right if close < 0 else close))
    for a, b in spans:
        if a <= start and end <= b:
            return text[a:b]
    pieces, at = [], left
    for a, b in spans:
        if a >= at:
            pieces.append(text[at:a])
            at = b
    pieces.append(text[at:right])
    return " ".join(pieces)


# a relative pronoun followed by a phrase of time or place, not yet by its verb ("who in 2012,")
_PHRASE_FIRST = re.compile(r"\s+(?:in|on|at|during|after|before|by|since|from|until|for|with|over)\b[^,]*$")


_RELATIVE_OR_THAT = re.compile(r"\b(?:that|which|who)\s+")


def relative_clause_tense(text: str, left: int, start: int) -> Tense | None:
    """The tense of the clause that the last "that", "which" or "who" between ``left`` and
    ``start`` opens, when it has a verb of its own before ``start`` ("will play the side that
    beat them in 2012", "will say that sales fell in 2012"), or None ("will close that plant in
    2012": no verb)."""
    found = None
    for found in _RELATIVE_OR_THAT.finditer(text, left, start):
        pass
    if found is None:
        return None
    cues = _cues(text, found.end(), start, -1, -1)
    if cues:
        position, kind, word = cues[-1]
        return Tense(kind, word, position)
    word = _WORDS.match(text, found.end())
    if word is not None and word.end() <= start and word.group().lower() in _PAST_AFTER_SUBJECT:
        return Tense("past", word.group(), word.start())  # "the side that beat them": its subject is "that"
    return None


def clause_cues(text: str, left: int, right: int, start: int = -1, end: int = -1) -> list[tuple[int, str, str]]:
    """Every tense cue in a stretch: (offset, "past" or "future", word), in order."""
    return _cues(text, left, right, start, end)


def _cues(text: str, left: int, right: int, start: int, end: int) -> list[tuple[int, str, str]]:
    cues = [
        (m.start(), "future", m.group())
        for m in guarded(_FUTURE).finditer(text, left, right)
        if not (start <= m.start() < end)
    ]
    future_at = {position for position, _, _ in cues}
    # the words inside a future cue ("expected" in "widely expected to") are not past cues
    inside = {p for position, _, word in cues for p in range(position, position + len(word))}
    cues.extend(
        (position, "past", word)
        for word, position in _past_cues(text, left, right, start, end)
        if position not in inside
    )
    future_at = {position for position, _, _ in cues}
    cues.extend(
        (m.start(), "present", m.group())
        for m in _PRESENT_CUE.finditer(text, left, right)
        if not (start <= m.start() < end) and m.start() not in future_at
        and not _PERFECT_CUE.match(text, m.start())
    )
    cues.extend(
        (m.start(), "past", m.group())
        for m in _PERFECT_CUE.finditer(text, left, right)
        if not (start <= m.start() < end)
    )
    cues.extend(
        (m.start("act"), "past", m.group("act"))
        for m in _JUDGED_ACT.finditer(text, left, right)
        if not (start <= m.start("act") < end)
    )
    cues.sort()
    return cues


_WORDS = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
# What someone is accused, charged, convicted, cleared, blamed or praised for is something done:
# "is accused of plotting two attacks in 2012" tells the plotting as past (not "accused of
# plotting to attack …", a plan)
_JUDGED_ACT = re.compile(
    r"(?i)\b(?:accused|charged|convicted|suspected|cleared|acquitted|arrested|jailed|sentenced|"
    r"indicted|blamed|credited|praised|critici[sz]ed|sued|fined|punished)\s+(?:of|with|for)\s+"
    r"(?:(?:allegedly|illegally|secretly|falsely)\s+)?(?P<act>[a-z]+ing)\b(?!\s+to\s)"
)
# Past forms that are also an adjective or the present ("left", "put", "beat"), the past only
# after a subject pronoun that rules the present out: "they left"; "he put", not "they put".
_ANY_SUBJECT = re.compile(r"(?i)\b(?:I|we|you|they|he|she|it|who)\s+$")
_THIRD_PERSON = re.compile(r"(?i)\b(?:he|she|it)\s+$")
_SUBJECT_BEFORE = {"left": _ANY_SUBJECT} | {
    word: _THIRD_PERSON
    for word in "put set hit cut let shut quit spread cost hurt split bet beat read".split()
}
_PAST_AFTER_SUBJECT = frozenset(_SUBJECT_BEFORE)
# "left" is an adjective before a noun ("the left wing"), a verb before its object's determiner
_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b")
_BE_BEFORE = re.compile(r"(?i)\b(?:is|are|am|be|being|been)\s+$")
# a determiner, and perhaps one of a few adjectives, before a participle make it an adjective
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|my|your)\s+"
    r"(?:(?:first|last|only|own|newly|recently|well|best|highly|long)\s+)?$"
)


_DESCRIBING_RUN = re.compile(r"\b(?:the|a|an|its|their|his|her|our|my|your|this|these|those)\s+((?:[a-z]+\s+){1,2})$")


def _describes_noun(text: str, match: re.Match, before: str, right: int) -> bool:
    """A past form between a determiner with describing words and a noun describes the noun
    ("her final paid lectures", "the two sold copies"): an adjective, not the simple past.
    The describing words are words the lexicon gives as adjectives or adverbs."""
    from . import lexicon as lx

    run = _DESCRIBING_RUN.search(before)
    if run is None or not all(set(lx.tags(w)) & set("ar") for w in run.group(1).split()):
        return False
    after = _WORDS.match(text, match.end() + 1) if match.end() < right and text[match.end()] == " " else None
    if after is None or not after.group().islower():
        return False
    noun = after.group()
    return bool(set(lx.tags(noun)) & set("np")) or noun.endswith("s") and "n" in lx.tags(noun[:-1])


# plans an outcome is set against after "as": "as expected", "as planned" (not "as opposed to")
_PLAN_PARTICIPLE = re.compile(
    r"(?:expected|planned|scheduled|forecasted|predicted|anticipated|envisioned|envisaged|projected|intended|promised|hoped)$"
)


# a subordinating word right before a participle makes an elliptical clause with no tense of its
# own: "It will expire, unless further extended, on June 30", "if approved", "once completed"
_ELLIPTICAL_BEFORE = re.compile(r"(?i)\b(?:unless|if|once|though|although|whether|until)\s+(?:(?:\w+ly|further|not|yet)\s+)?$")


# a prefix joined by a hyphen keeps the verb a verb: "re-elected", "co-founded", "pre-empted"
_VERB_PREFIX = re.compile(r"(?i)(?<![\w-])(?:re|co|pre|un|de|mis|dis|out|over|under|counter|cross)-$")


# "is due to be re-elected", "are being re-built": a participle with a prefix after a present "be"
# (future10, for D104: a small hook)
_PREFIXED_PARTICIPLE = re.compile(r"\b(?:is|are|be|being|been)\s+[a-z]+-$")


def _past_cues(text: str, left: int, right: int, start: int, end: int):
    irregular = _irregular_past()
    for match in _WORDS.finditer(text, left, right):
        if start <= match.start() < end:
            continue
        word = match.group()
        lower = word.lower()
        if word[0].isupper() and match.start() != left and lower not in ("was", "were", "had"):
            continue
        if match.start() > left and text[match.start() - 1] == "-" and not _VERB_PREFIX.search(text, left, match.start()):
            continue  # "coal-fired", "state-owned", "long-shot": part of a compound, no verb (not "re-elected")
        if lower.replace("’", "'") in _PAST_WORDS:
            yield word, match.start()
            continue
        if lower in _PAST_AFTER_SUBJECT and _SUBJECT_BEFORE[lower].search(text, max(left, match.start() - 8), match.start()):
            yield word, match.start()  # "he left", "she put": past, though the word alone is not
            continue
        if lower == "left" and _DETERMINER_AFTER.match(text, match.end(), right) and not _BE_BEFORE.search(
            text, max(left, match.start() - 8), match.start()
        ):
            yield word, match.start()  # "the ruling left the law in place": "left" before its object
            continue
        if lower in irregular:
            before = text[max(left, match.start() - 24) : match.start()].lower()
            # "will be held", "has won": a participle, not the simple past; "his last paid
            # speeches", "her final paid lectures", "the built-up area": an adjective
            if not re.search(r"\b(?:has|have|had|is|are|be|being|been|was|were)\s+$", before) and not (
                _DETERMINER_BEFORE.search(before) or _describes_noun(text, match, before, right)
            ):
                yield word, match.start()
            continue
        if lower.endswith("ed") and (len(lower) > 4 or lower == "used") and lower not in _not_past_ed():
            before = text[max(left, match.start() - 12) : match.start()].lower()
            # "has closed", "is expected", "be delayed", "the proposed", "in uncharted territory"
            # are not the simple past, nor "than expected", "as planned" (a plan set against
            # what happened: _PLAN_PARTICIPLE)
            if re.search(
                r"\b(?:has|have|is|are|be|being|been|the|a|an|to|will|would|its|their|his|her"
                r"|in|into|of|for|with|from|at|on|than)\s+$",
                before,
            ) or _PREFIXED_PARTICIPLE.search(before) or (before.endswith("as ") and _PLAN_PARTICIPLE.match(lower)):
                continue
            if _ELLIPTICAL_BEFORE.search(text, max(left, match.start() - 24), match.start()):
                continue  # "unless further extended", "if approved", "once completed": no tense of its own
            yield word, match.start()
