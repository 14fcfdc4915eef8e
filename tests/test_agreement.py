"""The grammar rules G201-G205 on invented sentences: what they flag, suggest and leave alone."""

from __future__ import annotations

import pytest

from newslint.config import Settings
from newslint.document import Document
from newslint.engine import all_rules, check_document
from newslint.rule import Context

SETTINGS = Settings()
RULES = {rule.code: rule for rule in all_rules(SETTINGS)}


def findings(code: str, text: str, **options):
    settings = Settings(**options) if options else SETTINGS
    doc = Document(text, path="story.txt")
    found = check_document(doc, settings, [RULES[code]], Context(settings, None))
    return [(doc.text[f.start : f.end], f.suggestions[0] if f.suggestions else None) for f in found]


@pytest.mark.parametrize(
    "text, flagged, suggestion",
    [
        ("The senator has became a critic of the deal.", "became", "become"),
        ("The two clubs have went to court over the fee.", "went", "gone"),
        ("By noon the crowd had began to thin.", "began", "begun"),
        ("The striker had never took a penalty before.", "took", "taken"),
        ("Has he ever spoke to them?", "spoke", "spoken"),
        ("The files were stole from a car.", "stole", "stolen"),
        ("Officials did not knew about the leak.", "knew", "know"),
        ("The ferry didn't ran on Sunday.", "ran", "run"),
        ("The council will decides next week.", "decides", "decide"),
        ("Voters can chose a new mayor in May.", "chose", "choose"),
        ("She wanted to became a nurse.", "became", "become"),
        ("The couple got marry in June.", "marry", "married"),
        ("Fans will get use to the new stand.", "use", "used"),
        ("The bridge was suppose to open in June.", "suppose", "supposed"),
        ("I've wrote to the council twice.", "wrote", "written"),
        ("Storms have saw off the coast guard's patience.", "saw", "seen"),
        ("The pound had fell by noon.", "fell", "fallen"),
        ("The club might gone into administration.", "gone", "go"),
        ("Ministers decided to taken the bill back.", "taken", "take"),
        ("Teachers could gotten more powers next year.", "gotten", "get"),
        ("Firms were reluctant to taken on extra staff.", "taken", "take"),
        ("The agency aims to hires 40 new staff.", "hires", "hire"),
        ("The board said it would allows the sale.", "allows", "allow"),
        ("It is a group that doesn't believes in luck.", "believes", "believe"),
        ("With the new pass you can went anywhere.", "went", "go"),
        ("The school was establish in 1990 by monks.", "establish", "established"),
        ("The town is locate near the river.", "locate", "located"),
        ("The crew have been train by experts.", "train", "trained"),
        ("The minister had sign the deal before the vote.", "sign", "signed"),
        ("We are committed to provide the best care.", "provide", "providing"),
        ("The club looks forward to see its fans.", "see", "seeing"),
        ("She is firmly committed to help the poor.", "help", "helping"),
        ("When it comes to choose a leader, they wait.", "choose", "choosing"),
        ("Water leaked into the expand section of the roof.", "expand", "expanded"),
        ("The bridge was design by a local firm.", "design", "designed"),
        ("The new stand was build in 1990 by a local firm.", "build", "built"),
        ("The squad were send home after the defeat.", "send", "sent"),
        ("The council has already did the repairs.", "did", "done"),
        ("The striker got arrest after the match.", "arrest", "arrested"),
        ("Two fans got kill in the crush.", "kill", "killed"),
        ("Ministers will considering the plan next week.", "considering", "consider"),
        ("The firm has makes a loss every year.", "makes", "made"),
        ("The mayor did not going to the meeting.", "going", "go"),
        ("The vote will being held in May.", "being", "be"),
        ("They can continued the work without us.", "continued", "continue"),
        ("The agency is conducts a survey of farms.", "conducts", "conducting"),
    ],
)
def test_g201_flags_and_suggests(text, flagged, suggestion):
    assert findings("G201", text) == [(flagged, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "The senator has become a critic of the deal.",
        "What the town had became the envy of its neighbours.",
        "Everything that it was went up in smoke.",
        "The land they had went to the state.",
        "The work he does matters; what she did goes unnoticed.",
        "The firm had bit parts in the scheme, and the owner was broke.",
        "The campaign had got off to a slow start.",
        "The volunteers had lit candles.",
        "Her will states that the house goes to her son.",
        "He had better leave; they have to vote; she does so willingly.",
        "A tin can holds the coins.",
        "“They have went too far,” said the mayor.",
        "The players have gone home and the fans have left.",
        "They had sowed the field and weaved baskets.",
        "He told them to go home.",
        "The result: a 3-1 win that got everyone talking.",
        "The firm said it would respond to markets within days.",
        "The town has sent aid to victims and links to charities.",
        "The sale is expected to be complete in May, and the work is not complete.",
        "The council has to establish a fund; the bridge is likely to reopen.",
        "All the minister did was complain about the press.",
        "We have work to do, and the answer is love.",
        "The young striker has promise, and the hope is change in May.",
        "The party is committed to change; funds committed to build roads ran out.",
        "He is used to work late, and the tool is used to cut wire.",
        "The divide poses a test, and he works on a complete time basis.",
        "The figures were quoted according to figures her office released.",
        "The plan has private contractors do jobs that officials used to do.",
        "It was a speech in which Will claims a victory.",
        "They got word of the plan, got home late and got use of the hall; we got help.",
        "What the firm did was build homes; the aid they had did little good.",
        "The stand has made its name, and the squad was sent home.",
        "A trash can overflowing with bottles stood by the gate.",
        "Prices rose, as they did following the war, and the site has remains of a wall.",
        "She has needs that nobody meets, and the club has plans for a new stand.",
        "A heavenly being appears, and the site is remains of a fort.",
    ],
)
def test_g201_leaves_alone(text):
    assert findings("G201", text) == []


