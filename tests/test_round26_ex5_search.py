"""Round 26 (r26ex5): 01 Exercise 3's search report. A next step that checks the date and the author is what the
exercise asks for (teacher 47 #8), on any outlet; a search in quotes already done is not asked for again, whichever
way the student judged the site (teacher 46 #11).
"""
from __future__ import annotations

import pytest

from kit.exercises.search_report import check_search_report

SEARCH = 'I searched "organized a four-mile-long convoy to evacuate thousands of ISIS fighters". It came up on {site} dated November 2017. '


@pytest.mark.parametrize("site, page", [("rt.com", "rt"), ("wsws.org", "wsws"), ("bbc.co.uk", "bbc")])
@pytest.mark.parametrize("step", ["Next I would check the {page} page to see the date and author.",
                                  "Next I would look at the {page} page for the author and the date.",
                                  "Then I would find the author on the {page} page."])
def test_the_date_and_the_author_are_a_next_step(site, page, step):
    result = check_search_report(SEARCH.format(site=site) + step.format(page=page))
    assert result.status == "mastery", str(result)


@pytest.mark.parametrize("site, page", [("rt.com", "rt"), ("wsws.org", "wsws")])
def test_a_page_named_with_nothing_to_check_is_still_vague(site, page):
    result = check_search_report(SEARCH.format(site=site) + f"Next I would check the {page} page.")
    assert result.status == "emerging" and "not what you would check there" in result.message, str(result)


@pytest.mark.parametrize("called", ["a sketchy site", "a legit site", "some shady website", "a trusted site"])
def test_a_search_done_is_not_asked_for_again(called):
    answer = f'I searched "US special operations troops are secretly harboring" and found it on {called}. Next I would check who runs it.'
    result = check_search_report(answer)
    assert result.status == "beginning", str(result)
    assert "Name the site it came up on" in str(result), str(result)
    assert "Search one of its sentences in quotation marks" not in str(result), str(result)


def test_no_search_is_still_asked_for():
    result = check_search_report("I googled it and it was on a sketchy site.")
    assert "Search one of its sentences in quotation marks" in str(result), str(result)
