"""S104: a closed compound written as two words (newslint/checks/spelling/split_compound.py)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.checks.confusables import near_words
from newslint.checks.spelling import split_compound
from newslint.config import Settings

SELECTED = Settings(select=("S104",))


def findings(text, settings=SELECTED):
    return [(text[f.start : f.end], list(f.suggestions)) for f in lint_text(text, settings=settings) if f.code == "S104"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("The bridge will open within two years, the council said.", []),
        ("The bridge will open with in two years, the council said.", [("with in", ["within"])]),
        ("Residents of a village near by were moved, police said.", [("near by", ["nearby"])]),
        ("Voters can judge for your self, the minister said.", [("your self", ["yourself"])]),
        ("The man him self said it was out side the city limits.", [("him self", ["himself"]), ("out side", ["outside"])]),
        ("The match is watched through out the region every year.", [("through out", ["throughout"])]),
        # at the very start (a capital that opens the sentence) and at the very end
        ("Some where in the house, the dog was asleep, she said.", [("Some where", ["Somewhere"])]),
        ("The dog was asleep, the police found it some where.", [("some where", ["somewhere"])]),
        # inside a direct quote, straight and curly: the speaker's words are left alone
        ('"The bridge will open with in two years," said Zoë Brontë.', []),
        ("“The bridge will open with in two years,” said Zoë Brontë.", []),
        # grammar makes a phrase of the two words: a form of "be" before an adjective, a
        # participle or a noun; an auxiliary; an article before a noun; "to" before a verb
        ("The company is suing Russia over the contract, its lawyer said.", []),
        ("Prices are expected to be low this winter, the ministry said.", []),
        ("The agency judged the risk to be cause for action last year.", []),
        ("The pass can not be crossed in winter, the guide said.", []),
        ("There is a gain in speed when the load is light, he said.", []),
        ("The board drew up a plan to ward off hostile bidders in May.", []),
        # a hyphen joins the second word to a compound; a capital inside the sentence is a name
        ("The paper published a round-up of the week's news on Friday.", []),
        ("The band played at the In Side festival last summer.", []),
        # a word, a word between and the word again; three words the counts saw together
        ("The members make the day to day decisions, the council said.", []),
        ("It was part of the Netherlands until 1794, with in 1790 a short revolt.", []),
        # a joined word that is a name only ("spa in" / "Spain"), or a lone letter
        ("Badenweiler is a health resort and spa in the south, the guide said.", []),
        ("The values are 8 for m = 0 and 2 for m = 1, the table shows.", []),
        # rarer compounds (Zipf 2.5 and up) are judged too
        ("The cost of the scheme rose ten fold in a decade, the audit found.", [("ten fold", ["tenfold"])]),
        # neighbours that favour the joined word by 1 to 2 (natural log) are enough where the
        # pair is seldom written apart, not for a determiner and a noun ("every day")
        ("The ferry stood off shore for two days, the coast guard said.", [("off shore", ["offshore"])]),
        ("The shop opens every day near noon, the owner said.", []),
        ("She was tried for witch craft in 1692, the records show.", [("witch craft", ["witchcraft"])]),
        ("The firm over charged its clients for years, the court found.", [("over charged", ["overcharged"])]),
        # grammar makes a phrase: an adjective before a noun; "and", "or"; what a preposition
        # takes (a noun, an adjective, a verb in -ing); a noun before a word of no open class;
        # an article before a participle or a verb in -ing; a verb after "to" and its object
        ("Turkey is a historic ally of the country, the minister said.", []),
        ("The crew used a pump to compress or release the gas, he said.", []),
        ("The land was divided in competent portions among the heirs.", []),
        ("The airbag gave protection in side collisions, the maker said.", []),
        ("The bill ends the era of fending for yourself, the senator said.", []),
        ("The old papers were burnt to ash by the fire, the museum said.", []),
        ("The troops had one clip per man by nightfall, the report said.", []),
        ("She gave a shamed look at the floor, the witness said.", []),
        ("The beacon was used to flash lights at passing ships.", []),
        # open forms written often enough
        ("The agency said the rate was 5 per cent last year.", []),
        ("He said every one of the seats was taken by noon.", []),
        # a determiner or pronoun before a noun or adverb that English writes as one word
        # ("anybody", "anywhere", "everything"): the words on either side decide, however
        # often the two are written apart elsewhere
        ("The council will hear from any body who wants to speak, the mayor said.", [("any body", ["anybody"])]),
        ("The case was not any where near closed, the judge said.", [("any where", ["anywhere"])]),
        ("The mayor said the town would not give up every thing it had built.", [("every thing", ["everything"])]),
        ("Any body of water that size would freeze, the study said.", []),
        ("Voters may pick any one of the three plans, the board said.", []),
        ("Some one million people fled the fighting, the agency said.", []),
        ("She walks to the office every day, the mayor said.", []),
        ("It rained every day of the week, the forecaster said.", []),
        # ... not when the joined word is a noun or a name: "histone", "herring"
        ("She lost her ring at the beach, police said.", []),
        ("The judge said his tone was calm throughout the hearing.", []),
        # a noun before a noun, written apart up to six times in a hundred: a closed compound
        ("The museum shows art work from the region every summer.", [("art work", ["artwork"])]),
        ("She thanked her team mates after the final, the club said.", [("team mates", ["teammates"])]),
    ],
)
def test_cases(text, expected):
    assert findings(text) == expected


def test_on_by_default_as_advice():
    found = [f for f in lint_text("The bridge will open with in two years, the council said.") if f.code == "S104"]
    assert [(f.severity, list(f.suggestions)) for f in found] == [("info", ["within"])]
    assert split_compound.SplitCompound.default_on is True


def test_the_ratio_sorts_slips_from_phrases():
    """The counts behind the threshold: the clear slips are written apart far less than once
    in a hundred times, the phrases and accepted open forms more."""
    table = near_words.counts()

    def ratio(a, b):
        return table.count(a, b) / table.count(a + b)

    for a, b in (("with", "in"), ("near", "by"), ("your", "self"), ("out", "side"), ("him", "self")):
        assert ratio(a, b) < split_compound.RATIO_MAX, (a, b)
    for a, b in (("per", "cent"), ("art", "work"), ("every", "one"), ("any", "thing"), ("a", "round")):
        assert ratio(a, b) > split_compound.RATIO_MAX, (a, b)
    # the wider ratio is for the parts of a closed compound only, not for phrases
    for a, b in (("art", "work"), ("team", "mates"), ("park", "land")):
        assert ratio(a, b) < split_compound.RATIO_WIDE and split_compound._closed_compound_parts(a, b), (a, b)
    for a, b in (("per", "cent"), ("every", "one"), ("any", "thing"), ("a", "round"), ("are", "as"), ("of", "ten")):
        assert not split_compound._closed_compound_parts(a, b), (a, b)
    # the widest ratio is for a determiner or pronoun and a joined word of no noun or verb
    # class, which the neighbours then decide
    for a, b in (("any", "thing"), ("any", "body"), ("some", "one"), ("every", "day")):
        ratio_ab = ratio(a, b)
        assert split_compound.RATIO_MAX < ratio_ab <= split_compound.RATIO_PRONOUN, (a, b)
        assert split_compound._pronoun_compound(a, a + b), (a, b)
    for a, b in (("his", "tone"), ("her", "ring"), ("her", "man"), ("per", "cent"), ("are", "as"), ("a", "part")):
        assert not split_compound._pronoun_compound(a, a + b), (a, b)
