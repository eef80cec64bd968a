"""Parallel names for governments (student 37 #1): "The Syrian regime said" was a government and "The US regime
said" an anonymous source; the naming table counted "Syrian regime" and "Assad government" but not "US regime",
"Russian regime" or "Trump administration". Each state's "regime" and "administration" wordings are now read alike.
"""
import pandas as pd
import pytest

import kit

GOVERNMENTS = [("Syrian", "Syrian government"), ("Damascus", "Syrian government"), ("US", "US government"),
               ("American", "US government"), ("Washington", "US government"), ("Russian", "Russian government"),
               ("Moscow", "Russian government"), ("Kremlin", "Russian government")]


@pytest.mark.parametrize("who, government", GOVERNMENTS)
def test_a_regime_that_speaks_is_its_government(who, government):
    one = kit.article(f"The {who} regime said the convoy left the city at night.", title="regime")
    sources = kit.sources(one)
    assert sources[["source", "source_type"]].values.tolist() == [[government, "organisation"]]


NAMINGS = [("Syrian government", "Syrian regime"), ("Syrian government", "Damascus regime"),
           ("United States", "US regime"), ("United States", "Washington regime"),
           ("Russia", "Russian regime"), ("Russia", "Moscow regime"),
           ("Russia", "Russian regime")]
# Names after a leader ("Assad regime", "Trump administration") stay as they were: the table holds no list of
# leaders (tests/test_naming_round20.py); each country's own words for "regime" are what is read alike here.


@pytest.mark.parametrize("concept, surface", NAMINGS)
def test_the_naming_table_counts_each_states_regime_wordings(concept, surface):
    one = kit.article(f"Critics of the {surface} met in the capital on Monday.", title="naming")
    table = kit.naming(one)
    row = table[(table.concept == concept) & (table.surface == surface)]
    assert row["count"].tolist() == [1]
    assert "regime" not in surface or "regime" in row["note"].iloc[0]


def test_regime_notes_are_the_same_for_every_state():
    texts = {f"t{i}": f"The {who} regime met." for i, who in enumerate(["Syrian", "US", "Russian"])}
    table = kit.naming(pd.concat([kit.article(t, title=k) for k, t in texts.items()], ignore_index=True))
    notes = set(table[table.surface.isin(["Syrian regime", "US regime", "Russian regime"]) & (table["count"] > 0)].note)
    assert len(notes) == 1
