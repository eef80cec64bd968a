"""Round 28 g3 (teacher 52 #1, #2): "X backed/supported/endorsed/agreed with the report that 4,000 left" states X's
stand on a figure, so the figure is checked as X's, as "X agreed that 4,000 left" is: never ● Mastery with the wrong
figure quoted as the example, and "supported" is no verdict of the student's ("decides the claim") while "backed" is
not: one word set (``agrees`` of data/headline_words.csv) for all of them. Made-up sentences, each side alike."""
import pytest
from made_up import credited, figure_accounts

from kit.exercises.figure_reports import without_stances

PARTIES = ["Russia", "The Kremlin", "Moscow", "The US", "The Pentagon", "Washington", "The coalition"]
STANCES = ["backed", "supported", "endorsed", "agreed with"]


@pytest.fixture(scope="module")
def accounts():
    return figure_accounts()


@pytest.mark.parametrize("party", PARTIES)
@pytest.mark.parametrize("verb", STANCES)
def test_a_stand_on_a_report_credits_its_figure_to_the_party(accounts, party, verb):
    says = credited(f"{party} says 4,000 people left Raqqa.", accounts)
    assert says and says[0][0] == "4,000", says
    assert credited(f"{party} {verb} the report that 4,000 people left Raqqa.", accounts) == says


@pytest.mark.parametrize("party", PARTIES)
@pytest.mark.parametrize("verb", STANCES)
def test_a_wrong_figure_backed_by_a_party_is_checked_as_agreed_is(ex3_figure_check, party, verb):
    agreed = ex3_figure_check(f"{party} agreed that 4,000 people came out of Raqqa.")
    result = ex3_figure_check(f"{party} {verb} the report that 4,000 people came out of Raqqa.")
    assert "Mastery" not in result.status and result.status == agreed.status, (result.status, result.detail)
    assert "do not give '4,000' as" in result.detail and "Decides the claim" not in result.detail, result.detail


def test_a_verdict_on_what_a_party_did_is_still_a_verdict():
    low = "the us supported isis, and russia supported the report that 4,000 left, as the kremlin backed the claim."
    assert without_stances(low) == "the us supported isis, and russia the report that 4,000 left, as the kremlin the claim."
