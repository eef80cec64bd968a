"""Names as a student's own article writes them (lesson 06): an institution named after a place ("the University
of Birmingham") is an organisation, not a person called "Birmingham"; a name between commas after a description
("The headteacher of Millbrook High, Paul Green, said") is the speaker. The texts are made up."""

import pytest
from made_up import rows


@pytest.mark.parametrize("text", [
    "A study by the University of Birmingham found that school bans had no effect.",
    "The University of Birmingham said that bans had no effect.",
    "Officials at the Ministry of Health said that the clinics would close.",
])
def test_an_institution_of_a_place_is_one_organisation(text):
    q = rows(text)
    assert len(q) == 1 and q.speaker_type.tolist() == ["organisation"]
    assert q.speaker.iloc[0].split()[-1] in ("Birmingham", "Health") and " of " in q.speaker.iloc[0]


def test_a_person_named_after_of_is_still_a_person():
    q = rows("Lee, who studied at the University of Leeds, said that bans had no effect.")
    assert q.speaker.tolist() == ["Lee"] and q.speaker_type.tolist() == ["named person"]


@pytest.mark.parametrize("text", [
    "The headteacher, Paul Green, said that his school would follow the rules.",
    "The headteacher of Millbrook High, Paul Green, said that his school would follow the rules.",
    "The head of Millbrook High, Paul Green, said that the school would open.",
])
def test_a_name_between_commas_after_a_description_is_the_speaker(text):
    # a student's own article in 06: "The headteacher of Millbrook High, Paul Green, said …" found no speaker
    q = rows(text)
    assert q.speaker.tolist() == ["Paul Green"] and q.kind.tolist() == ["indirect"]


def test_a_role_title_before_a_name_makes_the_name_a_person_for_a_pronoun_after():
    # a student's own article in 06: "Local MP Jane Doe blasted … “…,” she said." credited Sarah Khan, quoted before
    text = ("Sarah Khan said the centre was safe. Local MP Jane Doe blasted the council for ignoring the "
            "community. “This was a terrible decision,” she said.")
    q = rows(text)
    assert q[q.quote.str.startswith("This was")].speaker.tolist() == ["Jane Doe"]


def test_a_past_participle_between_commas_is_not_its_subject_speaking():
    # "The shocking decision, announced in March, would …" made "The shocking decision" a speaker
    assert rows("The shocking decision, announced in March, would have left 400 teenagers with nowhere to go.").empty


def test_a_passive_report_by_someone_reports_its_subject_not_the_writers_words_about_them():
    # a fact-checker: "The report was confirmed by … Talal Silo, who defected to Turkey in October" was given whole
    q = rows("The report was confirmed by the former spokesman, Tom Silo, who left the group in October.")
    assert q.quote.tolist() == ["The report"] and q.speaker.tolist() == ["Tom Silo"]
