"""Direct quotations: where each quote is, what kind it is, and who is said to have said it.

``analyse(doc)`` returns a ``Quotes`` index over the draft's prose:

- every quotation in double marks (straight ``"`` or curly ``“ ”``, also ``„`` and ``« »``),
  and in single marks (``' ‘ ’``) both for quotes within quotes and for house styles that quote
  with single marks (many British headlines and stories). Apostrophes are told apart from single
  quotation marks: inside words (``don't``, ``O’Malley``), elisions (``the '90s``, ``'em``,
  ``rock 'n' roll``) and plural possessives (``Reuters' report``) are not quotation marks;
- the multi-paragraph convention: a quote that runs to the end of its paragraph with no closing
  mark, when the next paragraph opens with a quotation mark, continues there (``runs_on``) and
  is not unbalanced; the quote that opens the next paragraph ``continues`` it. The same holds
  inside a paragraph when an exported draft has run the quote's paragraphs together on one line
  (`… not wise. "He lacks strategy …`). A quote does not run on when it began inside the
  writer's sentence, when its own attribution follows it (`"… to offend, he later said.`), or
  when the next paragraph's quote is attributed to someone else;
- a quote broken across lines of a draft (a letter, an e-mail) and closed a few lines on;
- for each quote, whether it is ``full`` (it begins a sentence, or follows a colon, a dash or a
  reporting verb and comma: a clause or more of someone's words) or ``partial`` (a few words set
  inside the writer's own sentence: ``welcomed the statement as a "major breakthrough"``; titles
  and all-capital subheads in quotation marks count as partial);
- its attribution, found by ``newslint.analysis.attribution``;
- the marks that have no partner (``Quotes.unbalanced``).

``inside(offset)`` answers "is this offset inside a direct quote?" by bisecting sorted bounds.
Iteration yields the outermost quotes in order; ``Quotes.nested`` holds quotes within quotes.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field, replace

from .attribution import Attribution, attribute

DOUBLE_OPEN = "“„«‟"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‛"
SINGLE_CLOSE = "’"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
DOUBLE = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT_DOUBLE
SINGLE = SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_SINGLE
# Kept for code that imported them from the first version of this module.
OPENING = "\"“"
CLOSING = "\"”"

_MARK = re.compile(r"''|``|[\"“”„‟«»'‘’‚‛]")
# After an opening single mark: words that begin with an apostrophe (elisions), not quotes.
_ELISION = re.compile(
    r"(?:\d\d(?:s\b|\b)|\d0s|em|til|tis|twas|cause|cos|bout|round|n\b|nuff|kay|scuse|fraid|"
    r"ello|ere\b|appen|ow\b|im\b|er\b|e\b|s\b|d\b|ll\b|re\b|ve\b|t\b)",
    re.IGNORECASE,
)
_ROCK_N = re.compile(r"(?<![\w])['‘’]n['‘’](?![\w])", re.IGNORECASE)
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SENTENCE_END_BEFORE = re.compile(r"(?:[.!?…][\"'”’)\]]*|[:;—–]|\s[-–—]|--)\s*$")
_LEAD_IN = re.compile(r"(?:^|[,:;(\[—–]|\s-|--)\s*$")
_OPENS_PARAGRAPH = re.compile(r"\s*(?:[-*>•]\s*)?(?:``|[\"“„«'‘‚‛])")
_SENTENCE_ENDED = re.compile(r"[.!?…:][)\]]?\s+$")
# Reporting verbs a few words before the comma of a lead-in (`Putin said, "…"`): a subset of
# english.speech_verbs(), left as tuned here; the whole list ("call", "describe", "hail" …) would
# make more quotes after a comma count as full quotes.
_CUE_BEFORE_COMMA = re.compile(
    r"\b(?:said|says|saying|added|adds|adding|told|tells|wrote|writes|writing|asked|asks|asking|"
    r"replied|replies|responded|declared|declares|stated|states|explained|explains|continued|"
    r"warned|insisted|noted|tweeted|announced|argued|recalled|concluded|quipped|joked)"
    r"(?:\s+[\w.’'-]+){0,4},\s*$",
    re.I,
)
_FEET_INCHES = re.compile(r"(?<![\w.])\d['’]\d{1,2}$")
_INCHES = re.compile(r"(?<![\w'’])\d+(?:['’]\d+|\.\d+)?$")


@dataclass(frozen=True)
class Quote:
    start: int  # the opening mark
    end: int  # just after the closing mark, or the paragraph's end when the quote runs on
    closed: bool
    mark: str = '"'  # the opening mark
    kind: str = "full"  # "full" (a clause or more) or "partial" (words inside the writer's sentence)
    paragraph: int = -1  # index into doc.paragraphs
    level: int = 0  # 0 for an outermost quote, 1 for a quote within it …
    runs_on: bool = False  # unclosed, continued by the next paragraph (or the next on its line)
    close_width: int = 1  # characters in the closing mark (2 for '' used as a double mark)
    continues: bool = False  # opens its paragraph and continues the previous paragraph's quote
    attribution: Attribution | None = None

    @property
    def single(self) -> bool:
        return self.mark in SINGLE

    @property
    def content_start(self) -> int:
        return self.start + len(self.mark)

    @property
    def content_end(self) -> int:
        return self.end - self.close_width if self.closed else self.end

    def content(self, doc) -> str:
        return doc.text[self.content_start : self.content_end]

    def word_count(self, doc) -> int:
        return len(_WORDS.findall(doc.prose, self.content_start, self.content_end))

    @property
    def attributed(self) -> bool:
        return self.attribution is not None


@dataclass(frozen=True)
class Unbalanced:
    """A quotation mark without its partner in its paragraph."""

    start: int
    end: int
    mark: str
    problem: str  # "unclosed" (an opening mark never closed) or "unopened" (a closing mark)
    paragraph: int
    single: bool = False
    # for "unclosed": "" (the paragraph ends), "reopened" (another quote opens first), "inner"
    # (a quote within a quote left open), "speaker" (the next paragraph quotes someone else)
    detail: str = ""


class Quotes:
    def __init__(self, quotes: list[Quote], nested: list[Quote] = (), unbalanced: list[Unbalanced] = ()):
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self.nested = sorted(nested, key=lambda q: q.start)
        self.unbalanced = sorted(unbalanced, key=lambda u: u.start)
        self._starts = [q.start for q in self.quotes]

    def __iter__(self):
        return iter(self.quotes)

    def __len__(self):
        return len(self.quotes)

    def at(self, offset: int) -> Quote | None:
        """The outermost quote that contains ``offset`` (its marks included), if any."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.quotes[index].end:
            return self.quotes[index]
        return None

    def inside(self, offset: int) -> bool:
        return self.at(offset) is not None

    def in_paragraph(self, index: int) -> list[Quote]:
        return [q for q in self.quotes if q.paragraph == index]