@pytest.mark.parametrize(
    "text, flagged, suggestion",
    [
        ("The mill has stood for more than 200 year.", "year", "years"),
        ("Several member of the club resigned.", "member", "members"),
        ("These kind of storms are rare in May.", "kind", "kinds"),
        ("Many thing have changed since then.", "thing", "things"),
        ("These problem are not new.", "problem", "problems"),
        ("The ferry sank two time in a decade.", "time", "times"),
        ("Both side agreed to a ceasefire.", "side", "sides"),
        ("She is one of the fastest runner in Europe.", "runner", "runners"),
        ("We waited 40 minute for the bus.", "minute", "minutes"),
        ("A few day later the roof fell in.", "day", "days"),
        ("The couple have three child.", "child", "children"),
        ("Each of the candidate gave a speech.", "candidate", "candidates"),
        ("Three new school opened.", "school", "schools"),
        ("It is one of the city's oldest bus route.", "route", "routes"),
        ("She was one of Northfield's best-known choir singer.", "singer", "singers"),
        ("The firm has offices in over 40 country and employs 900 staff.", "country", "countries"),
        ("The two firm quietly merged.", "firm", "firms"),
        ("It is one of the biggest problem facing the council.", "problem", "problems"),
    ],
)
def test_g202_flags_and_suggests(text, flagged, suggestion):
    assert findings("G202", text) == [(flagged, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "The mill has stood for more than 200 years.",
        "Two tree planting schemes began, and several job training courses ran.",
        "A 200-year-old mill and a 10 year plan were on the agenda.",
        "It is a two hour drive, and he is a three time winner.",
        "The wall is 12 foot high; the fish weighed 5 pound; turnout rose 20 percent.",
        "The 2004 election was on page 12, under Section 2, next to No. 10.",
        "She gave $5 million; the score was 3-1; the talk starts at 10 am.",
        "One year later, one of the family returned with several hundred others.",
        "Both man and machine were tested, and those present agreed.",
        "This kind of storm is rare; these work well; both work here.",
        "The world's number two economy sold 100 full page adverts.",
        "Some 300 business and civic leaders attended, as did many chief executives.",
        "Four other important fixes were released, and the final one of the season ended.",
        "“We waited 40 minute,” said Zoë Müller.",
        "The iPhone 4 antenna and the Windows 10 update were both criticised.",
        "It followed what many thought was a rigged vote; few said so.",
        "Both of his speech and of his manner, critics made fun.",
        "The council took many donations via its website.",
        "It was one of the last low-key, widely read essays of the decade.",
        "The Gang of Eight bill and the Group of 20 summit were both in the news.",
        "She won 5,000 votes out of 9,000 cast, up from 90 last year.",
    ],
)
def test_g202_leaves_alone(text):
    assert findings("G202", text) == []


