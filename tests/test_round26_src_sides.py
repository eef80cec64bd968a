"""Round 26 src (item 1): whom a named source speaks for (``speaks_for`` of kit.sources), read from the words the
article writes with the name, never from a surname; 06's plan check counts those parties as voices the article
gives. Mirrored: every sentence is written once for each side, with made-up names."""
import pytest

import kit
from kit import exercises
from kit.exercises.plan_outlets import quoted_parties

#: (Russian side, its party), (US side, its party): the same sentence for each side
PAIRS = [
    ("Russian General Ivan Petrov said the convoy left.", "Russia",
     "US General John Lee said the convoy left.", "US"),
    ("Col. Ivan Petrov, spokesman for the Russian General Staff, told reporters the convoy left.", "Russian General Staff",
     "Col. John Lee, spokesman for the US-led coalition, told reporters the convoy left.", "US-led coalition"),
    ("Kremlin spokesman Ivan Petrov said the convoy left.", "Kremlin",
     "Pentagon spokesman John Lee said the convoy left.", "Pentagon"),
    ("Ivan Petrov, a Kremlin spokesman, said the convoy left.", "Kremlin",
     "John Lee, a Pentagon spokesman, said the convoy left.", "Pentagon"),
    ("Col. Gen. Ivan Petrov of the Russian military's General Staff said the convoy left.", "Russian General Staff",
     "Col. Gen. John Lee of the US military's General Staff said the convoy left.", "US General Staff"),
    ("The Russian defense minister Gen. Ivan “Iron” Petrov said the convoy left.", "Russia",
     "The US defense secretary Gen. John “Iron” Lee said the convoy left.", "US"),
    ("The spokesman for the Kremlin, Ivan Petrov, said the convoy left.", "Kremlin",
     "The spokesman for the Pentagon, John Lee, said the convoy left.", "Pentagon"),
    ("Ivan Petrov, chief of the Russian General Staff and deputy defense minister, said the convoy left.",
     "Russian General Staff",
     "John Lee, chief of the US General Staff and deputy defense secretary, said the convoy left.", "US General Staff"),
    ("Russian **Foreign Minister Ivan al-Petrov** said the convoy left.", "Russia",
     "US **Foreign Minister John al-Lee** said the convoy left.", "US"),
    ("A Russian general who commands forces in the region has accused the coalition of lying. "
     "Col. Gen. Ivan Petrov said the convoy left.", "Russia",
     "A US general who commands forces in the region has accused the coalition of lying. "
     "Col. Gen. John Lee said the convoy left.", "US"),
]

#: the words say nothing of whom the person speaks for: a critic, a home town, a bare name
NONE = [("Kremlin critic Ivan Petrov said the convoy left.", "Pentagon critic John Lee said the convoy left."),
        ("Ivan Petrov of Moscow said the convoy left.", "John Lee of Washington said the convoy left."),
        ("Moscow lawyer Ivan Petrov said the convoy left.", "Washington lawyer John Lee said the convoy left."),
        ("Tatarstan Sen. Ivan Petrov said the convoy left.", "Texas Sen. John Lee said the convoy left."),
        ("Ivan Petrov, ambassador to Syria, said the convoy left.", "John Lee, ambassador to Syria, said the convoy left."),
        ("Former Kremlin spokesman Ivan Petrov said the convoy left.",
         "Former Pentagon spokesman John Lee said the convoy left."),
        ("Ivan Petrov, a former Kremlin spokesman, said the convoy left.",
         "John Lee, a former Pentagon spokesman, said the convoy left."),
        ("The former spokesman for the Kremlin, Ivan Petrov, said the convoy left.",
         "The former spokesman for the Pentagon, John Lee, said the convoy left."),
        ("Ivan Petrov said the convoy left. The Kremlin denied it.", "John Lee said the convoy left. The Pentagon denied it."),
        ("Ivan Petrov, who visited the Kremlin, said the convoy left.", "John Lee, who visited the Pentagon, said the convoy left.")]


def speaks_for(text, surname):
    table = kit.sources(kit.article("Test headline here\n\n" + text))
    rows = table[table.source.str.endswith(surname) & (table.source_type == "named person")]
    assert len(rows) == 1, table[["source", "source_type"]].values.tolist()
    return rows.speaks_for.iloc[0]


@pytest.mark.parametrize("ru, ru_party, us, us_party", PAIRS)
def test_the_party_a_named_person_speaks_for_each_side_alike(ru, ru_party, us, us_party):
    assert speaks_for(ru, "Petrov") == ru_party
    assert speaks_for(us, "Lee") == us_party


@pytest.mark.parametrize("ru, us", NONE)
def test_no_party_when_the_words_with_the_name_give_none(ru, us):
    assert speaks_for(ru, "Petrov") == ""
    assert speaks_for(us, "Lee") == ""


def test_the_column_follows_gazetteer_type_and_is_empty_for_other_sources():
    table = kit.sources(kit.article("Test headline here\n\nThe Kremlin said the convoy left. Officials said so."))
    columns = list(table.columns)
    assert columns[columns.index("gazetteer_type") + 1] == "speaks_for"
    assert set(table.speaks_for) == {""}


@pytest.mark.parametrize("text, own, other", [
    ("Russian General Ivan Petrov said the convoy left the town at night. ", "Kremlin", "Pentagon"),
    ("US Colonel John Lee said the convoy left the town at night. ", "Pentagon", "Kremlin")])
def test_quoted_parties_counts_the_side_a_named_officer_speaks_for(text, own, other):
    parties = quoted_parties(exercises.my_article(text=text * 30, title="A convoy"))
    assert own in parties and other not in parties


PLAN = ("I would check the convoy claim. I would look up what {} said to see if they confirm it, and search other "
        "news sites to see what they wrote.")


def plan_line(who, article_id):
    articles = kit.load_articles()
    result = exercises.check_lateral_plan(PLAN.format(who), article=articles[articles["article_id"] == article_id])
    return [row for row in str(result).splitlines() if f"what {who} said" in row][0]


@pytest.mark.parametrize("who", ["the Kremlin", "Moscow", "Russia", "the Russian military",
                                 "the Pentagon", "Washington", "the US military"])
def test_russian_general_accuses_traces_each_side_it_quotes(who):
    # the Russian side there is two named generals ("A Russian general …", "of the Russian military's General Staff")
    assert "traces the claim to its original" in plan_line(who, "russian-general-accuses")


@pytest.mark.parametrize("who, traced", [("the Pentagon", True), ("Washington", True),
                                         ("the Kremlin", False), ("Moscow", False)])
def test_us_fighting_isis_traces_only_a_side_it_gives_words_to(who, traced):
    # the article gives the US's claims; no Russian person or body speaks in it (Russia is only named as a force)
    line = plan_line(who, "us-fighting-isis-or-liquidating-assets")
    assert ("traces the claim to its original" in line) is traced, line
