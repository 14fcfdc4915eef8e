"""S205's "to" for "too": where "to" cannot stand and "too" can ("was to late", "it is
dangerous, to.", "making it to heavy to land", "had to many achievements")."""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ...english import word_set as _words
from ..verbs import pasts
from .base import is_word
from .words import HAVE

# Adjectives read as "too"'s after "to" and a word of _TOO_BEFORE whatever else the lexicon
# reads them as ("was to busy", "is to complex", "it was to soon,"); ``_too_meant`` reads the
# other words that can only describe from the lexicon.
_TOO_ADJECTIVES = _words(
    "late early soon big small expensive difficult young old weak risky dangerous costly busy"
    " complex complicated tired afraid scared"
)
_TOO_BEFORE = _words(
    "is was are were be been being seems seemed seem looks looked look sounds sounded feel"
    " feels felt getting got became become far way simply just much all it's that's"
    # the other verbs that link a subject to an adjective ("remained to close")
    " remain remains remained appear appears appeared stay stays stayed grow grows grew"
    " prove proves proved get gets becomes"
)
# Words the lexicon reads only as adjectives or adverbs that still follow "to" in good
# prose ("is to not", "was to thereafter", "is to so greatly"), or that compare ("to more"):
# split infinitives and comparisons, not "too".
_NOT_TOO = _words(
    "not so very also just only even never ever always then there here now thereafter"
    " few several other such more most less least one"
)
# ... and those of them before which a word the lexicon also reads as a noun is read as an
# adjective: not "far", "way" and the like ("all the way to novel"), nor "been" ("have never
# been to one": visited)
_TOO_VERBS = _TOO_BEFORE - _words("far way simply just much all been")
# "be" before "to many" or "to much": "There are to many cars", "It's to much." (not "have
# been to many countries", visited; not "appeared to many.")
_FINITE_BE = _words("is are was were it's that's")
# The adverbs of time that may close a clause after an adjective ("it is to late now").
_NOW = _words("now today tonight tomorrow yesterday anymore")
_ENDS_AFTER_TOO = frozenset(("to", "for", ".", ",", ";", ":", "!", "?", ""))
_CLOSES_AFTER_TOO = _ENDS_AFTER_TOO - {"to", ","}


def _after(words) -> str:
    """Look-behinds for one of ``words`` and a space or line break (the rules search the
    folded prose: lower case, straight apostrophes)."""
    return "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in sorted(words))


# Where S205 weighs "to" as "too" (``too_at``): after a word of _TOO_BEFORE before a word
# ("was to hot", "It's to late"), after a comma before a mark (", to."), before a word and
# "a", "an" or "to" ("to heavy to land"), after "have" before "many" or "much", and before a
# word and a full stop, "!", "?" or "for" ("ended to early."), and after "a little", "a bit"
# or "a tad".
PATTERN = (
    r"(?:" + _after(_TOO_BEFORE) + r")to(?=\s[a-z]+\b)"
    r"|(?<=,\s)to(?=\s*(?:[^\w\s]|$))"
    r"|to(?=\s[a-z]+\s(?:a|an|to)\s)"
    r"|(?:" + _after(("have", "has", "had", "having")) + r")to(?=\s(?:many|much)\b)"
    r"|to(?=\s[a-z]+(?:[.!?]|\sfor\b))"
    r"|(?:" + _after(("little", "bit", "tad")) + r")to(?=\s[a-z]+\b)"
)


