"""G105: a plural written with an apostrophe ("ATM's", "NGO's have", "pc's are")."""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ...rule import Context, Rule, accepted, flagged
from ..verbs import count_nouns, function_words, plural_of

# An abbreviation of two capitals or more (digits may follow: "MP3", "ERS7") and "'s".
_CANDIDATE = re.compile(r"(?<![\w.'’-])([A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)(['’])s(?![\w'’-])")
# Words whose "'s" is "is", "has" or "us" ("it's", "that's", "let's"): never a plural.
_CLITIC_HOSTS = frozenset(
    """it he she that there here what who where how when why let one everyone someone anyone
    nobody everybody somebody anybody everything something nothing this""".split()
)
# Before these the "'s" is a possessive whose noun is left out ("from a fish's are"): the
# plural could not follow a singular determiner.
_SINGULAR_DETERMINERS = frozenset("a an one each every this that another".split())
# A word in lower case, or opening a sentence, and "'s" ("pc's", "company's", "Studio's").
_LOWER_OR_OPENING = re.compile(r"(?<![\w.'’-])([A-Za-z][a-z-]*[a-z])(['’])s(?![\w'’-])")
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
    """A plural written with an apostrophe ("ATM's", "NGO's have", "pc's are").

    *What it flags*: an abbreviation of two capitals or more with "'s" that can only be a
    plural: followed by a verb in the plural ("NGO's have", "the ATM's are"), and so a word
    in lower case that is a noun, or whose plural in "s" is counted ("pc's are", "the
    company's are", "resident's have"; not "it's", "let's"); or, when the
    abbreviation names a thing English counts (its plural in "s" is written at least a tenth
    as often as it is in the n-gram counts: "CDs", "PCs", "NGOs", not "FDAs"), or a number or
    a counting word stands before it ("two EP's"), followed by the end of a clause, a
    conjunction or a preposition ("installing ATM's in rural areas", "DVD's, tapes"); and an
    abbreviation spelled out as a plural noun just before it in brackets ("primary sampling
    units (PSU's)"), there and wherever else the draft writes it; and a singular noun's "'s"
    after a word that counts more than one ("three country's navies", "two album's in"),
    when the n-gram counts write that word before the noun's plural at least 20 times as
    often as before its possessive (not "two coroner's inquests", "62 bachelor's degrees");
    a plural in "s" with "'s" ("the programs's main target": "program's" or "programs'").

    *Why it matters*: the plural of an abbreviation takes no apostrophe in the style books
    of news (AP, Reuters, the BBC): "ATM's" reads as a possessive, and the desk corrects it.

    *Flagged*: "The bank is installing ATM's in rural areas."

    *Preferred*: "The bank is installing ATMs in rural areas."

    *Options*: none; switch the rule off or re-grade it with ``G105``.

    *Known limits*: a possessive whose noun is left out ("a rule like the NGO's.") reads as
    a plural when the abbreviation names a counted thing, and so does one in lower case before
    a verb in the plural ("ours are better than the council's are"), unless a singular
    determiner stands before it ("from a fish's are"); two possessives joined ("DOE's
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
        flagged("It drew 428 primary sampling units (PSU's) from 1,900 PSU's that cover the US.", "PSU's", "PSU's"),
        flagged("His two brother's wives came, and the band made three album's in a year.", "brother's", "album's"),
        flagged("He owns three car's and a boat.", "car's"),
        accepted("She holds two master's and a doctorate, and he has two bachelor's from Yale."),
        accepted("After two coroner's inquests, 62 bachelor's degrees and two women's titles."),
        flagged("It was the programs's main aim, and growth in the last two decades's boom.", "programs's", "decades's"),
        accepted("The boss's car, the news's reach, physics's laws and the bus's route."),
        flagged("Studio's are in the city, and older pc’s were sold.", "Studio's", "pc’s"),
        accepted("Let's have a look; it's done and that's where he's been."),
        accepted("The bones that make a frog's skull unlike a fish's are the ones at the back."),
        accepted("The company's shares fell, and the mayor's office said the council's had."),
    )

    def check(self, doc, context: Context):
        prose = doc.prose
        plurals: set[str] = set()  # abbreviations the draft spells out as plurals
        for paragraph in doc.paragraphs:
            for match in _CANDIDATE.finditer(prose, paragraph.start, paragraph.end):
                if _spelled_out_plural(prose, match):
                    plurals.add(match.group(1))
                if match.group(1) in plurals or self._plural(prose, match, paragraph.end):
                    abbreviation = match.group(1)
                    yield self.finding(
                        doc,
                        match.start(),
                        match.end(),
                        f'"{match.group()}" looks like a plural: the plural of an abbreviation '
                        f'takes no apostrophe ("{abbreviation}s").',
                        suggestions=[abbreviation + "s"],
                    )
            for match in _LOWER_OR_OPENING.finditer(prose, paragraph.start, paragraph.end):
                rights = _plural_with_s(prose, match)
                if rights:
                    yield self.finding(
                        doc,
                        match.start(),
                        match.end(),
                        f'"{match.group()}": a plural in "s" takes the apostrophe alone; check whether'
                        f' "{rights[0]}" or "{rights[1]}" is meant.',
                        suggestions=list(rights),
                    )
                    continue
                if self._lower_plural(prose, match, paragraph.end):
                    word = match.group(1)
                    plural = lx.recase(plural_of(word.lower()) or word.lower() + "s", word)
                    verb = _NEXT.match(prose, match.end()).group(1)
                    yield self.finding(
                        doc,
                        match.start(),
                        match.end(),
                        f'"{match.group()}" looks like a plural before "{verb}": a plural takes no'
                        f' apostrophe ("{plural}").',
                        suggestions=[plural],
                    )
                    continue
                counted = _after_counting_word(prose, match, paragraph.end)
                if counted is not None:
                    counter, right = counted
                    yield self.finding(
                        doc,
                        match.start(),
                        match.end(),
                        f'"{counter} {match.group()}": after "{counter}" the noun is a plural; check'
                        f' whether "{right}" is meant.',
                        suggestions=[right],
                    )

    @staticmethod
    def _lower_plural(prose: str, match: re.Match, end: int) -> bool:
        """"pc's are", "the company's are": a noun in lower case (or opening the sentence)
        and "'s" before a verb in the plural, where neither a possessive nor "is" or "has"
        can stand."""
        word = match.group(1)
        if word[1:].lower() != word[1:] or word.isupper():
            return False  # an abbreviation (the check above) or a name written with capitals inside
        lower = word.lower()
        if word[0].isupper() and re.search(r"[\w,;:][ \t]*$", prose[max(0, match.start() - 3) : match.start()]):
            return False  # a name inside the sentence ("Rowntree's were")
        following = _NEXT.match(prose, match.end(), end)
        after = following.group(1).replace("’", "'") if following else "."
        if after not in _PLURAL_VERBS or lower in _CLITIC_HOSTS or lower in function_words():
            return False
        before = _WORDS_BEFORE.search(prose, max(0, match.start() - 40), match.start())
        if before and before.group(1).lower() in _SINGULAR_DETERMINERS:
            return False  # "unlike a fish's are": the noun is left out
        return "n" in lx.tags(lower) or _plural_ratio(lower) >= COUNTED_RATIO

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


# How much more often the counts write the counting word before the plural than before the
# singular possessive ("two brothers" against "two brother's") for a finding, and how often
# at least the first: "two coroner's inquests" and "62 bachelor's degrees" are written so.
COUNTED_ODDS = 20
# With no noun after it, the share of the plural's count above which a possessive is taken
# for a noun of its own ("bachelor's" 4.8 times "bachelors", "master's" 0.39; "car's" 0.03,
# "album's" 0.19).
STANDING_POSSESSIVE = 0.25
COUNTED_SEEN = 20


def _after_counting_word(prose: str, match: re.Match, end: int) -> tuple[str, str] | None:
    """"three country's navies", "two album's in": a singular noun's "'s" after a word that
    counts more than one, where the counts write that word before the noun's plural and
    (almost) never before its possessive. -> (the counting word, the plural or the plural's
    possessive when a word follows that it may own)."""
    word = match.group(1)
    if word[0].isupper():
        return None
    before = _WORDS_BEFORE.search(prose, max(0, match.start() - 40), match.start())
    counter = before.group(1) if before else ""
    lower = counter.lower().replace(",", "")
    if not (lower in _COUNTING or lower.isdigit() and lower != "1" and not _is_year(lower)):
        return None
    plural = plural_of(word)
    if plural is None or plural == word:
        return None  # "two women's", "these people's": the possessive of a plural
    from ..confusables import near_words
    from ..slips.counts import token_key

    following = _NEXT.match(prose, match.end(), end)
    after = following.group(1).lower() if following else "."
    after_tags = lx.tags(after)
    owned = (
        after[:1].isalpha()
        and after not in _CLAUSE_ENDS
        and after not in function_words()
        and (not after_tags or bool({"n", "p", "a"} & set(after_tags)))
    )
    table, key = near_words.counts(), token_key(lower)
    seen_plural, seen_possessive = table.count(key, plural), table.count(key, word + "'s")
    if owned and (seen_plural < COUNTED_SEEN or seen_possessive * COUNTED_ODDS >= seen_plural):
        return None
    if not owned and (
        seen_possessive > seen_plural
        or word not in count_nouns()
        or table.count(word + "'s") > STANDING_POSSESSIVE * table.count(plural)
    ):
        # with no noun after it to own ("three car's and a boat", "two bedroom's upstairs")
        # only a plural can follow the count, unless the possessive stands for a noun of its
        # own in the counts ("two master's and a doctorate", "two bachelor's": the degrees)
        return None
    right = (plural + "'" if plural.endswith("s") else plural + "'s") if owned else plural
    return counter, right


def _plural_with_s(prose: str, match: re.Match) -> tuple[str, str] | None:
    """"the programs's main target", "two decades's growth": a plural in "s" (the verb
    tables' plurals, not a noun of its own in "s", "news", "physics") with "'s". -> the
    singular's possessive and the plural's, the likelier first: the plural's after a word
    that counts more than one within the two words before."""
    word = match.group(1)
    if word[0].isupper() or not word.endswith("s"):
        return None
    from ..determiners import plurals, singular_plurals
    from ..verbs import headword_s

    singular = plurals().get(word)
    if not singular or singular == word or word in singular_plurals() or word in headword_s():
        return None
    apostrophe = match.group(2)
    one, many = f"{singular}{apostrophe}s", f"{word}{apostrophe}"
    before = prose[max(0, match.start() - 40) : match.start()].split()[-2:]
    counted = any(w.lower() in _COUNTING or w.replace(",", "").isdigit() for w in before)
    return (many, one) if counted else (one, many)


def _spelled_out_plural(prose: str, match: re.Match) -> bool:
    """"primary sampling units (PSU's)": an abbreviation in brackets just after a plural
    noun, its spelled-out form, is a plural too (and so it is wherever the draft writes it)."""
    if prose[match.end() : match.end() + 1] != ")":
        return False
    before = re.search(r"([A-Za-z]+)[ \t]*\([ \t]*$", prose[max(0, match.start() - 40) : match.start()])
    return before is not None and lx.is_plural_noun(before.group(1).lower())


def _joined_possessive(prose: str, start: int, end: int) -> bool:
    """Does another possessive follow within three words ("and BNL's", "and the UN's")?"""
    return re.match(r"(?:[ \t]+[\w.-]+){0,2}?[ \t]+[\w.-]+['’]s?(?![\w'’])", prose[start:end]) is not None


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("17", "18", "19", "20")
