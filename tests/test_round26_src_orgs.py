"""Round 26 src (item 2, student 40 #6): a name that ends in a word for a company ("Corp", "LLC", as "Inc", "Ltd" and
"Group" already did) is an organisation, not a named person; a family name ("Ann Co") stays a person."""
import pytest

import kit


def source_types(text):
    table = kit.sources(kit.article("Test headline here\n\n" + text))
    return table[["source", "source_type"]].values.tolist()


@pytest.mark.parametrize("name", ["Harbor Transit Corp", "Volga Transit Corp", "Lakeside Foods LLC", "Neva Foods LLC"])
def test_a_company_name_is_an_organisation(name):
    assert source_types(f"{name} said fares would rise.") == [[name, "organisation"]]


def test_a_family_name_like_a_short_word_for_company_stays_a_person():
    assert source_types("Ann Co said fares would rise.") == [["Ann Co", "named person"]]
