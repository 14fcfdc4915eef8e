"""C106: a person called by surname before the story gives the full name."""

from __future__ import annotations

import re

from ...english import titles
from ...rule import Context, Rule, accepted, flagged

_SPEECH_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:said|says|told|added|argued|insisted|replied|wrote|denied|admitted|"
    r"claimed|warned|explained|noted|stated|tweeted|asked)\b"
)


class SurnameBeforeFullName(Rule):
    """A person called by surname before the story gives the full name.

    *What it flags*: "Blair said …" or "Mr Blair said …" in the body of a story that only
    later introduces "Tony Blair". Off by default: switch it on with
    ``extend-select = ["C106"]`` where house style wants the full name at first reference.

    *Why it matters*: most stylebooks give a person's full name at first reference and the
    surname after; a surname first leaves the reader guessing who is meant, and often means
    paragraphs were moved in editing.

    *Flagged*: "Mr Blair denied the report. Prime Minister Tony Blair said the claims were
    old."

    *Preferred*: "Prime Minister Tony Blair denied the report. Mr Blair said the claims were
    old."

    *Known limits*: only a surname after a title ("Mr Blair") or before a verb of saying
    ("Blair said") counts as a reference to a person; a relative who shares the surname is
    taken for the same person; headlines are not checked, since they use surnames alone by
    custom.
    """

    code = "C106"
    name = "surname-before-full-name"
    family = "consistency"
    severity = "info"
    default_on = False
    needs = ("names",)
    examples = (
        flagged(
            "Blair denies report\n\nMr Blair denied the report. Prime Minister Tony Blair said "
            "the claims were old.",
            "Blair",
        ),
        flagged(
            "Headline\n\n“It is old news,” Müller said. Economy minister Zoë Müller spoke.",
            "Müller",
        ),
        flagged(
            'Headline\n\n"It is old news," Peston said. The journalist Robert Peston spoke.',
            "Peston",
        ),
        flagged(
            "Peston said so first. Then Robert Peston spoke again. Robert Peston left",
            "Peston",
            path="example.md",
        ),
        accepted(""),
        accepted("Headline\n\nTony Blair denied the report. Mr Blair said the claims were old."),
        accepted("Blair denies report\n\nTony Blair denied the report."),
        accepted("Headline\n\nBaku is hot. Ilham Aliyev met Nikol Pashinyan in Baku."),
    )

    def check(self, doc, context: Context):
        title_words = titles()

        names = doc.analysis("names")
        body_start = min((p.start for p in doc.body), default=0)
        full_at: dict[str, int] = {}
        firsts: dict[str, str] = {}
        for token in names:
            if token.before and token.before not in title_words and token.start >= body_start:
                # "Tony Blair": the first name is itself a name token, not a surname
                before = names.at(token.start - len(token.before) - 1)
                if (
                    before is not None
                    and before.after == token.text
                    and (not before.before or before.before in title_words)
                ):
                    full_at.setdefault(token.text, token.start)
                    firsts.setdefault(token.text, token.before)
        for surname, full_start in full_at.items():
            for token in names.occurrences(surname):
                if token.start >= full_start:
                    break
                if token.start < body_start or (token.before and token.before not in title_words):
                    continue
                if token.after:
                    continue  # part of a longer name ("Blair Witch")
                if token.before not in title_words and not _SPEECH_AFTER.match(doc.prose, token.end):
                    continue  # only a title or a verb of saying shows that a person is meant
                yield self.finding(
                    doc,
                    token.start,
                    token.end,
                    f'"{surname}" is used here before the story gives the full name '
                    f'("{firsts[surname]} {surname}", later).',
                    related=[
                        (
                            full_start - len(firsts[surname]) - 1,
                            full_start + len(surname),
                            "full name here",
                        )
                    ],
                )
                break
