"""Rows of round 19b (branch r19rows2): every country named alike. The texts are made up; each rule is tested
with the same sentence for several countries (the US, Russia, China and others), and parallel sentences must give
parallel rows."""

import pytest
from quote_helpers import checked_quotes

#: (nationality word, country name) side by side.
COUNTRIES = [("US", "the United States"), ("Russian", "Russia"), ("Chinese", "China"), ("Kenyan", "Kenya"),
             ("Mexican", "Mexico"), ("Nigerian", "Nigeria"), ("Brazilian", "Brazil"), ("Indian", "India"),
             ("Japanese", "Japan"), ("Pakistani", "Pakistan")]


def _rows(text):
    return checked_quotes(text)[["quote", "speaker", "speaker_text"]].values.tolist()


# --- 1. every nationality word is a description, never a person; every country has a government row ---

@pytest.mark.parametrize("adj, _country", COUNTRIES)
def test_a_nationality_word_before_an_official_is_a_description(adj, _country):
    text = f"A former {adj} official described the plan as “a farce.”"
    assert _rows(text) == [["a farce.", f"A former {adj} official", f"A former {adj} official"]]


@pytest.mark.parametrize("adj, _country", COUNTRIES)
def test_every_countrys_military_is_a_named_body(adj, _country):
    text = f"On Friday, the {adj} military said the convoy had “carried only civilians.”"
    speaker = "US military" if adj == "US" else f"{adj} military"
    assert _rows(text) == [["carried only civilians.", speaker, f"{adj} military"]]


@pytest.mark.parametrize("adj, country", [c for c in COUNTRIES if c[0] != "US"])
def test_every_countrys_defence_ministry_is_a_named_body(adj, country):
    text = f"{country}'s defence ministry called the report “a lie.”"
    assert _rows(text) == [["a lie.", f"{adj} Ministry of Defence", f"{country}'s defence ministry"]]


@pytest.mark.parametrize("adj, country", [c for c in COUNTRIES if c[0] != "US"])
def test_every_country_name_speaks_for_its_government(adj, country):
    text = f"{country} called the report “a lie.”"
    assert _rows(text) == [["a lie.", f"{adj} government", country]]


# --- 2. a country's short name before a title stays in the speaker's words, as a nationality word does ---

@pytest.mark.parametrize("country", ["US", "UK", "Russian", "Chinese", "Kenyan", "Indian"])
@pytest.mark.parametrize("title", ["Foreign Minister", "Defense Secretary"])
def test_a_country_word_before_a_title_is_kept_alike(country, title):
    text = f"{country} {title} Ann Lee called the vote “unlawful.”"
    assert _rows(text) == [["unlawful.", "Ann Lee", f"{country} {title} Ann Lee"]]
