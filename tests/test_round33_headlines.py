"""Round 33 (lead): 05 Exercise 2, a side swapped behind a word that casts doubt (teacher 56 #14, teacher 57 #13)."""
import pytest

import kit
from kit import exercises


def _title(article_id):
    articles = kit.load_articles()
    return articles.loc[articles.article_id == article_id, "title"].item()


@pytest.mark.parametrize("actor", ["Russia", "the Kremlin", "Moscow"])
def test_a_swap_behind_claims_is_named(actor):
    # on e9c9032 only "'claims' casts doubt on it" was said: the swapped side passed without a word
    result = exercises.check_neutral_headline(f"WSWS claims {actor} rescued ISIS in Raqqa",
                                              _title("us-rescue-of-isis-in-raqqa"))
    assert not result.passed and "casts doubt" in str(result)
    assert f"it puts '{actor.removeprefix('the ')}' where the article's headline has 'US'" in str(result)


def test_the_article_side_behind_claims_gets_only_the_doubt_note():
    result = exercises.check_neutral_headline("WSWS claims US rescued ISIS in Raqqa", _title("us-rescue-of-isis-in-raqqa"))
    assert "casts doubt" in str(result) and "where the article's headline has" not in str(result)
