"""Where a word that is no word sits: glued to symbols (a handle, an address, a file name),
broken at a line's end ("delib- erately") or cut off ("leavin- three"), or split in two by a
space ("an d", "beca use")."""

from __future__ import annotations

import re

from ...analysis import lexicon as lx

# A word that touches one of these is part of a handle, hashtag, address, file name or code.
_GLUE_BEFORE = set("@#/\\_=.&~$%+<")
_GLUE_AFTER = set("@/\\_=&~$%+>")


_LINK_AFTER_SCHEME = re.compile(r":[^\s:]*[@/+\d]")  # an address, a path, a number after it
_OPENING_MARKS = set("\"'“‘([{«—–-*…")


def is_glued(prose: str, start: int, end: int) -> bool:
    before = prose[start - 1] if start > 0 else " "
    after = prose[end] if end < len(prose) else " "
    if before in _GLUE_BEFORE or after in _GLUE_AFTER:
        return True
    if prose.startswith(("...@", "…@"), end):
        return True  # "davidr...@example.net": an address a mail archive shortened
    if after == ":" and _LINK_AFTER_SCHEME.match(prose, end):
        return True  # "mailto:desk@example.net", "tel:+44 20": a link's scheme
    if not before.isspace() and before not in _OPENING_MARKS:
        return True  # "GuantÃ¡namo": garbled characters, or a symbol stuck to the word
    # example.com, file.txt, U.S.-style abbreviations: a full stop between letters
    return after == "." and end + 1 < len(prose) and prose[end + 1].isalnum()


def broken_word(prose: str, words, position: int) -> bool:
    """A word split by a hyphen and a space or line break, either half: "delib- erately"."""
    word = words[position]
    if position + 1 < len(words) and prose[word.end : word.end + 1] == "-":
        after = words[position + 1]
        if after.start - word.end <= 3 and prose[word.end + 1 : after.start].isspace():
            if lx.is_word((word.text + after.text).lower()):
                return True
    if position > 0:
        before = words[position - 1]
        gap = prose[before.end : word.start]
        if gap[:1] == "-" and 1 < len(gap) <= 3 and gap[1:].isspace():
            if lx.is_word((before.text + word.text).lower()):
                return True
    return False


# Letters left of a contraction or a possessive when its apostrophe is lost ("don t",
# "it s"): not a word split in two.
_CONTRACTION_TAILS = frozenset("s t d m".split())  # and "ll", "re", "ve": no lone letters
_CENSOR_MARKS = frozenset("-–—*_")
SPLIT_FLOOR = 4.0  # Zipf: a word split in two is flagged only when the joined word is common


CUT_OFF_FLOOR = 3.0  # Zipf: the word a cut-off one starts is a common word


def cut_off(prose: str, word) -> bool:
    """A word cut off with a hyphen, the rest not written: a false start in a transcript
    ("keep two hundred leavin- one hundred", "parking uh disparit- parking
    space"). The word is the start of a common word it was going to be, and a space or the
    line's end follows the hyphen; a slip inside a word ("goverment- and state-run") is
    no such start and is still checked."""
    after = prose[word.end : word.end + 2]
    if after[:1] != "-" or after[1:2].strip():
        return False
    lower = word.text.lower()
    if len(lower) < 3 or not lower.isalpha():
        return False
    return any(
        c.word.startswith(lower) and c.zipf >= CUT_OFF_FLOOR and " " not in c.word
        for c in lx.candidates(lower)[:3]
    )


