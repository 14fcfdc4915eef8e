"""D103: a past-tense event dated after the story's own date.

The mirror image of D104 (future_event.py); the year cues both read live in _common.py, the
years that cannot be right whatever the tense in _impossible_years.py, the guards that tell a
past event from a plan, a deadline or a year used as a name in _past_guards.py.
"""

from __future__ import annotations

from ...rule import accepted, flagged
from ._against_story import YearAgainstStory
from ._common import _about, _in_dateline, _year_expressions
from ._impossible_years import _malformed_decades, _year_is_wrong


def _past_year_expressions(dates):
    """The years D103 reads: those of ``_year_expressions``, decades ("the 2010s") and spans
    of years ("2017-2019"; only one that begins after the story is after it)."""
    years = set(_year_expressions(dates))
    for e in dates.expressions:
        if (
            e in years
            or (e.kind == "decade" and e.year is not None)
            or (e.kind == "year" and e.year2 is not None and e.year2 > e.year)
        ):
            yield e


class PastEventAfterStoryDate(YearAgainstStory):
    """A past-tense event dated after the story's own date.

    *What it flags*: "the factory closed in 2019" in a story dated 2016: the year (or day) is
    later than the story's date, but the clause tells the event as already past.

    *Why it matters*: either the year is a typing slip (2009 for 2019) or the story's date is
    wrong; both mislead readers and archives.

    *Flagged*: "Ada Finch, who retired in 2018, saw all of that." (in a story dated 2016)

    *Preferred*: "Ada Finch, who retired in 2003, saw all of that."

    *Options*: none; give the story's date with ``--date`` or ``date:`` in the front matter.

    Whatever the tense, a later year is also flagged when the words around it show it cannot
    be right: "since 2019", a span that runs backwards ("from 2019 to 2005"), a decade that
    does not begin a decade ("the early 2018s"), an event that can only be past ("the 2017
    attack", "her death in 2018"), and, in a story about the United States, a presidential
    contest in a year that has none ("the 2017 presidential race", "the 2019 Democratic
    convention") or a federal election in an odd year.

    Dates under a scraped widget or slideshow ("1.", "of.", "23." on lines of their own) are
    left alone: such lists are updated after the story is published.

    *Known limits*: plans, forecasts, deadlines, fiscal years, seasons, election years,
    reported plans ("agreed to cut emissions by 2030", "expected in 2018", "until 2019"), plans
    as they stood then ("was to open in 2018"), conditions ("if the mill closed in 2018, …")
    and anniversaries are left alone, and so is any clause whose tense is unclear; some real
    errors there go unflagged.
    The election-year check knows only the U.S. calendar, and stays silent when the sentence
    names another country; odd-year state and city elections ("the 2017 campaign" for a
    governor) may be flagged when the sentence does not say so.
    """

    code = "D103"
    name = "past-event-after-story-date"
    family = "date"
    severity = "warning"
    needs = ("dates", "quotes", "tags")
    examples = (
        flagged("Ada Finch, who retired in 2018, saw all of that.", "2018", date="2016-03-07"),
        flagged("In 2019 the factory closed its doors.", "2019", date="2016-03-07"),
        flagged("2019 saw the factory close.", "2019", date="2016-03-07"),
        flagged("Ana Ñúñez said the plant closed in 2019", "2019", date="2016-03-07"),
        flagged("“The plant closed in 2019,” said Ana Ñúñez.", "2019", date="2016-03-07"),
        flagged("\"The plant closed in 2019,\" said Ana Ñúñez.", "2019", date="2016-03-07"),
        accepted(""),
        accepted("Ada Finch, who retired in 2003, saw all of that.", date="2016-03-07"),
        accepted("The plant closed in 2019.", path="example.txt"),
        accepted("The plant will close in 2019.", date="2016-03-07"),
        accepted("The company said it expected to finish the plant in 2018.", date="2016-03-07"),
        accepted("The lease ran until 2019, the council said.", date="2016-03-07"),
        accepted("Sales reached $4 billion in fiscal 2017, the company said.", date="2016-03-07"),
        accepted("The party chose Denver for its 2020 convention.", date="2016-03-07"),
        accepted("Ministers agreed to cut emissions by 2030.", date="2016-03-07"),
        flagged("Bush entered the 2017 presidential race as a favourite, Republicans said.", "2017", date="2016-03-07"),
        accepted("Bush is preparing for the 2020 presidential race, Republicans said.", date="2016-03-07"),
        accepted("Le Pen entered the 2017 French presidential race.", date="2016-03-07"),
        flagged("Assange has been detained since December 2019.", "December 2019", date="2016-03-07"),
        flagged("Kuchma was president of Ukraine from 2019 to 2005.", "2019", date="2016-03-07"),
        flagged("Tariffs were lower in the early 2018s.", "2018s", date="2016-03-07"),
        accepted("Tariffs were lower in the early 1990s.", date="2016-03-07"),
        flagged("Officials investigated the 2017 attack on the compound.", "2017", date="2016-03-07"),
        accepted("Officials fear a 2017 attack could follow.", date="2016-03-07"),
        flagged("The band started to break up in mid-2019 after a split.", "2019", date="2016-03-07"),
        accepted("Lion, to be released in mid-2011, was shown at the event.", date="2010-10-23"),
        flagged("It wasn't until 2018 that the party raised the bar.", "2018", date="2016-03-07"),
        flagged("Rubio won his first victory in the 2018 race for the White House.", "2018", date="2016-03-07"),
        flagged("Turnout was up 70 percent from 2018, officials said.", "2018", date="2016-03-07"),
        accepted("Turnout will be up 70 percent from 2018, officials said.", date="2016-03-07"),
        flagged("They showed a poster from 2019, when Solidarity won.", "2019", date="2016-03-07"),
        flagged("They tweeted a clip of him on the radio show from 2018, in which he praised it.",
                "2018", date="2016-03-07"),
        flagged("Turnout was up 19 points from 2012 and 3 points from 2018.", "2018", date="2016-03-07"),
        accepted("The rule applies from 2019 onward, officials said.", date="2016-03-07"),
        flagged("Boeing’s ties with Russia dated back to the early 2010s.", "2010s", date="2007-06-10"),
        accepted("Analysts said demand would peak in the 1990s.", date="1989-10-26"),
        accepted("Candidates\n\n2.\n\nof.\n\n17.\n\nLamb left the race May 3, 2016.\n", date="2016-02-24"),
        flagged("Keating, who lost in his unsuccessful 2019 campaign, welcomed it.", "2019", date="2016-03-07"),
        flagged("It is the reverse of her first campaign in 2018, when she fought Obama.", "2018",
                date="2016-03-07"),
        accepted("It is the reverse of her campaign in 2018, when she will fight Obama.",
                 date="2016-03-07"),
        flagged("Nevada cannot say so, where voters in 2018 made up 30% of caucusgoers.", "2018",
                date="2016-03-07"),
        flagged("She started out 60 points ahead of Sanders in 2018.", "2018", date="2016-03-07"),
        flagged("Obama was able to hit the mark in September 2018.", "September 2018", date="2016-03-07"),
        flagged("Having stumbled in her own bid for the governorship in 2017, she left.", "2017",
                date="2016-03-07"),
        accepted("Bush was able to run for office in 2018, aides said.", date="2016-03-07"),
        flagged("During the 2019 election, she ran on jobs.", "2019", date="2016-03-07"),
        flagged("In January 2019, Boeing announced it would cancel the order.", "January 2019", date="2016-03-07"),
        flagged("Mr Ñúñez, who in 2019 added a course to his portfolio, is a developer.", "2019", date="2016-03-07"),
        flagged("Aides recalled her failed 2019 run.", "2019", date="2016-03-07"),
        accepted("The attacks reframed the 2016 presidential race on Saturday.", date="2015-11-15"),
        accepted("She launched her 2020 campaign in Iowa.", date="2017-03-07"),
        accepted("In 2019, the plant closes, officials said.", date="2016-03-07"),
        flagged("She worked as a staffer for Obama in the 2019 primary.", "2019", date="2016-03-07"),
        flagged("Arrests dropped in the 2018 fiscal year, officials said.", "2018", date="2016-03-07"),
        accepted("Arrests dropped in the 2017 fiscal year, officials said.", date="2016-03-07"),
        flagged("One influential 2018 paper found gains.", "2018", date="2016-03-07"),
        flagged("Trump, known to be keen on golf, who in 2019 added a course, is a developer.", "2019",
                date="2016-03-07"),
        flagged("Ana Ñúñez, 33, was born in Cuba in 2019. ``I think he deserves to be here,'' she said.",
                "2019", date="2016-03-07"),
        accepted("He broke ranks in 2015 and said he would run for governor in 2018.", date="2016-03-07"),
        flagged("Ana Ñúñez hosted 25 dinners in 2016, her last year in office.", "2016", date="2015-12-20"),
        flagged("In a 2016 speech, the governor declared victory.", "2016", date="2015-12-20"),
        accepted("Premiums rose by double digits for 2016, insurers said.", date="2015-12-20"),
        accepted("As the harvest starts in 2016, the cover that cheap loans provided will be lost.",
                 date="2015-12-20"),
        accepted("Analysts said little about the 2016 race that had begun.", date="2015-12-20"),
        flagged("The plant in Łódź closed in May 2016.", "May 2016", date="2016-03-07"),
        accepted("The plant in Łódź closed in March 2016.", date="2016-03-29"),
        accepted("The plant in Łódź closed in February 2016.", date="2016-03-29"),
        flagged("It was 2019 when the plant in Łódź closed.", "2019", date="2016-03-07"),
        flagged("By 2019 the plant had closed.", "2019", date="2016-03-07"),
        flagged("The plant had been sold by 2019, workers said.", "2019", date="2016-03-07"),
        accepted("The council had agreed to cut emissions by 2019.", date="2016-03-07"),
        accepted("The council had promised cuts by 2019.", date="2016-03-07"),
        accepted("He had to repay the loan by 2019.", date="2016-03-07"),
        flagged("Sales fell in 2017-2019.", "2017-2019", date="2016-03-07"),
        accepted("Sales fell in fiscal 2017-18.", date="2016-03-07"),
        accepted("Sales will fall in 2017-18.", date="2016-03-07"),
        accepted("Sales fell in 2015-17.", date="2016-03-07"),
        flagged("The guild didn't back a nominee until after the caucuses in 2019.", "2019",
                date="2016-03-07"),
        flagged("He did not hear of his diagnosis until 2018, when he applied for a visa.", "2018",
                date="2016-03-07"),
        accepted("The deal runs until 2018 and was not signed in Łódź.", date="2016-03-07"),
        flagged("By the end of 2018, the bill had failed in the Senate.", "2018", date="2016-03-07"),
        accepted("By the end of 2018, the bill had been expected to pass.", date="2016-03-07"),
        flagged("While his brother could lean on the old creed in 2017, when he built his "
                "campaign on it, he cannot.", "2017", date="2016-03-07"),
        flagged("The results included a charge in the 2018 second quarter.", "2018", date="2016-03-07"),
        accepted("The sprinter ran the race in 2018 seconds, a joke.", date="2016-03-07"),
        flagged("Ana Ñúñez managed the 2018 Iowa campaign of the governor.", "2018", date="2016-03-07"),
        flagged("Cruz faced criticism for loans to his 2018 Senate campaign.", "2018", date="2016-03-07"),
        accepted("She launched her 2018 Senate campaign in Iowa.", date="2016-03-07"),
        accepted("The party chose Denver for its 2018 convention.", date="2016-03-07"),
        flagged("Okafor cited the same deal while standing for the Assembly in 2018.", "2018",
                date="2016-03-07"),
        flagged("It was the strategy he used in 2018.", "2018", date="2016-03-07"),
        flagged("He was an aide during her failed 2016 run.", "2016", date="2015-12-23"),
        flagged("Bombings in May 2003 and May 2019 shook the city of Łódź.", "May 2019", date="2016-05-19"),
        flagged("The judge said almost nothing about it until October 2019.", "October 2019",
                date="2016-07-27"),
        accepted("The judge said nothing would change until October 2019.", date="2016-07-27"),
        flagged("The caucus blasted through its 2019 record of 121,354 votes.", "2019", date="2016-02-03"),
        accepted("The lease ran through 2019, the council said.", date="2016-07-27"),
        flagged("The columnist George Will wrote that the 2019 race was over.", "2019", date="2016-07-27"),
        accepted("Officials said the talks may resume in 2019.", date="2016-07-27"),
        accepted("In May, the agency proposed a 2017 mandate for biofuels.", date="2015-11-24"),
        flagged("She gave her final paid lectures in early 2016, before she launched her campaign.", "2016",
                date="2015-12-15"),
        accepted("She will give her last paid speeches in early 2016.", date="2015-12-15"),
        flagged("An analysis of elections going back to 2019 showed the party won.", "2019",
                date="2016-03-17"),
        flagged("That stands in contrast to 2018, when Ana Ñúñez won the state.", "2018", date="2016-03-07"),
        accepted("She will give her last paid speeches in 2018.", date="2016-03-07"),
        accepted("She will give her final paid lectures in 2018.", date="2016-03-07"),
        accepted("The company said it had set aside $5 million for 2018.", date="2016-03-07"),
        accepted("Tickets went on sale for the 2018 tour of Łódź.", date="2016-03-07"),
        flagged("For 2018, the firm in Łódź earned $1.7 billion.", "2018", date="2016-03-07"),
        accepted("She was elected in 2014 for a term ending in 2018.", date="2016-03-07"),
        accepted("He left open the possibility of running in 2020.", date="2016-03-07"),
        accepted("The minister kept the door open to talks in 2018.", date="2016-03-07"),
        flagged("The bank in Łódź said loans taken out in 2018 were repaid.", "2018", date="2016-03-07"),
        flagged("In May, the agency enforced a 2017 mandate for biofuels.", "2017", date="2015-11-24"),
        flagged("We got tax rises in the January 2019 “fiscal cliff” deal.", "January 2019", date="2016-02-19"),
        accepted("Arrests dropped in fiscal 2017, officials in Łódź said.", date="2016-03-07"),
        flagged("As governor of Łódź in 2016, Ana Ñúñez was photographed with him.", "2016", date="2015-12-21"),
        flagged("Palestinians want the town, captured by Israel in the 2016 war, back.", "2016", date="2015-12-20"),
        accepted("Voters in Łódź looked ahead to the 2016 election.", date="2015-12-20"),
        flagged("The ruling left the 2019 precedent in place.", "2019", date="2016-06-29"),
        accepted("The 2019 target is left to the next mayor of Łódź.", date="2016-06-29"),
        flagged("In 2012, Smith suspended his tour, and in 2018, Ana Ñúñez ended hers.", "2018", date="2016-03-07"),
        flagged("She went through this in 2019 against Obama.", "2019", date="2016-03-10"),
        flagged("By 2019, the country became the largest exporter in the region.", "2019", date="2016-03-07"),
        flagged("Sales in Łódź rose to nearly 30% by 2019.", "2019", date="2016-03-07"),
        accepted("Had the sale gone through, the jets would have been delivered by 2019.", date="2016-03-07"),
        accepted("Berlin offered a subsidy to mothball the coal-fired plants by 2019.", date="2016-03-07"),
        accepted("The firm was ordered to close the plant in Łódź by 2019.", date="2016-03-07"),
        flagged("In 2016 the league in Łódź folded.", "2016", date="2015-12-21"),
        flagged("An earthquake in January 2016 caused damage in Łódź.", "January 2016", date="2015-12-21"),
        accepted("For 2016, the firm in Łódź planned cuts.", date="2015-12-21"),
        flagged("Sales grew. By 2019, the firm was the largest in Łódź.", "2019", date="2016-03-07"),
        flagged("By 2019, that number had fallen to 3%.", "2019", date="2016-03-07"),
        flagged("The mill in Łódź reopened in July 2016.", "July 2016", date="2015-12-21"),
        flagged("After a chance meeting in July 2019, they resumed their friendship.", "July 2019",
                date="2016-03-07"),
        flagged("It was the only paved road in Łódź until the war in 2019.", "2019", date="2016-03-07"),
        flagged("Until its closure in 2019, the base was the oldest in Łódź.", "2019", date="2016-03-07"),
        accepted("He was barred from working until April 2019.", date="2016-03-07"),
        accepted("Orders kept the tractor on the assembly line until at least 2019.", date="2016-03-07"),
        flagged("The canal in Łódź was closed from October 2019 until March 1957.", "October 2019",
                date="2016-03-07"),
        flagged("The emails covered periods from 2019 through the beginning of 2013.", "2019",
                date="2016-03-07"),
        flagged("He was a star. From 2019, he was increasingly hurt.", "2019", date="2016-03-07"),
        accepted("From 2019, the ban in Łódź will apply to all cars.", date="2016-03-07"),
        flagged("By December 2019, the album had sold 219,000 copies.", "December 2019", date="2016-03-07"),
        flagged("The novel was nominated for the Hugo Award in 2019.", "2019", date="2016-03-07"),
        accepted("She was nominated for re-election in 2019.", date="2016-03-07"),
        flagged("The coins of Łódź were phased out in 2019.", "2019", date="2016-03-07"),
        flagged("Ana Ñúñez is accused of plotting two attacks in 2019.", "2019", date="2016-03-07"),
        accepted("Ana Ñúñez is accused of plotting to attack the base in 2019.", date="2016-03-07"),
        flagged("The fair in Łódź was held in January and February 2019.", "February 2019", date="2016-03-07"),
        flagged("It ruled Łódź until 20 August 2019, when its term ended.", "20 August 2019", date="2016-03-07"),
        accepted("The lease ran until 2019, when it will be renewed.", date="2016-03-07"),
        flagged("The technique dates to 2019, when Zoë Ćosić invented it.", "2019", date="2016-03-07"),
        flagged("Turnout could not keep pace with 2019, when 236,000 voters took part.", "2019",
                date="2016-03-07"),
        accepted("Turnout could rise in 2019, when the new roll is ready.", date="2016-03-07"),
        # a phrase set off before the verb, or the second of two years, dates a past event even
        # in late December
        flagged("Ana Ñúñez, in the first half of 2016, gave $2 million to the fund.", "2016", date="2015-12-31"),
        flagged("She is accused of robbing two banks, in 2011 and 2016, with a friend.", "2016", date="2015-12-22"),
        # an infinitive before the verb is another verb's; "rose to" names a level
        flagged("His profile began to grow and he climbed in the surveys, to double digits by 2011 and then "
                "30% by spring of 2018.", "spring of 2018", date="2016-03-07"),
        # "that" opening a clause with the year hands it to that clause's verb
        flagged("What those of us here know is that in 2018, most officials were against him.", "2018",
                date="2016-03-07"),
        flagged("It was 2018 - not 2014 - when the mill in Łódź closed.", "2018", date="2016-03-07"),
        # the noun of a phrase after the year is no contest the year names
        flagged("The gap was as wide as at the same point in 2017 in her contest against Obama.", "2017",
                date="2016-03-07"),
        flagged("The board oversaw the sale of the mill in Łódź in 2018.", "2018", date="2016-03-07"),
        flagged("She co-founded a firm in Łódź in 2018.", "2018", date="2016-03-07"),
        # a word joined by a hyphen is part of a compound, no verb
        accepted("Ana Ñúñez, a long-shot candidate in 2018, can still win.", date="2016-03-07"),
        accepted("The 2018 coal-fired plant in Łódź is the newest.", date="2016-03-07"),
        accepted("Officials in Łódź backed off, offering a subsidy to mothball eight coal-fired plants by 2019.",
                 date="2016-03-07"),
        # a phrase that opens the sentence dates the verb after its subject, reporting or not
        flagged("More recently, in 2018, a storm in Łódź claimed seven lives.", "2018", date="2016-03-07"),
        flagged("In 2018 the governor of Łódź stated that taxes would rise.", "2018", date="2016-03-07"),
        flagged("In 2018, Ana Ñúñez co-wrote the score.", "2018", date="2016-03-07"),
        # a relative clause after the year is another clause: its "to be" is no plan
        flagged("The chip was used in the Łódź plant in 2018, which turned out to be a failure.", "2018",
                date="2016-03-07"),
        # an estimate as a count made, not a forecast
        flagged("The town had an estimated population of 30,000 in 2018.", "2018", date="2016-03-07"),
        flagged("Ana Ñúñez estimated in 2018 that 3% of voters were undecided.", "2018", date="2016-03-07"),
        accepted("The cost of the bridge in Łódź was estimated at $5 billion in 2018.", date="2016-03-07"),
        # a phrase opening a clause after ", and" dates that clause's verb, in late December too
        flagged("In 2012, Ana Ñúñez suspended her tour, and in 2016, Zoë Ćosić ended hers to run.", "2016",
                date="2015-12-15"),
        accepted("Sales fell in 2012, and in 2016, the minister in Łódź said, they will rise.", date="2015-12-15"),
        # the same past event however the sentence is built: a subject with a name in apposition, a
        # dated document or a participle phrase before the report, a plan set against what happened,
        # a purpose after the year, a span told whole, a verb only the tagger reads ("left")
        flagged("In 2018, the mill’s owner, Zoë Ćosić, said it would close.", "2018", date="2016-03-07"),
        flagged("A 2018 study by the Łódź institute concluded that rents rose.", "2018", date="2016-03-07"),
        flagged("The mayor, speaking in Łódź on 3 May 2018, said the plan had failed.", "3 May 2018", date="2016-03-07"),
        flagged("Later that year, in a 2018 interview, Zoë Ćosić said she would quit.", "2018", date="2016-03-07"),
        flagged("In 2018, a year later than planned, the bridge in Łódź opened.", "2018", date="2016-03-07"),
        flagged("A campaign in Łódź was started in 2018, with the goal of raising £35,000.", "2018", date="2016-03-07"),
        flagged("By 2018 the town had grown to a size of 30,000 people.", "2018", date="2016-03-07"),
        flagged("Rents fell, and by 2018, the town in Łódź had a surplus.", "2018", date="2016-03-07"),
        flagged("She was the first woman to be elected mayor of Łódź in 2018.", "2018", date="2016-03-07"),
        flagged("From 2018 onwards, the band in Łódź produced its best work.", "2018", date="2016-03-07"),
        flagged("He served as mayor of Łódź from 2011 to 2019.", "2019", date="2016-03-07"),
        flagged("He led the party in Łódź from 2019 until 22 July 2002.", "2019", date="2016-03-07"),
        flagged("Zoë Ćosić left school in 2018 after her exams.", "2018", date="2016-03-07"),
        flagged("The party carried Łódź in both 2018 and 2012.", "2018", date="2016-03-07"),
        flagged("By 2018, there were reported to be 1,000 people living in Łódź.", "2018", date="2016-03-07"),
        # a plan as it stood then, a condition, an anniversary, a term set by a plan or a deadline
        accepted("The bridge in Łódź was to open in 2018.", date="2016-03-07"),
        accepted("If the mill in Łódź closed in 2018, the town would suffer.", date="2016-03-07"),
        accepted("Had the mill in Łódź closed in 2018, the town would have suffered.", date="2016-03-07"),
        accepted("The town marked the 2018 anniversary of its founding.", date="2016-03-07"),
        accepted("He agreed to serve as mayor of Łódź from 2014 to 2019.", date="2016-03-07"),
        accepted("He was barred from office in Łódź from 2014 until 2019.", date="2016-03-07"),
        accepted("The 2018 plan said emissions in Łódź would fall.", date="2016-03-07"),
        accepted("The mayor, speaking on Tuesday, said the mill in Łódź would close in 2018.", date="2016-03-07"),
        # a report dated by the year, then what was said: "would" is the report's content
        flagged("Zoë Ćosić said in 2018 that she would run for mayor of Łódź.", "2018", date="2016-03-07"),
        flagged("Asked in 2018 whether he would run, the mayor of Łódź said no.", "2018", date="2016-03-07"),
        accepted("The council in Łódź will decide in 2018 whether the mill would close.", date="2016-03-07"),
        accepted("Zoë Ćosić said she would run for mayor of Łódź in 2018.", date="2016-03-07"),
        # (dates12) a report set off by commas, a span whose end is past, a list of times, a term's
        # noun with an "in 2018" event, a plan word in another clause, an outcome, a lead, a
        # bare past after a singular subject, "since" and a comparison told in the present
        flagged("In 2019, prices in Łódź, analysts said, fell.", "2019", date="2016-03-07"),
        accepted("In 2019, the mayor said, the plant in Łódź will close.", date="2016-03-07"),
        flagged("The ledgers spanned months from 2009 through the beginning of 2018.", "2018", date="2016-03-07"),
        flagged("He taught in Łódź from 2018 until his death.", "2018", date="2016-03-07"),
        flagged("She led the party in Łódź from 2019 until she resigned in 2004.", "2019", date="2016-03-07"),
        accepted("The rule in Łódź applied from 2018 until further notice.", date="2016-03-07"),
        flagged("The trams were delivered in November 2014, and January 2018, respectively.", "January 2018",
                date="2016-03-07"),
        flagged("She signed a recording contract with a label in Łódź in 2018.", "2018", date="2016-03-07"),
        accepted("He signed a contract to play in Łódź in 2018.", date="2016-03-07"),
        accepted("The lease on the mill in Łódź was extended through 2018.", date="2016-03-07"),
        flagged("The station adopted the format in 2018, and both claim to be first.", "2018", date="2016-03-07"),
        flagged("After the 2018 release of the film, sales in Łódź rose.", "2018", date="2016-03-07"),
        flagged("Ana Ñúñez won re-election in 2018 with 60 percent of the vote.", "2018", date="2016-03-07"),
        flagged("He made an unsuccessful run for mayor of Łódź in 2018.", "2018", date="2016-03-07"),
        flagged("She served as mayor of Łódź from 2011 until 2018.", "2018", date="2016-03-07"),
        flagged("Ana Ñúñez was ahead for most of 2018.", "2018", date="2016-03-07"),
        accepted("Ana Ñúñez was ahead of the 2018 vote in Łódź.", date="2016-03-07"),
        flagged("The firm in Łódź cut 500 jobs in 2018.", "2018", date="2016-03-07"),
        flagged("The central bank last cut rates in 2018.", "2018", date="2016-03-07"),
        accepted("The tax cut in Łódź in 2018.", date="2016-03-07"),
        flagged("Since taking office in 2018, the mayor of Łódź has cut taxes.", "2018", date="2016-03-07"),
        flagged("It is the worst drought in Łódź since the one in 2018.", "2018", date="2016-03-07"),
        flagged("Prices in Łódź are up 5 percent from 2018.", "2018", date="2016-03-07"),
        accepted("Prices in Łódź are expected to be up 5 percent from 2018.", date="2016-03-07"),
        flagged("As 2018 ended, prices in Łódź fell.", "2018", date="2016-03-07"),
        flagged("Ana Ñúñez, in a 2018 interview with a paper in Łódź, said she would run.", "2018", date="2016-03-07"),
        flagged("Ana Ñúñez told a paper in a 2018 interview that she would run.", "2018", date="2016-03-07"),
        flagged("Her first run for mayor of Łódź, in 2018, ended in defeat.", "2018", date="2016-03-07"),
        # a year that ends a name, a participle with no tense of its own or with its agent
        accepted("The law was amended under the Reorganization Act of 2018.", date="2016-03-07"),
        accepted("She challenged the city of Łódź to plant a million trees by the year 2020.", date="2016-03-07"),
        accepted("The act will expire, unless further extended, on June 30, 2016.", date="2016-03-07"),
        accepted("There will be shortages of goods caused by the war even after June 30, 2016.", date="2016-03-07"),
        # in late December a past perfect before next year's contest says the contest is over
        flagged("She had served as an aide in Łódź during his 2016 campaign.", "2016", date="2015-12-31"),
        accepted("She had agreed to run in the 2016 race in Łódź.", date="2015-12-31"),
    )

    after = True

    def _story(self, reference):
        return reference.date if reference.firm else None

    def _expressions(self, dates):
        return _past_year_expressions(dates)

    def _judge(self, doc, dates, e, reference, story):
        if e.year > story.year + 10 or (e.kind == "decade" and e.year <= story.year + 1):
            return None  # "the 1990s" in a story of late 1989 is the decade ahead
        # imported for a year after the story's only, which few drafts hold (off_by_default)
        from ._past_guards import _in_page_furniture, _past_after_guard
        from ._told import _told_by_tagged_verb, _told_by_when_clause, _told_past_a_set_off_report

        if _in_page_furniture(doc, e.start):
            return None
        wrong = _year_is_wrong(doc, dates, e, story)
        if wrong:
            return f"\"{e.text}\" is after {_about(reference)}, but {wrong}"
        tense = dates.tense(e.start, e.end)
        if tense.tense != "past":
            tense = _told_by_when_clause(doc, dates, e) or tense
        if tense.tense == "unknown":
            tense = _told_by_tagged_verb(doc, dates, e) or tense
        tense = _told_past_a_set_off_report(doc, dates, e, tense) or tense
        if _past_after_guard(doc, dates, e, story, tense):
            return None
        return (
            f"\"{e.text}\" is after {_about(reference)}, but the event is told in the past "
            f"tense (\"{tense.cue}\")"
        )

    def _impossible(self, doc, dates, reference):
        story = reference.date
        for e in dates.expressions:
            if e.kind == "year" and e.year2 is not None and e.year2 < e.year and story.year < e.year <= story.year + 10:
                yield self._year_finding(
                    doc, e.start, e.end,
                    f"\"{e.text}\" runs backwards, and {e.year} is after {_about(reference)}",
                    reference,
                )
        for m in _malformed_decades(doc, story):
            if _in_dateline(dates, m.start()):
                continue
            yield self._year_finding(
                doc, m.start(), m.end(),
                f"\"{m.group()}\" is not a decade, and {m.group('year')} is after "
                f"{_about(reference)}",
                reference,
            )
