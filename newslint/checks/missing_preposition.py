"""G304: a word that needs its preposition ("according the report", "peaked a level")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import lexicon as lx
from ..datafiles import data_lines
from ..english import MONTHS, OBJECT_ONLY_PRONOUNS, WEEKDAYS
from ..rule import Context, Rule, accepted, flagged

# Words that never stand before a noun phrase without their preposition: "according to",
# "regardless of", "irrespective of", "in spite of", "in front of"; and "as well as" after a
# noun ("fruits as well as timber").
_NEEDS_PREPOSITION = {
    "according": "to", "regardless": "of", "irrespective": "of", "in spite": "of", "in front": "of", "as well": "as"
}
# Determiners that open a noun phrase and are nothing else ("that" and "this" may be
# pronouns or open a clause: "in front that sloped down").
_PHRASE_DETERMINERS = frozenset("the a an his their our my your every each".split())
# The counted words (scripts/build_governed_words.py): a word, the preposition it takes
# before a noun phrase, and how often Wikipedia writes it with and without that preposition.
GOVERNED_FILE = "governed_words.txt"
# What opens a noun phrase in those counts: these words, a capitalised word or a number.
OPENERS = tuple("the a an his her their its our my your this these those every each".split())
# Quantity nouns that take "of" before a plural ("a number of people"): none of them stands
# straight before a plural noun that is nothing else ("a lot people") in the 3.3 million
# words of the counting texts (missing_words_sources.txt), PolNeAR and the dev corpus.
_QUANTITIES = (
    "lot|number|handful|bunch|variety|series|range|majority|host|array|multitude|pair|group"
    "|total|percentage|portion|share"
)
# Nouns of a round number, and "plenty", that take "of" before a plural ("thousands of
# years"), read where nothing counts them ("540 millions years", "a few hundreds years": there
# the number word itself is the slip, G202's).
_COUNTING_NOUNS = re.compile(
    r"(?<![\w'’-])(plenty|lots|dozens|hundreds|thousands|millions|billions)[ \t\u00a0]+([a-z][\w'’-]*)(?![\w'’-])"
)
_COUNTED_BEFORE = re.compile(
    r"(?:\b(?:a|an|one|few|several|many|some|of|dozen|hundred|thousand|million"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)|\d)[ \t\u00a0]+$"
)
_G304 = re.compile(
    r"(?<![\w'’-])(according|regardless|irrespective|in spite|in front|as well|a couple"
    rf"|a (?:{_QUANTITIES}))[ \t\u00a0]+"
    r"((?:[\"“‘'][ \t]?)?)([a-z][\w'’-]*)"
)


# A word for part of a whole takes "of" before a determiner or a personal pronoun: "most of
# the rainfall", "some of his friends", "none of them" ("all the", "both the", "half the"
# and "each the size of" are English, and not read). Not after "at", "the", "a" or a
# preposition ("at most the", "the most the team could hope for", "for some the idea was
# new": a phrase of its own before a clause), nor before a determiner after a verb that takes
# two objects ("gave many the impression"), nor "none the" before a comparative.
_PART_OF = re.compile(
    r"(?<![\w'’-])(most|some|many|several|none|few)[ \t]+"
    r"(the|these|those|his|her|their|our|my|your|its|them|us)(?![\w'’-])"
)
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)[ \t]+$")
_NEXT = re.compile(r"[ \t]+([a-z]+)")
_PART_OPENERS = frozenset(("at", "the", "a", "an"))
_COMPARED = frozenset(("worse", "better", "less", "more", "wiser", "poorer", "richer"))
_TWO_OBJECT_VERBS = frozenset(
    " ".join(
        f"{base} {forms}"
        for base, forms in (
            ("give", "gives gave given giving"),
            ("offer", "offers offered offering"),
            ("show", "shows showed shown showing"),
            ("tell", "tells told telling"),
            ("teach", "teaches taught teaching"),
            ("bring", "brings brought bringing"),
            ("send", "sends sent sending"),
            ("lend", "lends lent lending"),
            ("grant", "grants granted granting"),
            ("deny", "denies denied denying"),
            ("cost", "costs costing"),
            ("owe", "owes owed owing"),
            ("promise", "promises promised promising"),
            ("earn", "earns earned earning"),
            ("leave", "leaves left leaving"),
            ("afford", "affords afforded affording"),
            ("allow", "allows allowed allowing"),
            ("save", "saves saved saving"),
        )
    ).split()
)


@lru_cache(maxsize=1)
def _frame_pattern() -> re.Pattern:
    """A verb form of the frames table followed by a word that opens a noun phrase."""
    from . import verb_frames as vf

    forms = lx.alternation(vf.forms())
    openers = "|".join(sorted(vf.DETERMINERS | OBJECT_ONLY_PRONOUNS))
    return re.compile(rf"(?<![\w'’-])({forms})[ \t]+(?:{openers})(?![\w'’-])")


# A form of "be", then up to two words (adverbs: "was later widely"), before a participle.
_AFTER_BE = re.compile(r"(?<![\w'’-])(?:be|is|are|was|were|been|being|am)(?:\s+[a-z]+){0,2}\s+$")


_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)

# A year of the kind a date names (G304 and G318).
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# A form of "be", up to two words (adverbs: "was first officially"), a participle, then a
# year, or a month's full name and a year, with no preposition: "was held March 1990".
_FULL_MONTHS = "|".join(name for name in MONTHS if len(name) > 4 or name in ("may", "june", "july"))
_PASSIVE_DATE = re.compile(
    r"(?<![\w'’-])(?:is|are|was|were|be|been|being)(?:\s+[a-z]+){0,2}?\s+([a-z]+)\s+"
    rf"((?:(?:{_FULL_MONTHS})\s+)?)({YEAR})(?![\w'’-])"
)
# Verbs whose participle takes a date as its complement ("was dated 1964"), and "be" and
# "have" themselves ("the year was 1999").
_DATE_COMPLEMENTS = frozenset("been being had dated".split())
# What may follow the year and make it part of a longer phrase: a range, a list, a
# possessive ("released 2009 album", "held 1990–94", "was won 1999 and 2003"); tags as well.
_AFTER_YEAR_WORDS = frozenset("- – — / to and or 's ’s".split())
# The tags of a word after a date that the date describes ("released 2009 album", "in August
# 17 premiere"): a noun, an adjective, a figure, a possessive, a hyphen or an -ing form (G304
# and G318).
DESCRIBED_TAGS = ("NN", "JJ", "CD", "POS", "HYPH", "VBG")


# Tags before an adjective that make it part of the noun phrase after it ("the paths to
# dependent DLLs", "a majority of responsible British officers"), not a word governing one.
_ATTRIBUTIVE_BEFORE = frozenset("DT IN TO PRP$ POS WP$ CD".split())


@lru_cache(maxsize=1)
def governed_words() -> dict[str, str]:
    """Word → the preposition it takes before a noun phrase (``data/governed_words.txt``)."""
    table = {}
    for line in data_lines(GOVERNED_FILE):
        word, preposition, _, _ = line.split("\t")
        table[word] = preposition
    return table


@lru_cache(maxsize=1)
def _governed_pattern() -> re.Pattern:
    """A counted word, then (past an opening quotation mark) what opens a noun phrase: one of
    ``OPENERS``, or a word or number to be checked for its capital letter in the prose."""
    words = lx.alternation(governed_words())
    return re.compile(
        rf"(?<![\w'’.-])({words})[ \t\u00a0]+([\"“‘][ \t]?)?([a-z][\w'’-]*|\d[\d,.]*)"
    )


class MissingPreposition(Rule):
    """A word that needs its preposition, written without it ("according the report").

    *What it flags*: "according" not followed by "to" ("according the minister", "according
    “The Economist”"); "regardless", "irrespective", "in spite" and "in front" followed at
    once by a determiner ("regardless the cost", "in front the town hall"), and "in front"
    by "him", "them", "me" or "us" ("in front us"; all 400 Wikipedia files write "in front
    of" them 125 times and never without "of"); "a lot", "a
    number", "a handful", "a variety", "a series", "a range", "a majority" and other quantity
    nouns straight before a plural noun ("a number people"); and, as advice, "a couple"
    before a plural noun ("a couple weeks", for "a couple of weeks"). So are "plenty",
    "lots" and the nouns of a round number, "dozens" to "billions", straight before a plural noun
    where no number or counting word stands before them ("thousands years ago", "millions
    people", "plenty options"; not "540 millions years" or "a few hundreds years", where the
    number word is the slip, G202's, nor a name, "Millions Knives", nor in direct quotations,
    where it may be dialect: "We got plenty boys"). Measured (2026-12-05): over the 300
    Wikipedia AA/AB/AC files, the Gutenberg books and the presidents' addresses 6
    findings, all slips ("thousands years ago", "hundreds kilograms of material", "hundreds
    others", "thousands citizens") but for Huckleberry Finn's "plenty times"; over the clean
    copy of Wikipedia AD_80-99, the dev corpus, web text and EWT one, a slip ("instantly
    provided hundreds kilograms of material"). A plural noun is one that is nothing else, or
    one the tagger reads as a plural noun there ("a lot people", "a variety goods"), but not
    a verb's form in -s after "a lot" and the like, which may be the verb of that singular
    subject ("where a majority rules", "a group plans to"). That reading, and "lots", added
    (2026-12-06) no finding and lost none over Wikipedia text_AD_wiki_80..99, the dev
    corpus, its docs and clean drafts, nor over 1,159 more Wikipedia articles (22 MB).
    Describing words may stand between, up to three, when the plural is nothing else ("a
    number large and imposing villas", "a couple stray applicants"; not a comparative: "a
    lot more people", "a lot older players"; nor an "-ing" form: "a group including several
    members"): over the same text 4 findings more, each of that kind.

    Also "as well" straight before a determiner after a noun, a comma or a closing bracket,
    with no "as": "fruits as well the export of lumber", "(le Metro), as well a regional
    train line" (not an adverb after a verb or adjective: "made as well the Top 20", "is
    constant as well the expression can be", "just as well the plan failed"). Measured
    (2026-12-06): on Wikipedia text_AD_wiki_80..99 and the dev corpus, its docs and clean
    drafts 3 findings, on 1,159 more Wikipedia articles 2 (one the same sentence), all
    slips; without the noun before it, 2 more, both wrong (those two). On the real errors of
    ``scripts/eval_real_edits.py`` it found none and made one finding at a word no annotator
    touched on the held-out half (not read).

    Also "most", "some", "many", "several", "none" and "few" straight before a determiner
    or a personal pronoun, with no "of": "Most the rainfall", "spent most his life", "none
    them" ("all the", "both the", "half the", "each the size of" are English and not read).
    Not after "at", "the", "a" or a preposition ("at most the", "the most the club could
    hope for", "for some the idea was new": a phrase of its own before a clause), nor before
    a determiner after a verb that takes two objects ("gave many the impression"), nor "none
    the" before a comparative ("none the worse"). Measured (2026-12-06): on Wikipedia
    text_AD_wiki_80..99 and the dev corpus, its docs and clean drafts (3.4 million words) 7
    findings, all slips ("Most the rainfall", "contains many his paintings", "retained some
    its earlier form", and in the dev corpus's published news "Intel showcased some its
    motherboards"); on 1,159 more Wikipedia articles (22 MB) one, a slip ("most his").

    Also, as advice, a verb that essentially never takes a noun phrase straight after it,
    followed by one opened by an article or a possessive: "unemployment peaked a level not
    seen since 1970" ("peaked at a level"), "the closure resulted a drop in trade", and a
    passive's participle likewise ("the area was used a grazing ground": "used as"). Which
    verbs comes from counts over tagged Wikipedia and public-domain speeches
    (``checks/verb_frames.py``, ``data/verb_frames_sources.txt``): a form followed by a word
    at least 200 times and by an object of its own in at most one use in 200 (an active
    verb's other forms too, in one use in 100, and seldom by an adjective: "look", "seem"
    are not judged; a passive's participle at least 1,000 times and in at most one use in
    1,000); the suggestions are the two prepositions it most often takes before such a
    phrase. So is such an active verb followed by "him", "them", "me" or "us", pronouns
    that are only objects ("listen him talking", "rely them": "listen to him", "rely on
    them"; ``english.OBJECT_ONLY_PRONOUNS``), unless a particle or a preposition the verb
    often takes follows the pronoun ("wait them out", "refers him to a specialist").
    Measured (2026-12-07): over the 2,295 sentences of all 400 Wikipedia files with such a
    verb before such a pronoun, and over Wikipedia AD_80-99, PolNeAR and the dev corpus, no
    finding ("differs him from" and "refers him to" were left out by the preposition
    after); on the learners' essays of ``scripts/eval_real_edits.py --sources wi-c``, one,
    right ("I love to listen him talking").

    Also, as advice, an adjective (so the tagger reads it there) that Wikipedia hardly ever
    writes straight before a noun phrase without its preposition, so written: "the delay was
    due the drought" ("due to"), "a style reminiscent the 1960s" ("reminiscent of"). Which
    words, and which preposition, come from counts over 380 of the 400 Wikipedia files
    (``data/governed_words.txt``, built by ``scripts/build_governed_words.py``): before a
    determiner, a possessive or a capitalised word, the word is written with one preposition
    at least 100 times and without any in at most one use in 100.

    Also a passive's participle followed straight by a year, or by a month and a year,
    with no preposition: "the first election was held March 1990" ("held in March 1990").
    A passive takes no object, and a date with no day is joined by "in"; a weekday or a
    full date may stand bare in news style ("was held Tuesday", "was signed March 3, 2009")
    and is left alone, as are "was dated 1964" (a date is its complement), a year that opens
    a longer phrase ("was released 2009 album", "was held 1990-94", "in 1999 and 2003") and
    a lower-case "may". Measured (2026-12-02): on the 3.2 million words of Wikipedia left
    out of every count (text_AD_wiki_80..99) and the dev corpus's 156,000 words of news, 5
    findings, all slips (of the kind "was opened June 2012", "was patented 1908"); on real
    writers' errors (``scripts/eval_real_edits.py``) one on each half, each on an agreed
    missing "in", none at words no annotator touched; on five more Wikipedia files
    (text_AB_wiki_00..04, 820,000 words) one finding, a slip; on the State of the Union
    and inaugural addresses, none. Not read (measured the same day on
    the same text): an active verb that the frames say takes no object before a date (no
    finding at all), and a month and a year straight after any verb or noun (14 findings,
    about half of them slips: "the year ending", "starting", "(born ...)" are right; none
    more on either half of the real errors).

    *Why it matters*: these words only join a noun through their preposition; without it
    the sentence reads as a slip, and a spell checker passes it.

    *Flagged*: "The vote was delayed, according the minister."

    *Preferred*: "The vote was delayed, according to the minister."

    *Options*: none; switch the rule off or re-grade it with ``G304`` in the configuration.

    *Known limits*: "according as" and "regardless," (an adverb) are left alone, as are
    "Regardless" opening a sentence (an adverb short of its comma), "regardless whether",
    "in front" with no article after it or after a comma or "and" ("behind, the sea; in
    front, the harbour" written without its commas), and "according" before an adverb ("according well",
    to agree). "A couple" before a plural
    is informal rather than wrong in American use, so it is reported as advice (info).
    Direct quotations are checked: the missing word cannot be heard.
    The verbs' noun phrase is left alone when it is a phrase of time, measure, way or role
    (its head follows many such verbs in the counts: "arrived the next day", "went the other
    way"), when a verb follows it (the subject of a clause: "it seems the plan works"), when no
    subject stands before the verb (inverted: "then came the war", "on which depends the
    outcome"), in a title ("The Rising The Dead") and in headlines. The counts are
    Wikipedia's: a verb that takes an object in news copy or British use but seldom there is
    a false alarm the counts cannot prevent, hence advice. A passive of a verb that takes
    two objects, rare in Wikipedia, is right ("were provided the code", "had been withdrawn
    the whip"): hence the stricter counts for passives. On 3.2 million words of held-out
    Wikipedia the verbs report 6 phrases, 4 of them slips; on 540,000 words of news copy, none.
    The counted adjectives are left alone before a number ("a twelve sided 50 ngwee coin"), a
    date ("due Tuesday") or a single capital, capitalised before a capitalised word (a name:
    "Centennial Park"), and after a determiner or a preposition (then they describe what
    follows: "the paths to dependent DLLs"); only a word the tagger reads as an adjective (or
    a preposition: "due") is judged: a noun often ends its phrase straight before another
    ("after its liberation the city grew", "the percentage Labour had won"), an adverb too
    ("damaged it so extensively the government fell"), and the verbs are the frames' to judge. On the 3.2 million words of Wikipedia left out of the counts
    (text_AD_wiki_80..99) the adjectives report one phrase, a slip ("due the decrease"); on
    540,000 words of news copy, none. "Due" as owed ("the respect due their office") is a
    right use the counts cannot tell from a slip, hence advice.
    """

    code = "G304"
    name = "missing-preposition"
    family = "grammar"
    severity = "warning"
    needs = ("lexicon", "quotes", "tags")
    examples = (
        accepted(""),
        accepted("The vote was delayed, according to the minister."),
        flagged("The vote was delayed, according the minister.", "according"),
        flagged("According “The Times”, Zoë Müller won.", "According"),
        flagged('"It went ahead regardless the cost," said José Álvarez.', "regardless"),
        flagged("They met in front the town hall a couple weeks ago.", "in front", "a couple"),
        flagged("It happened right in front us.", "in front"),
        flagged("The plan went ahead in spite the protests", "in spite"),
        flagged("A number residents objected, and a handful councillors left.", "A number", "a handful"),
        accepted("A number of residents objected; a majority vote and a series finale followed."),
        # a plural the tagger reads as one, though it is a verb too; and "lots"
        flagged("There were a lot people and a variety goods, and lots friends came.", "a lot", "a variety", "lots"),
        accepted("Where a majority rules, a group plans ahead; they sold the lots and lots of land."),
        flagged("A number large and imposing villas went up, Zoë Müller said.", "A number"),
        flagged("They grow cane and fruits as well the timber, Zoë Müller said.", "as well"),
        accepted("It made as well the Top 20; it was just as well the plan failed, and fruits as well as timber."),
        accepted("There were a lot more people and a lot older players, and a series finale."),
        accepted("A group including several members of the family bought a lot several times."),
        flagged("Most the rainfall comes in winter, and he spent most his life abroad.", "Most the", "most his"),
        flagged("None them came back, Zoë Müller said.", "None them"),
        accepted("At most the team scored twice; the most the club could hope for was a draw."),
        accepted("For some the simplicity was the point, it gave many the impression of calm, and he was none the worse."),
        flagged("The rocks formed thousands years ago, and millions people saw plenty options.", "thousands", "millions", "plenty"),
        flagged("In the war, thousands people died.", "thousands"),
        accepted("Thousands of people came, hundreds more left, and 540 millions years passed in a few hundreds years."),
        accepted("Regardless, the vote went ahead in front of the town hall, as planned."),
        accepted("He sat in front. A couple of weeks later, a couple married; according as they said."),
        flagged("Inflation briefly peaked a rate not reached since 1982.", "peaked a"),
        flagged("“The outcome depends the weather,” said Zoë Müller.", "depends the"),
        accepted("Inflation peaked at a rate not reached since 1982, and the result depends on it."),
        flagged("I love to listen him talk, and they rely them for everything.", "listen him", "rely them"),
        accepted("Fans will wait them out; his doctor refers him to a clinic and listens to him."),
        accepted("Prices peaked the same day. On this vote depends the budget, and it depends the way you ask."),
        flagged("The delay was due the drought, said Zoë Müller.", "due"),
        accepted("The payment was due Tuesday, and the delay was due to the drought."),
        flagged("The first election was held March 1990, Zoë Müller said.", "held March 1990"),
        flagged("“The hall was opened 1875,” said José Álvarez.", "opened 1875"),
        accepted("The election was held in March 1990; the pact was signed March 3, 2009."),
        accepted("The vote was held Tuesday, the year was 1999 and the coins were dated 1964."),
    )

    def check(self, doc, context: Context):
        yield from self._listed(doc)
        yield from self._counting_nouns(doc)
        yield from self._part_without_of(doc)
        judged = set()
        for finding in self._from_frames(doc):
            judged.add(finding.start)
            yield finding
        yield from self._from_counts(doc, judged)
        yield from self._passive_dates(doc)

    def _passive_dates(self, doc):
        """A passive's participle followed straight by a year, or a month and a year, with no
        preposition ("the vote was held March 1990"): a passive takes no object, and a date
        with no day needs "in" (a weekday or a full date may stand bare in news style: "was
        held Tuesday", "was signed March 3")."""
        from .missing_words import headline_style, tokens_at

        vocabulary = doc.analysis("lexicon")
        text = doc.text
        for _, match in vocabulary.matches(_PASSIVE_DATE):
            participle, month = match.group(1), match.group(2)
            if participle in _DATE_COMPLEMENTS:
                continue
            if month and not text[match.start(2)].isupper():
                continue  # "may 2009": not a month
            paragraph = doc.paragraph_at(match.start())
            if paragraph is None or headline_style(doc, paragraph):
                continue
            found = tokens_at(doc, match.start(1))
            if found is None:
                continue
            tokens, i = found
            if tokens[i].tag != "VBN":
                continue  # "was just 1990": no participle
            year = i + (2 if month else 1)
            if year >= len(tokens) or tokens[year].start != match.start(3):
                continue
            if year + 1 < len(tokens):
                after = tokens[year + 1]
                if after.text in _AFTER_YEAR_WORDS or after.tag.startswith(DESCRIBED_TAGS):
                    continue  # "was released 2009 album", "was held 1990–94"
            verb = text[match.start(1) : match.end(1)]
            date = text[tokens[i + 1].start : tokens[year].end]
            yield self.finding(
                doc,
                match.start(1),
                tokens[year].end,
                f"\"{verb} {date}\": a date with no day needs \"in\" after a passive verb"
                f" (\"{verb} in {date}\").",
                suggestions=[f"{verb} in {date}"],
            )

    def _from_counts(self, doc, judged):
        """A word that the counts say is hardly ever written straight before a noun phrase
        without its preposition ("due Americans' familiarity", "say goodbye the old
        stadium"), so written."""
        from .missing_words import headline_style, tokens_at

        vocabulary = doc.analysis("lexicon")
        prose = doc.prose
        table = governed_words()
        for _, match in vocabulary.matches(_governed_pattern()):
            word = match.group(1)
            if word in _NEEDS_PREPOSITION or match.start(1) in judged:
                continue  # "according the", "depends the": the listed words', the verbs' finding
            start, following = match.start(1), match.start(3)
            written = prose[start : match.end(1)]
            if not written.islower() and not vocabulary.starts_sentence(start):
                continue  # "Depending Mode": a title or a name
            if prose[following].isupper():
                name = match.group(3)
                if len(name) < 2 or name in _DATE_WORDS or vocabulary.starts_sentence(following):
                    continue  # "the embassy Tuesday said": a date, not the word's object; "parts A"
                if not written.islower():
                    continue  # "Centennial Park opened": a name
            elif match.group(3) not in OPENERS:
                continue  # a number: "a twelve sided 50 ngwee coin" counts, it is no object
            paragraph = doc.paragraph_at(start)
            if paragraph is None or headline_style(doc, paragraph):
                continue
            found = tokens_at(doc, start)
            if found is None:
                continue
            tokens, i = found
            if tokens[i].tag not in ("JJ", "IN"):
                continue  # a noun ends its phrase ("after its liberation the city grew"); a
                # verb is the frames' to judge ("participate the next time"); an adverb too
                # ("damaged it so extensively the government fell")
            if i > 0 and tokens[i - 1].tag in _ATTRIBUTIVE_BEFORE:
                continue  # "of responsible British officers": it describes what follows
            preposition = table[word]
            shown = prose[following : match.end(3)]
            yield self.finding(
                doc,
                start,
                match.end(1),
                f"\"{written} {shown}\": \"{word}\" is hardly ever written before a noun phrase"
                f" without \"{preposition}\"; check whether \"{written} {preposition}\" was meant.",
                suggestions=[f"{written} {preposition}"],
                severity="info",
            )

    def _from_frames(self, doc):
        """A verb that essentially never takes a noun phrase straight after it, followed by
        one ("unemployment peaked a level"): the counts of ``verb_frames`` say which verbs."""
        from . import verb_frames as vf  # here, not at the top: a cold run need not load them
        from .missing_words import headline_style, tokens_at

        vocabulary = doc.analysis("lexicon")
        folded = vocabulary.folded
        for _, match in vocabulary.matches(_frame_pattern()):
            start = match.start()
            if vf.passive_only(match.group(1)) and not _AFTER_BE.search(folded, max(0, start - 40), start):
                continue  # "said the", "used the": read only in a passive, so not tagged here
            found = tokens_at(doc, start)
            if found is None:
                continue
            tokens, i = found
            if i + 1 >= len(tokens) or not tokens[i].text.islower() or not tokens[i + 1].text.islower():
                continue  # "The Rising The Dead": a title
            paragraph = doc.paragraph_at(start)
            if paragraph is None or headline_style(doc, paragraph):
                continue
            if tokens[i].text in _NEEDS_PREPOSITION:
                continue  # "according the": the listed words' own finding
            counted = vf.lacks_preposition([t.text for t in tokens], [t.tag for t in tokens], i)
            if counted is None:
                continue
            verb, opener = tokens[i].text, tokens[i + 1].text
            # the two prepositions it most often takes before a phrase ("peaked in", "peaked at")
            suggestions = [f"{verb} {preposition} {opener}" for preposition, _ in counted.prepositions[:2]]
            shown = " or ".join(f"\"{s}\"" for s in suggestions)
            yield self.finding(
                doc,
                tokens[i].start,
                tokens[i + 1].end,
                f"\"{verb} {opener}\": \"{verb}\" is hardly ever followed straight by a noun"
                f" phrase; check whether a word is missing ({shown}).",
                suggestions=suggestions,
                severity="info",
            )

    def _counting_nouns(self, doc):
        """"thousands years", "millions people": a noun of a round number straight before a
        plural noun, where nothing before it counts it."""
        vocabulary = doc.analysis("lexicon")
        quotes = doc.analysis("quotes")
        folded = vocabulary.folded
        for _, match in vocabulary.matches(_COUNTING_NOUNS):
            if _COUNTED_BEFORE.search(folded, max(0, match.start() - 12), match.start()):
                continue
            if quotes.inside(match.start()):
                continue  # "We got plenty boys": speech, and dialect
            if not _plural_noun_after(doc, match.start(1), match.group(2)):
                continue
            written = doc.text[match.start(1) : match.end(1)]
            if not (written.islower() or vocabulary.starts_sentence(match.start(1))) or not doc.text[match.start(2)].islower():
                continue  # "Millions Knives": a name
            yield self.finding(
                doc,
                match.start(1),
                match.end(1),
                f"\"{written} {doc.text[match.start(2) : match.end(2)]}\": check whether \"{written} of\" was meant.",
                suggestions=[f"{written} of"],
            )

    def _part_without_of(self, doc):
        """"most the rainfall", "spent most his life", "none them": a word for part of a whole
        straight before a determiner or a pronoun, with no "of"."""
        from .missing_words import counted_prepositions

        vocabulary = doc.analysis("lexicon")
        folded = vocabulary.folded
        for _, match in vocabulary.matches(_PART_OF):
            if not doc.text[match.start(2)].islower():
                continue  # "most US states"
            before = _WORD_BEFORE.search(folded, max(0, match.start() - 30), match.start())
            word_before = before.group(1) if before is not None else ""
            if word_before in _PART_OPENERS or word_before in counted_prepositions():
                continue  # "at most the", "the most the team could", "for some the idea was"
            if word_before in _TWO_OBJECT_VERBS and match.group(2) not in ("them", "us"):
                continue  # "gave many the impression": two objects
            after = _NEXT.match(folded, match.end(2))
            if match.group(1) == "none" and after is not None and after.group(1) in _COMPARED:
                continue  # "none the worse", "none the less"
            written = doc.text[match.start(1) : match.end(1)]
            yield self.finding(
                doc,
                match.start(1),
                match.end(2),
                f"\"{written} {doc.text[match.start(2) : match.end(2)]}\": check whether \"{written} of\" was meant.",
                suggestions=[f"{written} of {doc.text[match.start(2) : match.end(2)]}"],
            )

    def _listed(self, doc):
        vocabulary = doc.analysis("lexicon")
        folded = vocabulary.folded
        for _, match in vocabulary.matches(_G304):
            offset = match.start()
            words, mark, following = match.group(1), match.group(2), match.group(3)
            written = doc.text[match.start(1) : match.end(1)]
            if words.startswith("a "):
                quantity = match.end(1) - len(words.split()[-1])
                if mark or following == "of":
                    continue
                if not _plural_noun_after(doc, quantity, following) and not _described_plural_after(doc, quantity):
                    continue
                if not _is_plural_noun(following) and following.endswith("s") and "v" in lx.tags(following):
                    continue  # "a majority rules", "a group plans": a singular subject and its verb
                if written.startswith("A") and not vocabulary.starts_sentence(match.start(1)):
                    continue
                yield self.finding(
                    doc,
                    match.start(1),
                    match.end(1),
                    f"\"{written} {doc.text[match.start(3) : match.end(3)]}\": check whether"
                    f" \"{written} of\" was meant.",
                    suggestions=[f"{written} of"],
                    severity="info" if words == "a couple" else None,
                )
                continue
            preposition = _NEEDS_PREPOSITION[words]
            if following == preposition or words == "according" and following == "as":
                continue
            if words == "according" and not mark and "r" in lx.tags(following):
                continue  # "according well": the verb "accord", with an adverb
            if words != "according" and (
                mark or following not in _PHRASE_DETERMINERS and not (words == "in front" and following in OBJECT_ONLY_PRONOUNS)
            ):
                continue  # "regardless whether", "in front" at the end of a clause ("in front us": "of")
            if words == "in front" and re.search(r"(?:[,;:]|\band|\bbut)\s*$", folded[max(0, offset - 8) : offset]):
                continue  # "behind me the sea, in front the anchorage": a verbless contrast
            if words == "as well" and not _joins_to_noun_before(doc, offset):
                continue  # "is constant as well the expression can", "made as well the Top 20": an adverb
            if words in ("regardless", "irrespective") and vocabulary.starts_sentence(match.start(1)):
                continue  # "Regardless the board went ahead": an adverb short of its comma
            yield self.finding(
                doc,
                match.start(1),
                match.end(1),
                f"\"{written}\" needs \"{preposition}\" before what follows:"
                f" \"{written} {preposition}\".",
                suggestions=[f"{written} {preposition}"],
            )


def _joins_to_noun_before(doc, offset: int) -> bool:
    """Does "as well" at ``offset`` follow a noun, a comma or a closing bracket, so that it
    adds a second phrase to the first ("fruits as well the export of lumber", "(le Metro), as
    well a regional line"), not an adverb after a verb or an adjective ("made as well the Top
    20", "just as well the plan failed")?"""
    from .missing_words import tokens_at

    found = tokens_at(doc, offset)
    if found is None or found[1] == 0:
        return False
    before = found[0][found[1] - 1]
    return before.text in (",", ")") or before.tag in ("NN", "NNS", "NNP", "NNPS")


def _plural_noun_after(doc, offset: int, word: str) -> bool:
    """Is ``word``, the word after the token at ``offset``, a plural noun: one that is nothing
    else, or one the tagger reads as a plural noun there ("people", "options", "goods")?"""
    if _is_plural_noun(word):
        return True
    from .missing_words import tokens_at

    found = tokens_at(doc, offset)
    return found is not None and found[1] + 1 < len(found[0]) and found[0][found[1] + 1].tag == "NNS"


# Tags of the words that may describe a plural after "a number" and the like ("a number large
# and imposing villas"): adjectives and past participles; not comparatives ("a lot more
# people", "a lot older players": there "a lot" is an adverb), counting words the tagger
# reads as adjectives, nor an "-ing" form, which may open a phrase of its own ("a group
# including several members").
_DESCRIBING = frozenset(("JJ", "VBN"))
_COMPARING = frozenset(("more", "less", "fewer", "most", "least", "several", "many", "few", "various", "numerous", "other"))


def _described_plural_after(doc, offset: int) -> bool:
    """After the quantity noun at ``offset``, up to three describing words (joined by "and" or a
    comma) and then a plural noun that is nothing else ("a number large and imposing villas",
    "a variety fresh vegetables")."""
    from .missing_words import tokens_at

    found = tokens_at(doc, offset)
    if found is None:
        return False
    tokens, i = found
    k, described = i + 1, 0
    while k < len(tokens) and described <= 3:
        token = tokens[k]
        if token.tag in _DESCRIBING and token.text.islower() and token.text not in _COMPARING:
            described += 1
        elif not (described and token.text in ("and", ",")):
            break
        k += 1
    return 0 < described <= 3 and k < len(tokens) and _is_plural_noun(tokens[k].text)


def _is_plural_noun(word: str) -> bool:
    """Is ``word`` a plural noun that is nothing else ("weeks", "members"; not "means", "times"
    the verb)? Asked of the one word after "a couple" and the like, not worked out for every
    plural in advance (that took ~40 ms on the first draft with a candidate)."""
    from .determiners import plurals, singular_plurals

    return word in plurals() and word not in singular_plurals() and "v" not in lx.tags(word)