def too_at(tokens, i: int) -> int | None:
    """The last token of the span to read as "too" when "to" at ``tokens[i]`` is "too": ``i``
    for "to" alone (", to."), ``i + 1`` for "to" and the word after ("was to late"); None
    when "to" is right. The word after is read as written: "gave way to Greek" is a name."""
    n = len(tokens)
    prev = tokens[i - 1][0] if i else ""
    nxt = tokens[i + 1][0] if i + 1 < n else ""
    nxt2 = tokens[i + 2][0] if i + 2 < n else ""
    lower_after = bool(nxt) and tokens[i + 1][3].islower()
    if prev in _TOO_BEFORE and lower_after and _too_meant(prev, nxt, nxt2):
        return i + 1
    if lower_after and _too_before_infinitive(tokens, i):
        return i + 1  # "making it to heavy to land"
    if prev in HAVE and nxt in ("many", "much"):
        # "had to many achievements": "have to" (must) is followed by a verb; "have to many"
        # or "have to much" was written nowhere in the corpora (2026-12-05)
        return i + 1
    if prev == "," and _too_closes(tokens, i):
        return i  # "in politics, to.", "that effort, to, fell short"
    if lower_after and _too_after_a_little(tokens, i):
        return i + 1  # "a little to much", "a bit to early"
    if lower_after and _too_closing_clause(tokens, i):
        return i + 1  # "they just ended to early.", "made it to easy for"
    return None


_A_LITTLE = _words("little bit tad")


def _too_after_a_little(tokens, i: int) -> bool:
    """Is "to" at ``tokens[i]`` "too" after "a little", "a bit" or "a tad" and before "much",
    "many", "far" or an adjective, perhaps a noun too ("a little to much of", "a bit to
    small for")?
    In all 400 Wikipedia files "a little/bit/tad to" is followed only by "the", a possessive
    or a verb ("a little to the south", "a bit to keep up")."""
    if i < 2 or i + 1 >= len(tokens) or tokens[i - 1][0] not in _A_LITTLE or tokens[i - 2][0] != "a":
        return False
    word = tokens[i + 1][0]
    found = set(lx.tags(word))
    if word in ("much", "many", "far"):
        return True
    return "a" in found and found <= {"a", "r", "n"} and word not in _NOT_TOO_BEFORE_TO


_CLOSING_MARKS = frozenset(".!?")
# The margin by which the words around "to" must prefer "too" there (``confusion.judge``).
# Chosen 2026-12-06: at 0, "too" injected for "to" into news (scripts/eval_confusables.py
# --select default --kinds "too->to", tune | held out) 42 -> 45 of 96 | 52 -> 56 of 105, but
# over the 312 Wikipedia paragraphs of all 400 files where "to" stands before such a word and
# a mark, 5 findings, all wrong ("to golden;", "to octal:", "to walk to next."); with ";",
# ":" and ")" left out and at 4, 44 | 56 and none there, nor over the dev corpus, its docs
# and clean drafts, the news texts, the UD sentences and the wide copy.
TOO_CLOSING_MARGIN = 4.0


def _too_closing_clause(tokens, i: int) -> bool:
    """Is "to" at ``tokens[i]`` "too" before a word that can only describe (an adjective or
    adverb the lexicon reads as nothing else) and then a full stop, "!", "?" or "for", where
    the words around "to" prefer "too" by ``TOO_CLOSING_MARGIN`` ("cannot come to soon.",
    "made it to easy for disturbed people")? Not in a range ("from mild to severe.", "cool
    to chilly."), after "next" or "close", nor before a comparison."""
    from ... import confusion

    if i + 2 >= len(tokens) or not is_word(tokens[i + 1]):
        return False
    word, after = tokens[i + 1][0], tokens[i + 2][0]
    found = set(lx.tags(word))
    if "a" not in found and not word.endswith("ly") or not found or found - {"a", "r"} or word in _NOT_TOO_BEFORE_TO:
        return False
    if word.endswith(("er", "est", "ward", "wards")) or not (after in _CLOSING_MARKS or after == "for"):
        return False
    prev = tokens[i - 1][0] if i else ""
    if prev in _TO_AS_PREPOSITION or "a" in lx.tags(prev) and "v" not in lx.tags(prev):
        return False  # "next to impossible.", "moderate to tropical."
    if any(t[0] == "from" for t in tokens[max(0, i - 6) : i]):
        return False
    return confusion.judge(tokens, i, ("too",), threshold=TOO_CLOSING_MARGIN, thresholds={}) is not None