@pytest.mark.parametrize(
    "text, flagged, suggestion",
    [
        ("The findings of the audit was released on Friday.", "was", "were"),
        ("The chairman of the three charities were unavailable.", "were", "was"),
        ("Each one of the clubs have a vote.", "have", "has"),
        ("Every councillor have a duty to attend.", "have", "has"),
        ("One of the ferries were delayed.", "were", "was"),
        ("The old lighthouse were demolished in 1950.", "were", "was"),
        ("Officials said the figures was wrong.", "was", "were"),
        ("In 2019, the accounts was audited twice.", "was", "were"),
        ("They was told to wait outside.", "was", "were"),
        ("Officials said he were injured.", "were", "was"),
        ("At this stage the new ferries was still in dry dock.", "was", "were"),
        ("During the strike the local buses was cancelled.", "was", "were"),
        ("Earlier drafts was rejected by the council.", "was", "were"),
        ("More recent surveys shows a rise in rents.", "shows", "show"),
        ("Each summer the low fields is flooded.", "is", "are"),
    ],
)
def test_g203_flags_and_suggests(text, flagged, suggestion):
    assert findings("G203", text) == [(flagged, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "The findings of the audit were released on Friday.",
        "Ann Lee and Tom Ray, who were arrested on Friday, were released.",
        "The ferry and the bus were both late.",
        "A number of residents are angry; the rest of the money is gone.",
        "Ten miles is a long walk, and $5m was raised.",
        "The news is good; the series was a hit; physics is hard.",
        "If a bid were successful, the firm would move, as it were.",
        "The committee's backers, including the mayor, the city bank have said no.",
        "Denial of service attacks are rising.",
        "Running two shops is hard work.",
        "The town as well as the villages is cut off.",
        "The police were called, and staff are on leave.",
        "Would he have known?",
        "In 2004 the rebels were beaten; at this stage the plan is dead.",
        "Earlier drafts were rejected, and more recent surveys show a rise.",
        "In the town that family has run the mill since 1900.",
        "Each summer the fields are flooded, and this time the river is high.",
        "“The figures was wrong,” the mayor said.",
    ],
)
def test_g203_leaves_alone(text):
    assert findings("G203", text) == []


def test_g203_collective_nouns_follow_the_story_variety():
    text = "The jury were out for an hour."
    assert findings("G203", text, spelling="en-GB") == []
    assert findings("G203", text, spelling="en-US") == [("were", "was")]


@pytest.mark.parametrize(
    "text, flagged, suggestion",
    [
        ("Senate candidate Laura Kessler have called the plan a threat.", "have", "has"),
        ("On Monday, Dana Whitlock Ferreira were sworn in.", "were", "was"),
        ("Officials said Kevin Okafor do not plan to run.", "do", "does"),
    ],
)
def test_g203_one_person_by_first_name_and_surname(text, flagged, suggestion):
    assert findings("G203", text) == [(flagged, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "The Dallas Cowboys have won again.",  # a team: the last word is a plural noun
        "The Don Cossacks were a people of the steppe.",  # a plural of a name
        "Major Horn and his men were late.",  # a rank, not a first name
        "Voters helped Laura Kessler win the seat.",  # an object before a plain verb
    ],
)
def test_g203_one_person_leaves_alone(text):
    assert findings("G203", text) == []


def test_g203_firm_named_for_a_person_in_british_copy():
    text = "Merrill Lynch are in talks with the regulator."
    assert findings("G203", text, spelling="en-GB") == []
    assert findings("G203", text, spelling="en-US") == [("are", "is")]


@pytest.mark.parametrize(
    "text, flagged, suggestion",
    [
        ("A women was rescued from the flood.", "A women", "A woman"),
        ("Every members of staff got a bonus.", "members", "member"),
        ("He proposed another solutions.", "solutions", "solution"),
    ],
)
def test_g202_plural_after_a(text, flagged, suggestion):
    assert findings("G202", text) == [(flagged, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "A few days later, a great many people came.",
        "It is a jobs report, a means of appeal and a women's group.",
        "They played a prisoners' game in a sports hall.",
        "Every two weeks a lot of boats arrive.",
    ],
)
def test_g202_plural_after_a_leaves_alone(text):
    assert findings("G202", text) == []


