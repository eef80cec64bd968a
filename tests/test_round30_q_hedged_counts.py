"""Round 30 q (student 45 #10): 03 Exercise 1 asks for a count. An answer that hedges its number ("like 3", "about
3", "maybe 3") gets the verdict its number gets, with a line asking for the exact count; one that gives two numbers
("3 or 4", "3-4") is not correct, whichever of them is right. The same on the article accusing the US and on the
article about Russia's charge, and on the one that quotes the Syrian and Russian side (11)."""
import pytest

import kit
from kit.exercises import check_quote_count

ARTICLES = [("us-rescue-of-isis-in-raqqa", 3), ("russia-charges-pentagon", 3), ("washington-pretends-combating-isis", 11)]


def count(answer, article_id):
    return check_quote_count(answer, kit.load_articles(), article_id)


@pytest.mark.parametrize("hedge", ["like {}", "about {}", "maybe {}", "around {}", "{}ish", "probably {}", "{}?"])
@pytest.mark.parametrize("article_id, n", ARTICLES)
def test_a_hedged_right_count_is_right_with_a_line_asking_for_the_exact_count(hedge, article_id, n):
    result = count(hedge.format(n), article_id)
    assert result.status == "correct", str(result)
    assert f"a count is exact: write just the number, {n}" in result.detail, str(result)


@pytest.mark.parametrize("hedge", ["like {}", "about {}", "maybe {}"])
@pytest.mark.parametrize("article_id, n", ARTICLES)
def test_a_hedged_wrong_count_is_told_as_that_number(hedge, article_id, n):
    result = count(hedge.format(n + 20), article_id)
    assert result.status == "incorrect", str(result)
    assert f"{n + 20} is not the number" in result.message, str(result)
    assert "a count is exact" in result.detail, str(result)


@pytest.mark.parametrize("two", ["{} or {}", "{}-{}", "{} to {}", "{} or maybe {}"])
@pytest.mark.parametrize("article_id, n", ARTICLES)
def test_two_numbers_are_not_a_count(two, article_id, n):
    result = count(two.format(n, n + 1), article_id)
    assert result.status == "incorrect", str(result)
    assert "two numbers" in result.message and "one number" in result.message, str(result)
    assert result.status != "wrong_type"


@pytest.mark.parametrize("article_id, n", ARTICLES)
def test_a_plain_count_gets_no_extra_line(article_id, n):
    for answer in (n, str(n), f"{n} quotations"):
        result = count(answer, article_id)
        assert result.status == "correct" and "a count is exact" not in str(result), str(result)