def _too_meant(prev: str, nxt: str, nxt2: str) -> bool:
    """Is "to" (after ``prev``, a word of _TOO_BEFORE) "too" before ``nxt`` and ``nxt2``?

    So it is before a word that can only describe, where nothing it could describe follows:
    one of _TOO_ADJECTIVES, or an adjective or adverb that the lexicon never reads as a verb,
    before "to", "for", an adverb of time (_NOW) or the end of the clause ("is to
    presumptuous,", "is to heavy to lift"; an adverb not before a comma: "is to boldly, but
    humbly, proclaim" splits an infinitive); and "many" or "much" after "is", "are", "was"
    or "were" before "for" or the end of a sentence, or "many" so before a plural noun
    ("There are to many cars"). A word that can be a verb is left alone ("is to blame", "is
    to open for business"), and one that can be a noun after "way", "far", "simply" and the
    like ("all the way to novel", "drifting far to leeward"). Over the 300 Wikipedia
    AA/AB/AC files, the Gutenberg books, the presidents' addresses, WikiText, the dev corpus
    and refdiff's clean copy (2026-12-05), 2 places, both slips ("it would be to
    presumptuous", "it is to late for me")."""
    if nxt in ("many", "much"):
        if prev not in _FINITE_BE:
            return False  # "appeared to many.", "seemed to many to be"
        return nxt2 in _CLOSES_AFTER_TOO or nxt == "many" and _plural_noun(nxt2)
    ends = nxt2 in _ENDS_AFTER_TOO or nxt2 in _NOW
    if nxt in _TOO_ADJECTIVES:
        return ends
    found = set(lx.tags(nxt))
    if not found & {"a", "r"} or found - {"a", "r", "n"} or nxt in _NOT_TOO:
        return False
    if "n" in found and prev not in _TOO_VERBS:
        return False
    if "a" in found:
        return ends and not nxt.endswith(("er", "est"))
    return nxt2 in _CLOSES_AFTER_TOO or nxt2 in _NOW


# Marks that may close a clause ended by "too" after a comma (", too." ", too!", ", too — "),
# and the quotation marks that may (", too,” she said"; ``_quote_closes``).
_CLOSE_AFTER_COMMA_TOO = frozenset(".!?;")
_DASHES = frozenset("—–")
_QUOTES_CLOSING = frozenset("”\"'")  # (tokens have straight apostrophes)
_ENDS_PHRASE = frozenset(".,;:!?)")


def _too_closes(tokens, i: int) -> bool:
    """Is "to" at ``tokens[i]``, after a comma, "too" closing its clause? So it is before a
    full stop, "!", "?" or ";" written straight after it, a dash, or a closing quotation
    mark ("in politics, to.", "the effect, to — "), or before a comma and then a closing
    quotation mark or a verb's past or a word that is only a verb ("picked you up, to,” he
    said", "that effort, to, fell short"). Over the 400 Wikipedia files of
    /work/cache/corpora/wiki (393 MB), the Gutenberg books and the presidents' addresses,
    ", to" so was written once, a table's residue ("through , , to ."); where "to" opens a
    phrase after the comma, an aside follows it (", to, in extreme cases, rape", ", to, if
    thought necessary, prepare")."""
    n = len(tokens)
    if i + 1 >= n:
        return False  # a line cut short ("a different problem, to")
    after = tokens[i + 1]
    if after[0] in _DASHES:
        return True
    if after[1] != tokens[i][2]:
        return False  # "through , , to ." (a table's residue)
    if after[0] in _QUOTES_CLOSING:
        return _quote_closes(tokens, i + 1)
    if after[0] in _CLOSE_AFTER_COMMA_TOO:
        return True
    if after[0] != "," or i + 2 >= n:
        return False
    beyond = tokens[i + 2][0]
    if beyond in _QUOTES_CLOSING:
        return _quote_closes(tokens, i + 2)
    found = set(lx.tags(beyond))
    return "v" in found and not found & {"r", "n"} or beyond in pasts()