@pytest.mark.parametrize(
    "text, flagged, suggestion",
    [
        ("The findings of the review suggests otherwise.", "suggests", "suggest"),
        ("The new plan require a vote.", "require", "requires"),
    ],
)
def test_g203_lexical_verbs(text, flagged, suggestion):
    assert findings("G203", text) == [(flagged, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "They insisted that the minister resign.",
        "The figures show a rise and the report shows a fall.",
        "The board demanded that the chairman step down.",
    ],
)
def test_g203_lexical_verbs_leave_alone(text):
    assert findings("G203", text) == []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("G203", "Staff recruited since the start of the year were trained."),
        ("G203", "Her name as party leader was cleared."),
        ("G203", "Voters who liked that candidate have spoken."),
        ("G203", "One in five voters are undecided."),
        ("G203", "The couple have two sons and the duo were late."),
        ("G203", "The commons is open; the means is there; the data is clear."),
        ("G202", "It ordered 50 new aerial refuelling tankers and three other used cars."),
        ("G202", "Three in 10 saying yes is a lot; the 80486 chip sold well."),
        ("G202", "There were several small, last-ditch offers, said one of the early “top five” players."),
        ("G202", "The choices those party-goers make matter; a commons was set up."),
    ],
)
def test_g202_g203_leave_real_copy_alone(code, text):
    assert findings(code, text) == []


@pytest.mark.parametrize(
    "text, flagged, suggestion",
    [
        ("The new tablet - sold only online - were a hit.", "were", "was"),
        ("The decision, which were announced on Monday, surprised staff.", "were", "was"),
        ("On Friday, Mrs Okafor were re-elected.", "were", "was"),
    ],
)
def test_g203_asides_relatives_and_titled_names(text, flagged, suggestion):
    assert findings("G203", text) == [(flagged, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee and Tom Ray, who were arrested, left.",
        "The head of the unions, who were on strike, spoke.",
        "The sides drew both games, which is what they wanted.",
        "Mr Lee and Mr Ray were absent.",
    ],
)
def test_g203_relatives_left_alone(text):
    assert findings("G203", text) == []


@pytest.mark.parametrize(
    "text, flagged, suggestion",
    [
        ("He go to the market every day.", "go", "goes"),
        ("The bill failed, and it make no sense to anyone.", "make", "makes"),
        ("They says the plan is dead.", "says", "say"),
        ("I likes the new stand.", "likes", "like"),
        ("Voters, he believe, will warm to the plan.", "believe", "believes"),
        ("Everyone are welcome at the meeting.", "are", "is"),
        ("The number of cases have doubled since May.", "have", "has"),
        ("A number of issues is still open.", "is", "are"),
        ("Many residents who lives near the plant complained.", "lives", "live"),
        ("The mayor, who insist on a vote, spoke.", "insist", "insists"),
        ("The mayor said nobody know where the money went.", "know", "knows"),
        ("She said that he want to build a new stand.", "want", "wants"),
        ("For the bid to work, he need to win the vote.", "need", "needs"),
        ("Analysts call it a market that they calls crowded.", "calls", "call"),
        ("There is many reasons to doubt the count.", "is", "are"),
        ("Then there was protests in the square.", "was", "were"),
        ("There are a reason for the delay.", "are", "is"),
        ("There’s several new problems with the bill.", "There’s", "There are"),
        ("The report that were published on Monday was wrong.", "were", "was"),
        ("Acupuncture needles move energy through the body and releases endorphins.", "releases", "release"),
        ("He visits the site every week and inspect the work.", "inspect", "inspects"),
        ("In 2004 they was bought by a rival firm.", "was", "were"),
        ("The calves stand at once, and after a week they is able to run.", "is", "are"),
        ("He am a member of the rowing club.", "am", "is"),
        ("Since 2019 it have run the ferry service.", "have", "has"),
        ("The house you has bought is old.", "has", "have"),
        ("There exists three rival plans for the site.", "exists", "exist"),
        ("There remain a question over the cost.", "remain", "remains"),
        ("The report, by whom he have been advised, is late.", "have", "has"),
        ("There is no locally chosen members on the board.", "is", "are"),
        ("There is not any tickets available for the final.", "is", "are"),
        ("If the bridge shuts, there is a few other routes.", "is", "are"),
        ("There was no anti-fraud rules in place at the time.", "was", "were"),
        ("There are no evidence that the pump failed.", "are", "is"),
        ("There were very little interest in the sale.", "were", "was"),
        ("There are some information on the council's website.", "are", "is"),
        ("There are one large car park behind the hall.", "are", "is"),
        ("There is over 300 stalls at the fair.", "is", "are"),
        ("There was more than 2,000 signatures on the petition.", "was", "were"),
        ("In 2019 there was 1,480 inhabitants in the parish.", "was", "were"),
        ("There is nine rugby pitches beside the track.", "is", "are"),
        ("Since May there has been two other votes on the plan.", "has", "have"),
        ("Today there is two ferries on the route.", "is", "are"),
        ("Around the harbour there is many new cafes.", "is", "are"),
        ("Last year there was two votes on the plan.", "was", "were"),  # "there" tagged as a place
    ],
)
def test_g203_pronoun_there_and_that(text, flagged, suggestion):
    assert findings("G203", text) == [(flagged, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "He even went home, and she still lives there.",
        "Let it go; make it work; watch it grow.",
        "He need not worry, and she insisted that he resign.",
        "An aide suggested she marry him; they would prefer he stay; voters, he believes, agree.",
        "It is vital that she attend, and the demand that he resign grew; he dare not go.",
        "Does anyone have a key? If anyone were to ask, everyone knows the answer.",
        "Nothing in his record would make anyone think he could win; let nobody say so.",
        "Did he go? Should it rain, the match is off.",
        "He put the bill away and she set the date.",
        "World War I ends the book. We parents must act.",
        "There are a number of issues and there is 20 minutes left.",
        "There are a car and a van outside; there is a lot of anger.",
        "The people there are a mix; there were a group of protesters outside.",
        "The house there was sold in May, and as if there were a need, the yard there was paved.",
        "He told voters that is why he ran.",
        "There is one seat left, and there are many reasons.",
        "There are fewer players than there were a decade ago.",
        "He left early lest he have to speak; thank you was all she said; World War I is over.",
        "She stood there wishing she were taller, and in 2004 they were bought by a rival.",
        "What he did to it was odd; let it be; the award he gave it was new.",
        "There comes a time to act; there exist many ways; it remains to be seen; there follows a list.",
        "There are no doubt several reasons; there are no world famous chefs in the town.",
        "There are no fewer than ten bids, and there were no staff or police on duty.",
        "There are also a museum on local history, two trails and a campsite.",
        "There is no sign of fires, and there is little money left; there are little shops.",
        "There are no sheep on the hill, and there are no data on it.",
        "There is over 20 minutes left, and there was about five percent of the vote to count.",
        "There was at least 40 tonnes of grain in the barn.",
        "The firm makes cars and sells them abroad; officials visit the site and check it.",
        "She wants to stay and help; he decides to go and see the game.",
        "They say the man sings and dances, and prices rise and falls follow.",
        "The reports due Monday morning are expected to show a gain.",
        'Last week, stunt scenes for the newest "River Kings" movie were shot nearby.',
    ],
)
def test_g203_pronoun_there_and_that_leave_alone(text):
    assert findings("G203", text) == []


