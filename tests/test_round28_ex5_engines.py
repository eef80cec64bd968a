"""Round 28 (r28ex5), teacher 51 #6: 01 Exercise 3, every search engine as google is, whichever country it comes from.
ecosia, startpage, qwant, duckduckgo, brave search and bing already are; an engine's name written as the words it is
spoken in ("duck duck go"), its search address ("search.brave.com", "go.mail.ru") and the portals that search as
yahoo does (aol, the US one; mail.ru, the Russian one) are rows of the word set ``search_engines`` of
data/word_sets.csv. A site still counts."""
import pytest

from kit import exercises

REPORT = ('I searched "harboring and training former fighters" in quotes and found it on {} in 2017. '
          'Next I would check who wrote it.')


@pytest.mark.parametrize("engine", ["google", "ecosia", "startpage", "qwant", "duckduckgo", "brave search", "bing",
                                    "Bing", "DuckDuckGo", "duck duck go", "Duck Duck Go", "search.brave.com",
                                    "yahoo", "aol", "AOL", "mail.ru", "go.mail.ru", "yandex", "ya.ru"])
def test_an_engine_names_no_site(engine):
    result = exercises.check_search_report(REPORT.format(engine))
    assert result.status == "emerging" and f"'on {engine}' names no site" in result.message, str(result)


@pytest.mark.parametrize("site", ["wsws.org", "rt.com", "the Pentagon's page", "the Kremlin's page", "tass.ru"])
def test_a_site_still_counts(site):
    assert exercises.check_search_report(REPORT.format(site)).status == "mastery"
