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


_SHAPES = {
    "loader": "a page's loading message",
    "counter": "a page's counter",
    "menu": "a page's menu",
    "vocabulary": "web-page furniture",
}


def _candidates(doc):
    """Paragraphs that could be a line of page furniture: any but tables and long ones. The
    first line counts too: a scraped page often starts with its menu, and no headline of
    1,272 measured (dev corpus, PolNeAR, TempEval-3, MEANTIME) has the shape of furniture."""
    for paragraph in doc.paragraphs:
        if paragraph.kind == "table" or paragraph.end - paragraph.start > 200:
            continue
        yield paragraph


class FurnitureByShape(Rule):
    """A short line of a web page's furniture: menus, share bars, counters, loaders.

    *What it flags*: a paragraph that is no sentence of the story but a piece of the page it
    was copied from: short, with no closing full stop, and written only in the vocabulary of
    navigation, media players, share bars, account and comment boxes and app promotions
    ("Show 12 replies", "Share via WhatsApp", "Sign in with Facebook", "Open menu", "Most
    recent"), a question an account box asks in page words only ("Forgot your password?"), a counter
    ("27k views", "4 min read"), a "…" loader ("Loading comments…") or a bar of short items
    ("Home › Politics › World").

    *Why it matters*: web pages word their furniture in endless ways, so no list of phrases
    catches it all; a line of it published in a story makes the story look scraped.

    *Flagged*: "The talks went well.\\n\\nShow 12 replies"

    *Preferred*: "The talks went well."

    *Known limits*: bylines, wire credits, sign-offs and datelines are never flagged, nor is a
    line with a word that page furniture does not use ("Video games", "Back to school"). A
    subheading written only in page words ("The comments section") is flagged.
    """

    code = "B105"
    name = "furniture-by-shape"
    family = "boilerplate"
    severity = "error"
    claims_paragraph = True
    examples = (
        flagged("The talks went well.\n\nShow 12 replies", "Show 12 replies"),
        flagged("The talks went well.\n\nLoading comments…\n\nThe mayor left.", "Loading comments…"),
        flagged("Zoë Müller won.\n\nShare via WhatsApp\n\nShe thanked voters.", "Share via WhatsApp"),
        flagged("Zoë Müller won.\n\n4 min read", "4 min read"),
        flagged("The vote was close.\n\nHome › Politics › World", "Home › Politics › World"),
        flagged("Open menu\n\nThe vote was close.\n\nTap to enable alerts", "Open menu",
                "Tap to enable alerts"),
        flagged("# Results\n\nThe vote was close.\n\n- Sign in with Facebook\n", "Sign in with Facebook",
                path="example.md"),
        flagged("The vote was close.\n\nForgot your password?", "Forgot your password?"),
        flagged("The vote was close.\n\nNot a member? Register today", "Not a member? Register today"),
        flagged("The vote was close.\n\nMost recent", "Most recent"),
        flagged("The vote was close.\n\nFollow us\n\nThe mayor left.", "Follow us"),
        flagged("The vote was close.\n\nOpens in new window", "Opens in new window"),
        flagged("The vote was close.\n\nCopy to clipboard", "Copy to clipboard"),
        accepted(""),
        accepted("The talks went well."),
        accepted("Talks\n\nThe talks went well.\n\nWhy share the video?\n\nThe mayor left."),
        accepted("Talks\n\nThe talks went well.\n\nVideo transcript:\n\nThe mayor spoke."),
        accepted("Talks\n\nThe talks went well.\n\nNew home\n\nThe mayor moved."),
        accepted("Talks\n\nThe talks went well.\n\nA new home\n\nThe mayor moved."),
        accepted("Talks\n\nThe talks went well.\n\nOut of time\n\nThe mayor left."),
        accepted("Talks\n\nThe talks went well.\n\nVideo games\n\nSales of consoles rose."),
        accepted("Talks\n\nThe talks went well.\n\nBack to school\n\nPupils returned."),
        accepted("Talks\n\nThe talks went well.\n\nBy Zoë Müller\n\nThe mayor left."),
        accepted("Talks\n\nThe talks went well.\n\n(Reporting by Ana Ruiz; Editing by Tom Hale)"),
        accepted("Talks\n\nThe talks went well.\n\n— IANS"),
        accepted("Talks\n\nThe talks went well.\n\n“Share the comments,” she said."),
        accepted("Talks\n\nThe mayor said 12 people had shared the video."),
        accepted("Share prices\n\nShare prices fell sharply."),
    )

    def check(self, doc, context: Context):
        from ..furniture import furniture_kind

        for paragraph in _candidates(doc):
            kind = furniture_kind(doc.prose[paragraph.start : paragraph.end])
            if kind is None:
                continue
            yield self.finding(
                doc,
                paragraph.start,
                paragraph.end,
                f"This line is {_SHAPES[kind]}, not part of the story.",
            )


