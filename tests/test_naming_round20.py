"""kit.naming treats every country alike (issue 22, teacher review 31 #4), on a made-up paragraph.

The same paragraph with only the country words swapped gives the same number of rows, with the same kinds of
notes, for every country in the concept table; a teacher adds a country by copying another's rows.
"""

import csv

import pandas as pd
import pytest

import kit
from kit.concepts import load_concepts

PARAGRAPH = ("{adj} forces crossed the river on Monday. The {adj} military said the move was defensive. The {pl} say "
             "the {adj} government approved it. {adj}-backed militias joined them, and {cap} called it a limited "
             "operation. Critics blame {adj} imperialism; others blame the {lead} administration.")

COUNTRIES = {
    "United States": dict(adj="US", pl="Americans", cap="Washington", lead="Vance"),
    "Russia": dict(adj="Russian", pl="Russians", cap="Moscow", lead="Petrov"),
    "China": dict(adj="Chinese", pl="Chinese", cap="Beijing", lead="Li"),
    "Iran": dict(adj="Iranian", pl="Iranians", cap="Tehran", lead="Karimi"),
    "Syrian government": dict(adj="Syrian", pl="Syrians", cap="Damascus", lead="Haddad"),
}
# The other spelling of the US adjective counts the same way.
CASES = [*COUNTRIES.items(), ("United States", dict(COUNTRIES["United States"], adj="American"))]

CAPITAL = "the capital city standing for the government (a metonym)"
PEOPLE = "the people standing for the state; it can also mean the people themselves, so check each use"
KINDS = {  # one wording per kind of name, for every country
    "name": "the country's name", "full name": "the country's official full name", "capital": CAPITAL,
    "government": "the plain name for the state's leadership", "forces": "the country's armed forces",
    "troops": "the country's soldiers", "army": "the country's army", "people": PEOPLE,
    "imperialism": '"imperialism" presents the country\'s actions as empire-building',
    "imperialist": '"imperialist" presents the country\'s actions as empire-building',
    "backed": "names the country as the backer of another group"}
IN_PARAGRAPH = sorted(KINDS[k] for k in ("capital", "government", "forces", "forces", "people", "imperialism",
                                         "backed"))


def kind(note: str) -> str:
    """A note without what it adds for one name ("the Chinese" can also mean the language)."""
    return PEOPLE if note.startswith(PEOPLE) else note


def shown(text, concepts=None):
    arts = pd.DataFrame({"article_id": ["a"], "outlet": ["Daily"], "title": [""], "text": [text]})
    return kit.naming(arts, concepts=concepts).query("count > 0")


@pytest.mark.parametrize("concept, words", CASES, ids=[f"{c}-{w['adj']}" for c, w in CASES])
def test_the_same_paragraph_gives_every_country_the_same_rows(concept, words):
    t = shown(PARAGRAPH.format(**words))
    assert set(t.concept) == {concept}, t[["concept", "surface"]]
    assert len(t) == 7, t[["surface", "count"]]
    assert sorted(kind(n) for n in t.note) == IN_PARAGRAPH, t[["surface", "note"]]
    assert not t.surface.str.contains("administration").any()


@pytest.mark.parametrize("concept", ["United States", "Russia", "China", "Iran", "Syrian government"])
def test_every_country_has_every_kind_of_name(concept):
    table = load_concepts()
    notes = {kind(n) for n in table.loc[table.concept == concept, "note"]}
    needed = set(KINDS.values())
    if concept == "Syrian government":  # the concept is the government: "Syria" mostly names the place
        needed -= {KINDS["name"], KINDS["full name"]}
    assert needed <= notes, needed - notes


def test_seats_of_government_and_the_chinese_note():
    table = load_concepts().set_index("surface")
    seat = "the seat of government standing for the government (a metonym)"
    assert {s for s in table.index if table.note[s] == seat} == {"the White House", "the Kremlin", "Zhongnanhai"}
    assert "the language" in table.note["the Chinese"] and table.case_sensitive["the Chinese"]
    # No name of a government after its leader ("Trump administration"): the table would need a list of leaders.
    assert not table.index.str.endswith("administration").any()


def test_a_country_added_by_copying_anothers_rows(tmp_path):
    """What docs/sourcing-and-framing.md tells a teacher to do: copy Russia's rows, change the words."""
    swap = {"Russian Federation": "Republic of Türkiye", "Russian": "Turkish", "Russians": "Turks", "Russia": "Turkey",
            "Moscow": "Ankara", "the Kremlin": "the Presidential Complex",
            "Vladimir Putin": "Recep Tayyip Erdoğan",  # round 26: the leader's row (data/concepts.csv) is changed too
            "Sergei Shoigu": "Hulusi Akar", "Sergey Lavrov": "Mevlüt Çavuşoğlu",  # round 27: and the ministers' rows
            "Dmitry Peskov": "İbrahim Kalın",
            # round 30: the military's rows too (each phrase may belong to one concept only)
            "Valery Gerasimov": "Yaşar Güler", "Igor Konashenkov": "Zeki Aktürk"}
    rows = list(csv.reader((kit.concepts.data_path("concepts.csv")).open(encoding="utf-8")))
    added = []
    for concept, surface, note, cs in rows[1:]:
        if concept == "Russia":
            for old in sorted(swap, key=len, reverse=True):
                if old in surface:
                    surface = surface.replace(old, swap[old])
                    break
            added.append(["Turkey", surface, note, cs])
    path = tmp_path / "concepts.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows + added)
    t = shown(PARAGRAPH.format(adj="Turkish", pl="Turks", cap="Ankara", lead="Demir"), concepts=path)
    assert set(t.concept) == {"Turkey"} and len(t) == 7, t[["surface", "count"]]
    assert sorted(kind(n) for n in t.note) == IN_PARAGRAPH


@pytest.mark.parametrize("adj, people", [("US", "Americans"), ("Russian", "Russians"), ("Chinese", "Chinese"),
                                         ("Iranian", "Iranians")])
def test_a_country_word_before_a_noun_names_no_form(adj, people):
    """'the US embassy' is counted as 'the Russian embassy' is: not at all (teacher 31: 'The US Ministry of
    Ecology' added a row 'the US' that the Russian and Chinese ones never added); the people still count."""
    t = shown(f"The {adj} embassy said no. The {adj} Ministry of Ecology did not answer. The {adj} economy grew.")
    assert t.empty, t[["surface", "count"]]
    t = shown(f"The {people} say the plan works. Others blamed the {people}.")
    assert t.surface.str.lower().tolist() == [f"the {people.lower()}"] and t["count"].tolist() == [2]


def test_the_us_still_counts_where_it_is_the_name():
    t = shown("The US said no. Critics blamed the US. The US has left, and the US intended to stay.")
    assert t.set_index("surface")["count"].to_dict() == {"the US": 4}


def test_a_capitalised_little_word_after_the_us_opens_the_next_sentence():
    t = shown("They flew to the U.S. The talks began. Then the U.S. Senate voted.")
    assert t.set_index("surface")["count"].to_dict() == {"the U.S.": 1}
