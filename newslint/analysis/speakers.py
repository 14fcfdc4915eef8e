"""The speaker of a quote: the words next to a reporting verb, trimmed to a name, a pronoun or a
description ("the ministry", "Ryan's office"), and the sentence bounds and subjects they need.

Read by ``attribution.py``, which decides where to look (after the quote, before it, in the
writer's words of the paragraph); the functions here take the words (``tokens``: (start, end,
text) of each word and mark) and give the speaker's (start, end) offsets, or None. Reporting
verbs come from ``newslint.english.speech_verbs`` (``newslint/data/quote_cues.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..datafiles import data_sections
from ..english import (
    POSSESSIVES,
    PRONOUN_SUBJECTS,
    WEEKDAYS,
    abbreviations,
    speech_verbs,
    word_set,
)
from ..tokens import ATTRIBUTION_TOKEN, WORD

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9]|\s*$)")
# The word before a full stop, or initials ("U.S.", "J.R."), at the end of a stretch of text.
_BEFORE_STOP = re.compile(r"(?:\b(?:[A-Za-z]\.){1,3}[A-Za-z]|\b([A-Za-z]+))\.$")
# Besides the sentence splitter's abbreviations: "No." and the state abbreviations that are also
# words, read as abbreviations when capitalised ("Wash.", "Miss."), as attributions write them.
_CAPITALISED_ABBREVIATIONS = frozenset("No Del Ga Ill Ind La Mass Miss Mo Ore Pa Wash".split())


def _abbreviation_at(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` ends with an abbreviation and its full stop ("Mr.", "U.S.",
    "J.", "Calif."): a full stop that does not end the sentence."""
    match = _BEFORE_STOP.search(text, start, stop)
    if match is None:
        return False
    word = match.group(1)
    return (
        word is None
        or len(word) == 1 and word.isupper()
        or word.lower() in abbreviations()
        or word in _CAPITALISED_ABBREVIATIONS
    )
_DETERMINERS = frozenset(
    "a an the one two three four five several some many other another his her their its our "
    "this that these those multiple numerous".split()
)
_UNNAMED_FIRST = frozenset(
    "a an one two three four five several some many other another multiple numerous".split()
)
_QUALIFIERS = frozenset("familiar close with who in at from of on to involved briefed".split())
_ADVERBS = frozenset(
    """also then later again once further earlier recently flatly simply quietly angrily firmly
    bluntly repeatedly previously publicly privately frankly candidly today tonight yesterday
    last this on in""".split()
).union(WEEKDAYS)
MAX_SPEAKER_WORDS = 9  # words at most in a speaker


@lru_cache(maxsize=1)
def _speaker_words() -> dict[str, frozenset[str]]:
    """``data/speaker_words.txt``: "unnamed-heads" ("official", "sources") and "not-subjects"
    (capitalised words that open a sentence without being its subject: "When", "In")."""
    return {key: frozenset(" ".join(lines).split()) for key, lines in data_sections("speaker_words.txt").items()}


def _unnamed_head(word: str) -> bool:
    return word in _speaker_words()["unnamed-heads"]


def _not_subject(word: str) -> bool:
    return word in _speaker_words()["not-subjects"]


_AUXILIARIES = _ADVERBS | frozenset(
    "has had have was were is are will would also later then had been did does do may might could should".split()
)
_FUNCTION_WORDS = POSSESSIVES | word_set("to up at on in into for with by from about over under")
_CLAUSE_WORDS = frozenset("that which who and but or as when while because if after before than so".split())


def words_and_marks(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in ATTRIBUTION_TOKEN.finditer(text, start, end)]


def is_word(token: str) -> bool:
    return token[0].isalnum()


def sentence_end_after(text: str, start: int, end: int) -> int:
    """Where the sentence that runs from ``start`` ends (before ``end``)."""
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.group().startswith(".") and _abbreviation_at(text, max(start, match.start() - 12), match.start() + 1):
            continue
        return match.end()
    return end


def sentence_start_before(text: str, start: int, end: int) -> int:
    """Where the sentence that ends at ``end`` begins (not before ``start``).

    The sentence ends are read from a little before ``end``, going further back only when
    none is there: a reading from ``start`` each time was quadratic in a long paragraph (a
    one-line draft). A reading that starts just after white space finds the same sentence
    ends after that point as one from ``start``, since no sentence end takes in white space.
    """
    reach = 400
    low = end
    while True:
        low = max(start, low - reach)
        while low > start and not text[low - 1].isspace():
            low -= 1
        found = _last_sentence_end(text, start, low, end)
        if found is not None or low <= start:
            return start if found is None else found
        reach *= 2


def _last_sentence_end(text: str, start: int, low: int, end: int) -> int | None:
    """The end of the last sentence end read from ``low`` that ends before ``end`` (an
    abbreviation's full stop is none), or None."""
    found = None
    for match in _SENTENCE_END.finditer(text, low, end):
        if match.end() >= end:
            break
        if match.group().startswith(".") and _abbreviation_at(text, max(start, match.start() - 12), match.start() + 1):
            continue
        found = match.end()
    return found


def speaker_span(tokens) -> tuple[int, int] | None:
    words = [t for t in tokens if is_word(t[2])]
    if not words:
        return None
    return words[0][0], end_of(words[-1])


def end_of(token: tuple[int, int, str]) -> int:
    """A word's end, without a full stop that ends the sentence (kept after "Jr." or "U.S.")."""
    start, end, word = token
    if word.endswith(".") and len(word) > 1 and not _abbreviation_at(word, 0, len(word)):
        return end - 1
    return end


