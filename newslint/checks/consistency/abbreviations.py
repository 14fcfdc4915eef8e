"""C105: an abbreviation used before the story spells it out, or spelled out twice."""

from __future__ import annotations

import re
from functools import lru_cache

from ...datafiles import data_words
from ...rule import Context, Rule, accepted, flagged

# -- options ----------------------------------------------------------------------------------

OPTION_KEYS = ("known-abbreviations",)


def options(context: Context) -> dict:
    """The ``[consistency]`` table of the configuration, checked."""
    from ...errors import ConfigError

    table = context.settings.table("consistency")
    for key, value in table.items():
        if key not in OPTION_KEYS:
            raise ConfigError(f"unknown key 'consistency.{key}' (known: {', '.join(OPTION_KEYS)})")
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"'consistency.{key}' must be a list of strings")
    return table


@lru_cache(maxsize=1)
def known_abbreviations() -> frozenset[str]:
    return data_words("known_abbreviations.txt")


# -- abbreviations ------------------------------------------------------------------------------

_DEFINITION = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
_LINKING = frozenset("of the and for on in de du des la le el al for to at by &".split())
_NAME_WORD = re.compile(r"([A-Za-z][\w’'&-]*)[ \t]*$")
_WORD_CHARACTER = re.compile(r"[\w’'&-]")


def _last_word_from(prose: str, limit: int, position: int) -> int:
    """Where to search for the word that ends at ``position`` (``_NAME_WORD``): the start of the
    run of word characters before it (and its spaces), before which no match can start. A
    search from ``limit`` tried every character of the paragraph for each word read
    backwards: quadratic in a long paragraph (a one-line draft)."""
    end = position - 1 if position > limit and prose[position - 1] == "\n" else position  # ($)
    while end > limit and prose[end - 1] in " \t":
        end -= 1
    while end > limit and _WORD_CHARACTER.match(prose, end - 1):
        end -= 1
    return end


def _spelled_out(prose: str, limit: int, end: int, abbreviation: str) -> int | None:
    """Where the words before ``end`` spell out ``abbreviation`` (its start), or None.

    "Democratic Unionist Party (DUP)": the capitals of the words before the bracket, read
    backwards, are the abbreviation's capitals, small linking words ("of", "the") allowed.
    """
    letters = [c for c in abbreviation if c.isupper()]
    if len(letters) < 2:
        return None
    position = end
    start = None
    while letters and position > limit:
        match = _NAME_WORD.search(prose, _last_word_from(prose, limit, position), position)
        if not match:
            return None
        word = match.group(1)
        position = match.start()
        if word.lower() in _LINKING and start is not None:
            continue
        parts = [p for p in re.split(r"[-]", word) if p]
        capitals = [p[0] for p in parts if p[:1].isupper()]
        if not capitals:
            return None
        # a word may give one letter, or one per hyphenated part, or its own inner capitals
        inner = [c for c in word if c.isupper()]
        for candidate in (capitals, inner, capitals[:1]):
            if len(candidate) <= len(letters) and letters[-len(candidate) :] == candidate:
                letters = letters[: -len(candidate)]
                start = match.start()
                break
        else:
            return None
    return start if not letters else None


class AbbreviationOrder(Rule):
    """An abbreviation used before the story spells it out, or spelled out twice.

    *What it flags*: an abbreviation ("DUP") used in the body before the sentence that
    spells it out ("the Democratic Unionist Party (DUP)"), and a second spelling-out of an
    abbreviation the story has already explained.

    *Why it matters*: the reader meets the abbreviation first and learns what it means
    only later; a second explanation is wasted words. Most stylebooks spell out at first
    reference and use the abbreviation after.

    *Flagged*: "The DUP said it would vote against. The Democratic Unionist Party (DUP)
    has eight MPs."

    *Preferred*: "The Democratic Unionist Party (DUP) said it would vote against. The DUP
    has eight MPs."

    *Options*: ``[consistency] known-abbreviations = ["NHS", "TUC"]`` adds abbreviations
    that need no spelling-out to the built-in list (US, UK, UN, EU, NATO, BBC, FBI, GDP …).

    *Known limits*: only the pattern "Full Name (ABBR)" counts as spelling out; an
    abbreviation in the headline is not counted as used before the body spells it out.
    """

    code = "C105"
    name = "abbreviation-order"
    family = "consistency"
    severity = "info"
    examples = (
        flagged(
            "Headline\n\nThe DUP said it would vote against. The Democratic Unionist Party "
            "(DUP) has eight MPs.",
            "DUP",
        ),
        flagged(
            "Headline\n\nThe Democratic Unionist Party (DUP) voted. Later the Democratic "
            "Unionist Party (DUP) spoke.",
            "Democratic Unionist Party (DUP)",
        ),
        flagged(
            "Headline\n\n“The CDU will win,” Zoë Müller said. The Christian Democratic Union "
            "(CDU) agreed.",
            "CDU",
        ),
        flagged(
            'Headline\n\n"The TUC is angry," he said. The Trades Union Congress (TUC) met.',
            "TUC",
        ),
        flagged("TUC leaders met. The Trades Union Congress (TUC) met", "TUC"),
        accepted(""),
        accepted("Headline\n\nThe Democratic Unionist Party (DUP) voted. The DUP has eight MPs."),
        accepted("Headline\n\nThe US and the EU met. The European Union (EU) said so."),
        accepted(
            "Headline\n\nThe TUC met. The Trades Union Congress (TUC) said so.",
            tables=(("consistency", {"known-abbreviations": ["TUC"]}),),
        ),
        accepted("DUP wins vote\n\nThe Democratic Unionist Party (DUP) voted."),
        accepted("Headline\n\nShe spoke at the COP29 summit (COP29) in Baku."),
    )

    def check_settings(self, settings) -> None:
        """The [consistency] table, checked before any draft is read (the run calls this)."""
        options(Context(settings))

    def check(self, doc, context: Context):
        known = known_abbreviations() | set(options(context).get("known-abbreviations", ()))
        body_start = min((p.start for p in doc.body), default=0)
        definitions: dict[str, list[tuple[int, int]]] = {}
        for paragraph in doc.paragraphs:
            for match in _DEFINITION.finditer(doc.prose, paragraph.start, paragraph.end):
                abbreviation = match.group(1)
                start = _spelled_out(doc.prose, paragraph.start, match.start(), abbreviation)
                if start is not None:
                    definitions.setdefault(abbreviation, []).append((start, match.end()))
        for abbreviation, places in definitions.items():
            first_start, first_end = places[0]
            spelled = doc.text[first_start:first_end]
            if abbreviation not in known:
                used = re.compile(rf"(?<![\w(]){re.escape(abbreviation)}(?![\w)])")
                early = used.search(doc.prose, body_start, first_start)
                if early:
                    yield self.finding(
                        doc,
                        early.start(),
                        early.end(),
                        f'"{abbreviation}" is used here before the story spells it out '
                        f'("{spelled}", later).',
                        related=[(first_start, first_end, "spelled out here")],
                    )
            for start, end in places[1:]:
                yield self.finding(
                    doc,
                    start,
                    end,
                    f'"{abbreviation}" is spelled out again here; after the first '
                    f'reference, "{abbreviation}" alone will do.',
                    suggestions=[abbreviation],
                    related=[(first_start, first_end, "first spelled out here")],
                )
