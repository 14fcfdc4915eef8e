"""G203: a verb that does not agree with the head of its subject ("The results was").
"""

from __future__ import annotations

import re

from ...analysis import lexicon as lx
from ...rule import Context, Rule, accepted, flagged
from .across_relative import across_relative_disagreement
from .across_relative import candidates as across_relative_candidates
from .candidates import candidates, verb_read_as_noun_candidates
from .people import PLURAL_AFTER_NAME, person_surnames, surname_disagreement
from ..verbs import bases, function_words, past_of, third_base
from .subject import AMERICAN_NAME, first_names, story_variety


# Plural verbs that may follow a person's surname.
_PLURAL_AFTER_NAME = re.compile(r"(?<![\w'])(?:" + "|".join(sorted(PLURAL_AFTER_NAME)) + r")(?![\w'])")

class SubjectVerbAgreement(Rule):
    """A verb that does not agree with the head of its subject ("The results was").

    *What it flags*: "is", "are", "was", "were", "has", "have", "does" and "do", and
    present-tense verbs that cannot be nouns ("demonstrates", "achieve"), when the subject
    before them is the other number: a plural noun with a singular verb ("the
    results was"), a singular count noun or a mass noun with a plural verb ("the original
    palace were", "the equipment were"), the head before prepositional phrases ("the
    membership of the bands were", "the rise in bus fares were", "the cleanup of the sites
    in Virginia achieve"; for be, have and do however far back in the sentence the head
    stands: "The results of the most recent census by the Government of Nigeria is", also
    "and" before a singular verb anywhere before it: WikEd tune 5,518 -> 5,561, held-out
    2,049 -> 2,069, findings at untouched words 127 | 36 unchanged; on clean copy, 15 new in
    the 1,701 Wikipedia drafts and the dev corpus, 13 right by the stylebooks' rule, 2
    arguable, and 8 more in the 5.2 million words of the AA/AB/AC sample, one wrong: "Carp
    are shown", a zero plural the noun table lacks) and a relative clause on it ("the members who run the club
    was"; and, read apart in ``across_relative``, a subject that opens its clause with a
    relative clause whose own verb agrees with it: "the officer who was injured are", "the
    letters that the mayor sent was"; or a participle's phrase: "the man injured in the
    crash were"; before any present verb when the participle ends in "-ed" and a
    preposition opens its phrase, "navigation systems installed at the airport provides":
    2026-12-08, WikEd tune 6,006 -> 6,008, held-out 2,215 -> 2,216, untouched unchanged;
    over Wikipedia AD_80-99 one new, right, "Local attractions located in this strip
    includes"), an office before the name it belongs to ("the President of the
    club are"), "each", "every" and "one of" ("each one of us have", "every member
    have", "one of the men were"), the subject before an aside in dashes ("the phone - made
    by Sharp - were") or one that adds company ("the mayor, along with two aides, were"; and
    "he", "she", "we" or "they" before such an aside, "he, like many others, still do not":
    WikEd tune 5,798 -> 5,800, held-out 2,143 -> 2,144, nothing new at untouched words or on
    clean copy),
    or a relative clause, a participle's phrase or an adverb in commas ("the reports, which
    the council published, was", "the new rules, introduced in March, requires"; WikEd
    tune 5,010 -> 5,024, held-out 1,862 -> 1,864, findings at untouched words 101 -> 102,
    right: "mental states is" | 29; nothing new on clean copy; and an "-ing" phrase, "like"
    or "unlike" and a phrase that stands as an adverb, "of course", "for example": "her
    groom, standing nearby, were", "the radicals, like an alphabet, was"; WikEd 5,112 ->
    5,114 | 1,909 -> 1,915, untouched unchanged; clean copy one more, right: "Its
    second-generation models, like the Creative Zen Micro Photo, is due out"), or a noun phrase in commas
    that renames it, unless one is plural and the other singular ("her father, a retired
    judge, are"; not "that franchise, the Las Vegas Outlaws, were", three such on clean
    copy before that test; WikEd 5,024 -> 5,031 | 1,864 -> 1,866, nothing new elsewhere),
    "which", "who" and "that" standing for the noun just before them, with any present
    verb ("the move, which were", "a report that were", "residents who lives", "shops that
    sells", "owners and investors who is", "a voice or a message that come", and "people
    who lives", unless "a", "the" or the like makes "people" a nation; "who" after a
    person's name, a first name with or without a surname, before a plain verb ("Nancy, who
    pull", "Carl Denham who capture"; not a few words after a preposition or "and": "voters
    like Kevin Kelly, who run"; and after "who" a plain form that is an adjective too:
    "an author who live"; WikEd tune 4,955 -> 4,959, held-out 1,838 -> 1,839, findings at
    untouched words 97 -> 98, right: "anyone who separate" | 29, nothing new on clean copy; after "that" a plain
    form that is a noun too before an object, a particle or a counting word: "the spark that
    push some to"; WikEd tune 4,879 -> 4,886, held-out 1,815 -> 1,821, nothing new at
    untouched words, one new finding on clean copy, right; or one WordNet's texts use mostly
    as a verb, where no "so" or "such" shortly before makes "that" open a clause of result
    and no modal or auxiliary after it makes it a subject: "a pod that jump around", "every
    security threat that plague Windows PCs"; WikEd 5,099 -> 5,112 | 1,901 -> 1,909,
    untouched 104 -> 105, right: "any DRM system that permit" | 30; clean copy two more,
    both right, "threat that plague", "locomotion that give rise"; wrong before the two
    tests: "so little pasture in the area that pack horses", "the understanding that care
    would"), a titled name ("Mr Brown were"), a first name and a surname straight before the
    verb, outside British copy ("Rick Santorum have", "William Lloyd Garrison were"; first
    names from the 1990 US Census, none that is a title too: "Major Horn"; and a first name
    alone that opens its clause before a plain verb other than be, have and do ("After the
    war, Susan move to Paris", "Later John find"; or before an aside in commas: "Maria,
    fearing the worst, call"; WikEd 5,717 -> 5,721 | 2,115 -> 2,115, nothing new at untouched
    words or on the wide copy; also after a word that opens a clause, "when Felix ask Max",
    not "that", after which the plain verb may be a mandate, "insisted that Felix ask";
    2026-12-08, WikEd 5,924 -> 5,928 | 2,185 -> 2,186, nothing new at untouched words, on
    clean copy or in eval_real_edits.py), unless the name is a verb or a modal too
    ("Harry", "Will") or the counts' text writes it after "in", "at", "from" or "to" more
    than six times in a hundred, as it does places ("India", "Chelsea", "Paris"; first names
    2 to 5): WikEd tune 5,061 -> 5,099, held-out 1,879 -> 1,901, findings at untouched words
    104 | 29 -> 30; clean copy nothing new ("India were due to tour" before the place test); a surname is a
    known name, or no English word and no plural: not "the Dallas Cowboys", "the Don
    Cossacks", "Marine Selectees"; British copy gives a firm named for its founder a plural
    verb: "Merrill Lynch are"; WikEd tune 4,886 -> 4,913, held-out 1,821 -> 1,827, findings
    at untouched words 95 -> 95 | 28 -> 29, nothing new on clean copy),
    a counting word standing alone for more than one where its clause opens, or floating after
    "they", "we" or a plural noun that opens its clause ("all", "both"), with "is", "was", "has", "does" or a third-person verb WordNet reads
    mostly as a verb ("Both was built", "many learns with balls", "they all wants", "their
    classes all requires"; not "how
    many is too many", "a few is enough", "all is well", "both designs and builds"; WikEd
    tune 4,636 -> 4,652, held-out 1,733 -> 1,736, no finding at an untouched word, none new on
    clean copy), the noun phrase after a "here is" or "here are" that opens its clause, read
    as after "there" ("Here is the results", "here's the steps", "Here are a list of"; not
    "Here is where", "the people living here has" is another reading; WikEd 4,652 -> 4,657 |
    1,736 -> 1,741, nothing new elsewhere), the same in a question, where "be" comes first:
    before "there" ("Is there any problems?", "Are there a reason?") or after "where",
    "what", "why", "how" or "when" that open it, with the noun phrase straight after "be"
    ("Where is the keys?", "What is the reasons for it?"; not "What is up guys?"; over the
    clean copy, the 300 Wikipedia AA/AB/AC files, the Gutenberg books and the presidents'
    addresses no finding, nor at any real-error harness's error: slips for drafts, not
    Wikipedia), a plural after "there is" that is a lemma too but
    far rarer as a singular than its singular noun ("may_be_singular": "there was bad things";
    not "there is news"), "this", "these" or "those" opening a clause
    straight before a verb of the other number that has no noun reading, or that is mostly
    a verb before an object pronoun ("This make it easier", "These was due to", "These
    includes bans"; not "this time the", "This move to", "let this happen", "as if this
    were"), and "one" for anybody after a word that opens a clause, before a plain verb
    ("Once one become", "where one need to pump"; not "one party to", "one place the";
    WikEd 4,657 -> 4,732 | 1,741 -> 1,766, findings at untouched words 89 -> 91 | 28 -> 28,
    nothing new on clean copy; and a word that is a noun too before an object, when the
    tagger reads its form in -s there as a verb: "when one experience a setback"; WikEd
    5,691 -> 5,693 | 2,107 -> 2,108, nothing new at untouched words or on clean copy),
    personal pronouns
    ("they was", "he have", "he go", "they says", "he am", and after "he", "she", "we" or
    "they" a word that is an adjective too when the tagger reads a verb: "He live in", "if he
    suspect that"; WikEd 4,732 -> 4,741 | 1,766 -> 1,769; "he", "she", "we" and "they"
    wherever they stand, as they are never objects: "in 2004 they was"; "it" and "you" after
    a noun or a number, which no object follows: "since 2019 it have", and "it" after
    "than": "turnout was lower than it were in 2008" (WikEd tune +1, injected "was" ->
    "were" in news, tune half 320 -> 322, nothing new on clean copy); "you" before a
    third-person form that WordNet reads mostly as a verb, where it opens a clause or follows
    a noun: "if you says", "the buildings you likes", not "next to you looks", "you guys";
    WikEd 6,152 -> 6,162 | 2,304 -> 2,305, findings at untouched words 1,966 -> 1,967 | 710,
    nothing new on clean copy) and pronouns that take a singular verb
    ("everyone are", "nobody know"), the noun phrase after "there is" and
    "there are" ("there is many reasons", "there are a reason", "there is some issues", "there is two schools", "there
    has been many complaints", "there is elementary schools located in": a participle
    after the noun ends its phrase; "there is no locally chosen members", "there is not any
    seats", "there is a few routes"; and a singular noun after "no" or "one", or a mass noun
    with no determiner, "some" or "little", after "there are": "there are no evidence", "there
    are some information", "there were very little interest"; a number made approximate or
    with nouns before its plural: "there is over 300 stalls", "there was more than 2,000
    signatures", "there is nine rugby pitches"), unless another noun is joined
    on: "there are also a museum, two trails and a campsite"; and the same after a verb that
    presents its noun as "be" does: "there exists three plans", "there remain a question";
    after "there were" also a singular with describing words alone, "there were intense
    domestic pressure", and a noun whose phrase a name after it closes, "there were no
    reason Trump would"), a word that counts a plural of-phrase ("many of the islands
    was", "two of her sisters is") and, before a plural verb, "most", "some", "all", "half"
    and the like before "of", a determiner and a singular noun that names no group ("Most of
    the money were", "some of the footage of his work are"; not "half of the team were";
    WikEd tune 5,599 -> 5,608, held-out 2,081 -> 2,086, untouched words 128 | 36; on clean
    copy two new findings, both right: "Most of his fief were located"), the subject past adverbs before its verb ("she often
    visit", "the mountains then follows"), a singular verb after noun
    phrases joined by "and", each with a determiner of its own or plural ("the mayor and the
    council is", "a fire, a flood and two strikes has", and with a verb other than be, have
    or do: "the office and its staff advises"; also two phrases the second of which has no
    determiner of its own, "layout and typography was", "their power and regional
    jurisdiction was", unless they may be one thing: a pair seen at least 20 times in the
    pair counts, "research and development", "drum and bass"; two descriptions of one
    person, "his father and namesake", or of one thing, "the county seat and largest city";
    a noun that may describe the second phrase's head too, "a netball and basketball
    stadium"; two adjectives, "drier and hotter weather": WikEd tune 5,456 -> 5,514,
    held-out 2,030 -> 2,049, findings at untouched words 125 -> 127 | 36 -> 36; on clean
    copy 49 new findings, all advice, in about 5.2 million words of Wikipedia and news,
    about 28 plainly right by the stylebooks' rule ("Memory protection and relocation was
    accomplished", "Eisenach's origin and early history is unknown", "heat shock and other
    stresses changes"), 16 pairs that may be read as one notion ("aroma and flavour is",
    "Its size and grandeur has") and 5 wrong ("An athletic supporter and protective cup
    is", "This piece and exhibit was", "the heavy-rail public transit and subway system
    connects")), or two full names ("Jim Jones and Tom Smith
    provides"), also a name and a person's full name ("Rasmussen and Matt Dominguez was")
    and full names after a description ("singers Ana Lopez and Tom Reed has"; WikEd tune
    4,959 -> 4,964, held-out 1,839 -> 1,841, nothing new at untouched words or on clean
    copy), two first names alone where the clause opens ("Jed and Matt realizes"; not a pair
    the counts' text writes often, a title: "Romeo and Juliet tells", nor "is" or "was"
    before an article: "Thelma and Louise is a film"; WikEd tune 5,614 -> 5,621, held-out
    2,092 -> 2,094, nothing new at untouched words or on clean copy; and a one-word name with
    a first name that is no English word as well, "Mae and Jack becomes", "Tony and Manny
    takes", not "Ernst and Young has": 2026-12-08, WikEd tune 5,919 -> 5,922, held-out 2,179
    -> 2,185, nothing new at untouched words or on clean copy), a plain plural before the
    verb where "and" joins names or one thing before it ("The XeTeX and LuaTeX systems allows";
    2026-12-08, WikEd tune 5,915 -> 5,918, held-out 2,177 -> 2,179, nothing new at untouched
    words; over Wikipedia AD_80-99 two new findings, both right: "Many transport and logistic
    companies has", "daytime and nighttime temperatures differs"), an abbreviation in capitals
    made plural by a lower-case "s" straight before a singular verb ("the NGOs has", "IFDs is
    used", "the NGOs says": 2026-12-08, WikEd tune 5,935 -> 5,946, held-out 2,188 -> 2,192,
    nothing new at untouched words or on clean copy), a number above one before a noun in "-s"
    that is its own singular ("2,203 species of insects has", "three series was"; not a field,
    "physics", nor "news": 2026-12-08, WikEd tune 5,931 -> 5,935, held-out 2,187 -> 2,188,
    nothing new at untouched words or on clean copy), a subject whose counting word an adverb
    grades where its clause opens ("but very few weapons was": 2026-12-08, WikEd tune 5,928 ->
    5,930, held-out 2,186 -> 2,187, nothing new at untouched words; over Wikipedia AD_80-99 one
    wrong finding fewer, "the Commission that had held the peace for so many years was"), an
    "-ing" noun after a determiner and before "of", the naming of one action ("the making of
    films have"; 2026-12-08, WikEd tune +2, held-out unchanged, nothing new at untouched words
    or on clean copy), "Both" alone before a singular auxiliary ("Both was built in 1894 and
    added"; an "and" only straight after the auxiliary joins two verbs: "both was and is"), a
    name or a subject pronoun and a phrase opened by a possessive ("John and his wife owns", "He and his
    family owns"; not "Bill Haley and his Comets"; WikEd tune 5,608 -> 5,614, held-out
    2,086 -> 2,092, nothing new at untouched words; clean copy one new, right: "Bacup and
    its hinterland has provided"), a number made approximate before a plural ("At least
    100 people was", "up to 20 cars has"; WikEd tune 5,621 -> 5,632, held-out 2,094 ->
    2,095, one more finding at untouched words, right: "at least one component … include";
    clean copy one new, arguable, as "ten children was not unusual" already was: "more
    than ten children was not unusual"), a plain plural before an of-phrase that "and"
    closes, whether "and" joins inside the of-phrase or joins a second subject ("The
    definitions of obscenity and pornography has"; not a count or an amount: "two years of
    war and famine has"; WikEd tune 5,640 -> 5,648, held-out 2,096 -> 2,102, one more
    finding at untouched words of the held-out half; clean copy unchanged), and after "both" opening its clause any noun
    phrases or names so joined ("both research and development is", "both Paris and London
    was"; not "both winter and summer climate", two words describing one noun), a noun
    phrase opened by a determiner after "and" that follows a clause with its own finite verb
    and no clause inside it, before a singular verb: "and" joins two clauses there, as two
    joined objects would leave the verb no subject ("the game turned into a rout and the
    visitors was", also after a comma: "…, and the leaves was"; not "the man who bought the
    house and the cars was", "the price of bread and the taxes was", a gerund: "and her
    having actors on stage was", nor a time: "and these days conducts"; WikEd tune 4,786 ->
    4,799, held-out 1,792 -> 1,793, one new finding at untouched words, in a garbled
    sentence, and with the comma 4,857 -> 4,872 | 1,810 -> 1,812; nothing new on clean
    copy), and the second of two verbs
    joined by "and" that share a subject ("needles move energy and releases endorphins"),
    also a form of "be", "have" or "do" or a verb after "and" or "but" that goes on from a
    main clause's finite verb in the other number, where that verb agrees with its subject
    ("the museum has been open since 1958 and contain three galleries", "the plan was
    dropped in 2009 and are now revived": not after an infinitive, "the aim is to measure
    and improve", nor after a clause opened by "whether" or "that", nor with a collective
    or a name for the subject, unless the first verb is singular and no plural "-s" ends the
    name: "Kanata misses him and embrace him", the writer's own number for it, and likewise
    for a collective noun in lower case with a present tense first ("the charity
    rehabilitates and find", "a synod also has a moderator and generally meet"; either
    number may suit a group, but not both: 2026-12-08, WikEd tune 5,964 -> 5,981, held-out
    2,200 -> 2,207, findings at untouched words 130 -> 135 | 30 -> 34, each a mixed pair
    whose first verb the editor changed, "The couple has two children and have
    collaborated"; over Wikipedia AD_80-99 3 new, each a real inconsistency, "the pair was
    deemed too young … and were forced"); and a plain form the tagger reads as an
    infinitive is a verb after "and" when it is mostly a verb and what follows goes with a
    verb rather than a noun ("and find new homes", "and give Riley the"; not "past and
    present Liverpool players", "the opening track and lead single": WikEd 5,955 -> 5,964 |
    2,194 -> 2,200, untouched unchanged, nothing new on clean copy); and the second of two
    verbs in the same number when the subject rules find the first wrong for its subject
    (not as advice only): "the fans does not give up and has made", "These devices is used
    … and is being tested" (WikEd 5,981 -> 6,006 | 2,207 -> 2,215, untouched 135 -> 142 |
    34 -> 37, each such a pair whose first verb the editor changed; over Wikipedia AD_80-99
    one new, beside the first verb's own finding, "The fresh fruit are … and have", where
    "fruit" is a plural; eval_real_edits tune 241 -> 242); WikEd tune
    5,031 -> 5,060, held-out 1,866 -> 1,879, findings at untouched words 102 -> 104 | 29;
    clean copy 3 more, each a real inconsistency: "the Soviet Union was able … and were
    able", "The TCG acknowledges this, and allegedly have developed", "Holcombe Hockey Club
    is one of the largest … and are based in Chatham"); after a past tense, which shows no number, the subject's
    own number decides ("the workers walked out and is", "they met the mayor and was"),
    for a pronoun or a lower-case noun, with no conjunction, "that" or other clause
    between the two verbs; a word that is a noun too is the second verb when the tagger
    reads it as one and an article, a possessive or an object pronoun follows it ("the
    drug lowers blood pressure and increase the risk"), or, when it is mostly a verb by
    WordNet's counts and no singular noun stands before "and", an infinitive or a particle
    ("He remembers their virtues and try to copy them"; 2026-12-05, WikEd tune 6,150 ->
    6,152, held-out 2,304 unchanged, findings at untouched words unchanged; clean copy one
    new, right: "Virgin Atlantic has purchased six ... and intend to fit them").
    The head is read past an aside that gives examples ("some elements, such as iron,
    forms"; an "and" inside it does not make two things of the subject: "Jewellery, such as
    watches and rings, is"), one that opens with "though", "while", "when", "if" and the
    like ("The monsoon, though heavy in Agra, are") or with an adverb before such an opener,
    and a plain form after a subject's aside is a present tense ("The Roman candle, a
    traditional firework, employ"; 2026-12-05, WikEd tune 6,129 -> 6,150, held-out 2,295 ->
    2,304, findings at untouched words 1,964 -> 1,966, both new ones right | 711 -> 710), a
    gerund's phrase after "of" ("other methods of losing weight includes") and a
    participle's phrase with "by" ("the money generated by these firms allow"), and, before
    "is", "are", "was", "were", "has" or "have", a relative clause on the subject's noun
    ("The car that broke down were towed") or an infinitive on it ("The move to ban him
    were", "In 1987, the requirement to wear wigs were reinstated"; not after "if": "even if
    the technology to map it were"; with the "there were" readings above, WikEd tune 5,578
    -> 5,590, held-out 2,074 -> 2,080, findings at untouched words 127 -> 128 | 36; one new
    finding on clean copy, the wigs, right); a clause
    opened by "where" or "why" has its subject after it ("the town where the roads was
    built"), as does one after "which" or "whom" (not "of which": "both of which help") and
    after "whose" where no preposition stands before it ("in which the roads was", "heroes
    whose sons is"; not "among whose adherents is"; WikEd tune 4,800 -> 4,854, held-out
    1,794 -> 1,809, findings at untouched words 93 -> 94 | 28, the new one right: "in which
    the population of all coin varieties are"; on clean copy three new: "by which each of
    the dimensions are", right; "for whom the government provide", a collective reported as
    American usage; and "whose sole means is", wrong: "means" read as a plural), and a noun
    phrase opened by "the", "a", "this" or a possessive straight after a
    lower-case noun opens a relative clause with no "that" ("the author the guards likes",
    "the day the talks was due"), when no pronoun, modal or "to" stands before that noun
    ("gave him the books", "to make rates the centrepiece"), its head names no time ("the
    week the"), and its verb is "be", "have", "do" or mostly a verb ("he pictures his niece
    do" is left alone; WikEd tune 4,747 -> 4,779, held-out 1,770 -> 1,789, findings at
    untouched words 91 -> 92 | 28, the new one right; one new finding on clean copy, right);
    a short phrase that opens the sentence with a preposition and ends in a noun
    or a number, with no comma, stands before the subject or "there" ("At this stage the
    new ferries was", "Since May there has been two votes"), as does a noun that is an
    adverb too ("Today there is two ferries") and a phrase of time ("Each summer the low
    fields is", "Last year there was two votes", whose "there" the tagger reads as a place), and so does an opening
    "earlier", "more" or "most" ("Earlier drafts was", "More recent surveys shows"); "the most" or "the more" before an adjective and "both", "all" or "half" before a
    determiner belong to the subject ("the most recent talks was", "both his parents is",
    "all the standards is"), and one or two adverbs with no comma open the sentence before
    its subject ("However the deaths has", "So far the singles has"; WikEd tune 4,939 ->
    4,955, held-out 1,836 -> 1,838, findings at untouched words 96 -> 97 | 29; on clean copy
    one finding gone, "a report of all the enemy positions that was known", where "that" may
    stand for the report); a comma closes an
    opening phrase opened by a comparative adverb or ending in a noun of time ("Later that
    night, the bandits massacres", "Last year, the results was"; WikEd tune 4,969 -> 4,976,
    held-out 1,841 -> 1,844, nothing new at untouched words or on clean copy); "it" after
    a comma or an adverb is a subject ("with the EU, it still share"), and "those who" is
    plural ("those who has"), as is "people" with no "a" or "the" before it ("many people
    has"), and "one" (anybody) opening a clause takes a singular verb ("unless one are"). After an
    adverb that stands before verbs ("also", "currently", "often", "still", "then", "later",
    "soon", or a word in "-ly" known only as an adverb: "initially", "subsequently") a word
    that is a noun too is read as the verb ("the website also offer a discount", "the burden
    subsequently shift", even where the tagger read a noun; WikEd tune 4,913 -> 4,939,
    held-out 1,827 -> 1,836, findings at untouched words 95 -> 96 | 29, the new one beside
    a slip: "These section optionally link"; on clean copy two new, both right: "The board
    also supply", a collective reported as American usage, and "Wireless community network
    sometimes advocate"). "have" and "do" that the tagger reads as plain verbs straight after a singular
    noun are read as present tenses ("because a user have", "if a patient have": the
    subjunctive after "if", "unless" and "whether" is archaic, and reading it found 3 more
    of WikEd's tune half, held-out and clean copy unchanged), unless "to", a modal, "lest" or
    a word that asks for the subjunctive stands before ("requires that each driver have"). A
    word the word list knows only as a verb, and WordNet's texts mostly as one, is the verb
    after a singular noun even where the tagger reads a noun, when a word or a comma that
    opens no relative clause follows ("a puppy appear, followed by"; not "his summer
    retreat, which"; WikEd tune 4,784 -> 4,786, held-out 1,791 -> 1,792, nothing new at
    untouched words or on clean copy).

    *Why it matters*: a verb that does not agree with its subject is usually a left-over of
    rewriting, and it reads as a mistake.

    A subject opened by a determiner, a possessive or a number straight before "be" or
    "have", after a noun, a name or a number with no mark between, is read too: an opening
    phrase longer than those above ("Until the fall of the Berlin Wall these congregations
    was"); not after a preposition, verb, pronoun, conjunction, adverb or particle ("and
    perhaps its date have"), nor a phrase naming a time ("made the playoffs the previous year
    are") or headed by a name. So are the subject after an opening phrase that an adjective
    and a preposition open ("Due to a safety rule, one of the members have"), a subject joined
    by "and" after "although", "because", "whereas" and the like, which the tagger reads as
    prepositions ("whereas the autumn and the winter is"), an adjective's phrase after the
    head ("Residents interested in the plan has"), a title and a name ("Dr Curtis suggest"),
    and "no-one"; and a count before "of which" or "of whom" gives the verb its number ("one
    of which are", "each of whom have", "two of which was"; not "all but one of which are",
    nor "either", "neither", "none", "some", "all", "most" or a figure, which take either).
    Measured (2026-12-07, WikEd, G203 alone): tune 5,761 -> 5,798 of 15,890, findings at
    untouched words 126 -> 127; held out 2,126 -> 2,143 of 5,973 (30 -> 30). Over 2.5
    million words of Wikipedia AD_84-99 that nobody tuned on, 5 new G203 findings, all right
    or defensible ("The items subject to a cap has expanded", "each of which are known only",
    "The interpretation of laws related to tribal sovereignty ... have enabled"); over
    AD_80-83 one ("Reinforcements' generic name and appearance is"); none on the dev corpus. Where every other finite verb
    of the sentence is a past, the past is offered beside the agreeing present ("He was born
    in a village, where he spend his childhood": "spends", or "spent").

    A plain verb the tagger reads as the second noun of a compound is read as the verb when
    a singular noun's phrase opens its clause, WordNet's tagged texts read the word mostly as
    a verb, a preposition or a particle follows it and no other word of the clause may be
    its finite verb ("the wood turtle stay in the water", "when the inflammatory reaction
    rise again"; not "the price rise in 2008 was steep", "a one-day delay in the sailing
    resulted/VBN in": ``verb_read_as_noun_disagreement``). Measured (2026-12-08): WikEd tune
    5,947 -> 5,955, held-out 2,192 -> 2,194, findings at untouched words unchanged; nothing
    new over Wikipedia text_AD_wiki_80-99 or the dev corpus (a first version that asked for
    no finite verb in the clause only up to a comma gave 12 there, 10 of them wrong: "His
    64-yard touchdown pass to Swann (that traveled", "A fantasy take on the war, the novel
    depicts"). A sentence with no other verb at all is still read so ("A home run for
    Gibson." is flagged).

    *Flagged*: "The results of the inquiry was published on Monday."

    *Preferred*: "The results of the inquiry were published on Monday."

    *Options*: the top-level ``spelling`` key: outside British copy ("en-GB", or a story
    spelled the British way) a group named as a unit with a plural verb is reported at info
    ("the jury were"), as American usage gives it a singular one. In American copy ("en-US",
    or a story spelled the American way) a name alone with "were", "are" or "have" is
    reported at info too ("Verizon were forced", "Kelly were relentless", "said Poland
    were"): capitalised words with no determiner ("the Heat were", "the Taliban are" are
    left alone), not in "-s" ("the Mets"), not the last of a list or pair ("Simon and
    Garfunkel were"), a known name where it opens the sentence ("Gladii were", "Neither are"
    are not), and not where the story writes the name so twice or more (the writer's choice:
    a band's article), nor after a comma and a capitalised word inside the sentence ("a cave
    at L'Abeurador, Aude have": a place's region; but "Yesterday, America were": WikEd tune
    +2). Measured (2026-12-07): WikEd tune 5,800 -> 5,912, held-out
    2,144 -> 2,177 (G203 alone), findings at untouched words 127 -> 130 | 30; injected "was" -> "were"
    in news (scripts/eval_confusables.py --kinds "was->were", held-out half) 303 -> 306 of
    451, one new finding on the clean articles ("as Apple have done", a Wikinews story); over
    Wikipedia AD_80-99 (3.2 million words) 6 new findings, 5 on British usage in articles
    spelled the American way ("Texaco were", "Land Rover have", "Megadeth were"), 1 wrong
    ("Al Sabah were", a family); none on the dev corpus.

    *Known limits*: a capitalised word that reads as a plural ("Pence", "Keys") is a surname
    where the story writes it after a first name ("Mike Pence", "Alicia Keys"): over
    Wikipedia AD_80-99 12 findings fewer, all wrong, in one article ("Keys has made guest
    appearances"). A plain form straight after a noun and "and" is left alone, since it
    may be a noun the word list does not know as one ("with the skill and resolve to win"),
    so "open for years and contain" is missed; collective nouns take either number in
    British copy ("the government are", "the band were") and are accepted there; nouns plural in meaning ("the police
    were", "personnel are") are always accepted; names of teams and firms ("England were")
    are flagged only in American copy, never a capitalised name in British copy ("Crystal Palace were"), nor a
    capitalised singular noun with no determiner, which can only be a name ("Arsenal were");
    a people's name in the plural
    is plural in any copy ("many Germans was", "the Iraqis was": a capitalised word in "-ans"
    or "-is" whose singular the word list knows only as an adjective; WikEd tune 4,964 ->
    4,969, held-out 1,841 -> 1,841, nothing new at untouched words or on clean copy); a plural that opens the sentence is read as the common noun it is, an of-phrase after it
    too ("Members of the band was"), unless a capital follows "of" ("Sons of Anarchy is": a
    title);
    A surname alone before "are", "were", "have" or "do" (and their negatives), or before
    "lead" and an object, a name, a figure or a preposition ("Clinton lead by 1,500 votes":
    "leads", or the past "led", which is suggested), is one person
    when the draft names that person in full elsewhere, after a first name or a title
    that only a person bears ("Nancy Pelosi ... the scenario Pelosi were discussing", "Mr.
    Priebus ... Later Priebus were angry"; ``people.py``): the surname and the first name
    must be no English words ("Merrill Lynch", "Don Cossacks" and "Buffalo Springfield"
    are left alone), nor a people's plural ("Roma Czechs"), and the name no part of a
    subject joined by "and" or a subjunctive ("if Pelosi were"). Measured (2026-12-04,
    ``scripts/eval_confusables.py --select default --kinds was->were``, injected "were"
    for "was" in news): tune 293 -> 295 of 429, held-out 294 -> 296 of 451; findings on
    the un-injected articles 14 -> 14 | 15 -> 16 (the held-out one not read); none on
    clean copy (Wikipedia text_AD_wiki_80-99, the AA/AB/AC sample, the dev corpus and its
    clean drafts), where a first version without those limits made 80, nearly all wrong.
    A surname that is an English word too ("Bernie Sanders", "Donald Trump") counts when
    the draft never writes it in lower case and gives it as a person's elsewhere ("Sanders
    said he", "Sen. Sanders", an age, ", who"; ``Vocabulary.people``), and not after a noun
    that names a group, which the name then names ("the band Goldsmith are"); and the
    surname may open the clause a reporting verb that takes no person as its object stands
    before ("Iraq alleged Ritter were a spy"; not "voters who support Sanders are"). Measured
    (2026-12-06): was->were above 307 -> 310 | 300 -> 300, un-injected findings unchanged;
    WikEd (``scripts/eval_wiked_sva.py``) 6,262 | 2,337 -> 6,262 | 2,338, nothing new at
    other words; the five clean sources and the wide copy nothing new (a version without the
    person cue and the group noun made two findings there, both wrong: "Merrill Lynch are
    sole bookrunners", "band Goldsmith are named after" the writer).
    "maths" is singular (a field of study, from WordNet). A plural of a noun too rare for
    the count-noun table ("processors", "magnetometers") has its number from the word
    list, when the list knows it and its singular as nouns and nothing else (not "goods",
    "lives", "physics"). Subjects joined by "and" that may
    be one thing ("research and development is", "the chairman and chief executive is",
    "every man and woman is", names; see above) and those joined by "or" are left alone, as are measures ("20 years is", "$5m was") and a count taken as one amount before "is" or
    "was" and a noun phrase ("three coaches is the minimum"; "two ferries was sunk" is
    flagged: a number above one before a plural count noun; a year before a noun is no count
    but a label, "The 1992 race were held" is flagged; WikEd tune 5408 -> 5421, held-out 2015
    -> 2021, findings at other words unchanged, none new on clean copy), nouns whose number follows the of-phrase
    ("a number of voters are", "a swathe of figures have", "the rest of the money is") and
    the subjunctive ("if he were", "insisted that he resign"). Measured and left out
    (``scripts/eval_wiked_sva.py``, Wikipedia AD_80-99): a number made approximate opening the
    subject ("Only two men has", "more than ten children was": tune +20, held-out +0, its one
    Wikipedia finding wrong); one capitalised word after "the" that names no person, as a
    band's name ("In 1991 the Cure were", reported as info): leaving it alone lost WikEd
    tune 10, held-out 4, and no finding at an untouched word; after "that" a base form
    that is a noun too with no object after it ("a myth that plant protein lacks": 12 of 16
    new findings on Wikipedia wrong). Where the head is in doubt
    the verb must disagree with every candidate: a phrase of nouns with no determiner may
    be a compound ("denial of service attacks are"), and "who", "which" or "that" after a
    phrase may stand for a noun before it ("the leader of the rebels, who says", "claims
    the mayor made during the hearing that have"), though "who" stands only for a noun that
    may name people (from WordNet: "a dalliance with donors who wants" is flagged), and after
    "is" or "are" the subject may be meant unless it has the same number ("such arguments
    are a view that belong"); ", which is" may stand for a whole
    clause and "told voters that is why" is no relative clause; "which" or "that" after a
    prepositional phrase ("a genus of flowering plants that includes") is reported as info,
    since it may stand for a thing further back.

    *How sure*: advice (info) since the audit below; it was a warning only where the subject
    leaves no doubt: a pronoun, "there is", or a
    noun phrase that opens with a determiner ("the", "his", "each"), whose head is no name
    and no plural form that may be singular ("the innings was"), followed by nothing but
    describing words and prepositional phrases; the verb is no noun too (WordNet: "a
    floating point divide by zero"). The rest is info, reported but not failing a commit:
    "which", "that" or "who" (they may stand for a noun further back), a capitalised name
    ("the Lateran Palace were", but "the Tucson Monsoon are" is a team), a subject with no
    determiner ("Lawn bowls is"), a participle or a verb after the noun ("photos taken
    before the storm are"), a plural noun straight after a noun ("the amount of debt banks
    are willing to lend"), a subject after a word that may be a preposition ("as a result
    are"), "is"/"are" before a complement of the verb's number ("human resources is
    another issue"), and a plain verb after "that" (the mandative subjunctive may be asked
    for far back), and "kind", "sort" or "type" with a plural verb ("his kind have": the
    people of that kind). On held-out Wikipedia text warning precision went from about 0.55 to
    about 0.9; a later audit on Wikipedia text (prec12) found 10 of 17 warnings right on
    AD_95-99 and 41 of 54 on AD_80-89, which nobody tuned on, the false ones in ordinary
    prose ("the fresh fruit are", "a handful are", "should he or she win", "a British
    detachment were"). So every finding is advice (info): a check, not a failed commit.
    Mass nouns are words with
    no plural in use ("stuff", "information"; not "sheep" or "aircraft"), among them those
    in "-ss", "-us" and "-is", endings no plural has ("success", "awareness", "status",
    "consensus": WikEd tune 4,872 -> 4,879, held-out 1,812 -> 1,815, nothing new at
    untouched words; on clean copy four new: two right, "their only success were", "the most
    common reason for retaining dial-up access were"; one arguable, "biomass, which are
    organic materials"; one wrong, "the chassis were", a noun whose plural is the same word); after a
    pronoun, words that may be adverbs ("he even went") and verbs that are past forms too
    ("he put") are left alone, and "it" only opens a clause (not "let it go"); a lower-case
    "i" is a letter or an index ("the values w i is"), a pronoun glued to a bracket is part of a
    word ("[T]he police case"), and a plain verb straight before a past is a noun describing it
    ("she also guest starred"); after
    "there is", numbers and quantities ("there is 20 minutes left", "there are a number
    of") are accepted. The subject is found with newslint's
    part-of-speech tagger, which is right about 19 words in 20. Direct quotations are not
    checked.
    """

    code = "G203"
    name = "subject-verb-agreement"
    family = "grammar"
    severity = "info"
    # "The new policy lead to": S205 names the likelier word ("led", not "leads"), at warning
    gives_way_to = ("S205",)
    needs = ("lexicon", "quotes", "tags", "variants", "names")
    quotes = "skip"
    examples = (
        # a subject opened by a determiner after a long opening phrase with no comma
        flagged("Until the fall of the Berlin Wall these congregations was part of the church.", "was"),
        flagged("In the years before the war the old mills was closed.", "was"),
        # not after an adverb, which may go with the phrase, nor with a name for its head
        accepted("Vital clues about the poem and perhaps its date have been lost, and only the Spokane Shock are left."),
        accepted("Teams that made the playoffs the previous year are ranked by record."),
        # an opening phrase that a two-word preposition opens ("Due to", "Prior to"); "no-one"
        flagged("Due to a safety rule, one of the team members have to be a medic.", "have"),
        flagged("No-one were hurt, and prior to the vote, the two sides was far apart.", "were", "was"),
        accepted("Due to a safety rule, one of the team members has to be a medic."),
        # an adjective's phrase after the head, as a participle's ("residents interested in")
        flagged("Residents interested in the plan has until Friday. The devices similar to the chip has sold.", "has", "has"),
        accepted("Residents interested in the plan have until Friday."),
        # a subject joined by "and" after a conjunction the tagger reads as a preposition
        flagged("Spring is sunny, whereas the autumn and the winter is cold.", "is"),
        accepted("Spring is sunny, whereas the autumn and the winter are cold."),
        # a count before "of which" or "of whom" gives the verb its number
        flagged("He wrote four books, two of which was famous, and met the players, one of whom were hurt.", "was", "were"),
        accepted("It has many clubs, all but one of which are in Paris; neither of which were sold."),
        # a title and a name before a plain verb: one person
        flagged("Dr Curtis suggest that the drug works.", "suggest"),
        accepted("Mr and Mrs Curtis suggest that the drug works, and Dr Curtis agrees."),
        # in a sentence told in the past, the past is offered too ("spends" or "spent")
        flagged("He was born in a village, where he spend his childhood.", "spend"),
        accepted("Until the fall of the Berlin Wall these congregations were part of the church."),
        accepted(""),
        accepted("The results of the inquiry were published on Monday."),
        accepted("The board proposed a smaller trial run by the city, and that it take place in May."),
        accepted("The load current and the supply voltage are measured at the meter, the utility said."),
        flagged("The results of the inquiry was published on Monday.", "was"),
        flagged("Each one of us have a duty, Zoë Müller said.", "have"),
        flagged("The yearbook and the newspaper also sponsors a fair.", "sponsors"),
        flagged("A study showed that anxiety and stress was linked, the author said.", "was"),
        flagged("When caught, the porcupine roll into a ball.", "roll"),
        flagged("Although some argues for a public trial, the court met in private.", "argues"),
        accepted("Much of the water drained away, but some remains in the soil."),
        flagged("In the north many fresh divisions was stationed near the border.", "was"),
        flagged("Only two people has served as mayor; the 23 injured people was treated.", "has", "was"),
        flagged("Overweight and obese people marries less often, the study found.", "marries"),
        flagged("Here in Brazil the rules at school depends on the school.", "depends"),
        flagged("Discrimination usually stem from ignorance.", "stem"),
        flagged("Their best ever finishes was in 1956.", "was"),
        flagged("Strips of leather, with rawhide sewn between, was used. Each of the teams, except one, have won.", "was", "have"),
        flagged("The trials of the former leader, the last President of the republic, is being held.", "is"),
        flagged("After the blast, there was conflicting theories; if there was only men, it was allowed.", "was", "was"),
        flagged("This species are found in Chile. Each aircraft have two engines.", "are", "have"),
        accepted("A few species are found in Chile; a series of talks were held, and the species is rare."),
        accepted("Only two people have served as mayor; the Jewish people has a long history."),
        flagged("They was told to leave; the original palace were torn down.", "was", "were"),
        flagged("He said the membership of the bands were", "were"),
        flagged("The findings of the inquiry demonstrates a failure.", "demonstrates"),
        flagged("The move, which were unexpected, angered many; Mr Brown were", "were", "were"),
        accepted("The two sides split the games, which is what they wanted."),
        # a bracket opens an aside as a comma does; "(that is" means "i.e."
        flagged("If she drops her plan (which were inspired by his), voters will notice.", "were"),
        accepted("The city grew by 1,054 people (that is 2,457 births minus deaths) last year."),
        flagged("The author the guards likes is tall, and it was the day the talks was due to end.", "likes", "was"),
        accepted("It was the week the talks were due, the year the results were out."),
        accepted("He pictures his niece do the work; they made rates the centrepiece of a campaign."),
        accepted("A body of settlers were there, and a quantity of sweets are left."),
        flagged("The mayor, along with two aides, were questioned.", "were"),
        flagged("The company said Verizon were forced to delay work on its fiber center.", "were"),
        accepted("Mike Pence said he would campaign in Ohio. Pence says the race is close, and Keys has a new album."),
        accepted("The club said Arsenal were forced to delay work on its training centre."),
        accepted("Megadeth were loud at the center, and Megadeth were fast."),
        accepted("The organizers said Simon and Garfunkel were in town and the Mets were favored."),
        accepted("The jury concluded that Spence, Stilwell, Frederick Bode, and Florentino Cruz were the prime suspects in the color case."),
        flagged("Yesterday, America were a land of color and hope.", "were"),
        flagged("The town is rebuilding, and he, like many others, still do not know where to go.", "do"),
        accepted("He, like many others, does not know where to go; they, like him, were told to wait."),
        accepted("She told him, like many others, to wait; they, like him, are patient."),
        flagged("The reports, which the council published last week, was wrong.", "was"),
        flagged("The minister, who spoke to reporters on Monday, were not available.", "were"),
        flagged("The new rules, introduced in March, requires every driver to carry a permit.", "requires"),
        accepted("The reports, which the council published last week, were wrong; the rules, introduced in March, require a permit."),
        accepted("Sales of the car, which is built in Ohio, have doubled, and the council, which had paid, was praised."),
        flagged("Her father, a retired judge, are of Irish descent.", "are"),
        flagged("The results, of course, was clear; her groom, standing nearby, were in tears.", "was", "were"),
        accepted("The results, of course, were clear; the radicals, like an alphabet, were reused."),
        accepted("The second division, his tales, are known to all; the snack, Skips, are made of tapioca."),
        accepted("“The results was clear,” said Zoë Müller."),
        accepted('"The results was clear," said Zoë Müller.'),
        accepted("John Smith and Mary Jones, who were arrested on Monday, appeared in court."),
        accepted("England were beaten and the government are divided; the band were late.", spelling="en-GB"),
        flagged("The jury were out for an hour, the color guard said.", "were", spelling="en-US"),
        accepted("The police were called and military personnel are on standby."),
        accepted("If he were elected, it would be, as it were, a shock."),
        accepted("A number of voters are angry; twenty years is a long time; the news is bad."),
        flagged("They says the plan is dead, and it make no sense to Zoë.", "says", "make"),
        flagged("If you says so, you keeps the seat.", "says", "keeps"),
        flagged("One of my friends live in Paris.", "live"),
        flagged("A lot of people thinks so, Zoë Müller said.", "thinks"),
        flagged("The bank, as well as its partners, are liable.", "are"),
        flagged("It is the students who was late.", "was"),
        accepted("It is the students who were late, and they are a team that wins."),
        accepted("Most of the Kurdish people lives in Turkey; a lot of people think so."),
        accepted("Neither of them live there, and one of the men who live here is ill."),
        accepted("The seat next to you looks empty; you guys know it, and thank you notes came."),
        accepted("Let it go, he even said; she insisted that he resign. We parents must act."),
        accepted("Should he or she win the vote, the party would split."),
        flagged("There is many reasons to doubt it, and there are a reason to hope.", "is", "are"),
        # a noun the count table lacks, after "a": one
        flagged("Online, there were a strong current of opinion against it.", "were"),
        flagged("There's several new problems with the bill.", "There's"),
        accepted("There are a number of issues, there is 20 minutes left and there are a car and a van."),
        accepted("The people there are a mix; there were a group of protesters outside."),
        flagged("Needles move energy through the body and releases endorphins.", "releases"),
        flagged("The museum has been open since 1958 and contain three galleries.", "contain"),
        flagged("Kanata misses him very much and embrace him.", "embrace"),
        flagged("The charity rehabilitates and find new homes for dogs.", "find"),
        flagged("The fans does not give up and has made a group.", "does", "has"),
        accepted("Sago from the palms is pure carbohydrate and has little protein."),
        flagged("Navigation systems installed at the airport provides the data.", "provides"),
        accepted("The e-mails helped officials realize the systems installed at the airport work."),
        flagged("His brother stops him, and give Riley the water.", "give"),
        accepted("It is the opening track and lead single, and past and present players came."),
        accepted("The main purpose of a variometer is in helping a pilot find and stay in the core of a thermal."),
        flagged("From 1869 to 1880 several smaller parks was created.", "was"),
        flagged("After the war, Susan move to Paris with her son. Later John find the boy.", "move", "find"),
        flagged("He escapes, and when Felix ask Max about it, Max replies.", "ask"),
        accepted("He escapes, and when Felix asks Max about it, Max insists that Felix ask again."),
        flagged("Maria, fearing the worst, call the police.", "call"),
        flagged("It looks like a black pod that jump around the room.", "jump"),
        flagged("But the inhabitants wants a tram, and the repercussions was felt.", "wants", "was"),
        accepted("The opera is set in Vancouver; the bacteria was discovered in 1882; physics is hard."),
        accepted("There was so little pasture in the area that pack horses went back; she was paid in the understanding that care would be given."),
        accepted("India play at home; Chelsea beat Everton. They let John find the boy, and Tom and Mary find it."),
        accepted("From 1869 to 1880 several smaller parks were created; in 1990 three men were held."),
        accepted("Kanata misses him and they embrace; the Rangers play at home and the Daleks invade Earth."),
        flagged("Two ferries was sunk in the storm. The 12 jurors has left.", "was", "has"),
        flagged("The 1992 race were held at Franklin, and the 2008 elections was a turning point.", "were", "was"),
        accepted("The 1992 race was held at Franklin, the 1990s were calm and the Universidade Federal do Rio Grande do Sul is large."),
        flagged("Members of the crew was rescued on Monday.", "was"),
        flagged("There is some issues with the bridge.", "is"),
        flagged("There has thus far been two votes.", "has"),
        # the only word of its sentence that can be a verb is one
        flagged("For this reason some quarries was abandoned, and with no rain the crops was lost.", "was", "was"),
        flagged("It is a town in which the roads was poor, run by men whose sons is rich.", "was", "is"),
        flagged("The crew have a boat whilst the rivals has none.", "has"),
        accepted("The tales, both of which help create suspense, end; the consensus among whose adherents is firm."),
        flagged("Their entire lives is on show, and the leaves was green.", "is", "was"),
        flagged("The success of the films have been great, and the awareness of the risks are low.", "have", "are"),
        flagged("It denotes people who lives in the hills, and is the spark that push some to act.", "lives", "push"),
        accepted("He built a church that held 500 people, which was also a school; the Jewish people, who has a state."),
        flagged("The teacher laugh.", "laugh"),
        # a plain verb the tagger reads as a noun after a singular noun, before a preposition
        flagged("During colder weather, the wood turtle stay in the water.", "stay"),
        flagged("It can last for years, and when the inflammatory reaction rise again, it hurts.", "rise"),
        accepted("The price rise in 2008 was steep, and he saw the team play in the final."),
        accepted("Patel stressed that the campaign start without any delay."),
        accepted("However, a one-day delay in the sailing of the task force resulted in a change."),
        flagged("Just when they gave up, a puppy appear, followed by the rest.", "appear"),
        accepted("His annual summer retreat, which draws crowds, is popular."),
        flagged("He said there were no reason Smith would stay, and there were intense pressure on him.", "were", "were"),
        accepted("There were police officers, there was no reason Smith would stay and there were few jobs."),
        flagged("The car that broke down were towed. The move to ban him were unsuccessful.", "were", "were"),
        accepted("The man who said the results were fake was right, even if the technology to map it were ready."),
        flagged("That were May. Now it is August.", "were"),
        flagged("John Smith, the mayor, were at the meeting.", "were"),
        flagged("Most of the money were spent on roads. Some of the footage of his work are lost.", "were", "are"),
        flagged("About 98% of the outflow were moved. Some 60% of the voters was happy.", "were", "was"),
        accepted("Most of the time, prices were high; half of the team were British, and all of the houses were sold."),
        flagged("Harry Bond, 30, of Raleigh, N.C., who were among those polled, agreed.", "were"),
        accepted("Tom Reed and Ana Lopez, 30, who were arrested, left; John Smith, 45, and his wife, who were held, too."),
        accepted("The plans that were drawn up in May, and that were approved, stand. That was May."),
        accepted("The teacher strike"),
        flagged("The pilot is old and laugh often.", "laugh"),
        flagged("The authors are tall and smiles.", "smiles"),
        accepted("He is sarcastic and often mean, which drives people away."),
        accepted("The house is old and needs work; the rooms are small and lack light."),
        flagged("The author that admires the skaters smile.", "smile"),
        flagged("The words that describe the world of finance sounds dull to newcomers.", "sounds"),
        accepted("The words that describe the world of finance sound dull to newcomers."),
        accepted("The author that admires the skaters smiles; the firm that owns the store plans to expand."),
        flagged("The rules that the council passed was strict.", "was"),
        # a name may describe the noun; a possessor is no head
        flagged("The Facebook account that Ms. Malik used were linked to her.", "were"),
        flagged("Sanders' largest event were in Iowa. The Smiths' dog were lost.", "were", "were"),
        accepted("Sanders' largest events were in Iowa, and the Beatles' songs were played."),
        accepted("The rules that the council passed were strict; the fact that the players lost was a blow."),
        accepted("Many groups were leaderless and witnesses to the fate of the others."),
        flagged("The changes the council made was welcome.", "was"),
        accepted("The changes the council made were welcome; the day the music died was cold."),
        accepted("There is some money left; there is some 20 miles to go and some doubt about it."),
        accepted("Sons of Anarchy is a show; Friends of the Earth is a charity."),
        accepted("Twenty years is a long time; three coaches is the minimum; the 1990s was calm and $5m was paid."),
        flagged("The plan was dropped in 2009, and are now being revived by the rebels, who have been told.", "are"),
        accepted("The aim is to measure and improve the plan; it is a pleasure to come out and enjoy the show."),
        accepted("He says the men are tired and wants to go home; the rebels have seized the town but have not left."),
        flagged("The workers walked out in May and is still on strike. They met the mayor and was told to wait.", "is", "was"),
        accepted("The truce held but small groups of rebels fought on, and were crushed in May; Hicks came second and was praised."),
        flagged("The drug lowers blood pressure and increase the risk of falls.", "increase"),
        flagged("He remembers their virtues and try to copy them.", "try"),
        accepted("He remembers their virtues and tries to copy them. He had the acumen and resolve to win."),
        accepted("Ticket sales rose in May and profits the firm made were high."),
        accepted("Officials decide whether the schools are meeting the standards and publish the results."),
        flagged("Everyone are welcome, and nobody know why.", "are", "know"),
        flagged("The number of voters are rising, Zoë Müller said.", "are"),
        flagged("Many residents who lives near the plant complained.", "lives"),
        accepted("One of the players who scores often left; the leader of the rebels, who says no, spoke."),
        accepted("A number of voters are angry, and the number of seats is fixed."),
        accepted("Does anyone have a key? If anyone were to ask, everyone knows; let nobody say so."),
        accepted("The firm makes cars and sells them; officials visit the site and check it."),
        accepted("Arsenal were beaten at home, and Everton were held.", spelling="en-US"),
        accepted("Her maths is sound, the physics is hard and the economics is simple.", spelling="en-GB"),
        flagged("The rise in bus fares were blamed on the cost of fuel.", "were"),
        flagged("Inspectors closed shops that sells fake goods; the equipment were seized.", "sells", "were"),
        accepted("Denial of service attacks are rising; a swathe of figures have shown it."),
        flagged("The mayor and the council is divided.", "is"),
        flagged("The game turned into a rout and the visitors was ahead at half-time.", "was"),
        accepted("The man who bought the house and the cars was rich; the price of bread and the taxes was high."),
        accepted("She was held for saucy material and her having black actors on stage was a scandal."),
        accepted("It spawned a circus in 1979, and these days conducts many shows."),
        flagged("The office and its staff advises the mayor; both research and development is costly.", "advises", "is"),
        flagged("Both the bridge and Pacific Coast Highway connects the town. Both Paris and London was hit.", "connects", "was"),
        accepted("Both winter and summer climate is mild; she saw both the bridge and the tunnel."),
        accepted("Research and development is costly, and every man and woman is welcome."),
        flagged("Layout and typography was by Zoë Müller; their power and regional jurisdiction was limited.", "was", "was"),
        accepted("His father and namesake was a judge; the county seat and largest city is Council."),
        accepted("A netball and basketball stadium is planned; drier and hotter weather occurs in the south."),
        accepted("Drum and bass is a genre; a gin and tonic is a highball drink."),
        flagged("Nancy Pelosi spoke on Monday. The scenario Pelosi were discussing is new, and Mr. Priebus agreed. Later Priebus were angry.", "were", "were"),
        accepted("Nancy Pelosi and Reince Priebus spoke. Pelosi and Priebus were angry, as if Pelosi were in charge."),
        flagged("Bernie Sanders said he would stay. After the debate Sanders were to fly to Rome.", "were"),
        flagged("Iraq expelled Scott Ritter. Iraq alleged Ritter were an American spy.", "were"),
        accepted("Oliver Goldsmith said he wrote it. Dublin based band Goldsmith are named after him."),
        accepted("Bernie Sanders said he would stay. Most voters who support Sanders are young."),
        accepted("Mary Bush said she would plant a bush. Later Bush were in bloom along the path."),
        flagged("Hillary Clinton spoke on Monday. In the count, Clinton lead by about 1,500 votes.", "lead"),
        accepted("Hillary Clinton spoke on Monday. Her lead grew; the Clinton lead in polls shrank."),
        accepted("Analysts at Merrill Lynch spoke. Lynch were bankers; the Roma Czechs spoke Czech, and Czechs are free."),
        accepted("The leader of the rebels, who says little, spoke; he told voters that is why."),
        flagged("They are neighbours who has helped, and the landlords and tenants who is affected.", "has", "is"),
        # the copula's number is its subject's, a name's too
        flagged("Ms Reed is an author who have written six novels.", "have"),
        accepted("Ms Reed is one of the authors who have written about the war."),
        # a subject pronoun that no object reading fits: "she" anywhere, "it" after a noun or
        # a clause's opener, "it are" after a verb that says; "need" before an object
        flagged("Ms Reed says she do not know; in the video it feature a horse.", "do", "feature"),
        flagged("The club claims it are paying too much because it need money.", "are", "need"),
        accepted("The statues that adorned it were smashed; prices for it are rising."),
        accepted("He need not worry, and she need only ask; let it go and make it work."),
        flagged("Everyone who travel north must register.", "travel"),
        accepted("Everyone who travels north must register; those who do are paid."),
        flagged("It is an organism which maintain its heat. He runs a chain that cater to tourists.", "maintain", "cater"),
        accepted("He joined a team who are based in Leeds; contacts in the country, which are rare, helped."),
        accepted("Only two bakers still in the contest who are local remain; tea or coffee, which contain caffeine."),
        flagged("Talks stalled; thus, the fate of the plant are unclear. A report by the mayor say the plan is dead.", "are", "say"),
        accepted("There are claims that traces of lead remain, and all but one of the wells were shut."),
        accepted("The council scrapped the tax, which Harris had opposed, in a move that Labour backed."),
        accepted("Cloning is a process of genetically identical copies that occurs in labs."),
        accepted("Sketches are a form of art that were popular with monks."),
        accepted("Atlantic menhaden are small fish, and the caribou were counted from the air."),
        accepted("A maximum of three parties are allowed. Comparing results is hard."),
        flagged("Officials found two damaged pipes that leaks into the river.", "leaks"),
        flagged("The town has a narrow bridge which date from 1820.", "date"),
        accepted("There is a myth that plant protein lacks iron."),
        flagged("He alleged that Clinton's plan were unfair, and she stated that bus fares has risen.", "were", "has"),
        accepted("The settlers living that valley were hostile; she said that the plans were late."),
        flagged("She often visit her aunt. The valleys then follows the river.", "visit", "follows"),
        accepted("The aircraft shot down were bombers, and the people here are kind."),
        flagged("Their abdomens is pale, and the criteria was vague; the men has left.", "is", "was", "has"),
        accepted("If my maths is right, the data is clear and the media is wrong.", spelling="en-GB"),
        flagged("Children who gets the flu stay home. Plants begins to flower in May.", "gets", "begins"),
        accepted("Gates opens the fair. Hicks was late. Sears is a shop."),
        flagged("There is two schools in the town, and there has been many complaints.", "is", "has"),
        flagged("There is two remaining copies of the film.", "is"),
        flagged("There is typically five to ten members, and there was more pubs than churches.", "is", "was"),
        flagged("There is also 119 species, and there is so many problems with the plan.", "is", "is"),
        accepted("There is one species, and there is so much to do."),
        flagged("The houses built by the council is empty.", "is"),
        flagged("Criticism of the plan have grown. Reception for the film were mixed.", "have", "were"),
        accepted("Arsenal were beaten. Criticism of the plan has grown."),
        flagged("His previously orthodox beliefs was tested.", "was"),
        accepted("His previously orthodox beliefs were tested."),
        flagged("The only officially recognized exceptions is the courts.", "is"),
        accepted("The only officially recognized exceptions are the courts."),
        # a base form the tagger reads as a past after a pronoun; not a past that is the base too
        flagged("He place the bottle down on the table.", "place"),
        accepted("He placed the bottle down on the table."),
        flagged("He welcome any comments on the plan.", "welcome"),  # the tagger: an interjection
        accepted("He is welcome to comment on the plan."),
        flagged("The solvent works, and it also clean the fuel system.", "clean"),  # tagged JJ
        accepted("The solvent works, and it also cleans the fuel system."),
        accepted("Some critics found it shallow and decorative."),  # an object "it"
        flagged("Each player start the game with seven cards.", "start"),
        accepted("Each player starts the game with seven cards."),
        flagged("The immediate terrain make the area hard to farm.", "make"),  # a mass noun
        accepted("The local soccer team the Houston Dynamo wanted a stadium."),
        flagged("High inflation make the goods dear.", "make"),
        accepted("High inflation makes the goods dear."),
        flagged("Iguanas uses their eyes to find food.", "uses"),  # a capital that opens the sentence
        accepted("Iguanas use their eyes to find food."),
        accepted("Thousands hits for the video were recorded."),  # "hits" no verb: not G203's slip
        flagged("Control of the ship rely heavily on the weather.", "rely"),  # no name: "of the"
        flagged("Abuse of other drugs are also common.", "are"),  # no name: "of other"
        accepted("Sons of Anarchy is a television drama."),
        flagged("The downtown northern part include the Parliament.", "include"),
        accepted("The remainder were handed over to the police."),  # the of-phrase left out
        flagged("It is a problem that many people has identified.", "has"),
        accepted("It is a problem that many people have identified."),
        accepted("Candidates who fit that profile have an edge."),
        flagged("The rules, which many players has ignored, are old.", "has"),
        flagged("Biological experimentation on guinea pigs have been carried out.", "have"),
        accepted("Denial of service attacks are common."),  # a compound after "of" may be the head
        flagged("In a slow fight, neither fighter were able to land a punch.", "were"),
        accepted("In a slow fight, neither fighter was able to land a punch."),
        accepted("Either the players or the coaches are to blame."),
        flagged("Everyone in the room were happy.", "were"),
        flagged("Its striking blue and white stripes has made it famous.", "has"),
        accepted("Its striking blue and white stripes have made it famous."),
        accepted("If its first and last letter are the same, the word is a palindrome."),  # two letters
        accepted("They were happy and many people were pleased."),
        flagged("Otherwise, the player need to do it again.", "need"),
        accepted("Otherwise, the player need not do it again."),  # the modal
        flagged("At the gate the girl turn back.", "turn"),  # a particle after a word mostly a verb
        accepted("The car park up the road is full."),
        accepted("Everyone in the room was happy."),
        accepted("It forecast growth of two percent for the year."),
        flagged("The hall was busy as the sessions was always crowded.", "was"),
        flagged("The game ends as the characters leaves the city.", "leaves"),
        flagged("In winter the fierce currents washes away the sand.", "washes"),
        flagged("Many monuments and museums covers the city.", "covers"),
        flagged("She is the only person who know the code.", "know"),
        flagged("The fruit-bodies usually consists of a cap.", "consists"),
        flagged("Each of them share a room. One of us live nearby.", "share", "live"),
        flagged("The firearms seen in films is a fiction.", "is"),
        flagged("The people living in the town is angry.", "is"),
        flagged("No banks or financial institutions has failed.", "has"),
        flagged("The majority of check-in counters is on the third floor.", "is"),
        accepted("The mayor or his aides is to blame; neither the aides nor the mayor is."),
        flagged("Most of the houses in the suburb is new. About 85 percent of the recipients is local.", "is", "is"),
        accepted("Most of the money is gone; most of the contests Bernie Sanders has won were easy."),
        accepted("The firearm seen in films is a fiction, and the guns sold in shops are real."),
        accepted("Each of them shares a room; all of them share a car."),
        accepted("Twenty-one of the members are elected, and three-quarters of the army was Scottish."),
        flagged("The Greeks are the people who has lived there longest, and the people has spoken.", "has", "has"),
        accepted("The Jewish people, who has a long history, met; a people who has lost its land."),
        accepted("Any person who police suspect can be held; she is the only person who knows."),
        accepted("Many a man and woman has tried, and every monument and museum is open."),
        accepted("The hall used as the barracks was demolished, and the game ends as the characters leave."),
        flagged("The court ruled that same-sex couples has the same rights.", "has"),
        accepted("Candidates who fit that profile have wasted little time."),
        flagged("The results, of course, clearly shows a gain.", "shows"),
        accepted("The result, of course, clearly shows a gain."),
        flagged("The festival lasts ten days and draw crowds. The storm damages the roofs and cause two of them to fall.", "draw", "cause"),
        accepted("The charity builds schools and trains teachers; the skill and resolve matter."),
        accepted("Just as arresting as his voice are his lyrics, and their roles as a witness were small."),
        accepted("The house built by the council is empty, and the roads laid by the firm are new."),
        flagged("Many of the islands was sold. Some of them is empty.", "was", "is"),
        accepted("There is 20 minutes left. There was nothing ahead. Most of the money is gone; none of the cars is new."),
        flagged("A disc brake consist of a disc. He found that he have a gift, until it reach the sea.", "consist", "have", "reach"),
        accepted("They required that he have a licence; the debate invite - a coup - came late. PLEASE READ THIS."),
        flagged("However the deaths has not been confirmed.", "has"),
        accepted("It left so early that the closing act by the mayor was cut."),
        accepted("The sum of the values w i is small; [T]he police case failed; she also guest starred."),
        flagged("Jim Jones and Tom Smith provides the commentary, and he and Zoë was late.", "provides", "was"),
        accepted("Marks and Spencer is a shop, and a match between Jim Jones and Tom Smith is set."),
        flagged("John and his wife owns a bakery. He and his family owns a farm.", "owns", "owns"),
        accepted("John and his wife own a bakery; Bill Haley and his Comets was a hit; I met John and his wife."),
        flagged("Jed and Matt realizes that they cannot win. Rex and Gwen quickly creates a cure.", "realizes", "creates"),
        flagged("George and Kendra wakes hours later. She asks if Jesse and Lucy has a car.", "wakes", "has"),
        accepted("George and Kendra wake hours later. Rachel and Ross fans were happy; a film about Jesse and Lucy was shown."),
        flagged("Mae and Jack becomes suspicious. Distrusting him, Tony and Manny takes the money.", "becomes", "takes"),
        accepted("Ernst and Young has offices in London; Mae and Jack become suspicious."),
        flagged("The NGOs has asked for money, while CLIs is better. The NGOs says so.", "has", "is", "says"),
        flagged("The series' skyline shots uses a mix of footage.", "uses"),
        accepted("The word 'cats' is plural, and the series' skyline shots use a mix of footage."),
        accepted("The NGOs have asked for money; the MPs' expenses scandal is over; the NHS is busy."),
        flagged("In all, 2,203 species of insects has been recorded there.", "has"),
        accepted("In all, 2,203 species of insects have been recorded; the species has a range; 20 years is long."),
        flagged("The men who accompanied her was fined.", "was"),
        accepted("The men who accompanied her were fined; the team that won was feted."),
        flagged("Some flaws were fixed, but very few weapons was made.", "was"),
        accepted("The board that had kept the peace for so many years was failing."),
        flagged("The making of films based on real events have grown.", "have"),
        accepted("The makings of a champion are there; the making of films has grown."),
        flagged("The XeTeX and LuaTeX systems allows fonts. Both was built in 1894 and added later.", "allows", "was"),
        accepted("The XeTeX and LuaTeX systems allow fonts. Both were built in 1894 and added later."),
        flagged("Each are worth ten points. Each were allocated $3 million.", "are", "were"),
        accepted("They each have a car; the players each are paid; Tom and Ann each have a vote. Does each have one?"),
        accepted("It has five stages, which each have a name; the rooms are big, and each have a balcony."),
        flagged("Today, the reality-based versions has been the norm.", "has"),
        flagged("The definitions of obscenity and pornography has changed.", "has"),
        flagged("The lands over which they roamed was vast.", "was"),
        flagged("It is the court in which most civil or criminal cases begins.", "begins"),
        flagged("The tanks beneath the control room was enlarged; research into the causes suggest a link.", "was", "suggest"),
        accepted("Some time around the 12th century weirs were added along the river."),
        flagged("None of the money were spent. Attempts to expand it has failed.", "were", "has"),
        flagged("The forests and steppes of the Urals is their homeland.", "is"),
        accepted("Prices rose and sales of cars is a worry to some; the state of the roads and bridges is poor."),
        accepted("None of the houses were sold; none of the houses was sold. Plans to build it were dropped."),
        accepted("The town in which the men lived was small."),
        accepted("The state of the economy and the jobs market is weak; two years of war and famine has left scars."),
        accepted("The sales of duct tape rose and the agency was criticized; reports of fraud and abuses led to a trial."),
        flagged("At least 100 people was hurt. Up to 20 cars has been towed.", "was", "has"),
        accepted("More than 20 years has passed; more than one person was hurt; over $100 was raised."),
        accepted("Romeo and Juliet tells of two lovers. Thelma and Louise is a 1991 film. Jed and Matt realize it."),
        flagged("Despite the deal with the EU, it still share the tasks. Dark skin, however it offer less.", "share", "offer"),
        accepted("Whatever you call it, it works; he did not like it, even it."),
        flagged("Some metals, such as copper, conducts heat. Those who has a permit may fish.", "conducts", "has"),
        accepted("Some metals, such as copper, conduct heat. Those who have a permit may fish."),
        flagged("Rights groups, including Amnesty and Human Rights Watch, claims it was rigged.", "claims"),
        accepted("Rights groups, including Amnesty and Human Rights Watch, claim it was rigged."),
        # a word in -s that is a noun too, after the aside, before its object
        flagged("The elements, such as iron, forms an oxide in damp air.", "forms"),
        accepted("Tools, such as hammers, drills and saws, are sold here."),
        # asides that give an example or say how the clause is known
        flagged("Several companies, for example Ford, has cut jobs.", "has"),
        flagged("The results, as expected, was poor.", "was"),
        accepted("The results, as expected, were poor; the figure, as reported by Reuters, was lower."),
        accepted("Jewellery, such as watches and rings, is not removed."),
        flagged("The Roman candle, a traditional firework, employ the same idea. The language, like many others, do not.", "employ", "do"),
        accepted("The Roman candle, a traditional firework, employs the same idea. Let the people, all of them, decide."),
        flagged("The monsoon, though heavy in Agra, are short. These films, while popular, was panned.", "are", "was"),
        accepted("The monsoon, though heavy in Agra, is short. These films, while popular, were panned."),
        flagged("Advocates of open government expresses a need for change.", "expresses"),
        flagged("Other methods of losing weight includes surgery.", "includes"),
        flagged("The money generated by these firms allow the town to build.", "allow"),
        accepted("The money generated by these firms allows the town to build; methods of losing weight include surgery."),
        flagged("Many people has left, because a user have no say.", "has", "have"),
        flagged("If a patient have a fever, call a doctor.", "have"),
        accepted("She left early lest the host have to wait."),
        accepted("The Jewish people has a right; they let a user have access; the law requires that each driver have insurance."),
        flagged("Unless one are in a safe area, keep the dog on a leash.", "are"),
        accepted("Unless one is in a safe area, keep the dog on a leash; two are red and one is blue."),
        flagged("The website also offer a weekly discount. Other devices also needs service.", "offer", "needs"),
        accepted("The website also offers a weekly discount; it asked that the school also focus on maths. If one were to ask, fine."),
        flagged("The school is in Anita, and there is elementary schools located in both towns.", "is"),
        accepted("There is a school located in each town, and there are schools built in 1900."),
        flagged("There is no locally chosen members, and there are no evidence of fraud.", "is", "are"),
        flagged("In 2004 they was bought by a rival, and he am now its chief.", "was", "am"),
        accepted("He left early lest he have to speak; thank you was all she said."),
        accepted("There are no world famous chefs, and there are no staff or police on duty."),
        flagged("The two processors handles the load.", "handles"),
        flagged("It is a town where the roads was built by hand.", "was"),
        flagged("The most recent talks was held in May. Both his parents is ill.", "was", "is"),
        flagged("At this stage the new ferries was in dock, and there is over 300 stalls.", "was", "is"),
        accepted("In 2004 the rebels were beaten, and there is over 20 minutes left."),
        accepted("The two processors handle the load; the series is over."),
        flagged("Both was built in 1894, since many learns with balls, and they all wants more.", "was", "learns", "wants"),
        flagged("Their classes all requires a laptop, and the two brothers both owns a farm.", "requires", "owns"),
        accepted("Their classes all require a laptop; the brothers both own a farm, and the money all goes to charity."),
        accepted("How many is too many? A few is enough; all is well, and the firm both designs and builds ships."),
        flagged("Here is the results of the poll. Here's the steps, and here are a list of bases.", "is", "Here's", "are"),
        flagged("Is there any problems with it? Where is the keys? So, are there a reason to stay?", "Is", "is", "are"),
        accepted("What is up guys? Is there any news? What are the reasons? Where is the key to the cars?"),
        accepted("Here is where the trouble starts. Here are the results; here is a list of names and what they said."),
        flagged("This make it easier. These was due to faults, once one become a member.", "make", "was", "become"),
        accepted("This time the deal held. Let this happen; as if this were not enough, one party to the case left."),
        flagged("Such doubts can arise when one experience a setback, or what one think the worst.", "experience", "think"),
        accepted("One study found the same, and the Boers lost but one man; count them as one revert."),
        accepted("But one place the party fell short was Ohio."),
        flagged("He live in a castle, and if he suspect a leak he call the police.", "live", "suspect", "call"),
        accepted("He even lives there; she still runs, and they clean the hall."),
        flagged("Everyone have a vote. There was several people at the meeting, and there was bad things.", "have", "was", "was"),
        # a regular plural the tagger read as a singular noun
        flagged("The patients is here.", "is"),
        flagged("Seat-belts is extremely important, and my in-laws was there.", "is", "was"),
        accepted("Two-thirds of the money is gone; the all-ones pattern is used, and passers-by were hurt."),
        flagged("Ionizing radiation have the capacity to break bonds.", "have"),
        accepted("Rising prices has hurt families. Seeing a pattern emerge, she wrote; attending the reunion were two men."),
        accepted("The news is here, and the series is over."),
        # an opening phrase of time, or one opened by "later" or "earlier", before a comma
        flagged("Later that night, the bandits raids the camp. Last year, the results was late.", "raids", "was"),
        accepted("Later that night, the bandits raided the camp. Last year, the results were late."),
        # a people's name in the plural is plural in any variety
        flagged("Many Germans was killed. Most Canadians has a car.", "was", "has", spelling="en-GB"),
        accepted("The Germans' car was fast, and the Americans team was late."),
        # a name joined to a person's full name; full names after a description
        flagged("On Monday, Rasmussen and Matt Dominguez was traded. In May, singers Ana Lopez and Tom Reed has left.", "was", "has"),
        # "who" standing for one person, named by first name
        flagged("She woke Nancy, who pull him back. He met Carl Denham who capture the ape.", "pull", "capture"),
        accepted("Voters like Kevin Kelly, who run shops, are angry; it was Bob Dole, who still won."),
        accepted("Mike and his brother Matt Chapman, who call themselves the Chaps, were there."),
        # "all" and "half" before a determiner belong to the subject; two opening adverbs
        flagged("All the new standards is in force. So far the singles has sold well.", "is", "has"),
        accepted("All the money is gone, and half the town is empty. Even so the talks were held."),
        # after a noun and an adverb that stands before verbs, a word that is a noun too is the verb
        flagged("The burden subsequently shift to the defence. The town then call in the police.", "shift", "call"),
        accepted("Prices rose sharply last year. The party only last week named a leader."),
        # a first name and a surname straight before the verb are one person
        flagged("Rick Santorum have called it a threat. In 1805, William Lloyd Garrison were born.", "have", "were"),
        accepted("The Dallas Cowboys have won, the Don Cossacks are a people and the Jordan River floods."),
        accepted("It helped Rick Santorum win the vote; officials insisted that John Smith resign."),
        accepted("Merrill Lynch are in talks with the regulator.", spelling="en-GB"),
        flagged("In the summer the orchestra play outdoor concerts in the park.", "play"),
        flagged("The film take place in a small town.", "take"),
        flagged("The tour coincide with the release of the album.", "coincide"),
        # ... also before an attribution that closes the sentence
        flagged("The tour coincide with the release of the album, the label said on Monday.", "coincide"),
        flagged("The film take place in a small town, she said.", "take"),
        flagged("Hillary Clinton lead Trump by eight points among young voters.", "lead"),
        accepted("Hillary Clinton supporters gathered outside; the Tom Hanks film opened on Monday."),
        accepted("The film take, the director said, was the best of the day."),
        # an opening adverb after "But"; a plural in "-ses"; a noun and its adjective as the object
        flagged("But then strange things starts happening. Some analyses suggests a link.", "starts", "suggests"),
        flagged("Today only six towers remains in the city.", "remains"),
        flagged("About one million native speakers lives in other provinces.", "lives"),
        flagged("The existence of large and small populations have been noted.", "have"),
        accepted("The first and last letter are capitals. The history of French and German cinema is long."),
        flagged("Some of the scenes features explicit content.", "features"),
        accepted("But then the crises were over. And now the theses of the school differ."),
        # "a"/"an" counts one, whether or not the count-noun table has the noun
        flagged("It is a sub-group that constitute the ethnic majority.", "constitute"),
        # a clause after a verb that takes one, without "that"
        flagged("He insists the information are wrong. They argue the plan are flawed.", "are", "are"),
        accepted("He heard the band play. Those who understand it realize the risk."),
        accepted("The only time to expect traffic jams is at four o'clock."),
        # the only finite verb of its clause, whatever follows the clause
        flagged("The report document the lives of four bloggers as they attempt to write a song.", "document"),
        flagged("The film take place in 1990, following the lives of two brothers who run away.", "take"),
        flagged("The station offer news along with syndicated programming that airs at night.", "offer"),
        accepted("A fantasy take on the Hundred Years' War, the novel depicts French forces."),
        flagged("If a poet repeat soft, melodious sounds, a calm mood can result.", "repeat"),
        accepted("It serves as a cost-cutting measure. Jory appears as the hoop toss barker at the fair."),
        accepted("Before the price rise, sales were high. If the price rise continues, we lose."),
        accepted("The routine use of medicines such as antibiotics, antipyretics and analgesics can make it hard."),
        accepted("A fire whirl or swirl, sometimes called a fire devil, can be deadly."),
        accepted("After a landslide win in New York, Clinton had already begun. The collapse last week of the fund, the Singapore arm of a bank, has hurt investors."),
        flagged("In the end the characters leaves to continue their lives.", "leaves"),
        flagged("This kind of problem appear often in the city.", "appear"),
        accepted("This kind of problems appear often; a group of voters are angry; these kind of thing happen."),
        accepted("The city centre houses government offices. The roll call itself was long."),
        accepted("The climate deal he pushed for happened. The brake drum itself is made of iron."),
        accepted("The reform bill she opposed would allow divorce. The cricket club play at The Parks."),
        accepted("Does everyone have a vote? There was a people of the hills, and let everyone have a say."),
        # the head further back than the words before the verb
        flagged("The results of the most recent census by the Government of Nigeria is due in May.", "is"),
        flagged("Both new construction and the resale housing market has been driven by low rates.", "has"),
        accepted("Since the end of the 19th century there have been four claimants to the title."),
        accepted("He worked out a geometry where both the Euclidean and the hyperbolic geometry are possible."),
        accepted("They hold the view that the current warming trend exists and is ongoing."),
        accepted("Since the fall of the Soviet Union various new religious movements have sprung up."),
        # a word the tagger reads as a noun or leaves alone, but as the clause's verb once
        # written in the other number ("feature" for "features")
        flagged("The scenes features explicit sexual acts.", "features"),
        flagged("The heavy metal frame and bulky grit makes it difficult to climb hills.", "makes"),
        accepted("The game cover itself is a parody of the film. The grain bed itself serves as the filter."),
        accepted("The server need not honor the request. A few substitute wave functions have been suggested."),
        accepted("It was a narrative based on a motorcycle trip he and his son took."),
        flagged("In 2010, further analysis show a clear pattern.", "show"),
        accepted("The local soccer team the Houston Dynamo wanted a stadium."),
        # the head of the phrase that opens the sentence, past what describes it
        flagged("The rights to water drawn from the river was sold to farmers.", "was"),
        accepted("The realization that only small swings were regular came later."),
        accepted("Enabling people to read short guides has helped many."),
        # the words before the verb tagged as with the verb's other form ("chemical/JJ are",
        # "chemical/NN is")
        flagged("A positive test shows that the chemical are toxic.", "are"),
        flagged("Where the dental composite are placed, it hardens.", "are"),
        accepted("It was a string of murders, which Edward suspects is caused by a young vampire."),
        accepted("The poll result that caught the eyes of so many reporters shows him ahead in Ohio."),
        accepted("A clever tool that helps users with weak wrists control a computer keyboard was launched."),
        # a pronoun that takes a singular verb, after "that" and before a phrase
        flagged("The mere fact that someone have filed a lawsuit does not matter.", "have"),
        flagged("Everybody in the two villages were told to leave.", "were"),
        accepted("They insisted that nobody leave the room. It is vital that everyone have access."),
        # a plural after "that", which cannot be its determiner
        flagged("There is a belief that salamanders was immune to fire.", "was"),
        flagged("It has been argued that such statements shows bias.", "shows"),
        accepted("Candidates who fit that profile have wasted little time. Works of that period include epics."),
        # a pronoun after "and" and a noun or a pronoun is the second of two subjects
        accepted("She and I are friends, and my wife and I were tired; he and she have left."),
        accepted("In 2004, Zoë Müller and I were there, while Henry and she were married."),
        flagged("The meeting ended and they was happy.", "was"),
        flagged("Turnout was lower than it were in 2008.", "were"),
        accepted("She is taller than it is, and the game is harder than it looks."),
        # "either" or "neither" and a pair whose nearer noun is plural: a plural verb; the
        # nearer singular after a plural is left alone (usage splits)
        flagged("Neither the mayor nor the council members was available.", "was"),
        accepted("Neither the players nor the coach were available, and neither the mayor nor his aides were."),
        # the main verb after a relative clause on the subject ("across_relative")
        flagged("He use to work at the plant before it closed.", "use"),  # suggestion: "used"
        flagged("The officer who was injured are in hospital. The officers who were hurt is home.", "are", "is"),
        flagged("The letters that the mayor sent was never answered.", "was"),
        # a verb's subject is no antecedent for "who" after its phrase; "that" is no noun
        flagged("Polls show that the mayor is weakest among voters who lives in the suburbs.", "lives"),
        flagged("About 40 percent of the voters who was polled said no.", "was"),
        # "how" opens a clause whose subject follows it, unless a question's order follows
        flagged("He told us how the cost of the treatment are lower.", "are"),
        accepted("How the hell do we function? He asked how the costs were met."),
        # a participle that is the plain form too, of a verb with no passive
        flagged("The initiative come under orders from the editor.", "come"),
        accepted("The day has come; the moment we had come to expect arrived, and the team has become champions."),
        flagged("The man injured in the crash were taken to hospital.", "were"),
        flagged("One of the officers who was injured are in hospital.", "are"),
        accepted("One of the officers who were injured is in hospital; none of the officers who were hurt are."),
        # a noun of the other number straight before the verb is not its subject either
        flagged("Each of the companies that signed the deal are expected to pay.", "are"),
        accepted("Each of the companies that signed the deal is expected to pay."),
        # "news" is singular, but not a name ("Sky News") nor before a noun it describes
        flagged("The news were shocking, the mayor said.", "were"),
        accepted("The news was shocking; Sky News have learned of it; the news site The Enquirer ran it."),
        # two singulars paired by "either ... or"
        flagged("Either the mayor or the governor are expected to speak.", "are"),
        accepted("Either the mayor or the governor is expected; neither my father nor my mother were there; either the players or the coach are to blame."),
        # nouns plural in every variety
        flagged("The police is investigating. The cattle was moved north.", "is", "was"),
        accepted("The police are investigating; the national police is a federal force; the police chief is new."),
        # a plain form the tagger reads as an infinitive after the relative clause's verb
        flagged("The report that the council published show a deficit.", "show"),
        accepted("The rules that the board helped draft govern the vote; a game that lets you either play or watch sells."),
        accepted("The woman who said the shares are worthless sold them."),
        flagged("The letters sent to the mayor was never answered.", "was"),
        accepted("The official said in a statement the company was sold, and the men hurt in the crash were fine."),
        accepted("The lawyer for the men who were arrested says he will appeal."),
        accepted("The man who said the plans are wrong left, and the city that will host it is ready."),
        accepted("It is a summer event that previously helped winnow the field, and they told the guards that whoever he kisses is the one."),
        # a noun in the wrong number for its determiner: the noun is the slip (G202's)
        accepted("Those building were demolished in 1990, and this results is final."),
    )

    def check(self, doc, context: Context):
        vocabulary = doc.analysis("lexicon")
        tagged = None
        known: list = []

        def variety():
            if not known:
                known.append(story_variety(doc, context))
            return known[0]

        seen = set()
        counted: list = []  # the nouns G202 finds in the wrong number, read once if needed
        surnames, after_surnames = _after_surnames(doc, vocabulary)
        across = across_relative_candidates(vocabulary)
        weighed = set(candidates(vocabulary)) | after_surnames | across
        # (read only by ``verb_read_as_noun_disagreement``: the other readings would take a
        # noun of a compound before a preposition for a verb, "a home run for Gibson")
        read_as_noun = set(verb_read_as_noun_candidates(vocabulary)) - weighed
        for offset in sorted(weighed | read_as_noun):
            # imported for a draft with a verb to weigh only (off_by_default)
            from .disagreement import disagreement, verb_read_as_noun_disagreement

            tagged = tagged or doc.analysis("tags")
            located = tagged.locate(offset)
            if located is None:
                continue
            sentence, v = located
            found = None if offset in read_as_noun else disagreement(sentence.tokens, v, variety)
            if found is None and offset in after_surnames:
                found = surname_disagreement(sentence.tokens, v, surnames)
            if found is None and offset in across:
                found = across_relative_disagreement(sentence.tokens, v)
            if found is None and offset in read_as_noun:
                found = verb_read_as_noun_disagreement(sentence.tokens, v, variety)
            if found is None:
                continue
            subject, wanted, why, *severity = found
            verb = sentence.tokens[v]
            if verb.start in seen:
                continue
            if why.endswith(AMERICAN_NAME) and _plural_name_twice(doc.text, subject.text):
                continue  # "Megadeth were ... Megadeth have": the writer's own choice, made twice
            if why == f"\"{subject.text}\" is plural" and subject.text[:1].isupper() and _named_in_full(doc.text, subject.text):
                continue  # "Pence says", where the story names Mike Pence: a person, not pennies
            if not counted:
                counted.append(_wrong_number_nouns(doc))
            if any(start <= subject.start < end for start, end in counted[0]):
                continue  # "Those building were": the noun is the odd one out, and G202 says so
            seen.add(verb.start)
            message = "\"{written}\" does not agree with its subject ({why}); check whether \"{right}\" is meant."
            if _habitual_use(sentence.tokens, v):
                # "He use to work there": the past of habit, not "uses"
                wanted, message = "used", "\"{written} to\" before a verb: check whether \"{right} to\" (the past of habit) is meant."
            start, written, right = verb.start, verb.text, lx.recase(wanted, verb.text)
            past = _past_in_past_narrative(sentence.tokens, v) if wanted != "used" else None
            if past is not None:
                # "He was born in a village, where he spend his childhood": "spent", not "spends"
                past = lx.recase(past, verb.text)
                message = message[:-1] + f", or the past \"{past}\" as the sentence's other verbs are."
            if verb.text in ("'s", "’s"):
                # "There's several": the contraction is written out ("There are")
                before = sentence.tokens[v - 1]
                start, written, right = before.start, before.text + verb.text, f"{before.text} {wanted}"
            yield self.finding(
                doc,
                start,
                verb.end,
                message.format(written=written, why=why, right=right),
                suggestions=[right] if past is None else [right, past],
                severity=severity[0] if severity else None,
            )


