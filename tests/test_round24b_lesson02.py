"""Round 24b, lesson 02's checks (r24ex3b, student 36 #10): an article id typed a letter or a dash off is repaired and
told "did you mean …?" the same way by every 02 check that takes an id, on the US side and the Russian side alike."""

import pytest

import kit
from kit import exercises


@pytest.fixture(scope="module")
def seed():
    articles = kit.load_articles()
    return articles, kit.profile(articles)


def typos(article_id: str) -> list[str]:
    """An id with its last letter dropped, its first dash dropped, two letters swapped, and in capitals with a dash dropped."""
    swapped = article_id[:3] + article_id[4] + article_id[3] + article_id[5:]
    return [article_id[:-1], article_id.replace("-", "", 1), swapped, article_id.replace("-", "", 1).upper()]


# a US-side id and a Russian-side id, neither the top of the column asked
PAIRS = [("us-rescue-of-isis-in-raqqa", "loaded_language_per_1k"), ("russia-charges-pentagon", "loaded_language_per_1k"),
         ("us-rescue-of-isis-in-raqqa", "label_per_1k"), ("russia-charges-pentagon", "label_per_1k")]


@pytest.mark.parametrize("article_id, column", PAIRS)
@pytest.mark.parametrize("which", range(4))
def test_a_wrong_article_typed_off_is_told_did_you_mean_and_where_to_look(seed, article_id, column, which):
    articles, profile = seed
    top = profile.sort_values(column).article_id.iloc[-1]
    assert article_id != top
    typed = typos(article_id)[which]
    result = exercises.check_top(typed, column, articles)
    assert result.status == "incorrect", result
    assert f"{typed!r} is not one of the article ids here: did you mean {article_id!r}?" in result.message, result
    assert f"{article_id!r} scores" in result.detail and "sort the profile" in result.detail, result
    for exact in (article_id.upper(), article_id.replace("-", " ")):  # the id itself, in capitals or spaced: no typo
        read = exercises.check_top(exact, column, articles)
        assert read.status == "incorrect" and "did you mean" not in str(read) and f"{article_id!r} scores" in read.detail, read


@pytest.mark.parametrize("article_id", ["us-rescue-of-isis-in-raqqa", "russia-charges-pentagon"])
@pytest.mark.parametrize("which", range(4))
def test_a_prediction_typed_off_is_told_did_you_mean_as_check_top_says_it(seed, article_id, which):
    articles, profile = seed
    typed = typos(article_id)[which]
    sparsest = profile.sort_values("loaded_language_per_1k").article_id.iloc[0]
    said = exercises.check_prediction(typed, sparsest, "has the fewest", choices=articles.article_id)
    top = exercises.check_top(typed, "loaded_language_per_1k", articles)
    note = f"{typed!r} is not one of the article ids here: did you mean {article_id!r}?"
    assert said.status == "not_answered" and note in said.message and note in top.message, (said, top)
    right = typos(sparsest)[which]  # the right article typed off: partly right, with the same words
    top = exercises.check_top(right, "loaded_language_per_1k", articles, largest=False)
    assert top.status == "partly" and f"did you mean {sparsest!r}?" in top.message, top