# -- finding the marks ----------------------------------------------------------------------


@dataclass
class _Open:
    offset: int
    mark: str
    single: bool
    level: int
    candidates: list = field(default_factory=list)


def _inches_before(text: str, start: int, i: int) -> bool:
    """Whether a number such as 12, 5.5 or 6'2 ends at ``i`` (``_INCHES``), looking back only
    over those digits: searching from ``start`` on every mark made the scan of a long
    paragraph quadratic."""
    first = _digits_before(text, start, i)
    if first == i:
        return False
    if first - 1 > start and text[first - 1] in "'’." and text[first - 2].isdecimal():
        first = _digits_before(text, start, first - 1)
    return _INCHES.search(text, first, i) is not None


def _digits_before(text: str, start: int, i: int) -> int:
    while i > start and text[i - 1].isdecimal():
        i -= 1
    return i


def _is_letter(char: str) -> bool:
    return bool(char) and (char.isalnum())


def _classify_single(text: str, i: int, start: int, end: int) -> str:
    """'open', 'close', 'close?' (after an s: a closing mark or a plural possessive) or 'apostrophe'."""
    before = text[i - 1] if i > start else ""
    after = text[i + 1] if i + 1 < end else ""
    if _is_letter(before) and _is_letter(after):
        return "apostrophe"  # don't, O’Malley, rock'n'roll
    if before == "." and after and after in "sS" and (i + 2 >= end or not _is_letter(text[i + 2])):
        return "apostrophe"  # the U.S.'s
    if not before or before.isspace() or before in "([{—–-/\"“„«" or before in SINGLE:
        if after and (_is_letter(after) or after in "[(\"“—–-." or after in SINGLE_OPEN):
            if _ELISION.match(text, i + 1, end):
                # 'em, '90s, 'n' … unless an ordinary quoted word such as 'er…' closes later
                word = _ELISION.match(text, i + 1, end).group()
                if word.lower() not in ("e", "ere", "er", "im", "ow") or after.isdigit():
                    return "apostrophe"
            return "open"
        return "apostrophe" if text[i] != "‘" else "open"
    if after == "" or after.isspace() or after in ".,;:!?)]}—–-…\"”»" or after in SINGLE:
        if before.lower() in "sz" and i >= 2 and _is_letter(text[i - 2]):
            return "close?"
        return "close"
    return "apostrophe"