def _past_in_past_narrative(toks, v: int) -> str | None:
    """The simple past of the present verb at ``v`` (a verb other than be, have and do) when
    every other finite verb of its sentence is a past: "He was born in a village, where he
    spend his childhood" may want "spent" rather than "spends"."""
    verb = toks[v].text.lower()
    if verb in _NOT_NARRATED or not verb.isalpha():
        return None
    base = verb if verb in bases() else third_base(verb)
    if base is None:
        return None
    finite = [t.tag for k, t in enumerate(toks) if k != v and t.tag in ("VBD", "VBZ", "VBP", "MD")]
    if not finite or any(tag != "VBD" for tag in finite):
        return None
    return past_of(base)


# Verbs whose present disagreeing with its subject is not a narrated event.
_NOT_NARRATED = frozenset("is are am was were has have does do".split())


def _habitual_use(toks, v: int) -> bool:
    """"use" before "to" and a plain verb ("He use to work there", "It use to be"): "used to",
    the past of habit, is meant, whatever the subject's number."""
    return (
        toks[v].text.lower() == "use"
        and v + 2 < len(toks)
        and toks[v + 1].text.lower() == "to"
        and toks[v + 2].tag == "VB"
    )


def _wrong_number_nouns(doc) -> list[tuple[int, int]]:
    """The spans of the nouns G202 finds in the wrong number for the word that counts or
    determines them ("Those building", "This results", "several member"). When such a noun
    heads a subject, its determiner and its verb agree with each other and not with it: the
    noun is the slip, not the verb ("Those building were demolished": buildings)."""
    from .singular_after_number import SingularAfterNumber

    return [(finding.start, finding.end) for finding in SingularAfterNumber()._counted(doc)]


