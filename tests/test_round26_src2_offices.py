"""Round 26 src2 (item 1): only a role of office (``office_words`` of data/word_sets.csv: spokesman, minister,
general, director …) says whom a named person speaks for; a farmer or a lawyer next to a country's name is from
there, and speaks for no one. Mirrored: every sentence is written once for each side, with made-up names."""
import pytest

import kit
from kit.wordsets import word_sets


def speaks_for(text, surname):
    table = kit.sources(kit.article("Test headline here\n\n" + text))
    rows = table[table.source.str.endswith(surname) & (table.source_type == "named person")]
    assert len(rows) == 1, table[["source", "source_type"]].values.tolist()
    return rows.speaks_for.iloc[0]


@pytest.mark.parametrize("ru, us", [
    ("Russian farmer Ivan Petrov said the convoy left.", "US farmer John Lee said the convoy left."),
    ("Ivan Petrov, a Russian farmer, said the convoy left.", "John Lee, a US farmer, said the convoy left."),
    ("Kremlin lawyer Ivan Petrov said the convoy left.", "Pentagon lawyer John Lee said the convoy left."),
])
def test_a_role_that_is_no_office_speaks_for_no_one(ru, us):
    assert speaks_for(ru, "Petrov") == ""
    assert speaks_for(us, "Lee") == ""


@pytest.mark.parametrize("ru, ru_party, us, us_party", [
    ("Russian general Ivan Petrov said the convoy left.", "Russia",
     "US general John Lee said the convoy left.", "US"),
    ("Ivan Petrov, a Russian general, said the convoy left.", "Russia",
     "John Lee, a US general, said the convoy left.", "US"),
    ("Kremlin director Ivan Petrov said the convoy left.", "Kremlin",
     "Pentagon director John Lee said the convoy left.", "Pentagon"),
])
def test_a_role_of_office_keeps_its_party(ru, ru_party, us, us_party):
    assert speaks_for(ru, "Petrov") == ru_party
    assert speaks_for(us, "Lee") == us_party


def test_a_correspondent_writes_for_a_news_outlet_not_a_state():
    assert speaks_for("Ivan Petrov, the correspondent of the Independent, said the convoy left.", "Petrov") \
        == "The Independent"
    assert speaks_for("Ivan Petrov, a Russian correspondent, said the convoy left.", "Petrov") == ""
    assert speaks_for("John Lee, a US correspondent, said the convoy left.", "Lee") == ""


def test_the_offices_are_a_word_set_an_instructor_can_edit(own_data):
    assert {"spokesman", "minister", "general", "ambassador", "director"} <= word_sets().office_words
    assert "farmer" not in word_sets().office_words
    with open(own_data / "word_sets.csv", "a", encoding="utf-8") as fh:
        fh.write("office_words,farmer\n")
    assert speaks_for("Russian farmer Ivan Petrov said the convoy left.", "Petrov") == "Russia"
    assert speaks_for("US farmer John Lee said the convoy left.", "Lee") == "US"


@pytest.mark.parametrize("ru, ru_party, us, us_party", [
    ("Komsomolskaya Pravda columnist Ivan Petrov said the convoy left.", "Komsomolskaya Pravda",
     "Washington Post columnist John Lee said the convoy left.", "The Washington Post"),
    ("Kremlin correspondent Ivan Petrov said the convoy left.", "",
     "White House correspondent John Lee said the convoy left.", ""),
    ("Ivan Petrov, a veteran of the Kremlin, said the convoy left.", "",
     "John Lee, a veteran of the White House, said the convoy left.", ""),
])
def test_a_role_without_office_ties_a_person_only_to_a_news_outlet(ru, ru_party, us, us_party):
    assert speaks_for(ru, "Petrov") == ru_party
    assert speaks_for(us, "Lee") == us_party