def _classify_double(text: str, i: int, start: int, end: int, width: int = 1) -> str:
    """'open', 'close' or 'either' for a double quotation mark."""
    char = text[i : i + width]
    before = text[i - 1] if i > start else ""
    after = text[i + width] if i + width < end else ""
    if before and unicodedata.category(before) == "Cf":
        before = " "  # a direction mark or zero-width space
    if char == "``":
        return "open"
    space_before = not before or before.isspace() or before in "([{—–-/" or before in SINGLE_OPEN
    space_after = not after or after.isspace() or after in ".,;:!?)]}—–…" or after in SINGLE_CLOSE
    if char in DOUBLE_OPEN:
        if space_after and not space_before and char == "“" and after in " \t" and before not in "([{—–-/":
            return "either"  # “ used as a closing mark
        return "open"
    if char in DOUBLE_CLOSE:
        if space_before and char == "”" and (not space_after or not before):
            return "either"  # ” used as an opening mark
        return "close"
    if not after:
        return "close"  # nothing can open at the very end of a paragraph: `… immensely. "`
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "either"


def _scan_paragraph(doc, paragraph, found, nested, unbalanced):
    """Pair the marks of one paragraph. Returns the outermost quote still open at its end."""
    text, start, end = doc.prose, paragraph.start, paragraph.end
    stack: list[_Open] = []
    skip = set()
    for match in _ROCK_N.finditer(text, start, end):
        skip.update((match.start(), match.end() - 1))

    def close(entry: _Open, at: int, width: int = 1) -> None:
        quote = Quote(entry.offset, at + width, True, entry.mark, paragraph=paragraph.index, level=entry.level,
                      close_width=width)
        (found if entry.level == 0 else nested).append(quote)

    def run_on(entry: _Open, at: int) -> None:
        # the paragraph of a quote ends here without a closing mark, and the next opens with one
        # (news paragraphs run together on one line)
        stop = at
        while stop > entry.offset + 1 and text[stop - 1].isspace():
            stop -= 1
        quote = Quote(entry.offset, stop, False, entry.mark, paragraph=paragraph.index, level=entry.level,
                      runs_on=True)
        (found if entry.level == 0 else nested).append(quote)

    def drop_to(depth: int) -> None:
        # quotes opened inside the one being closed and never closed themselves
        while len(stack) > depth:
            lost = stack.pop()
            if lost.candidates:  # a plural possessive was the closing mark after all
                close(lost, lost.candidates[-1])
            elif not lost.single:
                unbalanced.append(Unbalanced(lost.offset, lost.offset + len(lost.mark), lost.mark, "unclosed",
                                             paragraph.index, detail="inner"))

    for match in _MARK.finditer(text, start, end):
        i = match.start()
        if i in skip:
            continue
        char = match.group()
        width = len(char)
        if char == "''":
            inner = i > start and _is_letter(text[i - 1]) and i + 2 < end and _is_letter(text[i + 2])
            char = "'" if inner else STRAIGHT_DOUBLE
            if char == "'":
                width = 1
        if char in SINGLE:
            role = _classify_single(text, i, start, end)
            if role == "apostrophe":
                continue
            single_depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d].single), None)
            if role == "open":
                # an opening single mark while a single quote is open at the top: probably the
                # innermost closed with a plural possessive earlier; otherwise nest
                if single_depth is not None and single_depth == len(stack) - 1 and stack[-1].candidates:
                    entry = stack.pop()
                    close(entry, entry.candidates[-1])
                stack.append(_Open(i, char, True, len(stack)))
                continue
            if single_depth is None:
                continue  # a closing single mark with nothing open: an apostrophe (goin', Reuters')
            if role == "close?":
                stack[single_depth].candidates.append(i)
                continue
            drop_to(single_depth + 1)
            close(stack.pop(), i)
            continue
        role = _classify_double(text, i, start, end, width)
        mark = match.group() if width == 2 else char
        double_depth = next((d for d in range(len(stack) - 1, -1, -1) if not stack[d].single), None)
        if double_depth is None and char == STRAIGHT_DOUBLE and role != "open" and _inches_before(text, start, i):
            continue  # a 12" screen
        if char in "\"”" and _FEET_INCHES.search(text, max(start, i - 4), i):
            continue  # 6'2", 6’2”
        if role == "either":
            role = "close" if double_depth is not None else "open"
        if role == "open":
            if double_depth is not None and (
                mark in (STRAIGHT_DOUBLE, "''") and stack[double_depth].mark in (STRAIGHT_DOUBLE, "''")
                or mark in "“„" and stack[double_depth].mark in "“„" and double_depth == len(stack) - 1
            ):
                # an opening mark while a quote of the same kind is open: a new paragraph of
                # the quote when a sentence has just ended; otherwise the open one was not closed
                drop_to(double_depth + 1)
                entry = stack.pop()
                if _SENTENCE_ENDED.search(text, entry.offset + 1, i) and _may_run_on(doc, entry.offset, paragraph, i):
                    run_on(entry, i)
                else:
                    unbalanced.append(Unbalanced(entry.offset, entry.offset + len(entry.mark), entry.mark,
                                                 "unclosed", paragraph.index, detail="reopened"))
            stack.append(_Open(i, mark, False, len(stack)))
            continue
        if double_depth is None:
            unbalanced.append(Unbalanced(i, i + width, mark, "unopened", paragraph.index))
            continue
        drop_to(double_depth + 1)
        close(stack.pop(), i, width)

    # What is still open at the paragraph's end.
    outer = None
    while stack:
        entry = stack.pop()
        if entry.candidates:
            close(entry, entry.candidates[-1])
            continue
        if stack:  # an inner quote left open inside an outer one that runs on
            if not entry.single:
                unbalanced.append(Unbalanced(entry.offset, entry.offset + len(entry.mark), entry.mark, "unclosed",
                                             paragraph.index, detail="inner"))
            continue
        outer = entry
    return outer


