"""Which paragraphs a pattern can match in, found by a quick search for the text its matches
start with.

Many rules look for a few words ("there's", "been", "could|may|might") in every paragraph of
a draft; ``re`` tries such a pattern at every character (its lookbehind at the start keeps it
from skipping ahead), about 15 ms of CPU per pattern over the dev corpus. When every match of
a pattern must start with one of a few literal strings, a search for those strings alone
(which ``re`` does many times faster) finds the paragraphs worth searching, and the others
are skipped. The paragraphs searched are searched as before, so the matches are the same.

A pattern whose strings turn up in most paragraphs ("a", "is") gains nothing from the look
and pays for it: after a few hundred paragraphs, such a pattern is searched everywhere again.
"""

from __future__ import annotations

import re
from typing import Iterator, Sequence

try:
    from re import _constants, _parser
except ImportError:  # pragma: no cover - an older Python: every paragraph is searched
    _parser = None

from .pattern_cache import kept

# A pattern with more starting strings than this (a tree of hundreds of words), or this long,
# is searched everywhere: the look would cost as much as the search.
MOST_STRINGS = 16
LONGEST_PATTERN = 600
# After this many paragraphs, a pattern whose look leaves more than this share of them to be
# searched is searched everywhere from then on.
TRIAL = 200
WORTH_IT = 0.5
# Patterns whose looks are remembered at most (the rules search with fewer than 50).
MOST_PATTERNS = 1000

# What is remembered of each pattern is kept by the pattern's id, not by the pattern: a
# compiled pattern's hash is worked out afresh from the whole of its compiled code at every
# look-up (the large word trees of the rules: ~1.3 million instructions of a one-draft run).
# Each entry holds its pattern, so that no other pattern can take that id while it is kept.
_looks: dict = {}  # id(pattern) -> [pattern, look (a compiled pattern) or None, paragraphs seen, searched]


def _entry(table: dict, pattern: re.Pattern) -> list | None:
    """The entry of ``table`` (keyed by id, see ``_looks``) that holds ``pattern``."""
    entry = table.get(id(pattern))
    return entry if entry is not None and entry[0] is pattern else None


def _new_entry(table: dict, pattern: re.Pattern, *values) -> list:
    if len(table) >= MOST_PATTERNS:  # patterns made afresh (from a draft's words?): forget
        table.clear()
    entry = table[id(pattern)] = [pattern, *values]
    return entry


def paragraphs_to_search(pattern: re.Pattern, text: str, paragraphs: Sequence) -> Iterator[int]:
    """The indexes, in order, of the ``paragraphs`` (each with ``start`` and ``end`` offsets
    into ``text``, in order) in which ``pattern`` may match when searched between those
    offsets: every one in which it does."""
    entry = _entry(_looks, pattern) or _new_entry(_looks, pattern, _look_for(pattern), 0, 0)
    look = entry[1]
    if look is None:
        return iter(range(len(paragraphs)))
    return _with_look(entry, look, text, paragraphs)


def _with_look(entry: list, look: re.Pattern, text: str, paragraphs: Sequence) -> Iterator[int]:
    searched = 0
    index, count = 0, len(paragraphs)
    try:
        while index < count:
            hit = look.search(text, paragraphs[index].start)
            if hit is None:
                return
            at = hit.start()
            while index < count and paragraphs[index].end <= at:
                index += 1
            if index < count:
                searched += 1
                yield index
                index += 1
    finally:
        entry[2] += count
        entry[3] += searched
        if entry[2] >= TRIAL and entry[3] > WORTH_IT * entry[2]:
            entry[1] = None


def _look_for(pattern: re.Pattern) -> re.Pattern | None:
    """A pattern of the literal strings that every match of ``pattern`` starts with, or None
    when there are none (or too many to be worth a look)."""
    if _parser is None or not isinstance(pattern.pattern, str) or len(pattern.pattern) > LONGEST_PATTERN:
        return None
    strings = kept(("starting strings", pattern.pattern, pattern.flags), lambda: starting_strings(pattern))
    if not strings:
        return None
    return re.compile("|".join(re.escape(s) for s in strings))


