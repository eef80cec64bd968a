"""Round 26 g06 (teacher 49 #7): 06's plan. A name that reads as a person (a first and a last name, a title and a
name, or one name the step calls "he") is a person, never an outlet or a publisher: on a pasted text the kit does
not say it "cannot tell whether John Kirby did [publish it]"; on an article whose outlet is known it does not call
a general "another outlet". Both sides alike (Kirby / Peskov, Pahon / Gerasimov)."""
import pytest

from kit import exercises
from kit.exercises import my_article

TEXT = ("Moscow and Washington traded charges about a convoy on Tuesday. Reporters said the trucks left the city at "
        "night and that the claim could not be checked. ") * 12
PLAN = "I would look up {} to see who he speaks for and find the {} statement to trace the claim."
PEOPLE = [("John Kirby", "Pentagon"), ("Dmitry Peskov", "Kremlin"), ("Eric Pahon", "Pentagon"),
          ("General Gerasimov", "Kremlin"), ("Gerasimov", "Kremlin"), ("Pahon", "Pentagon")]


@pytest.mark.parametrize("name, party", PEOPLE)
def test_a_person_is_never_a_possible_publisher(name, party):
    result = exercises.check_lateral_plan(PLAN.format(name, party), article=my_article(text=TEXT, title="A convoy"))
    said = str(result)
    assert f"cannot tell whether {name} did" not in said, said
    assert f"{name} is a person this text does not quote, not its publisher" in said, said


@pytest.mark.parametrize("name, party", PEOPLE)
def test_a_person_is_never_another_outlet(name, party):
    article = my_article(text=TEXT, title="A convoy").assign(outlet="Anti-Media")
    said = str(exercises.check_lateral_plan(PLAN.format(name, party), article=article))
    assert "another outlet" not in said and "an outlet this article" not in said, said
    assert f"But {name} is a person, not an outlet" in said, said


@pytest.mark.parametrize("name", ["RT", "Sputnik", "Global Research", "Komsomolskaya Pravda"])
def test_an_outlet_stays_an_outlet(name):
    said = str(exercises.check_lateral_plan(f"I would look up {name} to see who runs it and find the Pentagon "
                                            "statement to trace the claim.",
                                            article=my_article(text=TEXT, title="A convoy").assign(outlet="Anti-Media")))
    assert "Looks into another outlet" in said and "is a person" not in said, said


@pytest.mark.parametrize("name", ["John Kirby", "Dmitry Peskov"])
def test_the_headline_calls_a_person_someone(name):
    article = my_article(text=TEXT, title="A convoy").assign(outlet="Anti-Media")
    result = exercises.check_lateral_plan(f"I would look up {name} to see who he speaks for.", article=article)
    assert result.message.startswith("this plan looks into someone this article does not name"), str(result)
