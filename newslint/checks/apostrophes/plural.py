"""G105: a plural of an abbreviation written with an apostrophe ("ATM's", "NGO's have")."""

from __future__ import annotations

import re

from ...rule import Context, Rule, accepted, flagged

# An abbreviation of two capitals or more (digits may follow: "MP3", "ERS7") and "'s".
_CANDIDATE = re.compile(r"(?<![\w.'’-])([A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)(['’])s(?![\w'’-])")
_ROMAN = re.compile(r"[IVXLCDM]+")  # after a name ("George IV's", "Louis XIV's"): a king's possessive
_NEXT = re.compile(r"[ \t]*(\w[\w'’-]*|[^\w\s])")
_WORDS_BEFORE = re.compile(r"([\w'’.,-]+)[ \t]+$")

# After these a possessive cannot stand: only a plural is followed by a verb in the plural.
_PLURAL_VERBS = frozenset("are were have do aren't weren't haven't don't".split())
# After these a possessive stands only when its noun is left out ("the FDA's."); an
# abbreviation that names a thing English counts ("NGOs", "ATMs") is more likely a plural.
_CLAUSE_ENDS = frozenset(
    """, . ; : ) ! ? and or in on for from with of to that which who by as than at like such
    across""".split()
)
_COUNTING = frozenset(
    """two three four five six seven eight nine ten dozens hundreds thousands many several
    few fewer these those both various multiple numerous""".split()
)
# How often the abbreviation's plural is written for each time it is written alone
# (n-gram counts, lower-cased), from which it counts as a thing English counts.
COUNTED_RATIO = 0.1


def _plural_ratio(abbreviation: str) -> float:
    from ..confusables import near_words

    table = near_words.counts()
    lower = abbreviation.lower()
    return table.count(lower + "s") / max(table.count(lower), 1.0)


class PluralWithApostrophe(Rule):
    """A plural of an abbreviation written with an apostrophe ("ATM's", "NGO's have").

    *What it flags*: an abbreviation of two capitals or more with "'s" that can only be a
    plural: followed by a verb in the plural ("NGO's have", "the ATM's are"); or, when the
    abbreviation names a thing English counts (its plural in "s" is written at least a tenth
    as often as it is in the n-gram counts: "CDs", "PCs", "NGOs", not "FDAs"), or a number or
    a counting word stands before it ("two EP's"), followed by the end of a clause, a
    conjunction or a preposition ("installing ATM's in rural areas", "DVD's, tapes").

    *Why it matters*: the plural of an abbreviation takes no apostrophe in the style books
    of news (AP, Reuters, the BBC): "ATM's" reads as a possessive, and the desk corrects it.

    *Flagged*: "The bank is installing ATM's in rural areas."

    *Preferred*: "The bank is installing ATMs in rural areas."

    *Options*: none; switch the rule off or re-grade it with ``G105``.

    *Known limits*: a possessive whose noun is left out ("a rule like the NGO's.") reads as
    a plural when the abbreviation names a counted thing; two possessives joined ("DOE's
    and BNL's knowledge") are left alone, as are a king's ("George IV's") and a place named
    by its owner ("at JD's"). Plurals of single letters ("mind your p's and q's") and of
    years ("the 1990's") are not checked: the style books differ on them.

    *How sure*: on 20 files of Wikipedia (6.5 million words) it fired 32 times; 30 were
    plurals (read by the lead, 2026-12-02).
    """

    code = "G105"
    name = "plural-with-apostrophe"
    family = "grammar"
    severity = "info"
    needs = ()
    examples = (
        accepted(""),
        flagged("The bank is installing ATM's in rural areas.", "ATM's"),
        flagged("Critics say NGO's have weakened the health service.", "NGO's"),
        flagged("The band will release two EP's in 2015.", "EP's"),
        flagged("He sold CD’s, tapes and records.", "CD’s"),
        accepted("The bank is installing ATMs in rural areas."),
        accepted("The FDA's decision and the NGO's report came out on Monday."),
        accepted("The rules are similar to the FDA's, officials said."),
        accepted("It happened without DOE's or BNL's knowledge."),
        accepted("Louis XIV's court moved; George IV's debts grew."),
        accepted("We met at JD's on Friday."),
        accepted("ESPN's on-air talent and the BBC's reporters left."),
        accepted("In 1970 ABC's producer asked again."),
        accepted("She was nominated for VH1's Do Something Awards."),
        accepted("He criticised the European Commission's (EC's) role in the talks."),
        flagged("It set up Regional Transit Districts (RTD's) in the state.", "RTD's"),
    )

    def check(self, doc, context: Context):
        prose = doc.prose
        for paragraph in doc.paragraphs:
            for match in _CANDIDATE.finditer(prose, paragraph.start, paragraph.end):
                if self._plural(prose, match, paragraph.end):
                    abbreviation = match.group(1)
                    yield self.finding(
                        doc,
                        match.start(),
                        match.end(),
                        f'"{match.group()}" looks like a plural: the plural of an abbreviation '
                        f'takes no apostrophe ("{abbreviation}s").',
                        suggestions=[abbreviation + "s"],
                    )

    @staticmethod
    def _plural(prose: str, match: re.Match, end: int) -> bool:
        abbreviation = match.group(1)
        following = _NEXT.match(prose, match.end(), end)
        after = following.group(1).replace("’", "'") if following else "."
        before = _WORDS_BEFORE.search(prose, max(0, match.start() - 40), match.start())
        previous = before.group(1).lower() if before else ""
        if re.search(r"\w['’]s?[ \t]*\([ \t]*$", prose[max(0, match.start() - 40) : match.start()]):
            return False  # "the European Commission's (EC's) role": the name's possessive again
        if previous == "at":
            return False  # "at JD's": a place named by its owner
        if _ROMAN.fullmatch(abbreviation) and before and before.group(1)[:1].isupper():
            return False  # "George IV's", not "sold CD's"
        if after in ("and", "or") and _joined_possessive(prose, following.end(), end):
            return False  # "DOE's and BNL's knowledge"
        if after in _PLURAL_VERBS:
            return True
        if after not in _CLAUSE_ENDS:
            return False  # "the BBC's reporters": a possessive before its noun
        counting = previous in _COUNTING or previous.replace(",", "").isdigit() and not _is_year(previous)
        return counting or _plural_ratio(abbreviation) >= COUNTED_RATIO


def _joined_possessive(prose: str, start: int, end: int) -> bool:
    """Does another possessive follow within three words ("and BNL's", "and the UN's")?"""
    return re.match(r"(?:[ \t]+[\w.-]+){0,2}?[ \t]+[\w.-]+['’]s?(?![\w'’])", prose[start:end]) is not None


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("17", "18", "19", "20")
