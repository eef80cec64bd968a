"""Round 26 (r26fix01): 01 Exercise 3's search report after teacher 48. A site named as "the X website", "on X.com" or
"its on X" is a site named, whichever side runs it, and a bare verdict after it ("its on wsws, sus") is named as a
verdict (#3); a site called sketchy and a site called legit, with the site's name left out, get one level and one next
step (#4); a report that gives no date is told so before Mastery, the task asks who published it and when (#18).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kit.exercises.search_report import check_search_report

SEARCHED = 'I searched "harboring and training former fighters" in quotes and '


@pytest.mark.parametrize("site", ["the Pentagon website", "the Kremlin website", "the White House site",
                                  "the Moscow Times page", "wsws.org", "rt.com"])
def test_a_site_named_is_what_came_up(site):
    result = check_search_report(SEARCHED + f"found it on {site} in 2017. Next I would search it again in quotes to be sure.")
    assert "not what came up" not in result.message, str(result)
    assert "Says what came up" in str(result), str(result)


@pytest.mark.parametrize("site", ["the same site", "a random site", "the sketchy website"])
def test_a_site_described_is_not_named(site):
    result = check_search_report(SEARCHED + f"found it on {site}. Next I would check who runs it.")
    assert result.status != "mastery", str(result)


@pytest.mark.parametrize("site", ["wsws", "rt", "globalresearch"])
@pytest.mark.parametrize("verdict", ["sus", "legit", "kinda sketchy", "lowkey shady"])
def test_its_on_a_site_with_a_bare_verdict(site, verdict):
    result = check_search_report(f"I googled the first sentence. its on {site}, {verdict}. next idk")
    assert "not what came up" not in result.message, str(result)
    assert "Gives a verdict without checking" in str(result), str(result)
    assert result.status == "emerging", str(result)


def test_its_on_a_site_without_a_verdict_gives_no_verdict_note():
    result = check_search_report("I googled the first sentence. its on wsws, dated 28 December 2017. next idk")
    assert "Says what came up" in str(result) and "verdict" not in str(result), str(result)


@pytest.mark.parametrize("when", ["", " from December 2017"])
def test_sketchy_and_legit_get_one_level_and_one_next_step(when):
    results = [check_search_report(SEARCHED + f"found it on {called}{when}. Next I would check who runs it.")
               for called in ["a sketchy site", "a legit site", "a shady website", "a trusted site"]]
    assert len({r.status for r in results}) == 1, [str(r) for r in results]
    assert all(r.detail.splitlines()[-1] == "Name the site it came up on: its name or web address." for r in results), \
        [str(r) for r in results]
    assert all(any(n.startswith("Gives a verdict without checking") for n in r.detail.splitlines()) for r in results), \
        [str(r) for r in results]


@pytest.mark.parametrize("site", ["WSWS", "RT", "the Pentagon website", "the Kremlin website"])
def test_no_date_is_said_before_mastery(site):
    result = check_search_report(SEARCHED + f"found it on {site}. Next I would check the page to see the date and author.")
    assert result.status == "emerging", str(result)
    assert "no date shown" in str(result), str(result)


@pytest.mark.parametrize("when", ["dated 28 December 2017", "in 2017", "with no date shown"])
def test_a_date_or_no_date_reaches_mastery(when):
    result = check_search_report(SEARCHED + f"found it on wsws.org {when}. Next I would check who runs wsws.")
    assert result.status == "mastery", str(result)


def test_the_lessons_model_answer_reaches_mastery():
    cells = json.loads(Path(__file__).parents[1].joinpath("instructor", "01-meet-the-corpus.ipynb").read_text())["cells"]
    source = next("".join(c["source"]) for c in cells if "check_search_report(answer)" in "".join(c["source"]))
    namespace: dict = {}
    exec(source.split("\n")[0].replace("# SOLUTION", ""), namespace)
    assert check_search_report(namespace["answer"]).status == "mastery"
