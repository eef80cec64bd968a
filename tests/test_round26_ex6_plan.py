"""Round 26 (r26ex6, teacher 47 #6): in the 06 plan, what a government said is its own statement, never "other
coverage": the same label for every government, whichever side, whichever order, with or without "about it"."""

from __future__ import annotations

import pytest

import kit
from kit import exercises
from kit.exercises.answers import forget_attempts


def rescue():
    articles = kit.load_articles()
    return articles[articles["article_id"] == "us-rescue-of-isis-in-raqqa"]


def labels(answer):
    forget_attempts()
    result = exercises.check_lateral_plan(answer, article=rescue())
    return [line.split("):")[0] for line in result.detail.splitlines() if line.startswith("Leaves the page")]


@pytest.mark.parametrize("one, other", [("the US government", "the Syrian government"),
                                        ("the Syrian government", "the US government"),
                                        ("the Pentagon", "the Kremlin"), ("Washington", "Moscow")])
def test_every_government_statement_gets_one_label_in_either_order(one, other):
    got = labels(f"First I'd check what {one} said about it to see if they deny it. "
                 f"Then I'd check what {other} said to see if they say the same.")
    assert len(got) == 2 and len(set(got)) == 1, got
    assert "traces the claim to its original" in got[0] and "other coverage" not in got[0], got


@pytest.mark.parametrize("who", ["the US government", "the Syrian government", "the Pentagon", "the Kremlin",
                                 "Washington", "Moscow", "the US", "Russia"])
def test_said_about_it_is_the_same_statement_as_said(who):
    about = labels(f"I would look up what {who} said about the convoy to see whether they give a number.")
    bare = labels(f"I would look up what {who} said to see whether they give a number.")
    assert about == bare == ["Leaves the page (traces the claim to its original; says what it would show"], about


@pytest.mark.parametrize("outlet", ["CNN", "RT", "Al Jazeera", "Fox News"])
def test_what_an_outlet_said_about_it_stays_other_coverage(outlet):
    got = labels(f"I would look up what {outlet} said about the convoy to see whether they give a number.")
    assert got and "looks for other coverage" in got[0] and "traces" not in got[0], got
