"""US and UK spellings: the pairs, lookups both ways, and which variety a story is written in.

The pairs live in ``newslint/data/us_uk_spellings.tsv`` (one ``uk<TAB>us`` pair a line, all
lower case), built by ``scripts/build_us_uk_spellings.py`` from SCOWL's word lists (the script
says how; the data file carries SCOWL's notice).

Lookups, for any rule (the spelling rules may use them too)::

    us_to_uk("color") == "colour"        uk_to_us("organisation") == "organization"
    variety_of("colour") == "en-GB"      variety_of("table") is None

The analysis ``doc.analysis("variants")`` returns a ``Varieties`` object: every US-only and
UK-only spelling in the story's prose (``uk``, ``us``: lower-case words and capitalised ones at
the start of a sentence; capitalised words elsewhere are names such as "World Health
Organization" or "Labor Party" and do not count); how many conventions of each side the story
follows besides spelling (``uk_conventions``, ``us_conventions``: "Mr Blair" / "Mr. Blair",
"per cent" / "percent", "7 February" / "February 7", "whilst", "amongst", "towards",
"programme", "cheque", "tyre", "learnt", "MPs", "Tory", "£5bn", "$15m" (in a fifth of BBC
stories, in none of 1,097 American ones), "US" without stops (a third of
BBC stories, one American one in fifty), "$3bn" / "gotten", "toward"; at most 3 each);
``uk_kinds``, how many different British habits the story has ("Mr Blair" counts as two:
more than half of British stories have it, hardly one American story in a thousand); and ``variety``: "en-GB", "en-US" or None when the story gives no evidence
either way or is evenly split. A story whose only US- or UK-specific spelling is one US word is
British when it has two or more British habits and at least two more British conventions than
American ones.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .. import memos
from ..datafiles import data_lines
from ..english import MONTH_NAMES
from ..prefilter import guarded
from ..tokens import LETTER_RUN
from .lexicon import recase
from .names import is_initial, sentence_starts


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    uk_us: dict[str, str] = {}
    us_uk: dict[str, str] = {}
    shared: set[str] = set()
    for line in data_lines("us_uk_spellings.tsv"):
        fields = line.split("\t")
        uk, us = fields[0], fields[1]
        uk_us.setdefault(uk, us)
        us_uk.setdefault(us, uk)
        if len(fields) > 2 and fields[2] == "shared":
            shared.add(uk)
    return uk_us, us_uk, frozenset(shared)


def _pairs() -> tuple[dict[str, str], dict[str, str]]:
    uk_us, us_uk, _ = _table()
    return uk_us, us_uk


def uk_to_us(word: str) -> str | None:
    """The US spelling of a UK-only spelling ("colour" → "color"), or None."""
    found = _pairs()[0].get(word.lower())
    return recase(found, word, capitals=True) if found else None


def us_to_uk(word: str) -> str | None:
    """The UK spelling of a US-only spelling ("color" → "colour"), or None."""
    found = _pairs()[1].get(word.lower())
    return recase(found, word, capitals=True) if found else None


def variety_of(word: str) -> str | None:
    """ "en-GB" for a UK-only spelling, "en-US" for a US-only one, None for anything else.

    UK forms that American copy uses as well ("catalogue", "theatre") are None.
    """
    uk_us, us_uk, shared = _table()
    lower = word.lower()
    if lower in uk_us and lower not in shared:
        return "en-GB"
    if lower in us_uk:
        return "en-US"
    return None


# -- the analysis ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Spelling:
    """One word of the story spelled the US or the UK way."""

    start: int
    end: int
    text: str
    variety: str  # "en-GB" or "en-US"
    other: str  # the same word spelled the other way


@dataclass(frozen=True)
class Varieties:
    """The British and American spellings and conventions a story uses, for C102."""

    uk: tuple[Spelling, ...]
    us: tuple[Spelling, ...]
    # Conventions other than spelling: "Mr Blair" / "Mr. Blair", "per cent" / "percent",
    # "7 February" / "February 7", "whilst", "programme", "gotten" — how many of each side.
    uk_conventions: int = 0
    us_conventions: int = 0
    # how many different British conventions the story follows ("Mr Blair" and "£5bn": 2);
    # "Mr Blair", a title without a full stop, counts as 2: American copy writes "Mr." or no
    # title at all
    uk_kinds: int = 0
    # British spellings with -ize ("organize", "recognize" beside "colour", "centre"): the
    # Oxford habit, kept out of ``us`` when the story writes -ize twice or more, never -ise
    oxford: tuple[Spelling, ...] = ()

    @property
    def variety(self) -> str | None:
        """The story's variety: that of most of its spellings; on a tie, that of its
        conventions when they all go one way or one side has two more; else None."""
        if len(self.uk) != len(self.us):
            if (
                not self.uk
                and len(self.us) == 1
                and self.uk_kinds >= 1
                and self.uk_conventions >= self.us_conventions + 1
            ):
                # one US spelling against British habits that American news copy hardly has
                # ("Mr Blair", "£5bn": in more than four British stories in ten, in none of 840
                # American ones of PolNeAR) and fewer American ones: British copy with a slip
                return "en-GB"
            return "en-GB" if len(self.uk) > len(self.us) else "en-US"
        if self.uk_conventions > self.us_conventions and (
            not self.us_conventions or self.uk_conventions >= self.us_conventions + 2
        ):
            return "en-GB"
        if self.us_conventions > self.uk_conventions and (
            not self.uk_conventions or self.us_conventions >= self.uk_conventions + 2
        ):
            return "en-US"
        return None

    def score(self, variety: str) -> int:
        """How much evidence the story gives for ``variety``: spellings and conventions."""
        if variety == "en-GB":
            return len(self.uk) + self.uk_conventions
        return len(self.us) + self.us_conventions

    def of(self, variety: str) -> tuple[Spelling, ...]:
        return self.uk if variety == "en-GB" else self.us


# Words as written that are no spelling of either table and hold no hyphen or apostrophe
# (which ``_pieces`` would split): the same for every draft, so a run passes each at once
# after its first sight (the analysis reads every word of every draft).
# (50,000 held 4.5 MB after 1,200 Wikipedia drafts: issue 14)
_NO_VARIANT: set[str] = memos.MemoSet(16_384)


def analyse(doc) -> Varieties:
    uk_us, us_uk, shared = _table()
    no_variant = _NO_VARIANT
    uk: list[Spelling] = []
    us: list[Spelling] = []
    words = doc.words
    starts = [w.start for w in words]
    sentences = sentence_starts(doc)
    for paragraph in doc.paragraphs:
        low = bisect.bisect_left(starts, paragraph.start)
        high = bisect.bisect_left(starts, paragraph.end)
        for word in words[low:high]:
            text = word.text
            if text in no_variant:  # most words: passed at once
                continue
            if "-" in text or "'" in text or "’" in text:
                pieces = _pieces(word)
            elif (lowered := text.lower()) in uk_us or lowered in us_uk:  # (lower-cased once)
                pieces = ((word.start, text),)
            else:
                no_variant.keep(text)
                continue
            for offset, piece in pieces:
                lower = piece.lower()
                if lower not in us_uk and (lower not in uk_us or lower in shared):
                    continue
                if piece[0].isupper():
                    if piece.isupper() or not is_initial(doc, offset, sentences):
                        continue
                    if _next_is_capitalised(doc.prose, offset + len(piece)):
                        continue
                if lower in uk_us:
                    uk.append(
                        Spelling(
                            offset,
                            offset + len(piece),
                            piece,
                            "en-GB",
                            recase(uk_us[lower], piece, capitals=True),
                        )
                    )
                else:
                    us.append(
                        Spelling(
                            offset,
                            offset + len(piece),
                            piece,
                            "en-US",
                            recase(us_uk[lower], piece, capitals=True),
                        )
                    )
    uk_conventions = us_conventions = us_titles = 0
    uk_kinds: Counter[str] = Counter()
    for paragraph in doc.paragraphs:
        for match in guarded(_CONVENTIONS).finditer(doc.prose, paragraph.start, paragraph.end):
            if match.lastgroup == "uk":
                uk_conventions += 1
                uk_kinds[_kind(match.group())] += 1
            else:
                us_conventions += 1
                us_titles += bool(_US_TITLE.match(match.group()))
    # "Mr Blair" (a title without its full stop) is the surest British habit: more than half of
    # British news stories have it and hardly one American story in a thousand (BBC 2004-05 and
    # PolNeAR articles): once, it weighs as two habits
    kinds = len(uk_kinds) + (uk_kinds["title"] >= 1)
    if uk_kinds["title"] == 1 and not us_titles:
        uk_conventions += 1
    oxford: list[Spelling] = []
    if uk and not any(_ise(s) for s in uk):
        ize = [s for s in us if _ise(s)]
        plain_us = len(us) - len(ize)
        if len(ize) >= 2 and len(uk) > plain_us and (len(uk) >= 2 or uk_conventions > us_conventions):
            # "organize" in a story that writes "colour" and "centre" and never "-ise":
            # Oxford spelling, British all the same
            oxford = ize
            us = [s for s in us if not _ise(s)]
    # a convention counts at most three times: one house habit is not three spellings
    return Varieties(
        tuple(uk), tuple(us), min(uk_conventions, 3), min(us_conventions, 3), kinds, tuple(oxford)
    )


def _ise(spelling: Spelling) -> bool:
    """Whether the two spellings differ by -ise/-ize (or -yse/-yze) alone."""
    uk = spelling.text.lower() if spelling.variety == "en-GB" else spelling.other.lower()
    us = spelling.other.lower() if spelling.variety == "en-GB" else spelling.text.lower()
    return len(us) == len(uk) and us != uk and all(a == b or (a, b) == ("s", "z") for a, b in zip(uk, us))


def _kind(convention: str) -> str:
    """Which British habit a convention is: "Mr Blair" and "Dr Reid" are one, "£5bn" another."""
    if convention[0] == "£":
        return "£"
    if convention[0].isdigit() or convention[0] in "$€":
        return "bn" if convention.endswith(("bn", "m")) else "date"
    if convention == "US":
        return "us"
    if convention[:2] in ("Mr", "Ms", "Dr"):
        return "title"
    return {"tories": "tory"}.get(convention.lower(), convention.lower().rstrip("s"))


_MONTHS = "|".join(MONTH_NAMES[1:])
_CONVENTIONS = re.compile(
    rf"(?P<uk>\b(?:Mr|Mrs|Ms|Dr)[ \t]+[A-Z]|\bper[ \t]cent\b|\b\d{{1,2}}[ \t]+(?:{_MONTHS})\b"
    rf"|\b(?:whilst|amongst|towards|programmes?|cheques?|tyres?|learnt|spelt|MPs?|Tory|Tories)\b"
    rf"|(?<![\w.])US(?![\w.])"
    rf"|£[ \t]?\d[\d,.]*(?:bn|m)?|\b\d+(?:\.\d+)?bn\b|[$€][ \t]?\d+(?:\.\d+)?m\b)"
    rf"|(?P<us>\b(?:Mr|Mrs|Ms|Dr)\.[ \t]+[A-Z]|\bpercent\b"
    rf"|\b(?:{_MONTHS}|Jan|Feb|Aug|Sept|Oct|Nov|Dec)"
    rf"\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b(?![,.]?\d)|\bgotten\b|\btoward\b)"
)


_US_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.")


def _pieces(word):
    """The letter runs of a word ("re-organised" → "re", "organised"), possessive dropped."""
    text = word.text
    for match in LETTER_RUN.finditer(text):
        piece = match.group()
        if match.start() > 0 and text[match.start() - 1] in "'’":
            continue  # the s of a possessive
        yield word.start + match.start(), piece


_NEXT_CAP = re.compile(r"[ \t]+[A-Z]")


def _next_is_capitalised(prose: str, end: int) -> bool:
    return bool(_NEXT_CAP.match(prose, end))
