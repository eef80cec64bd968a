"""03 Exercise 3, one mechanism (r26ex3 #6): the verbs that hand a figure on to another account are the attribution
word list's (data/lexicons/attribution.csv), and an article's short title names stop before a function word
("Syria: Is US Fighting ISIS …?" is no "syria is"). Sentences are made up; each side alike."""

import pytest

import kit
from kit.exercises.evidence import title_names


@pytest.mark.parametrize("sentence, first", [
    ("The spokesman says 3,500 but the other account insists 4,000 left.", "the spokesman's words"),
    ("Silo says 4,000 but the other account insists 3,500 left.", "Talal Silo's words"),
])
def test_a_verb_of_saying_from_the_word_list_hands_the_figure_on(ex3_figure_check, sentence, first):
    result = ex3_figure_check(sentence)  # "insists" is in the attribution word list, not in a list of the check's
    assert f"is not in {first}" not in result.detail, result.detail
    assert result.status == "mastery", result


def test_a_title_cut_at_a_function_word_names_no_article(ex3_figure_check):
    result = ex3_figure_check("Syria is where 4,000 people came out of Raqqa.")
    assert "us-fighting-isis-or-liquidating-assets" not in result.detail, result.detail


@pytest.mark.parametrize("side", ["Russia", "US"])
def test_a_made_up_title_of_either_side_is_cut_alike(side):
    import pandas as pd

    table = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [f"{side}: Is It Fighting ISIS?"]})
    assert title_names(next(table.itertuples()), table) == [f"{side.lower()} is it fighting isis"]


def test_short_title_names_end_before_a_function_word():
    articles = kit.load_articles()
    names = {row.article_id: title_names(row, articles) for row in articles.itertuples()}
    assert "syria is" not in names["us-fighting-isis-or-liquidating-assets"], names
    assert "us rescue of" not in names["us-rescue-of-isis-in-raqqa"], names
    assert "russia charges pentagon" in names["russia-charges-pentagon"] and "us rescue" in names["us-rescue-of-isis-in-raqqa"]
