"""Round 29 ex3: 03 Exercise 3, a figure given as a party's stand on a report, and a reporter named after the figure.

1. "X welcomed/praised/hailed/cited/pointed to the report that 4,000 left" states X's stand for the figure, as "X
   backed the report that …" does (round 28): the figure is checked as X's. The reading is one rule: a verb of saying
   or of a view the kit knows (the attribution word list, ``agrees``, ``view_verbs``), with a report for its object
   (``figure_reports.side_taken``). A verb of denial ("rejected", "dismissed", ``denial_verbs``) is X's stand against
   the figure: wrong where X gives the figure itself, not checkable where X does not. "Read the report" takes no side.
2. An unknown reporter named after the figure ("4,000 left, Ivan Petrov says", "…, according to John Smith") is told
   "The kit holds no account by …", as one named before it is.

Made-up sentences, each side alike: Russia, the Kremlin, Moscow, the Syrian government; the US, the Pentagon,
Washington, the coalition."""
import pytest
from made_up import credited, figure_accounts

PARTIES = ["Russia", "The Kremlin", "Moscow", "The Syrian government", "The US", "The Pentagon", "Washington",
           "The coalition"]
FOR = ["welcomed", "praised", "hailed", "cited", "pointed to", "applauded"]
AGAINST = ["rejected", "dismissed", "disputed", "denied"]
#: a figure each side's own accounts give (the US side's spokesman: 3,500; Russia's ministry: 750)
OWN = {"Russia": "750", "The Kremlin": "750", "Moscow": "750", "The US": "3,500", "The Pentagon": "3,500",
       "Washington": "3,500", "The coalition": "3,500"}


@pytest.fixture(scope="module")
def accounts():
    return figure_accounts()


@pytest.mark.parametrize("party", PARTIES)
@pytest.mark.parametrize("verb", FOR + AGAINST)
def test_a_stand_on_a_report_credits_its_figure_to_the_party(accounts, party, verb):
    says = credited(f"{party} says 4,000 people left Raqqa.", accounts)
    assert says and says[0][0] == "4,000", says
    assert credited(f"{party} {verb} the report that 4,000 people left Raqqa.", accounts) == says
    assert credited(f"{party} {verb} the claim that 4,000 people left Raqqa.", accounts) == says


@pytest.mark.parametrize("party", PARTIES)
def test_a_stand_on_the_figure_of_a_count_is_the_partys_too(accounts, party):
    says = credited(f"{party} says 4,000 people left Raqqa.", accounts)
    assert credited(f"{party} welcomed the figure of 4,000 people who left Raqqa.", accounts) == says
    # "the figure is": no report of its own, the sayer's figure
    assert credited(f"{party} says the figure is 4,000.", accounts) == says


def test_which_side_a_verb_takes_comes_from_the_kits_word_sets():
    from kit.exercises.figure_reports import side_taken, stance_against

    assert [side_taken(v) for v in FOR] == ["for"] * len(FOR)
    assert [side_taken(v) for v in AGAINST] == ["against"] * len(AGAINST)
    assert side_taken("read") == side_taken("studied") == ""
    assert stance_against("moscow rejected the ") and stance_against("washington dismissed the ")
    assert not stance_against("moscow welcomed the ") and not stance_against("washington welcomed the ")


@pytest.mark.parametrize("party", PARTIES)
@pytest.mark.parametrize("verb", ["welcomed", "hailed", "pointed to"])
def test_a_wrong_figure_welcomed_by_a_party_is_checked_as_agreed_is(ex3_figure_check, party, verb):
    agreed = ex3_figure_check(f"{party} agreed that 4,000 people came out of Raqqa.")
    result = ex3_figure_check(f"{party} {verb} the report that 4,000 people came out of Raqqa.")
    assert "Mastery" not in result.status and result.status == agreed.status, (result.status, result.detail)
    assert "do not give '4,000' as" in result.detail and "Decides the claim" not in result.detail, result.detail


@pytest.mark.parametrize("party", PARTIES)
@pytest.mark.parametrize("verb", ["rejected", "dismissed"])
def test_a_stand_against_a_figure_the_party_does_not_give_is_not_checkable(ex3_figure_check, party, verb):
    result = ex3_figure_check(f"{party} {verb} the report that 4,000 people came out of Raqqa.")
    who = party.removeprefix("The ").removeprefix("the ")
    assert "is against '4,000': the texts it holds give no words of" in result.detail, result.detail
    assert who in result.detail.split("is against '4,000'")[0], result.detail
    assert "does not count as your example" in result.detail and "Mastery" not in result.status, result.detail
    assert "do not give '4,000' as" not in result.detail, result.detail  # nobody said the party gives it


@pytest.mark.parametrize("party", list(OWN))
@pytest.mark.parametrize("verb", ["rejected", "dismissed"])
def test_a_stand_against_the_partys_own_figure_is_wrong(ex3_figure_check, party, verb):
    figure = OWN[party]
    result = ex3_figure_check(f"{party} {verb} the report that {figure} people came out of Raqqa.")
    assert f"give '{figure}' as" in result.detail and "own figure, but your sentence says" in result.detail, result.detail
    assert "Mastery" not in result.status, (result.status, result.detail)
    welcomed = ex3_figure_check(f"{party} welcomed the report that {figure} people came out of Raqqa.")
    assert "own figure" not in welcomed.detail and "do not give" not in welcomed.detail, welcomed.detail


@pytest.mark.parametrize("party", PARTIES)
def test_reading_a_report_takes_no_side(accounts, party):
    assert not any(f == "4,000" for f, _ in credited(f"{party} read the report that 4,000 people left Raqqa.", accounts))


@pytest.mark.parametrize("who", ["Ivan Petrov", "John Smith", "Oleg Popov", "Tom Brown"])
@pytest.mark.parametrize("form", ["4,000 people came out of Raqqa, {who} says.",
                                  "4,000 people came out of Raqqa, according to {who}.",
                                  "4,000 people came out of Raqqa, says {who}.",
                                  "4,000 people came out of Raqqa, {who} said on Monday."])
def test_an_unknown_reporter_after_the_figure_is_told_as_before_it(ex3_figure_check, who, form):
    before = ex3_figure_check(f"{who} says 4,000 people came out of Raqqa.")
    result = ex3_figure_check(form.format(who=who))
    told = f"The kit holds no account by {who}, so it cannot check '4,000' as {who}'s, and it does not count as your example"
    assert told in result.detail, result.detail
    assert result.status == before.status, (result.status, before.status)


@pytest.mark.parametrize("party", PARTIES)
def test_a_known_reporter_after_the_figure_is_no_unknown_one(ex3_figure_check, party):
    result = ex3_figure_check(f"4,000 people came out of Raqqa, {party.lower() if party.startswith('The ') else party} says.")
    assert "The kit holds no account by" not in result.detail, result.detail


def test_a_figure_after_the_closing_name_is_not_its_report():
    from kit.exercises.figure_reports import unknown_reporter

    # "…, Ivan Petrov says, and 300 were fighters": the closing report is the last figure's, not the first's
    assert unknown_reporter("4,000 left, Ivan Petrov says, and 300 stayed.", 0, [], 5) == ""
