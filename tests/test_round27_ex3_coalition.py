"""Round 27 ex3 (teacher 50 #5): 03 Exercise 3 reads "the coalition" ("the coalition's", "the coalitions number")
as the party data/concepts.csv names (its Coalition rows), and checks a figure credited to it against every account
of that party, as for the Pentagon, Washington, Russia, the Kremlin, Moscow and Damascus. Teacher 49 #5 stays fixed:
the coalition's own figure is not flagged. Sentences made up; the figures expected are computed by the kit."""
import pytest
from written_helpers import sources_texts

from kit.exercises.evidence import credited_figures, held_accounts, party_accounts
from kit.exercises.figure_parties import party_names


@pytest.fixture(scope="module")
def held():
    return held_accounts(sources_texts())


@pytest.fixture(scope="module")
def parties(held):
    return {a["names"][0]: a for a in party_accounts(held)}


@pytest.fixture(scope="module")
def check(ex3_figure_check):
    return ex3_figure_check


WHO = ["The coalition", "The US-led coalition", "The Pentagon", "Washington", "Russia", "The Kremlin", "Moscow",
       "Damascus"]


def not_theirs(held, parties):
    """A figure one speaker gives (no party's spokesman) and none of the parties in WHO gives."""
    theirs = {f for who in WHO for f in parties[who.lower().removeprefix("the ")]["figures"]}
    spoken = sorted({w for a in held if a["one_voice"] and not a["parties"] for f, w in a["written"].items()
                     if f not in theirs and not a.get("excepted")})
    assert spoken, "no speaker's figure that none of these parties gives"
    return spoken[0]


def test_the_coalition_is_a_party_with_all_its_accounts(parties):
    assert party_names()["coalition"] == "Coalition"
    assert parties["coalition"]["figures"] and parties["coalition"]["figures"] == parties["us-led coalition"]["figures"]
    assert "civilians" not in party_names() and "rebels" not in party_names()  # no "the" in the table: no party


SHAPES = ["{who} says {figure} people left.", "{who}'s number is {figure} people.", "{who}s number is {figure} people."]


# "Damascuss number" is no way to write it: a name that ends in "s" takes no second "s"
@pytest.mark.parametrize("who, shape", [(w, s) for w in WHO for s in SHAPES if not (s.startswith("{who}s") and w.endswith("s"))])
def test_a_figure_not_the_partys_is_flagged_for_every_party(check, held, parties, who, shape):
    figure = not_theirs(held, parties)
    label = parties[who.lower().removeprefix("the ")]["label"]
    result = check(shape.format(who=who, figure=figure))
    assert f"do not give '{figure}' as {label} figure" in result.detail, result.detail


@pytest.mark.parametrize("who", ["The coalition", "The Pentagon", "Washington", "Russia", "The Kremlin", "Moscow"])
def test_the_partys_own_figure_is_not_flagged(check, parties, who):
    figure = max(parties[who.lower().removeprefix("the ")]["written"].values(), key=lambda w: int(w.replace(",", "")))
    result = check(who, figure)
    assert f"'{figure}'" not in result.detail, result.detail


def test_the_coalitions_figure_is_credited_to_it(held, parties):
    found = dict(credited_figures("The SDF's number is 4,000 people and the coalition's number is 3,500 civilians.",
                                  held + list(parties.values())))
    assert [a["label"] for a in found["3,500"]] == ["the coalition's"]


def test_teacher_49_5_stays_fixed_and_both_figures_are_checked(check, parties):
    own = parties["coalition"]["written"]
    big = max(own.values(), key=lambda w: int(w.replace(",", "")))  # the coalition's own figure
    ok = check(f"The SDF's number is 4,000 people and the coalition's number is {big} civilians.")
    assert f"'{big}'" not in ok.detail and "'4,000' as the SDF's" in ok.detail, ok.detail
    swapped = check(f"The coalition's number is 4,000 people and the SDF's number is {big} civilians.")
    assert "'4,000' as the coalition's figure" in swapped.detail, swapped.detail
    assert f"'{big}' as the SDF's figure" in swapped.detail, swapped.detail
