"""Round 28 g3 (teacher 52 #4, #5): 03 Exercise 3. The ◑ for a figure credited to an account that does not give it
quotes the sentence that holds that figure, not a correct sentence before it, and such a sentence is never "what the
analysis showed". A reporter the kit holds no account of is told wherever the sentence stands, not only first.
Made-up sentences, each side alike (Russia, the Kremlin, Moscow; the US, the Pentagon, Washington, the coalition)."""
import pytest

FIRST = "The spokesman says 3,500 civilians came out and Silo says 4,000 people left."
TAIL = (" The articles leave out the screening that the briefing talks about, so the two kinds of account count "
        "different groups of people. I would change my mind if the Department of Defense transcript of the briefing "
        "gave another figure for the people who came out.")
PARTIES = ["Russia", "The Kremlin", "Moscow", "The US", "The Pentagon", "Washington", "The coalition"]


@pytest.fixture(scope="module")
def check(lesson03_ex3_check):
    return lambda answer: lesson03_ex3_check(answer + TAIL)


@pytest.mark.parametrize("party", PARTIES)
@pytest.mark.parametrize("wrong", ["{} confirmed that 4,000 left.", "{} endorsed the 4,000 figure.",
                                   "{} backed the report that 4,000 people left."])
def test_the_sentence_with_the_wrong_figure_is_the_one_quoted(check, party, wrong):
    sentence = wrong.format(party)
    result = check(f"{FIRST} {sentence}")
    assert result.status == "emerging", result
    assert f"does not give (see below): “{sentence}”" in result.detail, result.detail
    assert f"“{FIRST}”" not in result.detail and f"Names what the analysis showed: “{sentence}" not in result.detail


@pytest.mark.parametrize("who, figure", [("Ivan Petrov", "4,000"), ("John Smith", "3,500"), ("Oleg Popov", "3,500"),
                                         ("Tom Brown", "4,000")])
@pytest.mark.parametrize("how", ["{who} says {figure} people left.", "According to {who}, {figure} people left."])
def test_an_unknown_reporter_is_told_after_a_first_sentence_too(check, who, figure, how):
    told = f"The kit holds no account by {who}, so it cannot check '{figure}' as {who}'s"
    alone = check(how.format(who=who, figure=figure))
    after = check(f"{FIRST} {how.format(who=who, figure=figure)}")
    assert told in alone.detail and told in after.detail, after.detail
