"""Round 29 (student 45 #4), 03 "same or different": a misspelt choice at the start of a longer answer gets the
"did you mean …?" note a one-word answer gets, not only "write 'same' or 'different'". Either side named alike."""
import pytest

from kit import exercises


@pytest.mark.parametrize("answer, meant", [
    ("diffrent: because the pentagon acknowledged the toll but silo just confirmed it", "different"),
    ("diffrent: because the kremlin acknowledged the toll but silo just confirmed it", "different"),
    ("difrent, the pentagon said it and silo only confirmed it", "different"),
    ("difrent, the kremlin said it and silo only confirmed it", "different"),
    ("diffrent", "different"),
])
def test_a_misspelt_choice_is_named(answer, meant):
    result = str(exercises.check_same_kind(answer))
    assert "write \"same\" or \"different\"" in result, result
    assert f"did you mean '{meant}'?" in result, result


def test_an_answer_with_no_choice_gets_no_guess():
    result = str(exercises.check_same_kind("because the pentagon acknowledged the toll"))
    assert "did you mean" not in result, result
