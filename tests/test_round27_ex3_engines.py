"""Round 27 ex3 (teacher 50 #3): 01 Exercise 3. The search engines are a word set of data/word_sets.csv
(``search_engines``) a teacher can add one to, not a pattern in the code; the message quotes where the student
looked as they typed it ("on googl", not "on google"). US and Russian/Chinese engines alike."""
import pytest

from kit import exercises
from kit.wordsets import word_sets

REPORT = ('I searched "harboring and training former fighters" in quotes and found it on {} in 2017. '
          'Next I would check who wrote it.')


def test_the_engines_are_a_word_set():
    assert {"google", "bing", "yandex", "baidu"} <= word_sets().search_engines


def test_a_teacher_adds_a_search_engine(own_data):
    before = exercises.check_search_report(REPORT.format("mojeek"))
    assert before.status == "mastery", str(before)  # not a search engine the file names: read as a site
    with open(own_data / "word_sets.csv", "a", encoding="utf-8") as fh:
        fh.write("search_engines,mojeek\n")
    after = exercises.check_search_report(REPORT.format("mojeek"))
    assert after.status == "emerging" and "'on mojeek' names no site" in after.message, str(after)


@pytest.mark.parametrize("typed", ["googl", "yandx", "Google", "Yandex", "Googles page", "Yandex's page"])
def test_the_message_quotes_what_the_student_typed(typed):
    result = exercises.check_search_report(REPORT.format(typed))
    assert result.status == "emerging" and f"'on {typed}' names no site" in result.message, str(result)


@pytest.mark.parametrize("place", ["the google results", "the yandex results", "the Baidu page", "the Bing page"])
def test_an_engine_after_the_names_no_site(place):
    result = exercises.check_search_report(REPORT.format(place))
    assert result.status == "emerging" and f"'on {place}' names no site" in result.message, str(result)


@pytest.mark.parametrize("place", ["the Kremlin's page", "the Pentagon's page", "the wsws page", "the rt page"])
def test_a_site_after_the_still_counts(place):
    assert exercises.check_search_report(REPORT.format(place)).status == "mastery"


@pytest.mark.parametrize("address", ["google.com", "www.google.com", "bing.com", "yandex.ru", "www.yandex.ru",
                                     "baidu.com", "the yandex.ru page", "the google.com results"])
def test_a_search_engines_address_names_no_site(address):
    result = exercises.check_search_report(REPORT.format(address))  # teacher 50 #70: "on yandex.ru" was Mastery
    assert result.status == "emerging" and f"'on {address}' names no site" in result.message, str(result)


@pytest.mark.parametrize("address", ["wsws.org", "rt.com", "globalresearch.ca", "www.defense.gov", "tass.ru"])
def test_a_sites_address_still_counts(address):
    assert exercises.check_search_report(REPORT.format(address)).status == "mastery"
