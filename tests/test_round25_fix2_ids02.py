"""Round 25 fix2 (teacher 46 #10): 02's informal ids. Words that fit several articles ask which of them, naming
each; an outlet with 'the … one/article' reads as the bare outlet does (one article here: that id, and said;
several: ask which, naming them). US and Russian sides alike."""
import pytest

import kit
from kit import exercises

CHECKS = [("loaded_language_per_1k", True), ("label_per_1k", False)]


@pytest.mark.parametrize("answer, ids", [("the russia one", ["russia-charges-pentagon", "russian-general-accuses"]),
                                         ("the us one", ["us-rescue-of-isis-in-raqqa",
                                                         "us-fighting-isis-or-liquidating-assets"])])
@pytest.mark.parametrize("column, largest", CHECKS)
def test_words_that_fit_two_articles_ask_which_naming_both(answer, ids, column, largest):
    result = exercises.check_top(answer, column, kit.load_articles(), largest=largest)
    # teacher 48 #13: a question ("… Not answered yet"), as in the prediction cell, not a wrong answer
    assert result.status == "not_answered" and "not one of the article ids" not in str(result), str(result)
    # round 26 (student 40 #11): how many and where, never which (one of the two is the answer)
    assert "fits 2 articles" in result.message and not any(i in str(result) for i in ids), str(result)


@pytest.mark.parametrize("answer, outlet, meant", [("the wsws article", "WSWS", "us-rescue-of-isis-in-raqqa"),
                                                   ("the anti-media one", "Anti-Media", "russian-general-accuses"),
                                                   ("wsws", "WSWS", "us-rescue-of-isis-in-raqqa"),
                                                   ("anti-media", "Anti-Media", "russian-general-accuses")])
@pytest.mark.parametrize("column, largest", CHECKS)
def test_an_outlet_with_one_article_reads_as_that_article_and_says_so(answer, outlet, meant, column, largest):
    articles = kit.load_articles()
    result = exercises.check_top(answer, column, articles, largest=largest)
    by_id = exercises.check_top(meant, column, articles, largest=largest)
    assert result.status == by_id.status, (str(result), str(by_id))
    assert f"{outlet!r} is an outlet" in str(result) and repr(meant) in str(result), str(result)


@pytest.mark.parametrize("answer", ["the global research one", "Global Research", "the global research article"])
def test_an_outlet_with_two_articles_asks_which_naming_them(answer):
    result = exercises.check_top(answer, "loaded_language_per_1k", kit.load_articles())
    assert result.status == "not_answered" and "which of its articles" in result.message, str(result)
    # round 26 (student 40 #11): how many and where, never which (one of the two is the answer)
    assert "2 articles" in result.message and "us-fighting-isis-or-liquidating-assets" not in str(result), str(result)
    assert "washington-pretends-combating-isis" not in str(result), str(result)
