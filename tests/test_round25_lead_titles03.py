"""Teacher 46 #3: a student who names an article by the words of its title ("the US rescue article", "the Russia
charges Pentagon one") is naming the article, not judging what anyone did; a word of the articles is never
"corrected" into another ("rescue" was read as "rescued"). Each side alike."""

import pytest

from kit.exercises.written import spelled_as_meant

FINDING = (" I would change my mind if the Department of Defense transcript of the briefing gave another figure for "
           "the people who came out.")


@pytest.fixture(scope="module")
def check(lesson03_ex3_check):
    return lesson03_ex3_check


@pytest.mark.parametrize("title", ["The US rescue article", "the us rescue one", "The Russia charges Pentagon article",
                                   "the russia charges pentagon one"])
def test_an_article_named_by_its_title_is_no_verdict(check, title):
    result = check(f"The spokesman says 3,500 civilians came out. {title} gives 4000 and names no source." + FINDING)
    assert "decides the claim" not in str(result).lower(), result
    if "russia" in title.lower():  # round 34 (teacher 58 #5): russia-charges-pentagon names Silo with the 4,000
        assert "russia-charges-pentagon names Talal Silo with '4000'" in str(result), result
        return
    assert result.status == "mastery", result


def test_a_word_of_the_articles_is_not_corrected():
    assert spelled_as_meant("the us rescue article", frozenset({"rescued"})) == "the us rescue article"
    assert spelled_as_meant("i wud chek the bbc") == "i would check the bbc"
