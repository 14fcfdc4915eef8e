"""G303: a singular count noun with no article after a preposition ("As way to start").

"As way to start", "with plentiful supply of grass": a noun like "way" or "supply" is hardly
ever written without a determiner in the singular, where "by car", "at school", "in
hospital" or "as chairman" are. Which nouns are which is measured, not listed by hand:
``scripts/build_missing_words_data.py`` tags openly licensed text (Universal Dependencies
English treebanks, Wikipedia articles of WikiText, Project Gutenberg books, State of the Union
addresses), finds every noun phrase with a singular noun at its head right after a
preposition (``missing_words.noun_phrase``, the same reading this rule makes of a draft) and
keeps the nouns that are almost never bare there (``newslint/data/determined_nouns.txt``);
a scan of 76 million words of English Wikipedia for "preposition (determiner) noun" adds the
common nouns the tagged text is too small to know ("in a statement", "for the team").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import lexicon as lx
from ..datafiles import data_lines
from ..rule import Context, Rule, accepted, flagged
from .missing_words import (
    DETERMINER_WORDS,
    PREPOSITIONS,
    counted_after,
    headline_style,
    noun_phrase,
    tokens_at,
)

_ADJECTIVE_TAGS = frozenset(("JJ", "JJR", "VBN", "VBG", "HYPH"))


@lru_cache(maxsize=1)
def determined_nouns() -> dict[str, tuple[bool, frozenset[str], frozenset[str]]]:
    """Singular count nouns that are almost never bare after a preposition ("way", "supply"):
    noun -> (a person, the prepositions after which it was seen with a determiner and
    almost never bare: "in" for "row", so "in row" is read and "by way of" is not; those of
    them after which it is as seldom bare with a describing noun before it: not "on" for
    "day", since "on election day" is usual)."""
    found = {}
    for line in data_lines("determined_nouns.txt"):
        noun, _, _, person, attested, compound = line.split("\t")
        found[noun] = (
            person == "person",
            frozenset(attested.split(",")) - {""},
            frozenset(compound.split(",")) - {""},
        )
    return found


_WORD = re.compile(r"[a-z][a-z'-]*|,")


@lru_cache(maxsize=1)
def bare_noun_contexts() -> frozenset[tuple[str, str]]:
    """A word and a preposition after which singular nouns are mostly bare in the measured
    text ("lack of evidence", "fit for purpose"), from ``bare_noun_contexts.txt``."""
    return frozenset(tuple(line.split(" ")) for line in data_lines("bare_noun_contexts.txt"))


@lru_cache(maxsize=1)
def determined_adjectives() -> dict[str, str]:
    """Adjectives that open a singular noun phrase only after an article in the measured
    text, with the article they take ("same" -> "the", "single" -> "a"), from
    ``determined_adjectives.txt``."""
    rows = (line.split("\t") for line in data_lines("determined_adjectives.txt"))
    return {row[0]: row[3] for row in rows}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """The measured nouns, the nouns measured after "be" and the adjectives, in one scan."""
    words = set(determined_nouns()) | determined_complements() | set(determined_adjectives())
    return re.compile(rf"(?<![\w'’-])(?:{lx.alternation(words)})(?![\w'’-])")


BE_FORMS = frozenset(("is", "was", "are", "were", "be", "been", "being", "'s", "’s", "am"))


def after_be(words: list[str], tags: list[str], before: int) -> bool:
    """Is the word at ``before`` (adverbs stepped over) a form of "be" used as a verb?"""
    while before >= 0 and tags[before] == "RB":
        before -= 1
    return before >= 0 and words[before].lower() in BE_FORMS and tags[before].startswith("VB")


def _existential(words: list[str], tags: list[str], before: int) -> bool:
    """Is the form of "be" at ``before`` (adverbs stepped over) that of "there is"?"""
    while before >= 0 and tags[before] == "RB":
        before -= 1
    return before > 0 and words[before - 1].lower() == "there"


@lru_cache(maxsize=1)
def determined_complements() -> frozenset[str]:
    """Nouns never seen bare after a form of "be" in the measured text ("is a good idea"),
    from ``determined_complements.txt``."""
    return frozenset(line.split("\t")[0] for line in data_lines("determined_complements.txt"))


@lru_cache(maxsize=1)
def determined_objects() -> frozenset[str]:
    """Nouns almost never bare as a verb's object with an adjective before them ("creating a
    warm atmosphere"), from ``determined_objects.txt``."""
    return frozenset(line.split("\t")[0] for line in data_lines("determined_objects.txt"))