@pytest.mark.parametrize(
    "text, flagged, suggestion",
    [
        ("The clubs face much problems this season.", "much problems", "many problems"),
        ("Much ideas were floated at the meeting.", "Much ideas", "Many ideas"),
    ],
)
def test_g202_much_before_a_plural(text, flagged, suggestion):
    assert findings("G202", text) == [(flagged, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Much larger cities have tried it; much needs doing.",
        "Thank you very much guys, she wrote; much of the work is done.",
        "Much news came in, and much remains unclear.",
    ],
)
def test_g202_much_leaves_alone(text):
    assert findings("G202", text) == []


@pytest.mark.parametrize(
    "text, flagged, suggestion",
    [
        ("The council had original planned to open the bridge in May.", "original", "originally"),
        ("Two men were serious injured in the crash.", "serious", "seriously"),
        ("The mill is private owned and will be easy replaced.", "private", "privately"),
    ],
)
def test_g205_flags(text, flagged, suggestion):
    assert findings("G205", text)[0] == (flagged, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "He was first elected in 2004 and has long been a critic.",
        "The result is well known, and the town was hard hit.",
        "The firm was privately owned and is dead tired of the row.",
        "The plan was good, and the bridge was open to traffic.",
    ],
)
def test_g205_leaves_alone(text):
    assert findings("G205", text) == []


def test_field_plurals_hold_fields_of_study_not_ordinary_plurals():
    from newslint.checks.agreement.nouns import field_plurals, singular_of as _singular_of

    assert "maths" in field_plurals()
    assert _singular_of("maths") is None
    assert _singular_of("eggs") == "egg" and _singular_of("tactics") == "tactic"


