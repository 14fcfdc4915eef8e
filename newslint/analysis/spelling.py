"""The spelling walk: ``doc.analysis("spelling")``, every word of a draft sorted once.

S101 (misspelled-word) and S103 (rare-word-or-slip) read the same walk over the draft's
words: a word that is no dictionary word is taken apart (hyphens, possessives), the parts a
writer means are left alone (names, coinages, abbreviations the story spells out, foreign
phrases and passages ...), and what is left is a ``Verdict``: a word split in two or two run
together, a capitalised sentence opener one slip from a common word, a lower-case non-word
(misspelled) or a real but rare word of the larger lists (rare). Each rule reads the kinds it
reports; the walk runs once per draft.

The verdicts depend on the settings' ``accept`` and ``reject`` lists (the house
dictionary), so ``verdicts(settings)`` walks once for each pair of lists it is asked with.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass

from .. import memos
from . import lexicon as lx
from .names import known_name
from .vocabulary import after_initial_or_title

_HEADING_KINDS = ("headline", "heading", "table")
DELIBERATE = 3  # times a story writes a word no dictionary has, unless one slip from a common word


@dataclass(frozen=True)
class Verdict:
    """A word (or part of one) the walk does not take as written.

    ``kind`` is one of
    - "split": one word split in two by a space, words ``first`` to ``last`` (``joined`` is
      the word; ``sure`` False for a rare word some write in two);
    - "run_together": two words written as one ("upto");
    - "capitalised": a sentence's capitalised first word one slip from a common word;
    - "misspelled": a lower-case word no dictionary has;
    - "rare": a lower-case real but rare word that may be a slip of a common one.
    """

    kind: str
    start: int
    end: int
    text: str
    first: int = -1
    last: int = -1
    joined: str = ""
    sure: bool = True


class Spelling:
    """The verdicts on one draft's words, walked on first use for each set of settings."""

    def __init__(self, doc):
        self._doc = doc
        self._walked: dict[tuple[frozenset[str], frozenset[str]], tuple[Verdict, ...]] = {}

    def verdicts(self, settings) -> tuple[Verdict, ...]:
        key = (frozenset(settings.accept), frozenset(settings.reject))
        found = self._walked.get(key)
        if found is None:
            found = self._walked[key] = tuple(_walk(self._doc, *key))
        return found


def analyse(doc) -> Spelling:
    return Spelling(doc)


def _apostrophe_word(lower: str) -> bool:
    """A word missing its apostrophe ("dont", "childrens", "countrys"), which G102 and
    G103 report."""
    from ..checks.apostrophes import owns

    return owns(lower)


def _parts(word: str, start: int):
    """The hyphen-separated parts of a word, with their offsets."""
    position = start
    for part in word.split("-"):
        yield part, position
        position += len(part) + 1


def bare(part: str) -> str:
    """The part without a possessive or a trailing apostrophe clause ("Putin's" → "Putin")."""
    part = part.translate(lx.APOSTROPHES)
    if part.endswith("'s") or part.endswith("'S"):
        return part[:-2]
    return part


# see ``_walk`` (100,000 held 4 MB after 1,200 Wikipedia drafts: issue 14)
_PLAIN: set[str] = memos.MemoSet(16_384)


