"""Round 26, lead (teacher 50 #3): 01 Exercise 3. Every search engine is where the student looked, not the site the
text came up on: Yandex and Baidu as Google and Bing (the US and the Russian/Chinese engines alike)."""
import pytest

from kit import exercises

REPORT = ('I searched "harboring and training former fighters" in quotes and found it on {} in 2017. '
          'Next I would check who wrote it.')


@pytest.mark.parametrize("place", ["yandex", "Yandex's page", "baidu", "google", "Google's page"])
def test_every_search_engine_names_no_site(place):
    result = exercises.check_search_report(REPORT.format(place))
    assert result.status == "emerging" and "names no site" in result.message, str(result)


@pytest.mark.parametrize("place", ["wsws.org", "rt.com", "the Kremlin's page", "the Pentagon's page"])
def test_a_site_still_counts(place):
    assert exercises.check_search_report(REPORT.format(place)).status == "mastery"
