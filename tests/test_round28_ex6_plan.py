"""Round 28 ex6 (teacher 51 #2, #8; student 43 #4): 06's plan. A step that asks whether someone is lying ("see if hes
lying") gives a verdict as its purpose, as "see if its sus" does. A step that looks into a person gets a person's
example (what they said, where and when), never the website example; a person the text does not name at all is said
to be unnamed (the step may be about another text), not a possible publisher; and on an article whose outlet is
known, looking up a single name the kit knows as no outlet is said plainly. Made-up texts; the US and Russian sides
alike (Kirby / Pentagon / Washington and Peskov / Kremlin / Moscow, Lavrov and Gerasimov)."""
import pytest

from kit import exercises

#: names neither text below gives
UNNAMED = [("kirby", "Kirby", "Pentagon"), ("peskov", "Peskov", "Kremlin")]
PLAIN = ("The lorries left the city at night, a week after officials in Washington and Moscow traded charges. Nobody "
         "could say how many people were on board. ") * 20
QUOTED = ("Foreign Minister Sergei Lavrov said the lorries left at night. Pentagon spokesman John Kirby said the "
          "lorries left at dawn. General Valery Gerasimov said the convoy was small. Defense Secretary Jim Mattis "
          "said the convoy was large. ") * 12
QUOTED_PEOPLE = [("Lavrov", "Foreign Ministry"), ("Kirby", "Pentagon"), ("Gerasimov", "General Staff"),
                 ("Mattis", "Defense Department")]


@pytest.fixture(scope="module")
def plain():
    return exercises.my_article(text=PLAIN, title="The lorries")


@pytest.fixture(scope="module")
def quoted():
    return exercises.my_article(text=QUOTED, title="The lorries")


@pytest.mark.parametrize("typed, name, party", UNNAMED)
@pytest.mark.parametrize("plan", ["idk id google {typed} and see if hes lying lol",
                                  "I would google {name} and see if {typed} is lying.",
                                  "I would search what the {party} said to see if the {party} is lying."])
def test_asking_whether_someone_is_lying_is_a_verdict_as_purpose(plain, typed, name, party, plan):
    result = exercises.check_lateral_plan(plan.format(typed=typed, name=name, party=party), article=plain)
    assert "Gives a verdict as its reason" in str(result), str(result)
    assert "says what it would show" not in str(result), str(result)
    # what is found, asked as a question, is still a purpose: the same step asking about the claim
    found = exercises.check_lateral_plan(f"I would google {name} to see if the story is true.", article=plain)
    assert "Gives a verdict as its reason" not in str(found), str(found)


@pytest.mark.parametrize("typed, name, party", UNNAMED)
def test_a_person_the_text_does_not_name_is_said_to_be_unnamed(plain, typed, name, party):
    result = exercises.check_lateral_plan(f"I would look up {name} and find the {party} statement to trace the claim.",
                                          article=plain)
    said = str(result)
    assert f"cannot tell whether {name} did" not in said, said
    assert f"This text does not name {name}, so this step may be about another text" in said, said
    assert "who is behind the website" not in said, said
    assert f'for example "… to see what {name} said, where and when"' in said, said


@pytest.mark.parametrize("name, where", QUOTED_PEOPLE)
def test_a_person_the_text_quotes_gets_a_person_example(quoted, name, where):
    result = exercises.check_lateral_plan(f"I would look up {name} and find the {where} statement to trace the claim.",
                                          article=quoted)
    said = str(result)
    assert "who is behind the website" not in said, said
    assert f'for example "… to see what {name} said, where and when"' in said, said
    assert f"{name} is quoted in this text" in said and "does not name" not in said, said


@pytest.mark.parametrize("name, where", [("Gerasimov", "Komsomolskaya Pravda interview"), ("Kirby", "CNN interview"),
                                         ("Peskov", "Kremlin briefing"), ("Pahon", "Pentagon briefing")])
def test_on_a_known_outlet_a_single_name_is_said_plainly(plain, name, where):
    article = plain.assign(outlet="Anti-Media")
    said = str(exercises.check_lateral_plan(f"I would look up {name} and find the {where} to trace the claim.",
                                            article=article))
    assert f"who is behind {name}" not in said and "Looks into another outlet" not in said, said
    assert f"Looks into someone this article does not name: “I would look up {name}" in said, said
    assert f"looking {name} up shows you what {name} said, where and when, not this article's source" in said, said
