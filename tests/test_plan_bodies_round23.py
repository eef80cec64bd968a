"""06 plan (round 23, lead): reading a state body's report is the same step whichever state ("the Pentagon report"
was other coverage, "the Kremlin report" and "the White House report" no step at all)."""
import pytest

import kit
from kit import exercises

BODIES = ["Pentagon", "Kremlin", "White House", "State Department", "Russian army", "US army", "Syrian government",
          "US government", "Russian Defence Ministry", "Foreign Ministry"]


@pytest.fixture(scope="module")
def articles():
    return kit.load_articles()


@pytest.mark.parametrize("article_id", ["us-rescue-of-isis-in-raqqa", "russia-charges-pentagon", "washington-pretends-combating-isis"])
def test_a_state_bodys_report_is_one_step_whoever_the_state(articles, article_id):
    art = articles[articles.article_id == article_id]
    assert not art.empty, article_id
    levels = {}
    for body in BODIES:
        # round 25 (teacher 45 #3): Mastery needs each step to say what it would show, so the step says it
        plan = f"I would look up who runs the site. Then I would read the {body} report about the convoy to see what it counts."
        levels[body] = exercises.check_lateral_plan(plan, article=art).status
    assert set(levels.values()) == {"mastery"}, levels