_LINKING_VERBS = frozenset(
    (
        *("be", "is", "was", "are", "were", "been", "being", "am", "'s", "’s"),
        *("have", "has", "had", "having", "become", "becomes", "became", "becoming"),
        *("remain", "remains", "remained", "remaining", "seem", "seems", "seemed"),
        *("turn", "turns", "turned", "get", "gets", "got"),
    )
)
_NOT_ADJECTIVES = DETERMINER_WORDS | frozenset(("little", "first", "second", "third", "fourth", "fifth", "top"))


def object_with_adjective(words: list[str], tags: list[str], first: int, k: int, before: int) -> bool:
    """Is the phrase from ``first`` (after its determiner, if any) to the noun at ``k`` the
    object of a verb at ``before`` (or of a verb and its particle: "set up"), with an
    adjective and no noun describing the noun ("creating warm atmosphere")? Not after a
    linking verb ("became good friend"), nor with an ordinal or quantifier ("took second
    place", "played little role")."""
    verb = before - 1 if tags[before] == "RP" and before > 0 else before
    if not tags[verb].startswith("VB") or words[verb].lower() in _LINKING_VERBS:
        return False
    modifiers = range(first, k)
    if any(tags[i].startswith("NN") or words[i].lower() in _NOT_ADJECTIVES for i in modifiers):
        return False
    return any(tags[i] in ("JJ", "JJR") for i in modifiers)


_BE_BEFORE = re.compile(r"(?<![\w'’-])(?:is|was|are|were|be|been|being|am|['’]s)((?:[ \t]+[a-z]+){0,3})[ \t]+$")
_AROUND = re.compile(r"([a-z][a-z'-]*)[ \t]+$")
_NEXT = re.compile(r"[ \t]+([a-z][a-z-]*)")


def _noun_follows(folded: str, end: int) -> bool:
    """The word after ``end`` can only be a noun ("car theft"): the noun before it is not a head."""
    after = _NEXT.match(folded, end)
    return after is not None and set(lx.tags(after.group(1))) == {"n"}


def _preposition_near(folded: str, offset: int, start: int, noun: str) -> bool:
    """A preposition among the four words before ``offset``, with no determiner between,
    after which ``noun`` was measured, not in a context of bare nouns ("lack of"): the
    look that spares tagging a sentence that cannot hold a finding."""
    words = _WORD.findall(folded[max(start, offset - 80) : offset])[-5:]
    for i in range(len(words) - 1, max(-1, len(words) - 5), -1):
        word = words[i]
        if word in PREPOSITIONS:
            if word not in determined_nouns()[noun][1]:
                return False
            if word == "to" and i == len(words) - 1 and "v" in lx.tags(noun):
                return False  # "to start", "to visit": a verb the tagger may take for a noun
            return i == 0 or (words[i - 1], word) not in bare_noun_contexts()
        if word in DETERMINER_WORDS or word.endswith("'s"):
            return False
    return False


_PARTICLES = frozenset(("up", "out", "down", "off"))


def _verb_and_adjective_before(folded: str, offset: int, start: int) -> bool:
    """The look before tagging for "created warm atmosphere": before ``offset``, one to three
    words that may be adjectives (or that the lexicon does not know: "vietnamese"), and
    before them a word that may be a verb (a particle between: "set up")."""
    words = _WORD.findall(folded[max(start, offset - 80) : offset])[-6:]
    i = len(words) - 1
    while i >= 0 and len(words) - i <= 3 and _may_be_adjective(words[i]):
        i -= 1
    if i == len(words) - 1 or i < 0:
        return False
    if words[i] in _PARTICLES and i > 0:
        i -= 1
    return "v" in lx.tags(words[i]) and words[i] not in _LINKING_VERBS


def _may_be_adjective(word: str) -> bool:
    if word in DETERMINER_WORDS or word in PREPOSITIONS or word in _LINKING_VERBS or word in _PARTICLES:
        return False
    if word == ",":
        return True  # "warm, welcoming"
    tags = lx.tags(word)
    return not tags or "a" in tags


def _may_open_a_bare_phrase(folded: str, match: re.Match, start: int) -> bool:
    """The look before tagging for "at same time": the word before the adjective is a
    preposition or may be a verb, and the word after it may be a noun or an adjective."""
    before = _AROUND.search(folded, max(start, match.start() - 30), match.start())
    after = _NEXT.match(folded, match.end())
    if before is None or after is None:
        return False
    previous = before.group(1)
    if previous not in PREPOSITIONS and "v" not in lx.tags(previous):
        return False
    return "n" in lx.tags(after.group(1))


