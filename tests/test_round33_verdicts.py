"""Round 33 (r33verd): one rule for "verdict word + a reason from the text" (teacher 57 #4): every word that judges
how a page covers the story ("one sided", "biased", "unfair", "propaganda", "pro-russian", "pro-american" …) and a
truth verdict that clears both accounts keep the reason as the finding and ask to take the word out, each side
alike; a plan that says "X is one sided, so I would …" has its steps counted. "The article calls X Y" reports the
article's words (#2). Negated deeds ("never covered anything up") are verdicts as "did not make it up" is (#11). A
verdict on an outlet named with plain words ("Global Research made it up") is no step (#7), and "… propaganda lol
but I would check …" names the verdict (#13). One made-up case per rule, per side."""

from __future__ import annotations

import pytest

import kit
from kit import exercises
from kit.exercises.glued_verdicts import reasoned_verdict


@pytest.fixture(scope="module")
def accounts(articles):
    second = kit.load_articles(kit.data_path("second_accounts.csv"))
    return [second[second["article_id"] == "coalition-spokesman-2017-11-14"], articles]


PLAN = " I would find the BBC report to see if it says 4,000, and look up WSWS to see who runs it."
REFLECTION = (" The kit flags 'merciless' and 'patent nonsense' as loaded language. The 4,000 has no source in its "
              "sentence. I would check the BBC report to see who counted the convoy before I decide anything.")
OPENING = ("The spokesman says 3,500 civilians came out and fewer than 300 were screened as potential fighters. "
           "Silo says 4,000 people left, all but about 500 armed. ")
CLOSING = " I would check the DoD transcript and the SDF's own figures."


def finds(clause):
    return "quot" in clause or "count" in clause or "source" in clause or "calls" in clause


# 1. one rule for every judgement word: the reason is kept, the word is to go, each side alike
@pytest.mark.parametrize("verdict,word", [
    ("The article is biased because it never quotes the Kremlin.", "biased"),
    ("The article is biased because it never quotes the Pentagon.", "biased"),
    ("The article is pro-russian because it never quotes the Pentagon.", "pro-russian"),
    ("The article is pro-american because it never quotes the Kremlin.", "pro-american"),
    ("The article is unfair as it never quotes Lavrov.", "unfair"),
    ("The article is unbalanced since it never quotes Mattis.", "unbalanced"),
    ("The article is propaganda cuz it never names a source for the 4,000.", "propaganda"),
    ("The article is one sided because it never quotes Peskov.", "one sided"),
])
def test_every_judgement_word_keeps_its_reason(verdict, word):
    found = reasoned_verdict(verdict, finds)
    assert found is not None and found[0] == word and not found[2]


@pytest.mark.parametrize("verdict", ["The article is biased because it calls Dillon's words 'patent nonsense'.",
                                     "The article is slanted because it calls Dillon's words 'patent nonsense'.",
                                     "The article is pro-russian because it calls the US war on terror fake news.",
                                     "The article is pro-american because it calls the US war on terror fake news.",
                                     "The article is unfair because it only quotes Dillon to attack him."])
def test_06_reflection_judgement_with_a_reason_from_the_text_is_graded_alike(verdict, raqqa):
    result = exercises.check_reflection(verdict + REFLECTION, raqqa)
    word = reasoned_verdict(verdict, finds)[0]
    assert result.status == "mastery"
    assert f"Take out “{word}” and keep the reason" in result.detail


@pytest.mark.parametrize("verdict", ["The article is biased because the writer is biased.",
                                     "The article is biased: it says 'ruthless'.",
                                     "The article is pro-russian because the writer hates America.",
                                     "The article is pro-american because the writer hates Russia."])
def test_a_reason_that_does_not_point_at_the_text_still_decides(verdict, raqqa):
    assert exercises.check_reflection(verdict + REFLECTION, raqqa).status == "beginning"


def test_clearing_the_page_with_the_lessons_finding_keeps_the_finding(raqqa):
    result = exercises.check_reflection("The article isn't lying, it just gives no source for the 4,000." + REFLECTION,
                                        raqqa)
    assert result.status == "mastery" and "Trusts the article" not in result.detail


@pytest.mark.parametrize("verdict,decides", [("Both are telling the truth because they count different people.", False),
                                             ("Both are lying because they count different people.", True)])
def test_03_a_truth_verdict_on_both_accounts_keeps_the_finding(verdict, decides, accounts):
    result = exercises.check_reflection(OPENING + verdict + CLOSING, accounts, task="sources")
    assert "Names what the analysis showed: “they count different people.”" in result.detail
    assert (result.status == "beginning") == decides


@pytest.mark.parametrize("verdict", ["The article is one sided, so", "The article is pro-russian, so",
                                     "The article is pro-american, so", "Since the article is biased,"])
