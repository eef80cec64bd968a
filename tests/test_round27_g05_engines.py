"""Round 27 (r27g05): 01 Exercise 3 after teacher 51 #6. Search engines from either side (Naver, Rambler, Seznam,
Sogou, Yandex's own address ya.ru; Bing, Google) name no site, alike; "google news" is quoted as typed."""
from __future__ import annotations

import pytest

from kit import exercises

SEARCHED = 'I searched "harboring and training former fighters" in quotes and found it on {} in 2017. Next I would check who wrote it.'


@pytest.mark.parametrize("engine", ["ya.ru", "naver", "rambler", "seznam", "sogou", "google", "bing", "yandex.ru"])
def test_an_engine_names_no_site(engine):
    result = exercises.check_search_report(SEARCHED.format(engine))
    assert result.status == "emerging" and f"'on {engine}' names no site" in result.message, str(result)


@pytest.mark.parametrize("engine", ["google news", "yandex news", "bing news"])
def test_the_engine_is_quoted_as_typed(engine):
    result = exercises.check_search_report(SEARCHED.format(engine))
    assert f"'on {engine}' names no site" in result.message, str(result)


@pytest.mark.parametrize("site", ["tass.ru", "rt.com", "defense.gov", "kremlin.ru"])
def test_a_site_address_still_names_a_site(site):
    result = exercises.check_search_report(SEARCHED.format(site))
    assert result.status == "mastery", str(result)
