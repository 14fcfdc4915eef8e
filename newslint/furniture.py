"""Page furniture: the shape of a line of web-page residue, and lines a run's drafts repeat.

A line of page furniture is short, is no sentence of the story (no closing full stop, no
quotation) and is written in the vocabulary of web pages: navigation, media players, share
bars, account and comment boxes, counters ("27k views", "3 min read"), "…" loaders, app
promotions. ``furniture_kind(line)`` says which shape a line has, or None.

Scraped drafts of one site also carry the site's own furniture ("Clarion Weekend · Northern
edition"), in words no list can know. ``recurring_lines(texts)`` finds the short non-sentence
lines that recur verbatim in the drafts of several stories of a run; the engine hands them to the rules through
``Context.recurring``. A repository can also record its furniture in a file
``.newslint-furniture`` beside its configuration (one line each; ``newslint furniture DRAFTS``
prints the lines that recur there), so that a pre-commit hook linting one changed draft knows
it too; a recorded line has the count 0. A line shaped like a site's name or tagline
("Kestrel Daily Digest", "Kestrel | Sport Desk") is furniture in two stories already. Drafts that share more than half of their long lines are versions of one
story and count once. Bylines, wire credits, sign-offs and datelines are copy, never furniture.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

from .datafiles import data_sections

DATA = Path(__file__).resolve().parent / "data" / "furniture_words.txt"

# How many different stories a line must recur in to be furniture by repetition.
RECUR_IN = 3
# A line shaped like a site's name or tagline (``_named_shape``) needs only two.
RECUR_IN_NAMED = 2
# Lines this long or longer are the story's own: drafts sharing more than half of them are versions.
STORY_LINE = 60
# Furniture is short.
MAX_CHARS = 90
MAX_WORDS = 10



@lru_cache(maxsize=1)
def vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(strong, weak) furniture words, lower case, from data/furniture_words.txt."""
    groups = _groups()
    return frozenset(groups["strong"]), frozenset(groups["weak"] - groups["strong"])


@lru_cache(maxsize=1)
def actions() -> frozenset[str]:
    """The verbs of a page's buttons ("show", "save", "browse"), lower case."""
    return frozenset(_groups()["action"])