def starting_strings(pattern: re.Pattern) -> list[str]:
    """The literal strings, none the start of another, one of which every match of
    ``pattern`` starts with; [] when that cannot be said (a pattern that ignores case, one
    that may start with a class of letters, an empty match, more than MOST_STRINGS)."""
    if pattern.flags & re.IGNORECASE:
        return []
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern re reads differently: no look
        return []
    if parsed.state.flags & re.IGNORECASE:
        return []
    found = _starts(list(parsed.data))
    if found is None or "" in found[0]:
        return []
    strings = sorted(found[0])
    return [s for s in strings if not any(s != t and s.startswith(t) for t in strings)]


def _starts(items: list, depth: int = 0) -> tuple[set[str], bool] | None:
    """For a sequence of parsed items: the set of literal strings one of which every match of
    it starts with, and whether each of them is the whole of a match (so that what follows
    the sequence may lengthen them); None when nothing can be said."""
    if depth > 20:
        return None
    starts = {""}
    for position, (op, value) in enumerate(items):
        if op in (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT):
            if starts == {""}:  # looks around without taking text: nothing yet to lengthen
                continue
            return starts, False
        if op is _constants.LITERAL:
            pieces, whole = {chr(value)}, True
        elif op is _constants.SUBPATTERN:
            if value[1] & re.IGNORECASE:
                return (starts, False) if starts != {""} else None
            inner = _starts(list(value[3].data), depth + 1)
            if inner is None:
                return (starts, False) if starts != {""} else None
            pieces, whole = inner
        elif op is _constants.BRANCH:
            pieces, whole = set(), True
            for branch in value[1]:
                inner = _starts(list(branch.data), depth + 1)
                if inner is None:
                    return (starts, False) if starts != {""} else None
                pieces |= inner[0]
                whole = whole and inner[1]
        else:
            return (starts, False) if starts != {""} else None
        starts = {s + p for s in starts for p in pieces}
        if len(starts) > MOST_STRINGS:
            return None
        if not whole:
            return starts, False
    return starts, True


# -- strings every match holds -------------------------------------------------------------

# Strings held at most, a pattern's or a part's: they are searched for at once, once a draft.
MOST_HELD = 64


def required_strings(source: str, flags: int = 0) -> list[str]:
    """Literal strings one of which every match of the pattern ``source`` holds somewhere;
    [] when that cannot be said (a pattern ``re`` cannot read, one whose every part is a class
    of characters or optional, or more than MOST_HELD strings).

    A text in which none of them is found (searched as the pattern would search, case and all:
    a search that ignores case finds at least what the pattern found) holds no match, so a
    search of the whole text for them can stand in for many searches of its parts. Unlike
    ``starting_strings`` the strings may lie anywhere in a match, and a pattern that ignores
    case still has them."""
    if _parser is None or len(source) > 4 * LONGEST_PATTERN or _OTHER_SYNTAX.search(_ESCAPE.sub("", source)):
        return []
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "possible nested set": read otherwise by ``regex``
            parsed = _parser.parse(source, flags)
    except Exception:  # noqa: BLE001 - a pattern re reads differently: none
        return []
    found = _held(list(parsed.data))
    # (a string that holds another adds nothing: where it is, so is the other)
    return sorted(s for s in found if not any(t != s and t in s for t in found)) if found else []


# What ``regex`` (the rule packs' engine) reads otherwise than ``re``, so that strings ``re``
# reads as literal text may not be matched as such: a brace that is no count ("{e<=1}", a
# fuzzy match) and a POSIX class ("[[:alpha:]]"), with escapes (``_ESCAPE``) taken out first.
_ESCAPE = re.compile(r"\\.", re.DOTALL)
_OTHER_SYNTAX = re.compile(r"\{(?!\d*,?\d*\})|\[:")


def _weight(strings: frozenset[str]) -> float:
    """How rare a match of one of ``strings`` is likely to be, roughly: the weight of the
    lightest string, each letter 1, each mark 3 ("©", "[["), each digit or space 0.3 (the "19"
    or "20" of a year is in most drafts)."""
    def one(text: str) -> float:
        return sum(1 if c.isalpha() else 0.3 if c.isdigit() or c.isspace() else 3 for c in text)

    return min(one(s) for s in strings)


