"""Unit tests for the analyses behind the consistency rules: names and US/UK spellings."""

from __future__ import annotations

from newslint.analysis import names as names_module
from newslint.analysis.variants import uk_to_us, us_to_uk, variety_of
from newslint.checks.consistency.similarity import name_variant, osa_distance, transliteration_key
from newslint.document import Document


def names_of(text: str):
    return Document(text).analysis("names")


# -- names --------------------------------------------------------------------------------


def test_names_counts_possessives_with_their_name():
    names = names_of("Gordon Brown spoke. Mr Brown's aide left. Brown went home.")
    assert names.count("Brown") == 3
    assert names.is_name("Brown's")
    assert [t.before for t in names.occurrences("Brown")] == ["Gordon", "Mr", ""]


def test_common_words_at_sentence_start_are_not_names():
    names = names_of("However, the talks went on. The minister said they would. They did.")
    assert not names.is_name("However")
    assert not names.is_name("The")
    assert not names.is_name("They")
    assert len(names) == 0


def test_sentence_initial_word_is_a_name_when_used_as_one_elsewhere():
    names = names_of("Talks\n\nPutin spoke in Baku. Later, Mr Putin left.")
    assert names.count("Putin") == 2
    assert names.occurrences("Putin")[0].initial
    assert not names.occurrences("Putin")[1].initial


def test_sentence_initial_word_written_in_lower_case_elsewhere_is_not_a_name():
    names = names_of("Talks resumed today. The talks were long.")
    assert not names.is_name("Talks")


def test_acronyms_and_titles_are_not_name_tokens():
    names = names_of("The IANS report said Mr Aliyev and President Putin met at the UN.")
    assert not names.is_name("IANS")
    assert not names.is_name("UN")
    assert not names.is_name("Mr")
    assert not names.is_name("President")
    assert names.occurrences("Putin")[0].before == "President"


def test_hyphenated_names_are_split_and_non_ascii_names_kept():
    names = names_of("Fighting in Nagorno-Karabakh worried Zoë Müller.")
    assert names.is_name("Nagorno") and names.is_name("Karabakh")
    token = names.occurrences("Müller")[0]
    assert token.before == "Zoë"
    assert names.at(token.start + 2) == token


def test_first_name_and_surname_are_linked():
    names = names_of("Police chief Andy Hayman spoke on Monday.")
    hayman = names.occurrences("Hayman")[0]
    assert hayman.before == "Andy"
    assert names.occurrences("Andy")[0].after == "Hayman"


def test_offsets_point_at_the_name_in_the_text():
    text = "“We will rebuild,” said Nikol Pashinyan."
    doc = Document(text)
    token = doc.analysis("names").occurrences("Pashinyan")[0]
    assert text[token.start : token.end] == "Pashinyan"


def test_known_names_and_letter_scores():
    assert names_module.known_name("Walker") and names_module.known_name("Walter")
    assert not names_module.known_name("Pestno")
    assert min(names_module.letter_scores("Quonr")) < min(names_module.letter_scores("Quorn")) or (
        sum(names_module.letter_scores("Quonr")) < sum(names_module.letter_scores("Quorn")) - 5
    )


# -- similarity ---------------------------------------------------------------------------


def test_osa_distance_counts_a_swap_as_one_edit():
    assert osa_distance("peston", "pestno") == 1
    assert osa_distance("hayman", "hyman") == 1
    assert osa_distance("austria", "australia") == 2
    assert osa_distance("abc", "xyzuvw", limit=2) == 3


def test_name_variants():
    assert name_variant("Peston", "Pestno")
    assert name_variant("Conwy", "Cynwy")
    assert name_variant("Gaddafi", "Qaddafi")
    assert name_variant("Gaddafi", "Kadhafi")
    assert name_variant("Zelensky", "Zelenskiy")
    assert name_variant("Mohammed", "Muhammad")


def test_different_names_are_not_variants():
    assert not name_variant("Iran", "Iraq")
    assert not name_variant("Austria", "Australia")
    assert not name_variant("Clinton", "Clintons")
    assert not name_variant("Brown", "Browne")
    assert not name_variant("Ann", "Anne")
    assert not name_variant("Armenia", "Armenian")
    assert not name_variant("Mark", "Park")
    assert not name_variant("Beijing", "Boeing")


def test_transliteration_key():
    assert transliteration_key("Zelenskiy") == transliteration_key("Zelenskyy")
    assert transliteration_key("Gaddafi") == transliteration_key("Qaddafi")
    assert transliteration_key("Slovakia") != transliteration_key("Slovenia")


# -- US and UK spellings --------------------------------------------------------------------


def test_lookups_both_ways_keep_capitals():
    assert us_to_uk("color") == "colour"
    assert us_to_uk("Organization") == "Organisation"
    assert uk_to_us("centres") == "centers"
    assert uk_to_us("labelled") == "labeled"
    assert uk_to_us("fulfil") == "fulfill"
    assert uk_to_us("table") is None


def test_variety_of_words():
    assert variety_of("criticised") == "en-GB"
    assert variety_of("criticized") == "en-US"
    assert variety_of("sceptical") == "en-GB"
    assert variety_of("skeptical") == "en-US"
    # forms that American copy uses too say nothing
    assert variety_of("catalogue") is None
    assert variety_of("catalog") == "en-US"
    assert variety_of("program") is None


def test_story_variety():
    doc = Document("The organisation criticised the plan. Its colour was red, the center said.")
    found = doc.analysis("variants")
    assert found.variety == "en-GB"
    assert [s.text for s in found.us] == ["center"]
    assert found.us[0].other == "centre"
    assert [s.text for s in found.uk] == ["organisation", "criticised", "colour"]


