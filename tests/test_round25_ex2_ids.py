"""Round 25, 02 ids (student 38 #11): one id repair reads an id from words of the id or the title, for every check
that takes one; a single word that fits more than one article stays a question. US and Russian ids alike."""

import pytest

import kit
from kit import exercises
from kit.exercises.answers import repair_id
from kit.exercises.helpers import id_aliases

IDS = ["russia-charges-pentagon", "russian-general-accuses", "us-rescue-of-isis-in-raqqa",
       "us-fighting-isis-or-liquidating-assets", "washington-pretends-combating-isis"]


@pytest.mark.parametrize("answer, meant", [("russian general one", "russian-general-accuses"),
                                           ("the us rescue one", "us-rescue-of-isis-in-raqqa"),
                                           ("the russia charges one", "russia-charges-pentagon"),
                                           ("the washington pretends one", "washington-pretends-combating-isis")])
def test_words_of_one_id_are_that_id(answer, meant):
    assert repair_id(answer, IDS) == (meant, "")


@pytest.mark.parametrize("answer", ["the russia one", "the us one", "the isis one", "the pentagon one"])
def test_one_word_that_fits_several_or_names_a_topic_stays_a_question(answer):
    assert repair_id(answer, IDS)[0] is None


@pytest.mark.parametrize("answer", ["russian general one", "us rescue one"])
def test_both_exercises_of_02_read_it_the_same(answer):
    articles = kit.load_articles()
    ex2 = exercises.check_top(answer, "loaded_language_per_1k", articles)
    ex3 = exercises.check_top(answer, "label_per_1k", articles, largest=False)
    for result in (ex2, ex3):
        assert "not one of the article ids" not in str(result), str(result)
        assert "read as" in str(result) or result.status in ("correct", "incorrect", "partly"), str(result)


def test_a_title_word_counts_too():
    articles = kit.load_articles()
    titles = id_aliases(articles)
    assert repair_id("russia one", IDS, titles)[0] is None
