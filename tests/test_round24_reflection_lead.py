"""06 reflection (r24ex2's report, student 36 #5): a figure the article does not have is no example of it.

"idk if the 9000 number is real" pointed at the text while the feedback said '9000' is not in the article; the same
sentence with the article's own figure ("4000" for "4,000") still points. Alike on the article accusing the US and
the one about Russia charging the Pentagon (both have "4,000").
"""
import pytest

from kit import exercises

ARTICLES = ["us-rescue-of-isis-in-raqqa", "russia-charges-pentagon"]


@pytest.mark.parametrize("article_id", ARTICLES)
def test_a_figure_the_article_lacks_does_not_point_at_the_text(articles, article_id):
    one = articles.query("article_id == @article_id")
    result = exercises.check_reflection("idk if the 9000 number is real. I would check the BBC report.", one)
    assert result.status == "beginning"
    assert "1 of the 3 parts" in result.message
    assert "Points only at words or figures the article does not have" in result.detail
    assert "'9000' is not in the article" in result.detail


@pytest.mark.parametrize("article_id", ARTICLES)
def test_the_articles_own_figure_still_points(articles, article_id):
    one = articles.query("article_id == @article_id")
    result = exercises.check_reflection("idk if the 4000 number is real. I would check the BBC report.", one)
    assert result.status == "emerging"
    assert "2 of the 3 parts" in result.message


@pytest.mark.parametrize("article_id", ARTICLES)
def test_a_sentence_with_another_example_still_points(articles, article_id):
    one = articles.query("article_id == @article_id")
    answer = "It uses the word 'ISIS' and says 9000 fighters. I would check the BBC report."
    result = exercises.check_reflection(answer, one)
    assert "2 of the 3 parts" in result.message
