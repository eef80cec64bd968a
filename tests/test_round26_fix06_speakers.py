"""Round 26 fix06 (teacher 48 #12): in a plan for a text whose publisher the kit cannot see, a person the text
quotes (kit.sources) is a speaker, not a possible publisher: the note says so, and still asks for the original
publisher. The same words for a Russian general and a Pentagon spokesman."""
import pytest

from kit import exercises

TEXT = ("Russian General Valery Gerasimov said the convoy carried fighters. Pentagon spokesman Eric Pahon said the "
        "report was false. Trucks left the city at night, and the road was closed for a day. ") * 12
ARTICLE = exercises.my_article(text=TEXT, title="A convoy")

PLANS = {"Gerasimov": "I would look up {n} to see who he speaks for and find the original statement to trace the "
                      "claim.",
         "Pahon": "I would look up {n} to see who he speaks for and find the original statement to trace the claim."}


@pytest.mark.parametrize("name", ["Gerasimov", "Pahon", "Valery Gerasimov", "Eric Pahon"])
def test_a_quoted_person_is_a_speaker_not_a_possible_publisher(name):
    said = str(exercises.check_lateral_plan(PLANS[name.split()[-1]].format(n=name), article=ARTICLE))
    assert f"cannot tell whether {name} did" not in said, said
    assert f"{name} is quoted in this text: a speaker, not its publisher" in said, said
    assert "find the original publisher too" in said, said  # the kit still cannot see who published it


def test_both_sides_get_the_same_words():
    russia = exercises.check_lateral_plan(PLANS["Gerasimov"].format(n="Gerasimov"), article=ARTICLE)
    us = exercises.check_lateral_plan(PLANS["Pahon"].format(n="Pahon"), article=ARTICLE)
    assert str(russia).replace("Gerasimov", "X") == str(us).replace("Pahon", "X")


def test_an_outlet_is_still_a_possible_publisher():
    said = str(exercises.check_lateral_plan("I would look up who runs RT to see who is behind it.", article=ARTICLE))
    assert "cannot tell whether RT did" in said and "a speaker" not in said, said
