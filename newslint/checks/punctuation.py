"""Punctuation rules (P): paragraph full stops, brackets, stray spaces."""

from __future__ import annotations

import re

from ..rule import Context, Rule, accepted, flagged
from ..tokens import LETTER_WORD

_TERMINAL = re.compile(r"[.!?…:;—–-]\s?[\"'”’)\]*_]*$|[\"”’][.!?…]$")
_CLOSING_QUOTE_END = re.compile(r"[.!?,…][\"'”’]+[)\]]?$")
_LABEL = re.compile(r"^[\w’' ]{1,30}:\s")
_CREDIT = re.compile(r"(?:^|\s)(?:/|\|)\s|\b(?:Photo|Image|Picture|Credit|Source|Getty|AP|Reuters|AFP)\b.*$")
_BYLINE = re.compile(r"^(?:By|From|Reporting by|Written by|Edited by|Additional reporting by)\s", re.I)


def _looks_like_title(words: list[str]) -> bool:
    """Most words capitalised: a title, a heading in running text or a credit line."""
    content = [w for w in words if len(w) > 3]
    if not content:
        return True
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.7


class MissingFullStop(Rule):
    """A body paragraph that does not end with a full stop or other closing punctuation.

    *What it flags*: a paragraph of running copy whose last character is a letter, a digit or
    a closing quotation mark with no punctuation before it.

    *Why it matters*: a paragraph that stops without its full stop is usually a sentence cut
    short in editing, or text lost when the story was pasted or scraped.

    *Flagged*: "The two neighbours reopened their talks towards the end of March 2021 in Oman"

    *Preferred*: "The two neighbours reopened their talks towards the end of March 2021 in Oman."

    *Known limits*: headlines, headings, list items, table cells, bylines, labels
    ("Disclaimer:"), photo credits and short lines in title case are not paragraphs of copy
    and are never flagged; a paragraph that is really a subheading written in sentence case
    may be.
    """

    code = "P101"
    name = "missing-full-stop"
    family = "punctuation"
    severity = "warning"
    examples = (
        flagged(
            "Talks resumed.\n\nThe two neighbours reopened their talks towards the end of March 2021 in Oman",
            "Oman",
        ),
        flagged(
            "Headline\n\n“We will move on,” Ferris said in a post-election message\n\nNext.",
            "message",
        ),
        flagged(
            "Headline\n\nHe hailed the accord as a “real turning point”\n\nNext.",
            "point”",
        ),
        flagged("Headline\n\nThe mayor of São Paulo said the vote would be held in 2024", "2024"),
        accepted(""),
        accepted("Putin pledges support for peace efforts\n\nPutin spoke in Baku."),
        accepted("Headline\n\n“We are prepared to assist,” Putin said."),
        accepted("Headline\n\n'We are prepared to assist,' Putin said."),
        accepted("Headline\n\nHe called it a \"major breakthrough\"."),
        accepted("Headline\n\nThe mayor said:\n\n“We will rebuild.”"),
        accepted("Headline\n\nBy Jane Smith, Reuters\n\nThe mayor spoke."),
        accepted("Headline\n\nJonathan Drake / Reuters\n\nThe mayor spoke."),
        accepted("Headline\n\nDisclaimer: Please write your name\n\nThe mayor spoke."),
        accepted("# Heading\n\n- a list item without a stop\n", path="example.md"),
        accepted("Headline\n\nRead the full report (PDF)\n\nThe mayor spoke."),
        flagged("Headline\n\nHe called the rival councillor in Łódź a xenophobe,", "xenophobe,"),
        accepted(
            "Headline\n\nThe mayor, who spoke at length about the plans for the bridge\n"
            "over the river, said the work would start soon and that the first contracts had\n"
            "been signed, though the costs of the whole scheme were still being worked out by "
            "the council's engineers.\n"
        ),
    )

    def check(self, doc, context: Context):
        for paragraph in doc.body:
            if paragraph.kind == "list_item":
                continue
            text = doc.prose[paragraph.start : paragraph.end]
            if _TERMINAL.search(text) or _CLOSING_QUOTE_END.search(text):
                continue
            words = LETTER_WORD.findall(text)
            if len(words) < 5 or _looks_like_title(words):
                continue
            if _LABEL.match(text) or _BYLINE.match(text) or _CREDIT.search(text[-40:]) and len(words) < 12:
                continue
            if text.endswith(")") and "(" in text[-30:] and len(words) < 12:
                continue
            if _wraps_onto_next_line(doc, paragraph):
                continue
            last = re.search(r"\S+$", text)
            start = paragraph.start + last.start()
            written = doc.text[start : paragraph.end]
            if written.endswith(","):
                # a full stop after a comma is never right: the comma gives way to it
                message = "This paragraph ends with a comma instead of a full stop."
                suggestion = written[:-1] + "."
            else:
                message = "This paragraph ends without a full stop."
                suggestion = written + "."
            yield self.finding(doc, start, paragraph.end, message, suggestions=[suggestion])


_CONTINUES = re.compile(r"[ \t]*\r?\n[ \t]*[^\W\d_A-Z]")


def _wraps_onto_next_line(doc, paragraph) -> bool:
    """Whether the paragraph is one line of a hard-wrapped paragraph that goes on below.

    A draft with long lines takes each line for a paragraph; a paragraph typed with line
    breaks in it then comes apart into lines, and only its last line ends the sentence. The
    next line goes on from this one when it follows with no blank line between and starts
    with a small letter, or when this one ends with a comma.
    """
    if doc.hard_wrapped:
        return False
    following = doc.prose[paragraph.end : paragraph.end + 200]
    if not following.lstrip(" \t").startswith(("\n", "\r\n")):
        return False
    rest = following.lstrip(" \t\r")[1:]
    if not rest.strip() or rest.lstrip(" \t").startswith(("\n", "\r")):
        return False  # a blank line (or the end) follows: the paragraph ends here
    ends_mid_sentence = doc.prose[paragraph.end - 1] in ",;"
    return ends_mid_sentence or bool(_CONTINUES.match(following))


