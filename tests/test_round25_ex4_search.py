"""Round 25 (r25ex4), teacher 45 #8: 01 Exercise 3 (a search, reported). A vague report with a verdict ("it was on a
sketchy site") scores no higher than a concrete one; unquoted words searched and a bare site name found are what was
searched and what came up; a next step that asks "if its cap" names the verdict. WSWS and RT alike (mirror)."""
from __future__ import annotations

import re

import pytest

from kit.exercises import check_search_report
from kit.exercises.search_report import JUDGES
from kit.exercises.verdicts import verdict_words

LEVELS = ["beginning", "emerging", "mastery"]


@pytest.mark.parametrize("site", ["wsws", "rt"])
def test_a_concrete_report_says_what_was_searched_and_what_came_up(site):
    result = check_search_report(f"I searched harboring and training former fighters. I found {site}. idk")
    assert result.status == "emerging", str(result)
    assert "not what you searched" not in str(result) and "not what came up" not in str(result), str(result)
    assert f"Says what came up: “I found {site}.”" in str(result), str(result)


@pytest.mark.parametrize("verb", ["googled", "searched"])
@pytest.mark.parametrize("judged", ["sketchy", "shady", "dodgy"])
def test_a_site_judged_and_not_named_scores_below_a_concrete_report(verb, judged):
    vague = check_search_report(f"I {verb} the title and it was on a {judged} site lol")
    concrete = check_search_report("I searched harboring and training former fighters. I found wsws. idk")
    assert LEVELS.index(vague.status) < LEVELS.index(concrete.status), str(vague)
    assert "verdict" in vague.message and "which site came up" in vague.message, str(vague)


@pytest.mark.parametrize("site", ["wsws.org", "rt.com"])
@pytest.mark.parametrize("word", ["cap", "legit", "sus", "true", "fake"])
def test_a_next_step_that_asks_for_a_verdict_names_it(site, word):
    result = check_search_report(f"I searched the title and found it on {site}. Next I would check if its {word}")
    assert result.status == "emerging", str(result)
    assert f"asks whether it is '{word}', which is a verdict" in result.message, str(result)
    assert "says where to look" not in str(result), str(result)


def test_a_cap_on_numbers_is_no_verdict_asked():
    result = check_search_report("I searched the title and found it on rt.com. Next I would check if it is a cap "
                                 "on numbers")
    assert "which is a verdict" not in str(result), str(result)


def test_the_verdict_words_are_the_data_files():
    # one list: every verdict word of data/verdict_words.csv is a verdict here, both sides ("sketchy" and "legit")
    for word in ("sketchy", "legit", "sus", "honest", "lying"):
        assert re.search(JUDGES.format(words=verdict_words()), f"it was on a {word} site"), word
