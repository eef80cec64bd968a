"""03 Exercise 3 (teacher 45 #2): a figure credited to an account the kit holds is checked against THAT account's
text, computed from the data (the spokesman's words, the five articles, and whom kit.trace_claim credits inside
them). A misquote or a swap is not Mastery, whichever side it touches, and the note says which account holds the
figure. A figure credited to an account the kit cannot check is not counted as the example. Sentences are made up."""

import pytest

from kit import exercises


@pytest.fixture(scope="module")
def check(ex3_figure_check):  # the example sentence, then the shared finding (conftest.EX3_FINDING)
    return ex3_figure_check


@pytest.mark.parametrize("who, figure, holds", [
    ("The spokesman", "3,500", "the spokesman's words"),
    ("Silo", "4,000", "Talal Silo's words"),
])
def test_a_figure_credited_to_its_own_account_reaches_mastery_either_side(check, who, figure, holds):
    result = check(who, figure)
    assert result.status == "mastery", result
    assert "Say whose figure it is" not in result.detail and "does not count" not in result.detail, result


@pytest.mark.parametrize("who, holds, gives", [
    ("The spokesman", "'5,000' is not in the spokesman's words", "(they give 300 and 3,500 civilians)"),
    ("russia-charges-pentagon", "'5,000' is not in russia-charges-pentagon", "4,000"),
])
def test_a_misquote_of_an_account_the_kit_holds_in_full_is_not_mastery_either_side(check, who, holds, gives):
    result = check(f"{who} says 5,000 civilians came out of Raqqa.")
    assert result.status == "emerging", result
    assert holds in result.detail and gives in result.detail, result.detail
    assert "(“The BBC report says …”)" not in str(result), result


@pytest.mark.parametrize("who, figure, names, holder", [
    ("Silo", "3,500", "Talal Silo's words (they give 500 and 4,000 people)", "the spokesman's words"),
    ("The spokesman", "500", "the spokesman's words (they give 300 and 3,500 civilians)", "Talal Silo's words"),
    ("The Russian General Staff", "1,000", "the Russian General Staff's words (they give 350 and 750 militants)", "the Pentagon's words"),
])
def test_a_swapped_figure_is_a_misquote_and_the_note_says_which_account_holds_it(check, who, figure, names, holder):
    result = check(who, figure)
    assert result.status == "emerging", result
    assert f"'{figure}' is not in {names}: '{figure}' is in {holder}" in result.detail, result.detail
    assert "check whose figure it is" in result.message, result


def test_the_teachers_two_answers_are_not_mastery(lesson03_ex3_check):
    check = lesson03_ex3_check  # the teachers' own answers, with their own finding
    tail = " If the DoD transcript showed a different number I would change my mind about who counts whom."
    misquote = check("The spokesman says 5,000 civilians came out of Raqqa and that 1,000 were identified as possible ISIS "
                     "fighters. russia-charges-pentagon uses Silo's 4,000, all but about 500 armed, and leaves out "
                     "the screening." + tail)
    swapped = check("Silo says 3,500 civilians came out of Raqqa and that less than 300 were fighters. "
                    "russia-charges-pentagon uses the spokesman's 4,000, and leaves out the screening." + tail)
    assert misquote.status == swapped.status == "emerging", (misquote, swapped)
    assert "'1,000' is not in the spokesman's words (they give 300 and 3,500 civilians): '1,000' is in the Pentagon's words" in misquote.detail
    assert ("'4,000' is not in the spokesman's words" in swapped.detail  # round 29 (r29f3): an article's "uses X's"
            or "give '4,000' as the spokesman's" in swapped.detail  # round 30 (r30f3, teacher 54 #13): the short note
            or "No text gives '4,000' as the spokesman's" in swapped.detail) and "'300' is not in Talal Silo's words" in swapped.detail


@pytest.mark.parametrize("who", ["The BBC report", "The BBC", "Sputnik", "RT"])
def test_a_figure_the_kit_cannot_check_is_not_counted_as_the_example(check, who):
    result = check(who, "5,000")
    assert result.status == "emerging", result
    assert "does not count as your example" in result.detail, result.detail
    assert "(“The BBC report says …”)" not in str(result), result


def test_a_plain_text_as_before_still_works(check):
    text = "The spokesman says 5,000 civilians came out." + check.finding
    result = exercises.check_reflection(text, "Some 3,500 civilians came out.", task="sources")
    assert "cannot check it" in result.detail and "Say whose figure" not in result.detail, result
