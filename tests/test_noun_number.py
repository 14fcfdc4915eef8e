"""G202's noun phrases read by structure: a plural head after a determiner of one thing with
describing words between, and a singular noun after "of" behind a counting word or a noun of
quantity; invented sentences."""

from __future__ import annotations

import pytest

from newslint.config import Settings
from newslint.document import Document
from newslint.engine import all_rules, check_document
from newslint.rule import Context

SETTINGS = Settings()
RULE = next(rule for rule in all_rules(SETTINGS) if rule.code == "G202")


def findings(text: str):
    doc = Document(text, path="story.txt")
    found = check_document(doc, SETTINGS, [RULE], Context(SETTINGS, None))
    return [(doc.text[f.start : f.end], f.suggestions[0], f.severity) for f in found]


@pytest.mark.parametrize(
    "text, word, suggestion",
    [
        ("Each new teachers gets a laptop.", "teachers", "teacher"),
        ("Goldsmith wrote this short ballads in one night.", "ballads", "ballad"),
        ("This dead oak branches was cut down.", "branches", "branch"),
    ],
)
def test_plural_head_after_describing_words_is_info(text, word, suggestion):
    assert findings(text) == [(word, suggestion, "info")]


@pytest.mark.parametrize(
    "text, phrase, singular, bare",
    [
        ("The mayor opened a new water supply systems on Monday.", "a new water supply systems",
         "a new water supply system", "new water supply systems"),
        ("Police found a long-term storage sites near the port.", "a long-term storage sites",
         "a long-term storage site", "long-term storage sites"),
        ("The council hired an extra building inspectors last year.", "an extra building inspectors",
         "an extra building inspector", "extra building inspectors"),
        ("The club provides a direct shuttle services to the ground.", "a direct shuttle services",
         "a direct shuttle service", "direct shuttle services"),
        ("A women was rescued from the river.", "A women", "A woman", "Women"),
    ],
)
def test_plural_head_after_a_offers_the_singular_or_no_article(text, phrase, singular, bare):
    """After "a"/"an" the article may be the word too many ("with a predefined rules"): the
    finding covers the article and the noun, and offers both fixes."""
    doc = Document(text, path="story.txt")
    found = check_document(doc, SETTINGS, [RULE], Context(SETTINGS, None))
    assert [(doc.text[f.start : f.end], sorted(f.suggestions), f.severity) for f in found] == [
        (phrase, sorted([singular, bare]), "info")
    ]


@pytest.mark.parametrize(
    "text, word, suggestion",
    [
        ("A number of shop closed after the flood.", "shop", "shops"),
        ("The number of applicant rose again.", "applicant", "applicants"),
        ("It was one of the reason we moved.", "reason", "reasons"),
        ("Several of the director resigned.", "director", "directors"),
        ("Three of the new candidate withdrew.", "candidate", "candidates"),
        ("A couple of month later the shop closed.", "month", "months"),
        ("Thousands of commuter were stranded.", "commuter", "commuters"),
    ],
)
def test_singular_after_of_is_reported(text, word, suggestion):
    # advice (info) since the prec12 precision audit, as every G202 finding
    assert findings(text) == [(word, suggestion, "info")]


@pytest.mark.parametrize(
    "text",
    [
        # a plural that describes the next noun, or is one thing in use
        "It is not a jobs report but a sales tax, a women's group and a long ways off.",
        # a subject and its verb after a determiner that may be a pronoun or after a noun
        "A golf course spans much of the ward. This helps. Each reports to the chief.",
        "As this allowed squadrons to train, a deep hush broods everywhere.",
        "In another town mothers might have sung. For a small fee users can join.",
        # a time or set phrase ends the phrase before the subject
        "At this time fountain pens were rare; as a result prices rose; at this point boats are used.",
        "This month workers struck; every year voters complain.",
        # numbers and words of many after the determiner
        "It took a further 20 years, a great many people and another two weeks.",
        "He waited two and a half hours with a third more staff than every twenty houses had.",
        # plurals that are singular nouns too
        "A means of appeal, a series of talks and a species of bird were named.",
        # of-phrases about a group, a sort or a distance, and quantity with mass nouns
        "She was one of our number, one of the weak sort, a foot or two of the door.",
        "They found a handful of wood and billions of revenue.",
        "The phone number of record and the Gang of Four were cited.",
        # a name, a headline, a title
        "The Several Mile Creek bridge and the Four Seasons Hotel reopened.",
        "Two Killed In Crash As Storm Hits Coast",
        "A Few Good Men and Many Happy Returns were shown.",
        # a time before the subject or the verb
        "Each year thousands attend; every day counts.",
        # units and sums, "each other's", "this data"
        "He paid with a 20 dollar bill under a five-year plan in a 10-page report.",
        "They read each other's notes; this data is new; she was one of the few who stayed.",
    ],
)
def test_left_alone(text):
    assert findings(text) == []


