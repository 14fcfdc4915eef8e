"""G303, the rule: which measured words to read, and what to say."""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ...rule import Context, Rule, accepted, flagged
from ..missing_words import DEICTIC, headline_style
from ..verbs import bases
from .countability import often_bare
from .frames import context_of
from .looks import may_be_bare_in_a_read_context, noun_follows, verb_and_adjective_before
from .names import bare_names, written_bare
from .measured import (
    INFINITIVE_VERBS,
    determined_adjectives,
    determined_complements,
    determined_nouns,
    determined_objects,
    infinitive_nouns,
    scan_pattern,
)
from .readings import (
    DESCRIBING_TAGS,
    read_after_adjective,
    read_after_be,
    read_after_preposition,
    read_after_verb,
    read_by_context,
)


def _plain_verb(word: str) -> bool:
    """A verb's plain form, as after "to" ("to find", "to win")."""
    return word in bases() and "v" in lx.tags(word)


# A label after a noun, which names the thing and takes no article: a capital letter ("vitamin
# A"), a small letter other than "a" and "i" ("side z"), or one or two characters in quotes
# ("at point "x"0", "with period "P"").
_LABEL_AFTER = re.compile(r"\s+(?:[A-HJ-Z]|[b-hj-z]|[\"“][^\s\"“”]{1,2}[\"”]\d*)(?![\w’'-])")


# A slash straight after the noun, or a short bracket and a noun after it: the phrase goes on
# past them ("of proton/neutron-count trends", "in standard (Mandarin) Chinese"), unlike
# an aside after a whole phrase ("the oldest part of city (Old San Juan).").
_CONTINUED_AFTER = re.compile(r"/|[ \t]*\([^()]{1,40}\)[ \t]+([A-Za-z]+)")


def _continued_after(text: str, end: int) -> bool:
    found = _CONTINUED_AFTER.match(text, end)
    return found is not None and (found.group(1) is None or bool({"n", "a"} & set(lx.tags(found.group(1).lower()))))


# A word that opens an approximate number, then a round number's word in the singular with a
# word after it: "more than million copies", "over hundred years" ("a million", "one
# hundred"; "millions of" is plural and read by no rule here).
_BARE_ROUND_NUMBER = re.compile(
    r"(?<![\w'’-])(more than|less than|fewer than|over|nearly|almost|about|around|approximately|roughly)"
    r"[ \t]+(hundred|thousand|million|billion|trillion|dozen)(?=[ \t]+[a-z])"
)


# A noun of quantity that English writes with "a" before "of" ("a lot of", "a couple of", "a
# handful of"): with a determiner in 97%, 88% and 97% of Wikipedia's "lot of", "couple of" and
# "handful of", and nearly all the rest after an adjective ("whole lot of", "next couple of").
_BARE_QUANTITY = re.compile(r"(?<![\w'’-])(lot|couple|handful)(?=[ \t]+of[ \t]+[A-Za-z])", re.IGNORECASE)
# Tags of a word after which such a noun opens a phrase with no determiner: a verb, a
# preposition, "to", "there", an adverb ("learn lot of", "in lot of cases"). Not a conjunction:
# a determiner before the first of two joined phrases may serve both ("the single university
# and handful of schools"), and "lot" may be a batch ("in a line or lot of wool").
_BEFORE_BARE_QUANTITY = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "IN", "TO", "EX", "RB")


# The word that closes a range or pair opened by a preposition: "from ... to", "between ... and".
_RANGE_ENDS = {"from": "to", "between": "and"}


