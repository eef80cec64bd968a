"""Round 18d: what teacher 28 found in the 06 plan check: the same plan gets the same grade whoever it names
(made-up plans only; actors and outlets of several countries)."""

import re

import pytest

from kit import exercises

ACTORS = ["the US", "the United States", "Russia", "China", "the Kremlin", "Washington", "the Americans",
          "the Russians", "Syria", "Iran", "the UK", "the United Kingdom", "Turkey", "the Syrian government",
          "the Gulf States"]


def feedback(plan, *names):
    """The grade and every word of the feedback, with the names put back as {X}, {Y} (a quote of the plan is
    shortened when long: the quotes are left out)."""
    result = exercises.check_lateral_plan(plan)
    text = re.sub(r"“[^”]*”", "“…”", f"{result.message} {result.detail}")
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


# 2. a comparison of two sides' news passes or fails alike, however long the two names are
PAIRS = [("the US", "Russia"), ("the US", "the Kremlin"), ("the Americans", "the Russians"),
         ("the United Kingdom", "Iran"), ("the Syrian government", "Turkey"), ("China", "the United States"),
         ("the Islamic Republic of Iran", "the People's Republic of China"), ("Israel", "the Palestinian Authority")]


@pytest.mark.parametrize("plan", [
    "I would compare what news from {X} and news from {Y} say about the convoy.",
    "I would look at how media in {X} and media in {Y} described the convoy.",
])
def test_a_comparison_does_not_depend_on_the_length_of_the_names(plan):
    grades = {}
    for a, b in PAIRS:
        for x, y in ((a, b), (b, a)):
            grades[x, y] = feedback(plan.format(X=x, Y=y), x, y)
    assert len(set(grades.values())) == 1, grades
    assert {status for status, _ in grades.values()} == {"emerging"}


# 3. the same words give the same grade for every outlet, on a list or not: trusting (or not trusting) an outlet
# is a verdict, not a step off the page
OUTLETS = ["the BBC", "the Guardian", "the AP", "the New York Times", "the Washington Post", "RT", "CNN", "Reuters",
           "TASS", "the Global Times", "SANA", "Haaretz", "Fars News", "Al Jazeera", "the Kyiv Independent",
           "Le Monde"]


@pytest.mark.parametrize("plan, status", [
    ("I would trust it if {X} reported it too.", "beginning"),
    ("I would believe the article only if {X} says the same.", "beginning"),
    ("I would not trust {X} because it is biased.", "beginning"),
    ("I would trust it because it cites {X}.", "beginning"),
    ("I would compare the article with {X}'s coverage of the convoy to see if the numbers match.", "emerging"),
])
def test_an_outlet_is_graded_by_the_words_not_by_its_name(plan, status):
    grades = {outlet: feedback(plan.format(X=outlet), outlet) for outlet in OUTLETS}
    assert len(set(grades.values())) == 1, grades
    assert {grade for grade, _ in grades.values()} == {status}


# teacher 28 #5: the same length cap read "how {X} state media and independent media report" by the name's length
def test_state_and_independent_media_of_any_country():
    plan = "I would read how {X} state media and independent media report the convoy."
    grades = {actor: feedback(plan.format(X=actor), actor) for actor in ACTORS}
    assert len(set(grades.values())) == 1, grades
    assert {grade for grade, _ in grades.values()} == {"emerging"}
