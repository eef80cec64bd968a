"""Round 25, 06 extension "Framing" (student 38 #4): a student adds a name in the notebook, for this kernel only,
and gets the exact line to send the teacher; the kit's own data/concepts.csv is not changed. Both sides alike."""

import pytest

import kit
from kit.concepts import add_concept, load_concepts
from kit.errors import KitError

TEXT = ("The town council voted on Monday. The council said the pool will close, and the mayor's office agreed. " * 30)


@pytest.mark.parametrize("concept, surface", [("Town council", "council"), ("Mayor's office", "mayor's office")])
def test_a_name_added_in_the_notebook_is_counted(concept, surface, capsys):
    from kit.exercises import my_article
    mine = my_article(text=TEXT, title="A pool")
    capsys.readouterr()
    path = add_concept(concept, surface, "the plain name")
    said = capsys.readouterr().out
    assert f"{concept},{surface},the plain name," in said and "data/concepts.csv" in said
    table = kit.naming(mine, concepts=path)
    assert surface in set(table[table["count"] > 0]["surface"]), table
    assert surface not in set(load_concepts()["surface"])  # the kit's own file is unchanged


@pytest.mark.parametrize("surface", ["Washington", "Moscow"])
def test_a_name_already_listed_is_a_clear_message(surface):
    with pytest.raises(KitError) as error:
        add_concept("Someone", surface)
    assert "already listed" in str(error.value) and "concepts.csv" in str(error.value)


def test_two_names_one_after_the_other(capsys):
    first = add_concept("Town council", "council")
    second = add_concept("Town council", "town council", table=first)
    assert {"council", "town council"} <= set(load_concepts(second)["surface"])
    with pytest.raises(KitError):
        add_concept("", "council")
