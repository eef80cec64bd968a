"""03 Exercise 3 after teacher 49 (#5): each figure is credited to the one named next to it ("X's number is N"), in
either order; a figure given as the possession of someone the kit does not know by that name ("the coalition's
number is 3,500") is never credited to a party named earlier in the sentence. Both sides alike; sentences made up,
expected figures computed by the kit from the data."""
import pytest

import kit
from kit.exercises.evidence import credited_figures, held_accounts, party_accounts


@pytest.fixture(scope="module")
def accounts():
    held = held_accounts(kit.load_articles())
    return held + party_accounts(held)


@pytest.fixture(scope="module")
def check(ex3_figure_check):
    return ex3_figure_check


def figures_of(sentence, accounts):
    return {f: sorted(a["label"] for a in who) for f, who in credited_figures(sentence, accounts)}


# "the council": an owner the kit does not know ("the coalition" is a party of data/concepts.csv since round 27 ex3,
# teacher 50 #5: its figures are checked as the Pentagon's and Russia's are, tests/test_round27_ex3_coalition.py)
@pytest.mark.parametrize("known, other", [("The SDF", "the council"), ("The Pentagon", "the ministry"),
                                          ("Russia", "the ministry"), ("The Kremlin", "the council")])
@pytest.mark.parametrize("mark", ["'s", "s", "’s"])
def test_an_unknown_owner_keeps_its_own_figure(accounts, known, other, mark):
    sentence = f"{known}{mark} number is 4,000 people and {other}{mark} number is 3,500 civilians."
    found = figures_of(sentence, accounts)
    assert "3,500" not in found and list(found) == ["4,000"], found
    back = figures_of(f"{other.capitalize()}{mark} number is 3,500 civilians and {known.lower() if known.startswith('The') else known}{mark} number is 4,000 people.", accounts)
    assert list(back) == ["4,000"], back


@pytest.mark.parametrize("first, second", [("The SDF's number is 4,000 people", "the coalition's number is 3,500 civilians"),
                                           ("The SDFs number is 4,000 people", "the coalitions number is 3,500 civilians")])
def test_the_teachers_sentence_is_not_told_3500_is_the_sdfs(check, first, second):
    for sentence in (f"{first} and {second}.", f"{second[0].upper()}{second[1:]} and {first[0].lower()}{first[1:]}."):
        result = check(sentence)
        assert "'3,500' as the SDF's" not in result.detail, result.detail
        assert "'4,000' as the SDF's" in result.detail, result.detail  # the SDF's own figure is still checked


def test_a_verb_of_saying_is_no_owner(accounts):
    assert list(figures_of("Silo says it is 3,500 people.", accounts)) == ["3,500"]
