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


# --- 5. places alike: a state's name speaks for its government as a capital does; a place before a name is a
# first name ---

@pytest.mark.parametrize("place, government", [("Texas", "Texas state government"), ("Ohio", "Ohio state government"),
                                               ("Moscow", "Russian government"), ("Beijing", "Chinese government"),
                                               ("Nairobi", "Kenyan government"), ("New Delhi", "Indian government")])
def test_a_place_that_asks_a_judge_is_its_government(place, government):
    text = f"{place} asked a federal judge to block the rule, calling it “unlawful.”"
    assert _rows(text) == [["unlawful.", government, place]]


@pytest.mark.parametrize("name", ["America Ferrera", "Georgia Harrison", "Jordan Lee", "Paris Hilton", "Israel Katz",
                                  "Kenya Barris", "India Roe", "Virginia Foxx"])
def test_a_place_before_a_plain_name_is_a_first_name(name):
    text = f"{name} said the film was “a gift.”"
    assert _rows(text) == [["a gift.", name, name]]


@pytest.mark.parametrize("place", ["Texas", "Moscow", "Paris", "Beijing", "Nairobi"])
def test_a_place_before_a_title_says_where_the_person_serves(place):
    text = f"{place} Mayor Ann Lee said the film was “a gift.”"
    assert _rows(text) == [["a gift.", "Ann Lee", f"{place} Mayor Ann Lee"]]


@pytest.mark.parametrize("first, nationality", [("Mark", "Cuban"), ("Ann", "English"), ("Tom", "Welsh"),
                                                ("Rita", "Kenyan")])
def test_a_nationality_word_after_a_first_name_is_a_surname(first, nationality):
    text = f"{first} {nationality} met them. {nationality} said the plan was “a joke.”"
    assert _rows(text) == [["a joke.", f"{first} {nationality}", nationality]]


@pytest.mark.parametrize("adj", ["US", "Russian", "Chinese", "Kenyan", "Mexican"])
def test_a_nationality_word_before_a_noun_is_no_surname(adj):
    text = f"Top {adj} officials called the plan “a joke.”"
    assert _rows(text) == [["a joke.", f"Top {adj} officials", f"Top {adj} officials"]]


@pytest.mark.parametrize("place", ["Arkansas", "Russian", "US", "Chinese", "Kenyan"])
@pytest.mark.parametrize("lead", ["Former ", "Yesterday, "])
def test_former_before_a_place_and_a_title_is_kept_alike(place, lead):
    text = f"{lead}{place} Gov. Ann Lee said it was “unlawful.”"
    words = f"{lead}{place} Gov. Ann Lee" if lead == "Former " else f"{place} Gov. Ann Lee"
    assert _rows(text) == [["unlawful.", "Ann Lee", words]]


@pytest.mark.parametrize("place", ["Texas", "Moscow", "Ohio", "Aleppo"])
def test_of_a_place_after_a_name_stays_with_the_person(place):
    text = f"Senator Ann Lee of {place} said it was “unlawful.”"
    assert _rows(text) == [["unlawful.", "Ann Lee", f"Senator Ann Lee of {place}"]]


# --- 4. a number in the description of the speaker is no figure the speaker reported ---

@pytest.mark.parametrize("who", ["Tom Reyes", "Sergei Ivanov", "Wang Lei", "Raila Otieno", "Maria Lopez"])
@pytest.mark.parametrize("description", ["a father of two", "the head of three schools", "who has two sons"])
def test_a_count_in_the_description_of_the_speaker_is_not_credited(who, description):
    import pandas as pd

    import kit
    text = f"{who}, {description}, said 40 families had left."
    figures = kit.figures(pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]}))
    credited = dict(zip(figures.number, figures.attribution))
    assert credited["40"] == who
    assert not [n for n, a in credited.items() if n != "40" and a]
