"""Teacher 47 #1: in 03 Exercise 3 an article named by its title or its outlet is that article's account, on either
side: "Russia Charges Pentagon says 4,000" is the article's figure, not the Pentagon's, and "US Rescue of ISIS in
Raqqa Exposed says 500" is checked against that article as its id is. Sentences are made up."""
import pytest

TAIL = (" They count different people. I would check the Pentagon briefing transcript and the SDF's own figures to "
        "see which number is right, and where each number came from.")


@pytest.mark.parametrize("name", ["russia-charges-pentagon", "Russia Charges Pentagon", "the Russia charges Pentagon article",
                                  "the russia charges pentagon one"])
def test_the_russian_titled_article_by_title_is_the_article(lesson03_ex3_check, name):
    result = lesson03_ex3_check(f"The spokesman says 3,500 civilians came out, but {name} says 4,000, all but about "
                                "500 armed." + TAIL)
    assert "Pentagon's words" not in result.detail, result
    assert result.status == "mastery", result


@pytest.mark.parametrize("name", ["us-rescue-of-isis-in-raqqa", "US Rescue of ISIS in Raqqa Exposed",
                                  "the US rescue article", "the wsws article"])
def test_the_us_titled_article_by_title_is_checked_as_its_id_is(lesson03_ex3_check, name):
    result = lesson03_ex3_check(f"The spokesman says 3,500 civilians came out, but {name} says 4,000, all but about "
                                "500 armed." + TAIL)
    assert "'500' is not in us-rescue-of-isis-in-raqqa" in result.detail, result
    assert result.status == "emerging", result