def test_06_plan_judgement_then_steps_counts_the_steps_and_notes_the_verdict(verdict, raqqa):
    result = exercises.check_lateral_plan(verdict + PLAN, article=raqqa)
    assert result.status == "emerging"
    assert "Leaves the page" in result.detail and "Gives a verdict as its reason" in result.detail


# 2. what the article calls something is the article's word, reported
@pytest.mark.parametrize("report", ["The article calls the war on terror fake news.",
                                    "It describes the war on terror as propaganda.",
                                    "us-rescue-of-isis-in-raqqa calls the war on terror fake news."])
def test_06_the_article_calls_x_y_is_a_report(report, raqqa):
    result = exercises.check_reflection(report + REFLECTION, raqqa)
    assert result.status == "mastery" and "without checking" not in result.detail


@pytest.mark.parametrize("report", ["The WSWS article calls the war on terror fake news.",
                                    "The RT article calls the Russian figures fake news."])
def test_03_an_outlet_calls_x_y_is_a_report(report, accounts):
    result = exercises.check_reflection(OPENING + report + CLOSING, accounts, task="sources")
    assert result.status != "beginning" and "without checking" not in result.detail


def test_a_verdict_glued_after_the_report_is_still_the_students(raqqa):
    result = exercises.check_reflection("The article calls the war on terror fake news, thats cap." + REFLECTION, raqqa)
    assert result.status == "beginning"


# 3. clearing a side before checking, with any deed: one reading, both sides
@pytest.mark.parametrize("verdict", ["The kremlin did not cover anything up.", "The pentagon never covered anything up.",
                                     "Russia never covered anything up.", "Washington did not make anything up."])
def test_06_a_negated_deed_clears_a_side_in_the_plan_and_the_reflection(verdict, raqqa):
    plan = exercises.check_lateral_plan(verdict + PLAN, article=raqqa)
    assert plan.status == "emerging" and any(line.startswith("Decides before checking") for line in plan.detail.splitlines())
    assert exercises.check_reflection(verdict + REFLECTION, raqqa).status == "beginning"


# 4. an outlet named with a plain word is judged as any other outlet, never taken for a step
@pytest.mark.parametrize("verdict", ["Global Research made it up.", "global research covered it up lol.",
                                     "WSWS made it up.", "Sputnik made it up."])
def test_06_plan_a_verdict_on_an_outlet_is_no_step(verdict, raqqa):
    plan = exercises.check_lateral_plan(verdict + PLAN, article=raqqa)
    assert plan.status == "emerging"
    assert f"Decides before checking: “{verdict}”" in plan.detail
    assert not any(line.startswith("Leaves the page") and verdict in line for line in plan.detail.splitlines())


def test_06_plan_a_verdict_after_a_step_is_no_second_step(raqqa):
    plan = exercises.check_lateral_plan("I would find the BBC report to see if it says 4,000. Global Research made it "
                                        "up tho.", article=raqqa)
    assert not any(line.startswith("Leaves the page") and "Global Research" in line for line in plan.detail.splitlines())


@pytest.mark.parametrize("verdict", ["russian propaganda lol but I would check the DoD transcript.",
                                     "pentagon propaganda lol but I would check the DoD transcript."])
def test_03_a_verdict_before_but_i_would_check_is_named(verdict, accounts):
    result = exercises.check_reflection(OPENING + "They count different people. " + verdict, accounts, task="sources")
    assert result.status == "beginning" and any("without checking" in line for line in result.detail.splitlines())
    assert "Asks what to check elsewhere: “I would check the DoD transcript.”" in result.detail


def test_03_a_hedge_before_but_is_still_a_question(accounts):
    result = exercises.check_reflection(OPENING + "They count different people. Maybe russian propaganda, but I would "
                                        "check the DoD transcript.", accounts, task="sources")
    assert result.status != "beginning"


@pytest.mark.parametrize("verdict", ["The Pentagon's account is one sided", "The Kremlin's account is one sided",
                                     "Both articles are biased", "Both accounts are slanted"])
def test_a_judgement_of_an_account_or_of_both_articles_keeps_its_reason(verdict):
    # merge of round 33: "both articles" and "<party>'s account" were not read as pages, so the verdict decided (Beginning)
    from written_helpers import sources_texts

    answer = ("The spokesman counts 3,500 civilians while the other account counts 4,000 mostly fighters. One article "
              f"says \"ISIS fighters and their families\" and leaves out the screening. {verdict} because it never says "
              "who counted the convoy. I would read the BBC report to see what it counted.")
    result = exercises.check_reflection(answer, sources_texts(), task="sources")
    assert result.status == "mastery" and "keep the reason" in str(result), str(result)
