"""Round 27 (r27ex5): 05 Exercise 2, a verdict ("lol thats cap") in a headline whose source is wrong, after teacher
50 #4. The verdict note never praises a source that the check, without the verdict, marks wrong: "your headline
already says who makes the claim, so keep that" only where the source is right; else the verdict note and the source's
problem, the Pentagon and the Kremlin alike.
"""
from __future__ import annotations

import pytest

from kit.exercises.answers import forget_attempts
from kit.exercises.frame_checks import check_neutral_headline

RESCUE, CHARGES = "US rescue of ISIS in Raqqa exposed", "Russia charges Pentagon with training ex-ISIS fighters"
PRAISE = "already says who makes the claim, so keep that"


def checked(answer, original):
    forget_attempts()
    return check_neutral_headline(answer, original)


@pytest.mark.parametrize("office", ["pentagon", "kremlin", "Washington", "Moscow"])
@pytest.mark.parametrize("verdict", [" lol thats cap", ", thats cap", " lol"])
def test_a_wrong_source_is_not_praised_under_a_verdict(office, verdict):  # teacher 50 #4, answers #20, #69
    plain = checked(f"{office} denies rescuing isis", RESCUE)
    judged = checked(f"{office} denies rescuing isis{verdict}", RESCUE)
    assert plain.status == judged.status == "partly"
    assert PRAISE not in str(judged) and "keep that" not in str(judged), str(judged)
    assert f"Also: {plain.message}" in str(judged), (str(plain), str(judged))
    assert "judges the claim" in judged.message or "mocks the claim" in str(judged)


@pytest.mark.parametrize("source", ["Report", "Reports"])
def test_a_source_that_names_no_one_is_not_praised_under_a_verdict(source):
    judged = checked(f"{source} say US helped ISIS leave Raqqa lol thats cap", RESCUE)
    assert PRAISE not in str(judged) and "whose report?" in str(judged), str(judged)


@pytest.mark.parametrize("answer, original", [("WSWS says US helped ISIS leave Raqqa lol thats cap", RESCUE),
                                              ("Russian general says US trains ex-ISIS fighters lol thats cap", CHARGES)])
def test_a_right_source_is_still_told_to_keep_it(answer, original):
    assert PRAISE in str(checked(answer, original))


@pytest.mark.parametrize("office", ["Pentagon", "Kremlin"])
def test_a_wrong_source_is_not_kept_under_loaded_words(office):  # the same fault in the "words that push" note
    plain = checked(f"{office} says US helped ISIS leave Raqqa", RESCUE)
    pushed = checked(f"{office} says the brutal US regime helped ISIS leave Raqqa", RESCUE)
    assert "keep who says it" not in str(pushed), str(pushed)
    assert f"Also: {plain.message}" in str(pushed), (str(plain), str(pushed))
    assert "keep who says it" in str(checked("WSWS says the brutal US regime helped ISIS leave Raqqa", RESCUE))