_OPENERS = {"(": ")", "[": "]"}
_CLOSERS = {")": "(", "]": "["}
_LIST_LABEL = re.compile(r"^\s*(?:[a-z]|\d{1,2}|[ivx]{1,4})\)\s", re.I)
_SMILEY = re.compile(r"[:;]-?[()\[\]]")
_BRACKET = re.compile(r"[()\[\]]")  # the keys of _OPENERS and _CLOSERS


class UnbalancedBracket(Rule):
    """A parenthesis or square bracket in a paragraph that is never closed, or never opened.

    *What it flags*: an opening "(" or "[" with no partner later in the same paragraph, or a
    closing ")" or "]" with none before it.

    *Why it matters*: an aside left open makes the reader lose the thread, and it usually
    means words were cut in editing.

    *Flagged*: "The Democratic Unionist Party (DUP said it would vote against the bill."

    *Preferred*: "The Democratic Unionist Party (DUP) said it would vote against the bill."

    *Known limits*: list labels such as "a)" and "1)" at the start of a paragraph, and
    emoticons, are not brackets.
    """

    code = "P102"
    name = "unbalanced-bracket"
    family = "punctuation"
    severity = "warning"
    examples = (
        flagged("The Democratic Unionist Party (DUP said it would vote against.", "("),
        flagged("Sales rose 5% in the third quarter) and fell later.", ")"),
        flagged("[The minister] said the [draft was final.", "["),
        flagged("Zoë Müller (CDU said so.", "("),
        accepted(""),
        accepted("The Democratic Unionist Party (DUP) said it would vote against the bill."),
        accepted("He said he [the minister] would go."),
        accepted("a) the first option; b) the second option."),
        accepted("“It was (really) hard,” she said."),
        accepted("(Reuters) The mayor spoke."),
        accepted("He smiled :) and left."),
    )

    def check(self, doc, context: Context):
        for paragraph in doc.paragraphs:
            text = doc.prose[paragraph.start : paragraph.end]
            skip = set()
            label = _LIST_LABEL.match(text)
            if label:
                skip.add(label.end() - 2)
            skip.update(m.end() - 1 for m in _SMILEY.finditer(text))
            stack: list[tuple[str, int]] = []
            for bracket in _BRACKET.finditer(text):  # the brackets alone, not every character
                index, char = bracket.start(), bracket.group()
                if index in skip:
                    continue
                if char in _OPENERS:
                    stack.append((char, index))
                elif char in _CLOSERS:
                    if stack and stack[-1][0] == _CLOSERS[char]:
                        stack.pop()
                    elif _labels_before(text, index):
                        continue
                    else:
                        yield self._report(doc, paragraph.start + index, char)
            for char, index in stack:
                yield self._report(doc, paragraph.start + index, char)

    def _report(self, doc, offset: int, char: str):
        if char in _OPENERS:
            message = f"This \"{char}\" is not closed in its paragraph."
        else:
            message = f"This \"{char}\" closes nothing opened in its paragraph."
        return self.finding(doc, offset, offset + 1, message)


_LABEL_BEFORE = re.compile(r"(?:^|[\s;,])(?:[a-z]|\d{1,2})$")


def _labels_before(text: str, index: int) -> str:
    """An inline list label such as "b)" right before ``index``. Only the few characters a
    label can take (and a line break after it) are searched, not the paragraph up to
    ``index``: a paragraph of 50,000 labels took 76 s."""
    match = _LABEL_BEFORE.search(text, max(0, index - 4), index)
    return match.group() if match and index + 1 < len(text) and text[index + 1] == " " else ""


_SPACE_BEFORE = re.compile(r"(?<=[^\W_])[ \t]+([,.;])(?=[\s\"”’)]|$)")


class SpaceBeforePunctuation(Rule):
    """A space before a comma, full stop or semicolon.

    *What it flags*: "said , adding" and "the vote ." — a space between a word and the comma,
    full stop or semicolon that follows it.

    *Why it matters*: a stray space is a typing slip that readers notice, and it can break a
    line before the punctuation mark.

    *Flagged*: "The minister said , however, that talks would go on."

    *Preferred*: "The minister said, however, that talks would go on."

    *Known limits*: an ellipsis (" ...") is left alone.
    """

    code = "P103"
    name = "space-before-punctuation"
    family = "punctuation"
    severity = "warning"
    safe_fix = True  # deleting a space before a mark changes no word
    examples = (
        flagged("The minister said , however, that talks would go on.", " ,"),
        flagged("Talks will go on .", " ."),
        flagged("Zoë said ; then left.", " ;"),
        accepted(""),
        accepted("The minister said, however, that talks would go on."),
        accepted("He paused ... and then spoke."),
        accepted("Shares rose to 5.5 per cent."),
        accepted("“Go on , go on,” she said."),
    )
    quotes = "skip"

    def check(self, doc, context: Context):
        for paragraph in doc.paragraphs:
            for match in _SPACE_BEFORE.finditer(doc.prose, paragraph.start, paragraph.end):
                if doc.prose.startswith("..", match.start(1)):
                    continue
                if doc.text[match.start() : match.end()] != match.group():
                    continue  # the space stands for something masked out, such as markup
                mark = match.group(1)
                yield self.finding(
                    doc,
                    match.start(),
                    match.end(),
                    f"There is a space before this \"{mark}\".",
                    suggestions=[mark],
                    fixable=True,
                )
