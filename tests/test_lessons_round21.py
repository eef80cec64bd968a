"""Round 21: a verdict on what an actor did reads the same both ways in a reflection (06), while reports, hedges
and questions stay the student's open question (made-up article and answers; eight actors and outlets, so no name
is treated differently)."""

import pytest
from written_helpers import ACTORS, ARTICLE, BASE, capital, fresh_tries  # noqa: F401

from kit import exercises

pytestmark = pytest.mark.usefixtures("fresh_tries")


def graded(sentence, actor):
    return exercises.check_reflection(f"{BASE}. {capital(sentence.format(actor))}", ARTICLE)


# 1. what an actor did, said as the student's own fact either way, decides the article's claim without checking it
@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("one, mirror", [("{} helped ISIS.", "{} fought ISIS."),
                                         ("{} did nothing wrong.", "{} did something wrong."),
                                         ("{} makes things up.", "{} does not make things up."),
                                         ("{} is more reliable than Reuters.", "{} is less reliable than Reuters."),
                                         ("I would say {} lied.", "I would say {} told the truth.")])
def test_a_verdict_on_what_an_actor_did_is_the_same_either_way(one, mirror, actor):
    first, second = graded(one, actor), graded(mirror, actor)
    assert (first.status, first.message) == (second.status, second.message)
    assert first.status == "beginning" and first.message.startswith("it decides the claim without checking it")


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("sentence", ["The article says {} helped ISIS.", "The writer claims {} fought ISIS.",
                                      "Maybe {} helped ISIS, but I would check the 300 people in another report.",
                                      "Did {} help ISIS?", "Has {} done something wrong?",
                                      "I wonder whether {} makes things up.", "I would check whether {} lied.",
                                      "The quotes helped me see how the article treats {}."])
def test_a_report_a_hedge_or_a_question_about_an_actor_is_not_a_verdict(sentence, actor):
    assert graded(sentence, actor).status == "mastery"
