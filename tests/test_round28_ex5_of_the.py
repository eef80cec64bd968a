"""Round 28 (r28ex5): "Ann Lee of the Pentagon said …" speaks for the Pentagon, as "Ann Lee of Pentagon" and "Sergei
Rudskoi of the Russian military's General Staff" did: the gazetteer's hit for a body named with "the" ("the Pentagon",
"the Kremlin", "the White House") starts at "the", and the "of" rule of kit.affiliations looked for a hit only after
it. Mirror tests: the US and Russia (and Syria) alike; a place after "of the" still gives no party."""
from __future__ import annotations

import pandas as pd
import pytest

import kit.exercises.headline_replies as hr
from kit.affiliations import speaks_for, with_speaks_for

# (person, body as written after "of the", the party kit.affiliations gives): each US row mirrors the Russian one below
BODIES = [("Ann Lee", "Pentagon", "Pentagon"), ("Ivan Petrov", "Kremlin", "Kremlin"),
          ("Ann Lee", "White House", "White House"), ("Ivan Petrov", "Russian Defence Ministry", "Russian Ministry of Defence"),
          ("Ann Lee", "State Department", "US State Department"), ("Ivan Petrov", "Russian Foreign Ministry", "Russian Foreign Ministry"),
          ("Omar Haddad", "Syrian Foreign Ministry", "Syrian Foreign Ministry")]


@pytest.mark.parametrize("person, body, party", BODIES, ids=[b for _p, b, _q in BODIES])
def test_of_the_body_after_the_name_gives_the_body(person, body, party):
    text = f"{person} of the {body} said the report was false."
    assert speaks_for(text, person) == party
    table = pd.DataFrame({"article_id": ["a"], "source": [person], "source_type": ["named person"],
                          "gazetteer_type": [""]})
    assert with_speaks_for(table, {"a": text}).speaks_for.tolist() == [party]


@pytest.mark.parametrize("person, body, country", [("Ann Lee", "Pentagon", "United States"),
                                                   ("Ivan Petrov", "Kremlin", "Russia")])
def test_the_05_reply_check_reads_the_same_party(person, body, country):
    text = f"{person} of the {body} said the report was false."
    assert hr.person_party(person, text) == hr.party_of(person, text)[0] == {country}


@pytest.mark.parametrize("person, city", [("Ann Lee", "Washington"), ("Ivan Petrov", "Moscow")])
def test_a_place_after_of_the_still_gives_no_party(person, city):
    assert speaks_for(f"{person} of the {city} office said so.", person) == ""
    assert speaks_for(f"{person} of {city} said so.", person) == ""