def _next_opens_with_mark(doc, paragraphs, index) -> bool:
    if index + 1 >= len(paragraphs):
        return False
    following = paragraphs[index + 1]
    return bool(_OPENS_PARAGRAPH.match(doc.prose, following.start, following.end))


def _looks_like_title(words: list[str]) -> bool:
    """`"DIVISIVE, STUPID AND WRONG"`, `"Tales From the Crypt"`: a heading or a title, not speech."""
    if not words:
        return True
    if not any(c.islower() for w in words for c in w):
        return True
    long = [w for w in words if len(w) > 3]
    return len(words) <= 12 and bool(long) and sum(w[0].isupper() for w in long) / len(long) >= 0.75


def _kind(doc, quote: Quote, paragraph) -> str:
    """'full' when the quote begins a sentence or follows a colon, comma or dash; else 'partial'.

    A title or a heading in quotation marks (most words capitalised) counts as partial: it is a
    name set in the writer's sentence, not someone's words.
    """
    if _looks_like_title(_WORDS.findall(doc.prose, quote.content_start, quote.content_end)):
        return "partial"
    before = doc.prose[max(paragraph.start, quote.start - 200) : quote.start]
    if quote.start == paragraph.start or not before.strip():
        return "full"
    if _SENTENCE_END_BEFORE.search(before):
        return "full"
    if _LEAD_IN.search(before):
        # `said, "…"` and `Putin said: "…"` are full quotes; `a slogan, "…"` is not
        if not before.rstrip().endswith(",") or _CUE_BEFORE_COMMA.search(before):
            return "full"
    return "partial"


