"""An institution named after a place ("the University of Birmingham") is an organisation, not a person
called "Birmingham" (a student's own article in lesson 06). The texts are made up."""

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
