"""Round 27 v (teacher 50 #7): in 06's plan, the family name of a person the pasted article names ("Kirby" for
John Kirby, "Peskov" for Dmitry Peskov, quoted or not) is a person, as the full name is: not a possible publisher.
A step that looks a person up traces the claim only when it names where that person said it ("the Pentagon
statement", "the Kremlin briefing"). The same rule for the US and Russian sides."""
import pytest

from kit import exercises

TEXT = ("The lorries left the city at night, a week after John Kirby flew to Washington and Dmitry Peskov flew to "
        "Moscow. Nobody could say how many people were on board. ") * 20
PEOPLE = [("Kirby", "John Kirby", "Pentagon"), ("Peskov", "Dmitry Peskov", "Kremlin")]


@pytest.fixture(scope="module")
def mine():
    return exercises.my_article(text=TEXT, title="The lorries")


@pytest.mark.parametrize("surname, full, where", PEOPLE)
def test_the_surname_of_a_person_the_article_names_is_a_person(mine, surname, full, where):
    result = exercises.check_lateral_plan(f"I would look up {surname} and find the {where} statement to trace the "
                                          "claim.", article=mine)
    assert f"{surname} is a person this text does not quote, not its publisher" in result.detail, str(result)
    assert f"whether {surname} did" not in result.detail, str(result)
    assert "traces the claim to its original" in result.detail, str(result)  # it names where the person said it


@pytest.mark.parametrize("surname, full, where", PEOPLE)
@pytest.mark.parametrize("written", ["surname", "full"])
def test_looking_a_person_up_does_not_trace_the_claim_unless_it_says_where(mine, surname, full, where, written):
    name = surname if written == "surname" else full
    result = exercises.check_lateral_plan(f"I would look up {name} to trace the claim.", article=mine)
    assert "Leaves the page (finds out who is behind the source)" in result.detail, str(result)
    assert "Add a different way to leave the page: looks for other coverage or traces the claim" in result.detail, str(result)
    shown = exercises.check_lateral_plan(f"I would look up {name} and read the {where} briefing to trace the claim.",
                                         article=mine)
    assert "traces the claim to its original" in shown.detail, str(shown)


@pytest.mark.parametrize("outlet", ["RT", "CNN"])
def test_an_outlet_looked_up_keeps_its_step(mine, outlet):
    result = exercises.check_lateral_plan(f"I would look up {outlet} to trace the claim.", article=mine)
    assert "traces the claim to its original" in result.detail, str(result)