class RecurringFurniture(Rule):
    """A non-sentence line that recurs word for word in several stories of the run.

    *What it flags*: a short line with no closing full stop that appears, exactly the same,
    in three or more different stories linted together ("Clarion Weekend · Northern
    edition" in every draft scraped from one site), or in two when the line is shaped like a
    site's name or tagline: every word capitalised, or items around a separator, and no
    clause punctuation ("Clarion Daily Digest", "Clarion | Sport Desk"). Drafts that share more than half of their
    long paragraphs are versions of one story and count once.

    *Why it matters*: a site's own furniture (its name, edition, tagline, section bar) is in
    words no list can know, but it comes back in every story scraped from that site.

    *Flagged*: the same "Clarion Weekend · Northern edition" line in three stories.

    *Preferred*: delete the line.

    A repository can record its furniture in ``.newslint-furniture`` beside its configuration
    (``newslint furniture DRAFTS > .newslint-furniture``): the lines there are flagged in any
    run, also one that lints a single changed draft (a pre-commit hook).

    *Known limits*: without that file it needs the drafts of a run (``newslint check`` on a
    folder or several files); a single draft is not flagged by repetition. Bylines, wire
    credits, sign-offs, datelines and one-word lines are never flagged. A subheading in
    title case that two stories of the run share ("What Happens Next") is flagged.
    """

    code = "B106"
    name = "recurring-furniture"
    family = "boilerplate"
    severity = "error"
    claims_paragraph = True
    examples = (
        flagged(
            "Talks resume\n\nClarion Weekend · Northern edition\n\nThe vote was close.",
            "Clarion Weekend · Northern edition",
            recurring={"Clarion Weekend · Northern edition": 4},
        ),
        accepted(""),
        accepted(
            "Talks resume\n\nClarion Weekend · Northern edition\n\nThe vote was close.",
        ),
        accepted(
            "Talks resume\n\nBy Zoë Müller\n\nThe vote was close.",
            recurring={"By Zoë Müller": 5},
        ),
        flagged(
            "Talks resume\n\nThe vote was close.\n\nKestrel Weekly",
            "Kestrel Weekly",
            recurring={"Kestrel Weekly": 0},
        ),
    )

    def check(self, doc, context: Context):
        from ..furniture import is_copy_line, line_key, may_recur_as_furniture

        recurring = context.recurring
        if not recurring:
            return
        for paragraph in _candidates(doc):
            key = line_key(doc.text[paragraph.start : paragraph.end])
            drafts = recurring.get(key)
            if drafts is None or is_copy_line(key) or drafts and not may_recur_as_furniture(key):
                continue
            if drafts:
                message = (
                    f"This line recurs word for word in {drafts} drafts of this run; "
                    "it is the site's page furniture, not part of the story."
                )
            else:
                message = "This line is recorded as page furniture in .newslint-furniture."
            yield self.finding(doc, paragraph.start, paragraph.end, message)
