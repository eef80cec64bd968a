"""Round 26 g06 (teacher 49 #8): 01 Exercise 3. A search engine (Google, Bing …) or the article's own page, with
or without the apostrophe, is where the student looked, not the site the text came up on: no Mastery, and the
next step asks for the site's name. A site named either way (the Pentagon's, the Kremlin's) still counts."""
import pytest

from kit import exercises

REPORT = ('I searched "harboring and training former fighters" in quotes and found it on {} in 2017. '
          'Next I would check who wrote it.')


@pytest.mark.parametrize("place", ["googles page", "google's page", "Googles page", "Google's page", "bings page",
                                   "Bing's search results", "google", "duckduckgo", "the articles page",
                                   "the article's page", "the articles site", "the article's website"])
def test_a_search_engine_or_the_article_s_page_names_no_site(place):
    result = exercises.check_search_report(REPORT.format(place))
    assert result.status == "emerging", str(result)
    assert "names no site" in result.message, str(result)
    assert "Name the site it came up on" in str(result), str(result)


@pytest.mark.parametrize("place", ["the Pentagon's page", "the Kremlin's page", "the Pentagons page", "the Kremlins page",
                                   "wsws.org", "rt.com"])
def test_a_site_named_either_way_still_counts(place):
    assert exercises.check_search_report(REPORT.format(place)).status == "mastery"