def _walk(doc, accept: frozenset[str], reject: frozenset[str]):
    from ..checks.spelling.coinages import (
        coined_compound,
        in_foreign_phrase,
        inflected_compound,
    )
    from ..checks.spelling.layout import broken_word, cut_off, is_glued, split_word

    vocabulary = doc.analysis("lexicon")
    accept_lower = frozenset(w.lower() for w in accept)
    reject_lower = {w.lower() for w in reject}
    heading_spans = [(p.start, p.end) for p in doc.paragraphs if p.kind in _HEADING_KINDS]
    prose = doc.prose
    known = lx.is_word
    words = doc.words
    run_on = lx.run_together_forms()  # lower-case forms only: "upto", not "Upto"
    done = -1  # the last word a split-word finding took in
    # Texts known to be dictionary words with nothing more to ask of them (not a single
    # letter, not two words run together): the next use of one is passed at once. Which texts
    # those are depends on the text alone (the dictionary and the run-together forms are the
    # same for every draft and every setting), so a run keeps them from draft to draft.
    plain = _PLAIN
    capitals = _Capitals(words)
    for position, word in enumerate(words):
        if position <= done:
            continue
        text = word.text
        if text in plain:
            continue
        if known(text.lower()):  # most words: done at once
            if len(text) == 1 and text not in "aAiI" and text.isalpha():
                split = split_word(doc, vocabulary, words, position, accept_lower)
                if split is not None:
                    done = max(done, split[1])
                    yield _split(words, *split)
            elif text in run_on and text not in accept_lower:
                if not is_glued(prose, word.start, word.end) and not _written_as_one(text, run_on[text]):
                    yield Verdict("run_together", word.start, word.end, text)
            elif text not in run_on:  # (one the settings accept is asked again: not kept)
                camel = None if text[1:].islower() else _camel_run_together(text, word.start)
                if camel is None:
                    plain.keep(text)
                elif text.lower() not in accept_lower and not is_glued(prose, word.start, word.end):
                    yield camel  # "in NewYork" (a form the word lists carry in lower case)
            continue
        if not text[:1].isalpha():
            continue  # numbers, codes
        if _apostrophe_word(text.lower()):
            continue  # "dont", "childrens": G102/G103 report the missing apostrophe
        if broken_word(prose, words, position):
            continue  # "delib- erately": a word broken at the end of a line
        if cut_off(prose, word):
            continue  # "leavin- three thousand": a false start, the rest not said
        if not text[:1].isalpha() or any(c.isdigit() or c == "_" for c in text):
            continue
        if text in accept or text.lower() in accept_lower or text.lower() in reject_lower:
            continue
        if is_glued(prose, word.start, word.end):
            continue
        if in_foreign_phrase(prose, words, position):
            continue  # "fait accompli", "sotto voce": a phrase English borrows whole
        if text.isalpha():
            split = split_word(doc, vocabulary, words, position, accept_lower)
            if split is not None:
                done = max(done, split[1])
                yield _split(words, *split)
                continue
        hyphenated = "-" in text
        if hyphenated and lx.is_word(bare(text.replace("-", "")).lower()):
            continue  # pesh-merga, co-operate
        if hyphenated and inflected_compound(bare(text).split("-")):
            continue  # high-fiving: "highfive" inflected
        if not hyphenated and position and _spaced_compound(prose, words[position - 1], word):
            continue  # "high fiving": the same written with a space
        if hyphenated and len({p.lower().removesuffix("s") for p in bare(text).split("-")}) == 1:
            continue  # dik-diks, tom-toms, so-so: a word said twice
        if hyphenated and (
            any(p[:1].isupper() for p in text.split("-")[1:])
            or text[:1].isupper() and not vocabulary.starts_sentence(word.start)
        ):
            continue  # CNBC-itis, de-Giuliani-ized: coinages on a name
        if hyphenated and coined_compound(bare(text)):
            continue  # mau-mauers, tsk-tsking, candidate-itis
        for index, (part, start) in enumerate(_parts(text, word.start)):
            part = bare(part)
            if len(part) < (4 if hyphenated else 3):
                continue  # X-ers, edu-tainment, add-ons: prefixes and fragments
            if part in accept or part.lower() in accept_lower:
                continue
            verdict = _part_verdict(doc, vocabulary, part, start, index, position, heading_spans, capitals)
            if verdict is not None:
                yield verdict


class _Capitals:
    """How often the draft writes each capitalised word (possessives taken off), counted on
    first use: few drafts have a capitalised word that gets that far."""

    def __init__(self, words):
        self._words = words
        self._counts: Counter | None = None

    def count(self, part: str) -> int:
        if self._counts is None:
            self._counts = Counter(bare(w.text) for w in self._words if w.text[:1].isupper())
        return self._counts[part]


def _spaced_compound(prose: str, before, word) -> bool:
    """A lower-case word that, with the word before it (a space apart), makes an inflected
    compound ("high fiving": "highfive")."""
    from ..checks.spelling.coinages import inflected_compound

    if before.end + 1 != word.start or prose[before.end] != " ":
        return False
    first, second = before.text, word.text
    if len(first) < 3 or not (first.isalpha() and first.islower() and second.isalpha() and second.islower()):
        return False
    return inflected_compound([first, second])


