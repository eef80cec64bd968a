"""Round 26 fix06 (teacher 48 #13): in 02, words that fit one article only ("the pentagon one", "the washington
one") are read as that article in the prediction cell and in Exercises 2 and 3, as "the wsws one" is; words that
fit several ("the russia one", "the us one") are a question in all three cells alike ("… Not answered yet"), never
marked wrong in one cell and not in another."""
import pytest

import kit
from kit import exercises

ARTICLES = kit.load_articles()
SPARSEST = kit.profile(ARTICLES).sort_values("loaded_language_per_1k").article_id.iloc[0]
CHECKS = [("loaded_language_per_1k", True), ("label_per_1k", False)]


def predict(prediction):
    return exercises.check_prediction(prediction, SPARSEST, "has the fewest loaded words per 1,000 words",
                                      choices=ARTICLES.article_id)


@pytest.mark.parametrize("typed, meant", [("the pentagon one", "russia-charges-pentagon"),
                                          ("the washington one", "washington-pretends-combating-isis"),
                                          ("the wsws one", "us-rescue-of-isis-in-raqqa")])
def test_words_of_one_article_only_are_read_as_it_in_every_cell(typed, meant):
    result = predict(typed)
    assert result.status == predict(meant).status and f"read as {meant!r}" in result.message, str(result)
    assert "did you mean" not in str(result), str(result)
    for column, largest in CHECKS:
        top = exercises.check_top(typed, column, ARTICLES, largest=largest)
        assert top.status == exercises.check_top(meant, column, ARTICLES, largest=largest).status, str(top)
        assert "did you mean" not in str(top), str(top)


@pytest.mark.parametrize("typed", ["the russia one", "the us one", "the global research one"])
def test_words_of_several_articles_are_the_same_question_in_every_cell(typed):
    results = [predict(typed)] + [exercises.check_top(typed, c, ARTICLES, largest=lg) for c, lg in CHECKS]
    assert {r.status for r in results} == {"not_answered"}, [str(r) for r in results]
    assert len({r.message for r in results}) == 1, [r.message for r in results]