def _after_surnames(doc, vocabulary) -> tuple[frozenset[str], set[int]]:
    """The surnames of people the draft names in full (``people.person_surnames``) and where
    one of them stands before a plural verb ("Pelosi were"): the verbs' offsets. Nothing is
    read unless a capitalised word stands before such a verb."""
    hits = [(tokens, i) for _, tokens, i in vocabulary.token_hits(_PLURAL_AFTER_NAME) if i and tokens[i - 1][3][:1].isupper()]
    if not hits:
        return frozenset(), set()
    surnames = person_surnames(doc.analysis("names"), vocabulary.counts, vocabulary.people)
    return surnames, {tokens[i][1] for tokens, i in hits if tokens[i - 1][3] in surnames}


def _plural_name_twice(text: str, name: str) -> bool:
    """The draft writes ``name`` straight before "were", "are" or "have" at least twice."""
    return len(re.findall(rf"(?<![\w-]){re.escape(name)} (?:were|are|have)\b", text)) >= 2


def _named_in_full(text: str, name: str) -> bool:
    """The draft writes ``name`` after a first name somewhere ("Mike Pence"): a surname there.
    Not after one that is an adjective, adverb, modal or function word too ("Many Germans")."""
    firsts = first_names()
    return any(
        m.group(1) in firsts and not {"a", "r", "x"} & set(lx.tags(m.group(1).lower())) and m.group(1).lower() not in function_words()
        for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(name)}\b", text)
    )