@lru_cache(maxsize=1)
def _groups() -> dict[str, set[str]]:
    groups: dict[str, set[str]] = {name: set() for name in ("strong", "weak", "action", "section", "filler")}
    for section, lines in data_sections(DATA.name).items():
        groups[section or "strong"].update(word for line in lines for word in line.lower().split())
    return groups


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d[\d,.:]*[kKmM]?\+?")
# Copy that a story carries on a line of its own: bylines, credits, sign-offs, datelines.
_COPY_LINE = re.compile(
    r"^\(?(?:by|from|reporting|additional reporting|writing|written|editing|edited|compiled"
    r"|contributing|contributors?|with additional reporting)\b|^authors?\s*:"
    r"|^\(?(?:photos?|photographs?|images?|pictures?|illustrations?|sources?|credits?)"
    r"\s*(?::|by\b|credit\b)"
    r"|^[—–-]{1,2}\s*[\w.]+$|^(?:ends|-?30-|#{3}|\*{3})$"
    r"|^(?-i:[A-Z][A-Z .'-]{2,})(?:,\s*[\w. ]+)?\s*(?:\([\w ]+\))?\s*(?:[—–_:-]|$)",
    re.IGNORECASE,
)
# A wire service's or agency's sign-off in capitals: "(AP)", "IANS", "AFP/RIA".
_AGENCY = re.compile(r"^\(?[A-Z]{2,6}(?:[ /][A-Z]{2,6})?\)?$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
# Adjectives that lead subheadings of copy as often as page buttons ("New home", "Live music").
_HEADING_ADJECTIVES = frozenset("new first free live full open closed special limited daily weekly".split())
# What a two-word button does its verb to: the reader or the site ("Follow us", "Email me").
_BUTTON_OBJECTS = frozenset("us me you it".split())
_ASKS = re.compile(r"\?(?:\s|$)")
_LOADER_END = re.compile(r"(?:…|\.{3})$")
_QUOTE = re.compile(r"[\"“”«»„]|(?:^|\s)['‘]")
_SEPARATOR = re.compile(r"\s*[|·•›»]\s*|\s/\s")


@lru_cache(maxsize=1)
def _sections_and_fillers() -> tuple[frozenset[str], frozenset[str]]:
    """A news site's section names ("world", "sport") and the function words a line of furniture
    may hold ("the", "via"), lower case, from data/furniture_words.txt."""
    groups = _groups()
    return frozenset(groups["section"]), frozenset(groups["filler"])


def _class(word: str, strong: frozenset[str], weak: frozenset[str]) -> str:
    lower = word.lower()
    if lower[0].isdigit():
        return "number"
    if lower in strong:
        return "strong"
    if lower in weak:
        return "weak"
    sections, fillers = _sections_and_fillers()
    if lower in sections:
        return "section"
    if lower in fillers or word == "X":  # X: the network once called Twitter
        return "filler"
    return "other"


def furniture_kind(line: str) -> str | None:
    """"loader", "counter", "menu" or "vocabulary" when the line has the shape of page
    furniture, else None."""
    text = line.strip()
    if not text or len(text) > MAX_CHARS or _QUOTE.search(text) or is_copy_line(text):
        return None
    if text.endswith(":"):
        return None  # a lead-in to what follows ("Video transcript:"), not a button
    words = _WORD.findall(text)
    letters = [w for w in words if not w[0].isdigit()]
    if not letters or len(letters) > MAX_WORDS:
        return None
    strong, weak = vocabulary()
    classes = [_class(w, strong, weak) for w in words]
    count = {c: classes.count(c) for c in ("strong", "weak", "section", "filler", "other", "number")}
    if _LOADER_END.search(text):
        first = letters[0].lower()
        if len(letters) <= 5 and (
            (first.endswith("ing") or count["strong"]) and count["other"] <= 1
            or count["weak"] and not count["other"]
        ):
            return "loader"
        return None
    if _SENTENCE_END.search(text) or _ASKS.search(text):
        # a sentence or a question, however short, unless an account box asks it in page
        # words only ("Forgot password?", "Not a member? Join today")
        if text.endswith(".") or count["other"] or not count["strong"] or count["strong"] + count["weak"] < 2:
            return None
        return "vocabulary"
    items = [i for i in _SEPARATOR.split(text) if i.strip()]
    if len(items) >= 3 and all(len(_WORD.findall(i)) <= 3 for i in items) and count["other"] <= len(items) // 2:
        return "menu"
    if count["number"] and not count["other"] and len(letters) <= 4 and count["strong"] + count["weak"]:
        return "counter"
    if count["strong"] and not count["other"]:
        return "vocabulary"
    if (
        not count["other"]
        and len(letters) <= 6
        and count["weak"] + count["strong"] >= 2
        and letters[0].lower() in actions()
    ):
        return "vocabulary"  # a button: "Save for later", "Browse all sections"
    if len(letters) == 2 and letters[0].lower() in actions() and letters[1].lower() in _BUTTON_OBJECTS:
        return "vocabulary"  # "Follow us", "Contact us": a button of two words (not "Sort of")
    if count["section"] and count["weak"] and not count["other"] and len(letters) <= 5:
        return "menu"  # "Explore Money", "More Business news", "Travel home"
    if count["strong"] >= 2 and count["other"] <= 1 and len(letters) >= 3:
        return "vocabulary"
    if (
        not count["other"]
        and count["weak"] >= 2
        and len(letters) <= 4
        and not count["number"]
        and not count["filler"]
        and letters[0].lower() not in _HEADING_ADJECTIVES
    ):
        return "vocabulary"  # "Most recent", "Up next", "Privacy policy": page words only (not "Out of time")
    return None


def is_copy_line(line: str) -> bool:
    """A byline, credit, sign-off or dateline: part of the story, whatever its shape."""
    text = line.strip()
    if _COPY_LINE.search(text):
        return True
    return bool(_AGENCY.match(text)) and text.strip("()").lower() not in vocabulary()[0]


# -- lines that recur across a run's drafts ---------------------------------------------------

_MARKERS = re.compile(r"^[\s#>*_\-+]*|[\s*_]*$")
_SPACES = re.compile(r"\s+")


def line_key(line: str) -> str:
    """A line as compared across drafts: Markdown markers and spacing do not count."""
    return _SPACES.sub(" ", _MARKERS.sub("", line))


def may_recur_as_furniture(key: str) -> bool:
    """Whether a line could be a site's furniture: short, no sentence, no quotation, no copy."""
    if not key or len(key) > MAX_CHARS or _SENTENCE_END.search(key) or _QUOTE.search(key):
        return False
    letters = [w for w in _WORD.findall(key) if not w[0].isdigit()]
    if not letters or len(letters) > MAX_WORDS + 2 or ":" in key[:-1] and len(letters) > 4:
        return False
    if len(letters) < 2 and not _SEPARATOR.search(key):
        return False  # one word ("Background") is as likely a subheading
    if not _SITE_SIGN.search(key) and not any(w.lower() in vocabulary()[0] for w in letters):
        return False  # "What happens next", "The cost of the plan": a subheading
    return not is_copy_line(key)


# What a site's own furniture has and a subheading in sentence case has not: a separator,
# a figure, or a capitalised word after the first ("Clarion Premium", "Today's Tribune").
_SITE_SIGN = re.compile(r"[|·•›»—–/©:]|\d|(?<=\S)\s+[A-Z]")


# Clause punctuation, a question or a lead-in: what a site's name or tagline never has.
_CLAUSE_MARK = re.compile(r"[,;()?!]|\.\s|:$")


def _named_shape(key: str) -> bool:
    """A site's name, tagline or desk bar: every word capitalised ("Kestrel Daily Digest",
    "Today's Kestrel") or items on either side of a separator ("Kestrel | Sport Desk"), with no
    clause punctuation. Copy that recurs in two stories (a headline, "Partial transcript as
    follows:", a list entry "Sen. Ann Roe (D-Ohio) — Announced March 3, 2015") has not this shape."""
    if _CLAUSE_MARK.search(key):
        return False
    if _SEPARATOR.search(key) or re.search(r"\s[—–]\s", key):
        return True
    letters = [w for w in _WORD.findall(key) if not w[0].isdigit()]
    return all(w[0].isupper() for w in letters)


def recurring_lines(texts: Iterable[str], least: int = RECUR_IN) -> dict[str, int]:
    """The lines that may be furniture and recur in at least ``least`` different stories of
    the run (two when the line is shaped like a site's name, ``_named_shape``), with the
    number of drafts each is in."""
    texts = list(texts)
    named_least = min(least, RECUR_IN_NAMED)
    if len(texts) < named_least:
        return {}
    long_lines: list[set[str]] = []
    drafts_of: dict[str, list[int]] = defaultdict(list)
    for index, text in enumerate(texts):
        own: set[str] = set()
        for raw in text.splitlines():
            raw = raw.strip()
            if len(raw) >= STORY_LINE:
                own.add(raw)
            elif raw:
                drafts = drafts_of[raw]
                if not drafts or drafts[-1] != index:
                    drafts.append(index)
        long_lines.append(own)
    # the same line with other Markdown markers or spacing is the same line
    merged: dict[str, set[int]] = defaultdict(set)
    for raw, drafts in drafts_of.items():
        if len(drafts) >= named_least or not raw[0].isalnum() or "  " in raw:
            merged[line_key(raw)].update(drafts)
    found = {}
    for key, drafts in merged.items():
        if len(drafts) < named_least or not may_recur_as_furniture(key):
            continue
        needed = named_least if _named_shape(key) else least
        if len(drafts) >= needed and _stories(sorted(drafts), long_lines, needed) >= needed:
            found[key] = len(drafts)
    return found


def _stories(drafts: list[int], long_lines: list[set[str]], enough: int) -> int:
    """How many different stories ``drafts`` are, counting up to ``enough``: drafts that share
    more than half of their long lines are versions of one story."""
    stories: list[set[str]] = []
    for index in drafts:
        own = long_lines[index]
        if not any(_same_story(own, story) for story in stories):
            stories.append(own)
            if len(stories) >= enough:
                break
    return len(stories)


def _same_story(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return a == b
    return len(a & b) * 2 > min(len(a), len(b))


RECORD_FILE = ".newslint-furniture"


def recorded_lines(folder: Path) -> dict[str, int]:
    """The lines recorded as furniture in ``folder/.newslint-furniture``, each with count 0
    (blank lines and lines starting with "#" are skipped); {} when there is no such file."""
    path = Path(folder) / RECORD_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    found = {}
    for raw in text.splitlines():
        key = line_key(raw)
        if key and not raw.lstrip().startswith("#"):
            found[key] = 0
    return found


def with_recorded(recurring: Mapping[str, int], folders) -> dict[str, int]:
    """``recurring`` and the lines recorded in each of ``folders`` (``recorded_lines``)."""
    found = dict(recurring)
    for folder in folders:
        for line, count in recorded_lines(folder).items():
            found.setdefault(line, count)
    return found


def record_text(recurring: Mapping[str, int]) -> str:
    """The contents of a ``.newslint-furniture`` file for the lines ``recurring_lines`` found."""
    header = (
        "# Page furniture of this repository's drafts: lines that recur word for word across\n"
        "# stories. newslint flags them wherever they appear (rule B106). One line each; edit freely.\n"
    )
    ordered = sorted(recurring, key=lambda k: (-recurring[k], k))
    return header + "".join(f"{line}\n" for line in ordered)


def present_in(text: str, recurring: Mapping[str, int]) -> str:
    """The recurring lines a draft has, with their counts, as text for its cache key."""
    if not recurring:
        return ""
    keys = {line_key(raw) for raw in text.splitlines()}
    return "\n".join(f"{k}\t{recurring[k]}" for k in sorted(keys & recurring.keys()))
