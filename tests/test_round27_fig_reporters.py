"""Round 27 fig: in 03 Exercise 3, a figure inside reported words is the reporter's. "Silo says the coalition let
4,000 fighters leave", "X claims the Pentagon moved N", "according to X, Russia sent N" give N as X's figure, not as
the figure of the party named inside the report; the same for every party alike (mirror tests). What worked stays:
"The coalition says 4,000" (the coalition's), possessives ("the SDF's number is 4,000"), each reporter's own figure
in "A says N1, while B says N2", years left out. Sentences made up; the figures expected are computed by the kit."""
import pytest
from written_helpers import sources_texts

from kit.exercises.evidence import credited_figures, held_accounts, party_accounts


@pytest.fixture(scope="module")
def held():
    return held_accounts(sources_texts())


@pytest.fixture(scope="module")
def accounts(held):
    return held + party_accounts(held)


@pytest.fixture(scope="module")
def check(ex3_figure_check):
    return ex3_figure_check


#: parallel actors, each as a student may name them; every one is both the reporter and the party inside the report
PARTIES = ["Silo", "the Pentagon", "Washington", "the coalition", "the SDF", "Russia", "the Kremlin", "Moscow",
           "the Syrian government"]
#: the shapes of a report whose words name another party before the figure
REPORTS = ["{x} says {y} let {n} fighters leave.", "{x} claims {y} moved {n} people.",
           "According to {x}, {y} sent {n} people.", "{x} told reporters that {y} let {n} people go."]


def owners(accounts, sentence):
    """The names of the accounts the kit credits each figure of ``sentence`` to."""
    return [(figure, {a["names"][0] for a in who}) for figure, who in credited_figures(sentence, accounts)]


def names_of(accounts, who):
    """The first names of the accounts that the name ``who`` (as a student writes it) stands for."""
    got = owners(accounts, f"{who} says 10,000 people left.")
    assert len(got) == 1 and got[0][1], f"the kit reads no account named {who!r}"
    return got[0][1]


@pytest.mark.parametrize("shape", REPORTS)
@pytest.mark.parametrize("x, y", [(x, y) for x in PARTIES for y in PARTIES if x != y])
def test_a_figure_in_reported_words_is_the_reporters(accounts, shape, x, y):
    sentence = shape.format(x=x[:1].upper() + x[1:], y=y, n="10,000")
    assert owners(accounts, sentence) == [("10,000", names_of(accounts, x))], sentence


@pytest.mark.parametrize("x", PARTIES)
def test_the_reporters_own_figure_stays_theirs(accounts, x):
    assert owners(accounts, f"{x} says 10,000 people came out.") == [("10,000", names_of(accounts, x))]
    assert owners(accounts, f"{x}'s number is 10,000.") == [("10,000", names_of(accounts, x))]


@pytest.mark.parametrize("x, y", [("The Pentagon", "Silo"), ("Silo", "the Pentagon"), ("The Kremlin", "Silo"),
                                  ("Silo", "the Kremlin"), ("The coalition", "the SDF"), ("The SDF", "the coalition"),
                                  ("Washington", "Moscow"), ("Moscow", "Washington")])
def test_two_reporters_each_keep_their_figure(accounts, x, y):
    sentence = f"{x} says 3,500 civilians came out, while {y} says 4,000 people left."
    assert owners(accounts, sentence) == [("3,500", names_of(accounts, x)), ("4,000", names_of(accounts, y))]
    sentence = f"{x}'s number is 4,000 people and {y}'s number is 3,500 civilians."
    assert owners(accounts, sentence) == [("4,000", names_of(accounts, x)), ("3,500", names_of(accounts, y))]


@pytest.mark.parametrize("x, y", [("Silo", "the coalition"), ("The Pentagon", "Russia"), ("The Kremlin", "the Pentagon")])
def test_years_are_left_out_of_a_report(accounts, x, y):
    assert owners(accounts, f"{x} says {y} let 10,000 fighters leave in 2017.") == [("10,000", names_of(accounts, x))]


def test_a_new_clause_ends_the_report(accounts):
    # after "while" the words are the student's own, not the reporter's: the party named there owns the figure
    for x, y in [("The Pentagon", "Russia"), ("The Kremlin", "the Pentagon")]:
        sentence = f"{x} says civilians came out, while {y} let 10,000 fighters leave."
        assert owners(accounts, sentence) == [("10,000", names_of(accounts, y))], sentence


def party_figure(accounts, who, other):
    """A figure the account ``who`` gives that ``other`` does not, computed from the accounts the kit holds."""
    def given(name):
        return {f: w for a in accounts if a["names"][0] in names_of(accounts, name) for f, w in a["written"].items()}
    found = sorted(w for f, w in given(who).items() if f not in given(other))
    assert found, f"no figure of {who}'s that {other} does not give"
    return found[0]


@pytest.mark.parametrize("x, y", [("Silo", "the coalition"), ("Silo", "the Pentagon"), ("Silo", "Russia"),
                                  ("The Pentagon", "Russia"), ("The Pentagon", "the Kremlin"),
                                  ("The Kremlin", "the Pentagon"), ("Russia", "Washington")])
def test_the_lesson_takes_a_reporters_own_figure(check, accounts, x, y):
    figure = party_figure(accounts, x, y)
    for shape in REPORTS:
        result = check(shape.format(x=x, y=y, n=figure))
        assert "Say whose figure it is" not in result.detail and "do not give" not in result.detail, result.detail


@pytest.mark.parametrize("x, y", [("Silo", "the coalition"), ("The Pentagon", "Russia"), ("The Kremlin", "the Pentagon")])
def test_the_lesson_still_flags_a_figure_the_reporter_does_not_give(check, accounts, x, y):
    figure = party_figure(accounts, y, x)  # the inner party's figure, which the reporter does not give
    result = check(f"{x} says {y} let {figure} fighters leave.")
    assert "Say whose figure it is" in result.detail or "it cannot check" in result.detail, result.detail


@pytest.mark.parametrize("x, y", [("The United States", "Russia"), ("Russia", "the United States"),
                                  ("Russia Charges Pentagon", "the coalition")])
def test_a_report_word_inside_a_name_is_no_report(accounts, x, y):
    # "states" (as in "states that") and "charges" stand inside a name here: the party named last owns the figure
    sentence = f"{x} and {y} let 10,000 fighters leave."
    assert owners(accounts, sentence) == [("10,000", names_of(accounts, y))], sentence


#: a report that closes the sentence after the figure
CLOSING = ["{y} sent {n} people, according to {x}.", "{y} let {n} fighters leave, {x} says."]


@pytest.mark.parametrize("shape", CLOSING)
@pytest.mark.parametrize("x, y", [(x, y) for x in PARTIES for y in PARTIES if x != y])
def test_a_closing_report_gives_the_figure_to_its_reporter(accounts, shape, x, y):
    sentence = shape.format(x=x, y=y[:1].upper() + y[1:], n="10,000")
    assert owners(accounts, sentence) == [("10,000", names_of(accounts, x))], sentence


@pytest.mark.parametrize("x, y", [("Silo", "the Pentagon"), ("the Pentagon", "Silo"), ("Russia", "the coalition"),
                                  ("the coalition", "Russia")])
def test_a_possessive_keeps_its_figure_before_a_closing_report(accounts, x, y):
    sentence = f"{x[:1].upper() + x[1:]}'s number is 10,000, according to {y}."
    assert owners(accounts, sentence) == [("10,000", names_of(accounts, x))], sentence
