"""Round 28 ex3: 03 Exercise 3's figures and who reports them. A verb of the attribution list that is no speech (a
stand, "supported", the kit's ``view_verbs``; an order, "ordered", ``not_speech`` of data/headline_words.csv) or a
noun of report after "the" ("backed the report that …", ``report_nouns``) makes no reporter of the name before it, as
"says" does. A reporter the kit does not know ("Ivan Petrov says 4,000 left") leaves the figure unchecked, and the
student is told so in a plain sentence. Made-up sentences, each side alike (Russia, the Kremlin, Moscow, Syria; the
US, the Pentagon, Washington, the coalition)."""
import pytest
from made_up import credited, figure_accounts

from kit.exercises.evidence import held_accounts, party_accounts
from kit.exercises.figure_reports import reporting_words

PARTIES = ["Russia", "The Kremlin", "Moscow", "The Syrian government", "The US", "The Pentagon", "Washington",
           "The coalition"]


@pytest.fixture(scope="module")
def accounts():
    return figure_accounts()


@pytest.mark.parametrize("party", PARTIES)
@pytest.mark.parametrize("verb", ["read"])  # "backed" (r28g3), "welcomed", "rejected" (r29ex3) state its stand
def test_a_party_that_backs_a_report_is_not_its_reporter(accounts, party, verb):
    says = credited(f"{party} says 4,000 people left Raqqa.", accounts)
    assert says and says[0][0] == "4,000", says  # the control: "says" makes the party the reporter
    backed = credited(f"{party} {verb} the report that 4,000 people left Raqqa.", accounts)
    assert backed != says and not any(f == "4,000" for f, _ in backed), backed


@pytest.mark.parametrize("reporter, inner", [("Russia", "the coalition"), ("The Kremlin", "the US"),
                                             ("The Pentagon", "Russia"), ("Washington", "Moscow")])
@pytest.mark.parametrize("verb", ["ordered that", "read the report that"])  # "backed/supported the report": r28g3
def test_no_speech_makes_no_reporter_of_the_reported_words(accounts, reporter, inner, verb):
    says = credited(f"{reporter} says {inner} let 4,000 people leave.", accounts)
    other = credited(f"{reporter} {verb} {inner} let 4,000 people leave.", accounts)
    reporters = [a["label"] for a in party_accounts(held_accounts([])) if reporter.lower().removeprefix("the ") in
                 a["label"].lower()]
    assert reporters and any(set(reporters) & set(who) for _, who in says), (reporters, says)
    assert not any(set(reporters) & set(who) for _, who in other), other


def test_the_no_speech_words_are_the_kits_own_sets():
    from kit.exercises.frame_checks import headline_words
    from kit.wordsets import word_sets

    assert "supported" in word_sets().view_verbs and "ordered" in headline_words()["not_speech"]
    assert reporting_words("Russia supported it, the Pentagon ordered it and Silo says 4,000") == ["says"]
    assert reporting_words("they backed the report that 4,000 left; Lee reports 300") == ["reports"]


@pytest.mark.parametrize("who", ["Ivan Petrov", "John Smith", "Oleg Popov", "Tom Brown"])
def test_a_reporter_the_kit_does_not_know_leaves_the_figure_unchecked_and_says_so(ex3_figure_check, who):
    result = ex3_figure_check(f"{who} says 4,000 people came out of Raqqa.")
    told = f"The kit holds no account by {who}, so it cannot check '4,000' as {who}'s, and it does not count as your example"
    assert told in result.detail, result.detail
    assert "Check whose figure '4,000' is in the texts: it is in" in result.detail, result.detail
    # round 31 (teacher 55 #3): a figure credited to someone in no text is graded as one credited to Lavrov is
    assert "with figures the account it names does not give" in result.detail, result.detail
    assert result.status == ex3_figure_check("Ivan Petrov says 4,000 people came out of Raqqa.").status  # each name alike


def test_a_known_reporter_is_checked_not_told_it_is_unknown(ex3_figure_check):
    result = ex3_figure_check("Silo says 4,000 people came out of Raqqa.")
    assert "does not know" not in result.detail, result.detail