@pytest.mark.parametrize(
    "text, word, suggestion",
    [
        ("The mayor started several large project with the council.", "project", "projects"),
        ("The college is split into two new campus, one in the north.", "campus", "campuses"),
        ("In these village, the drug worked.", "village", "villages"),
        ("The trail passes five incorporated town within the county.", "town", "towns"),
        ("Kett was about 57 year old; the campus opened.", "year", "years"),
    ],
)
def test_singular_head_after_counting_word_and_describing_words_is_info(text, word, suggestion):
    assert findings(text) == [(word, suggestion, "info")]


@pytest.mark.parametrize(
    "text",
    [
        "Unemployment hit a near 30 year low under the two tier system.",
        "The town is the birthplace of four heavyweight boxing champions.",
        "Woes result in two to three hour commutes and a 40 gigabyte drive.",
        "His two-year-old son ran a five-mile race past several passers-by.",
        "Those secret, unspoken thoughts faded; these change often; both work here.",
        "A 57 year old owner said two university campus opened.",
    ],
)
def test_counting_word_left_alone(text):
    assert findings(text) == []


def test_either_and_neither_want_a_singular():
    assert findings("Neither parties agreed, and fans on either sides of the border cheered.") == [
        ("parties", "party", "info"),
        ("sides", "side", "info"),
    ]
    assert findings("Either students or teachers will go; either works; neither of the sides agreed.") == []


def test_all_kind_of_wants_the_plural():
    assert findings("Fans of all kind of music came.") == []  # music is no plural
    assert findings("The shop sells all sort of things to all kind of people.") == [
        ("sort", "sorts", "info"),
        ("kind", "kinds", "info"),
    ]
    assert findings("We were all kind of tired; all manner of people came.") == []


def test_quoted_speech_is_not_checked():
    assert findings("\u201cIt was one of the reason we moved,\u201d she said.") == []


@pytest.mark.parametrize(
    "text, word, suggestion",
    [
        ("The scheme helps more student to travel abroad.", "student", "students"),
        ("Pupils from other country were there too.", "country", "countries"),
        ("The team tried multiple time to score.", "time", "times"),
        ("The plant now offers fewer job than before.", "job", "jobs"),
        ("The two sides argued in different way about it.", "way", "ways"),
        ("He said most student were late.", "student", "students"),
    ],
)
def test_singular_after_a_word_of_plurals_or_mass_is_info(text, word, suggestion):
    assert findings(text) == [(word, suggestion, "info")]


@pytest.mark.parametrize(
    "text",
    [
        "The council wants more time and more money for other research.",
        "On the other hand, the other side asked for one more year.",
        "The only other place and Lewis' other close friend were named.",
        "It covers a rule, a by-law or other similar measure, or any other type of valve.",
        "Other income (6%)",
        "He said it once more, with other information, other than that.",
        "It was a similar but different method, and the Irish and other community grew.",
        "Such barn space is rare; the use of such permit was delayed.",
        "A gazillion choices are online, for a bazillion euros and a zillion reasons.",
        'Avoid the two speed "warning signs" and the two speed “warning signs” that matter.',
    ],
)
def test_plural_or_mass_left_alone(text):
    assert findings(text) == []


def test_plural_or_mass_read_from_the_pair_counts():
    from newslint.checks.agreement.counting import prefers_plural

    assert prefers_plural("other", "language")
    assert prefers_plural("more", "student")
    assert not prefers_plural("more", "time")
    assert not prefers_plural("other", "way")
    assert not prefers_plural("other", "information")


def test_a_noun_counted_as_many_is_reported_once_as_its_own_slip():
    """After "several", "hundreds of" or "a couple of", a singular noun is the slip: G202 names
    its plural, and neither G203 (the verb agrees with the plural meant) nor G303 (no article
    is missing) reports it too."""
    rules = [rule for rule in all_rules(SETTINGS) if rule.code in ("G202", "G203", "G303")]
    text = "Headline\n\nSeveral member were absent. Hundreds of house were lost. A couple of reason were given.\n"
    doc = Document(text, path="story.txt")
    found = check_document(doc, SETTINGS, rules, Context(SETTINGS, None))
    assert [(f.code, doc.text[f.start : f.end], f.suggestions[0]) for f in found] == [
        ("G202", "member", "members"),
        ("G202", "house", "houses"),
        ("G202", "reason", "reasons"),
    ]


def test_a_paragraph_that_ends_after_one_of_the_is_read_without_error():
    # "one of the" with nothing after it (a draft cut off mid-sentence): no noun to count, and
    # no IndexError from G202's reading, which G203 also asks for
    from newslint.checks.agreement.singular_after_number import SingularAfterNumber

    doc = Document("The immense slaughter marked one of the\n", path="story.md")
    assert list(SingularAfterNumber()._counted(doc)) == []