def _bare_by_rule(words: list[str], tags: list[str], start: int, k: int, before: int) -> bool:
    """Frames in which English writes a singular noun bare: nouns paired by "and" or "or"
    ("minister of environment and energy", "by land or sea"), a range ("a moderate to large
    role"), a gerund with its object ("from setting foot in")."""
    if k + 2 < len(words) and words[k + 1] in ("and", "or", "&") and tags[k + 2] in ("NN", "JJ", "NNS"):
        return True
    if words[before].lower() == "to" and before > 0 and tags[start] in ("JJ", "JJR", "CD"):
        previous = words[before - 1].lower()
        if tags[before - 1] in ("JJ", "JJR", "RB", "CD") or "a" in lx.tags(previous):
            return True  # "a moderate to large role", "a two to three hour drive"
    return tags[start] == "VBG"


class MissingArticle(Rule):
    """A singular noun with no article after a preposition ("As way to", "at same time").

    *What it flags*: a singular count noun with no article or other determiner right after a
    preposition, describing words allowed between ("As way to begin", "the effect of
    physical environment"), the same noun as a verb's object with an adjective before it
    when it was measured as almost never bare there too ("created warm atmosphere", "set up
    Vietnamese flag"), and a singular noun opened by "same", "whole", "only", "very"
    or "single" with no article, after a preposition or a verb ("at same time", "won whole
    race"), and a singular noun after a form of "be" that was never seen bare there ("it
    was good idea"). Everything is measured on openly licensed text (treebanks, Wikipedia,
    public-domain books and speeches), not listed by hand: a noun is read only after the
    prepositions it was seen with, with a determiner, at least three times and never bare
    in tagged text, or twenty times and bare in at most 2% in Wikipedia ("in a row", "as a
    way", "in a statement"), so "by car", "at school", "in hospital", "under oath" and "into
    question" are never flagged; no noun is read after a word and preposition that mostly
    take a bare noun ("lack of", "fit for"), and the adjectives are those seen bare in at
    most 1.5% of their noun phrases.

    *Why it matters*: a dropped article is among the commonest slips of fast or second-
    language writing, and a spell checker passes it.

    *Flagged*: "As way to cut costs, the council shut two depots."

    *Preferred*: "As a way to cut costs, the council shut two depots."

    *Options*: none; switch the rule off or re-grade it with ``G303`` in the configuration.

    *Known limits*: advice (info), since about one finding in five on clean news copy is an
    idiom the measured text is too small to know ("in range", "with edge", "is spot on").
    Left alone: a noun phrase with a name in it ("by British Council", "at Manchester
    airport"; a nationality is no name: "at Chinese embassy" is read), nouns paired by
    "and" or "or" ("minister of environment and energy"), a range ("a moderate to large
    role"), a gerund and its object ("from setting foot in"), a passive verb after "be"
    ("was denied due process"), "there is" (a mass sense: "there is comfort in"), headlines
    without a full stop, headings, list items and captions (headline style drops
    articles), nouns rarely seen in the measured text, and a verb's object with no
    adjective before it ("took place", "made way") or with an ordinal or quantifier ("took
    second place", "played little role"), or after a linking verb ("became good friend").
    Direct quotations are checked: the slip is usually the transcriber's.
    """

    code = "G303"
    name = "missing-article"
    family = "grammar"
    severity = "info"
    needs = ("lexicon", "tags")
    examples = (
        accepted(""),
        accepted("As a way to cut costs, the council shut two depots."),
        flagged("As way to cut costs, the council shut two depots.", "way"),
        flagged("The study measured the effect of physical environment on crops, Zoë Müller said.", "physical environment"),
        flagged("“We did it as way to save money,” said José Álvarez.", "way"),
        flagged('"We did it as way to save money," said José Álvarez.', "way"),
        flagged("Crop study\n\nThey measured the effect of physical environment", "physical environment"),
        flagged("Police and firefighters arrived at same time.", "same time"),
        flagged("Officials said it was good idea to wait.", "good idea"),
        accepted("Police and firefighters arrived at the same time."),
        accepted("She went by car to school, stayed in hospital and served as chairman."),
        accepted("By way of thanks, work got under way in a calm environment."),
        accepted("He served as captain; the effect of British Council policy was small."),
        flagged("Shares fell 4% at Italian bank on Monday, Zoë Müller said.", "Italian bank"),
        accepted("Flights left from Manchester airport and landed at the Italian airport."),
        flagged("The band created warm atmosphere in the hall, Zoë Müller said.", "warm atmosphere"),
        accepted("The band created a warm atmosphere, took second place and played little role in the final."),
        accepted("The minister of environment and transport backed a moderate to large role for towns."),
        accepted("Fears grow over effect of physical environment"),
        flagged("The minister said in statement that talks would resume.", "statement"),
        accepted("Voters queued early on election day, officials said."),
    )

    def check(self, doc, context: Context):
        from .. import (
            pronunciation,  # its table loads only when there is something to say
        )

        vocabulary = doc.analysis("lexicon")
        folded = vocabulary.folded
        nouns, complements, adjectives = determined_nouns(), determined_complements(), determined_adjectives()
        for p, match in vocabulary.matches(_pattern()):
            paragraph = doc.paragraphs[p]
            if headline_style(doc, paragraph):
                continue
            word = match.group()
            reading = None
            if word in adjectives:
                reading = _after_adjective(doc, folded, paragraph.start, match)
            elif doc.text[match.start()].islower() and not _noun_follows(folded, match.end()):
                # not "on Bhutanese Clock" (a name) nor "in car theft" (a describing noun)
                if word in nouns:
                    reading = _after_preposition(doc, folded, paragraph.start, match)
                if reading is None and word in complements:
                    reading = _after_be(doc, folded, paragraph.start, match)
                if reading is None and word in nouns and word in determined_objects() and _verb_and_adjective_before(folded, match.start(), paragraph.start):
                    # measured twice: almost never bare after a preposition nor as an object
                    reading = _after_verb(doc, match)
            if reading is None:
                continue
            tokens, start, k, before = reading
            first = tokens[start]
            phrase = doc.text[first.start : tokens[k].end]
            article = pronunciation.article_for(first.text) or "a"
            taken = adjectives.get(first.text)
            if taken:  # "the same day", "a single vote": the article the adjective takes
                suggestions = [f"{article if taken == 'a' else 'the'} {phrase}"]
                said = f"\"{suggestions[0]}\""
            else:
                suggestions = [f"{article} {phrase}", f"the {phrase}"]
                said = f"\"{suggestions[0]}\" or \"{suggestions[1]}\""
            yield self.finding(
                doc,
                first.start,
                tokens[k].end,
                f"\"{tokens[before].text} {phrase}\": check whether an article is missing ({said}).",
                suggestions=suggestions,
            )


