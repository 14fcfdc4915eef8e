"""Quote rules (Q): quotation marks without partners, quotes nobody is said to have said."""

from __future__ import annotations

import re

from ..rule import Context, Rule, accepted, flagged
from ..tokens import LETTER_RUN

_ATTRIBUTABLE_KINDS = ("paragraph", "list_item")
_MIN_WORDS = 4
_SHOWN = 40


def _excerpt(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= _SHOWN:
        return text
    cut = text.rfind(" ", 0, _SHOWN)
    return text[: cut if cut > 10 else _SHOWN] + " …"


_UNCLOSED = {
    "": "This {mark} opens a quote that is not closed in its paragraph, and the next paragraph "
    "does not open with a quotation mark to continue it.",
    "reopened": "This {mark} opens a quote that is not closed before the next quotation mark opens.",
    "inner": "This {mark} opens a quote within a quote that is not closed before the outer quote ends.",
    "speaker": "This {mark} opens a quote that is not closed in its paragraph; the next paragraph "
    "quotes someone else, so it does not continue this quote.",
}


def _words_after(doc, problem) -> int:
    paragraph = doc.paragraphs[problem.paragraph]
    return len(LETTER_RUN.findall(doc.prose, problem.end, paragraph.end))


class UnbalancedQuote(Rule):
    """A quotation mark in a paragraph that is never closed, or closes nothing.

    *What it flags*: an opening double quotation mark (straight or curly) with no closing mark
    later in its paragraph, when the next paragraph does not open with a quotation mark to
    continue the quote; and a closing mark with nothing open before it in the paragraph.

    *Why it matters*: a missing closing mark leaves the reader unsure where the speaker's words
    end and the reporter's begin — it can put words in someone's mouth. It usually means a mark
    was lost in editing.

    *Flagged*: "“The voters who were angry were voters we meant to anger, he later said."

    *Preferred*: "“The voters who were angry were voters we meant to anger,” he later said."

    *Options*: none; switch it off or re-grade it with `severity = {Q101 = "…"}`.

    *Known limits*: the multi-paragraph convention is understood: a quoted paragraph that
    continues into the next has no closing mark, and the next paragraph opens with a mark (also
    when a draft has run such paragraphs together on one line). So a closing mark lost at the
    end of a paragraph whose successor opens with a quote is missed, unless the quote was a few
    words in the writer's sentence, its attribution followed it, or the next paragraph quotes
    someone else. Apostrophes (`the '90s`, `Reuters' report`, `rock 'n' roll`) are not
    quotation marks. Unpartnered single marks are reported only in a story that quotes with
    single marks, and only an opening mark left open: elsewhere they are too often
    apostrophes. A quote left open at the end of a line and closed a few lines on, with no mark
    between (a letter, an e-mail), is taken as one quote. A story's last paragraph that ends
    inside a quote is reported.
    """

    code = "Q101"
    name = "unbalanced-quote"
    family = "quote"
    severity = "warning"
    needs = ("quotes",)
    examples = (
        flagged("“The voters who were angry were voters we meant to anger, he later said.", "“"),
        flagged('"Let me give you the numbers, Okafor said after a quick "I\'m sorry" to Lind.', '"'),
        flagged("She now presents “The Late Hour with Dana Pike.\n\nProceeds go to charity.", "“"),
        flagged("Zoë Müller said the plan was “a hammock for the idle. Others disagreed.", "“"),
        flagged("The talks failed, he said.” Both sides blamed each other.", "”"),
        flagged("Headline\n\nThe minister called the deal “historic", "“"),
        accepted(""),
        accepted("The minister spoke in Baku on Monday."),
        accepted("“We are prepared to assist,” Putin said."),
        accepted('"We are prepared to assist," Putin said.'),
        accepted(
            "Headline\n\n“We will rebuild the bridge,” the mayor said. “It will take time.\n\n"
            "“But we will do it together.”"
        ),
        accepted(
            'Headline\n\n"We will rebuild," the mayor said. "It will take time.\n\n'
            '"But we will do it together," she added.'
        ),
        accepted("It was the best music of the '90s, Reuters' report said of rock 'n' roll."),
        accepted("“He called it ‘a disgrace’ and left,” Zoë Müller said."),
        accepted("Ministers’ ‘red lines’ were crossed, the party said."),
        accepted("'We will win', says PM\n\nThe prime minister spoke."),
        flagged(
            "Blair 'confident' of third term\n\n'We will win this election, the prime minister said.\n\n"
            "'It will be close,' he added.",
            "'",
        ),
        accepted("Headline\n\nThe ’90s were good to rock 'n' roll, he said of the 'lost decade'."),
        accepted("He said he was 6'2\" tall."),
    )

    def check(self, doc, context: Context):
        quotes = doc.analysis("quotes")
        # single marks are checked only in a story that quotes with them (British house style)
        singles = sum(q.single for q in quotes)
        single_style = singles >= 2 and singles > len(quotes) / 2
        for problem in quotes.unbalanced:
            if problem.single and not (single_style and problem.problem == "unclosed" and _words_after(doc, problem) >= 3):
                continue
            mark = problem.mark
            if problem.problem == "unclosed":
                message = _UNCLOSED.get(problem.detail, _UNCLOSED[""]).format(mark=mark)
            else:
                message = f"This {mark} closes a quote that was never opened in its paragraph."
            yield self.finding(doc, problem.start, problem.end, message)


class UnattributedQuote(Rule):
    """A direct quote with no attribution: nobody is said to have said it.

    *What it flags*: a full direct quote (a clause or more of someone's words) when no speaker
    and reporting verb ("Putin said", "said the ministry", "according to …") is found in its
    sentence, elsewhere in its paragraph, or just before it: a lead-in ending with a colon, a
    quote that runs on from the paragraph before, a paragraph that ended with the same
    speaker's quote, or a credit line under it (`- Bernie Sanders.`). One finding per
    paragraph.

    *Why it matters*: every direct quote needs a source. An unattributed quote is one of the
    first things a copy desk catches: it usually means the attribution was cut in editing.

    *Flagged*: "“This is the fair and decent course to take.”" in a paragraph of its own.

    *Preferred*: "“This is the fair and decent course to take,” Lindqvist said."

    *Options*: none; switch it off or re-grade it with `severity = {Q102 = "…"}`.

    *Known limits*: partial quotes set in the writer's sentence (`hailed the accord as a
    "real turning point"`) are attributed by that sentence and never flagged; nor are quotes
    of fewer than four words, titles and all-capital subheads, headlines, block quotes, and
    quotes in single marks in a story that quotes in double marks (pull quotes). A paragraph
    whose own words use a reporting verb, or whose sentence just before the quote has a
    person as its subject (`Clinton touted her record. "…"`), is taken to attribute its
    quotes. A paragraph of bare quotes after the writer's indirect speech (`…, Stovall said.`)
    is flagged, though a reader may guess the speaker. The finder does not check that the
    speaker named is the right one.
    """

    code = "Q102"
    name = "unattributed-quote"
    family = "quote"
    severity = "warning"
    needs = ("quotes",)
    examples = (
        flagged(
            "Lindqvist spoke about pensions.\n\n“This is the fair and decent course to take.”\n\nNext.",
            "“This is the fair and decent course to take.”",
        ),
        flagged(
            'Headline\n\n"She is not going to change anything." "She is not part of us."',
            '"She is not going to change anything."',
        ),
        flagged(
            "Zoë Müller shook her head.\n\n“Ça ne va pas changer. Rien ne change.”",
            "“Ça ne va pas changer. Rien ne change.”",
        ),
        flagged(
            "Headline\n\n“I could not vote for a bill that left tenants without cover.”",
            "“I could not vote for a bill that left tenants without cover.”",
        ),
        flagged(
            "“I could not vote for a bill that left tenants without cover.”\n\nNext.",
            "“I could not vote for a bill that left tenants without cover.”",
            path="example.md",
        ),
        flagged(
            "Headline\n\nHe spoke.\n\n“He called it ‘a disgrace’ and walked out of the room.”",
            "“He called it ‘a disgrace’ and walked out of the room.”",
        ),
        accepted(""),
        accepted("The minister spoke in Baku on Monday."),
        accepted("“We stand ready to help mark out the frontier,” Ivanov said."),
        accepted('"We stand ready to help mark out the frontier," said Ivanov.'),
        accepted("Ivanov said: “We stand ready to help mark out the frontier.”"),
        accepted("He added, \"We stand ready to help mark out the frontier.\""),
        accepted("European Council President Charles Michel welcomed it as a “major breakthrough”."),
        accepted("The UN praised \"an importance trust-building step\"."),
        accepted("According to the ministry, “the talks will resume on Monday in Baku.”"),
        accepted(
            "Headline\n\n“We will rebuild the bridge,” the mayor said. “It will take time.\n\n"
            "“But we will do it together, and we will do it soon.”"
        ),
        accepted(
            "Headline\n\nThe ministry said in a statement:\n\n“The talks will resume on Monday.”"
        ),
        accepted(
            "Headline\n\n“We will win this election,” Zoë Müller said.\n\n“And we will win it by a lot.”"
        ),
        accepted("“Safety,” said Grimm, a supporter."),
        accepted("“Go,” he said."),
    )

    def check(self, doc, context: Context):
        quotes = doc.analysis("quotes")
        paragraphs = doc.paragraphs
        reported: set[int] = set()
        # a story that quotes in double marks sets a pull quote or a subhead in single ones
        single_style = sum(q.single for q in quotes) > len(quotes) / 2
        for quote in quotes:
            if quote.single and not single_style:
                continue
            if quote.attribution is not None or quote.kind != "full" or quote.paragraph in reported:
                continue
            if not (quote.closed or quote.runs_on):
                continue  # an unbalanced quote: Q101 reports it
            if paragraphs[quote.paragraph].kind not in _ATTRIBUTABLE_KINDS:
                continue
            if quote.word_count(doc) < _MIN_WORDS:
                continue
            reported.add(quote.paragraph)
            shown = _excerpt(quote.content(doc))
            yield self.finding(
                doc,
                quote.start,
                quote.end,
                f"The quote “{shown}” has no attribution: no speaker with \"said\" or a similar "
                "verb was found in its sentence, its paragraph or a lead-in before it.",
                suggestions=["Say who said it, for example: “…,” she said."],
            )


class UnnamedSource(Rule):
    """A direct quote attributed only to an unnamed source ("a source said").

    *What it flags*: a direct quote whose speaker is an unnamed source: "a source", "officials",
    "a senior administration official", "people familiar with the matter".

    *Why it matters*: most stylebooks allow anonymous sources only when the information cannot
    be had on the record, and ask the story to say why the source is not named. An editor
    should see each one.

    *Flagged*: "“The talks are over,” a senior official said."

    *Preferred*: "“The talks are over,” said Zoë Müller, the deputy foreign minister."

    *Options*: off with `severity = {Q103 = "off"}`; it is advice (info) by default.

    *Known limits*: only quotes attributed in their own sentence are checked; "the official"
    (which may refer back to someone named earlier) is not flagged.
    """

    code = "Q103"
    name = "unnamed-source"
    family = "quote"
    severity = "info"
    needs = ("quotes",)
    examples = (
        flagged("“The talks are over,” a senior official said.", "a senior official"),
        flagged("A senior official said: “The talks are over.”", "A senior official"),
        flagged('"The talks are over," sources said.', "sources"),
        flagged(
            "“Zoë Müller will resign,” said one person familiar with the matter.",
            "one person familiar with the matter",
        ),
        accepted(""),
        accepted("The minister spoke in Baku on Monday."),
        accepted("“The talks are over,” Zoë Müller said."),
        accepted('"The talks are over," the official said.'),
        accepted("“The talks are over,” said Trump adviser Stephen Miller."),
    )

    def check(self, doc, context: Context):
        for quote in doc.analysis("quotes"):
            attribution = quote.attribution
            if attribution is None or not attribution.unnamed or attribution.speaker is None:
                continue
            if quote.kind != "full":
                continue  # a partial quote's sentence may not be its speaker's
            if attribution.how not in ("after", "before", "according-to"):
                continue
            start, end = attribution.speaker
            yield self.finding(
                doc,
                start,
                end,
                f"This quote is attributed only to an unnamed source (“{doc.text[start:end]}”); "
                "check whether the source can be named, or say why not.",
            )