@pytest.mark.parametrize(
    "text, flagged, suggestion",
    [
        # the head before prepositional phrases other than "of", and before a bare compound
        ("The rise in bus fares were blamed on fuel.", "were", "was"),
        ("The price for parking permits have doubled.", "have", "has"),
        ("The cost of repairs to the pier are rising.", "are", "is"),
        ("The post of harbour master have been vacant since May.", "have", "has"),
        ("The fight for control of Northam Rovers have dragged on.", "have", "has"),
        ("The verdict on Sunday were a surprise.", "were", "was"),
        # an office before the name it belongs to
        ("The Chairman of Eastfield Trust, along with two trustees, are to resign.", "are", "is"),
        # mass nouns are singular
        ("The equipment were old.", "were", "was"),
        ("Officials said the cleanup of the flooded streets require weeks.", "require", "requires"),
        # "which", "that" and "who" standing for the noun before them, with any verb
        ("The council runs a scheme which assist first-time buyers.", "assist", "assists"),
        ("Inspectors closed shops that sells fake goods.", "sells", "sell"),
        ("She met pupils who was late for class.", "was", "were"),
        ("He sold the tickets that was left.", "was", "were"),
        ("Inspectors found items among the crates which was damaged.", "was", "were"),
    ],
)
def test_g203_finds_the_head_past_phrases_and_relatives(text, flagged, suggestion):
    assert findings("G203", text) == [(flagged, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Denial of service attacks are rising, and freedom of information requests are up.",
        "A swathe of figures have shown a slowdown; a host of rivals are waiting.",
        "An average of 60 percent of voters approve of the plan.",
        "The board asked that the plan of the council be dropped and that the mayor resign.",
        "Her demand, in a letter to the board, that the report include costs was refused.",
        "He told voters that is why he ran, and showed critics that matters.",
        "The leader of the rebels, who says little, spoke; one of the players who is fit played.",
        "The staff at the depots have voted to strike.",
        "He denied claims the mayor made during the hearing last year that have proved false.",
        "She left the talks, which is what her allies wanted.",
        "Reasons for a fall in the lending, which include high rates, were given.",
        "Such checks are a nuisance that distract from trading.",
        "Plans that mayors and their aides backed were costly.",
        "The rules that phones should meet are strict.",
        "For three years, that has been the rule; 48 percent who have voted agree.",
        "The sheep were sold, the aircraft are grounded and the politics are messy.",
        "The elderly are at risk and the poor were hit hardest.",
        "He said the time to market and reliability were the selling points.",
        "The committee found those committing fraud were few.",
        "The families in the rural north who rely on fishing face hardship.",
        "She would be the one that put him over the top.",
        "The remains of the old mill were found; the wreckage of two boats was raised.",
    ],
)
def test_g203_leaves_ambiguous_subjects_alone(text):
    assert findings("G203", text) == []


@pytest.mark.parametrize(
    "text, flagged, suggestion",
    [
        ("The mayor and the council is divided over the plan.", "is", "are"),
        ("Officials said a fire, a flood and two strikes has hit the port.", "has", "have"),
        ("The ferry and its crew was stranded for a day.", "was", "were"),
    ],
)
def test_g203_flags_a_singular_verb_after_subjects_joined_by_and(text, flagged, suggestion):
    assert findings("G203", text) == [(flagged, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Research and development is costly, and the chairman and chief executive is Ann Lee.",
        "Every man and woman is welcome; each pupil and teacher has a pass.",
        "The state of the economy and the jobs market is poor.",
        "Marks and Spencer is hiring, and Procter and Gamble has a new boss.",
        "Bread and butter is cheap here.",
    ],
)
def test_g203_leaves_one_thing_joined_by_and_alone(text):
    assert findings("G203", text) == []


@pytest.mark.parametrize(
    "text, flagged, suggestion",
    [
        ("The members who run the club was angry.", "was", "were"),
        ("The rules that govern the sale of the land is unclear.", "is", "are"),
        ("Officials said assets that need repair requires money.", "requires", "require"),
    ],
)
def test_g203_finds_the_head_before_a_relative_clause(text, flagged, suggestion):
    assert findings("G203", text) == [(flagged, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "The members who run the club were angry.",
        "The idea that helps voters is good.",
        "The rule that governs the sales is clear.",
    ],
)
def test_g203_reads_a_relative_clause_as_part_of_the_subject(text):
    assert findings("G203", text) == []


def test_g203_leaves_the_clause_after_a_verb_of_thinking_alone():
    assert findings("G203", "Aides who think Smith has a chance are few; fans who hope the plan works wait.") == []