def _split(words, first, last, joined, sure) -> Verdict:
    start, end = words[first].start, words[last].end
    return Verdict("split", start, end, "", first=first, last=last, joined=joined, sure=sure)


def _part_verdict(doc, vocabulary, part, start, index, position, heading_spans, capitals) -> Verdict | None:
    from ..checks.spelling import morphology
    from ..checks.spelling.coinages import (
        accents_dropped,
        among_foreign_words,
        between_names,
        informal_words,
        said_twice,
        solid_compound,
        written_again,
    )

    if not part.replace("'", "").isalpha():
        return None
    rest = part[1:]
    if any(c.isupper() for c in rest):  # acronyms, codes, McDonald, iPhone
        return _camel_run_together(part, start)  # but "in NewYork"
    lower = part.lower()
    if lx.is_word(lower) or lower in informal_words():
        return None  # (informal: "realz", "naw": slang and interjections spelled as meant)
    if not lower.isascii() and any(c.isalpha() and not c.isascii() for c in lower):
        return None  # "für", "náměstí", "κολοκάσι": a letter English spells without, so a
        # word of another language; a slip of an English word brings in no such letter
    word = doc.words[position]
    capitalised = part[0].isupper()
    if capitalised and _taken_for_name(doc, vocabulary, part, start, index, position, heading_spans, capitals):
        return None
    if lower in vocabulary.names and not capitalised:
        return None  # a name the story writes capitalised ("jeff pellworth")
    if lower.isascii() and accents_dropped(lower):
        return None  # "attache", "protege": a borrowed word written without its accents
    if morphology.formed(lower) or (
        morphology.formed(lower, guarded=False)
        and ("-" in word.text or written_again(vocabulary, lower))
    ):
        return None  # "interclan"; "defund" said twice; "contraster-in-chief", a coinage
    if solid_compound(lower):
        return None  # "cleareyed": "clear-eyed" written solid
    if (
        lower.endswith("s")
        and not lower.endswith("ss")  # ("discss": no plural ends so)
        and (len(lower) > 5 or "-" in word.text)
        and lx.zipf(lower[:-1]) >= 3
    ):
        return None  # "five-year-olds", "the favorables": a plural the dictionary lacks
    if lower.endswith("ies") and len(lower) > 6 and lx.zipf(lower[:-3] + "y") >= 3:
        return None  # "the hereditaries": the same, from a word in -y
    if lower in vocabulary.abbreviations or said_twice(doc.prose, start, part):
        return None  # "barrels per day (bpd)"; "tsk tsk"
    if lower.endswith("in") and doc.prose[start + len(part) : start + len(part) + 1] in ("'", "’"):
        if lx.is_word(lower + "g"):
            return None  # "lyin'", "nothin'": the "g" dropped, as said
    if among_foreign_words(doc, start):
        return None  # "distrutto dal rigore": a passage in another language
    if "'" in lower:
        head = lower.split("'")[0]
        if lx.is_word(head) or head in vocabulary.names:
            return None
    if not capitalised and len(lower) <= 5 and between_names(doc, word, vocabulary):
        best = lx.candidates(lower)[:1]
        if not best or best[0].distance > 1 or best[0].zipf < 5.0:
            return None  # "Daniel arap Moi": a particle inside a name ("Obama sayd" is not)
    end = start + len(part)
    if capitalised:
        return _capitalised_verdict(doc, part, start)
    if not part[0].islower():
        return None
    if vocabulary.counts.get(part, 0) >= DELIBERATE and not morphology.close_to_common(lower):
        return None  # a word the story writes three times, no slip of a common word: meant
    # A real word of the larger lists is S103's, any other S101's.
    return Verdict("rare" if lx.is_rare_word(lower) else "misspelled", start, end, part)


