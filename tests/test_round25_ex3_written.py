"""Written reflections (teacher 45 #9, #14; student 38 #2, #9): a careful 03 answer is read as a finding, a vague
'more evidence would change my mind' is asked which evidence and where, a verdict word said of one of the article's
phrases is not a verdict on the article (06), and an emoji verdict is named. Sentences and the article are made up;
each case is run for both sides."""

import pytest

from kit import exercises

# a made-up article with a phrase on each side
ARTICLE = ("The council will close the pool in May. Critics slammed the plan as a disaster. Pentagon officials "
           "claimed the base was safe, and Kremlin officials claimed the port was safe. Some experts say it is old.")


@pytest.fixture(scope="module")
def check03(lesson03_ex3_check):
    return lesson03_ex3_check


@pytest.mark.parametrize("unsaid", ["Neither article mentions the screening.", "the articles dont mention screening.",
                                    "None of the articles talks about the screening.",
                                    "The spokesman does not mention the convoy."])
def test_what_the_accounts_leave_unsaid_is_a_finding(check03, unsaid):
    result = check03(f"The spokesman says 3,500 civilians came out. {unsaid} I would change my mind if the transcript "
                     "said something else.")
    assert f"Names what the analysis showed: “{unsaid}”" in result.detail, result


def test_the_teachers_careful_answer_is_not_beginning(check03):
    result = check03("The spokesman says 3,500 civilians came out; russia-charges-pentagon says some 4,000 people were "
                     "driven out, all but about 500 armed ISIS fighters. Neither article mentions the screening. More "
                     "evidence would change my mind.")
    assert result.status == "emerging", result
    assert "“More evidence would change my mind.”: which evidence would change your mind, and where would you find it?" \
        in result.detail, result


@pytest.mark.parametrize("rough", ["the bbc says thousands left but the spokesman says less",
                                   "the spokesman says thousands left but silo says more",
                                   "russia-charges-pentagon says 4,000 while the spokesman counts 3,500"])
def test_a_rough_comparison_of_two_accounts_is_part_of_a_finding(check03, rough):
    result = check03(rough)
    assert not result.message.startswith("none of"), result
    assert f"Names what the analysis showed: “{rough}”" in result.detail, result


@pytest.mark.parametrize("phrase", ["critics slammed", "pentagon officials claimed", "kremlin officials claimed"])
def test_a_verdict_word_about_one_phrase_is_not_a_verdict_on_the_article(phrase):
    result = exercises.check_reflection(f"the article is pretty fair but {phrase} is sketchy and idk who the experts are",
                                        ARTICLE)
    assert "dismisses" not in str(result) and "decides" not in str(result), result
    assert "Asks what to check elsewhere" in result.detail, result


@pytest.mark.parametrize("who", ["the article", "the pentagon", "the kremlin"])
def test_a_verdict_on_the_article_or_an_actor_is_still_caught(who):
    result = exercises.check_reflection(f"the article is pretty fair but {who} is sketchy and idk who the experts are",
                                        ARTICLE)
    assert result.status == "beginning" and ("dismisses" in result.message or "decides" in result.message), result


@pytest.mark.parametrize("task", ["analysis", "sources"])
@pytest.mark.parametrize("answer", ["🧢🧢🧢", "🧢"])
def test_an_emoji_verdict_is_named(answer, task):
    exercises.tries.forget_attempts()
    result = exercises.check_reflection(answer, task=task)
    assert result.status == "beginning" and "it gives a verdict ('🧢' reads as 'cap')" in result.message, result