def _tagged_at(doc, offset: int):
    """(tokens, words, tags, index of the token starting at ``offset``) or None."""
    found = tokens_at(doc, offset)
    if found is None:
        return None
    tokens, k = found
    return tokens, [t.text for t in tokens], [t.tag for t in tokens], k


def _bare_phrase_at(doc, offset: int):
    """(tokens, words, tags, head, phrase start, word before) when the noun at ``offset`` heads
    a noun phrase with no determiner and a word before it, else None."""
    tagged = _tagged_at(doc, offset)
    if tagged is None:
        return None
    tokens, words, tags, k = tagged
    reading = noun_phrase(words, tags, k)
    if reading is None:
        words, tags = national_adjectives_lowered(words, tags, k)
        reading = noun_phrase(words, tags, k)
    if reading is None:
        return None
    first, determined, before = reading
    if determined or before < 0:
        return None
    return tokens, words, tags, k, first, before


_NATIONAL_ENDINGS = ("ese", "ian", "ean", "ish", "can")


def national_adjectives_lowered(words: list[str], tags: list[str], k: int):
    """``words`` and ``tags`` with the capitalised adjectives before the noun at ``k`` read
    as lower-case adjectives: "on Bhutanese clock", "set up Vietnamese flag" hold no name, so
    they are read like "on local clock"; "at Manchester airport" does (a place name, tagged
    NNP), and a noun phrase with a name in it stays unread. A capitalised word is an
    adjective when the tagger says so ("Vietnamese", "Iraqi") or when it is tagged as a name
    but ends like a nationality ("Bhutanese", "Tanzanian")."""
    words, tags = list(words), list(tags)
    j = k - 1
    while j > 0 and words[j][:1].isupper() and words[j][1:].islower():
        national = tags[j] == "JJ" or (tags[j] == "NNP" and words[j].endswith(_NATIONAL_ENDINGS))
        if not national:
            break
        words[j], tags[j] = words[j].lower(), "JJ"
        j -= 1
    return words, tags