# A capitalised word is taken for a slip only when it is one edit from a word at least this
# common (Zipf) ...
CAPITALISED_FLOOR = 4.5
# ... and the counts' Wikipedia text wrote it at most this often for each time it wrote that
# word: a slip turns up there seldom ("teh": 5 in a million "the"), a name has a life of its
# own ("Hearn" 99 times, 2 in a hundred "heard"; "Mayr" 12 in ten thousand "may").
NAME_RATIO = 1e-4


def _written_as_name(lower: str, meant: str) -> bool:
    """Does the counts' text write ``lower`` too often for a slip of ``meant``: a name?"""
    from ..checks.confusables import near_words

    table = near_words.counts()
    return table.count(lower) > NAME_RATIO * table.count(meant)


def _written_as_one(form: str, pair: str) -> bool:
    """Does the counts' text write ``form`` as one word too often for a slip of the two words
    ``pair``: a name or a term ("canis", "tropicalis", "addis", "manus": Latin and names
    that the word lists also split into "can is", "man us")? A form it never writes (or
    fewer than three times) is no evidence: "upto", "alongwith", "ofview"."""
    from ..checks.confusables import near_words

    table = near_words.counts()
    seen = table.count(form)
    return seen > 0 and seen > NAME_RATIO * table.count(*pair.split(" "))


def _taken_for_name(doc, vocabulary, part, start, index, position, heading_spans, capitals) -> bool:
    """Is a capitalised word no dictionary has a name by where the story writes it? Names are
    capitalised: only a sentence's first word may be a slip ("Teh minister"), and not in a
    heading, after a title's full stop or an initial ("Dr. Wolk", which ends no sentence),
    nor when the story writes it capitalised again or the name lists have it.

    Measured negative result (typo17, 2026-12-02): a capitalised word inside a sentence
    taken for a slip when it is one edit from a word of Zipf CAPITALISED_FLOOR or more, no
    name list has it, the story writes it once, the counts' text never writes it and no
    known name or non-word stands beside it in a name ("High Engergy Physics", "Rock Bandss"
    are the tune half's misses) made 268 findings on Wikipedia AD_80-99 and the dev corpus's
    news, about 8 right ("Charels", "Jackon", "Geatest", "Willam"); without the last two
    tests, 538. Names one edit from common words ("Comey", "Sogn", "Thein") are too many.

    Two narrower classes, measured and not kept either (typo20; ``scripts/spelling_variants.py``
    re-runs each as a patched ``newslint``). Title case: the same word beside a capitalised
    common word that opens no sentence and is no name ("High Engergy Physics", where the
    capitals say title, not name): real writers' errors (``scripts/eval_real_edits.py
    --select S101``) tune 96 -> 97 found ("Engergy"), 25 -> 26 other findings (a team's
    name), held-out 87 -> 87, 30 -> 31; Wikipedia AD_80-99 and the dev corpus's news 57
    findings more, about 4 right ("Charels", "Reqister", "Worl", "Geatest"; wrong "Ems
    Dollart", "Pyay Gardens", "Insyde Software", "Lake Walen"): a name in a title-case phrase
    is as common as a slip in one. Two words run together inside a sentence ("a
    Jewishhomeland": no name, never written in the counts' text, its two words of three
    letters or more written side by side at Zipf 2 or more): tune +1 found, 0 other, held-out
    +0, +0; AD_80-99 and news 33 more, none clearly right ("Newpower Soul", "Longbeards",
    "Mario Bachand", "Howlong Road", "Footguards": names made of two words)."""
    word = doc.words[position]
    if index or not vocabulary.starts_sentence(word.start):
        return True
    if any(s <= start < e for s, e in heading_spans) or after_initial_or_title(doc.prose, word.start):
        return True
    if known_name(part):
        return True  # "Andy said ...": a first name, surname or place, not "And"
    # A name the story writes again: "Alain Brandauer, its chairman ... Brandauer left".
    return part.lower() in vocabulary.names or capitals.count(part) > 1