def _bare_by_frame(reading) -> bool:
    """The noun stands where English writes a noun bare: as one of the two ends of a range or
    pair ("from father to son", "from source to mouth", "between true solar time and mean
    solar time"), or as the measure after "in terms of" ("in terms of area")."""
    tokens, _, k, before = reading
    if before >= 2 and [t.text.lower() for t in tokens[before - 2 : before + 1]] == ["in", "terms", "of"]:
        return True
    end = _RANGE_ENDS.get(tokens[before].text.lower())
    if end is not None:
        return k + 1 < len(tokens) and tokens[k + 1].text.lower() == end
    # the second end: "to son" after "from father", "and mean solar time" after "between true solar time"
    word = tokens[before].text.lower()
    for opener in range(before - 2, max(-1, before - 5), -1):
        if _RANGE_ENDS.get(tokens[opener].text.lower()) == word:
            return all(t.tag in _FIRST_END_TAGS for t in tokens[opener + 1 : before])
    return False


# Tags of the words of a bare first end ("from left side to", "between true solar time and").
_FIRST_END_TAGS = frozenset(("JJ", "JJR", "JJS", "NN", "NNS", "VBN", "VBG", "HYPH"))


def _result_phrase(reading) -> bool:
    """"sick to death of Berkshire", "scared to death of", "the beating to death of a man": a
    noun written bare after "to" (the counts see it so without "of" after it) in a phrase of
    the verb or adjective before "to", which "of" and its object follow; not after a word
    that takes "to" before a noun phrase ("due to death of its leader": the death)."""
    from ..verb_slips import prepositional_to

    tokens, first, k, before = reading
    if before < 1 or tokens[before].text.lower() != "to" or k + 1 >= len(tokens) or tokens[k + 1].text.lower() != "of":
        return False
    governor = tokens[before - 1]
    if not (governor.tag.startswith("VB") or governor.tag in ("JJ", "NN")) or governor.text.lower() in prepositional_to():
        return False
    if governor.tag == "NN" and not governor.text.lower().endswith("ing"):
        return False  # (a gerund the tagger reads as a noun: "the beating to death of")
    return _often_bare_there(reading, of=False)


def _often_bare_there(reading, of: bool | None = None) -> bool:
    """The counts of tagged Wikipedia saw the reading's noun bare often in its context (the
    word before its phrase, "of" after it or not, an adjective before it or not): "center of
    mass", "from start to finish", "of humble background" are written so, whatever the
    smaller lists say."""
    tokens, first, k, before = reading
    words, tags = [t.text for t in tokens], [t.tag for t in tokens]
    if of is None:
        of = k + 1 < len(words) and words[k + 1].lower() == "of"
    described = any(tag in DESCRIBING_TAGS for tag in tags[first:k])
    return often_bare(words[k].lower(), context_of(words, tags, before, k), of, described)


# A participle in "-ed" that the counts' text (about 78 million words) writes fewer times
# than this survives only in a set phrase, which keeps its old bare form ("bated breath": 7,
# "bended knee": 5). Only such participles: a rare adjective is as often a term in a slip
# ("with predominantly semasiological approach").
FOSSIL_SEEN = 20


def _fossil_describer(reading) -> bool:
    """Does a participle before the noun live only in set phrases ("with bated breath", "on
    bended knee")? A word the counts never saw is no evidence (a typo, a coinage)."""
    from ..confusables import near_words

    tokens, first, k, _ = reading
    table = near_words.counts()
    for token in tokens[first:k]:
        if token.text.endswith("ed") and token.text.isalpha():
            seen = table.count(token.text.lower())
            if 0 < seen < FOSSIL_SEEN:
                return True
    return False


