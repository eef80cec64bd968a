"""Round 20c: a verdict on an actor or an outlet in a reflection (06) gets the same grade and words in either
direction, a report of the writer's stance is not a verdict, and a plan that distrusts without checking is not told
it trusts (made-up article and answers; eight actors and outlets, so no name is treated differently)."""

import pytest
from written_helpers import ACTORS, ARTICLE, BASE, capital, fresh_tries  # noqa: F401

from kit import exercises

pytestmark = pytest.mark.usefixtures("fresh_tries")

MIRRORED = [
    ("{} is a reliable source.", "{} is an unreliable source."),
    ("{} is a trustworthy source.", "{} is an untrustworthy source."),
    ("{} is a credible source.", "{} is not a credible source."),
    ("{} is spreading propaganda.", "{} is spreading the truth."),
    ("{} is a propaganda outlet.", "{} is an independent outlet."),
    ("{} is evil.", "{} is good."),
    ("{} is corrupt.", "{} is not corrupt."),
    ("{} has no credibility.", "{} has credibility."),
    ("{} is always right.", "{} is always wrong."),
    ("{} is biased.", "{} is not biased."),
]


def graded(sentence, actor):
    result = exercises.check_reflection(f"{BASE}. {sentence.format(capital(actor))}", ARTICLE)
    return result.status, result.message


def test_the_base_reflection_is_at_mastery():
    assert exercises.check_reflection(BASE + ".", ARTICLE).status == "mastery"


# 1. a judgement of an actor or outlet, in either direction: the same grade and the same words
@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("one, mirror", MIRRORED)
def test_a_verdict_on_an_actor_is_the_same_either_way(one, mirror, actor):
    first, second = graded(one, actor), graded(mirror, actor)
    assert first == second
    assert first[0] == "beginning" and first[1].startswith("it decides the claim")


# 1. what the writer thinks, says or wants the reader to believe is a report of the article; a hedge asks
@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("sentence", [
    "The writer thinks {} can't be trusted.", "The writer thinks {} is a reliable source.",
    "The writer wants me to believe {} made it all up.", "The writer presents {} as an unreliable source.",
    "The article says {} is spreading propaganda.", "I don't know yet whether {} can be trusted on this.",
])
def test_a_report_of_the_writer_or_a_hedge_is_not_a_verdict(sentence, actor):
    assert graded(sentence, actor)[0] == "mastery"


def test_a_word_that_describes_is_not_a_verdict():
    # "good" and "biased" describe here; only a clause that ends on them (or "source", "outlet") judges the actor
    assert graded("{} is a good example of a side that is quoted only through a spokesman.", "Russia")[0] == "mastery"
    assert graded("The language is biased toward one side.", "Russia")[0] == "mastery"


# 2. distrust with no check is not told it trusts the page: the label follows the direction, alike for every outlet
@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("plan", ["{} is biased, so I would not trust it and would not check it.",
                                  "{} is unreliable, so I would not check it.", "I don't trust {}, so I won't check it."])
def test_distrust_without_a_check_dismisses_in_a_plan(plan, actor):
    result = exercises.check_lateral_plan(plan.format(capital(actor)), article=ARTICLE)
    trusting = exercises.check_lateral_plan(f"{capital(actor)} is reliable, so I would trust it and would not "
                                            "check it.", article=ARTICLE)
    assert result.status == trusting.status == "beginning"
    # round 22 (brief item 3): a verdict word on a name (data/verdict_words.csv: reliable/unreliable, unbiased/biased)
    # is named alike both ways, "gives a verdict"; a stance ("I don't trust X") keeps its mirrored label
    verdict = "gives a verdict without checking"
    assert ("dismisses the page without checking" in result.message or verdict in result.message) and (
        "Trusts" not in result.detail)
    assert verdict in trusting.message


# student 27 #1: the list the feedback showed, typed after the text, is not told "the same as at your last check"
@pytest.mark.parametrize("words", [["brutal", "regime"], ["hegemony", "imperialism"], ["brutal", "imperialism"]])
def test_the_list_typed_after_the_text_is_checked_again(words):
    text = "The brutal regime pushed its hegemony and imperialism on the town."
    exercises.check_loaded_words(", ".join(words), text)
    as_list = exercises.check_loaded_words(list(words), text)
    again = exercises.check_loaded_words(list(words), text)
    assert as_list.detail.splitlines()[0] == "Now it is a list, as the question asks: checked again."
    assert "same as at your last check" not in as_list.detail
    assert again.detail.splitlines()[0].startswith("Your answer is the same as at your last check")


# student 27 #3: MY_TITLE is the headline of one file that has none of its own; a file's own headline stays
@pytest.mark.parametrize("title", ["Skate park approved", "Council votes on the bridge", "Library opens late"])
def test_a_title_names_a_file_without_a_headline(tmp_path, title):
    path = tmp_path / "town-news.txt"
    path.write_text("The council met on Monday. It voted to open the new park in the spring, a spokesman said.\n")
    mine = exercises.my_article(file=str(path), title=title)
    assert mine["title"].tolist() == [title]
    assert exercises.my_article(file=str(path))["title"].tolist() == [""]  # the placeholder title is not a headline


# student 27 #4: a space for a dash (or the other way round) in MY_FILE gets a "Did you mean"
@pytest.mark.parametrize("real, typed", [("skate-park.txt", "skate park.txt"), ("town_news.txt", "town-news.txt"),
                                         ("bridge vote.txt", "bridgevote.txt")])
def test_a_file_name_with_a_space_for_a_dash_gets_did_you_mean(tmp_path, monkeypatch, real, typed):
    (tmp_path / real).write_text("The council met on Monday and voted on the plan.\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(Exception, match=f'Did you mean "{real}"'):
        exercises.my_article(file=typed)
