"""Round 27 gv (student 43 #4, #5): a 06 plan step that looks into a person the pasted text names gets the note
about that person whether the name is typed in lower case or not, and a step naming two people gets the note for
each of them, in either order: the same for the Pentagon's and the Kremlin's spokesman."""
import pytest

from kit.exercises import check_lateral_plan, my_article

TEXT = ("A drone strike hit a convoy near Idlib on Tuesday. Pentagon press secretary Mark Haddon said the strike was "
        "\"a precise action\". Kremlin spokesman Ivan Sorokin said the claim was \"flat-out false\". Washington and "
        "Moscow gave no figures. The convoy left at night. ") * 8
ARTICLE = my_article(text=TEXT, title="A convoy")


@pytest.mark.parametrize("who", ["haddon", "sorokin", "Haddon", "Sorokin", "mark haddon", "ivan sorokin"])
def test_a_person_the_text_names_gets_the_note_in_any_case(who):
    result = check_lateral_plan(f"idk id google {who} and see what they said lol", article=ARTICLE)
    name = who.split()[-1].capitalize()
    note = [line.strip() for line in str(result).splitlines() if line.strip().startswith("Looks into")]
    assert note and f"{name} is quoted in this text: a speaker, not its publisher" in note[0], str(result)
    assert "looks for other coverage" not in str(result).split("Looks into")[0], str(result)


@pytest.mark.parametrize("first, second", [("Haddon", "Sorokin"), ("Sorokin", "Haddon"), ("sorokin", "haddon"),
                                           ("haddon", "Sorokin")])
def test_each_of_two_people_gets_the_note(first, second):
    result = check_lateral_plan(f"I would look up {first} and {second} to see whose side each speaks for.",
                                article=ARTICLE)
    note = [line.strip() for line in str(result).splitlines() if line.strip().startswith("Looks into")]
    both = f"{first.capitalize()} and {second.capitalize()}"
    assert note and note[0].startswith(f"Looks into {both}:"), str(result)
    assert f"{both} are quoted in this text: speakers, not its publisher" in note[0], str(result)


def test_a_plain_word_that_is_no_name_stays_as_typed():
    result = check_lateral_plan("I would google the convoy and see what other news said about it.", article=ARTICLE)
    assert not [line.strip() for line in str(result).splitlines() if line.strip().startswith("Looks into")], str(result)