def _capitalised_verdict(doc, part, start) -> Verdict | None:
    """A sentence's capitalised first word that ``_taken_for_name`` leaves to check: a slip
    when it is one edit from a common word, starts no name ("Alain Levy said") and the counts'
    text seldom writes it ("Hearn later said" is a name, not "Heard")."""
    lower = part.lower()
    best = lx.candidates(lower)[:1]
    if not best or best[0].distance > 1 or best[0].zipf < CAPITALISED_FLOOR or " " in best[0].word:
        return _run_together_opener(part, start)
    token = doc.analysis("names").at(start)
    if token is not None and token.after:
        return None  # "Alain Levy said", "Htay Oo, its chairman": a name's first word
    if _written_as_name(lower, best[0].word):
        return None  # "Hearn later said": a name, not "Heard"
    return Verdict("capitalised", start, start + len(part), part)


def _camel_run_together(part: str, start: int) -> Verdict | None:
    """Two capitalised words written as one ("NewYork"): each part a dictionary word of
    three letters or more, the two written side by side as often as a word of Zipf
    CAPITALISED_FLOOR, and the form itself seldom for that (NAME_RATIO: "YouTube",
    "PlayStation", "PowerPoint" are names the counts' text writes as one)."""
    from ..checks.confusables import near_words

    capitals = [i for i, c in enumerate(part) if c.isupper()]
    if len(capitals) != 2 or capitals[0] != 0 or not part.isalpha():
        return None
    first, second = part[: capitals[1]].lower(), part[capitals[1] :].lower()
    if len(first) < 3 or len(second) < 3 or not (lx.is_word(first) and lx.is_word(second)):
        return None
    table = near_words.counts()
    seen = table.count(first, second)
    if seen < 10 ** (CAPITALISED_FLOOR - 9) * table.total or table.count(part.lower()) > NAME_RATIO * seen:
        return None
    pair = f"{part[: capitals[1]]} {part[capitals[1] :]}"
    return Verdict("run_together", start, start + len(part), part, joined=pair)


def _run_together_opener(part: str, start: int) -> Verdict | None:
    """A sentence's capitalised first word that is two words run together ("Infact, turnout
    fell"): the counts' text writes the two words side by side as often as a word of Zipf
    CAPITALISED_FLOOR, and writes the word itself seldom for that (NAME_RATIO: "Aidan" is a
    name, not "aid an")."""
    from ..checks.confusables import near_words

    lower = part.lower()
    split = counted_split(lower)
    if split is None or split[1] < CAPITALISED_FLOOR:
        return None
    table = near_words.counts()
    if table.count(lower) > NAME_RATIO * 10 ** (split[1] - 9) * table.total:
        return None
    return Verdict("run_together", start, start + len(part), part, joined=lx.recase(split[0], part))


# A split is offered first when the counts write its two words side by side as often as a
# word of this Zipf, and at least as often as the best single word is written.
SPLIT_PAIR_FLOOR = 4.0


@lru_cache(maxsize=2048)
def counted_split(word: str) -> tuple[str, float] | None:
    """The two words a lower-case non-word runs together by the counts ("infact": ("in fact",
    4.8)): of the ways to split it into two dictionary words (a one-letter first word only
    "a" or "i"), the pair that near_words' counts (78 million words of Wikipedia) write side
    by side most often, with that frequency on the Zipf scale; None when no pair is written."""
    from ..checks.confusables import near_words

    table = near_words.counts()
    best = None
    for i in range(1, len(word) - 1):
        first, second = word[:i], word[i:]
        if (i == 1 and first not in "ai") or not (lx.table_zipf(first) and lx.table_zipf(second)):
            continue
        seen = table.count(first, second)
        if seen and (best is None or seen > best[0]):
            best = (seen, f"{first} {second}")
    if best is None:
        return None
    return best[1], math.log10(best[0] * 1e9 / table.total)


def split_first(word: str) -> str | None:
    """``counted_split``'s pair when it should be offered before any single word: written as
    often as a word of SPLIT_PAIR_FLOOR and as the best candidate ("infact": "in fact" 4.8
    beats "infant" 4.0; "alot": "lot" 5.6 beats "a lot" 4.4)."""
    split = counted_split(word)
    if split is None or split[1] < SPLIT_PAIR_FLOOR:
        return None
    best = lx.candidates(word)[:1]
    if best and " " not in best[0].word and best[0].zipf > split[1]:
        return None
    return split[0]
