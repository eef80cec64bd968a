"""Round 18d: what teacher 28 found in the 06 plan check: the same plan gets the same grade whoever it names
(made-up plans only; actors and outlets of several countries)."""

import pytest

from kit import exercises

ACTORS = ["the US", "the United States", "Russia", "China", "the Kremlin", "Washington", "the Americans",
          "the Russians", "Syria", "Iran", "the UK", "the United Kingdom", "Turkey", "the Syrian government",
          "the Gulf States"]


def feedback(plan, *names):
    """The grade and every word of the feedback, with the names put back as {X}, {Y}."""
    result = exercises.check_lateral_plan(plan)
    text = f"{result.message} {result.detail}"
    for name, mark in zip(names, ("{X}", "{Y}")):
        text = text.replace(name, mark)
    return result.status, text


# 1. "the United States" (or any capitalised name) is not the verb "states"
@pytest.mark.parametrize("plan", [
    "I would check what {X} said about the convoy.",
    "I would look up what {X} says about the convoy and then what the BBC reported, to see if they agree.",
    "I would search for what {X} stated about the convoy and compare it with other news reports.",
])
def test_a_name_is_never_the_verb(plan):
    grades = {actor: feedback(plan.format(X=actor), actor) for actor in ACTORS}
    assert len(set(grades.values())) == 1, grades