def _held(items: list, depth: int = 0) -> frozenset[str] | None:
    """For a sequence of parsed items: literal strings one of which every match of the
    sequence holds (the best found, see ``_weight``), or None. Items that match one of a few
    whole strings each ("please ", "write|enter", "your") are read together ("please write",
    "please enter"), which few texts hold."""
    if depth > 20:
        return None
    best: frozenset[str] | None = None

    def consider(found) -> None:
        nonlocal best
        if found and "" not in found and len(found) <= MOST_HELD:
            found = frozenset(found)
            if best is None or _weight(found) > _weight(best):
                best = found

    run: set[str] | None = None  # the strings the exact items read one after another match
    for op, value in items:
        exact = _exact(op, value, depth)
        if exact is not None:
            joined = {a + b for a in run for b in exact} if run is not None and len(run) * len(exact) <= MOST_HELD else None
            if joined is None:
                consider(run)
                joined = set(exact)
            run = joined
            continue
        consider(run)
        run = None
        if op is _constants.SUBPATTERN:
            if not (value[1] or value[2]):  # (one with flags of its own, "(?i:...)": not read)
                consider(_held(list(value[3].data), depth + 1))
        elif op is _constants.BRANCH:
            branches = [_held(list(branch.data), depth + 1) for branch in value[1]]
            if all(branches):
                consider(frozenset().union(*branches))
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            if value[0] >= 1:
                consider(_held(list(value[2].data), depth + 1))
        # anything else (a class, a look around, a back reference) holds no string of its
        # own, and the strings of the other items still hold
    consider(run)
    return best


def _exact(op, value, depth: int) -> set[str] | None:
    """The whole strings a parsed item matches, when it matches one of a few (at most
    MOST_HELD) literal strings and nothing else; None otherwise. Looks around match none."""
    if depth > 20:
        return None
    if op is _constants.LITERAL:
        return {chr(value)}
    if op is _constants.IN:
        if value and all(kind is _constants.LITERAL for kind, _ in value):
            return {chr(code) for _, code in value}
        return None
    if op is _constants.SUBPATTERN:
        if value[1] or value[2]:
            return None
        return _exact_sequence(list(value[3].data), depth + 1)
    if op is _constants.BRANCH:
        found: set[str] = set()
        for branch in value[1]:
            inner = _exact_sequence(list(branch.data), depth + 1)
            if inner is None:
                return None
            found |= inner
        return found if len(found) <= MOST_HELD else None
    return None


def _exact_sequence(items: list, depth: int) -> set[str] | None:
    found = {""}
    for op, value in items:
        exact = _exact(op, value, depth)
        if exact is None:
            return None
        found = {a + b for a in found for b in exact}
        if len(found) > MOST_HELD:
            return None
    return found


# -- a look at the first character ---------------------------------------------------------

# Patterns whose guarded form is remembered, at most MOST_PATTERNS: id(pattern) -> [pattern,
# its guarded form or the pattern itself] (kept by id as _looks is).
_guarded: dict = {}
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_CATEGORIES = {}
if _parser is not None:
    _CATEGORIES = {
        _constants.CATEGORY_DIGIT: r"\d", _constants.CATEGORY_NOT_DIGIT: r"\D",
        _constants.CATEGORY_WORD: r"\w", _constants.CATEGORY_NOT_WORD: r"\W",
        _constants.CATEGORY_SPACE: r"\s", _constants.CATEGORY_NOT_SPACE: r"\S",
    }


# A pattern searched paragraph by paragraph is guarded once this many paragraphs have been
# searched with it: a guard is a second matcher to make (the whole pattern again), which costs
# a short draft more than it saves (the lexicon's searches guarded from the first paragraph:
# a cold draft +7 million instructions, +1.4%).
GUARD_FROM = 200
_searched: dict = {}  # id(pattern) -> [pattern, paragraphs searched with it so far], as _looks