class MissingArticle(Rule):
    """A singular noun with no article after a preposition ("As way to", "at same time").

    *What it flags*: a singular count noun with no article or other determiner right after a
    preposition, describing words allowed between ("As way to begin", "the impact of
    social environment"), the same noun as a verb's object with an adjective before it
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
    most 1.5% of their noun phrases. Besides, a noun counted in tagged Wikipedia
    (``countability``) is read wherever it was almost never bare in the same context (at
    least 40 times seen, bare in at most 2%): after a preposition or a form of "be", with
    "of" after it or not, an adjective before it or not ("was just opinion of a few", "as
    part of wider plan"), unless it was seen bare after that very word at least twice
    ("under way"), or the word is "as" ("as captain": a role). And a name written with "the"
    in at least 98% of at least 20 uses in Wikipedia, straight after a preposition without
    it ("in United States"), unless it describes a noun after it ("in United States federal
    courts", "in UK banking group": a word that may be a noun or an adjective, or one in
    "-ing" before a noun), starts a longer name ("House of Lords"), is a people ("to Normans") or is the
    draft's own name: written without "the" at least three times and at least twice as often
    as with it in the draft (a company, a team: "Chevron bought Gulf"). Initials are
    counted only where they head their phrase, as the rule reads them ("the UK", not "the
    UK government" nor "in US dollars"), which adds "UK", "FBI", "CIA", "RAF", "NFL" and 13
    more (2026-12-07; over Wikipedia AD_80-99, PolNeAR and the dev corpus 4 findings more,
    "Asians living in UK", "the success of AFL", one at a one-line paragraph, "Growth in
    UK.", and one fewer, wrong, "based on New York Times bestselling author"). Measured
    (2026-12-02) over Wikipedia text_AD_wiki_80..99 and the dev corpus: 21 findings fewer,
    all of names; 17 of them wrong (a company named "Gulf" 7 times, an oak named "of
    Reformation" 5 times, "Chief of Department", a team called "Forest"), the rest arguable
    ("of Solomon Islands" twice, "of Liberal Democrats", "status of Republic").

    Whatever the smaller lists say, a noun is left alone where the Wikipedia counts saw it
    bare in more than 10% of at least 40 uses in the same context, narrowed as above
    (``countability.often_bare``): "the center of mass", "from start to finish", "people
    of humble background", "came under French influence", "known for his work in film"
    (not after "same", "whole", "only" and the like, which want "the" whatever the noun);
    nor a noun that a label names, a letter or one or two characters in quotes after it
    ("a good source of vitamin A", "strains of group A streptococci", "the distance from
    city "i" to city "j"": on Wikipedia text_AD_wiki_80..99, 14 findings fewer, all wrong;
    none on the dev corpus or the real-error harnesses); nor the two ends of a range or pair,
    which English writes bare ("from father to son", "from source to mouth", "between
    extended family and a close-knit community": on text_AD_wiki_80..99 and the wide copy of
    1,159 more Wikipedia articles, 25 findings fewer, all such ends; on the dev news one,
    "the transition from active presidential candidate to another kind of leader"), nor the
    measure after "in terms of" ("largest in terms of area": 8 findings fewer there), nor a
    noun in a list of bare nouns, a comma, "and" or "or" and another bare singular noun
    that ends its phrase after it ("landscapes of desert, steppe, tundra and taiga", "are
    translation, scaling, rotation"), nor one whose phrase goes on past a slash ("of
    proton/neutron-count trends") or a short bracket with a noun or adjective after it ("in
    standard (Mandarin) Chinese"; not "the oldest part of city (Old San Juan)."), nor a
    name that is a party to a case ("in United States v. Kagama"). Measured (2026-12-06):
    on text_AD_wiki_80..99 456 -> 437 findings, the 19 gone all wrong but one arguable ("a
    subspecies of wild horse ("Equus ferus")"); on the 1,159 articles of the wide copy 399
    -> 386, all 13 wrong; on the dev corpus, docs and clean drafts 75 -> 73 (a case name);
    ``scripts/eval_real_edits.py`` 238 | 169 found unchanged, findings at untouched words
    4 | 5 -> 3 | 5; ``scripts/eval_missing_articles.py --words 400000`` 145 | 146 -> 145 |
    145 found, clean findings 29 | 30 -> 28 | 30. "out of" + a bare noun ("out of pocket",
    "out of season") was tried too and left out: it lost an injected slip ("puts Cat out
    of cab").
    The counts cover the nouns of the first 92 counted files, and the count nouns that only
    reach 40 uses over 350 of them (1,006 more). Measured (2026-12-06) on Wikipedia that no
    count read (text_AD_wiki_80..99, 3.2 million words) G303 and G315 made 582 -> 518
    findings: of 25 of the 104 gone read, 3 were right ("expansion of market"), of the 40
    new about 19 ("in detriment of her stepson", "came into spotlight", "under aegis of";
    wrong: "a century on debut", "is reverse engineered", "words for hill"); the dev corpus
    and its clean drafts 48 -> 44 (8 gone, all wrong: "in range", "in film", "in context";
    4 new, 2 of them at the typo "at see");
    ``scripts/eval_real_edits.py`` 238 | 167 -> 238 | 169 agreed errors found, findings at
    untouched words 41 | 70 -> 41 | 67; ``scripts/eval_missing_articles.py --words 400000``
    (G303 and G315, injected slips, whose deletions make many such bare phrases: "in the
    area" -> "in area") 152 | 147 -> 145 | 146 found, clean findings 39 | 36 -> 31 | 33.

    And "a" missing before a round number's word after a word that opens an approximate
    number: "more than million copies", "over hundred years" ("more than a million"; "about
    one hundred" is left alone). Measured (2026-12-06): on Wikipedia text_AD_wiki_80..99 and
    the dev corpus, its docs and clean drafts 3 findings ("more than million copies", "the
    over dozen ports", and "around million years ago", where the extraction lost a figure),
    on 1,159 more Wikipedia articles 3 more of the same kinds.

    And a noun almost never bare between have, get, give, make or take and "to" with a verb
    after it ("She has ability to", "had chance to", "made decision to"): 95 nouns, from the
    near-word counts (about 78 million words of openly licensed English;
    ``scripts/build_infinitive_nouns.py``), bare there in at most 3% of their uses after those
    verbs ("have access to", "take time to", "give way to" are bare in the counts, and so
    never read). Measured (2026-12-04): ``scripts/eval_real_edits.py`` tune 230 -> 232 agreed
    errors found ("has ability to find", "had chance to see"), held out 165 -> 165, findings
    at untouched words unchanged; over the 1,701 Wikipedia drafts, the dev corpus and its clean
    drafts 3 findings, 2 right ("he/she has right to use", "you even get chance to use", in a
    BBC story) and 1 wrong: "take effort to enter", a mass sense the counts never saw.

    *Why it matters*: a dropped article is among the commonest slips of fast or second-
    language writing, and a spell checker passes it.

    *Flagged*: "As way to cut costs, the council shut two depots."

    *Preferred*: "As a way to cut costs, the council shut two depots."

    *Options*: none; switch the rule off or re-grade it with ``G303`` in the configuration.

    *Known limits*: advice (info), since about one finding in five on clean news copy is an
    idiom the measured text is too small to know ("in range", "with edge", "is spot on");
    a phrase with a participle in "-ed" that the counts' text writes fewer than FOSSIL_SEEN
    times is such an idiom ("with bated breath", "on bended knee") and is left alone.
    On real writers' errors (``scripts/eval_real_edits.py``, 2026-12-02, read by hand): on
    the tune half it found 14 agreed errors, with 12 findings at words one annotator
    changed (8 of them slips) and 4 at words nobody touched (2 of them slips); on the
    held-out half it found 4, with 10 and 8 such findings (not read); on the dev corpus's
    news 9 findings in 156,000 words, 5 of them slips. About two in three are right.
    Left alone: a noun phrase with a name in it that was not counted ("at Manchester
    airport"; a nationality is no name: "at Chinese embassy" is read), nouns paired by
    "and" or "or" ("minister of environment and energy"), a range ("a moderate to large
    role"), a gerund and its object ("from setting foot in"), a passive verb after "be"
    ("was denied due process"), "there is" (a mass sense: "there is comfort in"), headlines
    without a full stop, headings, list items and captions (headline style drops
    articles), nouns rarely seen in the measured text, and a verb's object with no
    adjective before it ("took place", "made way") or with an ordinal or quantifier ("took
    second place", "played little role"), or after a linking verb ("became good friend").
    Direct quotations are checked: the slip is usually the transcriber's.
    Tried and not shipped (2026-12-02): the Wikipedia scan read pair by pair for every
    singular noun of the lexicon, not only the count nouns, with no test of a mass sense
    (the 380 counted files; "with a supply", "in a hurry", "after the war"): the pairs seen
    at least 20 times and bare in at most 2% (441 beyond the measured ones, 287 nouns) found
    2 more of the tune half's missing articles (``scripts/eval_real_edits.py``) and none of the
    held-out half's, with 0 | 4 more findings at untouched words; at 10 times and 5% (2,990
    pairs), 4 | 1 more, with 15 | 14 more: more measured nouns is not what the held-out
    half lacks.
    Tried and not shipped (2026-12-02, every figure tune | held out, on
    ``scripts/eval_real_edits.py``'s sentences): the tagger reads 3,190 | 3,069 bare singular
    noun phrases after a word there, and they hold 27 | 19 of the 46 | 44 agreed missing
    articles, so a perfect judge of bare nouns could add at most 15 | 16 to what the default
    rules find. The counts of ``countability`` read in every context (at least 40 seen, bare
    in at most 2%): after a verb (not read today) 0 | 3 more agreed errors, with 2 | 3
    findings at words no annotator touched; after a comma, at a sentence's start or after
    any other word 0 | 1, with 30 | 27; with the learned model (G316's) required to agree
    (a bare noun below 2%), after a finite verb, 0 | 2 with 1 | 2. The tune half shows no
    gain, so none is read. The learned model alone, ranking every bare phrase: its 20 most
    doubted held 6 | 3 missing articles with 4 | 7 at untouched words, its 100 most doubted
    15 | 5 with 42 | 52; G316 as it ships, run beside the default rules, 2 | 3 more agreed
    errors (mostly a singular for a plural: "buying new car") with 8 | 4 findings at
    untouched words.
    Why the tune half finds 14 and the held-out half 4 (2026-12-02, each reading run alone
    with ``scripts/eval_real_edits.py --half both --args "--select G303"``, tune | held
    out): the measured nouns after a preposition 7 | 2 agreed errors, with 4 | 6 findings at
    untouched words; the counted contexts (``countability``) 5 | 2, with 0 | 2; a verb's
    object with an adjective 4 | 0, with 0 | 0; the measured nouns after "be", the
    adjectives that take an article and the names 0 | 0 each. The verb-object reading's four
    are the very phrases its examples were written from ("warm atmosphere", "Vietnamese
    flag"), on a noun list seen only three times as such an object; the measured nouns'
    pairs rest on three sightings in tagged text or twenty in the Wikipedia scan. What
    generalises is the counted contexts (40 sightings and more) and, at about one in four
    on real writers' copy, the measured nouns after a preposition; more measured nouns did
    not help (above), and the counts of ``countability`` cover 1,125 nouns of 92 files:
    "supply", "review", "submarine" are not among them. The counted contexts' thresholds,
    swept the same day (real errors ``--select G303`` found | at untouched words, tune then
    held out; injected deletions of ``scripts/eval_missing_articles.py`` found, tune then
    held out, 20 findings on untouched copy in each unless said): as shipped (40 seen, 2%
    bare) 14 | 4, 4 | 8, 103, 96; 4% bare 15 | 6, 4 | 8, 107, 99; 20 seen 14 | 4, 4 | 8,
    102, 96; 1% bare 12 | 4, 2 | 8, 97, 91 (17 on untouched held-out copy). No setting
    moves the held-out half of the real errors; the shipped one stays.
    """

    code = "G303"
    name = "missing-article"
    family = "grammar"
    severity = "info"
    needs = ("lexicon", "tags")
    # "Hundreds of house": after a word that counts more than one, the noun wants its plural
    # (G202), not an article; "with baited breath": the phrase is misheard (S214), and its
    # right form takes no article either
    gives_way_to = ("G202", "S214")
    examples = (
        accepted(""),
        accepted("As a way to cut costs, the council shut two depots."),
        accepted("The center of mass moved from start to finish; people of humble background came under French influence."),
        accepted("Lettuce is a source of vitamin A; the distance from city \"i\" to city \"j\" is known."),
        accepted("Voters are sick to death of the row and scared to death of the cuts."),
        flagged("The revolt was quelled due to death of its leader.", "death"),
        accepted("The title passed from father to son, and trade between peninsula and island grew."),
        accepted("It is the largest province in terms of area, and in terms of method the boldest."),
        accepted("It has landscapes of desert, steppe and taiga, and trends of proton/neutron count."),
        accepted("They write in standard (Mandarin) Chinese, as ruled in United States v. Windsor."),
        flagged("They live in the oldest part of city (Old San Juan), Zoë Müller said.", "city"),
        flagged("As way to cut costs, the council shut two depots.", "way"),
        flagged("The survey measured the impact of social environment on mood, Zoë Müller said.", "social environment"),
        flagged("“We did it as way to save money,” said José Álvarez.", "way"),
        flagged('"We did it as way to save money," said José Álvarez.', "way"),
        flagged("Mood study\n\nThey measured the impact of social environment", "social environment"),
        flagged("Police and firefighters arrived at same time.", "same time"),
        flagged("Officials said it was good idea to wait.", "good idea"),
        accepted("Police and firefighters arrived at the same time."),
        accepted("She went by car to school, stayed in hospital and served as chairman."),
        accepted("By way of thanks, work got under way in a calm environment."),
        accepted("Legends tell of battles between several rival clans; deficits were several percent of GDP."),
        accepted("He served as captain; the effect of British Council policy was small."),
        flagged("Shares fell 4% at Italian bank on Monday, Zoë Müller said.", "Italian bank"),
        accepted("Flights left from Manchester airport and landed at the Italian airport."),
        flagged("The band created warm atmosphere in the hall, Zoë Müller said.", "warm atmosphere"),
        accepted("The band created a warm atmosphere, took second place and played little role in the final."),
        accepted("The minister of environment and transport backed a moderate to large role for towns."),
        accepted("Fears grow over impact of social environment"),
        flagged("The minister said in statement that talks would resume.", "statement"),
        accepted("Voters queued early on election day, officials said."),
        flagged("The band is creating warm atmosphere in the hall.", "warm atmosphere"),
        flagged("The staff try to build friendly, relaxing atmosphere.", "friendly, relaxing atmosphere"),
        accepted("The staff try to build a friendly, relaxing atmosphere; factories producing cheap goods closed."),
        flagged("The team went out in next round of the cup.", "next round"),
        accepted("The firm will report results for next year and for last quarter."),
        flagged("The mayor said the plan was just opinion of a handful of residents.", "opinion"),
        flagged("The move came as part of wider plan to cut costs.", "wider plan"),
        flagged("The vote was result of a long campaign, Zoë Müller said.", "result"),
        accepted("Work got under way as part of a wider plan; the vote was the result of a campaign."),
        flagged("The band toured in United States in May, Zoë Müller said.", "United States"),
        flagged("Zoë Müller said many students have lived in UK since 2010.", "UK"),
        accepted("Shares in UK banking group Barclays rose, and prices in UK shops fell."),
        accepted("Gulf posted a loss. Chevron bought Gulf in 1984, and the merger of Gulf and Chevron drew suits against Gulf."),
        accepted("The band toured in the United States, in United States federal parks and in Canada."),
        flagged("She has ability to find the weak points, and he had chance to win.", "ability", "chance"),
        accepted("She has the ability to find the weak points, and he had a chance to win."),
        accepted("They have access to the files, had time to read them and gave way to others."),
        accepted("He has a right-to-work job."),
        flagged("The single sold more than million copies, Zoë Müller said.", "million"),
        accepted("It sold more than a million copies; about one hundred fans and millions more came."),
        flagged("There are lot of small lakes, and we spent couple of days there.", "lot", "couple"),
        accepted("There are a lot of lakes; in the following couple of years the whole lot of them and a handful of"
                 " schools, that lot of wool and the parking lot of the mall were sold."),
        accepted("The crowd waited with bated breath, and he proposed on bended knee."),
    )

    def check(self, doc, context: Context):
        from ... import (
            pronunciation,  # its table loads only when there is something to say
        )

        vocabulary = doc.analysis("lexicon")
        folded = vocabulary.folded
        nouns, complements, adjectives = determined_nouns(), determined_complements(), determined_adjectives()
        for p, match in vocabulary.matches(scan_pattern()):
            paragraph = doc.paragraphs[p]
            if headline_style(doc, paragraph):
                continue
            word = match.group()
            reading = None
            if word in adjectives:
                reading = read_after_adjective(doc, folded, paragraph.start, match)
            elif doc.text[match.start()].islower() and not noun_follows(folded, match.end()):
                # not "on Bhutanese Clock" (a name) nor "in car theft" (a describing noun)
                if word in nouns:
                    reading = read_after_preposition(doc, folded, paragraph.start, match)
                if reading is None and word in complements:
                    reading = read_after_be(doc, folded, paragraph.start, match)
                if reading is None and word in nouns and word in determined_objects() and verb_and_adjective_before(folded, match.start(), paragraph.start):
                    # measured twice: almost never bare after a preposition nor as an object
                    reading = read_after_verb(doc, match)
                if reading is None and may_be_bare_in_a_read_context(folded, match, paragraph.start):
                    reading = read_by_context(doc, match)
            if reading is None or word not in adjectives and _often_bare_there(reading):
                continue  # (not after "same", "whole", "only" ...: they want "the" whatever the noun)
            if _result_phrase(reading):
                continue  # "sick to death of", "scared to death of": "of" is the adjective's
            if _continued_after(doc.text, reading[0][reading[2]].end):
                continue  # "in standard (Mandarin) Chinese", "of proton/neutron-count trends": the phrase goes on
            if _LABEL_AFTER.match(doc.text, reading[0][reading[2]].end):
                continue  # "vitamin A", "group A streptococci", "at point "x"", "with period "P"": a label names it
            if _bare_by_frame(reading):
                continue  # "from father to son", "between extended family and", "in terms of area"
            if _fossil_describer(reading):
                continue  # "with bated breath", "on bended knee": an idiom keeps an old word
            tokens, start, k, before = reading
            first = tokens[start]
            phrase = doc.text[first.start : tokens[k].end]
            article = pronunciation.article_for(first.text) or "a"
            taken = adjectives.get(first.text) or ("the" if first.text in DEICTIC else None)  # "the next round"
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
        yield from self._bare_names(doc)
        yield from self._bare_before_infinitive(doc)
        yield from self._bare_round_number(doc)
        yield from self._bare_quantity(doc)

    def _bare_round_number(self, doc):
        """"more than million copies", "over hundred years": a round number's word with no
        "a" (or "one") before it, after a word that opens an approximate number."""
        vocabulary = doc.analysis("lexicon")
        for p, match in vocabulary.matches(_BARE_ROUND_NUMBER):
            if headline_style(doc, doc.paragraphs[p]):
                continue
            written = doc.text[match.start(2) : match.end(2)]
            yield self.finding(
                doc,
                match.start(2),
                match.end(2),
                f"\"{doc.text[match.start(1) : match.end(2)]}\": check whether \"a\" is missing (\"a {written}\").",
                suggestions=[f"a {written}"],
            )

    def _bare_quantity(self, doc):
        """"We learn lot of things", "I tried couple of sizes", "Lot of people came": a noun of
        quantity with no determiner before "of", opening its sentence or after a verb, a
        preposition, "there" or an adverb (``_BEFORE_BARE_QUANTITY``), where the tagger
        reads it as a noun. Over 2,403 lines of English Wikipedia with "lot of", "couple of" or
        "handful of" (every one of its 410 MB without a determiner or adjective before them, and
        a sample of the rest): 9 findings, all slips ("there are lot of small lakes", "build lot
        of track")."""
        vocabulary = doc.analysis("lexicon")
        tagged = None
        for p, match in vocabulary.matches(_BARE_QUANTITY):
            if headline_style(doc, doc.paragraphs[p]):
                continue
            tagged = tagged or doc.analysis("tags")
            located = tagged.locate(match.start())
            if located is None:
                continue
            sentence, k = located
            tokens = sentence.tokens
            if tokens[k].tag != "NN" or k and tokens[k - 1].tag not in _BEFORE_BARE_QUANTITY:
                continue
            if k and tokens[k - 1].text.lower() in ("that", "what", "whole"):
                continue  # "that lot of", "what lot of": a determiner the tagger may read otherwise
            if k >= 2 and tokens[k - 1].tag in ("VBG", "VBN") and tokens[k - 2].tag in ("DT", "PRP$"):
                continue  # "the following couple of years": a participle describing the noun
            written = match.group(1)
            right = "A" if written[:1].isupper() else "a"
            yield self.finding(
                doc,
                match.start(),
                match.end(),
                f"\"{written} of\": check whether \"a\" is missing (\"{right} {written.lower()} of\").",
                suggestions=[f"{right} {written.lower()}"],
            )

    def _bare_before_infinitive(self, doc):
        """"She has ability to", "he had chance to": a noun almost never bare between have,
        get, give, make or take and "to" with a verb after it (``infinitive_nouns``)."""
        from ... import pronunciation

        nouns = infinitive_nouns()
        vocabulary = doc.analysis("lexicon")
        for p, paragraph in enumerate(doc.paragraphs):
            if headline_style(doc, paragraph):
                continue
            tokens = vocabulary.tokens_of(p)
            for i in range(len(tokens) - 3):
                verb, noun, to, after = tokens[i : i + 4]
                if noun[0] not in nouns or verb[0] not in INFINITIVE_VERBS or to[0] != "to":
                    continue
                if not (noun[3].islower() and after[3].islower()) or not _plain_verb(after[0]):
                    continue
                if noun[1] != verb[2] + 1 or to[1] != noun[2] + 1:
                    continue  # one space each: not "has, right to" nor a hyphenated "right-to"
                article = pronunciation.article_for(noun[3]) or "a"
                suggestions = [f"{article} {noun[3]}", f"the {noun[3]}"]
                yield self.finding(
                    doc,
                    noun[1],
                    noun[2],
                    f"\"{verb[3]} {noun[3]} to\": check whether an article is missing"
                    f" (\"{suggestions[0]}\" or \"{suggestions[1]}\").",
                    suggestions=suggestions,
                )

    def _bare_names(self, doc):
        """"in United States": a name counted as written with "the", bare after a preposition,
        unless the draft itself writes it bare (``written_bare``)."""
        own: dict[str, bool] = {}
        for paragraph in doc.paragraphs:
            if headline_style(doc, paragraph):
                continue
            for preposition, start, end in bare_names(doc.text, paragraph.start, paragraph.end):
                name = doc.text[start:end]
                if name not in own:
                    own[name] = written_bare(doc.text, name)
                if own[name]:
                    continue
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"\"{preposition} {name}\": check whether \"the\" is missing (\"the {name}\").",
                    suggestions=[f"the {name}"],
                )
