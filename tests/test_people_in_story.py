"""Who the story names as one person (``Vocabulary.people``) and S207 reading "were" after
such a person, also through an aside of age and place."""

from newslint.api import lint_text
from newslint.config import Settings
from newslint.document import Document


def people(text):
    return Document("Headline\n\n" + text + "\n").analysis("lexicon").people


def were_findings(text):
    return [f for f in lint_text(text, settings=Settings(select=("S207",))) if f.code == "S207"]


def test_a_surname_the_story_uses_alone_after_the_full_name_is_a_person():
    found = people("Maria Kelly runs a bakery. On Monday, Kelly opened a second shop.")
    assert "kelly" in found


def test_a_surname_never_used_alone_is_not_taken():
    assert "kelly" not in people("Maria Kelly runs a bakery in the town.")


def test_a_place_and_a_team_are_not_people():
    found = people(
        "Manchester United lost at home in Manchester. United were poor. Northern Italy "
        "had rain; in Italy, farmers waited. The Al Sabah family met; Al Sabah rule began."
    )
    assert not {"united", "italy", "sabah"} & found


def test_pronouns_and_function_words_are_no_people():
    found = people("They said he would go. There said she was wrong. Greta Lund said he left.")
    assert not {"they", "there"} & found


def test_were_after_a_surname_used_alone():
    text = "Maria Kelly runs a bakery. Kelly were due to testify on Monday."
    assert [f.start for f in were_findings(text)] == [text.index("were")]


def test_were_after_a_name_and_an_age_or_place_aside():
    text = "Tom Ward, 52, were shot. Police named Ann Lee, 30, of Leeds, who were hurt."
    starts = [f.start for f in were_findings(text)]
    assert starts == [text.index("were"), text.index("were", text.index("Leeds"))]


def test_several_people_before_the_aside_stay_silent():
    assert not were_findings("Jo Bell and Tom Ward, 52, were shot. The twins, 30, were born here.")
    assert not were_findings("Police held Jo Bell and Dan \"Red\" Cruz. Cruz were charged.")


def test_were_after_a_person_who_opens_a_clause_after_a_verb_or_adjective():
    text = "Maria Kelly runs a bakery. She kept saying Kelly were busy; it was clear Kelly were tired."
    assert len(were_findings(text)) == 2
    assert not were_findings("Maria Kelly runs a bakery. Voters who met Kelly were pleased.")


def test_were_after_a_name_that_a_noun_for_a_person_introduces():
    text = "Comedian Sarah Hale were booed on Monday."
    assert [f.start for f in were_findings(text)] == [text.index("were")]
    assert not were_findings("Fans of singer Tom Hale were there. Soon after Central Lowland were flooded.")
    assert not were_findings("Actor Tom Hanks and director Jo Lee were there.")
