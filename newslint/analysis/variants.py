"""US and UK spellings: the pairs, lookups both ways, and which variety a story is written in.

The pairs live in ``newslint/data/us_uk_spellings.tsv`` (one ``uk<TAB>us`` pair a line, all
lower case). They are built by ``python3 -m newslint.analysis.variants build`` from SCOWL's word
lists as Debian ships them (packages ``wbritish``, ``wamerican``, ``wbritish-large`` and
``wamerican-large``; SCOWL is Copyright 2000-2011 Kevin Atkinson, with a permissive licence
that allows redistribution of its output with the notice, which the data file carries). A
pair is kept only when the US form is in the American list and not in the large British one,
and the UK form is in the British list; the UK form is found from the US form by the regular
patterns of British spelling (-ise/-ize, -our/-or, -re/-er, -ogue/-og, -ence/-ense, doubled
and single l, ae/oe, sc/sk, -gement/-gment) or from a short list of irregular pairs written
here (grey/gray, plough/plow, aluminium/aluminum …).

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
from pathlib import Path

from ..datafiles import data_lines
from ..english import MONTH_NAMES
from .lexicon import recase

DATA = Path(__file__).resolve().parent.parent / "data" / "us_uk_spellings.tsv"


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


_SENTENCE_OPENER = re.compile(r"(?:^|[.!?:;]['\"’”)]*\s+|[\"“‘(]\s*|\n\s*)$")


def _initial(prose: str, start: int, paragraph_start: int) -> bool:
    before = prose[max(paragraph_start, start - 6) : start]
    return start == paragraph_start or bool(_SENTENCE_OPENER.search(before))


def analyse(doc) -> Varieties:
    uk_us, us_uk, shared = _table()
    uk: list[Spelling] = []
    us: list[Spelling] = []
    words = doc.words
    starts = [w.start for w in words]
    for paragraph in doc.paragraphs:
        low = bisect.bisect_left(starts, paragraph.start)
        high = bisect.bisect_left(starts, paragraph.end)
        for word in words[low:high]:
            text = word.text
            if "-" in text or "'" in text or "’" in text:
                pieces = _pieces(word)
            elif text.lower() in uk_us or text.lower() in us_uk:
                pieces = ((word.start, text),)
            else:
                continue
            for offset, piece in pieces:
                lower = piece.lower()
                if lower not in us_uk and (lower not in uk_us or lower in shared):
                    continue
                if piece[0].isupper():
                    if piece.isupper() or not _initial(doc.prose, offset, paragraph.start):
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
        for match in _CONVENTIONS.finditer(doc.prose, paragraph.start, paragraph.end):
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
_PIECE = re.compile(r"[^\W\d_]+")


def _pieces(word):
    """The letter runs of a word ("re-organised" → "re", "organised"), possessive dropped."""
    text = word.text
    for match in _PIECE.finditer(text):
        piece = match.group()
        if match.start() > 0 and text[match.start() - 1] in "'’":
            continue  # the s of a possessive
        yield word.start + match.start(), piece


_NEXT_CAP = re.compile(r"[ \t]+[A-Z]")


def _next_is_capitalised(prose: str, end: int) -> bool:
    return bool(_NEXT_CAP.match(prose, end))


# -- building the data file ------------------------------------------------------------------

# US → UK rewrites of the regular patterns; each is (pattern, replacement), applied to one
# occurrence at a time so that "civilization" can become "civilisation".
_RULES = [
    (r"iz(?=e|a|i)", "is"),
    (r"yz(?=e|i)", "ys"),
    (
        r"or(?=$|s$|ed$|ing$|ite|able|ably|ful|less|ist|ism|ize|ise|al|ial|ous|y|ies|er|hood"
        r"|ment|s\b)",
        "our",
    ),
    (r"([bct])er(?=$|s$|ed$)", r"\1re"),
    (r"([bct])ering$", r"\1ring"),
    (r"og(?=$|s$)", "ogue"),
    (r"ense(?=$|s$|less)", "ence"),
    (r"(?<=[aeiou])l(?=ed$|ing$|er$|ers$|or$|ors$|ous$|ously$|y$|ery$|ish$)", "ll"),
    (r"ll(?=$|s$|ment|ful)", "l"),
    (r"(?<=[a-z])e(?=[mnst])", "ae"),
    (r"^e(?=[mnst])", "ae"),
    (r"e", "oe"),
    (r"^sk", "sc"),
    (r"(?<=[a-z])sk(?=ep)", "sc"),
    (r"gment", "gement"),
]
_COMPILED = [(re.compile(p), r) for p, r in _RULES]

IRREGULAR = """
grey gray
greys grays
greyer grayer
greyest grayest
greying graying
greyish grayish
plough plow
ploughs plows
ploughed plowed
ploughing plowing
aluminium aluminum
pyjamas pajamas
mould mold
moulds molds
mouldy moldy
moulding molding
moult molt
smoulder smolder
smouldering smoldering
smouldered smoldered
sulphur sulfur
sulphuric sulfuric
artefact artifact
artefacts artifacts
cosy cozy
doughnut donut
doughnuts donuts
jewellery jewelry
aeroplane airplane
aeroplanes airplanes
moustache mustache
omelette omelet
yoghurt yogurt
pedlar peddler
furore furor
tranquillity tranquility
manoeuvre maneuver
manoeuvres maneuvers
manoeuvred maneuvered
manoeuvring maneuvering
sceptre scepter
"""


def build(
    british: Path, american: Path, british_large: Path, american_large: Path
) -> list[tuple[str, str, bool]]:
    """Derive the (uk, us, uk_is_a_signal) triples from the SCOWL lists (module docstring).

    ``uk_is_a_signal`` is False for UK forms that American copy uses too ("catalogue",
    "theatre", "aesthetic", "grey", "analyses" as a plural): they say nothing about the
    variety of a story, though their US partners ("catalog", "theater") still do.
    """

    def read(path: Path) -> set[str]:
        words = path.read_text(encoding="utf-8", errors="replace").split()
        return {w for w in words if w.isalpha() and w.islower()}

    gb, gb_large, us_words = (
        read(british),
        read(british_large),
        read(american) | read(american_large),
    )
    us_only = {w for w in us_words if w not in gb_large}
    pairs: set[tuple[str, str]] = set()
    for us in us_only:
        for uk in _uk_candidates(us):
            if uk != us and uk in gb:
                pairs.add((uk, us))
    for line in IRREGULAR.strip().splitlines():
        uk, us = line.split()
        if us in us_only and uk in gb:
            pairs.add((uk, us))
    # one pairing per word: a UK word with two US partners (or the reverse) is ambiguous
    by_uk: dict[str, set[str]] = {}
    by_us: dict[str, set[str]] = {}
    for uk, us in pairs:
        by_uk.setdefault(uk, set()).add(us)
        by_us.setdefault(us, set()).add(uk)
    us_standard = read(american)
    return sorted(
        (uk, us, uk not in us_standard or bool(_STILL_BRITISH.search(uk)))
        for uk, us in pairs
        if len(by_uk[uk]) == 1 and len(by_us[us]) == 1
    )


# UK forms that the American list also carries but that American copy (AP, the papers) does
# not use: the doubled l of "labelled", "travelling", "counsellor"; the single l of "fulfil",
# "enrolment", "skilful"; "plough"; "haemorrhage", "anaemia", "diarrhoea".
_STILL_BRITISH = re.compile(
    r"[aeiou]ll(?:ed|ing|er|ers|or|ors|ous|ously)$|^(?:fulfil|enrol|instal|distil|appal|enthral|"
    r"extol|skilful|wilful)|plough|haem|anaem|anaesth|rrhoea|smoulder|pretence|saviour"
)


def _uk_candidates(us: str, depth: int = 2) -> set[str]:
    found = {us}
    frontier = {us}
    for _ in range(depth):
        new: set[str] = set()
        for word in frontier:
            for pattern, replacement in _COMPILED:
                for match in pattern.finditer(word):
                    new.add(word[: match.start()] + match.expand(replacement) + word[match.end() :])
        new -= found
        found |= new
        frontier = new
    found.discard(us)
    return found


HEADER = """\
# US and UK spellings of the same word: uk<TAB>us, lower case; a third column "shared" marks a
# UK form that American copy uses too (it says nothing about a story's variety).
# Built by `python3 -m newslint.analysis.variants build` from SCOWL word lists (Debian packages
# wbritish, wamerican, wbritish-large, wamerican-large, version 2020.12.07) by the rules in
# newslint/analysis/variants.py.
# SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and
# sell these word lists, the associated scripts, the output created from the scripts, and its
# documentation for any purpose is hereby granted without fee, provided that the above
# copyright notice appears in all copies and that both that copyright notice and this
# permission notice appear in supporting documentation. Kevin Atkinson makes no
# representations about the suitability of this array for any purpose. It is provided "as
# is" without express or implied warranty.
"""


def main(argv: list[str] | None = None) -> int:
    import sys

    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] != "build":
        print("usage: python3 -m newslint.analysis.variants build [DICT_FOLDER]", file=sys.stderr)
        return 2
    folder = Path(args[1]) if len(args) > 1 else Path("/usr/share/dict")
    pairs = build(
        folder / "british-english",
        folder / "american-english",
        folder / "british-english-large",
        folder / "american-english-large",
    )
    with open(DATA, "w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for uk, us, signal in pairs:
            fh.write(f"{uk}\t{us}{'' if signal else chr(9) + 'shared'}\n")
    print(f"{len(pairs)} pairs written to {DATA}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