def analyse(doc) -> Quotes:
    found: list[Quote] = []
    nested: list[Quote] = []
    unbalanced: list[Unbalanced] = []
    paragraphs = doc.paragraphs
    for paragraph in paragraphs:
        count = len(found)
        left_open = _scan_paragraph(doc, paragraph, found, nested, unbalanced)
        if left_open is not None:
            runs_on = (
                paragraph.kind not in ("headline", "heading")
                and _next_opens_with_mark(doc, paragraphs, paragraph.index)
                and _may_run_on(doc, left_open.offset, paragraph)
            )
            if not (left_open.single and not runs_on):
                # an unclosed single mark is as likely an apostrophe read as a quotation mark:
                # it makes no quote (which would hide the rest of the paragraph from other rules)
                found.append(
                    Quote(left_open.offset, paragraph.end, False, left_open.mark, paragraph=paragraph.index,
                          runs_on=runs_on)
                )
            if not runs_on:
                unbalanced.append(
                    Unbalanced(left_open.offset, left_open.offset + len(left_open.mark), left_open.mark, "unclosed",
                               paragraph.index, single=left_open.single)
                )
        mine = sorted(found[count:], key=lambda q: q.start)
        del found[count:]
        found.extend(replace(q, kind=_kind(doc, q, paragraph)) for q in mine)
    _mark_continuations(doc, found)
    unbalanced = _quotes_across_lines(doc, unbalanced)
    found = attribute(doc, found)
    found = _two_speakers(doc, found, unbalanced)
    return Quotes(found, nested, unbalanced)


_DIRECT = ("after", "before", "colon", "according-to")


def _name_words(doc, attribution) -> set[str]:
    """The capitalised words of a speaker's name ("Jeff Zucker" → {"Jeff", "Zucker"}); empty for
    pronouns and descriptions ("he", "the president")."""
    if attribution is None or attribution.speaker is None:
        return set()
    words = _WORDS.findall(doc.prose, attribution.speaker[0], attribution.speaker[1])
    if not words or not words[0][0].isupper() or words[0].lower() in ("he", "she", "they", "i", "we", "it", "the"):
        return set()
    return {w for w in words if w[0].isupper()}


def _two_speakers(doc, found: list[Quote], unbalanced: list[Unbalanced]) -> list[Quote]:
    """A quote that ran on into a paragraph whose own quote is attributed afresh, when its own
    paragraph already named a speaker, did not run on: its closing mark was lost
    (`Wallace asked, "With nukes?` / `"Including with nukes," Trump responded.`)."""
    by_paragraph: dict[int, list[int]] = {}
    for position, quote in enumerate(found):
        by_paragraph.setdefault(quote.paragraph, []).append(position)
    for position, quote in enumerate(found):
        if not quote.runs_on or quote.end != doc.paragraphs[quote.paragraph].end:
            continue
        following = by_paragraph.get(quote.paragraph + 1)
        if not following:
            continue
        nxt = found[following[0]]
        if not nxt.continues or nxt.attribution is None or nxt.attribution.how not in ("after", "before"):
            continue
        own = [found[p].attribution for p in by_paragraph[quote.paragraph]]
        named = [_name_words(doc, a) for a in own if a is not None and a.how in _DIRECT]
        later = _name_words(doc, nxt.attribution)
        if not later or not any(words and not words & later for words in named):
            continue  # `Mr Blair said: "…` then `"…," he said.` is the same speaker
        found[position] = replace(quote, runs_on=False)
        found[following[0]] = replace(nxt, continues=False)
        unbalanced.append(Unbalanced(quote.start, quote.start + len(quote.mark), quote.mark, "unclosed",
                                     quote.paragraph, detail="speaker"))
    unbalanced.sort(key=lambda u: u.start)
    return found