# Words before which "to ADJECTIVE to" is a preposition's ("next door to impossible to get",
# "close enough to unobtainable to meet"), and words that can only describe that still
# follow "to" ("seemed to many to be", "up to about an hour", "people had to able to read":
# "be able").
_TO_AS_PREPOSITION = _words("next close near")
_NOT_TOO_BEFORE_TO = _NOT_TOO | _words("many much few able about such")


def _too_before_infinitive(tokens, i: int) -> bool:
    """Is "to" at ``tokens[i]`` "too" before a word that can only describe (the lexicon reads
    it as an adjective, perhaps an adverb too, and as nothing else) and then "to" and a verb,
    or "a"/"an" ("making it to heavy to land", "not to distant a past")? A word the lexicon
    reads as a noun or verb too is left alone ("turned to starboard to avoid it", "to open
    to the public"), as are comparisons, directions ("to westward"), ranges ("from whimsical
    to humorous to serious", "to mild to warm") and "next" or "close" before "to"."""
    if i + 3 >= len(tokens):
        return False
    word, after, beyond = tokens[i + 1][0], tokens[i + 2][0], tokens[i + 3][0]
    found = set(lx.tags(word))
    if "a" not in found or found - {"a", "r"} or word in _NOT_TOO_BEFORE_TO:
        return False
    if word.endswith(("er", "est", "ward", "wards")):
        return False
    if any(t[0] == "from" for t in tokens[max(0, i - 6) : i]) or any(t[0] in _TO_AS_PREPOSITION for t in tokens[max(0, i - 3) : i]):
        return False
    if i and _verb_takes_infinitive(tokens[i - 1][0]):
        return False  # "tried to illicit a response": "to" marks the verb's infinitive
    if i and _adjective_only(tokens[i - 1][0]):
        return False  # "unable to illicit a response": "too" and an adjective follow no adjective
    if after in ("a", "an"):
        return tokens[i + 2][3] == after  # (not a letter's name: "to certain A registers")
    # a verb after the second "to", not a word that may describe ("to mild to warm afternoons")
    beyond_tags = lx.tags(beyond)
    return after == "to" and "v" in beyond_tags and "a" not in beyond_tags


def _verb_takes_infinitive(word: str) -> bool:
    """Is ``word`` a verb, neither a linking verb (of _TOO_BEFORE) nor a noun, so that "to"
    after it opens its infinitive ("tried to", "hoped to", "wants to") and the word after "to"
    is read as a verb, however the lexicon reads it ("tried to illicit a response": "elicit";
    but "the plan to objectionable to support": "plan" may be a noun)?"""
    tags = lx.tags(word)
    return word not in _TOO_BEFORE and "v" in tags and "n" not in tags


def _adjective_only(word: str) -> bool:
    """Is ``word`` an adjective that is neither adverb nor noun ("unable", "eager",
    "determined")? "too" and another adjective cannot follow it ("unable too illicit a"),
    while "to" and its infinitive often do ("unable to", "eager to"); not "far" or "much"
    ("far to heavy a load": "far too heavy")."""
    tags = lx.tags(word)
    return "a" in tags and "r" not in tags and "n" not in tags


def _quote_closes(tokens, k: int) -> bool:
    """The quotation mark at ``tokens[k]`` (and any written straight after it) closes a
    quote: nothing is written straight after it, or a mark that ends a phrase is ("to.''";
    not "to ''Good Morning America''", "to \"...save")."""
    while k + 1 < len(tokens) and tokens[k + 1][0] in _QUOTES_CLOSING and tokens[k + 1][1] == tokens[k][2]:
        k += 1
    if k + 1 >= len(tokens) or tokens[k + 1][1] > tokens[k][2]:
        return True
    return tokens[k + 1][0] in _ENDS_PHRASE and not (
        k + 2 < len(tokens) and tokens[k + 2][0] == "." and tokens[k + 2][1] == tokens[k + 1][2]
    )


def _plural_noun(word: str) -> bool:
    from ..determiners import plurals, singular_plurals

    return word in plurals() and word not in singular_plurals()