def test_capitalised_names_do_not_count_as_spellings():
    doc = Document(
        "The World Health Organization and the Labor Party met at the Rockefeller Center."
    )
    found = doc.analysis("variants")
    assert not found.us and not found.uk and found.variety is None


def test_sentence_initial_spellings_count():
    doc = Document("Colour matters. The colour was red.")
    assert len(doc.analysis("variants").uk) == 2


# -- robustness ---------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from newslint.config import Settings  # noqa: E402
from newslint.engine import all_rules, check_document  # noqa: E402
from newslint.rule import Context  # noqa: E402

C_RULES = [r for r in all_rules(Settings()) if r.code.startswith("C")]
NAME_PIECES = st.sampled_from(
    [
        "Peston",
        "Pestno",
        "Mr",
        "Mr.",
        "Robert",
        "Gaddafi",
        "Qaddafi",
        "Zoë",
        "Müller",
        "Mülller",
        " ",
        " ",
        " ",
        ". ",
        "\n\n",
        "“",
        "”",
        '"',
        "'s",
        "’s",
        "-",
        "(",
        ")",
        "(DUP)",
        "DUP",
        "Democratic",
        "Unionist",
        "Party",
        "colour",
        "color",
        "organisation",
        "e-mail",
        "email",
        "120,000",
        "12,000",
        "ethnic",
        "Armenians",
        "said",
        "bin",
        "the",
        "per cent",
        "7 February",
    ]
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NAME_PIECES, max_size=50).map("".join), st.booleans())
def test_consistency_rules_never_raise_and_spans_fit(text, markdown):
    doc = Document(text, path="draft.md" if markdown else "draft.txt")
    for token in doc.analysis("names"):
        assert doc.text[token.start : token.end] == token.text
    for spelling in doc.analysis("variants").uk + doc.analysis("variants").us:
        assert doc.text[spelling.start : spelling.end] == spelling.text
    findings = check_document(doc, Settings(), C_RULES, Context(Settings()))
    for finding in findings:
        assert 0 <= finding.start < finding.end <= len(doc.text)
        for related in finding.related:
            assert 0 <= related.start < related.end <= len(doc.text)


def test_conventions_break_a_tie_between_spellings():
    uk = Document("Talks\n\nThe colour of the programme was red, the center said.").analysis("variants")
    assert (uk.uk_conventions, uk.us_conventions) == (1, 0) and uk.variety == "en-GB"
    us = Document("Talks\n\nMr. Smith said the colour at the center had gotten darker.")
    found = us.analysis("variants")
    assert found.us_conventions == 2 and found.variety == "en-US"
    tie = Document("Talks\n\nMr Smith said the colour at the center had gotten darker.")
    assert tie.analysis("variants").variety is None


def test_british_habits_outweigh_a_lone_us_spelling():
    text = "Talks\n\nMr Jones said the £3bn plan for the center was agreed. Tory MPs agreed."
    found = Document(text).analysis("variants")
    assert found.uk_kinds == 5 and found.variety == "en-GB"
    # "Mr Jones" twice is a house habit: it counts as two
    twice = Document("Talks\n\nMr Jones opened the center. Mr Jones left.").analysis("variants")
    assert twice.uk_kinds == 2 and twice.variety == "en-GB"
    # once is enough: more than half of British stories write "Mr Jones", hardly one American
    # story in a thousand does
    once = Document("Talks\n\nMr Jones opened the center. Jones left.").analysis("variants")
    assert once.uk_kinds == 2 and once.variety == "en-GB"
    # a pound figure too: none of 840 American stories of PolNeAR writes one
    pounds = Document("Talks\n\nJones paid £3m for the center. Jones left.").analysis("variants")
    assert pounds.uk_kinds == 1 and pounds.variety == "en-GB"
    # but not against as many American habits
    even = Document("Talks\n\nJones paid £3m for the center, 5 percent more.")
    assert even.analysis("variants").variety == "en-US"
    # American habits as many as British ones: the spelling decides
    us = Document("Talks\n\nMr Jones paid £3bn for the center. Mr. Smith said 5 percent.")
    assert us.analysis("variants").variety == "en-US"
    # two US spellings are not one slip
    two = Document("Talks\n\nMr Jones paid £3bn for the center. Its color was red.")
    assert two.analysis("variants").variety == "en-US"


def test_pound_amount_is_one_habit():
    text = "Talks\n\nIt cost £1.5bn and then £2m, the center said."
    found = Document(text).analysis("variants")
    assert found.uk_kinds == 1 and found.uk_conventions == 2 and found.variety == "en-GB"
    dollars = Document("Talks\n\nIt cost $1.5bn and £2m, the center said.").analysis("variants")
    assert dollars.uk_kinds == 2 and dollars.variety == "en-GB"


def test_oxford_spelling_is_british_when_the_story_keeps_to_it():
    text = "Talks\n\nThe organization will recognize the colour of the centre, Mr Lee said."
    found = Document(text).analysis("variants")
    assert [s.text for s in found.oxford] == ["organization", "recognize"]
    assert found.us == () and found.variety == "en-GB"
    # one -ize word beside -ise words is a slip, not a habit
    mixed = Document("Talks\n\nThe organisation will recognize the colour, Mr Lee said.")
    assert [s.text for s in mixed.analysis("variants").us] == ["recognize"]
    # an American story with one British slip stays American
    american = Document("Talks\n\nThe organization will recognize the colour of the flag.")
    assert american.analysis("variants").variety == "en-US"
