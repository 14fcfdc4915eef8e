"""How often each singular noun stands bare, by context, in tagged English Wikipedia
(``noun_countability.txt.gz``, built by ``scripts/build_countability.py``), loaded on first use.

Per noun: how often "a" or "an" opened its phrase, with no adjective and with one (G315);
then, for each context, three counts: times bare, times with a determiner, times with "a"
or "an" (G303). A context is the class of the word before the noun's phrase ("prep", "be",
"verb", "comma"; ``frames.context_of``), with "+of" when "of" follows the noun and "+adj"
when an adjective describes it. Last, the words before the phrase where the noun was seen
bare in a context where it seldom is ("under" for "way").
"""

from __future__ import annotations

from functools import lru_cache

from ...datafiles import data_lines


class Countability:
    """noun -> its counts by context, a noun's line parsed when it is first asked about."""

    def __init__(self, lines: list[str]):
        # noun -> its line, split into its fields when the noun is asked about (splitting all
        # ~1,100 lines up front cost ~0.3 ms and ~350 kB of every start)
        self._rows = {line.partition("\t")[0]: line for line in lines}
        self._parsed: dict[str, dict[str, tuple[int, int, int]]] = {}

    def __contains__(self, noun: str) -> bool:
        return noun in self._rows

    def _fields(self, noun: str) -> list[str]:
        """A counted noun's fields after the noun: its plain and described counts ("a/bare"),
        its cells and the words it was seen bare after."""
        return self._rows[noun].split("\t")[1:]

    def __iter__(self):
        return iter(self._rows)

    def cells(self, noun: str) -> dict[str, tuple[int, int, int]]:
        """context -> (bare, determined, with "a"/"an"); empty for a noun not counted."""
        found = self._parsed.get(noun)
        if found is None:
            found = {}
            for cell in self._fields(noun)[2].split() if noun in self._rows else ():
                name, _, numbers = cell.partition(":")
                bare, determined, a = numbers.split("/")
                found[name] = (int(bare), int(determined), int(a))
            self._parsed[noun] = found
        return found

    def seen(self, noun: str, context: str, of: bool | None = None, described: bool | None = None) -> tuple[int, int]:
        """(times bare, times seen) of ``noun`` in ``context``, summed over "of" following or
        not and described or not where those are None."""
        bare = seen = 0
        for name, (b, d, _) in self.cells(noun).items():
            parts = name.split("+")
            if parts[0] != context:
                continue
            if of is not None and ("of" in parts) != of:
                continue
            if described is not None and ("adj" in parts) != described:
                continue
            bare, seen = bare + b, seen + b + d
        return bare, seen

    def seen_bare_after(self, noun: str, word: str, of: bool) -> bool:
        """Was ``noun`` seen bare after ``word``, with "of" after it or not as ``of`` says, in
        a context where it is seldom bare ("under way", "in terms of")? Such a pair is an
        idiom, or a slip the counts saw more than once."""
        return noun in self._rows and (word + "+of" if of else word) in self._fields(noun)[3].split()

    def with_a(self, noun: str, described: bool) -> tuple[int, int]:
        """(times "a" or "an" opened its phrase, times it was bare) of ``noun`` in every
        context, with an adjective describing it or with none."""
        if noun not in self._rows:
            return 0, 0
        a, bare = self._fields(noun)[1 if described else 0].split("/")
        return int(a), int(bare)


@lru_cache(maxsize=1)
def countability() -> Countability:
    return Countability(data_lines("noun_countability.txt.gz"))


# A noun is read as missing its article in a context where it was seen at least MIN_SEEN
# times and bare in at most MAX_BARE of them; the contexts read are READ_CONTEXTS (after a
# verb or a comma, tagging slips and headline verbs made most findings on clean news copy:
# "had net income", "enters campaign"), those counted COUNTED_CONTEXTS. Decided on the tune
# half of scripts/eval_missing_articles.py and on clean news copy.
MIN_SEEN = 40
MAX_BARE = 0.02
READ_CONTEXTS = frozenset(("prep", "be"))
COUNTED_CONTEXTS = ("prep", "be", "verb", "comma")


def rarely_bare(noun: str, context: str, of: bool, described: bool) -> bool:
    """Was ``noun`` almost never bare in ``context``? Asked of the narrowest count with
    enough evidence: with "of" after it and an adjective before it as here, then either
    alone, then (with "of" after it) with "of" in every context counted, then the context
    as a whole."""
    if context not in READ_CONTEXTS:
        return False
    counts = countability()
    for narrowed in ((of, described), (of, None), (None, described)):
        bare, seen = counts.seen(noun, context, *narrowed)
        if seen >= MIN_SEEN:
            return bare <= MAX_BARE * seen
    if of:  # "opinion of": before "of" a noun is determined in any context alike
        bare = seen = 0
        for other in COUNTED_CONTEXTS:
            b, n = counts.seen(noun, other, True)
            bare, seen = bare + b, seen + n
        if seen >= MIN_SEEN:
            return bare <= MAX_BARE * seen
    bare, seen = counts.seen(noun, context)
    return seen >= MIN_SEEN and bare <= MAX_BARE * seen


# A noun seen bare in more than OFTEN_BARE of at least MIN_SEEN uses in a context is written
# bare there often enough that no reading of smaller evidence (the treebank lists of
# ``measured``) should call it a slip: "the center of mass", "from start to finish".
OFTEN_BARE = 0.10


def often_bare(noun: str, context: str, of: bool, described: bool) -> bool:
    """Did the Wikipedia counts see ``noun`` bare in more than OFTEN_BARE of its uses in
    ``context``, asked of the narrowest count with enough evidence (as ``rarely_bare``)?"""
    if context not in COUNTED_CONTEXTS:
        return False
    counts = countability()
    for narrowed in ((of, described), (of, None), (None, described), (None, None)):
        bare, seen = counts.seen(noun, context, *narrowed)
        if seen >= MIN_SEEN:
            return bare > OFTEN_BARE * seen
    return False
