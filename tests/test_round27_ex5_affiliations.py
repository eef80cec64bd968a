"""Round 27 (r27ex5): one mechanism for "which body or country does this named person speak for, from the words the
article writes with the name". The fallback of the 05 reply check (the words right before the name, "The US defense
secretary Gen. James “Mad Dog” Mattis") now lives in kit.affiliations (party_before_name, the last step of
speaks_for), so kit.sources' speaks_for column and the lesson's check read a name alike; the words that end an office
("with", "of", "said") are the word set ``link_words`` of data/word_sets.csv. Mirror tests: the US and Russia alike.
"""
from __future__ import annotations

import pandas as pd
import pytest

import kit.exercises.headline_replies as hr
from kit.affiliations import party_before_name, speaks_for, with_speaks_for
from kit.wordsets import word_sets

SIDES = [("US", "US", "Pentagon"), ("Russian", "Russia", "Kremlin")]


@pytest.mark.parametrize("adj, country, office", SIDES)
def test_the_words_before_the_name_give_the_party(adj, country, office):
    text = f"The {adj} defense secretary Gen. Mark “Big” Reed spoke on Monday."
    assert party_before_name(text, "Reed") == country
    assert speaks_for(text, "Mark Reed") == speaks_for(text, "Reed") == country
    table = pd.DataFrame({"article_id": ["a"], "source": ["Mark Reed"], "source_type": ["named person"],
                          "gazetteer_type": [""]})
    assert with_speaks_for(table, {"a": text}).speaks_for.tolist() == [country]
    assert hr.person_party("Reed", text) == hr.party_of(office)[0]


@pytest.mark.parametrize("adj, country, office", SIDES)
def test_a_paper_a_role_left_or_a_critic_gives_no_party(adj, country, office):
    assert party_before_name(f"Ann Lee said so in an interview with the {adj} daily Evening Star.", "Star") == ""
    assert party_before_name(f"The former {adj} defense secretary Gen. Mark Reed spoke.", "Reed") == ""
    assert party_before_name(f"{office} critic Ann Lee spoke.", "Ann Lee") == ""


def test_the_link_words_are_a_word_set_an_instructor_can_edit():
    assert {"with", "of", "said", "told"} <= word_sets().link_words
    assert not hasattr(hr, "LINK_WORDS")  # one list, in data/word_sets.csv


@pytest.mark.parametrize("adj, country, office", SIDES)
def test_a_role_that_is_no_office_gives_no_party_before_the_name(adj, country, office):
    assert party_before_name(f"The {adj} farmer Ann Lee spoke.", "Ann Lee") == ""
    assert party_before_name(f"The {office} lawyer Ann Lee spoke.", "Ann Lee") == ""
