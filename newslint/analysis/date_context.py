"""Whether a match of ``date_expressions`` reads as a date at all, from the words around it:
a day glued to a figure ("$5 May") is a quantity, "May" after a pronoun is the modal, a
four-digit number is a year after a preposition or an article and not before a count
("2019 votes"). Kept apart from the patterns that find expressions: these read the context.
"""

from __future__ import annotations

import re


def looks_like_quantity(prose: str, m: re.Match) -> bool:
    """ "5 May" is a date, but "3 Mar" in a list of figures or "10 May votes" rarely matter;
    only reject a day glued to a currency or a decimal."""
    before = prose[max(0, m.start() - 2) : m.start()]
    return bool(re.search(r"[\d.,$£€]\s?$", before))


def month_is_word(prose: str, m: re.Match) -> bool:
    """ "March" the verb and "May" the modal, at the start of a sentence or after a name."""
    month = m.group("month")
    if month in ("May", "MAY", "March", "MARCH"):
        before = prose[max(0, m.start() - 20) : m.start()]
        if month.lower() == "may" and re.search(r"\b(?:they|we|you|it|he|she|I)\s+$", before):
            return True
    return False


_YEAR_PREPOSITION = re.compile(
    r"(?i)(?:\b(?:in|since|by|until|till|of|from|to|through|during|before|after|for|the|early|late|mid|"
    r"and|or|between|circa|around|about|throughout|within|at|on|spring|summer|autumn|fall|winter|"
    r"fiscal|year|FY|than|'s|’s|class|vintage|his|her|its|their|our|this|that|a|an|both|either|neither)\s*[-–]?\s*|[(,]\s*"
    r"|(?<=s)['’]\s+)$"
)


_ARTICLE_AND_ADJECTIVE = re.compile(r"(?:\b(?i:the|his|her|its|their|our|a|an|one)|['’]s)\s+[a-z][a-z-]{2,}\s+$")


COUNT_AFTER = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b|(?:people|persons|votes|voters|delegates|troops|soldiers|jobs|"
    r"members|residents|students|workers|cases|deaths|dead|units|shares|homes|acres|miles|feet|metres|"
    r"meters|km|kilometres|pounds|tons|tonnes|dollars|euros|yen|points|seats|runs|goals|years?|months?|"
    r"days?|weeks?|minutes?|seconds|second(?!\s+(?:quarter|half|round|term|leg))|hours?|times|a\.m|p\.m|GMT|BST|million|billion|thousand)\b)",
    re.I,
)


_EVENT_AFTER_YEAR = re.compile(
    r"\s+(?:[A-Z][\w.’'-]*\s+)?(?:presidential|campaign|campaigns|convention|election|elections|race|"
    r"primary|primaries|caucus|caucuses|nominee|nomination|hopefuls?|candidates?|candidacy|bid|contest|"
    r"attack|attacks|bombing|shooting|crisis|recession|Olympics|World\s+Cup|season|census|run)\b"
)


# verbs whose subject is a time: "As 2018 ended", "When 1985 began", "as 1998 drew to a close"
_YEAR_AS_SUBJECT = re.compile(
    r"\s+(?:began|begins|ended|ends|dawned|dawns|drew\s+to|draws\s+to|wore\s+on|wears\s+on|came\s+to|comes\s+to"
    r"|opened|opens|closed|closes|approached|approaches|neared|nears|unfolded|unfolds|progressed|progresses)\b"
)


def reads_as_year(prose: str, start: int, end: int, left: int) -> bool:
    """Whether a four-digit number reads as a year: after a preposition or article, or
    before a comma or the end of the sentence, and not as a count ("2019 votes")."""
    after = prose[end : end + 20]
    if COUNT_AFTER.match(after):
        return False
    before = prose[max(left, start - 16) : start]
    if re.match(r"\s+(?:will|would|was|is|has|had|saw|brought|when)\b", after):
        return True
    if _YEAR_AS_SUBJECT.match(after):
        return True  # "As 2018 ended, …", "when 1985 began": the year is the subject of a verb of time
    if _EVENT_AFTER_YEAR.match(after):
        return True  # "his unsuccessful 1999 campaign", "the GOP's contested 2016 convention"
    if _YEAR_PREPOSITION.search(before):
        return True
    if _ARTICLE_AND_ADJECTIVE.search(prose, max(left, start - 30), start):
        return True  # "her failed 2016 run", "the ill-fated 2008 bid"
    if start == left or re.search(r"^\s*$", before):
        return True
    # before punctuation, or a dash set off by spaces ("It was 2018 - not 2014"), not a range
    return bool(re.match(r"\s*(?:[,.;:)]|$)|\s+[-–—]\s+(?!\d)", after))