def test_g203_reads_a_noun_verb_word_as_a_verb_before_an_object():
    assert findings("G203", "The emails shows that the aide knew.") == [("shows", "show")]
    assert findings("G203", "The emails show that the aide knew; the sales figures show a rise.") == []


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("During the debate, both candidate said it was a draw.", "candidate"),
        ("The senator won five Republican contest Tuesday night.", "contest"),
        ("The club lost two player Monday.", "player"),
        ("She is within two point of the leader.", "point"),
    ],
)
def test_g202_flags_a_singular_before_a_day_a_past_verb_or_after_a_capitalised_adjective(text, flagged):
    assert [found for found, _ in findings("G202", text)] == [flagged]


def test_g202_leaves_a_points_lead_alone():
    assert findings("G202", "She has a 20 point lead, and both sides said so on Monday.") == []


@pytest.mark.parametrize(
    "text, flagged, suggestion",
    [
        ("But the question on the stage aren't settled.", "are", "is"),
        ("Since the files has been lost, the case is stuck.", "has", "have"),
    ],
)
def test_g203_reads_negated_verbs_and_a_clause_opened_by_since(text, flagged, suggestion):
    assert findings("G203", text) == [(flagged, suggestion)]


def test_g203_leaves_since_as_a_preposition_alone():
    assert findings("G203", "Roads built since the launch of the fund were cut.") == []


def test_g203_reads_looks_and_sounds_as_verbs_before_an_adjective():
    assert findings("G203", "The results looks good. The plans sounds scary.") == [
        ("looks", "look"),
        ("sounds", "sound"),
    ]
    assert findings("G203", "The results look good; his looks matter.") == []


def test_g203_reads_a_clause_joined_by_and():
    assert findings("G203", "The results looked good and the plans sounds scary.") == [("sounds", "sound")]
    assert findings("G203", "Shared editing and a reader mode introduce new tools.") == []


def test_a_past_that_is_another_verbs_base_comes_with_every_participle():
    from newslint.checks.verbs import past_base, past_only

    assert past_base()["saw"] == ("see", ("seen",))
    assert set(past_base()["bore"][1]) == {"born", "borne"}
    assert "saw" not in past_only()  # "will saw the logs" is right
    found = findings("G201", "She has bore the cost alone.")
    assert found == [("bore", "born")]
    doc = Document("She has bore the cost alone.", path="story.txt")
    (finding,) = check_document(doc, SETTINGS, [RULES["G201"]], Context(SETTINGS, None))
    assert list(finding.suggestions) == ["born", "borne"]


@pytest.mark.parametrize(
    "text",
    [
        "Crews will saw the logs before dawn.",
        "The shop had saw blades on sale.",
        "They laid wreaths beside a memorial to fallen soldiers.",
        "Shipments went to frozen lakes in the north.",
        "What she had saw shocked her.",
    ],
)
def test_a_past_or_participle_that_may_stand_there_is_left_alone(text):
    assert findings("G201", text) == []


@pytest.mark.parametrize(
    "text, flagged, suggestion",
    [
        # a relative that is the auxiliary's own subject does not end a clause there
        ("Analysts who had expect a cut sold their shares.", "expect", "expected"),
        ("The firm, which had dominate the market, lost ground.", "dominate", "dominated"),
        # the slip leads the tagger to read an adjective, but none stands before "its"
        ("The agency had complete its review by May.", "complete", "completed"),
        # a noun too, read by the tagger as a verb before an object
        ("Officials said he has use a private account for years.", "use", "used"),
        ("The club said it had start some legal cases.", "start", "started"),
    ],
)
def test_g201_reads_the_verb_after_a_relative_and_before_an_object(text, flagged, suggestion):
    assert findings("G201", text) == [(flagged, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Those who did took some time to see it.",
        "The hosts were also drag artists, and the two were arm in arm at the rally.",
        "The town has claim to fame, and the attack was lightning quick.",
        "Drugs can be tailor-made, and the parts were league leaders.",
        "They had lunch every day and had work this week.",
        "The agency had complete control of its budget.",
        "There was also concern about the vote, and there was only contact at the top.",
    ],
)
def test_g201_leaves_nouns_and_left_out_verbs_alone(text):
    assert findings("G201", text) == []


def test_g201_a_noun_verb_before_a_preposition_is_info():
    # a bare noun may stand there too ("was comfort in those days"), so it is only info
    doc = Document("Chemical weapons were use against the troops.", path="story.txt")
    (finding,) = check_document(doc, SETTINGS, [RULES["G201"]], Context(SETTINGS, None))
    assert doc.text[finding.start : finding.end] == "use"
    assert finding.severity == "info"


