"""Round 18c: what teacher 27 and student 22 found in lessons 02 and 06 (made-up inputs only, US and Russian sides
alike where a rubric names one)."""

import pandas as pd
import pytest

from kit import exercises

# Teacher 27 A: the plan rubric read "the US" (and "the Americans", "the Russians") as a verb in -s
ACTORS = ["the US", "Russia", "China", "the Kremlin", "Washington", "Syria", "the Americans", "the Russians", "Moscow",
          "the Pentagon", "US", "Iran"]
PLANS = {  # a plan, and the grade and one-side flag it gets whoever the actor is
    "I would look for reports that praise {X}.": ("emerging", True),
    "I would look for reports that blame {X}.": ("emerging", True),
    "I would look for reports that accuse {X}.": ("emerging", True),
    "I would look for reports that defend {X}.": ("emerging", True),
    "I would look for reports that attack {X}.": ("emerging", True),
    "I would look for reports that condemn {X}.": ("emerging", True),
    "I would look for reports that blame the government of {X}.": ("emerging", True),
    "I would look for reports that {X} helped ISIS.": ("emerging", True),
    "I would look for reports that praise {X} and reports that condemn it.": ("emerging", False),
    "I would look for sites that back {X} and sites that oppose it.": ("emerging", False),
    "I would look for sites that support {X} and sites that oppose it.": ("emerging", False),
    "I would look for sites saying {X} helped ISIS and sites that disagree.": ("emerging", False),
    "I would look for articles for {X} and articles against it.": ("emerging", False),
    "I would look for articles that mention {X}.": ("emerging", False),
}


def grade(plan, article=None):
    result = exercises.check_lateral_plan(plan, article=article)
    return result.status, "one side only" in result.message


def made_up_article(outlet):
    return pd.DataFrame({"article_id": ["made-up"], "outlet": [outlet], "title": ["A made-up story about a convoy"],
                         "text": ["Officials said 4,000 people left the town in a long convoy, a report by the BBC "
                                  "said. The claim was denied by the government."]})


@pytest.mark.parametrize("plan", list(PLANS))
@pytest.mark.parametrize("article", [None, "WSWS", "RT"])
def test_every_actor_gets_the_same_grade_for_the_same_plan(plan, article):
    article = made_up_article(article) if article else None
    grades = {actor: grade(plan.format(X=actor), article) for actor in ACTORS}
    assert set(grades.values()) == {PLANS[plan]}, grades


@pytest.mark.parametrize("actor", ["the US", "Russia", "the Americans", "the Russians"])
def test_a_claim_about_an_actor_is_still_one_side(actor):
    from kit.exercises.plan_steps import seeks_agreement
    low = f"i would look for reports that {actor.lower()} helped isis"
    assert seeks_agreement(low) and seeks_agreement(f"i would look for news that {actor.lower()} never did it")
    assert not seeks_agreement(f"i would look for reports that praise {actor.lower()} officials and reports that "
                               "attack them")


# Teacher 27 #2, #4, #5: both sides and other coverage in ordinary words; one step is not two
@pytest.mark.parametrize("plan", [
    "I would look for reports that back the claim and reports that reject it.",
    "I would look for articles for the claim and articles against it.",
    "I would look for articles that praise the bike lanes and articles that attack them.",
    "I would look for sites saying the council lied and sites that disagree.",
    "I would look for reports that the council lied and reports that say it is fake.",
])
def test_both_sides_in_ordinary_words_leave_the_page_for_both_sides(plan):
    result = exercises.check_lateral_plan(plan)
    assert result.status == "emerging" and "one side only" not in str(result), str(result)
    assert "Leaves the page (looks for other coverage" in result.detail, result.detail


@pytest.mark.parametrize("plan", ["I would look for articles that explain the convoy deal.",
                                  "I would look for reports that count how many people left."])
def test_explaining_and_counting_reports_are_other_coverage(plan):
    result = exercises.check_lateral_plan(plan)
    assert result.status == "emerging" and "Leaves the page (looks for other coverage" in result.detail, str(result)


@pytest.mark.parametrize("step", [
    "I would find the BBC report and see how many people it says left.",
    "I would find the BBC report the article cites to see if it really says 4,000 people left.",
])
def test_one_step_to_the_cited_report_is_one_move_not_two(step):
    result = exercises.check_lateral_plan(step, article=made_up_article("WSWS"))
    assert result.status == "emerging", str(result)
    assert result.detail.startswith("Leaves the page (traces the claim to its original; says"), result.detail
    assert "Make each move a step of its own" not in result.detail, result.detail
