"""Round 20d: a careful, hedged sentence in a reflection (06) is the student's open question, not a verdict; a
reflection graded down only for a verdict is told which sentence and what to do with it; "fake news" / "real news"
and "a terrorist" / "a hero" about an actor are verdicts both ways; a plan that refuses to read on is graded the
same whoever it names (made-up article and answers; eight actors and outlets, so no name is treated differently)."""

import pytest
from written_helpers import ACTORS, ARTICLE, BASE, capital, fresh_tries  # noqa: F401

from kit import exercises

pytestmark = pytest.mark.usefixtures("fresh_tries")


def graded(sentence, actor, base=BASE):
    return exercises.check_reflection(f"{base}. {capital(sentence.format(actor))}", ARTICLE)


# 1. a hedge is the student's open question, whichever way it leans
@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("sentence", [
    "Maybe {} is spreading propaganda, but I would check the 300 people on another news site like Reuters.",
    "Maybe {} is telling the truth, but I would check the 300 people on another news site like Reuters.",
    "Perhaps {} is lying about the plan.", "Perhaps {} is telling the truth about the plan.",
    "{} might be an unreliable source here.", "{} might be a reliable source here.",
    "It could be that {} is spreading propaganda.", "I am not sure whether {} is an honest source.",
    "I used to think {} was lying, but now I am not sure.", "I used to think {} was honest, but now I am not sure.",
])
def test_a_hedged_sentence_is_not_a_verdict(sentence, actor):
    assert graded(sentence, actor).status == "mastery"


@pytest.mark.parametrize("actor", ACTORS)
def test_a_hedge_does_not_cover_a_verdict_after_but(actor):
    result = graded("Maybe the number is wrong, but {} is clearly lying.", actor)
    assert result.status == "beginning" and result.message.startswith("it decides the claim")


# 2. graded down only for a verdict: the sentence is named, with what to do with it, not asked again what to check
@pytest.mark.parametrize("actor", ACTORS)
def test_the_verdict_sentence_is_named_with_what_to_do(actor):
    result = graded("{} is spreading propaganda.", actor)
    assert result.status == "beginning"
    # round 30 (teacher 54 #12): a verdict on an outlet or a government is told to say what in the text makes
    # you think so, and where you would check who runs it; every actor here alike
    line = next(d for d in result.detail.splitlines()  # round 29: "spreading propaganda" judges a speaker's words
                if d.startswith(("Decides the claim without checking", "Judges a speaker's words without checking",
                                 f"Judges {actor} without checking")))
    assert f"{capital(actor)} is spreading propaganda." in line
    # round 30 r30f6b (teacher 55 #10): "who runs" for an outlet only; a government or its body: what you would check
    advice = f"where you would check who runs {actor}." if actor in ("Xinhua", "the BBC") else "what you would check to find out."
    assert ("take it out, or write it as a question" in line.lower() or "Take it out, or say what in the text makes you "
            f"think so, and {advice}" in line) and "What would you still want to check" not in line
    without_check = exercises.check_reflection(f"The article uses loaded words like 'reckless' to make the reader "
                                               "distrust the plan, and it quotes only one person, a spokesman. "
                                               f"{capital(actor)} is spreading propaganda.", ARTICLE)
    assert ("What would you still want to check" in without_check.detail  # or, round 29, the part to add
            or "Add a sentence that asks what to check elsewhere" in without_check.detail)


# 3. the same verdict in either direction: the same grade and words
@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("one, mirror", [("{} is fake news.", "{} is real news."),
                                         ("{} is the real terrorist.", "{} is the real hero."),
                                         ("{} is a terrorist.", "{} is a hero."),
                                         ("{} are the terrorists here.", "{} are the heroes here.")])
def test_fake_or_real_news_and_terrorist_or_hero_are_the_same_verdict(one, mirror, actor):
    first, second = graded(one, actor), graded(mirror, actor)
    assert (first.status, first.message) == (second.status, second.message)
    assert first.status == "beginning" and first.message.startswith("it decides the claim")


def test_the_article_called_fake_news_still_dismisses_it():
    assert graded("The article is fake news.", "").message.startswith("it dismisses the article")


# 4. a plan that refuses to read on: the same grade for a government and an outlet
@pytest.mark.parametrize("actor", [*ACTORS, "RT"])
@pytest.mark.parametrize("plan, how", [("{} is spreading propaganda, so I would not read more.", "dismisses"),
                                       ("{} is lying, so I won't read any more of it.", "dismisses"),
                                       ("{} is spreading the truth, so I would not read more.", "trusts")])
def test_a_refusal_to_read_on_is_the_same_for_every_name(plan, how, actor):
    result = exercises.check_lateral_plan(capital(plan.format(actor)), article=ARTICLE)
    # round 22 (teacher 37 #8, brief item 3): a verdict on someone is named alike both ways, not as trusting the page
    assert result.status == "beginning" and "gives a verdict without checking" in result.message, (how, result)
    assert "other coverage" not in result.detail


def test_reading_on_elsewhere_is_still_a_step():
    result = exercises.check_lateral_plan("I would not read more of this site; I would read the Reuters report on the "
                                          "plan to see how many people left.", article=ARTICLE)
    assert result.status != "beginning"


@pytest.mark.parametrize("actor", [*ACTORS, "RT"])
@pytest.mark.parametrize("trust", ["I would not trust {}", "I would trust {}"])
def test_an_outlet_trusted_or_not_is_not_a_step_to_its_coverage(trust, actor):
    step = ", but I would find the spokesman's own statement to see how many people left."
    plan, government = capital(trust.format(actor)) + step, capital(trust.format("Russia")) + step
    one, other = (exercises.check_lateral_plan(p, article=ARTICLE) for p in (plan, government))
    assert (one.status, one.message) == (other.status, other.message)
    assert "looks for other coverage" not in one.detail.splitlines()[0] and "Make each move" not in one.detail
