"""Round 25 (teacher 44 #14): a negated "really" ("isnt really", "not really") holds back, it is not a booster.

The rule is a row of data/context_rules.csv; the US and the Russian side of each sentence are read alike.
"""

import pytest

import kit
from kit.exercises import check_neutral_headline

PAIRS = [
    ("Global Research says US isnt really fighting ISIS", "RT says Russia isnt really fighting ISIS"),
    ("The Pentagon is not really fighting ISIS.", "The Kremlin is not really fighting ISIS."),
    ("Washington doesn’t really want peace.", "Moscow doesn’t really want peace."),
    ("The US never really left Syria.", "Russia never really left Syria."),
]


def boosters(text):
    table = kit.annotate(text)
    return table[table["category"] == "booster"]["term"].str.lower().tolist()


@pytest.mark.parametrize("us, russia", PAIRS)
def test_negated_really_is_not_a_booster(us, russia):
    assert boosters(us) == [] and boosters(russia) == []


@pytest.mark.parametrize("text", ["The Pentagon really fought ISIS.", "The Kremlin really fought ISIS.",
                                  "The US is really not fighting ISIS.", "Russia is really not fighting ISIS."])
def test_really_that_stresses_stays_a_booster(text):
    assert boosters(text) == ["really"]


@pytest.mark.parametrize("answer, original", [
    ("Global Research says US isnt really fighting ISIS", "US pretends to fight ISIS"),
    ("Russian media say Russia isnt really fighting ISIS", "Russia pretends to fight ISIS"),
])
def test_headline_check_does_not_call_it_a_booster(answer, original):
    result = check_neutral_headline(answer, original)
    assert "'really'" not in result.message and "booster" not in str(result.detail).lower()
