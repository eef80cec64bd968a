"""Round 26 (teacher 47 #5, student 40 #10, #11): every 02 cell that takes an article id reads it the same way
(the prediction as Exercises 2 and 3), and words that fit several articles are told how many and where to look,
never which ones (one of them is the answer: a list would make it a coin toss). US and Russian sides alike."""
import pytest

import kit
from kit import exercises

ARTICLES = kit.load_articles()
PROFILE = kit.profile(ARTICLES)
SPARSEST = PROFILE.sort_values("loaded_language_per_1k").article_id.iloc[0]
WHAT = "has the fewest loaded words per 1,000 words"
CHECKS = [("loaded_language_per_1k", True), ("label_per_1k", False)]


def predict(prediction):
    return exercises.check_prediction(prediction, SPARSEST, WHAT, choices=ARTICLES.article_id)


@pytest.mark.parametrize("typed, meant", [("the wsws article", "us-rescue-of-isis-in-raqqa"),
                                          ("the anti media one", "russian-general-accuses"),
                                          ("idk the wsws one prob", "us-rescue-of-isis-in-raqqa"),
                                          ("idk the anti media one prob", "russian-general-accuses"),
                                          ("russian general one", "russian-general-accuses"),
                                          ("the us rescue one", "us-rescue-of-isis-in-raqqa")])
def test_the_prediction_reads_an_informal_id_as_the_exercises_do(typed, meant):
    result, by_id = predict(typed), predict(meant)
    assert result.status == by_id.status and result.status in ("correct", "compared"), str(result)
    assert f"read as {meant!r}" in result.message and "not one of the article ids" not in str(result), str(result)
    for column, largest in CHECKS:  # Exercises 2 and 3 read it as the same article
        top = exercises.check_top(typed, column, ARTICLES, largest=largest)
        assert top.status == exercises.check_top(meant, column, ARTICLES, largest=largest).status, str(top)


@pytest.mark.parametrize("typed, fits", [("the russia one", 2), ("the us one", 2), ("the russian one", 2),
                                         ("the global research one", 2), ("Global Research", 2)])
def test_words_that_fit_several_articles_say_how_many_and_where_never_which(typed, fits):
    ids = [i for i in ARTICLES.article_id]
    results = [predict(typed)] + [exercises.check_top(typed, c, ARTICLES, largest=lg) for c, lg in CHECKS]
    assert results[0].status == "not_answered", str(results[0])
    for result in results:
        said = str(result)
        assert f"{fits} articles in the table" in said and "article_id column" in said, said
        assert not any(i in said for i in ids), said  # no id is named: the answer would be one of two
        assert "not one of the article ids" not in said, said


def test_the_russian_and_the_us_side_get_the_same_words():
    russia, us = predict("the russia one"), predict("the us one")
    assert russia.message.replace("the russia one", "X") == us.message.replace("the us one", "X")
    for column, largest in CHECKS:
        r = exercises.check_top("the russia one", column, ARTICLES, largest=largest)
        u = exercises.check_top("the us one", column, ARTICLES, largest=largest)
        assert str(r).replace("the russia one", "X") == str(u).replace("the us one", "X")
