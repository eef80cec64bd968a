"""Round 24 (r24ex, parts 2-4): the 06 plan. A verdict given as the reason for a step keeps the step; a plan on a
text whose outlet the kit cannot see asks for the original publisher first; the Mastery message says the plan
"says what they would show" only when each step does. US and Russian sides alike (mirror pairs).
"""
from __future__ import annotations

import pytest

import kit
from kit import exercises
from kit.exercises.answers import forget_attempts

OTHER = "Then I would search for other reports of the convoy to see what they say."


def rescue():
    articles = kit.load_articles()
    return articles[articles["article_id"] == "us-rescue-of-isis-in-raqqa"]


def plan(answer, article=None):
    forget_attempts()
    return exercises.check_lateral_plan(answer, article=rescue() if article is None else article)


# 2. a verdict as the reason for a step: the step counts, and the feedback asks what it would show instead
@pytest.mark.parametrize("reason", ["cuz its kinda sus", "because it's lowkey cap", "cuz its legit", "since it's true"])
# (round 26, teacher 47 #6: what a government said about the convoy is its own statement, never "coverage", either side)
@pytest.mark.parametrize("step, move", [("look up what the Pentagon said about the convoy", "traces the claim to its original"),
                                        ("look up what the Kremlin said about the convoy", "traces the claim to its original"),
                                        ("look up who funds the outlet", "finds out who is behind the source")])
def test_a_verdict_as_the_reason_for_a_step_keeps_the_step(reason, step, move):
    result = plan(f"I would {step}, {reason}. {OTHER}")
    text = str(result)
    assert result.status == "emerging"
    assert f"Leaves the page ({move}): “I would {step}" in text
    assert "Gives a verdict as its reason" in text and "say what the step would show you instead" in text
    assert "Dismisses the page" not in text and "Decides before checking" not in text


# 3. a plan on a text whose outlet the kit cannot see: the step counts, and the feedback asks for the original first
PASTED = ("The town board voted to shut the bus depot. Campaigners say a petition against it has 3,000 names, and "
          "officials in Washington and Moscow were asked about it.")
LOOKS_INTO = "I would look up who runs {} on Wikipedia to see who funds it. " + OTHER


def no_outlet():
    articles = kit.load_articles()
    return articles[articles["article_id"] == "russia-charges-pentagon"]


@pytest.mark.parametrize("one, other", [("the Pentagon", "the Kremlin"), ("CNN", "RT"), ("the White House", "Damascus")])
@pytest.mark.parametrize("article", ["pasted", "no outlet"])
def test_a_step_into_anyone_on_a_text_with_no_known_outlet_asks_for_the_original_first(one, other, article):
    text = PASTED if article == "pasted" else no_outlet()
    results = [plan(LOOKS_INTO.format(x), article=text) for x in (one, other)]
    assert [r.status for r in results] == ["mastery", "mastery"]
    for result, name in zip(results, (one, other)):
        assert f"Looks into {name}:" in str(result) and "cannot see who published this text" in str(result)
        assert "find the original" in str(result) and "did not publish this article" not in str(result)
    assert str(results[0]).replace(one, "X") == str(results[1]).replace(other, "X")
    bundled = plan(LOOKS_INTO.format("RT"))  # WSWS published the bundled article: today's note stays
    assert "did not publish this article" in str(bundled) and "cannot see who published" not in str(bundled)


# 4. (student 36 #7) the Mastery message says the steps say what they would show only when each step does
@pytest.mark.parametrize("who", ["the Pentagon", "the Kremlin"])
@pytest.mark.parametrize("second, move", [("Then I would read what Reuters wrote about the convoy.", "looks for other coverage"),
                                          ("Then I would find the BBC report it cites.", "traces the claim to its original")])
def test_mastery_names_the_step_that_does_not_say_what_it_would_show(who, second, move):
    result = plan(f"I would look up who runs {who} on Wikipedia to see who funds it. {second}")
    assert result.status == "emerging"  # round 25 (teacher 45 #3): Mastery needs what each step would show
    assert "says what they would show" not in result.message
    assert f"but the step that {move} does not say what it would show" in result.message
    shown = plan(f"I would look up who runs {who} on Wikipedia to see who funds it. {second[:-1]} to see what it says.")
    assert shown.status == "mastery" and "says what they would show" in shown.message


# 5. (teacher 42 #11, 43 #4) 01 Exercise 3: the hint's moves, in the student's words, are a next step
SEARCHED = ('I searched "secretly harboring and training" in quotation marks and found it on wsws.org and '
            "globalresearch.ca, dated December 2017. ")


@pytest.mark.parametrize("step", ["Next I would check which came first.", "I would check which one came first.",
                                  "Next I would check which appeared first.",
                                  "Next I would find the date of that interview."])
def test_the_hinted_move_in_the_students_words_is_a_next_step(step):
    forget_attempts()
    result = exercises.check_search_report(SEARCHED + step)
    assert result.status == "mastery", str(result)
