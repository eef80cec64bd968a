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
    "I would look for reports that {X} let ISIS leave.": ("emerging", True),  # a past tense not in -ed
    "I would look for reports that {X} let ISIS leave and reports that it did not.": ("emerging", False),
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


# Student 22 #9: curly quotes in any line of a cell get the straight-quotes hint with the line corrected
@pytest.mark.parametrize("article_id", ["us-rescue-of-isis-in-raqqa", "russian-general-accuses"])
def test_curly_quotes_around_the_games_id_get_the_straight_quotes_hint(article_id):
    from kernel_cells import printed, run_cells
    line = "widgets.spot_the_loaded_words(articles=articles, article_id={})"
    outputs = run_cells(["import kit\nfrom kit import exercises, widgets\narticles = kit.load_articles()",
                         line.format(f"“{article_id}”"), 'answer = [“imperialism”, "a “so-called” deal"]'])
    said = printed(outputs[1])
    assert ('use straight quotes " " (the key next to Enter), like this: ' + line.format(f'"{article_id}"')) in said, said
    assert "minus signs" not in said and "“" not in said.split("like this:")[1].splitlines()[0], said
    said = printed(outputs[2])  # curly quotes inside straight-quoted text are the text's own: kept
    assert 'like this: answer = ["imperialism", "a “so-called” deal"]' in said, said


# Student 22 #14: a typo in the answer's name must not grade the answer from before
@pytest.mark.parametrize("typo", ["anser", "answr", "asnwer", "Answer"])
def test_an_answer_typed_under_a_misspelt_name_is_asked_about_not_graded(typo):
    from kernel_cells import printed, run_cells
    outputs = run_cells([
        "import kit\nfrom kit import exercises",
        'answer = "I would read the report the article cites to see what it says about Russia."\n'
        "exercises.check_lateral_plan(answer)",
        f'{typo} = "I would look up who runs the site to see who funds it, and what others say about the US."\n'
        "exercises.check_lateral_plan(answer)",
        'answer = "I would look up who runs the site to see who funds it."\nanswers = 2\nexercises.check_lateral_plan(answer)',
    ])
    said = printed(outputs[2]) + str([o.get("data", {}).get("text/plain", "") for o in outputs[2]])
    assert f"did you mean 'answer'? This cell sets '{typo}', not 'answer'" in said, said
    assert "Emerging" not in said and "Beginning" not in said and "Mastery" not in said, said
    last = str([o.get("data", {}).get("text/plain", "") for o in outputs[3]])
    assert "did you mean" not in last and "Emerging" in last, last


# Student 22 #7: the same answer checked again is not a new try, in every check that counts tries
@pytest.mark.parametrize("side", ["US", "Russian"])
def test_the_same_answer_checked_again_keeps_its_hint_in_every_counted_check(side):
    from kernel_cells import run_cells
    text = f"The {side} regime's brutal siege went on, the so-called experts said, and the town was ignored."  # made up
    outputs = run_cells([
        f"import kit\nfrom kit import exercises\ntext = {text!r}\narticles = kit.load_articles()\n"
        "exercises.answers.forget_attempts()",
        *['answer = ["ignored"]\nexercises.check_loaded_words(answer, text)'] * 3,
        'answer = ["town"]\nexercises.check_loaded_words(answer, text)',
        *['answer = ["Smith"]\nexercises.check_speakers(answer, articles, "us-rescue-of-isis-in-raqqa")'] * 3,
        *['answer = "no-such-article"\nexercises.check_claim_source(answer, articles)'] * 3,
    ])
    said = [str([o.get("data", {}).get("text/plain", "") for o in out]) for out in outputs[1:]]
    assert "First hint (of three)" in said[0] and "Your answer is the same" not in said[0], said[0]
    for again in said[1:3]:
        assert "Your answer is the same as at your last check, so this is not a new try" in again, again
        assert "First hint (of three)" in again and "After three tries" not in again, again
    assert "Second hint (of three)" in said[3] and "Your answer is the same" not in said[3], said[3]
    for again in said[5:7] + said[8:10]:
        assert "Your answer is the same as at your last check" in again, again
    assert "alphabetical order" not in said[9], said[9]  # the list comes at the second try, not the same one again
    assert "First hint (of three)" in said[6], said[6]


@pytest.mark.parametrize("side", ["US", "Russian"])
def test_the_games_same_ticks_come_from_the_same_tries_counter(side):
    from kit.exercises.answers import forget_attempts, repeated
    from kit.widgets import SAME_TICKS, spot_the_loaded_words
    forget_attempts()
    game = spot_the_loaded_words(f"The {side} regime's brutal siege went on, and the town was ignored.")  # made up
    game.select(["ignored"])
    game.check()
    again = game.check()
    assert again.detail.splitlines()[0] == SAME_TICKS and repeated(), again
