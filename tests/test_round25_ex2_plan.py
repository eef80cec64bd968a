"""Round 25, 06 Exercise 2 (teacher 45 #3, #10, #14; teacher 44 #13; student 37 #5): the lateral-reading plan.

A step that does not say what it would show keeps a plan below Mastery, whatever filler comes with it; the feedback
gives one line per fault, with an example fitted to its step; "check the survey claim" says which claim, not where to
go; and a party's own words are the claim's original only when the article gives that party's words. Every test runs
on the US side and the Russian/Syrian side alike.
"""

import pytest

import kit
from kit import exercises


def plan(answer, article="us-rescue-of-isis-in-raqqa"):
    if isinstance(article, str) and article in set(kit.load_articles()["article_id"]):
        articles = kit.load_articles()
        article = articles[articles["article_id"] == article]
    return exercises.check_lateral_plan(answer, article=article)


# the WSWS article (on the US) and the Anti-Media article (on the Russian general), each with another outlet
OUTLETS = [("WSWS", "the BBC", "us-rescue-of-isis-in-raqqa"), ("Anti-Media", "Reuters", "russian-general-accuses")]


# 1. the prompt asks for two ways AND what each would show: a step without it is not Mastery; filler changes nothing
@pytest.mark.parametrize("one, other, article", OUTLETS)
@pytest.mark.parametrize("filler", ["", " lol", " idk"])
def test_a_step_that_does_not_say_what_it_would_show_is_not_mastery(one, other, article, filler):
    result = plan(f"I would check the convoy claim. I would look up who runs {one}{filler}. "
                  f"Then I would read what {other} wrote about the convoy{filler}.", article)
    assert result.status == "emerging", str(result)
    assert "does not say what it would show" in result.message
    assert str(result).count("Say what each step would show you") == 1
    shown = plan(f"I would look up who runs {one} to see who funds it. "
                 f"Then I would read what {other} wrote about the convoy to see whether they give the same number.",
                 article)
    assert shown.status == "mastery" and "says what they would show" in shown.message


@pytest.mark.parametrize("one, other, article", OUTLETS)
def test_verdict_purposes_get_one_line_each_with_an_example_fitted_to_the_step(one, other, article):
    result = plan(f"I would look up {one} to see if its sus. Then I would search {other} to see if its legit.", article)
    text = str(result)
    assert result.status == "emerging"
    assert text.count("say what the step would show you") + text.count("Say what each step would show you") == 2
    lines = [line for line in text.splitlines() if "Gives a verdict as its reason" in line]
    assert len(lines) == 2
    who, coverage = lines  # the step into the outlet, then the search of the other outlet
    assert "who is behind the website" in who and "who is behind the website" not in coverage
    assert "other reports" in coverage
    assert "Drop what decides before checking" not in text  # said once, on each step's own line


@pytest.mark.parametrize("who", ["Pentagon", "Kremlin"])
def test_a_step_without_its_purpose_is_told_once(who):
    text = str(plan(f"I would look up who runs {who} on Wikipedia to see who funds it. Then I would find the BBC report it cites."))
    assert text.count("would show you") == 1 and "first report of the claim" in text


# 2. "I would check the survey claim first." says which claim, not where to go
@pytest.mark.parametrize("claim", ["the survey claim", "the report claim", "the poll figures", "the study numbers"])
def test_naming_the_claim_is_not_leaving_the_page(claim):
    result = plan(f"I would check {claim} first.")
    assert result.status == "beginning", str(result)
    assert "Leaves the page" not in str(result)


def test_the_survey_claim_is_not_a_step_in_a_longer_plan():
    result = plan("I would check the survey claim first. I would look on the school website for the survey to see how "
                  "many students took part. I would also find other news about the vote to see if they say 6-3 too.")
    assert "the survey claim first" not in str(result)
    assert exercises.check_lateral_plan("I would read the survey itself to see how many took part.").status != "beginning"


# 3. (teacher 45 #14) what the other side said is its account of the claim, not the claim's original; mirrored
KREMLIN_TEXT = ("The Kremlin said on Monday that Russian forces had destroyed an ISIS convoy near Deir ez-Zor, killing "
                "200 fighters, according to the Russian Defense Ministry. Washington has not commented. ") * 20
PENTAGON_TEXT = ("The Pentagon said on Monday that US forces had destroyed an ISIS convoy near Deir ez-Zor, killing "
                 "200 fighters, according to the US Defense Department. Moscow has not commented. ") * 20
STEP = ("I would check the 200 fighters claim. I would look up what {} said to see if they confirm it. "
        "Then I would look for Reuters coverage to see if they report the same number.")


@pytest.mark.parametrize("text, own, other", [(KREMLIN_TEXT, "the Kremlin", "the Pentagon"),
                                              (PENTAGON_TEXT, "the Pentagon", "the Kremlin")])
def test_what_the_other_side_said_is_not_the_claims_original(text, own, other):
    article = exercises.my_article(text=text, title="A convoy")
    theirs = str(plan(STEP.format(other), article))
    line = [row for row in theirs.splitlines() if f"what {other} said" in row][0]
    assert "looks for other coverage" in line and "traces the claim" not in line
    mine = [row for row in str(plan(STEP.format(own), article)).splitlines() if f"what {own} said" in row][0]
    assert "traces the claim to its original" in mine
