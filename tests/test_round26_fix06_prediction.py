"""Round 26 fix06 (teacher 48 #11): a prediction with words around its one number is read as that number, however
the words hedge it ("about 5 i think" as "like 3 idk"); one that gives no number, or several, is not marked, so it
gets no "!" (wrong kind of answer), only where to write the number (05 and 06 alike)."""

from __future__ import annotations

import pytest

from kit import exercises
from kit.exercises.friendly import just_the_number


@pytest.mark.parametrize("what", ["direct quotations", "amounts without a source"])  # 06, 05
@pytest.mark.parametrize("typed, number", [("about 5 i think", 5), ("like 3 idk", 3), ("maybe five", 5),
                                           ("around 4 ish", 4)])
def test_a_hedged_guess_is_read_as_its_number(what, typed, number):
    text = str(exercises.check_prediction(typed, 7, what))
    assert f"'{typed}' is read as {number}. Next time, {just_the_number('prediction', number)}" in text, text
    assert not text.startswith("!") and "Wrong kind" not in text, text


@pytest.mark.parametrize("typed", ["idk", "3 or 4", "2-3", "a lot"])
def test_a_prediction_without_one_number_gets_no_wrong_kind_mark(typed):
    result = exercises.check_prediction(typed, 7, "direct quotations")
    assert result.status == "not_answered", str(result)
    assert str(result).startswith("… Not answered yet") and "after 'prediction ='" in str(result), str(result)


def test_several_numbers_are_told_to_pick_one():
    assert "pick one" in str(exercises.check_prediction("3 or 4", 7, "direct quotations"))
    assert "pick one" not in str(exercises.check_prediction("idk", 7, "direct quotations"))
