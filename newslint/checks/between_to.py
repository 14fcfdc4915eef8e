"""G317: a range opened by "between" and closed by "to" ("between 20 to 40 people", "between 2000 until 2004")."""

from __future__ import annotations

import re

from ..english import MONTH_NAMES, WEEKDAYS
from ..rule import Context, Rule, accepted, flagged
from .agreement.counting import NUMBER_WORDS
from .missing_words import headline_style

# The two ends of a range: a figure (with its currency, decimals, a unit run into it: "$3.5bn",
# "40%", "6am", "1960s"; "million", "percent" after it), a number word, a month or a weekday.
_FIGURE = r"[$£€]?\d(?:[\d,.]*\d)?(?:%|[a-z]{1,3})?(?:[ \t]+(?:million|billion|trillion|thousand|hundred|percent|per[ \t]+cent))?"
_NUMBER_WORDS = "|".join(sorted(NUMBER_WORDS | {"one", "hundred"}))
_DATE_WORDS = "|".join(name.lower() for name in MONTH_NAMES[1:]) + "|" + "|".join(WEEKDAYS)
_END = rf"(?:{_FIGURE}|(?:{_NUMBER_WORDS}|{_DATE_WORDS})(?![\w'’-]))"
# What may stand between "between" and the first end: "the", "the ages of", a word of
# approximation ("between about 20 to 40"). A closed set, so that "the gap between them
# narrowed from 5 to 3" (a verb and "from" between) is never read as one range.
_ABOUT = r"(?:(?:about|around|roughly|approximately|some|nearly|almost)[ \t]+)?"
_PATTERN = re.compile(
    rf"(?<![\w'’-])between[ \t]+(?:the[ \t]+)?(?:ages?[ \t]+of[ \t]+)?{_ABOUT}({_END})"
    rf"[ \t]+(to|until|till|through)[ \t]+(?:the[ \t]+)?{_ABOUT}({_END})(?![\w'’-])"
    # odds or a ratio ("between 2 to 1 and 3 to 1"): its "to" is no end of a range
    r"(?![ \t]+and[ \t]+\S+[ \t]+to[ \t])"
)


class BetweenTo(Rule):
    """A range opened by "between" and closed by "to" ("between 20 to 40 people").

    *What it flags*: "between" and a figure, a number word, a month or a weekday, then "to"
    (or "until", "till", "through": "between 2000 until 2004") and another: "between 20 to 40 people", "between January to October", "between Monday to
    Friday", "between the ages of 18 to 25", "between the 1960s to 1970s".

    *Why it matters*: "between" pairs with "and", "from" with "to"; every stylebook (AP,
    Chicago, the Guardian's) has "between 20 and 40" or "from 20 to 40", and a copy desk
    mends the mix of the two.

    *Flagged*: "Between 20 to 40 people queued outside the court on Monday."

    *Preferred*: "Between 20 and 40 people queued outside the court on Monday."

    *Options*: none; switch the rule off or re-grade it with ``G317`` in the configuration.

    *Known limits*: only ranges of figures, number words, months and weekdays, with at most
    "the", "the ages of" and a word of approximation ("about", "around" …) before the first
    end, are read: a range of names or of longer phrases ("between the river to the sea") is
    left alone, since "to" may open a phrase of its own there, and so are odds ("between 5 to
    1 and 8 to 1"). Headlines are skipped. Direct
    quotations are not checked: the speaker's words are reported as said.
    Measured (2026-12-02): on the 3.2 million words of Wikipedia that no count of newslint's
    data read (text_AD_wiki_80..99) it reports 11 ranges, each a "between … to" a copy desk
    would mend; none in the dev corpus's news; on real writers' errors
    (``scripts/eval_real_edits.py``) it found the one such range of the tune half.
    """

    code = "G317"
    name = "between-to"
    family = "grammar"
    severity = "warning"
    quotes = "skip"
    needs = ("lexicon",)
    examples = (
        accepted(""),
        accepted("Between 20 and 40 people queued outside the court on Monday."),
        flagged("Between 20 to 40 people queued outside the court on Monday.", "Between 20 to 40"),
        flagged("The survey ran between January to October, Zoë Müller said.", "between January to October"),
        flagged("Prices rose between 3.5% to 5% a year.", "between 3.5% to 5%"),
        flagged("Fans aged between the ages of 18 to 25 were asked.", "between the ages of 18 to 25"),
        flagged("The shop opens between Monday to Friday.", "between Monday to Friday"),
        flagged("Between 2000 until 2004 it supplied the team, and between 1990 through 1995 the army.", "Between 2000 until 2004", "between 1990 through 1995"),
        accepted("The shop opens from Monday to Friday, and the gap between them narrowed from 5 to 3."),
        accepted("“It will take between 20 to 40 days,” said José Álvarez."),
        accepted('"It will take between 20 to 40 days," said José Álvarez.'),
        accepted("The talks between the two sides to 2025 were cut, and a choice between Leeds to the north was made."),
        accepted("Trade between 2019 and 2021 fell; the line runs from 6am to 9pm."),
        accepted("Bookmakers offered odds of between 5 to 1 and 8 to 1 on the result."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        for p, match in vocabulary.matches(_PATTERN):
            if headline_style(doc, doc.paragraphs[p]):
                continue
            start, end = match.start(), match.end()
            written = doc.text[start:end]
            low, high = doc.text[match.start(1) : match.end(1)], doc.text[match.start(3) : match.end(3)]
            to, closer = match.start(2) - start, match.group(2)
            with_and = f"{written[:to]}and{written[to + len(closer):]}"
            with_from = ("From" if written[0] == "B" else "from") + written[len("between"):]
            yield self.finding(
                doc,
                start,
                end,
                f"\"{written}\": \"between\" pairs with \"and\" (\"between {low} and {high}\"), \"{closer}\""
                f" with \"from\" (\"from {low} {closer} {high}\").",
                suggestions=[with_and, with_from],
            )
