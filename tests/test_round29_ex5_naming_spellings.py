"""Round 29 (r29ex5): the naming table (kit.naming) reads data/name_spellings.csv as 05's headline check does
(kit.concepts.spelling_key, other_spellings: the one mechanism for a name's spellings), so a titled minister's row
counts every spelling of the name (Sergei/Sergey Lavrov, Dmitri/Dmitry Peskov, Shoygu/Shoigu, Jim/James Mattis,
Walid al-Muallem/al-Moallem), alike on every side; the Syrian foreign minister's row is written as the bundled
articles write him. Made-up sentences only, plus the seeds' own counts.
"""
from __future__ import annotations

import pandas as pd
import pytest

import kit
from kit.concepts import load_concepts, spelling_key

ROWS = {  # (concept, the row of data/concepts.csv, the name in another spelling)
    "Russia": ("Foreign Minister Sergey Lavrov", "Foreign Minister Sergei Lavrov"),
    "Russia, press": ("Press Secretary Dmitry Peskov", "Press Secretary Dmitri Peskov"),
    "Russia, defence": ("Minister of Defence Sergei Shoigu", "Minister of Defence Sergei Shoygu"),
    "United States": ("Secretary of Defense James Mattis", "Secretary of Defense Jim Mattis"),
    "Syrian government": ("Foreign Minister Walid al-Moallem", "Foreign Minister Walid al-Muallem"),
}


def counted(text: str) -> dict:
    arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "title": [""], "text": [text]})
    table = kit.naming(arts)
    return {(c, s): n for c, s, n in zip(table["concept"], table["surface"], table["count"]) if n}


@pytest.mark.parametrize("side", ROWS)
def test_each_spelling_of_a_titled_minister_counts_as_the_row(side):
    row, other = ROWS[side]
    concept = side.split(",")[0]
    for written in (row, other):
        assert counted(f"On Monday, {written} said the talks went well.") == {(concept, row): 1}, written


def test_two_spellings_in_one_text_are_one_row_counted_twice():
    for row, other in ROWS.values():
        found = counted(f"{row} spoke first. Later, {other} spoke again.")
        assert list(found.values()) == [2], found


def test_the_syrian_foreign_ministers_row_is_spelt_as_the_articles_spell_him():
    table = load_concepts()
    ministers = table[(table["concept"] == "Syrian government") & table["surface"].str.contains("Minister")]
    assert ministers["surface"].tolist() == ["Foreign Minister Walid al-Moallem"]
    assert spelling_key("Walid al-Muallem") == spelling_key("Walid al-Moallem")


def test_the_seeds_foreign_ministers_count_alike():
    table = kit.naming(kit.load_articles())
    shown = {(c, s): n for c, s, n in zip(table["concept"], table["surface"], table["count"]) if n}
    assert shown.get(("Russia", "Foreign Minister Sergey Lavrov")) == 1  # "Russian Foreign Minister Sergei Lavrov"
    assert shown.get(("Syrian government", "Foreign Minister Walid al-Moallem")) == 1
