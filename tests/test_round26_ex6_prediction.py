"""Round 26 (r26ex6, student 40 #9, teacher 47 #13): a prediction written with words around its number gets one
advice, "write just the number", in its own cell, in the next cell, and when a check reads it as that number (05 and
06 alike)."""

from __future__ import annotations

import pytest

from kit import exercises
from kit.exercises.friendly import hint_for_syntax_error, hint_for_unset_name, just_the_number


@pytest.mark.parametrize("typed, number", [("like 2", "2"), ("about 30", "30"), ("like 3 idk", "3")])
def test_the_next_cell_repeats_the_advice_of_the_prediction_cell(typed, number):
    line = f"prediction = {typed}"
    advice = just_the_number("prediction", number)
    assert advice in hint_for_syntax_error(line)
    later = hint_for_unset_name("prediction", [line, "exercises.check_prediction(prediction, direct)"])
    assert advice in later and "text goes in quotes" not in later, later


def test_text_without_a_number_still_goes_in_quotes():
    assert "text goes in quotes" in hint_for_unset_name("prediction", ["prediction = a lot"])
    assert "text goes in quotes" in hint_for_unset_name("answer", ["answer = like 2"])


@pytest.mark.parametrize("call", [
    lambda p: exercises.check_prediction(p, 7, "amounts without a source"),  # 05
    lambda p: exercises.check_prediction(p, 7, "direct quotations"),  # 06
])
@pytest.mark.parametrize("typed, number", [("like 3 idk", 3), ("I think 7", 7), ("prob 12", 12)])
def test_words_around_one_number_are_read_as_it_and_said(call, typed, number):
    result = call(typed)
    assert f"'{typed}' is read as {number}. Next time, {just_the_number('prediction', number)}" in str(result), str(result)


@pytest.mark.parametrize("typed", [3, "3", 7.0])
def test_a_number_alone_gets_no_such_note(typed):
    assert "read as" not in str(exercises.check_prediction(typed, 7, "direct quotations"))