_DOUBLE_MARK = re.compile(r"''|``|[\"“”„‟«»]")
_LINES_APART = 6


def _quotes_across_lines(doc, unbalanced: list[Unbalanced]) -> list[Unbalanced]:
    """A quote left open at the end of a line and closed a few lines on, with no quotation mark
    between, is one quote broken across lines (a letter, an e-mail, a poem), not two problems."""
    paragraphs = doc.paragraphs
    unopened = {u.paragraph: u for u in reversed(unbalanced) if u.problem == "unopened"}
    dropped: set[int] = set()
    for problem in unbalanced:
        if problem.problem != "unclosed" or problem.single or id(problem) in dropped:
            continue
        here = paragraphs[problem.paragraph]
        if _DOUBLE_MARK.search(doc.prose, problem.end, here.end):
            continue
        for index in range(problem.paragraph + 1, min(len(paragraphs), problem.paragraph + 1 + _LINES_APART)):
            later = paragraphs[index]
            first = _DOUBLE_MARK.search(doc.prose, later.start, later.end)
            if first is None:
                continue
            closer = unopened.get(index)
            if closer is not None and closer.start == first.start() and id(closer) not in dropped:
                dropped.update((id(problem), id(closer)))
            break
    return [u for u in unbalanced if id(u) not in dropped]


# Verbs of an attribution that closes a paragraph (`…, he later said.`): a subset of
# english.speech_verbs(), left as tuned here; a wider list lets fewer quotes run on.
_TAIL_VERBS = (
    r"(?:said|says|added|adds|told|tells|wrote|writes|asked|replied|responded|declared|explained|insisted|"
    r"noted|warned|tweeted|continued|read|reads)"
)
_ATTRIBUTION_TAIL = re.compile(
    r"[,?!…]\s+(?:"
    r"(?:he|she|they|(?:the|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+)?|"
    r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?:,[^\"“”,]{1,80},)?)\s+(?:\w+\s+)?" + _TAIL_VERBS
    + r"|" + _TAIL_VERBS + r"\s+(?:[A-Z]|the\s))[^\"“”]{0,100}$"
)


def _may_run_on(doc, opening: int, paragraph, stop: int | None = None) -> bool:
    """A quote may continue into the next paragraph when it is someone's words that go on to the
    paragraph's end (or to ``stop``, where paragraphs run together on one line): not a few words
    in the writer's sentence, and not followed by its own attribution (`"… to offend, he later
    said.` has lost its closing mark)."""
    before = opening
    while before > paragraph.start and doc.prose[before - 1].isspace():
        before -= 1
    if before > paragraph.start and doc.prose[before - 1].isalnum():
        return False  # `the phrase “self-deportation.`: a few words in the writer's sentence
    stop = paragraph.end if stop is None else stop
    return not _ATTRIBUTION_TAIL.search(doc.prose[opening:stop].rstrip())


def _first_mark(doc, paragraph) -> int | None:
    match = _OPENS_PARAGRAPH.match(doc.prose, paragraph.start, paragraph.end)
    return match.end() - 1 if match else None


def _mark_continuations(doc, found: list[Quote]) -> None:
    """A quote opening a paragraph right after a quote that ran on continues it."""
    by_paragraph: dict[int, list[int]] = {}
    for position, quote in enumerate(found):
        by_paragraph.setdefault(quote.paragraph, []).append(position)
    paragraphs = doc.paragraphs
    for position, quote in enumerate(found):
        if not quote.runs_on:
            continue
        following = by_paragraph.get(quote.paragraph + 1)
        if not following:
            continue
        first = found[following[0]]
        if first.start == _first_mark(doc, paragraphs[quote.paragraph + 1]):
            found[following[0]] = replace(first, continues=True)
