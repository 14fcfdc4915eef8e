"""Boilerplate rules that need the story's structure (the word lists live in rules/*.yml)."""

from __future__ import annotations

import re

from ..rule import Context, Rule, accepted, flagged

_LABEL = re.compile(r"^(?:title|headline|head|hed|story|article)\s*[:|-]\s*", re.I)
_NORMAL = re.compile(r"[\W_]+")


def _normal(text: str) -> str:
    return _NORMAL.sub(" ", text).strip().lower()


class RepeatedHeadline(Rule):
    """The headline repeated further down the story, as a scraped page's title block leaves it.

    *What it flags*: a later paragraph that is the headline again, often after a label
    ("Title: …", "Headline: …").

    *Why it matters*: web pages print the title again under the comments or in the share
    box; a scraper copies it into the story, where it reads as a stray line.

    *Flagged*: "Putin pledges support\\n\\nPutin spoke in Baku.\\n\\nTitle: Putin pledges support"

    *Preferred*: "Putin pledges support\\n\\nPutin spoke in Baku."
    """

    code = "B104"
    name = "repeated-headline"
    family = "boilerplate"
    severity = "error"
    claims_paragraph = True
    examples = (
        flagged(
            "Putin pledges support\n\nPutin spoke in Baku.\n\nTitle: Putin pledges support",
            "Title: Putin pledges support",
        ),
        flagged(
            "---\ntitle: Zoë Müller wins\n---\n\nShe won.\n\nZoë Müller wins\n",
            "Zoë Müller wins",
            path="example.md",
        ),
        accepted(""),
        accepted("Putin pledges support\n\nPutin spoke in Baku."),
        accepted("# Putin pledges support\n\nPutin spoke in Baku.", path="example.md"),
        accepted("Putin spoke\n\nPutin spoke in Baku, the mayor said."),
    )

    def check(self, doc, context: Context):
        title = doc.front_matter.get("title")
        headline_index = -1
        if not isinstance(title, str) or not title.strip():
            heads = [p for p in doc.paragraphs[:2] if p.kind in ("headline", "heading")]
            if not heads:
                return
            title = doc.text_of(heads[0])
            headline_index = heads[0].index
        wanted = _normal(title)
        if len(wanted.split()) < 2:
            return
        body_seen = False
        for paragraph in doc.paragraphs:
            if paragraph.index <= headline_index:
                continue
            first_body = not body_seen and paragraph.kind == "paragraph"
            body_seen = body_seen or paragraph.kind == "paragraph"
            text = doc.prose[paragraph.start : paragraph.end]
            label = _LABEL.match(text)
            rest = text[label.end() :] if label else text
            if _normal(rest) != wanted:
                continue
            if not label and (first_body or paragraph.kind == "heading" and paragraph.index <= 1):
                continue  # the Markdown title, or a lede that repeats the headline as a sentence
            yield self.finding(
                doc,
                paragraph.start,
                paragraph.end,
                "This repeats the headline; it is page residue, not part of the story.",
            )
