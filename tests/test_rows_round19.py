"""Round 19: rows a teacher finds on a student's article, every country alike. "The Chinese military said" names
the Chinese military as "the US military said" names the US military (one rule in data/gazetteer.csv writes out
every country's armed forces, defence ministry and foreign ministry); "US-backed Syrian forces" are not a state's
armed forces, whichever country backs them; a place joined by "and" to a person before a reporting word is not a
speaker. Every sentence here is made up, with the same text for each country."""

import pandas as pd
import pytest

import kit
from kit.gazetteer import GAZETTEER_COLUMNS, load_gazetteer


def _frame(*texts):
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "outlet": "", "title": "",
                         "text": list(texts)})


def _rows(text, **kw):
    return [(r.speaker_text, r.speaker_type) for r in kit.quotes(_frame(text), **kw).itertuples()]


# (adjective, the country's name, the capital the gazetteer knows its government by)
COUNTRIES = [("US", "the United States", "Washington"), ("Russian", "Russia", "Moscow"),
             ("Chinese", "China", "Beijing"), ("Iranian", "Iran", "Tehran"), ("British", "Britain", "London"),
             ("French", "France", "Paris"), ("Turkish", "Turkey", "Ankara")]
BODIES = [("military", "military"), ("army", "military"), ("navy", "military"), ("armed forces", "military"),
          ("defence ministry", "ministry"), ("Defense Ministry", "ministry"), ("foreign ministry", "ministry")]


@pytest.mark.parametrize("body,kind", BODIES)
@pytest.mark.parametrize("adj,country,capital", COUNTRIES)
def test_every_countrys_military_and_ministries_are_named_alike(adj, country, capital, body, kind):
    text = f"The {adj} {body} said the drills near the coast were routine."
    rows = kit.quotes(_frame(text))
    assert [(r.speaker_text, r.speaker_type) for r in rows.itertuples()] == [(f"{adj} {body}", "organisation")]
    source = kit.sources(_frame(text))
    assert list(source.gazetteer_type) == [kind]  # a body the kit knows by name, not "The Chinese military"


@pytest.mark.parametrize("adj,country,capital", COUNTRIES)
def test_a_countrys_own_military_by_its_name_or_capital(adj, country, capital):
    for owner in (country, capital):
        text = f"{owner}’s military said the drills near the coast were routine."
        assert _rows(text) == [(f"{owner}’s military", "organisation")]
        speaker = kit.quotes(_frame(text)).speaker.item()
        assert speaker == kit.quotes(_frame(f"The {adj} military said the drills were routine.")).speaker.item()


@pytest.mark.parametrize("adj,country,capital", COUNTRIES)
def test_state_media_is_a_described_source_for_every_country(adj, country, capital):
    text = f"{adj} state media said the drills near the coast were routine."
    assert _rows(text) == [(f"{adj} state media", "anonymous")]


@pytest.mark.parametrize("backer", ["US", "Russian", "Iran", "China", "Turkish"])
@pytest.mark.parametrize("adj", ["Syrian", "Iraqi", "Chinese", "Russian", "US"])
def test_forces_another_side_backs_are_not_that_countrys_military(backer, adj):
    text = f"{backer}-backed {adj} forces said the drills near the coast were routine."
    assert "military" not in " ".join(str(s) for s in kit.quotes(_frame(text)).speaker)
    plain = kit.quotes(_frame(f"{adj} forces said the drills near the coast were routine."))
    assert plain.speaker.item().endswith("military")


def test_a_teachers_gazetteer_gets_the_rule_for_its_own_countries(tmp_path):
    path = tmp_path / "my_gazetteer.csv"
    path.write_text(",".join(GAZETTEER_COLUMNS) + "\n"
                    "Indian government,government,New Delhi|India,India,yes,government of India\n"
                    "Kenyan government,government,Nairobi|Kenya,Kenya,yes,government of Kenya\n"
                    "{adj} military,military,{adj} army|{owner} army,,,armed forces\n", encoding="utf-8")
    gaz = load_gazetteer(path)
    assert set(gaz.name) == {"Indian government", "Kenyan government", "Indian military", "Kenyan military"}
    for adj, country in (("Indian", "India"), ("Kenyan", "Kenya")):
        text = f"The {adj} army said the drills were routine. {country}’s army said they would go on."
        assert [s for s in kit.quotes(_frame(text), gazetteer=path).speaker] == [f"{adj} military"] * 2


# a region or city of each country, as a student's article might name it next to a person
PLACES = ["Appalachia", "Siberia", "Xinjiang", "Normandy", "Hokkaido", "Aleppo", "Kashmir"]  # round 20: Bavaria
# and Ontario are governments now, as the US states are (test_a_government_joined_to_a_person_stays_in_the_list)


@pytest.mark.parametrize("place", PLACES)
def test_a_place_joined_to_a_person_is_not_a_speaker(place):
    for text in (f"{place} and Ann Lee said the new road would cut the journey by an hour.",
                 f"Ann Lee and {place} said the new road would cut the journey by an hour."):
        assert _rows(text) == [("Ann Lee", "named person")]
        assert list(kit.sources(_frame(text)).source) == ["Ann Lee"]


@pytest.mark.parametrize("place", PLACES)
def test_officials_of_a_place_joined_to_a_person_still_speak(place):
    text = f"Ann Lee and {place} officials said the new road would cut the journey by an hour."
    assert _rows(text) == [(f"Ann Lee and {place} officials", "named person")]


def test_a_government_joined_to_a_person_stays_in_the_list():
    for capital in ("Moscow", "Washington", "Beijing", "Texas", "Bavaria", "Ontario"):  # states: 19b, 20
        text = f"{capital} and Ann Lee said the new road would cut the journey by an hour."
        assert _rows(text) == [(f"{capital} and Ann Lee", "organisation")]


@pytest.mark.parametrize("place", PLACES)
def test_a_person_from_a_place_is_the_person(place):
    for text in (f"{place} Gov. Ann Lee said the new road would cut the journey by an hour.",
                 f"The plan was praised when Gov. Ann Lee of {place} said the new road would cut the journey."):
        assert list(kit.quotes(_frame(text)).speaker) == ["Ann Lee"]


# Round 19, item 3: what reading the seeds with the country swapped showed (kit.sources / quotes of lesson 03)
@pytest.mark.parametrize("adj,country,capital", COUNTRIES)
def test_officials_after_by_are_the_source_for_every_country(adj, country, capital):
    text = (f"The plan was not, as often proclaimed by top {adj} officials, to “win” the talks, but rather to "
            f"delay them.")
    assert _rows(text) == [(f"top {adj} officials", "anonymous")]


@pytest.mark.parametrize("adj,country,capital", COUNTRIES)
def test_every_countrys_general_staff_and_military_command(adj, country, capital):
    text = (f"There are 700 fighters at the base, according to the {adj} general staff. "
            f"The {adj} military command said the drills near the coast were routine.")
    rows = kit.quotes(_frame(text))
    assert list(rows.speaker_text) == [f"{adj} general staff", f"{adj} military command"]
    assert list(kit.sources(_frame(text)).gazetteer_type) == ["military", "military"]