def _after_preposition(doc, folded: str, start: int, match: re.Match):
    """(tokens, phrase start, head, word before) when the measured noun of ``match`` heads a
    bare phrase straight after a preposition it was measured with ("As way to"), else None."""
    if not _preposition_near(folded, match.start(), start, match.group()):
        return None
    phrase = _bare_phrase_at(doc, match.start())
    if phrase is None:
        return None
    tokens, words, tags, k, first, before = phrase
    if not counted_after(words, before, k):
        return None
    if words[first].lower() in determined_adjectives():
        return None  # "at same time": read from the adjective
    prep = words[before].lower()
    person, attested, compound = determined_nouns()[words[k]]
    if prep not in attested or person and prep == "as":
        return None  # "by way of", "under oath": not measured as determined; "as chair": a role
    if prep not in compound and any(tag.startswith("NN") for tag in tags[first:k]):
        return None  # "on election day", "in coal country": usual with a describing noun
    if before > 0 and (words[before - 1].lower(), prep) in bare_noun_contexts():
        return None  # "lack of background", "fit for purpose": a bare noun is usual there
    if prep == "to" and "v" in lx.tags(words[k]):
        return None  # "to start", "to visit": a verb the tagger may take for a noun
    if _bare_by_rule(words, tags, first, k, before):
        return None
    return tokens, first, k, before


def _after_be(doc, folded: str, start: int, match: re.Match):
    """(tokens, phrase start, head, word before) when the noun of ``match``, never seen bare
    after a form of "be", heads a bare phrase there ("is good idea"), else None."""
    be = _BE_BEFORE.search(folded, max(start, match.start() - 60), match.start())
    if be is None or any(w in DETERMINER_WORDS or w.endswith("'s") for w in be.group(1).split()):
        return None  # no "is" in the three words before, or a determiner between
    phrase = _bare_phrase_at(doc, match.start())
    if phrase is None:
        return None
    tokens, words, tags, k, first, before = phrase
    if not after_be(words, tags, before):
        return None
    if any(tag in ("VBN", "VBG", "RB") for tag in tags[first:k]):
        return None  # "be denied due process", "was running committed mistake": verbs
    if _existential(words, tags, before):
        return None  # "there is comfort in": a mass sense, the commonest use there
    if words[first].lower() in determined_adjectives():
        return None  # "is same age": read from the adjective
    if _bare_by_rule(words, tags, first, k, before):
        return None
    return tokens, first, k, before


def _after_adjective(doc, folded: str, start: int, match: re.Match):
    """(tokens, phrase start, head, word before) when the adjective of ``match``, measured
    as always after an article, opens a bare singular phrase after a preposition or a verb
    ("at same time", "won whole race"), else None."""
    if not _may_open_a_bare_phrase(folded, match, start):
        return None
    tagged = _tagged_at(doc, match.start())
    if tagged is None:
        return None
    tokens, words, tags, j = tagged
    if tags[j] != "JJ" or not words[j].islower():
        return None
    k = j + 1
    while k < len(tags) and k <= j + 3 and tags[k] in _ADJECTIVE_TAGS:
        k += 1
    if k >= len(tags) or tags[k] != "NN":
        return None
    reading = noun_phrase(words, tags, k)
    if reading is None:
        return None
    first, determined, before = reading
    if determined or first != j or before < 0:
        return None
    if not (words[before].lower() in PREPOSITIONS or tags[before].startswith("VB")):
        return None
    if _bare_by_rule(words, tags, first, k, before):
        return None
    return tokens, first, k, before


def _after_verb(doc, match: re.Match):
    """(tokens, phrase start, head, word before) when the noun of ``match``, almost never bare
    as a verb's object with an adjective, heads such a bare phrase ("creating warm
    atmosphere", "set up Vietnamese flag"), else None."""
    phrase = _bare_phrase_at(doc, match.start())
    if phrase is None:
        return None
    tokens, words, tags, k, first, before = phrase
    if not object_with_adjective(words, tags, first, k, before):
        return None
    if words[first].lower() in determined_adjectives():
        return None  # "won whole race": read from the adjective
    if _bare_by_rule(words, tags, first, k, before):
        return None
    return tokens, first, k, before
