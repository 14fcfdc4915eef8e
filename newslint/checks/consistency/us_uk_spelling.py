"""C102: a US spelling in a story otherwise spelled the UK way, or the reverse."""

from __future__ import annotations

from ...rule import Context, Rule, accepted, flagged

_VARIETY_NAMES = {"en-GB": "British", "en-US": "American"}


class MixedUsUkSpelling(Rule):
    """A US spelling in a story otherwise spelled the UK way, or the reverse.

    *What it flags*: each word spelled the way of the story's minority variety of English
    ("color", "organized" in a story that writes "neighbouring", "criticised",
    "centre"). The story's variety is the one most of its US- or UK-specific spellings
    follow; when they are evenly split, the conventions of each side decide ("Mr Blair" /
    "Mr. Blair", "per cent" / "percent", "7 February" / "February 7", "towards" / "toward",
    "US" / "U.S.").
    A single US spelling in a story with no UK one is still flagged when the story follows
    British habits ("Mr Blair", which American copy hardly ever writes; or two of "£5bn",
    "Tory MPs", "whilst") and fewer American ones. With
    ``spelling = "en-GB"`` or ``"en-US"`` in the configuration, that variety is the house
    style and every word spelled the other way is flagged.

    *Why it matters*: a story is spelled one way throughout; a stray "color" in British copy
    reads as a slip, and usually is one (pasted wire copy, a spell checker set to the
    wrong language).

    *Flagged*: "The organisation criticised the plan and said the colour of the flag and the
    center of the city mattered."

    *Preferred*: "The organisation criticised the plan and said the colour of the flag and the
    centre of the city mattered."

    A story that writes -ize twice or more and never -ise, beside other British spellings or
    habits ("organize", "recognize", "colour", "Mr Lee"), follows Oxford spelling: its -ize
    words are British and are not flagged.

    *Options*: the top-level ``spelling`` key ("auto", "en-US", "en-GB"), and ``spelling:``
    in a draft's front matter ("en-GB", "british", "en-US", "american"), which wins for that
    draft; words in the ``vocabulary`` accept list are never flagged.

    *Known limits*: capitalised words inside names are left alone ("World Health
    Organization", "Labor Party", "Rockefeller Center"). A story with one US and one UK
    spelling has no majority and is not flagged. Words whose two spellings are both common in
    American copy ("catalogue", "theatre", "grey") do not count. The pairs come from SCOWL's
    word lists.
    """

    code = "C102"
    name = "mixed-us-uk-spelling"
    family = "consistency"
    severity = "warning"
    needs = ("variants",)
    examples = (
        flagged(
            "The organisation criticised the plan and said the colour of the flag and the "
            "center of the city mattered.",
            "center",
        ),
        flagged(
            "Headline\n\nThe organization criticized the plan. “The honour is ours,” the "
            "mayor said of the color guard.",
            "honour",
        ),
        flagged(
            'Headline\n\nThe organisation apologised. "We recognize the problem," Zoë '
            "Müller said. The defence rested.",
            "recognize",
        ),
        flagged(
            "Color was the issue. The organisation criticised the neighbouring council.", "Color"
        ),
        flagged("The organisation said the colour had been chosen by the favorite", "favorite"),
        flagged(
            "Headline\n\nMr Blair spoke on 7 February. Prices rose 5 per cent. The color was "
            "red and the organisation agreed.",
            "color",
        ),
        flagged(
            "Headline\n\nMr Blair spoke. The color was red and the organisation agreed.", "color"
        ),
        accepted(
            "Headline\n\nMr Blair spoke. Mr. Brown said the color was red and the "
            "organisation agreed."
        ),
        flagged("Mr Blair said the £5bn center would open. Mr Brown agreed.", "center"),
        flagged("Tory MPs backed the £5bn plan, whilst the center objected", "center"),
        accepted("Mr Blair said the $5 billion center would open. Mr. Brown agreed."),
        flagged("Mr Blair said the center would open.", "center"),
        flagged("Talks\n\nThe colour was red.", "colour", spelling="en-US"),
        flagged(
            "Headline\n\nThe US central bank said on 14 December that the odds favor a rise.", "favor"
        ),
        accepted("Headline\n\nThe US central bank said the odds favor a rise."),
        flagged("Headline\n\nThe club paid $15m for the striker on 4 May, a deal in his favor.", "favor"),
        accepted("Headline\n\nThe club paid $15 million for the striker on May 4, a deal in his favor."),
        accepted(""),
        accepted("The organisation criticised the plan."),
        accepted("The organisation criticised the plan, the World Health Organization said."),
        accepted("The colour was chosen at the center."),
        accepted("The theatre group criticized the organization's catalogue."),
        accepted("Headline\n\nThe colour was red.", spelling="en-GB"),
        flagged(
            "Headline\n\nMr Okafor said the favor was returned in Łódź.", "favor"
        ),
        flagged(
            "---\nspelling: en-GB\n---\n\nThe center of Zürich was closed.\n",
            "center",
            path="example.md",
        ),
        accepted(
            "Headline\n\nThe organization will recognize the colour of the centre, Mr Lee said, "
            "and the neighbouring council will organize a vote."
        ),
        flagged(
            "Headline\n\nThe organisation criticised the colour of the centre and will "
            "recognize the neighbouring council.",
            "recognize",
        ),
    )

    def check(self, doc, context: Context):
        varieties = doc.analysis("variants")
        configured = _front_matter_spelling(doc) or context.settings.spelling
        if configured in _VARIETY_NAMES:
            expected = configured
        else:
            expected = varieties.variety
            if not expected or varieties.score(expected) < 2:
                return
        other = "en-US" if expected == "en-GB" else "en-GB"
        usual = varieties.of(expected)
        examples = list(dict.fromkeys(s.text.lower() for s in usual))[:3]
        if not examples:
            examples = ["Mr Smith", "per cent"] if expected == "en-GB" else ["Mr. Smith", "percent"]
        for spelling in varieties.of(other):
            if (
                spelling.text in context.settings.accept
                or spelling.text.lower() in context.settings.accept
            ):
                continue  # the house vocabulary accepts this spelling
            if configured in _VARIETY_NAMES:
                message = (
                    f'"{spelling.text}" is the {_VARIETY_NAMES[other]} spelling; house style '
                    f'is {_VARIETY_NAMES[expected]} English ("{spelling.other}").'
                )
            else:
                if usual:
                    shown = ", ".join(f'"{w}"' for w in examples)
                    how = f"otherwise spelled the {_VARIETY_NAMES[expected]} way ({shown})"
                else:
                    how = f"otherwise written in {_VARIETY_NAMES[expected]} style"
                message = (
                    f'"{spelling.text}" is the {_VARIETY_NAMES[other]} spelling in a story '
                    f'{how}; check whether "{spelling.other}" is meant.'
                )
            yield self.finding(
                doc,
                spelling.start,
                spelling.end,
                message,
                suggestions=[spelling.other],
                related=[
                    (s.start, s.end, f"{_VARIETY_NAMES[expected]} spelling") for s in usual[:3]
                ],
            )


_SPELLING_NAMES = {
    "en-gb": "en-GB", "en_gb": "en-GB", "british": "en-GB", "uk": "en-GB", "gb": "en-GB",
    "en-us": "en-US", "en_us": "en-US", "american": "en-US", "us": "en-US",
}


def _front_matter_spelling(doc) -> str | None:
    """The draft's own ``spelling:`` in its front matter ("en-GB", "british" …), if any."""
    value = doc.front_matter.get("spelling")
    return _SPELLING_NAMES.get(value.strip().lower()) if isinstance(value, str) else None