def split_word(doc, vocabulary, words, position: int, accept_lower):
    """A word split in two by a space ("an d", "t he", "beca use"): (first, last, joined)
    for the word at ``position`` and a neighbour, when one of the two is a lone letter (not
    "a" or "I") or no word at all, both are in lower case (the first may open a sentence),
    they stand a single space apart, and together they make a common word (or any word, when
    neither half is one: then only for a check). The last item says whether it is sure."""
    prose = doc.prose
    for first, last in ((position - 1, position), (position, position + 1)):
        if first < 0 or last >= len(words):
            continue
        a, b = words[first], words[last]
        if prose[a.end : b.start] != " " or not (a.text.isalpha() and b.text.isalpha()):
            continue
        if not b.text.islower() or not (
            a.text.islower()
            or (len(a.text) == 1 or a.text[1:].islower()) and vocabulary.starts_sentence(a.start)
        ):
            continue
        if b.text == "s" or b.text in _CONTRACTION_TAILS and lx.is_word(f"{a.text.lower()}'{b.text}"):
            continue  # "don t", "it s", "he d": an apostrophe lost, not a space added
        joined = (a.text + b.text).lower()
        value = lx.zipf(joined)
        halves = not lx.is_word(a.text.lower()) and not lx.is_word(b.text.lower())
        if joined in accept_lower or value < SPLIT_FLOOR and not (halves and value):
            continue  # (two halves that are no words make any word: "taek wondo")
        pieces = [w.text.lower() for w in (a, b)]
        if all(len(p) > 1 or p in ("a", "i") for p in pieces) and all(lx.is_word(p) for p in pieces):
            continue  # two words ("some one", "a part"): another rule's business
        if any(len(p) > 1 and value < lx.zipf(p) for p in pieces):
            continue  # "plan b and": "band" is rarer than "and" itself
        if prose[b.end : b.end + 1] in _CENSOR_MARKS:
            continue  # "a p–sy", "a f***": a word with letters left out, not split
        if not is_glued(prose, a.start, b.end):
            return first, last, joined, value >= SPLIT_FLOOR
    return None


MENTION_WORDS = 3  # words: a quoted term, not a quoted remark
_QUOTED = re.compile(
    r"(?<!\w)(?:\"([^\"\n]{1,60})\"|“([^”\n]{1,60})”|‘([^’\n]{1,60})’(?!\w)"
    r"|'([^'\n]{1,60})'(?!\w)|«([^»\n]{1,60})»)"
)
# A word that names a term before it ("known as", "the word"), or a language's name ("Latin").
_NAMING = re.compile(
    r"(?:\b(?:called|call|calls|known as|named|termed|term|terms|word|words|meaning|means"
    r"|spelled|spelt)|\b[A-Z][a-z]+)[ \t]*[(:]?[ \t]*$"
)
_GLOSS = re.compile(r"[ \t]*(?:\(|[,:][ \t]*(?:meaning|literally|which means|or)\b)")


def mentioned(prose: str, start: int, end: int) -> bool:
    """Is the word in a term the text names rather than uses: a quotation of up to
    MENTION_WORDS words after a naming word or a language's name ('known as "kuren"',
    'Latin "insula maior"', "the word 'kosa'") or before a gloss ('"atole" (a drink)',
    '"kosa", meaning')? A foreign or technical term is spelled as its source spells it."""
    line_start = prose.rfind("\n", 0, start) + 1
    line_end = prose.find("\n", end)
    line_end = len(prose) if line_end < 0 else line_end
    # (paired from the line's start: from inside an earlier quotation, its closing mark would
    # pair with the opening mark of the one that holds the word)
    for match in _QUOTED.finditer(prose, line_start, min(line_end, end + 62)):
        if match.start() < start and end < match.end():
            inner = next(group for group in match.groups() if group is not None)
            if len(inner.split()) > MENTION_WORDS:
                return False
            before = prose[max(line_start, match.start() - 30) : match.start()]
            return bool(_NAMING.search(before) or _GLOSS.match(prose, match.end()))
        if match.start() > end:
            break
    return False


# Latin endings of a species name's second part ("domestica", "darwini", "linearis", "verum").
_EPITHET_ENDINGS = ("a", "i", "us", "um", "is", "ae")
_GENUS_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+|(?<![\w.])[A-Z]\.)[ \t\u00a0]+$")


def species_epithet(prose: str, start: int, end: int, starts_sentence) -> bool:
    """Is the lower-case word the second part of a scientific name ("Musca domestica",
    "S. lanata", "Australopithecus africanus"): a Latin ending, after a capitalised word that
    opens no sentence or after a genus's initial? ``starts_sentence(offset)`` says whether a
    word opens a sentence."""
    if not prose[start:end].endswith(_EPITHET_ENDINGS):
        return False
    match = _GENUS_BEFORE.search(prose, max(0, start - 40), start)
    if match is None:
        return False
    return match.group().rstrip()[-1] == "." or not starts_sentence(match.start())