def is_unnamed(text: str, speaker: tuple[int, int] | None) -> bool:
    if speaker is None:
        return False
    words = WORD.findall(text, speaker[0], speaker[1])
    if not words:
        return False
    lowered = [w.lower() for w in words]
    cut = len(lowered)
    for index, word in enumerate(lowered[1:], 1):
        if word in _QUALIFIERS:
            cut = index
            break
    head = lowered[cut - 1]
    if not _unnamed_head(head):
        return False
    first = lowered[0]
    return first in _UNNAMED_FIRST or head.endswith("s") and first not in ("the", "his", "her", "their")


def is_cue(tokens, index: int) -> bool:
    token = tokens[index][2]
    lowered = token.lower().rstrip(".")
    if lowered in speech_verbs():
        return True
    following = tokens[index + 1][2].lower().rstrip(".") if index + 1 < len(tokens) else ""
    # "as the prosecutor put it", "Trump went on"
    return lowered in ("put", "puts") and following == "it" or lowered in ("went", "goes", "go") and following == "on"


def plausible(first: str) -> bool:
    """Whether a speaker may begin with this word: a name, a pronoun, an article, a number."""
    lowered = first.lower()
    return (first[0].isupper() or first[0].isdigit() or lowered in PRONOUN_SUBJECTS or lowered in _DETERMINERS
            or _unnamed_head(lowered))


def sentence_subject(doc, offset: int) -> tuple[int, int] | None:
    paragraph = doc.paragraph_at(offset)
    if paragraph is None:
        return None
    begin = sentence_start_before(doc.prose, paragraph.start, offset)
    return subject(words_and_marks(doc.prose, begin, offset))


def names_then_verb(tokens, index: int) -> bool:
    """`"…," Oliver barked` / `"…," scoffed Arianna Gil`: a verb in -ed next to a name."""
    token = tokens[index][2].rstrip(".")
    if not (token[0].islower() and len(token) > 4 and token.endswith("ed")):
        return False
    before = [t[2] for t in tokens[:index]]
    if before and len(before) <= 4 and all(w[0].isupper() or w in ("(", ")") for w in before):
        return True
    return not before and index + 1 < len(tokens) and tokens[index + 1][2][0].isupper()


def speaker_after_cue(tokens) -> tuple[int, int] | None:
    """`said Roy Hermann, 65, …` → Roy Hermann; `told reporters` → None."""
    words = []
    for s, e, token in tokens:
        if not is_word(token):
            break
        if not words and token.lower() in _ADVERBS:
            continue
        words.append((s, e, token))
        if len(words) >= MAX_SPEAKER_WORDS:
            break
    if not words:
        return None
    first = words[0][2]
    if first.lower() in PRONOUN_SUBJECTS:
        words = words[:1]
    if first.lower() in ("that", "reporters", "me", "us", "him", "her", "them", "it", "in", "on", "at", "to", "for", "with"):
        return None
    if not (first[0].isupper() or first.lower() in _DETERMINERS or first.lower() in PRONOUN_SUBJECTS
            or any(w[2][0].isupper() for w in words)):
        return None
    return words[0][0], end_of(words[-1])


def subject(tokens) -> tuple[int, int] | None:
    """The words that open a sentence, when they look like its subject (a name or a pronoun)."""
    words = []
    for s, e, token in tokens:
        if not is_word(token):
            break  # a comma, or a party and state in brackets: `Rep. Dale Pruitt (R-Ga.)`
        if words and not (token[0].isupper() or token.lower() in ("of", "de", "al", "van", "von", "bin")):
            break
        if not words and not (token[0].isupper() or token.lower() in PRONOUN_SUBJECTS):
            return None
        if not words and (_not_subject(token.lower().rstrip(".")) or token.isupper() and len(token) > 3):
            return None  # `When Trump …`, `In a statement …`, a dateline `WASHINGTON`
        words.append((s, e, token))
        if len(words) >= MAX_SPEAKER_WORDS:
            break
    if not words:
        return None
    return words[0][0], end_of(words[-1])


def last_name(tokens) -> tuple[int, int] | None:
    """The last run of capitalised words in a lead-in: `…, including Rep. Lacy Clay (D-Mo.):`."""
    run: list = []
    best = None
    for s, e, token in tokens:
        if is_word(token) and token[0].isupper() and not _not_subject(token.lower().rstrip(".")):
            run.append((s, e, token))
            continue
        if run and token.lower() in ("of", "de", "van", "von", "bin", "al"):
            run.append((s, e, token))
            continue
        if run:
            best = run
        run = []
    if run:
        best = run
    if not best:
        return None
    while best and not best[-1][2][0].isupper():
        best.pop()
    return (best[0][0], end_of(best[-1])) if best else None


def speaker_before_cue(tokens) -> tuple[int, int] | None:
    """The subject right before a reporting verb, back to a comma or the sentence start."""
    words = []
    for s, e, token in reversed(tokens):
        if not is_word(token):
            if token in "()":
                continue
            break
        lowered = token.lower()
        if not words and lowered in _AUXILIARIES:
            continue
        if words and token[0].islower() and (
            lowered in _AUXILIARIES or lowered in _CLAUSE_WORDS or lowered in speech_verbs() or lowered in _FUNCTION_WORDS
            or len(lowered) > 4 and lowered.endswith(("ed", "ing"))
        ):
            break  # `Ms Lind also rejected the claims, arguing`: not a speaker
        words.append((s, e, token))
        if len(words) >= MAX_SPEAKER_WORDS:
            break
    words.reverse()
    while words and not plausible(words[0][2]):
        words.pop(0)  # `former Obama adviser David Axelrod` → `Obama adviser David Axelrod`
    if not words:
        return None
    return words[0][0], end_of(words[-1])
