"""G202: a singular noun after a number or a counting word ("100 year", "several member").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...analysis import lexicon as lx
from ...english import BE_FORMS
from ...rule import Context, Rule, accepted, flagged
from ..missing_words import DEICTIC, TIME_NOUNS
from ..verbs import bases, function_words, pasts, plural_of
from .clauses import FINITE_TAGS
from .counting import (
    BEFORE_OF_TRIGGERS,
    NUMBER_WORDS,
    OF_COUNTERS,
    QUANTITY_NOUNS,
    is_count,
    kind_after_all,
    TRIGGERS,
    of_phrase,
    plural_needed,
    quantity_of,
)
from .modifiers import OPENS_A_PHRASE, names_a_day
from .nouns import SINGLE_DETERMINERS, irregular_singulars, singular_of, word_set
from .one_thing import (
    BEFORE_THAT,
    other_alone,
    plural_after_much,
    plural_after_that,
    plural_after_single,
    plural_after_this,
)
from .phrases import plural_in_phrase, singular_in_phrase
from .plural_modifier import plural_modifiers
from .subject import story_variety


class SingularAfterNumber(Rule):
    """A singular noun after a number or a counting word ("100 year", "several member").

    *What it flags*: a singular count noun after a number of two or more ("for more than 100
    year", "two time"), after "several", "many", "various", "numerous", "a few", "these",
    "those" or "both" ("several member", "these problem", "both side"), and after "one of
    the", "each of the" and the like ("one of the biggest problem", "one of the most popular
    ride": "the most", "the least" or "the more" before an adjective grades it); and the other way
    round, a plural noun after "a", "an", "another", "each", "every" or "this" ("a women was",
    "every members", "this reports are") and after "either" or "neither" with no "or" or
    "nor" to follow ("neither parties agreed"), also after describing words and nouns ("a new
    water supply systems"). After "a" or "an" the article may be the word too many as well
    ("played with a predefined rules"): the finding covers the article and the noun and
    offers both fixes, first the one the article model (``newslint.article_model``) finds
    likelier, asked about the phrase with its noun made singular ("a" at least as likely as
    no article: the singular first); and a singular noun after a noun of quantity and "of" ("a number
    of student", "dozens of time"). "other" standing for a noun after a counting word
    or a preposition wants its plural ("and many other.", "met with other who"). Describing words may stand between ("two new member"). Also "these
    kind of", "those sort of" and "all sort of things" ("these kinds of") and a plural straight after "much"
    ("much problems": "many problems"). A plural after "that" where a preposition stands
    before it, which makes "that" the determiner of one thing ("at that times", "during that
    decades"; ``one_thing.BEFORE_THAT``: not after "in", "so", "now" or "except", which take
    a clause, nor "after", "before" or "until", nor before "ago" or "later": "agreed to that
    years ago"). Measured (2026-12-08, ``scripts/eval_noun_number.py --sentences 20000``):
    to_plural 4,716 | 5,248 -> 4,767 | 5,304 found, clean findings unchanged (34 | 32); no new
    finding over Wikipedia AD_80-99, the dev corpus or ``eval_real_edits.py``. "lots of", "plenty of", "a lot of", "a wide range
    of", "a variety of", "a handful of" and "a host of" count too, before a noun that is
    seldom bare after a preposition in tagged Wikipedia (``noun_countability``: "student",
    "option"; not "time", "fuel" or "religion", which have mass uses), and so do the nouns
    for a collection after a determiner, with no determiner after "of": "a list of", "the
    series of", "a set of", "a collection of", "a group of", "a pair of" ("a group of
    student"; not "the set of the film"). Measured (2026-12-03, ``scripts/eval_noun_number.py
    --kinds collection --sentences 40000``: Wikipedia text_AD_wiki_80-89 tune, 90-99 held
    out): 28 of 109 | 40 of 161 found (0 | 1 before), clean findings unchanged (53 | 53);
    no new finding over the 3.2 million words of those files, the dev corpus or PolNeAR's
    840 articles. After a collection the noun may also be one of count_only_nouns.txt: 649
    nouns the countability table lacks, seldom bare after a preposition over 350 counted
    Wikipedia files and with a plural in use ("a group of farmer", "a set of window";
    2026-12-08, the same command: 43 of 110 | 57 of 163 -> 46 | 78, clean findings 70 | 68
    unchanged; nothing new over Wikipedia AD_80-99 or the dev corpus). Not after "lots of",
    "plenty of", "a variety of" and the like, which may measure an amount of a noun that
    mostly takes "the" ("lots of sandy beach": a false alarm on a real-dev corrected draft
    when they did). A number word in the
    plural after a number ("250 millions records") is flagged too, and so are "other" and
    "different" with no determiner before "kind of", "sort of" or "type of" and a plural
    ("different kind of hats"). A personal pronoun or "why" after the noun ends its phrase
    ("one of the reason I went"), and so, after "of" and a determiner, does a word the
    tagger reads as a present verb before its object ("each of the problem needs a fix"),
    and anywhere a participle before a determiner ("one of the biggest problem facing the
    town"; not "two tree planting schemes"). After "more", "most", "other", "different", "fewer",
    "multiple" and "countless" with no determiner before them ("more student", "other
    language", "multiple time", "in different way"), which
    take a plural or a mass noun, a singular is flagged when the plural followed the word far
    more often in the pair counts (``data/near_words.bin``: at least twice as often for a noun
    seldom bare after a preposition, ten times for the rest): "more time", "other
    information", "the other side", "one more year", "the only other place" and "a by-law or
    other similar measure" are left alone. And a plural noun that describes the noun after
    it where the pair counts write the singular, at least 20 times and 20 times as often as
    the plural (plus one): "tickets sales", "three keys issues", "reducing files sizes"; not
    "sports car", "arms race", "weapons program", which the counts hold in the plural, nor in
    British copy, which writes more such plurals ("the drugs trade", "a games console"; see
    ``plural_modifier.py``). Measured (2026-12-04): over Wikipedia text_AD_wiki_80-99, the
    AA/AB/AC sample, the dev corpus and its clean drafts (5.2 million words) 20 findings,
    about 15 of them slips ("the stars system", "federal courts judges", "Gaelic folks
    songs"; wrong: "n bits data/address", "their forwards movement", "deeds poll" twice in
    an article on that plural); on
    ``scripts/eval_real_edits.py`` none of the agreed errors (tune | held out), 2 findings at
    untouched words of the tune half ("public funds managers", twice), none held out.

    A decimal counts as a number of two or more ("231.5 acre of land", "0.5 inhabitant per
    square mile": English writes "2.5 miles"), unless an article or a possessive before it,
    adjectives between, makes it describe a noun ("a 1.5 mile track", "the correct 8.3
    filename"), or it opens its sentence (a section's number). Measured (2026-12-07):
    ``eval_noun_number.py --sentences 20000`` clean findings 32 | 31 -> 34 | 32, the new ones
    Wikipedia's own slips ("3.47 acre of off-reservation trust land", "5.5 acre of land");
    injected slips unchanged; over 2.5 million words of Wikipedia AD_84-99, 8 new findings,
    all slips ("292.6 acre of parkland", "0.507 square mile").

    *Why it matters*: a number or a counting word asks for a plural noun; a singular one is
    a slip that a reader notices at once.

    *Flagged*: "The bridge has stood for more than 100 year."

    *Preferred*: "The bridge has stood for more than 100 years."

    A capitalised adjective may stand between ("five Republican contest"), and a day or
    month after the noun does not make it a modifier ("lost two job Monday"), nor does "and"
    and a name with no noun after it that both could describe ("won 12 seat and Labour the
    rest"; not "2,000 business and Labour leaders"; measured 2026-12-07: ``eval_noun_number.py
    --sentences 20000 --kinds to_singular`` 1,879 | 1,730 -> 1,880 | 1,731 found, clean
    findings unchanged at 33 | 32; ``inject_agreement.py`` counted 330 | 320 -> 332 | 320, false
    alarms unchanged; the dev corpus and real-dev unchanged).

    A comma and a number after the noun end its phrase ("five novel, two plays": a list of
    things counted apart, not "17 private, 12 public schools"); a number word in lower case
    after a capitalised word is a count, not a label ("the World Cup three time"; "Apollo 11"
    is one); and an -ing noun counts unless its plural is much rarer (``ADJECTIVE_GAP``:
    "saying", "landing" are left alone; "building", "meeting" and "ring", which is no -ing
    form, count). Measured 2026-12-07, ``eval_noun_number.py --sentences 20000`` (all kinds):
    6,896 | 7,329 -> 6,940 | 7,366 found of 8,493 | 9,009, clean findings 33 | 32 -> 33 | 33
    (the new one right: "These two process are"); ``inject_agreement.py`` counted 332 | 320
    -> 333 | 324, false alarms unchanged; G202 over the dev corpus and PolNeAR unchanged (14
    findings); ``eval_real_edits.py`` and real-dev unchanged.

    After a number, up to two describing words may stand before the counted noun, and the
    second may be a common noun ("three great vegetation belt", "three Olympic bronze medal";
    not one straight after the number, which is most often a unit: "a 30 acre lake", "80
    gigabyte hard drive"), unless an article or an owner opens the phrase before the number,
    or a range or a product leads to it: the number then describes one thing ("the three
    tier system", "a complex two component enzyme", "a 6 or 7 fold increase"; one describing
    word at most). No preposition is a describing word there ("ten inside young fruit"), nor
    a noun in "-craft", whose plural is the same ("50 landing craft", "42 German aircraft shot
    down"), and a verb the tagger reads between the number and the noun makes the number its
    subject ("Both want government playing"). Measured 2026-12-07, ``eval_noun_number.py
    --sentences 20000`` (with the change above): to_singular 1,916 | 1,765 -> 1,940 | 1,783 of
    2,432 | 2,270, clean findings 33 | 33 -> 32 | 31; ``inject_agreement.py`` counted 333 |
    324 unchanged, false alarms 22 | 26 -> 21 | 26. G202 over Wikipedia AD_80-99 (3.3
    million words), the dev corpus and PolNeAR, both changes together: 6 findings gone, all
    wrong ("these craft" five times, "Both want government"), 6 new, 3 of them right ("one
    of the few building that survived", "three major district area", "many import ant
    building") and 3 wrong ("Two dimensional Euclidean geometry", "the Spanish eight real
    coin", "an 8.7 out of 10 rating").

    A direction with no noun after it ("several mile east of", "65 mile southeast at") and a
    word said of a measure ("30 year later", "five year ago", "a mile apart") end the noun's
    phrase: no noun follows them for it to describe (not "two east coast cities"). Measured
    2026-12-07, ``eval_noun_number.py --sentences 20000``: to_singular 1,940 | 1,783 ->
    1,949 | 1,787, clean findings unchanged (32 | 31); G202 over Wikipedia AD_80-99, the dev
    corpus and PolNeAR unchanged. Tried and left out: counting a range ("4–6 year", "aged
    15–49 year") and a figure after an adjective or "being" ("topical 30 year later", "being 23
    year"), +26 | +21 on the injected slips but 5 new findings on Wikipedia AD_80-99, all wrong
    ("from 1–2 format", "300-500 grain", "being 14 carat").

    After "a", "an", "every" and the like the tagger's reading lets a hyphened measure
    ("a two-year restrictions", "an 11th-century chapels", "a 10-story-high towers") and a
    capitalised word that is only an adjective ("a Buddhist monasteries") stand between; a
    slash goes on with the phrase ("special forces/airborne unit") and "works" may be one
    ("a soap works"). After "this" as a preposition's object (not "of": "much of this stems
    from", "none of this matters"), a plural that may be a verb is the head when WordNet's
    tagged texts read it as a noun three times as often or a comma, a stop or "of" follows
    ("for this reasons", "at this stages of"; not before a determiner or a name: "with this
    comes the risk"). Measured (``scripts/eval_noun_number.py --sentences 20000``, Wikipedia
    AD_80-89 tune | 90-99 held out): the plural after a word of one thing 4,480 of 5,642 |
    4,996 of 6,262 found before, 4,673 | 5,196 after, clean findings 26 | 26; over Wikipedia
    AD_80-99, the dev corpus, docs and PolNeAR, G202 199 findings before, 196 after (three
    "a chemical works" and the like gone, nothing new).

    *How sure*: a singular noun straight after a number or a counting word ("100 year",
    "several member") is reported at info: on Wikipedia text most such findings were labels,
    units, zero plurals and compounds ("Lines 4 and 8 pass", "thirty cannon", "the three
    ego-state model"). A plural after "a", "every" or "this" that only the tagger's reading
    of the phrase finds (nouns or a word that is a verb too between) is info as well: on
    clean copy about half were right ("a jobs at any price economy", "a little neutral
    spirits"). The rest were warnings until a precision audit on Wikipedia text (prec12):
    of 13 warnings on AD_95-99, which nobody tuned on, 4 were right, and 6 of 10 on AD_80-89;
    the false ones were ordinary prose ("many of the faculty", "five of the local currency",
    "a large number of cannon", "one of his affinity", "a goals to game ratio"). So every
    finding is advice (info): a check, not a failed commit.

    *Known limits*: the part-of-speech tagger must read the word as a singular noun that ends
    its phrase: an adjective or a verb ("several being edible", "which both support rural
    growth"), a noun before the plural it describes, alone, in a list or in quotation marks
    ("several family owned shops", "several tennis, golf and rugby courts", "the two speed
    “warning signs”"), a number joined to a word before it
    ("I-485"), the first half of a compound held over ("several violin- and drum-playing
    courses") and a rate ("per 100,000 population") are left alone. A noun that modifies the next word is left alone ("a 100-year-old law",
    "a two hour drive", "three time winner"; after a number or a counting word, a next word
    that the tagger reads as a preposition, a past, a modal or a stop is no word it
    modifies: "two week after slamming"; nor is a word read as a past participle when the
    sentence has no other verb: "Most student left early"; nor a verb's plain form after a
    figure when the sentence has no other verb: the figure is its subject, "Of the 33
    species, 20 breed on land", "Routes 19 and 98 pass through"), as are units of measure ("3 foot", "5 pound",
    "20 percent", "12 stone", "10 euro"; not "point": "within two point of"; nor units that
    take the plural in edited English: "30 kilometer away", "26 acre", "57 year old" said of a
    subject ("she was 57 year old and"), though each is left alone where it describes a noun
    after it, an adjective or a short bracket between: "a 57 year old owner", "80 gigabyte
    hard drive", "a 60 inch (152.4 cm) mirror"; measured with ``scripts/eval_noun_number.py
    --sentences 20000``, Wikipedia AD_80-89 tune | 90-99 held out: singular after a number
    1,823 | 1,676 of 2,422 | 2,257 found before, 1,874 | 1,725 after; after a noun of
    quantity 107 | 126 before, 111 | 130 after. The cost: over Wikipedia AD_80-99 as
    WikiExtractor wrote it, 40 findings of "85 acre" and the like, the unit of a conversion
    template that the extraction left singular (Wikipedia itself prints "85 acres"); none
    on the dev corpus or PolNeAR's news), a number word in "-illion" after "a" ("a gazillion choices"), numbers that are not counts (years, "page 12", "No. 10", "$5", "3-1", and a figure
    straight after a noun, which names it: "a Form 5 pupil", "in round 2 match",
    "methyltransferase 3 beta"),
    "one", mass nouns ("several information" is not flagged) and "one of the family" (a
    noun that names a group, unless a superlative ranks the groups: "one of the oldest
    church"), as are "two of the same letter" (things of one kind) and "the
    number of the house" (a label, not a count; "a number of the houses" counts). "these", "those", "both" and "many" may be pronouns ("most of
    these deal with", "those plan to"): after them a noun that is a verb too is left alone,
    unless a preposition stands before them and after it ("on several issue over"), or
    "there are" or the like before them ("there are many reason to"). After
    "this" a plural that is a verb too is flagged only before a verb ("this reports are";
    not "this reports the news"). Count and mass nouns come from lemminflect and word
    frequencies, so a rare noun may be missed; a word that is mostly an adjective, its plural
    much rarer, is read as one ("two major islands", "17 private, 12 public schools"), so
    "five Republican primary" is missed. Direct quotations are not checked.

    *Tried and left out* (measured on Wikipedia AD_80-99, which nobody tuned on): the plural
    of a mass noun ("informations", "equipments", "advices": a plural at least 100 times
    rarer than its singular, which has no count use) matched 157 words there, mostly right
    English ("human natures", "multiple intelligences", "the workings of", "different
    gasolines"); "all" or "all the" before a singular count noun is the whole of one thing
    as often ("all year", "all the day", "all of the original plan"); and "among the" before
    a singular count noun never occurred there but in misread possessives, with no case of it
    among the tuning half's misses either, so it was not built.
    """

    code = "G202"
    name = "singular-after-number"
    family = "grammar"
    severity = "info"
    gives_way_to = ("G304",)  # "thousands years": "thousands of years", not "thousand years"
    needs = ("lexicon", "quotes", "tags", "variants")
    quotes = "skip"
    examples = (
        accepted(""),
        accepted("The bridge has stood for more than 100 years."),
        flagged("The bridge has stood for more than 100 year.", "year"),
        flagged("There are several new government housing project in the city.", "project"),
        accepted("It was a two tier system at a 30 year low, with several housing projects."),
        flagged("The pipe lost a large quantities of water, a means of supply.", "a large quantities"),
        flagged("By that times the town had grown, as during that turbulent decades of war.", "times", "decades"),
        accepted("They pointed out that prices rose; in that prices rose, we agreed to that years ago."),
        accepted("At that point, the results of that test, for that matter, and of that series, stood."),
        flagged("The Greens won 12 seat and Labour the rest, officials said.", "seat"),
        accepted("Some 2,000 business and Labour leaders met in Leeds."),
        accepted("Of the 40 staff, 12 work part-time, and the first 10 finish early."),
        flagged("Of the 40 staff, 12 work part-time for 3 month.", "month"),
        flagged("Several member of the board resigned, Zoë Müller said.", "member"),
        # the noun before a word the tagger reads as the verb ("road lead"), not that word
        flagged("Two main road lead into the town.", "road"),
        # "and" before a word that opens a phrase of its own: no shared modifier
        flagged("The park is home to 500 wolf and many deer.", "wolf"),
        accepted("The job market has plenty of room to grow, and a lot of sense."),
        flagged("The firm runs several website in Asia. Fans made two playlist for it.", "website", "playlist"),
        accepted("The firm runs several websites, a website and two playlists for fans."),
        accepted("Forbes tracks an additional 500 billionaire ''family fortunes.''"),
        flagged("Both side agreed to talk.", "side"),
        # a decimal counts as well ("2.5 miles"); one that describes a noun does not
        flagged("The tribe holds 231.5 acre of land, or 0.5 inhabitant per square mile.", "acre", "inhabitant"),
        accepted("It is a 1.5 mile track with a 2.5 litre engine, 1.5 million fans and 2.5 percent more."),
        flagged("He published five novel, two plays and a memoir.", "novel"),
        flagged("The side has played in the World Cup three time; the halo has eight concentric ring.", "time", "ring"),
        accepted("With three in 10 saying yes, the Apollo 11 crew visited 17 private, 12 public schools."),
        flagged("The region has three great vegetation belt, and the card added two key feature.", "belt", "feature"),
        accepted("It has a beautiful 30 acre lake, an early 6 kW version, the three tier system and 50 landing craft."),
        accepted("Both want government to act; eggs are laid in groups of ten inside young fruit."),
        flagged("The town lies several mile east of the river, and the case was reopened 30 year later.", "mile", "year"),
        accepted("The line runs to two east coast cities; the towns are a mile apart."),
        flagged("Many of the house were damaged in the storm.", "house"),
        accepted("Many of the house plants died, and the docks were built with both opening in 1841."),
        flagged("There are many reason to doubt it, and there were several attempt to fix it.", "reason", "attempt"),
        accepted("Many reason that it failed; both plan to stay, and these deal with it."),
        flagged("It was one of the biggest problem", "problem"),
        accepted("“It took more than 100 year,” said Zoë Müller."),
        accepted('"It took more than 100 year," said Zoë Müller.'),
        accepted("A 100-year-old law, a two hour drive and a 10 year plan."),
        accepted("He is 6 foot tall, weighs 200 pound and won 20 percent."),
        flagged("The city is about 30 kilometer away; she was 57 year old and the tunnel is three mile long.", "kilometer", "year", "mile"),
        accepted("It has 80 gigabyte hard drive, a 60 inch (152.4 cm) mirror, a 57 year old owner and 30 kilometer roads."),
        accepted("He weighs 12 stone, paid 10 euro and ran 50 mile races; an inexperienced 13 year old won."),
        accepted("The 2004 election, page 12, Section 2 and No. 10 were cited."),
        accepted("Players in round 2 match lost; the gene for methyltransferase 3 beta was found."),
        accepted("One of the family was there; one year later, several hundred came."),
        accepted("Both man and machine failed."),
        flagged("A women was rescued from the river.", "A women"),
        flagged("He bought a cars yesterday, the dealer said.", "a cars"),
        flagged("He bought one cars and spent one years in Paris.", "cars", "years"),
        accepted("The one cars hit was red; no one cares; they met in one on one meetings, one of the talks."),
        accepted("A few days later a jobs report and a means of appeal came out."),
        flagged("The EU wants a two-year restrictions, and it razed an 11th-century chapels.", "a two-year restrictions", "an 11th-century chapels"),
        flagged("He lived in a Buddhist monasteries; at this stages of the war, for this reasons, they left.", "a Buddhist monasteries", "stages", "reasons"),
        accepted("Much of this stems from the law; none of this matters. With this comes the risk; in this lies a clue."),
        accepted("Keir set up a chemical works; it was a Japanese special forces/airborne unit and a 10-year-old girls' school."),
        accepted("It was a twenty-eight days' march, a New Deal programs office and a 2-0 wins record."),
        flagged("These kind of errors cost much problems.", "kind", "much problems"),
        accepted("This kind of error needs much larger fixes; much needs doing."),
        accepted("Both liberal outside groups and several senior inside sources agreed."),
        flagged("The deal covers Acme, Globex and many other; this reports are wrong.", "other", "reports"),
        accepted("Most of these deal with roads; they help each other, and this means war."),
        accepted("Several being edible, the funds both support rural growth in one to two story detached houses."),
        accepted("It has several family owned shops and several tennis, golf and rugby courts."),
        accepted("The I-485 perimeter had 262 thefts per 100,000 population."),
        accepted("It is online at an alumni website, one of few of its kind."),
        accepted("Firms which both support rural growth will probably both die on the \"Billboard\" 200 chart."),
        flagged("She was suspended for two week after slamming the board.", "week"),
        flagged("The town built a new water supply systems and hired an extra inspectors.", "a new water supply systems", "an extra inspectors"),
        accepted('Tables list the p"K"a values of common acids.'),
        flagged("The town opened (a new water supply systems) on Monday.", "a new water supply systems"),
        flagged("A number of student said it was one of the reason they left.", "student", "reason"),
        flagged("A group of farmer met the minister, and a set of window was broken.", "farmer", "window"),
        accepted("There is lots of beach to explore, plenty of sky, and a group of farmers."),
        flagged("Several of the member left early.", "member"),
        accepted("The farm was a long ways off; at this time fountain pens were rare."),
        accepted("A golf course spans much of the ward, as this allowed squadrons to train."),
        accepted("For a small fee users can join; she was one of our number."),
        accepted("He stopped within a foot or two of the door and read a number of the student essays."),
        flagged("The mayor started several large project with the council.", "project"),
        flagged("The shop sells all sort of things.", "sort"),
        flagged("Neither parties agreed.", "parties"),
        accepted("Either students or teachers will go; either works."),
        accepted("It hit a near 30 year low under a two tier system with four heavyweight boxing champions."),
        accepted("Two of the same letter make a digraph; the number of the chronological order is given."),
        flagged("The band sold an estimated 250 millions records.", "millions"),
        accepted("In 1979 millions were lost; he scored three hundreds in the series; the two thousands began."),
        flagged("There are lots of option and a wide range of student groups, and a lot of student left.", "option", "student"),
        accepted("They spent a lot of time on the road with plenty of fuel; the range of the missile is long."),
        flagged("The museum bought a collection of poem, and a group of student protested.", "poem", "student"),
        accepted("The crew left the set of the film; she keeps a list of work and a series of art."),
        flagged("They sell different kind of hats. One of the reason I went was the band.", "kind", "reason"),
        accepted("There is no other kind of hats, a different type of shoes and the other sort of people."),
        flagged("The plan lets more student enrol; pupils from other country were there.", "student", "country"),
        flagged("Most student left early.", "student"),
        flagged("The mill hired dozens of worker last year.", "worker"),
        accepted("The school offers several new violin- and drum-playing courses; most money left over went to charity."),
        accepted("On the other hand, one more year gives more time; no other way, each other and the only other place."),
        accepted("They ignored each others emotions."),
        accepted("Other information came in a rule, a by-law or other similar measure."),
        flagged("It is one of the most popular ride at the fair.", "ride"),
        flagged("It is one of the oldest church in town, and each of the problem needs a fix.", "church", "problem"),
        accepted("It is one of the most popular at the fair; she won the most in the league."),
        flagged("The tickets sales rose, and there are three keys issues.", "tickets sales", "keys issues"),
        accepted("Ticket sales rose; the sports car, the arms race and the weapons program came up."),
        accepted("The pod reaches maturity in May, and two shuttles service multiple stores in our lives today."),
        accepted("The tickets sales rose, and the drugs trade grew.", spelling="en-GB"),
        flagged("The tickets sales rose, and the drugs trade grew.", "tickets sales", "drugs trade", spelling="en-US"),
    )

    def check(self, doc, context: Context):
        reported = set()
        for finding in self._counted(doc):
            reported.add(finding.start)
            yield finding
        british = None
        for noun, described, singular in plural_modifiers(doc.analysis("lexicon"), doc.analysis("tags")):
            if noun[1] in reported:
                continue  # "250 millions records": read already, after its number
            if british is None:
                british = story_variety(doc, context) == "en-GB"
            if british:
                break  # "the drugs trade", "a games console": British copy writes these plurals
            written, after = doc.text[noun[1] : noun[2]], doc.text[described[1] : described[2]]
            right = lx.recase(singular, written)
            yield self.finding(
                doc,
                noun[1],
                described[2],
                f"\"{written} {after}\": a noun that describes the next one is mostly singular"
                f" (\"{right} {after}\").",
                suggestions=[f"{right} {after}"],
                severity="info",
            )

    def _counted(self, doc):
        """The findings of the readings after a counting word or a determiner."""
        vocabulary = doc.analysis("lexicon")
        for _, tokens, i in vocabulary.token_hits(_pattern()):
            if tokens[i][0] in ("other", "different") and (i == 0 or tokens[i - 1][0] not in _ONE_KIND):
                k = kind_after_all(tokens, i)
                if k is not None:
                    # "other kind of clothes", "different type of shoes": more than one sort
                    yield self._number_finding(doc, tokens[i], tokens[k], plural_of(tokens[k][0]), "plural")
                    continue
            if tokens[i][0] == "other" and other_alone(tokens, i):
                yield self._number_finding(doc, tokens[i - 1], tokens[i], "others", "plural")
                continue
            if tokens[i][0] == "all":
                k = kind_after_all(tokens, i)
                said = doc.analysis("tags").token_at(tokens[i][1]) if k is not None else None
                if said is not None and said.tag == "DT":  # not "we were all kind of friends"
                    yield self._number_finding(doc, tokens[i], tokens[k], plural_of(tokens[k][0]), "plural", "info")
                continue
            if tokens[i][0] == "much":
                k = plural_after_much(tokens, i)
                if k is not None:
                    written = doc.text[tokens[i][1] : tokens[i][2]]
                    right = lx.recase("many", written)
                    noun = doc.text[tokens[k][1] : tokens[k][2]]
                    yield self.finding(
                        doc,
                        tokens[i][1],
                        tokens[k][2],
                        f"\"{written} {noun}\": a plural noun takes \"{right}\", not \"{written}\".",
                        suggestions=[f"{right} {noun}"],
                    )
                continue
            if tokens[i][0] == "one" and _one_as_determiner(tokens, i) and not _inside_a_word(tokens, i):
                k = plural_after_single(tokens, i)
                if k is not None and not _modifies_next_noun(doc.analysis("tags"), tokens[k]):
                    singular = singular_of(tokens[k][0]) or irregular_singulars().get(tokens[k][0], "")
                    yield self._number_finding(doc, tokens[i], tokens[k], singular, "singular")
                    continue
            if (tokens[i][0] in SINGLE_DETERMINERS or tokens[i][0] == "this") and not _inside_a_word(tokens, i):
                k = plural_after_this(tokens, i) if tokens[i][0] == "this" else plural_after_single(tokens, i)
                severity = None
                if k is None:
                    # read from the tagger: describing nouns may stand between, a plural that
                    # is a verb too may be the head; on clean copy about half of these were
                    # right ("a jobs at any price economy", "a little neutral spirits"), so info
                    k, severity = plural_in_phrase(doc.analysis("tags"), tokens, i), "info"
                if k is not None and not _modifies_next_noun(doc.analysis("tags"), tokens[k]):
                    noun = tokens[k]
                    singular = singular_of(noun[0]) or irregular_singulars().get(noun[0], "")
                    if tokens[i][0] in ("a", "an") and singular:
                        yield self._article_finding(doc, tokens[i], tokens[i + 1], noun, singular, severity)
                    else:
                        yield self._number_finding(doc, tokens[i], noun, singular, "singular", severity)
                if tokens[i][0] != "each":
                    continue
            if tokens[i][0] in ("either", "neither") and not any(t[0] in ("or", "nor") for t in tokens[i + 1 : i + 8]):
                # "either sides", "neither parties": a determiner of one of two ("either X or
                # Y" is a pair of choices, left alone)
                k = plural_in_phrase(doc.analysis("tags"), tokens, i)
                if k is not None:
                    singular = singular_of(tokens[k][0]) or irregular_singulars().get(tokens[k][0], "")
                    yield self._number_finding(doc, tokens[i], tokens[k], singular, "singular", "info")
                    continue
            if tokens[i][0] in QUANTITY_NOUNS:
                k = quantity_of(tokens, i, _PhraseEnds(doc.analysis("tags"), tokens))
                if k is not None and plural_of(tokens[k][0]) and _tagged_as_counted(doc.analysis("tags"), tokens, i, k):
                    yield self._number_finding(doc, tokens[i], tokens[k], plural_of(tokens[k][0]), "plural")
                continue
            k = of_phrase(tokens, i, _PhraseEnds(doc.analysis("tags"), tokens, verbs=True)) if tokens[i][0] in OF_COUNTERS else None
            severity = None
            if k is None and tokens[i][0] not in ("one", "each"):
                # a number or a counting word straight before the noun: on Wikipedia text
                # most such findings were labels, units, zero plurals and compounds ("Lines 4
                # and 8 pass", "thirty cannon", "the three ego-state model"), so info
                k, severity = plural_needed(tokens, i, _PhraseEnds(doc.analysis("tags"), tokens)), "info"
                if k is None:
                    k = singular_in_phrase(doc.analysis("tags"), tokens, i)
            if k is None:
                continue
            k = _head_before_verb(doc.analysis("tags"), tokens, i, k)
            plural = plural_of(tokens[k][0])
            if plural and _tagged_as_counted(doc.analysis("tags"), tokens, i, k):
                yield self._number_finding(doc, tokens[i], tokens[k], plural, "plural", severity)

        for _, tokens, i in vocabulary.token_hits(_that_pattern()):
            k = plural_after_that(tokens, i + 1)
            if k is not None:
                singular = singular_of(tokens[k][0]) or irregular_singulars().get(tokens[k][0], "")
                yield self._number_finding(doc, tokens[i + 1], tokens[k], singular, "singular", "info")

        for _, tokens, i in vocabulary.token_hits(_multiplier_pattern()):
            k = _plural_multiplier(tokens, i)
            if k is not None:
                yield self._number_finding(doc, tokens[i], tokens[k], tokens[k][0][:-1], "singular")

    def _number_finding(self, doc, before, noun, form: str, number: str, severity: str | None = None):
        """The finding that ``noun``, after the word ``before``, should be ``form`` (its
        ``number``: plural or singular)."""
        written = doc.text[noun[1] : noun[2]]
        said = doc.text[before[1] : before[2]]
        right = lx.recase(form, written)
        return self.finding(
            doc,
            noun[1],
            noun[2],
            f"After \"{said}\", \"{written}\" should probably be {number}: \"{right}\".",
            suggestions=[right],
            severity=severity,
        )


    def _article_finding(self, doc, article, first, noun, singular: str, severity: str | None = None):
        """"a predefined rules": the noun made singular or the article left out, the fix the
        article model (``article_order``) finds likelier first; the finding covers both."""
        text = doc.text
        written, said = text[noun[1] : noun[2]], text[article[1] : article[2]]
        right = lx.recase(singular, written)
        kept = text[article[1] : noun[1]] + right  # "a predefined rule"
        between = text[first[1] : noun[1]] + written  # "predefined rules"
        if said[:1].isupper():
            between = between[:1].upper() + between[1:]
        suggestions = [kept, between] if article_order(doc, noun, singular) else [between, kept]
        return self.finding(
            doc,
            article[1],
            noun[2],
            f"After \"{said}\", \"{written}\" should probably be singular (\"{kept}\"),"
            f" or \"{said}\" is one word too many (\"{between}\").",
            suggestions=suggestions,
            severity=severity,
        )


# Words after which "one" counts the noun after it ("bought one cars"): a verb or a
# preposition the lexicon knows as nothing else; not a determiner ("the one cars hit", "no
# one"), where "one" is a pronoun that a clause may follow.
def _one_as_determiner(tokens, i: int) -> bool:
    if i == 0:
        return False
    before = tokens[i - 1][0]
    if i >= 2 and tokens[i - 2][0] == "one":
        return False  # "one on one situations", "one to one lessons": a compound that describes
    found = set(lx.tags(before))
    return before in _ONE_AFTER or bool(found) and found <= {"v"} and before not in ("be", "is", "are", "was", "were")


_ONE_AFTER = word_set("in on at for with from into by of to about after before than")


def _inside_a_word(tokens, i: int) -> bool:
    """The letters at ``i`` are written on to a word before them, no space between, straight
    or after a closing mark: the end of a symbol or a name ('p"K"a values', "X'a"), not a
    determiner. (An opening mark before a determiner is no such thing: '"a women'.)"""
    if i == 0 or tokens[i - 1][2] != tokens[i][1]:
        return False
    before = tokens[i - 1]
    if before[0][:1].isalnum():
        return True
    return i >= 2 and tokens[i - 2][2] == before[1] and tokens[i - 2][0][:1].isalnum()


def article_order(doc, noun, singular: str) -> bool:
    """Whether the noun made singular comes before the article left out: the article model
    (``newslint.article_model``), asked about the phrase with its noun made singular, gives
    "a" at least the probability of no article (a singular count noun there takes "a"; a
    context that wants none wants the plural). Where the model cannot read the phrase, the
    singular, as the determiner asks."""
    from ... import article_model  # here: only when a finding is made

    located = doc.analysis("tags").locate(noun[1])
    if located is None:
        return True
    sentence, k = located
    words = [t.text for t in sentence.tokens]
    tags = [t.tag for t in sentence.tokens]
    words[k], tags[k] = singular, "NN"
    reading = article_model.phrase_at(words, tags, k)
    if reading is None:
        return True
    p = article_model.probabilities(reading.features)
    return p["a"] >= p["none"]


def _head_before_verb(tags, tokens, i: int, k: int) -> int:
    """The counted noun: ``k``, or the count noun before it when the tagger reads the word at
    ``k`` as a finite verb and that noun as a singular noun ("Two main road lead into town",
    "three bus stop there": the lexicon let the noun describe the next word, which is the
    verb whose subject the phrase is)."""
    if k - 1 <= i or not is_count(tokens[k - 1]):
        return k
    located = tags.locate(tokens[k][1])
    if located is None:
        return k
    sentence, n = located
    toks = sentence.tokens
    if n >= 1 and toks[n].tag in _FINITE_VERB_TAGS and toks[n - 1].tag == "NN" and toks[n - 1].start == tokens[k - 1][1]:
        return k - 1
    return k


_FINITE_VERB_TAGS = frozenset(("VBP", "VBZ", "VBD", "MD"))


def _tagged_as_counted(tags, tokens, i: int, k: int) -> bool:
    """The tagger agrees that the word at ``k`` is a singular noun ending the phrase that the
    counting word at ``i`` opens: not an adjective or a verb ("several being edible", "both
    support rural", "numerous small individual flowers"), nor a noun that modifies a plural
    noun after it, alone or in a list ("several family owned firms", "one to two story
    detached houses", "several cricket, football and rugby pitches", "40 day and 11 night
    bus lines"); and a number is a count, not a label or a rate ("I-485 perimeter", "per
    100,000 population")."""
    counter = tokens[i]
    if counter[0][:1].isdigit() and i >= 1:
        before = tokens[i - 1]
        if before[2] == counter[1] or before[0] in ("per", '"', "”", ")"):
            return False  # "I-485", "per 100,000 population", the "Billboard" 200 chart
    located = tags.locate(tokens[k][1])
    if located is None:
        return False
    sentence, n = located
    toks = sentence.tokens
    if toks[n].tag != "NN":
        return False
    at = tags.locate(counter[1])
    if at is not None and at[0] is sentence and any(
        t.tag.startswith("VB") and t.tag not in ("VBG", "VBN") for t in toks[at[1] + 1 : n]
    ):
        return False  # "Of the 40 staff, 12 work part-time": a verb between, the number its subject
    if counter[0][:1].isdigit() and _sentence_verb(toks, n):
        return False  # "Of the boys, 8 study here": the figure is the subject, the word its verb
    if counter[0][:1].isdigit() and i >= 1:
        at = tags.locate(counter[1])
        if at is not None and at[1] >= 1 and at[0].tokens[at[1] - 1].tag in _LABELLED:
            return False  # "methyltransferase 3 beta", "a Form 5 pupil", "the round 2 match": a label
    if counter[0] == "both" and i >= 1:
        at = tags.locate(counter[1])
        if at is not None and at[1] >= 1 and (
            at[0].tokens[at[1] - 1].tag in _BEFORE_FLOATING_BOTH or at[0].tokens[at[1] - 1].text.lower() in BE_FORMS
        ):
            return False  # "they will both die", "which both support": "both" goes with the subject
    for m in range(n + 1, min(len(toks), n + 8)):
        tag, before = toks[m].tag, toks[m - 1].tag
        if before == "CC" and toks[m].text.lower() in OPENS_A_PHRASE:
            return True  # "500 wolf and many deer": a phrase of its own after "and"
        if tag == "NNS":
            # the plural noun the phrase counts comes later ("two story detached houses"),
            # unless it is joined to the noun as another head ("singer / songwriters")
            return before in (",", "CC")
        if tag == "CD" and before in (",", "CC"):
            return True  # "three laptop, four phones": a list of things counted apart
        if before == "," and tag != "NN":
            return True  # "these program, average voters": the phrase ended at the comma
        if tag == "VBD" and not toks[m].text.endswith("ed"):
            return True  # "these option were": a verb ("detached" may be read as a past)
        if tag not in _BETWEEN_MODIFIER_AND_NOUN:
            return True
    return True


# Tags of a word that a figure after it names rather than counts ("Form 5", "round 2", "Lines 4").
_LABELLED = frozenset(("NN", "NNS", "NNP", "NNPS"))
# Tags of a word that a noun before it cannot describe: a preposition, a past or a modal, a
# relative, a stop. (Not a present "-s" form: the tagger may read a plural noun as one, "100
# full page adverts/VBZ".)
# Tags of a word that opens a verb's object or complement: "needs a/DT fix", "has its/PRP$".
_OBJECT_OPENERS = frozenset(("DT", "PRP$", "PRP", "TO", "RB", "JJ", "CD"))
_ENDS_NOUN_PHRASE = frozenset(("IN", "TO", "WDT", "WP", "MD", "VBD", ".", ",", ":", "PRP", "PRP$", "WRB"))


class _PhraseEnds:
    """Does the tagger read the word after ``tokens[k]`` as one that ends the noun phrase
    (``_ENDS_NOUN_PHRASE``: "two week after/IN slamming")? Not a preposition that is an
    adjective too before a noun ("both liberal outside/IN groups")."""

    def __init__(self, tags, tokens, verbs: bool = False):
        self._tags, self._tokens, self._verbs = tags, tokens, verbs

    def __call__(self, k: int) -> bool:
        tokens = self._tokens
        if k + 1 >= len(tokens):
            return False
        if tokens[k + 1][0] in DEICTIC and k + 2 < len(tokens) and tokens[k + 2][0] in TIME_NOUNS:
            return True  # "dozens of worker last year": a time of its own follows the noun
        tagged = self._tags.token_at(tokens[k + 1][1])
        if self._verbs and tagged is not None and tagged.tag in ("VBZ", "VBP") and k + 2 < len(tokens):
            # after "of" and a determiner: a present verb with its object after it ends the
            # phrase ("each of the problem needs a fix"), which a noun it described would not
            following = self._tags.token_at(tokens[k + 2][1])
            if following is not None and following.tag in _OBJECT_OPENERS:
                return True
        if tagged is not None and tagged.tag == "VBG" and k + 2 < len(tokens):
            # a participle with its object after it ends the phrase ("one of the biggest
            # problem facing the town"), which a noun it described would not ("two tree
            # planting schemes")
            following = self._tags.token_at(tokens[k + 2][1])
            if following is not None and following.tag in ("DT", "PRP$"):
                return True
        if tagged is not None and tagged.tag == "VBN" and _only_verb(self._tags, tagged):
            return True  # "Most student left early.": a past that is the sentence's one verb
        if tagged is None or tagged.tag not in _ENDS_NOUN_PHRASE:
            return False
        if tagged.tag == "IN" and "a" in lx.tags(tokens[k + 1][0]) and k + 2 < len(tokens):
            following = self._tags.token_at(tokens[k + 2][1])
            return following is None or following.tag not in ("NN", "NNS")
        return True


# Tags of a finite verb: a sentence that holds none besides a past participle after the noun
# has that word for its verb.


def _only_verb(tags, tagged) -> bool:
    """The word the tagger read as a past participle is also a simple past (``pasts``), and
    the sentence has no finite verb of its own: the participle must be the verb ("Most
    student left early": not "the money left over was")."""
    if tagged.text.lower() not in pasts():
        return False
    located = tags.locate(tagged.start)
    if located is None:
        return False
    sentence, _ = located
    return not _finite_verb(sentence.tokens)


def _sentence_verb(toks, n: int) -> bool:
    """The word at ``n``, read as a noun, is a verb's plain form in a sentence with no finite
    verb of its own: it must be the verb ("The first 10 finish in the points")."""
    return toks[n].text.lower() in bases() and not _finite_verb(toks)


def _finite_verb(toks) -> bool:
    """The sentence holds a finite verb or a modal, as the tagger reads it."""
    return any(t.tag in FINITE_TAGS for t in toks)


def _modifies_next_noun(tags, noun) -> bool:
    """The tagger reads the word after ``noun`` as a noun, which ``noun`` describes ("an
    alumni website": a word the lexicon may not know)."""
    located = tags.locate(noun[1])
    if located is None:
        return False
    sentence, n = located
    return n + 1 < len(sentence.tokens) and sentence.tokens[n + 1].tag in ("NN", "NNS") and not names_a_day(sentence.tokens[n + 1].text)


# Tags before a "both" that goes with the subject before it, not with the noun after it.
_BEFORE_FLOATING_BOTH = {"PRP", "WDT", "WP", "MD", "RB"}
# Tags that may stand between a noun that modifies and the plural noun it modifies.
_BETWEEN_MODIFIER_AND_NOUN = {"NN", "JJ", "VBN", "VBD", "HYPH", "CC", ",", "CD"}


_MULTIPLIERS = ("hundreds", "thousands", "millions", "billions", "trillions")


def _plural_multiplier(tokens, i: int) -> int | None:
    """The index of "millions" in "an estimated 250 millions records", "two hundred
    thousands years": a number word that multiplies the number before it, in the plural,
    before the words it counts (a number multiplied takes no plural). Not a year before it
    ("in 1979 millions were"), a decade ("the two thousands"), a count of centuries on
    their own ("three hundreds in the series": a preposition or a stop after it), nor "of"
    after it."""
    k = i + 1
    if k + 1 >= len(tokens) or tokens[k][0] not in _MULTIPLIERS or tokens[k][1] - tokens[i][2] != 1:
        return None
    number, after = tokens[i][0], tokens[k + 1]
    if number.isdigit() and len(number) == 4 and 1000 <= int(number) < 2100:
        return None  # a year: "in 1979 millions were lost"
    if i >= 1 and tokens[i - 1][0] in ("the", "in", "of", "by", "since", "until", "from", "to", "and") and not number.isalpha():
        return None  # "the 20 millions", "in 1989 thousands": a label or a date, not a count
    if i >= 1 and tokens[i - 1][0] == "the":
        return None  # "the two thousands": a decade
    if not after[0].isalpha() or after[0] in function_words() or after[0] in ("of", "more", "less"):
        return None
    return k


@lru_cache(maxsize=1)
def _that_pattern() -> re.Pattern:
    """A preposition and "that" after it (``one_thing.BEFORE_THAT``: "at that times")."""
    return re.compile(rf"(?<![\w'’-])(?:{lx.alternation(BEFORE_THAT)})(?=[ ]that[ ])")


@lru_cache(maxsize=1)
def _multiplier_pattern() -> re.Pattern:
    words = lx.alternation(NUMBER_WORDS | {"hundred"})
    return re.compile(rf"(?<![\w'.,$£€-])(?:{words}|\d+(?:,\d\d\d)*(?:\.\d+)?)(?=[ ](?:{'|'.join(_MULTIPLIERS)})\b)")


# Words before "other" or "different" that make it one sort: "any other kind of", "a
# different type of", "the other sort of".
_ONE_KIND = word_set(
    "a an the any no some every each one this that another his her their its our my your whose which what"
)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    words = lx.alternation(TRIGGERS | {"other", "this", "different"})
    return re.compile(rf"(?<![\w'.,])(?:{words}|\d[\d,]*|{BEFORE_OF_TRIGGERS})(?![\w'])")