def test_g202_reads_a_preposition_after_the_noun_by_the_tagger():
    # "after" may be an adjective ("the after party"); before "slamming" the tagger reads a
    # preposition, so "week" ends the phrase that "two" counts
    assert findings("G202", "She was suspended for two week after slamming the board.") == [("week", "weeks")]


@pytest.mark.parametrize(
    "text",
    [
        "Both liberal outside groups spent money on the race.",
        "The chain ran 100 full page adverts in the papers.",
        "The plan ended two to three hour commutes for staff.",
    ],
)
def test_g202_leaves_a_noun_before_the_noun_it_describes_alone(text):
    assert findings("G202", text) == []


def test_g201_a_noun_never_seen_after_be_is_info_after_a_passive_be():
    doc = Document("Police said two men were arrest and charged.", path="story.txt")
    (finding,) = check_document(doc, SETTINGS, [RULES["G201"]], Context(SETTINGS, None))
    assert (doc.text[finding.start : finding.end], finding.severity) == ("arrest", "info")
    # "is" and "are" mostly say what a thing is
    assert findings("G201", "The main exports are beef, coffee and cotton; the key is release.") == []


def test_rare_plurals_the_noun_tables_lack_have_a_number():
    from newslint.checks.agreement.nouns import noun_number, rare_plural

    # plurals of nouns too rare for count_nouns, read from the word list's own tags
    assert rare_plural("magnetometers") and rare_plural("processors")
    assert noun_number("processors", "NNS") == "p"
    # not a headword in "-s", a field of study, a verb form or an adjective's plural
    for word in ("series", "physics", "statistics", "does", "lives", "goods", "news"):
        assert not rare_plural(word), word
    assert noun_number("processors", "NN") is None  # only where the tagger reads a plural


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("The two processors handles the load.", "handles"),
        ("The vans were fine, and the two magnetometers measures the field.", "measures"),
    ],
)
def test_g203_rare_plural_heads(text, flagged):
    assert [f for f, _ in findings("G203", text)] == [flagged]


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("It was one of the most popular ride at the fair.", "ride"),
        ("She is among the best and one of the least known painter in Spain.", "painter"),
        ("Each of the more expensive ticket sold out.", "ticket"),
    ],
)
def test_g202_the_most_before_an_adjective_is_one_of_its_describing_words(text, flagged):
    assert [f for f, _ in findings("G202", text)] == [flagged]


@pytest.mark.parametrize(
    "text",
    [
        "It is one of the most popular at the fair.",
        "One of the most popular rides is the wheel.",
        "She won the most in the league; one of the more senior staff left.",
    ],
)
def test_g202_the_most_leaves_plurals_and_pronouns_alone(text):
    assert findings("G202", text) == []


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("It is one of the oldest church in town.", "church"),
        ("He played for one of the best team in Europe.", "team"),
        ("Each of the problem needs a fix.", "problem"),
        ("One of these plan has a flaw.", "plan"),
    ],
)
def test_g202_ranked_groups_and_a_verb_after_the_counted_noun(text, flagged):
    assert [f for f, _ in findings("G202", text)] == [flagged]


@pytest.mark.parametrize(
    "text",
    [
        "She is one of the family, and he is one of the team.",
        "One of the staff works nights.",
        "He wrote one of the foundation works of the genre.",
    ],
)
def test_g202_groups_and_compounds_after_of_left_alone(text):
    assert findings("G202", text) == []


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("It is a town where the roads was built by hand.", "was"),
        ("Nobody knows why the talks has stalled.", "has"),
    ],
)
def test_g203_where_and_why_open_a_clause(text, flagged):
    assert [f for f, _ in findings("G203", text)] == [flagged]


def test_g203_where_and_why_leave_agreeing_clauses_alone():
    assert findings("G203", "It is a town where the roads were built; nobody knows why the talks have stalled.") == []


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("The most recent talks was held in May.", "was"),
        ("The more senior officers was sacked.", "was"),
        ("Both his parents is ill.", "is"),
    ],
)
def test_g203_degree_words_and_both_belong_to_the_subject(text, flagged):
    assert [f for f, _ in findings("G203", text)] == [flagged]


def test_g203_degree_words_and_both_leave_agreeing_subjects_alone():
    text = "The most recent talks were held in May; both his parents are ill; both the mayor and the clerk are here."
    assert findings("G203", text) == []