def guarded_in_time(pattern: re.Pattern, paragraphs: int) -> re.Pattern:
    """``pattern`` for a search of ``paragraphs`` paragraphs, or ``guarded(pattern)`` (the same
    matches, found faster) once it and the searches before have made GUARD_FROM paragraphs."""
    entry = _entry(_searched, pattern) or _new_entry(_searched, pattern, 0)
    entry[1] += paragraphs
    return pattern if entry[1] < GUARD_FROM else guarded(pattern)


def guarded(pattern: re.Pattern) -> re.Pattern:
    """``pattern``, or the same pattern behind a look at the character a match starts with
    (``(?=[MDp…])``), which finds the same matches with the same groups.

    A pattern that opens with a look around (``(?<![\\w'])``, ``\\b``) has no first text for
    ``re`` to skip ahead to, so it tries its whole alternation at every character of the
    text; the look at one character fails at most of them at once (a third to half the time
    of such a pattern). A pattern that opens with text is left as it is: ``re`` already skips
    ahead to its first characters."""
    entry = _entry(_guarded, pattern)
    if entry is not None:
        return entry[1]
    characters = kept(("first characters", pattern.pattern, pattern.flags), lambda: first_characters(pattern))
    found = pattern
    if characters:
        source = _INLINE_FLAGS.sub("", pattern.pattern, count=1) if pattern.pattern.startswith("(?") else pattern.pattern
        try:
            found = re.compile(f"(?=[{characters}])(?:{source})", pattern.flags)
        except re.error:  # a pattern whose source does not nest: searched as it is
            found = pattern
    _new_entry(_guarded, pattern, found)
    return found


def first_characters(pattern: re.Pattern) -> str:
    """The characters (as the inside of a ``[...]`` class) one of which every match of
    ``pattern`` starts with, when the pattern opens with a look around; "" when it does not,
    or when that cannot be said (an empty match, any character, a back reference)."""
    if _parser is None or not isinstance(pattern.pattern, str):
        return ""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern re reads differently: no guard
        return ""
    items = list(parsed.data)
    if not _opens_with_look(items):
        return ""
    found = _firsts(items)
    if not found or any(c in found for c in (r"\w", r"\W", r"\S", r"\D")):
        return ""
    return "".join(sorted(found))


def _opens_with_look(items: list, depth: int = 0) -> bool:
    """Whether some match of the sequence ``items`` may open with a look around (then ``re``
    has no first text or class to skip ahead to)."""
    if not items or depth > 20:
        return False
    op, value = items[0]
    if op in (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT):
        return True
    if op is _constants.SUBPATTERN:
        return _opens_with_look(list(value[3].data), depth + 1)
    if op is _constants.BRANCH:
        return any(_opens_with_look(list(branch.data), depth + 1) for branch in value[1])
    return False


def _firsts(items: list, depth: int = 0) -> set[str] | None:
    """The class pieces one of which the first character of every match of the sequence
    ``items`` is; None when that cannot be said."""
    if depth > 20:
        return None
    for op, value in items:
        if op in (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT):
            continue  # takes no text
        if op is _constants.LITERAL:
            return {re.escape(chr(value))}
        if op is _constants.IN:
            return _class_pieces(value)
        if op is _constants.SUBPATTERN:
            if value[1] or value[2]:  # flags of its own
                return None
            return _firsts(list(value[3].data), depth + 1)
        if op is _constants.BRANCH:
            found: set[str] = set()
            for branch in value[1]:
                inner = _firsts(list(branch.data), depth + 1)
                if inner is None:
                    return None
                found |= inner
            return found
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            low, _, inner = value
            return _firsts(list(inner.data), depth + 1) if low >= 1 else None
        return None
    return None  # the sequence may match nothing


def _class_pieces(items: list) -> set[str] | None:
    found: set[str] = set()
    for op, value in items:
        if op is _constants.LITERAL:
            found.add(re.escape(chr(value)))
        elif op is _constants.RANGE:
            found.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is _constants.CATEGORY and value in _CATEGORIES:
            found.add(_CATEGORIES[value])
        else:  # a negated class, or a kind of character not listed
            return None
    return found
